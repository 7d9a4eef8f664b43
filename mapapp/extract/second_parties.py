"""The passes that add the events a sentence tells beside its first ones: a host country's
gathering, guests and travellers met one by one, companions, documents signed one by one, a
gathering named as a meeting's setting, a joint statement cited as a source and a welcome on
arrival.

Run in this order by :func:`mapapp.extract.clause_links.among_themselves` on one sentence's
mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapapp.extract.actors import ActorTable
from mapapp.extract.cited_statements import with_cited_statement
from mapapp.extract.companions import with_companions
from mapapp.extract.documents import with_documents
from mapapp.extract.gapped_stops import with_gapped_stops
from mapapp.extract.gapping import with_hosts
from mapapp.extract.settings import with_settings
from mapapp.extract.several_parties import with_guests, with_travellers
from mapapp.extract.side_documents import with_statement_cited_alone
from mapapp.extract.stop_talks import with_stop_talks
from mapapp.extract.welcome_halves import with_welcome_halves
from mapapp.extract.welcomes import welcome_at_arrival

if TYPE_CHECKING:
    from mapapp.extract.discourse import Mention

__all__ = ["with_second_parties"]


def with_second_parties(masked: str, told: list[Mention], table: ActorTable) -> list[Mention]:
    """``told`` with the events each pass adds (some passes also adjust events in place)."""
    with_hosts(masked, told, table)
    told = with_travellers(masked, with_guests(masked, told, table), table)
    told = with_companions(masked, with_documents(masked, told))
    told = with_gapped_stops(masked, told)  # "…, and in Colombo on 4 March with …"
    with_settings(masked, told)
    told = with_statement_cited_alone(masked, with_cited_statement(masked, told))
    told = with_stop_talks(masked, told)  # "travelled to Nairobi and Mombasa for talks"
    told = with_welcome_halves(masked, told)  # "arrived … and was met at the airport by"
    welcome_at_arrival(masked, told)
    return told
