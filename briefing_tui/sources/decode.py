"""Turning a report's bytes into text: encodings, binary detection, line ends.

The cascade is deliberately small and predictable, because the encodings news
files come in are few: a byte-order mark decides first (UTF-8, UTF-16, UTF-32);
then strict UTF-8; then Windows-1252, the legacy single-byte encoding of almost
every Western news file that is not UTF-8 (it is a superset of the printable
part of Latin-1).  General-purpose detectors such as charset-normalizer guess
among dozens of code pages and, on short news texts, often pick a wrong one
(cp1250, mac-roman); see docs/dependencies.md.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Bytes that never occur in text files: C0 controls other than tab, line feed,
# vertical tab, form feed, carriage return and escape.
_BINARY_BYTES = frozenset(range(0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx or .epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)


class DecodeError(ValueError):
    """The bytes are not text this reader can show; the message says why."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text with the encoding that was used and anything worth a note."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Error handler: map the five bytes cp1252 leaves undefined to their Latin-1 characters."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("latin-1"), error.end


codecs.register_error("briefing-latin1", _latin1_fallback)


def _looks_binary(data: bytes) -> str | None:
    """Why the data is not text, or None if it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"this is {what}, not a text file"
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary file (it contains NUL bytes); expected UTF-8, UTF-16 or Windows-1252 text"
    odd = sum(1 for byte in sample if byte in _BINARY_BYTES)
    if odd > max(8, len(sample) // 100):
        return "binary file (too many control bytes to be text)"
    return None


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> Decoded:
    """Decode a report's bytes.  Raises :class:`DecodeError` for binary data."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                text = data.decode(codec, errors="replace")
                return Decoded(
                    normalise_newlines(text),
                    name,
                    (f"invalid {name} at byte {error.start}; shown as \ufffd",),
                )
            return Decoded(normalise_newlines(text), name)

    bomless = _bomless_utf16(data)
    if bomless:
        text = data.decode(bomless, errors="replace")
        return Decoded(normalise_newlines(text), bomless, ("UTF-16 without a byte-order mark",))

    reason = _looks_binary(data)
    if reason:
        raise DecodeError(reason)

    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            text = data.decode("utf-8", errors="replace")
            note = "the file ends in the middle of a UTF-8 character (truncated?); shown as \ufffd"
            return Decoded(normalise_newlines(text), "utf-8", (note,))
        if _mostly_utf8(data):
            text = data.decode("utf-8", errors="replace")
            note = "some bytes are not valid UTF-8; they are shown as \ufffd"
            return Decoded(normalise_newlines(text), "utf-8", (note,))
    text = data.decode("cp1252", errors="briefing-latin1")
    return Decoded(normalise_newlines(text), "cp1252")


def _bomless_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the data is plainly UTF-16 without a BOM.

    In UTF-16 text that is mostly Latin script, every other byte is zero.
    """
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.9 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the data holds valid multi-byte UTF-8 and only a few invalid bytes.

    Windows-1252 text almost never forms valid UTF-8 multi-byte sequences by
    accident, so their presence with a handful of bad bytes means a damaged
    UTF-8 file, which is better shown with replacement characters than as
    Windows-1252 mojibake.
    """
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    multibyte = sum(1 for ch in decoded if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > 0 and bad <= max(2, multibyte // 4)
