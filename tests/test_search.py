"""Search folding accents and British/American spellings (mapapp.search, mapapp.filters)."""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapapp.filters import filter_events
from mapapp.records import coerce_events
from mapapp.search import ACCENTED, UNACCENTED, fold_text, search_variants
from tests.conftest import good_record

TITLES = {
    "bogota": "Talks in Bogotá",
    "defense": "Defense ministers meet",
    "honour": "A guard of honour at the airport",
    "organize": "Ministers organize a summit",
    "licence": "Export licence talks",
    "four": "Four ministers meet",
    "for": "Talks for peace",
}


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    rows = [
        good_record(event_id=k, title=t, summary="x", source_quote="A quote.")
        for k, t in TITLES.items()
    ]
    return coerce_events(pd.DataFrame(rows))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Bogota", {"bogota"}),
        ("BOGOTÁ", {"bogota"}),
        ("defence", {"defense"}),
        ("Defense", {"defense"}),
        ("honor", {"honour"}),
        ("organise", {"organize"}),
        ("license", {"licence"}),
        ("four", {"four"}),  # -our/-or only after three letters: "four" is not "for"
        ("for peace", {"for"}),
    ],
)
def test_filter_search_folds_accents_and_spellings(
    events: pd.DataFrame, query: str, found: set[str]
) -> None:
    assert set(filter_events(events, text=query)["event_id"]) == found


def test_search_variants_of_words_and_phrases() -> None:
    assert search_variants("Defence") == ("defence", "defense")
    assert search_variants("colour") == ("colour", "color")
    assert search_variants("Organisation") == ("organisation", "organization")
    assert search_variants("offences") == ("offences", "offenses")
    assert search_variants("pretence") == ("pretence", "pretense")
    assert search_variants("Doha") == ("doha",)
    assert search_variants("  ") == ()


def test_search_variants_are_bounded() -> None:
    assert len(search_variants(" ".join(["honour"] * 10))) == 16


def test_accent_table_maps_letters_to_their_base() -> None:
    assert len(ACCENTED) == len(UNACCENTED)
    assert (
        fold_text("Réunion à l'ÉCOLE, Şişli, Łódź? Bogotá")
        == "reunion a l'ecole, sisli, łodz? bogota"
    )
    for accented, plain in zip(ACCENTED, UNACCENTED, strict=True):
        assert unicodedata.normalize("NFKD", accented)[0] == plain


@given(st.text(max_size=40))
def test_fold_text_is_idempotent_and_keeps_length(text: str) -> None:
    """Folding twice is folding once; translate keeps one character per character."""
    once = fold_text(text)
    assert fold_text(once) == once
    assert len(text.translate(str.maketrans(ACCENTED, UNACCENTED))) == len(text)
