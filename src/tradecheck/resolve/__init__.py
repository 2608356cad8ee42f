"""Mentions -> claims: what each figure measures, between which countries, for
which period, with what status, on whose authority; growth rates -> derived claims.

The resolver reads a figure's *windows*: the text between it and the figures
next to it in the same sentence. Cue words closest to the figure decide; what
a figure's own windows leave open is inherited from the figure before it
(same sentence first, then the paragraph, then the document), because that is
how news writing chains figures: "exports rose to $X, while imports fell to $Y".

Stages (``STAGES``), one module each: windows (``context``) -> metric -> scope ->
countries (``parties``) -> status -> period -> attribution (``source``) -> growth
(``derive``); ``stages`` runs them. Each is a function of the figure and the
context so far; a later stage may read what an earlier one decided, never the
other way round.
"""

from __future__ import annotations

from .context import STAGES, TRADE_METRICS, Claim
from .parties import economy_partner
from .stages import claim_row, resolve_document

__all__ = ["STAGES", "TRADE_METRICS", "Claim", "claim_row", "economy_partner", "resolve_document"]
