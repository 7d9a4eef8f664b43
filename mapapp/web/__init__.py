"""The Streamlit page (:mod:`mapapp.web.app` and :mod:`mapapp.web.add`, the only modules that
import Streamlit) and the Streamlit-free logic behind it (:mod:`mapapp.web.page`,
:mod:`mapapp.web.session`), which is tested without a browser."""
