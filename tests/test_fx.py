"""Period-average exchange rates from the bundled ECB file and from a user's --fx file.

Expected ECB averages are computed here independently, with currencyconverter's own
loader and its daily ``convert``, over every calendar day of the months (the days
the ECB published no rate are skipped, as in the library).
"""

from __future__ import annotations

import contextlib
import datetime
import math
from pathlib import Path

import pytest
from currency_converter import CurrencyConverter, RateNotFoundError

from tradecheck.errors import InputError
from tradecheck.fx import FxRates, FxResult, ecb_coverage, interval_to_usd


@pytest.fixture(scope="module")
def converter() -> CurrencyConverter:
    return CurrencyConverter()


@pytest.fixture(scope="module")
def ecb() -> FxRates:
    return FxRates()


def _month(text: str) -> tuple[int, int]:
    return int(text[:4]), int(text[5:7])


def daily_average(converter: CurrencyConverter, code: str, start: str, end: str) -> float:
    """Mean over the days of start..end (inclusive months) of the day's units of ``code`` per USD."""
    year, month = _month(start)
    first = datetime.date(year, month, 1)
    year, month = _month(end)
    after = datetime.date(year + month // 12, month % 12 + 1, 1)
    rates = []
    day = first
    while day < after:
        with contextlib.suppress(RateNotFoundError):
            rates.append(float(converter.convert(1, "USD", code, date=day)))
        day += datetime.timedelta(days=1)
    return sum(rates) / len(rates)


HEADER = "currency,period,units_per_usd\n"


def write(tmp_path: Path, text: str, name: str = "fx.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- ECB period averages ---------------------------------------------------------------

ECB_CLAIMS = [
    ("EUR", "2024-01", "2024-12", 5.2e9),
    ("EUR", "2025-01", "2025-03", 1.0e9),
    ("EUR", "1999-01", "1999-01", 3.0e6),
    ("JPY", "2023-01", "2023-12", 7.2e12),
    ("JPY", "2024-03", "2024-03", 1.0e11),
    ("INR", "2022-04", "2023-03", 8.5e11),
    ("INR", "2009-01", "2009-12", 1.0e9),
    ("RUB", "2021-01", "2021-12", 3.0e12),
    ("RUB", "2021-07", "2021-09", 4.1e11),
    ("GBP", "2019-07", "2020-06", 2.0e9),
    ("CNY", "2025-01", "2025-11", 1.0e10),
    ("TRY", "2023-06", "2023-08", 1.0e9),
]


@pytest.mark.parametrize(
    ("code", "start", "end", "value"),
    ECB_CLAIMS,
    ids=[f"{value:g} {code} {start}..{end}" for code, start, end, value in ECB_CLAIMS],
)
def test_ecb_period_average(
    ecb: FxRates, converter: CurrencyConverter, code: str, start: str, end: str, value: float
) -> None:
    expected = daily_average(converter, code, start, end)
    result = ecb.to_usd(value, code, start, end)
    assert result.source == "ecb-average"
    assert result.period == (start if start == end else f"{start}..{end}")
    assert result.note == ""
    assert result.rate is not None and result.value_usd is not None
    assert math.isclose(result.rate, expected, rel_tol=1e-9)
    assert math.isclose(result.value_usd, value / expected, rel_tol=1e-9)


def test_usd_is_identity(ecb: FxRates) -> None:
    assert ecb.to_usd(52e6, "USD", "2024-01", "2024-12") == FxResult(
        value_usd=52e6, rate=1.0, source="identity", period="2024-01..2024-12", note=""
    )
    assert ecb.to_usd(52e6, "usd", None, None) == FxResult(52e6, 1.0, "identity", "", "")
    assert ecb.to_usd(52e6, "USD", None, None, doc_date=datetime.date(2024, 5, 1)).note == ""


def test_no_period_uses_the_documents_month(ecb: FxRates, converter: CurrencyConverter) -> None:
    result = ecb.to_usd(1e9, "EUR", None, None, doc_date=datetime.date(2024, 5, 17))
    assert result.period == "2024-05"
    assert result.note == "no period given: used the document's month 2024-05"
    assert result.rate is not None
    assert math.isclose(result.rate, daily_average(converter, "EUR", "2024-05", "2024-05"), rel_tol=1e-9)


def test_no_period_and_no_date_leaves_it_empty(ecb: FxRates) -> None:
    assert ecb.to_usd(1e9, "EUR", None, None) == FxResult(None, None, "", "", "no period to choose a rate")
    assert ecb.to_usd(1e9, "EUR", "", "").note == "no period to choose a rate"


def test_a_dollar_peg_needs_no_period(ecb: FxRates) -> None:
    """An undated "SR23.6 billion" converts at the peg; a euro peg still needs the euro's period."""
    result = ecb.to_usd(3.75e9, "SAR", None, None)
    assert result.value_usd == pytest.approx(1e9)
    assert (result.source, result.period) == ("peg", "")
    assert "no period given" in result.note
    assert ecb.to_usd(1e9, "XOF", None, None).value_usd is None


def test_one_end_of_the_period_stands_for_both(ecb: FxRates) -> None:
    assert ecb.rate("EUR", "2024-02", None) == ecb.rate("EUR", "2024-02", "2024-02")
    assert ecb.rate("EUR", None, "2024-02") == ecb.rate("EUR", "2024-02", "2024-02")


@pytest.mark.parametrize(
    ("start", "end"),
    [("2024-13", "2024-12"), ("2024-1", "2024-12"), ("2024", "2024"), ("2024-05", "2024-01")],
    ids=["month-13", "one-digit-month", "year-only", "start-after-end"],
)
def test_malformed_period_raises(ecb: FxRates, start: str, end: str) -> None:
    with pytest.raises(ValueError, match="period"):
        ecb.rate("EUR", start, end)


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [("EUR", "2030-01", "2030-12"), ("JPY", "2026-01", "2026-12"), ("INR", "2027-01", "2031-12")],
    ids=["EUR 2030 target", "JPY 2026 partly after", "INR 2027-2031"],
)
def test_period_after_the_data_uses_the_latest_12_months(
    ecb: FxRates, converter: CurrencyConverter, code: str, start: str, end: str
) -> None:
    last = converter.bounds["USD"].last_date
    first = datetime.date(last.year - 1 + (last.month // 12), last.month % 12 + 1, 1)
    latest = f"{first:%Y-%m}..{last:%Y-%m}"
    rate, source, period, note = ecb.rate(code, start, end)
    assert (source, period) == ("ecb-average", latest)
    assert note == f"period after the last ECB rate ({last.isoformat()}): used the {latest} average"
    assert rate is not None
    assert math.isclose(rate, daily_average(converter, code, f"{first:%Y-%m}", f"{last:%Y-%m}"), rel_tol=1e-9)


@pytest.mark.parametrize(
    ("code", "start", "end", "note"),
    [
        (
            "JPY",
            "1995-01",
            "1995-12",
            "no rate for JPY in 1995-01..1995-12 "
            "(no rate before 1999: ECB rates start 1999-01-04; give one with --fx FILE)",
        ),
        (
            "INR",
            "2005-01",
            "2005-12",
            "no rate for INR in 2005-01..2005-12 "
            "(ECB rates for INR start 2009-01-02; give one with --fx FILE)",
        ),
        (
            "RUB",
            "2023-01",
            "2023-12",
            "no rate for RUB in 2023-01..2023-12 "
            "(the ECB series for RUB ends 2022-03-01; give one with --fx FILE)",
        ),
        ("AZN", "2024-01", "2024-12", "no rate for AZN in 2024-01..2024-12 (give one with --fx FILE)"),
        ("VND", "2024-03", "2024-03", "no rate for VND in 2024-03 (give one with --fx FILE)"),
    ],
    ids=["before-1999", "before-INR-series", "RUB-after-its-series", "AZN-not-in-ECB", "VND-not-in-ECB"],
)
def test_no_rate_leaves_the_value_empty(ecb: FxRates, code: str, start: str, end: str, note: str) -> None:
    assert ecb.to_usd(1e9, code, start, end) == FxResult(None, None, "", "", note)


@pytest.mark.parametrize(
    ("code", "units"),
    [("AED", 3.6725), ("SAR", 3.75), ("QAR", 3.64), ("OMR", 0.3845), ("BHD", 0.376), ("JOD", 0.709)],
)
def test_dollar_pegs_convert_at_the_peg(ecb: FxRates, code: str, units: float) -> None:
    result = ecb.to_usd(units * 1e9, code, "2023-01", "2023-12")
    assert result.source == "peg" and result.period == "2023-01..2023-12"
    assert result.value_usd is not None and math.isclose(result.value_usd, 1e9)


@pytest.mark.parametrize(("code", "units"), [("BAM", 1.95583), ("XOF", 655.957), ("XAF", 655.957)])
def test_euro_pegs_convert_through_the_ecb_euro(ecb: FxRates, code: str, units: float) -> None:
    """A euro peg is worth as many dollars as its euros: the same value in EUR and in the pegged code."""
    euros = ecb.to_usd(1e9, "EUR", "2023-01", "2023-12")
    pegged = ecb.to_usd(units * 1e9, code, "2023-01", "2023-12")
    assert pegged.source == "peg" and pegged.period == "2023-01..2023-12"
    assert pegged.value_usd is not None and euros.value_usd is not None
    assert math.isclose(pegged.value_usd, euros.value_usd, rel_tol=1e-12)


def test_no_peg_before_it_began(ecb: FxRates) -> None:
    assert ecb.to_usd(1e9, "AED", "1990-01", "1990-12").value_usd is None


def test_the_user_file_wins_over_a_peg(tmp_path: Path) -> None:
    path = tmp_path / "fx.csv"
    path.write_text("currency,period,units_per_usd\nSAR,2023,4.0\n", encoding="utf-8")
    result = FxRates(str(path)).to_usd(4e9, "SAR", "2023-01", "2023-12")
    assert (result.source, result.value_usd) == ("user-file", 1e9)


def test_partly_covered_period_says_so(ecb: FxRates, converter: CurrencyConverter) -> None:
    rate, source, period, note = ecb.rate("RUB", "2022-01", "2022-12")
    assert (source, period) == ("ecb-average", "2022-01..2022-03")
    assert note == "ECB rates for RUB cover 2022-01..2022-03 only, of 2022-01..2022-12"
    assert rate is not None
    assert math.isclose(rate, daily_average(converter, "RUB", "2022-01", "2022-03"), rel_tol=1e-9)


def test_ecb_coverage() -> None:
    coverage = ecb_coverage()
    assert coverage["EUR"][0] == datetime.date(1999, 1, 4)
    assert coverage["RUB"] == (datetime.date(2005, 4, 1), datetime.date(2022, 3, 1))
    assert {"JPY", "INR", "CNY", "GBP", "TRY", "BRL"} <= coverage.keys()
    assert not {"USD", "AZN", "VND", "KZT"} & coverage.keys()


# --- the user's --fx file ----------------------------------------------------------------

USER_CASES = [
    (HEADER + "AZN,2024,1.7\n", "AZN", "2024-01", "2024-12", 1.7, "2024-01..2024-12", ""),
    (HEADER + "AZN,2024,1.7\n", "azn", "2024-04", "2024-06", 1.7, "2024-04..2024-06", ""),
    (
        HEADER + "AZN,2024-01,1.70\nAZN,2024-02,1.71\n",
        "AZN",
        "2024-01",
        "2024-02",
        1.705,
        "2024-01..2024-02",
        "",
    ),
    (
        HEADER + "AZN,2024-01,1.70\nAZN,2024-02,1.71\n",
        "AZN",
        "2024-01",
        "2024-12",
        1.705,
        "2024-01..2024-02",
        "the --fx file has AZN rates for 2024-01..2024-02 only, of 2024-01..2024-12",
    ),
    (
        HEADER + "KZT,2024-03-01,450\nKZT,2024-03-04,452\nKZT,2024-05-02,470\n",
        "KZT",
        "2024-03",
        "2024-05",
        (451 + 470) / 2,
        "2024-03, 2024-05",
        "the --fx file has KZT rates for 2024-03, 2024-05 only, of 2024-03..2024-05",
    ),
    (
        HEADER + "UZS,2024,12500\nUZS,2024-06,12700\nUZS,2024-06-03,12650\n",
        "UZS",
        "2024-05",
        "2024-06",
        (12500 + 12700) / 2,
        "2024-05..2024-06",
        "",
    ),
    (
        HEADER + "UZS,2024,12500\nUZS,2024-07-01,12800\n",
        "UZS",
        "2024-07",
        "2024-07",
        12800,
        "2024-07",
        "",
    ),
    (
        "\ufeffCurrency , Period,Units_Per_USD,source\r\nVND,2023,23800,SBV\r\n\r\n",
        "VND",
        "2023-01",
        "2023-12",
        23800,
        "2023-01..2023-12",
        "",
    ),
    (HEADER + "EUR,2024,0.5\n", "EUR", "2024-01", "2024-12", 0.5, "2024-01..2024-12", ""),
    (
        HEADER + "AZN,2024,1.7\n",
        "AZN",
        "2030-01",
        "2030-12",
        1.7,
        "2024-01..2024-12",
        "period after the last --fx rate for AZN (2024-12): used the 2024-01..2024-12 average",
    ),
]


@pytest.mark.parametrize(
    ("text", "code", "start", "end", "rate", "period", "note"),
    USER_CASES,
    ids=[
        "AZN-year",
        "AZN-year-lower-case-code",
        "AZN-months",
        "AZN-months-partly",
        "KZT-days",
        "month-beats-day-beats-year",
        "day-beats-year",
        "bom-crlf-case-extra-column",
        "user-EUR-beats-ECB",
        "AZN-2030-target",
    ],
)
def test_user_rates(
    tmp_path: Path, text: str, code: str, start: str, end: str, rate: float, period: str, note: str
) -> None:
    rates = FxRates(write(tmp_path, text))
    result = rates.to_usd(1e9, code, start, end)
    assert (result.source, result.period, result.note) == ("user-file", period, note)
    assert result.rate is not None and result.value_usd is not None
    assert math.isclose(result.rate, rate, rel_tol=1e-12)
    assert math.isclose(result.value_usd, 1e9 / rate, rel_tol=1e-12)


def test_user_file_outside_its_months_falls_back_to_ecb(
    tmp_path: Path, ecb: FxRates, converter: CurrencyConverter
) -> None:
    rates = FxRates(write(tmp_path, HEADER + "EUR,2024,0.5\nRUB,2023,85.1\n"))
    assert rates.rate("EUR", "2023-01", "2023-12") == ecb.rate("EUR", "2023-01", "2023-12")
    rub = rates.rate("RUB", "2021-01", "2021-12")
    assert rub[1] == "ecb-average"
    assert rub[0] is not None
    assert math.isclose(rub[0], daily_average(converter, "RUB", "2021-01", "2021-12"), rel_tol=1e-9)


def test_user_file_with_neither_source(tmp_path: Path) -> None:
    rates = FxRates(write(tmp_path, HEADER + "AZN,2024,1.7\n"))
    assert rates.to_usd(1e9, "BYN", "2024-01", "2024-12") == FxResult(
        None, None, "", "", "no rate for BYN in 2024-01..2024-12 (give one with --fx FILE)"
    )
    # Before the file's first month and not in the ECB data: no rate, no guessing.
    assert rates.to_usd(1e9, "AZN", "2020-01", "2020-12").value_usd is None


MALFORMED = [
    ("currency,units_per_usd\nAZN,1.7\n", "missing column period"),
    ("currency,period,rate\nAZN,2024,1.7\n", "missing column units_per_usd"),
    ("", "empty file"),
    (HEADER + "AZN,2024,abc\n", "line 2: units_per_usd 'abc' is not a positive number"),
    (HEADER + "AZN,2024,\n", "line 2: units_per_usd '' is not a positive number"),
    (HEADER + "AZN,2024,-1.7\n", "not a positive number"),
    (HEADER + "AZN,2024,nan\n", "not a positive number"),
    (HEADER + 'AZN,2024,"1,700"\n', "not a positive number"),
    (HEADER + "AZN,2024-13,1.7\n", "line 2: period '2024-13' is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (HEADER + "AZN,2024-02-30,1.7\n", "period '2024-02-30'"),
    (HEADER + "AZN,FY2024,1.7\n", "period 'FY2024'"),
    (HEADER + "AZN,24,1.7\n", "period '24'"),
    (HEADER + "AZN,,1.7\n", "period ''"),
    (HEADER + "manat,2024,1.7\n", "currency 'manat' is not a three-letter ISO 4217 code"),
    (HEADER + "AZN,2024,1.7\n\nAZN,2024,1.8\n", "line 4: a second rate for AZN 2024"),
    (HEADER + "USD,2024,1.1\n", "USD is the base currency"),
]


@pytest.mark.parametrize(
    ("text", "reason"), MALFORMED, ids=[reason.split(" (")[0][:40] for _, reason in MALFORMED]
)
def test_malformed_user_file(tmp_path: Path, text: str, reason: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        FxRates(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")
    assert reason in caught.value.reason


def test_unreadable_user_files(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="no such file") as caught:
        FxRates(missing)
    assert caught.value.path == missing
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes((HEADER + "AZN,2024,1.7,café\n").encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        FxRates(str(latin1))
    with pytest.raises(InputError):
        FxRates(str(tmp_path))


def test_usd_row_equal_to_one_is_accepted(tmp_path: Path) -> None:
    rates = FxRates(write(tmp_path, HEADER + "USD,2024,1\n"))
    assert rates.rate("USD", "2024-01", "2024-12")[:2] == (1.0, "identity")


# --- stated conversions ("7.2 trillion yen ($64 billion)") -------------------------------


def test_yen_conversion_far_from_the_ecb_average(ecb: FxRates, converter: CurrencyConverter) -> None:
    reference = daily_average(converter, "JPY", "2023-01", "2023-12")
    note = ecb.check_stated(7.2e12, "JPY", 64e9, "2023-01", "2023-12")
    gap = abs(112.5 - reference) / reference
    assert note == (
        "stated conversion implies 112.5 JPY/USD, "
        f"ECB 2023-01..2023-12 average {reference:.1f} ({gap:.0%} apart)"
    )
    assert 135 < reference < 145


def test_conversion_within_threshold_is_silent(ecb: FxRates, converter: CurrencyConverter) -> None:
    reference = daily_average(converter, "JPY", "2023-01", "2023-12")
    assert ecb.check_stated(7.2e12, "JPY", 7.2e12 / reference * 1.03, "2023-01", "2023-12") == ""
    assert ecb.check_stated(7.2e12, "JPY", 7.2e12 / reference * 1.03, "2023-01", "2023-12", threshold=0.01)
    assert ecb.check_stated(1e9, "USD", 2e9, "2023-01", "2023-12") == ""
    assert ecb.check_stated(0.0, "JPY", 1e9, "2023-01", "2023-12") == ""


@pytest.mark.parametrize(
    ("fx_file", "threshold", "expected"),
    [
        (HEADER + "RUB,2023,85.1\n", 0.05, ""),
        (
            HEADER + "RUB,2023,85.1\n",
            0.02,
            "stated conversion implies 81.74 RUB/USD, --fx file 2023-01..2023-12 average 85.10 (4% apart)",
        ),
        (
            None,
            0.05,
            "stated conversion implies 81.74 RUB/USD; no reference rate to check it: no rate for RUB in "
            "2023-01..2023-12 (the ECB series for RUB ends 2022-03-01; give one with --fx FILE)",
        ),
    ],
    ids=["user-rate-agrees", "user-rate-strict-threshold", "no-user-rate"],
)
def test_ruble_conversion(tmp_path: Path, fx_file: str | None, threshold: float, expected: str) -> None:
    # "three trillion Russian rubles ($36.7 bln)" in 2023: the ECB stopped publishing RUB in 2022-03.
    rates = FxRates(None if fx_file is None else write(tmp_path, fx_file))
    assert rates.check_stated(3e12, "RUB", 36.7e9, "2023-01", "2023-12", threshold=threshold) == expected


def test_negative_threshold_raises(ecb: FxRates) -> None:
    with pytest.raises(ValueError, match="threshold"):
        ecb.check_stated(1.0, "EUR", 1.0, "2023-01", "2023-12", threshold=-0.1)


# --- helpers and speed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "rate", "expected"),
    [
        (52.55e6, 52.65e6, 1.0, (52.55e6, 52.65e6)),
        (170.0, 340.0, 1.7, (100.0, 200.0)),
        (None, 340.0, 1.7, (None, 200.0)),
        (170.0, None, 1.7, (100.0, None)),
        (170.0, 340.0, None, (None, None)),
    ],
    ids=["usd", "both-ends", "open-low", "open-high", "no-rate"],
)
def test_interval_to_usd(
    low: float | None, high: float | None, rate: float | None, expected: tuple[float | None, float | None]
) -> None:
    assert interval_to_usd(low, high, rate) == pytest.approx(expected)


def test_interval_to_usd_bad_rate() -> None:
    with pytest.raises(ValueError, match="positive"):
        interval_to_usd(1.0, 2.0, 0.0)


def test_100k_lookups_complete_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rates = FxRates(write(tmp_path, HEADER + "AZN,2024,1.7\nRUB,2023,85.1\n"))
    currencies = ["EUR", "JPY", "INR", "GBP", "CNY", "RUB", "AZN", "USD", "VND", "TRY"]
    periods = [(f"{y}-01", f"{y}-12") for y in range(1995, 2032)]
    periods += [(f"{y}-{m:02d}", f"{y}-{m + 2:02d}") for y in range(2005, 2027) for m in (1, 4, 7, 10)]
    periods += [(f"{y}-{m:02d}", f"{y}-{m:02d}") for y in range(2015, 2027) for m in range(1, 13)]
    converted = 0
    for i in range(100_000):
        start, end = periods[i % len(periods)]
        result = rates.to_usd(float(i), currencies[i % len(currencies)], start, end)
        converted += result.value_usd is not None
    assert 0 < converted < 100_000
    assert capsys.readouterr() == ("", "")


def test_a_derived_figure_converts_at_its_own_periods_rate(ecb: FxRates, converter: CurrencyConverter) -> None:
    """ "rose 10% to ¥1.1 trillion in 2024" implies ¥1.0 trillion for 2023, worth what 2023's yen bought."""
    from tradecheck.pipeline import claims_from_texts

    df = claims_from_texts({"a.txt": "Japan's exports to Chile rose 10% to ¥1.1 trillion in 2024."})
    derived = df[df["qualifier"] == "derived"].iloc[0]
    stated = df[df["qualifier"] != "derived"].iloc[0]
    assert derived["period_label"] == "2023" and stated["period_label"] == "2024"
    assert derived["fx_period"] == "2023-01..2023-12"
    rate_2023 = daily_average(converter, "JPY", "2023-01", "2023-12")
    assert math.isclose(derived["value_usd"], derived["value"] / rate_2023, rel_tol=1e-9)
    assert not math.isclose(derived["fx_rate"], stated["fx_rate"], rel_tol=1e-3)


def test_a_derived_figure_without_a_rate_of_its_own_takes_its_sources(tmp_path: Path) -> None:
    from tradecheck.pipeline import claims_from_texts

    rates = tmp_path / "fx.csv"
    rates.write_text("currency,period,units_per_usd\nNGN,2025,1530\n", encoding="utf-8")
    df = claims_from_texts(
        {"a.txt": "Nigeria's exports to Chile rose 50% to N15 billion in 2025."}, fx_file=str(rates)
    )
    derived = df[df["qualifier"] == "derived"].iloc[0]
    assert derived["period_label"] == "2024"
    assert math.isclose(derived["value_usd"], 10e9 / 1530, rel_tol=1e-6)
    assert derived["fx_note"].startswith("no rate for its own period")
