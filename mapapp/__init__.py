"""mapapp: an interactive map of diplomatic activity, with sources and honest precision.

The public functions most people need::

    from mapapp.io import read_events, write_geojson
    from mapapp.validate import validate_events
"""

__version__ = "0.1.0"
