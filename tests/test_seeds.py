"""Whole-article expected output for each bundled seed article, and the seeds' conflicts.

Every row of every seed is listed: a missing row, an extra row or one wrong field fails.
The expectations follow the hand-checked reading of the articles (what the text says,
including its hedges and partial periods), not whatever the tool happens to produce.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from tradecheck.conflicts import find_conflicts
from tradecheck.pipeline import extract_claims

# surface, value, qualifier, metric, economy, partner, period_start, period_end, status, attributed_to
EXPECTED: dict[str, list[tuple[Any, ...]]] = {
    "000_a52dd64191060bff.txt": [
        ("US$52 million", 52e6, "approx", "trade_total", "AZE", "VNM", "2024-01", "2024-12", "actual", ""),
        # "The figure already surpassed US$100 million in the first quarter of 2025 ..., according to the Ministry"
        ("US$100 million", 100e6, "lower_bound", "trade_total", "AZE", "VNM", "2025-01", "2025-03", "actual",
         "Ministry of Industry and Trade"),
    ],
    "001_6a1efa2a575b6575.txt": [
        ("$687.7 million", 687.7e6, "exact", "trade_total", "AZE", "VNM", "2023-01", "2023-12", "actual",
         "Vietnam Customs"),
        # 687.7 / (1 + 7.125): the 2022 value the growth rate implies
        ("712.5% year-on-year increase", 84.64e6, "derived", "trade_total", "AZE", "VNM", "2022-01", "2022-12",
         "actual", "Vietnam Customs"),
        # "early 2024": starts in January, ends by mid-year (fuzzy)
        ("$52.6 million", 52.6e6, "exact", "trade_total", "AZE", "VNM", "2024-01", "2024-06", "actual",
         "Vietnam Customs"),
        ("climbed 23.9%", 39.709e6, "derived", "exports", "VNM", "AZE", "2023-01", "2023-06", "actual",
         "Vietnam Customs"),
        ("$49.2 million", 49.2e6, "exact", "exports", "VNM", "AZE", "2024-01", "2024-06", "actual", "Vietnam Customs"),
        # an Azerbaijani project in Vietnam: investment, and "currently" names no period
        ("$2.5 million", 2.5e6, "exact", "investment", "AZE", "VNM", "", "", "actual", ""),
    ],
    "002_19ca3692835e2b33.txt": [
        ("$702.5 million", 702.5e6, "exact", "trade_total", "AZE", "VNM", "2022-01", "2022-12", "actual", ""),
        ("$223.93 million", 223.93e6, "exact", "trade_total", "AZE", "VNM", "2024-01", "2024-12", "actual", ""),
    ],
    "003_ceacb9c28e99441a.txt": [],
    "004_f00eddb703faadba.txt": [
        ("$484 billion", 484e9, "lower_bound", "gdp", "VNM", "", "2025-01", "2025-12", "actual",
         "International Monetary Fund (IMF)"),
        ("$12.6 million", 12.6e6, "exact", "trade_total", "AZE", "VNM", "2009-01", "2009-12", "actual", ""),
        ("$141.8 million", 141.8e6, "exact", "trade_total", "AZE", "VNM", "2025-01", "2025-11", "actual", ""),
        # 141.8 / 1.073 for January-November 2024
        ("7.3% higher", 132.153e6, "derived", "trade_total", "AZE", "VNM", "2024-01", "2024-11", "actual", ""),
    ],
}
FIELDS = ("surface", "value", "qualifier", "metric", "economy", "partner", "period_start", "period_end", "status",
          "attributed_to")


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return extract_claims([])


@pytest.mark.parametrize("doc", sorted(EXPECTED), ids=lambda d: d[:3])
def test_seed_article_rows(claims: pd.DataFrame, doc: str) -> None:
    got = claims[claims["doc"] == doc]
    assert len(got) == len(EXPECTED[doc]), got["surface"].tolist()
    for want, (_, row) in zip(EXPECTED[doc], got.iterrows(), strict=True):
        for field, value in zip(FIELDS, want, strict=True):
            if field == "value":
                assert row["value"] == pytest.approx(value, rel=1e-4), (doc, want[0])
            else:
                assert row[field] == value, (doc, want[0], field)


def test_every_seed_is_read(claims: pd.DataFrame) -> None:
    # 003 has no money figure; the other four do
    assert set(claims["doc"]) == set(EXPECTED) - {"003_ceacb9c28e99441a.txt"}


def test_spans_point_at_the_words(claims: pd.DataFrame) -> None:
    from tradecheck.ingest import bundled_seeds

    for row in claims.itertuples(index=False):
        text = (bundled_seeds() / str(row.doc)).read_text(encoding="utf-8")
        assert text[int(row.start) : int(row.end)] == row.surface


def test_seed_conflicts(claims: pd.DataFrame) -> None:
    found = find_conflicts(claims)
    pairs = {(r.kind, frozenset({r.a_surface, r.b_surface})) for r in found.itertuples(index=False)}
    assert pairs == {
        ("same_period", frozenset({"US$52 million", "$223.93 million"})),
        ("same_period", frozenset({"712.5% year-on-year increase", "$702.5 million"})),
        ("containment", frozenset({"7.3% higher", "US$52 million"})),
    }
    # and none of the consistent pairs: a part of 2024 below the whole, exports below the total,
    # 'around $52 million' against $52.6 million for early 2024, GDP or investment against trade
    involved = set(found["a_surface"]) | set(found["b_surface"])
    assert not involved & {"$484 billion", "$2.5 million", "$49.2 million", "$52.6 million", "US$100 million"}
