"""tradecheck: pull trade figures out of news text and flag the ones that cannot all be true."""

from __future__ import annotations

__version__ = "0.1.0"
