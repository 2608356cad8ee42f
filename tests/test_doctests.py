"""The examples in docstrings are run, so they stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["tradecheck.numbers", "tradecheck.extract", "tradecheck.periods", "tradecheck.trie",
           "tradecheck.conflicts", "tradecheck.report", "tradecheck.unwrap", "tradecheck.ingest"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
