"""The US Office of the Historian's records: trips of Presidents and Secretaries of State abroad
(``state-travels``) and visits of foreign leaders to the US (``state-visits``).

Decisions:

* **One event per place of a trip.** A trip's locale often names several cities ("Tel Aviv,
  Jerusalem"); each city the gazetteer places becomes an event (a leg), so the map shows every
  place the traveller went. Legs share the trip's dates (the record does not say which day was
  spent where) and the id gets a leg suffix: ``state-travel-2121-1``, ``-2``; a trip with one
  place keeps ``state-travel-3992``. A trip whose locale names no place the gazetteer knows (or no
  locale) is one event at country precision; the import notes list those locales with a count.
* **Duplicates are merged.** The Historian recorded some trips twice under two ids (3992 and
  4019). Two trip records are one trip when traveller, country, locale and start date agree and
  the remarks are equal or one continues the other; the lower id is kept, with the longer remarks
  and the wider dates, and the other id is listed in ``merged_records`` and the notes. Records
  that differ in their remarks are kept apart (a return the same day is a second visit).
* **Dates** are the record's start and end (``day`` precision when one day, else ``range``).
* **Who and what.** Trips: the traveller (as the Historian names them, or the actors table's
  canonical name) and the counterparts the remarks name (found by the extraction module's actor
  rule); ``conference`` when the remarks say a summit, conference or ministerial was attended,
  otherwise ``visit``. Visits: the visitor with their title as written, and ``visitor_country``;
  the place is the US city the description says the visit happened in, else Washington, DC,
  marked ``inferred`` (the record gives no place).
* **Source**: the Historian's page for the traveller (trips) or the decade (visits), its list
  title, and the remarks or description verbatim as ``source_quote``.

Extra columns: ``dataset``, ``record_id``, ``traveller_role`` (president, secretary of state,
visiting leader: what the map colours by), ``visitor_country``, ``merged_records``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import geopandas as gpd
import pandas as pd

from mapapp.errors import Problem, quote
from mapapp.model import WGS84
from mapapp.readers.result import (
    ImportResult,
    NoUsableRowsError,
    build_result,
    raise_nothing_usable,
)
from mapapp.readers.state_actors import canonical, counterparts, event_type_for
from mapapp.readers.state_places import (
    Country,
    country_of,
    country_place,
    locale_legs,
    visit_place,
)
from mapapp.readers.state_xml import XmlRecord

PUBLISHER = "Office of the Historian, U.S. Department of State"
SITE = "https://history.state.gov/departmenthistory"
ROLE_TITLES = {"president": "President", "secretary": "Secretary of State"}
# traveller_role values: what the dataset's colours mean.
ROLE_LABELS = {"president": "president", "secretary": "secretary of state"}
VISITING_LEADER = "visiting leader"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WASHINGTON_NOTE = (
    "the record gives no place; a visit by a foreign leader is received in Washington, DC unless "
    "the description names another place"
)


def _bad_record(record: XmlRecord, kind: str) -> Problem | None:
    """Why a record cannot be used (no id, no valid dates), or None."""
    rid = record.text("id")
    label = f"{kind} {rid}" if rid else f"a {kind} with no id"
    if not rid.isdigit():
        return Problem(
            record.file,
            record.line,
            "id",
            f"{label}: id {quote(rid)} is not a number",
            "every record needs its numeric <id>",
        )
    start, end = record.text("start-date"), record.text("end-date") or record.text("start-date")
    for column, value in (("start-date", start), ("end-date", end)):
        if not _is_day(value):
            return Problem(
                record.file,
                record.line,
                column,
                f"{label}: {quote(value)} is not a date",
                "write dates as YYYY-MM-DD",
            )
    if end < start:
        return Problem(
            record.file,
            record.line,
            "end-date",
            f"{label}: ends {end} before it starts {start}",
            "swap the dates or correct one of them",
        )
    return None


def _is_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return bool(_ISO_DAY.match(text))


def _norm(text: str) -> str:
    return text.casefold().rstrip(". ")


def _merge_duplicates(
    records: list[XmlRecord], notes: list[str]
) -> tuple[list[XmlRecord], dict[int, list[str]]]:
    """Fold trips recorded twice into the first record (see the module docstring)."""
    kept: list[XmlRecord] = []
    merged: dict[int, list[str]] = {}
    by_key: dict[tuple[str, ...], list[int]] = {}
    folded: list[str] = []
    for record in records:
        country = record.field_attrs.get("country", {}).get("id", "")
        key = (
            record.attrs.get("who", record.text("name")),
            country,
            _norm(record.text("locale")),
            record.text("start-date"),
        )
        remarks = _norm(record.text("remarks"))
        for index in by_key.get(key, []):
            first = kept[index]
            other = _norm(first.text("remarks"))
            if remarks.startswith(other) or other.startswith(remarks):
                if len(record.text("remarks")) > len(first.text("remarks")):
                    first.fields["remarks"] = record.text("remarks")
                first.fields["end-date"] = max(first.text("end-date"), record.text("end-date"))
                merged.setdefault(index, []).append(record.text("id"))
                folded.append(f"{record.text('id')} into {first.text('id')}")
                break
        else:
            by_key.setdefault(key, []).append(len(kept))
            kept.append(record)
    if folded:
        notes.append(f"merged {len(folded)} trip records recorded twice: {', '.join(folded)}")
    return kept, {id(kept[i]): ids for i, ids in merged.items()}


def _base(record: XmlRecord, dataset: str) -> dict[str, Any]:
    start = record.text("start-date")
    end = record.text("end-date") or start
    return {
        "status": "occurred",
        "date_start": start,
        "date_end": end,
        "date_precision": "day" if start == end else "range",
        "source_publisher": PUBLISHER,
        "dataset": dataset,
        "record_id": record.text("id"),
    }


def _point(place: Any) -> tuple[float | None, float | None]:
    return (place.lat, place.lon) if place is not None else (None, None)


def trip_events(
    record: XmlRecord, merged: list[str], unplaced: Counter[str]
) -> list[dict[str, Any]]:
    """The events (one per place) of one trip record."""
    role = record.text("role") or record.attrs.get("role", "")
    name = record.text("name")
    traveller = canonical().get(name, name)
    remarks = record.text("remarks")
    country_tag = record.field_attrs.get("country", {})
    country = country_of(country_tag.get("id", ""), record.text("country"))
    who = record.attrs.get("who", "")
    base = _base(record, "state-travels") | {
        "event_type": event_type_for(remarks),
        "summary": remarks or None,
        "actors": [traveller, *counterparts(remarks, [traveller, name], country.code)],
        "source_url": f"{SITE}/travels/{role}/{who}" if who else f"{SITE}/travels",
        "source_title": f"Travels of the {ROLE_TITLES.get(role, role)}: {name}",
        "source_quote": remarks or f"{record.text('country')}: {record.text('locale')}".strip(),
        "traveller_role": ROLE_LABELS.get(role, role),
        "merged_records": "; ".join(f"state-travel-{m}" for m in merged) or None,
        "country_code": country.code,
        "title": f"{ROLE_TITLES.get(role, role)} {name}",  # " in <place>" is added per event
        "event_id": f"state-travel-{record.text('id')}",
    }
    locale = record.text("locale")
    legs, missing = locale_legs(locale, country.search, country.named_parts)
    if not legs:
        unplaced[locale or "(no locale)"] += 1
        return [_at_country(base, record, country)]
    return _legs(base, legs, missing, locale, country)


def _at_country(base: dict[str, Any], record: XmlRecord, country: Country) -> dict[str, Any]:
    """The one event of a trip whose locale names no place the gazetteer knows."""
    locale = record.text("locale")
    place = country_place(country)
    lat, lon = _point(place)
    why = (
        f"the locale {quote(locale)} names no place the offline gazetteer knows"
        if locale
        else "the record names no city"
    )
    return base | {
        "title": f"{base['title']} in {record.text('country') or country.code or '?'}",
        "place_name": locale or record.text("country") or None,
        "location_precision": "country" if place else "unknown",
        "location_basis": "stated",
        "location_note": _join(country.note, f"{why}: placed at the country"),
        "lat": lat,
        "lon": lon,
    }


def _legs(
    base: dict[str, Any],
    legs: list[tuple[str, Any]],
    missing: list[str],
    locale: str,
    country: Country,
) -> list[dict[str, Any]]:
    """One event per place of a trip (ids get a leg suffix when there are several)."""
    others = f"not placed: {', '.join(missing)}" if missing else None
    several = len(legs) > 1
    events = []
    for number, (leg_name, place) in enumerate(legs, start=1):
        where = (
            f"place {number} of {len(legs)} of this trip ({locale}); the record does not say "
            "which days were spent where"
        )
        events.append(
            base
            | {
                "event_id": f"{base['event_id']}-{number}" if several else base["event_id"],
                "title": f"{base['title']} in {leg_name}",
                "place_name": leg_name,
                "location_precision": place.precision,
                "location_basis": "stated",
                "country_code": country.code_at(place),
                "location_note": _join(country.note, where if several else None, others),
                "lat": place.lat,
                "lon": place.lon,
            }
        )
    return events


def visit_event(record: XmlRecord) -> dict[str, Any]:
    """The event of one visit record."""
    description = record.text("description")
    visitor = record.text("visitor")
    origin = record.field_attrs.get("from", {})
    country: Country = country_of(origin.get("id", ""), record.text("from"))
    year = int(record.text("start-date")[:4])
    decade = year // 10 * 10
    stated = visit_place(description)
    from_label = record.text("from") or "abroad"
    base = _base(record, "state-visits") | {
        "event_id": f"state-visit-{record.text('id')}",
        "event_type": event_type_for(description),
        "summary": description or None,
        "actors": [visitor, *counterparts(description, [visitor], "US")] if visitor else [],
        "country_code": "US",
        "source_url": f"{SITE}/visits/{decade}",
        "source_title": f"Visits by Foreign Leaders of the {decade}s",
        "source_quote": description or f"{visitor} ({from_label})",
        "traveller_role": VISITING_LEADER,
        "visitor_country": country.code,
        "visitor": visitor or None,
    }
    if stated is not None:
        name, place = stated
        return base | {
            "title": f"{visitor} ({from_label}) in {name}",
            "place_name": name,
            "location_precision": place.precision,
            "location_basis": "stated",
            "location_note": None,
            "lat": place.lat,
            "lon": place.lon,
        }
    return base | {
        "title": f"{visitor} ({from_label}) visits Washington",
        "place_name": "Washington, DC",
        "location_precision": "city",
        "location_basis": "inferred",
        "location_note": _WASHINGTON_NOTE,
        "lat": 38.8951,
        "lon": -77.0364,
    }


def _join(*parts: str | None) -> str | None:
    text = "; ".join(p for p in parts if p)
    return text or None


def read_state(tag: str, records: list[XmlRecord], *, file: str, notes: list[str]) -> ImportResult:
    """Read the records of one or more Historian files of one kind into events.

    Parameters
    ----------
    tag : {"trips", "visits"}
        The files' root element (see :func:`mapapp.readers.state_xml.parse_records`).
    records : list of XmlRecord
        Their records, in file order; each knows its file and line.
    file : str
        The file, or the folder they come from, for messages about them all.
    notes : list of str
        Decisions and counts are appended here.

    Returns
    -------
    ImportResult
        ``format`` is "state-travels" or "state-visits"; ``rows`` are the records' line numbers;
        every refusal names the record's own file and line, and its id.
    """
    kind = "trip" if tag == "trips" else "visit"
    rejected: list[Problem] = []
    good = []
    for record in records:
        problem = _bad_record(record, kind)
        if problem is None:
            good.append(record)
        else:
            rejected.append(problem)
    out: list[dict[str, Any]] = []
    sources: list[XmlRecord] = []
    unplaced: Counter[str] = Counter()
    if kind == "trip":
        good, merged = _merge_duplicates(good, notes)
        for record in good:
            for event in trip_events(record, merged.get(id(record), []), unplaced):
                out.append(event)
                sources.append(record)
    else:
        for record in good:
            out.append(visit_event(record))
            sources.append(record)
    if unplaced:
        shown = ", ".join(
            f"{quote(k, 40)} ×{v}" if v > 1 else quote(k, 40) for k, v in unplaced.most_common(12)
        )
        notes.append(
            f"placed {sum(unplaced.values())} trip records at their country: the offline "
            f"gazetteer knows no place in their locale ({shown}"
            f"{' …' if len(unplaced) > 12 else ''}); add such places to geodata/places.csv"
        )
    fmt = f"state-{'travels' if kind == 'trip' else 'visits'}"
    if not out:
        result = ImportResult(_empty_frame(), rejected, notes, fmt, len(records), [])
        raise_nothing_usable(result, file)
    # build_result numbers the events 1..n; its problems are then put back on each record's
    # own file and line.
    positions = list(range(1, len(out) + 1))
    later: list[Problem] = []
    try:
        result = build_result(
            pd.DataFrame(out),
            positions,
            file=file,
            format=fmt,
            rejected=later,
            notes=notes,
            source_rows=len(records),
        )
    except NoUsableRowsError as err:
        err.result.rejected = rejected + [_relocate(p, sources) for p in later]
        raise
    result.rejected = rejected + [_relocate(p, sources) for p in later]
    result.rows = [sources[pos - 1].line for pos in result.rows]
    return result


def _relocate(problem: Problem, sources: list[XmlRecord]) -> Problem:
    """A problem found on event n, told against its record's file and line, with the id."""
    if problem.row is None:
        return problem
    record = sources[problem.row - 1]
    return Problem(
        record.file,
        record.line,
        problem.column,
        f"record {record.text('id')}: {problem.message}",
        problem.hint,
    )


def _empty_frame() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"geometry": []}, geometry="geometry", crs=WGS84)
