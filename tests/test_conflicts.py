"""Conflicting facts between versions, and formatting that is never a conflict."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing_tui.analysis import conflicts as conflicts_module
from briefing_tui.analysis.conflicts import (
    FullNames,
    Version,
    across_points,
    digit_slip,
    name_parts,
    numbers_agree,
    one_edit_apart,
    within_point,
)
from briefing_tui.analysis.facts import Fact, extract
from briefing_tui.analysis.normalise import tokenize


def version(key: str, text: str, date: dt.date | None = None, offset: int = 0) -> Version:
    return Version(key, key.split(".")[0], text, offset, tokenize(text), extract(text, date))


def name_conflict(a: str, b: str) -> bool:
    """Whether two one-sentence versions from two sources conflict on a name, and on
    nothing else."""
    found = within_point([version("s1.0", a), version("s2.0", b)])
    assert [f.kind for f in found] in ([], ["name"])
    return bool(found)


CONFLICTS = [
    (
        "number",
        "The two leaders had a 20-minute conversation on Tuesday.",
        "The two leaders held a 45-minute conversation on Tuesday.",
        ("20-minute", "45-minute"),
    ),
    (
        "number",
        "The bill provides $5.7 billion for the wall.",
        "The bill provides $8 billion for the wall.",
        ("$5.7 billion", "$8 billion"),
    ),
    (
        "number",
        "The company earned 12 cents a share in the quarter.",
        "The company earned $0.14 a share in the quarter.",
        ("12 cents", "$0.14"),
    ),
    (
        "ordinal",
        "It was their third telephonic conversation since January.",
        "It was their fourth telephonic conversation since January.",
        ("third", "fourth"),
    ),
    (
        "negation",
        "Hegseth said the Apache helicopters will be delivered this year.",
        "Hegseth said the Apache helicopters will not be delivered this year.",
        ("delivered", "not"),
    ),
    (
        "name",
        "Jaishankar met Hegseth at the Pentagon on Monday.",
        "Jaishankar met Hegseth at the White House on Monday.",
        ("Pentagon", "White House"),
    ),
    (
        "number",
        "As many as 40 people were killed in the blast, officials said.",
        "Some 45 people were killed in the blast, officials said.",
        ("40", "45"),
    ),
    (
        "number",
        "The Senate approved the spending bill by a vote of 51-49 on Tuesday.",
        "The Senate approved the spending bill by a vote of 52-48 on Tuesday.",
        ("51-49", "52-48"),
    ),
    (
        "negation",
        "The company reported a profit in the third quarter.",
        "The company reported a loss in the third quarter.",
        ("profit", "loss"),
    ),
    (
        "negation",
        "It was the first time the two leaders spoke by phone.",
        "It was the last time the two leaders spoke by phone.",
        ("first", "last"),
    ),
    (
        "negation",
        "The minister said he would resign.",
        "The minister said he would not resign.",
        ("resign", "not"),
    ),
    # Too few shared content words for the context rule, but nothing else differs.
    ("negation", "He will resign.", "He will not resign.", ("resign", "not")),
    # two rough figures, neither near the other
    (
        "number",
        "The whole hearing lasted about 50 minutes.",
        "The whole hearing lasted about 60 minutes.",
        ("50 minutes", "60 minutes"),
    ),
    # a verb that negates the verb after "to"
    (
        "negation",
        "The company raised prices in March.",
        "The company failed to raise prices in March.",
        ("raised", "failed"),
    ),
    (
        "negation",
        "The senator signed the letter on Friday.",
        "The senator refused to sign the letter on Friday.",
        ("signed", "refused"),
    ),
    (
        "negation",
        "The governor signed the bill into law on Tuesday.",
        "The governor declined to sign the bill into law on Tuesday.",
        ("signed", "declined"),
    ),
    (
        "negation",
        "The agency reported the breach to regulators within a week.",
        "The agency neglected to report the breach to regulators within a week.",
        ("reported", "neglected"),
    ),
    # a name with a middle initial, an article ("A.") or not ("F.")
    (
        "name",
        "The nominee is John F. Kelly, the White House said.",
        "The nominee is Mike Pence, the White House said.",
        ("John F. Kelly", "Mike Pence"),
    ),
    (
        "name",
        "To reach John A. Dvorak, call the metro desk.",
        "To reach Brad Cooper, call the metro desk.",
        ("John A. Dvorak", "Brad Cooper"),
    ),
    # a negation that ends words only one version has, right before shared words
    (
        "negation",
        "Preliminary reports were that the men were not seen together at the airport, "
        "sources said.",
        "The men had Pakistani passports and reportedly were seen together at the airport "
        "earlier in the evening, law enforcement sources said.",
        ("seen", "not"),
    ),
    # a phrase that negates the verb after it
    (
        "negation",
        "He endorsed gay marriage in an interview on Monday.",
        "He stopped short of endorsing gay marriage in an interview on Monday.",
        ("endorsed", "stopped"),
    ),
    (
        "negation",
        "The Senate voted on the bill on Thursday.",
        "The Senate held off on voting on the bill on Thursday.",
        ("voted", "held"),
    ),
    (
        "negation",
        "The governor called the outbreak a crisis on Monday.",
        "The governor avoided calling the outbreak a crisis on Monday.",
        ("called", "avoided"),
    ),
    (
        "negation",
        "The senator mentioned the scandal in his speech.",
        "The senator refrained from mentioning the scandal in his speech.",
        ("mentioned", "refrained"),
    ),
    ("negation", "Shares rose.", "Shares fell.", ("rose", "fell")),
    # "non-" negates the word after it, with or without its hyphen
    (
        "negation",
        "The resolution is binding on all members.",
        "The resolution is non-binding on all members.",
        ("binding", "non"),
    ),
    (
        "negation",
        "The resolution is binding on all members.",
        "The resolution is nonbinding on all members.",
        ("binding", "nonbinding"),
    ),
    # "pc" is per cent
    (
        "number",
        "Prices rose 5pc in March, the agency said.",
        "Prices rose 7 per cent in March, the agency said.",
        ("5pc", "7 per cent"),
    ),
    # a party given after the name
    (
        "negation",
        "Rep. Max Rose (D-N.Y.) voted for the bill on Friday.",
        "Rep. Max Rose (R-N.Y.) voted for the bill on Friday.",
        ("D", "R"),
    ),
    # two states
    (
        "name",
        "The senator from Texas spoke on Friday.",
        "The senator from Ohio spoke on Friday.",
        ("Texas", "Ohio"),
    ),
    # a state that is not a member's, against a place that is not a state
    (
        "name",
        "He spoke during a speech in San Jose, Calif., on Friday.",
        "He spoke during a speech in San Jose, Costa Rica, on Friday.",
        ("Calif", "Costa Rica"),
    ),
    # two full names the nickname table joins, which news does not
    (
        "name",
        "Sen. Patrick Leahy spoke on Friday.",
        "Sen. Peter Leahy spoke on Friday.",
        ("Patrick", "Peter"),
    ),
    # two states, and a country against another's
    (
        "name",
        "A Texas appeals court reinstated the charges on Friday.",
        "A New York appeals court reinstated the charges on Friday.",
        ("Texas", "New York"),
    ),
    (
        "name",
        "A U.S. appeals court reinstated the charges on Friday.",
        "A French appeals court reinstated the charges on Friday.",
        ("U.S.", "French"),
    ),
    # two places in one state
    (
        "name",
        "The suspect, of Aventura, Florida, was arrested on Friday.",
        "The suspect, of Miami, Fla., was arrested on Friday.",
        ("Aventura", "Miami"),
    ),
    # an adverb of manner does not hide the opposite it goes with
    (
        "negation",
        "The plane landed safely in Denver on Sunday.",
        "The plane crashed in Denver on Sunday.",
        ("landed", "crashed"),
    ),
    # alternatives that exclude each other
    (
        "negation",
        "Two people were killed in the blast on Monday.",
        "Two people were injured in the blast on Monday.",
        ("killed", "injured"),
    ),
    (
        "negation",
        "The minister resigned on Friday after the scandal.",
        "The minister was fired on Friday after the scandal.",
        ("resigned", "fired"),
    ),
    (
        "negation",
        "The summit was cancelled because of the storm.",
        "The summit was postponed because of the storm.",
        ("cancelled", "postponed"),
    ),
    (
        "negation",
        "A man was arrested on Friday.",
        "A woman was arrested on Friday.",
        ("man", "woman"),
    ),
    (
        "name",
        "The talks were held in Washington.",
        "The talks were held in New Delhi.",
        ("Washington", "New Delhi"),
    ),
    (
        "name",
        "Germany has moved closer to Moscow in recent weeks.",
        "Germany has moved closer to Beijing in recent weeks.",
        ("Moscow", "Beijing"),
    ),
    (
        "date",
        "Singh spoke to Hegseth on Tuesday.",
        "Singh spoke to Hegseth on Wednesday.",
        ("Tuesday", "Wednesday"),
    ),
    # A negated past tense brings the auxiliary "did" with it.
    ("negation", "He resigned.", "He did not resign.", ("resigned", "not")),
    ("negation", "Prices rose.", "Prices didn't rise.", ("rose", "n't")),
    # Opposites among function words, and more opposite verbs.
    (
        "negation",
        "The senator voted for the bill.",
        "The senator voted against the bill.",
        ("for", "against"),
    ),
    (
        "negation",
        "Shares of the company were up 2 percent at noon.",
        "Shares of the company were down 2 percent at noon.",
        ("up", "down"),
    ),
    ("negation", "He admitted the charges.", "He denied the charges.", ("admitted", "denied")),
    (
        "negation",
        "The appeals court upheld the ruling.",
        "The appeals court overturned the ruling.",
        ("upheld", "overturned"),
    ),
    # A negation in place of a hedge, after enough shared words.
    (
        "negation",
        "The governor said the death toll was likely to rise.",
        "The governor said the death toll would not rise further.",
        ("rise", "not"),
    ),
    # A scale named before its value or hyphened after it.
    (
        "number",
        "A magnitude 6.2 earthquake struck the province on Monday.",
        "A 6.4-magnitude earthquake struck the province on Monday.",
        ("magnitude 6.2", "6.4"),
    ),
    # None against some: "no one" is not the number one.
    (
        "negation",
        "No one was killed in the blast.",
        "One person was killed in the blast.",
        ("No one", "killed"),
    ),
    (
        "negation",
        "No passengers were injured.",
        "Two passengers were injured.",
        ("No", "passengers"),
    ),
    # A negation in a version that says the same words in another order.
    (
        "negation",
        "The drug was approved by the FDA.",
        "The FDA has not approved the drug.",
        ("approved", "not"),
    ),
    (
        "negation",
        "The drug was approved by the FDA.",
        "The FDA has yet to approve the drug.",
        ("approved", "yet to"),
    ),
    # Quantities told in words.
    (
        "number",
        "Hundreds of people joined the protest on Sunday.",
        "Dozens of people joined the protest on Sunday.",
        ("Hundreds", "Dozens"),
    ),
    (
        "number",
        "Half of the voters backed the plan.",
        "A third of the voters backed the plan.",
        ("Half", "A third"),
    ),
    ("number", "Sales doubled last year.", "Sales tripled last year.", ("doubled", "tripled")),
    # The things news counts, under another name.
    (
        "number",
        "The fire destroyed 120 homes, according to local officials.",
        "Local officials said about 300 houses had been destroyed by the fire.",
        ("120", "300"),
    ),
    # Units that convert into one another.
    (
        "number",
        "The meeting lasted two hours.",
        "The meeting lasted 90 minutes.",
        ("two hours", "90 minutes"),
    ),
    (
        "number",
        "Temperatures reached 45C in Delhi on Monday.",
        "Temperatures reached 120F in Delhi on Monday.",
        ("45C", "120F"),
    ),
    (
        "number",
        "The new road is 52 km long.",
        "The new road is 40 miles long.",
        ("52 km", "40 miles"),
    ),
    # Each version's one calendar day, whatever verb it dates.
    (
        "date",
        "The ship sank on 3 March 2024.",
        "The vessel went down on March 4, 2024.",
        ("3 March 2024", "March 4, 2024"),
    ),
    # Each version's one year, given as when something happened.
    (
        "date",
        "The summit was held in 2019.",
        "The summit took place in 2021.",
        ("2019", "2021"),
    ),
    # Opposites in place of each other.
    (
        "negation",
        "The bill was passed by the Senate on Tuesday.",
        "The bill was rejected by the Senate on Tuesday.",
        ("passed", "rejected"),
    ),
    (
        "negation",
        "The court granted bail to him.",
        "The court denied bail to him.",
        ("granted", "denied"),
    ),
    # A negating prefix.
    (
        "negation",
        "The vaccine is safe for children.",
        "The vaccine is unsafe for children.",
        ("safe", "unsafe"),
    ),
    (
        "negation",
        "The report was accurate, he said.",
        "The report was inaccurate, he said.",
        ("accurate", "inaccurate"),
    ),
    # Opposites with nothing else between the versions but linking verbs.
    ("negation", "The embassy remains open.", "The embassy has been closed.", ("open", "closed")),
    (
        "negation",
        "All 150 passengers survived.",
        "All 150 passengers were killed.",
        ("survived", "killed"),
    ),
    # Who says it stands at the other end of the other version.
    (
        "name",
        "The attack happened in Kabul, officials said.",
        "Officials said the attack happened in Kandahar.",
        ("Kabul", "Kandahar"),
    ),
    (
        "negation",
        "Police said no one was killed in the blast on Monday.",
        "One person was killed in the blast on Monday, police said.",
        ("no one", "killed"),
    ),
    # Clock times in the same slot.
    (
        "date",
        "The earthquake struck at 3:15 a.m. local time.",
        "The earthquake struck at 4:15 a.m. local time.",
        ("3:15 a.m. local time", "4:15 a.m. local time"),
    ),
    (
        "date",
        "Polls closed at 8 p.m. on Sunday.",
        "Polls closed at 21:00 on Sunday.",
        ("8 p.m.", "21:00"),
    ),
    # Opposite conditions.
    (
        "negation",
        "The hospital said the patient was in stable condition.",
        "The hospital said the patient was in critical condition.",
        ("stable", "critical"),
    ),
    # A sentence's first word is a name when it is rare in English.
    (
        "name",
        "Hegseth said the talks had gone well.",
        "Jaishankar said the talks had gone well.",
        ("Hegseth", "Jaishankar"),
    ),
    # a figure with no unit, in the same slot
    (
        "number",
        "At her physical on March 21, her heart rate was 72.",
        "At her physical on March 21, her heart rate was 82.",
        ("72", "82"),
    ),
    (
        "number",
        "The population would reach 24 million by 2050.",
        "The population would reach 27 million by 2050.",
        ("24 million", "27 million"),
    ),
    ("number", "The accuser, now 53, spoke out.", "The accuser, now 63, spoke out.", ("53", "63")),
    # a rank
    (
        "ordinal",
        "Durbin, the Senate's No. 2 Democrat, said the bill would pass.",
        "Durbin, the Senate's No. 3 Democrat, said the bill would pass.",
        ("No. 2", "No. 3"),
    ),
    # each version's one month, after "in"
    (
        "date",
        "In October, the State Department asked former secretaries for records.",
        "In December, the State Department asked former secretaries for records.",
        ("October", "December"),
    ),
    # a month as a modifier, in the same slot
    (
        "date",
        "Mr. Braley, speaking at a January fund-raiser in Texas, was recorded.",
        "Mr. Braley, speaking at a March fund-raiser in Texas, was recorded.",
        ("January", "March"),
    ),
    # a weekday both give allows neither the other's year nor its day
    (
        "date",
        "Russian interference in the 2016 election was disputed on Friday.",
        "Russian interference in the 2023 election was disputed on Friday.",
        ("2016", "2023"),
    ),
    (
        "date",
        "Politico reported Tuesday that Perry bought air time ahead of the Jan. 3 caucuses.",
        "Politico reported Tuesday that Perry bought air time ahead of the Jan. 4 caucuses.",
        ("Jan. 3", "Jan. 4"),
    ),
    # a mixed number is one figure: its fraction counts
    (
        "number",
        "The quick conviction followed a 2 1/2 week trial.",
        "The quick conviction followed a 2 week trial.",
        ("2 1/2 week", "2 week"),
    ),
    # nor does a day both give allow the other's year of something else
    (
        "date",
        "The emails shook the 2016 race, as Comey told Congress on Oct. 28, 2016.",
        "The emails shook the 2019 race, as Comey told Congress on Oct. 28, 2016.",
        ("2016", "2019"),
    ),
    # a year both give twice over is paired in its own slot
    (
        "date",
        "She spoke to the bank in 2013 and was paid $675,000, as his 2013 fees show.",
        "She spoke to the bank in 2016 and was paid $675,000, as his 2013 fees show.",
        ("2013", "2016"),
    ),
]


LABELLED_NUMBERS = [
    (
        "Flight 370 vanished over the sea on Saturday.",
        "Flight 307 vanished over the sea on Saturday.",
    ),
    ("Voters approved Proposition 8 in November.", "Voters approved Proposition 9 in November."),
    ("Senate Bill 62 was vetoed by the governor.", "Senate Bill 63 was vetoed by the governor."),
    ("The measure, HR 1, passed the House.", "The measure, HR 2, passed the House."),
    (
        "Flight 370 vanished over the sea on Saturday.",
        "Flight 307 crashed into the sea on Saturday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LABELLED_NUMBERS)
def test_a_number_that_names_something_is_part_of_a_name(a: str, b: str) -> None:
    """ "Flight 370" is a name, not a count of flights: another number after the same
    word, in the same wording, names something else."""
    (finding,) = within_point([version("s1.0", a), version("s2.0", b)])
    assert finding.kind == "name"
    stated = sorted(v.text[start:end] for v, _, start, end in finding.values)
    label = stated[0].split()[0]  # "Flight"
    assert all(value.startswith(label + " ") for value in stated)
    assert finding.context == label.casefold()


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # A figure, a date and a rank keep their own kinds.
        ("The 45 passengers were rescued.", "The 46 passengers were rescued.", "number"),
        (
            "The talks were held on June 25 in Delhi.",
            "The talks were held on June 26 in Delhi.",
            "date",
        ),
        (
            "He is the No. 2 Democrat in the House.",
            "He is the No. 3 Democrat in the House.",
            "ordinal",
        ),
    ],
)
def test_numbers_after_a_capital_that_are_no_labels(a: str, b: str, kind: str) -> None:
    assert [f.kind for f in within_point([version("s1.0", a), version("s2.0", b)])] == [kind]


@pytest.mark.parametrize(("kind", "a", "b", "values"), CONFLICTS)
def test_conflict_is_found(kind: str, a: str, b: str, values: tuple[str, str]) -> None:
    (finding,) = within_point([version("s1.0", a), version("s2.0", b)])
    assert finding.kind == kind
    stated = {v.text[start:end] for v, _, start, end in finding.values}
    assert stated == set(values)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a weekday may be the day of the month the other gives
        ("The caucuses are on Tuesday.", "The caucuses are on Jan. 3."),
        # and a year and the day in that year agree
        ("The race of 2016 ended on Nov. 8, 2016.", "The race ended on Nov. 8, 2016."),
        ("The vote was held in March.", "The vote was held on Friday."),
        ("In October, the department asked for records.", "In October 2014, it asked for records."),
        ("In October, the department asked for records.", "On Oct. 28, it asked for records."),
    ],
)
def test_dates_that_may_be_one_date_do_not_conflict(a: str, b: str) -> None:
    assert within_point([version("s1.0", a), version("s2.0", b)]) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # rounding, and a rank told in words
        ("The population would reach 24 million.", "The population would reach 24.3 million."),
        ("Durbin, the No. 2 Democrat, agreed.", "Durbin, the second Democrat, agreed."),
        # figures with no unit in different slots, or two on one side
        ("Police arrested 12 and questioned 40.", "Police questioned 45 people."),
        ("Officials counted 12 by noon.", "Officials said 40 had signed by noon."),
    ],
)
def test_figures_with_no_unit_that_may_agree(a: str, b: str) -> None:
    assert within_point([version("s1.0", a), version("s2.0", b)]) == []


def test_parts_are_compared_with_parts() -> None:
    a = version("s1.0", "Four people were killed and three others were wounded.")
    b = version("s2.0", "Four people were killed and four others were wounded.")
    (finding,) = within_point([a, b])
    assert sorted(value for _, value, _, _ in finding.values) == ["3", "4"]


def test_date_conflict_resolves_weekdays_against_report_dates() -> None:
    a = version("s1.0", "The ministers spoke on Tuesday.", dt.date(2025, 7, 2))
    b = version("s2.0", "The ministers spoke on July 2.", dt.date(2025, 7, 2))
    (finding,) = within_point([a, b])
    assert finding.kind == "date"
    assert sorted(value for _, value, _, _ in finding.values) == ["--07-02", "2025-07-01"]


SAME_FACTS = [
    ("Hundreds of people joined the protest.", "About 500 people joined the protest."),
    ("Dozens of people were hurt in the blast.", "About 50 people were hurt in the blast."),
    ("Half of the voters backed the plan.", "48 percent of voters backed the plan."),
    ("One in three adults is obese.", "A third of adults are obese."),
    ("The blast killed 45 people.", "The blast killed 45 persons."),
    ("The army sent 5,200 troops to the border.", "The army sent 5,200 soldiers to the border."),
    ("The talks lasted 48 hours.", "The talks lasted two days."),
    ("The meeting lasted two hours.", "The meeting lasted 120 minutes."),
    # A conversion is rounded by whoever made it.
    ("The new road is 52 km long.", "The new road is 32 miles long."),
    ("Temperatures reached 45C in Delhi.", "Temperatures reached 113 degrees Fahrenheit in Delhi."),
    ("It was 38 °C in the shade.", "It was 100F in the shade."),
    ("Polls closed at 8 p.m. on Sunday.", "Polls closed at 20:00 on Sunday."),
    ("The blast happened around 9:15 p.m.", "The blast happened at 9 p.m."),
    # Different clocks may tell one moment.
    ("The blast happened at 9 a.m. local time.", "The blast happened at 0600 GMT."),
    ("The talks ended at noon.", "The talks ended at 12 p.m."),
    (
        "A magnitude 6.2 earthquake struck the province on Monday.",
        "A 6.2-magnitude earthquake struck the province on Monday.",
    ),
    ("The two leaders had a 20-minute conversation.", "The leaders talked for twenty minutes."),
    ("The grant is $1.5 billion.", "The grant is 1,500 million dollars."),
    ("The wall costs $5.7 billion.", "The wall costs $5.67 billion."),
    ("The shares rose 87 cents in New York.", "The shares rose $0.87 in New York."),
    ("The stamp costs 85p.", "The stamp costs 85 pence."),
    ("Support rose to 35 percent.", "Support rose to 35%."),
    (
        "It was their third call since January this year.",
        "It was their third call since January 2025.",
    ),
    ("They spoke on Tuesday (July 1, 2025).", "They spoke on Tuesday."),
    ("The U.S. Secretary of Defense spoke.", "The US Secretary of Defence spoke."),
    ("Secretary Hegseth met Mr. Singh.", "Mr. Hegseth met Defence Minister Singh."),
    ("He did not attend the talks.", "He didn't attend the talks."),
    (
        'Gibson said that "neither I nor my film are anti-Semitic."',
        "Gibson said that he and his film are not anti-Semitic.",
    ),
    (
        "It beat the previous record of $54.9 set by Austin Powers.",
        "It beat the previous record of $54.9-million set by Austin Powers.",
    ),
    (
        "Wyeth estimates that 1.2 million women still take the pills.",
        "Wyeth estimates that 1,2 million women still take the pills.",
    ),
    (
        "Anyone with information can call Crime Stoppers at 561-688-4068.",
        "Anyone with information can call Crime Stoppers at 800-458-8477.",
    ),
    (
        "They were unearthed by our reporter, David Blair, in the Foreign Ministry.",
        "They were unearthed by our reporter in Iraq's foreign ministry.",
    ),
    (
        "Crews said some of the passengers were thrown out of the bus.",
        "Crews said no passenger was ejected, but some were thrown out of the bus.",
    ),
    (
        "Stevens and three other Americans were killed in the attack.",
        "Four Americans, including Stevens, were killed in the attack.",
    ),
    (
        "Eddington is to meet the three unions separately on Monday.",
        "Eddington is to meet the other two unions separately on Monday.",
    ),
    ("Five more cases were reported on Wednesday.", "103 cases were reported on Wednesday."),
    (
        "It will move $600 million from the Treasury Department.",
        "It will move $200 million from Homeland Security and another $600 million from the"
        " Treasury Department.",
    ),
    ("Shares of AT&T climbed 4 percent.", "Shares of AT&T climbed 4.4 percent."),
    ("The Senate did not approve the bill.", "The Senate rejected the bill."),
    ("The House approved the plan 234-193.", "The House passed the plan by a vote of 234 to 193."),
    ("The bill failed 49-51 in the Senate.", "The bill failed 51-49 in the Senate."),
    ("Shares rose in Tokyo.", "Shares fell in London."),
    # Short sentences that differ in more than the negation: a different subject.
    ("He will resign.", "She will not resign."),
    ("A man was arrested on Friday.", "A woman was questioned on Friday."),
    ("Singh spoke to Hegseth on Tuesday.", "Singh spoke to Shah on Wednesday."),
    ("The talks were held in Washington.", "Further talks will be held in New Delhi."),
    (
        "Inamed shares closed down nearly 12 percent on Nasdaq.",
        "Inamed shares dropped as much as about 16 percent on Nasdaq.",
    ),
    (
        "The gunmen fired from a mosque 30 miles west of Baghdad.",
        "The gunmen fired from a mosque 50 km (32 miles) west of Baghdad.",
    ),
    ("The ticket costs $6 a month.", "The ticket costs £4 ($5.80) a month."),
    ("She was five and a half months pregnant.", "She was 5 1/2 months pregnant."),
    ("The flight took 2\u00bd hours.", "The flight took 2.5 hours."),
    (
        "He asked whether Obama may be president if he doesn't prove he is a natural-born citizen.",
        "The bill would require candidates for president to prove that they are natural-born"
        " citizens.",
    ),
    (
        "In court papers filed against Jackson on Friday, prosecutors said he must forfeit $750,000.",
        "Court papers released by prosecutors on Wednesday gave new details of the spending.",
    ),
    (
        "Representatives for Puretunes could not be reached for comment Wednesday.",
        "Puretunes representatives could not be located Thursday to comment on the suit.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_FACTS)
def test_formatting_is_never_a_conflict(a: str, b: str) -> None:
    date = dt.date(2025, 7, 1)
    assert within_point([version("s1.0", a, date), version("s2.0", b, date)]) == []


def test_same_source_versions_are_not_compared() -> None:
    a = version("s1.0", "The call lasted 20 minutes.")
    b = version("s1.1", "The call lasted 45 minutes.")
    assert within_point([a, b]) == []


def test_three_sources_give_one_conflict_with_three_values() -> None:
    found = within_point(
        [
            version("s1.0", "The meeting lasted 20 minutes."),
            version("s2.0", "The meeting lasted 45 minutes."),
            version("s3.0", "The meeting lasted 20 minutes."),
        ]
    )
    assert len(found) == 1
    assert sorted(value for _, value, _, _ in found[0].values) == ["20", "20", "45"]


def test_offsets_point_into_the_source_text() -> None:
    text = "Lead sentence. The call lasted 20 minutes."
    start = text.index("The call")
    a = version("s1.1", text[start:], offset=start)
    b = version("s2.0", "The call lasted 45 minutes.")
    (finding,) = within_point([a, b])
    place = next(v for v in finding.values if v[0].key == "s1.1")
    assert text[place[2] : place[3]] == "20 minutes"


def test_figure_table_finds_conflicts_across_points() -> None:
    a = version("s1.3", "Sources said the two leaders had a 20-minute conversation about engines.")
    b = version("s2.7", "Officials described a 45-minute conversation covering many subjects.")
    c = version("s3.1", "The 45-minute drive to the airport was long.")
    found = across_points([a, b, c], related=lambda x, y: True, same_point=lambda x, y: False)
    assert len(found) == 1
    assert {v.key for v, _, _, _ in found[0].values} == {"s1.3", "s2.7"}
    assert "conversation" in found[0].context


def test_figure_table_files_units_that_convert_together() -> None:
    a = version("s1.3", "The mercury hit 45 degrees Celsius in Delhi on Monday.")
    b = version("s2.7", "Temperatures reached 120F in Delhi, the weather office said.")
    c = version("s3.1", "Temperatures reached 113F in Delhi, the weather office said.")
    (found,) = across_points([a, b], related=lambda x, y: True, same_point=lambda x, y: False)
    assert {v.key for v, _, _, _ in found.values} == {"s1.3", "s2.7"}
    assert found.context.startswith("temperature")
    assert across_points([a, c], related=lambda x, y: True, same_point=lambda x, y: False) == []


def _figure(text: str) -> Fact:
    (fact,) = extract(text).quantities
    return fact


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("spent $5,687.75 there", "spent $5,587.75 there", True),
        ("a crowd of 12,486 people", "a crowd of 12,436 people", True),
        # Two neighbouring digits swapped, at either end or across the middle.
        ("closed at $10,977.74", "closed at $10,977.47", True),
        ("a crowd of 12,486 people", "a crowd of 21,486 people", True),
        ("a crowd of 12,486 people", "a crowd of 12,846 people", True),
        # Two digits swapped that are not neighbours, or swapped and changed.
        ("a crowd of 12,486 people", "a crowd of 18,426 people", False),
        ("a crowd of 12,486 people", "a crowd of 12,849 people", False),
        # Too few significant digits: two prices, two round sums.
        ("closed at $16.20", "closed at $16.27", False),
        ("$950,000 in salary", "$960,000 in salary", False),
        # Two digits apart, a digit more, a bound, another unit.
        ("spent $5,687.75 there", "spent $5,678.57 there", False),
        ("spent $5,687.75 there", "spent $55,687.75 there", False),
        ("spent $5,687.75 there", "spent more than $5,587.75 there", False),
        ("spent $5,687.75 there", "a crowd of 568,774 people", False),
    ],
)
def test_digit_slip(a: str, b: str, slip: bool) -> None:
    assert digit_slip(_figure(a), _figure(b)) is slip
    assert digit_slip(_figure(b), _figure(a)) is slip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Records show a $5,687.75 charge for the Vineyard trip and $300 for toys.",
            "The Vineyard vacation cost $5,587.75, and the toys cost $300.",
        ),
        (
            "The campaign paid $5,687.75 to the Holistic Retreat, and $4,272.78 for a cruise.",
            "The couple spent $4,272.78 on a cruise and $5,587.75 on a vacation.",
        ),
    ],
)
def test_precise_figures_one_digit_apart_pair_within_a_point(a: str, b: str) -> None:
    """Sums of money share no words around them, which would leave them unpaired
    ("$5 million" may be a price, a fine or a salary); one digit apart, they pair."""
    (finding,) = within_point([version("s1.1", a), version("s2.1", b)])
    assert sorted(value for _, value, _, _ in finding.values) == ["5587.75", "5687.75"]


def test_precise_figures_one_digit_apart_conflict_across_points() -> None:
    """What they count is worded differently ("on Martha's Vineyard Holistic Retreat" /
    "vacation at the Martha's Vineyard Holistic Retreat"), so only the digits tie them."""
    a = version(
        "s1.4",
        "Expenses included $4,272.78 on a cruise, over $300 at Build-A-Bear, and $5,687.75 on"
        " Martha's Vineyard Holistic Retreat.",
    )
    b = version(
        "s2.9",
        "He used the money for a $466.30 dinner and a $5,587.75 vacation at the Martha's"
        " Vineyard Holistic Retreat.",
    )
    (found,) = across_points([a, b], related=lambda x, y: True, same_point=lambda x, y: False)
    assert sorted(value for _, value, _, _ in found.values) == ["5587.75", "5687.75"]
    assert across_points([a, b], related=lambda x, y: False, same_point=lambda x, y: False) == []
    assert across_points([a, b], related=lambda x, y: True, same_point=lambda x, y: True) == []


@pytest.mark.parametrize(
    ("figure_a", "figure_b"),
    [
        ("$10,977.74", "$10,977.47"),  # the last two digits
        ("$10,977.74", "$10,797.74"),  # across the middle of the digits
        ("$12,977.74", "$21,977.74"),  # the first two
    ],
)
def test_figures_with_two_digits_swapped_conflict_across_points(
    figure_a: str, figure_b: str
) -> None:
    """Figures are filed by their digits to stay linear; a swap across the middle
    changes both halves and is still found."""
    a = version("s1.2", f"The fund raised {figure_a} from small donors in March.")
    b = version("s2.5", f"Its filing lists a {figure_b} total for the month.")
    (found,) = across_points([a, b], related=lambda x, y: True, same_point=lambda x, y: False)
    assert {v.text[start:end] for v, _, start, end in found.values} == {figure_a, figure_b}
    assert across_points([a, b], related=lambda x, y: False, same_point=lambda x, y: False) == []


def test_figure_table_respects_relatedness() -> None:
    a = version("s1.3", "The two leaders had a 20-minute conversation.")
    b = version("s2.7", "They had a 45-minute conversation.")
    assert across_points([a, b], related=lambda x, y: False, same_point=lambda x, y: False) == []


def test_a_hyphened_compound_needs_only_a_loose_relation() -> None:
    """ "the 38-word oath" names what it measures; "$716 billion from Medicare" does not."""
    oath_a = version(
        "s1.1", "Roberts administered the 38-word oath at noon, capping a long journey."
    )
    oath_b = version("s2.9", "Wearing a dark suit, Mr. Trump took the 35-word oath from Roberts.")
    cut_a = version("s1.4", "The ad says Obama has cut $716 billion from Medicare.")
    cut_b = version("s2.3", "McCain would make $882 billion in Medicare cuts to pay for his plan.")
    found = across_points(
        [oath_a, oath_b, cut_a, cut_b],
        related=lambda x, y: False,
        same_point=lambda x, y: False,
        loosely_related=lambda x, y: True,
    )
    assert [sorted(value for _, value, _, _ in f.values) for f in found] == [["35", "38"]]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("20", "20", True),
        ("5.7", "5.67", True),
        ("20", "45", False),
        ("2", "2.5", False),
        ("1000", "1000.0", True),
        ("4", "4.4", True),  # rounded to whole units
        ("0.3", "0.25", True),
        ("3", "3.71", False),  # 3.71 rounds to 4
        ("20", "24", False),  # a round figure, not a rough one
        ("20", "20.4", True),
        ("1" * 40, "1" * 39 + ".5", False),  # too many digits to round: no error
    ],
)
def test_numbers_agree(a: str, b: str, same: bool) -> None:
    assert numbers_agree(a, b) is same
    assert numbers_agree(b, a) is same


def test_wording_is_aligned_only_up_to_a_bounded_length() -> None:
    """Negations and names are found by aligning words, which is bounded so that a
    report without sentence breaks cannot stall the analysis."""
    from briefing_tui.analysis.conflicts import ALIGN_MAX_WORDS

    def pair(words: int) -> list[Version]:
        filler = " ".join(f"item{i}" for i in range(words - 6))
        return [
            version("s1.0", f"The helicopters will be delivered this year with {filler}."),
            version("s2.0", f"The helicopters will not be delivered this year with {filler}."),
        ]

    assert [f.kind for f in within_point(pair(ALIGN_MAX_WORDS - 5))] == ["negation"]
    assert within_point(pair(ALIGN_MAX_WORDS + 5)) == []


def test_weekdays_and_months_are_dates_not_names() -> None:
    found = within_point(
        [
            version("s1.0", "The analysis was published Tuesday in Circulation, a journal."),
            version("s2.0", "The analysis was published Monday in Circulation, a journal."),
        ]
    )
    assert "name" not in {f.kind for f in found}


def test_a_month_that_is_also_a_given_name_can_still_be_a_name() -> None:
    (finding,) = within_point(
        [
            version("s1.0", "Trump called on April Ryan at the briefing."),
            version("s2.0", "Trump called on Jim Acosta at the briefing."),
        ]
    )
    assert finding.kind == "name"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Nearly 40 people were killed.", "Some 38 people were killed.", False),
        ("Nearly 40 people were killed.", "45 people were killed.", True),
        ("His bonus was nearly $2.5 million.", "His bonus was $770,962.", True),
    ],
)
def test_stated_bounds_decide_whether_figures_can_both_be_right(
    a: str, b: str, conflict: bool
) -> None:
    found = within_point([version("s1.0", a), version("s2.0", b)])
    assert bool([f for f in found if f.kind == "number"]) == conflict


def test_a_change_is_not_paired_with_the_figure_it_changes() -> None:
    found = within_point(
        [
            version("s1.0", "At community colleges, tuition will jump to $2,800 from $2,500."),
            version("s2.0", "Community college tuition will rise by $300 to $2,800."),
        ]
    )
    assert found == []


def test_figures_in_the_same_slot_are_paired_when_context_ties() -> None:
    # Both of the first report's sums stand before "on the Nasdaq" and share it
    # with the second's closing price; the price is paired with the price.
    found = within_point(
        [
            version("s1.0", "Acme shares were down $1.85 at $8.07 on the Nasdaq."),
            version(
                "s2.0", "Acme shares closed down $1.66, or 16.7 percent, at $8.26 on the Nasdaq."
            ),
        ]
    )
    assert [{v.text[start:end] for v, _, start, end in f.values} for f in found] == [
        {"$8.07", "$8.26"}
    ]


def test_cents_and_dollars_are_one_currency() -> None:
    found = within_point(
        [
            version("s1.0", "The stock lost $1.42 to close at $14.97 on Monday."),
            version("s2.0", "The stock lost 87 cents to close at $14.97 on Monday."),
        ]
    )
    assert [{v.text[start:end] for v, _, start, end in f.values} for f in found] == [
        {"$1.42", "87 cents"}
    ]


def test_a_lone_sum_on_each_side_is_no_measure() -> None:
    # Two durations left over are one duration; two sums of money may be a price
    # and a fine.
    found = within_point(
        [
            version("s1.0", "The firm, fined $5 million last year, appealed on Monday."),
            version(
                "s2.0", "The firm appealed on Monday against a ruling that cost it $2 million."
            ),
        ]
    )
    assert found == []


@pytest.mark.parametrize(("a", "b"), [("Smith to", "Jones to"), ("Smith to", "Jones Jones to")])
def test_a_name_that_is_all_of_a_sentences_content_words(a: str, b: str) -> None:
    # Nothing is beside the slot to say what the name is about; this raised IndexError.
    (finding,) = within_point([version("s1.0", a), version("s2.0", b)])
    assert finding.kind == "name"
    assert finding.context == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It was 6 Celsius.", "It was 5 temperature."),
        ("It was 6 km.", "It was 5 length."),
        ("It took 6 hours.", "It took 5 duration."),
    ],
)
def test_a_word_that_names_a_measure_is_no_unit_of_it(a: str, b: str) -> None:
    # "5 temperature" counts the word; it was filed with Celsius and raised KeyError.
    assert within_point([version("s1.0", a), version("s2.0", b)]) == []


SLOT_SENTENCES = [
    "The talks were held on Friday in Geneva, officials said.",
    "Officials said the talks were held on Monday in Geneva.",
    "The talks were not held on Friday.",
    "He said the talks, held in 2019 and again in 2020, failed.",
    "The talks did not fail in 2019.",
    "On Friday and on Monday and on Friday the talks resumed at 10:18.",
    "The talks resumed at 10:19 on Friday.",
]


def slot_words(v: Version, start: int, end: int) -> set[str]:
    """The slot of a value, found the plain way: every token looked at."""
    times = [(f.start, f.end) for _, f in v.facts.times]
    words = [t for t in v.tokens if not t.stop and not any(s <= t.start < e for s, e in times)]
    before = [t for t in words if t.end <= start][-1:]
    after = [t for t in words if t.start >= end][:1]
    beside = [(t, v.text[t.end : start]) for t in before] + [
        (t, v.text[end : t.start]) for t in after
    ]
    return {
        t.norm
        for t, gap in beside
        if t.norm not in conflicts_module.REPORTING
        and not t.text[:1].isupper()
        and not re.search(r"[,;:()\[\]\u2014\u2013\u2015]", gap)
    }


@pytest.mark.parametrize(
    "text",
    [
        *SLOT_SENTENCES,
        "Doors open at 6 p.m. Sept. 7 and the vote closes 5 p.m. through Sept. 9, he said.",
        "Filed on Friday, prosecutors said, the papers reached the court on Monday.",
    ],
)
def test_slots_are_the_words_beside_a_value(text: str) -> None:
    v = version("s1.0", text)
    values = [f for _, f in (*v.facts.dates, *v.facts.times)] + list(v.facts.quantities)
    assert values
    for fact in values:
        assert conflicts_module._neighbours(v, fact.start, fact.end) == slot_words(
            v, fact.start, fact.end
        )


def same_outside(
    va: Version, vb: Version, edited_a: tuple[int, int], edited_b: tuple[int, int]
) -> bool:
    """Whether two versions are word for word the same outside two spans, found the
    plain way: every word listed and the lists compared."""

    def rest(v: Version, edited: tuple[int, int]) -> list[str]:
        said = conflicts_module._attribution(v.text)
        return [
            t.norm
            for t in v.tokens
            if not (t.stop and t.norm == "do")
            and not edited[0] <= t.start < edited[1]
            and not said[0] <= t.start < said[1]
        ]

    rest_a, rest_b = rest(va, edited_a), rest(vb, edited_b)
    return bool(rest_a) and rest_a == rest_b


@pytest.mark.parametrize("a", SLOT_SENTENCES)
@pytest.mark.parametrize("b", SLOT_SENTENCES)
def test_memoised_slots_give_what_each_call_gives(a: str, b: str) -> None:
    va, vb = version("s1.0", a), version("s2.0", b)
    slots = conflicts_module._Slots(va, vb)
    facts_a = [f for _, f in (*va.facts.dates, *va.facts.times)] + list(va.facts.quantities)
    facts_b = [f for _, f in (*vb.facts.dates, *vb.facts.times)] + list(vb.facts.quantities)
    for fa in facts_a:
        assert slots.of(va, fa) == slot_words(va, fa.start, fa.end)
        for fb in facts_b:
            spans = (fa.start, fa.end), (fb.start, fb.end)
            assert slots.identical_outside(*spans) == same_outside(va, vb, *spans)
    # and for any one word of each, which finds sentences that differ only there
    found = 0
    for ta in va.tokens:
        for tb in vb.tokens:
            spans = (ta.start, ta.end), (tb.start, tb.end)
            same = same_outside(va, vb, *spans)
            assert slots.identical_outside(*spans) == same
            found += same
    assert found or a != b


def test_a_capital_that_opens_a_quotation_is_not_a_name() -> None:
    found = within_point(
        [
            version("s1.0", "And when your son looks at you and says: ‘Momma, look you won."),
            version("s2.0", "And when your son looks at you and says, ‘Mama, look, you won."),
        ]
    )
    assert found == []


def test_a_sum_with_its_scale_dropped_is_one_figure_but_another_scale_is_not() -> None:
    found = within_point(
        [
            version("s1.0", "The previous record was $54.9 million, set in 1999."),
            version("s2.0", "The previous record was $54.9 billion, set in 1999."),
        ]
    )
    assert [f.kind for f in found] == ["number"]


def test_a_name_in_the_same_slot_still_conflicts_beside_one_shared_word() -> None:
    (finding,) = within_point(
        [
            version("s1.0", "Associated Press Writer Sara Kugler contributed from New York."),
            version("s2.0", "Associated Press Writer Michael Gormley contributed from New York."),
        ]
    )
    assert finding.kind == "name"


def test_a_figure_the_other_sentence_states_is_not_contradicted() -> None:
    """ "six arrests Wednesday, compared to 47 the previous night" has the 47 too."""
    a = version(
        "s1.3", "Johnson said there were six arrests Wednesday, compared to 47 the night before."
    )
    b = version("s2.4", "Still, the police did make 47 arrests overnight.")
    c = version("s3.2", "Police said they made 12 arrests overnight.")
    related = {"related": lambda x, y: True, "same_point": lambda x, y: False}
    assert across_points([a, b], **related) == []
    (found,) = across_points([b, c], **related)
    assert sorted(value for _, value, _, _ in found.values) == ["12", "47"]


def test_parts_of_one_full_name_are_one_person() -> None:
    """ "Hillary" and "Clinton" in one slot differ, unless the briefing says "Hillary Clinton"."""
    a = version("s1.1", "On Friday, Hillary told reporters that she would run for president.")
    b = version("s2.1", "On Friday, Clinton told reporters that she would run for president.")
    (finding,) = within_point([a, b])
    assert finding.kind == "name"
    lede = tokenize("Hillary Rodham Clinton spoke in Iowa.")
    assert within_point([a, b], parts=name_parts([lede, a.tokens, b.tokens])) == []
    listed = tokenize("Kevin McCarthy, Paul Ryan and Hillary spoke.")
    (still,) = within_point([a, b], parts=name_parts([listed]))  # a list, not one name
    assert still.kind == "name"


def test_an_opening_word_is_a_name_when_the_briefing_writes_it_as_one() -> None:
    """ "Apple" and "Orange" are common English words (apples, oranges); the briefing tells."""
    a = version("s1.2", "Apple said the talks had gone well.")
    b = version("s2.4", "Orange said the talks had gone well.")
    assert within_point([a, b]) == []  # nothing shows they are names
    names = FullNames()
    for text in ("The talks, which Apple and Orange attended, ended early.", a.text, b.text):
        names.add(tokenize(text), text)
    (finding,) = within_point([a, b], parts=names)
    assert finding.kind == "name"
    assert {v.text[start:end] for v, _, start, end in finding.values} == {"Apple", "Orange"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Obama", "Biden"),  # common in English, but with no plural or verb forms
        ("Germany", "France"),
        ("Smith", "Jones"),
        ("Microsoft", "Google"),
        ("FBI", "CIA"),  # two acronyms, neither standing for the other
        ("US", "British"),  # an acronym opens a sentence as a name
    ],
)
def test_an_opening_name_general_english_knows(first: str, second: str) -> None:
    a = version("s1.1", f"{first} officials said the talks had gone well.")
    b = version("s2.1", f"{second} officials said the talks had gone well.")
    (finding,) = within_point([a, b])
    assert finding.kind == "name"
    assert sorted(value for _, value, _, _ in finding.values) == sorted([first, second])


@pytest.mark.parametrize(
    ("template", "first", "second"),
    [
        # given names with common English forms ("Edwards", "Jordans") open the
        # sentence, and the surname that follows shows the run is a name
        ("{}, a spokesman for the mayor, denied it.", "Edward Skyler", "Jordan Barowitz"),
        ("{} officials signed the bill on Monday.", "New York", "Connecticut"),
    ],
)
def test_an_opening_word_that_a_name_follows_is_part_of_the_name(
    template: str, first: str, second: str
) -> None:
    a = version("s1.1", template.format(first))
    b = version("s2.1", template.format(second))
    (finding,) = within_point([a, b])
    assert finding.kind == "name"
    assert sorted(value for _, value, _, _ in finding.values) == sorted([first, second])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the name that follows is shared, so only the opening words differ
        ("Many Americans oppose the plan.", "Most Americans oppose the plan."),
        ("Top Democrats oppose the plan.", "Leading Democrats oppose the plan."),
        # an adverb before a name is no part of it
        ("Separately Microsoft said it would appeal.", "Later Microsoft said it would appeal."),
    ],
)
def test_an_opening_common_word_before_a_shared_name_is_no_name(a: str, b: str) -> None:
    assert within_point([version("s1.1", a), version("s2.1", b)]) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # plural nouns, whose singular is common: not names
        ("Shares fell 5 percent on Monday.", "Stocks fell 5 percent on Monday."),
        ("Analysts expect growth to slow.", "Economists expect growth to slow."),
        ("Deaths in rollover crashes rose.", "Fatalities in rollover crashes rose."),
        # very common words, and an adverb set off by a comma
        ("People are playing cricket.", "Men are playing cricket."),
        ("Police said the man was arrested.", "Officials said the man was arrested."),
        ("Meanwhile, the minister left.", "Afterwards, the minister left."),
        # a word the briefing (here, the other version) writes in lower case
        ("Songs can be burned to CDs.", "Tracks can be burned to CDs, like songs."),
    ],
)
def test_an_opening_common_word_is_no_name(a: str, b: str) -> None:
    assert within_point([version("s1.1", a), version("s2.1", b)]) == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("India and the US signed the deal.", "India and France signed the deal.", True),
        ("India and the US signed the deal.", "India and the United States signed it.", False),
        ("India and the US signed the deal.", "India and America signed the deal.", False),
        ("US troops entered the town.", "American troops entered the town.", False),
        ("The UK imposed sanctions on Iran.", "Britain imposed sanctions on Iran.", False),
        ("The UK imposed sanctions on Iran.", "The EU imposed sanctions on Iran.", True),
        ("The USA won the match.", "The US won the match.", False),
        ("Burma freed the leader.", "Myanmar freed the leader.", False),
        ("Türkiye closed the border.", "Turkey closed the border.", False),  # accents aside
        ("European leaders met on Friday.", "EU leaders met on Friday.", False),
        # an article that goes with one name and not the other
        ("The PRC protested the move.", "Japan protested the move.", True),
        ("The PRC protested the move.", "China protested the move.", False),
        # an acronym whose referent is unknown may stand for the other name
        ("The S&P 500 index rose.", "The Standard & Poor's 500 index rose.", False),
        # the other version names the referent elsewhere: the slot is misaligned
        (
            "Dell has 32 percent of the U.S. market.",
            "Dell has 32 percent of the PC market in the United States.",
            False,
        ),
    ],
)
def test_acronyms_of_known_referents(a: str, b: str, conflict: bool) -> None:
    assert name_conflict(a, b) == conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Senator Bill Nelson said the vote was close.", "Senator William Nelson said so.", False),
        ("Senator Dick Durbin said the vote was close.", "Senator Richard Durbin said so.", False),
        ("Senator Bob Corker said the vote was close.", "Senator Tom Corker said so.", True),
        # two nicknames of one name are not one name: "Bill" is Robert's and William's
        ("Senator Robert Smith said the vote was close.", "Senator William Smith said so.", True),
    ],
)
def test_a_nickname_is_the_same_given_name(a: str, b: str, conflict: bool) -> None:
    assert name_conflict(a, b) == conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # in title case every word is capitalised: a verb is no name
        (
            "Donald Trump Jr. Messaged With WikiLeaks During Presidential Campaign",
            "Donald Trump Jr. Communicated With WikiLeaks During Campaign",
            False,
        ),
        (
            "Senate Passes Budget Bill After Long Debate",
            "Senate Approves Budget Bill After Long Debate",
            False,
        ),
        (
            "Governor Appoints Former Aide To Fill Seat",
            "Governor Names Former Aide To Fill Seat",
            False,
        ),
        # but a name is still a name there
        ("Obama Meets Boehner At White House", "Obama Meets McConnell At White House", True),
        # in capitals the case tells nothing
        ("STOCKS RALLY AS OIL PRICES FALL", "SHARES RALLY AS OIL PRICES FALL", False),
        # adjectives have no plural to tell them from names
        (
            "Mary Cheney Criticizes Her Sister on Same-Sex Marriage",
            "Mary Cheney: Sister Is 'Dead Wrong' On Gay Marriage",
            False,
        ),
        # a country is still a name there
        ("Protesters clash with police in Caracas", "Protesters Clash with Police in Brazil", True),
        # a nickname is the same given name
        (
            "Trump Says Defense Secretary Jim Mattis Will Retire",
            "Trump Says Defense Secretary James Mattis Will Retire",
            False,
        ),
    ],
)
def test_in_a_headline_capitals_do_not_make_names(a: str, b: str, conflict: bool) -> None:
    assert name_conflict(a, b) == conflict


def test_a_headline_teaches_the_briefing_no_names() -> None:
    names = FullNames()
    names.add(tokenize("Senate Passes Budget Bill After Long Debate"))
    (passes,) = [t for t in tokenize("Passes were handed out.") if t.text == "Passes"]
    assert not names.known(passes)


def test_a_rare_past_form_at_an_opening_is_no_name() -> None:
    a = version("s1.1", "Messaged reporters said the deal was done.")
    b = version("s2.1", "Emailed reporters said the deal was done.")
    assert within_point([a, b]) == []


def test_an_opening_word_the_briefing_also_writes_in_lower_case_is_not_a_name() -> None:
    a = version("s1.2", "Shares closed higher on Friday.")
    b = version("s2.4", "Stocks closed higher on Friday.")
    names = FullNames()
    for text in (
        "Traders bought Shares and Stocks alike.",
        "Few stocks and shares fell.",
        a.text,
        b.text,
    ):
        names.add(tokenize(text), text)
    assert within_point([a, b], parts=names) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Plural nouns that open news sentences are not rare enough to be names.
        ("Militants attacked the base on Friday.", "Insurgents attacked the base on Friday."),
        ("Lawmakers approved the budget.", "Legislators approved the budget."),
        # An opposite under a negation is no contradiction.
        ("He did not admit the charges.", "He denied the charges."),
        ("No one was hurt in the fire.", "Nobody was hurt in the fire."),
        # Negations that assert, and words that already say "not".
        (
            "Residents of the town had nothing but praise for the soldier.",
            "Residents of the town had effusive praise for the soldier.",
        ),
        ("Florida's primary isn't until March 9.", "Florida's primary will be March 9."),
        (
            "The ministry's spokesman declined to comment on the report.",
            "The ministry's spokesman did not comment on the report.",
        ),
        (
            "He said the details of the deal havent been finalized.",
            "He said the details of the deal haven't been finalized.",
        ),
        # Reordered words: the negated word is affirmed in the same version too,
        # or the negation is across a clause break.
        ("Man is the objective.", "That is not the objective, man is the objective."),
        (
            "What's more, he hoped Hyundai would sell one million vehicles by 2010.",
            "That wasn't all: by 2010 he hoped Hyundai would sell 1 million vehicles.",
        ),
        ("The FDA has yet to approve the drug.", "The FDA has not approved the drug."),
        # A day that dates a statement, not the event.
        (
            "The ship sank on 3 March 2024.",
            "The coastguard said on March 4 that the vessel had gone down.",
        ),
        # A "no" counted as a noun.
        ("Three no votes would kill the bill for now.", "Three votes would kill the bill for now."),
        # An ordinal the version with the other one states too.
        (
            "Confidence hit 60 after falling to 53 in the first quarter survey.",
            "Confidence, which had fallen to 53 in the first quarter, rose to 60 in the second "
            "quarter.",
        ),
        # A figure the other version gives too, counting something else there.
        (
            "The contribution brings total food aid this year to 100,000 tonnes.",
            "The donation of 60,000 tons brings the total for the year to 100,000.",
        ),
        # Prefixes that do not negate.
        (
            "The migrants crossed the border at night.",
            "The immigrants crossed the border at night.",
        ),
        ("Her help was valuable to the team.", "Her help was invaluable to the team."),
        # A year that bounds a span is no year of the event.
        ("He joined the company in 2019.", "He has worked at the company since 2015."),
        # The end of a span is not the day of the event.
        (
            "Early voting will be held from 1 to 6 p.m. Sept. 7.",
            "Early voting will run weekdays from 8 a.m. to 5 p.m. through Sept. 9.",
        ),
        # Names news uses for one another.
        (
            "Germany has moved closer to the United States in recent weeks.",
            "Germany has moved closer to Washington in recent weeks.",
        ),
        (
            "There are no plans for permanent bases in Africa, Pentagon officials said.",
            "There are no plans for permanent bases in Africa, Defense Department officials said.",
        ),
        # An ordinal counted from a point against one counted from the start.
        (
            "Cowan will become the second black senator from Massachusetts.",
            "Cowan will become the first black senator from Massachusetts since Edward Brooke.",
        ),
        (
            "It was the third rate rise this year.",
            "It was the first rate rise in ten years.",
        ),
        # Durations in different units, with nothing to say they time one thing.
        (
            "The shutdown closed in on the two-week mark with no end in sight.",
            "A meeting, the first in 22 days, could not end the shutdown.",
        ),
        # a negating verb against a negation, or against its own noun
        (
            "Carlson said he would not recuse himself from the case.",
            "Carlson refused to recuse himself from the case.",
        ),
        (
            "The officer was singled out for not addressing the scandal.",
            "The officer was singled out for failing to address the scandal.",
        ),
        (
            "That is evident from their failure, three times in a row, to get a big enough turnout.",
            "Three times in a row, they failed to get a big enough turnout.",
        ),
        # each side has both alternatives
        (
            "Three people were killed and five injured in the blast.",
            "Three people were killed and five were wounded in the blast.",
        ),
        # two rough figures that may be one rounded
        ("About 1,000 people attended the rally.", "About 1,050 people attended the rally."),
        # a place and its state, set off by a comma, are no one name
        (
            "The men paid to be smuggled into Blaine, Wash., from Canada last month.",
            "The men paid to be smuggled into the United States from Canada last month.",
        ),
        # a place that may lie in the state the other names
        (
            "Rep. Stephen Lynch (D-Mass.) is expected to announce his bid Thursday.",
            "Rep. Stephen Lynch, a Democrat from South Boston, is expected to announce his bid Thursday.",
        ),
        # thousands set off by a no-break space are formatting
        ("About 10\u00a0000 people attended the rally.", "About 10,000 people attended the rally."),
        ("Prices rose 5pc in March.", "Prices rose 5 per cent in March."),
        # a state lies in its country
        (
            "A U.S. appeals court reinstated the charges on Friday.",
            "A New York appeals court reinstated the charges on Friday.",
        ),
        # a diminutive
        ("Gov. Bobby Jindal spoke on Friday.", "Gov. Robert Jindal spoke on Friday."),
        # coordinated words given in the other order
        (
            "Both men and women were hurt in the attack.",
            "Both women and men were hurt in the attack.",
        ),
        (
            "Republicans and Democrats voted for the bill.",
            "Democrats and Republicans voted for the bill.",
        ),
        ("The men, the women and the children left.", "The women, the men and the children left."),
        # the same party, in two styles
        (
            "Rep. Max Rose (D-N.Y.) voted for the bill on Friday.",
            "Democratic Rep. Max Rose of New York voted for the bill on Friday.",
        ),
        # a place inside the region the other names
        (
            "Cesar Sayoc, 56, of South Florida was taken into custody on Friday.",
            "Cesar Sayoc Jr., 56, of Aventura, Fla., was taken into custody on Friday.",
        ),
        # "declined to" a figure is a fall, not a refusal
        ("Revenue declined to $36.9 billion.", "Revenue fell to $36.9 billion."),
        ("Sales declined to five million units.", "Sales fell to five million units."),
        ("Shares declined to a record low on Friday.", "Shares fell to a record low on Friday."),
        # a negating verb against a negation
        (
            "A spokesman for the company declined to comment on the report.",
            "A spokesman for the company did not comment on the report.",
        ),
        # a phrase that negates, against a negation; and a stop that is no phrase
        (
            "He stopped short of endorsing gay marriage in an interview on Monday.",
            "He did not endorse gay marriage in an interview on Monday.",
        ),
        (
            "The car stopped short of the wall near the old bridge.",
            "The car stopped near the wall by the old bridge.",
        ),
        # "not" in an idiom denies nothing that follows, nor does one a comma ends
        (
            "Believe it or not the men were seen together at the airport on Monday, "
            "officials said.",
            "The men were seen together at the airport on Monday, officials said.",
        ),
        (
            "They don\u2019t, because the men were seen together at the airport on Monday, "
            "officials said.",
            "The men were seen together at the airport on Monday, officials said.",
        ),
        # one name with and without its middle initial
        (
            "The nominee is John F. Kelly, the White House said.",
            "The nominee is John Kelly, the White House said.",
        ),
        (
            "Representative Duncan D. Hunter was indicted on Tuesday.",
            "Representative Duncan Hunter was indicted on Tuesday.",
        ),
        # a negation after words only one version has: the other negates too, or a
        # clause break cuts the negation off from the shared words
        (
            "Those searches have not found stockpiles of chemical and biological weapons "
            "or significant evidence of a nuclear weapons program.",
            "Alleged stockpiles of chemical and biological weapons have not turned up, "
            "nor has significant evidence of a nuclear-weapons program.",
        ),
        (
            "And I said, ‘Baby, they don’t, because we’re gonna go in there "
            "and we’re gonna impeach him.’",
            "Because we’re gonna go in there, and we’re gonna impeach him.",
        ),
    ],
)
def test_no_conflict(a: str, b: str) -> None:
    assert within_point([version("s1.0", a), version("s2.0", b)]) == []


@pytest.mark.parametrize(
    ("a", "b", "shared", "apart"),
    [
        ("It was the third vote this year.", "It was the fourth vote this year.", 2, True),
        ("He resigned.", "He did not resign.", 1, True),
        ("The talks were held in Washington.", "The talks were held in New Delhi.", 2, True),
        # Two separate changes.
        ("Smith met Jones on Monday.", "Brown met Jones on Tuesday.", 1, False),
        # Too little stands outside the change.
        ("He resigned.", "He did not resign.", 2, False),
        ("He will resign.", "She will not resign.", 1, False),
    ],
)
def test_one_edit_apart(a: str, b: str, shared: int, apart: bool) -> None:
    assert one_edit_apart(tokenize(a), tokenize(b), shared) is apart
    assert one_edit_apart(tokenize(b), tokenize(a), shared) is apart


def test_a_closing_quotation_mark_does_not_make_the_next_word_an_opening() -> None:
    """The same quotation told as two people's is a conflict of names; two quotations
    of two people, sharing only "said", are not."""
    (finding,) = within_point(
        [
            version("s1.0", '"We will protect Social Security," Carney said.'),
            version("s2.0", '"We will protect Social Security," Earnest said.'),
        ]
    )
    assert finding.kind == "name"
    assert (
        within_point(
            [
                version("s1.0", '"He does not support cuts to benefits," Carney said Friday.'),
                version("s2.0", "“We are committed to protecting benefits,” Mr. Rand said."),
            ]
        )
        == []
    )


def test_opposites_swapped_in_place_are_two_contradictions() -> None:
    a = version("s1.0", "Shares rose in Tokyo and fell in London.")
    b = version("s2.0", "Shares fell in Tokyo and rose in London.")
    found = within_point([a, b])
    assert [f.kind for f in found] == ["negation", "negation"]
    assert [[v.text[s:e] for v, _, s, e in f.values] for f in found] == [
        ["rose", "fell"],
        ["fell", "rose"],
    ]
    # The same order in both is no contradiction.
    assert (
        within_point([a, version("s2.0", "Shares rose in Tokyo and fell in London on Friday.")])
        == []
    )
