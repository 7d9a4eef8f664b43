"""Paraphrases of events the extractor already reads, as other outlets would word them (round
seventeen, generalisation).

Each paraphrase sheet entry restates, in invented words, an event of a kind the extractor got
right in the development articles: another verb or noun of the same meaning, passive for active,
the date before or after, the place as a venue or "the X capital", the actors in another order, a
participle or relative clause, British and American spelling, a numeric date. An entry holds when
some candidate has the event's type and status, covers its day and is placed where it is (by the
scorer's place test). Entries that do not hold yet are marked ``xfail`` (strict), so the next
round sees which wordings still break and a rule that mends one must remove its mark.

The rules this round mended, each tested with invented sentences in several outlet styles and
near-misses that must not change:

* a fronted place followed by a comma and a country that begins the next clause ("On 8 December,
  in Moscow, Belarus and Russia signed …", "On Monday, in Asmara, Ethiopia's prime minister
  held …"): the country is no qualifier of the city ("Georgetown, Guyana" still is), so the city
  places the event;
* "next July" told in July: July of the next year (as "last March" told in March is the last
  year's); "in July" told in July stays this year's;
* "travelled together to", "will travel together to": a trip like "travelled to".
"""

from __future__ import annotations

import pytest

from mapapp.extract.scoring import finds
from tests.conftest import article_candidates, core_told

M, V, C, K, A = "meeting", "visit", "conference", "call", "agreement"
PAST, PLAN = "occurred", "announced"
# places the sheet gives by country only: the event is placed in that country, at no city
COUNTRY_ONLY = {"Argentina": "AR", "Kenya": "KE", "Turkey": "TR"}


def holds(published: str, expected: tuple[str, str, str, str | None], text: str) -> bool:
    """Whether a candidate of ``text`` has the expected type and status, covers its day and is
    placed where it is (a city within the scorer's distance, a country, or no place)."""
    kind, status, day, place = expected
    gold = {
        "sentence": "",
        "event_type": kind,
        "date_start": day,
        "date_end": day,
        "place": None if place in COUNTRY_ONLY else place,
        "country_code": COUNTRY_ONLY.get(place),
    }
    found = article_candidates(text, published)
    return any(finds(gold, c) and c["status"] == status for c in found)


# (name, published, (type, status, day, place), paraphrase)
STILL = pytest.mark.xfail(strict=True, reason="a wording the rules do not read yet")
SHEET = [
    pytest.param(
        "2008-05-14",
        (V, PAST, "2008-05-13", "Lome"),
        (
            "Benin's president flew into Lome on Tuesday at the start of a two-day visit, "
            "accompanied by three of his ministers."
        ),
        id="arrival-two-day-visit-a",
    ),
    pytest.param(
        "2008-05-14",
        (V, PAST, "2008-05-13", "Lome"),
        (
            "On Tuesday the president of Benin began a two-day official visit to Togo, "
            "landing in the Togolese capital, Lome, at the head of a large delegation."
        ),
        id="arrival-two-day-visit-b",
    ),
    pytest.param(
        "2008-05-14",
        (V, PAST, "2008-05-13", "Lome"),
        (
            "The Beninese head of state, who reached Lome on Tuesday for a two-day stay, was "
            "greeted at the airport by the prime minister."
        ),
        id="arrival-two-day-visit-c",
    ),
    pytest.param(
        "1995-12-05",
        (M, PAST, "1995-12-05", "Muscat"),
        (
            "MUSCAT, Dec 5 (Wire) - The sultan received the emir of Kuwait at his palace on "
            "Tuesday evening."
        ),
        id="received-at-palace-a",
    ),
    pytest.param(
        "1995-12-05",
        (M, PAST, "1995-12-05", "Muscat"),
        (
            "The emir of Kuwait was received by the sultan of Oman in Muscat on Tuesday, the "
            "state news agency reported."
        ),
        id="received-at-palace-b",
    ),
    pytest.param(
        "1995-12-05",
        (M, PAST, "1995-12-05", "Muscat"),
        ("Later on Tuesday the sultan hosted the Kuwaiti emir for talks at his Muscat palace."),
        id="received-at-palace-c",
        marks=STILL,
    ),
    pytest.param(
        "2024-05-22",
        (M, PAST, "2024-05-21", "Islamabad"),
        (
            "Special Envoy Li Wei held consultations in Islamabad yesterday with Pakistan's "
            "Additional Foreign Secretary."
        ),
        id="consultations-yesterday-a",
    ),
    pytest.param(
        "2024-05-22",
        (M, PAST, "2024-05-21", "Islamabad"),
        (
            "A: Yesterday in Islamabad, our special envoy and Pakistan's Additional Foreign "
            "Secretary held consultations on the Afghan situation."
        ),
        id="consultations-yesterday-b",
    ),
    pytest.param(
        "2024-05-22",
        (M, PAST, "2024-05-21", "Islamabad"),
        (
            "The special envoy, who reached Islamabad on Monday, consulted with Pakistan's "
            "Additional Foreign Secretary on Tuesday."
        ),
        id="consultations-yesterday-c",
        marks=STILL,
    ),
    pytest.param(
        "2016-12-13",
        (M, PAST, "2016-12-12", "Muscat"),
        ("Iran's foreign minister was received by the sultan in Muscat on Monday evening."),
        id="audience-with-sultan-a",
    ),
    pytest.param(
        "2016-12-13",
        (M, PAST, "2016-12-12", "Muscat"),
        (
            "Sultan Qaboos received the visiting Iranian foreign minister at Bait Al Barakah "
            "palace in Muscat on Monday."
        ),
        id="audience-with-sultan-b",
    ),
    pytest.param(
        "2016-12-13",
        (M, PAST, "2016-12-12", "Muscat"),
        (
            "On Monday evening, hours after landing in the Omani capital, the Iranian "
            "minister was granted an audience with the sultan."
        ),
        id="audience-with-sultan-c",
    ),
    pytest.param(
        "2024-09-25",
        (V, PLAN, "2024-09-27", "Ottawa"),
        ("Iceland's foreign minister will go on to Ottawa on Friday for talks on Arctic security."),
        id="onward-stop-a",
    ),
    pytest.param(
        "2024-09-25",
        (V, PLAN, "2024-09-27", "Ottawa"),
        ("The Icelandic minister plans to visit Ottawa on Friday before flying home."),
        id="onward-stop-b",
    ),
    pytest.param(
        "2024-09-25",
        (V, PLAN, "2024-09-27", "Ottawa"),
        (
            "Iceland's foreign minister is due in Ottawa on Friday for talks with her "
            "Canadian counterpart."
        ),
        id="onward-stop-c",
    ),
    pytest.param(
        "2022-05-18",
        (K, PAST, "2022-05-18", None),
        (
            "The Secretary of State held a phone call today with Pakistan's foreign minister "
            "on the humanitarian situation in Afghanistan."
        ),
        id="call-today-a",
    ),
    pytest.param(
        "2022-05-18",
        (K, PAST, "2022-05-18", None),
        (
            "Today the Secretary telephoned Pakistani Foreign Minister Bilawal to discuss "
            "regional security."
        ),
        id="call-today-b",
    ),
    pytest.param(
        "2022-05-18",
        (K, PAST, "2022-05-18", None),
        (
            "Pakistan's foreign minister and the Secretary of State spoke by phone today "
            "about Afghanistan."
        ),
        id="call-today-c",
    ),
    pytest.param(
        "2025-02-11",
        (M, PAST, "2025-02-11", "Beijing"),
        (
            "BEIJING, Feb. 11 -- Chinese President held talks with his Sri Lankan counterpart"
            " on Tuesday at the Great Hall of the People."
        ),
        id="talks-great-hall-a",
    ),
    pytest.param(
        "2025-02-11",
        (M, PAST, "2025-02-11", "Beijing"),
        ("Sri Lanka's president and China's president held talks in Beijing on Tuesday."),
        id="talks-great-hall-b",
    ),
    pytest.param(
        "2025-02-11",
        (M, PAST, "2025-02-11", "Beijing"),
        (
            "The Sri Lankan president was received for talks by the Chinese president at the "
            "Great Hall of the People on Tuesday."
        ),
        id="talks-great-hall-c",
    ),
    pytest.param(
        "2016-07-27",
        (V, PLAN, "2016-08-01", "Manila"),
        ("The Secretary will visit Tokyo and Manila next month for talks on maritime security."),
        id="two-stop-trip-next-month-a",
    ),
    pytest.param(
        "2016-07-27",
        (V, PLAN, "2016-08-01", "Manila"),
        (
            "Next month the Secretary is to travel to Japan and the Philippines, with stops "
            "in Tokyo and Manila."
        ),
        id="two-stop-trip-next-month-b",
    ),
    pytest.param(
        "2016-07-27",
        (V, PLAN, "2016-08-01", "Manila"),
        (
            "The Secretary confirmed a trip next month to Tokyo and Manila for talks with "
            "both governments."
        ),
        id="two-stop-trip-next-month-c",
        marks=STILL,
    ),
    pytest.param(
        "2004-11-30",
        (M, PLAN, "2005-04-01", "Jakarta"),
        (
            "The two leaders will hold their first annual meeting in Jakarta next April, the "
            "spokesman said."
        ),
        id="first-annual-meeting-a",
    ),
    pytest.param(
        "2004-11-30",
        (M, PLAN, "2005-04-01", "Jakarta"),
        (
            "The first of the annual leaders' meetings the two agreed on will take place in "
            "Jakarta next April."
        ),
        id="first-annual-meeting-b",
        marks=STILL,
    ),
    pytest.param(
        "2004-11-30",
        (M, PLAN, "2005-04-01", "Jakarta"),
        ("They agreed to meet every year, starting in Jakarta in April next year."),
        id="first-annual-meeting-c",
    ),
    pytest.param(
        "2016-05-17",
        (M, PAST, "2016-05-17", "Maputo"),
        (
            "Malawi's president held talks with his Mozambican counterpart in Maputo on "
            "Tuesday, at the start of a two-day official visit."
        ),
        id="talks-with-counterpart-a",
    ),
    pytest.param(
        "2016-05-17",
        (M, PAST, "2016-05-17", "Maputo"),
        (
            "MAPUTO, May 17 (Wire) — Mozambique's president received his Malawian counterpart"
            " for talks at the Ponta Vermelha palace on Tuesday."
        ),
        id="talks-with-counterpart-b",
    ),
    pytest.param(
        "2016-05-17",
        (M, PAST, "2016-05-17", "Maputo"),
        (
            "The Malawian head of state, who arrived in Maputo on Tuesday, met his Mozambican"
            " counterpart at the presidential palace."
        ),
        id="talks-with-counterpart-c",
    ),
    pytest.param(
        "2000-07-14",
        (M, PLAN, "2000-07-14", "Luang Prabang"),
        (
            "Later on Friday he flew to Luang Prabang, where he was due to meet provincial "
            "officials."
        ),
        id="was-to-meet-a",
        marks=STILL,
    ),
    pytest.param(
        "2000-07-14",
        (M, PLAN, "2000-07-14", "Luang Prabang"),
        ("He was expected to meet provincial officials in Luang Prabang later in the day."),
        id="was-to-meet-b",
        marks=STILL,
    ),
    pytest.param(
        "2026-03-18",
        (M, PAST, "2026-03-02", "Benghazi"),
        (
            "She told members she had flown to Benghazi on 2 March to see the eastern "
            "administration's leader."
        ),
        id="briefer-met-on-day-a",
        marks=STILL,
    ),
    pytest.param(
        "2026-03-18",
        (M, PAST, "2026-03-02", "Benghazi"),
        ("On 2 March, in Benghazi, she met the head of the eastern administration."),
        id="briefer-met-on-day-b",
    ),
    pytest.param(
        "2026-03-18",
        (M, PAST, "2026-03-02", "Benghazi"),
        (
            "She said she had met the head of the eastern-based administration in Benghazi on"
            " 2 March."
        ),
        id="briefer-met-on-day-c",
    ),
    pytest.param(
        "2007-03-08",
        (C, PLAN, "2007-03-12", "Addis Ababa"),
        (
            "A session of the AU's Peace and Security Council in Addis Ababa will review the "
            "mission next week."
        ),
        id="council-next-week-a",
    ),
    pytest.param(
        "2007-03-08",
        (C, PLAN, "2007-03-12", "Addis Ababa"),
        (
            "A meeting of the AU Peace and Security Council is scheduled for next week in "
            "Addis Ababa."
        ),
        id="council-next-week-b",
    ),
    pytest.param(
        "2007-03-08",
        (C, PLAN, "2007-03-12", "Addis Ababa"),
        (
            "The mission will be reviewed next week by the AU's Peace and Security Council, "
            "which sits in the Ethiopian capital."
        ),
        id="council-next-week-c",
        marks=STILL,
    ),
    pytest.param(
        "2008-10-07",
        (C, PAST, "2008-06-01", "Medellín"),
        (
            "The OAS General Assembly, held in Medellín in June, gave the two ministers a "
            "chance to meet."
        ),
        id="assembly-sidelines-a",
        marks=STILL,
    ),
    pytest.param(
        "2008-10-07",
        (C, PAST, "2008-06-01", "Medellín"),
        (
            "The two foreign ministers met on the sidelines of the OAS General Assembly in "
            "Medellin in June."
        ),
        id="assembly-sidelines-b",
    ),
    pytest.param(
        "2008-10-07",
        (C, PAST, "2008-06-01", "Medellín"),
        (
            "In June, on the margins of the Organization of American States' General Assembly"
            " in Medellín, the ministers held two hours of talks."
        ),
        id="assembly-sidelines-c",
        marks=STILL,
    ),
    pytest.param(
        "2022-10-14",
        (M, PLAN, "2022-10-17", "Paramaribo"),
        (
            "Paramaribo will on Monday stage the Cooperation Council's third session between "
            "Guyana and Suriname."
        ),
        id="council-session-monday-a",
        marks=STILL,
    ),
    pytest.param(
        "2022-10-14",
        (M, PLAN, "2022-10-17", "Paramaribo"),
        (
            "Guyana's president is to travel to Paramaribo on Monday to attend the third "
            "session of the Guyana-Suriname Cooperation Council."
        ),
        id="council-session-monday-b",
    ),
    pytest.param(
        "2022-10-14",
        (M, PLAN, "2022-10-17", "Paramaribo"),
        (
            "On Monday, Paramaribo hosts the third Guyana-Suriname Cooperation Council "
            "meeting, the ministry said."
        ),
        id="council-session-monday-c",
        marks=STILL,
    ),
    pytest.param(
        "2012-09-26",
        (M, PAST, "2011-12-01", "Ipiales"),
        (
            "The two presidents' previous meeting was in December 2011 in the border town of "
            "Ipiales."
        ),
        id="last-met-a",
    ),
    pytest.param(
        "2012-09-26",
        (M, PAST, "2011-12-01", "Ipiales"),
        (
            "In December 2011 the two presidents met in Ipiales, on the border, and pledged "
            "to double trade."
        ),
        id="last-met-b",
    ),
    pytest.param(
        "2012-09-26",
        (M, PAST, "2011-12-01", "Ipiales"),
        ("They last held talks in Ipiales in December 2011."),
        id="last-met-c",
    ),
    pytest.param(
        "2019-05-24",
        (V, PAST, "2019-05-24", "Francistown"),
        ("On 24 May the two presidents visited Francistown to open the new border post."),
        id="joint-trip-a",
    ),
    pytest.param(
        "2019-05-24",
        (V, PAST, "2019-05-24", "Francistown"),
        (
            "The two Heads of State went to Francistown on 24 May, where they opened the new "
            "border post facilities."
        ),
        id="joint-trip-b",
    ),
    pytest.param(
        "2019-05-24",
        (V, PAST, "2019-05-24", "Francistown"),
        (
            "The Heads of State travelled together to Francistown on 24 May 2019 to jointly "
            "open the border facilities."
        ),
        id="joint-trip-c",
    ),
    pytest.param(
        "2020-07-15",
        (C, PLAN, "2020-07-16", "Baghdad"),
        (
            "The three leaders agreed that their next summit would be held in Baghdad before "
            "the end of the year."
        ),
        id="next-summit-by-year-end-a",
    ),
    pytest.param(
        "2020-07-15",
        (C, PLAN, "2020-07-16", "Baghdad"),
        ("Baghdad will host the next summit of the three before the year is out, they agreed."),
        id="next-summit-by-year-end-b",
        marks=STILL,
    ),
    pytest.param(
        "2020-07-15",
        (C, PLAN, "2020-07-16", "Baghdad"),
        ("Their next summit is to take place in the Iraqi capital by the end of the year."),
        id="next-summit-by-year-end-c",
    ),
    pytest.param(
        "2006-02-09",
        (M, PLAN, "2006-07-01", "Mexico City"),
        (
            "The next round of political consultations will be held in Mexico City in the "
            "second half of the year."
        ),
        id="next-round-half-year-a",
    ),
    pytest.param(
        "2006-02-09",
        (M, PLAN, "2006-07-01", "Mexico City"),
        (
            "Both ministers agreed to hold the next round of consultations in Mexico City in "
            "the second half of this year."
        ),
        id="next-round-half-year-b",
    ),
    pytest.param(
        "2003-04-09",
        (V, PAST, "2003-04-07", "Yerevan"),
        (
            "The minister came to Tbilisi late Tuesday after a stop in Yerevan, where he met "
            "Armenia's president on Monday."
        ),
        id="earlier-stop-a",
        marks=STILL,
    ),
    pytest.param(
        "2003-04-09",
        (V, PAST, "2003-04-07", "Yerevan"),
        (
            "Before arriving in Tbilisi, the minister was in Yerevan on Monday for talks with"
            " Armenia's president."
        ),
        id="earlier-stop-b",
    ),
    pytest.param(
        "2003-04-09",
        (V, PAST, "2003-04-07", "Yerevan"),
        (
            "The minister flew in from Yerevan late Tuesday; he had met Armenia's president "
            "and foreign minister there on Monday."
        ),
        id="earlier-stop-c",
        marks=STILL,
    ),
    pytest.param(
        "2011-05-10",
        (V, PLAN, "2011-05-16", "Kampala"),
        (
            "Kenya's foreign minister will travel to Kampala next week for more talks with "
            "his Ugandan counterpart."
        ),
        id="trip-next-week-a",
    ),
    pytest.param(
        "2011-05-10",
        (V, PLAN, "2011-05-16", "Kampala"),
        ("Kenya's foreign minister is expected in Kampala next week, an official said."),
        id="trip-next-week-b",
    ),
    pytest.param(
        "2011-05-10",
        (V, PLAN, "2011-05-16", "Kampala"),
        (
            "Next week Kenya's top diplomat is due to visit Kampala for talks with his "
            "Ugandan counterpart."
        ),
        id="trip-next-week-c",
    ),
    pytest.param(
        "2018-03-09",
        (C, PLAN, "2018-03-15", "Astana"),
        (
            "Both presidents are expected in Astana on 15 March for a consultative gathering "
            "of the region's heads of state."
        ),
        id="regional-summit-day-a",
    ),
    pytest.param(
        "2018-03-09",
        (C, PLAN, "2018-03-15", "Astana"),
        ("A consultative summit of Central Asian leaders will be held in Astana on March 15."),
        id="regional-summit-day-b",
    ),
    pytest.param(
        "2018-03-09",
        (C, PLAN, "2018-03-15", "Astana"),
        (
            "On March 15, Astana will host the first consultative meeting of Central Asian "
            "heads of state."
        ),
        id="regional-summit-day-c",
    ),
    pytest.param(
        "2022-03-04",
        (V, PLAN, "2022-03-07", "Kingston"),
        ("The Deputy Secretary will visit Bridgetown and Kingston from March 7 to 10."),
        id="two-capitals-span-a",
    ),
    pytest.param(
        "2022-03-04",
        (V, PLAN, "2022-03-07", "Kingston"),
        (
            "From March 7-10, the Deputy Secretary of State travels to Barbados and Jamaica, "
            "with stops in Bridgetown and Kingston."
        ),
        id="two-capitals-span-b",
    ),
    pytest.param(
        "2022-03-04",
        (V, PLAN, "2022-03-07", "Kingston"),
        (
            "The Deputy Secretary of State will be in Bridgetown and Kingston on March 7-10 "
            "to reaffirm ties with the Caribbean."
        ),
        id="two-capitals-span-c",
        marks=STILL,
    ),
    pytest.param(
        "2012-08-26",
        (V, PAST, "2012-08-23", "Papeete"),
        (
            "PAPEETE, Aug 26 (Radio) - Samoa's prime minister arrived in Papeete on Thursday "
            "evening for the meeting."
        ),
        id="evening-arrival-a",
    ),
    pytest.param(
        "2012-08-26",
        (V, PAST, "2012-08-23", "Papeete"),
        ("Samoa's prime minister flew into Papeete on Thursday ahead of the leaders' meeting."),
        id="evening-arrival-b",
    ),
    pytest.param(
        "2022-09-28",
        (M, PLAN, "2022-11-01", "Washington"),
        ("The U.S.-Qatar Strategic Dialogue will be held in Washington in November."),
        id="dialogue-convenes-a",
    ),
    pytest.param(
        "2022-09-28",
        (M, PLAN, "2022-11-01", "Washington"),
        ("Washington will host the next U.S.-Qatar Strategic Dialogue in November."),
        id="dialogue-convenes-b",
    ),
    pytest.param(
        "2022-09-28",
        (M, PLAN, "2022-11-01", "Washington"),
        (
            "The two discussed preparations for the U.S.-Qatar Strategic Dialogue, to be held"
            " in Washington in November."
        ),
        id="dialogue-convenes-c",
    ),
    pytest.param(
        "2025-07-13",
        (V, PLAN, "2025-07-15", "Brasília"),
        (
            "On Tuesday Argentina's foreign minister will visit Brasilia to hold talks with "
            "Brazil's top diplomat."
        ),
        id="visit-on-weekday-a",
    ),
    pytest.param(
        "2025-07-13",
        (V, PLAN, "2025-07-15", "Brasília"),
        (
            "On Tuesday, the Argentine foreign minister is due in Brasília to prepare the "
            "summit with her Brazilian counterpart."
        ),
        id="visit-on-weekday-b",
    ),
    pytest.param(
        "2025-07-13",
        (V, PLAN, "2025-07-15", "Brasília"),
        ("Argentina's top diplomat travels to the Brazilian capital on Tuesday for talks."),
        id="visit-on-weekday-c",
    ),
    pytest.param(
        "1995-11-26",
        (V, PLAN, "1995-12-07", "Budapest"),
        (
            "In December he will go to Budapest, where the OSCE Ministerial Council sits on 7"
            " and 8 December."
        ),
        id="ministerial-council-trip-a",
    ),
    pytest.param(
        "1995-11-26",
        (V, PLAN, "1995-12-07", "Budapest"),
        ("He is due in Budapest on 7-8 December for the OSCE Ministerial Council."),
        id="ministerial-council-trip-b",
    ),
    pytest.param(
        "1995-11-26",
        (V, PLAN, "1995-12-07", "Budapest"),
        ("He will attend the OSCE Ministerial Council in Budapest on December 7 and 8."),
        id="ministerial-council-trip-c",
    ),
    pytest.param(
        "2013-02-19",
        (M, PLAN, "2013-04-01", "Prague"),
        (
            "The two envoys will hold another meeting in Prague in early April, officials in "
            "Tbilisi said."
        ),
        id="meet-again-early-month-a",
    ),
    pytest.param(
        "2013-02-19",
        (M, PLAN, "2013-04-01", "Prague"),
        ("Their next meeting is set for early April in Prague."),
        id="meet-again-early-month-b",
    ),
    pytest.param(
        "2013-02-19",
        (M, PLAN, "2013-04-01", "Prague"),
        ("The envoys agreed to hold their next round in Prague in early April."),
        id="meet-again-early-month-c",
    ),
    pytest.param(
        "2001-04-18",
        (C, PAST, "1998-04-01", "Santiago"),
        ("The previous summit took place in Santiago, Chile, in April 1998."),
        id="last-summit-a",
    ),
    pytest.param(
        "2001-04-18",
        (C, PAST, "1998-04-01", "Santiago"),
        ("Santiago hosted the last summit in April 1998."),
        id="last-summit-b",
    ),
    pytest.param(
        "2001-04-18",
        (C, PAST, "1998-04-01", "Santiago"),
        ("The last such summit, in Santiago in April 1998, launched talks on a free trade area."),
        id="last-summit-c",
    ),
    pytest.param(
        "1996-12-31",
        (M, PLAN, "1997-01-16", "Madrid"),
        (
            "The president will visit Madrid and Oslo during the second half of January, "
            "thanking the hosts of the negotiations."
        ),
        id="thank-you-tour-a",
    ),
    pytest.param(
        "1996-12-31",
        (M, PLAN, "1997-01-16", "Madrid"),
        (
            "In the second half of January, the president is to travel to Madrid and Oslo for"
            " meetings with the host governments."
        ),
        id="thank-you-tour-b",
    ),
    pytest.param(
        "2009-03-23",
        (V, PAST, "2009-03-16", "Herat"),
        ("Aalto got back on Friday after touring Herat, Kandahar and Jalalabad for five days."),
        id="returned-from-tour-a",
        marks=STILL,
    ),
    pytest.param(
        "2009-03-23",
        (V, PAST, "2009-03-16", "Herat"),
        (
            "Aalto, home on Friday after a five-day trip to Herat, Kandahar and Jalalabad, "
            "said security was worse."
        ),
        id="returned-from-tour-b",
    ),
    pytest.param(
        "2001-12-31",
        (C, PLAN, "2002-01-21", "Tokyo"),
        (
            "An international conference on reconstruction aid to Afghanistan will be held in"
            " Tokyo on 21 and 22 January."
        ),
        id="hosted-conference-a",
    ),
    pytest.param(
        "2001-12-31",
        (C, PLAN, "2002-01-21", "Tokyo"),
        ("Japan is to host a conference on Afghan reconstruction in Tokyo on January 21-22."),
        id="hosted-conference-b",
    ),
    pytest.param(
        "2001-12-31",
        (C, PLAN, "2002-01-21", "Tokyo"),
        ("Tokyo will host the international reconstruction conference on 21-22 January."),
        id="hosted-conference-c",
    ),
    pytest.param(
        "2003-09-23",
        (V, PLAN, "2003-10-16", "Argentina"),
        ("The President of Brazil will pay a state visit to Argentina on 16 October."),
        id="state-visit-to-country-a",
    ),
    pytest.param(
        "2003-09-23",
        (V, PLAN, "2003-10-16", "Argentina"),
        (
            "The Brazilian President's state visit to Argentina, scheduled for 16 October, "
            "was also discussed."
        ),
        id="state-visit-to-country-b",
    ),
    pytest.param(
        "2003-09-23",
        (V, PLAN, "2003-10-16", "Argentina"),
        ("The President of Brazil is expected in Argentina on October 16 for a state visit."),
        id="state-visit-to-country-c",
    ),
    pytest.param(
        "2005-12-31",
        (V, PAST, "2005-12-19", "Caracas"),
        ("The Secretary-General's Good Officer visited Caracas and Georgetown last week."),
        id="envoy-last-week-a",
    ),
    pytest.param(
        "2005-12-31",
        (V, PAST, "2005-12-19", "Caracas"),
        (
            "Last week the UN Good Officer travelled to Georgetown and Caracas for talks in "
            "both capitals."
        ),
        id="envoy-last-week-b",
    ),
    pytest.param(
        "2004-06-22",
        (K, PAST, "2004-06-19", None),
        ("On 19/06/2004 the Minister spoke by telephone with his Algerian counterpart."),
        id="numeric-date-call-a",
    ),
    pytest.param(
        "2004-06-22",
        (K, PAST, "2004-06-19", None),
        (
            "The Minister and his Algerian counterpart held a telephone conversation on 19 "
            "June 2004."
        ),
        id="numeric-date-call-b",
    ),
    pytest.param(
        "2004-06-22",
        (K, PAST, "2004-06-19", None),
        ("On 19 June, the Minister received a telephone call from his Algerian counterpart."),
        id="numeric-date-call-c",
    ),
    pytest.param(
        "2020-01-27",
        (A, PAST, "2020-01-27", "Vienna"),
        (
            "The two heads of government issued a joint statement after their talks in Vienna"
            " on Monday."
        ),
        id="joint-statement-a",
    ),
    pytest.param(
        "2020-01-27",
        (A, PAST, "2020-01-27", "Vienna"),
        (
            "In a joint statement after meeting in Vienna on Monday, the two heads of "
            "government called for faster work."
        ),
        id="joint-statement-b",
    ),
    pytest.param(
        "2020-01-27",
        (A, PAST, "2020-01-27", "Vienna"),
        (
            "VIENNA, Jan 27 (Wire) - Austria's chancellor and Slovenia's prime minister "
            "adopted a joint statement after talks at the Federal Chancellery."
        ),
        id="joint-statement-c",
    ),
    pytest.param(
        "2016-07-26",
        (V, PAST, "2016-07-25", "Vientiane"),
        (
            "The Secretary of State landed in Vientiane on Monday evening ahead of the East "
            "Asia Summit foreign ministers' meeting."
        ),
        id="arrived-and-joined-a",
    ),
    pytest.param(
        "2016-07-26",
        (V, PAST, "2016-07-25", "Vientiane"),
        (
            "Secretary of State reached Vientiane on Monday night and attended the ASEAN "
            "Regional Forum on Tuesday."
        ),
        id="arrived-and-joined-b",
    ),
    pytest.param(
        "2016-07-26",
        (V, PAST, "2016-07-25", "Vientiane"),
        (
            "After arriving in the Lao capital on Monday, the Secretary took part in the "
            "ASEAN Regional Forum."
        ),
        id="arrived-and-joined-c",
        marks=STILL,
    ),
    pytest.param(
        "2011-06-21",
        (A, PAST, "2011-03-05", "Sochi"),
        (
            "The previous three-way meeting, held in Sochi on 5 March, ended with a joint "
            "statement on prisoner exchanges."
        ),
        id="statement-ended-meeting-a",
    ),
    pytest.param(
        "2011-06-21",
        (A, PAST, "2011-03-05", "Sochi"),
        (
            "At their last meeting, in Sochi on March 5, the three presidents issued a joint "
            "statement on exchanging prisoners."
        ),
        id="statement-ended-meeting-b",
    ),
    pytest.param(
        "2025-09-24",
        (C, PAST, "2025-09-23", "New York"),
        (
            "Leaders of the AU's security council met for a summit in New York on Tuesday, on"
            " the margins of the annual UN gathering."
        ),
        id="summit-on-sidelines-a",
    ),
    pytest.param(
        "2025-09-24",
        (C, PAST, "2025-09-23", "New York"),
        (
            "On Tuesday, African leaders sitting on the AU's Peace and Security Council met "
            "at summit level in New York on Sudan."
        ),
        id="summit-on-sidelines-b",
    ),
    pytest.param(
        "2016-01-01",
        (K, PAST, "2015-12-31", None),
        ("On New Year's Eve the Dutch prime minister telephoned his Luxembourg counterpart."),
        id="holiday-call-a",
    ),
    pytest.param(
        "2016-01-01",
        (K, PAST, "2015-12-31", None),
        (
            "The Dutch and Luxembourg prime ministers spoke by phone on December 31, his "
            "office said."
        ),
        id="holiday-call-b",
    ),
    pytest.param(
        "2016-01-01",
        (K, PAST, "2015-12-31", None),
        (
            "The prime minister had a phone call with his Luxembourg counterpart on Thursday "
            "to mark the handover."
        ),
        id="holiday-call-c",
    ),
    pytest.param(
        "2019-11-09",
        (A, PAST, "2018-09-01", "Addis Ababa"),
        (
            "The peace agreement, signed in Addis Ababa in September 2018, ended five years "
            "of civil war."
        ),
        id="past-peace-deal-a",
    ),
    pytest.param(
        "2019-11-09",
        (A, PAST, "2018-09-01", "Addis Ababa"),
        ("The rivals signed a peace deal in Addis Ababa in September 2018."),
        id="past-peace-deal-b",
    ),
    pytest.param(
        "2019-11-09",
        (A, PAST, "2018-09-01", "Addis Ababa"),
        ("The war ended under an accord signed in the Ethiopian capital in September 2018."),
        id="past-peace-deal-c",
    ),
    pytest.param(
        "2003-06-14",
        (A, PAST, "2003-06-14", "Ulaanbaatar"),
        (
            "ULAANBAATAR, June 14 (Wire) - On Saturday the ministers signed an exchange of "
            "notes covering a hospital grant."
        ),
        id="exchange-of-notes-a",
    ),
    pytest.param(
        "2003-06-14",
        (A, PAST, "2003-06-14", "Ulaanbaatar"),
        (
            "An exchange of notes on a hospital grant was signed by the two ministers in "
            "Ulaanbaatar on Saturday."
        ),
        id="exchange-of-notes-b",
    ),
    pytest.param(
        "2026-01-02",
        (A, PAST, "1999-12-08", "Moscow"),
        (
            "The treaty creating the Union State was signed in Moscow on 8 December 1999 by "
            "the presidents of Belarus and Russia."
        ),
        id="treaty-on-date-a",
    ),
    pytest.param(
        "2026-01-02",
        (A, PAST, "1999-12-08", "Moscow"),
        ("On December 8, 1999, in Moscow, Belarus and Russia signed the Union State treaty."),
        id="treaty-on-date-b",
    ),
    pytest.param(
        "2026-01-02",
        (A, PAST, "1999-12-08", "Moscow"),
        (
            "The Union State treaty, signed by the two presidents in the Russian capital on 8"
            " December 1999, promised a common currency."
        ),
        id="treaty-on-date-c",
    ),
    pytest.param(
        "1997-07-09",
        (A, PAST, "1997-05-01", "Paris"),
        ("Russia signed its own founding act with NATO in Paris in May."),
        id="founding-act-a",
    ),
    pytest.param(
        "1997-07-09",
        (A, PAST, "1997-05-01", "Paris"),
        ("In May, in Paris, Russia and the alliance signed a founding act of their own."),
        id="founding-act-b",
    ),
    pytest.param(
        "1997-07-09",
        (A, PAST, "1997-05-01", "Paris"),
        ("Moscow's founding act with the alliance was signed in Paris in May."),
        id="founding-act-c",
    ),
    pytest.param(
        "2017-11-21",
        (C, PLAN, "2018-03-01", "Kigali"),
        (
            "An extraordinary African Union summit on the continental free trade area will be"
            " held in Kigali in March."
        ),
        id="extraordinary-summit-a",
    ),
    pytest.param(
        "2017-11-21",
        (C, PLAN, "2018-03-01", "Kigali"),
        ("Kigali will host an extraordinary AU summit in March on the free trade area."),
        id="extraordinary-summit-b",
    ),
    pytest.param(
        "2017-11-21",
        (C, PLAN, "2018-03-01", "Kigali"),
        ("African heads of state are to gather in Kigali in March for an extraordinary summit."),
        id="extraordinary-summit-c",
    ),
    pytest.param(
        "2020-07-09",
        (A, PAST, "2018-07-09", "Asmara"),
        (
            "On 9 July 2018, in Asmara, Eritrea's president and Ethiopia's prime minister put"
            " their names to a joint peace declaration."
        ),
        id="anniversary-signing-a",
        marks=STILL,
    ),
    pytest.param(
        "2020-07-09",
        (A, PAST, "2018-07-09", "Asmara"),
        ("The joint declaration of peace and friendship was signed in Asmara two years ago today."),
        id="anniversary-signing-b",
    ),
    pytest.param(
        "2020-07-09",
        (A, PAST, "2018-07-09", "Asmara"),
        ("Ethiopia and Eritrea signed their peace declaration in Asmara on July 9, 2018."),
        id="anniversary-signing-c",
    ),
    pytest.param(
        "2022-09-29",
        (K, PAST, "2022-09-29", None),
        ("The Prime Minister had a telephone conversation today with the President of Argentina."),
        id="readout-call-today-a",
    ),
    pytest.param(
        "2022-09-29",
        (K, PAST, "2022-09-29", None),
        ("Today the Prime Minister and the Argentine President spoke over the phone."),
        id="readout-call-today-b",
    ),
    pytest.param(
        "2022-09-29",
        (K, PAST, "2022-09-29", None),
        ("The President of Argentina telephoned the Prime Minister today."),
        id="readout-call-today-c",
    ),
    pytest.param(
        "2018-11-17",
        (C, PAST, "2018-11-17", "Port Moresby"),
        (
            "The APEC Economic Leaders' Meeting opened today in Port Moresby and will run "
            "until Sunday."
        ),
        id="forum-opens-today-a",
    ),
    pytest.param(
        "2018-11-17",
        (C, PAST, "2018-11-17", "Port Moresby"),
        ("APEC leaders begin their two-day meeting in Port Moresby today."),
        id="forum-opens-today-b",
    ),
    pytest.param(
        "2018-11-17",
        (C, PAST, "2018-11-17", "Port Moresby"),
        (
            "Papua New Guinea is hosting the APEC Economic Leaders' Meeting, which opens "
            "today at the APEC Haus in Port Moresby."
        ),
        id="forum-opens-today-c",
    ),
    pytest.param(
        "2015-07-30",
        (A, PAST, "2015-07-30", "Port Vila"),
        (
            "PORT VILA, July 30 (Radio) - The two prime ministers this morning signed a "
            "memorandum of understanding on disaster recovery."
        ),
        id="mou-this-morning-a",
    ),
    pytest.param(
        "2015-07-30",
        (A, PAST, "2015-07-30", "Port Vila"),
        (
            "A memorandum of understanding on technical cooperation was signed in Port Vila "
            "this morning by the two leaders."
        ),
        id="mou-this-morning-b",
    ),
    pytest.param(
        "2015-07-30",
        (A, PAST, "2015-07-30", "Port Vila"),
        (
            "The leaders of Fiji and Vanuatu inked an MoU on disaster recovery in Port Vila "
            "on Thursday."
        ),
        id="mou-this-morning-c",
    ),
    pytest.param(
        "2001-11-29",
        (C, PLAN, "2002-01-01", "Tokyo"),
        (
            "A ministerial conference on Afghan reconstruction is to be held in Tokyo in "
            "January 2002."
        ),
        id="donor-conference-a",
    ),
    pytest.param(
        "2001-11-29",
        (C, PLAN, "2002-01-01", "Tokyo"),
        (
            "Donor countries will meet in Tokyo in January 2002 for a ministerial conference "
            "on rebuilding Afghanistan."
        ),
        id="donor-conference-b",
    ),
    pytest.param(
        "2001-11-29",
        (C, PLAN, "2002-01-01", "Tokyo"),
        ("Tokyo will host a ministerial reconstruction conference in January."),
        id="donor-conference-c",
    ),
    pytest.param(
        "2012-05-31",
        (K, PAST, "2012-05-28", None),
        (
            "The Kyrgyz president had spoken by telephone with his Kazakh counterpart on "
            "Monday about the border."
        ),
        id="weekday-call-a",
    ),
    pytest.param(
        "2012-05-31",
        (K, PAST, "2012-05-28", None),
        ("On Monday the Kyrgyz president discussed the border by phone with the Kazakh president."),
        id="weekday-call-b",
        marks=STILL,
    ),
    pytest.param(
        "2012-05-31",
        (K, PAST, "2012-05-28", None),
        ("The two presidents held a telephone conversation on Monday, the press service said."),
        id="weekday-call-c",
    ),
    pytest.param(
        "2011-10-05",
        (A, PAST, "2011-10-05", "Kabul"),
        (
            "In Kabul on Wednesday, the Kazakh and Afghan foreign ministers signed an "
            "agreement on university scholarships."
        ),
        id="ministers-sign-a",
    ),
    pytest.param(
        "2011-10-05",
        (A, PAST, "2011-10-05", "Kabul"),
        (
            "An agreement extending Kazakh scholarships for Afghan students was signed at the"
            " Foreign Ministry in Kabul on Wednesday."
        ),
        id="ministers-sign-b",
    ),
    pytest.param(
        "2011-10-05",
        (A, PAST, "2011-10-05", "Kabul"),
        (
            "KABUL, Oct 5 (Wire) - Kazakhstan and Afghanistan signed an accord on Wednesday "
            "extending a scholarship programme."
        ),
        id="ministers-sign-c",
    ),
    pytest.param(
        "2014-09-06",
        (A, PAST, "2014-09-06", "Funafuti"),
        (
            "In Funafuti on Saturday, both governments exchanged notes covering a "
            "desalination grant."
        ),
        id="notes-exchanged-a",
    ),
    pytest.param(
        "2014-09-06",
        (A, PAST, "2014-09-06", "Funafuti"),
        ("Notes on a grant for a solar desalination plant were exchanged in Funafuti on Saturday."),
        id="notes-exchanged-b",
    ),
    pytest.param(
        "2014-09-06",
        (A, PAST, "2014-09-06", "Funafuti"),
        (
            "The Japanese minister and Tuvalu's prime minister signed a grant agreement for a"
            " desalination plant in Funafuti on Saturday."
        ),
        id="notes-exchanged-c",
    ),
    pytest.param(
        "2012-01-23",
        (A, PLAN, "2012-01-23", "Baghdad"),
        (
            "BAGHDAD, 23 January - The foreign minister will sign a memorandum of "
            "understanding on the oil pipeline with his Iraqi counterpart today."
        ),
        id="signing-today-a",
    ),
    pytest.param(
        "2012-01-23",
        (A, PLAN, "2012-01-23", "Baghdad"),
        (
            "Today in Baghdad, the two foreign ministers are to sign a memorandum on the oil "
            "pipeline."
        ),
        id="signing-today-b",
    ),
    pytest.param(
        "1996-12-31",
        (K, PAST, "1996-12-27", None),
        (
            "On Friday Russia's foreign minister phoned his Belarusian counterpart about the "
            "union treaty."
        ),
        id="friday-call-a",
    ),
    pytest.param(
        "1996-12-31",
        (K, PAST, "1996-12-27", None),
        (
            "Russia's and Belarus's foreign ministers discussed the draft union treaty by "
            "telephone on Friday."
        ),
        id="friday-call-b",
    ),
    pytest.param(
        "1996-12-31",
        (K, PAST, "1996-12-27", None),
        (
            "Russia's foreign minister held a telephone conversation with his Belarusian "
            "counterpart on 27 December."
        ),
        id="friday-call-c",
    ),
    pytest.param(
        "2009-07-05",
        (C, PLAN, "2010-07-01", "Montego Bay"),
        (
            "The next regular meeting of heads of government will take place in Montego Bay, "
            "Jamaica, in July next year."
        ),
        id="next-regular-meeting-a",
    ),
    pytest.param(
        "2009-07-05",
        (C, PLAN, "2010-07-01", "Montego Bay"),
        ("Leaders will hold their next regular summit in Montego Bay in July 2010."),
        id="next-regular-meeting-b",
    ),
    pytest.param(
        "2009-07-05",
        (C, PLAN, "2010-07-01", "Montego Bay"),
        ("Jamaica will host the next regular meeting of the conference in Montego Bay next July."),
        id="next-regular-meeting-c",
    ),
    pytest.param(
        "1990-05-19",
        (K, PAST, "1990-05-16", None),
        (
            "On Wednesday the Mexican president telephoned his Salvadoran counterpart about "
            "the peace process."
        ),
        id="president-call-a",
    ),
    pytest.param(
        "1990-05-19",
        (K, PAST, "1990-05-16", None),
        ("Mexico's president and El Salvador's president spoke by phone on Wednesday."),
        id="president-call-b",
    ),
    pytest.param(
        "1990-05-19",
        (K, PAST, "1990-05-16", None),
        (
            "The Mexican president held a telephone conversation with the Salvadoran "
            "president on Wednesday."
        ),
        id="president-call-c",
    ),
    pytest.param(
        "2009-03-14",
        (K, PAST, "2009-03-02", None),
        (
            "The trip comes after the U.S. secretary of state telephoned the Uzbek foreign "
            "minister on March 2."
        ),
        id="call-noun-dated-a",
    ),
    pytest.param(
        "2009-03-14",
        (K, PAST, "2009-03-02", None),
        ("The secretary of state and the Uzbek foreign minister spoke by phone on 2 March."),
        id="call-noun-dated-b",
    ),
    pytest.param(
        "2009-03-14",
        (K, PAST, "2009-03-02", None),
        (
            "On March 2 the U.S. secretary of state held a phone call with the Uzbek foreign "
            "minister."
        ),
        id="call-noun-dated-c",
    ),
    pytest.param(
        "2026-03-05",
        (C, PLAN, "2026-03-06", "Kenya"),
        ("A regional summit on the crisis will be held in Kenya later this month."),
        id="country-summit-a",
    ),
    pytest.param(
        "2026-03-05",
        (C, PLAN, "2026-03-06", "Kenya"),
        ("Kenya is to host a regional summit on the crisis later this month."),
        id="country-summit-b",
    ),
    pytest.param(
        "2013-08-19",
        (A, PAST, "2013-08-19", "Jakarta"),
        (
            "JAKARTA, Aug 19 (Agency) - Once their talks ended, five memoranda of "
            "understanding were signed before both leaders."
        ),
        id="witnessed-signing-a",
    ),
    pytest.param(
        "2013-08-19",
        (A, PAST, "2013-08-19", "Jakarta"),
        (
            "Five memoranda of understanding were signed in Jakarta on Monday in the presence"
            " of the two leaders."
        ),
        id="witnessed-signing-b",
    ),
    pytest.param(
        "2013-08-19",
        (A, PAST, "2013-08-19", "Jakarta"),
        (
            "The two governments signed five MoUs in Jakarta on Monday, on border crossings, "
            "energy and diplomatic training."
        ),
        id="witnessed-signing-c",
    ),
    pytest.param(
        "2024-08-19",
        (C, PLAN, "2024-08-23", "Nuku'alofa"),
        ("Forum foreign ministers are to meet in Nuku'alofa on Friday to prepare the communique."),
        id="ministers-meet-friday-a",
    ),
    pytest.param(
        "2024-08-19",
        (C, PLAN, "2024-08-23", "Nuku'alofa"),
        ("A meeting of Forum foreign ministers will take place in Nuku'alofa this Friday."),
        id="ministers-meet-friday-b",
    ),
    pytest.param(
        "2024-08-19",
        (C, PLAN, "2024-08-23", "Nuku'alofa"),
        ("Forum foreign ministers gather in the Tongan capital on Friday."),
        id="ministers-meet-friday-c",
        marks=STILL,
    ),
    pytest.param(
        "2024-04-22",
        (C, PLAN, "2024-07-01", "Washington"),
        ("NATO leaders will hold their summit in Washington in July."),
        id="alliance-summit-a",
    ),
    pytest.param(
        "2024-04-22",
        (C, PLAN, "2024-07-01", "Washington"),
        ("It was his last trip east before the NATO summit in Washington in July."),
        id="alliance-summit-b",
        marks=STILL,
    ),
    pytest.param(
        "2024-04-22",
        (C, PLAN, "2024-07-01", "Washington"),
        ("Washington hosts the NATO summit in July."),
        id="alliance-summit-c",
    ),
    pytest.param(
        "2002-02-25",
        (A, PAST, "2001-12-05", "Bonn"),
        (
            "The interim administration was set up under the agreement signed in Bonn on 5 "
            "December 2001."
        ),
        id="founding-agreement-a",
    ),
    pytest.param(
        "2002-02-25",
        (A, PAST, "2001-12-05", "Bonn"),
        (
            "The Afghan factions signed an agreement in Bonn on December 5, 2001, setting up "
            "the interim administration."
        ),
        id="founding-agreement-b",
    ),
    pytest.param(
        "2024-05-17",
        (C, PLAN, "2025-03-01", "Turkey"),
        ("The next summit will be held in Turkey in the spring of 2025."),
        id="next-host-country-a",
    ),
    pytest.param(
        "2024-05-17",
        (C, PLAN, "2025-03-01", "Turkey"),
        ("Turkey is to host the organisation's next summit in spring 2025."),
        id="next-host-country-b",
    ),
    pytest.param(
        "2017-03-09",
        (A, PAST, "2014-12-01", "Baghdad"),
        (
            "Both governments signed a water memorandum of understanding in Baghdad in "
            "December 2014."
        ),
        id="old-memorandum-a",
    ),
    pytest.param(
        "2017-03-09",
        (A, PAST, "2014-12-01", "Baghdad"),
        ("A water MoU, signed in Baghdad in December 2014, had never been applied."),
        id="old-memorandum-b",
    ),
    pytest.param(
        "2014-01-17",
        (K, PAST, "2014-01-15", None),
        ("On Wednesday he telephoned Haiti's foreign minister about the delayed elections."),
        id="minister-call-a",
    ),
    pytest.param(
        "2014-01-17",
        (K, PAST, "2014-01-15", None),
        ("He and Haiti's foreign minister discussed the elections by phone on Wednesday."),
        id="minister-call-b",
    ),
    pytest.param(
        "2014-01-17",
        (K, PAST, "2014-01-15", None),
        ("He had a telephone call on Wednesday with his Haitian counterpart."),
        id="minister-call-c",
    ),
    pytest.param(
        "2024-06-07",
        (K, PAST, "2024-06-06", None),
        (
            "Pakistan's foreign minister telephoned the Taliban's acting foreign minister on "
            "Thursday over the closed border."
        ),
        id="border-call-a",
    ),
    pytest.param(
        "2024-06-07",
        (K, PAST, "2024-06-06", None),
        (
            "On Thursday, Pakistan's foreign minister and the Taliban's acting foreign "
            "minister held a 40-minute phone call."
        ),
        id="border-call-b",
    ),
    pytest.param(
        "2024-06-07",
        (K, PAST, "2024-06-06", None),
        (
            "The Taliban's acting foreign minister spoke by phone with his Pakistani "
            "counterpart on Thursday."
        ),
        id="border-call-c",
    ),
    pytest.param(
        "2012-09-27",
        (A, PAST, "2012-09-27", "Bucharest"),
        (
            "BUCHAREST, 27 September - After the talks, the two ministers signed a protocol "
            "on cooperation between their diplomatic academies."
        ),
        id="protocol-signed-a",
    ),
    pytest.param(
        "2012-09-27",
        (A, PAST, "2012-09-27", "Bucharest"),
        (
            "A protocol on cooperation between the two diplomatic academies was signed in "
            "Bucharest on Thursday."
        ),
        id="protocol-signed-b",
    ),
    pytest.param(
        "2018-12-31",
        (A, PAST, "2018-09-16", "Jeddah"),
        ("16 September — A peace agreement is signed by the two leaders in Jeddah."),
        id="chronology-signing-a",
    ),
    pytest.param(
        "2018-12-31",
        (A, PAST, "2018-09-16", "Jeddah"),
        ("On 16 September the two leaders signed a peace agreement in Jeddah."),
        id="chronology-signing-b",
    ),
    pytest.param(
        "2025-11-10",
        (K, PAST, "2025-11-10", None),
        (
            "Mehta also telephoned Iranian Foreign Minister Reza Tavakoli on Monday about "
            "Hormuz shipping."
        ),
        id="also-phoned-a",
    ),
    pytest.param(
        "2025-11-10",
        (K, PAST, "2025-11-10", None),
        (
            "On Monday Mehta held a phone call with Iran's foreign minister on shipping in "
            "the Strait of Hormuz."
        ),
        id="also-phoned-b",
    ),
    pytest.param(
        "2025-11-10",
        (K, PAST, "2025-11-10", None),
        ("Iran's foreign minister and Mehta spoke over the telephone on Monday."),
        id="also-phoned-c",
    ),
    pytest.param(
        "2025-08-13",
        (A, PAST, "2025-08-11", "Port Vila"),
        (
            "The Australian minister signed a security partnership with Vanuatu's government "
            "in Port Vila on Monday."
        ),
        id="stopover-signing-a",
    ),
    pytest.param(
        "2025-08-13",
        (A, PAST, "2025-08-11", "Port Vila"),
        (
            "On Monday in Port Vila, a security partnership was signed by the Australian "
            "minister and Vanuatu's government."
        ),
        id="stopover-signing-b",
    ),
    pytest.param(
        "2025-08-13",
        (A, PAST, "2025-08-11", "Port Vila"),
        ("She had stopped in Port Vila on Monday to sign a security partnership with Vanuatu."),
        id="stopover-signing-c",
    ),
]


@pytest.mark.parametrize(("published", "expected", "text"), SHEET)
def test_a_paraphrase_of_a_read_event_is_read(
    published: str, expected: tuple[str, str, str, str | None], text: str
) -> None:
    assert holds(published, expected, text), (expected, core_told(text, published))


# --- a fronted place, then a country that begins the next clause ----------------------------


def test_a_fronted_city_before_two_signing_countries_places_a_chronology_signing() -> None:
    text = "On 8 December 1999, in Moscow, Belarus and Russia signed the treaty on the Union State."
    assert core_told(text, "2024-01-02") == [("agreement", "occurred", "1999-12-08", "Moscow")]


def test_a_fronted_city_before_a_country_and_a_body_places_a_wire_signing() -> None:
    text = "In May, in Paris, Russia and the alliance signed a founding act, he noted."
    assert ("agreement", "occurred", "1997-05-01", "Paris") in core_told(text, "1997-07-09")


def test_a_fronted_city_before_a_country_owning_the_subject_places_a_readout_meeting() -> None:
    text = "On Monday, in Asmara, Ethiopia's prime minister held talks with the Eritrean president."
    assert ("meeting", "occurred", "2018-07-09", "Asmara") in core_told(text, "2018-07-11")


def test_a_city_in_its_own_country_keeps_the_country_as_its_qualifier() -> None:
    text = "The foreign ministers held talks in Valencia, Venezuela, on Monday."
    found = [r for r in article_candidates(text, "2018-07-11") if r["event_type"] == "meeting"]
    assert [(r["place_name"], r["country_code"]) for r in found] == [("Valencia", "VE")]


def test_a_country_owning_the_next_subject_after_a_topic_country_places_nothing_there() -> None:
    text = (
        "ACCRA, Oct 18 (Desk) - Regional leaders will meet in Accra on Friday for a summit on the "
        "crisis in Mali, Ghana's foreign ministry said on Sunday."
    )
    assert core_told(text, "2020-10-18") == [("conference", "announced", "2020-10-23", "Accra")]


# --- "next July" told in July -------------------------------------------------------------------


def test_next_july_told_in_july_is_the_next_years_in_a_communique() -> None:
    text = "Leaders will hold their next summit in Bridgetown next July, the communique said."
    assert core_told(text, "2024-07-05") == [
        ("conference", "announced", "2025-07-01", "Bridgetown")
    ]


def test_in_july_told_in_july_stays_this_years() -> None:
    text = "Foreign ministers will meet in Lusaka in July to prepare the summit."
    assert core_told(text, "2024-07-05") == [("conference", "announced", "2024-07-05", "Lusaka")]


def test_last_july_told_in_july_is_the_last_years() -> None:
    text = "The two ministers met in Lusaka last July, the ministry recalled."
    assert core_told(text, "2024-07-05") == [("meeting", "occurred", "2023-07-01", "Lusaka")]


# --- "travelled together to" --------------------------------------------------------------------


def test_heads_of_state_who_travelled_together_made_a_visit() -> None:
    text = (
        "The two Heads of State travelled together to Francistown on 24 May to open a border post."
    )
    assert ("visit", "occurred", "2019-05-24", "Francistown") in core_told(text, "2019-05-28")


def test_presidents_who_will_travel_together_announce_a_visit() -> None:
    text = "The two presidents will travel together to Mombasa on Monday, a spokesman said."
    assert core_told(text, "2019-05-22") == [("visit", "announced", "2019-05-27", "Mombasa")]


def test_delegations_that_went_together_to_lunch_made_no_visit() -> None:
    text = "After the session the two delegations went together to lunch at the residence."
    assert [r for r in core_told(text, "2019-05-22") if r[0] == "visit"] == []


# --- a joint statement cited by "In a joint statement, …" -------------------------------------


def test_a_fronted_joint_statement_after_talks_is_an_agreement_in_a_wire_story() -> None:
    text = (
        "In a joint statement after their talks in Graz on Monday, the two chancellors called "
        "for faster work on bilingual road signs."
    )
    assert core_told(text, "2020-01-29") == [
        ("agreement", "occurred", "2020-01-27", "Graz"),
        ("meeting", "occurred", "2020-01-27", "Graz"),
    ]


def test_a_joint_statement_issued_after_talks_in_a_readout_is_an_agreement() -> None:
    text = (
        "The two ministers, in a joint statement issued after talks in Rabat on Tuesday, pledged "
        "to reopen their consulates."
    )
    assert ("agreement", "occurred", "2020-01-28", "Rabat") in core_told(text, "2020-01-29")


def test_the_wording_in_the_joint_statement_is_no_second_statement() -> None:
    text = (
        "The two leaders met in Graz on Monday; critics found the wording in the joint statement "
        "weak."
    )
    assert core_told(text, "2020-01-29") == [("meeting", "occurred", "2020-01-27", "Graz")]


# --- notes exchanged, in the passive ------------------------------------------------------------


def test_notes_on_a_grant_that_were_exchanged_are_an_agreement_in_a_ministry_release() -> None:
    text = "Notes on a grant for a rainwater tank programme were exchanged in Funafuti on Saturday."
    assert core_told(text, "2014-09-08") == [("agreement", "occurred", "2014-09-06", "Funafuti")]


def test_instruments_of_ratification_exchanged_are_an_agreement_in_a_wire_story() -> None:
    text = (
        "Instruments of ratification were formally exchanged in Tokyo on Saturday, officials said."
    )
    assert core_told(text, "2014-09-08") == [("agreement", "occurred", "2014-09-06", "Tokyo")]


def test_protest_notes_or_bare_notes_exchanged_are_no_agreement() -> None:
    for text in (
        "Protest notes on the incident were exchanged on Saturday, the ministry said.",
        "Notes were exchanged by the delegations before the vote on Saturday.",
    ):
        assert core_told(text, "2014-09-08") == []
