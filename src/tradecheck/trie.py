"""Word lists as one regex shaped like a trie.

A plain alternation of hundreds of words makes the regex engine try every word at
every position; a trie tries only the branch for the next character, so a scan
costs at most the longest word's length per position, however long the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.end = False


def trie_regex(words: Iterable[str], space: str | None = None) -> str:
    r"""One regex (no groups) matching any of ``words``; greedy, so the longest word wins.

    With ``space``, a space in a word matches that regex instead (``r"\s+"`` lets
    "trade turnover" split over a line break still match).

    >>> import re
    >>> re.findall(trie_regex(["euro", "euros", "yen"]), "5 euros, 7 yen")
    ['euros', 'yen']
    >>> re.findall(trie_regex(["trade deficit"], space=r"\s+"), "a trade\ndeficit")
    ['trade\ndeficit']
    """
    root = _Node()
    for word in words:
        node = root
        for char in word:
            node = node.children.setdefault(char, _Node())
        node.end = True
    return _node_regex(root, space)


def _node_regex(node: _Node, space: str | None = None) -> str:
    branches = [
        (space if char == " " and space is not None else re.escape(char)) + _node_regex(child, space)
        for char, child in sorted(node.children.items())
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word ending here is the shorter choice: an optional group tries the longer one first.
    return f"(?:{body})?" if node.end else body
