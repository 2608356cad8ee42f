"""tradecheck: pull trade figures out of news text and flag the ones that cannot all be true.

The Python API mirrors the commands::

    import tradecheck
    claims = tradecheck.extract_claims(["articles/"], meta="meta.csv")   # pandas DataFrame
    conflicts = tradecheck.find_conflicts(claims)

Heavy modules load on first use, so ``import tradecheck`` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract_claims", "find_conflicts", "claims_from_texts", "rank_suspects", "__version__"]


def __getattr__(name: str) -> Any:
    if name in {"extract_claims", "claims_from_texts"}:
        from . import pipeline

        return getattr(pipeline, name)
    if name in {"find_conflicts", "rank_suspects"}:
        from . import conflicts

        return getattr(conflicts, name)
    raise AttributeError(name)
