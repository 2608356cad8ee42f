"""The word lists in ``lexicon/`` stay clean: one row per key.

A duplicated key is at best dead weight and at worst two rows that disagree, the later
silently winning; these lists are edited by hand, so the check is worth having.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tradecheck.lexicon import rows

KEYED = [
    ("currencies.csv", "alias"),
    ("qualifiers.csv", "phrase"),
    ("scales.csv", "word"),
    ("status.csv", "phrase"),
    ("growth.csv", "word"),
    ("metrics.csv", "phrase"),
    ("not_money_subjects.csv", "word"),
    ("agencies.csv", "name"),
    ("pegs.csv", "currency"),
    ("rate_units.csv", "word"),
    ("not_products.csv", "word"),
    ("particle_verbs.csv", "word"),
    ("regions.csv", "word"),
]


def test_rate_units_are_prices_or_spans_of_time() -> None:
    assert {row["kind"] for row in rows("rate_units.csv")} == {"price", "time"}


@pytest.mark.parametrize(("name", "key"), KEYED, ids=[name for name, _ in KEYED])
def test_one_row_per_key(name: str, key: str) -> None:
    table = rows(name)
    assert table, f"{name} is empty"
    counts = Counter(row[key] for row in table)
    assert [k for k, n in counts.items() if n > 1] == []


def test_local_currency_words_are_currencies() -> None:
    """A word in local_currencies.csv must also be read as a currency, or its rows are dead."""
    known = {row["alias"].lower() for row in rows("currencies.csv")}
    assert sorted({row["word"] for row in rows("local_currencies.csv") if row["word"].lower() not in known}) == []
