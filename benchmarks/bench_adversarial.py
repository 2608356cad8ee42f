"""Time hostile inputs: does any text make extraction slower than linear, or blow up memory?

    python benchmarks/bench_adversarial.py                   # 1, 2, 5, 10 MB of each case
    python benchmarks/bench_adversarial.py --sizes 1,2 --skip-big-file   # a quick look
    python benchmarks/bench_adversarial.py --cases digits,dollars

Each case is one single-line document (no line breaks unless said) of N MB,
given to ``tradecheck.pipeline.claim_rows`` as one ``Document`` in a fresh
subprocess (so a runaway case can be stopped and its peak memory measured on
its own). The table shows seconds per MB at 1, 2, 5 and 10 MB; when seconds per
MB grow with size, the work is superlinear. A run over ``--timeout`` seconds is
stopped and the larger sizes of that case skipped.

Then the ``mixed`` case through the CLI end to end, and the peak memory of
``tradecheck extract`` on one 100 MB text file of generated articles (target
< 500 MB), which ingest hands over in parts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import (  # noqa: E402
    PYTHON,
    TRADECHECK,
    Run,
    cli_has_jobs,
    count_rows,
    load_average,
    measure,
    table,
)
from generate_corpus import article, ensure_corpus  # noqa: E402

MB = 1_000_000


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _news_line(size: int) -> str:
    """Generated articles joined into one paragraph: real text with no line break at all."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = article(1, i).replace("\n", " ")
        parts.append(text)
        total += len(text) + 1
        i += 1
    return " ".join(parts)[:size]


def _mixed(size: int) -> str:
    """Chunks of every other case and of news, shuffled with a fixed seed."""
    rng = random.Random(42)
    makers = [maker for name, (_, maker) in CASES.items() if name != "mixed"]
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(makers)(rng.randint(20, 4000))
        out.append(piece)
        total += len(piece)
    return "".join(out)[:size]


#: name -> (what the text looks like, maker of ``n`` characters of it)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits": ("`1234567890...`", lambda n: _repeat("1234567890", n)),
    "commas": ("`1,1,1,...`", lambda n: _repeat("1,", n)),
    "spaced-digits": ("`1 1 1 ...`", lambda n: _repeat("1 ", n)),
    "digit-groups": ("`123 123 123 ...` (one endless space-grouped number)", lambda n: _repeat("123 ", n)),
    "dollars": ("`$$$$...`", lambda n: _repeat("$", n)),
    "million-words": ("`million million ...`", lambda n: _repeat("million ", n)),
    "400-digits": ("`$999...(400 digits) billion, ...`", lambda n: _repeat("$" + "9" * 400 + " billion, ", n)),
    "1e308": ("`$1e308 billion and US$1e308 ...`", lambda n: _repeat("$1e308 billion and US$1e308 ", n)),
    "dense-claims": ("`Trade between Vietnam and Japan reached $1.5 billion in 2024, up 5%.` repeated",
                     lambda n: _repeat("Trade between Vietnam and Japan reached $1.5 billion in 2024, up 5%. ", n)),
    "news-one-line": ("generated articles with every line break removed", _news_line),
    "country-names": ("`... between Mongolia and South Korea ..., while Ulaanbaatar courted Tokyo and the EU` "
                      "repeated (a name every few words)",
                      lambda n: _repeat("Bilateral trade between Mongolia and South Korea reached $1.2 billion, "
                                        "while Ulaanbaatar courted Tokyo and the EU; the woman from Romania sold "
                                        "Indian Ocean tuna. ", n)),
}
CASES["mixed"] = ("random chunks (20-4000 chars) of all the above", _mixed)

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from bench_adversarial import CASES
from generate_corpus import article
from tradecheck.document import Document
from tradecheck.fx import FxRates
from tradecheck.pipeline import claim_rows

name, size = sys.argv[2], int(sys.argv[3])
text = CASES[name][1](size)
fx = FxRates(None)
claim_rows(Document(name="warm-up", text=article(3, 0)), fx)  # lexicons and patterns load here, untimed
start = time.perf_counter()
rows = claim_rows(Document(name=name, text=text), fx)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "claims": len(rows), "chars": len(text)}))
"""


def run_case(name: str, size_mb: float, timeout: float) -> tuple[dict[str, float], Run] | None:
    size = int(size_mb * MB)
    run = measure([PYTHON, "-c", WORKER, str(Path(__file__).resolve().parent), name, str(size)], timeout=timeout)
    if run.returncode != 0:
        if run.wall >= timeout:
            return None
        raise SystemExit(f"case {name!r} at {size_mb:g} MB failed:\n{run.stderr[-3000:]}")
    return dict(json.loads(run.stdout.strip().splitlines()[-1])), run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,2,5,10", help="sizes in MB (default 1,2,5,10)")
    ap.add_argument("--cases", default=None, help="comma-separated case names (default: all)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed for one run (default 300)")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "tradecheck-bench"))
    ap.add_argument("--big-file-mb", type=float, default=100.0, help="size of the single-file CLI run")
    ap.add_argument("--skip-big-file", action="store_true")
    ap.add_argument("--cli-only", action="store_true", help="skip the per-case table, run only the CLI part")
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    names = [n.strip() for n in args.cases.split(",")] if args.cases else list(CASES)
    unknown = [n for n in names if n not in CASES]
    if unknown:
        raise SystemExit(f"unknown case(s) {unknown}; choose from {list(CASES)}")
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)

    print("# tradecheck adversarial inputs\n")
    print(f"- {os.cpu_count()} cores, load average at start {load_average()}; one document per run, "
          "`claim_rows` in a fresh process\n")
    header = ["case", "text", *(f"s/MB at {s:g} MB" for s in sizes), "claims at largest", "peak RSS MB at largest",
              "growth (s/MB largest / smallest)"]
    rows: list[list[str]] = []
    for name in [] if args.cli_only else names:
        cells: list[str] = []
        first = last = None
        last_info: dict[str, float] = {}
        last_run: Run | None = None
        stopped = False
        for size in sizes:
            if stopped:
                cells.append("skipped")
                continue
            print(f"  {name} at {size:g} MB ...", file=sys.stderr, flush=True)
            result = run_case(name, size, args.timeout)
            if result is None:
                cells.append(f"> {args.timeout / size:.0f} (timed out)")
                stopped = True
                continue
            info, run = result
            per_mb = info["seconds"] / size
            cells.append(f"{per_mb:.3f}")
            first = per_mb if first is None else first
            last, last_info, last_run = per_mb, info, run
        growth = "n/a"
        if first and last:
            ratio = last / first
            verdict = "linear" if ratio < 1.5 else "SUPERLINEAR" if ratio > 2 else "slightly superlinear"
            growth = f"{ratio:.2f} ({verdict})"
        if stopped:
            growth = "SUPERLINEAR or too slow (timed out)"
        rows.append([name, CASES[name][0], *cells, f"{last_info.get('claims', 0):,.0f}",
                     f"{last_run.max_rss_mb:.0f}" if last_run else "n/a", growth])
    if rows:
        print(table(header, rows))
        print()

    # through the CLI, end to end
    size = max(sizes)
    mixed = work / f"adversarial-mixed-{size:g}mb.txt"
    if not mixed.exists():
        mixed.write_text(CASES["mixed"][1](int(size * MB)), encoding="utf-8")
    plans: list[tuple[str, Path, float, list[str]]] = [(f"mixed, {size:g} MB, one line", mixed, size, [])]
    if not args.skip_big_file:
        big = work / f"single-{args.big_file_mb:g}mb.txt"
        print(f"  making {big} ...", file=sys.stderr, flush=True)
        ensure_corpus(big, args.big_file_mb, 0, single_file=True)
        label = f"generated news, one {big.stat().st_size / MB:.0f} MB file"
        plans.append((label, big, big.stat().st_size / MB, ["--jobs", "1"]))
        if cli_has_jobs():
            plans.append((label, big, big.stat().st_size / MB, ["--jobs", "2"]))
    out = work / "adversarial-out.csv"
    cli_rows: list[list[str]] = []
    for label, path, mb, extra in plans:
        print(f"  CLI on {path.name} {' '.join(extra)} ...", file=sys.stderr, flush=True)
        run = measure([TRADECHECK or "tradecheck", "extract", str(path), "--format", "csv", "--output", str(out),
                       "--quiet", *extra], timeout=args.timeout * 40)
        jobs = extra[1] if extra else "default"
        if run.returncode != 0:
            last = run.stderr.strip().splitlines()[-1][:80] if run.stderr.strip() else ""
            cli_rows.append([label, jobs, f"failed ({run.returncode})", "", "", "", "", last])
            continue
        peak = max(run.max_rss_mb, run.tree_rss_mb or 0.0)
        verdict = "ok" if peak < 500 else "OVER"
        tree = f"{run.tree_rss_mb:.0f}" if run.tree_rss_mb is not None else "n/a"
        cli_rows.append([label, jobs, f"{run.wall:.1f}", f"{run.wall / mb:.2f}", f"{count_rows(out):,}",
                         f"{run.max_rss_mb:.0f}", tree, verdict])
    out.unlink(missing_ok=True)
    print("## `tradecheck extract FILE --format csv --output F --quiet`\n")
    print(table(["input", "--jobs", "wall s", "s/MB", "claims", "peak RSS MB (largest process)",
                 "peak RSS MB (all processes)", "vs 500 MB target"], cli_rows))
    print(f"\n- load average at end {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
