"""Documents -> claims table: resolve each document, then convert to US dollars.

This is the library's main entry; ``tradecheck.extract_claims`` and the CLI
both call it. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .document import Document

if TYPE_CHECKING:
    import pandas as pd

    from .fx import FxRates
    from .ingest import Problem


def claim_rows(doc: Document, fx: FxRates) -> list[dict[str, Any]]:
    """All claim rows of one document, with ``value_usd`` and the fx columns filled."""
    from .resolve import claim_row, resolve_document

    rows = [claim_row(c, doc) for c in resolve_document(doc)]
    by_id = {r["claim_id"]: r for r in rows}
    for row in rows:
        if row["qualifier"] == "derived":
            continue
        _convert(row, by_id, fx, doc)
    for row in rows:
        if row["qualifier"] != "derived":
            continue
        # a derived figure belongs to the earlier period: "¥1.72 trillion in July 2024" is worth what
        # July 2024's yen bought, not the rate of the later figure it was computed from
        _convert(row, by_id, fx, doc)
        if row["value_usd"] is not None:
            continue
        base = by_id.get(row["derived_from"])
        rate = base.get("fx_rate") if base else None
        if rate:
            _apply_rate(row, float(rate))
            row["fx_source"], row["fx_period"] = base["fx_source"], base["fx_period"]  # type: ignore[index]
            row["fx_note"] = "no rate for its own period: converted at the rate of the figure it is derived from"
        else:
            row["fx_note"] = base.get("fx_note", "") if base else ""
    return rows


def _apply_rate(row: dict[str, Any], rate: float) -> None:
    row["fx_rate"] = rate
    row["value_usd"] = row["value"] / rate


def _convert(row: dict[str, Any], by_id: dict[str, dict[str, Any]], fx: FxRates, doc: Document) -> None:
    currency = row["currency"]
    start, end = row["period_start"] or None, row["period_end"] or None
    linked = by_id.get(row.get("linked_to") or "")
    if currency != "USD" and linked is not None and linked["currency"] == "USD" and row["value"] and linked["value"]:
        # the writer's own conversion ("A$219bn (US$145bn)"): use it, and check it against the reference
        # (a conversion of zero, "€1 thousand ($0)", states no rate)
        _apply_rate(row, row["value"] / linked["value"])
        row["fx_source"] = "stated"
        row["fx_period"] = row["period_label"]
        row["fx_note"] = fx.check_stated(row["value"], currency, linked["value"], start, end, doc.date)
        return
    res = fx.to_usd(row["value"], currency, start, end, doc.date)
    row["value_usd"] = res.value_usd
    row["fx_rate"] = res.rate
    row["fx_source"] = res.source
    row["fx_period"] = res.period
    row["fx_note"] = res.note


def iter_claim_rows(docs: Iterable[Document], fx: FxRates) -> Iterator[dict[str, Any]]:
    for doc in docs:
        yield from claim_rows(doc, fx)


def _input_bytes(paths: Sequence[str]) -> int:
    """Roughly how much there is to read (for choosing the number of jobs); stdin counts as small."""
    from pathlib import Path

    total = 0
    for p in paths:
        path = Path(p)
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            for f in path.rglob("*"):
                if total > 1 << 40:
                    break
                if f.is_file():
                    total += f.stat().st_size
    return total


def iter_claim_batches(
    paths: Sequence[str] = (),
    *,
    glob: str | None = None,
    meta: str | None = None,
    fx_file: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """Claim rows batch by batch, in document order, reading documents only as fast as they are resolved.

    ``jobs=0`` chooses: one process for small inputs, every core for large ones.
    ``engine="dask"`` resolves on a dask.distributed cluster (``scheduler`` address,
    or a local cluster when None). The rows are the same whatever the engine.
    """
    from .ingest import read_documents
    from .parallel import claim_rows_dask, claim_rows_parallel, default_jobs

    kwargs: dict[str, Any] = {"glob": glob, "meta": meta}
    if on_problem is not None:
        kwargs["on_problem"] = on_problem
    docs: Iterable[Document] = read_documents(list(paths), **kwargs)
    if on_document is not None:
        docs = _tapped(docs, on_document)
    if engine == "dask":
        return claim_rows_dask(docs, fx_file=fx_file, scheduler=scheduler)
    if engine != "local":
        from .errors import UsageError

        raise UsageError(f"unknown engine {engine!r}: use local or dask")
    if jobs == 0:
        jobs = default_jobs(_input_bytes(paths)) if paths else 1
    return claim_rows_parallel(docs, fx_file=fx_file, jobs=jobs)


def _tapped(docs: Iterable[Document], seen: Callable[[Document], None]) -> Iterator[Document]:
    for doc in docs:
        seen(doc)
        yield doc


def extract_claims(
    paths: Sequence[str] = (),
    *,
    glob: str | None = None,
    meta: str | None = None,
    fx_file: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> pd.DataFrame:
    """Every money figure in the documents at ``paths`` (the bundled seeds when empty).

    Returns the claims DataFrame (columns: ``tradecheck.table.ALL_CLAIM_COLUMNS``),
    one row per stated figure and per figure a growth rate implies, ordered by
    document then offset.
    """
    from .table import claims_frame

    batches = iter_claim_batches(
        paths,
        glob=glob,
        meta=meta,
        fx_file=fx_file,
        on_problem=on_problem,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
    )
    return claims_frame(row for batch in batches for row in batch)


def claims_from_texts(texts: dict[str, str], fx_file: str | None = None) -> pd.DataFrame:
    """Claims from in-memory texts keyed by document name (handy in notebooks and tests).

    Each text is read as ``tradecheck extract`` reads a file (NFC, hard-wrapped lines joined)
    and dated by its dateline."""
    from .fx import FxRates
    from .ingest import find_dateline, normalise_text
    from .table import claims_frame

    fx = FxRates(fx_file)
    docs = []
    for name, text in texts.items():
        plain = normalise_text(text)
        docs.append(Document(name=name, text=plain, date=find_dateline(plain)))
    return claims_frame(iter_claim_rows(docs, fx))
