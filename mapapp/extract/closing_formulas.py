"""The closing formula of a joint text: "Done at Dar es Salaam on 25 November 2022".

A joint communiqué, statement or declaration published whole ends with where and when the sides
issued it: "Done at Francistown, Republic of Botswana, on 24 May 2019", "Issued in two original
copies in Spanish in Tapachula, Chiapas, on 26 May 2022", "Signed in duplicate at Maseru this 3rd
day of June 2021". The annotation conventions make an issued joint statement or declaration an
agreement, and the formula is the sentence that dates and places it.

Only read where the heading of the page or of its section names such a joint text: a single
ministry's release that closes with "Done at Abidjan, 14 February 2019" tells where the page was
written (:mod:`mapapp.extract.signoff_place` reads it as the dateline), not an agreement. The
formula must open its sentence and give a full date, so that "done at the ministry's request"
or "issued in Geneva last year" inside prose is no event.
"""

from __future__ import annotations

import re

__all__ = ["closing_rows"]

# a heading that names a joint text ("JOINT COMMUNIQUÉ ON THE STATE VISIT …", "Joint Statement of
# the Republic of Kazakhstan and Mongolia", "Joint Declaration of the Presidents …")
_JOINT_HEADING = re.compile(
    r"(?i)\bjoint\s+(?:communiqu[eé]|statement|declaration|press\s+(?:statement|communiqu[eé]))\b"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# a full date: "25 November 2022", "May 24, 2019", "this 3rd day of June 2021"
_FULL_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+(?:19|20)\d\d|{_MONTH}\s+\d{{1,2}},?\s+"
    rf"(?:19|20)\d\d|(?:this|the)\s+\w+\s+day\s+of\s+{_MONTH},?\s+(?:19|20)\d\d)"
)
# "Done at", "Done in duplicate at", "Issued in two original copies in Spanish in", "Signed at",
# then a capitalised place and, within the short line, the full date
_CLOSING = re.compile(
    r"^\W*(?:Done|Issued|Signed|Made|Adopted)\s+(?:[\w-]+\s+){0,7}?(?:at|in)\s+"
    rf"(?=(?:the\s+)?[A-Z][^.;]{{0,80}}?\b{_FULL_DATE}\W*$)"
)


def closing_rows(headline: str | None) -> list[tuple[str, re.Pattern[str], str]]:
    """The trigger row of the closing formula, when ``headline`` names a joint text."""
    if not headline or not _JOINT_HEADING.search(headline):
        return []
    return [("agreement", _CLOSING, "past")]
