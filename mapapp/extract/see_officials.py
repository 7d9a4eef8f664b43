"""A trip's purpose told with "to see" and an official: "is due in Skopje on Sunday to see the
country's president".

"flew to Tripoli to see the interim foreign minister", "is expected to fly on to Erbil on Sunday
to see the western commander", "will go to Amman to see King Abdullah": wire copy tells
a meeting on a trip by the everyday verb, and the annotation conventions make travelling
somewhere for talks a visit and a meeting. The meeting is read like "to meet" (:mod:`mapapp.
extract.trigger_table`): a purpose of the trip in its sentence, in its tense.

Only an official seen, whose phrase ends there, is a meeting: "to see whether a deal is
possible", "to see the president's plan", "would like to see the president step down", "to see
the sights" and "hopes to see the minister re-elected" are not, nor anything a wish or a hope
("want to see", "hope to see", "like to see", "expect to see").
"""

from __future__ import annotations

__all__ = ["SAW_OFFICIAL", "SEE_OFFICIAL"]

# the people seen: a title, possibly with a country's possessive or an adjective before it
_WHOM = (
    r"(?:president|prime\s+minister|premier|king|queen|emir|sultan|crown\s+prince|chancellor|"
    r"commander|leader|(?:foreign|defen[cs]e|interior)\s+minister|minister|counterpart|envoy|"
    r"secretary-general|secretary\s+general|pope|governor|head\s+of\s+state|ruler|"
    r"delegation|officials|negotiators)"
)
# before the title: "the", "his", "Bosnia's", "the Taliban's", an adjective ("northern")
_BEFORE = r"(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w.'’-]*(?:'s|’s)?\s+){0,2}(?:[a-z-]+\s+)?"
# the phrase ends at the title or a name after it ("President Izetbegovic")
_AFTER = (
    r"(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}(?=\s*(?:[,.;:)]|$|\s+(?:who|whom|in|on|at|and|before|"
    r"after|for|about|to|during|over|ahead|later|next|this|early|late)\b))"
)
# "want/hope/like/expect/wait to see" is a wish, not a purpose
_WISH = r"(?<!\bwant\sto\s)(?<!\bwants\sto\s)(?<!\bhope\sto\s)(?<!\bhopes\sto\s)(?<!\blike\sto\s)"
_WISH2 = r"(?<!\bexpect\sto\s)(?<!\bexpects\sto\s)(?<!\bwait\sto\s)(?<!\bwaiting\sto\s)"
SEE_OFFICIAL = rf"{_WISH}{_WISH2}(?<=\bto\s)see\b(?=\s+{_BEFORE}(?i:{_WHOM})(?![\w'’-]){_AFTER})"
# "saw the president on television", "saw the minister on screen": no meeting
_NOT_SEEN = r"(?![^.;]{0,80}?\bon\s+(?:the\s+)?(?:television|tv|screen|video)\b)"
SAW_OFFICIAL = rf"\bsaw\b{_NOT_SEEN}(?=\s+{_BEFORE}(?i:{_WHOM})(?![\w'’-]){_AFTER})"
