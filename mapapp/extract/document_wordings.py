"""Documents told beside another event of their sentence: one agreement each.

A sentence that tells talks, a visit or a summit often tells the text they produced in a clause
of its own, in wordings the signing verbs do not read:

- an exchange of notes, the instrument of a grant or a loan: "the two cabinets exchanged
  notes on funding for a wharf", "signed a memorandum and exchanged notes concerning aid for
  rural clinics", "will exchange notes on the loan" ("exchanged notes with
  his counterpart", "exchanged notes on the war" compare views and are none);
- a document and the clause that tells its signing after it: "the memorandum on maritime
  security the two signed there", "the accord that both leaders initialled in Rome", "the
  protocol which the ministers concluded on Monday", with a topic of any length before the
  signers (a time or a place after the verb; shorter forms are also read by
  :mod:`mapapp.extract.signed_after`);
- a document told with its participle and who adopted it: "the Declaration on Migration adopted
  by leaders at the summit in June", "a code of conduct signed by the ministers in Manila";
- a text adopted that is named by what it sets out: "adopted an outlook on the Indo-Pacific",
  "adopted a common vision for the region", "adopted a code of conduct".
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET, SIGNED_NOUN

# "on a grant", "concerning aid", "for the loan", "relating to the port": what the notes are on
_NOTES_ON = (
    r"(?=\s+(?:on|concerning|regarding|for|relating\s+to|related\s+to|covering)\s+"
    # "exchanged notes on the war over dinner": views compared, no instrument
    r"(?!(?:the\s+|their\s+)?(?:war|crisis|situation|developments|events|conflict|region|talks|"
    r"progress|experiences?|ideas|views|election)\b))"
)
NOTES_EXCHANGED = (
    rf"\b(?:exchanged|(?:{MODAL_MEET})exchange|exchanging)\s+(?:the\s+)?(?:diplomatic\s+)?"
    rf"notes\b{_NOTES_ON}"
)

# the sides that sign: "the two", "both leaders", "they", "the two governments", "the ministers"
_SIGNERS = (
    r"(?:they|we|both(?:\s+(?:sides|leaders|governments|countries|ministers|presidents))?|"
    r"the\s+(?:two|three|four)(?:\s+[\w-]+){0,2}?|"
    r"the\s+(?:[\w-]+\s+)?(?:sides|governments|countries|leaders|ministers|presidents|parties|"
    r"premiers|delegations))"
)
# when or where after the verb: "signed there", "initialled in Rome", "concluded on Monday"
_THEN = (
    r"(?=\s+(?:there|here|in|at|on|last|earlier|yesterday|today|this|during|in\s+the\s+presence"
    r"|\d))"
)
# "the memorandum on maritime security the two signed there", "the accord that both leaders
# initialled in Rome": the document is the event word, the clause after it its signing
SIGNED_BY_THEM = (
    rf"\b(?:{SIGNED_NOUN})(?=(?:\s+(?:on|of|for|between|concerning)\s+[^.;:,()]{{1,90}}?)?"
    rf"\s+(?:that\s+|which\s+)?{_SIGNERS}\s+(?:had\s+|have\s+|has\s+|jointly\s+|also\s+)?"
    rf"(?:signed|initial+ed|concluded|inked|adopted){_THEN})"
)
# "the Declaration on Migration adopted by leaders at the summit", "a code of conduct signed by
# the ministers in Manila in July": the participle, its agent, and where or when
ADOPTED_BY = (
    rf"\b(?:{SIGNED_NOUN}|codes?\s+of\s+conduct)(?=(?:\s+(?:on|of|for|between)\s+"
    r"[^.;:,()]{1,90}?)?\s+(?:adopted|signed|initial+ed|endorsed)\s+by\s+[^.;:()]{1,60}?"
    r"\b(?:at|in|on|during)\s)"
)
# "adopted an outlook on the Indo-Pacific", "adopted a common vision for the region": a text
# named by what it sets out
_SET_OUT = (
    r"(?:outlooks?|visions?|strateg(?:y|ies)|consensus|blueprints?|concepts?|codes?\s+of\s+"
    r"conduct|joint\s+positions?|common\s+positions?|statements?)"
)
ADOPTED_OUTLOOK = (
    rf"\b(?:adopted|adopts?|(?:{MODAL_MEET})adopt|endorsed)\s+(?:an?|the|their|its)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_SET_OUT}\b(?=\s+(?:on|for|of|to)\b|\s*[,.;])"
)

# Rows for :mod:`mapapp.extract.trigger_table`: (event type, pattern, kind)
DOCUMENT_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("agreement", re.compile(NOTES_EXCHANGED), "past"),
    ("agreement", re.compile(SIGNED_BY_THEM), "past"),
    ("agreement", re.compile(ADOPTED_BY), "past"),
    ("agreement", re.compile(ADOPTED_OUTLOOK), "past"),
]
