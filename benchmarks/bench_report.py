"""Time ``build_report`` (and ``write_charts``) on a synthetic news archive.

    python benchmarks/bench_report.py                 # 1,000 documents, about 5,000 claims
    python benchmarks/bench_report.py --docs 5000 --charts /tmp/charts

Each document states about five figures: trade totals, exports, imports and
balances between pairs drawn from 25 countries, for years, quarters and months,
with every qualifier and some derived rows; a few figures are off (a wrong scale
word) so that conflicts exist and the cards and red links are drawn. The time
printed for the report is ``build_report`` alone; finding conflicts is timed apart.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from typing import Any

import numpy as np
import pandas as pd

from tradecheck.conflicts import find_conflicts, rank_suspects
from tradecheck.report import build_report, write_charts
from tradecheck.table import claims_frame

COUNTRIES = [f"C{i:02d}" for i in range(25)]
METRICS = ["trade_total", "trade_total", "exports", "imports", "trade_balance", "investment", "gdp"]
QUALIFIERS = ["exact"] * 6 + ["approx"] * 2 + ["lower_bound", "upper_bound", "range"]


def _period(rng: np.random.Generator) -> tuple[str, str, str]:
    year = int(rng.integers(2015, 2026))
    kind = rng.choice(["year", "year", "quarter", "month"])
    if kind == "year":
        return f"{year}-01", f"{year}-12", str(year)
    if kind == "quarter":
        q = int(rng.integers(1, 5))
        return f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}", f"{year}-Q{q}"
    m = int(rng.integers(1, 13))
    return f"{year}-{m:02d}", f"{year}-{m:02d}", f"{year}-{m:02d}"


def synthetic_claims(n_docs: int, per_doc: int = 5, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n = len(COUNTRIES)
    level = np.exp(rng.uniform(np.log(5e7), np.log(5e10), (n, n)))
    level = np.minimum(level, level.T)
    rows: list[dict[str, Any]] = []
    for d in range(n_docs):
        doc = f"archive/{2015 + d % 11}/article-{d:05d}.html"
        for k in range(per_doc):
            a, b = sorted(int(x) for x in rng.choice(n, 2, replace=False))
            metric = str(rng.choice(METRICS))
            start, end, label = _period(rng)
            months = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:]) - int(start[5:]) + 1
            value = level[a, b] * months / 12 * float(rng.uniform(0.95, 1.05))
            if metric in ("exports", "imports"):
                value *= 0.45
            if metric == "trade_balance":
                value *= float(rng.uniform(-0.3, 0.3))
            if rng.random() < 0.03:  # "billion" misread as "million", or the reverse
                value *= 1000 if rng.random() < 0.5 else 0.001
            qualifier = str(rng.choice(QUALIFIERS))
            economy, partner = COUNTRIES[a], COUNTRIES[b]
            if rng.random() < 0.5:
                economy, partner = partner, economy
            if metric == "trade_total":
                economy, partner = sorted((economy, partner))
            if metric == "gdp":
                partner = ""
            surface = f"${value / 1e6:,.1f} million"
            row = {
                "claim_id": f"c{d:05d}{k}", "doc": doc, "start": 100 * k, "end": 100 * k + len(surface),
                "surface": surface, "value": value, "currency": "USD", "value_usd": value,
                "value_high": value * 1.05 if qualifier == "range" else None,
                "qualifier": qualifier, "status": "actual", "metric": metric, "economy": economy,
                "partner": partner, "period_start": start, "period_end": end, "period_label": label,
                "sentence": f"Trade between {economy} and {partner} reached {surface} in {label}, they said.",
            }
            rows.append(row)
            if k == 0 and metric in ("trade_total", "exports", "imports"):
                prev = f"{int(start[:4]) - 1}{start[4:]}", f"{int(end[:4]) - 1}{end[4:]}"
                rows.append(row | {
                    "claim_id": f"c{d:05d}{k}d", "surface": "12.0% higher", "value": value / 1.12,
                    "value_usd": value / 1.12, "value_high": None, "qualifier": "derived",
                    "period_start": prev[0], "period_end": prev[1], "period_label": label.replace(
                        start[:4], prev[0][:4]), "derived_from": f"c{d:05d}{k}",
                })
    return claims_frame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--charts", help="also time write_charts into this folder (default: a temporary one)")
    args = parser.parse_args(argv)

    claims = synthetic_claims(args.docs, seed=args.seed)
    t0 = time.perf_counter()
    conflicts = find_conflicts(claims)
    suspects = rank_suspects(conflicts, claims)
    t1 = time.perf_counter()
    page = build_report(claims, conflicts, suspects)
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_charts(claims, conflicts, args.charts or tmp)
    t3 = time.perf_counter()

    print(f"documents        {claims['doc'].nunique():>10,}")
    print(f"claims           {len(claims):>10,}")
    print(f"conflicts        {len(conflicts):>10,}")
    print(f"find_conflicts   {t1 - t0:>10.2f} s  (with rank_suspects)")
    print(f"build_report     {t2 - t1:>10.2f} s  ({len(page) / 1e6:.1f} MB, {page.count('<svg')} charts)")
    print(f"write_charts     {t3 - t2:>10.2f} s  ({len(paths)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
