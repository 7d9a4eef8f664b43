"""The page's "Add events from a news article" section (main area, under the map).

Streamlit only; candidates come from :func:`mapapp.extract.candidates.extract_events`, and the
accepted ones are checked by :func:`mapapp.web.session.accepted_events` and kept with the
session's other additions (:data:`mapapp.web.add.ADDED`). Sentences are shown with
``st.text`` or in table cells, never in Markdown, labels or alerts.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import geopandas as gpd
import pandas as pd
import streamlit as st

from mapapp.errors import MapAppError
from mapapp.export import to_geojson_bytes
from mapapp.extract.candidates import MAX_ARTICLE_CHARS, extract_events, split_event
from mapapp.model import DATE_PRECISIONS, EVENT_TYPES, STATUSES
from mapapp.web.add import ADDED, ARTICLE_RESULT, current_added
from mapapp.web.page import type_label
from mapapp.web.panels import error_lines, problem_lines
from mapapp.web.session import (
    ACCEPT,
    EDITOR_COLUMNS,
    accepted_events,
    content_digest,
    editor_frame,
)

CANDIDATES = "article_candidates"  # (digest, candidates GeoDataFrame)
ARTICLE_LIMIT = (
    f"Up to {MAX_ARTICLE_CHARS:,} characters: split a longer article at a paragraph break and "
    "find the events of each part in turn."
)
ALL_SENTENCES = "other_sentences"  # review table: the candidate's other sentences, " / "-joined
ARTICLE_ERROR = "article_error"  # lines of the last failed extraction
ARTICLE_LABEL = "the accepted article candidates"
# Pixels; fixed so that the tick boxes sit at a known place (the browser tests click them).
INDEX_WIDTH, ACCEPT_WIDTH, ROW_HEIGHT = 44, 76, 35


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
