"""Documents that are not running prose: the structure of a page and each block's context.

Government pages, diaries, digests and transcripts state much of an event's time and place in
their layout rather than in the sentence. :class:`Layout` reads the lines of such a page one by
one and gives each paragraph its :class:`Block`:

* **Date headings** ("MONDAY 2 MARCH", "Wednesday, January 22, 2020", "SATURDAY 7 – SUNDAY 8
  MARCH", a factbox's "OCT 22-24 - BRICS SUMMIT, KAZAN"): the items below are on that day, up to
  the next date heading or a heading that names another time frame ("THE PAST WEEK", "LOOKING
  AHEAD", "ALREADY HELD - …", "DATE TO BE SET - …").
* **Place headings** ("HANOI", "Nairobi, Kenya") and, below a date heading or after an earlier
  item of the kind, an item opening "CITY —": the items below (or the item) are in that city.
* **"In CITY," openings** ("In Accra, the Deputy Secretary will sign …"): the paragraph's
  further sentences are in that city.
* **Markers** opening a line: bullets ("• ", "- ", "* "), numbers ("1. ", "(2) "), times of a
  schedule or a live blog ("10:15 a.m.", "14:05 —", "Updated 3:20 pm", "8:30 a.m. LOCAL") and
  speakers of a transcript ("Press Secretary TAKEDA:", "Q:"): :func:`marker_end` says where the
  text proper begins, so the marker is neither an actor nor a date of the item.
* **Live blogs** whose entries open with a time stamp ("18:42", "17:55 —", …), newest first
  or in the order they happened (:mod:`mapapp.extract.live_pages`): their entries are told on
  the blog's day, at its host city.
* **Items without a subject** ("• Meets the Kenyan foreign minister in London.", "Held talks
  with …" in a digest): :func:`subjectless` reads the capitalised verb that opens them as the
  verb it is.
* **Questions** of a transcript ("Q:", "REPORTER (…):"): what a reporter asks states no event.

Every rule reads one line (at most :data:`_LOOK` characters of it), so the work is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mapapp import gazetteer
from mapapp.extract.calendar_words import MONTH as _MONTH
from mapapp.extract.dated_entries import ENTRIES, entry_end, is_upcoming
from mapapp.extract.datelines import match_dateline
from mapapp.extract.diary_lines import diary_place
from mapapp.extract.entry_cities import entry_city
from mapapp.extract.heading_cities import heading_city
from mapapp.extract.landmarks import landmark_place
from mapapp.extract.live_pages import STAMP, forward
from mapapp.extract.report_turns import asks

__all__ = ["Block", "Layout", "forward", "marker_end", "subjectless"]

_LOOK = 200
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NUMERIC = r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}"  # "06.12.2010", "2010-12-06"
_ONE_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}|{_NUMERIC}|{_DAY})"
    r"(?:,?\s+\d{4})?"
)
# A heading that is a date and nothing else, or a range of two ("SATURDAY 7 – SUNDAY 8 MARCH",
# a week in review's "Tuesday and Wednesday"); a factbox's or calendar's heading may name its
# item after a dash ("OCT 22-24 - BRICS SUMMIT, KAZAN", "12 March: EU-Japan summit, Tokyo")
_DATE_HEADING = re.compile(
    rf"(?i)^\W*(?P<date>{_ONE_DATE}(?:\s*(?:–|—|-|to|and|&)\s*{_ONE_DATE})?|"
    rf"{_WEEKDAY}(?:\s*(?:–|—|-|to|and|&)\s*{_WEEKDAY})?)"
    rf"(?:\s*\({_WEEKDAY}\)|,\s*{_WEEKDAY}(?=[\s.:,—–-]*$))?"  # "04.01.2016 (Monday)"
    r"(?:[\s.:,—–-]*$|\s*(?:[—–:]|\s-)\s+(?P<item>[^\W\d_].*)$)"
)
# "Public Schedule for Friday, November 21, 2025", "DAILY AGENDA — 3 June 2025": a schedule's
# title that ends with its day
_TITLED_DATE = re.compile(
    r"(?i)^\W*(?:(?:public|daily|official|weekly|the)\s+)*(?:schedule|agenda|diary|programme|"
    r"program|itinerary|calendar|appointments|engagements)\b[^\d\n]{0,30}?(?:\bfor|\bof|—|–|-|:)"
    rf"\s*(?P<date>(?:{_WEEKDAY},?\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})"
    r"(?:,?\s+\d{4})?)[\s.]*$"
)
_LOCATION = re.compile(r"(?i)^(?:location|venue|place)\s*:\s*(?P<where>\S.*)$")
_AHEAD = re.compile(
    r"(?i)\b(?:(?:week|days|month)\s+ahead|coming\s+(?:up|week|days)|next\s+week|upcoming|"
    r"preview|look[\s-]ahead)\b"
)
# A heading naming another time frame: the date of the heading above no longer holds
_TIME_FRAME = re.compile(
    r"(?i)\b(?:ahead|past|last|next|previous|coming|earlier|later|recap|(?:up|forth)coming|already|"
    r"this\s+week|in\s+brief|looking|(?:date|dates|day)\s+(?:to\s+be\s+|not\s+yet\s+)?"
    r"(?:set|fixed|confirmed|announced|decided|determined|unknown)|tb[acd])\b"
)
# "Next week", "THE WEEK AHEAD" below a diary's days: the items below are in the week (month) after
_NEXT_PERIOD = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:next\s+(?P<a>week|month)|coming\s+(?P<b>week|month)|"
    r"(?P<c>week|month)\s+ahead)\W*$"
)
_BULLET = r"[•·▪◦‣●○■□➢►\-\*–—]\s+"
_NUMBER = r"(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)\s+"
_CLOCK = (
    r"(?:(?i:updated)\s+)?(?:at\s+)?\d{1,2}(?:[:.]\d{2})\s*(?:[ap]\.?\s?m\.?)?(?:\s+(?:local|[A-Z]{2,5}T?))?"
    r"|(?:(?i:updated)\s+)?\d{1,2}\s*[ap]\.?\s?m\.?(?:\s+(?:local|[A-Z]{2,5}T?))?"
)
_TIME = rf"(?:{_CLOCK})(?:\s*(?:–|—|-|:|\|)\s*|\s+)"
# "Press Secretary TAKEDA:", "Q:", "MR. KIRBY:", "REPORTER (Kanto Shimbun, Ms. Ueda):"
_SPEAKER = (
    r"(?:[A-Z][\w.’'-]*\s+){0,4}?(?:Q|A|[A-Z][A-Z.’'-]+)(?:\s+[A-Z][A-Z.’'-]+){0,2}"
    r"(?:\s*\([^()\n]{1,60}\))?\s*:\s+"
)
_MARKER = re.compile(rf"(?:(?:{_BULLET})|(?:{_NUMBER}))?(?:{_TIME})?")
_SPEAKER_AT = re.compile(_SPEAKER)
_LIST_ITEM = re.compile(rf"(?:{_BULLET}|(?:{_CLOCK})(?:\s*(?:–|—|-|:|\|)\s*|\s+))")
_TIMED = re.compile(rf"(?:{_CLOCK})\s")
_IN_CITY = re.compile(
    r"^In\s+(?P<city>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?:,\s+[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,2})?,\s"
)
# "Brasília — Brazil's president holds talks …", "Astana: signing of …": an item of a diary
# that opens with its city
_ITEM = re.compile(r"(?P<city>[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,3}?)(?:\s*[—–]|:)\s+")
# "Deputy Secretary Ruiz is on travel to Lima, Peru, March 3-4, and Quito, Ecuador, March 5":
# a schedule's section whose person is abroad; each stop with its days
_ON_TRAVEL = re.compile(
    r"\b(?:is|are)\s+(?:on\s+(?:official\s+)?travel|travel+ing|on\s+an?\s+(?:\w+\s+)?"
    r"(?:trip|visit|tour))\s+to\b"
)
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
_STOP = re.compile(
    rf"(?P<city>{_NAME}),\s+(?:{_NAME},\s+)?(?:from\s+|on\s+)?"
    rf"(?P<date>(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:\s*(?:[-–]|to)\s*\d{{1,2}})?"
    rf"(?:\s+{_MONTH})?(?:,?\s+\d{{4}})?)"
)
# A live blog's host city: "G20 summit in Johannesburg – live", "Good morning from Phuket"
# a city's name of up to three words, with the small words inside some ("Dar es Salaam")
_INNER = r"(?:(?:es|de|del|de\s+la|da|do|dos|das|of|of\s+the|el|al|la|le|du|des|sur|am)\s+)?"
_HOST_CITY = rf"[A-Z][\w’'.-]*(?:\s+{_INNER}[A-Z][\w’'.-]*){{0,2}}"
_HOST = re.compile(rf"\b(?:in|at|from)\s+(?P<city>{_HOST_CITY})")
_GREETING = re.compile(
    r"(?i)\b(?:(?:good\s+(?:morning|afternoon|evening)|welcome\s+\w*|live|hello|reporting)\s+"
    rf"(?:to\s+\w+\s+)?from|here\s+in)\s+(?-i:(?P<city>{_HOST_CITY}))"
)
_PLACE_HEADING = re.compile(
    r"^(?P<city>[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,2})"
    r"(?:,\s+[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,2})?$"
)


@dataclass(frozen=True)
class Block:
    """What a paragraph's place in the page says of its events.

    ``date``: the text of the date heading above it ("Monday 2 March"), resolved against the
    publication date by :mod:`mapapp.extract.blocks`; ``place``: the city its heading, item
    start or opening names; ``question``: a reporter's question in a transcript; ``opening``:
    the place comes from the paragraph's own "In CITY," (its first sentence names it);
    ``headed``: the place comes from a city heading above; ``stops``: the cities and days of a
    trip the section's person "is on travel to" (a schedule), for the items told after it;
    ``timed``: the paragraph opens with a time of day ("9:00 a.m. …"), a schedule's line;
    ``transcript``: the page is a transcript (two speakers' turns or more); ``ahead``: the
    page's title announces the days ahead ("THE WEEK AHEAD"), so a weekday is the next one;
    ``weekday``: the day among the heading's days a diary's line opens with ("Wednesday:
    Vilnius. …", :mod:`mapapp.extract.diary_lines`);
    ``entry``: an entry of a live blog, told on the blog's day (``date``, "today" without a
    date line) at its host city (``place``), as it happens; ``chronicle``: an entry of a
    chronology, dated by its own opening (:mod:`mapapp.extract.dated_entries`).
    """

    date: str | None = None
    place: gazetteer.Place | None = None
    question: bool = False
    opening: bool = False
    headed: bool = False
    stops: tuple[tuple[gazetteer.Place, str], ...] = ()
    timed: bool = False
    transcript: bool = False
    ahead: bool = False
    entry: bool = False
    chronicle: bool = False
    weekday: str | None = None


def marker_end(line: str) -> int:
    """Where the text proper of ``line`` begins, after a bullet, a number, a time stamp or a
    speaker's name (0 when the line opens with none).

    Examples
    --------
    >>> line = "10:15 a.m. Secretary Ruiz meets with the minister."
    >>> line[marker_end(line):]
    'Secretary Ruiz meets with the minister.'
    >>> marker_end("The minister met Ann.")
    0
    """
    line = line[:_LOOK]
    m = _MARKER.match(line)
    end = m.end() if m else 0
    # "WASHINGTON: …" is a dateline, "ANCHOR: …" a speaker
    dateline = match_dateline(line[end:])
    if (dateline is None or heading_city(dateline.group("city")) is None) and (
        s := _SPEAKER_AT.match(line, end)
    ):
        end = s.end()
    return end if line[end:].strip() else 0


def _host_city(name: str) -> gazetteer.Place | None:
    """A live blog's city: the longest run of the words after "in" that names one ("Dar es
    Salaam", not "Dar"; "Lima" of "Lima Tuesday")."""
    words = name.split()
    for size in range(len(words), 0, -1):
        if words[size - 1][:1].isupper() and (city := heading_city(" ".join(words[:size]), 10_000)):
            return city
    return None


def _date_heading(line: str) -> str | None:
    """The heading's date in title case ("MONDAY 2 MARCH" → "Monday 2 March"), or None."""
    if titled := _TITLED_DATE.match(line[:_LOOK]):
        line = titled.group("date")
    elif not (heading := _DATE_HEADING.match(line[:_LOOK])):
        return None
    else:
        line = heading.group("date")
        if not re.search(r"\d|day\b", line, re.I):
            return None
        if heading.group("item") and not re.search(r"[^\W\d_]", line):
            return None  # "2 - Background": a numbered section, not a day
    return " ".join(w.capitalize() if w.isupper() else w for w in line.split())


def _item_city(line: str) -> gazetteer.Place | None:
    """The city a date heading names after its dash ("Monday 10 September — Oslo", "NOV 11-22 -
    COP29, BAKU"), if any."""
    heading = _DATE_HEADING.match(line[:_LOOK])
    if heading is None or not heading.group("item"):
        return None
    item = heading.group("item").strip()
    for name in (item, item.rsplit(",", 1)[-1].strip()):
        if (m := _PLACE_HEADING.match(name)) and (city := heading_city(m.group("city"))):
            return city
    return None


class Layout:
    """The context of a page read line by line: :meth:`heading` for each heading line (no
    closing punctuation), :meth:`text` for each paragraph, which returns its :class:`Block`.
    ``live``: the page is a live blog (:mod:`mapapp.extract.live_pages`), whose times say when
    things happened, not what is planned."""

    def __init__(self, *, live: bool = False) -> None:
        self.live = live  # a live blog: its times say when things happened, not a plan
        self.date: str | None = None
        self.place: gazetteer.Place | None = None
        self.places = 0  # place headings so far
        self.stops: tuple[tuple[gazetteer.Place, str], ...] = ()  # the section's trip
        self.days = 0  # date headings so far, each with text below it
        self.told = True  # a paragraph since the last date heading
        self.turns = 0  # paragraphs opening with a speaker's name ("Q:", "MR. KIRBY:")
        self.ahead = False  # the page is about the days ahead ("WEEK AHEAD", "Coming up")
        self.timed = 0  # paragraphs opening with a time of day ("10:15 a.m.")
        self.host: gazetteer.Place | None = None  # a live blog's city (its title's, its greeting's)
        self.entries = False  # a live blog's first time stamp was read: its entries follow
        self.chronicles = 0  # paragraphs opening with their own date ("Feb. 8 - …")
        self.upcoming = False  # below a heading of the days ahead ("Coming up:")

    @property
    def dated(self) -> bool:
        """A diary (two date headings or more) or a schedule (two timed lines or more): its
        date headings date the items below. A single date line is a page's publication date."""
        return self.days >= 2 or self.timed >= 2

    @property
    def sectioned(self) -> bool:
        """Sections by city (two city headings or more) or by day: a city heading places the
        items below. A single city line is where the page was written."""
        return self.dated or self.places >= 2

    def heading(self, line: str) -> None:
        """A heading line: a date, a city, or another time frame."""
        line = line.strip()[:_LOOK]
        self._live_line(line, _HOST)
        self.upcoming = is_upcoming(line) or (self.upcoming and not _TIME_FRAME.search(line))
        if self.date is None and self.days == 0 and _AHEAD.search(line):
            self.ahead = True  # said above the first day
        if date := _date_heading(line):
            # "March 4, 2025" then "Updated March 5, 2025" above the text: one byline
            self.date, self.place, self.days = date, _item_city(line), self.days + self.told
            self.told = False
        elif (m := _PLACE_HEADING.match(line)) and (city := heading_city(m.group("city"))):
            self.place, self.places = city, self.places + 1
        elif _TIME_FRAME.search(line) and not re.search(r"\d", line):
            period = _NEXT_PERIOD.match(line) if self.days else None
            self.date = f"next {period['a'] or period['b'] or period['c']}" if period else None
            self.place = None
        if not re.match(r"[(\[]|[^:]*:", line):  # a new section, not "(CLOSED PRESS)"
            self.stops = ()

    def location(self, line: str) -> gazetteer.Place | None:
        """The city a schedule's "LOCATION: Treaty Room, Department of State" or "Venue: State
        House, Accra" line names for the item above it, if any (a city or a known site)."""
        m = _LOCATION.match(line.strip()[:_LOOK])
        if m is None:
            return None
        for part in reversed(m.group("where").split(",")):
            name = part.strip()
            if place := landmark_place(name) or heading_city(name, 10_000):  # named as the place
                return place
        return None

    def is_item(self, line: str) -> bool:
        """A line without closing punctuation that is still text: a bullet or a schedule's
        timed line of four words or more ("• Colombia and Ecuador sign a border agreement in
        Quito"), or below a date heading an item opening with its city ("LIMA — Peru's
        foreign minister receives …")."""
        line = line.strip()[:_LOOK]
        m = _LIST_ITEM.match(line)
        if m is None and self.date:
            m = match_dateline(line) or _ITEM.match(line)
            m = m if m and heading_city(m.group("city")) else None
        return m is not None and len(line[m.end() :].split()) >= 4

    def text(self, line: str) -> Block:
        """A paragraph: its block (the headings' context, its own item start or opening)."""
        whole = line.strip()
        line = whole[:_LOOK]
        start = marker_end(line)
        self.told = True
        if self._live_line(line, _GREETING):
            return Block(self.date or "today", None, entry=True)
        timed = _TIMED.match(line) is not None and not self.live
        self.timed += timed
        question = start > 0 and asks(line[:start], whole)  # a bulletin's reporter tells
        self.turns += start > 0 and line[:start].rstrip().endswith(":")
        place, opening = self.place, False
        item = match_dateline(line[start:]) or _ITEM.match(line, start)
        if item and (city := heading_city(item.group("city"))):
            place = city if self.date else place  # an item of a diary's day
        elif (m := _IN_CITY.match(line, start)) and (city := heading_city(m.group("city"))):
            place, opening = city, True
        weekday = None  # a diary's line: "Brussels. Attends …", "…, Ministry, Oslo."
        if self.date and place is self.place and (diary := diary_place(whole[start:])):
            weekday, place = diary
        stops = self.stops
        if self.date and _ON_TRAVEL.search(line, start):  # the stops ahead of the section
            self.stops = tuple(
                (city, m.group("date"))
                for m in _STOP.finditer(line)
                if (city := heading_city(m["city"]))
            )
        if chronicle := entry_end(line[start:]):  # "Feb. 8 - The ministers meet …"
            self.chronicles += 1
            place = entry_city(line[start + chronicle[1] :], heading_city) or place  # "— Lima. …"
            ahead = self.ahead or self.upcoming
            return Block(
                chronicle[0],
                place,
                question,
                opening,
                place is self.place,
                ahead=ahead,
                chronicle=True,
            )
        if self.date is None and place is None and not question:
            return Block()
        block = Block(self.date, place, question, opening, place is self.place, stops, timed)
        return replace(block, ahead=self.ahead, weekday=weekday)

    def _live_line(self, line: str, host: re.Pattern[str]) -> bool:
        """Note a live blog's host city and first time stamp; whether ``line`` is an entry."""
        if not self.live:
            return False
        if self.host is None:
            self.host = next((c for m in host.finditer(line) if (c := _host_city(m["city"]))), None)
        self.entries = self.entries or STAMP.match(line[:40]) is not None
        return self.entries

    def settle(self, block: Block) -> Block:
        """The block once the whole page is read: a date line or a city line under the title
        says when and where the page was written, not where its items are."""
        if block.entry:  # a live blog's entry: at its host city, wherever it was first named
            return replace(block, place=self.host)
        chronicle = block.chronicle and self.chronicles >= ENTRIES
        date = block.date if self.dated or chronicle else None
        place = block.place if self.sectioned or not block.headed else None
        transcript = self.turns >= 2  # "Reuters: Will the premier attend …?" is asked too
        if (date, place, transcript, chronicle) == (
            block.date,
            block.place,
            block.transcript,
            block.chronicle,
        ):
            return block
        return replace(block, date=date, place=place, transcript=transcript, chronicle=chronicle)


# The verbs a diary's or a digest's item opens with when it leaves out its subject
_ITEM_VERB = re.compile(
    r"^(\s*)(?:Meets|Met(?=\s+[a-z])|Attends|Attended|Travels|Travelled|Traveled|Hosts|Hosted|Holds|Held|"
    r"Receives|Received|Visits|Visited|Departs|Departed|Leaves|Signs|Signed|Chairs|Chaired|"
    r"Co-chairs|Co-chaired|Welcomes|Welcomed|Arrives|Arrived|Joins|Joined|Flies|Flew|Returns|"
    r"Returned|Participates|Participated|Speaks|Spoke|Calls|Called|Pays|Paid|Addresses|"
    r"Addressed|Opens|Opened|Concludes|Concluded|Begins|Began)\b(?!\s+(?:by|of)\b)"
)


def subjectless(masked: str) -> str:
    """The sentence with the capitalised verb that opens an item without a subject in lower
    case ("Meets the Kenyan foreign minister in London." → "meets …"), the same length.

    Examples
    --------
    >>> subjectless("   Travels to Warsaw for talks.")
    '   travels to Warsaw for talks.'
    >>> subjectless("Kenya met Uganda.")
    'Kenya met Uganda.'
    >>> subjectless("Met Office forecasts show rain.")
    'Met Office forecasts show rain.'
    """
    m = _ITEM_VERB.match(masked)
    if m is None:
        return masked
    at = m.end(1)
    return masked[:at] + masked[at].lower() + masked[at + 1 :]
