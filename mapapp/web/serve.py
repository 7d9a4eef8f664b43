"""``mapapp serve``: start the page from an installed package (no checkout needed).

Streamlit runs a script file, so the package carries one (:mod:`mapapp.web.page_script`). The
page's settings are passed as command-line options, because an installed package has no
``.streamlit/config.toml`` beside the folder it is started from; :data:`STREAMLIT_OPTIONS`
repeats that file's settings, and a test keeps the two in step. This module does not import
Streamlit: it only builds the command.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mapapp.errors import DataFileError, Problem, UsageError

__all__ = ["PAGE_SCRIPT", "STREAMLIT_OPTIONS", "serve_command"]

PAGE_SCRIPT = Path(__file__).resolve().parent / "page_script.py"

# The settings of the repository's .streamlit/config.toml, as `streamlit run` options.
STREAMLIT_OPTIONS: dict[str, str] = {
    "server.headless": "true",
    "server.maxUploadSize": "50",
    "server.runOnSave": "false",
    "browser.gatherUsageStats": "false",
    "client.showErrorDetails": "type",
    "client.toolbarMode": "viewer",
    "theme.base": "light",
    "theme.primaryColor": "#0072B2",
}


def serve_command(
    file: str | None = None, port: int = 8501, *, address: str | None = None
) -> tuple[list[str], dict[str, str]]:
    """The command and environment that start the page.

    Parameters
    ----------
    file : str, optional
        An event file (any format ``mapapp import`` reads) to show instead of the bundled data;
        it is passed to the page as ``MAPAPP_DATA``.
    port : int
        The port to listen on.
    address : str, optional
        The address to listen on (Streamlit's default: every interface).

    Returns
    -------
    (list of str, dict)
        ``argv`` for :func:`subprocess.call` and the environment to run it with.

    Raises
    ------
    UsageError
        A port outside 1–65535.
    DataFileError
        ``file`` is not a readable regular file.

    Examples
    --------
    >>> argv, env = serve_command(port=8600)
    >>> argv[1:4], "--server.port=8600" in argv
    (['-m', 'streamlit', 'run'], True)
    """
    if not 0 < port < 65536:
        raise UsageError(f"--port {port} is not a port number; choose one from 1 to 65535")
    env = dict(os.environ)
    if file is not None:
        path = Path(file).expanduser().resolve()
        if not path.is_file():
            what = "does not exist" if not path.exists() else "is not a regular file"
            raise DataFileError(Problem(file, None, None, what, "name an event file to show"))
        env["MAPAPP_DATA"] = str(path)
    options = {**STREAMLIT_OPTIONS, "server.port": str(port)}
    if address:
        options["server.address"] = address
    argv = [sys.executable, "-m", "streamlit", "run", str(PAGE_SCRIPT)]
    argv += [f"--{name}={value}" for name, value in options.items()]
    return argv, env
