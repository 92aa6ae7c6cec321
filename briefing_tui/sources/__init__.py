"""Reading reports from disk: formats, metadata, encodings and errors.

Pure: no textual or rich imports.
"""

from .loader import (
    ARTICLE_SUFFIXES,
    MAX_FILE_BYTES,
    default_articles,
    display_path,
    load_briefing,
    parse_source,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_FILE_BYTES",
    "default_articles",
    "display_path",
    "load_briefing",
    "parse_source",
]
