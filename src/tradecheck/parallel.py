"""Claim rows from many documents on several cores, or on a dask cluster, in input order.

Documents are grouped into batches; each batch is resolved by a worker and the
rows come back batch by batch in the order the documents went in, so the output
is the same, row for row, as ``jobs=1``. Only a few batches are in flight at a
time, so memory stays flat however many documents there are.

Nothing here prints; the CLI chooses the engine and the number of jobs.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import UsageError

if TYPE_CHECKING:
    from .fx import FxRates

__all__ = ["SMALL_INPUT", "claim_rows_dask", "claim_rows_parallel", "default_jobs"]

Row = dict[str, Any]

#: Inputs smaller than this (in bytes) are read in one process: starting workers costs more than it saves.
SMALL_INPUT = 2_000_000
#: A batch is closed at this many characters even when it holds fewer documents than asked,
#: so that the parts of one huge file travel (and sit in memory) one or two at a time.
BATCH_CHARS = 1_000_000
#: Batches queued per worker beyond the one it is working on: enough to keep it busy.
_AHEAD = 2


def default_jobs(total_bytes: int) -> int:
    """How many processes to use for ``total_bytes`` of input: 1 below 2 MB, else one per core.

    >>> default_jobs(10_000)
    1
    """
    if total_bytes < SMALL_INPUT:
        return 1
    return _cores()


def _cores() -> int:
    # the cores this process may run on (taskset, cpusets), where the OS tells
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- batches


def _batches(docs: Iterable[Document], size: int, max_chars: int | None = None) -> Iterator[list[Document]]:
    """Consecutive documents, ``size`` at a time or fewer when they add up to ``max_chars`` (BATCH_CHARS)."""
    if max_chars is None:
        max_chars = BATCH_CHARS
    batch: list[Document] = []
    chars = 0
    for doc in docs:
        batch.append(doc)
        chars += len(doc.text)
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch = []
            chars = 0
    if batch:
        yield batch


def _rows_of(batch: list[Document], fx: FxRates) -> list[Row]:
    from .pipeline import claim_rows

    return [row for doc in batch for row in claim_rows(doc, fx)]


_WARM_UP = "Trade between Vietnam and Japan reached $1.5 billion (¥220 billion) in 2024, up 5%."


def _prepared_fx(fx_file: str | None, *, warm: bool) -> FxRates:
    """The rates every worker uses, read once here so a bad ``--fx`` file fails before any work.

    With ``warm``, also loads the lexicons, the ECB history and the patterns in
    this process, which forked workers then share instead of each doing it
    again. One process does without: it loads only what its documents need
    (a small input in dollars never parses the ECB history).
    """
    from .fx import FxRates
    from .pipeline import claim_rows

    fx = FxRates(fx_file)
    if warm:
        claim_rows(Document(name="warm-up", text=_WARM_UP), fx)
    return fx


def _check(name: str, value: int) -> None:
    if value < 1:
        raise UsageError(f"{name} must be at least 1, not {value}")


# --------------------------------------------------------------------------- local processes


class _Worker:
    """What one worker process keeps between batches: the rates it was given at start.

    A class attribute because a pool worker runs one task after another in one
    process; it is set once by the pool's initializer and read by each task.
    """

    fx: FxRates | None = None


def _start_worker(fx: FxRates) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, so workers
    # must not die on their own in the middle of a batch with a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _Worker.fx = fx


def _work(batch: list[Document]) -> list[Row]:
    fx = _Worker.fx
    if fx is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker started without its rates")
    return _rows_of(batch, fx)


def _context() -> multiprocessing.context.BaseContext:
    """fork where it is safe (Linux, no other thread running): workers start at once, already warm.

    Elsewhere a fresh interpreter per worker, which then loads tradecheck itself.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, dropping unfinished batches (an error, Ctrl-C or the caller stopped reading)."""
    terminate: Callable[[], None] | None = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    # Before 3.14 the executor has no public way to end busy workers: without this the
    # interpreter would wait at exit for every started batch (an 8 MB part takes a while).
    # shutdown() drops these references, so they are taken first.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager: threading.Thread | None = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    # once its workers are gone the executor's thread ends; waiting for it means the next
    # pool sees a single-threaded process again and may fork
    if manager is not None:
        manager.join(timeout=5)


def claim_rows_parallel(
    docs: Iterable[Document], *, fx_file: str | None, jobs: int, chunk: int = 64
) -> Iterator[list[Row]]:
    """The claim rows of ``docs``, a list per batch of up to ``chunk`` documents, in input order.

    With ``jobs=1`` everything runs in this process. Otherwise ``jobs`` worker
    processes each get the currency rates once when they start, then batches;
    at most ``jobs * 3`` batches (and about ``jobs * 3`` million characters)
    are in flight, so documents are read from ``docs`` only as fast as they
    are resolved. The rows are exactly those of
    :func:`tradecheck.pipeline.claim_rows` document by document.

    Settings and the ``fx_file`` are checked before this returns:
    :class:`~tradecheck.errors.UsageError` when ``jobs`` or ``chunk`` is below
    1, the error of :class:`~tradecheck.fx.FxRates` for a bad rates file. An
    error in a worker is raised from the iteration, and the other workers are
    stopped; so are they when the caller stops iterating early.
    """
    _check("jobs", jobs)
    _check("chunk", chunk)
    fx = _prepared_fx(fx_file, warm=jobs > 1)
    if jobs == 1:
        return (_rows_of(batch, fx) for batch in _batches(docs, chunk))
    return _in_processes(docs, fx, jobs, chunk)


def _in_processes(docs: Iterable[Document], fx: FxRates, jobs: int, chunk: int) -> Iterator[list[Row]]:
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_start_worker, initargs=(fx,)
    )
    pending: deque[tuple[Future[list[Row]], int]] = deque()
    finished = False
    try:
        for batch in _batches(docs, chunk):
            pending.append((pool.submit(_work, batch), sum(len(d.text) for d in batch)))
            while pending and _full(pending, jobs):
                yield pending.popleft()[0].result()
        while pending:
            yield pending.popleft()[0].result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _full(pending: deque[tuple[Future[list[Row]], int]], jobs: int) -> bool:
    """Enough in flight: every worker busy with a batch queued behind it, or that much text.

    Counting characters as well as batches keeps the parts of a huge file (up to
    2 million characters each) from piling up in memory; one batch per worker
    is always allowed, or the workers would take turns.
    """
    if len(pending) < jobs:
        return False
    limit = jobs * (1 + _AHEAD)
    return len(pending) >= limit or sum(chars for _, chars in pending) >= limit * BATCH_CHARS


# --------------------------------------------------------------------------- dask


def _dask_work(batch: list[Document], fx: FxRates) -> list[Row]:
    # ``fx`` is one object per dask worker (scattered once), so its answer cache is shared by its tasks
    return _rows_of(batch, fx)


def claim_rows_dask(
    docs: Iterable[Document], *, fx_file: str | None, scheduler: str | None, partition_docs: int = 200
) -> Iterator[list[Row]]:
    """Like :func:`claim_rows_parallel`, on a dask.distributed cluster; a list per partition.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``);
    with None a local cluster is started when iteration begins, with one
    single-threaded worker process per core, and closed at the end. The
    currency rates are read here and sent to every worker once, so an ``--fx``
    file need not exist on the workers' machines. Documents travel from this
    process to the workers: a cluster helps when resolving, not reading, is
    the slow part.

    Needs the ``dask`` extra (``pip install 'tradecheck[dask]'``); without it,
    or with ``partition_docs`` below 1, raises
    :class:`~tradecheck.errors.UsageError` before returning.
    """
    _check("partition_docs", partition_docs)
    try:
        # imported as Any: distributed's functions carry no type hints
        distributed: Any = importlib.import_module("distributed")
    except ImportError as exc:
        raise UsageError("the dask engine needs dask.distributed: pip install 'tradecheck[dask]'") from exc
    fx = _prepared_fx(fx_file, warm=False)  # dask workers are fresh processes: nothing to share
    return _on_dask(distributed, docs, fx, scheduler, partition_docs)


def _on_dask(
    distributed: Any, docs: Iterable[Document], fx: FxRates, scheduler: str | None, partition_docs: int
) -> Iterator[list[Row]]:
    cluster = None
    if scheduler is None:
        # loopback only; ":0" lets the scheduler's web server take any free port instead of
        # warning when 8787 is taken (it serves no dashboard unless bokeh is installed)
        cluster = distributed.LocalCluster(
            n_workers=_cores(), threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
        )
        client = distributed.Client(cluster)
    else:
        client = distributed.Client(scheduler)
    try:
        workers = max(1, sum(client.nthreads().values()))
        shared_fx = client.scatter(fx, broadcast=True, hash=False)
        pending: deque[Any] = deque()
        for batch in _batches(docs, partition_docs, max_chars=BATCH_CHARS * 4):
            pending.append(client.submit(_dask_work, batch, shared_fx, pure=False))
            if len(pending) >= workers * (1 + _AHEAD):
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
