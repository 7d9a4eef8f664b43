"""The story's day for events told as done without a date, and the weekdays of a tour announced
for a coming week. Invented sentences, not taken from the development articles."""

from __future__ import annotations

import pytest

from tests.conftest import the_one_told


# An event told as done with no date of its own, after a dated event of the story in the same
# country: the story's day (and its town when it names no place).
@pytest.mark.parametrize(
    ("published", "text", "kind", "words", "day", "place"),
    [
        (  # ministry release: a second audience "also" and "in the evening"
            "2021-09-08",
            "Press Release\n\nThe Minister of Foreign Affairs received his Chilean counterpart "
            "at the Ministry in Santiago on Tuesday.\n\nThe visiting Minister was also received "
            "in the evening by the Speaker of the National Assembly.",
            "meeting",
            "Speaker",
            "2021-09-07",
            "Santiago",
        ),
        (  # council press release: bilaterals "in the margins"
            "2014-06-24",
            "Council press release: The Association Council met in Luxembourg on 23 June 2014."
            "\n\nIn the margins, the High Representative held a bilateral meeting with the "
            "foreign minister of Georgia.",
            "meeting",
            "Georgia",
            "2014-06-23",
            "Luxembourg",
        ),
        (  # wire: a crossing by road "in the morning" of the story's day
            "2022-11-21",
            "IPIALES, Colombia (Wire) - The presidents of Colombia and Ecuador held a joint "
            "cabinet meeting in Tulcan on Sunday.\n\nColombia's president crossed into Ecuador "
            "by road from Ipiales in the morning, accompanied by nine ministers.",
            "visit",
            "crossed into",
            "2022-11-20",
            None,
        ),
        (  # broadcaster web: a flight in "overnight" to the summit's retreat
            "2023-08-18",
            "The three leaders met at the retreat in Camp David on Friday.\n\nThe Korean "
            "president flew in from Seoul overnight and went on to the retreat by helicopter.",
            "visit",
            "flew in",
            "2023-08-18",
            None,
        ),
        (  # broadcaster transcript: "then" after a landing "this afternoon"
            "2013-04-10",
            "Evening bulletin, Wednesday 10 April 2013\n\nANCHOR: The Samoan prime minister "
            "touched down in Nuku'alofa this afternoon.\n\nCORRESPONDENT: The two prime ministers"
            " then drove to the Palace Office, where they held talks for about an hour.",
            "meeting",
            "talks",
            "2013-04-10",
            None,
        ),
        (  # readout: a visit named in a later sentence of the story
            "2019-11-15",
            "The Secretary met the foreign minister of Peru at the Department of State in "
            "Washington on Thursday.\n\nDuring his stay in the United States, the Minister also "
            "met the Deputy Secretary.",
            "meeting",
            "Deputy Secretary",
            "2019-11-14",
            None,
        ),
    ],
)
def test_undated_event_of_the_story_takes_its_day(
    published: str, text: str, kind: str, words: str, day: str, place: str | None
) -> None:
    event = the_one_told(text, published, kind, words)
    assert event["status"] == "occurred"
    assert (event["date_start"], event["date_end"]) == (day, day)
    if place is not None:
        assert event["place_name"].endswith(place)


@pytest.mark.parametrize(
    ("published", "text", "kind", "words"),
    [
        (  # another country, told back with "had"
            "2017-08-30",
            "Kenya's president met Uganda's president in Kampala on Tuesday to discuss the "
            "railway.\n\nThe two countries' energy ministers had signed a pipeline accord in "
            "Nairobi, officials recalled.",
            "agreement",
            "pipeline",
        ),
        (  # a first meeting, in the story's own country
            "2009-06-11",
            "Indonesia's foreign minister met his Malaysian counterpart in Kuala Lumpur on "
            "Wednesday.\n\nThe two ministers first met in Penang.",
            "meeting",
            "first met",
        ),
        (  # a history told before the story's day
            "2015-02-12",
            "The prime minister held talks in Canberra on Wednesday with New Zealand's prime "
            "minister.\n\nThe two governments signed a trade accord in Canberra on 3 March 2013."
            "\n\nThe two leaders last visited Sydney together.",
            "visit",
            "Sydney",
        ),
    ],
)
def test_history_and_other_countries_stay_undated(
    published: str, text: str, kind: str, words: str
) -> None:
    event = the_one_told(text, published, kind, words)
    assert event["date_start"] is None


# A bare weekday of a plan in a country of a tour announced for a coming week: that weekday of
# the week, not the one counted from publication.
@pytest.mark.parametrize(
    ("published", "text", "kind", "words", "day"),
    [
        (  # newspaper: a three-country tour published on a Monday
            "2011-05-16",
            "The President will next week travel to Kenya, Uganda and Rwanda on a four-day "
            "tour.\n\nThe tour opens in Nairobi, where the President will hold talks with his "
            "Kenyan counterpart on Monday. He then flies to Kampala for talks on Wednesday.",
            "meeting",
            "Kenyan counterpart",
            "2011-05-23",
        ),
        (  # the same tour's second stop
            "2011-05-16",
            "The President will next week travel to Kenya, Uganda and Rwanda on a four-day "
            "tour.\n\nThe tour opens in Nairobi, where the President will hold talks with his "
            "Kenyan counterpart on Monday. He then flies to Kampala for talks on Wednesday.",
            "visit",
            "Kampala",
            "2011-05-25",
        ),
        (  # ministry release: a week named by its place in the month
            "2019-09-02",
            "The Chancellor will visit Japan in the second week of September.\n\nIn Tokyo on "
            "Wednesday she will hold talks with the prime minister.",
            "meeting",
            "Tokyo",
            "2019-09-11",
        ),
        (  # agency: a one-country visit published on a Tuesday
            "2024-04-02",
            "The foreign minister will pay an official visit to Chile next week.\n\nOn Monday "
            "she will be received in Santiago by the President of the Republic.",
            "meeting",
            "Santiago",
            "2024-04-08",
        ),
    ],
)
def test_weekday_of_a_tour_next_week(
    published: str, text: str, kind: str, words: str, day: str
) -> None:
    event = the_one_told(text, published, kind, words)
    assert event["status"] == "announced"
    assert (event["date_start"], event["date_end"]) == (day, day)


def test_weekday_of_a_plan_elsewhere_keeps_its_own_reading() -> None:
    text = (
        "The minister will travel to Ghana next week for talks on cocoa.\n\nOn Wednesday she "
        "will meet the Ivorian ambassador in Abidjan."
    )
    event = the_one_told(text, "2011-05-16", "meeting", "Abidjan")
    assert event["date_start"] == "2011-05-18"


# An undated plan in a town where a plan told before is dated (a month at most): its days.
@pytest.mark.parametrize(
    ("published", "text", "kind", "words", "start", "end"),
    [
        (  # media note: the last stop of a trip whose stops were listed with its dates
            "2023-03-03",
            "The Under Secretary will travel to Lima, Peru; Quito, Ecuador; and Bogota, Colombia "
            "from March 7 to 12.\n\nIn Lima she will meet the foreign minister. The Under "
            "Secretary will end her trip in Bogota, where she will open a trade fair.",
            "visit",
            "end her trip",
            "2023-03-07",
            "2023-03-12",
        ),
        (  # readout: a meeting looked forward to at a summit's city
            "2021-10-04",
            "The Prime Minister spoke today with the Spanish president about the Ibero-American "
            "summit in Madrid later this month. She looks forward to meeting the King in Madrid.",
            "meeting",
            "looks forward",
            "2021-10-05",
            "2021-10-31",
        ),
    ],
)
def test_undated_plan_takes_the_days_of_a_plan_in_its_town(
    published: str, text: str, kind: str, words: str, start: str, end: str
) -> None:
    event = the_one_told(text, published, kind, words)
    assert event["status"] == "announced"
    assert (event["date_start"], event["date_end"]) == (start, end)


def test_undated_plan_in_another_town_keeps_no_date() -> None:
    text = (
        "The Prime Minister spoke today with the Spanish president about the Ibero-American "
        "summit in Madrid later this month. She looks forward to meeting the King in Seville."
    )
    event = the_one_told(text, "2021-10-04", "meeting", "looks forward")
    assert event["date_start"] is None


# A date in a clause opened by ", which" that tells something else than a gathering's course
# is not the event's date; one that tells the gathering's course ("which opened on") is.
@pytest.mark.parametrize(
    ("published", "text", "kind", "words", "day"),
    [
        (  # news release: a treaty's entry into force, inside talks during a dated visit
            "2017-09-16",
            "The minister visited Kyiv on 14 and 15 September. There, she met the President of "
            "Ukraine to discuss the customs accord, which entered into force on August 1.",
            "meeting",
            "There, she met",
            "2017-09-14",
        ),
        (  # wire: a protocol signed at talks, about a treaty that took effect earlier
            "2019-05-10",
            "The foreign ministers met in Vilnius on Thursday and signed a protocol on the border "
            "treaty, which took effect on 3 January.",
            "agreement",
            "protocol",
            "2019-05-09",
        ),
        (  # agency: a communique whose long clause names a month of the past
            "2023-11-18",
            "The summit closed late on Friday in Lusaka with a final communique, adopted by the "
            "member states present at the extraordinary session, which calls on the armed "
            "groups to return to the lines they held in March.",
            "agreement",
            "communique",
            "2023-11-17",
        ),
        (  # wire: the summit's own opening day
            "2016-03-02",
            "Leaders attended the summit in Addis Ababa, which opened on Sunday.",
            "conference",
            "summit",
            "2016-02-28",
        ),
    ],
)
def test_date_of_a_which_clause(published: str, text: str, kind: str, words: str, day: str) -> None:
    event = the_one_told(text, published, kind, words)
    assert event["date_start"] == day


# An ordinal before a word other than a function word is an adjective, not a day of the month.
@pytest.mark.parametrize(
    ("published", "text", "kind", "words", "day"),
    [
        (  # newspaper web: the first leg of a tour
            "2015-05-09",
            "Brazil's foreign minister met Angola's president on Friday in Luanda, on the first "
            "leg of a tour that continues in Maputo on Sunday.",
            "meeting",
            "Angola's president",
            "2015-05-08",
        ),
        (  # wire: the first full day of a visit
            "2005-06-03",
            "The prime minister yesterday held talks with his Barbadian counterpart in "
            "Bridgetown on the first full day of his official two-day visit.",
            "meeting",
            "Barbadian counterpart",
            "2005-06-02",
        ),
        (  # agency: the second stop of a trip
            "2019-10-12",
            "The envoy held talks in Amman on Thursday, on the second stop of a regional trip.",
            "meeting",
            "Amman",
            "2019-10-10",
        ),
    ],
)
def test_ordinal_before_a_noun_is_no_date(
    published: str, text: str, kind: str, words: str, day: str
) -> None:
    event = the_one_told(text, published, kind, words)
    assert (event["date_start"], event["date_end"]) == (day, day)


def test_ordinal_day_of_the_month_still_dates() -> None:
    text = "The two foreign ministers will meet in Tunis on the 14th."
    event = the_one_told(text, "2015-05-09", "meeting", "Tunis")
    assert event["date_start"] == "2015-05-14"


# A month without a year, told with a past verb before the event noun, is the past one, even
# across a sum of money; "the planning minister" is a title, not a plan.
@pytest.mark.parametrize(
    ("published", "text", "kind", "words", "start", "status"),
    [
        (  # broadcaster web, published in December
            "2002-12-23",
            "Donors pledged $1.2bn at a conference in Oslo in January.",
            "conference",
            "Oslo",
            "2002-01-01",
            "occurred",
        ),
        (  # newspaper web: a minister's title with "planning" in it
            "1999-09-09",
            "The planning minister last held talks with her counterpart in The Hague in May.",
            "meeting",
            "The Hague",
            "1999-05-01",
            "occurred",
        ),
        (  # ministry release: a plan told with "planning"
            "1999-09-09",
            "The minister is planning a visit to The Hague in May.",
            "visit",
            "The Hague",
            "2000-05-01",
            "announced",
        ),
    ],
)
def test_past_month_and_planning_as_a_title(
    published: str, text: str, kind: str, words: str, start: str, status: str
) -> None:
    event = the_one_told(text, published, kind, words)
    assert (event["date_start"], event["status"]) == (start, status)
