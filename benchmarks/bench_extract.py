"""Throughput, memory and start-up of ``tradecheck extract``, and a comparison with quantulum3.

    python benchmarks/bench_extract.py                 # 10 MB and 100 MB corpora
    python benchmarks/bench_extract.py --big           # and 1 GB
    python benchmarks/bench_extract.py --sizes 10 --sample-mb 0.5   # a quick look

Prints markdown tables to paste into README:

1. ``tradecheck extract DIR --format csv --output F --quiet`` end to end, with
   ``--jobs 1`` and ``--jobs 2``: MB/s, documents/s, claims/s, CPU seconds and peak
   memory. (Against an old checkout whose CLI has no ``--jobs`` option, rows marked
   *library* run the same pipeline in a subprocess instead: ``read_documents`` ->
   ``claim_rows_parallel`` -> ``claims_frame`` -> ``StreamingWriter``.)
2. Start-up: ``tradecheck --help`` and ``tradecheck extract`` on the bundled seeds,
   the median of 5 runs.
3. The same documents (a sample, 2 MB by default) through tradecheck's
   ``claim_rows`` and through quantulum3's ``parser.parse``, in one process, one core.
4. ``find_conflicts`` on the claims of the 100 MB run.

Corpora are made by ``generate_corpus.py`` under ``--workdir`` and kept for the
next run. MB means 10**6 bytes of input files. Peak memory is the largest
resident set of any one process (``wait4``); with psutil installed, also the
largest sum over the process and its workers, sampled every 0.1 s (a sum of RSS
counts pages that forked workers share twice, so it overstates a little). The
machine's load average is printed because other work on the machine slows
everything here; CPU seconds are less affected by it than wall time.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import ensure_corpus  # noqa: E402

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
TRADECHECK = shutil.which("tradecheck", path=str(Path(PYTHON).parent)) or shutil.which("tradecheck")

#: The streaming pipeline ``--jobs`` is meant to run, as a program for a subprocess.
LIBRARY_DRIVER = r"""
import sys
from tradecheck.export import StreamingWriter
from tradecheck.ingest import read_documents
from tradecheck.parallel import claim_rows_parallel
from tradecheck.table import ALL_CLAIM_COLUMNS, claims_frame

source, output, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
with StreamingWriter("csv", output, columns=ALL_CLAIM_COLUMNS) as writer:
    for rows in claim_rows_parallel(read_documents([source]), fx_file=None, jobs=jobs):
        if rows:
            writer.write(claims_frame(rows))
"""

#: Times find_conflicts on a claims CSV; prints JSON.
CONFLICTS_DRIVER = r"""
import json, sys, time
import pandas as pd
from tradecheck.conflicts import find_conflicts
from tradecheck.table import claims_frame

df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
df["period_fuzzy"] = df["period_fuzzy"].eq("True")
claims = claims_frame(df.to_dict("records"))
del df
start = time.perf_counter()
found = find_conflicts(claims)
seconds = time.perf_counter() - start
print(json.dumps({"claims": len(claims), "seconds": seconds, "pairs": len(found),
                  "conflicts": int((found["verdict"] == "conflict").sum())}))
"""

#: Runs the same documents through tradecheck and quantulum3 in one process; prints JSON.
COMPARE_DRIVER = r"""
import json, sys, time, warnings
from pathlib import Path
from tradecheck.document import Document
from tradecheck.fx import FxRates
from tradecheck.pipeline import claim_rows

paths = [Path(p) for p in sys.argv[1:]]
docs = [Document(name=p.name, text=p.read_text(encoding="utf-8")) for p in paths]
size = sum(p.stat().st_size for p in paths)
fx = FxRates(None)
claim_rows(docs[0], fx)  # lexicons and patterns load once, outside the timing
start = time.perf_counter()
claims = sum(len(claim_rows(d, fx)) for d in docs)
ours = time.perf_counter() - start

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "classifier dependencies not installed"
    from quantulum3 import parser
parser.parse(docs[0].text[:200])
start = time.perf_counter()
quantities = money = 0
for d in docs:
    found = parser.parse(d.text)
    quantities += len(found)
    money += sum(1 for q in found if q.unit.entity.name == "currency")
theirs = time.perf_counter() - start
print(json.dumps({"docs": len(docs), "bytes": size, "tradecheck_s": ours, "claims": claims,
                  "quantulum_s": theirs, "quantities": quantities, "money": money}))
"""


# --------------------------------------------------------------------------- measuring


@dataclass
class Run:
    """One measured subprocess."""

    wall: float
    cpu: float  # user + system of the process and its reaped children
    max_rss_mb: float  # the largest single process
    tree_rss_mb: float | None  # the largest sampled sum over the process tree (psutil)
    returncode: int
    stdout: str = ""
    stderr: str = ""


@dataclass
class _Sampler:
    pid: int
    peak: float = 0.0
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            self.peak = -1.0
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self.stop.wait(0.1):
            try:
                procs = [root, *root.children(recursive=True)]
                total = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):  # a worker that just ended
                        total += p.memory_info().rss
            except psutil.Error:
                return
            self.peak = max(self.peak, total / 1e6)


def measure(cmd: list[str], *, timeout: float | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd``; wall time, CPU time and peak memory from ``wait4`` (and psutil, if present)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        sampler = _Sampler(proc.pid)
        thread = threading.Thread(target=sampler.run, daemon=True)
        thread.start()
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if timer:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop.set()
        thread.join()
        out.seek(0)
        err.seek(0)
        return Run(
            wall=wall,
            cpu=usage.ru_utime + usage.ru_stime,
            max_rss_mb=usage.ru_maxrss * 1024 / 1e6,  # Linux reports KiB
            tree_rss_mb=sampler.peak if sampler.peak >= 0 else None,
            returncode=proc.returncode,
            stdout=out.read(),
            stderr=err.read(),
        )


def checked(run: Run, what: str) -> Run:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed with exit code {run.returncode}:\n{run.stderr[-3000:]}")
    return run


def count_rows(csv_path: Path) -> int:
    import csv

    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        return max(0, sum(1 for _ in csv.reader(fh)) - 1)


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()[:12]


def cli_has_jobs() -> bool:
    run = measure([TRADECHECK or "tradecheck", "extract", "--help"])
    return "--jobs" in run.stdout


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


# --------------------------------------------------------------------------- sections


@dataclass
class Row:
    corpus: str
    how: str
    jobs: int
    docs: int
    mb: float
    run: Run
    claims: int
    digest: str

    def cells(self) -> list[str]:
        r = self.run
        tree = f"{r.tree_rss_mb:.0f}" if r.tree_rss_mb is not None else "n/a"
        return [
            self.corpus, self.how, str(self.jobs), f"{r.wall:.1f}", f"{r.cpu:.1f}",
            f"{self.mb / r.wall:.2f}", f"{self.docs / r.wall:.0f}", f"{self.claims / r.wall:.0f}",
            f"{self.claims:,}", f"{r.max_rss_mb:.0f}", tree,
        ]


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def extract_runs(corpus: Path, label: str, docs: int, size: int, out_dir: Path, timeout: float,
                 native_jobs: bool, keep: Path | None, repeat: int = 1) -> list[Row]:
    rows: list[Row] = []
    mb = size / 1e6
    plans: list[tuple[str, int, list[str]]] = []
    if native_jobs:
        for jobs in (1, 2):
            out = out_dir / f"{label}-cli-j{jobs}.csv"
            plans.append(("CLI", jobs, [TRADECHECK or "tradecheck", "extract", str(corpus), "--format", "csv",
                                        "--output", str(out), "--quiet", "--jobs", str(jobs)]))
    else:
        out = out_dir / f"{label}-cli.csv"
        plans.append(("CLI (no --jobs yet)", 1, [TRADECHECK or "tradecheck", "extract", str(corpus), "--format",
                                                 "csv", "--output", str(out), "--quiet"]))
        for jobs in (1, 2):
            out = out_dir / f"{label}-lib-j{jobs}.csv"
            plans.append(("library, streaming", jobs, [PYTHON, "-c", LIBRARY_DRIVER, str(corpus), str(out),
                                                       str(jobs)]))
    for how, jobs, cmd in plans:
        out = Path(cmd[cmd.index("--output") + 1]) if "--output" in cmd else Path(cmd[-2])
        print(f"  {label}: {how}, jobs {jobs} ...", file=sys.stderr, flush=True)
        # the fastest of ``repeat`` runs: other work on the machine only ever slows a run down
        run = min((checked(measure(cmd, timeout=timeout), f"{how} jobs {jobs} on {label}") for _ in range(repeat)),
                  key=lambda r: r.wall)
        rows.append(Row(label, how, jobs, docs, mb, run, count_rows(out), digest(out)))
        if keep is not None and jobs == 1:
            shutil.copyfile(out, keep)
        out.unlink()
    return rows


def startup(runs: int, out_dir: Path) -> list[list[str]]:
    exe = TRADECHECK or "tradecheck"
    out = out_dir / "seeds.csv"
    cases = [
        ("tradecheck --help", [exe, "--help"]),
        ("tradecheck extract (bundled seeds, csv)", [exe, "extract", "--format", "csv", "--output", str(out),
                                                      "--quiet"]),
        ("python -c 'import tradecheck'", [PYTHON, "-c", "import tradecheck"]),
    ]
    rows = []
    for name, cmd in cases:
        walls = []
        for _ in range(runs):
            walls.append(checked(measure(cmd), name).wall)
        rows.append([name, f"{statistics.median(walls):.3f}", f"{min(walls):.3f}", f"{max(walls):.3f}"])
    return rows


def sample_files(corpus: Path, megabytes: float) -> list[Path]:
    files = sorted(corpus.rglob("*.txt"))
    chosen: list[Path] = []
    total = 0
    for f in files:
        if total >= megabytes * 1e6:
            break
        chosen.append(f)
        total += f.stat().st_size
    return chosen


def compare_quantulum(corpus: Path, megabytes: float, timeout: float) -> dict[str, float] | str:
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        return "quantulum3 is not installed (pip install 'quantulum3==0.10.0')"
    files = sample_files(corpus, megabytes)
    # the file names go on the command line: a 2 MB sample is ~400 files
    run = measure([PYTHON, "-c", COMPARE_DRIVER, *map(str, files)], timeout=timeout)
    if run.returncode != 0:
        return f"comparison failed: {run.stderr[-500:]}"
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def conflicts_on(claims_csv: Path, timeout: float) -> tuple[dict[str, float], Run] | str:
    run = measure([PYTHON, "-c", CONFLICTS_DRIVER, str(claims_csv)], timeout=timeout)
    if run.returncode != 0:
        return f"find_conflicts failed: {run.stderr[-500:]}"
    return dict(json.loads(run.stdout.strip().splitlines()[-1])), run


def git_commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=False)
        dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=False)
        return out.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")
    except OSError:
        return "?"


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", action="store_true", help="also a 1 GB corpus")
    ap.add_argument("--sizes", default=None, help="corpus sizes in MB, comma-separated (default 10,100)")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "tradecheck-bench"),
                    help="where corpora are made and kept")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sample-mb", type=float, default=2.0, help="size of the quantulum3 comparison sample")
    ap.add_argument("--runs", type=int, default=5, help="runs for the start-up medians")
    ap.add_argument("--timeout", type=float, default=4 * 3600, help="seconds allowed for one run")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs of each extract measurement; the fastest is shown (default 1)")
    ap.add_argument("--skip", default="", help="comma-separated sections to skip: extract,startup,quantulum,conflicts")
    args = ap.parse_args(argv)
    if TRADECHECK is None:
        raise SystemExit("the tradecheck command is not on PATH; install the package (pip install -e .)")

    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else [10.0, 100.0]
    if args.big and 1000.0 not in sizes:
        sizes.append(1000.0)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    out_dir = Path(tempfile.mkdtemp(prefix="out-", dir=work))
    native_jobs = cli_has_jobs()

    print("# tradecheck extract benchmark\n")
    print(f"- commit {git_commit()}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} cores, load average at start {load_average()}")
    print(f"- CLI has --jobs: {'yes' if native_jobs else 'no (library rows run claim_rows_parallel)'}")
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if busy > 0.5:
        print(f"- the machine was busy (load {busy:.1f}) when this started: wall times, and the gain from "
              "--jobs 2 most of all, come out lower than on an idle machine")
    print()

    corpora: dict[float, tuple[Path, int, int]] = {}
    for mb in sizes:
        label = f"{mb:g} MB"
        path = work / f"corpus-{mb:g}mb-seed{args.seed}"
        print(f"  making {label} corpus in {path} (kept for later runs) ...", file=sys.stderr, flush=True)
        docs, size = ensure_corpus(path, mb, args.seed)
        corpora[mb] = (path, docs, size)

    claims_for_conflicts: Path | None = None
    if "extract" not in skip:
        rows: list[Row] = []
        for mb, (path, docs, size) in corpora.items():
            keep = None
            if mb == 100.0 or (claims_for_conflicts is None and mb == max(sizes)):
                keep = out_dir / f"claims-{mb:g}mb.csv"
                claims_for_conflicts = keep
            rows += extract_runs(path, f"{mb:g} MB", docs, size, out_dir, args.timeout, native_jobs, keep,
                                 args.repeat)
        print("## End to end: `tradecheck extract DIR --format csv --output F --quiet`\n")
        print(table(["corpus", "how", "jobs", "wall s", "CPU s", "MB/s", "docs/s", "claims/s", "claims",
                     "peak RSS MB (largest process)", "peak RSS MB (all processes)"],
                    [r.cells() for r in rows]))
        print()
        for label in dict.fromkeys(r.corpus for r in rows):
            group = [r for r in rows if r.corpus == label]
            same = len({r.digest for r in group}) == 1
            one = next((r for r in group if r.jobs == 1 and r.how != "CLI (no --jobs yet)"), None)
            two = next((r for r in group if r.jobs == 2), None)
            if one and two:
                print(f"- {label}: jobs 2 is {one.run.wall / two.run.wall:.2f}x as fast as jobs 1; "
                      f"every row's output file byte-identical: {'yes' if same else 'NO'}")
        print()

    if "startup" not in skip:
        print(f"## Start-up (seconds, {args.runs} runs)\n")
        print(table(["command", "median", "min", "max"], startup(args.runs, out_dir)))
        print()

    if "quantulum" not in skip:
        first = corpora[min(corpora)][0]
        print(f"  tradecheck vs quantulum3 on {args.sample_mb:g} MB ...", file=sys.stderr, flush=True)
        result = compare_quantulum(first, args.sample_mb, args.timeout)
        print("## Same documents through tradecheck and quantulum3 (one process, one core)\n")
        if isinstance(result, str):
            print(f"skipped: {result}\n")
        else:
            mb = result["bytes"] / 1e6
            ours = mb / result["tradecheck_s"]
            theirs = mb / result["quantulum_s"]
            print(table(["library", "documents", "MB", "seconds", "MB/s", "found"], [
                ["tradecheck `claim_rows`", f"{result['docs']:.0f}", f"{mb:.2f}", f"{result['tradecheck_s']:.2f}",
                 f"{ours:.3f}", f"{result['claims']:.0f} claims"],
                ["quantulum3 `parser.parse`", f"{result['docs']:.0f}", f"{mb:.2f}", f"{result['quantulum_s']:.2f}",
                 f"{theirs:.3f}", f"{result['quantities']:.0f} quantities, {result['money']:.0f} currency"],
            ]))
            print(f"\nThroughput ratio tradecheck / quantulum3: **{ours / theirs:.1f}x**\n")

    if "conflicts" not in skip and claims_for_conflicts is not None and claims_for_conflicts.exists():
        print("  find_conflicts ...", file=sys.stderr, flush=True)
        res = conflicts_on(claims_for_conflicts, args.timeout)
        print(f"## `find_conflicts` on the claims of the {claims_for_conflicts.stem.split('-')[1]} run\n")
        if isinstance(res, str):
            print(f"failed: {res}\n")
        else:
            info, run = res
            print(table(["claims", "find_conflicts s", "pairs found", "of which conflicts",
                         "peak RSS MB (load CSV + find)"],
                        [[f"{info['claims']:,.0f}", f"{info['seconds']:.2f}", f"{info['pairs']:,.0f}",
                          f"{info['conflicts']:,.0f}", f"{run.max_rss_mb:.0f}"]]))
            print()

    print(f"- load average at end {load_average()}")
    shutil.rmtree(out_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
