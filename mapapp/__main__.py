"""`python -m mapapp` runs the command line."""

from mapapp.cli import run

run()
