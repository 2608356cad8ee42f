"""parallel: several processes or a dask cluster give the rows of one process, in the same order."""

from __future__ import annotations

import importlib
import importlib.util
import math
import sys
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tradecheck import parallel
from tradecheck.document import Document
from tradecheck.errors import UsageError
from tradecheck.ingest import read_documents
from tradecheck.parallel import claim_rows_dask, claim_rows_parallel, default_jobs

GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "generate_corpus.py"


@cache
def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@cache
def corpus() -> tuple[Document, ...]:
    """40 generated articles, the seeds, and one article cut into parts with offsets."""
    gen = _generator()
    docs = [Document(name=f"gen/{i:03d}.txt", text=gen.article(7, i)) for i in range(40)]
    docs += list(read_documents([]))
    long_text = "\n".join(gen.article(7, i) for i in range(40, 44))
    docs += [Document(name="long.txt", text=long_text[i:i + 3000], offset=i) for i in range(0, len(long_text), 3000)]
    return tuple(docs)


def flat(batches: Iterator[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [row for batch in batches for row in batch]


@cache
def serial_rows() -> tuple[dict[str, Any], ...]:
    return tuple(flat(claim_rows_parallel(corpus(), fx_file=None, jobs=1)))


def test_corpus_has_claims() -> None:
    rows = serial_rows()
    assert len(rows) > 200
    assert {r["currency"] for r in rows} >= {"USD", "EUR", "RUB"}


@pytest.mark.parametrize("chunk", [1, 7, 64], ids=["chunk=1", "chunk=7", "chunk=64"])
def test_two_jobs_equal_one(chunk: int) -> None:
    assert flat(claim_rows_parallel(corpus(), fx_file=None, jobs=2, chunk=chunk)) == list(serial_rows())


def test_batches_follow_input_order() -> None:
    docs = corpus()[:40]
    batches = list(claim_rows_parallel(docs, fx_file=None, jobs=2, chunk=7))
    assert len(batches) == math.ceil(40 / 7)
    names = [row["doc"] for batch in batches for row in batch]
    assert names == sorted(names)  # gen/000.txt, gen/001.txt ... in input order


def test_one_job_gives_same_batches_as_two() -> None:
    docs = corpus()[:20]
    one = list(claim_rows_parallel(docs, fx_file=None, jobs=1, chunk=5))
    two = list(claim_rows_parallel(docs, fx_file=None, jobs=2, chunk=5))
    assert one == two


def test_big_documents_travel_alone() -> None:
    big = Document(name="big", text="x" * (parallel.BATCH_CHARS + 1))
    small = Document(name="small", text="y")
    assert [len(b) for b in parallel._batches([small, big, small, small], 64)] == [2, 2]


def test_reads_input_lazily() -> None:
    pulled = 0

    def docs() -> Iterator[Document]:
        nonlocal pulled
        for doc in corpus() * 5:
            pulled += 1
            yield doc

    batches = claim_rows_parallel(docs(), fx_file=None, jobs=2, chunk=2)
    next(batches)
    assert pulled <= 2 * (2 * 3 + 1)  # the batches in flight, not the whole input
    batches.close()


def test_big_parts_in_flight_are_bounded_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_CHARS", 1000)  # every article (2-8 KB) counts as a big part
    pulled = 0

    def docs() -> Iterator[Document]:
        nonlocal pulled
        for doc in corpus()[:40]:
            pulled += 1
            yield doc

    batches = claim_rows_parallel(docs(), fx_file=None, jobs=2, chunk=64)
    next(batches)
    assert pulled <= 4  # 6 000 characters in flight, not 6 batches
    batches.close()


def test_worker_error_is_raised_and_pool_stops() -> None:
    docs = [*corpus()[:6], Document(name="broken", text=None)]  # type: ignore[arg-type]
    start = time.monotonic()
    with pytest.raises(TypeError):
        flat(claim_rows_parallel(docs, fx_file=None, jobs=2, chunk=2))
    assert time.monotonic() - start < 60


def test_stopping_early_does_not_hang() -> None:
    batches = claim_rows_parallel(corpus() * 20, fx_file=None, jobs=2, chunk=4)
    assert next(batches) == list(flat(claim_rows_parallel(corpus()[:4], fx_file=None, jobs=1)))
    start = time.monotonic()
    batches.close()
    assert time.monotonic() - start < 10


def test_bad_fx_file_fails_at_the_call(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        claim_rows_parallel(corpus(), fx_file=str(tmp_path / "missing.csv"), jobs=2)


@pytest.mark.parametrize("kwargs", [{"jobs": 0}, {"jobs": -1}, {"jobs": 2, "chunk": 0}],
                         ids=["jobs=0", "jobs=-1", "chunk=0"])
def test_bad_settings_fail_at_the_call(kwargs: dict[str, int]) -> None:
    with pytest.raises(UsageError):
        claim_rows_parallel(corpus(), fx_file=None, **kwargs)


@pytest.mark.parametrize(
    ("total_bytes", "cores", "expected"),
    [
        (0, 8, 1),
        (30_000, 8, 1),
        (1_999_999, 8, 1),
        (2_000_000, 8, 8),
        (100_000_000, 2, 2),
        (10**12, 1, 1),
    ],
    ids=["empty", "seeds-size", "just-under-2MB", "2MB", "100MB-on-2-cores", "1TB-on-1-core"],
)
def test_default_jobs(monkeypatch: pytest.MonkeyPatch, total_bytes: int, cores: int, expected: int) -> None:
    monkeypatch.setattr(parallel, "_cores", lambda: cores)
    assert default_jobs(total_bytes) == expected


def test_default_jobs_uses_this_machine() -> None:
    assert 1 <= default_jobs(10**9) <= 4096


# --------------------------------------------------------------------------- dask


def test_dask_in_process_cluster_equals_one_job() -> None:
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (the dask extra)")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as cluster:
        got = flat(claim_rows_dask(corpus(), fx_file=None, scheduler=cluster.scheduler_address, partition_docs=9))
    assert got == list(serial_rows())


def test_dask_local_cluster_of_processes_equals_one_job() -> None:
    pytest.importorskip("distributed", reason="dask.distributed is not installed (the dask extra)")
    docs = corpus()[:12]
    expected = flat(claim_rows_parallel(docs, fx_file=None, jobs=1))
    assert flat(claim_rows_dask(docs, fx_file=None, scheduler=None, partition_docs=5)) == expected


def test_dask_bad_partition_size() -> None:
    with pytest.raises(UsageError):
        claim_rows_dask(corpus(), fx_file=None, scheduler=None, partition_docs=0)


def test_dask_missing_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def no_distributed(name: str, package: str | None = None) -> ModuleType:
        if name == "distributed":
            raise ImportError("No module named 'distributed'")
        return real(name, package)

    monkeypatch.setattr(parallel.importlib, "import_module", no_distributed)
    with pytest.raises(UsageError, match=r"tradecheck\[dask\]"):
        claim_rows_dask(corpus(), fx_file=None, scheduler=None)
