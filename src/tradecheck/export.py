"""Table writers: CSV, JSON, JSON Lines and Parquet; atomic and safe to open in a spreadsheet.

Every file is written to a temporary file in the target folder and renamed
into place only when complete, so a failure (or Ctrl-C) never leaves a
half-written table behind, and an existing file is untouched until the new
one is whole.

CSV follows RFC 4180: UTF-8, a header row, fields quoted when needed, and
CRLF ("\\r\\n") line ends. Python's ``csv`` module, pandas, R and Excel all
read CRLF files; quoted fields keep any line breaks of the text itself.
Text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) get a leading ``'``, except a plain signed
number ("-30.84%"), which a spreadsheet reads as that number; numeric
columns are never touched, so ``-5000000000.0`` stays a number.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, TextIO

import pandas as pd

from tradecheck.errors import OutputError, UsageError
from tradecheck.ingest import bundled_seeds, is_candidate
from tradecheck.table import FLOAT_COLUMNS, INT_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

__all__ = ["FORMATS", "StreamingWriter", "check_output_path", "neutralise", "write_table"]

FORMATS: tuple[str, ...] = ("table", "csv", "json", "jsonl", "parquet")
_FILE_FORMATS = ("csv", "json", "jsonl", "parquet")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CRLF = "\r\n"


def neutralise(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would read it as a formula.

    >>> neutralise('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> neutralise("US$52 million")
    'US$52 million'

    A lone ``-`` (the ``doc`` name of stdin) or ``=`` is not a formula and stays as it is, and
    so does a signed number or percentage, which a spreadsheet reads as that number (a growth
    phrase's surface "-30.84%" must still be the text at its offsets):

    >>> neutralise("-30.84%"), neutralise("-1+1")
    ('-30.84%', "'-1+1")
    """
    formula = value.startswith(_FORMULA_STARTS) and (len(value) > 1 or value in "\t\r")
    if formula and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


#: "+23.13%", "-4.5", "-1,200": a number with its sign, nothing a spreadsheet could run
_SIGNED_NUMBER = re.compile(r"[+-]\d[\d.,]*\s?%?")


def _is_text(series: pd.Series[Any]) -> bool:
    return pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)


def _guarded(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells cannot run as spreadsheet formulas."""
    out = df.copy()
    for col in out.columns:
        if _is_text(out[col]):
            out[col] = out[col].map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


def _is_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def _folder_error(target: Path) -> OutputError | None:
    """Why a file cannot be created at ``target``, or None when it can."""
    folder = target.parent
    if target.is_dir():
        return OutputError(f"{target}: is a folder")
    if not folder.is_dir():
        return OutputError(f"{target}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        return OutputError(f"{target}: folder {folder} is not writable")
    return None


def check_output_path(output: str | None, inputs: Sequence[str], *, glob: str | None = None) -> None:
    """Refuse an output that would overwrite an input or cannot be written.

    Raises :class:`UsageError` when ``output`` is one of the input files, or a
    file an input folder would read (its suffix, or ``glob``, makes it a
    candidate); :class:`OutputError` when its folder is missing or read-only.
    With no ``inputs`` the bundled seeds are the input. ``None`` and ``-``
    (stdout) are always fine.
    """
    if _is_stdout(output) or output is None:
        return
    target = Path(output).resolve()
    for given in inputs or [str(bundled_seeds())]:
        if given == "-":
            continue
        source = Path(given).resolve()
        if source == target:
            raise UsageError(f"--output {output} is one of the inputs; it would be overwritten")
        if source.is_dir() and target.is_relative_to(source):
            relative = target.relative_to(source).as_posix()
            if is_candidate(relative, glob):
                raise UsageError(
                    f"--output {output} is inside the input folder {given} and would be read as a document"
                )
    error = _folder_error(target)
    if error is not None:
        raise error


# --------------------------------------------------------------------------- encoders


def _plain(value: Any) -> Any:
    """A cell as a JSON-ready Python value: NaN/NA -> None, numpy scalars -> Python."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "isoformat"):  # dates and timestamps
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def _records(df: pd.DataFrame) -> Iterator[dict[str, Any]]:
    columns = [str(c) for c in df.columns]
    lists = [df[c].astype(object).tolist() for c in df.columns]
    for row in zip(*lists, strict=True):
        yield {name: _plain(value) for name, value in zip(columns, row, strict=True)}


def _json_line(record: dict[str, Any]) -> str:
    # ensure_ascii=False keeps "Việt Nam" readable; floats use repr, so no precision is lost.
    return json.dumps(record, ensure_ascii=False, allow_nan=False)


def _arrow_type(name: str, series: pd.Series[Any]) -> pa.DataType:
    import pyarrow as pa

    dtype = series.dtype
    if name in FLOAT_COLUMNS or pd.api.types.is_float_dtype(dtype):
        return pa.float64()
    if name in INT_COLUMNS or pd.api.types.is_integer_dtype(dtype):
        return pa.int64()
    if pd.api.types.is_bool_dtype(dtype):
        return pa.bool_()
    return pa.string()


def _arrow_table(df: pd.DataFrame, schema: pa.Schema | None) -> pa.Table:
    import pyarrow as pa

    if schema is None:
        schema = pa.schema([pa.field(str(c), _arrow_type(str(c), df[c])) for c in df.columns])
    frame = df.copy()
    for field in schema:
        col = frame[field.name]
        if pa.types.is_string(field.type):
            frame[field.name] = col.map(lambda v: None if _plain(v) is None else str(v)).astype(object)
        elif pa.types.is_int64(field.type):
            frame[field.name] = pd.to_numeric(col, errors="coerce").astype("Int64")
        elif pa.types.is_float64(field.type):
            frame[field.name] = pd.to_numeric(col, errors="coerce").astype("float64")
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False)


# --------------------------------------------------------------------------- the writer


def _file_mode() -> int:
    """The permissions a new file gets here (0o666 minus the umask)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


class StreamingWriter:
    """Write a table in batches to a file (atomically) or a text stream.

    >>> import io
    >>> out = io.StringIO()
    >>> with StreamingWriter("jsonl", None, stream=out) as writer:
    ...     writer.write(pd.DataFrame({"a": [1.5]}))
    >>> out.getvalue()
    '{"a": 1.5}\\n'

    For a file, batches go to a temporary file in the target folder, renamed
    into place when the ``with`` block ends without an exception; on any
    exception (KeyboardInterrupt included) the temporary file is deleted and
    an existing target is left as it was. A stream gets rows as they come.
    ``columns`` gives the header of a table to which no batch is written.
    Write errors (disk full, broken pipe) raise :class:`OutputError`.
    """

    def __init__(
        self,
        fmt: str,
        output: str | None,
        *,
        excel: bool = False,
        stream: TextIO | None = None,
        columns: Sequence[str] | None = None,
    ) -> None:
        if fmt == "table":
            raise UsageError(
                "--format table is for the terminal; use csv, json, jsonl or parquet with --output"
            )
        if fmt not in _FILE_FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        if fmt == "parquet" and _is_stdout(output):
            raise UsageError("--format parquet is binary; give a file with --output")
        self.fmt = fmt
        self.excel = excel
        self.columns = list(columns) if columns is not None else None
        self._target = None if output is None or _is_stdout(output) else Path(output)
        self._stream = stream
        self._temp: Path | None = None
        self._text: IO[str] | None = None
        self._parquet: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None
        self._rows_written = False
        self._started = False
        if self._target is not None:
            error = _folder_error(self._target.absolute())
            if error is not None:
                raise error

    # -- context management

    def __enter__(self) -> StreamingWriter:
        if self._target is not None:
            self._open_temp(self._target)
        else:
            self._text = self._stream if self._stream is not None else sys.stdout
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            self._finish()
        except BaseException:
            self._discard()
            raise

    def _open_temp(self, target: Path) -> None:
        binary = self.fmt == "parquet"
        try:
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in _finish/_discard
                "wb" if binary else "w",
                encoding=None if binary else "utf-8",
                newline=None if binary else "",  # CSV line ends are written as given
                dir=target.parent,
                prefix=f".{target.name}.",
                suffix=".tmp",
                delete=False,
            )
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
        self._temp = Path(handle.name)
        if binary:
            handle.close()  # pyarrow opens the path itself
        else:
            self._text = handle

    def _discard(self) -> None:
        for closer in (self._parquet, self._text if self._target is not None else None):
            if closer is not None:
                with contextlib.suppress(Exception):  # already failing; the first error matters
                    closer.close()
        self._parquet = None
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None

    def _finish(self) -> None:
        if not self._started:
            self.write(pd.DataFrame(columns=self.columns or []))
        if self.fmt == "json":
            self._put("\n]\n" if self._rows_written else "]\n")
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        where = self._target if self._target is not None else "output"
        try:
            if self._text is not None:
                self._text.flush()
            if self._target is None:
                return
            if self._text is not None:
                os.fsync(self._text.fileno())
                self._text.close()
            if self._temp is not None:
                os.chmod(self._temp, _file_mode())
                os.replace(self._temp, self._target)
                self._temp = None
        except OSError as exc:
            raise OutputError(f"{where}: cannot write ({exc.strerror or exc})") from exc

    # -- writing

    def _handle(self) -> IO[str]:
        if self._text is None:
            raise UsageError("StreamingWriter used outside its with block")
        return self._text

    def _put(self, text: str) -> None:
        self._handle().write(text)

    def write(self, df: pd.DataFrame) -> None:
        """Append the rows of ``df`` (the first batch sets the columns)."""
        try:
            self._write(df)
        except OSError as exc:  # disk full, broken pipe...
            where = self._target if self._target is not None else "output"
            raise OutputError(f"{where}: cannot write ({exc.strerror or exc})") from exc

    def _write(self, df: pd.DataFrame) -> None:
        first = not self._started
        if first and self.columns is None:
            self.columns = [str(c) for c in df.columns]
        self._started = True
        if self.fmt == "csv":
            if first:
                self._put("\ufeff" if self.excel else "")
            # straight into the handle: pandas writes in chunks, so a batch never becomes one string
            _guarded(df).to_csv(self._handle(), index=False, header=first, lineterminator=_CRLF, na_rep="")
        elif self.fmt == "jsonl":
            for record in _records(df):
                self._put(_json_line(record) + "\n")
        elif self.fmt == "json":
            if first:
                self._put("[")
            for record in _records(df):
                self._put(",\n" if self._rows_written else "\n")
                self._put(_json_line(record))
                self._rows_written = True
        else:
            self._write_parquet(df)

    def _write_parquet(self, df: pd.DataFrame) -> None:
        import pyarrow.parquet as pq

        table = _arrow_table(df, self._schema)
        if self._parquet is None:
            self._schema = table.schema
            self._parquet = pq.ParquetWriter(str(self._temp), table.schema)
        self._parquet.write_table(table)


def write_table(
    df: pd.DataFrame, fmt: str, output: str | None, *, excel: bool = False, stream: TextIO | None = None
) -> None:
    """Write ``df`` as ``fmt`` to the file ``output`` (atomically), or to ``stream`` (stdout) when None.

    ``fmt`` is one of csv, json (one array of records), jsonl (one object per
    line) or parquet (file only). ``table`` is the CLI's terminal rendering and
    is refused here. ``excel=True`` starts a CSV with a UTF-8 byte-order mark
    so Excel reads it as UTF-8. Missing values are empty CSV cells and JSON
    ``null``.
    """
    with StreamingWriter(fmt, output, excel=excel, stream=stream) as writer:
        writer.write(df)


def write_text(text: str, output: str | None, *, stream: TextIO | None = None) -> None:
    """Write a whole text document (an HTML report) atomically, or to ``stream`` when no output is given."""
    if _is_stdout(output):
        (stream or sys.stdout).write(text)
        return
    assert output is not None  # noqa: S101 - narrowed by _is_stdout
    target = Path(output)
    problem = _folder_error(target)
    if problem is not None:
        raise problem
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, _file_mode())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"{output}: {exc.strerror or exc}") from exc
        raise
