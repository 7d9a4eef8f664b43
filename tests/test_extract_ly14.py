"""Events placed and dated by a page's layout (round fourteen, layouts).

Each layout is tested on pages invented for the test, in several outlet styles, with
near-misses that must keep their own reading:

* a numbered photo caption that opens with its own dateline ("Photo 4. LUSAKA, 20 August -
  ...", "Picture 2 (file): QUITO, 3 May - ..."): the caption's events are in that city on that
  day, as a digest's item is;
* a chronology or caption set with one item that names its own year (an archive photo "... ,
  November 1994 - ..."): that item keeps its year and no longer pulls the items before it a year
  back;
* a diary whose day headings are numeric dates with the weekday after them ("04.01.2016
  (Monday)", "12/03/2019, Tuesday"): the items below are on that day; an item of the day that
  opens with its city and a colon ("Astana: signing of ...") is in that city.
"""

from __future__ import annotations

from tests.conftest import core_told, the_one_told

# --- captions with their own datelines ---------------------------------------------------------


GALLERY = (
    "PICTURES: The Foreign Minister in the Andes\n"
    "Ministry press office\n\n"
    "Photo 1. QUITO, 3 May — Ecuador's foreign minister holds talks with Peru's foreign "
    "minister at the Carondelet Palace.\n\n"
    "Photo 2. QUITO, 4 May — Both ministers hold talks with exporters' associations.\n\n"
    "Photo 3. BOGOTA, 5 May — The minister meets Colombia's vice-president.\n"
)


def test_each_gallery_caption_is_placed_and_dated_by_its_own_dateline() -> None:
    told = core_told(GALLERY, "2023-05-07")
    assert ("meeting", "occurred", "2023-05-05", "Bogotá") in told
    event = the_one_told(GALLERY, "2023-05-07", "meeting", "meets Colombia")
    assert (event["status"], event["date_start"], event["country_code"]) == (
        "occurred",
        "2023-05-05",
        "CO",
    )
    first = the_one_told(GALLERY, "2023-05-07", "meeting", "talks with Peru")
    assert (first["date_start"], first["country_code"]) == ("2023-05-03", "EC")


def test_a_labelled_caption_number_still_gives_way_to_its_dateline() -> None:
    text = (
        "In pictures: a week of diplomacy\n\n"
        "Picture 1 (handout): NAIROBI, 12 June — Kenya's president welcomes the Ghanaian "
        "president at State House.\n\n"
        "Picture 2 (handout): KAMPALA, 14 June — The Ghanaian president holds talks with "
        "Uganda's president at the lakeside lodge.\n"
    )
    event = the_one_told(text, "2022-06-16", "meeting", "holds talks with Uganda")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2022-06-14",
        "Kampala",
    )


def test_a_caption_without_a_dateline_keeps_the_place_its_sentence_names() -> None:
    text = (
        "Gallery\n\n"
        "Photo 2: Chile and Argentina sign a memorandum on fisheries in Mendoza, 9 October.\n"
    )
    event = the_one_told(text, "2021-10-11", "agreement", "sign a memorandum")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2021-10-09",
        "Mendoza",
    )


def test_a_paragraph_that_mentions_a_photo_is_no_caption() -> None:
    text = (
        "LIMA, 3 May (Andes Wire) — Photos were shown to reporters. The Peruvian minister met "
        "the Chilean ambassador in Lima on Tuesday."
    )
    event = the_one_told(text, "2023-05-04", "meeting", "met the Chilean")
    assert event["place_name"] == "Lima"
    assert event["date_start"] == "2023-05-02"


# --- an item that names its own year -----------------------------------------------------------


def test_an_archive_caption_with_its_year_leaves_the_other_captions_in_their_year() -> None:
    text = (
        "GALLERY: The Prime Minister's Gulf tour\n"
        "Office of the Prime Minister\n\n"
        "Photo 1. DOHA, 10 March — The Emir of Qatar receives the Prime Minister at the Amiri "
        "Diwan.\n\n"
        "Photo 2. MUSCAT, 11 March — The Prime Minister meets Oman's Sultan at the palace.\n\n"
        "Photo 3. MANAMA, 12 March — The Prime Minister holds talks with Bahrain's crown "
        "prince.\n\n"
        "Photo 4 (archive). DOHA, June 2008 — Ministers applaud after the water accord, which "
        "both governments signed in Doha in June 2008.\n\n"
        "Photo 5. KUWAIT CITY, 13 March — The Prime Minister meets Kuwait's Emir before flying "
        "home.\n"
    )
    published = "2024-03-15"
    for words, day in (
        ("receives the Prime Minister", "2024-03-10"),
        ("meets Oman", "2024-03-11"),
        ("holds talks with Bahrain", "2024-03-12"),
        ("meets Kuwait", "2024-03-13"),
    ):
        event = the_one_told(text, published, "meeting", words)
        assert (event["status"], event["date_start"]) == ("occurred", day), words


def test_a_timeline_without_years_still_runs_back_across_new_year() -> None:
    text = (
        "TIMELINE: Talks on the river basin\n\n"
        "Nov. 20 - The two water ministers meet in Dakar.\n\n"
        "Dec. 14 - Negotiators hold a second round in Bamako.\n\n"
        "Jan. 9 - The ministers sign a framework accord in Dakar.\n"
    )
    event = the_one_told(text, "2020-01-12", "meeting", "meet in Dakar")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "occurred",
        "2019-11-20",
        "Dakar",
    )


# --- a diary's numeric day headings -------------------------------------------------------------


DIARY = (
    "MINISTRY OF FOREIGN AFFAIRS\n"
    "Programme of the Minister for the coming week\n\n"
    "12.03.2019 (Tuesday)\n"
    "10:30 - Receives the Ambassador of Japan at the Ministry, Tbilisi.\n"
    "15:00 - Departs for Yerevan.\n\n"
    "13.03.2019 (Wednesday)\n"
    "09:00 - Talks with the Foreign Minister of Armenia.\n"
    "12:00 - Yerevan: signing of a memorandum on consular cooperation.\n\n"
    "15.03.2019 (Friday)\n"
    "Baku: consultations with the Deputy Foreign Minister of Azerbaijan on transit.\n"
)


def test_a_diary_heading_with_its_weekday_in_brackets_dates_the_items_below() -> None:
    event = the_one_told(DIARY, "2019-03-09", "meeting", "Receives the Ambassador of Japan")
    assert (event["status"], event["date_start"], event["place_name"]) == (
        "announced",
        "2019-03-12",
        "Tbilisi",
    )
    talks = the_one_told(DIARY, "2019-03-09", "meeting", "Talks with the Foreign Minister")
    assert (talks["status"], talks["date_start"], talks["place_name"]) == (
        "announced",
        "2019-03-13",
        "Yerevan",
    )


def test_a_diary_item_opening_with_its_city_and_a_colon_is_in_that_city() -> None:
    signing = the_one_told(DIARY, "2019-03-09", "agreement", "signing of a memorandum")
    assert (signing["status"], signing["date_start"], signing["place_name"]) == (
        "announced",
        "2019-03-13",
        "Yerevan",
    )
    consultations = the_one_told(DIARY, "2019-03-09", "meeting", "consultations with")
    assert (consultations["date_start"], consultations["place_name"]) == ("2019-03-15", "Baku")


def test_a_heading_with_its_weekday_after_a_comma_dates_the_items_below() -> None:
    text = (
        "Official engagements of the President\n\n"
        "21/05/2018, Monday\n"
        "11:00 - Receives the Prime Minister of Portugal at the Presidential Palace, Lisbon.\n\n"
        "23/05/2018, Wednesday\n"
        "10:00 - Receives the new Ambassador of Spain at the Presidential Palace.\n"
    )
    event = the_one_told(text, "2018-05-19", "meeting", "Receives the Prime Minister")
    assert (event["status"], event["date_start"]) == ("announced", "2018-05-21")
    event = the_one_told(text, "2018-05-19", "meeting", "Ambassador of Spain")
    assert (event["status"], event["date_start"]) == ("announced", "2018-05-23")


def test_a_colon_after_a_word_that_is_no_city_places_nothing() -> None:
    text = (
        "Schedule of the Minister\n\n"
        "12.03.2019 (Tuesday)\n"
        "Note: talks with the Ambassador of Japan at the Ministry are closed to the press.\n"
    )
    for kind, _status, _day, place in core_told(text, "2019-03-09"):
        assert place != "Note", kind
