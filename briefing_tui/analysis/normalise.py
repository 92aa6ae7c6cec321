"""Split a sentence into tokens and normalise each one for matching.

Every :class:`Token` keeps its character offsets into the sentence it came from,
so ``sentence[token.start:token.end] == token.text`` always holds; the matching
form is :attr:`Token.norm`.  The rules, in the order they apply (see
``docs/matching.md`` for the reasoning):

1. *Scanning*: words (letters and digits, with inner apostrophes), dotted
   abbreviations (``U.S.``), numbers (``1,000``, ``2.5``, ``3rd``, ``1990s``) and
   the symbols ``% $ £ €``.  Hyphens and other punctuation separate tokens.
2. *Case and accents*: NFKD, combining marks dropped, casefolded.
3. *Abbreviations*: ``U.S.`` and ``US`` both become ``us``; ``Mr.`` becomes ``mr``.
4. *Clitics*: ``don't`` (or ``dont``) is split into ``do`` + ``n't`` (norm ``not``), ``cannot``
   into ``can`` + ``not``; ``India's`` is one token with norm ``india``.
5. *Numbers*: written numbers become digits (``twenty-five`` → ``25``, ``two
   million`` → ``2000000``, ``2.5 billion`` → ``2500000000``, ``1,000`` →
   ``1000``), ordinals become ``3rd``-style, ``per cent``/``%`` become ``percent``.
   A written number spanning several words is one token.
6. *Spelling*: British spellings become American by rule (``-our``, ``-ise``,
   ``-yse``, ``-tre``/``-bre``, ``-logue``, doubled ``l`` before a suffix) with
   exception lists, plus a table of single words (``defence``, ``programme``, ...).
7. *Stemming*: irregular forms map to their base (``said`` → ``say``, ``men`` →
   ``man``), then Porter2 steps 1a-1c strip plurals, ``-ed`` and ``-ing``, and a
   final silent ``e`` goes.  Stop words are not stemmed.

Pure Python; must not import textual or rich.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from .calendar_words import MONTHS

__all__ = [
    "NEGATIONS",
    "STOP_WORDS",
    "Token",
    "american_spelling",
    "headline_case",
    "normalise_word",
    "spelling",
    "stem",
    "tokenize",
]


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or symbol of a sentence, located by offsets."""

    text: str
    """The token as written: always ``sentence[start:end]``."""
    norm: str
    """The key used for matching, e.g. ``"us"`` (U.S.), ``"defens"`` (defence and
    defense), ``"3rd"`` (third), ``"20"`` (twenty), ``"talk"`` (talked)."""
    start: int
    end: int
    stop: bool
    """Whether this is a function word (article, pronoun, auxiliary, preposition, ...)."""


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: for long word lists."""
    return frozenset(text.split())


STOP_WORDS: frozenset[str] = _words(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    either few for from further had has have having he her here hers herself him himself
    his how i if in into is it its itself just may me might more most must my myself
    neither no nor not of off on once only or other ought our ours ourselves out over own
    same shall she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up upon very was we were what
    when where which while who whom whose why will with would you your yours yourself
    yourselves never none n't cannot mr mrs ms dr let s 's also yet nobody nothing nowhere
    without us
    """
)
"""Function words: matched like any other token but weighted low and marked ``stop``."""

NEGATIONS: frozenset[str] = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without"}
)
"""Norms that negate what they govern (``n't`` and ``cannot`` normalise to ``not``)."""

# --- scanning ---------------------------------------------------------------------------

_SCAN = re.compile(
    r"""
    (?P<abbr>[^\W\d_](?:\.[^\W\d_])+\.?)                      # U.S.  e.g.  a.m.
  | (?P<num>(?:\d+,\d{1,2}(?=[ -]?(?i:thousand|million|billion|trillion)\b)  # 1,2 million
             |\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[^\W_]*)                 # 1,000  2.5  3rd  1990s  64E
  | (?P<word>[^\W_]+(?:['’][^\W_]+)*)                          # word  don't  India's
  | (?P<sym>[%$£€])
    """,
    re.VERBOSE,
)
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
"""A comma before one or two digits, which the number patterns accept only before a
scale word: a decimal comma ("1,2 million"), not a thousands separator."""
_GAP_IN_NUMBER = re.compile(r"[ \t\-–]{1,3}")
_THIN_SPACE = re.compile("[\u00a0\u202f\u2009]")
_THREE_DIGITS = re.compile(r"\d{3}(?:\.\d+)?")
"""Groups of thousands set off by a no-break or thin space, as in "10 000"."""
_COMBINING = re.compile(r"[\u0300-\u036f]")

_SYMBOLS = {"%": "percent", "$": "dollar", "£": "pound", "€": "euro"}
_CLITICS = ("'s", "'re", "'ve", "'ll", "'d", "'m")
_NT_BASES = {"wo": "will", "ca": "can", "sha": "shall", "ai": "be"}

# --- numbers ----------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,  # Indian English
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TEENS) | frozenset(_TENS) | {"hundred"}
_NUMBER_WORDS |= frozenset(_SCALES) | frozenset(_ORDINALS)
_ATTACHED_SCALES = {"bn": 10**9, "mn": 10**6, "tn": 10**12}
VULGAR_FRACTIONS = {
    "\u00bd": 1 / 2, "\u2153": 1 / 3, "\u2154": 2 / 3, "\u00bc": 1 / 4, "\u00be": 3 / 4,
    "\u215b": 1 / 8, "\u215c": 3 / 8, "\u215d": 5 / 8, "\u215e": 7 / 8,
}  # fmt: skip
"""Fractions written as one character: "2\u00bd"."""
FRACTION_PARTS = {**VULGAR_FRACTIONS, "half": 1 / 2, "quarter": 1 / 4}
"""The part a mixed number adds to its whole: "2\u00bd", "two and a half", "and a quarter"."""
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})
"""Denominators of a mixed number written with a slash ("2 1/2", "3 5/8 percent"); others
("9/11", "24/7") are no fraction of the number before them."""
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _ordinal(n: int) -> str:
    """``3`` → ``"3rd"``, ``11`` → ``"11th"``, ``22`` → ``"22nd"``."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _format_number(value: float) -> str:
    """A number's canonical digits: integral values without a decimal point."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _numeric_norm(text: str) -> tuple[str, float | None]:
    """Normalise a token that starts with a digit; also return its value, if plain."""
    lowered = text.casefold()
    match = re.match(r"[\d,]+(?:\.\d+)?", lowered)
    assert match is not None  # the scanner only calls this on tokens starting with a digit
    written, suffix = match.group(), lowered[match.end() :]
    digits = written.replace(",", "." if DECIMAL_COMMA.fullmatch(written) else "")
    if len(digits) > 15:  # beyond exact floats: keep the digits as written
        return digits + suffix, None
    value = float(digits)
    if not suffix:
        return _format_number(value), value
    if suffix in _ATTACHED_SCALES:
        scaled = value * _ATTACHED_SCALES[suffix]
        return _format_number(scaled), scaled
    if suffix in VULGAR_FRACTIONS:  # "2\u00bd" is 2.5
        return _format_number(value + VULGAR_FRACTIONS[suffix]), value + VULGAR_FRACTIONS[suffix]
    if suffix in _ORDINAL_SUFFIXES and "." not in digits:
        return _ordinal(int(digits)), None
    return _format_number(value) + suffix, None


class _NumberParser:
    """Reads a run of number words (``twenty-five``, ``two million``) into one value."""

    __slots__ = ("current", "last", "ordinal", "total")

    def __init__(self) -> None:
        self.total = 0.0
        self.current = 0.0
        self.last = ""  # kind of the last word read: unit, teen, tens, hundred, scale, start
        self.ordinal = False

    def start_with(self, value: float) -> None:
        """Start from a digit-written value, e.g. the ``2.5`` of ``2.5 million``."""
        self.current = value
        self.last = "digits"

    def feed(self, word: str) -> bool:
        """Take the next word if it continues the number; return whether it did."""
        last = self.last
        if word in _UNITS and last in ("", "tens", "hundred", "scale"):
            self.current += _UNITS[word]
            self.last = "unit"
        elif word in _TEENS and last in ("", "hundred", "scale"):
            self.current += _TEENS[word]
            self.last = "teen"
        elif word in _TENS and last in ("", "hundred", "scale"):
            self.current += _TENS[word]
            self.last = "tens"
        elif word == "hundred" and last in ("", "unit", "teen", "tens"):
            self.current = (self.current or 1) * 100
            self.last = "hundred"
        elif word in _SCALES and last in ("", "unit", "teen", "tens", "hundred", "digits"):
            if last != "digits" and self.total and _SCALES[word] * 1000 > self.total:
                return False  # "two million three million": two numbers
            self.total += (self.current or 1) * _SCALES[word]
            self.current = 0.0
            self.last = "scale"
        elif word in _ORDINALS and last in ("", "tens", "hundred", "scale", "unit"):
            value = _ORDINALS[word]
            if last == "unit" and value >= 100:
                self.current *= value  # "one hundredth"
            elif last == "unit":
                return False
            else:
                self.current += value
            self.ordinal = True
            self.last = "ordinal"
        else:
            return False
        return True

    def add_part(self, part: float) -> bool:
        """Add a fraction to a whole number ("2 1/2", "two and a half"); return whether
        the number read so far takes one: a whole, and no scale yet."""
        if self.last not in ("digits", "unit", "teen", "tens") or self.total or self.ordinal:
            return False
        if self.current != int(self.current):
            return False  # "2.5 1/2" is no mixed number
        self.current += part
        self.last = "digits"  # a scale may follow: "two and a half million"
        return True

    def result(self) -> str:
        """The number read so far, in canonical digits (ordinals as ``21st``)."""
        value = self.total + self.current
        return _ordinal(int(value)) if self.ordinal else _format_number(value)


# --- spelling ---------------------------------------------------------------------------

_WORD_VARIANTS = {
    "programme": "program", "programmes": "programs", "grey": "gray", "greys": "grays",
    "tyre": "tire", "tyres": "tires", "kerb": "curb", "cheque": "check", "cheques": "checks",
    "aluminium": "aluminum", "plough": "plow", "mould": "mold", "moult": "molt",
    "smoulder": "smolder", "sceptic": "skeptic", "sceptical": "skeptical",
    "scepticism": "skepticism", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "judgement": "judgment", "judgements": "judgments",
    "acknowledgement": "acknowledgment", "ageing": "aging", "storey": "story",
    "storeys": "stories", "pyjamas": "pajamas", "draught": "draft", "gaol": "jail",
    "whilst": "while", "amongst": "among", "learnt": "learned", "burnt": "burned",
    "spelt": "spelled", "dreamt": "dreamed", "leapt": "leaped", "spoilt": "spoiled",
    "towards": "toward", "afterwards": "afterward", "enrol": "enroll", "fulfil": "fulfill",
    "distil": "distill", "instil": "instill", "skilful": "skillful", "wilful": "willful",
    "instalment": "installment", "enrolment": "enrollment", "fulfilment": "fulfillment",
    "jewellery": "jewelry", "cosy": "cozy", "sulphur": "sulfur", "moustache": "mustache",
    "artefact": "artifact", "artefacts": "artifacts", "practise": "practice",
    "practised": "practiced", "practising": "practicing", "licence": "license",
    "defence": "defense", "offence": "offense", "pretence": "pretense",
    "defences": "defenses", "offences": "offenses", "licences": "licenses",
    "cancellation": "cancelation", "kidnapper": "kidnaper", "annexe": "annex",
    "analogue": "analog", "catalogue": "catalog", "catalogues": "catalogs",
    "pedagogue": "pedagog", "demagogue": "demagog", "demagogues": "demagogs",
    "oestrogen": "estrogen", "foetus": "fetus", "foetal": "fetal", "diarrhoea": "diarrhea",
    "oesophagus": "esophagus", "anaemia": "anemia", "anaemic": "anemic",
    "haemorrhage": "hemorrhage", "paediatric": "pediatric", "paediatrician": "pediatrician",
    "orthopaedic": "orthopedic", "encyclopaedia": "encyclopedia", "leukaemia": "leukemia",
    "anaesthetic": "anesthetic", "mum": "mom", "mums": "moms", "pyjama": "pajama",
}  # fmt: skip
"""Single-word British → American variants that no general rule covers."""

_OUR_KEEP: tuple[str, ...] = (
    "hour",
    "four",
    "pour",
    "tour",
    "your",
    "flour",
    "scour",
    "sour",
    "dour",
)
_OUR_KEEP += ("devour", "velour", "amour", "contour", "troubadour", "glamour")
_OUR = re.compile(
    r"^([a-z]{2,}?)our(s|ed|ing|ite|ites|itism|able|ably|er|ers|ful|less|ist|hood|hoods)?$"
)

_ISE_KEEP = (
    "vise", "prise", "ercise", "ecise", "ncise", "xcise", "mcise", "sunrise", "uprise", "wise",
    "promise", "premise", "demise", "surmise", "remise", "guise", "chise", "merchandise",
    "paradise", "spise", "stise", "rtise", "aise", "oise", "uise", "treatise", "mortise",
    "valise", "marquise", "cerise",
)  # fmt: skip
_ISE = re.compile(r"^([a-z]{3,}?)is(e|es|ed|ing|ation|ations|er|ers|able)$")
_YSE = re.compile(r"^([a-z]+l)ys(e|es|ed|ing|er|ers)$")
_TRE_STEMS = "cen|thea|me|li|spec|scep|lus|mi|fi|cali|sa|som|mea|goi|ni"
_TRE = re.compile(rf"^([a-z]*(?:{_TRE_STEMS}))(t|b|g)re(s|d)?$")
_LOGUE = re.compile(r"^([a-z]*(?:lo|go))gue(s)?$")
_DOUBLE_L = re.compile(r"^([a-z]*[aeiouy][a-z]*?)([ae])ll(ed|ing|er|ers|ous|ously)$")
_DOUBLE_L_KEEP = (
    "compel", "expel", "repel", "propel", "impel", "dispel", "excel", "rebel", "install",
    "befall", "enthral", "recall", "forestall", "appall", "quell", "overall", "outsell",
    "resell", "retell", "foretell", "misspell", "bestsell", "storytell", "upsell", "yell",
    # compounds of a stressed "-all" word: "footballer", "stonewalled", "snowballing"
    "ball", "wall", "fall", "call", "mall", "stall", "pall", "thrall",
)  # fmt: skip


def american_spelling(word: str) -> str:
    """The American spelling of a casefolded British word; other words unchanged.

    >>> american_spelling("modernised"), american_spelling("colours"), american_spelling("advise")
    ('modernized', 'colors', 'advise')
    """
    variant = _WORD_VARIANTS.get(word)
    if variant is not None:
        return variant
    if "our" in word and (m := _OUR.match(word)) and not (m.group(1) + "our").endswith(_OUR_KEEP):
        return f"{m.group(1)}or{m.group(2) or ''}"
    if "is" in word and (m := _ISE.match(word)):
        base = m.group(1) + "ise"
        if base != "anise" and not base.endswith(_ISE_KEEP):
            return f"{m.group(1)}iz{m.group(2)}"
    if "lys" in word and (m := _YSE.match(word)):
        return f"{m.group(1)}yz{m.group(2)}"
    if word.endswith(("re", "res", "red")) and (m := _TRE.match(word)):
        return f"{m.group(1)}{m.group(2)}er{'ed' if m.group(3) == 'd' else m.group(3) or ''}"
    if "gue" in word and (m := _LOGUE.match(word)):
        return f"{m.group(1)}g{m.group(2) or ''}"
    if "ll" in word and (m := _DOUBLE_L.match(word)):
        base = m.group(1) + m.group(2) + "l"
        if not (base + "l").endswith(_DOUBLE_L_KEEP) and not base.endswith(_DOUBLE_L_KEEP):
            return f"{base}{m.group(3)}"
    return word


# --- stemming ---------------------------------------------------------------------------

_IRREGULAR = {
    # be, have, do and other auxiliaries
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "am": "be", "'m": "be", "has": "have", "had": "have", "having": "have", "does": "do",
    "did": "do", "done": "do", "doing": "do",
    # common irregular verbs: past and participle → base
    "said": "say", "says": "say", "went": "go", "gone": "go", "goes": "go", "took": "take",
    "taken": "take", "made": "make", "came": "come", "saw": "see", "seen": "see",
    "knew": "know", "known": "know", "got": "get", "gotten": "get", "gave": "give",
    "given": "give", "found": "find", "thought": "think", "told": "tell", "became": "become",
    "left": "leave", "felt": "feel", "brought": "bring", "began": "begin", "begun": "begin",
    "kept": "keep", "held": "hold", "wrote": "write", "written": "write", "stood": "stand",
    "heard": "hear", "meant": "mean", "met": "meet", "ran": "run", "paid": "pay",
    "sat": "sit", "spoke": "speak", "spoken": "speak", "led": "lead", "grew": "grow",
    "grown": "grow", "lost": "lose", "fell": "fall", "fallen": "fall", "sent": "send",
    "built": "build", "understood": "understand", "drew": "draw", "drawn": "draw",
    "broke": "break", "broken": "break", "spent": "spend", "rose": "rise", "risen": "rise",
    "drove": "drive", "driven": "drive", "bought": "buy", "wore": "wear", "worn": "wear",
    "chose": "choose", "chosen": "choose", "sought": "seek", "threw": "throw",
    "thrown": "throw", "caught": "catch", "dealt": "deal", "won": "win", "fought": "fight",
    "taught": "teach", "sold": "sell", "ate": "eat", "eaten": "eat", "flew": "fly",
    "flown": "fly", "forgot": "forget", "forgotten": "forget", "hid": "hide",
    "hidden": "hide", "rode": "ride", "ridden": "ride", "rang": "ring", "rung": "ring",
    "sang": "sing", "sung": "sing", "sank": "sink", "sunk": "sink", "shook": "shake",
    "shaken": "shake", "shot": "shoot", "slept": "sleep", "stole": "steal",
    "stolen": "steal", "struck": "strike", "swore": "swear", "sworn": "swear",
    "swam": "swim", "swum": "swim", "woke": "wake", "woken": "wake", "wound": "wind",
    "froze": "freeze", "frozen": "freeze", "bore": "bear", "born": "bear", "borne": "bear",
    "beat": "beat", "beaten": "beat", "bit": "bite", "bitten": "bite", "blew": "blow",
    "blown": "blow", "fed": "feed", "fled": "flee", "forbade": "forbid",
    "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive", "hung": "hang",
    "laid": "lay", "lain": "lie", "lent": "lend", "lit": "light", "overcame": "overcome",
    "slid": "slide", "spun": "spin", "stuck": "stick", "stung": "sting", "swept": "sweep",
    "swung": "swing", "tore": "tear", "torn": "tear", "undertook": "undertake",
    "undertaken": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw",
    "upheld": "uphold", "arose": "arise", "arisen": "arise", "awoke": "awake",
    "dug": "dig", "drank": "drink", "drunk": "drink", "fit": "fit", "ground": "ground",
    "oversaw": "oversee", "overseen": "oversee", "mislead": "mislead", "misled": "mislead",
    "foresaw": "foresee", "foreseen": "foresee", "shrank": "shrink", "shrunk": "shrink",
    "sprang": "spring", "sprung": "spring", "strove": "strive", "striven": "strive",
    "wept": "weep", "withheld": "withhold", "reran": "rerun", "rebuilt": "rebuild",
    "retook": "retake", "retaken": "retake", "outran": "outrun",
    # irregular plurals
    "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
    "leaves": "leaf", "halves": "half", "selves": "self", "thieves": "thief",
    "wolves": "wolf", "shelves": "shelf", "crises": "crisis", "analyses": "analysis",
    "theses": "thesis", "criteria": "criterion", "phenomena": "phenomenon",
    "data": "data", "media": "media", "news": "news", "series": "series",
    "species": "species", "politics": "politics", "economics": "economics",
    # comparatives
    "better": "good", "best": "good", "worse": "bad", "worst": "bad",
}  # fmt: skip
"""Irregular inflections, mapped to their base form before the suffix rules run."""

_VOWELS = frozenset("aeiouy")
_DOUBLES = ("bb", "dd", "gg", "mm", "nn", "pp", "rr", "tt")
"""Porter2's doubles, without "ff": "staffed" is "staff" + "ed", as few verbs double an f."""
_DOUBLED_L = {
    "controll": "control", "patroll": "patrol", "rebell": "rebel", "compell": "compel",
    "expell": "expel", "propell": "propel", "repell": "repel", "excell": "excel",
    "extoll": "extol", "annull": "annul",
}  # fmt: skip
"""Verbs stressed on a final "l", which American English doubles too ("controlled")."""
_STEM_EXCEPTIONS = {
    "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "eating": "eat", "sued": "sue", "suing": "sue",
    "inning": "inning", "outing": "outing", "canning": "canning", "herring": "herring",
    "earring": "earring", "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    "bias": "bias", "atlas": "atlas", "cosmos": "cosmos", "news": "news", "gas": "gas",
    "this": "this", "thus": "thus", "us": "us", "yes": "yes", "bus": "bus", "plus": "plus",
}  # fmt: skip


def _region1(word: str) -> int:
    """Porter2's R1: the index after the first non-vowel that follows a vowel."""
    for prefix in ("gener", "commun", "arsen"):
        if word.startswith(prefix):
            return len(prefix)
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return i + 1
    return len(word)


def _ends_short_syllable(word: str) -> bool:
    """Porter2's short syllable at the end of ``word``."""
    if len(word) == 2:
        return word[0] in _VOWELS and word[1] not in _VOWELS
    return (
        len(word) >= 3
        and word[-3] not in _VOWELS
        and word[-2] in _VOWELS
        and word[-1] not in _VOWELS
        and word[-1] not in "wxY"
    )


def stem(word: str) -> str:
    """A light stem of a casefolded word: irregular forms, then Porter2 steps 0 to 1c.

    Only inflections are removed (plurals, ``-ed``, ``-ing``, final ``y``) and,
    in words of five letters or more, a final silent ``e``: ``government`` and
    ``governing`` stay apart while ``modernize``, ``modernized`` and ``modernizing``
    meet at ``moderniz``.  A stem is a key for matching, not always a word.

    >>> stem("ponies"), stem("hopping"), stem("measured"), stem("said"), stem("leaders")
    ('poni', 'hop', 'measur', 'say', 'leader')
    """
    # An irregular form stems as its base form does: "wrote" and "write" meet at "writ".
    word = _IRREGULAR.get(word, word)
    if len(word) <= 2 or not word.isascii() or not word.isalpha():
        return word
    exception = _STEM_EXCEPTIONS.get(word)
    if exception is not None:
        return exception
    # step 0 (apostrophes) is done by the scanner; step 1a: plurals
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith(("ied", "ies")):
        # "dies" and "died" meet "die"; "ponies" and "pony" meet at "poni"
        word = word[:-1] if len(word) <= 4 else word[:-3] + "i"
    elif word.endswith(("xes", "oes")) and len(word) >= 6 - 2 * (word[-3] == "x"):
        word = word[:-2]  # "taxes" → "tax", "heroes" → "hero" (but "shoes", "does")
    elif (
        word.endswith("s")
        and not word.endswith(("us", "ss"))
        and any(c in _VOWELS for c in word[:-2])
    ):
        word = word[:-1]
    # step 1b: -eed, -ed, -ing
    r1 = _region1(word)
    if word.endswith(("eed", "eedly")):
        cut = len(word) - (3 if word.endswith("eed") else 5)
        if cut >= r1:
            word = word[:cut] + "ee"
    else:
        for suffix in ("ingly", "edly", "ing", "ed"):
            if word.endswith(suffix):
                base = word[: -len(suffix)]
                if any(c in _VOWELS for c in base):
                    word = base
                    if word.endswith(("at", "bl", "iz")):
                        word += "e"
                    elif word.endswith(_DOUBLES) and len(word) > 3:
                        # "hopping" → "hop", but "added" → "add", as "adds" and "add"
                        word = word[:-1]
                    elif word in _DOUBLED_L:
                        word = _DOUBLED_L[word]
                    elif _region1(word) >= len(word) and _ends_short_syllable(word):
                        word += "e"
                break
    # step 1c: final y after a consonant becomes i
    if len(word) > 2 and word[-1] == "y" and word[-2] not in _VOWELS:
        word = word[:-1] + "i"
    # a final silent e goes, so that "measure" meets "measured" ("measur"), and
    # "issue" meets "issued" ("issu")
    if word[-1:] == "e" and (
        (len(word) > 4 and word[-2] not in _VOWELS) or (len(word) > 3 and word[-2] == "u")
    ):
        word = word[:-1]
    return word


# --- words ------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Casefold and strip accents: ``Café`` → ``cafe``; curly apostrophes become straight."""
    folded = text.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "capt": "captain",
    "cmdr": "commander", "adm": "admiral", "pres": "president", "supt": "superintendent",
    "atty": "attorney", "dept": "department", "govt": "government", "corp": "corporation",
    "jr": "junior", "sr": "senior", "ft": "fort", "mt": "mount",
    "gop": "republican", "gopers": "republican", "dems": "democrat",
}  # fmt: skip
"""Abbreviated titles and words of news style, matched as the full word ("Sen." = "Senator")."""
_PLURAL_TITLES = frozenset(
    ("sen", "rep", "gov", "gen", "col", "sgt", "capt", "cmdr", "adm", "dept", "atty", "lt")
)
"""Abbreviated titles that news style also writes in the plural: "Sens.", "Reps."."""

_MONTH_NAMES = {
    number: max((n for n, k in MONTHS.items() if k == number), key=len) for number in range(1, 13)
}
MONTH_ABBREVIATIONS = {
    short: _MONTH_NAMES[number] for short, number in MONTHS.items() if short != _MONTH_NAMES[number]
}
"""Months as news style abbreviates them ("Jan. 21"), matched as the full name when
capitalised and followed by a full stop: "Jan Brewer" stays a name."""

STATE_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "kans": "kansas",
    "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri",
    "mont": "montana", "neb": "nebraska", "nebr": "nebraska", "nev": "nevada",
    "okla": "oklahoma", "ore": "oregon", "oreg": "oregon", "pa": "pennsylvania",
    "penn": "pennsylvania", "tenn": "tennessee", "tex": "texas", "vt": "vermont",
    "va": "virginia", "wash": "washington", "wis": "wisconsin", "wisc": "wisconsin",
    "wyo": "wyoming",
}  # fmt: skip
"""US states as news style abbreviates them ("Calif.", "Md."), matched as the full name.
Those written in initials ("N.Y.", "S.C.") match their names as acronyms do."""


_LOOK_BACK = 64
"""How far back (in characters) a party letter or a state looks for what comes before it."""

PARTY_LETTERS = {"D": "democrat", "R": "republican", "I": "independent"}
"""A US politician's party as news style gives it after the name: "(D-Md.)", "R-S.C.",
"Gov. Asa Hutchinson (R)"."""


def _party_letter(text: str, word: str, start: int, end: int) -> bool:
    """Whether a capital of :data:`PARTY_LETTERS` gives a party here: after a bracket or
    comma, before a hyphen and a state ("(D-Md.", ", R-S.C."), or alone in brackets
    after a name ("Hutchinson (R)")."""
    if word not in PARTY_LETTERS:
        return False
    before = text[max(0, start - _LOOK_BACK) : start].rstrip()
    if before[-1:] not in {"(", ","}:
        return False
    if _PARTY_STATE.match(text, end):
        return True
    return text[end : end + 1] == ")" and _NAME_BRACKET.search(before) is not None


_PARTY_STATE = re.compile(r"[-\u2013](?:[A-Z]\.[A-Z]\.|[A-Z][a-z]+\b|[A-Z]{2}\b)")
"""A hyphen and a state after a party letter: "-Calif.", "-S.C.", "-Ohio", "-NY"."""
_NAME_BRACKET = re.compile(r"[A-Z][\w'\u2019.-]*\s\($")
"""A capitalised word, a space and an opening bracket: "Hutchinson (" before "R)"."""


def _state_abbreviation(text: str, word: str, start: int, end: int) -> bool:
    """Whether a word of :data:`STATE_ABBREVIATIONS` abbreviates a state here: capitalised,
    with its full stop, after a comma, bracket or hyphen ("Blaine, Wash.", "(D-Md.)",
    "R-Mass."), so that "went to Mass." and "Ill." opening a sentence stay words."""
    if not word[:1].isupper() or text[end : end + 1] != ".":
        return False
    before = text[max(0, start - _LOOK_BACK) : start].rstrip()
    return before[-1:] in {",", "(", "-", "–"}


@lru_cache(maxsize=1 << 16)
def normalise_word(word: str) -> str:
    """The matching form of one scanned word (no clitics, no digits first).

    >>> normalise_word("Defences"), normalise_word("India's"), normalise_word("organising")
    ('defens', 'india', 'organiz')
    """
    folded = _fold(word)
    for clitic in _CLITICS:
        if folded.endswith(clitic) and len(folded) > len(clitic):
            folded = folded[: -len(clitic)]
            break
    folded = folded.replace("'", "")
    if folded in STOP_WORDS:
        return _IRREGULAR.get(folded, folded)
    if folded in TITLE_ABBREVIATIONS:
        folded = TITLE_ABBREVIATIONS[folded]
    elif folded[:-1] in _PLURAL_TITLES and folded[-1:] == "s":
        folded = TITLE_ABBREVIATIONS[folded[:-1]] + "s"  # "Sens." are "Senators"
    return stem(american_spelling(folded))


def _is_stop(text: str, norm: str) -> bool:
    """Function words are stop words, but ``US`` (the country) is not ``us``."""
    return norm in STOP_WORDS and not (text.isupper() and len(text) > 1 and norm == "us")


_BARE_NT = frozenset(
    [
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "hasnt",
        "havent",
        "hadnt",
        "couldnt",
        "wouldnt",
        "shouldnt",
        "mustnt",
        "neednt",
    ]
)
"""Contractions written without their apostrophe ("details havent been finalized"),
split as ``haven't`` is.  "cant" and "wont" are words of their own and stay whole."""


_UNIT_SUFFIX = re.compile(
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(km|kg|cm|mm|ft|mph|kph|kmh|lbs?|am|pm|hrs?|mins?|gw|mw|kw|kwh|pc|m|k|b|c|f|C|F)",
    re.IGNORECASE,
)
"""A figure written together with its unit or scale: "5km", "3pm", "47C", "$5m"."""
_MONEY_NORMS = frozenset(_SYMBOLS.values())
_MONEY_SCALES = {"m": 10**6, "k": 10**3, "b": 10**9}
"""Scales a bare letter stands for right after a currency sign: "$5m", "£50k"."""


_NUMBER_SIGN = re.compile(r"\.\s?\d")
"""What follows "No" when it is the number sign: "No. 2"."""
_NUMBER_SIGN_CLOSE = re.compile(r"\.\d")
"""What follows "no" when it is the number sign: "no.3" (but "said no. 3 people left")."""


def _scan(text: str) -> list[Token]:
    """First pass: tokens as the scanner finds them, clitics split, numbers unmerged."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _SCAN.finditer(text):
        kind = match.lastgroup
        word = match.group()
        start, end = match.span()
        if kind == "word":
            folded = _fold(word)
            if folded.endswith("n't") and len(folded) > 3:
                base = folded[:-3]
                base_norm = _NT_BASES.get(base) or normalise_word(base)
                append(Token(word[:-3], base_norm, start, end - 3, True))
                append(Token(word[-3:], "not", end - 3, end, True))
            elif folded in _BARE_NT:
                base = folded[:-2]
                base_norm = _NT_BASES.get(base) or normalise_word(base)
                append(Token(word[:-2], base_norm, start, end - 2, True))
                append(Token(word[-2:], "not", end - 2, end, True))
            elif folded == "no" and (_NUMBER_SIGN if word == "No" else _NUMBER_SIGN_CLOSE).match(
                text, end
            ):
                # "the No. 2 Democrat": the number sign, not a negation.
                append(Token(word, "number", start, end, True))
            elif folded == "non" and text.startswith("-", end):
                # "non-binding" is "not binding"
                append(Token(word, "not", start, end, True))
            elif folded == "n't":
                # a clitic written apart, as some corpora do: "did n't"
                append(Token(word, "not", start, end, True))
            elif folded == "cannot":
                append(Token(word[:3], "can", start, start + 3, True))
                append(Token(word[3:], "not", start + 3, end, True))
            elif _party_letter(text, word, start, end):
                # "Rep. Max Rose (D-N.Y.)" is a Democrat.
                append(Token(word, PARTY_LETTERS[word], start, end, False))
            elif folded in MONTH_ABBREVIATIONS and word[:1].isupper() and text.startswith(".", end):
                # "Jan. 21" is "January 21"
                append(Token(word, normalise_word(MONTH_ABBREVIATIONS[folded]), start, end, False))
            elif folded in STATE_ABBREVIATIONS and _state_abbreviation(text, word, start, end):
                # "Steny Hoyer (D-Md.)" names Maryland.
                append(Token(word, normalise_word(STATE_ABBREVIATIONS[folded]), start, end, False))
            else:
                norm = normalise_word(word)
                append(Token(word, norm, start, end, _is_stop(word, norm)))
        elif kind == "abbr":
            norm = _fold(word).replace(".", "")
            if norm in TITLE_ABBREVIATIONS:  # "G.O.P." is the Republican Party, as "GOP" is
                norm = normalise_word(norm)
            append(Token(word, norm, start, end, norm in STOP_WORDS and word.islower()))
        elif kind == "num":
            split = _UNIT_SUFFIX.fullmatch(word)
            money = bool(tokens) and tokens[-1].norm in _MONEY_NORMS
            if split and not (money and split.group(2).lower() in _MONEY_SCALES):
                # "5km" is "5 km", "3pm" is "3 pm", "47C" is "47 C": formatting.
                cut = start + split.end(1)
                append(
                    Token(word[: split.end(1)], _numeric_norm(split.group(1))[0], start, cut, False)
                )
                unit = split.group(2)
                # "5pc" is "5 per cent" in British news style
                norm = "percent" if unit == "pc" else normalise_word(unit)
                append(Token(unit, norm, cut, end, False))
            elif (
                split
                and money
                and math.isfinite(
                    value := float(split.group(1).replace(",", ""))
                    * _MONEY_SCALES[split.group(2).lower()]
                )
            ):
                # "$5m" is "$5 million" (but "$99...9m" of 303 digits is no sum)
                append(Token(word, _format_number(value), start, end, False))
            else:
                append(Token(word, _numeric_norm(word)[0], start, end, False))
        else:
            append(Token(word, _SYMBOLS[word], start, end, False))
    return tokens


_YET_TO_AFTER = frozenset(
    ("has", "have", "had", "is", "are", "was", "were", "remain", "remains", "remained")
)
"""Words after which "yet to" says "not yet": "has yet to approve", "is yet to decide"."""


_FRACTION_GAP = re.compile("[ \t\u00a0-]")
"""What stands between a whole number and its fraction: "2 1/2", "2-1/2"."""


def _fraction_at(text: str, tokens: Sequence[Token], j: int) -> tuple[float, int]:
    """The fraction that ``tokens[j:]`` add to the number ending at ``tokens[j - 1]``,
    and how many tokens it takes: " 1/2" (two tokens), " \u00bd" (one), " and a half"
    (three); ``(0.0, 0)`` if none."""
    count = len(tokens)
    token = tokens[j]
    gap = text[tokens[j - 1].end : token.start]
    if not _FRACTION_GAP.fullmatch(gap):
        return 0.0, 0
    if token.text in VULGAR_FRACTIONS:
        return VULGAR_FRACTIONS[token.text], 1
    if token.text.isdecimal() and j + 1 < count:
        denominator = tokens[j + 1]
        if (
            text[token.end : denominator.start] == "/"
            and denominator.text.isdecimal()
            and len(token.text) <= 2  # int() refuses thousands of digits
            and len(denominator.text) <= 2
            and int(denominator.text) in FRACTION_DENOMINATORS
            and 0 < int(token.text) < int(denominator.text)
            and not text.startswith("/", denominator.end)  # "1/2/2003" is a date
        ):
            return int(token.text) / int(denominator.text), 2
        return 0.0, 0
    if _fold(token.text) == "and" and j + 2 < count:
        article, part = tokens[j + 1], tokens[j + 2]
        if (
            _fold(article.text) in ("a", "an")
            and _fold(part.text) in FRACTION_PARTS
            and _FRACTION_GAP.fullmatch(text, token.end, article.start)
            and _FRACTION_GAP.fullmatch(text, article.end, part.start)
        ):
            return FRACTION_PARTS[_fold(part.text)], 3
    return 0.0, 0


def _merge(text: str, tokens: list[Token]) -> list[Token]:
    """Second pass: join written numbers, ``per cent``, ``no one`` and ``yet to`` into
    single tokens."""
    merged: list[Token] = []
    i, count = 0, len(tokens)
    while i < count:
        token = tokens[i]
        lowered = _fold(token.text)
        if (
            token.text in ("US", "U.S.")
            and i + 1 < count
            and tokens[i + 1].text == "$"
            and tokens[i + 1].start == token.end
        ):
            # "US$5 million" is "$5 million"
            nxt = tokens[i + 1]
            merged.append(Token(text[token.start : nxt.end], "dollar", token.start, nxt.end, False))
            i += 2
            continue
        if lowered == "per" and i + 1 < count and _fold(tokens[i + 1].text) == "cent":
            nxt = tokens[i + 1]
            merged.append(
                Token(text[token.start : nxt.end], "percent", token.start, nxt.end, False)
            )
            i += 2
            continue
        if (
            lowered == "no"
            and i + 1 < count
            and _fold(tokens[i + 1].text) == "one"
            and text[token.end : tokens[i + 1].start] in (" ", "-")
        ):
            # "no one" is "nobody", not a negated number one.
            nxt = tokens[i + 1]
            merged.append(Token(text[token.start : nxt.end], "nobody", token.start, nxt.end, True))
            i += 2
            continue
        if (
            lowered == "yet"
            and merged
            and _fold(merged[-1].text) in _YET_TO_AFTER
            and i + 1 < count
            and _fold(tokens[i + 1].text) == "to"
            and text[token.end : tokens[i + 1].start] == " "
        ):
            # "has yet to approve" is "has not approved": a negation.
            nxt = tokens[i + 1]
            merged.append(Token(text[token.start : nxt.end], "not", token.start, nxt.end, True))
            i += 2
            continue
        if (
            token.text.isdecimal()
            and len(token.text) <= 3
            and i + 1 < count
            and _THIN_SPACE.fullmatch(text, token.end, tokens[i + 1].start)
            and _THREE_DIGITS.fullmatch(tokens[i + 1].text)
        ):
            # "10 000" with a no-break or thin space is "10,000"
            j = i + 1
            while (
                j + 1 < count
                and _THIN_SPACE.fullmatch(text, tokens[j].end, tokens[j + 1].start)
                and _THREE_DIGITS.fullmatch(tokens[j + 1].text)
            ):
                j += 1
            last = tokens[j]
            written = _THIN_SPACE.sub("", text[token.start : last.end])
            merged.append(
                Token(
                    text[token.start : last.end],
                    _numeric_norm(written)[0],
                    token.start,
                    last.end,
                    False,
                )
            )
            i = j + 1
            continue
        starts_number = lowered in _NUMBER_WORDS or (
            token.text[0].isdecimal() and _numeric_norm(token.text)[1] is not None
        )
        if not starts_number:
            merged.append(token)
            i += 1
            continue
        parser = _NumberParser()
        if lowered in _NUMBER_WORDS:
            parser.feed(lowered)
        else:
            value = _numeric_norm(token.text)[1]
            assert value is not None
            parser.start_with(value)
        j = i + 1
        while j < count and parser.last != "ordinal":
            gap = text[tokens[j - 1].end : tokens[j].start]
            word = _fold(tokens[j].text)
            if word == "and" and j + 1 < count and parser.last in ("hundred", "scale"):
                after = _fold(tokens[j + 1].text)
                if after in _UNITS or after in _TEENS or after in _TENS:
                    j += 1
                    continue
            part, width = _fraction_at(text, tokens, j)
            if width and parser.add_part(part):
                j += width
                continue
            if not _GAP_IN_NUMBER.fullmatch(gap) or not parser.feed(word):
                break
            j += 1
        while j - 1 > i and _fold(tokens[j - 1].text) == "and":
            j -= 1  # never end on a dangling "and"
        if j == i + 1 and not token.text[0].isalpha() and parser.last == "digits":
            merged.append(token)  # a plain numeral: already normalised
        else:
            last = tokens[j - 1]
            merged.append(
                Token(text[token.start : last.end], parser.result(), token.start, last.end, False)
            )
        i = j
    return merged


HEADLINE_MIN_WORDS = 3
"""Fewest content words after the first for a sentence's case to be read as a headline's."""
HEADLINE_SHARE = 0.9
"""Least share of those words capitalised (or, for a headline in capitals, written in
capitals) for the sentence to be a headline, whose capitals say nothing of names."""


def headline_case(tokens: Sequence[Token]) -> Literal["title", "capitals"] | None:
    """Whether a sentence is written as a headline, where capitals mark no names.

    ``"title"`` for title case ("Trump Jr. Messaged With WikiLeaks During
    Campaign"), ``"capitals"`` for a headline in capitals ("STOCKS RALLY AS OIL
    FALLS"), ``None`` for running text.  The sentence's first word is left out,
    since every sentence capitalises it.
    """
    words = [t.text for t in tokens[1:] if not t.stop and t.text[:1].isalpha()]
    if len(words) < HEADLINE_MIN_WORDS:
        return None
    least = HEADLINE_SHARE * len(words)
    if sum(1 for word in words if word.isupper()) >= least:
        return "capitals"
    if sum(1 for word in words if word[:1].isupper()) >= least:
        return "title"
    return None


def spelling(token: Token) -> str:
    """A token as written, casefolded, without a possessive: ``Singh’s`` → ``singh``."""
    return token.text.casefold().replace("’", "'").split("'")[0]


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into normalised tokens that keep their offsets into ``text``.

    Never raises on any string.  Word normalisation is cached, so tokenising many
    sentences with a shared vocabulary is cheap.

    >>> [t.norm for t in tokenize("The U.S. won't cut defence spending by two million.")]
    ['the', 'us', 'will', 'not', 'cut', 'defens', 'spend', 'by', '2000000']
    """
    tokens = _merge(text, _scan(text))
    dateline = _DATELINE.match(text)
    if dateline:
        # "WASHINGTON — ..." says where the report was filed, not what happened
        cut = dateline.end() - 1
        tokens = [replace(t, stop=True) if t.end <= cut else t for t in tokens]
    return tokens


_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z'’.-]{4,}|[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)+)"
    r"(?:,\s[A-Z][A-Za-z'’.]+(?:\s[A-Z][A-Za-z'’.]+)?)?"
    r"(?:\s\((?:AP|Reuters|AFP|CNN|dpa|Bloomberg|UPI)\))?\s?(?:—|–|―|--|-)\s(?=[A-Z\"“‘'])"
)
"""A dateline opening a report: a place in capitals (one word of five letters or more,
or several words; then maybe its state or country), maybe an agency, and a dash before
a capital: "WASHINGTON — ", "LIVINGSTON, N.J. — ", "NEW YORK (Reuters) - ".  "US - China
talks" and "NATO — the alliance" are no datelines."""
