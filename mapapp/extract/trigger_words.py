"""Word lists and patterns the event triggers are built from (:mod:`mapapp.extract.triggers`).

Who takes part ("officials", "the visiting Prime Minister", "both delegations"), what a trip's
ends and a series' rounds look like, and which modal verbs announce a meeting.
"""

from __future__ import annotations

import re

PERSON_NOUNS = (
    r"officials?|representatives?|leaders?|ministers?|counterparts?|envoys?|"
    r"delegations?|presidents?|diplomats?|members?|ambassadors?|figures?|"
    r"politicians?|commanders?|chiefs?|heads?|king|prime|foreign|defen[cs]e|acting|"
    r"rulers?|emirs?|sultans?|crown|monarchs?|governors?|mayors?|clerics?|speakers?|"
    r"spokes\w+|negotiators?|elders?|activists?|lawmakers?|senators?|counsel\w*|"
    r"secretar(?:y|ies)(?:-generals?)?"
)
MODAL_MEET = "|".join(
    rf"(?<=\b{w}\s)"
    for w in ("to", "will", "would", "shall", "could", "might", "may", "must", "should", "'ll")
)
MEET_NOT = (
    r"\s+(?:(?:the|its|their|his|her|our|these|those|a|an|all|any|such)\s+)?(?:\w+\s+)?"
    r"(?:demands?|needs?|targets?|deadlines?|requirements?|expectations?|obligations?|criteria|"
    r"standards?|goals?|costs?|conditions?|challenges?|commitments?|payments?)\b|\s+halfway\b"
)
BRIEF_WHOM = (
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|senior|top|foreign|defen[cs]e|government|local|army|"
    r"military|opposition|rebel|tribal|party)\s+){0,3}"
    r"(?:officials|counterparts|ministers|leaders|envoys|diplomats|ambassadors|presidents|"
    r"negotiators|mediators|delegations|commanders|representatives|elders|authorities)\b"
)
TRUCE = r"truces?|ceasefires?|cease-fires?|armistices?"
TRIP_ENDS = (
    r"\b(?:began|begun|begins|beginning|started|starts|starting|opened|opening|ended|ends|"
    r"ending|wrapped\s+up|wrapping\s+up|concluded|concluding|finished|finishing|closed|closing)\s+(?:the|his|her|their|its|a)\s+(?:[\w-]+\s+){0,2}(?:trip|tour|visit|"
    r"journey)\s+(?:in|at)\b"
)
SERIES_WORDS = re.findall(
    r"\w+", "first second third fourth next another further final previous last"
)
SERIES_ROUND = "|".join(rf"(?<=\b{w}\s)" for w in [*SERIES_WORDS, "earlier"])
# "a courtesy call on the minister", "received the Ambassador of Japan": calls in person
IN_PERSON_CALL = r"(?:courtesy|farewell|introductory|protocol)\s+calls?\b"
TITLES = (
    r"(?:[Aa]mbassadors?|[Mm]inisters?|[Pp]residents?|Prime|[Ee]nvoys?|[Dd]elegations?|"
    r"[Cc]ounterparts?|Secretary|King|Queen|Crown|Chancellor|Emir|Sultan)\b"
)
WHOM = (
    rf"(?:his\s+|her\s+|their\s+|the\s+|a\s+)?(?:visiting\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}{TITLES}"
)
# "hosted Ukrainian President Volodymyr Zelensky", "will host the visiting prime minister"
HOSTED = rf"\b(?:hosted|hosts|hosting|(?<=to\s)host|(?<=will\s)host)\s+(?={WHOM})"
# "received both delegations", "received in Ulaanbaatar a delegation of", "received Poland's prime
# minister": guests named by a title or a group noun, with no "from"/"for" in between ("received
# a letter from the president" is no meeting)
GUESTS = (
    r"(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:(?:the|a|an|both|two|all|his|her|their)\s+)?"
    r"(?:(?!(?:from|by|for|with|on|about|to|of)\b)[\w.'’-]+\s+){0,3}?"
    r"(?i:delegations?|heads\s+of|prime\s+ministers?|ministers?|presidents?|ambassadors?|"
    r"envoys?|counterparts?|leaders?|officials|chancellors?|premiers?|kings?|queens?|emirs?|"
    r"secretar(?:y|ies)(?:-generals?)?)\b"
)
RECEIVED = (
    rf"\breceived\s+(?={WHOM}|{GUESTS}|(?:the\s+)?(?:letters\s+of\s+)?credentials\b)|"
    rf"\bwelcomed\s+(?={WHOM}(?!['’])|{GUESTS}(?!['’]))"
)
