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
  "adopted a common vision for the region", "adopted a code of conduct" (not one side's own
  policy: "the government adopted a new strategy on rice imports").
"""

from __future__ import annotations

import re

from mapapp.extract.trigger_words import MODAL_MEET, SIGNED_NOUN

__all__ = ["ADOPTED_OUTLOOK", "DOCUMENT_TRIGGERS", "NOTES_EXCHANGED", "one_side_adopts"]

# "on a grant", "concerning grant aid", "for the loan", "relating to the port project": the
# instrument of a grant, a loan or aid ("exchanged notes on the war", "on the weather" compare
# views and are none)
_NOTES_ON = (
    r"(?=\s+(?:on|concerning|regarding|for|relating\s+to|related\s+to|covering)\s+"
    r"(?:(?:the|a|an|their|its)\s+)?(?:[\w'’.,-]+\s+){0,3}?"
    r"(?:grants?|loans?|aid|credits?|funding|financing|finance|assistance|donations?|"
    r"contributions?|projects?|programmes?|programs?|cooperation|co-operation|equipment|"
    r"supply|supplies|debt|visas?|waivers?|exemptions?|yen|dollars|euros)\b)"
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
    r"premiers|delegations)|"
    # "the memorandum that the United States and Jordan signed in Washington"
    r"(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+)?)"
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

# "The government adopted a strategy on rice", "the ministry has adopted a new vision": one
# side's own policy, no agreement (the subject right before the verb is one institution)
_ONE_SIDE = re.compile(
    r"(?i)\b(?:the|its|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|cabinet|"
    r"parliament|congress|senate|company|firm|bank|party|agency|board|authority|administration|"
    r"department|city|municipality|province|state|president|minister|premier|king|army|"
    r"military|police|university|school)\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|"
    r"formally\s+|recently\s+|quickly\s+)*$"
)
_SUBJECT_LOOK = 60  # characters read back from "adopted" for its subject


def one_side_adopts(masked: str, begin: int) -> bool:
    """Whether the adoption at ``begin`` has one institution for its subject ("the government
    adopted a new strategy"), a policy of its own rather than a text agreed by sides."""
    return _ONE_SIDE.search(masked, max(0, begin - _SUBJECT_LOOK), begin) is not None


# Rows for :mod:`mapapp.extract.trigger_table`: (event type, pattern, kind)
DOCUMENT_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    ("agreement", re.compile(NOTES_EXCHANGED), "past"),
    ("agreement", re.compile(SIGNED_BY_THEM), "past"),
    ("agreement", re.compile(ADOPTED_BY), "past"),
    ("agreement", re.compile(ADOPTED_OUTLOOK), "past"),
]
