"""Readers of foreign event files (CSV, GeoJSON, ACLED, GDELT) into the event frame."""
