"""The ``tradecheck`` command: options, rendering and exit codes. The only module that prints or exits.

Heavy libraries (pandas, pint, trafilatura) are imported inside the commands so
``tradecheck --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from .errors import TradecheckError, UsageError

if TYPE_CHECKING:
    import pandas as pd

    from .document import Document
    from .ingest import Problem
#: Claim rows are turned into DataFrames at most this many at a time, so memory stays bounded.
FRAME_ROWS = 2000

app = typer.Typer(
    name="tradecheck",
    help="Pull every trade figure out of news articles and flag the ones that cannot all be true.\n\n"
    "With no PATHS, commands read the bundled seed corpus (five articles on Vietnam-Azerbaijan trade).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or folders to read (.txt .md .html .pdf); '-' for stdin. Default: the bundled seeds.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Output format. 'table' is for reading on a terminal.")
]
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE (written whole, then renamed into place); without --format its extension "
        "(.csv .json .jsonl .parquet) picks the format. Default: stdout.",
    ),
]
MetaOpt = Annotated[
    str | None,
    typer.Option("--meta", help="CSV with columns doc,date[,publisher,url,title]: document dates resolve 'last year'."),
]
GlobOpt = Annotated[
    str | None, typer.Option("--glob", help="Only files in folders whose path matches this pattern, e.g. '*.txt'.")
]
FxOpt = Annotated[
    str | None,
    typer.Option(
        "--fx", help="CSV currency,period,units_per_usd for currencies the bundled ECB rates lack (AZN, KZT ...)."
    ),
]
ExcelOpt = Annotated[bool, typer.Option("--excel", help="CSV with a byte-order mark so Excel reads UTF-8 correctly.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no notices on stderr.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the full traceback when something fails.")]
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=0, help="Worker processes; 0 = one for small inputs, all cores for large.")
]
EngineOpt = Annotated[str, typer.Option("--engine", help="'local' (processes on this machine) or 'dask'.")]
SchedulerOpt = Annotated[
    str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster.")
]


def _err(message: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[bold red]tradecheck:[/] {escape(message)}")


def _notice(quiet: bool) -> Callable[[Problem], None]:
    def report(problem: Problem) -> None:
        if not quiet:
            _err(f"skipped {problem.path}: {problem.reason}" if problem.skipped else str(problem))

    return report


def _run(debug: bool, job: Callable[[], int]) -> None:
    """Run a command body; turn library errors into one line on stderr and an exit code."""
    try:
        code = job()
    except KeyboardInterrupt:
        _err("interrupted; no output was written")
        raise typer.Exit(130) from None
    except TradecheckError as exc:
        if debug:
            raise
        _err(str(exc))
        raise typer.Exit(2) from None
    except (OSError, ValueError) as exc:
        if debug:
            raise
        _err(f"{type(exc).__name__}: {exc}")
        raise typer.Exit(2) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        if debug:
            raise
        _err(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it")
        raise typer.Exit(70) from None
    raise typer.Exit(code)


@dataclass(frozen=True)
class _Input:
    """What to read and how: the options every command shares."""

    paths: list[str]
    glob: str | None
    meta: str | None
    fx: str | None
    quiet: bool
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None


def _claim_batches(inp: _Input) -> Iterator[pd.DataFrame]:
    """Claims as DataFrames, batch by batch, with notices and a progress bar on stderr.

    Raises UsageError (exit 2) when no document at all could be read.
    """
    from .pipeline import iter_claim_batches
    from .table import claims_frame

    report = _notice(inp.quiet)
    seen = [0]

    def on_document(_doc: Document) -> None:
        seen[0] += 1

    batches = iter_claim_batches(
        inp.paths,
        glob=inp.glob,
        meta=inp.meta,
        fx_file=inp.fx,
        on_problem=report,
        on_document=on_document,
        jobs=inp.jobs,
        engine=inp.engine,
        scheduler=inp.scheduler,
    )
    with _progress(inp.quiet) as advance:
        for batch in batches:
            advance(seen[0], len(batch))
            # a line dense with figures can give tens of thousands of rows: frame them a slice at a time
            for i in range(0, len(batch), FRAME_ROWS):
                yield claims_frame(batch[i : i + FRAME_ROWS])
            if not batch:
                yield claims_frame(batch)
    if seen[0] == 0:
        where = ", ".join(inp.paths) if inp.paths else "the bundled seeds"
        raise UsageError(f"no readable document in {where}")


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int], None]]:
    """A progress line on stderr when it is a terminal; never in the data stream."""
    if quiet or not sys.stderr.isatty():
        yield lambda docs, rows: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    claims = [0]
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("reading", total=None)

        def advance(docs: int, rows: int) -> None:
            claims[0] += rows
            bar.update(task, description=f"{docs:,} documents, {claims[0]:,} claims")

        yield advance


def _read_claims(inp: _Input) -> pd.DataFrame:
    import pandas as pd

    from .table import claims_frame

    frames = list(_claim_batches(inp))
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else claims_frame([])


#: What a file name's extension says about its format, when --format is not given.
_SUFFIX_FORMATS = {".csv": Format.csv, ".json": Format.json, ".jsonl": Format.jsonl, ".ndjson": Format.jsonl,
                   ".parquet": Format.parquet, ".pq": Format.parquet}


def _format_for(fmt: Format, output: str | None) -> Format:
    """``-o claims.parquet`` writes Parquet: an output file's extension picks the format unless
    --format names one; any other file gets CSV, the terminal gets the table."""
    if fmt is not Format.table or output is None or output == "-":
        return fmt
    return _SUFFIX_FORMATS.get(os.path.splitext(output)[1].lower(), Format.csv)


def _write(
    df: pd.DataFrame, fmt: Format, output: str | None, excel: bool, render: Callable[[pd.DataFrame], None]
) -> None:
    from .export import write_table

    if fmt is Format.table and output is None:
        render(df)
        return
    write_table(df, fmt.value if fmt is not Format.table else "csv", output, excel=excel)


def _render_claims(df: pd.DataFrame) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{len(df)} claims", show_lines=False, header_style="bold")
    layout: dict[str, tuple[Literal["left", "right"], int, bool]] = {  # column: (justify, max width, no_wrap)
        "doc": ("left", 22, True),
        "surface": ("left", 34, False),
        "value_usd": ("right", 10, True),
        "qualifier": ("left", 11, True),
        "metric": ("left", 13, True),
        "economy": ("left", 7, True),
        "partner": ("left", 7, True),
        "period": ("left", 18, True),
        "status": ("left", 8, True),
        "attributed_to": ("left", 26, False),
    }
    for col, (justify, width, no_wrap) in layout.items():
        table.add_column(
            col,
            justify=justify,
            max_width=width,
            no_wrap=no_wrap,
            overflow="ellipsis" if no_wrap else "fold",
        )
    for row in df.itertuples(index=False):
        table.add_row(
            *(
                escape(str(x))
                for x in (
                    row.doc,
                    row.surface,
                    _money(row.value_usd),
                    row.qualifier,
                    row.metric,
                    row.economy,
                    row.partner,
                    row.period_label,
                    row.status,
                    row.attributed_to,
                )
            )
        )
    Console().print(table)


def _number(x: Any) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return float("nan")


def _money(x: Any) -> str:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return ""
    if v != v:  # NaN
        return ""
    a = abs(v)
    sign = "-" if v < 0 else ""
    for unit, div in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if a >= div:
            return f"{sign}${a / div:,.2f}{unit}"
    return f"{sign}${a:,.0f}"


@app.command()
def extract(
    paths: PathsArg = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    meta: MetaOpt = None,
    glob: GlobOpt = None,
    fx: FxOpt = None,
    excel: ExcelOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
    jobs: JobsOpt = 0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
) -> None:
    """Every money figure in the documents, one row each, plus the figures growth rates imply.

    Columns are documented in README.md (value, currency, qualifier, metric, economy,
    partner, period, status, attribution, sentence, ...).
    """

    def job() -> int:
        from .export import StreamingWriter, check_output_path

        check_output_path(output, paths or [], glob=glob)
        inp = _Input(paths or [], glob, meta, fx, quiet, jobs, engine, scheduler)
        chosen = _format_for(fmt, output)
        if chosen in {Format.csv, Format.jsonl, Format.parquet}:
            # stream: memory stays flat however large the corpus
            with StreamingWriter(chosen.value, output, excel=excel) as writer:
                for batch in _claim_batches(inp):
                    writer.write(batch)
            return 0
        _write(_read_claims(inp), chosen, output, excel, _render_claims)
        return 0

    _run(debug, job)


ToleranceOpt = Annotated[float, typer.Option(help="Relative slack around an exact figure's rounding.")]
ApproxOpt = Annotated[float, typer.Option(help="Slack for 'around'/'nearly' figures and soft bounds.")]
HardBoundsOpt = Annotated[bool, typer.Option(help="Treat 'over $X' as open-ended instead of near X.")]
MirrorOpt = Annotated[float, typer.Option(help="Gap between two countries' statistics still called explained.")]
FxTolOpt = Annotated[float, typer.Option(help="Extra slack when comparing across currencies.")]
ForecastsOpt = Annotated[bool, typer.Option(help="Also compare forecasts and targets.")]
FailOpt = Annotated[bool, typer.Option(help="Exit 1 when a conflict is found (for scripts and CI).")]


def _conflicts_of(claims: pd.DataFrame, settings: dict[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The conflicts and suspects; ``settings`` are find_conflicts' keyword options, as given on the command line."""
    from .conflicts import find_conflicts, rank_suspects

    found = find_conflicts(claims, **settings)
    return found, rank_suspects(found, claims)


def _exit_code(found: pd.DataFrame, fail_on_conflict: bool) -> int:
    return 1 if fail_on_conflict and bool((found["verdict"] == "conflict").any()) else 0


@app.command()
def conflicts(
    paths: PathsArg = None,
    fmt: FormatOpt = Format.table,
    output: OutputOpt = None,
    meta: MetaOpt = None,
    glob: GlobOpt = None,
    fx: FxOpt = None,
    excel: ExcelOpt = False,
    tolerance: ToleranceOpt = 0.02,
    approx_tolerance: ApproxOpt = 0.10,
    hard_bounds: HardBoundsOpt = False,
    mirror_tolerance: MirrorOpt = 0.10,
    fx_tolerance: FxTolOpt = 0.03,
    include_forecasts: ForecastsOpt = False,
    fail_on_conflict: FailOpt = False,
    suspects: Annotated[
        str | None, typer.Option(help="Also write the claims ranked by how many conflicts they are in.")
    ] = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
    jobs: JobsOpt = 0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
) -> None:
    """The pairs of claims that cannot both be true, each with a plain-language explanation."""
    settings = {
        "tolerance": tolerance,
        "approx_tolerance": approx_tolerance,
        "hard_bounds": hard_bounds,
        "mirror_tolerance": mirror_tolerance,
        "fx_tolerance": fx_tolerance,
        "include_forecasts": include_forecasts,
    }

    def job() -> int:
        from .export import check_output_path, write_table

        check_output_path(output, paths or [], glob=glob)
        if suspects:
            check_output_path(suspects, paths or [], glob=glob)
        claims = _read_claims(_Input(paths or [], glob, meta, fx, quiet, jobs, engine, scheduler))
        found, ranked = _conflicts_of(claims, settings)
        _write(found, _format_for(fmt, output), output, excel, lambda df: _render_conflicts(df, ranked))
        if suspects:
            write_table(ranked, "jsonl" if suspects.endswith(".jsonl") else "csv", suspects, excel=excel)
        return _exit_code(found, fail_on_conflict)

    _run(debug, job)


@app.command()
def report(
    paths: PathsArg = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="The HTML file to write. Default: stdout.")
    ] = None,
    charts: Annotated[
        str | None, typer.Option("--charts", help="Also write each chart as PNG and SVG into this folder.")
    ] = None,
    title: Annotated[str, typer.Option(help="The page title.")] = "tradecheck report",
    max_charts: Annotated[int, typer.Option(help="At most this many charts (the groups with most conflicts).")] = 40,
    meta: MetaOpt = None,
    glob: GlobOpt = None,
    fx: FxOpt = None,
    tolerance: ToleranceOpt = 0.02,
    approx_tolerance: ApproxOpt = 0.10,
    hard_bounds: HardBoundsOpt = False,
    mirror_tolerance: MirrorOpt = 0.10,
    fx_tolerance: FxTolOpt = 0.03,
    include_forecasts: ForecastsOpt = False,
    fail_on_conflict: FailOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
    jobs: JobsOpt = 0,
    engine: EngineOpt = "local",
    scheduler: SchedulerOpt = None,
) -> None:
    """One self-contained HTML page: timelines per country pair, conflict cards, the claims table.

    The page needs no network: charts are inline SVG and all document text is escaped.
    """
    settings = {
        "tolerance": tolerance,
        "approx_tolerance": approx_tolerance,
        "hard_bounds": hard_bounds,
        "mirror_tolerance": mirror_tolerance,
        "fx_tolerance": fx_tolerance,
        "include_forecasts": include_forecasts,
    }

    def job() -> int:
        from .export import check_output_path, write_text
        from .report import build_report, write_charts

        check_output_path(output, paths or [], glob=glob)
        claims = _read_claims(_Input(paths or [], glob, meta, fx, quiet, jobs, engine, scheduler))
        found, ranked = _conflicts_of(claims, settings)
        html = build_report(claims, found, ranked, title=title, max_charts=max_charts)
        write_text(html, output)
        if charts:
            written = write_charts(claims, found, charts, max_charts=max_charts)
            if not quiet:
                _err(f"wrote {len(written)} chart files to {charts}")
        return _exit_code(found, fail_on_conflict)

    _run(debug, job)


def _render_conflicts(df: pd.DataFrame, ranked: pd.DataFrame) -> None:
    from rich.console import Console, Group
    from rich.markup import escape
    from rich.panel import Panel
    from rich.text import Text

    console = Console()
    if df.empty:
        console.print("No conflicts found.")
        return
    for row in df.itertuples(index=False):
        body = Text()
        body.append(f"{row.explanation}\n\n", style="bold")
        for side in ("a", "b"):
            sentence = str(getattr(row, f"{side}_sentence"))
            surface = str(getattr(row, f"{side}_surface"))
            doc = str(getattr(row, f"{side}_doc"))
            body.append(f"{doc}: ", style="cyan")
            i = sentence.find(surface)
            if i >= 0:
                body.append(sentence[:i])
                body.append(surface, style="bold yellow")
                body.append(sentence[i + len(surface) :] + "\n")
            else:
                body.append(sentence + "\n")
        title = escape(
            f"{row.kind} · {row.metric} {row.economy}-{row.partner} · {row.period_label} · "
            f"{row.verdict} · ×{_number(row.ratio):.2f}"
        )
        console.print(
            Panel(
                Group(body),
                title=title,
                title_align="left",
                border_style="red" if row.verdict == "conflict" else "yellow",
            )
        )
    if not ranked.empty:
        console.print("[bold]Suspects[/] (claims in the most conflicts):")
        for r in ranked.head(5).itertuples(index=False):
            console.print(f"  {_number(r.conflicts):.0f} × {escape(str(r.doc))}: {escape(str(r.surface))}")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - Ctrl-C outside a command body
        sys.stderr.write("tradecheck: interrupted\n")
        raise SystemExit(130) from None


if __name__ == "__main__":  # pragma: no cover
    main()

__all__ = ["app", "main", "Path"]
