"""Time ``find_conflicts`` on a large synthetic claims table.

    python benchmarks/bench_conflicts.py            # 1,000,000 claims
    python benchmarks/bench_conflicts.py --n 200000 --seed 7

The table mimics a big news archive: many country pairs, the four trade metrics
plus figures that are never compared (investment, GDP), years, quarters, months
and fuzzy "early <year>" periods, several currencies, every qualifier, derived
rows, the same figure quoted by several documents, and a small share of figures
that are off (wrong unit, wrong year) so that conflicts exist. Peak memory is the
process's maximum resident set size (``resource.getrusage``), before and after.
"""

from __future__ import annotations

import argparse
import gc
import math
import resource
import sys
import time
import tracemalloc

import numpy as np
import pandas as pd

from tradecheck.conflicts import find_conflicts
from tradecheck.table import ALL_CLAIM_COLUMNS

CURRENCIES = np.array(["USD", "USD", "USD", "USD", "USD", "EUR", "CNY", "AUD"], dtype=object)
TO_USD = {"USD": 1.0, "EUR": 1.08, "CNY": 0.14, "AUD": 0.66}
QUALIFIERS = np.array(
    ["exact"] * 10 + ["approx"] * 4 + ["lower_bound", "upper_bound", "range", "derived"], dtype=object
)
METRICS = np.array(
    ["trade_total"] * 4 + ["exports"] * 3 + ["imports"] * 3 + ["trade_balance"] * 2 + ["investment", "gdp"],
    dtype=object,
)


def synthetic_claims(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` claims; about 10 claims per (pair, metric, period) so groups are small but not trivial."""
    rng = np.random.default_rng(seed)
    countries = np.array([f"C{i:02d}" for i in range(60)], dtype=object)
    n_groups = max(n // 10, 1)
    # Each group: one country pair, metric and period. Its true value follows one series per
    # pair (a yearly level, split by months and by metric), so parts stay below wholes.
    nc = len(countries)
    level = np.exp(rng.uniform(np.log(1e8), np.log(5e11), (nc, nc)))
    level = np.minimum(level, level.T)  # one level per unordered pair
    e = rng.integers(0, nc, n_groups)
    p = (e + rng.integers(1, nc, n_groups)) % nc
    g_metric = METRICS[rng.integers(0, len(METRICS), n_groups)]
    share = np.select(
        [g_metric == "exports", g_metric == "imports", g_metric == "trade_balance"], [0.55, 0.4, 0.15], 1.0
    )
    year = rng.integers(2000, 2025, n_groups)
    shape = rng.choice(
        np.array(["year", "quarter", "month", "early"], dtype=object), n_groups, p=[0.5, 0.25, 0.2, 0.05]
    )
    q = rng.integers(0, 4, n_groups)
    mo = rng.integers(0, 12, n_groups)
    start_m = np.select([shape == "quarter", shape == "month"], [q * 3, mo], 0)
    end_m = np.select(
        [shape == "year", shape == "quarter", shape == "month", shape == "early"], [11, q * 3 + 2, mo, 5], 11
    )
    months = np.where(shape == "year", 12, np.where(shape == "quarter", 3, np.where(shape == "month", 1, 6)))
    g_true = level[e, p] * 1.05 ** (year - 2000) * share * months / 12

    group = rng.integers(0, n_groups, n)
    metric = g_metric[group]
    economy = countries[e[group]]
    partner = countries[p[group]]
    swap = (metric == "trade_total") & (economy > partner)
    economy, partner = np.where(swap, partner, economy), np.where(swap, economy, partner)
    # Balances: a deficit when the first code sorts after the second (some of each).
    true_sign = np.where((metric == "trade_balance") & (economy > partner), -1.0, 1.0)
    partner = np.where(metric == "gdp", "", partner)
    yr = year[group].astype(str)
    ps = np.char.add(np.char.add(yr, "-"), np.char.zfill((start_m[group] + 1).astype(str), 2))
    pe = np.char.add(np.char.add(yr, "-"), np.char.zfill((end_m[group] + 1).astype(str), 2))
    fuzzy = shape[group] == "early"
    label = np.where(fuzzy, np.char.add("early ", yr), np.char.add(np.char.add(ps, ".."), pe))

    # Each claim states the group's value, rounded to 3 significant digits, with noise within
    # rounding, except 0.3% that are far off (a wrong unit or year).
    true = g_true[group] * true_sign
    off = rng.random(n) < 0.003
    usd_value = np.where(off, true * rng.choice([0.2, 3.0, 10.0], n), true * rng.uniform(0.995, 1.005, n))
    currency = CURRENCIES[rng.integers(0, len(CURRENCIES), n)]
    rate = np.vectorize(TO_USD.__getitem__, otypes=[float])(currency)
    raw = usd_value / rate
    digits = np.floor(np.log10(np.abs(raw))) - 2
    unit = 10.0**digits
    value = np.round(raw / unit) * unit
    qualifier = QUALIFIERS[rng.integers(0, len(QUALIFIERS), n)]
    value_high = np.where(qualifier == "range", value * 1.05, np.nan)
    half = unit / 2
    interval_low = np.select(
        [qualifier == "lower_bound", qualifier == "upper_bound", qualifier == "range"],
        [value, np.nan, value],
        value - half,
    )
    interval_high = np.select(
        [qualifier == "lower_bound", qualifier == "upper_bound", qualifier == "range"],
        [np.nan, value, value_high],
        value + half,
    )
    neg = value < 0
    interval_low, interval_high = (
        np.where(neg & np.isin(qualifier, ["lower_bound", "upper_bound"]), interval_high, interval_low),
        np.where(neg & np.isin(qualifier, ["lower_bound", "upper_bound"]), interval_low, interval_high),
    )
    derived = qualifier == "derived"
    interval_low = np.where(derived, value * 0.998, interval_low)
    interval_high = np.where(derived, value * 1.002, interval_high)
    value_usd = np.where(rng.random(n) < 0.9, value * rate, np.nan)
    value_usd = np.where(currency == "USD", value, value_usd)

    status = rng.choice(np.array(["actual", "forecast", "target"], dtype=object), n, p=[0.9, 0.07, 0.03])
    doc_no = rng.integers(0, max(n // 8, 1), n)
    doc = np.char.add(np.char.add("doc", doc_no.astype(str)), ".txt")
    start = rng.integers(0, 5000, n)
    claim_id = np.char.add("c", np.arange(n).astype(str))
    # A derived row points at the stated figure it comes from (here: some other claim).
    derived_from = np.where(derived, claim_id[rng.integers(0, n, n)], "")
    reporter = np.where(rng.random(n) < 0.5, economy, np.where(rng.random(n) < 0.5, partner, ""))

    empty = np.full(n, "", dtype=object)
    cols: dict[str, object] = {
        "claim_id": claim_id,
        "doc": doc,
        "doc_date": empty,
        "publisher": empty,
        "start": start,
        "end": start + 14,
        "surface": np.char.add("$", value.astype(str)),
        "value": value,
        "value_high": value_high,
        "currency": currency,
        "value_usd": value_usd,
        "interval_low": interval_low,
        "interval_high": interval_high,
        "qualifier": qualifier,
        "status": status,
        "scope": np.where(rng.random(n) < 0.1, "goods", ""),
        "metric": metric,
        "economy": economy,
        "partner": partner,
        "period_start": ps,
        "period_end": pe,
        "period_label": label,
        "attributed_to": empty,
        "derived_from": derived_from,
        "sentence": empty,
        "period_fuzzy": fuzzy,
        "reporter": reporter,
        "linked_to": empty,
        "fx_rate": np.where(currency == "USD", 1.0, rate),
        "fx_source": empty,
        "fx_period": empty,
        "fx_note": empty,
        "url": empty,
        "title": empty,
    }
    frame = pd.DataFrame({c: cols[c] for c in ALL_CLAIM_COLUMNS})
    for c in ("start", "end"):
        frame[c] = frame[c].astype("Int64")
    return frame


def _maxrss_mb() -> float:
    """The process's peak resident memory: since the last reset where Linux allows one."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux >= 4.0), so the next peak is find_conflicts' own."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=1_000_000, help="number of claims (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1, help="time this many runs, report the best")
    ap.add_argument("--no-trace", action="store_true", help="skip the extra run under tracemalloc")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    claims = synthetic_claims(args.n, args.seed)
    build = time.perf_counter() - t0
    gc.collect()
    rss_table = _rss_mb()
    peak_reset = _reset_peak()
    times = []
    cpu = []
    conflicts = pd.DataFrame()
    for _ in range(max(args.repeat, 1)):
        t0, c0 = time.perf_counter(), time.process_time()
        conflicts = find_conflicts(claims)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    rss_after = _maxrss_mb()
    traced = "-"
    if not args.no_trace:
        # A separate run: tracing slows the code down, so it is not the timed one.
        del conflicts
        gc.collect()
        tracemalloc.start()
        conflicts = find_conflicts(claims)
        traced = f"{tracemalloc.get_traced_memory()[1] / 2**20:,.0f}"
        tracemalloc.stop()
    kinds = conflicts["kind"].value_counts().to_dict() if len(conflicts) else {}

    rows = [
        ("claims", f"{len(claims):,}"),
        ("build table (s)", f"{build:.2f}"),
        ("find_conflicts (s)", f"{min(times):.2f}" + (f" (best of {len(times)})" if len(times) > 1 else "")),
        ("  CPU time (s)", f"{min(cpu):.2f}"),
        ("conflict rows", f"{len(conflicts):,}"),
        ("  by kind", ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())) or "-"),
        ("  explained", f"{int((conflicts['verdict'] == 'explained').sum()):,}" if len(conflicts) else "0"),
        ("peak traced in find_conflicts (MB)", traced),
        ("RSS with the claims table loaded (MB)", f"{rss_table:,.0f}"),
        (
            "peak RSS during find_conflicts (MB)" if peak_reset else "peak RSS of the process (MB)",
            f"{rss_after:,.0f}",
        ),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
