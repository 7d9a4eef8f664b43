"""A signing told in the present, as a chronology's entry or a photo caption tells it.

"12 March 2015 - The president signs the accord in Cartagena", "Photo 4: The foreign minister
and his Omani counterpart sign a memorandum on fisheries", "June 2016 - A ceasefire agreement is
signed in Havana", "Aug. 24 - Negotiators conclude the final text of the treaty in Geneva": the
past ("signed", "was signed", "concluded") is read by the main table, and the present was read
only after a plural subject of a few kinds ("the two sign", "officials sign") or after another
event's verb ("visits Kampala and signs a memorandum").

A present is a history only in a dated entry, a schedule only with its day, and otherwise a habit
(:func:`mapapp.extract.status`), so "the president signs every treaty" stays none. The document
must follow a determiner or a number ("signs the accord", "sign two memoranda"), so that "signs
of an agreement" is none; a modal or "to" before the verb ("will sign", "to conclude the text")
is the future, read elsewhere; "is signed" after "once", "until", "if" or "when" is a condition.
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import PERSON_NOUNS, SIGNED_NOUN

__all__ = ["PRESENT_SIGNING_TRIGGERS"]

# no modal, "to" or negation right before the verb: "will sign", "to conclude", "does not sign"
_NOT_NOW = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        *("to", "will", "would", "can", "could", "may", "might", "shall", "should", "must"),
        *("not", "did", "do", "does", "and", "or", "cannot", "never"),
    )
)
# "the accord", "a memorandum", "two agreements", "its first trade deal"
_DOCUMENT = (
    r"(?:the|an?|two|three|four|five|six|several|its|their|his|her)\s+"
    rf"(?:(?!and\b)[\w'’-]+\s+){{0,4}}?(?:{SIGNED_NOUN})\b"
)
# "the president signs", "Colombia and the rebels sign", "Kenya's foreign minister and his
# Ugandan counterpart sign": a person or a party, named or by a title, right before the verb
_SIGNS = rf"{_NOT_NOW}\bsigns\s+{_DOCUMENT}"
_SIGN = rf"\b(?:{PERSON_NOUNS}|rebels|sides|parties|countries|[A-Z][\w'’-]+)\s+sign\s+{_DOCUMENT}"
# "A ceasefire agreement is signed in Havana", "Two memoranda are signed at the palace"; not
# "once the agreement is signed", "until a deal is signed"
_CONDITION = "".join(
    rf"(?<!\b{w}\s)(?<!\b{w.capitalize()}\s)"
    for w in ("once", "until", "till", "if", "when", "unless", "before", "after", "whether")
)
_IS_SIGNED = (
    rf"{_CONDITION}\b(?i:the|an?|two|three|four|five|several)\s+"
    rf"(?:(?!and\b)[\w'’-]+\s+){{0,4}}?(?:{SIGNED_NOUN})\s+(?:is|are)\s+"
    r"(?:formally\s+|officially\s+|finally\s+|then\s+|also\s+)?(?:signed|initial+ed|inked)\b"
)
# "Negotiators conclude the final text of the accord", "concludes the text of a treaty"
_CONCLUDES = (
    rf"{_NOT_NOW}\b(?:concludes|conclude|finali[sz]es|finali[sz]e)\s+(?:the\s+)?(?:final\s+)?"
    rf"text\s+of\s+{_DOCUMENT}"
)
PRESENT_SIGNING_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("agreement", re.compile(rf"{_SIGNS}|{_SIGN}|{_IS_SIGNED}|{_CONCLUDES}"), "present"),
]
