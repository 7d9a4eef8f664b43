"""A day a sentence gives beats "during the visit" for the event that sentence tells.

"During the visit, the prime minister will hold talks … on 15.09.2008" dates the talks to that
day, which lies within the visit and says more than it; with no day of its own, an event
"during the visit" still takes the visit's days. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import the_one_told

VISIT = "The prime minister will pay an official visit to India from 14 to 18 September 2008. "


@pytest.mark.parametrize(
    ("sentence", "words", "day"),
    [
        (
            "During the visit, the Rt. Hon. Prime Minister will hold official talks with the "
            "Prime Minister of India at Hyderabad House, New Delhi on 15.09.2008.",
            "official talks",
            "2008-09-15",
        ),
        (
            "During the visit the two leaders will meet for restricted and delegation-level talks "
            "at the Prime Minister's residence in New Delhi on 16 September.",
            "will meet",
            "2008-09-16",
        ),
        (
            "During the trip, she is due to hold talks with the Indian foreign minister and the "
            "chief minister of Maharashtra at the Taj Palace in Mumbai on Wednesday, September 17.",
            "hold talks",
            "2008-09-17",
        ),
    ],
)
def test_a_day_of_its_own_dates_an_event_during_the_visit(sentence, words, day):
    text = "NEW DELHI, Sept. 12 — " + VISIT + sentence
    found = the_one_told(text, "2008-09-12", "meeting", words)
    assert (found["date_start"], found["date_end"], found["status"]) == (day, day, "announced")


def test_with_no_day_of_its_own_it_takes_the_visits_days():
    text = (
        "NEW DELHI, Sept. 12 — "
        + VISIT
        + "During the visit, the prime minister will hold talks with the Indian prime minister "
        "in New Delhi."
    )
    found = the_one_told(text, "2008-09-12", "meeting", "hold talks")
    assert found["date_start"] >= "2008-09-14"
    assert found["date_end"] <= "2008-09-18"
