"""Claims and conflicts -> one self-contained HTML page an analyst can open offline.

The page holds an overview, a timeline chart per (country pair, metric) group,
a card per conflict and the whole claims table. Everything lives in the one file:
CSS and a small filter script inline, charts as inline SVG drawn by matplotlib
with text turned into paths (so no font has to be found), nothing fetched from
anywhere. A Content-Security-Policy lets only the page's own script (by hash)
run, so even a hole in the escaping could not execute a document's text.

Every string that comes from a document or a table (surface, sentence, doc
name, attribution, codes, ids) passes through :func:`html.escape` on its way
into the page; ids used as anchors are reduced to a safe alphabet first.

matplotlib is imported inside the functions that draw, and figures are made with
``matplotlib.figure.Figure`` rather than pyplot: they belong to no global figure
manager, need no backend switch (the caller's notebook backend is untouched) and
are freed like any other object.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import io
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from tradecheck.conflicts import TRADE_METRICS, money
from tradecheck.errors import OutputError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["MAX_CARDS", "MAX_CHARTS", "build_report", "write_charts"]

#: Charts drawn at most: the groups with the most conflicting claims, then the most claims.
MAX_CHARTS = 40
#: Conflict cards shown at most (conflicts first, then explained gaps).
MAX_CARDS = 500
#: Half-width of the band drawn around an approximate figure, and the reach of a bound's arrow
#: (the default ``--approx-tolerance``).
APPROX_BAND = 0.10
#: Characters of a sentence kept either side of the figure in the claims table.
_CONTEXT_CHARS = 240
_DOCS_IN_LEGEND = 10

_METRIC_NAMES = {
    "trade_total": "Trade",
    "exports": "Exports",
    "imports": "Imports",
    "trade_balance": "Trade balance",
}
_KIND_NAMES = {
    "same_period": "same period",
    "containment": "part exceeds whole",
    "component": "component exceeds total",
}
# Colour-blind-safe qualitative colours (Okabe-Ito, then Tableau); red is kept for conflicts.
_PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#56B4E9", "#CC79A7", "#F0E442", "#000000", "#8C564B",
    "#7F7F7F", "#BCBD22", "#17BECF", "#9467BD", "#1F3A5F", "#AEC7E8", "#98DF8A", "#C5B0D5",
)
_CONFLICT_RED = "#D62728"
_EXPLAINED_ORANGE = "#FF7F0E"
_MONTH_RE = r"\d{4}-(?:0[1-9]|1[0-2])"
_SAFE_ID = re.compile(r"[A-Za-z0-9_.:-]{1,80}")

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


# --------------------------------------------------------------------------- small helpers

def _e(value: Any) -> str:
    """Any value as HTML-escaped text (quotes too, so it is safe in an attribute)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def _text(value: Any) -> str:
    """A table cell as a plain string; missing values are empty."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _anchor(prefix: str, key: str) -> str:
    """An id attribute value for ``key``: the key itself when it is plain, else a digest of it."""
    if _SAFE_ID.fullmatch(key):
        return f"{prefix}-{key}"
    return f"{prefix}-h{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def short_money(amount: float) -> str:
    """A compact US-dollar amount for chart ticks.

    >>> short_money(50e6), short_money(1.2e9), short_money(-5e9), short_money(0)
    ('$50M', '$1.2B', '-$5B', '$0')
    >>> short_money(318.46e6), short_money(2500)
    ('$318M', '$2.5K')
    """
    if not math.isfinite(amount):
        return ""
    size = abs(amount)
    sign = "-" if amount < 0 else ""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if size >= scale * 0.9995:
            return f"{sign}${size / scale:.3g}{suffix}"
    return f"{sign}${size:.3g}"


def _usd(amount: float, decimals: int | None = None) -> str:
    return money(amount, "USD", decimals=decimals) if math.isfinite(amount) else ""


def _pair(economy: str, partner: str) -> str:
    """The unordered pair a claim is about ("AZE–VNM"), for the table's filter."""
    if not partner:
        return economy
    return "–".join(sorted((economy, partner)))


def _group_title(metric: str, economy: str, partner: str, scope: str) -> str:
    other = partner or "partner unknown"
    if metric == "exports":
        text = f"Exports {economy} → {other}"
    elif metric == "imports":
        text = f"Imports of {economy} from {other}"
    elif metric == "trade_balance":
        text = f"Trade balance of {economy} with {other}"
    else:
        text = f"{_METRIC_NAMES.get(metric, metric)} {economy}–{other}"
    return f"{text} ({scope})" if scope else text


def _highlight(sentence: str, surface: str, *, context: int | None = None) -> str:
    """``sentence`` escaped, with the first occurrence of ``surface`` in ``<mark>``.

    With ``context``, only that many characters either side of the figure are kept.
    """
    at = sentence.find(surface) if surface else -1
    if at < 0:
        if context is not None and len(sentence) > 2 * context:
            sentence = sentence[: 2 * context] + "…"
        lead = f"<mark>{_e(surface)}</mark> · " if surface else ""
        return lead + _e(sentence)
    before, after = sentence[:at], sentence[at + len(surface):]
    if context is not None:
        if len(before) > context:
            before = "…" + before[-context:]
        if len(after) > context:
            after = after[:context] + "…"
    return f"{_e(before)}<mark>{_e(surface)}</mark>{_e(after)}"


# --------------------------------------------------------------------------- chart groups

@dataclass(frozen=True)
class _Group:
    """One chart: the claims about one metric between two economies (and one scope)."""

    metric: str
    economy: str
    partner: str
    scope: str
    rows: IntArray                # positions in the claims table
    conflicted: int               # claims of the group in a conflict
    pairs: tuple[tuple[int, int, str], ...] = field(default=())  # (row a, row b, verdict) inside the group

    @property
    def title(self) -> str:
        return _group_title(self.metric, self.economy, self.partner, self.scope)


@dataclass(frozen=True)
class _Charted:
    """The groups that get a chart, and how many qualified in all."""

    groups: tuple[_Group, ...]
    total: int
    chart_of: dict[tuple[str, str, str, str], int]   # group key -> chart number


def _column(df: pd.DataFrame, col: str) -> pd.Series[str]:
    if col not in df.columns:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    s = df[col]
    return s.astype(object).where(s.notna(), "").astype(str)


def _floats(df: pd.DataFrame, col: str) -> FloatArray:
    if col not in df.columns:
        return np.full(len(df), np.nan)
    return np.asarray(pd.to_numeric(df[col], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan))


def _month_index(s: pd.Series[str]) -> FloatArray:
    """``YYYY-MM`` -> months since 1970-01 (NaN when not a month)."""
    ok = s.str.fullmatch(_MONTH_RE).fillna(False).to_numpy(dtype=bool)
    year = pd.to_numeric(s.str.slice(0, 4), errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    month = pd.to_numeric(s.str.slice(5, 7), errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    out = (year - 1970.0) * 12.0 + month - 1.0
    return np.asarray(np.where(ok, out, np.nan), dtype=np.float64)


def _conflict_rows(conflicts: pd.DataFrame, position: Mapping[str, int]) -> list[tuple[int, int, str]]:
    """(claim row a, claim row b, verdict) for every conflict whose two claims are in the table."""
    out: list[tuple[int, int, str]] = []
    if conflicts.empty:
        return out
    a_ids, b_ids = _column(conflicts, "a_claim_id"), _column(conflicts, "b_claim_id")
    verdicts = _column(conflicts, "verdict")
    for a, b, verdict in zip(a_ids, b_ids, verdicts, strict=True):
        ra, rb = position.get(a), position.get(b)
        if ra is not None and rb is not None:
            out.append((ra, rb, verdict))
    return out


def _chart_groups(claims: pd.DataFrame, conflicts: pd.DataFrame, max_charts: int) -> _Charted:
    """The (metric, economy, partner, scope) groups with dated trade figures in US dollars, ranked."""
    claims = claims.reset_index(drop=True)
    position = {cid: i for i, cid in enumerate(_column(claims, "claim_id"))}
    metric = _column(claims, "metric")
    start, end = _month_index(_column(claims, "period_start")), _month_index(_column(claims, "period_end"))
    usd = _floats(claims, "value_usd")
    ok = (metric.isin(TRADE_METRICS).to_numpy(dtype=bool) & np.isfinite(usd) & np.isfinite(start)
          & np.isfinite(end) & (end >= start))
    rows = np.flatnonzero(ok)
    if len(rows) == 0:
        return _Charted((), 0, {})

    in_conflict = np.zeros(len(claims), dtype=bool)
    pairs = _conflict_rows(conflicts, position)
    for a, b, verdict in pairs:
        if verdict == "conflict":
            in_conflict[a] = in_conflict[b] = True

    keys = pd.DataFrame({
        "metric": metric.to_numpy()[rows],
        "economy": _column(claims, "economy").to_numpy()[rows],
        "partner": _column(claims, "partner").to_numpy()[rows],
        "scope": _column(claims, "scope").to_numpy()[rows],
        "row": rows,
        "conflicted": in_conflict[rows],
    })
    summary = keys.groupby(["metric", "economy", "partner", "scope"], sort=True).agg(
        n=("row", "size"), conflicted=("conflicted", "sum"))
    summary = summary.reset_index().sort_values(
        ["conflicted", "n", "metric", "economy", "partner", "scope"],
        ascending=[False, False, True, True, True, True], kind="stable")
    chosen = summary.head(max(max_charts, 0))
    members = keys.groupby(["metric", "economy", "partner", "scope"], sort=False)["row"]
    row_sets = {k: np.asarray(v, dtype=np.int64) for k, v in members}

    group_of = np.full(len(claims), -1, dtype=np.int64)
    built: list[tuple[tuple[str, str, str, str], IntArray, int]] = []
    chosen_cols = [chosen[c].astype(str) for c in ("metric", "economy", "partner", "scope")]
    for number, (*parts, n_conflicted) in enumerate(zip(*chosen_cols, chosen["conflicted"], strict=True)):
        key = (parts[0], parts[1], parts[2], parts[3])
        members_of = row_sets[key]
        group_of[members_of] = number
        built.append((key, members_of, int(_num(n_conflicted))))
    inside: list[list[tuple[int, int, str]]] = [[] for _ in built]
    for a, b, verdict in pairs:
        if group_of[a] >= 0 and group_of[a] == group_of[b]:
            inside[group_of[a]].append((a, b, verdict))
    groups = tuple(
        _Group(*key, rows=r, conflicted=c, pairs=tuple(inside[i])) for i, (key, r, c) in enumerate(built)
    )
    return _Charted(groups, len(summary), {key: i for i, (key, _, _) in enumerate(built)})


# --------------------------------------------------------------------------- drawing

_RC: dict[str, Any] = {
    "svg.fonttype": "path",        # glyphs as paths: the SVG needs no font on the reader's machine
    "svg.hashsalt": "tradecheck",  # stable ids, so the same input gives the same page
    "text.parse_math": False,      # a "$" in a document name is a dollar sign, not TeX
    "font.family": "DejaVu Sans",  # ships with matplotlib
    "font.size": 9,
    "axes.unicode_minus": False,
    "date.epoch": "1970-01-01T00:00:00",  # x positions are days since 1970 (see _days)
}
_SVG_METADATA: dict[str, str | None] = {"Date": None, "Creator": None, "Format": None, "Type": None}


def _days(months: FloatArray) -> FloatArray:
    """Months since 1970-01 -> matplotlib date numbers (days since the 1970 epoch set in ``_RC``)."""
    first_days = months.astype(np.int64).astype("datetime64[M]").astype("datetime64[D]")
    return np.asarray(first_days.astype(np.int64), dtype=np.float64)


def _rc() -> Any:
    """matplotlib's settings for our charts, as a context manager (leaves the caller's untouched)."""
    import matplotlib

    return matplotlib.rc_context(_RC)  # type: ignore[arg-type]


def _doc_colours(docs: Sequence[str]) -> dict[str, str]:
    """One colour per document, in order of first appearance."""
    out: dict[str, str] = {}
    for doc in docs:
        if doc not in out:
            out[doc] = _PALETTE[len(out) % len(_PALETTE)]
    return out


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class _Key:
    """One legend entry: a document's colour, or a drawing style and what it means."""

    label: str
    colour: str
    style: str  # "line", "dashed", "dotted", "band", "up", "down", "link", "link-dotted", "none"


def _draw(group: _Group, claims: pd.DataFrame, *, standalone: bool) -> tuple[Figure, list[_Key]]:
    """A timeline of one group's claims: a bar per claim across the months it covers.

    Returns the figure and its legend. A ``standalone`` chart (a file of its own)
    carries its title and legend inside; on the page both are HTML beside it, which
    keeps the text searchable and the drawing fast.
    """
    import matplotlib.dates as mdates
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator

    sub = claims.iloc[group.rows]
    start = _month_index(_column(sub, "period_start"))
    end = _month_index(_column(sub, "period_end")) + 1.0
    x0, x1 = _days(start), _days(end)
    mid = (x0 + x1) / 2.0
    v = _floats(sub, "value_usd")
    value = _floats(sub, "value")
    high = _floats(sub, "value_high")
    factor = np.where((value != 0) & np.isfinite(value), v / np.where(value == 0, 1.0, value), 1.0)
    v_high = high * factor
    qual = _column(sub, "qualifier").to_numpy()
    status = _column(sub, "status").to_numpy()
    docs = [str(d) for d in _column(sub, "doc")]
    colour_of = _doc_colours(docs)
    colours = [colour_of[d] for d in docs]
    derived = qual == "derived"
    tentative = np.isin(status, ["forecast", "target"])

    if standalone:
        fig = Figure(figsize=(10.0, 4.2), dpi=100)
        fig.subplots_adjust(left=0.085, right=0.69, top=0.9, bottom=0.11)
    else:
        fig = Figure(figsize=(6.8, 3.0), dpi=100)
        fig.subplots_adjust(left=0.12, right=0.98, top=0.96, bottom=0.12)
    ax = fig.add_subplot()
    if standalone:
        ax.set_title(_short(group.title, 70), loc="left", fontsize=11, fontweight="bold")

    # Bands first, so bars sit on top: approx figures +-10%, ranges from low to high end.
    bands = []
    band_colours = []
    for i in np.flatnonzero(qual == "approx"):
        lo, hi = sorted((v[i] * (1 - APPROX_BAND), v[i] * (1 + APPROX_BAND)))
        bands.append([(x0[i], lo), (x1[i], lo), (x1[i], hi), (x0[i], hi)])
        band_colours.append(colours[i])
    for i in np.flatnonzero((qual == "range") & np.isfinite(v_high)):
        lo, hi = sorted((v[i], v_high[i]))
        bands.append([(x0[i], lo), (x1[i], lo), (x1[i], hi), (x0[i], hi)])
        band_colours.append(colours[i])
    if bands:
        ax.add_collection(PolyCollection(bands, facecolors=band_colours, edgecolors="none", alpha=0.18,
                                         zorder=1))

    styles = ["dashed" if d else ("dotted" if t else "solid")
              for d, t in zip(derived, tentative, strict=True)]
    segments = [[(a, y), (b, y)] for a, b, y in zip(x0, x1, v, strict=True)]
    ax.add_collection(LineCollection(segments, colors=colours, linewidths=2.6, linestyles=styles,
                                     capstyle="butt", zorder=3))
    # End ticks, so bars of consecutive periods at the same level stay apart.
    ax.scatter(np.concatenate([x0, x1]), np.concatenate([v, v]), marker="|", s=40, linewidths=1.2,
               c=colours + colours, zorder=3)

    # Bounds: an arrow from the figure towards where the truth may lie, as far as the hedge reaches.
    for kind, reach in (("lower_bound", 1 + APPROX_BAND), ("upper_bound", 1 - APPROX_BAND)):
        idx = np.flatnonzero(qual == kind)
        if len(idx) == 0:
            continue
        tips = v[idx] * reach
        ax.vlines(mid[idx], v[idx], tips, colors=[colours[i] for i in idx], linewidths=1.4, zorder=4)
        up = tips > v[idx]
        for mask, marker in ((up, "^"), (~up, "v")):
            if mask.any():
                ax.scatter(mid[idx][mask], tips[mask], marker=marker, s=36,
                           c=[colours[i] for i in idx[mask]], zorder=4)

    # Conflicting pairs: a red line with markers between the middles of the two bars.
    local = {int(row): i for i, row in enumerate(group.rows)}
    link_styles = (("explained", _EXPLAINED_ORANGE, "dotted"), ("conflict", _CONFLICT_RED, "solid"))
    for verdict, colour, style in link_styles:
        links = [(local[a], local[b]) for a, b, vd in group.pairs if vd == verdict]
        if not links:
            continue
        ax.add_collection(LineCollection([[(mid[a], v[a]), (mid[b], v[b])] for a, b in links],
                                         colors=colour, linewidths=1.3, linestyles=style, zorder=5))
        ends = np.array([i for link in links for i in link], dtype=np.int64)
        ax.scatter(mid[ends], v[ends], marker="X", s=34, c=colour, edgecolors="white", linewidths=0.5,
                   zorder=6)

    _axes_limits(ax, x0, x1, v, v_high, qual)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: short_money(float(y))))
    if ax.get_yscale() == "log":
        y_low, y_high = ax.get_ylim()
        # 1-2-5 steps while they fit; over many decades, powers of ten only.
        subs = (1.0, 2.0, 5.0) if math.log10(y_high / y_low) <= 3 else (1.0,)
        ax.yaxis.set_major_locator(LogLocator(base=10.0, subs=subs))
        ax.yaxis.set_minor_locator(NullLocator())
    else:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_ylabel("US dollars")

    grey = "#555555"
    keys = [_Key(doc, colour, "line") for doc, colour in colour_of.items()]
    styles_used: list[tuple[bool, _Key]] = [
        (bool(derived.any()), _Key("derived from a growth rate", grey, "dashed")),
        (bool(tentative.any()), _Key("forecast or target", grey, "dotted")),
        (bool((qual == "approx").any()), _Key(f"about (±{APPROX_BAND:.0%})", grey, "band")),
        (bool((qual == "range").any()), _Key("range", grey, "band")),
        (bool((qual == "lower_bound").any()), _Key("more than (lower bound)", grey, "up")),
        (bool((qual == "upper_bound").any()), _Key("up to (upper bound)", grey, "down")),
        (any(p[2] == "conflict" for p in group.pairs), _Key("conflict", _CONFLICT_RED, "link")),
        (any(p[2] == "explained" for p in group.pairs),
         _Key("explained gap", _EXPLAINED_ORANGE, "link-dotted")),
    ]
    keys += [key for used, key in styles_used if used]
    if standalone:
        _mpl_legend(ax, keys)
    return fig, keys


def _mpl_legend(ax: Any, keys: Sequence[_Key]) -> None:
    """The legend drawn inside a standalone chart (documents first, at most ``_DOCS_IN_LEGEND``)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    docs = [k for k in keys if k.style == "line"]
    handles: list[Any] = [Line2D([], [], color=k.colour, linewidth=2.6, label=_short(k.label))
                          for k in docs[:_DOCS_IN_LEGEND]]
    if len(docs) > _DOCS_IN_LEGEND:
        handles.append(Line2D([], [], color="none", label=f"… {len(docs) - _DOCS_IN_LEGEND} more documents"))
    for k in keys:
        if k.style == "dashed":
            handles.append(Line2D([], [], color=k.colour, linestyle="dashed", linewidth=2, label=k.label))
        elif k.style == "dotted":
            handles.append(Line2D([], [], color=k.colour, linestyle="dotted", linewidth=2, label=k.label))
        elif k.style == "band":
            handles.append(Patch(facecolor=k.colour, alpha=0.25, label=k.label))
        elif k.style in ("up", "down"):
            handles.append(Line2D([], [], color=k.colour, marker="^" if k.style == "up" else "v",
                                  linestyle="none", label=k.label))
        elif k.style.startswith("link"):
            handles.append(Line2D([], [], color=k.colour, marker="X",
                                  linestyle="dotted" if k.style == "link-dotted" else "solid", label=k.label))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False,
              borderaxespad=0.0, handlelength=2.6)


def _axes_limits(ax: Any, x0: FloatArray, x1: FloatArray, v: FloatArray, v_high: FloatArray,
                 qual: npt.NDArray[Any]) -> None:
    """Pad the time axis by a month or two; log scale when the values span more than 20 times."""
    span = float(x1.max() - x0.min())
    pad = max(span * 0.03, 31.0)
    ax.set_xlim(float(x0.min()) - pad, float(x1.max()) + pad)
    reach = np.concatenate([v, v * (1 + APPROX_BAND), v * (1 - APPROX_BAND), v_high[np.isfinite(v_high)]])
    lo, hi = float(reach.min()), float(reach.max())
    if lo > 0 and hi / lo > 20:
        ax.set_yscale("log")
        ax.set_ylim(lo / 1.4, hi * 1.4)
    else:
        bottom, top = min(lo, 0.0), max(hi, 0.0)
        room = (top - bottom) * 0.08 or max(abs(hi), 1.0) * 0.1
        ax.set_ylim(bottom - (room if bottom < 0 else 0.0), top + room)


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    with _rc():
        fig.savefig(buf, format="svg", metadata=_SVG_METADATA)
    return buf.getvalue()


_XML_PROLOGUE = re.compile(r"\A.*?(?=<svg\b)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ROOT_ATTRS = re.compile(r'\s(?:width|height|xmlns(?::xlink)?)="[^"]*"')


def _inline_svg(svg: str, number: int, caption_id: str) -> str:
    """A standalone matplotlib SVG made fit to sit inside the page.

    Drops the XML prologue and comments (matplotlib writes each text as a comment),
    gives every id a per-chart prefix (several charts share glyph and clip ids), lets
    the width follow the page, and labels the image with its caption for screen readers.
    """
    svg = _XML_PROLOGUE.sub("", svg, count=1)
    svg = _COMMENT.sub("", svg)
    prefix = f"c{number}-"
    svg = re.sub(r'\bid="', f'id="{prefix}', svg)
    svg = svg.replace('href="#', f'href="#{prefix}').replace("url(#", f"url(#{prefix}")
    head_end = svg.index(">")
    head = _ROOT_ATTRS.sub("", svg[:head_end])
    head += f' class="chart" role="img" aria-labelledby="{caption_id}"'
    return head + svg[head_end:].rstrip() + "\n"


def _render_charts(claims: pd.DataFrame, charted: _Charted) -> Iterator[tuple[_Group, str, list[_Key]]]:
    with _rc():
        for group in charted.groups:
            fig, keys = _draw(group, claims, standalone=False)
            yield group, _svg(fig), keys
            fig.clear()


# --------------------------------------------------------------------------- charts on disk

def _file_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "x"


def _write_atomic(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_charts(claims: pd.DataFrame, conflicts: pd.DataFrame, folder: str, *,
                 max_charts: int = MAX_CHARTS) -> list[str]:
    """Write one PNG and one SVG per (pair, metric) chart into ``folder``; return their paths.

    The same charts as in the report (at most ``max_charts``, the groups with the
    most conflicting claims, then the most claims), named
    ``NN-metric-economy-partner[-scope].png`` / ``.svg``. The folder is created when
    missing; each file is written whole, then renamed into place.
    """
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the charts folder ({exc.strerror or exc})") from exc
    claims = claims.reset_index(drop=True)
    charted = _chart_groups(claims, conflicts, max_charts)
    paths: list[str] = []
    with _rc():
        for number, group in enumerate(charted.groups, start=1):
            stem = "-".join(_file_part(p) for p in (group.metric, group.economy, group.partner or "unknown"))
            if group.scope:
                stem += "-" + _file_part(group.scope)
            stem = f"{number:02d}-{stem}"
            fig, _ = _draw(group, claims, standalone=True)
            for ext in ("png", "svg"):
                buf = io.BytesIO()
                if ext == "png":
                    fig.savefig(buf, format="png", dpi=120)
                else:
                    fig.savefig(buf, format="svg", metadata=_SVG_METADATA)
                path = target / f"{stem}.{ext}"
                try:
                    _write_atomic(path, buf.getvalue())
                except OSError as exc:
                    raise OutputError(f"{path}: cannot write the chart ({exc.strerror or exc})") from exc
                paths.append(str(path))
            fig.clear()
    return paths


# --------------------------------------------------------------------------- the page

_CSS = """
:root{--ink:#1d232b;--muted:#5d6875;--line:#d9dee4;--bg:#f6f7f9;--card:#fff;--red:#c62828;--amber:#b26a00;
--mark:#fff2a8;--accent:#0b5cad}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",
sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#1d2f44;color:#fff;padding:18px 32px}
header.top h1{margin:0;font-size:24px}
header.top p{margin:4px 0 0;color:#c9d4e0;font-size:14px}
nav{display:flex;gap:18px;padding:8px 32px;background:#fff;border-bottom:1px solid var(--line);
position:sticky;top:0;z-index:2}
nav a{color:var(--accent);text-decoration:none;font-weight:600}
main{padding:8px 32px 48px;max-width:1500px}
section{margin-top:28px}
h2{font-size:20px;margin:0 0 12px;border-bottom:2px solid var(--line);padding-bottom:4px}
.stats{display:flex;flex-wrap:wrap;gap:12px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px}
.stat b{display:block;font-size:28px;line-height:1.2}
.stat span{color:var(--muted);font-size:13px}
.note{color:var(--muted);font-size:13px}
table{border-collapse:collapse;background:var(--card);width:100%;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef1f4}
.wide{overflow-x:auto}
td.doc{max-width:190px;overflow-wrap:anywhere}
td.num{text-align:right;white-space:nowrap}
td.sent{min-width:280px;color:#333}
tr:target{outline:3px solid var(--accent)}
tr.in-conflict td:first-child{border-left:4px solid var(--red)}
mark{background:var(--mark);padding:0 2px;border-radius:2px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:16px}
figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px}
figcaption{font-size:13px;color:var(--muted);padding:0 6px 4px}
figcaption b{color:var(--ink)}
svg.chart{width:100%;height:auto;display:block}
.legend{list-style:none;margin:2px 6px 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 16px;font-size:12px}
.legend li{display:flex;align-items:center;gap:6px;overflow-wrap:anywhere}
.sw{display:inline-block;flex:none;width:24px;height:0;border-top:3px solid #555}
.sw.dashed{border-top-style:dashed}
.sw.dotted{border-top-style:dotted}
.sw.band{height:10px;border:0;opacity:.3}
.mk{font-style:normal;font-size:12px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:14px}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--red);border-radius:8px;
padding:10px 14px}
.card.explained{border-left-color:var(--amber)}
.card:target{outline:3px solid var(--accent)}
.card h3{margin:0 0 6px;font-size:15px;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.badge{font-size:12px;font-weight:700;text-transform:uppercase;border-radius:4px;padding:1px 6px;color:#fff;
background:var(--red)}
.badge.explained{background:var(--amber)}
.kind{font-size:12px;border:1px solid var(--line);border-radius:4px;padding:1px 6px;color:var(--muted)}
.ratio{font-weight:700}
.card p.expl{margin:4px 0 8px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.side{background:#fafbfc;border:1px solid var(--line);border-radius:6px;padding:6px 8px;font-size:13px}
.side blockquote{margin:4px 0;font-style:italic}
.side .who{font-weight:600;word-break:break-all}
.links{font-size:13px;margin-top:6px}
a{color:var(--accent)}
form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:0 0 10px;padding:8px 10px;
background:var(--card);border:1px solid var(--line);border-radius:8px;font-size:13px}
form.filters select{max-width:320px}
.empty{color:var(--muted);font-style:italic}
@media print{nav,form.filters{display:none}}
"""

# The only script on the page. It reads no document text into code: it compares the
# rows' data-* attributes (escaped by the server) with the values of the filter menus.
_SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("claims-table");
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var count = document.getElementById("filter-count");
  function apply() {
    var pair = form.elements.pair.value, metric = form.elements.metric.value, doc = form.elements.doc.value;
    var onlyConflicts = form.elements.conflicted.checked;
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var keep = (!pair || d.pair === pair) && (!metric || d.metric === metric) && (!doc || d.doc === doc) &&
        (!onlyConflicts || d.conflicted === "1");
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " claims shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    # Inline style attributes are needed by the SVG charts, so styles stay 'unsafe-inline';
    # scripts are allowed by hash only, which also blocks inline event handlers and javascript: URLs.
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
            "img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'")


@dataclass
class _Page:
    """What the page's sections share: claims by row, their anchors and conflicts."""

    claims: pd.DataFrame
    conflicts: pd.DataFrame
    position: dict[str, int]
    anchors: list[str]
    conflict_ids_of: dict[int, list[str]]
    verdicts_of: dict[int, set[str]]
    qualifiers: list[str]


def _page_data(claims: pd.DataFrame, conflicts: pd.DataFrame) -> _Page:
    claims = claims.reset_index(drop=True)
    conflicts = conflicts.reset_index(drop=True)
    ids = list(_column(claims, "claim_id"))
    position: dict[str, int] = {}
    anchors: list[str] = []
    taken: set[str] = set()
    for i, cid in enumerate(ids):
        position.setdefault(cid, i)
        anchor = _anchor("claim", cid)
        while anchor in taken:  # duplicate ids in a hand-made table still get one anchor per row
            anchor = f"{anchor}-{i}"
        taken.add(anchor)
        anchors.append(anchor)
    conflict_ids_of: dict[int, list[str]] = {}
    verdicts_of: dict[int, set[str]] = {}
    columns = [_column(conflicts, c) for c in ("conflict_id", "a_claim_id", "b_claim_id", "verdict")]
    for cid, a, b, verdict in zip(*columns, strict=True):
        for side in (a, b):
            row = position.get(side)
            if row is not None:
                conflict_ids_of.setdefault(row, []).append(cid)
                verdicts_of.setdefault(row, set()).add(verdict)
    return _Page(claims, conflicts, position, anchors, conflict_ids_of, verdicts_of,
                 list(_column(claims, "qualifier")))


def _claim_link(page: _Page, claim_id: str, label: str | None = None) -> str:
    row = page.position.get(claim_id)
    text = _e(label if label is not None else claim_id)
    if row is None:
        return text
    return f'<a href="#{page.anchors[row]}">{text}</a>'


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _stat(number: Any, label: str) -> str:
    return f'<div class="stat"><b>{_e(number)}</b><span>{_e(label)}</span></div>'


def _overview(page: _Page, suspects: pd.DataFrame, charted: _Charted, documents: int | None) -> str:
    claims, conflicts = page.claims, page.conflicts
    docs_with_figures = _column(claims, "doc").nunique()
    derived = int((_column(claims, "qualifier") == "derived").sum())
    verdicts = _column(conflicts, "verdict")
    n_conflict = int((verdicts == "conflict").sum())
    n_explained = int((verdicts == "explained").sum())
    kinds = _column(conflicts, "kind").value_counts()
    parts = ['<section id="overview"><h2>Overview</h2><div class="stats">']
    if documents is not None:
        parts.append(_stat(documents, "documents read"))
    parts.append(_stat(docs_with_figures, "documents with figures"))
    parts.append(_stat(len(claims), f"figures found ({len(claims) - derived} stated, {derived} derived)"))
    parts.append(_stat(charted.total, "pair and metric groups with dated trade figures"))
    parts.append(_stat(len(conflicts), f"conflicts: {n_conflict} conflict, {n_explained} explained"))
    parts.append("</div>")
    if len(kinds):
        by_kind = ", ".join(f"{_e(_KIND_NAMES.get(str(k), str(k)))}: {int(n)}" for k, n in kinds.items())
        parts.append(f'<p class="note">By kind: {by_kind}.</p>')
    parts.append("<h3>Top suspects</h3>")
    if suspects is None or suspects.empty:
        parts.append('<p class="empty">No claim is in a conflict.</p></section>')
        return "".join(parts)
    parts.append('<p class="note">The claims in the most conflicts (verdict “conflict” only): '
                 "check these first.</p>")
    parts.append("<table><thead><tr><th>claim</th><th>document</th><th>figure</th><th>value</th>"
                 "<th>period</th><th>what</th><th>conflicts</th></tr></thead><tbody>")
    for raw in suspects.head(10).to_dict("records"):
        rec = {str(k): v for k, v in raw.items()}
        cid = _text(rec.get("claim_id"))
        row = page.position.get(cid)
        derived = row is not None and page.qualifiers[row] == "derived"
        what = f"{_text(rec.get('metric'))} {_text(rec.get('economy'))}–{_text(rec.get('partner'))}"
        links = ", ".join(f'<a href="#{_anchor("conflict", c)}">{_e(c)}</a>'
                          for c in _text(rec.get("conflict_ids")).split(";") if c)
        parts.append(
            f"<tr><td>{_claim_link(page, cid)}</td><td>{_e(rec.get('doc'))}</td>"
            f"<td>{_e(rec.get('surface'))}</td>"
            f'<td class="num">{_e(_usd(_num(rec.get("value_usd")), 1 if derived else None))}</td>'
            f'<td>{_e(rec.get("period_label"))}</td>'
            f"<td>{_e(what)}</td><td>{_e(rec.get('conflicts'))}: {links}</td></tr>"
        )
    parts.append("</tbody></table></section>")
    return "".join(parts)


def _charts_section(page: _Page, charted: _Charted, max_charts: int) -> str:
    parts = ['<section id="charts"><h2>Timelines</h2>']
    if not charted.groups:
        parts.append('<p class="empty">No trade figure with a period and a US-dollar value to chart.</p>'
                     "</section>")
        return "".join(parts)
    shown = len(charted.groups)
    if charted.total > shown:
        parts.append(f'<p class="note">Showing {shown} of {charted.total} groups: the {max_charts} with '
                     "the most claims in conflict, then the most claims. Every claim is in the table "
                     "below.</p>")
    parts.append('<p class="note">Each bar is one claim across the months it covers, coloured by document. '
                 "Dashed: derived from a growth rate; shaded: an approximate figure (±10%) or a range; "
                 "arrow: a bound (“more than”, “up to”); red line: two claims in conflict.</p>")
    parts.append('<div class="charts">')
    for number, (group, svg, keys) in enumerate(_render_charts(page.claims, charted)):
        sub = page.claims.iloc[group.rows]
        caption_id = f"chart-{number}-caption"
        n_docs = _column(sub, "doc").nunique()
        n_pairs = sum(1 for p in group.pairs if p[2] == "conflict")
        parts.append(
            f'<figure id="chart-{number}"><figcaption id="{caption_id}"><b>{_e(group.title)}</b> · '
            f'{_count(len(group.rows), "claim")} from {_count(n_docs, "document")} · '
            f'{_count(n_pairs, "conflict")} drawn</figcaption>'
            f"{_inline_svg(svg, number, caption_id)}{_html_legend(keys)}</figure>"
        )
    parts.append("</div></section>")
    return "".join(parts)


_MARKS = {"up": "▲", "down": "▼", "link": "✖", "link-dotted": "✖"}


def _html_legend(keys: Sequence[_Key], max_docs: int = 30) -> str:
    """A chart's legend as HTML: documents by colour, then the styles the chart uses."""
    items: list[str] = []
    docs = [k for k in keys if k.style == "line"]
    for k in docs[:max_docs]:
        items.append(f'<li><i class="sw" style="border-top-color:{_e(k.colour)}"></i>{_e(k.label)}</li>')
    if len(docs) > max_docs:
        items.append(f"<li>… and {len(docs) - max_docs} more documents (colours repeat)</li>")
    for k in keys:
        if k.style in ("dashed", "dotted"):
            swatch = f'<i class="sw {k.style}" style="border-top-color:{_e(k.colour)}"></i>'
        elif k.style == "band":
            swatch = f'<i class="sw band" style="background:{_e(k.colour)}"></i>'
        elif k.style in _MARKS:
            swatch = f'<i class="mk" style="color:{_e(k.colour)}">{_MARKS[k.style]}</i>'
        else:
            continue
        items.append(f"<li>{swatch}{_e(k.label)}</li>")
    return f'<ul class="legend">{"".join(items)}</ul>'


def _side(page: _Page, rec: Mapping[str, Any], side: str) -> str:
    cid = _text(rec.get(f"{side}_claim_id"))
    row = page.position.get(cid)
    claim: dict[str, Any] = {}
    if row is not None:
        claim = {str(k): v for k, v in page.claims.iloc[row].items()}
    surface = _text(claim.get("surface")) or _text(rec.get(f"{side}_surface"))
    sentence = _text(claim.get("sentence")) or _text(rec.get(f"{side}_sentence"))
    doc = _text(claim.get("doc")) or _text(rec.get(f"{side}_doc"))
    period = _text(rec.get(f"{side}_period_label")) or _text(claim.get("period_label"))
    value = _usd(_num(rec.get(f"{side}_value_usd")), 1 if claim.get("qualifier") == "derived" else None)
    support = _text(rec.get(f"support_{side}"))
    details = [x for x in (value, period, _text(claim.get("qualifier")),
                           f"stated in {support} document(s)" if support else "") if x]
    origin = ""
    base = _text(claim.get("derived_from"))
    if base:
        origin = f" · derived from {_claim_link(page, base)}"
    attributed = _text(claim.get("attributed_to"))
    credit = f" · according to {_e(attributed)}" if attributed else ""
    return (
        f'<div class="side"><div class="who">{side.upper()} · {_e(doc)}</div>'
        f"<blockquote>{_highlight(sentence, surface, context=_CONTEXT_CHARS)}</blockquote>"
        f"<div>{_e(' · '.join(details))}{credit}</div>"
        f'<div class="links">claim {_claim_link(page, cid)}{origin}</div></div>'
    )


def _cards_section(page: _Page, charted: _Charted, max_cards: int) -> str:
    conflicts = page.conflicts
    parts = ['<section id="conflicts"><h2>Conflicts</h2>']
    if conflicts.empty:
        parts.append('<p class="empty">No two claims contradict each other.</p></section>')
        return "".join(parts)
    order = np.argsort((_column(conflicts, "verdict") != "conflict").to_numpy(dtype=np.int64), kind="stable")
    chosen = conflicts.iloc[order[: max(max_cards, 0)]]
    if len(chosen) < len(conflicts):
        parts.append(f'<p class="note">Showing the first {len(chosen)} of {len(conflicts)} conflicts '
                     "(conflicts before explained gaps); the full list is the conflicts table "
                     "(<code>tradecheck conflicts</code>).</p>")
    parts.append('<div class="cards">')
    for raw in chosen.to_dict("records"):
        rec = {str(k): v for k, v in raw.items()}
        verdict = _text(rec.get("verdict")) or "conflict"
        kind = _text(rec.get("kind"))
        ratio = _num(rec.get("ratio"))
        ratio_text = f"×{ratio:.2f}" if math.isfinite(ratio) else ""
        key = (_text(rec.get("metric")), _text(rec.get("economy")), _text(rec.get("partner")),
               _text(rec.get("scope")))
        what = f"{_group_title(*key)} · {_text(rec.get('period_label'))}"
        css = "explained" if verdict == "explained" else "conflict"
        chart = charted.chart_of.get(key)
        chart_link = f' · <a href="#chart-{chart}">timeline</a>' if chart is not None else ""
        parts.append(
            f'<article class="card {css}" id="{_anchor("conflict", _text(rec.get("conflict_id")))}">'
            f'<h3><span class="badge {css}">{_e(verdict)}</span>'
            f'<span class="kind">{_e(_KIND_NAMES.get(kind, kind))}</span>'
            f'<span class="ratio">{_e(ratio_text)}</span><span>{_e(what)}</span></h3>'
            f'<p class="expl">{_e(rec.get("explanation"))}</p>'
            f'<div class="sides">{_side(page, rec, "a")}{_side(page, rec, "b")}</div>'
            f'<div class="links">{_e(rec.get("conflict_id"))}{chart_link}</div></article>'
        )
    parts.append("</div></section>")
    return "".join(parts)


def _options(values: Iterable[str], label: str, name: str) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(_short(v, 60))}</option>' for v in sorted(set(values)) if v)
    return f'<label>{_e(label)} <select name="{name}"><option value="">all</option>{opts}</select></label>'


_TABLE_HEAD = ("claim", "document", "figure", "value", "qualifier", "metric", "economy → partner", "period",
               "attributed to", "sentence", "conflicts")


def _claims_section(page: _Page) -> str:
    claims = page.claims
    docs = list(_column(claims, "doc"))
    economies = list(_column(claims, "economy"))
    partners = list(_column(claims, "partner"))
    metrics = list(_column(claims, "metric"))
    pairs = [_pair(e, p) for e, p in zip(economies, partners, strict=True)]
    parts = [
        f'<section id="claims"><h2>Claims</h2><p class="note">All {len(claims)} figures found, in document '
        "order. A red edge marks a claim in a conflict.</p>",
        '<form class="filters" id="filters" hidden>',
        _options(pairs, "Pair", "pair"), _options(metrics, "Metric", "metric"),
        _options(docs, "Document", "doc"),
        '<label><input type="checkbox" name="conflicted"> only claims in conflicts</label>',
        '<button type="reset">clear</button><span id="filter-count" class="note"></span></form>',
        '<div class="wide"><table id="claims-table"><thead><tr>',
        "".join(f"<th>{h}</th>" for h in _TABLE_HEAD),
        "</tr></thead><tbody>",
    ]
    cols = {c: list(_column(claims, c)) for c in (
        "claim_id", "surface", "value", "currency", "qualifier", "status", "period_label", "attributed_to",
        "sentence", "derived_from")}
    value = _floats(claims, "value")
    usd = _floats(claims, "value_usd")
    for i in range(len(claims)):
        cids = page.conflict_ids_of.get(i, [])
        conflicted = "conflict" in page.verdicts_of.get(i, set())
        currency = cols["currency"][i]
        decimals = 1 if cols["qualifier"][i] == "derived" else None
        shown = money(value[i], currency, decimals=decimals) if math.isfinite(value[i]) and currency else ""
        if currency != "USD" and math.isfinite(usd[i]):
            shown = f"{shown} (≈ {_usd(usd[i], decimals)})" if shown else _usd(usd[i], decimals)
        links = " ".join(f'<a href="#{_anchor("conflict", c)}">{_e(c)}</a>' for c in cids)
        base = cols["derived_from"][i]
        surface = _e(cols["surface"][i])
        if base:
            surface += f"<br><small>from {_claim_link(page, base)}</small>"
        sentence = _highlight(cols["sentence"][i], cols["surface"][i], context=_CONTEXT_CHARS)
        row_class = ' class="in-conflict"' if conflicted else ""
        status = cols["status"][i]
        qualifier = cols["qualifier"][i] + (f", {status}" if status and status != "actual" else "")
        who = f"{economies[i]} → {partners[i]}" if partners[i] else economies[i]
        parts.append(
            f'<tr id="{page.anchors[i]}" data-pair="{_e(pairs[i])}" data-metric="{_e(metrics[i])}" '
            f'data-doc="{_e(docs[i])}" data-conflicted="{1 if conflicted else 0}"{row_class}>'
            f'<td>{_e(cols["claim_id"][i])}</td><td class="doc">{_e(docs[i])}</td><td>{surface}</td>'
            f'<td class="num">{_e(shown)}</td><td>{_e(qualifier)}</td>'
            f"<td>{_e(metrics[i])}</td><td>{_e(who)}</td>"
            f"<td>{_e(cols['period_label'][i])}</td><td>{_e(cols['attributed_to'][i])}</td>"
            f'<td class="sent">{sentence}</td>'
            f"<td>{links}</td></tr>"
        )
    parts.append("</tbody></table></div></section>")
    return "".join(parts)


def build_report(
    claims: pd.DataFrame,
    conflicts: pd.DataFrame,
    suspects: pd.DataFrame,
    *,
    title: str = "tradecheck report",
    documents: int | None = None,
    max_charts: int = MAX_CHARTS,
    max_cards: int = MAX_CARDS,
) -> str:
    """The whole report as one HTML page (a ``str``), self-contained and safe to open offline.

    ``claims`` is the claims table, ``conflicts`` the table from ``find_conflicts``,
    ``suspects`` the one from ``rank_suspects``. ``documents``, when given, is the
    number of documents read (documents without any figure are not in the claims
    table). At most ``max_charts`` timelines and ``max_cards`` conflict cards are
    drawn; the claims table is always complete.
    """
    page = _page_data(claims, conflicts)
    charted = _chart_groups(page.claims, page.conflicts, max_charts)
    body = [
        _overview(page, suspects, charted, documents),
        _charts_section(page, charted, max_charts),
        _cards_section(page, charted, max_cards),
        _claims_section(page),
    ]
    subtitle = (f"{len(page.claims)} figures from {_column(page.claims, 'doc').nunique()} documents · "
                f"{len(page.conflicts)} conflicts · made by tradecheck")
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp())}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="referrer" content="no-referrer">\n',
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
        f'<header class="top"><h1>{_e(title)}</h1><p>{_e(subtitle)}</p></header>\n',
        '<nav><a href="#overview">Overview</a><a href="#charts">Timelines</a>'
        '<a href="#conflicts">Conflicts</a><a href="#claims">Claims</a></nav>\n<main>\n',
        "\n".join(body),
        f"\n</main>\n<script>{_SCRIPT}</script>\n</body></html>\n",
    ])
