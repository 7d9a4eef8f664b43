"""mapapp: an interactive map of diplomatic activity, with sources and honest precision.

The public functions most people need::

    from mapapp.readers import read_events
    from mapapp.export import write_geojson
    from mapapp.validate import validate_events
"""

__version__ = "0.1.0"
