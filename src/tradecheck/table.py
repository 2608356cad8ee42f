"""The claims and conflicts tables: their columns, in one place.

The contract columns (see CONTRACT.md in the project docs and README) are a public
interface: never rename or drop them. Extra columns come after them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

#: Contract columns of the claims table, in output order.
CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id",
    "doc",
    "doc_date",
    "publisher",
    "start",
    "end",
    "surface",
    "value",
    "value_high",
    "currency",
    "value_usd",
    "interval_low",
    "interval_high",
    "qualifier",
    "status",
    "scope",
    "metric",
    "economy",
    "partner",
    "period_start",
    "period_end",
    "period_label",
    "attributed_to",
    "derived_from",
    "sentence",
)
#: Extra claim columns: how the value was converted, and what the tool inferred.
CLAIM_EXTRA_COLUMNS: tuple[str, ...] = (
    "period_fuzzy",  # the period's end is approximate ("early 2024")
    "reporter",  # ISO3 of the side whose statistics the figure is (from attribution/publisher)
    "linked_to",  # claim_id of the same amount stated in another currency ("¥7.2tn ($64bn)")
    "fx_rate",
    "fx_source",
    "fx_period",
    "fx_note",
    "url",
    "title",
)
ALL_CLAIM_COLUMNS: tuple[str, ...] = CLAIM_COLUMNS + CLAIM_EXTRA_COLUMNS

FLOAT_COLUMNS = frozenset({"value", "value_high", "value_usd", "interval_low", "interval_high", "fx_rate"})
INT_COLUMNS = frozenset({"start", "end"})
BOOL_COLUMNS = frozenset({"period_fuzzy"})

#: Contract columns of the conflicts table, in output order.
CONFLICT_COLUMNS: tuple[str, ...] = (
    "conflict_id",
    "kind",
    "a_claim_id",
    "b_claim_id",
    "metric",
    "economy",
    "partner",
    "period_label",
    "a_doc",
    "a_surface",
    "a_value_usd",
    "b_doc",
    "b_surface",
    "b_value_usd",
    "ratio",
    "verdict",
    "support_a",
    "support_b",
    "explanation",
)
CONFLICT_EXTRA_COLUMNS: tuple[str, ...] = (
    "scope",
    "currency",
    "a_value",
    "b_value",
    "a_period_label",
    "b_period_label",
    "a_sentence",
    "b_sentence",
)
ALL_CONFLICT_COLUMNS: tuple[str, ...] = CONFLICT_COLUMNS + CONFLICT_EXTRA_COLUMNS


def _typed(df: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    for col in columns:
        if col not in df.columns:
            df[col] = None
        if col in FLOAT_COLUMNS or col in {"a_value_usd", "b_value_usd", "a_value", "b_value", "ratio"}:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
        elif col in INT_COLUMNS or col in {"support_a", "support_b"}:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
        elif col in BOOL_COLUMNS:
            df[col] = df[col].astype(object).where(df[col].notna(), False).astype(bool)
        else:
            # cast first: an all-empty column arrives as float NaN, and filling NaN with "" in a
            # float column is deprecated in pandas
            df[col] = df[col].astype(object).where(df[col].notna(), "").astype(str)
    return df


def claims_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows (dicts keyed by column name) -> the claims DataFrame with every column, typed."""
    df = pd.DataFrame(list(rows), columns=list(ALL_CLAIM_COLUMNS))
    return _typed(df, ALL_CLAIM_COLUMNS)[list(ALL_CLAIM_COLUMNS)]


def conflicts_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows -> the conflicts DataFrame with every column, typed."""
    df = pd.DataFrame(list(rows), columns=list(ALL_CONFLICT_COLUMNS))
    return _typed(df, ALL_CONFLICT_COLUMNS)[list(ALL_CONFLICT_COLUMNS)]
