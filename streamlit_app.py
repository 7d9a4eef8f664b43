"""Entry point for `streamlit run streamlit_app.py` (and Streamlit Community Cloud).

The title and the map's placeholder are drawn before the page's heavy modules are imported: a
freshly started server shows them at once.
"""

from mapapp.web.shell import open_page

skeleton = open_page()

from mapapp.web.app import main  # noqa: E402  (imported once the page shows something)

main(skeleton)
