"""Work per figure must not grow with the document.

The benchmark (``benchmarks/bench_adversarial.py``) times long inputs; this test is its
deterministic guard. It counts the Python and built-in calls made while resolving a
document of ``n`` blocks and of ``8 n`` blocks: a rule that compares each figure with
every earlier one, or walks back over every earlier sentence, makes the count per figure
grow with ``n`` and fails here, on any machine, without a clock.

Work inside one C call (a regex searching all the text before each figure) makes no extra
calls, so a second count follows it: the characters each module-level pattern of the
resolver, the attribution finder and the growth finder is given to scan (its ``pos`` to
``endpos``, or the whole string). That count must not grow per figure either.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from types import FrameType, ModuleType
from typing import Any

import pytest

import tradecheck.resolve
from tradecheck import attribution, growth
from tradecheck.document import Document
from tradecheck.fx import FxRates
from tradecheck.pipeline import claim_rows

# Varied news-like paragraphs: datelines, partners, periods, growth, ranges, conversions,
# attributions, forecasts and a target, so that most resolution rules run on every block.
BLOCK = [
    "NAIROBI, March 3 (Wire) - Trade between Kenya and Brazil rose 12.5% to $4.2 billion in 2023, "
    "the trade ministry said on Monday.",
    "Exports to Germany reached €1.3 billion in the first quarter, while imports from Germany fell "
    "3 per cent to €900 million, according to the statistics office.",
    "The two countries aim to lift bilateral trade to $10 billion by 2030, Deputy Minister Ana Costa "
    "told reporters, adding that turnover could reach $5 bln this year.",
    "In January-October, Peru's copper exports to China were worth US$2.1bn, up from US$1.8bn a "
    "year earlier, customs data showed.",
    "Japanese investment pledges totalled 7.2 trillion yen ($48 billion) in FY2023-24, and around "
    "$300 million was disbursed last year.",
    "India's trade deficit with the UAE widened to Rs 1.2 lakh crore in the first ten months, and "
    "shipments of gems and jewellery were $47-48 bln.",
]


def _calls(text: str) -> tuple[int, int]:
    """Calls made while turning ``text`` into rows, and the number of rows."""
    doc = Document("doc.txt", text)
    fx = FxRates()
    count = 0

    def profiler(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    claim_rows(doc, fx)  # warm caches (lexicons, compiled patterns) outside the count
    previous: Callable[..., Any] | None = sys.getprofile()
    sys.setprofile(profiler)
    try:
        rows = claim_rows(doc, fx)
    finally:
        sys.setprofile(previous)
    return count, len(rows)


def _per_figure(text_of: Callable[[int], str], n: int) -> tuple[float, float]:
    """Calls per row added from ``n`` to ``2 n`` blocks, and from ``2 n`` to ``8 n`` blocks.

    Differences cancel the fixed work of a document and of its first and last blocks:
    for linear work the two are equal, for work that grows with the document the second
    is larger.
    """
    sizes = [_calls(text_of(k * n)) for k in (1, 2, 8)]
    (c1, r1), (c2, r2), (c8, r8) = sizes
    assert r1 > 0 and r8 >= 7 * r1, "the blocks must keep yielding figures"
    return (c2 - c1) / (r2 - r1), (c8 - c2) / (r8 - r2)


#: Growth phrases with no money near them, after one figure: each is matched with a figure through
#: the sentence's other reads, which must stay bounded however long the line is.
RATES = "exports to Chile rose 4.5% while imports climbed 7 per cent and transit trade fell by a third"


def _sentence(paragraphs: list[str]) -> str:
    return " and ".join(p.rstrip(".") for p in paragraphs) + "."


@pytest.mark.parametrize(
    "layout, text_of",
    [
        ("paragraphs", lambda n: "\n\n".join(BLOCK * n)),
        ("one line", lambda n: " ".join(BLOCK * n)),
        ("one sentence", lambda n: _sentence(BLOCK * n)),
        ("two sentences", lambda n: _sentence(BLOCK * n) + " " + _sentence(BLOCK * n)),
        ("rates without figures", lambda n: _sentence(([BLOCK[0]] + [RATES] * 12) * n)),
    ],
)
def test_work_per_figure_does_not_grow_with_the_document(layout: str, text_of: Callable[[int], str]) -> None:
    # 10 blocks already fill every bounded look-back (64 figures, MAX_SENTENCE_CHARS), so from
    # there on one more figure costs the same (bisections add a little)
    small, big = _per_figure(text_of, 10)
    assert big <= 1.08 * small, (
        f"{layout}: {small:.0f} calls per figure added from 10 to 20 blocks, {big:.0f} from 20 to 80: "
        "some rule's work grows with the document"
    )


_MATCH_REACH = 1_000


class _Scanned:
    """A compiled pattern that adds the length of every span it is asked to scan to a tally."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self._pattern = pattern
        self._tally = tally

    def _count(self, string: str, pos: int = 0, endpos: int | None = None) -> None:
        end = len(string) if endpos is None else min(endpos, len(string))
        self._tally[0] += max(0, end - pos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._count(string, pos, endpos)
        return self._pattern.search(string, pos, endpos)

    # an anchored match reads only as far as its pattern reaches, not to the end of the string:
    # counted up to _MATCH_REACH characters (a pattern that can run on would show past that)
    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._count(string, pos, min(endpos, pos + _MATCH_REACH))
        return self._pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._count(string, pos, min(endpos, pos + _MATCH_REACH))
        return self._pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._count(string, pos, endpos)
        return self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        self._count(string, pos, endpos)
        return self._pattern.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        self._count(string)
        return self._pattern.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _scanned(monkeypatch: pytest.MonkeyPatch, text: str, modules: tuple[ModuleType, ...]) -> tuple[int, int]:
    """Characters the modules' patterns scan while turning ``text`` into rows, and the number of rows."""
    doc = Document("doc.txt", text)
    fx = FxRates()
    claim_rows(doc, fx)  # warm caches outside the count
    tally = [0]
    with monkeypatch.context() as patched:
        for module in modules:
            patterns = [(name, value) for name, value in vars(module).items() if isinstance(value, re.Pattern)]
            assert patterns, f"{module.__name__} has no module-level pattern to follow"
            for name, value in patterns:
                patched.setattr(module, name, _Scanned(value, tally))
        rows = claim_rows(doc, fx)
    return tally[0], len(rows)


@pytest.mark.parametrize(
    "layout, text_of",
    [
        ("paragraphs", lambda n: "\n\n".join(BLOCK * n)),
        ("one line", lambda n: " ".join(BLOCK * n)),
        ("one sentence", lambda n: _sentence(BLOCK * n)),
    ],
)
def test_text_scanned_per_figure_does_not_grow_with_the_document(
    monkeypatch: pytest.MonkeyPatch, layout: str, text_of: Callable[[int], str]
) -> None:
    resolver = [
        importlib.import_module(f"tradecheck.resolve.{m.name}")
        for m in pkgutil.iter_modules(tradecheck.resolve.__path__)
        if m.name not in {"stages"}  # runs the stages; it has no pattern of its own
    ]
    modules = (*resolver, attribution, growth)
    sizes = [_scanned(monkeypatch, text_of(k * 10), modules) for k in (1, 2, 8)]
    (c1, r1), (c2, r2), (c8, r8) = sizes
    assert r1 > 0 and r8 >= 7 * r1, "the blocks must keep yielding figures"
    small, big = (c2 - c1) / (r2 - r1), (c8 - c2) / (r8 - r2)
    assert big <= 1.1 * small, (
        f"{layout}: {small:.0f} characters scanned per figure added from 10 to 20 blocks, {big:.0f} from 20 "
        "to 80: some pattern reads text that grows with the document"
    )
