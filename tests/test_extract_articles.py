"""Whole articles of our own, each with its complete expected claims table.

Every article mixes styles (headline, wire lede, agency prose, quotes) and holds
numbers that are not money (people, tonnes, kilometres, companies, shares) so
that an extra row would show. ``test_article_rows_are_exactly`` checks that the
table has no row more or less than expected; ``test_article_row`` checks each
row's fields, one case per row, so a known wrong field marks just that row xfail.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pytest

from tradecheck.document import Document
from tradecheck.fx import FxRates
from tradecheck.pipeline import claim_rows, claims_from_texts

#: (surface, value, currency, qualifier, metric, economy, partner, period_start, period_end, status)
Row = tuple[str, float, str, str, str, str, str, str, str, str]
FIELDS = ("surface", "value", "currency", "qualifier", "metric", "economy", "partner",
          "period_start", "period_end", "status")
#: Derived values carry the rounding of the stated figure and the growth rate.
DERIVED_REL = 0.005


@dataclass(frozen=True)
class Article:
    text: str
    rows: list[Row]
    date: dt.date | None = None
    #: index in ``rows`` -> what the tool gets wrong in that row (xfail, strict)
    known_wrong: dict[int, str] = field(default_factory=dict)


# A wire-style story with a headline, a conversion in brackets, "last year" that the
# text itself pins to 2024, and a target.
JAPAN_AUSTRALIA = Article(
    text=(
        "Japan-Australia trade slips as coal prices cool\n"
        "\n"
        "Two-way trade between Japan and Australia fell to A$98.6 billion in 2024, official "
        "figures show, as lower coal and gas prices cut the value of Australian shipments.\n"
        "Australia's exports to Japan were worth A$62.1 billion (US$41 billion) last year, "
        "down 14% from 2023, the Department of Foreign Affairs and Trade said.\n"
        "Japan remained Australia's second-largest export market after China.\n"
        "Imports from Japan, led by cars and machinery, rose to A$36.5 billion in 2024.\n"
        "Japanese data tell a similar story: Japan's imports from Australia reached "
        "¥6.9 trillion in 2024.\n"
        "Coal accounted for about 40% of that bill.\n"
        "Japanese investment in Australia stood at around A$140 billion at the end of 2023, "
        "making Japan the second-largest source of foreign investment.\n"
        "Officials in Canberra and Tokyo hope to lift two-way trade above A$120 billion by 2030.\n"
        "\"The relationship is broader than coal,\" one trade official said.\n"
        "Some 250 Japanese companies now operate in Western Australia.\n"
    ),
    rows=[
        ("A$98.6 billion", 98.6e9, "AUD", "exact", "trade_total", "AUS", "JPN",
         "2024-01", "2024-12", "actual"),
        ("A$62.1 billion", 62.1e9, "AUD", "exact", "exports", "AUS", "JPN",
         "2024-01", "2024-12", "actual"),
        ("US$41 billion", 41e9, "USD", "exact", "exports", "AUS", "JPN",
         "2024-01", "2024-12", "actual"),
        ("down 14%", 62.1e9 / 0.86, "AUD", "derived", "exports", "AUS", "JPN",
         "2023-01", "2023-12", "actual"),
        ("down 14%", 41e9 / 0.86, "USD", "derived", "exports", "AUS", "JPN",
         "2023-01", "2023-12", "actual"),
        ("A$36.5 billion", 36.5e9, "AUD", "exact", "imports", "AUS", "JPN",
         "2024-01", "2024-12", "actual"),
        ("¥6.9 trillion", 6.9e12, "JPY", "exact", "imports", "JPN", "AUS",
         "2024-01", "2024-12", "actual"),
        ("A$140 billion", 140e9, "AUD", "approx", "investment", "JPN", "AUS",
         "2023-01", "2023-12", "actual"),
        ("A$120 billion", 120e9, "AUD", "lower_bound", "trade_total", "AUS", "JPN",
         "2030-01", "2030-12", "target"),
    ],
)

# A news-agency story: month range, "the same period of 2024", demonyms, a second
# currency, a quarter, a goal, and a figure that is not trade.
KAZAKH_UZBEK = Article(
    text=(
        "Astana, Tashkent eye $10 billion turnover\n"
        "\n"
        "Trade turnover between Kazakhstan and Uzbekistan amounted to $4.4 billion in "
        "January–November 2025, the Bureau of National Statistics reported.\n"
        "That is 9.5% more than in the same period of 2024.\n"
        "Kazakh exports to Uzbekistan reached $2.9 billion over the eleven months, while "
        "imports from Uzbekistan totaled $1.5 billion.\n"
        "In tenge terms, Kazakhstan's exports came to 1.5 trillion tenge.\n"
        "Grain and metals made up the bulk of Kazakh shipments.\n"
        "In the first quarter of 2025 alone, bilateral trade was about $1.1 billion.\n"
        "The presidents of the two countries have set a goal of raising mutual trade to "
        "$10 billion by 2030.\n"
        "More than 1,200 joint ventures now operate in both countries.\n"
        "Uzbekistan has also set aside a $1.2 billion fund for joint projects with Kazakhstan.\n"
        "A 105-kilometre rail link between Turkestan and Tashkent is due to open in 2027.\n"
    ),
    rows=[
        ("$10 billion", 10e9, "USD", "exact", "trade_total", "KAZ", "UZB",
         "", "", "target"),
        ("$4.4 billion", 4.4e9, "USD", "exact", "trade_total", "KAZ", "UZB",
         "2025-01", "2025-11", "actual"),
        ("9.5% more", 4.4e9 / 1.095, "USD", "derived", "trade_total", "KAZ", "UZB",
         "2024-01", "2024-11", "actual"),
        ("$2.9 billion", 2.9e9, "USD", "exact", "exports", "KAZ", "UZB",
         "2025-01", "2025-11", "actual"),
        ("$1.5 billion", 1.5e9, "USD", "exact", "imports", "KAZ", "UZB",
         "2025-01", "2025-11", "actual"),
        ("1.5 trillion tenge", 1.5e12, "KZT", "exact", "exports", "KAZ", "UZB",
         "2025-01", "2025-11", "actual"),
        ("$1.1 billion", 1.1e9, "USD", "approx", "trade_total", "KAZ", "UZB",
         "2025-01", "2025-03", "actual"),
        ("$10 billion", 10e9, "USD", "exact", "trade_total", "KAZ", "UZB",
         "2030-01", "2030-12", "target"),
        ("$1.2 billion", 1.2e9, "USD", "exact", "other", "UZB", "",
         "", "", "actual"),
    ],
    known_wrong={
    },
)

# A dated wire story (dateline, Document(date=...)): Pakistan's July-June fiscal
# year, "the current fiscal year", a deficit, a forecast, a running total.
PAKISTAN_CHINA = Article(
    date=dt.date(2025, 3, 4),
    text=(
        "ISLAMABAD, March 4 (APP) – Pakistan's exports to China rose to $2.8 billion in fiscal "
        "year 2023-24, up 12% from the previous year, the State Bank of Pakistan said on Tuesday.\n"
        "Imports from China, meanwhile, climbed to $13.4 billion in FY2023-24.\n"
        "Pakistan's trade deficit with China thus stood at $10.6 billion.\n"
        "In the first half of the current fiscal year, July to December 2024, exports to China "
        "reached $1.5 billion.\n"
        "In January alone, exports to China were $260 million, the statistics bureau said.\n"
        "The commerce ministry expects exports to China to exceed $3.5 billion in FY2024-25.\n"
        "Chinese investment under the China-Pakistan Economic Corridor has exceeded $25 billion "
        "since 2015.\n"
        "Last year Pakistan exported 1.1 million tonnes of rice, much of it to China.\n"
        "Pakistan, a country of 241 million people, relies on Chinese machinery.\n"
        "\"We want to double our exports within three years,\" the commerce minister told reporters.\n"
    ),
    rows=[
        ("$2.8 billion", 2.8e9, "USD", "exact", "exports", "PAK", "CHN",
         "2023-07", "2024-06", "actual"),
        ("up 12%", 2.5e9, "USD", "derived", "exports", "PAK", "CHN",
         "2022-07", "2023-06", "actual"),
        ("$13.4 billion", 13.4e9, "USD", "exact", "imports", "PAK", "CHN",
         "2023-07", "2024-06", "actual"),
        ("$10.6 billion", -10.6e9, "USD", "exact", "trade_balance", "PAK", "CHN",
         "2023-07", "2024-06", "actual"),
        ("$1.5 billion", 1.5e9, "USD", "exact", "exports", "PAK", "CHN",
         "2024-07", "2024-12", "actual"),
        ("$260 million", 260e6, "USD", "exact", "exports", "PAK", "CHN",
         "2025-01", "2025-01", "actual"),
        ("$3.5 billion", 3.5e9, "USD", "lower_bound", "exports", "PAK", "CHN",
         "2024-07", "2025-06", "forecast"),
        # "since 2015" is a running total: no single period the contract can name
        ("$25 billion", 25e9, "USD", "lower_bound", "investment", "CHN", "PAK",
         "", "", "actual"),
    ],
)

# A business-paper story: Indian fiscal years written three ways, crore, a deficit,
# a comparison sentence without a metric of its own, targets, a pledge.
INDIA_SAUDI = Article(
    text=(
        "India, Saudi Arabia set sights on $100 billion trade by 2030\n"
        "\n"
        "NEW DELHI: India's bilateral trade with Saudi Arabia stood at $42.98 billion in "
        "FY2023-24, according to the commerce ministry.\n"
        "That was down from $52.75 billion in 2022-23, when high oil prices inflated India's "
        "import bill.\n"
        "India's imports from Saudi Arabia were $31.81 billion in 2023-24, most of it crude oil.\n"
        "India's exports to the kingdom came to $11.56 billion, or roughly Rs 95,800 crore.\n"
        "India's trade deficit with Saudi Arabia was $20.25 billion in FY2023-24.\n"
        "Saudi investment in India totalled about $10 billion by March 2024, officials said.\n"
        "The two countries aim to raise bilateral trade to $100 billion by 2030.\n"
        "In April-September 2024, India's exports to Saudi Arabia rose 8.6% to $6.2 billion.\n"
        "Around 2.6 million Indians live and work in Saudi Arabia.\n"
        "Saudi Aramco has pledged to invest $44 billion in a refinery on India's west coast.\n"
    ),
    rows=[
        ("$100 billion", 100e9, "USD", "exact", "trade_total", "IND", "SAU",
         "2030-01", "2030-12", "target"),
        ("$42.98 billion", 42.98e9, "USD", "exact", "trade_total", "IND", "SAU",
         "2023-04", "2024-03", "actual"),
        ("$52.75 billion", 52.75e9, "USD", "exact", "trade_total", "IND", "SAU",
         "2022-04", "2023-03", "actual"),
        ("$31.81 billion", 31.81e9, "USD", "exact", "imports", "IND", "SAU",
         "2023-04", "2024-03", "actual"),
        ("$11.56 billion", 11.56e9, "USD", "exact", "exports", "IND", "SAU",
         "2023-04", "2024-03", "actual"),
        ("Rs 95,800 crore", 958e9, "INR", "approx", "exports", "IND", "SAU",
         "2023-04", "2024-03", "actual"),
        ("$20.25 billion", -20.25e9, "USD", "exact", "trade_balance", "IND", "SAU",
         "2023-04", "2024-03", "actual"),
        ("$10 billion", 10e9, "USD", "approx", "investment", "SAU", "IND",
         "2024-03", "2024-03", "actual"),
        ("$100 billion", 100e9, "USD", "exact", "trade_total", "IND", "SAU",
         "2030-01", "2030-12", "target"),
        ("rose 8.6%", 6.2e9 / 1.086, "USD", "derived", "exports", "IND", "SAU",
         "2023-04", "2023-09", "actual"),
        ("$6.2 billion", 6.2e9, "USD", "exact", "exports", "IND", "SAU",
         "2024-04", "2024-09", "actual"),
        ("$44 billion", 44e9, "USD", "exact", "investment", "SAU", "IND",
         "", "", "target"),
    ],
    known_wrong={
        2: "'That was down from $52.75 billion ..., when high oil prices inflated India's import "
           "bill': metric taken from the later clause (imports), not the antecedent (trade_total)",
    },
)

# A customs release about one country's trade with the world, with one partner named late: the
# figures before it are totals (an article does not give two values for one flow), and a lead that
# names the month dates the figures after it.
INDONESIA_CUSTOMS = Article(
    text=(
        "Indonesia's exports top forecasts in August on palm oil\n"
        "\n"
        "JAKARTA, Sept 15 (Reuters) - Indonesia's exports grew more than expected in August, the statistics "
        "bureau said on Monday, helped by higher palm oil shipments.\n"
        "\n"
        "Outbound shipments rose 8.9% year-on-year to $23.6 billion, beating a 4.1% rise forecast in a "
        "Reuters poll. Imports climbed 3.2% to $19.8 billion, leaving a trade surplus of $3.8 billion.\n"
        "\n"
        "In the first eight months, Indonesia's exports reached $172.3 billion, while imports were "
        "$150.1 billion.\n"
        "\n"
        "Exports to the United States rose 11.4% to $2.4 billion in August. Two-way trade with the United "
        "States was $26.9 billion in January-August, the bureau said.\n"
        "\n"
        "The country has 280 million people and exported 2.1 million tonnes of palm oil in August.\n"
    ),
    date=dt.date(2025, 9, 15),
    rows=[
        ("rose 8.9%", 23.6e9 / 1.089, "USD", "derived", "exports", "IDN", "WLD", "2024-08", "2024-08", "actual"),
        ("$23.6 billion", 23.6e9, "USD", "exact", "exports", "IDN", "WLD", "2025-08", "2025-08", "actual"),
        ("climbed 3.2%", 19.8e9 / 1.032, "USD", "derived", "imports", "IDN", "WLD", "2024-08", "2024-08", "actual"),
        ("$19.8 billion", 19.8e9, "USD", "exact", "imports", "IDN", "WLD", "2025-08", "2025-08", "actual"),
        ("$3.8 billion", 3.8e9, "USD", "exact", "trade_balance", "IDN", "WLD", "2025-08", "2025-08", "actual"),
        ("$172.3 billion", 172.3e9, "USD", "exact", "exports", "IDN", "WLD", "2025-01", "2025-08", "actual"),
        ("$150.1 billion", 150.1e9, "USD", "exact", "imports", "IDN", "WLD", "2025-01", "2025-08", "actual"),
        ("rose 11.4%", 2.4e9 / 1.114, "USD", "derived", "exports", "IDN", "USA", "2024-08", "2024-08", "actual"),
        ("$2.4 billion", 2.4e9, "USD", "exact", "exports", "IDN", "USA", "2025-08", "2025-08", "actual"),
        ("$26.9 billion", 26.9e9, "USD", "exact", "trade_total", "IDN", "USA", "2025-01", "2025-08", "actual"),
    ],
)

ARTICLES = {
    "japan_australia": JAPAN_AUSTRALIA,
    "kazakhstan_uzbekistan": KAZAKH_UZBEK,
    "pakistan_china_dated": PAKISTAN_CHINA,
    "india_saudi": INDIA_SAUDI,
    "indonesia_customs": INDONESIA_CUSTOMS,
}


@cache
def table(name: str) -> list[dict[str, Any]]:
    """The tool's rows for one article, in document order."""
    art = ARTICLES[name]
    if art.date is None:
        rows = claims_from_texts({f"{name}.txt": art.text}).to_dict("records")
    else:
        rows = claim_rows(Document(f"{name}.txt", art.text, date=art.date), FxRates())
    return sorted(rows, key=lambda r: (int(r["start"]), r["qualifier"] == "derived"))


def nth_with_surface(rows: list[dict[str, Any]], surface: str, n: int) -> dict[str, Any]:
    hits = [r for r in rows if r["surface"] == surface]
    assert len(hits) > n, f"no row #{n + 1} with surface {surface!r}"
    return hits[n]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_article_rows_are_exactly(name: str) -> None:
    art = ARTICLES[name]
    got = table(name)
    assert sorted(r["surface"] for r in got) == sorted(row[0] for row in art.rows)
    for r in got:
        assert art.text[r["start"]:r["end"]] == r["surface"]


def _row_cases() -> list[Any]:
    cases = []
    for name, art in ARTICLES.items():
        seen: dict[str, int] = {}
        for i, row in enumerate(art.rows):
            n = seen.get(row[0], 0)
            seen[row[0]] = n + 1
            why = art.known_wrong.get(i)
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            cases.append(pytest.param(name, row, n, id=f"{name}-{i}-{row[0]}", marks=marks))
    return cases


@pytest.mark.parametrize(("name", "want", "n"), _row_cases())
def test_article_row(name: str, want: Row, n: int) -> None:
    got = nth_with_surface(table(name), want[0], n)
    rel = DERIVED_REL if want[3] == "derived" else 1e-9
    for field_name, expected in zip(FIELDS, want, strict=True):
        actual = got[field_name]
        if isinstance(expected, float):
            assert not math.isnan(actual) and actual == pytest.approx(expected, rel=rel), field_name
        else:
            assert (actual or "") == expected, f"{field_name}: want {expected!r}, got {actual!r}"

