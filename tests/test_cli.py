"""The command line: exit codes, help text, formats, and bad input that loses nothing."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from tradecheck.cli import app
from tradecheck.table import CLAIM_COLUMNS, CONFLICT_COLUMNS

runner = CliRunner(env={"COLUMNS": "220", "NO_COLOR": "1"})

GOOD = (
    "Bilateral trade between Japan and Australia reached $52.6 billion in 2023, "
    "according to the Japanese Ministry of Finance.\n"
)


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


@pytest.mark.parametrize(
    "command", [[], ["extract"], ["conflicts"], ["report"]], ids=["app", "extract", "conflicts", "report"]
)
def test_every_command_has_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert len(result.output) > 200


def test_help_explains_the_default_corpus() -> None:
    assert "seed" in run("--help").output.lower()


def test_extract_seeds_csv_has_contract_columns(tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    result = run("extract", "--format", "csv", "--output", str(out))
    assert result.exit_code == 0, result.output
    df = pd.read_csv(out)
    assert list(df.columns[: len(CLAIM_COLUMNS)]) == list(CLAIM_COLUMNS)
    assert len(df) >= 14
    assert df["claim_id"].is_unique


def test_extract_is_stable_across_runs(tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    run("extract", "--format", "csv", "--output", str(a))
    run("extract", "--format", "csv", "--output", str(b))
    assert a.read_bytes() == b.read_bytes()


def test_conflicts_on_seeds_and_fail_on_conflict(tmp_path: Path) -> None:
    out = tmp_path / "conflicts.csv"
    result = run("conflicts", "--format", "csv", "--output", str(out), "--fail-on-conflict")
    assert result.exit_code == 1
    df = pd.read_csv(out)
    assert list(df.columns[: len(CONFLICT_COLUMNS)]) == list(CONFLICT_COLUMNS)
    assert len(df) == 3
    assert set(df["kind"]) == {"same_period", "containment"}


def test_conflicts_table_view_shows_explanations() -> None:
    result = run("conflicts")
    assert result.exit_code == 0
    assert "about $84.6 million for 2022" in result.output
    assert "Suspects" in result.output


@pytest.mark.parametrize("fmt", ["json", "jsonl", "parquet"])
def test_other_formats_round_trip(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"claims.{fmt}"
    assert run("extract", "--format", fmt, "--output", str(out)).exit_code == 0
    if fmt == "json":
        rows = json.loads(out.read_text())
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    else:
        rows = pd.read_parquet(out).to_dict("records")
    assert len(rows) >= 14
    assert {"claim_id", "value", "currency", "period_label"} <= set(rows[0])


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("claims.parquet", lambda p: pd.read_parquet(p)),
        ("claims.jsonl", lambda p: pd.read_json(p, lines=True)),
        ("claims.json", lambda p: pd.read_json(p)),
        ("claims.csv", lambda p: pd.read_csv(p)),
        ("claims.txt", lambda p: pd.read_csv(p)),  # any other file: CSV
    ],
)
def test_output_extension_picks_the_format(tmp_path: Path, name: str, read: Any) -> None:
    out = tmp_path / name
    assert run("extract", "-o", str(out)).exit_code == 0
    df = read(out)
    assert len(df) >= 14 and "claim_id" in df.columns


def test_format_option_wins_over_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "claims.parquet"
    assert run("extract", "--format", "csv", "-o", str(out)).exit_code == 0
    assert "claim_id" in out.read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_rows_framed_in_slices_write_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A document's rows are framed a few at a time (a dense line can give thousands); the file is the same."""
    import tradecheck.cli as cli

    whole, sliced = tmp_path / f"whole.{fmt}", tmp_path / f"sliced.{fmt}"
    assert run("extract", "-o", str(whole)).exit_code == 0
    monkeypatch.setattr(cli, "FRAME_ROWS", 3)
    assert run("extract", "-o", str(sliced)).exit_code == 0
    if fmt == "parquet":  # row groups follow the slices; the table is the same
        pd.testing.assert_frame_equal(pd.read_parquet(whole), pd.read_parquet(sliced))
    else:
        assert whole.read_bytes() == sliced.read_bytes()


def test_csv_to_stdout_is_only_data() -> None:
    result = run("extract", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["doc"].startswith("00")


def test_stdin(tmp_path: Path) -> None:
    result = run("extract", "-", "--format", "csv", stdin=GOOD)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["doc"], r["surface"], r["economy"], r["partner"]) for r in rows] == [
        ("-", "$52.6 billion", "AUS", "JPN")]


def test_missing_path_is_exit_2_with_one_line_naming_it(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run("extract", str(tmp_path / "nope.txt"), "--format", "csv", "--output", str(out))
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not out.exists()


def test_bad_file_in_folder_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    out = tmp_path / "out" / "claims.csv"
    out.parent.mkdir()
    result = run("extract", str(tmp_path), "--format", "csv", "--output", str(out), "--glob", "*.txt")
    assert result.exit_code == 0, result.output
    assert "bad.txt" in result.stderr
    assert pd.read_csv(out)["doc"].tolist() == ["good.txt"]


def test_empty_folder_is_exit_2(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path), "--format", "csv")
    assert result.exit_code == 2
    assert str(tmp_path.name) in result.stderr


def test_output_in_missing_folder_is_refused_before_work(tmp_path: Path) -> None:
    result = run("extract", "--format", "csv", "--output", str(tmp_path / "no" / "such" / "x.csv"))
    assert result.exit_code == 2
    assert "x.csv" in result.stderr or "no" in result.stderr
    assert not (tmp_path / "no").exists()


def test_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(doc), "--format", "csv", "--output", str(doc))
    assert result.exit_code == 2
    assert doc.read_text(encoding="utf-8") == GOOD


def test_quiet_silences_notices(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("extract", str(tmp_path), "--format", "csv", "--quiet")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_python_dash_m_works() -> None:
    proc = subprocess.run([sys.executable, "-m", "tradecheck", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "extract" in proc.stdout


def test_hostile_text_is_rendered_as_text() -> None:
    hostile = "[bold red]$5 billion[/] of trade with China in 2024 [link=javascript:alert(1)]x[/link]\n"
    result = run("extract", "-", stdin=hostile)
    assert result.exit_code == 0
    assert "$5 billion" in result.output


def test_report_writes_one_self_contained_page(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    charts = tmp_path / "charts"
    result = run("report", "--output", str(out), "--charts", str(charts), "--quiet")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") >= 2
    assert "http://" not in page and "https://" not in page
    assert sorted(p.suffix for p in charts.iterdir()).count(".png") >= 2


def test_ctrl_c_exits_130_and_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tradecheck.pipeline as pipeline

    real = pipeline.iter_claim_batches

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        for i, batch in enumerate(real(*args, **kwargs)):
            if i == 1:
                raise KeyboardInterrupt
            yield batch

    monkeypatch.setattr(pipeline, "iter_claim_batches", interrupted)
    out = tmp_path / "claims.csv"
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(80):  # more than one batch
        (docs / f"{i:03}.txt").write_text(GOOD.replace("52.6", f"{50 + i}.1"), encoding="utf-8")
    result = run("extract", str(docs), "--format", "csv", "--output", str(out), "--jobs", "1")
    assert result.exit_code == 130
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == [] and list(tmp_path.glob(".claims.csv*")) == []


def test_two_jobs_give_the_same_table_as_one(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(30):
        (docs / f"{i:03}.txt").write_text(GOOD.replace("52.6", f"{50 + i}.1"), encoding="utf-8")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run("extract", str(docs), "--format", "csv", "--output", str(one), "--jobs", "1").exit_code == 0
    assert run("extract", str(docs), "--format", "csv", "--output", str(two), "--jobs", "2").exit_code == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(pd.read_csv(one)) == 30
