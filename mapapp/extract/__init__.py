"""News article (plain text) → candidate events: sentences, text dates, actors and the rules
that join them. Offline and rule-based.

>>> import datetime as dt
>>> found = extract_events("Officials met in Doha on Monday.", published=dt.date(2022, 12, 7),
...                        url="https://example.org/news")
>>> found[["place_name", "date_start"]].astype(str).values.tolist()
[['Doha', '2022-12-05']]
"""

from mapapp.extract.candidates import MAX_ARTICLE_CHARS, extract_events, split_event

__all__ = ["MAX_ARTICLE_CHARS", "extract_events", "split_event"]
