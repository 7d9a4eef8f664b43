"""The script ``mapapp serve`` hands to ``streamlit run`` (the installed twin of the repository's
``streamlit_app.py``)."""

from mapapp.web.shell import open_page

skeleton = open_page()  # the title and the map's placeholder before the heavy imports

from mapapp.web.app import main  # noqa: E402

main(skeleton)
