"""Claims table -> conflicts table: the pairs of figures that cannot both be true.

Every claim becomes an interval of the values it allows (see "Tolerance" in the
contract); two claims about the same thing disagree when their intervals do not
meet, a part of a period disagrees with its whole when the part's lowest value
exceeds the whole's highest, and exports or imports disagree with the total trade
they belong to in the same way.

The search is vectorised: claims are grouped by what they are about, and inside a
group a sort plus ``searchsorted`` finds, for every claim, the claims lying wholly
above it, so the cost follows the number of claims and conflicts, not their square.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from tradecheck.errors import UsageError
from tradecheck.table import conflicts_frame

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
ObjArray = npt.NDArray[np.object_]

#: Metrics whose figures are compared; investment, GDP and the rest never are.
TRADE_METRICS: tuple[str, ...] = ("trade_total", "exports", "imports", "trade_balance")
#: Metrics that are parts of ``trade_total`` between the same two economies.
COMPONENT_METRICS: tuple[str, ...] = ("exports", "imports")

MIRROR_CAUSES = "CIF/FOB valuation about 6%, timing, re-exports"

SUSPECT_COLUMNS: tuple[str, ...] = (
    "claim_id", "doc", "surface", "conflicts", "conflict_ids", "value_usd", "period_label",
    "metric", "economy", "partner",
)

_EMPTY_INT: IntArray = np.zeros(0, dtype=np.int64)


# --------------------------------------------------------------------------- columns

class _Columns:
    """Read-once access to a claims table: text columns as integer codes, numbers as floats.

    Working on codes keeps a million-row table fast: only the few distinct values
    of a column are ever turned into Python strings.
    """

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self.n = len(df)
        self._cats: dict[str, tuple[IntArray, pd.Index]] = {}
        self._nums: dict[str, FloatArray] = {}

    def cat(self, col: str) -> tuple[IntArray, pd.Index]:
        """Codes into distinct values; a missing value is the empty string."""
        if col not in self._cats:
            if col in self.df.columns:
                s = self.df[col]
                if s.dtype == object or not pd.api.types.is_string_dtype(s.dtype):
                    s = s.astype(object).where(s.notna(), "").astype(str)
                else:
                    s = s.fillna("")
                codes, uniq = pd.factorize(s)
                self._cats[col] = (np.asarray(codes, dtype=np.int64), pd.Index(uniq))
            else:
                self._cats[col] = (np.zeros(self.n, dtype=np.int64), pd.Index([""], dtype=object))
        return self._cats[col]

    def vocab(self, col: str) -> ObjArray:
        return np.asarray(self.cat(col)[1], dtype=object)

    def small_text(self, col: str) -> ObjArray:
        """The whole column as strings: only for columns with few distinct values."""
        codes, _ = self.cat(col)
        return self.vocab(col)[codes]

    def text(self, col: str, rows: IntArray) -> ObjArray:
        codes, uniq = self.cat(col)
        return np.asarray(uniq.take(codes[rows]), dtype=object)

    def is_in(self, col: str, values: Iterable[str]) -> BoolArray:
        codes, _ = self.cat(col)
        return np.asarray(np.isin(self.vocab(col), list(values))[codes], dtype=bool)

    def num(self, col: str) -> FloatArray:
        if col not in self._nums:
            if col in self.df.columns:
                values = pd.to_numeric(self.df[col], errors="coerce")
                self._nums[col] = np.asarray(values.to_numpy(dtype=np.float64, na_value=np.nan))
            else:
                self._nums[col] = np.full(self.n, np.nan)
        return self._nums[col]

    def flag(self, col: str) -> BoolArray:
        if col in self.df.columns and pd.api.types.is_bool_dtype(self.df[col].dtype):
            return np.asarray(self.df[col].to_numpy(dtype=bool, na_value=False))
        codes, _ = self.cat(col)
        yes = {"true", "1", "yes", "1.0"}
        truthy = np.array([v.strip().lower() in yes for v in self.vocab(col)], dtype=bool)
        return np.asarray(truthy[codes], dtype=bool)


def _codes(*columns: npt.ArrayLike) -> IntArray:
    """One dense integer code per distinct combination of the columns (NaN is a value)."""
    code: IntArray | None = None
    size = 1
    for col in columns:
        arr = np.asarray(col)
        if arr.dtype.kind in "iub" and arr.size and int(arr.max()) - int(arr.min()) < 1 << 24:
            # Small integer codes already: use them as they are.
            low = int(arr.min())
            c64 = arr.astype(np.int64) - low
            n = int(c64.max()) + 1
        else:
            c, uniq = pd.factorize(arr, use_na_sentinel=False)
            c64 = np.asarray(c, dtype=np.int64)
            n = max(len(uniq), 1)
        if code is None:
            code, size = c64, n
            continue
        if size * n >= 1 << 62:
            code = np.asarray(pd.factorize(code)[0], dtype=np.int64)
            size = int(code.max(initial=0)) + 1
        code = code * np.int64(n) + c64
        size *= n
    if code is None:
        raise ValueError("_codes needs at least one column")
    return np.asarray(pd.factorize(code)[0], dtype=np.int64)


def _months(cols: _Columns, col: str) -> FloatArray:
    """'YYYY-MM' -> months since year 0 (NaN when empty or malformed)."""
    codes, _ = cols.cat(col)
    parsed = []
    for label in cols.vocab(col):
        text = str(label).strip()
        ok = len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit()
        month = int(text[5:]) if ok else 0
        parsed.append(int(text[:4]) * 12 + month - 1 if ok and 1 <= month <= 12 else np.nan)
    return np.asarray(np.array(parsed, dtype=np.float64)[codes], dtype=np.float64)


# --------------------------------------------------------------------------- intervals

def _check_tolerances(**values: float) -> None:
    for name, value in values.items():
        if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
            raise UsageError(f"{name} must be a finite number >= 0, not {value!r}")


def _widen(lo: FloatArray, hi: FloatArray, rel: FloatArray | float) -> tuple[FloatArray, FloatArray]:
    """Widen [lo, hi] away from the value by ``rel`` of each end's magnitude (signs kept)."""
    with np.errstate(invalid="ignore"):
        new_lo = np.where(np.isfinite(lo), lo - np.abs(lo) * rel, lo)
        new_hi = np.where(np.isfinite(hi), hi + np.abs(hi) * rel, hi)
    return new_lo.astype(np.float64), new_hi.astype(np.float64)


def _intervals(
    cols: _Columns, tolerance: float, approx_tolerance: float, hard_bounds: bool
) -> tuple[FloatArray, FloatArray]:
    """The interval each claim allows, in its own currency and its own sign convention."""
    n = cols.n
    value = cols.num("value")
    value_high = cols.num("value_high")
    il = cols.num("interval_low")
    ih = cols.num("interval_high")
    qual = cols.small_text("qualifier")
    inf = np.inf
    at = approx_tolerance

    # Exact, approx, range: the stated interval (rounding or the range's ends), else the value.
    base_lo = np.where(np.isnan(il), value, il)
    top = np.where(np.isnan(value_high), value, value_high)
    base_hi = np.where(np.isnan(ih), top, ih)
    base_lo, base_hi = np.fmin(base_lo, base_hi), np.fmax(base_lo, base_hi)
    rel = np.where(qual == "approx", at, tolerance)
    lo, hi = _widen(base_lo, base_hi, rel)

    # Bounds are on the size: "a deficit of over $57 bn" (-57e9) allows -57e9 and below.
    v = value
    mag = np.abs(v)
    pos = v >= 0
    is_lower = qual == "lower_bound"
    lb_lo = np.where(pos, v, (-inf if hard_bounds else v - mag * at))
    lb_hi = np.where(pos, (inf if hard_bounds else v + mag * at), v)
    is_upper = qual == "upper_bound"
    ub_lo = np.where(pos, (0.0 if hard_bounds else v - mag * at), v)
    ub_hi = np.where(pos, v, (0.0 if hard_bounds else v + mag * at))
    lo = np.where(is_lower, lb_lo, np.where(is_upper, ub_lo, lo))
    hi = np.where(is_lower, lb_hi, np.where(is_upper, ub_hi, hi))

    # Derived: the spread from both roundings; an open side (its base was a bound) is
    # capped like a bound's far side.
    is_derived = qual == "derived"
    d_lo_known = ~np.isnan(il)
    d_hi_known = ~np.isnan(ih)
    point = ~d_lo_known & ~d_hi_known
    k_lo = np.where(d_lo_known, il, np.where(point, value, np.nan))
    k_hi = np.where(d_hi_known, ih, np.where(point, value, np.nan))
    k_lo, k_hi = np.fmin(k_lo, k_hi), np.fmax(k_lo, k_hi)
    w_lo, w_hi = _widen(k_lo, k_hi, tolerance)
    open_lo = d_hi_known & ~d_lo_known
    open_hi = d_lo_known & ~d_hi_known
    with np.errstate(invalid="ignore"):
        cap_lo = -inf if hard_bounds else ih - np.abs(ih) * at
        cap_hi = inf if hard_bounds else il + np.abs(il) * at
    d_lo = np.where(open_lo, cap_lo, w_lo)
    d_hi = np.where(open_hi, cap_hi, w_hi)
    # The open side was filled from the known end, so widen only the known one.
    d_lo = np.where(open_hi, _widen(il, il, tolerance)[0], d_lo)
    d_hi = np.where(open_lo, _widen(ih, ih, tolerance)[1], d_hi)
    lo = np.where(is_derived, d_lo, lo)
    hi = np.where(is_derived, d_hi, hi)

    lo = np.asarray(lo, dtype=np.float64).reshape(n)
    hi = np.asarray(hi, dtype=np.float64).reshape(n)
    bad = np.isnan(lo) | np.isnan(hi)
    lo[bad] = np.nan
    hi[bad] = np.nan
    return lo, hi


def _usd_factor(cols: _Columns) -> FloatArray:
    value = cols.num("value")
    value_usd = cols.num("value_usd")
    is_usd = cols.is_in("currency", ["USD"])
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.abs(value_usd / value)
    factor = np.where(is_usd & np.isnan(value_usd), 1.0, factor)
    factor = np.where(is_usd & (value == 0), 1.0, factor)
    factor[~np.isfinite(factor) | (factor == 0)] = np.nan
    return np.asarray(factor, dtype=np.float64)


def claim_intervals(
    claims: pd.DataFrame,
    *,
    tolerance: float = 0.02,
    approx_tolerance: float = 0.10,
    hard_bounds: bool = False,
    fx_tolerance: float = 0.03,
) -> pd.DataFrame:
    """A copy of ``claims`` with the interval each claim allows.

    ``lo``/``hi`` are in the claim's currency and sign (a deficit is negative);
    ``lo_usd``/``hi_usd`` are the same interval in US dollars (scaled by
    ``value_usd / value``, widened by ``fx_tolerance`` when the currency is not USD;
    NaN when there is no dollar value). An open side is ``-inf``/``inf``.

    Widening is always outwards, whatever the sign: the low end loses
    ``|low| * t``, the high end gains ``|high| * t``.

    - exact: ``interval_low..interval_high`` (the rounding) widened by ``tolerance``;
    - approx: the rounding widened by ``approx_tolerance``;
    - range: its ends widened by ``tolerance``;
    - lower_bound / upper_bound bound the size, on the figure's side of zero:
      "over 46.5" is 46.5..46.5*(1+at) ("over a 57 deficit" is -57*(1+at)..-57);
      "up to 50" is 50*(1-at)..50. With ``hard_bounds`` the far side is open
      (to +/-inf for a lower bound, to 0 for an upper bound);
    - derived: its interval widened by ``tolerance``; a side left open (its base
      was a bound) is capped ``approx_tolerance`` from the known end, or open
      with ``hard_bounds``.
    """
    _check_tolerances(tolerance=tolerance, approx_tolerance=approx_tolerance, fx_tolerance=fx_tolerance)
    out = claims.copy()
    lo, hi, lo_usd, hi_usd = _interval_arrays(_Columns(claims), tolerance, approx_tolerance, hard_bounds,
                                              fx_tolerance)
    out["lo"] = lo
    out["hi"] = hi
    out["lo_usd"] = lo_usd
    out["hi_usd"] = hi_usd
    return out


def _interval_arrays(
    cols: _Columns, tolerance: float, approx_tolerance: float, hard_bounds: bool, fx_tolerance: float
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    lo, hi = _intervals(cols, tolerance, approx_tolerance, hard_bounds)
    factor = _usd_factor(cols)
    with np.errstate(invalid="ignore"):
        lo_usd = lo * factor
        hi_usd = hi * factor
    foreign = ~cols.is_in("currency", ["USD"])
    w_lo, w_hi = _widen(lo_usd, hi_usd, fx_tolerance)
    return lo, hi, np.where(foreign, w_lo, lo_usd), np.where(foreign, w_hi, hi_usd)


# --------------------------------------------------------------------------- pair search

def _above(lg: IntArray, lv: FloatArray, rg: IntArray, rv: FloatArray) -> tuple[IntArray, IntArray]:
    """All (i, j) with ``lg[i] == rg[j]`` and ``lv[i] > rv[j]``: positions in the inputs.

    Sort the left side by (group, value); each right item's matches are then one
    contiguous run, found with two binary searches.
    """
    if len(lv) == 0 or len(rv) == 0:
        return _EMPTY_INT, _EMPTY_INT
    uniq, inverse = np.unique(np.concatenate([lv, rv]), return_inverse=True)
    width = np.int64(len(uniq) + 1)
    lrank = inverse[: len(lv)].astype(np.int64)
    rrank = inverse[len(lv):].astype(np.int64)
    lkey = lg.astype(np.int64) * width + lrank
    order = np.argsort(lkey)
    skey = lkey[order]
    rg64 = rg.astype(np.int64)
    # Binary search runs much faster over sorted needles (each search starts where the last ended).
    query = rg64 * width + rrank
    q_order = np.argsort(query)
    start = np.empty(len(rv), dtype=np.int64)
    end = np.empty(len(rv), dtype=np.int64)
    start[q_order] = np.searchsorted(skey, query[q_order], side="right")
    end[q_order] = np.searchsorted(skey, (rg64[q_order] + 1) * width, side="left")
    counts = (end - start).astype(np.int64)
    total = int(counts.sum())
    if total == 0:
        return _EMPTY_INT, _EMPTY_INT
    right = np.repeat(np.arange(len(rv), dtype=np.int64), counts)
    first = np.cumsum(counts) - counts
    pos = np.arange(total, dtype=np.int64) + np.repeat(start.astype(np.int64) - first, counts)
    return order[pos].astype(np.int64), right


@dataclass(frozen=True)
class _Prepared:
    """The comparable claims (deduplicated), as arrays; ``row`` points into the claims table."""

    row: IntArray
    key: IntArray         # metric, economy, partner (canonical), scope, status class
    pair: IntArray        # the two economies (unordered) and status class: links parts to totals
    pid: IntArray         # period identity
    kp: IntArray          # (key, pid): the claims that are about exactly the same thing
    flow: IntArray        # the key without the scope: a commodity's exports and all exports share it
    world: IntArray       # for a flow with the world: (metric, economy, status class); else -1
    world_part: IntArray  # (n, 2): the world flows this flow with one partner is a part of; -1 for none
    ps: FloatArray
    pe: FloatArray
    fuzzy: BoolArray
    metric: ObjArray
    scope: ObjArray
    cur: IntArray
    lo: FloatArray        # canonical orientation (a balance is seen from the alphabetically first side)
    hi: FloatArray
    lo_usd: FloatArray
    hi_usd: FloatArray
    point: FloatArray     # the figure itself, canonical orientation, own currency
    point_usd: FloatArray


@dataclass(frozen=True)
class _Pairs:
    """Conflicting pairs as positions in ``_Prepared``: ``up`` lies wholly above ``down``."""

    up: IntArray
    down: IntArray
    usd: BoolArray


def _concat_pairs(parts: Iterable[_Pairs]) -> _Pairs:
    items = list(parts)
    if not items:
        return _Pairs(_EMPTY_INT, _EMPTY_INT, np.zeros(0, dtype=bool))
    return _Pairs(
        np.concatenate([p.up for p in items]),
        np.concatenate([p.down for p in items]),
        np.concatenate([p.usd for p in items]),
    )


def _conflicting(
    p: _Prepared, l_rows: IntArray, l_grp: IntArray, r_rows: IntArray, r_grp: IntArray
) -> _Pairs:
    """Pairs (l, r) in the same group whose l interval lies wholly above the r interval.

    Same currency: compared in that currency. Different currencies: in US dollars,
    when both have a dollar value; otherwise never.
    """
    ncur = np.int64(int(p.cur.max(initial=0)) + 1)
    li, ri = _above(l_grp * ncur + p.cur[l_rows], p.lo[l_rows], r_grp * ncur + p.cur[r_rows], p.hi[r_rows])
    same = _Pairs(l_rows[li], r_rows[ri], np.zeros(len(li), dtype=bool))

    lm = ~np.isnan(p.lo_usd[l_rows])
    rm = ~np.isnan(p.lo_usd[r_rows])
    l2, lg2, r2, rg2 = l_rows[lm], l_grp[lm], r_rows[rm], r_grp[rm]
    # Only groups holding more than one currency can give a cross-currency pair.
    gc = np.unique(np.concatenate([lg2 * ncur + p.cur[l2], rg2 * ncur + p.cur[r2]]))
    g_of, n_cur = np.unique(gc // ncur, return_counts=True)
    multi = g_of[n_cur > 1]
    lk = np.isin(lg2, multi)
    rk = np.isin(rg2, multi)
    l2, lg2, r2, rg2 = l2[lk], lg2[lk], r2[rk], rg2[rk]
    li, ri = _above(lg2, p.lo_usd[l2], rg2, p.hi_usd[r2])
    a, b = l2[li], r2[ri]
    keep = p.cur[a] != p.cur[b]
    cross = _Pairs(a[keep], b[keep], np.ones(int(keep.sum()), dtype=bool))
    return _concat_pairs([same, cross])


# --------------------------------------------------------------------------- preparation

@dataclass(frozen=True)
class _Settings:
    tolerance: float
    approx_tolerance: float
    hard_bounds: bool
    mirror_tolerance: float
    fx_tolerance: float
    include_forecasts: bool
    merge_sources: bool


def _status_class(cols: _Columns, s: _Settings) -> IntArray:
    """0: what happened (and forecasts, when asked for); 1: targets, when asked for; -1: never compared."""
    def klass(status: str) -> int:
        if status in ("", "actual"):
            return 0
        if s.include_forecasts:
            # A target is an aim, not a statement of what happened: compared only with targets.
            return {"forecast": 0, "target": 1}.get(status, -1)
        return -1

    codes, _ = cols.cat("status")
    per_value = np.array([klass(str(v)) for v in cols.vocab("status")], dtype=np.int64)
    sclass = per_value[codes]
    # A figure implied from a forecast ("300 times the expected $100 bn") is no more than a forecast.
    derived = np.flatnonzero(cols.is_in("qualifier", ["derived"]) & ~cols.is_in("derived_from", [""]))
    not_actual = np.flatnonzero(~np.isin(cols.vocab("status"), ["", "actual"])[codes])
    if len(derived) and len(not_actual):
        names = cols.text("claim_id", not_actual)
        first = ~pd.Index(names).duplicated()
        index, bases = pd.Index(names[first]), not_actual[first]
        at = np.asarray(index.get_indexer(pd.Index(cols.text("derived_from", derived))), dtype=np.int64)
        found = at >= 0
        sclass[derived[found]] = per_value[codes[bases[at[found]]]]
    return np.asarray(sclass, dtype=np.int64)


def _prepare(cols: _Columns, lo_all: FloatArray, hi_all: FloatArray, lo_usd_all: FloatArray,
             hi_usd_all: FloatArray, s: _Settings) -> _Prepared:
    sclass_all = _status_class(cols, s)
    ps_all = _months(cols, "period_start")
    pe_all = _months(cols, "period_end")
    # Economy and partner codes ranked in one alphabet, so they can be compared and swapped.
    e_codes, _ = cols.cat("economy")
    p_codes, _ = cols.cat("partner")
    alphabet = pd.Index(sorted(set(cols.vocab("economy")) | set(cols.vocab("partner"))))
    e_all = np.asarray(alphabet.get_indexer(pd.Index(cols.vocab("economy"))), dtype=np.int64)[e_codes]
    p_all = np.asarray(alphabet.get_indexer(pd.Index(cols.vocab("partner"))), dtype=np.int64)[p_codes]
    blank = int(alphabet.get_loc("")) if "" in alphabet else -1
    ok = (
        cols.is_in("metric", TRADE_METRICS)
        & (e_all != blank) & (p_all != blank)
        & (sclass_all >= 0)
        & ~np.isnan(ps_all) & ~np.isnan(pe_all) & (ps_all <= pe_all)
        & ~np.isnan(lo_all) & ~np.isnan(hi_all)
    )
    rows = np.flatnonzero(ok).astype(np.int64)
    metric = cols.small_text("metric")[rows]
    economy, partner, sclass = e_all[rows], p_all[rows], sclass_all[rows]
    ps, pe, lo, hi = ps_all[rows], pe_all[rows], lo_all[rows], hi_all[rows]
    lo_usd, hi_usd = lo_usd_all[rows], hi_usd_all[rows]
    value = cols.num("value")[rows]
    value_high = cols.num("value_high")[rows]
    point = np.where(np.isnan(value_high), value, (value + value_high) / 2)
    point_usd = point * _usd_factor(cols)[rows]

    # A balance seen from the other side changes sign (MEX's surplus with USA is USA's
    # deficit with MEX); a total has no side. Put both in one orientation.
    swap = (economy > partner) & np.isin(metric, ["trade_balance", "trade_total"])
    e2 = np.where(swap, partner, economy)
    p2 = np.where(swap, economy, partner)
    flip = swap & (metric == "trade_balance")
    lo, hi = np.where(flip, -hi, lo), np.where(flip, -lo, hi)
    lo_usd, hi_usd = np.where(flip, -hi_usd, lo_usd), np.where(flip, -lo_usd, hi_usd)
    point = np.where(flip, -point, point)
    point_usd = np.where(flip, -point_usd, point_usd)

    scope = cols.small_text("scope")[rows]
    fuzzy = cols.flag("period_fuzzy")[rows]
    label = cols.cat("period_label")[0][rows]
    cur = cols.cat("currency")[0][rows]
    key = _codes(cols.cat("metric")[0][rows], e2, p2, cols.cat("scope")[0][rows], sclass)
    flow = _codes(cols.cat("metric")[0][rows], e2, p2, sclass)
    pair = _codes(np.fmin(economy, partner), np.fmax(economy, partner), sclass)
    world, world_part = _world_flows(metric, cols.cat("metric")[0][rows], e2, p2, sclass,
                                     int(alphabet.get_loc("WLD")) if "WLD" in alphabet else -2)
    # A fuzzy-ended period ("early 2024") is the same period only as an identically labelled one.
    pid = _codes(ps, pe, fuzzy, np.where(fuzzy, label, -1))

    # One figure repeated word for word in one document is one statement.
    doc = cols.cat("doc")[0][rows]
    qual = cols.cat("qualifier")[0][rows]
    dup_key = _codes(doc, key, pid, cur, qual, value, value_high)
    start = cols.num("start")[rows]
    order = np.lexsort((np.arange(len(rows)), np.nan_to_num(start, nan=np.inf), dup_key))
    first = np.ones(len(order), dtype=bool)
    first[1:] = dup_key[order][1:] != dup_key[order][:-1]
    keep = np.sort(order[first])

    return _Prepared(
        row=rows[keep], key=key[keep], pair=pair[keep], pid=pid[keep], kp=_codes(key[keep], pid[keep]),
        flow=flow[keep], world=world[keep], world_part=world_part[keep],
        ps=ps[keep], pe=pe[keep],
        fuzzy=fuzzy[keep], metric=metric[keep], scope=scope[keep], cur=cur[keep],
        lo=lo[keep], hi=hi[keep], lo_usd=lo_usd[keep], hi_usd=hi_usd[keep],
        point=point[keep], point_usd=point_usd[keep],
    )


def _world_flows(metric: ObjArray, mcode: IntArray, e2: IntArray, p2: IntArray, sclass: IntArray,
                 wld: int) -> tuple[IntArray, IntArray]:
    """Link flows with one partner to the same economy's flow with the world.

    Germany's exports to China are a part of Germany's exports to the world, and trade
    between Germany and China a part of the trade of each with the world. A balance is
    not additive, so it is never a part or a whole here.
    """
    n = len(metric)
    additive = np.isin(metric, ["exports", "imports", "trade_total"])
    total = metric == "trade_total"
    with_world = additive & ((p2 == wld) | (total & (e2 == wld)))
    owner = np.where(p2 == wld, e2, p2)
    codes = _codes(np.tile(mcode, 3), np.concatenate([owner, e2, p2]), np.tile(sclass, 3))
    bilateral = additive & (e2 != wld) & (p2 != wld)
    world = np.where(with_world, codes[:n], -1)
    # exports and imports belong to the economy's world flow; a total to both sides'
    part = np.stack([np.where(bilateral, codes[n:2 * n], -1),
                     np.where(bilateral & total, codes[2 * n:], -1)], axis=1)
    return np.asarray(world, dtype=np.int64), np.asarray(part, dtype=np.int64)


# --------------------------------------------------------------------------- kinds

def _same_period(p: _Prepared) -> _Pairs:
    rows = np.arange(len(p.row), dtype=np.int64)
    return _conflicting(p, rows, p.kp, rows, p.kp)


def _periods(p: _Prepared, mask: BoolArray) -> pd.DataFrame:
    """Distinct (key, period) of the claims in ``mask`` with what the joins need."""
    rows = np.flatnonzero(mask)
    _, first = np.unique(p.kp[rows], return_index=True)
    at = rows[first]
    return pd.DataFrame({
        "kp": p.kp[at], "key": p.key[at], "flow": p.flow[at], "pid": p.pid[at], "pair": p.pair[at], "ps": p.ps[at],
        "pe": p.pe[at], "fuzzy": p.fuzzy[at], "scope": p.scope[at], "world": p.world[at],
        "world_0": p.world_part[at, 0], "world_1": p.world_part[at, 1],
    })


def _inside(part: pd.DataFrame, whole: pd.DataFrame, *, allow_same: bool) -> npt.NDArray[np.bool_]:
    """Which part periods lie inside the whole periods (row by row).

    A fuzzy-ended part ("early 2024") is inside any clear period that covers its
    nominal months; a fuzzy-ended whole contains nothing, its true end being unknown.
    """
    ps, pe = part["ps"].to_numpy(), part["pe"].to_numpy()
    ws, we = whole["ps"].to_numpy(), whole["pe"].to_numpy()
    pf = part["fuzzy"].to_numpy(dtype=bool)
    wf = whole["fuzzy"].to_numpy(dtype=bool)
    covers = (ps >= ws) & (pe <= we) & ~wf
    same_months = (ps == ws) & (pe == we)
    strict = covers & (~same_months | pf)
    if allow_same:
        identical = part["pid"].to_numpy() == whole["pid"].to_numpy()
        return np.asarray(strict | identical, dtype=bool)
    return np.asarray(strict, dtype=bool)


def _scope_bounded(part_scope: ObjArray, total_scope: ObjArray) -> BoolArray:
    """Can a part with ``part_scope`` be bounded by a total with ``total_scope``?"""
    same = part_scope == total_scope
    # An unnarrowed total covers goods and every commodity, but maybe not services.
    under_all = (total_scope == "") & (part_scope != "services")
    under_goods = (total_scope == "goods") & ~np.isin(part_scope, ["", "goods", "services"])
    return np.asarray(same | under_all | under_goods, dtype=bool)


def _by_combo(p: _Prepared, combos: pd.DataFrame) -> _Pairs:
    """Conflicts between parts (left) and wholes (right) for each (part, whole) period combination."""
    if combos.empty:
        return _concat_pairs([])
    combos = combos.reset_index(drop=True)
    combos["combo"] = np.arange(len(combos), dtype=np.int64)
    sides = []
    for side in ("l_kp", "r_kp"):
        # Only the claims whose (key, period) takes part, then one integer join.
        rows = np.flatnonzero(np.isin(p.kp, combos[side].to_numpy()))
        claims = pd.DataFrame({side: p.kp[rows], "at": rows})
        joined = claims.merge(combos[[side, "combo"]], on=side)
        sides.append((joined["at"].to_numpy(dtype=np.int64), joined["combo"].to_numpy(dtype=np.int64)))
    (l_rows, l_grp), (r_rows, r_grp) = sides
    return _conflicting(p, l_rows, l_grp, r_rows, r_grp)


def _containment(p: _Prepared) -> _Pairs:
    # A balance is not additive in size (some months can be in surplus), so never here.
    periods = _periods(p, p.metric != "trade_balance")
    joined = periods.merge(periods, on="key", suffixes=("_l", "_r"))
    part = joined[["ps_l", "pe_l", "fuzzy_l", "pid_l"]].set_axis(["ps", "pe", "fuzzy", "pid"], axis=1)
    whole = joined[["ps_r", "pe_r", "fuzzy_r", "pid_r"]].set_axis(["ps", "pe", "fuzzy", "pid"], axis=1)
    joined = joined[_inside(part, whole, allow_same=False)]
    return _by_combo(p, pd.DataFrame({"l_kp": joined["kp_l"], "r_kp": joined["kp_r"]}))


def _component(p: _Prepared) -> _Pairs:
    # exports or imports against the total trade between the same two economies
    parts = _periods(p, np.isin(p.metric, COMPONENT_METRICS))
    totals = _periods(p, p.metric == "trade_total")
    flows = parts.merge(totals, on="pair", suffixes=("_l", "_r"))
    # a named product's flow against the whole of that flow ("copper exports" and "exports",
    # both from Chile to China), and goods against an unnarrowed flow, which is goods alone or
    # goods and services; a balance is not additive
    named = p.metric != "trade_balance"
    products = _periods(p, named & ~np.isin(p.scope, ["", "services"]))
    wholes = _periods(p, named & np.isin(p.scope, ["", "goods"]))
    products = products.merge(wholes, on="flow", suffixes=("_l", "_r"))
    goods = products[products["scope_l"] == "goods"]
    products = products[products["scope_l"] != "goods"]
    # a flow with one partner against the same economy's flow with the world
    bilateral = _periods(p, p.world_part[:, 0] >= 0)
    worlds = _periods(p, p.world >= 0)
    with_world = [bilateral.merge(worlds, left_on=f"world_{side}", right_on="world", suffixes=("_l", "_r"))
                  for side in (0, 1)]
    combos = []
    for joined in (flows, products, goods, *with_world):
        part = joined[["ps_l", "pe_l", "fuzzy_l", "pid_l"]].set_axis(["ps", "pe", "fuzzy", "pid"], axis=1)
        whole = joined[["ps_r", "pe_r", "fuzzy_r", "pid_r"]].set_axis(["ps", "pe", "fuzzy", "pid"], axis=1)
        ok = _inside(part, whole, allow_same=True) & _scope_bounded(
            joined["scope_l"].to_numpy(dtype=object), joined["scope_r"].to_numpy(dtype=object)
        )
        combos.append(joined[ok][["kp_l", "kp_r"]].set_axis(["l_kp", "r_kp"], axis=1))
    found = _by_combo(p, pd.concat(combos[:2] + combos[3:], ignore_index=True))
    return _concat_pairs([found, _far_above(p, _by_combo(p, combos[2]))])


#: Goods counted on another basis (customs or balance of payments, with or without re-exports)
#: differ from one another by up to about a fifth, so an unnarrowed figure that may be goods
#: alone is only contradicted by goods well above it.
_GOODS_BASIS_SPREAD = 1.25


def _far_above(p: _Prepared, pairs: _Pairs) -> _Pairs:
    """The pairs of goods and an unnarrowed figure in which the goods are far above."""
    up = np.where(pairs.usd, p.point_usd[pairs.up], p.point[pairs.up])
    down = np.where(pairs.usd, p.point_usd[pairs.down], p.point[pairs.down])
    far = up > _GOODS_BASIS_SPREAD * down
    return _Pairs(pairs.up[far], pairs.down[far], pairs.usd[far])


# --------------------------------------------------------------------------- the same statement

def _same_statement(cols: _Columns, a: IntArray, b: IntArray) -> BoolArray:
    """Pairs (rows of the claims table) that are one statement, never a disagreement."""
    doc = cols.cat("doc")[0]
    start = cols.num("start")
    end = cols.num("end")
    overlap = (doc[a] == doc[b]) & (start[a] < end[b]) & (start[b] < end[a])
    id_a, id_b = cols.text("claim_id", a), cols.text("claim_id", b)
    link_a, link_b = cols.text("linked_to", a), cols.text("linked_to", b)
    # Several conversions of one amount all point at the same claim.
    root_a = np.where(link_a != "", link_a, id_a)
    root_b = np.where(link_b != "", link_b, id_b)
    linked = (link_a == id_b) | (link_b == id_a) | (root_a == root_b)
    base_a, base_b = cols.text("derived_from", a), cols.text("derived_from", b)
    derived = (base_a == id_b) | (base_b == id_a)
    return np.asarray(overlap | linked | derived, dtype=bool)


# --------------------------------------------------------------------------- wording

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def money(amount: float, currency: str, *, decimals: int | None = None) -> str:
    """A readable amount: ``money(84.64e6, "USD", decimals=1) == "$84.6 million"``.

    >>> money(4e9, "EUR")
    '€4.0 billion'
    >>> money(318.46e6, "USD")
    '$318.46 million'
    """
    if not math.isfinite(amount):
        return "an unbounded amount"
    size = abs(amount)
    number = f"{size:,.0f}"
    for scale, word in _SCALES:
        if size >= scale * 0.9995:
            x = size / scale
            text = f"{x:.{decimals}f}" if decimals is not None else f"{x:.3f}".rstrip("0")
            if text.endswith("."):
                text += "0"
            number = f"{text} {word}"
            break
    sign = "-" if amount < 0 else ""
    symbol = _SYMBOLS.get(currency)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{currency} {number}".strip()


_QUALIFIER_WORDS = {
    "approx": "about ", "lower_bound": "more than ", "upper_bound": "up to ", "derived": "about ",
}


def _figure(c: Mapping[str, Any], subject: tuple[str, str] | None = None) -> str:
    """'about $52.0 million'; 'a deficit of more than $57.0 billion' (naming whose balance it is
    when that is not the ``subject`` pair)."""
    value = _f(c.get("value"))
    currency = str(c.get("currency") or "")
    qual = str(c.get("qualifier") or "")
    decimals = 1 if qual == "derived" else None
    if qual == "range" and not math.isnan(_f(c.get("value_high"))):
        lo, hi = sorted([abs(value), abs(_f(c.get("value_high")))])
        amount = f"{money(lo, currency, decimals=decimals)} to {money(hi, currency, decimals=decimals)}"
    else:
        amount = _QUALIFIER_WORDS.get(qual, "") + money(abs(value), currency, decimals=decimals)
    if c.get("metric") == "trade_balance":
        side = "surplus" if value >= 0 else "deficit"
        whose = (str(c.get("economy")), str(c.get("partner")))
        text = f"a {side} of {amount}"
        return text if whose == subject else f"{text} ({whose[0]} with {whose[1]})"
    return amount


def _f(x: Any) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.nan


def _period(c: Mapping[str, Any]) -> str:
    label = str(c.get("period_label") or "")
    if label:
        return label
    return f"{c.get('period_start')}..{c.get('period_end')}"


def _side(c: Mapping[str, Any], base: Mapping[str, Any] | None, subject: tuple[str, str]) -> str:
    """One side of a conflict: the figure, its period, its document, and for a derived figure
    the arithmetic it comes from."""
    figure = f"{_figure(c, subject)} for {_period(c)}"
    if c.get("qualifier") == "derived":
        source = f"{_figure(base, subject)} for {_period(base)} and " if base is not None else ""
        return f"{figure}, implied in {c.get('doc')} by {source}“{c.get('surface')}”"
    return f"{figure} stated in {c.get('doc')}"


def _name(code: str) -> str:
    """A readable country name for explanations ("Vietnam", "the world"); the code when unknown."""
    from .countries import country_name

    if code == "WLD":
        return "the world"
    return country_name(code) if code else "?"


def _subject(metric: str, economy: str, partner: str, scope: str) -> str:
    economy, partner = _name(economy), _name(partner)
    text = {
        "trade_total": f"Trade between {economy} and {partner}",
        "exports": f"Exports from {economy} to {partner}",
        "imports": f"Imports of {economy} from {partner}",
        "trade_balance": f"The trade balance of {economy} with {partner}",
    }.get(metric, f"{metric} of {economy} with {partner}")
    return f"{text} ({scope})" if scope else text


def _mirror_note(ra: str, rb: str, explained: bool, mirror_tolerance: float) -> str:
    if not ra or not rb or ra == rb:
        return ""
    note = (f"; the two figures come from different reporting countries ({_name(ra)} vs {_name(rb)}); "
            f"mirror statistics differ for known reasons ({MIRROR_CAUSES})")
    if explained:
        return note + f", and this gap is within the {mirror_tolerance:.0%} mirror tolerance"
    return note + f", but not by this much (beyond the {mirror_tolerance:.0%} mirror tolerance)"


def _explain(kind: str, a: Mapping[str, Any], b: Mapping[str, Any], a_base: Mapping[str, Any] | None,
             b_base: Mapping[str, Any] | None, ratio: float, in_usd: bool, mirror: str) -> str:
    # Name the subject after the whole for a containment, after the side in front otherwise.
    head = b if kind == "containment" else a
    orient = (str(head["economy"]), str(head["partner"]))
    subject = _subject(str(head["metric"]), orient[0], orient[1], str(head.get("scope") or ""))
    side_a, side_b = _side(a, a_base, orient), _side(b, b_base, orient)
    usd = " (compared in US dollars)" if in_usd else ""
    times = f"{ratio:.2f}" if math.isfinite(ratio) else "infinitely many"
    pause = "," if a.get("qualifier") == "derived" else ""
    if kind == "same_period":
        return (f"{subject}: {side_a}, against {side_b}{usd}; the larger is {times} times the smaller, "
                f"more than rounding, qualifiers and tolerance allow{mirror}.")
    if kind == "containment":
        return (f"{subject}: {_period(a)} is a part of {_period(b)}, yet {side_a}{pause} exceeds {side_b}"
                f"{usd}{mirror}.")
    if a.get("metric") == b.get("metric"):
        whole = _subject(str(b["metric"]), str(b["economy"]), str(b["partner"]), str(b.get("scope") or ""))
        every = "" if b.get("scope") else "all "
        return (f"{subject}: {side_a}{pause} exceeds {every}{whole[0].lower()}{whole[1:]}, {side_b}{usd}, "
                f"of which it is a part{mirror}.")
    return (f"{subject}: {side_a}{pause} exceeds total trade between {_name(str(b['economy']))} and "
            f"{_name(str(b['partner']))} of "
            f"{side_b}{usd}, of which it is a part{mirror}.")


def conflict_id(kind: str, a_claim_id: str, b_claim_id: str) -> str:
    """Stable id of a conflict: the kind and the two claims, in either order."""
    first, second = sorted([a_claim_id, b_claim_id])
    return "x" + hashlib.sha1(f"{kind}\x1f{first}\x1f{second}".encode()).hexdigest()[:10]


# --------------------------------------------------------------------------- assembly

def _support(p: _Prepared, cols: _Columns, sides: IntArray, chunk: int = 4_000_000) -> dict[int, int]:
    """For each claim (position in ``p``): how many documents state a figure agreeing with it.

    Each claim is checked against the members of its own (subject, period) group, a
    bounded number of comparisons at a time so a huge group cannot exhaust memory.
    """
    if len(sides) == 0:
        return {}
    grp = p.kp
    doc = cols.cat("doc")[0][p.row]
    n_docs = np.int64(int(doc.max(initial=0)) + 1)
    members = np.argsort(grp, kind="stable")
    bounds = np.searchsorted(grp[members], np.arange(int(grp.max(initial=0)) + 2))
    wanted = np.unique(sides)
    first, size = bounds[grp[wanted]], bounds[grp[wanted] + 1] - bounds[grp[wanted]]
    out: dict[int, int] = {}
    ends = np.cumsum(size)
    at = 0
    while at < len(wanted):
        stop = max(int(np.searchsorted(ends, (ends[at - 1] if at else 0) + chunk, side="right")), at + 1)
        w, f, z = wanted[at:stop], first[at:stop], size[at:stop]
        total = int(z.sum())
        s = np.repeat(w, z)
        m = members[np.arange(total, dtype=np.int64) + np.repeat(f - (np.cumsum(z) - z), z)]
        same_cur = p.cur[s] == p.cur[m]
        lo_s = np.where(same_cur, p.lo[s], p.lo_usd[s])
        hi_s = np.where(same_cur, p.hi[s], p.hi_usd[s])
        lo_m = np.where(same_cur, p.lo[m], p.lo_usd[m])
        hi_m = np.where(same_cur, p.hi[m], p.hi_usd[m])
        agree = (lo_m <= hi_s) & (lo_s <= hi_m)
        distinct = np.unique(s[agree] * n_docs + doc[m[agree]])
        who, counts = np.unique(distinct // n_docs, return_counts=True)
        out.update(zip(who.tolist(), counts.tolist(), strict=True))
        at = stop
    return out


def _meet(p: _Prepared, x: int, y: int) -> bool:
    """Do the intervals of two claims (positions in ``p``) meet?"""
    if p.cur[x] == p.cur[y]:
        return bool(p.lo[x] <= p.hi[y] and p.lo[y] <= p.hi[x])
    return bool(p.lo_usd[x] <= p.hi_usd[y] and p.lo_usd[y] <= p.hi_usd[x])


def _rel_width(p: _Prepared, x: int) -> float:
    width = p.hi[x] - p.lo[x]
    size = abs(p.point[x])
    return float(width / size) if size > 0 and math.isfinite(width) else math.inf


def find_conflicts(
    claims: pd.DataFrame,
    *,
    tolerance: float = 0.02,
    approx_tolerance: float = 0.10,
    hard_bounds: bool = False,
    mirror_tolerance: float = 0.10,
    fx_tolerance: float = 0.03,
    include_forecasts: bool = False,
    merge_sources: bool = False,
) -> pd.DataFrame:
    """The pairs of claims that cannot both be true, as the conflicts table.

    One row per pair of claims (a figure repeated word for word in one document
    counts once); ``support_a``/``support_b`` count the documents whose figures
    agree with each side. With ``merge_sources`` the same figure quoted by several
    documents is one side of one row instead of one row per document.
    """
    _check_tolerances(tolerance=tolerance, approx_tolerance=approx_tolerance,
                      mirror_tolerance=mirror_tolerance, fx_tolerance=fx_tolerance)
    settings = _Settings(tolerance, approx_tolerance, hard_bounds, mirror_tolerance, fx_tolerance,
                         include_forecasts, merge_sources)
    cols = _Columns(claims)
    intervals = _interval_arrays(cols, tolerance, approx_tolerance, hard_bounds, fx_tolerance)
    p = _prepare(cols, *intervals, settings)
    found = [("same_period", _same_period(p)), ("containment", _containment(p)), ("component", _component(p))]

    every = _concat_pairs(pairs for _, pairs in found)
    kind_of = np.concatenate([np.full(len(pairs.up), kind, dtype=object) for kind, pairs in found])
    keep = ~_same_statement(cols, p.row[every.up], p.row[every.down])
    kinds = [str(k) for k in kind_of[keep]]
    return _assemble(cols, p, kinds, every.up[keep], every.down[keep], every.usd[keep], settings)


#: The claim columns the conflicts table and its explanations are built from.
_RECORD_COLUMNS = (
    "claim_id", "doc", "surface", "value", "value_high", "currency", "value_usd", "qualifier", "metric",
    "economy", "partner", "scope", "period_start", "period_end", "period_label", "sentence", "reporter",
    "derived_from", "start", "end", "linked_to",
)


def _assemble(cols: _Columns, p: _Prepared, kinds: list[str], up: IntArray, down: IntArray,
              usd: BoolArray, s: _Settings) -> pd.DataFrame:
    if len(kinds) == 0:
        return conflicts_frame([])
    m = s.mirror_tolerance
    # Mirror check: is the gap between the two intervals (after tolerance) at most the mirror
    # tolerance, as a ratio of the nearer ends? A surplus against a deficit never is.
    near_up = np.abs(np.where(usd, p.lo_usd[up], p.lo[up]))
    near_down = np.abs(np.where(usd, p.hi_usd[down], p.hi[down]))
    same_sign = np.sign(np.where(usd, p.lo_usd[up], p.lo[up])) == np.sign(np.where(usd, p.hi_usd[down],
                                                                                   p.hi[down]))
    with np.errstate(invalid="ignore"):
        within_mirror = same_sign & (np.fmax(near_up, near_down) <= (1 + m) * np.fmin(near_up, near_down))
    pa = np.abs(np.where(usd, p.point_usd[up], p.point[up]))
    pb = np.abs(np.where(usd, p.point_usd[down], p.point[down]))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.fmax(pa, pb) / np.fmin(pa, pb)

    support = _support(p, cols, np.concatenate([up, down]))
    needed = np.unique(p.row[np.concatenate([up, down])])
    base_of = _bases(cols, needed)
    wanted = np.unique(np.concatenate([needed, np.array(list(base_of.values()), dtype=np.int64)]))
    frame = cols.df.iloc[wanted].reindex(columns=list(_RECORD_COLUMNS))
    columns = [[_clean(v) for v in frame[c].tolist()] for c in _RECORD_COLUMNS]
    by_row: dict[int, dict[str, Any]] = {
        int(i): dict(zip(_RECORD_COLUMNS, values, strict=True))
        for i, values in zip(wanted.tolist(), zip(*columns, strict=True), strict=True)
    }

    first_of = _conversion_roots(cols, [str(r["linked_to"] or "") for r in by_row.values()])
    out: list[dict[str, Any]] = []
    for n, kind in enumerate(kinds):
        x, y = int(up[n]), int(down[n])
        if kind == "same_period":
            # Order the two sides the same way whatever the input order.
            cx, cy = by_row[int(p.row[x])], by_row[int(p.row[y])]
            kx = (str(cx["doc"]), _sort_num(cx["start"]), str(cx["claim_id"]))
            ky = (str(cy["doc"]), _sort_num(cy["start"]), str(cy["claim_id"]))
            ia, ib = (x, y) if kx <= ky else (y, x)
        else:
            ia, ib = x, y   # the part first, the whole second
        ra, rb = int(p.row[ia]), int(p.row[ib])
        a, b = by_row[ra], by_row[rb]
        rep_a, rep_b = str(a["reporter"]), str(b["reporter"])
        explained = bool(rep_a and rep_b and rep_a != rep_b and within_mirror[n])
        mirror = _mirror_note(rep_a, rep_b, explained, m)
        a_base = by_row.get(base_of.get(ra, -1))
        b_base = by_row.get(base_of.get(rb, -1))
        r = float(ratio[n])
        whole = a if kind == "same_period" else b
        row: dict[str, Any] = {
            "conflict_id": conflict_id(kind, str(a["claim_id"]), str(b["claim_id"])),
            "kind": kind,
            "a_claim_id": a["claim_id"], "b_claim_id": b["claim_id"],
            "metric": whole.get("metric"), "economy": whole.get("economy"), "partner": whole.get("partner"),
            "period_label": _period(whole),
            "a_doc": a.get("doc"), "a_surface": a.get("surface"), "a_value_usd": a.get("value_usd"),
            "b_doc": b.get("doc"), "b_surface": b.get("surface"), "b_value_usd": b.get("value_usd"),
            "ratio": r if math.isfinite(r) else math.inf,
            "verdict": "explained" if explained else "conflict",
            "support_a": support.get(ia, 1), "support_b": support.get(ib, 1),
            "explanation": _explain(kind, a, b, a_base, b_base, r, bool(usd[n]), mirror),
            "scope": whole.get("scope"),
            "currency": "USD" if usd[n] else a["currency"],
            "a_value": a.get("value"), "b_value": b.get("value"),
            "a_period_label": _period(a), "b_period_label": _period(b),
            "a_sentence": a.get("sentence"), "b_sentence": b.get("sentence"),
            "_a": ia, "_b": ib, "_ps": p.ps[ib], "_pe": p.pe[ib],
            "_a_start": _sort_num(a["start"]), "_width": _rel_width(p, ia) + _rel_width(p, ib),
            "_usd": bool(usd[n]),
            "_statements": (_statement(a, first_of), _statement(b, first_of)),
        }
        out.append(row)
    out = _one_row_per_statement(out)

    out.sort(key=lambda r: (r["kind"], str(r["metric"]), str(r["economy"]), str(r["partner"]),
                            r["_ps"], r["_pe"], str(r["a_doc"]), r["_a_start"],
                            str(r["a_claim_id"]), str(r["b_claim_id"])))
    if s.merge_sources:
        out = _merge_sources(p, out)
    return conflicts_frame(out)


def _sort_num(x: Any) -> float:
    number = _f(x)
    return number if math.isfinite(number) else math.inf


def _clean(value: Any) -> Any:
    """pandas' missing markers -> None/NaN-free Python values for the row dicts."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _bases(cols: _Columns, rows: IntArray) -> dict[int, int]:
    """For derived claims among ``rows``: the row of the claim each was derived from."""
    names = cols.text("derived_from", rows)
    has = names != ""
    if not has.any() or "claim_id" not in cols.df.columns:
        return {}
    hits = np.flatnonzero(cols.df["claim_id"].isin(set(names[has].tolist())).to_numpy(dtype=bool))
    row_of: dict[str, int] = {}
    for r, name in zip(hits.tolist(), cols.text("claim_id", hits).tolist(), strict=True):
        row_of.setdefault(str(name), int(r))
    return {int(r): row_of[str(n)] for r, n in zip(rows[has], names[has], strict=True) if str(n) in row_of}


def _conversion_roots(cols: _Columns, targets: list[str]) -> dict[str, str]:
    """For each claim id in ``targets``, the claim it links to in turn. A conversion links to the
    amount written first, and that amount links back to its first conversion."""
    wanted = {t for t in targets if t}
    if not wanted or "linked_to" not in cols.df.columns:
        return {}
    hits = np.flatnonzero(cols.df["claim_id"].isin(wanted).to_numpy(dtype=bool))
    return dict(zip(cols.text("claim_id", hits).tolist(), cols.text("linked_to", hits).tolist(), strict=True))


def _most_specific_first(rows: list[dict[str, Any]]) -> list[int]:
    """Row positions, the most specific comparison first: in one currency (no exchange rate), then the
    narrowest intervals, then table order."""
    return sorted(range(len(rows)), key=lambda i: (rows[i]["_usd"], rows[i]["_width"], i))


def _statement(c: Mapping[str, Any], links: Mapping[str, str]) -> tuple[str, ...]:
    """What a claim's words say, whatever the currency it is counted in: a stated amount and its
    conversions ("RM41bil (US$9.7bil)") are one statement, and so are the figures one growth phrase
    implies for each of them."""
    if c.get("derived_from"):
        return ("growth", str(c.get("doc")), str(_sort_num(c.get("start"))), str(_sort_num(c.get("end"))))
    own, link = str(c.get("claim_id")), str(c.get("linked_to") or "")
    if not link:
        return ("amount", own)
    # the amount written first and its first conversion link to each other; the others link to the first
    back = links.get(link) or link
    return ("amount", min(own, link) if back == own else min(link, back))


def _one_row_per_statement(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row for each disagreement between two statements: the same two statements counted in
    another currency are the same disagreement, shown once, in one currency where possible."""
    ranked = _most_specific_first(rows)
    seen: set[tuple[Any, ...]] = set()
    chosen: list[int] = []
    for i in ranked:
        r = rows[i]
        sides = r["_statements"]
        key = (r["kind"], *(sorted(sides) if r["kind"] == "same_period" else sides))
        if key not in seen:
            seen.add(key)
            chosen.append(i)
    return [rows[i] for i in sorted(chosen)]


def _merge_sources(p: _Prepared, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep one row per disagreement between figures: the most precise pair stands for the rest."""
    ranked = _most_specific_first(rows)
    kept: dict[tuple[Any, ...], list[int]] = {}
    chosen: list[int] = []
    for i in ranked:
        r = rows[i]
        a, b = int(r["_a"]), int(r["_b"])
        periods = sorted([(int(p.key[a]), int(p.pid[a])), (int(p.key[b]), int(p.pid[b]))])
        group = (r["kind"], *periods[0], *periods[1])
        same = False
        for j in kept.get(group, []):
            c, d = int(rows[j]["_a"]), int(rows[j]["_b"])
            if (_meet(p, a, c) and _meet(p, b, d)) or (r["kind"] == "same_period" and _meet(p, a, d)
                                                       and _meet(p, b, c)):
                same = True
                break
        if not same:
            kept.setdefault(group, []).append(i)
            chosen.append(i)
    return [rows[i] for i in sorted(chosen)]


# --------------------------------------------------------------------------- suspects

def rank_suspects(conflicts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The claims involved in the most conflicts first (verdict ``conflict`` only).

    Ties keep the order of the claims table.
    """
    real = conflicts[conflicts["verdict"] == "conflict"] if "verdict" in conflicts.columns else conflicts
    cids = real["conflict_id"].astype(str)
    long = pd.concat([
        pd.DataFrame({"claim_id": real["a_claim_id"].astype(str), "conflict_id": cids}),
        pd.DataFrame({"claim_id": real["b_claim_id"].astype(str), "conflict_id": cids}),
    ], ignore_index=True)
    if long.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in SUSPECT_COLUMNS})
    grouped = long.groupby("claim_id", sort=False)["conflict_id"]
    counts = pd.DataFrame({
        "claim_id": grouped.size().index.astype(str),
        "conflicts": grouped.size().to_numpy(dtype=np.int64),
        "conflict_ids": grouped.agg(lambda s: ";".join(dict.fromkeys(s))).to_numpy(dtype=object),
    })
    info_cols = ["claim_id", "doc", "surface", "value_usd", "period_label", "metric", "economy", "partner"]
    info = claims.reindex(columns=info_cols).copy()
    info["claim_id"] = info["claim_id"].astype(str)
    info = info.drop_duplicates("claim_id")
    info["_order"] = np.arange(len(info))
    merged = counts.merge(info, on="claim_id", how="left")
    merged["_order"] = merged["_order"].fillna(len(info))
    merged = merged.sort_values(["conflicts", "_order"], ascending=[False, True], kind="stable")
    return merged[list(SUSPECT_COLUMNS)].reset_index(drop=True)
