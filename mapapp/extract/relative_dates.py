"""Dates told relative to another event: "two days later", "the following day", "On the same day".

Such an expression has no date of its own; it names a day counted from a reference event's
span (:func:`resolve_relative`). The reference is an earlier date in the same sentence ("visited
Benghazi on 2 March, and two days later held talks") or else an event reported before
(:func:`mapapp.extract.timeline.follow_relative`). Conventions, for a reference span S:

* "the same day", "during the visit", "X later met": S itself; "the same afternoon", "that
  evening": S's first day;
* "N days later": N days after S's first day (after its last day when S is a range);
* "a year later", "two months later", "a week later": that year, month or week;
* "the following day", "the next day", "the day after", "the next morning", "the following
  evening": the day after S ends ("the previous evening": the day before S begins);
* "on the eve of the summit": the day before S begins; "on the second day": S's second day,
  "on the final (closing) day": its last; "after the talks": S's last day;
* "by then": the last day of S (and its place, as for "during the visit");
* "N days earlier", "the day before", "On the eve,": N days (one) before S begins;
* "earlier that week": Monday of S's week up to S's first day; "later that week": S's last day
  up to Sunday.
"""

from __future__ import annotations

import datetime as dt
import re

from mapapp.extract.date_spans import DateSpan, month_end

_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_N = r"a|one|two|three|four|five|six|seven|\d{1,2}"
RELATIVE = re.compile(
    r"(?i)\b(?:"
    r"(?P<same>(?:on\s+)?the\s+same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+"
    r"(?:day|morning|afternoon|evening|night)|"
    r"that\s+same\s+day|(?:on\s+)?the\s+same\s+(?:morning|afternoon|evening|night)|"
    r"(?:later|earlier)\s+in\s+the\s+day|"
    r"(?:(?:a\s+few|several|two|three|\d)\s+)?(?:hours|minutes|moments)\s+later|"
    r"that\s+(?:same\s+)?(?:morning|afternoon|evening|night))|"
    # "two days before the summit" is no date of its own; "a day earlier the two sides met" is
    rf"(?P<n>{_N})\s+days?\s+(?P<dir>later|afterwards|earlier|(?:after|before)(?!\s+(?:the|his|"
    r"her|their|its|a|an)\b))|"
    # "returned the visit a year later" (not "a channel that led, two years later, to …")
    rf"(?<!,\s)(?P<ny>{_N})\s+(?P<unit>week|month|year)s?\s+(?:later|afterwards)(?!,)|"
    # "The next day the two leaders signed …" (the words after it are the clause's); "the day
    # after the summit" names a day of its own event, not one counted from the event told before
    r"(?P<next>the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)(?!\s+of\b|['’]s)|the\s+day\s+after(?!\s+(?:the|his|her|"
    r"their|its|a|an|tomorrow|[A-Z0-9])\b))|"
    r"(?P<prev>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening)(?!\s+of\b|['’]s)|the\s+day\s+before(?!\s+(?:the|his|"
    r"her|their|its|a|an|yesterday|[A-Z0-9])\b))|"
    # "On the eve, the two prime ministers held negotiations": the day before the event told
    r"(?P<preve>(?<![\w-])[Oo]n\s+the\s+eve(?=\s*[,.;]))|"
    r"(?P<week>earlier|later)\s+(?:that|the\s+same|in\s+the)\s+week|"
    r"(?P<during>(?:during|on\s+the\s+(?:morning|afternoon|evening|day)\s+of)\s+the\s+(?:\w+\s+)?"
    r"(?P<what>visit|trip|tour|talks|meeting|summit|"
    r"conference))|"
    # "On the second day, the chair will meet …", "on the final day of the summit"
    r"(?P<nthday>(?:on\s+)?the\s+(?P<nth>first|second|third|fourth|final|last|opening|closing)"
    r"\s+day(?:\s+of\s+the\s+(?:\w+\s+)?(?P<whatd>visit|trip|tour|talks|meeting|summit|"
    r"conference|session))?)(?!\s+(?:of|in|since)\b)|"
    # "After the talks, the two governments signed …": at the end of the talks told before
    # ("At the issue of the audience": translated "à l'issue de", at the end of)
    r"(?P<after>(?:after|following|at\s+the\s+(?:end|close|conclusion|issue)\s+of)\s+the\s+"
    r"(?:\w+\s+)?(?P<whata>talks|meeting|summit|conference|session|visit|consultations|"
    r"negotiations|discussions|audience|conversations))\b(?!\s+(?:of|in|on|with)\b)|"
    # "On the eve of the summit": the day before the summit told before
    r"(?P<eve>(?:on\s+)?the\s+eve\s+of\s+the\s+(?:\w+\s+)?(?P<whate>summit|meeting|talks|"
    r"conference|session|visit))|"
    # "will visit Port-au-Prince before the summit": between now and the summit
    r"(?P<ahead>(?:before|ahead\s+of)\s+the\s+(?:\w+\s+)?(?P<whatb>summit|meeting|talks|"
    r"conference|session))|"
    # "By then the two sides hope to sign": by the last day of the event told before
    r"(?P<bythen>(?<![\w-])by\s+then)|"
    # "Venezuela's minister later met the secretary-general": the day of the event told before
    r"(?P<later>later|then)(?=\s+(?:met|held|visited|received|hosted|spoke|signed|travell?ed|flew|"
    r"arrived|called|attended|joined)\b)"
    r")\b"
)
# What "during the visit" refers to: events of these types
DURING_TYPES = {
    "visit": ("visit",),
    "trip": ("visit",),
    "tour": ("visit",),
    "talks": ("meeting", "conference"),
    "meeting": ("meeting", "conference"),
    "summit": ("conference", "meeting"),
    "conference": ("conference", "meeting"),
    "consultations": ("meeting", "conference"),
    "negotiations": ("meeting", "conference"),
    "discussions": ("meeting", "conference"),
    "audience": ("meeting",),
    "conversations": ("meeting",),
}


def ahead_of_other(rel: re.Match[str] | None) -> bool:
    """Whether ``rel`` leaves a day told elsewhere (a heading's) as the event's: none at all, or
    "before" / "ahead of the summit", which names no day of its own."""
    return rel is None or bool(rel.group("ahead"))


def find_relative(text: str, begin: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first relative date expression in ``text[begin:end]``, if any."""
    return RELATIVE.search(text, begin, len(text) if end is None else end)


def resolve_relative(m: re.Match[str], ref: DateSpan) -> DateSpan | None:
    """The span ``m`` names, counted from the reference span ``ref`` (None when ``ref`` has none).

    >>> s = DateSpan(dt.date(2024, 3, 2), dt.date(2024, 3, 2), "day", "2 March")
    >>> resolve_relative(find_relative("two days later"), s).start
    datetime.date(2024, 3, 4)
    """
    if ref.start is None or ref.end is None or m.group("ahead"):
        return None  # "before the summit" needs the publication date: see resolve_ahead
    text = m.group(0)
    day = dt.timedelta(days=1)
    if m.group("same") and re.search(r"(?i)(?:morning|afternoon|evening|night)$", text):
        return _day(ref.start, text)  # "arrived for a two-day stay … the same afternoon"
    if m.group("same") or m.group("during") or m.group("later"):
        return DateSpan(ref.start, ref.end, ref.precision, text, "relative")
    if m.group("n"):
        n = _NUMBER.get(m.group("n").lower()) or int(m.group("n"))
        if m.group("dir").lower() in ("earlier", "before"):
            return _day(ref.start - n * day, text)
        return _day((ref.start if ref.start == ref.end else ref.end) + n * day, text)
    if m.group("nthday"):
        return _nth_day(m.group("nth").lower(), ref, text)
    if m.group("ny"):
        return _later(_NUMBER.get(m.group("ny").lower()) or int(m.group("ny")), m, ref, text)
    if m.group("after"):
        return _day(ref.end, text)
    if m.group("eve"):
        return _day(ref.start - day, text)
    if m.group("bythen"):
        return _day(ref.end, text)
    if m.group("next"):
        return _day(ref.end + day, text)
    if m.group("prev") or m.group("preve"):
        return _day(ref.start - day, text)
    monday = ref.start - dt.timedelta(days=ref.start.weekday())
    if m.group("week").lower() == "earlier":
        return DateSpan(min(monday, ref.start), ref.start, "range", text, "relative")
    return DateSpan(ref.end, max(ref.end, monday + 6 * day), "range", text, "relative")


def resolve_ahead(m: re.Match[str], ref: DateSpan, published: dt.date) -> DateSpan | None:
    """ "will visit Port-au-Prince before the summit": from publication to the eve of the
    announced event ``ref`` (None when that is not ahead)."""
    if ref.start is None or ref.start - dt.timedelta(days=1) < published:
        return None
    return DateSpan(published, ref.start - dt.timedelta(days=1), "range", m.group(0), "relative")


def _later(n: int, m: re.Match[str], ref: DateSpan, text: str) -> DateSpan:
    """ "a year later" (that whole year), "two months later" (that month), "a week later" (that
    week): as precise as the unit, counted from the reference's first day."""
    start = ref.start or dt.date.min
    unit = m.group("unit").lower()
    if unit == "week":
        day = start + dt.timedelta(days=7 * n)
        monday = day - dt.timedelta(days=day.weekday())
        return DateSpan(monday, monday + dt.timedelta(days=6), "week", text, "relative")
    if unit == "year":
        return DateSpan(
            dt.date(start.year + n, 1, 1), dt.date(start.year + n, 12, 31), "year", text, "relative"
        )
    year, month = divmod(start.year * 12 + start.month - 1 + n, 12)
    first = dt.date(year, month + 1, 1)
    return DateSpan(first, month_end(year, month + 1), "month", text, "relative")


_NTH_DAY = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_day(nth: str, ref: DateSpan, text: str) -> DateSpan | None:
    """ "on the second day": that day of the reference span; "the final day": its last."""
    assert ref.start is not None and ref.end is not None
    if nth not in _NTH_DAY:
        return _day(ref.end, text)
    day = ref.start + dt.timedelta(days=_NTH_DAY[nth])
    return _day(day, text) if day <= ref.end else None


def _day(day: dt.date, text: str) -> DateSpan:
    return DateSpan(day, day, "day", text, "relative")


def counts_back(m: re.Match[str]) -> bool:
    """ "the previous day", "two days earlier": a day before the one it is counted from."""
    return bool(
        m.group("prev")
        or m.group("preve")
        or (m.group("n") and m.group("dir").lower() in ("earlier", "before"))
    )
