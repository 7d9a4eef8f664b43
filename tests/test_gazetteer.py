"""Offline gazetteer: curated names first, then countries, then cities."""

from __future__ import annotations

import csv

import pytest

from mapapp import gazetteer
from mapapp.countries import fips_to_iso, iso_country_codes
from mapapp.gazetteer import (
    PLACES_CSV,
    country_code_for,
    is_country_name,
    is_demonym,
    lookup,
    normalize_name,
)
from mapapp.model import LOCATION_PRECISIONS


def test_lookup_doha_is_a_city_in_qatar():
    place = lookup("Doha").place
    assert place is not None
    assert (place.country_code, place.precision) == ("QA", "city")
    assert 25.0 < place.lat < 25.5 and 51.3 < place.lon < 51.7


@pytest.mark.parametrize("name", ["the UAE", "UAE", "United Arab Emirates", "the U.A.E."])
def test_lookup_uae_variants_give_the_country(name):
    place = lookup(name).place
    assert place is not None
    assert (place.country_code, place.precision) == ("AE", "country")


@pytest.mark.parametrize("name", ["Panjshir", "Panjshir Valley", "panjsher valley"])
def test_lookup_panjshir_is_a_region_of_afghanistan(name):
    place = lookup(name).place
    assert place is not None
    assert (place.country_code, place.precision) == ("AF", "region")


def test_lookup_islamabad_is_in_pakistan_not_bangladesh():
    place = lookup("Islamabad").place
    assert place is not None and place.country_code == "PK"


def test_lookup_prefers_primary_names_over_larger_alternate_names(monkeypatch):
    """Without the curated row, Islamabad still beats Chattogram (whose old name it is)."""
    monkeypatch.delitem(gazetteer._index().curated, "islamabad")
    match = lookup("Islamabad")
    assert match.place is not None and match.place.country_code == "PK"
    assert match.place.feature == "city"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("New York", "US"),
        ("Mazar-i-Sharif", "AF"),
        ("Kandahar", "AF"),
        ("Washington", "US"),
        ("Washington, D.C.", "US"),
        ("Vienna", "AT"),
        ("Dushanbe", "TJ"),
        ("Herat", "AF"),
    ],
)
def test_lookup_known_cities(name, country):
    place = lookup(name).place
    assert place is not None
    assert (place.country_code, place.precision) == (country, "city")


def test_lookup_washington_is_the_capital():
    place = lookup("Washington").place
    assert place is not None and abs(place.lat - 38.9) < 0.1 and abs(place.lon + 77.04) < 0.1


def test_lookup_ambiguous_name_warns_and_names_both_places():
    match = lookup("Hyderabad")
    assert match.place is not None and match.place.country_code == "IN"
    assert match.warning is not None
    assert "ambiguous" in match.warning and "IN" in match.warning and "PK" in match.warning
    assert any(p.country_code == "PK" for p in match.alternatives)


def test_lookup_country_code_chooses_among_ambiguous_places():
    match = lookup("Hyderabad", country_code="pk")
    assert match.place is not None and match.place.country_code == "PK"
    assert match.warning is None


def test_lookup_country_code_skips_curated_place_elsewhere():
    place = lookup("Washington", country_code="GB").place
    assert place is not None and place.country_code == "GB"


def test_lookup_name_known_only_in_another_country_gives_no_place_and_says_where():
    match = lookup("Kabul", country_code="PK")
    assert match.place is None
    assert match.warning is not None and "PK" in match.warning and "AF" in match.warning


@pytest.mark.parametrize("name", ["Nowhereville-on-Sea", "", "   ", "us", "Xq"])
def test_lookup_unknown_name_gives_no_place(name):
    match = lookup(name)
    assert match.place is None and match.query == name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Qatar", "QA"),
        ("Austria", "AT"),
        ("Tajikistan", "TJ"),
        ("the U.S.", "US"),
        ("United States", "US"),
        ("QAT", "QA"),
        ("AF", "AF"),
        ("Russian Federation", "RU"),
    ],
)
def test_lookup_country_names_give_precision_country(name, code):
    place = lookup(name).place
    assert place is not None
    assert (place.country_code, place.precision) == (code, "country")


def test_lookup_country_is_placed_at_its_capital():
    country, capital = lookup("Afghanistan").place, lookup("Kabul").place
    assert country is not None and capital is not None
    assert abs(country.lat - capital.lat) < 0.2 and abs(country.lon - capital.lon) < 0.2


def test_lookup_ignores_case_diacritics_and_article():
    assert lookup("HERĀT").place == lookup("herat").place
    assert lookup("The Gulf").place == lookup("gulf").place is not None


def test_normalize_name_examples():
    assert normalize_name("the U.A.E.") == "uae"
    assert normalize_name("Mazār-e  Sharīf") == "mazar e sharif"


def test_is_country_name_accepts_countries_not_demonyms_or_cities():
    assert is_country_name("Qatar") and is_country_name("the UAE") and is_country_name("U.S.")
    assert not is_country_name("Afghan")
    assert not is_country_name("Doha")
    assert not is_country_name("us")


def test_country_code_for_names_codes_and_demonyms():
    assert country_code_for("United Arab Emirates") == "AE"
    assert country_code_for("Afghan") == "AF"
    assert country_code_for("Afghan", demonyms=False) is None
    assert country_code_for("Doha") is None


@pytest.mark.parametrize(
    "word",
    [
        "American",
        "Americans",
        "U.S.",
        "US",
        "Afghan",
        "Afghans",
        "Qatari",
        "Emirati",
        "Tajik",
        "Austrian",
        "Pakistani",
        "Iranian",
        "Russian",
        "Chinese",
        "Uzbek",
        "Turkish",
        "Indian",
    ],
)
def test_is_demonym_common_nationalities(word):
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["us", "Kabul", "Afghanistan", "Taliban", "meeting"])
def test_is_demonym_rejects_other_words(word):
    assert not is_demonym(word)


def test_iso_country_codes_are_alpha2():
    codes = iso_country_codes()
    assert {"AF", "QA", "TJ", "AT", "AE", "US", "PK"} <= codes
    assert all(len(c) == 2 and c.isupper() for c in codes)
    assert "AFG" not in codes


@pytest.mark.parametrize(
    ("fips", "iso"),
    [
        ("AF", "AF"),
        ("QA", "QA"),
        ("TI", "TJ"),
        ("AU", "AT"),
        ("AE", "AE"),
        ("UZ", "UZ"),
        ("CH", "CN"),
        ("RS", "RU"),
        ("US", "US"),
        ("ti", "TJ"),
    ],
)
def test_fips_to_iso_gdelt_codes(fips, iso):
    assert fips_to_iso(fips) == iso


@pytest.mark.parametrize("fips", ["", "ZZ", "OS"])
def test_fips_to_iso_unknown_gives_none(fips):
    assert fips_to_iso(fips) is None


def test_places_csv_rows_are_well_formed():
    """Every curated row has valid coordinates, a contract precision and a known country."""
    with PLACES_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert row["precision"] in LOCATION_PRECISIONS and row["precision"] != "unknown", row
        assert row["country_code"] == "" or row["country_code"] in iso_country_codes(), row
