"""Entry point for `streamlit run streamlit_app.py` (and Streamlit Community Cloud)."""

from mapapp.web.app import main

main()
