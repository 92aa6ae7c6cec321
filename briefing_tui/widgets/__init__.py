"""The reader's widgets: source list, article view, key points, find bar.

Import them from their modules; this package's own import pulls in nothing,
so its pure helpers (:mod:`.describe`, :mod:`.wrap`) stay cheap to import.
"""
