"""GDELT 2.0 events exports: 61 tab-separated fields, no header (from GDELT's event codebook).

* By default only CAMEO roots 03–05 (intent to cooperate, consult, diplomatic cooperation) and
  code 125 (reject a proposal to meet: a declined meeting) are kept; ``keep_all=True`` keeps
  everything (other codes map to "other", 18x/19x to military_strike). A note says how many rows
  were set aside.
* One meeting is many rows (042 visit + 043 host, 044/046 in both directions, several articles):
  rows with the same SQLDATE, ActionGeo place, code family (04x consultations except 041 phone
  calls; otherwise the 3-digit base code) and actor pair in either order become one event, with
  every SOURCEURL in ``source_urls`` (``source_url`` is the first) and both actors.
* SQLDATE is the event day; DATEADDED is kept in ``date_added`` (UTC, ISO 8601) and its day is
  ``source_published``. ActionGeo country codes are FIPS 10-4, turned into ISO alpha-2.
* GDELT rows carry no article text: the title stands in as ``source_quote`` (noted).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mapapp.countries import fips_to_iso
from mapapp.errors import Problem, ProblemList, quote
from mapapp.readers.gdelt_actors import actor_names
from mapapp.readers.generic import map_table
from mapapp.readers.limits import current as current_limits
from mapapp.readers.result import ImportResult, build_result
from mapapp.readers.text import too_many_rows

FIELDS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{i}{f}"
        for i in (1, 2)
        for f in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{who}Geo_{f}"
        for who in ("Actor1", "Actor2", "Action")
        for f in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    ),
    "DATEADDED",
    "SOURCEURL",
)
DIPLOMATIC_ROOTS = ("03", "04", "05")
# Kept by default although its root (12, reject) is not diplomatic cooperation: a refused meeting.
DECLINED_MEETING = "125"
# ActionGeo_Type → location_precision ("" lets the reader decide: 0 means no place).
_GEO_TYPE = {"1": "country", "2": "region", "3": "city", "4": "city", "5": "region"}
_LABELS = {
    "030": "Express intent to cooperate",
    "036": "Express intent to meet or negotiate",
    "040": "Consult",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "045": "Mediate",
    "046": "Engage in negotiation",
    "050": "Engage in diplomatic cooperation",
    "051": "Praise or endorse",
    "052": "Defend verbally",
    "053": "Rally support",
    "054": "Grant diplomatic recognition",
    "055": "Apologize",
    "056": "Forgive",
    "057": "Sign formal agreement",
    "125": "Reject proposal to meet or negotiate",
    "180": "Use unconventional violence",
    "190": "Use conventional military force",
    "193": "Fight with small arms",
    "194": "Fight with artillery and tanks",
    "195": "Employ aerial weapons",
}
_ROOT_LABELS = {
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Diplomatic cooperation",
    "18": "Assault",
    "19": "Fight",
}
# When rows of one meeting carry several codes, the title uses the first of these present.
_CODE_PRIORITY = ("042", "043", "044", "046", "045", "040")
# A data row: a numeric id, then 60 more tab-separated fields, on one line. No field can hold a
# tab or a line end, so the scan never backtracks: it is linear in the text.
_GOOD_ROW = re.compile(r"^\d+\t(?:[^\t\n]*\t){59}[^\t\n]*$", re.MULTILINE)
_BLANK_LINE = re.compile(r"^[^\S\n]*$", re.MULTILINE)
# The fields the reader uses (the rest are not read, which halves the time).
USED: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor2Code",
    "Actor2Name",
    "EventCode",
    "EventRootCode",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)
_HOST = r"(?i)^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#@]+)"


def looks_like_gdelt(first_line: str) -> bool:
    """True when a line is a GDELT 2.0 events row (61 tab-separated fields, numeric id and date)."""
    fields = first_line.rstrip("\r\n").split("\t")
    return (
        len(fields) == len(FIELDS)
        and fields[0].isdigit()
        and bool(re.fullmatch(r"\d{8}", fields[1]))
    )


def event_kind(code: str) -> tuple[str, str]:
    """(event_type, status) for a CAMEO event code such as "042"."""
    if code == "036":
        return "meeting", "announced"
    if code == "125" or code.startswith("125"):
        return "meeting", "declined"
    if code.startswith("041"):
        return "call", "occurred"
    if code[:3] in ("042", "043"):
        return "visit", "occurred"
    if code.startswith("04"):
        return "meeting", "occurred"
    if code.startswith("057"):
        return "agreement", "occurred"
    if code.startswith(("05", "03")):
        return "statement", "occurred"
    if code.startswith(("18", "19")):
        return "military_strike", "occurred"
    return "other", "occurred"


def read_gdelt(text: str, *, file: str, notes: list[str], keep_all: bool = False) -> ImportResult:
    """Read a GDELT 2.0 events export into events; see :func:`mapapp.readers.read_file`."""
    frame, lines, rejected = _table(text, file, notes)
    source_rows = len(frame) + rejected.total
    code = frame["EventCode"].str.zfill(3)
    root = frame["EventRootCode"].where(frame["EventRootCode"] != "", code.str[:2]).str.zfill(2)
    if not keep_all:
        diplomatic = (
            root.isin(DIPLOMATIC_ROOTS) | code.str.startswith(DECLINED_MEETING)
        ).to_numpy()
        if (~diplomatic).any():
            notes.append(
                f"set aside {int((~diplomatic).sum())} non-diplomatic GDELT rows (CAMEO "
                "roots other than 03–05 and 125); use --all-events to keep them"
            )
        frame, code = (
            frame[diplomatic].reset_index(drop=True),
            code[diplomatic].reset_index(drop=True),
        )
        lines = [line for line, keep in zip(lines, diplomatic, strict=True) if keep]
    groups = _groups(frame, code)
    record, heads, extras = _merge(frame, code, groups, notes)
    group_lines = [lines[h] for h in heads]
    result = map_table(record, group_lines, file=file, report_ignored=False)
    raw = result.raw
    position = {line: pos for pos, line in enumerate(group_lines)}
    at = [position[line] for line in result.rows]
    for name, values in extras.items():
        raw[name] = [values[i] for i in at]
    return build_result(
        raw,
        result.rows,
        file=file,
        format="gdelt",
        rejected=rejected + result.rejected,
        notes=[*notes, *result.notes],
        source_rows=source_rows,
    )


def _table(text: str, file: str, notes: list[str]) -> tuple[pd.DataFrame, list[int], ProblemList]:
    """The fields we use of every 61-field row, as strings, their line numbers, and refusals.

    Other lines (a wrong number of fields, an id that is not a number) are rejected. Good rows
    are found by one linear regular-expression scan and bad lines counted in C; only the bad
    lines whose problems are kept are looked at one by one, so a file of millions of bad lines
    costs a count, not a loop.
    """
    good: list[str] = []
    lines: list[int] = []
    max_rows = current_limits().max_rows
    number, pos = 1, 0
    for match in _GOOD_ROW.finditer(text):
        number += text.count("\n", pos, match.start())
        pos = match.start()
        good.append(match.group())
        lines.append(number)
        if len(good) > max_rows:
            raise too_many_rows(file, max_rows)
    total = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    blank = sum(1 for m in _BLANK_LINE.finditer(text) if m.start() < len(text))
    rejected, header = _bad_lines(text, file, set(lines), total - blank - len(good))
    if header:
        notes.append("skipped a header line (GDELT exports have none)")
    if not good:
        return pd.DataFrame(columns=list(USED), dtype=object), lines, rejected
    frame = pd.read_csv(
        io.StringIO("\n".join(good)),
        sep="\t",
        header=None,
        names=FIELDS,
        usecols=list(USED),
        dtype=object,
        keep_default_na=False,
        quoting=3,
        engine="c",
    )
    if "\r" in text:  # Windows line ends: only the last field carries the \r
        frame["SOURCEURL"] = frame["SOURCEURL"].str.rstrip("\r")
    return frame, lines, rejected


def _bad_lines(text: str, file: str, good: set[int], count: int) -> tuple[ProblemList, bool]:
    """The problems of the first bad lines (``count`` in all), and whether line 1 is a header."""
    rejected, header, seen = ProblemList(), False, 0
    expected = len(FIELDS) - 1
    for number, raw in enumerate(io.StringIO(text, newline="\n"), start=1):
        if seen >= count or not rejected.wants():
            break
        line = raw.rstrip("\n").rstrip("\r")
        if number in good or not line.strip():
            continue
        seen += 1
        tabs = line.count("\t")
        if number == 1 and tabs == expected:
            header = True
        elif tabs != expected:
            rejected.append(
                Problem(
                    file,
                    number,
                    None,
                    f"has {tabs + 1} tab-separated fields; GDELT 2.0 event rows "
                    f"have {len(FIELDS)} (starts {quote(line, 40)})",
                    "use the events export (*.export.CSV) of GDELT 2.0, not the mentions or GKG "
                    "files; a truncated download loses its last line",
                )
            )
        else:
            first = line.split("\t", 1)[0]
            rejected.append(
                Problem(
                    file,
                    number,
                    "GLOBALEVENTID",
                    f"{quote(first)} is not a number",
                    "GDELT event ids are whole numbers",
                )
            )
    rejected.count_more(count - seen)
    return rejected, header


def _family(code: pd.Series) -> pd.Series:
    consult = code.str.startswith("04") & ~code.str.startswith("041")
    return code.str[:3].where(~consult, "04")


def _actor(frame: pd.DataFrame, n: int) -> pd.Series:
    code, name = frame[f"Actor{n}Code"], frame[f"Actor{n}Name"]
    return code.where(code != "", name)


def _groups(frame: pd.DataFrame, code: pd.Series) -> np.ndarray:
    """Group number of every row: rows of one meeting share it."""
    a1, a2 = _actor(frame, 1), _actor(frame, 2)
    low, high = a1.where(a1 <= a2, a2), a2.where(a1 <= a2, a1)
    place = frame["ActionGeo_FeatureID"].where(
        frame["ActionGeo_FeatureID"] != "", frame["ActionGeo_FullName"]
    )
    place = place.where(place != "", frame["ActionGeo_Lat"] + "," + frame["ActionGeo_Long"])
    key = frame["SQLDATE"] + "\t" + place + "\t" + _family(code) + "\t" + low + "\t" + high
    return pd.factorize(key)[0] if len(key) else np.zeros(0, dtype=int)


@dataclass
class _Groups:
    """Per group of rows describing one event: the fields merged over all its rows."""

    heads: np.ndarray  # position of each group's first row
    lead: np.ndarray  # the representative row (its code and actor order make the title)
    main: list[str]  # the group's CAMEO code
    actors: list[str]
    hosts: list[str]
    urls: list[list[str]]
    ids: list[list[str]]
    stamps: list[str]
    collapsed: int = 0  # rows merged into groups of several


def _merge_groups(frame: pd.DataFrame, code: pd.Series, groups: np.ndarray) -> _Groups:
    """Merge each group's rows; groups of one row -- most of them -- skip the Python merge."""
    heads = np.unique(groups, return_index=True)[1] if len(groups) else np.zeros(0, dtype=int)
    sizes = np.bincount(groups) if len(groups) else np.zeros(0, dtype=int)
    names1, names2 = _names(frame, 1), _names(frame, 2)
    code_list, urls = code.tolist(), frame["SOURCEURL"].tolist()
    ids, added = frame["GLOBALEVENTID"].tolist(), frame["DATEADDED"].tolist()
    merged = _Groups(
        heads=heads,
        lead=heads.copy(),
        main=[code_list[h] for h in heads],
        actors=[";".join(n for n in (names1[h], names2[h]) if n) for h in heads],
        hosts=[_host(code_list[h], names1[h], names2[h]) for h in heads],
        urls=[[urls[h]] if urls[h] else [] for h in heads],
        ids=[[ids[h]] for h in heads],
        stamps=[added[h] for h in heads],
    )
    members: dict[int, list[int]] = {}
    for pos in np.flatnonzero(sizes[groups] > 1) if len(groups) else []:
        members.setdefault(int(groups[pos]), []).append(int(pos))
    for group, rows in members.items():
        codes = [code_list[r] for r in rows]
        merged.main[group] = next((c for c in _CODE_PRIORITY if c in codes), codes[0])
        merged.lead[group] = rows[codes.index(merged.main[group])]
        merged.actors[group] = ";".join(
            dict.fromkeys(n for r in rows for n in (names1[r], names2[r]) if n)
        )
        host_row = next((r for c in ("043", "042") for r in rows if code_list[r] == c), None)
        merged.hosts[group] = (
            ""
            if host_row is None
            else _host(code_list[host_row], names1[host_row], names2[host_row])
        )
        merged.urls[group] = list(dict.fromkeys(urls[r] for r in rows if urls[r]))
        merged.ids[group] = [ids[r] for r in rows]
        merged.stamps[group] = min(added[r] for r in rows)
    merged.collapsed = sum(len(m) for m in members.values())
    return merged


def _host(code: str, name1: str, name2: str) -> str:
    """CAMEO 043 "host a visit": actor 1 hosts; 042 "make a visit": actor 2 does."""
    return name1 if code == "043" else name2 if code == "042" else ""


def _merge(
    frame: pd.DataFrame, code: pd.Series, groups: np.ndarray, notes: list[str]
) -> tuple[pd.DataFrame, list[int], dict[str, list[object]]]:
    """One record per group (its first row's fields, with the actors, URLs and codes of all its
    rows); the position of each group's first row; and the extra columns."""
    g = _merge_groups(frame, code, groups)
    if g.collapsed:
        groups_of_several = len(g.heads) - int(np.sum(np.bincount(groups) == 1))
        notes.append(
            f"collapsed {g.collapsed} GDELT rows describing the same meeting or act into "
            f"{groups_of_several} events (same day, place, CAMEO family and actor pair)"
        )
    codes1, codes2 = _actor(frame, 1).tolist(), _actor(frame, 2).tolist()
    kinds = {c: event_kind(c) for c in set(g.main)}
    titles = [
        f"{'–'.join(c for c in (codes1[r], codes2[r]) if c) or 'GDELT'}: "
        f"{_LABELS.get(m[:3]) or _ROOT_LABELS.get(m[:2], 'CAMEO event')} ({m})"
        for r, m in zip(g.lead.tolist(), g.main, strict=True)
    ]
    first_urls = pd.Series([u[0] if u else "" for u in g.urls], dtype=object)
    at = frame.iloc[g.heads]
    fips = {c: fips_to_iso(c) or "" for c in set(at["ActionGeo_CountryCode"])}
    ids = frame["GLOBALEVENTID"].tolist()
    record = pd.DataFrame(
        dtype=object,
        data={
            "event_id": ["gdelt-" + ids[h] for h in g.heads],
            "title": titles,
            "event_type": [kinds[m][0] for m in g.main],
            "status": [kinds[m][1] for m in g.main],
            "SQLDATE": at["SQLDATE"].to_numpy(),
            "date_precision": "day",
            "ActionGeo_FullName": at["ActionGeo_FullName"].to_numpy(),
            "country_code": at["ActionGeo_CountryCode"].map(fips).to_numpy(),
            "ActionGeo_Lat": at["ActionGeo_Lat"].to_numpy(),
            "ActionGeo_Long": at["ActionGeo_Long"].to_numpy(),
            "location_precision": at["ActionGeo_Type"].map(_GEO_TYPE).fillna("").to_numpy(),
            "actors": g.actors,
            "host": g.hosts,
            "SOURCEURL": first_urls,
            "source_publisher": first_urls.str.extract(_HOST, expand=False).fillna(""),
            "source_published": [s[:8] for s in g.stamps],
            "source_quote": titles,
        },
    )
    if len(record):
        notes.append("GDELT rows carry no article text: each title stands in as source_quote")
    extras: dict[str, list[object]] = {
        "cameo_code": list(g.main),
        "gdelt_ids": list(g.ids),
        "source_urls": list(g.urls),
        "date_added": [_iso_stamp(s) for s in g.stamps],
    }
    return record, g.heads.tolist(), extras


def _names(frame: pd.DataFrame, n: int) -> list[str]:
    """Actor names without codebook noise (:mod:`mapapp.readers.gdelt_actors`)."""
    return actor_names(frame[f"Actor{n}Code"].tolist(), frame[f"Actor{n}Name"].tolist())


def _iso_stamp(stamp: str) -> str | None:
    if len(stamp) != 14 or not stamp.isdigit():
        return None
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:]}Z"
