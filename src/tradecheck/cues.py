"""Cue-word tables (metric, status, growth) loaded from ``lexicon/`` and compiled once.

Each table is a CSV of phrases; the compiled pattern tries longest phrases
first so "trade deficit" wins over "trade" and "trade agreement" (metric
``none``) blocks "trade" from making a figure a trade total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .errors import LexiconError
from .lexicon import rows
from .trie import trie_regex

METRICS = ("trade_total", "exports", "imports", "trade_balance", "investment", "gdp", "other", "none")
#: "actual" marks a phrase that holds a shorter cue but says nothing of the future ("bring in" earns)
STATUSES = ("forecast", "target", "actual")
DIRECTIONS = ("up", "down")


def _compile(phrases: list[str]) -> re.Pattern[str]:
    # a trie, not a plain alternation: one branch per next character instead of every
    # phrase tried at every position; greedy, so the longest phrase still wins
    alt = trie_regex({p.lower() for p in phrases}, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    value: str  # metric / status / direction
    sign: int = 0  # for balances: -1 deficit, +1 surplus


@dataclass(frozen=True)
class _Table:
    pattern: re.Pattern[str]
    values: dict[str, tuple[str, int]]

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Cue]:
        stop = len(text) if end is None else end
        out = []
        for m in self.pattern.finditer(text, start, stop):
            key = " ".join(m.group().lower().split())
            value, sign = self.values[key]
            out.append(Cue(m.start(), m.end(), m.group(), value, sign))
        return out


def _table(name: str, column: str, allowed: tuple[str, ...], signed: bool = False) -> _Table:
    values: dict[str, tuple[str, int]] = {}
    for row in rows(name):
        phrase = " ".join((row.get("phrase") or row.get("word") or "").lower().split())
        value = (row.get(column) or "").strip()
        if not phrase or value not in allowed:
            raise LexiconError(f"{name}: bad row {row}")
        sign = 0
        if signed:
            try:
                sign = int(row.get("sign") or 0)
            except ValueError as exc:
                raise LexiconError(f"{name}: bad sign in row {row}") from exc
        values[phrase] = (value, sign)
    return _Table(_compile(list(values)), values)


@cache
def metric_cues() -> _Table:
    return _table("metrics.csv", "metric", METRICS, signed=True)


@cache
def status_cues() -> _Table:
    return _table("status.csv", "status", STATUSES)


@cache
def growth_words() -> _Table:
    return _table("growth.csv", "direction", DIRECTIONS)
