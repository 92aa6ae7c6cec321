"""The reader's screens: the three-pane reader, compare, help and the export dialog."""
