"""The page's "Add data" section: uploaded files, each kept as a layer of its own.

Streamlit only; the work is done by :mod:`mapapp.readers` and :mod:`mapapp.web.session` (the
article section is :mod:`mapapp.web.article`). What the visitor adds lives in
``st.session_state`` (:data:`ADDED`, an immutable :class:`mapapp.session.Added`) and nowhere
else: nothing is written to disk. The
combined events and everything derived from them are cached per browser session, keyed by the
base file's version and the digests of the additions (:func:`combined_dataset`).

Data text (file names, rows, article sentences) is shown with ``st.text``/``st.code`` or in
table cells, never in Markdown, labels or alerts.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from mapapp.errors import MapAppError
from mapapp.readers import FORMATS
from mapapp.readers.isolated import read_isolated
from mapapp.web.page import Dataset, build_dataset
from mapapp.web.panels import (
    error_lines,
    format_label,
    limited,
    problem_lines,
    upload_summary,
)
from mapapp.web.session import (
    Added,
    Batch,
    cache_key,
    combine_events,
    content_digest,
)
from mapapp.web.wording import lines_for_the_page

# session_state keys
ADDED = "added"  # mapapp.session.Added
UPLOADS = "uploader_generation"  # part of the uploader's key; bumped to empty the uploader
ATTEMPT = "upload_attempt"  # (file_id, format) of the last file read, to read each file once
FAILED = "upload_failed"  # (attempt, problem lines) of a file that could not be read
REPORT = "upload_report"  # (summary, rejected lines, notes) of the file on the map
FORMAT, MODE = "upload_format", "upload_mode"
ARTICLE_RESULT = "article_result"  # (ok, lines) of the last "Add accepted to map"
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
            help="Every row is checked: rows that cannot be used are listed with the reason.",
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
            st.session_state[FAILED] = (attempt, lines_for_the_page(error_lines(err)))
            return added
        status.update(
            label=f"Read {len(result.events):,} events from {result.source_rows:,} rows",
            state="complete",
        )
    st.session_state.pop(FAILED, None)
    st.session_state[REPORT] = (
        upload_summary(result, name),
        lines_for_the_page(problem_lines(result.rejected)),
        lines_for_the_page(result.notes),
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
