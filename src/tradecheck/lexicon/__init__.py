"""Word lists as data: one loader for every CSV in this folder.

``#`` lines are comments; the first other line is the header. Each module that
uses a list validates its rows and raises ``LexiconError`` naming the file.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``lexicon/<name>`` as dicts keyed by the header."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(csv.DictReader(lines))


@cache
def word_set(name: str) -> frozenset[str]:
    """The lowercased ``word`` column of ``lexicon/<name>``."""
    return frozenset((row.get("word") or "").strip().lower() for row in rows(name)) - {""}
