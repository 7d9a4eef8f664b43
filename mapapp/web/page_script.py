"""The script ``mapapp serve`` hands to ``streamlit run`` (the installed twin of the repository's
``streamlit_app.py``)."""

from mapapp.web.app import main

main()
