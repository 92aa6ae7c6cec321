"""Tokenisation and normalisation: each rule, and offsets that slice the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.analysis.normalise import (
    Token,
    american_spelling,
    headline_case,
    stem,
    tokenize,
)


def norms(text: str) -> list[str]:
    """The norms of ``text``'s tokens."""
    return [token.norm for token in tokenize(text)]


def texts(text: str) -> list[str]:
    """The written forms of ``text``'s tokens."""
    return [token.text for token in tokenize(text)]


def assert_offsets(text: str, tokens: list[Token]) -> None:
    """Every token slices the original text, in order, without overlaps."""
    end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.start >= end
        assert token.end > token.start
        end = token.end


SENTENCES = [
    "Defence Minister Rajnath Singh on Tuesday (July 1, 2025) thanked the U.S. Secretary of "
    "Defense Pete Hegseth for the U.S. support during Operation Sindoor.",
    "Mr. Singh said India’s actions during the operation were measured, non-escalatory, "
    "proportionate and focused on disabling terrorist infrastructure.",
    "Sources said the two leaders had a 20-minute conversation during which Mr. Hegseth invited "
    "Mr. Singh to the U.S. for an in-person meeting.",
    "The Minister also asked about the delivery of U.S.-made Apache AH-64E helicopters, which "
    "Mr. Hegseth said will be delivered by this year.",
    "Glad to speak with the US @SecDef Mr. @PeteHegseth today. — Rajnath Singh (@rajnathsingh)",
    "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion.",
    "Around 0335 GMT, Tab shares were up 19 cents, or 4.4%, at A$4.56.",
    "“We won’t back down,” she said — twenty-five years after the first vote, and two million "
    "signatures later.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_offsets_slice_the_original_sentence(sentence: str) -> None:
    assert_offsets(sentence, tokenize(sentence))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, World!", ["hello", "world"]),
        ("THE END.", ["the", "end"]),
        ("well-known non-escalatory", ["well", "know", "not", "escalatori"]),
        ("@PeteHegseth #defence", ["petehegseth", "defens"]),
    ],
)
def test_case_accents_and_punctuation(text: str, expected: list[str]) -> None:
    assert norms(text) == expected


def test_accents_are_dropped() -> None:
    assert norms("Café naïve résumé Zürich") == norms("cafe naive resume zurich")
    assert norms("Café")[0] == "cafe"


@pytest.mark.parametrize(
    ("dotted", "plain", "norm"),
    [("U.S.", "US", "us"), ("U.K.", "UK", "uk"), ("U.N.", "UN", "un"), ("e.g.", "eg", "eg")],
)
def test_dotted_abbreviations(dotted: str, plain: str, norm: str) -> None:
    assert norms(dotted) == norms(plain) == [norm]
    assert texts(f"the {dotted} said") == ["the", dotted, "said"]


def test_us_the_country_is_not_a_stop_word_but_us_the_pronoun_is() -> None:
    country, pronoun = tokenize("The US told us")[1], tokenize("The US told us")[3]
    assert country.norm == pronoun.norm == "us"
    assert not country.stop
    assert pronoun.stop


def test_honorific_with_full_stop() -> None:
    tokens = tokenize("Mr. Singh")
    assert [(t.text, t.norm, t.stop) for t in tokens] == [
        ("Mr", "mr", True),
        ("Singh", "singh", False),
    ]


BRITISH_AMERICAN = [
    ("defence", "defense"),
    ("offences", "offenses"),
    ("licence", "license"),
    ("modernise", "modernize"),
    ("modernised", "modernized"),
    ("organisation", "organization"),
    ("criticising", "criticizing"),
    ("analyse", "analyze"),
    ("paralysed", "paralyzed"),
    ("programme", "program"),
    ("colour", "color"),
    ("favourite", "favorite"),
    ("neighbourhood", "neighborhood"),
    ("honourable", "honorable"),
    ("centre", "center"),
    ("theatres", "theaters"),
    ("kilometre", "kilometer"),
    ("fibre", "fiber"),
    ("dialogue", "dialog"),
    ("catalogue", "catalog"),
    ("travelled", "traveled"),
    ("fuelled", "fueled"),
    ("dialling", "dialing"),
    ("totalled", "totaled"),
    ("cancelling", "canceling"),
    ("modelled", "modeled"),
    ("jewellery", "jewelry"),
    ("judgement", "judgment"),
    ("grey", "gray"),
    ("manoeuvre", "maneuver"),
    ("paediatric", "pediatric"),
    ("towards", "toward"),
]


@pytest.mark.parametrize(("british", "american"), BRITISH_AMERICAN)
def test_british_and_american_spellings_meet(british: str, american: str) -> None:
    assert norms(british) == norms(american)
    assert norms(british.capitalize()) == norms(american)


@pytest.mark.parametrize(
    "word",
    [
        "advise",
        "promise",
        "exercise",
        "surprise",
        "enterprise",
        "otherwise",
        "raise",
        "noise",
        "hour",
        "four",
        "tour",
        "flour",
        "detour",
        "called",
        "spelled",
        "compelled",
        "footballer",
        "stonewalled",
        "snowballing",
        "installed",
        "bestseller",
        "rogue",
        "genre",
        "acre",
        "massacre",
    ],
)
def test_spelling_rules_leave_their_exceptions_alone(word: str) -> None:
    assert american_spelling(word) == word


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("twenty", [("twenty", "20")]),
        ("twenty-five", [("twenty-five", "25")]),
        ("two million", [("two million", "2000000")]),
        ("2.5 billion", [("2.5 billion", "2500000000")]),
        ("1,000 crore", [("1,000 crore", "10000000000")]),  # Indian English
        ("5 lakh", [("5 lakh", "500000")]),
        ("two crores", [("two crores", "20000000")]),
        ("$1.8bn", [("$", "dollar"), ("1.8bn", "1800000000")]),
        ("1,000", [("1,000", "1000")]),
        ("2.50", [("2.50", "2.5")]),
        ("one hundred and five", [("one hundred and five", "105")]),
        ("five hundred thousand", [("five hundred thousand", "500000")]),
        ("third", [("third", "3rd")]),
        ("3rd", [("3rd", "3rd")]),
        ("twenty-first", [("twenty-first", "21st")]),
        ("the 1990s", [("the", "the"), ("1990s", "1990s")]),
        ("5%", [("5", "5"), ("%", "percent")]),
        ("5 per cent", [("5", "5"), ("per cent", "percent")]),
        ("one two", [("one", "1"), ("two", "2")]),
        ("1,2 million", [("1,2 million", "1200000")]),
        ("rounds 1,2", [("rounds", "round"), ("1", "1"), ("2", "2")]),
        ("bread and butter", [("bread", "bread"), ("and", "and"), ("butter", "butter")]),
    ],
)
def test_numbers(text: str, tokens: list[tuple[str, str]]) -> None:
    found = tokenize(text)
    assert [(t.text, t.norm) for t in found] == tokens
    assert_offsets(text, found)


def test_thousands_set_off_by_a_no_break_or_thin_space_are_one_figure() -> None:
    for text in ("10\u00a0000 people", "10\u202f000 people", "10\u2009000 people"):
        assert [t.norm for t in tokenize(text)] == [t.norm for t in tokenize("10,000 people")]
    # an ordinary space still separates two figures
    assert [t.norm for t in tokenize("in 2019 100 people")] == ["in", "2019", "100", "peopl"]


def test_a_mixed_number_is_one_figure() -> None:
    for text in ("5 1/2 months", "5-1/2 months", "five and a half months", "5\u00bd months"):
        assert [t.norm for t in tokenize(text)] == ["5.5", "month"], text
    assert [t.norm for t in tokenize("2 \u00bd")] == ["2.5"]
    assert [t.norm for t in tokenize("two and a quarter million")] == ["2250000"]
    # not fractions of the number before them: a date, an idiom, an ordinal
    assert [t.norm for t in tokenize("12 1/2/2003")] == ["12", "1", "2", "2003"]
    assert [t.norm for t in tokenize("2001 9/11")] == ["2001", "9", "11"]
    assert [t.norm for t in tokenize("2.5 1/2")] == ["2.5", "1", "2"]
    assert [t.norm for t in tokenize("the first and a half")][:2] == ["the", "1st"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WASHINGTON — President Trump declared an emergency.", ["WASHINGTON"]),
        ("LIVINGSTON, N.J. — Gov. Chris Christie said so.", ["LIVINGSTON", "N.J."]),
        ("NEW YORK (Reuters) - Stocks fell.", ["NEW", "YORK", "Reuters"]),
        ("WASHINGTON \u2015 House Democrats voted.", ["WASHINGTON"]),
        ("NATO — the alliance said so.", []),
        ("US - China talks resumed.", []),
    ],
)
def test_a_dateline_is_no_content(text: str, place: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens if t.stop and t.text[:1].isupper()][: len(place)] == place
    assert not any(t.stop for t in tokens if t.text in ("President", "Gov", "Stocks", "NATO", "US"))


def test_us_dollars_are_dollars() -> None:
    assert [t.norm for t in tokenize("US$5 million")] == [t.norm for t in tokenize("$5 million")]
    assert [t.norm for t in tokenize("U.S.$5 million")] == [t.norm for t in tokenize("$5 million")]


def test_pc_written_onto_a_figure_is_per_cent() -> None:
    assert [t.norm for t in tokenize("rose 5pc")] == [t.norm for t in tokenize("rose 5 per cent")]
    assert tokenize("the PC market")[1].norm == "pc"


def test_a_unit_written_onto_its_figure_is_formatting() -> None:
    assert norms("5km away") == norms("5 km away")
    assert norms("at 3pm") == norms("at 3 p.m.") == norms("at 3 PM")
    assert norms("a $5m deal") == norms("a $5 million deal")
    assert norms("hit 47C") == norms("hit 47 °C")
    # Only units and scales split: ordinals and decades stay whole.
    assert norms("3rd 1990s 737") == ["3rd", "1990s", "737"]


def test_written_and_digit_numbers_meet() -> None:
    assert norms("twenty minutes") == norms("20 minutes")
    assert norms("the third call") == norms("the 3rd call")
    assert norms("two million people") == norms("2,000,000 people")
    assert norms("5%") == norms("five per cent") == norms("5 percent")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("don't", [("do", "do"), ("n't", "not")]),
        ("won’t", [("wo", "will"), ("n’t", "not")]),
        ("can't", [("ca", "can"), ("n't", "not")]),
        ("isn't", [("is", "be"), ("n't", "not")]),
        ("cannot", [("can", "can"), ("not", "not")]),
        # "no one" is "nobody", not a negated number.
        ("No one", [("No one", "nobody")]),
        ("no-one", [("no-one", "nobody")]),
        # "has yet to" is "has not"; "yet" alone is not a negation.
        ("has yet to", [("has", "have"), ("yet to", "not")]),
        ("yet to come", [("yet", "yet"), ("to", "to"), ("come", "come")]),
        # Written without the apostrophe, as some wire copy is.
        ("havent", [("have", "have"), ("nt", "not")]),
        ("Doesnt", [("Does", "do"), ("nt", "not")]),
        ("wont", [("wont", "wont")]),
        ("India’s", [("India’s", "india")]),
        ("Singh's", [("Singh's", "singh")]),
        ("they're", [("they're", "they")]),
    ],
)
def test_clitics(text: str, tokens: list[tuple[str, str]]) -> None:
    found = tokenize(text)
    assert [(t.text, t.norm) for t in found] == tokens
    assert_offsets(text, found)


@pytest.mark.parametrize(
    "forms",
    [
        ("leader", "leaders"),
        ("talk", "talks", "talked", "talking"),
        ("add", "adds", "added", "adding"),
        ("egg", "eggs", "egged"),
        ("issue", "issues", "issued", "issuing"),
        ("continue", "continues", "continued", "continuing"),
        ("argue", "argues", "argued"),
        ("tax", "taxes", "taxed"),
        ("hero", "heroes"),
        ("potato", "potatoes"),
        ("staff", "staffs", "staffed", "staffing"),
        ("control", "controls", "controlled", "controlling"),
        ("patrol", "patrolled"),
        ("eat", "eats", "eating"),
        ("die", "dies", "died", "dying"),
        ("tie", "ties", "tied"),
        ("sue", "sues", "sued", "suing"),
        ("measure", "measured", "measures"),
        ("deliver", "delivered", "delivering"),
        ("hop", "hopping", "hopped"),
        ("say", "said", "says"),
        ("man", "men"),
        ("child", "children"),
        ("agree", "agreed"),
        ("country", "countries"),
        ("leave", "left", "leaving"),  # irregular forms stem as their base form does
        ("write", "wrote", "written", "writes"),
        ("strike", "struck", "striking"),
        ("crisis", "crises"),
    ],
)
def test_light_stemming_joins_inflections(forms: tuple[str, ...]) -> None:
    assert len({stem(word) for word in forms}) == 1


@pytest.mark.parametrize(("a", "b"), [("government", "governing"), ("news", "new")])
def test_light_stemming_keeps_derivations_apart(a: str, b: str) -> None:
    assert norms(a) != norms(b)


def test_stop_words_are_marked() -> None:
    tokens = tokenize("The minister said that it will not be delivered")
    assert [t.stop for t in tokens] == [True, False, False, True, True, True, True, True, False]


def test_a_clitic_written_apart_is_a_negation() -> None:
    assert [t.norm for t in tokenize("he did n't go")] == [t.norm for t in tokenize("he didn't go")]


def test_negations_normalise_to_not() -> None:
    assert [t.norm for t in tokenize("didn't")] == ["do", "not"]
    assert "not" in norms("It cannot be done")


@given(st.text())
def test_any_unicode_tokenises_with_exact_offsets(text: str) -> None:
    assert_offsets(text, tokenize(text))


@given(st.text(alphabet=st.characters(categories=["Nd", "No", "Lu", "Ll", "Pd", "Zs", "Po"])))
def test_digits_and_letters_of_every_script_tokenise(text: str) -> None:
    assert_offsets(text, tokenize(text))


def test_huge_numbers_do_not_overflow() -> None:
    text = "9" * 400 + " million"
    assert_offsets(text, tokenize(text))


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Sen.", "Senator"),
        ("Rep.", "Representative"),
        ("Gov.", "Governor"),
        ("Gen.", "General"),
        ("Ft.", "Fort"),
        ("Sens.", "Senators"),
        ("Reps.", "Representatives"),
    ],
)
def test_abbreviated_titles_match_the_full_word(short: str, full: str) -> None:
    assert tokenize(short)[0].norm == tokenize(full)[0].norm


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Rep. Steny Hoyer (D-Md.) spoke.", "Maryland"),
        ("He lives in Blaine, Wash., near the border.", "Washington"),
        ("Sen. Scott Brown, R-Mass., said so.", "Massachusetts"),
        ("Sen. Scott Brown (R\u2013Mass.) said so.", "Massachusetts"),
        ("the Aventura, Fla., home", "Florida"),
    ],
)
def test_an_abbreviated_state_matches_its_name(text: str, state: str) -> None:
    norms = {t.norm for t in tokenize(text)}
    assert tokenize(state)[0].norm in norms


def test_the_party_nicknames_match_the_parties() -> None:
    norms = [t.norm for t in tokenize("GOP, G.O.P., GOPers, Dems")]
    assert norms == [tokenize(w)[0].norm for w in ("Republican",) * 3 + ("Democrats",)]


def test_an_abbreviated_month_matches_its_name() -> None:
    norms = [t.norm for t in tokenize("On Jan. 21 and Sept. 11, Jan Brewer spoke.")]
    assert norms[1] == tokenize("January")[0].norm
    assert norms[4] == tokenize("September")[0].norm
    assert norms[6] == "jan"  # a name, with no full stop


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Rep. Max Rose (D-N.Y.) said", "Democrat"),
        ("Sen. Lindsey Graham, R-S.C., announced", "Republican"),
        ("Gov. Asa Hutchinson (R) signed", "Republican"),
        ("Sen. Bernie Sanders (I-Vt.) spoke", "Independent"),
        ("Rep. Tim Ryan (D\u2013Ohio) lost", "Democrat"),
    ],
)
def test_a_party_letter_after_a_name_is_the_party(text: str, party: str) -> None:
    assert tokenize(party)[0].norm in {t.norm for t in tokenize(text)}


@pytest.mark.parametrize(
    "text", ["Windows(R) is sold.", "See item (I) first.", "He said, I-I think so.", "he (R) said"]
)
def test_a_capital_out_of_place_is_no_party(text: str) -> None:
    parties = {tokenize(p)[0].norm for p in ("Democrat", "Republican", "Independent")}
    assert not parties & {t.norm for t in tokenize(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He went to Mass. Then he left.", "Mass"),
        ("Ill. voters went to the polls.", "Ill"),
        ("The man was ill.", "ill"),
    ],
)
def test_a_state_abbreviation_out_of_place_stays_a_word(text: str, word: str) -> None:
    token = next(t for t in tokenize(text) if t.text == word)
    assert token.norm == tokenize(word.lower())[0].norm


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("Donald Trump Jr. Messaged With WikiLeaks During Campaign", "title"),
        ("Reid: Mosque Should Be Built Someplace Else", "title"),
        ("STOCKS RALLY AS OIL PRICES FALL", "capitals"),
        ("Sen. Mark Warner, the top Democrat, offered Trump an ultimatum.", None),
        ("The NRA and the FBI met on Monday.", None),
        ("Obama Wins", None),  # too short to tell
    ],
)
def test_headline_case(text: str, case: str | None) -> None:
    assert headline_case(tokenize(text)) == case


def test_the_number_sign_is_no_negation() -> None:
    number, two = tokenize("the No. 2 Democrat")[1:3]
    assert (number.norm, number.stop, two.norm) == ("number", True, "2")
    assert [t.norm for t in tokenize("No, he said no.")][::3] == ["no", "no"]
    assert tokenize("He said no. 3 people left.")[2].norm == "no"
    assert tokenize("see no.3")[1].norm == "number"


@pytest.mark.parametrize(
    "text",
    [
        "$" + "9" * 303 + "m",  # a sum past any float, with its scale stuck on
        "1 " + "1" * 4301 + "/2",  # int() refuses more than 4,300 digits
        "1 1/" + "9" * 4301,
    ],
)
def test_absurd_figures_are_tokens_not_errors(text: str) -> None:
    assert tokenize(text)


def test_mixed_numbers_and_stuck_scales_still_read() -> None:
    assert [t.norm for t in tokenize("$5m for 2 1/2 weeks")] == [
        "dollar",
        "5000000",
        "for",
        "2.5",
        "week",
    ]
