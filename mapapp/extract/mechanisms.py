"""Sessions of a standing mechanism of two countries, told by its name and the verb that holds
it (:mod:`mapapp.extract.trigger_table`).

Two governments meet in bodies they keep: a joint commission, a policy dialogue, a leaders'
retreat, a binational cabinet, a committee known by its initials. A session is planned or told
by holding the body rather than by "meet":

* "agreed to hold the Joint Permanent Commission in Kampala", "will host the next Strategic
  Dialogue", "agreed to convene the 5th JPC in Colombo in June" (the verb first);
* "the 3rd Strategic Dialogue would be held in Canberra", "The next Leaders' Retreat will be
  held in Kuala Lumpur", "the joint committee will take place in Male" (the body first, its
  session ahead; "is to convene" is read by the verb).

Each is a meeting (of many sides, the reading of the sentence makes it a gathering). A body
with no word that makes it one ("hold the line", "hold the government accountable", "the
commission will be held responsible") is no event.
"""

from __future__ import annotations

_ORDINAL = (
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"next|inaugural|upcoming|\d{1,2}(?:st|nd|rd|th))\s+)"
)
# What makes a commission, dialogue or committee a standing body of governments
_QUALIFIER = (
    r"(?:[Jj]oint|[Bb]i-?national|[Bb]ilateral|[Ii]ntergovernmental|[Ii]nter-[Gg]overnmental|"
    r"[Pp]olicy|[Ss]trategic|[Pp]olitical|[Mm]inisterial|[Hh]igh-[Ll]evel|[Cc]onsular|"
    r"[Ll]eaders['’]?|[Mm]inisters['’]?|[Aa]nnual|[Pp]ermanent|[Mm]ixed|[Ee]conomic|[Tt]rade|"
    r"[Ss]ecurity|[Dd]efen[cs]e|[Bb]order|[Cc]ooperation|\d\+\d|"
    # a pair of countries ("the India-Japan Dialogue"), not a venue's name ("the Shangri-La
    # Dialogue", "the Raisina Dialogue": gatherings of many)
    r"(?!Shangri-La\b)[A-Z][\w'’.]*-[A-Z][\w'’.]*)"
)
_BODY_NOUN = (
    r"(?:[Cc]ommission|[Cc]ommittee|[Dd]ialogue|[Rr]etreat|[Cc]abinet|[Cc]onsultations|"
    r"[Ww]orking\s+[Gg]roup|[Mm]echanism)"
)
# "the Joint Permanent Commission", "the policy dialogue", "a binational cabinet", "the next
# Leaders' Retreat", "the 12th JCBC" (initials count only after a rank)
_BODY = (
    rf"(?:{_ORDINAL}?(?:{_QUALIFIER}\s+){{1,4}}{_BODY_NOUN}(?:\s+[Mm]eeting)?|"
    rf"{_ORDINAL}[A-Z]{{2,6}}(?:\s+[Mm]eeting)?)\b"
)
# "agreed to hold the Joint Commission", "will host the next Strategic Dialogue", "plans to
# convene the joint committee" (the verb in a plan; what holds it is read by the status rules)
HOLD_BODY = (
    r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bshall\s)|(?<=\band\s))"
    rf"(?:hold|host|convene)\s+(?:the|a|an|its|their)\s+{_BODY}"
    r"(?!\s+(?:to|responsible|accountable|liable|hostage)\b)"
)
# "the policy dialogue between the two defence ministries would be held in Seoul", "The next
# Leaders' Retreat will be held in Kuala Lumpur" ("the joint committee is to convene": the verb
# is the event)
BODY_AHEAD = (
    rf"(?<=\b[Tt]he\s){_BODY}"
    r"(?=(?:\s+(?:between|of)\s+[^.;,]{1,60}?)?\s+(?:will|would|shall|is\s+to|are\s+to|"
    r"(?:is|are)\s+(?:due|set|scheduled|expected|planned)\s+to)\s+"
    r"(?:be\s+(?:held|convened|hosted)|take\s+place)\b"
    # "the joint commission would be held responsible": no session
    r"(?!\s+(?:responsible|accountable|liable|hostage|captive|to\s+account)\b))"
)
