"""Date expressions → span and precision, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.extract.text_dates import UNKNOWN, find_dates, resolve_date

D = dt.date
TUE = D(2022, 12, 20)  # the seed article's publication day, a Tuesday
MON = D(2022, 12, 19)


def span(text: str, published: dt.date = TUE, **kw) -> tuple:
    found = resolve_date(text, published, **kw)
    return found.start, found.end, found.precision


# --- absolute ---------------------------------------------------------------------------------


def test_resolve_date_absolute_day_with_abbreviated_month():
    assert span("Vienna, Austria, Sept. 16, 2022.") == (D(2022, 9, 16), D(2022, 9, 16), "day")


def test_resolve_date_day_month_year_order():
    assert span("on 3 March 2021") == (D(2021, 3, 3), D(2021, 3, 3), "day")


def test_resolve_date_month_and_year_is_the_whole_month():
    assert span("In March 2020, Pompeo held meetings") == (D(2020, 3, 1), D(2020, 3, 31), "month")
    assert span("in February 2020") == (D(2020, 2, 1), D(2020, 2, 29), "month")  # leap year


def test_resolve_date_range_across_months_takes_year_from_publication():
    assert span("a meeting November 30-December 1 of") == (D(2022, 11, 30), D(2022, 12, 1), "range")


def test_resolve_date_range_across_new_year_with_year_given():
    assert span("December 30-January 2, 2023") == (D(2022, 12, 30), D(2023, 1, 2), "range")


def test_resolve_date_range_within_one_month():
    assert span("talks Dec. 5-7") == (D(2022, 12, 5), D(2022, 12, 7), "range")
    assert span("on 5–7 December 2021") == (D(2021, 12, 5), D(2021, 12, 7), "range")


def test_resolve_date_year_range_spans_both_whole_years():
    assert span("in 2019-2020, officials met") == (D(2019, 1, 1), D(2020, 12, 31), "range")
    assert span("in 2019-20") == (D(2019, 1, 1), D(2020, 12, 31), "range")


def test_resolve_date_bare_year_as_adjective():
    assert span("The 2020 U.S.-Taliban agreement") == (D(2020, 1, 1), D(2020, 12, 31), "year")


def test_resolve_date_month_day_without_year_is_latest_not_after_publication():
    assert span("on December 7") == (D(2022, 12, 7), D(2022, 12, 7), "day")
    assert span("on December 27") == (D(2021, 12, 27), D(2021, 12, 27), "day")


def test_resolve_date_impossible_day_is_not_a_date():
    assert resolve_date("on February 30", TUE) == UNKNOWN


# --- weekdays ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (D(2022, 12, 20), D(2022, 12, 20)),  # published on a Tuesday: the same day
        (D(2022, 12, 19), D(2022, 12, 13)),  # on a Monday: six days earlier
        (D(2022, 12, 21), D(2022, 12, 20)),  # on a Wednesday: the day before
        (D(2022, 12, 25), D(2022, 12, 20)),  # on a Sunday: five days earlier
    ],
)
def test_resolve_date_on_tuesday_is_most_recent_tuesday_publication_day_included(
    published, expected
):
    assert span("told the Security Council on Tuesday", published) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("published", "expected"),
    [(TUE, MON), (MON, MON), (D(2022, 12, 18), D(2022, 12, 12)), (D(2022, 12, 23), MON)],
)
def test_resolve_date_weekday_possessive(published, expected):
    assert span("Ned Price said at Monday’s briefing.", published) == (expected, expected, "day")
    assert span("at Monday's briefing", published)[0] == expected


def test_resolve_date_last_weekday_excludes_publication_day():
    assert span("last Tuesday", TUE)[0] == D(2022, 12, 13)
    assert span("last Monday", TUE)[0] == MON


def test_resolve_date_next_weekday_and_future_preference():
    assert span("next Tuesday", TUE)[0] == D(2022, 12, 27)
    assert span("on Thursday", TUE, prefer_future=True)[0] == D(2022, 12, 22)
    assert span("on Thursday", TUE)[0] == D(2022, 12, 15)


# --- relative periods -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (TUE, (D(2022, 12, 1), TUE, "month")),
        (D(2023, 3, 1), (D(2023, 3, 1), D(2023, 3, 1), "day")),
        (D(2022, 2, 28), (D(2022, 2, 1), D(2022, 2, 28), "month")),
    ],
)
def test_resolve_date_earlier_this_month_runs_to_publication(published, expected):
    assert span("But earlier this month, West traveled", published) == expected


def test_resolve_date_last_year_is_previous_calendar_year():
    assert span("Last year, the NRF registered", TUE) == (D(2021, 1, 1), D(2021, 12, 31), "year")
    assert span("last year", D(2023, 1, 2)) == (D(2022, 1, 1), D(2022, 12, 31), "year")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("In June, Mujahid said", TUE, (D(2022, 6, 1), D(2022, 6, 30))),
        ("In June, Mujahid said", D(2023, 3, 1), (D(2022, 6, 1), D(2022, 6, 30))),
        ("In December, talks", TUE, (D(2022, 12, 1), D(2022, 12, 31))),
        ("said in August.", D(2022, 8, 2), (D(2022, 8, 1), D(2022, 8, 31))),
    ],
)
def test_resolve_date_bare_month_is_latest_not_after_publication(text, published, expected):
    assert span(text, published) == (*expected, "month")


def test_resolve_date_bare_month_forward_for_announced_events():
    assert span("will visit in June", TUE, prefer_future=True)[:2] == (
        D(2023, 6, 1),
        D(2023, 6, 30),
    )
    assert span("next June", TUE)[:2] == (D(2023, 6, 1), D(2023, 6, 30))


def test_resolve_date_month_verb_may_is_not_a_date():
    assert resolve_date("He may travel to Doha, officials said.", TUE) == UNKNOWN


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (TUE, (MON, D(2022, 12, 25))),
        (D(2022, 12, 25), (MON, D(2022, 12, 25))),  # Sunday: still the same Monday-based week
        (D(2022, 12, 26), (D(2022, 12, 26), D(2023, 1, 1))),
    ],
)
def test_resolve_date_this_week_is_monday_to_sunday(published, expected):
    assert span("met this week", published) == (*expected, "week")


def test_resolve_date_other_relative_expressions():
    assert span("yesterday") == (MON, MON, "day")
    assert span("last week") == (D(2022, 12, 12), D(2022, 12, 18), "week")
    assert span("earlier this week") == (MON, TUE, "week")
    assert span("last month") == (D(2022, 11, 1), D(2022, 11, 30), "month")
    assert span("two days ago") == (D(2022, 12, 18), D(2022, 12, 18), "day")
    assert span("Since August, there had been") == (D(2022, 8, 1), TUE, "range")


def test_resolve_date_nothing_found_is_unknown_not_publication_date():
    found = resolve_date("The talks did not happen.", TUE)
    assert (found.start, found.end, found.precision, found.expression) == (
        None,
        None,
        "unknown",
        None,
    )


def test_find_dates_returns_each_expression_once_in_order():
    found = find_dates("In August 2021, a year after the 2020 deal, on Monday", TUE)
    assert [d.span.expression for d in found] == ["August 2021", "2020", "on Monday"]
    assert all(
        d.span.expression in "In August 2021, a year after the 2020 deal, on Monday" for d in found
    )


# --- days joined by "and", parts of today, seasons ----------------------------------------------


def test_resolve_date_two_days_joined_by_and_are_a_range():
    assert span("convened in Doha on 30 and 31 October") == (
        D(2022, 10, 30),
        D(2022, 10, 31),
        "range",
    )


def test_resolve_date_this_morning_is_the_publication_day():
    assert span("briefed the Council this morning") == (TUE, TUE, "day")
    assert span("this afternoon") == (TUE, TUE, "day")


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("in the autumn", False, (D(2022, 9, 1), D(2022, 11, 30))),
        ("in the autumn", True, (D(2023, 9, 1), D(2023, 11, 30))),
        ("last winter", False, (D(2021, 12, 1), D(2022, 2, 28))),
        ("this winter", False, (D(2022, 12, 1), D(2023, 2, 28))),  # begun by publication
        ("next spring", False, (D(2023, 3, 1), D(2023, 5, 31))),
        ("in spring 2020", True, (D(2020, 3, 1), D(2020, 5, 31))),
    ],
)
def test_resolve_date_seasons_are_three_month_ranges(text, future, expected):
    assert span(text, prefer_future=future) == (*expected, "range")


def test_find_dates_checks_overlaps_once_per_character():
    """Many dates in one text: each is found once, in order (overlaps are a bitmap lookup)."""
    text = " ".join(f"on March {1 + i % 28}, {2000 + i % 20}," for i in range(2000))
    found = find_dates(text, TUE)
    assert len(found) == 2000
    assert [d.begin for d in found] == sorted(d.begin for d in found)
