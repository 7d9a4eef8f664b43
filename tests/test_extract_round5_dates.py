"""Which date an extracted event gets, round 5: a weekday named with a day and month fixes the
year; the years a document covers are not the day it was signed.

Every sentence is invented (other names, places and wordings than the development articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.candidates import extract_candidates
from mapapp.extract.text_dates import find_dates


def dates_of(text: str, published: str, kind: str) -> list[tuple[str | None, str | None]]:
    records = extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )
    return [(r["date_start"], r["date_end"]) for r in records if r["event_type"] == kind]


# --- "Sunday 4 March": the weekday picks the year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a release of Thursday 1 March 2018 announcing the coming Sunday
        ("The last leg will be Honiara on Sunday 4 March.", "2018-03-01", "2018-03-04"),
        ("The delegation reaches Dili on Saturday, March 10.", "2018-03-01", "2018-03-10"),
        # a weekday a few days before the release, in a story told in the past
        ("She arrived in Lusaka on Monday 26 February.", "2018-03-01", "2018-02-26"),
        # published in late December, the named weekday falls in the next January
        ("They will gather in Accra on Wednesday 3 January.", "2017-12-28", "2018-01-03"),
    ],
)
def test_weekday_with_day_and_month_sets_the_year(text: str, published: str, day: str) -> None:
    found = find_dates(text, dt.date.fromisoformat(published))
    assert [d.span.start.isoformat() for d in found if d.span.start] == [day]


def test_day_and_month_without_weekday_keep_the_usual_year() -> None:
    found = find_dates("She arrived in Lusaka on 4 March.", dt.date(2018, 3, 1))
    assert found[0].span.start == dt.date(2017, 3, 4)


def test_weekday_that_never_matches_keeps_the_guess() -> None:
    # 4 March 2017 is a Saturday, 2018 a Sunday, 2016 a Friday: "Tuesday" fits none near
    found = find_dates("They met on Tuesday 4 March.", dt.date(2017, 3, 10))
    assert found[0].span.start == dt.date(2017, 3, 4)


# --- "an agreement for 2010-2013": the years the text covers --------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On 9 May, Norway and Malawi signed a memorandum on health cooperation for 2015-2018.",
            "2015-05-09",
        ),
        (
            "Ghana and Denmark signed a cooperation agreement covering the period 2016-2020 "
            "in Accra on Tuesday 10 May.",
            "2016-05-10",
        ),
        (
            "A framework agreement for the years 2014-2017 was signed in Maputo on 8 May.",
            "2016-05-08",
        ),
    ],
)
def test_years_a_document_covers_do_not_date_its_signing(text: str, day: str) -> None:
    assert dates_of(text, "2015-05-12" if "2015" in text else "2016-05-12", "agreement") == [
        (day, day)
    ]


# --- "returned the visit, arriving in X on 14 July": the trip is part of the past act -------


def status_and_dates(text: str, published: str, kind: str) -> list[tuple[str, str | None]]:
    records = extract_candidates(
        text, published=dt.date.fromisoformat(published), url="https://example.org/story"
    )
    return [(r["status"], r["date_start"]) for r in records if r["event_type"] == kind]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ghana's president returned the visit, arriving in Lome on March 3.", "2018-03-03"),
        ("The envoy set off for the Baltic, travelling to Riga on 4 June.", "2018-06-04"),
        ("The delegation left Kigali at dawn, flying to Nairobi on August 19.", "2018-08-19"),
    ],
)
def test_ing_trip_after_a_past_verb_has_occurred(text: str, day: str) -> None:
    assert status_and_dates(text, "2018-11-05", "visit") == [("occurred", day)]


def test_ing_trip_after_a_plan_stays_announced() -> None:
    found = status_and_dates(
        "The minister will leave Abuja on Monday, arriving in Dakar later that day.",
        "2018-11-05",
        "visit",
    )
    assert found and {status for status, _ in found} == {"announced"}


# --- "later this month": the days after the report ------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The minister will travel to Kampala later this month.", "2018-11-10", "2018-11-30"),
        ("Talks in Accra are planned for later this week.", "2018-11-10", "2018-11-11"),
        ("A deal could be signed later this year.", "2018-11-10", "2018-12-31"),
    ],
)
def test_later_this_period_starts_after_the_report(text: str, start: str, end: str) -> None:
    found = find_dates(text, dt.date(2018, 11, 9))
    assert [(d.span.start.isoformat(), d.span.end.isoformat()) for d in found if d.span.start] == [
        (start, end)
    ]


# --- "in March last year": the year phrase sets the month's year ----------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The two ministers met in March last year.", "2017-03-01", "2017-03-31"),
        ("A summit was held in Lima in January this year.", "2018-01-01", "2018-01-31"),
        ("The pact is to be signed on 6 June next year.", "2019-06-06", "2019-06-06"),
        ("They last spoke in May of last year.", "2017-05-01", "2017-05-31"),
    ],
)
def test_month_with_a_year_phrase(text: str, start: str, end: str) -> None:
    found = find_dates(text, dt.date(2018, 11, 9))
    assert [(d.span.start.isoformat(), d.span.end.isoformat()) for d in found if d.span.start] == [
        (start, end)
    ]


def test_29_february_last_year_is_not_an_error() -> None:
    assert find_dates("They met on 29 February last year.", dt.date(2021, 11, 9))
