"""export: CSV/JSON/JSONL/Parquet writers, atomic files, formula-injection guard, output checks."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tradecheck import export
from tradecheck.errors import OutputError, UsageError
from tradecheck.export import FORMATS, StreamingWriter, check_output_path, neutralise, write_table
from tradecheck.ingest import bundled_seeds
from tradecheck.table import ALL_CLAIM_COLUMNS, BOOL_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS, claims_frame

ROWS: list[dict[str, Any]] = [
    {
        "claim_id": "c1",
        "doc": "sub/a.txt",
        "doc_date": "2024-05-21",
        "start": 10,
        "end": 24,
        "surface": "US$52.6 million",
        "value": 52_600_000.0,
        "interval_low": 52_550_000.0,
        "interval_high": 52_650_000.0,
        "currency": "USD",
        "metric": "trade_total",
        "economy": "AZE",
        "partner": "VNM",
        "sentence": (
            'Trade between Việt Nam and Azerbaijan, "the partners", reached US$52.6 million.\nNew line.'
        ),
        "period_fuzzy": True,
    },
    {
        "claim_id": "c2",
        "doc": "-",
        "surface": "a $5 billion deficit",
        "value": -5e9,
        "value_usd": 0.1 + 0.2,
        "interval_high": 1 / 3,
        "metric": "trade_balance",
        "sentence": 'Comma, quote " and tab\there; CR\r inside.',
    },
    {
        "claim_id": "c3",
        "doc": "b.txt",
        "start": 0,
        "end": 1,
        "value": 1e-7,
        "value_high": 123456789.123456789,
    },
]


@pytest.fixture
def claims() -> pd.DataFrame:
    df: pd.DataFrame = claims_frame(ROWS)
    return df


def typed_back(df: pd.DataFrame) -> pd.DataFrame:
    """Give a table read back from a file the claims dtypes (text formats lose them)."""
    out = df.copy()
    for col in out.columns:
        if col in FLOAT_COLUMNS:
            out[col] = pd.to_numeric(out[col]).astype("float64")
        elif col in INT_COLUMNS:
            out[col] = pd.to_numeric(out[col]).astype("Int64")
        elif col in BOOL_COLUMNS:
            out[col] = out[col].map(lambda v: v in (True, "True")).astype(bool)
        else:
            out[col] = out[col].fillna("").astype("str")
    return out


def read_csv(path: str) -> pd.DataFrame:
    return typed_back(pd.read_csv(path, dtype=str, keep_default_na=False))


def read_json(path: str) -> pd.DataFrame:
    with open(path, encoding="utf-8") as fh:
        return typed_back(pd.DataFrame(json.load(fh)))


def read_jsonl(path: str) -> pd.DataFrame:
    with open(path, encoding="utf-8") as fh:
        return typed_back(pd.DataFrame([json.loads(line) for line in fh]))


READERS: dict[str, Callable[[str], pd.DataFrame]] = {
    "csv": read_csv,
    "json": read_json,
    "jsonl": read_jsonl,
    "parquet": pd.read_parquet,
}


@pytest.mark.parametrize("fmt", READERS, ids=READERS.keys())
def test_round_trip(fmt: str, claims: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / f"claims.{fmt}"
    write_table(claims, fmt, str(out))
    back = READERS[fmt](str(out))
    pd.testing.assert_frame_equal(back, claims, check_exact=True)
    assert list(back.columns) == list(ALL_CLAIM_COLUMNS)


@pytest.mark.parametrize("fmt", READERS, ids=READERS.keys())
def test_empty_table_keeps_columns(fmt: str, claims: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / f"empty.{fmt}"
    write_table(claims.iloc[0:0], fmt, str(out))
    assert list(READERS[fmt](str(out)).columns) == (
        list(ALL_CLAIM_COLUMNS) if fmt in ("csv", "parquet") else []
    )


def test_parquet_types(claims: pd.DataFrame, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "claims.parquet"
    write_table(claims, "parquet", str(out))
    schema = pq.read_schema(out)
    assert schema.field("value").type == pa.float64()
    assert schema.field("start").type == pa.int64()
    assert schema.field("surface").type == pa.string()
    assert schema.field("period_fuzzy").type == pa.bool_()
    back = pd.read_parquet(out)
    assert str(back["start"].dtype) == "Int64"
    assert back["start"].isna().tolist() == [False, True, False]


def test_json_nan_is_null_and_text_verbatim(claims: pd.DataFrame, tmp_path: Path) -> None:
    df = claims.copy()
    df.loc[0, "surface"] = '=HYPERLINK("http://evil")'
    out = tmp_path / "c.json"
    write_table(df, "json", str(out))
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records[1]["start"] is None
    assert records[0]["value_high"] is None
    assert records[1]["value"] == -5e9
    assert records[1]["value_usd"] == 0.1 + 0.2  # repr precision, no rounding
    assert records[0]["surface"] == '=HYPERLINK("http://evil")'  # the guard is for spreadsheets only
    assert "Việt Nam" in out.read_text(encoding="utf-8")  # not \u escapes


# --------------------------------------------------------------------------- CSV specifics

INJECTION: list[tuple[str, str]] = [
    ('=HYPERLINK("http://evil","click")', '\'=HYPERLINK("http://evil","click")'),
    ("+1 555 0100", "'+1 555 0100"),
    ("-5% year on year", "'-5% year on year"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("US$52 million", "US$52 million"),
    ("a = b", "a = b"),
    ("", ""),
    ("-", "-"),  # the doc name of stdin
    # a signed number is read as that number: a growth phrase's surface stays the text at its offsets
    ("-30.84%", "-30.84%"),
    ("+23.13 %", "+23.13 %"),
    ("-1,200", "-1,200"),
    ("-1+1", "'-1+1"),
    ("+2-cmd|' /C calc'!A0", "'+2-cmd|' /C calc'!A0"),
    ("\t", "'\t"),
]


@pytest.mark.parametrize(("surface", "cell"), INJECTION, ids=[repr(s) for s, _ in INJECTION])
def test_csv_formula_guard(surface: str, cell: str, tmp_path: Path) -> None:
    df = claims_frame([{"claim_id": "c1", "surface": surface, "sentence": surface, "value": -5e9}])
    out = tmp_path / "c.csv"
    write_table(df, "csv", str(out))
    with open(out, encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["surface"] == cell
    assert row["sentence"] == cell
    assert row["value"] == "-5000000000.0"  # numbers are never prefixed
    assert neutralise(surface) == cell


def test_csv_is_rfc4180(claims: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    write_table(claims, "csv", str(out))
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.startswith(b"claim_id,doc,doc_date,")
    assert raw.count(b"\r\n") == 4  # header + 3 rows; the newline inside a sentence stays "\n"
    assert b'"Trade between Vi\xe1\xbb\x87t Nam and Azerbaijan, ""the partners""' in raw
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["sentence"] == ROWS[0]["sentence"]
    assert rows[1]["start"] == ""  # missing int -> empty cell
    assert rows[0]["value_high"] == ""  # NaN -> empty cell
    assert rows[2]["value_high"] == "123456789.12345679"


def test_csv_excel_bom(claims: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    write_table(claims, "csv", str(out), excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfclaim_id,")
    assert list(pd.read_csv(out, encoding="utf-8-sig").columns)[0] == "claim_id"


# --------------------------------------------------------------------------- streams and formats


@pytest.mark.parametrize("output", [None, "-"], ids=["None", "dash"])
@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_stream_output(fmt: str, output: str | None, claims: pd.DataFrame) -> None:
    stream = io.StringIO()
    write_table(claims, fmt, output, stream=stream)
    text = stream.getvalue()
    assert "US$52.6 million" in text
    if fmt == "jsonl":
        assert len(text.splitlines()) == 3
    elif fmt == "json":
        assert [r["claim_id"] for r in json.loads(text)] == ["c1", "c2", "c3"]


def test_default_stream_is_stdout(claims: pd.DataFrame, capsys: pytest.CaptureFixture[str]) -> None:
    write_table(claims, "jsonl", None)
    assert capsys.readouterr().out.count('"claim_id"') == 3


@pytest.mark.parametrize(
    ("fmt", "output", "message"),
    [
        ("table", "out.csv", "--format table is for the terminal"),
        ("table", None, "--format table is for the terminal"),
        ("parquet", None, "parquet is binary"),
        ("parquet", "-", "parquet is binary"),
        ("xlsx", "out.xlsx", "unknown format"),
    ],
    ids=["table to file", "table to stdout", "parquet to stdout", "parquet to dash", "unknown"],
)
def test_usage_errors(
    fmt: str, output: str | None, message: str, claims: pd.DataFrame, tmp_path: Path
) -> None:
    target = None if output in (None, "-") else str(tmp_path / output)
    with pytest.raises(UsageError, match=message):
        write_table(claims, fmt, target if target else output, stream=io.StringIO())
    assert list(tmp_path.iterdir()) == []


def test_formats_constant() -> None:
    assert FORMATS == ("table", "csv", "json", "jsonl", "parquet")


# --------------------------------------------------------------------------- atomic writes


def test_output_into_missing_folder(claims: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_table(claims, "csv", str(tmp_path / "nope" / "c.csv"))
    assert not (tmp_path / "nope").exists()


def test_output_is_a_folder(claims: pd.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"):
        write_table(claims, "csv", str(tmp_path))


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.csv"
    path.write_text("old,content\n", encoding="utf-8")
    return path


def _only_old_file_left(tmp_path: Path, old: Path) -> None:
    assert list(tmp_path.iterdir()) == [old]
    assert old.read_text(encoding="utf-8") == "old,content\n"


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet"])
def test_failed_rename_leaves_old_file(
    fmt: str, claims: pd.DataFrame, old_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_table(claims, fmt, str(old_file))
    _only_old_file_left(tmp_path, old_file)


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt], ids=["error", "Ctrl-C"])
def test_failure_mid_write_leaves_nothing(
    error: type[BaseException],
    claims: pd.DataFrame,
    old_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    real = export._records

    def failing_records(df: pd.DataFrame) -> Iterator[dict[str, Any]]:
        nonlocal calls
        for i, record in enumerate(real(df)):
            if i == 2:
                calls += 1
                raise error("interrupted mid-write")
            yield record

    monkeypatch.setattr(export, "_records", failing_records)
    with pytest.raises(error):
        write_table(claims, "jsonl", str(old_file))
    assert calls == 1
    _only_old_file_left(tmp_path, old_file)


def test_disk_full_is_an_output_error(
    claims: pd.DataFrame, old_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(record: dict[str, Any]) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_json_line", no_space)
    with pytest.raises(OutputError, match="claims.csv: cannot write \\(No space left on device\\)"):
        write_table(claims, "jsonl", str(old_file))
    _only_old_file_left(tmp_path, old_file)


def test_broken_pipe_is_an_output_error(claims: pd.DataFrame) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(OutputError, match="output: cannot write"):
        write_table(claims, "csv", None, stream=ClosedPipe())


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet"])
def test_streaming_writer_discards_on_exception(fmt: str, claims: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / f"new.{fmt}"
    with pytest.raises(KeyboardInterrupt), StreamingWriter(fmt, str(out)) as writer:
        writer.write(claims.iloc[:1])
        assert len(list(tmp_path.iterdir())) == 1  # the temp file exists meanwhile
        assert not out.exists()
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", READERS, ids=READERS.keys())
def test_streaming_writer_batches(fmt: str, claims: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / f"batches.{fmt}"
    with StreamingWriter(fmt, str(out)) as writer:
        for i in range(len(claims)):
            writer.write(claims.iloc[i : i + 1])
    back = READERS[fmt](str(out))
    pd.testing.assert_frame_equal(back, claims, check_exact=True)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


@pytest.mark.parametrize(("fmt", "content"), [("csv", "a,b\r\n"), ("json", "[]\n"), ("jsonl", "")])
def test_streaming_writer_with_no_batches(fmt: str, content: str, tmp_path: Path) -> None:
    out = tmp_path / f"none.{fmt}"
    with StreamingWriter(fmt, str(out), columns=["a", "b"]):
        pass
    assert out.read_bytes().decode("utf-8") == content


def test_new_file_gets_normal_permissions(claims: pd.DataFrame, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "c.csv"
        write_table(claims, "csv", str(out))
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


# --------------------------------------------------------------------------- check_output_path


def test_output_equal_to_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text", encoding="utf-8")
    with pytest.raises(UsageError, match="is one of the inputs"):
        check_output_path(str(tmp_path / "." / "a.txt"), [str(article)])
    assert article.read_text(encoding="utf-8") == "text"


@pytest.mark.parametrize(
    ("output", "inputs", "glob", "error"),
    [
        ("arts/a.txt", ["arts"], None, UsageError),  # an existing file the folder reads
        ("arts/sub/new.md", ["arts"], None, UsageError),  # a new file the folder would read
        ("arts/out.csv", ["arts"], None, None),  # not a document suffix: fine
        ("arts/out.csv", ["arts"], "*.csv", UsageError),  # ...unless --glob picks it up
        ("arts/.out.txt", ["arts"], None, None),  # hidden files are not read
        ("other/out.txt", ["arts"], None, None),
        ("out.csv", ["-"], None, None),
        ("missing/out.csv", ["arts"], None, OutputError),
        ("arts", ["other"], None, OutputError),  # a folder, not a file
    ],
    ids=lambda v: str(v),
)
def test_check_output_path(
    output: str, inputs: list[str], glob: str | None, error: type[Exception] | None, tmp_path: Path
) -> None:
    (tmp_path / "arts" / "sub").mkdir(parents=True)
    (tmp_path / "arts" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "other").mkdir()
    paths = [i if i == "-" else str(tmp_path / i) for i in inputs]
    if error is None:
        check_output_path(str(tmp_path / output), paths, glob=glob)
    else:
        with pytest.raises(error):
            check_output_path(str(tmp_path / output), paths, glob=glob)


def test_check_output_path_stdout_and_seeds(tmp_path: Path) -> None:
    check_output_path(None, ["x"])
    check_output_path("-", ["x"])
    with pytest.raises(UsageError, match="inside the input folder"):
        check_output_path(str(bundled_seeds() / "new.txt"), [])
    check_output_path(str(tmp_path / "claims.csv"), [])


def test_check_output_path_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: the tests may run as root, who can write anywhere.
    monkeypatch.setattr(export.os, "access", lambda path, mode: False)
    with pytest.raises(OutputError, match="not writable"):
        check_output_path(str(tmp_path / "c.csv"), [])
