"""The page's first lines, drawn before the modules that build the map are imported.

``streamlit_app.py`` (and the script ``mapapp serve`` runs) call :func:`open_page` first, then
:func:`mapapp.web.app.main`. On a freshly started server importing geopandas, folium and the
readers takes seconds; meanwhile the visitor already sees the title and a placeholder where the
map will be, and the browser draws them. Only streamlit is imported here.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

PAGE_TITLE = "Diplomatic activity map"
MAP_HEIGHT = 480  # under the header and date controls, the whole map fits in a 900-px window
SKELETON = (
    f'<div class="mapapp-skeleton" style="height:{MAP_HEIGHT}px;border-radius:6px;'
    "background:#eef1f4;display:flex;align-items:center;justify-content:center;"
    'color:#555">Loading the map…</div>'
)
# Less blank space above the title, a smaller title: the map starts higher on the screen.
COMPACT_CSS = (
    "<style>.stMainBlockContainer{padding-top:4rem}"
    " h1{font-size:1.9rem!important;padding:0 0 .2rem 0!important}</style>"
)


def open_page() -> DeltaGenerator:
    """Page settings, style, title and the map's placeholder (returned, for the page to empty)."""
    st.set_page_config(page_title=PAGE_TITLE, page_icon="🗺️", layout="wide")
    st.html(COMPACT_CSS)
    st.title(PAGE_TITLE)
    skeleton = st.empty()  # where the map will be, while the first load runs
    skeleton.html(SKELETON)
    return skeleton
