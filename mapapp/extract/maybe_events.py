"""Event nouns that a modal after them makes speculation ('a summit could be held'), no event.

* "a summit could be held in 1997", "a visit by the president to Nouakchott could follow",
  "A visit to Goma may be considered", "a regional conference on transport could be held":
  the event word is the subject and "could (may, might)" its verb; what follows is a
  possibility, not an announcement. The words between the event and the modal may only be
  its own phrase ("by …", "to …", "on …"): no comma, no clause word, no second verb.
* "Muscat could host broader talks", "the two sides might hold fresh talks": a modal
  before "host (hold, convene) … talks" is speculation too.
* "a visit to Minsk was not on the agenda", "a summit has been ruled out", "A summit is
  talked about in both capitals", "a visit has been mooted": no event.
* "If a deal were signed, …", "if the talks were held": a condition in the subjunctive; and
  "the EU could recommend opening accession talks": a modal verb whose object is the event.
"""

from __future__ import annotations

import re

from mapapp.extract.triggers import Trigger

# the event's own phrase: prepositions and their objects, no comma nor a clause word
_OWN_PHRASE = (
    r"(?:\s+(?:by|to|of|on|in|at|between|with|among|for|from|and)\s+"
    r"(?:(?!(?:that|which|who|where|when|while|but|as|is|are|was|were|has|have|had|will|"
    r"would|said|says)\b)[\w'’.-]+\s+){0,7}?)?"
)
_MAYBE_AFTER = re.compile(
    rf"(?i){_OWN_PHRASE}\s*\b(?:could|may|might)\s+(?:also\s+|still\s+|eventually\s+|soon\s+)?"
    r"(?:follow|take\s+place|go\s+ahead|happen|come\s+(?:later|next|soon)|"
    r"be\s+(?:held|considered|convened|organi[sz]ed|arranged|staged|scheduled|envisaged))\b"
)
_NOT_ON_AFTER = re.compile(
    rf"(?i){_OWN_PHRASE}\s*\b(?:(?:is|was|are|were)\s+not\s+on\s+the\s+(?:agenda|cards|table)|"
    r"(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:being\s+)?(?:ruled\s+out|"
    r"talked\s+about|mooted|floated|rumou?red|spoken\s+of))\b"
)
_IF_BEFORE = re.compile(
    r"(?i)\b(?:if|unless)\s+(?:(?:a|an|the|any|such|their|its)\s+)?(?:[\w-]+\s+)?$"
)
_WERE = re.compile(
    r"(?i)[^,;.]{0,40}?\b(?:were|was)\s+(?:ever\s+|to\s+be\s+|finally\s+)?"
    r"(?:signed|held|reached|struck|concluded|agreed|convened)\b"
)
# "could recommend opening accession talks with Serbia", "might lead to a summit"
_MAYBE_VERB = re.compile(
    r"(?i)\b(?:could|may|might)\s+(?:also\s+|still\s+|eventually\s+|even\s+)?"
    r"(?:recommend|consider|propose|suggest|lead\s+to|pave\s+the\s+way\s+for|allow|mean|"
    r"result\s+in|open\s+the\s+door\s+to)\s+"
    r"(?:(?!(?:that|which|who|where|when|while|but|as|is|are|was|were|has|have|had|will|"
    r"would|said|says)\b)[\w'’-]+\s+){0,3}$"
)
_MAYBE_HOST = re.compile(
    r"(?i)\b(?:could|may|might)\s+(?:also\s+|still\s+|eventually\s+|soon\s+)?"
    r"(?:host|hold|convene|stage)\s+(?:(?:a|an|the|new|fresh|broader|further|more|direct|"
    r"formal|such|another|[\w-]+)\s+){0,3}$"
)


def maybe_event(masked: str, trigger: Trigger) -> str | None:
    """The cue that makes the event at ``trigger`` speculation or ruled out, or None."""
    if m := _MAYBE_AFTER.match(masked, trigger.end):
        return m.group(0).strip()
    if m := _NOT_ON_AFTER.match(masked, trigger.end):
        return m.group(0).strip()
    if m := _MAYBE_HOST.search(masked, max(0, trigger.begin - 80), trigger.begin):
        return m.group(0).strip()
    if m := _MAYBE_VERB.search(masked, max(0, trigger.begin - 80), trigger.begin):
        return m.group(0).strip()
    if _IF_BEFORE.search(masked, max(0, trigger.begin - 40), trigger.begin) and (
        m := _WERE.match(masked, trigger.begin)
    ):
        return m.group(0).strip()  # "If a deal were signed, …": a condition
    return None
