"""The page's "Add data" and "Add events from a news article" sections.

Streamlit only; the work is done by :mod:`mapapp.readers`, :mod:`mapapp.extract.candidates` and
:mod:`mapapp.web.session`. What the visitor adds lives in ``st.session_state`` (:data:`ADDED`, an
immutable :class:`mapapp.session.Added`) and nowhere else: nothing is written to disk. The
combined events and everything derived from them are cached per browser session, keyed by the
base file's version and the digests of the additions (:func:`combined_dataset`).

Data text (file names, rows, article sentences) is shown with ``st.text``/``st.code`` or in
table cells, never in Markdown, labels or alerts.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from mapapp.errors import MapAppError
from mapapp.export import to_geojson_bytes
from mapapp.extract.candidates import MAX_ARTICLE_CHARS, extract_events, split_event
from mapapp.model import DATE_PRECISIONS, EVENT_TYPES, STATUSES
from mapapp.readers import FORMATS
from mapapp.readers.isolated import read_isolated
from mapapp.web.page import (
    Dataset,
    build_dataset,
    type_label,
)
from mapapp.web.panels import (
    error_lines,
    format_label,
    limited,
    problem_lines,
    upload_summary,
)
from mapapp.web.session import (
    ACCEPT,
    EDITOR_COLUMNS,
    Added,
    Batch,
    accepted_events,
    cache_key,
    combine_events,
    content_digest,
    editor_frame,
)

# session_state keys
ADDED = "added"  # mapapp.session.Added
UPLOADS = "uploader_generation"  # part of the uploader's key; bumped to empty the uploader
ATTEMPT = "upload_attempt"  # (file_id, format) of the last file read, to read each file once
FAILED = "upload_failed"  # (attempt, problem lines) of a file that could not be read
REPORT = "upload_report"  # (summary, rejected lines, notes) of the file on the map
FORMAT, MODE = "upload_format", "upload_mode"
CANDIDATES = "article_candidates"  # (digest, candidates GeoDataFrame)
ARTICLE_LIMIT = (
    f"Up to {MAX_ARTICLE_CHARS:,} characters: split a longer article at a paragraph break and "
    "find the events of each part in turn."
)
ALL_SENTENCES = "other_sentences"  # review table: the candidate's other sentences, " / "-joined
ARTICLE_ERROR = "article_error"  # lines of the last failed extraction
ARTICLE_RESULT = "article_result"  # (ok, lines) of the last "Add accepted to map"
ARTICLE_LABEL = "the accepted article candidates"
# Pixels; fixed so that the tick boxes sit at a known place (the browser tests click them).
INDEX_WIDTH, ACCEPT_WIDTH, ROW_HEIGHT = 44, 76, 35
UPLOAD_TYPES = ("csv", "geojson", "json", "tsv", "txt", "zip")
ADD, INSTEAD = "add", "instead"
MODE_LABELS = {
    ADD: "Add to the page's events",
    INSTEAD: "Show instead of the page's events",
}
COLLISIONS = (
    "An added event whose event_id is already on the map is not added again: the same id "
    "means the same event, and the one already shown is kept. Give it another event_id to add "
    "it as a separate event."
)


def current_added() -> Added:
    """The session's additions (none yet: an empty :class:`Added`)."""
    added = st.session_state.get(ADDED)
    return added if isinstance(added, Added) else Added()


# --------------------------------------------------------------------------------------------
# combining (cached per session)


@st.cache_resource(scope="session", max_entries=3, ttl="2h", show_spinner=False)
def combined_dataset(key: str, _base: Dataset, _added: Added) -> tuple[Dataset, tuple[str, ...]]:
    """The page's dataset for the base events plus the session's additions (cached by ``key``).

    ``key`` is :func:`mapapp.session.cache_key` (base version + content digests); the frames
    come in unhashed (a GeoDataFrame cannot be hashed by Streamlit).
    """
    combined = combine_events(_base.events, _added)
    remarks = () if _added.replaces_base else _base.remarks
    data = build_dataset(combined.events, _base.affiliations, version=key, remarks=remarks)
    return data, combined.notes


def dataset_for(base: Dataset, added: Added, box: DeltaGenerator) -> Dataset:
    """The dataset to show: ``base`` alone, or combined with the additions (notes go in ``box``)."""
    batches = [*added.shown_uploads, *([added.articles] if added.articles else [])]
    if not batches:  # nothing added, or every upload switched off
        return base
    n = sum(len(b.events) for b in batches)
    with box, st.spinner(f"Preparing the map for {n:,} added events…"):
        data, notes = combined_dataset(cache_key(base.version, added), base, added)
    if notes:
        with box:
            st.warning("Some added events were not added again.", icon=":material/info:")
            st.code("\n".join(limited(notes, 50, "notes")), language=None, wrap_lines=True)
    return data


# --------------------------------------------------------------------------------------------
# the upload (sidebar)


def upload_section(box: DeltaGenerator) -> Added:
    """Uploader, format and mode; reads a new file once and keeps it in the session.

    Each file read becomes a layer of its own (listed under the uploader with a switch and a
    remove button), and the uploader is emptied for the next one.
    """
    added = current_added()
    with box:
        st.header("Add data")
        limit = int(st.get_option("server.maxUploadSize"))
        upload = st.file_uploader(
            "Events file",
            type=list(UPLOAD_TYPES),
            key=f"upload_{st.session_state.get(UPLOADS, 0)}",
            help="Read like `mapapp import`: rows that cannot be used are listed with the reason.",
        )
        st.caption(
            f"CSV, GeoJSON/JSON, ACLED CSV, GDELT export (.CSV, .tsv, .txt) or a .zip holding "
            f"one; up to {limit} MB. The file stays in this browser session: it is not saved, "
            "and reloading the page forgets it."
        )
        fmt = st.selectbox("Format", ("auto", *FORMATS), key=FORMAT, format_func=_format_choice)
        mode = st.radio(
            "Show the file's events", (ADD, INSTEAD), key=MODE, format_func=MODE_LABELS.__getitem__
        )
        read = _read_upload(upload, str(fmt), added).with_mode(mode == INSTEAD)
        st.session_state[ADDED] = read
        if read.uploads != added.uploads:  # a new layer: run again with an empty uploader
            st.rerun()
        added = read
        _show_upload(added, upload)
        _upload_layers(added)
        if added.articles is not None:
            n = len(added.articles.events)
            st.text(f"{n:,} event{'s' if n != 1 else ''} added from articles")
        if not added.empty:
            st.caption(COLLISIONS)
            st.button("Remove added data", on_click=_remove_added, icon=":material/delete:")
    return added


def _format_choice(fmt: str) -> str:
    return "detect from the file" if fmt == "auto" else format_label(fmt)


def _read_upload(upload: object, fmt: str, added: Added) -> Added:
    """Read a file the session has not read yet (with these options); keep it if usable."""
    if upload is None:  # nothing new (a file read is kept as a layer, the uploader emptied)
        st.session_state.pop(FAILED, None)
        return added
    attempt = (getattr(upload, "file_id", ""), fmt)
    if st.session_state.get(ATTEMPT) == attempt:
        return added
    st.session_state[ATTEMPT] = attempt
    name = str(getattr(upload, "name", "upload"))
    data = upload.getvalue()  # type: ignore[attr-defined]
    with st.status(f"Reading the file ({len(data) / 1e6:,.1f} MB)…") as status:
        try:
            # A large file is read in a worker process, under the upload limits: one visitor's
            # file must not starve the others of memory or of the interpreter.
            result = read_isolated(data, name, fmt)
        except MapAppError as err:
            status.update(label="The file could not be read", state="error")
            st.session_state[FAILED] = (attempt, tuple(error_lines(err)))
            return added
        status.update(
            label=f"Read {len(result.events):,} events from {result.source_rows:,} rows",
            state="complete",
        )
    st.session_state.pop(FAILED, None)
    st.session_state[REPORT] = (
        upload_summary(result, name),
        tuple(problem_lines(result.rejected)),
        tuple(result.notes),
    )
    # An empty uploader for the next file: this one is kept as a layer of its own.
    st.session_state[UPLOADS] = st.session_state.get(UPLOADS, 0) + 1
    return added.with_upload(Batch(name, content_digest(data, name, fmt), result.events))


def _show_upload(added: Added, upload: object) -> None:
    failed = st.session_state.get(FAILED)
    if upload is not None and failed and failed[0] == st.session_state.get(ATTEMPT):
        still = "your previous files' events" if added.uploads else "the page's events"
        st.error(f"This file could not be read; the map still shows {still}.")
        st.code("\n".join(failed[1]), language=None, wrap_lines=True)
    report = st.session_state.get(REPORT)
    if not added.uploads or not report:
        return
    summary, rejected, notes = report
    st.success("Shown instead of the page's events." if added.replace else "Added to the map.")
    st.text(summary)
    if rejected:
        st.caption("Rows not added, and why:")
        st.code("\n".join(rejected), language=None, wrap_lines=True, height=220)
    if notes:
        st.caption("What the reader assumed:")
        st.code("\n".join(notes), language=None, wrap_lines=True)


def _upload_layers(added: Added) -> None:
    """One line per uploaded file: its name and size, a switch and a remove button.

    The file name is data: it is shown with ``st.text`` only, never in a label.
    """
    if not added.uploads:
        return
    st.caption("Your files, one layer each: switch one off or remove it.")
    for batch in added.uploads:
        n = len(batch.events)
        with st.container(border=True, key=f"upload_layer_{batch.digest}"):
            st.text(f"{batch.label}: {n:,} event{'s' if n != 1 else ''}")
            left, right = st.columns(2, vertical_alignment="center")
            left.toggle(
                "Show",
                value=batch.digest not in added.off,
                key=f"upload_on_{batch.digest}",
                on_change=_switch_upload,
                args=(batch.digest,),
            )
            right.button(
                "Remove",
                key=f"upload_remove_{batch.digest}",
                on_click=_remove_upload,
                args=(batch.digest,),
                icon=":material/delete:",
            )


def _switch_upload(digest: str) -> None:
    on = bool(st.session_state.get(f"upload_on_{digest}"))
    st.session_state[ADDED] = current_added().with_shown(digest, on)


def _remove_upload(digest: str) -> None:
    st.session_state[ADDED] = current_added().without_upload(digest)
    st.session_state.pop(f"upload_on_{digest}", None)
    st.session_state.pop(REPORT, None)  # it may describe the file just removed


def _remove_added() -> None:
    st.session_state[ADDED] = Added()
    st.session_state[UPLOADS] = st.session_state.get(UPLOADS, 0) + 1
    for key in (ATTEMPT, FAILED, REPORT, ARTICLE_RESULT):
        st.session_state.pop(key, None)


# --------------------------------------------------------------------------------------------
# events from a news article (main area)


def article_section() -> None:
    """Paste an article, review its candidate events, add the accepted ones to the map."""
    with st.expander("Add events from a news article", icon=":material/newspaper:"):
        st.caption(
            "Paste the article's text: candidate events are found offline, one per event "
            "(an event told in several sentences is one row), with dates resolved against the "
            "publication date. Tick the ones to keep, correct any cell, and add them to the map."
        )
        with st.form("article_form"):
            text = st.text_area(
                "Article text",
                height=180,
                key="article_text",
                max_chars=MAX_ARTICLE_CHARS,
            )
            st.caption(ARTICLE_LIMIT)
            left, right = st.columns([1, 2])
            published = left.date_input(
                "Published on", value=None, format="YYYY-MM-DD", key="article_published"
            )
            url = right.text_input("Article URL (http or https)", key="article_url")
            found = st.form_submit_button("Find events", icon=":material/search:")
        if found:
            _find_candidates(text, published, url)
        if st.session_state.get(ARTICLE_ERROR):
            st.error("No events could be found.")
            st.code("\n".join(st.session_state[ARTICLE_ERROR]), language=None, wrap_lines=True)
        candidates = st.session_state.get(CANDIDATES)
        if candidates is not None:
            _review(*candidates)
        articles = current_added().articles
        if articles is not None and len(articles.events):
            st.download_button(
                "Download accepted as GeoJSON",
                data=partial(to_geojson_bytes, articles.events),
                file_name="article-events.geojson",
                mime="application/geo+json",
                on_click="ignore",
                icon=":material/download:",
            )


def _find_candidates(text: str, published: dt.date | None, url: str) -> None:
    st.session_state.pop(ARTICLE_ERROR, None)
    st.session_state.pop(ARTICLE_RESULT, None)
    problems = []
    if not (text or "").strip():
        problems.append("Article text: empty — paste the article's text.")
    if published is None:
        problems.append(
            "Published on: missing — give the article's publication date (relative dates such "
            "as 'on Monday' are resolved against it)."
        )
    if published is not None and not problems:
        try:
            candidates = extract_events(text, published=published, url=(url or "").strip())
        except MapAppError as err:
            problems += error_lines(err)
        else:
            digest = content_digest(text.encode("utf-8"), str(published), url)
            st.session_state[CANDIDATES] = (digest, candidates)
            return
    st.session_state[ARTICLE_ERROR] = problems


def _review(digest: str, candidates: gpd.GeoDataFrame) -> None:
    if not len(candidates):
        st.info("No events were found in this text.")
        return
    merged = _merged_rows(candidates)
    st.caption(
        f"{len(candidates)} candidates. Each row's sentence is in the sentence column and listed "
        "below the table; an event reported in several sentences is one row that lists them "
        "all (split it below if they are different events). Changing a place or country looks "
        "it up again in the offline gazetteer."
    )
    table = editor_frame(candidates)
    table[ALL_SENTENCES] = [
        " / ".join(q for q in quotes if q != best)
        for best, quotes in zip(candidates["source_quote"], _quotes(candidates), strict=True)
    ]
    with st.form("candidates_form"):
        edited = st.data_editor(
            table,
            key=f"article_editor_{digest}",
            column_order=(*EDITOR_COLUMNS, ALL_SENTENCES),
            disabled=("source_quote", ALL_SENTENCES),
            row_height=ROW_HEIGHT,
            column_config={
                "_index": st.column_config.NumberColumn("#", width=INDEX_WIDTH),
                ACCEPT: st.column_config.CheckboxColumn(
                    "accept", default=False, width=ACCEPT_WIDTH
                ),
                "title": st.column_config.TextColumn("title", width="medium"),
                "event_type": st.column_config.SelectboxColumn(
                    "event_type", options=list(EVENT_TYPES), format_func=_type_option
                ),
                "status": st.column_config.SelectboxColumn("status", options=list(STATUSES)),
                "date_start": st.column_config.DateColumn("date_start", format="YYYY-MM-DD"),
                "date_end": st.column_config.DateColumn("date_end", format="YYYY-MM-DD"),
                "date_precision": st.column_config.SelectboxColumn(
                    "date_precision", options=list(DATE_PRECISIONS)
                ),
                "place_name": st.column_config.TextColumn("place_name"),
                "country_code": st.column_config.TextColumn("country_code", max_chars=2),
                "actors": st.column_config.TextColumn("actors (; between names)"),
                "source_quote": st.column_config.TextColumn("sentence", width="large"),
                ALL_SENTENCES: st.column_config.TextColumn("other sentences", width="large"),
            },
        )
        add = st.form_submit_button("Add accepted to map", icon=":material/add_location:")
    with st.container(height=200):
        st.text(_sentence_list(candidates))
    if merged:
        _split_control(candidates, merged)
    if add:
        _add_accepted(candidates, edited)
    result = st.session_state.get(ARTICLE_RESULT)
    if result:
        ok, lines = result
        if ok:
            st.success("Added to the map.")
            st.caption("“Remove added data” in the sidebar takes them off again.")
        else:
            st.error("Nothing was added: fix the cells named below (or untick them) and add again.")
        st.code("\n".join(lines), language=None, wrap_lines=True)


def _quotes(candidates: gpd.GeoDataFrame) -> list[list[str]]:
    """Each candidate's sentences: ``source_quotes``, or its one ``source_quote``."""
    column = candidates.get("source_quotes")
    out = []
    for i, best in enumerate(candidates["source_quote"]):
        quotes = column.iloc[i] if column is not None else None
        out.append(list(quotes) if isinstance(quotes, list | tuple) and quotes else [best])
    return out


def _merged_rows(candidates: gpd.GeoDataFrame) -> list[int]:
    """Table row numbers (from 1) of candidates told in more than one sentence."""
    return [i for i, quotes in enumerate(_quotes(candidates), 1) if len(quotes) > 1]


def _sentence_list(candidates: gpd.GeoDataFrame) -> str:
    """ "1. best sentence", then the candidate's other sentences indented with "+"."""
    lines = []
    for i, (best, quotes) in enumerate(
        zip(candidates["source_quote"], _quotes(candidates), strict=True), 1
    ):
        lines.append(f"{i}. {best}")
        lines += [f"   + {q}" for q in quotes if q != best]
    return "\n".join(lines)


def _split_control(candidates: gpd.GeoDataFrame, merged: list[int]) -> None:
    """Pick a merged candidate and split it into one candidate per sentence."""
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    row = left.selectbox(
        "Merged candidates",
        merged,
        format_func=lambda i: (
            f"#{i}: {len(_quotes(candidates)[i - 1])} sentences — {candidates['title'].iloc[i - 1]}"
        ),
        key="article_split_row",
        help="Splitting reads each of its sentences on its own; ticks and edits in the table "
        "are cleared.",
    )
    if right.button("Split into its sentences", icon=":material/call_split:"):
        parts = split_event(candidates, int(row) - 1)
        digest = content_digest("\n".join(parts["event_id"]).encode("utf-8"), "split")
        st.session_state[CANDIDATES] = (digest, parts)
        st.rerun()


def _type_option(value: object) -> str:
    return type_label(str(value))


def _add_accepted(candidates: gpd.GeoDataFrame, edited: pd.DataFrame) -> None:
    events, problems, notes = accepted_events(candidates, edited)
    if problems:
        st.session_state[ARTICLE_RESULT] = (False, tuple(problem_lines(problems)))
        return
    if not len(events):
        st.session_state[ARTICLE_RESULT] = (
            False,
            ("No candidate is ticked in the accept column.",),
        )
        return
    n = len(events)
    lines = [f"{n} event{'s' if n != 1 else ''} added from the article.", *notes]
    st.session_state[ADDED] = current_added().with_articles(events, ARTICLE_LABEL)
    st.session_state[ARTICLE_RESULT] = (True, tuple(lines))
    st.rerun()  # draw the map again with the new events
