"""Conflicts between claims: intervals, the three kinds, the reasons not to flag, ids and wording.

Every case is a small claims table built with ``claim()``; the figures are made up.
Each "no conflict" case is built so that it WOULD be flagged if the rule it tests
were dropped (the values disagree), so every test can fail.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest

from tradecheck.conflicts import claim_intervals, conflict_id, find_conflicts, money, rank_suspects
from tradecheck.errors import UsageError
from tradecheck.table import ALL_CONFLICT_COLUMNS, claims_frame

YEAR = ("2024-01", "2024-12")
SCALES = {
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}


def claim(figure: str, **kw: Any) -> dict[str, Any]:
    """One claims row from "52.6 million" (or "-57 billion" for a deficit) plus overrides.

    The rounding interval follows the last stated digit, as the extractor gives it.
    ``period=(start, end)``; ``interval=(low, high)`` overrides the computed interval.
    """
    number, _, scale = figure.partition(" ")
    unit = SCALES[scale] if scale else Decimal(1)
    amount = Decimal(number)
    exponent = amount.as_tuple().exponent
    half = Decimal(5) * Decimal(10) ** (int(exponent) - 1) * unit
    value = float(amount * unit)
    low, high = float(amount * unit - half), float(amount * unit + half)
    qualifier = kw.pop("qualifier", "exact")
    if qualifier == "lower_bound":
        low, high = (value, math.nan) if value >= 0 else (math.nan, value)
    elif qualifier == "upper_bound":
        low, high = (math.nan, value) if value >= 0 else (value, math.nan)
    if "interval" in kw:
        low, high = kw.pop("interval")
    period = kw.pop("period", YEAR)
    currency = kw.pop("currency", "USD")
    row: dict[str, Any] = {
        "doc": "a.txt",
        "surface": f"{'$' if currency == 'USD' else currency + ' '}{figure.lstrip('-')}",
        "value": value,
        "currency": currency,
        "value_usd": value if currency == "USD" else math.nan,
        "interval_low": low,
        "interval_high": high,
        "qualifier": qualifier,
        "status": "actual",
        "scope": "",
        "metric": "trade_total",
        "economy": "AZE",
        "partner": "VNM",
        "period_start": period[0],
        "period_end": period[1],
        "period_label": period[0][:4]
        if period == (f"{period[0][:4]}-01", f"{period[0][:4]}-12")
        else f"{period[0]}..{period[1]}",
    }
    row.update(kw)
    return row


def table(*rows: dict[str, Any]) -> pd.DataFrame:
    """Give the rows ids c1, c2 ... and spans that never overlap, unless set."""
    filled = []
    for i, row in enumerate(rows, start=1):
        r = dict(row)
        r.setdefault("claim_id", f"c{i}")
        r.setdefault("start", 100 * i)
        r.setdefault("end", 100 * i + 10)
        filled.append(r)
    frame: pd.DataFrame = claims_frame(filled)
    return frame


def pairs(conflicts: pd.DataFrame) -> list[tuple[str, str, str]]:
    return [(str(r.kind), str(r.a_claim_id), str(r.b_claim_id)) for r in conflicts.itertuples()]


# --------------------------------------------------------------------------- intervals

INTERVAL_CASES = [
    pytest.param(
        claim("52.6 million"), {}, (52.55e6 * 0.98, 52.65e6 * 1.02), id="exact: rounding widened 2%"
    ),
    pytest.param(
        claim("52 million", qualifier="approx"),
        {},
        (51.5e6 * 0.9, 52.5e6 * 1.1),
        id="approx: rounding widened 10%",
    ),
    pytest.param(
        claim("46.5 billion", qualifier="lower_bound"),
        {},
        (46.5e9, 46.5e9 * 1.1),
        id="over $46.5 bn: figure to 10% above",
    ),
    pytest.param(
        claim("46.5 billion", qualifier="lower_bound"),
        {"hard_bounds": True},
        (46.5e9, math.inf),
        id="over $46.5 bn, hard: open above",
    ),
    pytest.param(
        claim("-57 billion", qualifier="lower_bound", metric="trade_balance"),
        {},
        (-57e9 * 1.1, -57e9),
        id="deficit of over $57 bn: size at least 57",
    ),
    pytest.param(
        claim("-57 billion", qualifier="lower_bound", metric="trade_balance"),
        {"hard_bounds": True},
        (-math.inf, -57e9),
        id="deficit of over $57 bn, hard: open below",
    ),
    pytest.param(claim("50 billion", qualifier="upper_bound"), {}, (45e9, 50e9), id="up to $50 bn"),
    pytest.param(
        claim("50 billion", qualifier="upper_bound"),
        {"hard_bounds": True},
        (0.0, 50e9),
        id="up to $50 bn, hard: down to zero",
    ),
    pytest.param(
        claim("-5 billion", qualifier="upper_bound", metric="trade_balance"),
        {},
        (-5e9, -4.5e9),
        id="deficit of up to $5 bn",
    ),
    pytest.param(
        claim("-250 billion", qualifier="range", value_high=-200e9, interval=(-250e9, -200e9)),
        {},
        (-255e9, -196e9),
        id="deficit range 200-250 bn: widened outwards",
    ),
    pytest.param(
        claim("84.64 million", qualifier="derived", interval=(84.6e6, 84.7e6)),
        {},
        (84.6e6 * 0.98, 84.7e6 * 1.02),
        id="derived: both roundings widened 2%",
    ),
    pytest.param(
        claim("12.89 million", qualifier="derived", interval=(math.nan, 12.9e6)),
        {},
        (12.9e6 * 0.9, 12.9e6 * 1.02),
        id="derived from a bound: open side capped 10%",
    ),
    pytest.param(
        claim("12.89 million", qualifier="derived", interval=(math.nan, 12.9e6)),
        {"hard_bounds": True},
        (-math.inf, 12.9e6 * 1.02),
        id="derived from a bound, hard: open side open",
    ),
]


@pytest.mark.parametrize(("row", "options", "expected"), INTERVAL_CASES)
def test_claim_interval(row: dict[str, Any], options: dict[str, Any], expected: tuple[float, float]) -> None:
    got = claim_intervals(table(row), **options).iloc[0]
    assert got["lo"] == pytest.approx(expected[0])
    assert got["hi"] == pytest.approx(expected[1])
    assert got["lo"] <= got["hi"]


def test_usd_interval_scaled_and_widened_by_fx_tolerance() -> None:
    row = claim("4.0 billion", currency="EUR", value_usd=4.4e9)
    got = claim_intervals(table(row), fx_tolerance=0.03).iloc[0]
    assert got["lo"] == pytest.approx(3.95e9 * 0.98)
    assert got["lo_usd"] == pytest.approx(3.95e9 * 0.98 * 1.1 * 0.97)
    assert got["hi_usd"] == pytest.approx(4.05e9 * 1.02 * 1.1 * 1.03)


def test_usd_interval_empty_without_dollar_value() -> None:
    got = claim_intervals(table(claim("4.0 billion", currency="EUR"))).iloc[0]
    assert math.isnan(got["lo_usd"]) and math.isnan(got["hi_usd"])


def test_claim_intervals_keeps_input_untouched() -> None:
    claims = table(claim("1 million"))
    claim_intervals(claims)
    assert "lo" not in claims.columns


@pytest.mark.parametrize("option", ["tolerance", "approx_tolerance", "mirror_tolerance", "fx_tolerance"])
def test_negative_tolerance_is_a_usage_error(option: str) -> None:
    with pytest.raises(UsageError, match=option):
        find_conflicts(table(claim("1 million")), **{option: -0.1})


# --------------------------------------------------------------------------- what is flagged

FLAGGED = [
    pytest.param(
        [claim("52 million", qualifier="approx", doc="a.txt"), claim("223.93 million", doc="b.txt")],
        {},
        [("same_period", "c1", "c2")],
        id="same_period: about $52m vs $223.93m for 2024",
    ),
    pytest.param(
        [
            claim(
                "132.2 million",
                qualifier="derived",
                interval=(132.1e6, 132.3e6),
                doc="d.txt",
                period=("2024-01", "2024-11"),
            ),
            claim("52 million", qualifier="approx", doc="a.txt"),
        ],
        {},
        [("containment", "c1", "c2")],
        id="containment: Jan-Nov above the whole year",
    ),
    pytest.param(
        [
            claim("60 million", metric="exports", economy="VNM", partner="AZE"),
            claim("52.6 million", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: exports above total trade",
    ),
    pytest.param(
        [
            claim(
                "60 million", metric="imports", economy="AZE", partner="VNM", period=("2024-01", "2024-03")
            ),
            claim("52.6 million", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: a quarter's imports above the year's total",
    ),
    pytest.param(
        [
            claim("687.7 million", period=("2023-01", "2023-12")),
            claim(
                "84.64 million",
                qualifier="derived",
                interval=(84.63e6, 84.65e6),
                derived_from="c1",
                surface="712.5% year-on-year increase",
                period=("2022-01", "2022-12"),
            ),
            claim("702.5 million", doc="b.txt", period=("2022-01", "2022-12")),
        ],
        {},
        [("same_period", "c2", "c3")],
        id="derived vs stated: implied 2022 vs stated 2022",
    ),
    pytest.param(
        [
            claim("24 billion", qualifier="lower_bound", economy="CHN", partner="KAZ"),
            claim("31.2 billion", economy="CHN", partner="KAZ", doc="b.txt"),
        ],
        {},
        [("same_period", "c1", "c2")],
        id="over $24 bn (soft) vs $31.2 bn",
    ),
    pytest.param(
        [
            claim(
                "-57 billion", qualifier="lower_bound", metric="trade_balance", economy="IND", partner="RUS"
            ),
            claim("-50 billion", metric="trade_balance", economy="IND", partner="RUS", doc="b.txt"),
        ],
        {"hard_bounds": True},
        [("same_period", "c1", "c2")],
        id="deficit of over $57 bn vs a $50 bn deficit, even with hard bounds",
    ),
    pytest.param(
        [
            claim(
                "152.4 billion",
                qualifier="derived",
                interval=(152.35e9, 152.45e9),
                metric="trade_balance",
                economy="MEX",
                partner="USA",
            ),
            claim("-162.1 billion", metric="trade_balance", economy="USA", partner="MEX", doc="b.txt"),
        ],
        {},
        [("same_period", "c1", "c2")],
        id="balance from the other side: MEX surplus vs USA deficit",
    ),
    pytest.param(
        [
            claim(
                "52.6 million", period=("2024-01", "2024-06"), period_fuzzy=True, period_label="early 2024"
            ),
            claim(
                "40 million",
                period=("2024-01", "2024-06"),
                period_fuzzy=True,
                period_label="early 2024",
                doc="b.txt",
            ),
        ],
        {},
        [("same_period", "c1", "c2")],
        id="fuzzy periods with the same label are the same period",
    ),
    pytest.param(
        [
            claim(
                "52.6 million", period=("2024-01", "2024-06"), period_fuzzy=True, period_label="early 2024"
            ),
            claim("40 million", period=("2024-01", "2024-12"), doc="b.txt"),
        ],
        {},
        [("containment", "c1", "c2")],
        id="fuzzy part (early 2024) inside the year",
    ),
    pytest.param(
        [claim("45 billion", qualifier="approx", status="forecast"), claim("35.7 billion", doc="b.txt")],
        {"include_forecasts": True},
        [("same_period", "c1", "c2")],
        id="forecast vs actual with include_forecasts",
    ),
    pytest.param(
        [claim("84.3 billion", currency="EUR", value_usd=91.0e9), claim("50 billion", doc="b.txt")],
        {},
        [("same_period", "c1", "c2")],
        id="different currencies compared in USD",
    ),
    pytest.param(
        [
            claim("10 million", metric="exports", economy="VNM", partner="AZE", scope="oil"),
            claim("5 million", scope="", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: a commodity's exports above all trade",
    ),
    pytest.param(
        [
            claim("31 billion", metric="exports", economy="CHL", partner="CHN", scope="copper"),
            claim("27.5 billion", metric="exports", economy="CHL", partner="CHN", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: a commodity's exports above all exports of the same flow",
    ),
    pytest.param(
        [
            claim("4 billion", metric="imports", economy="IND", partner="ARE", scope="gold",
                  period=("2024-01", "2024-06")),
            claim("3.2 billion", metric="imports", economy="IND", partner="ARE", scope="goods", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: a half-year's gold imports above the year's goods imports",
    ),
    pytest.param(
        [
            claim("97 billion", metric="exports", economy="DEU", partner="CHN"),
            claim("1.6 billion", metric="exports", economy="DEU", partner="WLD", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: exports to one partner above exports to the world",
    ),
    pytest.param(
        [
            claim("40 billion", economy="CHN", partner="ZAF", period=("2024-01", "2024-06")),
            claim("30 billion", economy="WLD", partner="ZAF", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: a half-year's trade with one partner above the year's trade with the world",
    ),
    pytest.param(
        [
            claim("1.56 trillion", metric="exports", economy="DEU", partner="WLD", scope="goods"),
            claim("1.6 billion", metric="exports", economy="DEU", partner="WLD", doc="b.txt"),
        ],
        {},
        [("component", "c1", "c2")],
        id="component: goods exports far above all exports",
    ),
]


@pytest.mark.parametrize(("rows", "options", "expected"), FLAGGED)
def test_flagged(
    rows: list[dict[str, Any]], options: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    assert pairs(find_conflicts(table(*rows), **options)) == expected


# --------------------------------------------------------------------------- what is not flagged

NOT_FLAGGED = [
    pytest.param(
        [
            claim("100 million", metric="exports", economy="IND", partner="USA"),
            claim("300 million", metric="imports", economy="IND", partner="USA", doc="b.txt"),
        ],
        {},
        id="different metric (exports vs imports)",
    ),
    pytest.param(
        [
            claim("-70.6 billion", metric="trade_balance", economy="USA", partner="CAN", scope="goods"),
            claim("-35.7 billion", metric="trade_balance", economy="USA", partner="CAN"),
        ],
        {},
        id="different scope (goods vs all)",
    ),
    pytest.param(
        [
            claim("3 billion", metric="exports", economy="CHL", partner="CHN", scope="goods"),
            claim("2.9 billion", metric="exports", economy="CHL", partner="CHN", doc="b.txt"),
        ],
        {},
        id="goods exports above unnarrowed exports (often goods alone)",
    ),
    pytest.param(
        [
            claim("3.9 billion", metric="exports", economy="CHL", partner="CHN", scope="goods"),
            claim("3.2 billion", metric="exports", economy="CHL", partner="CHN", doc="b.txt"),
        ],
        {},
        id="goods exports a fifth above unnarrowed exports (another basis of counting goods)",
    ),
    pytest.param(
        [
            claim("-5 billion", metric="trade_balance", economy="DEU", partner="CHN"),
            claim("-2 billion", metric="trade_balance", economy="DEU", partner="WLD", doc="b.txt"),
        ],
        {},
        id="a balance with one partner beyond the balance with the world (not additive)",
    ),
    pytest.param(
        [
            claim("97 billion", metric="exports", economy="DEU", partner="CHN"),
            claim("80 billion", metric="imports", economy="DEU", partner="WLD", doc="b.txt"),
        ],
        {},
        id="exports to one partner against imports from the world",
    ),
    pytest.param(
        [
            claim("97 billion", metric="exports", economy="DEU", partner="CHN"),
            claim("80 billion", metric="exports", economy="CHN", partner="WLD", doc="b.txt"),
        ],
        {},
        id="exports to a partner against the partner's own exports to the world",
    ),
    pytest.param(
        [
            claim("3 billion", metric="exports", economy="CHL", partner="CHN", scope="copper"),
            claim("2 billion", metric="exports", economy="CHN", partner="CHL", doc="b.txt"),
        ],
        {},
        id="a commodity's exports against the other direction's exports",
    ),
    pytest.param(
        [
            claim("3 billion", metric="exports", economy="CHL", partner="CHN", scope="copper"),
            claim("2 billion", metric="exports", economy="CHL", partner="CHN", scope="wine", doc="b.txt"),
        ],
        {},
        id="two commodities' exports",
    ),
    pytest.param(
        [
            claim("86.5 billion", metric="exports", economy="IND", partner="USA"),
            claim("40.8 billion", metric="exports", economy="USA", partner="IND", doc="b.txt"),
        ],
        {},
        id="different direction (IND->USA vs USA->IND)",
    ),
    pytest.param(
        [
            claim("83.77 billion", period=("2023-01", "2023-12")),
            claim("77.5 billion", period=("2023-04", "2024-03"), doc="b.txt"),
        ],
        {},
        id="periods overlap without nesting (calendar vs fiscal year)",
    ),
    pytest.param(
        [claim("45 billion", qualifier="approx", status="forecast"), claim("35.7 billion", doc="b.txt")],
        {},
        id="forecast vs actual",
    ),
    pytest.param(
        [claim("10 billion", status="target"), claim("3 billion", doc="b.txt")],
        {"include_forecasts": True},
        id="target vs actual, even with include_forecasts",
    ),
    pytest.param([claim("4.2 billion"), claim("4.26 billion", doc="b.txt")], {}, id="within rounding and 2%"),
    pytest.param(
        [claim("100 million", qualifier="approx"), claim("108 million", doc="b.txt")],
        {},
        id="within approx tolerance",
    ),
    pytest.param(
        [claim("24 billion", qualifier="lower_bound"), claim("25.4 billion", doc="b.txt")],
        {},
        id="lower bound below a stated value",
    ),
    pytest.param(
        [claim("24 billion", qualifier="lower_bound"), claim("31.2 billion", doc="b.txt")],
        {"hard_bounds": True},
        id="over $24 bn vs $31.2 bn with hard bounds",
    ),
    pytest.param(
        [claim("50 billion", qualifier="upper_bound"), claim("46 billion", doc="b.txt")],
        {},
        id="upper bound above a stated value",
    ),
    pytest.param(
        [
            claim("-57 billion", qualifier="lower_bound", metric="trade_balance"),
            claim("-57.2 billion", metric="trade_balance", doc="b.txt"),
        ],
        {},
        id="deficit of over $57 bn vs a $57.2 bn deficit",
    ),
    pytest.param(
        [claim("30 million", period=("2024-01", "2024-03")), claim("100 million", doc="b.txt")],
        {},
        id="part smaller than the whole",
    ),
    pytest.param(
        [
            claim("50 billion", metric="trade_balance", period=("2024-01", "2024-03")),
            claim("20 billion", metric="trade_balance", doc="b.txt"),
        ],
        {},
        id="trade_balance: no containment (other months can be in deficit)",
    ),
    pytest.param(
        [
            claim(
                "52.6 million", period=("2024-01", "2024-06"), period_fuzzy=True, period_label="early 2024"
            ),
            claim("52 million", qualifier="approx", doc="b.txt"),
        ],
        {},
        id="early 2024 within 'around' the year",
    ),
    pytest.param(
        [
            claim(
                "52.6 million", period=("2024-01", "2024-06"), period_fuzzy=True, period_label="early 2024"
            ),
            claim(
                "30 million",
                period=("2024-01", "2024-06"),
                period_fuzzy=True,
                period_label="H1 2024",
                doc="b.txt",
            ),
        ],
        {},
        id="fuzzy periods with different labels are not the same period",
    ),
    pytest.param(
        [
            claim("30 million", period=("2024-01", "2024-03")),
            claim(
                "10 million",
                period=("2024-01", "2024-06"),
                period_fuzzy=True,
                period_label="early 2024",
                doc="b.txt",
            ),
        ],
        {},
        id="a fuzzy-ended period is never the whole",
    ),
    pytest.param(
        [
            claim("49.2 million", metric="exports", economy="VNM", partner="AZE"),
            claim("52.6 million", doc="b.txt"),
        ],
        {},
        id="exports below total trade",
    ),
    pytest.param(
        [
            claim("10 million", metric="exports", economy="VNM", partner="AZE", scope="services"),
            claim("5 million", scope="goods", doc="b.txt"),
        ],
        {},
        id="services exports vs a goods total",
    ),
    pytest.param(
        [
            claim("60 million", metric="exports", economy="VNM", partner="AZE"),
            claim("52.6 million", economy="AZE", partner="KAZ", doc="b.txt"),
        ],
        {},
        id="exports vs total trade of another pair",
    ),
    pytest.param(
        [
            claim("4.0 billion", currency="EUR", value_usd=4.3e9, linked_to="c2"),
            claim("5.0 billion", currency="USD"),
        ],
        {},
        id="linked conversions never compared",
    ),
    pytest.param(
        [claim("84.3 billion", currency="EUR"), claim("50 billion", doc="b.txt")],
        {},
        id="different currency without value_usd skipped",
    ),
    pytest.param(
        [claim("2.5 million", metric="investment"), claim("90 million", metric="investment", doc="b.txt")],
        {},
        id="investment never compared",
    ),
    pytest.param(
        [claim("2.5 million", metric="investment"), claim("1.5 million", doc="b.txt")],
        {},
        id="investment vs trade",
    ),
    pytest.param(
        [
            claim("484 billion", metric="gdp", partner=""),
            claim("100 billion", metric="gdp", partner="", doc="b.txt"),
        ],
        {},
        id="gdp never compared",
    ),
    pytest.param(
        [claim("60 million", partner=""), claim("30 million", partner="", doc="b.txt")],
        {},
        id="unknown partner never compared",
    ),
    pytest.param(
        [
            claim("60 million", period_start="", period_end="", period_label=""),
            claim("30 million", period_start="", period_end="", period_label="", doc="b.txt"),
        ],
        {},
        id="no period never compared",
    ),
    pytest.param(
        [claim("60 million", start=10, end=30), claim("30 million", start=20, end=25)],
        {},
        id="same document, overlapping span: one statement",
    ),
    pytest.param(
        [
            claim("60 million", period=("2023-01", "2023-12")),
            claim(
                "30 million",
                qualifier="derived",
                derived_from="c1",
                interval=(29.9e6, 30.1e6),
                period=("2023-01", "2023-12"),
            ),
        ],
        {},
        id="a derived row never against its own base",
    ),
    pytest.param(
        [
            claim("171.809 billion", metric="trade_balance", economy="MEX", partner="USA"),
            claim("-179 billion", metric="trade_balance", economy="USA", partner="MEX", doc="b.txt"),
        ],
        {},
        id="balance from the other side within tolerance",
    ),
    pytest.param(
        [
            claim("100 billion", status="forecast", period=("2023-01", "2023-12")),
            claim(
                "0.3333 billion",
                qualifier="derived",
                derived_from="c1",
                interval=(0.333e9, 0.334e9),
                period=("1995-01", "1995-12"),
            ),
            claim("450 million", period=("1995-01", "1995-12"), doc="b.txt"),
        ],
        {},
        id="a figure derived from a forecast is a forecast",
    ),
]


@pytest.mark.parametrize(("rows", "options"), NOT_FLAGGED)
def test_not_flagged(rows: list[dict[str, Any]], options: dict[str, Any]) -> None:
    assert pairs(find_conflicts(table(*rows), **options)) == []


# --------------------------------------------------------------------------- grouping and support


def test_same_figure_in_two_documents_one_row_per_pair_with_support() -> None:
    claims = table(
        claim("-40.6 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b02.txt"),
        claim("-40.6 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b03.txt"),
        claim("-67.9 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b04.txt"),
        claim("-40.55 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b05.txt"),
    )
    got = find_conflicts(claims)
    assert pairs(got) == [
        ("same_period", "c1", "c3"),
        ("same_period", "c2", "c3"),
        ("same_period", "c3", "c4"),
    ]
    # Three documents state a figure that agrees with 40.6 (40.55 is within tolerance), one states 67.9.
    assert got["support_a"].tolist() == [3, 3, 1]
    assert got["support_b"].tolist() == [1, 1, 3]


def test_same_figure_repeated_in_one_document_counts_once() -> None:
    claims = table(
        claim("52 million", doc="a.txt"),
        claim("52 million", doc="a.txt"),  # headline and body
        claim("223.93 million", doc="b.txt"),
    )
    assert pairs(find_conflicts(claims)) == [("same_period", "c1", "c3")]


def test_an_amount_and_its_conversion_disagree_with_another_figure_once() -> None:
    # "KES 150.9 billion ($1.17 billion)" in one article against $1.38 billion in another: one
    # disagreement, shown in the currency both sides share
    claims = table(
        claim("150.9 billion", currency="KES", value_usd=1.17e9, linked_to="c2"),
        claim("1.17 billion", linked_to="c1"),
        claim("1.38 billion", doc="b.txt"),
    )
    got = find_conflicts(claims)
    assert pairs(got) == [("same_period", "c2", "c3")]
    assert got.at[0, "currency"] == "USD"


def test_a_third_conversion_of_an_amount_is_the_same_statement() -> None:
    claims = table(
        claim("716 billion", currency="RUB", value_usd=8.7e9, linked_to="c2"),
        claim("8.7 billion", linked_to="c1"),
        claim("4.0 trillion", currency="KZT", value_usd=8.7e9, linked_to="c1"),
        claim("10.4 billion", doc="b.txt"),
    )
    assert pairs(find_conflicts(claims)) == [("same_period", "c2", "c4")]


def test_one_growth_phrase_implies_one_disagreement_whatever_the_currency() -> None:
    # "RM412.6bil (US$97.4bil), up 6.8%": the rate implies a 2024 figure in ringgit and one in dollars;
    # against the ministry's RM352.9bil for 2024 that is one disagreement, in ringgit
    implied = {"qualifier": "derived", "start": 500, "end": 515, "period": ("2024-01", "2024-10")}
    claims = table(
        claim("412.6 billion", currency="MYR", value_usd=97.4e9, period=("2025-01", "2025-10")),
        claim("97.4 billion", period=("2025-01", "2025-10")),
        claim("386.33 billion", currency="MYR", value_usd=86.9e9, derived_from="c1", **implied),
        claim("91.2 billion", derived_from="c2", **implied),
        claim("352.9 billion", currency="MYR", value_usd=77.2e9, period=("2024-01", "2024-10"), doc="b.txt"),
    )
    got = find_conflicts(claims)
    assert pairs(got) == [("same_period", "c3", "c5")]
    assert got.at[0, "currency"] == "MYR"


def test_merge_sources_keeps_one_row_per_disagreement() -> None:
    claims = table(
        claim("-40.6 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b02.txt"),
        claim("-40.6 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b03.txt"),
        claim("-67.9 billion", metric="trade_balance", economy="USA", partner="CAN", doc="b04.txt"),
    )
    got = find_conflicts(claims, merge_sources=True)
    assert pairs(got) == [("same_period", "c1", "c3")]
    assert (int(got.at[0, "support_a"]), int(got.at[0, "support_b"])) == (2, 1)


def test_exact_figure_conflicts_where_nearly_the_same_figure_does_not() -> None:
    claims = table(
        claim("62.3 billion", qualifier="approx", doc="d01.txt", period=("2023-01", "2023-08")),
        claim("71.6 billion", qualifier="approx", doc="d02.txt", period=("2023-01", "2023-08")),  # "nearly"
        claim("71.6 billion", doc="d02.txt", period=("2023-01", "2023-08")),
    )
    assert pairs(find_conflicts(claims)) == [("same_period", "c1", "c3")]
    assert pairs(find_conflicts(claims, merge_sources=True)) == [("same_period", "c1", "c3")]


# --------------------------------------------------------------------------- verdict

MIRROR = [
    pytest.param("CHN", "KAZ", "29.5 billion", "explained", id="different reporters, gap within 10%"),
    pytest.param("CHN", "KAZ", "24 billion", "conflict", id="different reporters, gap beyond 10%"),
    pytest.param("CHN", "CHN", "29.5 billion", "conflict", id="same reporter"),
    pytest.param("CHN", "", "29.5 billion", "conflict", id="one reporter unknown"),
]


@pytest.mark.parametrize(("rep_a", "rep_b", "other", "verdict"), MIRROR)
def test_mirror_verdict(rep_a: str, rep_b: str, other: str, verdict: str) -> None:
    claims = table(
        claim("31.2 billion", reporter=rep_a, economy="CHN", partner="KAZ"),
        claim(other, reporter=rep_b, economy="CHN", partner="KAZ", doc="b.txt"),
    )
    got = find_conflicts(claims)
    assert got["verdict"].tolist() == [verdict]
    if rep_a and rep_b and rep_a != rep_b:
        from tradecheck.countries import country_name

        names = f"({country_name(rep_a)} vs {country_name(rep_b)})"
        assert f"different reporting countries {names}" in got.at[0, "explanation"]


def test_mirror_tolerance_option_decides() -> None:
    claims = table(
        claim("31.2 billion", reporter="CHN", economy="CHN", partner="KAZ"),
        claim("24 billion", reporter="KAZ", economy="CHN", partner="KAZ", doc="b.txt"),
    )
    assert find_conflicts(claims, mirror_tolerance=0.25)["verdict"].tolist() == ["explained"]


# --------------------------------------------------------------------------- ids, order, columns, wording


def _dev_like() -> pd.DataFrame:
    return table(
        claim("52 million", qualifier="approx", doc="000.txt"),
        claim("223.93 million", doc="002.txt"),
        claim("687.7 million", doc="001.txt", period=("2023-01", "2023-12")),
        claim(
            "84.64 million",
            qualifier="derived",
            interval=(84.63e6, 84.65e6),
            derived_from="c3",
            surface="712.5% year-on-year increase",
            doc="001.txt",
            period=("2022-01", "2022-12"),
        ),
        claim("702.5 million", doc="002.txt", period=("2022-01", "2022-12")),
        claim(
            "132.2 million",
            qualifier="derived",
            interval=(132.1e6, 132.3e6),
            doc="004.txt",
            period=("2024-01", "2024-11"),
        ),
        claim("60 million", metric="exports", economy="VNM", partner="AZE", doc="003.txt"),
    )


def test_columns_are_the_contract() -> None:
    got = find_conflicts(_dev_like())
    assert tuple(got.columns) == ALL_CONFLICT_COLUMNS
    assert len(got) == 4
    assert got["conflict_id"].is_unique


def test_no_claims_no_conflicts() -> None:
    got = find_conflicts(table())
    assert got.empty and tuple(got.columns) == ALL_CONFLICT_COLUMNS


def test_conflict_ids_stable_across_runs_and_row_order() -> None:
    claims = _dev_like()
    first = find_conflicts(claims)
    again = find_conflicts(claims)
    shuffled = find_conflicts(claims.sample(frac=1.0, random_state=3).reset_index(drop=True))
    pd.testing.assert_frame_equal(first, again)
    pd.testing.assert_frame_equal(first, shuffled)
    assert all(re.fullmatch(r"x[0-9a-f]{10}", c) for c in first["conflict_id"])


def test_conflict_id_is_order_free_but_kind_specific() -> None:
    assert conflict_id("same_period", "c1", "c2") == conflict_id("same_period", "c2", "c1")
    assert conflict_id("same_period", "c1", "c2") != conflict_id("containment", "c1", "c2")


def test_output_sorted_by_kind_then_subject() -> None:
    got = find_conflicts(_dev_like())
    assert got["kind"].tolist() == sorted(got["kind"].tolist())


def test_explanation_states_both_figures_periods_and_documents() -> None:
    got = find_conflicts(_dev_like())
    row = got[(got["a_claim_id"] == "c1") & (got["b_claim_id"] == "c2")].iloc[0]
    assert "about $52.0 million" in row["explanation"]
    assert "$223.93 million" in row["explanation"]
    assert "000.txt" in row["explanation"] and "002.txt" in row["explanation"]
    assert row["ratio"] == pytest.approx(223.93 / 52)


def test_explanation_shows_the_arithmetic_of_a_derived_side() -> None:
    got = find_conflicts(_dev_like())
    text = got[got["a_claim_id"] == "c4"].iloc[0]["explanation"]
    assert "$687.7 million for 2023" in text
    assert "712.5% year-on-year increase" in text
    assert "about $84.6 million for 2022" in text
    assert "$702.5 million" in text


def test_explanation_names_the_whole_a_commodity_belongs_to() -> None:
    rows = [
        claim("31 billion", metric="exports", economy="CHL", partner="CHN", scope="copper"),
        claim("27.5 billion", metric="exports", economy="CHL", partner="CHN", doc="b.txt"),
    ]
    text = find_conflicts(table(*rows)).iloc[0]["explanation"]
    assert text.startswith("Exports from Chile to China (copper): $31.0 billion for 2024")
    assert "exceeds all exports from Chile to China, $27.5 billion for 2024 stated in b.txt" in text


def test_explanation_names_the_world_whole_by_its_own_countries() -> None:
    rows = [
        claim("97 billion", metric="exports", economy="DEU", partner="CHN"),
        claim("1.6 billion", metric="exports", economy="DEU", partner="WLD", doc="b.txt"),
    ]
    text = find_conflicts(table(*rows)).iloc[0]["explanation"]
    assert "exceeds all exports from Germany to the world, $1.6 billion" in text


def test_rows_readable_without_a_join() -> None:
    got = find_conflicts(_dev_like())
    row = got[(got["kind"] == "containment")].iloc[0]
    assert (row["a_claim_id"], row["b_claim_id"]) == ("c6", "c1")
    assert row["period_label"] == "2024"
    assert row["a_period_label"] == "2024-01..2024-11"
    assert row["b_surface"] == "$52 million"
    assert row["a_value_usd"] == pytest.approx(132.2e6)


@pytest.mark.parametrize(
    ("amount", "currency", "decimals", "text"),
    [
        (84.64e6, "USD", 1, "$84.6 million"),
        (4e9, "EUR", None, "€4.0 billion"),
        (223.93e6, "USD", None, "$223.93 million"),
        (1.464e12, "CNY", None, "CNY 1.464 trillion"),
        (450_000, "USD", None, "$450,000"),
        (-57e9, "USD", None, "-$57.0 billion"),
    ],
)
def test_money(amount: float, currency: str, decimals: int | None, text: str) -> None:
    assert money(amount, currency, decimals=decimals) == text


# --------------------------------------------------------------------------- suspects


def test_rank_suspects_counts_conflicts_per_claim() -> None:
    claims = table(
        claim("52 million", qualifier="approx", doc="a.txt"),
        claim("223.93 million", doc="b.txt"),
        claim("230 million", doc="c.txt"),
    )
    conflicts = find_conflicts(claims)
    ranked = rank_suspects(conflicts, claims)
    assert ranked["claim_id"].tolist()[0] == "c1"
    assert int(ranked.iloc[0]["conflicts"]) == 2
    assert set(ranked.iloc[0]["conflict_ids"].split(";")) == set(conflicts["conflict_id"])
    assert ranked["conflicts"].tolist() == [2, 1, 1]
    assert ranked["claim_id"].tolist()[1:] == ["c2", "c3"]  # ties keep the claims' order
    assert ranked.iloc[0]["surface"] == "$52 million"


def test_rank_suspects_skips_explained_rows() -> None:
    claims = table(claim("31.2 billion", reporter="CHN"), claim("29.5 billion", reporter="KAZ", doc="b.txt"))
    conflicts = find_conflicts(claims)
    assert conflicts["verdict"].tolist() == ["explained"]
    assert rank_suspects(conflicts, claims).empty


# --------------------------------------------------------------------------- scale


def test_many_groups_only_the_bad_figure_conflicts() -> None:
    rng = np.random.default_rng(1)
    rows = []
    for g in range(300):
        value = float(rng.integers(100, 999))
        for d in range(4):
            rows.append(claim(f"{value:.0f} million", economy=f"A{g:03d}", partner="ZZZ", doc=f"d{d}.txt"))
    rows.append(claim("5000 million", economy="A007", partner="ZZZ", doc="bad.txt"))
    got = find_conflicts(table(*rows))
    assert len(got) == 4
    assert set(got["b_doc"]) | set(got["a_doc"]) >= {"bad.txt"}
    assert (got["support_a"] == 4).all() or (got["support_b"] == 4).all()


def test_support_counts_do_not_depend_on_chunking(monkeypatch: pytest.MonkeyPatch) -> None:
    import tradecheck.conflicts as module

    rows = [claim("40.6 billion", doc=f"d{i % 7}.txt") for i in range(30)]
    rows += [claim("67.9 billion", doc=f"e{i}.txt") for i in range(3)]
    whole = find_conflicts(table(*rows))
    original = module._support
    monkeypatch.setattr(module, "_support", lambda p, cols, sides: original(p, cols, sides, chunk=3))
    chunked = find_conflicts(table(*rows))
    pd.testing.assert_frame_equal(whole, chunked)
    assert set(whole["support_a"]) == {7} and set(whole["support_b"]) == {3}
