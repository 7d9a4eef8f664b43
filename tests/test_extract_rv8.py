"""Rules that read one event word's surroundings, which read only a window of the sentence so
that a long sentence costs no more per event word (measured by the ``clauses`` probe of
``benchmarks/extract_probes.py``): a subject read at a sentence's head, a joint statement cited
as a source, a second verb's partner, a meeting on the sidelines told in a clause of its own and
a meeting with an official named by title alone, each still found where it is told.

Also the wordings that look like a session of a standing body but are none ("would be held
responsible").
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

from mapapp import gazetteer
from mapapp.extract.candidates import extract_candidates
from mapapp.extract.cited_statements import is_cited
from mapapp.extract.local_officials import follow_local_officials
from mapapp.extract.mechanisms import BODY_AHEAD
from mapapp.extract.partners import second_partner
from mapapp.extract.settings import beside_own_setting
from mapapp.extract.subject_parties import subject_sides
from mapapp.extract.triggers import Trigger

URL = "https://example.org/article"


def test_subject_sides_still_counts_three_sides_at_the_head() -> None:
    text = "The ministers of Chad and Niger and the Libyan envoy met in Zinder."
    at = text.index("met")
    assert subject_sides(text, Trigger("meeting", at, at + 3, "past")) == 3


def test_a_cited_statement_is_read_near_its_word() -> None:
    text = "The ministers met in Apia on Friday, the joint communique said."
    assert is_cited(text, text.index("joint"))
    assert not is_cited(text, text.index("met"))


def _mention(quote: str, word: str, event_type: str = "meeting", nth: int = 0) -> SimpleNamespace:
    at = -1
    for _ in range(nth + 1):
        at = quote.index(word, at + 1)
    trigger = Trigger(event_type, at, at + len(word), "past")
    return SimpleNamespace(
        quote=quote, trigger=trigger, event_type=event_type, venue=None, online=False
    )


def test_a_second_partner_is_read_only_near_the_first_verb() -> None:
    quote = "The envoy was received by the king and held talks with the prime minister."
    one, m = _mention(quote, "received"), _mention(quote, "talks")
    assert second_partner(one, m)  # type: ignore[arg-type]


def test_a_meeting_beside_its_own_setting_reads_the_frame_first() -> None:
    quote = (
        "A commission will meet in Accra in May, and the ministers will hold talks on the "
        "sidelines of the regional summit in Lome."
    )
    one, m = _mention(quote, "meet"), _mention(quote, "talks")
    assert beside_own_setting(one, m)  # type: ignore[arg-type]


def test_a_local_official_is_read_near_the_meeting_word() -> None:
    dateline = gazetteer.lookup("Suva").place
    assert dateline is not None

    e = _mention("The ambassador called on the Speaker of Parliament on Tuesday.", "called on")
    follow_local_officials([e], dateline)  # type: ignore[list-item]
    assert e.venue is not None and e.venue.place.name == dateline.name


def _kinds(text: str) -> list[str]:
    found = extract_candidates(text, published=dt.date(2024, 5, 6), url=URL)
    return [e["event_type"] for e in found]


def test_a_body_held_to_account_is_no_session_ahead() -> None:
    ahead = re.compile(BODY_AHEAD)
    for text in (
        "Critics said the Joint Commission would be held responsible for the delay.",
        "Lawyers argue the Border Committee will be held accountable for the losses.",
        "The opposition said the Policy Dialogue would be held hostage to the dispute.",
    ):
        assert ahead.search(text) is None, text
    assert ahead.search("The next Strategic Dialogue will be held in Canberra in May.")
    assert ahead.search("The Joint Commission is expected to take place in Male in June.")
    kinds = _kinds("The third Strategic Dialogue would be held in Canberra in October.")
    assert "meeting" in kinds


def test_a_standing_body_held_to_account_is_no_event() -> None:
    text = "Critics said the Joint Commission would be held responsible for the delay."
    assert "meeting" not in _kinds(text)
    assert "meeting" not in _kinds(
        "MPs warned that the bilateral working group will be held accountable for any leak."
    )
    assert "meeting" in _kinds("The previous binational cabinet was held in Quito in March.")


def test_a_summit_of_others_held_by_two_named_leaders_stays_a_conference() -> None:
    for text in (
        "The heads of state of Ghana and Togo held a summit of regional leaders in Lome.",
        "The presidents of Chile and Peru chaired the summit of the Pacific Alliance in Lima.",
    ):
        assert _kinds(text) == ["conference"], text
    assert _kinds("The presidents of Chile and Peru held a summit in Arica on Monday.") == [
        "meeting"
    ]
    assert _kinds("A summit of the two governments was held in Quito on Monday.") == ["meeting"]
