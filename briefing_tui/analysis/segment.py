"""Split news text into paragraphs and sentences, as character offsets.

Every function returns ``(start, end)`` offsets into the text it was given, so
``text[start:end]`` is exactly the paragraph or sentence, with no surrounding
whitespace. The rules are those of the Pragmatic Segmenter, reduced to what news
prose needs and rebuilt for speed:

1. A compiled regex finds *candidates*: a run of terminal punctuation
   (``.``, ``!``, ``?``, ``…``, ``...``, ``. . .``) with any closing quotes or
   brackets, followed by whitespace or the end of the text.
2. A small decision function looks at the word before the candidate and at the
   start of the next word, and decides whether the candidate ends a sentence.
3. Line structure and lists add *forced* breaks: deliberate line breaks
   (headlines, bylines, list lines), bullets, and inline enumerations such as
   ``1) ... 2) ...``.

Every pattern is linear: runs are matched possessively and only from their
first character, and every look backwards or forwards is bounded, so untrusted
text of any size cannot make the segmenter backtrack catastrophically. The
design, its measurements and its known weaknesses are in
``docs/segmentation.md``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["segment", "split_paragraphs", "split_sentences"]

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of character offsets."""

# --- character classes ------------------------------------------------------

#: Invisible format characters (zero-width spaces and joiners, bidi marks, BOM)
#: that may sit between punctuation and the following space.
_INVISIBLE: Final = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
#: Quotes and brackets that may close a sentence after its terminal punctuation.
#: Opening curly quotes are included because sloppy text uses them to close.
_CLOSERS: Final = "\"'”’“‘»›)\\]}" + _INVISIBLE
#: Quotes and brackets that may open the next sentence.
_OPENERS: Final = "\"'“‘”’«‹(\\[{¿¡" + _INVISIBLE
#: Quotation marks, straight and curly.
_QUOTES: Final = frozenset("\"'”’“‘»›")
#: Terminal punctuation: full stop, ellipsis, question and exclamation marks, and
#: the full stops of scripts that space their words (the Devanagari danda "।" and
#: double danda "॥" of Hindi, the Urdu full stop "۔", the Arabic question mark "؟").
_TERMINALS: Final = ".!?…‽⁇⁈⁉‼।॥۔؟"
#: Marks that end a sentence before anything but a lowercase word. A danda is
#: never an abbreviation's mark, and its scripts have no case.
_STRONG_TERMINALS: Final = frozenset("!?‽⁇⁈⁉‼।॥۔؟")
#: Bullet symbols: a bullet after whitespace always starts a new sentence.
_BULLETS: Final = "•▪‣⁃◦●○■□◆◇►▸▹➤➢"
#: Dashes: terminal punctuation followed by a dash does not end a sentence
#: (``... support… — Rajnath Singh (@rajnathsingh) July 1, 2025``).
_DASHES: Final = "-‐‑‒–—―"

# --- compiled patterns --------------------------------------------------------

#: A paragraph: a run of lines each holding a non-whitespace character. It
#: starts and ends on non-whitespace, so the match is already stripped.
_PARAGRAPH: Final = re.compile(r"\S(?:[^\n]*\S)?(?:[^\S\n]*\n[^\S\n]*\S(?:[^\n]*\S)?)*")

#: A sentence-ending candidate. ``term`` is a spaced ellipsis (``. . .``) after
#: whitespace, or a run of terminal punctuation that starts where no terminal
#: precedes it; ``close`` holds closing quotes and brackets. Quantifiers are
#: possessive so a long run is scanned once. Each branch starts with the
#: punctuation itself and checks what precedes it by lookbehind, so the regex
#: engine can skip ahead to the next terminal character.
_CANDIDATE: Final = re.compile(
    rf"(?P<term>\.(?<=\s\.)(?<!\.\ \.\ \.)(?:\ \.)++"
    rf"|[{_TERMINALS}](?<![{_TERMINALS}][{_TERMINALS}])[{_TERMINALS}]*+)"
    rf"(?P<close>[{_CLOSERS}]*+)(?=\s|\Z)"
)

#: What follows a candidate: whitespace, an optional ellipsis (perhaps in
#: brackets, ``[...]``) that opens the next sentence, opening quotes, then the
#: next word (or its first character).
_NEXT: Final = re.compile(
    rf"\s*+(?P<ellipsis>(?:[\[(]?[.…](?:\ ?[.…]){{0,6}}+[\])]?\s*+)?)[{_OPENERS}]*+"
    r"(?P<word>[^\W\d_]{1,24}|.)?"
)

#: The end of the token before a candidate: letters, digits, inner full stops,
#: apostrophes and the degree sign (``U.S``, ``N°``, ``100.00``, ``Mueller’s``).
_TOKEN_TAIL: Final = re.compile(r"(?:[^\W_]|[.°º'’])*\Z")
#: Letters with single full stops between them: ``U.S``, ``a.m``, ``J.K``.
_INITIALISM: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
#: A sentence so far that is only a list enumerator: ``1``, ``a``, ``• 9``.
_ENUMERATOR_ONLY: Final = re.compile(rf"[{_BULLETS}]?\s*\(?(?:\d{{1,3}}|[^\W\d_])")
#: A list enumerator and the space after it: ``1.``, ``1.)``, ``2)``, ``(a)``,
#: ``b.``, ``C)``. An uppercase letter with a full stop is an initial
#: (``A. Barry Rand``), not an enumerator.
_ENUMERATOR_PATTERN: Final = (
    r"(?P<open>\(?)(?P<value>\d{1,3}|[a-z]|[A-Z](?=\.?\)))(?P<suffix>\.\)|[.)])\s"
)
#: An enumerator opening a list item, perhaps after a bullet.
_ENUMERATOR: Final = re.compile(rf"[{_BULLETS}]?\s*+{_ENUMERATOR_PATTERN}")
#: A line that starts a list item: a bullet, ``-``/``*``/``+`` and a space, or
#: an enumerator.
_LIST_LINE: Final = re.compile(rf"[{_BULLETS}]|[-*+]\s|{_ENUMERATOR_PATTERN}")
#: A bullet that follows whitespace (checked after it, for a fast scan).
_INLINE_BULLET: Final = re.compile(rf"[{_BULLETS}](?<=\s[{_BULLETS}])")
#: The word "time" after a place: "9 a.m. Moscow time".
_TIME_WORD: Final = re.compile(r"[^\S\n]++time\b", re.IGNORECASE)
#: Any non-whitespace character.
_NON_SPACE: Final = re.compile(r"\S")

# --- word lists ---------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words in `text` (for the word lists below)."""
    return frozenset(text.split())


#: Titles and other abbreviations that precede a name: never a sentence end.
#: They must be capitalised in the text (``Gen.``, not ``gen.``).
_TITLES: Final = _words(
    """adm amb atty brig capt cmdr col cpl dr drs fr ft gen gens gov govs hon lt maj
    messrs mmes mr mrs ms msgr mt pres prof pvt rep reps rev sen sens sgt supt cong"""
)
#: Abbreviations that sit inside a phrase: never a sentence end.
_INFIXES: Final = _words("cf e.g i.e viz vs")
#: Abbreviations that precede a number (``No. 1``, ``p. 55``): no sentence end
#: before a digit.
_NUMBER_PREFIXES: Final = _words(
    "art arts ch chap fig figs n° nº no nos nr op p para pp sec secs vol vols"
)
#: Abbreviations that may end a sentence: they end one only when the next word
#: is a common sentence starter (``Apple Inc. The company`` but not
#: ``Apple Inc. Chief Executive``). Case-insensitive.
_ABBREVIATIONS: Final = _words(
    "approx assn ave bldg blvd bros co corp dept etc govt hwy inc intl jr ltd mfg mgr natl"
    " ph.d pl rd sr st univ"
)
#: Months and US states (AP style), which must be capitalised because their
#: lowercase forms are ordinary words. They end a sentence like the list above,
#: and a state after a place name ("Concord, Calif.") before any capital.
_MONTHS: Final = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
_STATES: Final = _words(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la mass md mich minn
    miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo"""
)
#: Times of day, and the capitalised words that may follow one inside a sentence.
_TIMES: Final = frozenset(["a.m", "p.m"])
_TIME_FOLLOWERS: Final = _words(
    """et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst eastern central mountain
    pacific local monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
#: Verbs of speech that follow a quotation ending in "?" or "!".
_SPEECH_VERBS: Final = _words(
    """acknowledged added adds admitted announced answered argued asked asks boasted
    concluded conceded continued countered cried declared demanded exclaimed explained
    insisted interjected joked noted posted pressed quipped recalled remarked replied
    responded retorted said says shouted snapped stated suggested tells told tweeted
    warned wondered wrote yelled"""
)
#: One to four words (names and titles) and a verb of speech: ``Walsh asked``,
#: ``Mr. Obama asked his daughters``.
_ATTRIBUTION: Final = re.compile(
    rf"(?:[^\W\d_][\w’'.-]*+\s++){{1,4}}(?:{'|'.join(sorted(_SPEECH_VERBS))})\b"
)
#: Capitalised words that almost always start a sentence and are rarely part of
#: a name, so they show that an abbreviation before them ended a sentence.
_SENTENCE_STARTERS: Final = _words(
    """a about after afterward again all also although among an and another any
    are as at because before being both but by can could did do does during each
    earlier either even every few for from had has have he her here his how however
    i if in instead is it its last later many meanwhile millions more most much my
    neither nevertheless next no nobody none nor not nothing now on once one only
    or other others our perhaps several she should since so some still such that
    the their then there these they this those though thus to unlike until was we
    were what when where whether which while who whose why with within
    without would yet you your"""
)

#: A paragraph is hard-wrapped prose only if its widest line has at least this
#: many columns; shorter lines are headlines, bylines or list lines.
_MIN_WRAP_WIDTH: Final = 40
#: A line at least this fraction of the widest line counts as full even when
#: the next word would have fitted (for hand-wrapped text).
_FULL_LINE_RATIO: Final = 0.85
#: How far back to look for the word before a candidate.
_MAX_WORD: Final = 48
#: A time of day is part of an opening phrase when its sentence so far has at
#: most this many words, the time included ("At 5 a.m", "By 10 p.m").
_MAX_OPENING_WORDS: Final = 3
#: How far after a quotation to look for its attribution.
_MAX_ATTRIBUTION: Final = 64
#: A sentence so far no longer than this may be a bare list enumerator.
_MAX_ENUMERATOR: Final = 8


# --- public API ----------------------------------------------------------------


def split_paragraphs(text: str) -> list[Span]:
    """(start, end) of each paragraph: blocks separated by one or more blank
    (whitespace-only) lines. Spans exclude surrounding whitespace; empty text -> []."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """(start, end) offsets INTO `text` (not into the slice) of each sentence within
    text[start:end]. Spans are stripped of surrounding whitespace, in order,
    non-overlapping, and together cover every non-whitespace character of the range.

    Offsets outside the text are clamped like slice bounds, negative ones count
    from the end, and a blank line inside the range always ends a sentence.
    """
    start, end, _ = slice(start, end).indices(len(text))
    sentences: list[Span] = []
    for paragraph in _PARAGRAPH.finditer(text, start, max(start, end)):
        sentences.extend(_paragraph_sentences(text, *paragraph.span()))
    return sentences


def segment(text: str) -> list[tuple[Span, list[Span]]]:
    """Paragraphs with their sentences: [((p_start, p_end), [(s_start, s_end), ...]), ...]."""
    return [(span, _paragraph_sentences(text, *span)) for span in split_paragraphs(text)]


# --- sentences within one paragraph ---------------------------------------------


def _paragraph_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of the paragraph text[start:end], which has no blank line and
    starts and ends on non-whitespace."""
    forced = _forced_breaks(text, start, end)
    breaks: list[int] = []
    next_forced = 0
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        while next_forced < len(forced) and forced[next_forced] <= match.start():
            sentence_start = max(sentence_start, forced[next_forced])
            next_forced += 1
        if match.end() < end and _ends_sentence(text, match, sentence_start, end):
            breaks.append(match.end())
            sentence_start = match.end()
    if forced:
        breaks = sorted({*breaks, *forced})
    return _spans_between(text, start, end, breaks)


def _spans_between(text: str, start: int, end: int, breaks: list[int]) -> list[Span]:
    """Stripped, non-empty pieces of text[start:end] cut at the sorted `breaks`."""
    spans: list[Span] = []
    for left, right in zip([start, *breaks], [*breaks, end], strict=True):
        piece = text[left:right]
        stripped = piece.strip()
        if stripped:
            offset = left + len(piece) - len(piece.lstrip())
            spans.append((offset, offset + len(stripped)))
    return spans


def _ends_sentence(text: str, match: re.Match[str], sentence_start: int, end: int) -> bool:
    """Whether the candidate `match` ends the sentence that began at `sentence_start`."""
    term_start = match.start()
    first = _NON_SPACE.search(text, sentence_start, term_start)
    if first is None:
        return False  # nothing but the punctuation itself, e.g. an ellipsis opening a quote
    if term_start - first.start() <= _MAX_ENUMERATOR and _ENUMERATOR_ONLY.fullmatch(
        text, first.start(), term_start
    ):
        return False  # "1." or "• 9." opening a list item
    nxt = _NEXT.match(text, match.end(), end)
    word = nxt.group("word") if nxt else None
    if nxt is None or not word or word[0] in _DASHES or word[0].islower():
        return False  # end of range, an attribution dash, or a lowercase continuation
    if nxt.group("ellipsis"):
        # "... abandoned. . . . The practice": the ellipsis opens the next sentence.
        return word[0].isupper()
    term = match.group("term")
    if not _STRONG_TERMINALS.isdisjoint(term):
        # "?" and "!" end a sentence before anything but lowercase, or the
        # attribution of a quotation: '"Which is it?" Justice Breyer asked.'
        return not (_has_quote(match.group("close")) and _is_attribution(text, nxt, end))
    if text[term_start - 1 : term_start] in ("[", "(") and match.group("close")[:1] in ("]", ")"):
        return False  # "[...]": an omission inside a sentence
    if _is_ellipsis(term):
        # "..." and "…" end a sentence before a capital; a spaced ". . ." is the
        # formal omission mark inside a quotation and never does by itself.
        return " " not in term and word[0].isupper()
    return _full_stop_ends_sentence(text, term_start, sentence_start, nxt)


def _has_quote(closers: str) -> bool:
    """Whether a run of closing marks holds a quotation mark."""
    return not _QUOTES.isdisjoint(closers)


def _is_attribution(text: str, nxt: re.Match[str], end: int) -> bool:
    """Whether the words at `nxt` attribute the quotation before them: one to
    four capitalised words that are not sentence starters, then a verb of
    speech (``Walsh asked``, ``Mr. Obama asked his daughters``)."""
    word = nxt.group("word")
    if not word[0].isupper() or word.lower() in _SENTENCE_STARTERS:
        return False
    window_end = min(end, nxt.start("word") + _MAX_ATTRIBUTION)
    return _ATTRIBUTION.match(text, nxt.start("word"), window_end) is not None


def _is_ellipsis(term: str) -> bool:
    """Whether a run of full stops and ellipses is an ellipsis alone (``...``,
    ``…``, ``. . .``) rather than one followed by a full stop (``....``, ``….``)."""
    dots = term.count(".")
    return dots in (2, 3) if "…" not in term else dots == 0


def _full_stop_ends_sentence(
    text: str, term_start: int, sentence_start: int, nxt: re.Match[str]
) -> bool:
    """Whether the full stop at `term_start`, followed by `nxt`, ends the
    sentence that began at `sentence_start`."""
    token = _token_before(text, term_start)
    if not token or "@" in token or "/" in token:
        return True  # a lone stop, an e-mail address, a URL or a handle
    tail_match = _TOKEN_TAIL.search(token)
    tail = tail_match.group() if tail_match else ""
    lower = tail.lower()
    word = nxt.group("word")
    if lower in _INFIXES or (tail[:1].isupper() and lower in _TITLES):
        return False
    if lower in _NUMBER_PREFIXES and word[0].isdigit():
        return False
    if lower in _TIMES:
        # "at 2 p.m. Jackson will be free" ends; "5 p.m. Eastern", "9 a.m.
        # Moscow time" and a time opening its sentence ("At 5 a.m. Mr. Smith
        # went") do not.
        return (
            word[0].isupper()
            and word.lower() not in _TIME_FOLLOWERS
            and _TIME_WORD.match(text, nxt.end()) is None
            and not _opens_sentence(text, sentence_start, term_start)
        )
    state_or_initialism = (tail[:1].isupper() and lower in _STATES) or (
        _INITIALISM.fullmatch(tail) is not None
    )
    if state_or_initialism and _follows_place_name(text, term_start - len(token)):
        return word[0].isupper()  # "in Concord, Calif. Dukes is a greeter"
    abbreviation = (
        state_or_initialism
        or lower in _ABBREVIATIONS
        or (tail[:1].isupper() and lower in _MONTHS)
        or (len(tail) == 1 and tail.isalpha())
    )
    return not abbreviation or _is_sentence_starter(text, nxt)


def _opens_sentence(text: str, sentence_start: int, position: int) -> bool:
    """Whether the sentence so far, from `sentence_start` to `position`, is short
    enough to be an opening phrase such as "At 5 a.m" (`_MAX_OPENING_WORDS`)."""
    window_start = max(sentence_start, position - _MAX_WORD)
    words = text[window_start:position].split()
    return window_start == sentence_start and len(words) <= _MAX_OPENING_WORDS


def _follows_place_name(text: str, position: int) -> bool:
    """Whether the token before `position` is a capitalised name ending in a comma,
    as in "Concord, Calif." or "Washington, D.C."."""
    window = text[max(0, position - _MAX_WORD) : position].split()
    return bool(window) and window[-1][:1].isupper() and window[-1].endswith(",")


def _is_sentence_starter(text: str, nxt: re.Match[str]) -> bool:
    """Whether the next word is a capitalised common sentence starter, and not
    an initial such as the "A." of "J. A. Smith"."""
    word = nxt.group("word")
    if not word[0].isupper() or word.lower() not in _SENTENCE_STARTERS:
        return False
    return len(word) > 1 or text[nxt.end() : nxt.end() + 1] != "."


def _token_before(text: str, position: int) -> str:
    """The whitespace-delimited token that ends at `position` (bounded in length)."""
    window = text[max(0, position - _MAX_WORD) : position]
    if not window or window[-1].isspace():
        return ""
    return window.split()[-1]


# --- forced breaks: lines, bullets and enumerations -------------------------------


def _forced_breaks(text: str, start: int, end: int) -> list[int]:
    """Sorted positions inside text[start:end] where a sentence must start."""
    breaks: list[int] = []
    if text.find("\n", start, end) >= 0:
        breaks.extend(_line_breaks(text, start, end))
    breaks.extend(bullet.start() for bullet in _INLINE_BULLET.finditer(text, start, end))
    breaks = sorted(set(breaks))
    enumerations: list[int] = []
    for item_start, item_end in zip([start, *breaks], [*breaks, end], strict=True):
        enumerations.extend(_enumeration_breaks(text, item_start, item_end))
    return sorted({*breaks, *enumerations}) if enumerations else breaks


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    """Starts of lines in text[start:end] that begin a new sentence.

    A paragraph is hard-wrapped prose when its widest line is at least
    `_MIN_WRAP_WIDTH` columns and every line (except the last and those before a
    list line) is full: the next line's first word would not have fitted on it.
    In wrapped prose a newline is a space, except before a list line. In any
    other paragraph each line was ended on purpose (headline, byline, list line,
    caption), so every newline ends a sentence.
    """
    line_start = text.rfind("\n", 0, start) + 1
    starts: list[int] = []  # start of each line's content after the first
    widths: list[int] = []  # columns up to each line's last non-whitespace character
    position = start
    while True:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        widths.append(len(text[line_start:line_end].rstrip()))
        if newline < 0:
            break
        first = _NON_SPACE.search(text, newline + 1, end)
        position = line_start = newline + 1
        starts.append(first.start() if first else end)
    widest = max(widths)
    list_lines = [_LIST_LINE.match(text, s, end) is not None for s in starts]
    if widest >= _MIN_WRAP_WIDTH and all(
        is_list or _is_full(text, width, widest, s, end)
        for width, s, is_list in zip(widths, starts, list_lines, strict=False)
    ):
        return [s for s, is_list in zip(starts, list_lines, strict=True) if is_list]
    return starts


def _is_full(text: str, width: int, widest: int, next_start: int, end: int) -> bool:
    """Whether a line of `width` columns was wrapped because it was full, given
    the widest line and the start of the next line's content."""
    if width >= _FULL_LINE_RATIO * widest:
        return True
    next_words = text[next_start : min(end, next_start + _MAX_WORD)].split(maxsplit=1)
    return width + 1 + len(next_words[0] if next_words else "") > widest


def _enumeration_breaks(text: str, start: int, end: int) -> list[int]:
    """Starts of the later items of an inline list that opens text[start:end]:
    ``1. The first item 2. The second item``, ``a) ... b) ...``.

    An item only counts when its enumerator follows the previous one (2 after 1,
    b after a) in the same style, after whitespace and before whitespace.
    """
    opening = _ENUMERATOR.match(text, start, end)
    if opening is None:
        return []
    prefix, value, suffix = opening.group("open", "value", "suffix")
    breaks: list[int] = []
    position = opening.end()
    while True:
        value = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
        if not value.isalnum():
            return breaks  # past "z" or "Z"
        marker = prefix + value + suffix
        found = text.find(marker, position, end)
        while found >= 0 and not _stands_alone(text, found, found + len(marker), end):
            found = text.find(marker, found + 1, end)
        if found < 0:
            return breaks
        breaks.append(found)
        position = found + len(marker)


def _stands_alone(text: str, start: int, stop: int, end: int) -> bool:
    """Whether text[start:stop] has whitespace before it and whitespace or `end` after."""
    return text[start - 1].isspace() and (stop == end or text[stop].isspace())
