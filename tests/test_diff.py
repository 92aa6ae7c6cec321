"""Word-level differences between versions of one point."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing_tui.analysis.diff import difference_spans, same_root
from briefing_tui.analysis.facts import extract
from briefing_tui.analysis.normalise import tokenize


def added(a: str, b: str, date: dt.date | None = None, date_b: dt.date | None = None) -> list[str]:
    """The words of ``a`` that ``b`` lacks, as the UI would show them."""
    spans = difference_spans(
        a,
        0,
        tokenize(a),
        tokenize(b),
        facts=extract(a, date),
        other_facts=[extract(b, date_b if date_b else date)],
    )
    return [a[s:e] for s, e in spans]


def test_the_only_addition() -> None:
    a = (
        "Mr. Singh said India’s actions during the operation were measured, non-escalatory, "
        "proportionate and focused on disabling terrorist infrastructure."
    )
    b = (
        "Singh also spoke on Operation Sindoor and said that India's actions were measured, "
        "non-escalatory and focused on disabling terrorist infrastructure."
    )
    assert added(a, b) == ["proportionate"]
    assert added(b, a) == ["spoke", "Sindoor"]


EQUIVALENT = [
    ("The U.S. Secretary of Defense", "the US secretary of defence"),
    ("They will modernise the armed forces", "they will modernize the armed forces"),
    ("their third call since January this year", "their 3rd call since January 2025"),
    ("a twenty-minute call", "a 20 minute call"),
    ("a $1.5 billion deal", "a 1,500 million dollar deal"),
]


@pytest.mark.parametrize(("a", "b"), EQUIVALENT)
def test_normalised_equivalents_are_not_differences(a: str, b: str) -> None:
    date = dt.date(2025, 7, 1)
    assert added(a, b, date) == []
    assert added(b, a, date) == []


def test_a_middle_initial_of_a_shared_name_is_no_difference() -> None:
    assert added("Representative Steny H. Hoyer of Maryland", "Rep. Steny Hoyer (D-Md.)") == []
    assert added("Senator Scott P. Brown, a Republican", "Senator Scott Brown, a Republican") == []
    assert (
        added("Hillary Rodham Clinton spoke on Friday.", "Hillary Clinton spoke on Friday.") == []
    )
    assert added("Hillary Rodham spoke on Friday.", "Hillary Clinton spoke on Friday.") == [
        "Rodham"
    ]
    # The initial of a surname the others lack goes with it.
    assert added("Scott P. Brown, a Republican", "Scott Smith, a Republican") == ["P. Brown"]


def test_a_name_suffix_of_a_shared_name_is_no_difference() -> None:
    a = "The suspect, Cesar Sayoc Jr., 56, was arrested in Florida."
    assert added(a, "The suspect, Cesar Sayoc, was arrested in Florida.") == ["56"]
    assert added("James R. Clapper Jr. spoke.", "Mr. Clapper spoke.") == ["James"]
    # a surname alone may be the father's: "Trump Jr." against "Trump" names another man
    assert added("Trump Jr. spoke.", "Trump spoke.") == ["Jr"]


def test_a_nickname_is_no_difference() -> None:
    assert added("Jim Clyburn kept his job.", "James E. Clyburn kept his job.") == []
    assert added("Bill Clinton spoke.", "William Clinton spoke.") == []
    assert added("Robert Smith spoke.", "William Smith spoke.") == ["Robert"]


def test_a_verb_that_only_attributes_is_no_difference() -> None:
    quoted = "“I look forward to being fully vindicated,” he said."
    assert added(quoted, "“I look forward to being fully vindicated.”") == []
    assert added("“We know how to win,” Pelosi added.", "“We know how to win,” she said.") == [
        "Pelosi"
    ]
    assert added("He told reporters the talks failed.", "The talks failed.") == ["reporters"]
    assert added("According to police, the talks failed.", "The talks failed.") == ["police"]
    assert added("They signed a peace accord.", "They signed a peace deal.") == ["accord"]
    assert added("He said in a statement the talks failed.", "He said the talks failed.") == []
    assert (
        added("Hoyer as well as Clyburn kept their jobs.", "Hoyer and Clyburn kept their jobs.")
        == []
    )
    assert added("He released a statement on the talks.", "He spoke on the talks.") == [
        "released a statement"
    ]


def test_a_verb_that_introduces_a_quotation_is_no_difference() -> None:
    assert added("“Stop lying!” Mr. Fox wrote.", "“Stop lying!” Mr. Fox said.") == []
    assert added("Trump tweeted on Monday: “Stop lying!”", "Trump said: “Stop lying!”") == [
        "Monday"
    ]
    assert added("“Why now?” he asked.", "“Why now?” he said.") == []
    # away from a quotation the same verbs carry content
    assert added(
        "The bishops wrote several letters to Congress saying “cuts are wrong.”",
        "The bishops sent letters to Congress saying “cuts are wrong.”",
    ) == ["wrote several"]
    assert added("He asked the court to block it.", "He urged the court to block it.") == ["asked"]
    assert added(
        'He asked members to join him "for a private call" on Monday.',
        'He urged members to join him "for a private call" on Monday.',
    ) == ["asked"]
    assert added(
        'He called them "criminals" and "rapists," insists he will win.',
        'He called them "criminals" and "rapists," says he will win.',
    ) == ["insists"]
    assert added("“Stop lying!” wrote Mr. Fox.", "“Stop lying!” said Mr. Fox.") == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "The engines will not be delivered this year.",
            "The engines will be delivered this year.",
            ["not"],
        ),
        ("Biden won't attend the speech.", "Biden will attend the speech.", ["won't"]),
        ("It cannot be delivered.", "It can be delivered.", ["cannot"]),
        ("They left without paying.", "They left after paying.", ["without"]),
        ("The non-binding vote passed.", "The binding vote passed.", ["non"]),
        # The others negate too, if in other words: a difference of wording only.
        ("There will be no further comment.", "There will not be further comment.", []),
        # Function words that only look like negations.
        ("He is the No. 2 Democrat.", "He is the 2nd Democrat.", []),
    ],
)
def test_a_negation_the_others_lack_is_a_difference(a: str, b: str, expected: list[str]) -> None:
    """Function words are never differences, except a negation where the others
    have none: it reverses what the sentence says."""
    assert added(a, b) == expected
    assert added(b, a) == []


def test_a_differing_word_takes_the_function_words_of_its_compound() -> None:
    assert added("He opposes same-sex marriage.", "He opposes gay marriage.") == ["same-sex"]
    assert added("An out-of-state donor gave.", "A local donor gave.") == ["out-of-state"]
    assert added("The so-called deal fell apart.", "The deal fell apart.") == ["so-called"]
    # a function word beside it but not joined stays out
    assert added("It is the same sex education.", "It is the gay education.") == ["sex"]


def test_a_sign_written_onto_a_differing_figure_goes_with_it() -> None:
    a = "He bought a $43,000 watch as shares rose 5% on Friday."
    b = "He bought a $750,000 watch as shares rose 7% on Friday."
    assert added(a, b) == ["$43,000", "5%"]
    # a sign that stands apart, or before a figure both give, stays unmarked
    assert added("It cost $ 5, or 10 percent.", "It cost $ 6, or 12 percent.") == ["5", "10"]
    assert added("It cost $5, up 10%.", "It cost $5, up 12%.") == ["10%"]


def test_a_dateline_is_no_difference() -> None:
    a = "WASHINGTON — President Trump declared a national emergency on Friday."
    assert added(a, "President Trump declared a national emergency on Friday.") == []


def test_relative_dates_need_the_report_date() -> None:
    # Undated, "this year" says nothing about 2025: the year is an addition.
    assert added("since January 2025", "since January this year") == ["2025"]


def test_tiny_gaps_merge() -> None:
    a = "They spoke last just after the Pahalgam attack on April 22."
    b = "They spoke last just after."
    assert added(a, b) == ["Pahalgam attack on April 22"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Abbreviations' and initials' full stops do not split a name.
        (
            "“He’s cool,” Lt. Gov. Timothy Murray said of Mr. Cowan.",
            "“He’s cool,” Murray said of Cowan.",
            ["Lt. Gov. Timothy"],
        ),
        (
            "The question is whether former Senator Scott P. Brown will run.",
            "The question is whether the senator will run.",
            ["former", "Scott P. Brown"],
        ),
        # The function words inside one hyphened compound.
        (
            "India is modernising its forces with state-of-the-art platforms.",
            "India is modernising its forces.",
            ["state-of-the-art platforms"],
        ),
        # Two function words between words, across spaces, still part them.
        (
            "The minister met the envoy of the king at noon.",
            "The minister met at noon.",
            ["envoy", "king"],
        ),
    ],
)
def test_what_merges_into_one_span(a: str, b: str, expected: list[str]) -> None:
    assert added(a, b) == expected


def test_spans_are_offsets_into_the_source_text() -> None:
    source = "First sentence here. Mr. Singh praised the proportionate response."
    start = source.index("Mr.")
    sentence = source[start:]
    spans = difference_spans(
        sentence, start, tokenize(sentence), tokenize("Singh praised the response.")
    )
    assert [source[s:e] for s, e in spans] == ["proportionate"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("integration", "integrat", True),
        ("expansion", "expand", True),
        ("conversation", "conservative", False),
        ("war", "ward", False),
    ],
)
def test_same_root(a: str, b: str, same: bool) -> None:
    assert same_root(a, b) is same


def test_a_spelling_variant_keeps_its_first_letter() -> None:
    a = "He thanked them for the support during Operation Sindoor."
    assert added(a, "They discussed defence cooperation.") == [
        "thanked",
        "support during Operation Sindoor",
    ]
    assert added("Vincente Fox spoke.", "Vicente Fox spoke.") == []


def test_an_acronym_and_the_name_it_stands_for_are_not_differences() -> None:
    a = "The IRS official refused to testify at the hearing."
    b = "The Internal Revenue Service official refused to testify at the hearing."
    assert added(a, b) == []
    assert added(b, a) == []
    assert added("The FBI official refused to testify.", b) == ["FBI"]
