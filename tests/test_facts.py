"""Facts in sentences: quantities, ordinals, dates, negation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_tui.analysis import facts as facts_module
from briefing_tui.analysis.facts import (
    DateValue,
    extract,
    find_dates,
    find_negations,
    find_ordinals,
    find_quantities,
    find_tallies,
    find_times,
)

TUESDAY = dt.date(2025, 7, 1)  # a Tuesday

QUANTITIES = [
    ("the two leaders had a 20-minute conversation", [("2", "leader"), ("20", "minute")]),
    ("they talked for 20 minutes", [("20", "minute")]),
    ("a twenty-minute call", [("20", "minute")]),
    ("The wall will cost $5.7 billion.", [("5700000000", "usd")]),
    ("It needs 5,700 million dollars", [("5700000000", "usd")]),
    ("a $5m grant", [("5000000", "usd")]),
    ("support fell 3.5% in May", [("3.5", "percent")]),
    ("support fell 3.5 per cent", [("3.5", "percent")]),
    ("45 people were killed", [("45", "people")]),
    ("about 11 million undocumented immigrants", [("11000000", "undocumented")]),
    ("Rs 1,200 crore was set aside", [("12000000000", "inr")]),
    ("about 1,2 million women", [("1200000", "women")]),
    ("call 561-688-4068 or (800) 458-8477 or 688-4163 now", []),
    (
        "shares rose 19 cents, or 4.4%, to 654 pence by 1018 GMT",
        [("19", "cent"), ("4.4", "percent"), ("654", "pence")],
    ),
    # mixed numbers: a whole and its fraction are one figure
    ("she was 5 1/2 months pregnant", [("5.5", "month")]),
    ("she was five and a half months pregnant", [("5.5", "month")]),
    ("it took 2\u00bd hours, then 2-1/4 hours", [("2.5", "hour"), ("2.25", "hour")]),
    ("one and a half years later", [("1.5", "year")]),
    ("the 3 5/8 percent note", [("3.625", "percent")]),
    ("two and a half million people", [("2500000", "people")]),
    # a decimal with no whole part, but not the tail of a version number
    ("futures settled .85 cent lower", [("0.85", "cent")]),
    ("songs at $.99 each", [("0.99", "usd")]),
    ("version 2.0.85 shipped", []),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities(text: str, expected: list[tuple[str, str]]) -> None:
    facts = find_quantities(text)
    assert [(f.value, f.unit) for f in facts] == expected
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text


def test_only_a_fraction_joins_the_whole_before_it() -> None:
    # "9/11" is no ninth-elevenths of the year before it
    assert [f.value for f in find_quantities("in 2001 9/11 changed the rules")] == ["2001"]


NOT_QUANTITIES = [
    "the Apache AH-64E helicopters",
    "GE404 and F414 engines",
    "one of the leaders said",
    "after 9/11 the rules changed",
    "on 12/3/2003 it rained",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_model_numbers_and_idioms_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "shown"),
    [
        ("A magnitude 6.2 earthquake struck the province.", "6.2", "magnitude", "magnitude 6.2"),
        ("A 6.2-magnitude earthquake struck the province.", "6.2", "magnitude", "6.2"),
        ("A Category 4 hurricane hit Florida.", "4", "category", "Category 4"),
    ],
)
def test_a_scale_named_before_its_value_is_its_unit(
    text: str, value: str, unit: str, shown: str
) -> None:
    (fact,) = find_quantities(text)
    assert (fact.value, fact.unit, fact.text) == (value, unit, shown)
    assert fact.head in ("earthquake", "hurricane")


def test_quantity_context_says_what_is_counted() -> None:
    (_, minutes) = find_quantities("Sources said the two leaders had a 20-minute conversation.")
    assert "conversation" in minutes.context


def test_ordinals() -> None:
    (third,) = find_ordinals("It was their third telephonic conversation.")
    assert (third.value, third.text) == ("3", "third")
    assert {"telephonic", "conversation"} <= third.context
    (fourth,) = find_ordinals("the 4th round of talks")
    assert fourth.value == "4"
    assert fourth.unit == "round"


def test_a_rank_with_the_number_sign_is_an_ordinal() -> None:
    (rank,) = find_ordinals("Durbin, the Senate's No. 2 Democrat, agreed.")
    assert (rank.value, rank.text, rank.unit) == ("2", "No. 2", "democrat")
    # a case or bill number is no rank, nor is the word "no"
    assert find_ordinals("Wal-Mart v. Dukes, No. 10-277, and Senate Bill No. 1062.") == []
    assert find_ordinals("There is no 2 percent rule.") == []
    assert [q.text for q in extract("Durbin, the No. 2 Democrat, agreed.").quantities] == []


DATES = [
    ("on Tuesday (July 1, 2025)", ["2025-07-01", "2025-07-01"]),
    ("since January this year", ["2025-01"]),
    ("since he took office in January 2025", ["2025-01"]),
    ("after the attack on April 22", ["--04-22"]),
    ("on 22 April 2025", ["2025-04-22"]),
    ("the 2025-03-05 meeting", ["2025-03-05"]),
    ("yesterday", ["2025-06-30"]),
    ("last year", ["2024"]),
    ("talks resume next month", ["2025-08"]),
    ("sales fell last month", ["2025-06"]),
    ("in 2019", ["2019"]),
    ("by Jan. 5", ["--01-05"]),
    # a month alone, after a capitalised preposition, or as a modifier
    ("In October, the department asked", ["--10"]),
    ("at a January fund-raiser", ["--01"]),
    ("in the November elections", ["--11"]),
    ("withdrew from the race that March", ["--03"]),
    ("last March", ["2024-03"]),
    # a name, not a month
    ("they joined the March on Washington", []),
    ("Theresa May spoke", []),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates_resolve_against_the_report_date(text: str, expected: list[str]) -> None:
    assert [fact.value for _, fact in find_dates(text, TUESDAY)] == expected


def test_a_month_counted_from_the_report_crosses_the_year() -> None:
    ((value, _),) = find_dates("The talks resume next month.", dt.date(2025, 12, 5))
    assert value.canonical() == "2026-01"
    assert find_dates("The talks resume next month.", None) == []


def test_weekday_without_report_date_stays_a_weekday() -> None:
    ((value, fact),) = find_dates("They spoke on Tuesday.", None)
    assert fact.value == "Tuesday"
    assert value.compatible(DateValue(2025, 7, 1))
    assert not value.compatible(DateValue(2025, 7, 2))


@pytest.mark.parametrize(
    "text", ["Jan Brewer said", "May said she would", "at Mar-a-Lago", "The Sun reported"]
)
def test_names_are_not_dates(text: str) -> None:
    assert find_dates(text, TUESDAY) == []


def test_date_compatibility() -> None:
    january = DateValue(2025, 1)
    assert january.compatible(DateValue(None, 1))
    assert january.compatible(DateValue(2025))
    assert not january.compatible(DateValue(2024, 1))
    assert not DateValue(2025, 7, 1).compatible(DateValue(2025, 7, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polls open at 7 a.m. and close at 8 p.m.", ["07:00", "20:00"]),
        ("Trading stood at 654 pence by 1018 GMT.", ["10:18 utc"]),
        ("The quake struck at 3:15 a.m. (EDT) on Monday.", ["03:15 et"]),
        ("The vote ends at 23:59, shortly before midnight.", ["23:59", "00:00"]),
        ("Midnight passed without a deal; Noon came too.", ["00:00", "12:00"]),
        ("He quoted John 3:16 and won the set 6:4.", []),
    ],
)
def test_times_of_day(text: str, expected: list[str]) -> None:
    assert [value.canonical() for value, _ in find_times(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures reached 45C in Delhi.", [("45", "celsius", "45C")]),
        ("It was 45 °C on Monday.", [("45", "celsius", "45 °C")]),
        ("A high of 113 degrees Fahrenheit.", [("113", "fahrenheit", "113 degrees Fahrenheit")]),
        ("It rose 5 degrees.", [("5", "degree", "5 degrees")]),
        ("Section 5C applies.", []),
    ],
)
def test_temperatures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(f.value, f.unit, f.text) for f in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of people joined the protest.", [("200-1999", "people", "range", "Hundreds")]),
        (
            "Tens of thousands of people marched.",
            [("20000-99999", "people", "range", "Tens of thousands")],
        ),
        (
            "It cost hundreds of billions of dollars.",
            [("200000000000-999999999999", "dollar", "range", "hundreds of billions")],
        ),
        (
            "Tens of millions of people watched.",
            [("20000000-99999999", "people", "range", "Tens of millions")],
        ),
        ("A third of the voters backed it.", [("33.33", "percent", "about", "A third")]),
        ("Nearly half of the voters backed it.", [("50", "percent", "near", "half")]),
        ("One in five adults smokes.", [("20", "percent", "about", "One in five")]),
        ("A 1-in-3 chance.", [("33.33", "percent", "about", "1-in-3")]),
        ("Sees One-in-Three Chance", [("33.33", "percent", "about", "One-in-Three")]),
        ("Sales doubled last year.", [("2", "fold", "", "doubled")]),
        # A period's half, a fraction of a unit, an ordinal: not shares.
        ("In the first half of 2024 sales rose.", []),
        ("The franc rose a third of a centime.", []),
        ("It was the third of the talks.", []),
    ],
)
def test_quantities_told_in_words(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = [(f.value, f.unit, f.bound, f.text) for f in extract(text).quantities]
    assert found == expected


def test_a_bare_hour_is_compared_on_the_twelve_hour_clock() -> None:
    (bare,) = find_times("The meeting began at 3:15.")
    (afternoon,) = find_times("The meeting began at 15:15.")
    (morning,) = find_times("The meeting began at 4:15 a.m.")
    assert bare[0].compatible(afternoon[0])
    assert not bare[0].compatible(morning[0])


def test_negations() -> None:
    text = "The helicopters will not be delivered, and he didn't say no. 1 is not only this."
    words = [text[s:e] for s, e in find_negations(text)]
    assert words == ["not", "n't"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_facts_that_slice_it(text: str) -> None:
    facts = extract(text, TUESDAY)
    located = (*facts.quantities, *facts.ordinals, *(f for _, f in (*facts.dates, *facts.times)))
    for fact in located:
        assert text[fact.start : fact.end] == fact.text
    for start, end in facts.negations:
        assert 0 <= start < end <= len(text)


def test_a_capitalised_qualifier_before_a_figure_is_not_a_label() -> None:
    """ "Nearly 40 people" opens a sentence; "Flight 93" names something."""
    (fact,) = extract("Nearly 40 people were killed in the attack.").quantities
    assert (fact.value, fact.unit, fact.bound) == ("40", "people", "near")
    (fact,) = extract("The 45 passengers were safe.").quantities
    assert fact.value == "45"
    assert extract("Flight 93 crashed in a field.").quantities == ()


def test_a_figure_joined_to_its_unit_measures_the_next_word() -> None:
    (oath,) = find_quantities("Roberts administered the 38-word oath at noon.")
    assert (oath.value, oath.unit, oath.head, oath.joined) == ("38", "word", "oath", True)
    (call,) = find_quantities("a 20-minute conversation")
    assert (call.unit, call.head, call.joined) == ("minute", "conversation", True)
    (people,) = find_quantities("45 people were killed")
    assert (people.unit, people.head, people.joined) == ("people", "people", False)


def test_a_conversion_in_brackets_is_approximate() -> None:
    km, miles = find_quantities("a mosque 50 km (32 miles) west of Baghdad")
    assert [(f.value, f.unit, f.bound) for f in (km, miles)] == [
        ("50", "km", "about"),
        ("32", "mile", "about"),
    ]
    pounds, dollars = find_quantities("The ticket costs £4 ($5.80) a month.")
    assert [(f.value, f.unit, f.bound) for f in (pounds, dollars)] == [
        ("4", "gbp", "about"),
        ("5.8", "usd", "about"),
    ]
    (only,) = find_quantities("He was 45 (or so) years old.")
    assert only.bound == ""


def test_a_figure_of_a_part_is_marked() -> None:
    marked = {
        text: [f.part for f in find_quantities(text)]
        for text in (
            "Stevens and three other Americans were killed.",
            "the other two unions",
            "five more cases",
            "another 20 troops",
            "Four people were killed.",
        )
    }
    assert marked == {
        "Stevens and three other Americans were killed.": [True],
        "the other two unions": [True],
        "five more cases": [True],
        "another 20 troops": [True],
        "Four people were killed.": [False],
    }


def test_as_many_as_is_a_ceiling() -> None:
    bounds = [
        (f.value, f.bound)
        for text in ("As many as 40 people died.", "Shares fell as much as about 16 percent.")
        for f in find_quantities(text)
    ]
    assert bounds == [("40", "under"), ("16", "under")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House approved the plan 234-193.", [("234-193", "234-193")]),
        ("She won by a 134-to-63 vote.", [("134-63", "134-to-63 vote")]),
        ("Pelosi won, 134 to 63, over Ryan.", [("134-63", "134 to 63")]),
        ("The Senate voted 49 to 51 on the bill.", [("51-49", "49 to 51")]),
        ("the 5-4 decision in Bush v. Gore", [("5-4", "5-4 decision")]),
        ("prosecutors asked for a sentence of 46 to 57 months", []),  # a range
        ("Advancing issues outnumbered decliners 2 to 1.", []),  # a ratio
        ("call 561-688-4068 to vote", []),
        ("they voted in 2019-2020", []),
    ],
)
def test_tallies(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.value, f.text) for f in find_tallies(text)] == expected
    assert all(f.unit == "tally" for f in find_tallies(text))


def test_a_tally_is_one_figure_not_two() -> None:
    (fact,) = extract("The Senate voted 51 to 49 to approve the bill.").quantities
    assert (fact.value, fact.unit) == ("51-49", "tally")


def test_a_run_of_hundreds_of_digits_is_no_figure() -> None:
    digits = "1" * 400
    assert extract(f"The storm killed {digits} people.").quantities == ()
    assert extract(f"It cost ${digits} billion, or {digits}C.").quantities == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Case-insensitive patterns match the dotless i, the long s and the dotted
        # capital I for i, s and I; their lower case is not the tables' spelling.
        ("He came f\u0131rst in the race.", "1"),
        ("He came \u017fecond in the race.", "2"),
        ("He came F\u0130RST in the race.", "1"),
    ],
)
def test_ordinals_spelled_with_lookalike_letters(text: str, value: str) -> None:
    assert [f.value for f in find_ordinals(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It cost 5 m\u0131ll\u0131on dollars.", "5000000"),
        ("It cost $3 TR\u0130LL\u0130ON.", "3000000000000"),
        ("It cost 5 thou\u017fand dollars.", "5000"),
    ],
)
def test_scales_spelled_with_lookalike_letters(text: str, value: str) -> None:
    assert [f.value for f in find_quantities(text)] == [value]


def test_every_table_word_spelled_with_lookalike_letters_is_read_or_left() -> None:
    words = {
        *facts_module.ORDINAL_WORDS,
        *facts_module.SCALES,
        *facts_module.UNITS_WORDS,
        *facts_module.FRACTION_PARTS,
        *(w for key in facts_module._MAGNITUDES for w in key.split()),
        *facts_module._FRACTIONS,
        *facts_module._MULTIPLES,
    }
    for word in sorted(words):
        for variant in {
            word.replace("i", "\u0131"),
            word.replace("s", "\u017f"),
            word.upper().replace("I", "\u0130"),
            word.replace("k", "\u212a"),
        }:
            for text in (
                f"The {variant} meeting of 5 {variant} people, a {variant} of them.",
                f"Sales {variant}; one in {variant}; {variant} of dollars; 2 and a {variant}.",
            ):
                extract(text)  # raises on a word the tables do not spell


def test_a_run_of_digits_is_no_rank() -> None:
    # int() refuses more than 4,300 digits; no rank has more than a few.
    assert find_ordinals("He came " + "9" * 4301 + "th in the race.") == []
    assert [f.value for f in find_ordinals("He came 21st in the race.")] == ["21"]


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date.min, "Smith spoke on Tuesday and again yesterday, last month and last year."),
        (dt.date.max, "Smith will speak tomorrow, next month and next year."),
    ],
)
def test_relative_dates_past_the_calendars_ends_are_not_resolved(day: dt.date, text: str) -> None:
    assert extract(text, day).dates == ()
