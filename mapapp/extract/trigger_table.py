"""The table of event triggers: for each event type, the wordings that state it.

Each row is ``(event_type, pattern, kind)``; :mod:`mapapp.extract.triggers` runs the rows over a
quote-masked sentence and reads the context of each match. Word lists the patterns are built from
live in :mod:`mapapp.extract.trigger_words`; everyday verbs in every tense in
:mod:`mapapp.extract.verb_forms`.
"""

from __future__ import annotations

import re

from mapapp.extract.adoptions import ADOPTION_TRIGGERS
from mapapp.extract.agreement_phrases import (
    DATED_NAME,
    PASSIVE_SIGNED,
    PRODUCED,
    SIGNED_PROGRAMME,
    WATCHED_SIGN,
)
from mapapp.extract.banquets import GUEST_AT_MEAL, HOST_OF_MEAL, HOST_OF_MEAL_AHEAD
from mapapp.extract.bare_wordings import BARE_TRIGGERS
from mapapp.extract.bilateral_held import BILATERAL_HELD
from mapapp.extract.body_sessions import BODY_AT_WORK, SESSION_OPENED
from mapapp.extract.credentials import CREDENTIAL_TRIGGERS
from mapapp.extract.day_first_calls import SPOKE_AFTER_DAY
from mapapp.extract.document_wordings import DOCUMENT_TRIGGERS
from mapapp.extract.first_met import FIRST_MET
from mapapp.extract.group_joins import GROUP_JOIN_TRIGGERS
from mapapp.extract.leg_wordings import LEG_TRIGGERS
from mapapp.extract.mechanisms import BODY_AHEAD, HOLD_BODY
from mapapp.extract.meeting_phrases import (
    AUDIENCE_WITH,
    CO_CHAIRED_BODY,
    CONVERSATIONS,
    CONVERSATIONS_AHEAD,
    JOINED_AT_MEAL,
    MEAL_AS_PURPOSE,
    MEAL_WITH,
    RECEIVED_FOR_MEAL,
)
from mapapp.extract.ordinal_events import RANKED
from mapapp.extract.plain_trips import PLAIN_TRIP_TRIGGERS
from mapapp.extract.present_meetings import MEETS_WHOM
from mapapp.extract.side_gatherings import GATHERING_TRIGGERS
from mapapp.extract.signed_after import SIGN_NOW, SIGNED_PLACE_FIRST, TEXT_THEN_SIGNED
from mapapp.extract.signing_clauses import SIGNING_TRIGGERS
from mapapp.extract.spoken_calls import SPOKE_WITH_OFFICE
from mapapp.extract.stop_words import STOP_TRIGGERS
from mapapp.extract.terse_wordings import TERSE_TRIGGERS
from mapapp.extract.tour_lists import TOUR_LIST_TRIGGERS
from mapapp.extract.trigger_phrases import (
    AIRPORT_WELCOME,
    ATTEND_CEREMONY_AHEAD,
    ATTEND_CEREMONY_PAST,
    AUDIENCE_BY,
    BILATERAL_WITH,
    BODY_HELD,
    CALL_FROM,
    CALLED_ON,
    DEAL_AHEAD,
    DEAL_TOLD,
    ENCOUNTER,
    EXPECTED_AT,
    EXPECTED_WHEN,
    HEADS_BEFORE,
    IN_A_CALL,
    LAST_SPOKEN,
    MEET_NOW,
    MET_A_WHILE,
    MET_AT_SITE,
    MODAL_THEN_MEET,
    MOVED,
    NAMED_GATHERING,
    PAIR_DIALOGUE,
    RECEIVED_THERE,
    RETREAT,
    RETURNED_FROM,
    SAT_DOWN,
    SHUTTLED,
    STAY_WHERE,
    TALKED_THERE,
    TOUR_BEGAN_IN,
    TOUR_BEGINS_IN,
    TOUR_STOP_AHEAD,
    TOUR_STOPS,
    TOUR_STOPS_NOW,
    TRIP_GOES_ON,
)
from mapapp.extract.trigger_words import (
    ARRIVED_FROM,
    ARRIVED_HERE,
    AUDIENCE,
    BODY_SESSION,
    BRIEF_WHOM,
    GATHERING_NOUN,
    HOSTED,
    IN_PERSON,
    IN_PERSON_CALL,
    MEET_NOT,
    MET_HOW,
    MODAL_MEET,
    OWN_STATE,
    PERSON_NOUNS,
    RECEIVED,
    RECEIVED_BY,
    SERIES_ROUND,
    SIGNED,
    SIGNED_NOUN,
    STAY,
    TITLES,
    TO_SIGN,
    TRIP_ENDS,
    VIRTUAL,
    WHEN_BETWEEN,
)
from mapapp.extract.trip_halves import PURPOSE_WITH
from mapapp.extract.verb_forms import VERB_TRIGGERS

# (event_type, pattern, kind). kind: "past", "noun", "infinitive" (announced), "present".
TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("meeting", RANKED, "noun"),  # "The first was held in Ashgabat in 2002": of a series
    (
        "visit",
        re.compile(
            r"\b(?:traveled|travelled|flew|flown|went|came|headed|arrived|returned|landed)\s+"
            rf"(?:(?:back|on|overseas|abroad|together)\s+|{WHEN_BETWEEN}|[a-z]+ly\s+)?(?:to|in|into)\b"
            r"(?!\s+(?:on|for|from)\b)|"
            r"\b(?:arrived|landed)\s+here\b|\bheaded\s+for\b(?=\s+(?:the\s+)?[A-Z])|"
            rf"{ARRIVED_HERE}|"
            r"\b(?:moved|continued|pressed)\s+on\s+to\b|"
            r"\bstopped\s+(?:over\s+)?in\b"
        ),
        "past",
    ),
    # "began the trip in Cairo", "ended his three-day tour in Riyadh": a stop of the trip
    ("visit", re.compile(TRIP_ENDS), "past"),
    *STOP_TRIGGERS,  # "stopping briefly in Kindia", "with a stop in Monterrey"
    *LEG_TRIGGERS,  # "leaves on Thursday for Kinshasa", "The final leg took him to Bhutan"
    ("visit", re.compile(TOUR_STOPS), "past"),  # "a tour that will take her to Lima"
    *TOUR_LIST_TRIGGERS,  # "tours Dushanbe, Tashkent and Ashgabat", "was in Vilnius and Riga"
    ("visit", re.compile(RETURNED_FROM), "past"),  # "returned from Paris, where he met …"
    ("visit", re.compile(SHUTTLED), "past"),  # "shuttled between Doha and Cairo"
    ("visit", re.compile(TOUR_BEGAN_IN), "past"),  # "a tour that began in Jakarta"
    ("visit", re.compile(TOUR_BEGINS_IN), "infinitive"),  # "a tour …, starting in Riyadh"
    ("visit", re.compile(TOUR_STOP_AHEAD), "infinitive"),  # "The final stop will be Suva"
    ("visit", re.compile(TOUR_STOPS_NOW), "present"),  # "The first stop is Nairobi on Friday"
    (
        "visit",
        re.compile(
            r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\band\s)|(?<=\bthen\s))"
            r"(?:begin|start|end|finish|conclude|wrap\s+up)\s+(?:the|his|her|their|its|a)\s+"
            r"(?:[\w-]+\s+){0,2}(?:trip|tour|visit|journey)\s+(?:in|at)\b|"
            # "is expected to stop in Kuala Lumpur", "will stop over in Doha"
            r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\band\s))stop\s+(?:over\s+)?in\b(?=\s+[A-Z])"
        ),
        "infinitive",
    ),
    # "is expected in Kenya later this month", "are due in Brussels on Thursday"
    (
        "visit",
        re.compile(
            r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))(?:expected|due)\s+"
            rf"(?:back\s+)?(?:{EXPECTED_WHEN})?(?:in\b(?=\s+[A-Z])|{EXPECTED_AT})|"
            # "Late March — Chinese premier expected in Canberra": a diary's line with no verb
            rf"(?:{HEADS_BEFORE})expected\s+in\b(?=\s+[A-Z])|"
            # "is also expected in Brussels in March": an adverb before the participle
            r"(?:(?<=\bis\salso\s)|(?<=\bare\salso\s)|(?<=\bis\snow\s)|(?<=\bis\sstill\s))"
            r"expected\s+(?:back\s+)?in\b(?=\s+[A-Z])"
        ),
        "infinitive",
    ),
    ("visit", re.compile(ARRIVED_FROM), "past"),  # "after travelling from Kyiv"
    # "landed a few hours later", "goes to Buka", "sent an envoy to Juba", "The tour ends in Nauru"
    *PLAIN_TRIP_TRIGGERS,
    ("visit", re.compile(STAY), "past"),
    # "who is in our country on a working visit": a stay in the dateline's country
    (
        "visit",
        re.compile(
            r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))in(?=\s+(?:our|this)\s+"
            r"country\s+on\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?visit\b)"
        ),
        "past",
    ),
    # "was in Helsinki, where he met …", "was in Muscat on Monday": a stay with its dates
    ("visit", re.compile(STAY_WHERE), "past"),
    (
        "visit",
        re.compile(
            r"(?i)\bvisit(?:ed|s)?\b|\btrips?\s+to\b|"
            rf"(?-i:\bvisiting\s+(?=[A-Z]|{OWN_STATE}))|"
            r"\b(?:left|leaves?|leaving|depart\w*)\s+for\b|\bproceed\w*\s+to\b(?=\s+[A-Z])"
        ),
        "past",
    ),
    ("visit", re.compile(MOVED), "past"),
    ("visit", re.compile(ATTEND_CEREMONY_PAST), "past"),
    ("visit", re.compile(ATTEND_CEREMONY_AHEAD), "infinitive"),
    ("visit", re.compile(TRIP_GOES_ON), "present"),  # "a tour that continues in Mozambique"
    (
        "visit",
        re.compile(
            r"\b(?:travel|travels|traveling|travelling|fly|flies|flying|head|heads|heading|come|"
            r"comes|coming)\s+"
            r"(?:on\s+|overseas\s+|abroad\s+|together\s+)?to\b|"
            # "travels on Friday to Encarnación", "will fly on Wednesday to Canberra"
            r"\b(?:travel|travels|traveling|travelling|fly|flies|flying|head|heads|heading)\s+"
            rf"(?={WHEN_BETWEEN}to\s+(?:the\s+)?[A-Z])|\b(?:arrive|arrives|arriving)\s+in\b|"
            r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\band\s))(?:go|move|press)\s+on\s+to\b|"
            r"\b(?:head|heads|heading)\s+for\b(?=\s+(?:the\s+)?[A-Z])"  # "heads for Tashkent"
        ),
        "infinitive",
    ),
    (
        "meeting",
        re.compile(
            rf"\bmet\s+(?=with\b|(?:in|at)\s+(?:\S+\s+){{0,4}}[A-Z]|{MET_HOW}|"
            rf"(?:\S+\s+){{0,3}}(?:[A-Z]|(?:{PERSON_NOUNS}|authorities)\b))"
        ),
        "past",
    ),
    ("meeting", re.compile(MEETS_WHOM), "present"),  # "meets the FARC commander"
    # "is expected to meet in Peshawar", "would meet again": after "to" or a modal, "meet"
    # needs no partner named, unless it meets a demand or a deadline.
    ("meeting", re.compile(rf"(?:{MODAL_MEET})\bmeet\b(?!{MEET_NOT})"), "infinitive"),
    # "is set to visit the troops and meet the president": a second verb of the same tense
    (
        "meeting",
        re.compile(
            rf"(?<=\band\s)meet\b(?!{MEET_NOT})(?=\s+(?:with\b|(?:the|his|her|their)\s|[A-Z]|"
            # "to visit temples and meet provincial officials", "and meet community leaders"
            rf"(?:(?!business|press|media|students)[a-z-]+\s+){{0,2}}(?:{PERSON_NOUNS})\b))"
        ),
        "infinitive",
    ),
    # "to brief Qatari officials": briefing another side's officials is meeting them
    ("meeting", re.compile(rf"(?<=\bto\s)brief\b(?={BRIEF_WHOM})"), "infinitive"),
    ("meeting", re.compile(rf"\bbriefed\b(?={BRIEF_WHOM})"), "past"),
    # a trip's purpose: "fly to Seoul to brief South Korea's president", "travel to Dhaka to
    # call on the Prime Minister" (not "to call on X to end the war", an appeal)
    (
        "meeting",
        re.compile(
            r"(?<=\bto\s)(?:brief\b(?=\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:president|"
            r"prime\s+minister|premier|king|emir|sultan|chancellor|leader)\b)|"
            rf"call\s+on\b(?=\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}{TITLES})"
            r"(?![^.;]{0,80}?\bto\s+[a-z]+))"
        ),
        "infinitive",
    ),
    (
        "meeting",
        re.compile(
            r"(?i)\b(?:meetings?|talks|negotiations|consultations|sessions?|"
            r"(?-i:(?:[Ss]trategic|[Aa]nnual|[Bb]ilateral|[Mm]inisterial|[Hh]igh-[Ll]evel|"
            r"Security|Economic|Political)\s+[Dd]ialogue)|"
            r"rounds?\s+of\s+(?:contacts|discussions))\b|\bsat down with\b|"
            rf"\b{IN_PERSON_CALL}|(?:{SERIES_ROUND})rounds?\b(?!\s+of\s+(?!talks|negotiations|"
            r"discussions|consultations|contacts|(?:the\s+)?(?-i:[A-Z])|(?:the\s+)?(?:\w+\s+)?"
            r"(?:mechanism|dialogue|commission|committee|format|process|group)\b)\w)"
        ),
        "noun",
    ),
    ("meeting", re.compile(PURPOSE_WITH), "infinitive"),  # "flew to Lima to discuss … with"
    ("meeting", re.compile(RECEIVED), "past"),
    ("meeting", re.compile(RECEIVED_BY), "past"),
    ("meeting", re.compile(AUDIENCE), "past"),
    ("meeting", re.compile(AUDIENCE_BY), "past"),  # "was granted a royal audience by"
    ("meeting", re.compile(RECEIVED_THERE), "past"),  # "received at the palace today the …"
    ("meeting", re.compile(AIRPORT_WELCOME), "past"),  # "was received at the airport by X"
    ("meeting", re.compile(rf"{SAT_DOWN}|{ENCOUNTER}|{PAIR_DIALOGUE}"), "noun"),
    ("meeting", re.compile(BODY_HELD), "noun"),  # "the binational cabinet was held in Quito"
    ("meeting", re.compile(HOLD_BODY), "infinitive"),  # "agreed to hold the Joint Commission"
    ("meeting", re.compile(BODY_AHEAD), "noun"),  # "the policy dialogue will be held in Thimphu"
    ("meeting", re.compile(FIRST_MET), "past"),  # "The ministers first met, with …, in Ohrid"
    ("meeting", re.compile(BILATERAL_HELD), "past"),  # "held a 30-minute bilateral beforehand"
    ("meeting", re.compile(MEET_NOW), "present"),  # "NATO defence ministers meet at …"
    ("meeting", re.compile(TALKED_THERE), "past"),  # "talked with X in Paris"
    ("call", re.compile(IN_A_CALL), "noun"),  # "In a call on Tuesday, …"
    ("call", re.compile(CALL_FROM), "past"),  # "took a call from President X"
    ("call", re.compile(LAST_SPOKEN), "past"),  # "had last spoken in July 2020"
    ("call", re.compile(SPOKE_WITH_OFFICE), "past"),  # "spoke to the Thai minister on Sunday"
    ("call", re.compile(SPOKE_AFTER_DAY), "past"),  # "Yesterday he spoke with the president"
    *CREDENTIAL_TRIGGERS,  # "presented her credentials to the King at the Royal Palace"
    ("meeting", re.compile(rf"{MET_AT_SITE}|{BILATERAL_WITH}"), "past"),  # "met at the palace"
    ("meeting", re.compile(MET_A_WHILE), "past"),  # "met for two hours at …": told before
    ("meeting", re.compile(MODAL_THEN_MEET), "infinitive"),  # "will also meet the President"
    ("meeting", re.compile(IN_PERSON), "past"),
    # "held official conversations at the seat of the Ministry", "co-chaired the Joint
    # Commission", "had dinner last night with", "were joined over lunch by"
    (
        "meeting",
        re.compile(
            rf"{CONVERSATIONS}|{CO_CHAIRED_BODY}|{MEAL_WITH}|{JOINED_AT_MEAL}|{AUDIENCE_WITH}|"
            rf"{RECEIVED_FOR_MEAL}"
        ),
        "past",
    ),
    ("meeting", re.compile(CONVERSATIONS_AHEAD), "infinitive"),
    ("meeting", re.compile(MEAL_AS_PURPOSE), "noun"),  # "flew to Rome for dinner with"
    ("meeting", re.compile(rf"{GUEST_AT_MEAL}|{HOST_OF_MEAL}"), "past"),  # "a dinner offered by"
    ("meeting", re.compile(HOST_OF_MEAL_AHEAD), "infinitive"),  # "will host a reception for"
    ("meeting", re.compile(HOSTED), "past"),
    # "hosted a dinner for the visiting leaders", "held wide-ranging discussions with"
    (
        "meeting",
        re.compile(
            r"\b(?:hosted|gave|held)\s+(?:a|an)\s+(?:\w+\s+)?(?:lunch|luncheon|dinner|breakfast|"
            r"banquet|reception)\s+(?=for\b|in\s+honou?r\s+of\b)|"
            r"\bheld\s+(?:[\w-]+\s+){0,2}discussions\b"
        ),
        "past",
    ),
    # "called on the Foreign Minister in Islamabad" (a visit of courtesy), not "called on
    # President X to end the war" (an appeal)
    ("meeting", re.compile(CALLED_ON), "past"),
    # "will gather in Apia", "the committee would reconvene in Geneva"
    (
        "meeting",
        re.compile(r"\b(?:re)?conven(?:e|es|ed)\b|\bgather(?:s|ed)?\s+(?=in|at|on)\b"),
        "past",
    ),
    (
        "briefing",
        re.compile(
            r"(?i)\b(?:briefings?|press conferences?|news conferences?)\b|"
            rf"(?-i:\bbriefed\b(?!{BRIEF_WHOM}))|"
            r"\b(?:spoke|speak|speaks|spoken|talked)\s+to\s+(?:the\s+)?"
            r"(?:journalists|reporters|the press|media)\b"
        ),
        "noun",
    ),
    ("conference", re.compile(GATHERING_NOUN), "noun"),
    ("conference", re.compile(RETREAT), "noun"),  # "at the leaders' retreat in Apia"
    # "will attend a Gulf-South Asia dialogue", "attended the Raisina Dialogue": attending a
    # dialogue (not holding one with a counterpart) is taking part in a gathering
    (
        "conference",
        re.compile(
            r"\battend(?:s|ed|ing)?\s+(?:a|an|the|this\s+year['’]s)\s+(?:[\w'’.-]+\s+){0,4}?"
            r"[Dd]ialogue\b(?!\s+(?:[Mm]eeting|[Ss]ummit|[Ff]orum|[Cc]onference|[Ss]ession))"
        ),
        "noun",
    ),
    ("conference", re.compile(NAMED_GATHERING), "noun"),  # "attended the G20 in Rio"
    # "the Foreign Affairs Council discussed Ukraine", "The council, which brought together
    # ministers from five countries, opened on Thursday"
    ("conference", re.compile(rf"{BODY_AT_WORK}|{SESSION_OPENED}"), "past"),
    (
        "conference",
        re.compile(
            r"\b(?:told|addressed|attend\w*|host\w*|spoke\s+(?:at|to)|held|"
            r"organi[sz]ed|participat\w+\s+in|at)\s+(?:\S+\s+){0,4}events?\b"
        ),
        "noun",
    ),
    # "will travel to Brussels for the European Council": a named body's gathering
    (
        "conference",
        re.compile(
            r"(?:(?<=\bfor\sthe\s)|(?<=\battend\sthe\s)|(?<=\battends\sthe\s)|"
            r"(?<=\bopening\sof\sthe\s)|(?<=\bclosing\sof\sthe\s)|(?<=\bhost\sthe\s)|"
            r"(?<=\bhosts\sthe\s)|(?<=\bhosted\sthe\s)|(?<=\bhosting\sthe\s)|"
            r"(?<=\battended\sthe\s)|(?<=\battending\sthe\s)|"
            # "met on the margins of the European Council", "on the sidelines of the UN General
            # Assembly": the body's session is a gathering of its own beside the bilateral
            r"(?<=\bsidelines\sof\sthe\s)|(?<=\bmargins\sof\sthe\s)|(?<=\bfringes\sof\sthe\s)|"
            r"(?<=\bduring\sthe\s))"  # "met in Brussels during the European Council"
            r"(?:(?:annual|extraordinary|special|emergency|upcoming|next|\d+(?:st|nd|rd|th))\s+)?"
            r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:Council|Assembly|Summit|Forum)\b(?!['’]s)|"
            + BODY_SESSION
        ),
        "noun",
    ),
    *GATHERING_TRIGGERS,  # "sidelines of the Council of the X Union", "the forum Samoa will host"
    *GROUP_JOIN_TRIGGERS,  # "will join allied foreign ministers in Brussels"
    *BARE_TRIGGERS,  # "The two ministers last spoke on July 12"
    *TERSE_TRIGGERS,  # "held a face-to-face", "In the ensuing debate, speakers", "put to paper"
    ("agreement", re.compile(SIGNED), "past"),
    *SIGNING_TRIGGERS,  # "after signing a memorandum", "initialled a set of measures"
    ("agreement", re.compile(DEAL_TOLD), "past"),  # "A second accord, on health, was signed"
    *ADOPTION_TRIGGERS,  # "ended with the adoption of the X Protocol", "due to be adopted"
    ("agreement", re.compile(DEAL_AHEAD), "infinitive"),  # "a signing ceremony for a treaty"
    ("agreement", re.compile(PASSIVE_SIGNED), "past"),  # "A treaty between X and Y was signed"
    ("agreement", re.compile(PRODUCED), "past"),  # "The summit also produced agreements on …"
    ("agreement", re.compile(DATED_NAME), "past"),  # "the April 4 Luena Memorandum"
    ("agreement", re.compile(SIGNED_PROGRAMME), "past"),  # "signed a cooperation programme"
    ("agreement", re.compile(WATCHED_SIGN), "past"),  # "watched the ministers sign a pact"
    # "the communiqué the two leaders signed here", "signed in the port of Ilo the agreements"
    ("agreement", re.compile(rf"{TEXT_THEN_SIGNED}|{SIGNED_PLACE_FIRST}"), "past"),
    ("agreement", re.compile(SIGN_NOW), "present"),  # "The two sign a declaration"
    *DOCUMENT_TRIGGERS,  # "exchanged notes on a grant", "the accord the two signed there"
    *VERB_TRIGGERS,
    # "are expected to sign agreements", "is due to sign a deal", "will sign a treaty"
    ("agreement", re.compile(TO_SIGN), "infinitive"),
    # "had agreed in April to exchange detainees": an event only with a date of its own
    # (an agreement reached during a meeting or call is part of that event).
    # "agreed to hold their next meeting", "agreed to meet again": a promise of a meeting
    (
        "agreement",
        re.compile(
            r"\bagreed\s+(?:\S+\s+){0,3}?(?:to|on)\b(?!\s+(?:hold|host|convene|meet|reconvene|"
            r"resume|continue|keep|speak\s+again|talk\s+again)\b)|"
            rf"\bagreed\s+(?:an?|the)\s+(?:\S+\s+){{0,3}}?{SIGNED_NOUN}\b"  # "agreed a ceasefire"
        ),
        "dated",
    ),
    (
        "call",
        re.compile(
            r"(?i)\b(?:tele)?phone(?:d)?\b|\b(?:tele)?phones(?=\s+(?:his|her|their|the)\s)|"
            r"(?<!courtesy )(?<!farewell )(?<!introductory )"
            r"(?<!protocol )\bcall\s+with\b|\bvideo\s*-?\s*(?:call|link|conference)s?\b|"
            r"\bvideoconferences?\b|\b(?:video\s*-?\s*)?tele-?conferences?(?:\s+meetings?)?\b|"
            + VIRTUAL
            + r"|"
            r"(?:(?<=\bheld\s)|(?<=\bhad\s))(?:a|an)\s+(?!courtesy|farewell|introductory|protocol)"
            r"(?:\w+\s+)?calls?\b(?!\s+(?:for|by)\b)"
        ),
        "noun",
    ),
    (
        "military_strike",
        re.compile(
            r"(?i)(?<!to )\b(?:air|drone|missile|rocket)?\s*strikes?\b|"
            r"\bairstrikes?\b|\bbomb(?:ing|ings|ed)\b|\bshelling\b|"
            r"(?<!to )\battacks?\b|\battacked\b|\braids?\b"
        ),
        "noun",
    ),
    (
        "statement",
        re.compile(
            r"\b(?:said|says|told|tells|stated|claimed|claims|declared|warned|"
            r"insisted|urged|noted|announced|wrote|tweeted|addressed)\b"
        ),
        "past",
    ),
]
