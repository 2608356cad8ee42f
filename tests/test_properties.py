"""Properties of the claims table that hold for any text (Hypothesis).

For arbitrary text, and for text stitched from money-ish tokens (numbers in many
groupings, currency signs and codes, scale words, countries, growth phrases,
hedges, periods, brackets and newlines), ``claims_from_texts`` must not raise and
every row must be traceable and sane: its span is its surface, its numbers are
finite, only a trade balance is negative, and a stated value lies inside its own
interval. The profile is derandomised so the suite is deterministic.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradecheck.pipeline import claims_from_texts

PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

CURRENCIES = ["$", "US$", "US $", "USD", "USD ", "€", "EUR ", "£", "GBP ", "¥", "JPY ", "Rs", "Rs.", "₹",
              "A$", "C$", "RMB ", "CNY ", "₽", "₸", "₺", "₫"]
CURRENCY_WORDS = ["dollars", "dlrs", "euros", "pounds sterling", "yen", "yuan", "rubles", "roubles",
                  "Belarusian rubles", "manat", "rupees", "tenge", "lira", "dong", "sum", "USD", "BYN"]
SCALES = ["thousand", "million", "mln", "mn", "m", "M", "billion", "bln", "bn", "b", "B", "trillion",
          "tn", "trn", "crore", "lakh", "lakh crore", "k"]
COUNTRIES = ["Japan", "Australia", "Brazil", "China", "the EU", "the UK", "Turkey", "Türkiye", "Iraq",
             "Pakistan", "Saudi Arabia", "India", "Kenya", "Uganda", "Indonesia", "Malaysia", "Egypt",
             "Russia", "Canada", "Mexico", "Uzbekistan", "Kazakhstan", "Belarus", "Việt Nam",
             "Kazakh", "Chinese", "Moscow's", "Ankara", "Japan's"]
WORDS = ["rose 5%", "fell 12.5%", "up 7.3%", "down 30 per cent", "doubled", "a 20% year-on-year increase",
         "higher than", "the same period in", "up to", "about", "around", "more than", "over", "under",
         "nearly", "between", "and", "to", "-", "–", "(", ")", "%", "deficit", "surplus", "trade deficit",
         "exports to", "imports from", "trade between", "turnover", "two-way trade", "investment", "GDP",
         "in", "2024", "2023-24", "FY2023-24", "Q1", "first quarter of", "H1", "January–November",
         "first ten months of", "last year", "early", "mid-", "by 2030", "expected to", "target of",
         "aim", "according to", "said", "citing", "people", "tonnes", "cars", "reached", "stood at",
         "worth", "or", "the", "a", ",", ".", ";", ":", "\n", "\n\n", "  ", "\t"]


@st.composite
def number(draw: st.DrawFn) -> str:
    """A number in one of the forms news uses (plain, 1,234.5, Indian and space grouping, decimal comma)."""
    whole = draw(st.integers(min_value=0, max_value=9_999_999))
    form = draw(st.sampled_from(["plain", "comma", "decimal", "indian", "space", "decimal_comma", "range"]))
    if form == "comma":
        return f"{whole:,}"
    if form == "decimal":
        return f"{whole}.{draw(st.integers(0, 999))}"
    if form == "indian":
        head, tail = divmod(whole, 1000)
        return (f"{head // 100},{head % 100:02d}," if head >= 100 else f"{head},") + f"{tail:03d}"
    if form == "space":
        return f"{whole:,}".replace(",", " ")
    if form == "decimal_comma":
        return f"{whole % 1000},{draw(st.integers(0, 9))}"
    if form == "range":
        return f"{whole % 100}-{whole % 100 + draw(st.integers(1, 9))}"
    return str(whole)


@st.composite
def clause(draw: st.DrawFn) -> str:
    """A sentence-shaped run: subject, cue, hedge, growth, figure, period, in a varied order."""
    subject = draw(st.sampled_from(COUNTRIES)) + " " + draw(st.sampled_from(
        ["exports to", "imports from", "trade with", "trade deficit with", "investment in", "GDP"]))
    figure = (draw(st.sampled_from(["", "about ", "more than ", "up to ", "between "]))
              + draw(st.sampled_from(CURRENCIES)) + draw(number()) + " " + draw(st.sampled_from(SCALES)))
    growth = draw(st.sampled_from(["rose 12.5% to", "fell by 30% to", "doubled to", "reached", "was",
                                   "grew 7.3 percent to", "is expected to reach", "hit"]))
    tail = draw(st.sampled_from(["in 2024", "in Q1 2025", "in January–November 2025", "", "last year",
                                 ", up 20% year-on-year", ", 7.3% higher than the same period in 2024",
                                 "(" + draw(st.sampled_from(CURRENCIES)) + draw(number()) + ")"]))
    words = [subject, draw(st.sampled_from(COUNTRIES)), growth, figure, tail]
    if draw(st.booleans()):
        words = draw(st.permutations(words))
    return " ".join(words) + draw(st.sampled_from([".", "", "\n", ". "]))


TOKEN = st.one_of(
    clause(),
    number(),
    st.sampled_from(CURRENCIES),
    st.sampled_from(CURRENCY_WORDS),
    st.sampled_from(SCALES),
    st.sampled_from(COUNTRIES),
    st.sampled_from(WORDS),
    st.text(max_size=3),
)


@st.composite
def moneyish(draw: st.DrawFn) -> str:
    """Tokens glued with spaces, nothing or punctuation, often in the order currency-number-scale."""
    parts: list[str] = []
    for token in draw(st.lists(TOKEN, min_size=1, max_size=40)):
        parts.append(token)
        parts.append(draw(st.sampled_from([" ", " ", " ", "", ", ", "\n"])))
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(CURRENCIES)) + draw(number()) + " "
                         + draw(st.sampled_from(SCALES)) + " ")
    return "".join(parts)


def check_table(text: str, df: pd.DataFrame) -> None:
    for row in df.to_dict("records"):
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end <= len(text), (start, end, len(text))
        written, surface = text[start:end], row["surface"]
        # the surface is the text at its span, except that a line break which only wraps a paragraph
        # reads as a space (tradecheck.unwrap keeps every offset, so the span still points at it)
        assert len(written) == len(surface) and all(
            a == b or (a in "\r\n" and b == " ") for a, b in zip(written, surface, strict=True)
        ), (written, surface)
        value = row["value"]
        assert math.isfinite(value), row
        for col in ("value_high", "interval_low", "interval_high", "value_usd"):
            assert not math.isinf(row[col]), (col, row)
        if row["metric"] != "trade_balance":
            assert value >= 0, row
        if row["qualifier"] != "derived":
            low, high = row["interval_low"], row["interval_high"]
            if not math.isnan(low):
                assert low <= value, (low, value, row["surface"])
            if not math.isnan(high):
                assert value <= high, (value, high, row["surface"])
            if not math.isnan(row["value_high"]):
                assert value <= row["value_high"], row["surface"]


@PROPERTY_SETTINGS
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    check_table(text, claims_from_texts({"any.txt": text}))


@PROPERTY_SETTINGS
@given(moneyish())
def test_moneyish_text(text: str) -> None:
    check_table(text, claims_from_texts({"money.txt": text}))


KNOWN = "Japan's exports to Australia rose 5% to $34.6 bn in 2024.\nKazakh imports: ₸1,2 trn in 2023."


def test_checker_passes_a_real_table() -> None:
    df = claims_from_texts({"x.txt": KNOWN})
    assert len(df) >= 3  # two stated figures and one derived
    check_table(KNOWN, df)


@pytest.mark.parametrize(
    ("column", "bad"),
    [("start", 1), ("value", -5.0), ("value", math.inf), ("interval_high", 1.0)],
)
def test_checker_catches_a_broken_row(column: str, bad: float) -> None:
    """The properties can fail: a table with one corrupted field is rejected."""
    df = claims_from_texts({"x.txt": KNOWN})
    first_stated = df.index[df["qualifier"] != "derived"][0]
    df.loc[first_stated, column] = bad
    with pytest.raises(AssertionError):
        check_table(KNOWN, df)


_SEGMENT_TOKENS = st.sampled_from(["U.S.", "e.g.", "Mr.", "J.", "a", "x" * 70, "word", "Trade.", " ", "  ", "."])


@PROPERTY_SETTINGS
@given(st.lists(_SEGMENT_TOKENS, max_size=20).map(" ".join), st.integers(0, 200))
def test_word_before_a_full_stop_is_read_whole(line: str, start: int) -> None:
    """Sentence splitting reads only the tail of a line before a full stop; the word is the same."""
    from tradecheck.extract import _last_word

    start = min(start, len(line))
    for end in range(start, len(line) + 1):
        whole = line[start:end].rsplit(None, 1)
        expected = whole[-1].lower().rstrip(".") if whole else ""
        assert _last_word(line, start, end) == expected


def test_a_zero_conversion_states_no_rate() -> None:
    # found by a longer run of the property above: a writer's conversion of zero divided by zero
    df = claims_from_texts({"zero.txt": "Peru's exports to Chile reached €1 thousand ($0) in 2024."})
    row = df[df["surface"] == "€1 thousand"].iloc[0]
    assert row["fx_source"] != "stated"
    check_table("Peru's exports to Chile reached €1 thousand ($0) in 2024.", df)
