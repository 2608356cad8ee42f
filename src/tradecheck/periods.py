"""Period expressions in news text -> inclusive month ranges.

``find_periods`` finds every period expression in a span of text ("the first
quarter of 2025", "January-November 2025", "FY2023-24", "early 2024", "the
same period last year") and normalises it to a :class:`Period`: the first and
last month it covers, inclusive, plus a readable label. The extractor calls it
once per sentence and decides which period binds to which money figure; this
module only recognises, normalises and does period arithmetic.

How it works, in stages:

1. Each rule in :data:`STAGES` is one compiled, verbose regex with a handler
   that turns a match into a candidate (span, period, kind). Regexes use only
   bounded quantifiers, so each scan is linear in the length of the text.
2. Overlapping candidates are resolved longest first (ties go to the earlier
   stage), so "the third quarter of 2022" beats the bare year "2022".
3. Words just before a mention refine it: "since 2010" (kind ``since``),
   "by 2030" (kind ``target``), "compared to January 2023" (role ``base``).

The words (month names, ordinals, "early/mid/late", cue words) live in
``lexicon/periods.json``; :func:`load_lexicon` validates them and
:class:`PeriodFinder` compiles a lexicon into rules. ``find_periods`` uses one
finder built from the bundled lexicon on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from tradecheck.cues import growth_words
from tradecheck.errors import LexiconError, UsageError

__all__ = [
    "KINDS",
    "ROLES",
    "STAGES",
    "Period",
    "PeriodFinder",
    "PeriodLexicon",
    "PeriodMention",
    "between",
    "contains",
    "find_periods",
    "fiscal_year",
    "load_lexicon",
    "months",
    "previous",
    "same_months",
    "with_fiscal_start",
]

#: What a mention's period is anchored to.
#: ``absolute``: the text names it ("Q1 2025"); ``relative``: resolved from the
#: document's date or the caller's ``context_year`` ("last year", "in January");
#: ``previous``: one or more years before a period the caller knows ("a year
#: earlier"), period None; ``anaphoric``: the period just mentioned ("during
#: the fiscal", "the same period"), period None; ``same_period_in``: the months
#: of the period just mentioned, in ``year`` ("the same period in 2024"), period
#: None; ``target``: "by 2030"; ``since``: "since 2010", period is the starting
#: point; ``cumulative``: a multi-year span ("between April 2001 and June 2024").
KINDS: frozenset[str] = frozenset(
    {"absolute", "relative", "previous", "anaphoric", "same_period_in", "target", "since", "cumulative"}
)
#: ``base`` marks the comparison base of a change ("up from $3bn in 2019").
ROLES: frozenset[str] = frozenset({"", "base"})

# --------------------------------------------------------------------------- months


def _idx(year: int, month: int) -> int:
    """Months since year 0 (January of year 0 is 0), so ranges are integer ranges."""
    return year * 12 + month - 1


def _fmt(index: int) -> str:
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


@functools.lru_cache(maxsize=4096)
def _parse(ym: str) -> int:
    year, month = ym[:4], ym[5:]
    if len(ym) != 7 or ym[4] != "-" or not (ym.isascii() and year.isdigit() and month.isdigit()):
        raise ValueError(f"not a YYYY-MM month: {ym!r}")
    if not 1 <= int(month) <= 12:
        raise ValueError(f"not a YYYY-MM month: {ym!r}")
    return _idx(int(year), int(month))


def _canonical(first: int, last: int) -> str:
    """The normal-form label of a month range: a year, a quarter, a half, a month or a range."""
    y1, m1 = divmod(first, 12)
    y2, m2 = divmod(last, 12)
    m1, m2 = m1 + 1, m2 + 1
    if m1 == 1 and m2 == 12:
        return f"{y1:04d}" if y1 == y2 else f"{y1:04d}..{y2:04d}"
    if y1 == y2:
        if m1 == m2:
            return _fmt(first)
        if m2 == m1 + 2 and m1 % 3 == 1:
            return f"{y1:04d}-Q{(m1 + 2) // 3}"
        if m2 == m1 + 5 and m1 in (1, 7):
            return f"{y1:04d}-H{(m1 + 5) // 6}"
    return f"{_fmt(first)}..{_fmt(last)}"


@dataclass(frozen=True)
class Period:
    """Inclusive months ``start``..``end`` (``YYYY-MM``) with a readable ``label``.

    ``fuzzy`` marks periods whose edges are approximate ("early 2024").
    """

    start: str
    end: str
    label: str
    fuzzy: bool = False

    def __post_init__(self) -> None:
        if _parse(self.start) > _parse(self.end):
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")
        if not self.label:
            raise ValueError("a period needs a label")


@dataclass(frozen=True)
class PeriodMention:
    """One period expression found in a text.

    ``text[start:end] == surface``. ``period`` is None when the expression
    cannot be resolved on its own (see :data:`KINDS`). ``year`` is set for
    ``same_period_in`` ("the same period in 2024" -> 2024); ``years_back`` for
    ``previous`` ("two years earlier" -> 2). ``fy_stated`` marks a whole fiscal year whose
    months the text states ("fiscal 2025, which ended on Sept 30", "the financial year to
    June", "FY2025 (October 2024 to September 2025)"), so that they follow no convention.
    """

    start: int
    end: int
    surface: str
    period: Period | None
    kind: str
    role: str = ""
    year: int | None = None
    years_back: int = 0
    fy_stated: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if self.role not in ROLES:
            raise ValueError(f"unknown period role {self.role!r}")


def _bounds(period: Period) -> tuple[int, int]:
    return _parse(period.start), _parse(period.end)


@functools.lru_cache(maxsize=4096)
def _mk(first: int, last: int, label: str = "", fuzzy: bool = False) -> Period | None:
    """A Period, or None when the months fall outside years 0..9999. Made once for each set of
    arguments: a text names the same few periods again and again, and a Period is frozen."""
    if first < 0 or last >= _idx(10000, 1) or first > last:
        return None
    return Period(_fmt(first), _fmt(last), label or _canonical(first, last), fuzzy)


# --------------------------------------------------------------------------- arithmetic


def between(start: str, end: str) -> Period | None:
    """The months ``start``..``end`` (``YYYY-MM``) with their usual label; None if they run backwards.

    >>> between("2025-01", "2025-06").label
    '2025-H1'
    """
    first, last = _parse(start), _parse(end)
    return _mk(first, last) if first <= last else None


def months(p: Period) -> int:
    """How many months ``p`` covers.

    >>> months(fiscal_year(2024))
    12
    """
    first, last = _bounds(p)
    return last - first + 1


def contains(whole: Period, part: Period) -> bool:
    """Whether every month of ``part`` lies within ``whole``."""
    w1, w2 = _bounds(whole)
    p1, p2 = _bounds(part)
    return w1 <= p1 and p2 <= w2


def same_months(a: Period, b: Period) -> bool:
    """Whether ``a`` and ``b`` cover exactly the same months (labels may differ)."""
    return _bounds(a) == _bounds(b)


def _check_fy_start(fy_start_month: int) -> None:
    if not 1 <= fy_start_month <= 12:
        raise UsageError(f"fy_start_month must be 1..12, not {fy_start_month}")


def _fy_first(end_year: int, fy_start_month: int) -> int:
    """First month of the fiscal year that ends in ``end_year``."""
    if fy_start_month == 1:
        return _idx(end_year, 1)
    return _idx(end_year - 1, fy_start_month)


def _fy_label(first: int, fy_start_month: int) -> str:
    if fy_start_month == 1:
        return _canonical(first, first + 11)
    start_year = first // 12
    return f"FY{start_year:04d}-{(start_year + 1) % 100:02d}"


def fiscal_year(end_year: int, fy_start_month: int = 4) -> Period:
    """The fiscal year that ends in ``end_year``.

    ``fy_start_month`` is the month the fiscal year starts: 4 for India (the
    default), 7 for Australia and Pakistan, 10 for the US federal year, 1 for
    a calendar fiscal year (labelled as the plain year).

    >>> fiscal_year(2024)
    Period(start='2023-04', end='2024-03', label='FY2023-24', fuzzy=False)
    >>> fiscal_year(2024, fy_start_month=7).start
    '2023-07'
    >>> fiscal_year(2024, fy_start_month=1).label
    '2024'
    """
    _check_fy_start(fy_start_month)
    first = _fy_first(end_year, fy_start_month)
    return Period(_fmt(first), _fmt(first + 11), _fy_label(first, fy_start_month))


_FY_LABEL_RE = re.compile(r"FY(\d{4})-(\d{2})")  # "FY2023-24" inside a label
_YEAR_IN_LABEL_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")  # "2024" in "early 2024"
_DECADE_LABEL_RE = re.compile(r"\d{3}0s\Z")  # "2020s", "early 2020s"


def with_fiscal_start(period: Period, fy_start_month: int) -> Period:
    """A whole split fiscal year ("FY2024-25") read under another economy's fiscal calendar;
    any other period as it is.

    >>> with_fiscal_start(fiscal_year(2025), 7)
    Period(start='2024-07', end='2025-06', label='FY2024-25', fuzzy=False)
    >>> with_fiscal_start(Period("2024-01", "2024-12", "2024"), 7).label
    '2024'
    """
    _check_fy_start(fy_start_month)
    found = _FY_LABEL_RE.fullmatch(period.label)
    first, last = _bounds(period)
    if found is None or fy_start_month == 1 or last - first != 11:
        return period
    start = _idx(int(found[1]), fy_start_month)
    return Period(_fmt(start), _fmt(start + 11), period.label, period.fuzzy)


def preceding(period: Period) -> Period | None:
    """The span of the same length just before ``period``: the month before a month, the quarter
    before a quarter ("up 4% month on month", "from the previous quarter"); None before year 0.

    >>> preceding(Period("2025-01", "2025-03", "2025-Q1")).label
    '2024-Q4'
    >>> preceding(Period("2025-03", "2025-03", "2025-03")).label
    '2025-02'
    """
    first, last = _bounds(period)
    return _mk(2 * first - last - 1, first - 1)


def years_back_to(period: Period, year: int) -> int:
    """How many years back "the same period in ``year``" lies from ``period``, for a comparison: the
    period's first year, or its last when that is the one it shares ("the year to May 2025 ...
    compared with the corresponding period in 2024" is a year back).

    >>> years_back_to(Period("2025-01", "2025-06", "2025-H1"), 2024)
    1
    >>> years_back_to(Period("2024-06", "2025-05", "2024-06..2025-05"), 2024)
    1
    """
    shift = int(period.start[:4]) - year
    return shift if shift > 0 else int(period.end[:4]) - year


#: a year and nothing else: "2022", "in 2022" (not "the whole of 2022", "full-year 2022")
BARE_YEAR = re.compile(r"(?:in\s+)?(?:19|20)\d\d")


def same_part_of(part: Period, year: Period) -> Period | None:
    """The months of ``part`` in an earlier calendar ``year``, when ``part`` is a part of one year:
    "exports in January-July 2023 grew 16% from $701 million in 2022" compares like with like, so the bare
    year of the base stands for the same months of it. None when the two are not a part and a whole year.

    >>> same_part_of(Period("2023-01", "2023-07", "2023-01..2023-07"), Period("2022-01", "2022-12", "2022")).label
    '2022-01..2022-07'
    >>> same_part_of(Period("2023-01", "2023-12", "2023"), Period("2022-01", "2022-12", "2022")) is None
    True
    """
    whole = year.start[5:] == "01" and year.end[5:] == "12" and year.start[:4] == year.end[:4]
    if not whole or part.start[:4] != part.end[:4] or months(part) >= 12:
        return None
    shift = int(part.start[:4]) - int(year.start[:4])
    return previous(part, shift) if shift > 0 else None


def previous(period: Period, years: int = 1) -> Period:
    """The same months ``years`` years earlier, with the label rewritten to match.

    >>> previous(fiscal_year(2024)).label
    'FY2022-23'
    >>> previous(Period("2025-01", "2025-11", "2025-01..2025-11")).label
    '2024-01..2024-11'
    >>> previous(Period("2024-01", "2024-06", "early 2024", fuzzy=True))
    Period(start='2023-01', end='2023-06', label='early 2023', fuzzy=True)
    """
    first, last = _bounds(period)
    shift = 12 * years
    new_first, new_last = first - shift, last - shift
    if new_first < 0 or new_last >= _idx(10000, 1):
        raise ValueError(f"{period.label} moved by {years} years leaves years 0..9999")
    label = period.label
    canonical = label == _canonical(first, last)
    if canonical or (_DECADE_LABEL_RE.search(label) and years % 10):
        label = _canonical(new_first, new_last)
    else:

        def fy(found: re.Match[str]) -> str:
            start_year = int(found[1]) - years
            return f"FY{start_year:04d}-{(start_year + 1) % 100:02d}"

        def year(found: re.Match[str]) -> str:
            return f"{int(found[1]) - years:04d}"

        label = _FY_LABEL_RE.sub(fy, label)
        if not _FY_LABEL_RE.search(period.label):
            label = _YEAR_IN_LABEL_RE.sub(year, label)
        if label == period.label:  # nothing recognisable to shift: fall back to the months
            label = _canonical(new_first, new_last)
    return Period(_fmt(new_first), _fmt(new_last), label, period.fuzzy)


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class YearPart:
    """Months within a year named by a word ("early" -> 1..6) and how the label reads."""

    first: int
    last: int
    label: str
    fuzzy: bool = True


@dataclass(frozen=True)
class Calendar:
    """A calendar other than the Gregorian one that writers count years in ("2080/81 BS")."""

    name: str
    marks: tuple[str, ...]  # written right after the year, as written
    offset: int  # the Gregorian year its year number starts in, minus the number
    start_month: int  # the Gregorian month its year starts in
    fiscal: bool = False  # the mark names a fiscal year
    mid_month: bool = False  # its months start mid-way through Gregorian months


@dataclass(frozen=True)
class PeriodLexicon:
    """The validated contents of ``periods.json``; see that file for what each list is for.

    Mappings are keyed by lower-case words except ``months``, whose keys keep
    the case they must be written in.
    """

    months: Mapping[str, int]
    ordinals: Mapping[str, int]
    numbers: Mapping[str, int]
    last_words: tuple[str, ...]
    leading_words: tuple[str, ...]
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    month_unit_words: tuple[str, ...]
    quarter_unit_words: tuple[str, ...]
    year_part_prefixes: Mapping[str, YearPart]
    year_part_nouns: Mapping[str, YearPart]
    seasons: Mapping[str, YearPart]
    relative_words: Mapping[str, int]
    anchor_words: tuple[str, ...]
    fiscal_words: tuple[str, ...]
    fiscal_non_period_nouns: tuple[str, ...]
    anaphora_blockers: tuple[str, ...]
    year_blockers: tuple[str, ...]
    month_cues: tuple[str, ...]
    base_cues: tuple[str, ...]
    weak_base_cues: tuple[str, ...]
    loose_base_cues: tuple[str, ...]
    level_verbs: tuple[str, ...]
    since_words: tuple[str, ...]
    target_words: tuple[str, ...]
    record_words: tuple[str, ...]
    generic_determiners: tuple[str, ...]
    calendars: tuple[Calendar, ...] = ()


_WORD_LIST_KEYS = (
    "last_words", "leading_words", "quarter_words", "half_words", "month_unit_words",
    "quarter_unit_words", "anchor_words", "fiscal_words", "fiscal_non_period_nouns",
    "anaphora_blockers", "year_blockers", "month_cues", "base_cues", "weak_base_cues", "loose_base_cues",
    "level_verbs", "since_words", "target_words", "record_words", "generic_determiners",
)


def _fail(source: str, message: str) -> LexiconError:
    return LexiconError(f"{source}: {message}")


def _words(raw: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise _fail(source, f"{key!r} must be a non-empty list of words")
    seen: set[str] = set()
    for word in value:
        if not isinstance(word, str) or not word.strip() or word != word.strip():
            raise _fail(source, f"{key!r} holds a bad word: {word!r}")
        if word.lower() in seen:
            raise _fail(source, f"{key!r} lists {word!r} twice")
        seen.add(word.lower())
    return tuple(word.lower() for word in value)


def _int_map(raw: Mapping[str, Any], key: str, source: str, lo: int, hi: int) -> dict[str, int]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        raise _fail(source, f"{key!r} must be a non-empty object of word: number")
    out: dict[str, int] = {}
    for word, number in value.items():
        if not word.strip() or word != word.strip():
            raise _fail(source, f"{key!r} holds a bad word: {word!r}")
        if isinstance(number, bool) or not isinstance(number, int) or not lo <= number <= hi:
            raise _fail(source, f"{key!r}: {word!r} must map to a whole number {lo}..{hi}, not {number!r}")
        if word.lower() in {w.lower() for w in out}:
            raise _fail(source, f"{key!r} lists {word!r} twice")
        out[word] = number
    return out


def _month_span(value: Any, where: str, source: str) -> tuple[int, int]:
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 1 <= value[0] <= value[1] <= 12
    )
    if not ok:
        raise _fail(source, f"{where} must be [first month, last month] within 1..12, not {value!r}")
    return value[0], value[1]


def _year_parts(raw: Mapping[str, Any], key: str, source: str) -> dict[str, YearPart]:
    value = raw.get(key)
    if not isinstance(value, dict) or not value:
        raise _fail(source, f"{key!r} must be a non-empty object")
    out: dict[str, YearPart] = {}
    for word, spec in value.items():
        if not isinstance(spec, dict):
            raise _fail(source, f"{key}.{word} must be an object with 'months' and 'label'")
        first, last = _month_span(spec.get("months"), f"{key}.{word}.months", source)
        label = spec.get("label")
        fuzzy = spec.get("fuzzy", True)
        if not isinstance(label, str) or not isinstance(fuzzy, bool) or (fuzzy and not label):
            raise _fail(source, f"{key}.{word} needs a text 'label' (set when fuzzy), a boolean 'fuzzy'")
        out[word.lower()] = YearPart(first, last, label, fuzzy)
    return out


def _calendars(raw: Mapping[str, Any], source: str) -> tuple[Calendar, ...]:
    value = raw.get("calendars", [])
    if not isinstance(value, list):
        raise _fail(source, "'calendars' must be a list of objects")
    out: list[Calendar] = []
    seen: set[str] = set()
    for spec in value:
        name = spec.get("name") if isinstance(spec, dict) else None
        marks = spec.get("marks") if isinstance(spec, dict) else None
        if not isinstance(spec, dict) or not isinstance(name, str) or not name:
            raise _fail(source, f"calendars: each needs a 'name', not {spec!r}")
        if not isinstance(marks, list) or not marks or not all(
            isinstance(m, str) and m.strip() and m == m.strip() and m not in seen for m in marks
        ):
            raise _fail(source, f"calendars.{name}.marks must be a non-empty list of words, each listed once")
        seen.update(marks)
        offset, start, fiscal, mid = (spec.get(k) for k in ("offset", "start_month", "fiscal", "mid_month"))
        if isinstance(offset, bool) or not isinstance(offset, int) or not -1000 <= offset <= 1000:
            raise _fail(source, f"calendars.{name}.offset must be a whole number of years -1000..1000")
        if isinstance(start, bool) or not isinstance(start, int) or not 1 <= start <= 12:
            raise _fail(source, f"calendars.{name}.start_month must be a month 1..12")
        if not isinstance(fiscal, bool) or not isinstance(mid, bool):
            raise _fail(source, f"calendars.{name}: 'fiscal' and 'mid_month' must be true or false")
        out.append(Calendar(name, tuple(marks), offset, start, fiscal, mid))
    return tuple(out)


def _validate(raw: Any, source: str) -> PeriodLexicon:
    if not isinstance(raw, dict):
        raise _fail(source, "the top level must be an object")
    data = {k: v for k, v in raw.items() if not k.startswith("_")}
    months_map = _int_map(data, "months", source, 1, 12)
    if set(months_map.values()) != set(range(1, 13)):
        raise _fail(source, "'months' must name every month 1..12")
    ordinals = {w.lower(): n for w, n in _int_map(data, "ordinals", source, 1, 12).items()}
    numbers = {w.lower(): n for w, n in _int_map(data, "numbers", source, 1, 12).items()}
    for name, table in (("ordinals", ordinals), ("numbers", numbers)):
        if set(table.values()) != set(range(1, 13)):
            raise _fail(source, f"{name!r} must name every number 1..12")
    seasons_raw = data.get("seasons")
    if not isinstance(seasons_raw, dict) or not seasons_raw:
        raise _fail(source, "'seasons' must be a non-empty object of season: [first, last]")
    seasons = {
        word.lower(): YearPart(*_month_span(span, f"seasons.{word}", source), label=word.lower())
        for word, span in seasons_raw.items()
    }
    relative = {w.lower(): n for w, n in _int_map(data, "relative_words", source, -1, 1).items()}
    lists = {key: _words(data, key, source) for key in _WORD_LIST_KEYS}
    for word in lists["anchor_words"]:
        if relative.get(word) != -1:
            raise _fail(source, f"anchor word {word!r} must also be a relative word meaning -1")
    known = {"months", "ordinals", "numbers", "seasons", "relative_words", "year_part_prefixes",
             "year_part_nouns", "calendars", *_WORD_LIST_KEYS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise _fail(source, f"unknown keys: {', '.join(unknown)}")
    return PeriodLexicon(
        months=months_map,
        ordinals=ordinals,
        numbers=numbers,
        year_part_prefixes=_year_parts(data, "year_part_prefixes", source),
        year_part_nouns=_year_parts(data, "year_part_nouns", source),
        seasons=seasons,
        relative_words=relative,
        calendars=_calendars(data, source),
        **lists,
    )


def load_lexicon(path: str | Path | None = None) -> PeriodLexicon:
    """Read and validate a period word list; the bundled ``periods.json`` when ``path`` is None.

    Raises :class:`~tradecheck.errors.LexiconError` naming the file and the problem.
    """
    source = str(path) if path is not None else "lexicon/periods.json"
    try:
        if path is None:
            text = resources.files("tradecheck.lexicon").joinpath("periods.json").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        raw = json.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(source, f"cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise _fail(source, f"is not valid JSON ({exc})") from exc
    return _validate(raw, source)


# --------------------------------------------------------------------------- regex pieces
#
# Speed: every rule starts with a required *head*, a case-sensitive alternation
# of literals ("quarter", "Quarter", "QUARTER"). For such a pattern ``re``
# skips, in C, every position whose character cannot start the head, so a rule
# costs milliseconds per megabyte of text that does not contain its head.
# Optional words before the head ("the", "from", "first") are matched after
# the fact, backwards from the head, by each rule's ``before`` pattern. All
# quantifiers are bounded, so no pattern can backtrack catastrophically.

_Trie = dict[str, "_Trie | str"]


def _trie(entries: Iterable[tuple[str, str]], *, after_first: str = "") -> str:
    """A regex matching any of ``entries`` (word, regex to append at its end), factored by prefix.

    ``re`` tries the branches of an alternation one by one; a trie keeps that
    to one character test per branch, so long word lists stay cheap. At each
    node continuing is tried before stopping, so the longest word wins.
    ``after_first`` is inserted after each word's first character: a
    lookbehind there still lets ``re`` skip positions by the first character.
    """
    root: _Trie = {}
    for word, suffix in entries:
        node = root
        for ch in " ".join(word.split()):
            child = node.setdefault(ch, {})
            if isinstance(child, str):  # pragma: no cover - "" is the only string key
                raise TypeError(word)
            node = child
        node[""] = suffix

    def emit(node: _Trie, depth: int) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if ch == "" or isinstance(child, str):
                continue
            piece = r"\s{1,3}" if ch == " " else re.escape(ch)
            branches.append(piece + (after_first if depth == 0 else "") + emit(child, depth + 1))
        end = node.get("")
        if isinstance(end, str):
            if not branches:
                return end
            branches.append(end)
            return "(?:" + "|".join(branches) + ")"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + emit(root, 0) + ")"


def _alt(words: Iterable[str]) -> str:
    """Any of the entries (the rules match them case-insensitively), spaces as 1-3 spaces."""
    return _trie((w, "") for w in words)


def _variants(word: str) -> list[str]:
    """The ways a word is capitalised in news: "last", "Last", "LAST", "Fiscal Year"."""
    return list(dict.fromkeys((word, word.lower(), word[:1].upper() + word[1:].lower(),
                               word.title(), word.upper())))


# After a head's first character: the head does not start inside a word.
_WORD_START = r"(?<!\w.)"


def _head(words: Iterable[str], *, word_end: bool = True) -> str:
    """A rule's required first word, case-sensitive in its usual capitalisations, at a word start."""
    forms = {form for word in words for form in _variants(word)}
    body = _trie(((w, "") for w in forms), after_first=_WORD_START)
    return "(?-i:" + body + ")" + (r"\b" if word_end else "")


def _month_alt(month_names: Mapping[str, int], *, head: bool = False, gate: str = "") -> str:
    """Month names, case-sensitive as written or upper case; abbreviations may end with a dot.

    Lower case is left out on purpose: "may" and "march" are verbs. As a head
    the names must start a word and pass ``gate`` (a lookbehind after the first letter).
    """
    full: dict[int, str] = {}
    for name, number in month_names.items():
        if len(name) > len(full.get(number, "")):
            full[number] = name
    entries = [
        (form, r"\b\.?" if name != full[number] else r"\b")
        for name, number in month_names.items()
        for form in dict.fromkeys((name, name.upper()))
    ]
    after = _WORD_START + gate if head else ""
    return ("" if head else r"\b") + "(?-i:" + _trie(entries, after_first=after) + ")"


def _gate(words: Iterable[str], separators: Iterable[str] = (r"\s",)) -> str:
    """Lookbehinds, placed after a head's first character, requiring one of ``words`` before it.

    ``re`` lookbehinds need a fixed width, so each word gets its own; they are
    nested by the words' last letters (a trie read backwards), so a failing
    position costs a few one-letter tests instead of one test per word.
    """
    root: dict[str, Any] = {}
    for word in {w.lower() for w in words}:  # a phrase's inner space is one literal space
        node = root
        for ch in reversed(word):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any], suffix: str, sep: str) -> str:
        looks = []
        if "" in node:  # the whole word: nothing but a word boundary before it
            looks.append(r"(?<=\b" + re.escape(suffix) + sep + ".)")
        for ch, child in sorted(node.items()):
            if ch:
                longer = ch + suffix
                looks.append(r"(?<=" + re.escape(longer) + sep + ".)" + emit(child, longer, sep))
        return looks[0] if len(looks) == 1 else "(?:" + "|".join(looks) + ")"

    return "(?i:" + "|".join(emit(root, "", sep) for sep in separators) + ")"


def _fill(template: str, parts: Mapping[str, str]) -> str:
    """Replace ``<<NAME>>`` placeholders with non-capturing groups around the named pieces."""
    out = template
    for name, piece in parts.items():
        out = out.replace(f"<<{name}>>", f"(?:{piece}\n)")
    leftover = re.search(r"<<\w+>>", out)
    if leftover:
        raise KeyError(f"no piece for placeholder {leftover[0]}")
    return out


# A year as the head of a rule. The lookbehinds sit after the first digits (so
# the rule still starts with a literal) and keep money, list numbers and dates
# out: "$2024 million", "No. 2024", "09/11/2023", "FY2024".
_YEAR_START = (
    r"(?:1(?<![\w$€£¥₹#/\-–—.,].)9|2(?<![\w$€£¥₹#/\-–—.,].)0)"
    r"(?<![$€£¥₹]\s..)(?<!No\.\s..)(?<!No\s..)\d{2}"
)
# A day of the month: "7", "07", "16th"; never the first digits of a longer number.
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"

# Clause boundaries for the comparison-base look-back: a comma that is not a
# thousands separator, brackets, dashes, semicolons, sentence ends.
_CLAUSE_RE = re.compile(r"[;:()\[\]—–]|,(?!\d)|[.!?](?=\s)")

#: Rule names in the order they break ties between equally long matches.
STAGES: tuple[str, ...] = (
    "fiscal_relative",
    "fiscal_ending",
    "year_just_ended",
    "months_ending",
    "year_of_month",
    "quarter_of_month",
    "quarters_ending",
    "fiscal_prefix",
    "fiscal_word_year",
    "year_fiscal_word",
    "year_range",
    "same_period",
    "previous_anchor",
    "previous_last",
    "previous_year",
    "ago",
    "since_past",
    "month_year_range",
    "month_range",
    "end_of_month",
    "count_months",
    "compact_n",
    "quarter_words",
    "quarter_compact",
    "quarter_range_compact",
    "quarter_compact_rev",
    "half_words",
    "half_compact",
    "half_compact_rev",
    "fuzzy_year",
    "season",
    "decade",
    "iso_date",
    "month_year",
    "month_cued",
    "month_dated",
    "month_flow",
    "month_when",
    "full_year",
    "relative",
    "year_so_far",
    "year_to_date",
    "calendar_year",
    "year",
    "anaphoric",
)


# --------------------------------------------------------------------------- internal values


@dataclass(frozen=True)
class _Ctx:
    """What a call knows besides the text."""

    doc_date: dt.date | None
    fy_start: int
    context_year: int | None
    fy_named_by_start: bool = False  # "fiscal 2024" starts in 2024 (Japan), not ends in it (India)

    def fy_end_of_name(self, year: int) -> int:
        """The year a fiscal year named by one year ("FY2024", "fiscal 2024") ends in."""
        return year + 1 if self.fy_named_by_start and self.fy_start != 1 else year

    def infer_year(self, end_month: int) -> int | None:
        """The year of a period that names no year ("in January", "the fourth quarter").

        The caller's context year wins; else the document's year, or the one
        before when the period would end after the document's month (news
        reports periods that are over).
        """
        if self.context_year is not None:
            return self.context_year
        if self.doc_date is None:
            return None
        year = self.doc_date.year
        return year - 1 if end_month > self.doc_date.month else year

    def fy_end_of(self, day: dt.date) -> int:
        """The year in which the fiscal year holding ``day`` ends."""
        if self.fy_start == 1 or day.month < self.fy_start:
            return day.year
        return day.year + 1


@dataclass(frozen=True)
class _Whole:
    """The year a part belongs to ("of 2025", "of FY25", "of this year")."""

    first: int | None  # first month of the 12-month whole; None when unresolved
    kind: str
    label: str = ""
    fiscal: bool = False  # a fiscal year that is not the calendar year
    years_back: int = 0
    valid: bool = True
    infer: bool = False  # "the year" with only the document's date: infer like a year-less period


_INVALID = _Whole(None, "absolute", valid=False)


@dataclass(frozen=True)
class _Part:
    """Months within a whole: offsets (0 = the whole's first month) or calendar months."""

    first: int = 0
    last: int = 11
    fuzzy: bool = False
    word: str = ""  # label prefix of fuzzy parts: "early", "spring"
    cal: tuple[int, int] | None = None  # calendar months, e.g. (1, 4) for January-April


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    period: Period | None
    kind: str
    year: int | None = None
    years_back: int = 0
    targetable: bool = False  # a whole year or fiscal year: "by ..." makes it a target
    stage: int = 0
    fy_stated: bool = False  # a fiscal year whose end the words state: "the financial year to June"


@dataclass(frozen=True)
class _Hit:
    """A rule's match plus the optional words matched just before it ("the", "from")."""

    m: re.Match[str]
    pre: re.Match[str] | None

    def g(self, name: str) -> str | None:
        """A named group's text from the match or the words before it; None if it did not take part."""
        for found in (self.m, self.pre):
            if found is not None and name in found.re.groupindex and found[name] is not None:
                return str(found[name])
        return None

    def s(self, name: str) -> int:
        """Where a named group starts (the group must have matched)."""
        for found in (self.m, self.pre):
            if found is not None and name in found.re.groupindex and found[name] is not None:
                return found.start(name)
        raise KeyError(name)

    @property
    def start(self) -> int:
        """Start including the words before the head."""
        return self.pre.start() if self.pre is not None else self.m.start()

    @property
    def end(self) -> int:
        return self.m.end()


_Handler = Callable[[_Hit, _Ctx], "_Cand | None"]
# A rule's look-back: (pattern ending in \Z, words it can end with, whether a number can end it).
_Before = tuple[str, frozenset[str], bool]


@dataclass(frozen=True)
class _Rule:
    name: str
    order: int
    pattern: re.Pattern[str]
    handler: _Handler
    before: re.Pattern[str] | None  # optional words right before the head, anchored at its start
    # The words ``before`` can end with (and whether a number may end it): a cheap test
    # that spares the backward search when the word before the head cannot start a match.
    before_words: frozenset[str] = frozenset()
    before_digits: bool = False
    # Lowercase words the rule cannot match without; a sentence lacking all of them skips it.
    needs: tuple[str, ...] = ()


#: Rules that match only where one of these (lowercase) strings is: a substring test is far
#: cheaper than running the pattern over every sentence.
_RULE_NEEDS: dict[str, tuple[str, ...]] = {
    "months_ending": ("month",),
    "quarter_of_month": ("quarter",),
    "year_of_month": ("year",),
    "quarters_ending": ("quarters",),
    "quarter_range_compact": ("q",),
    "year_so_far": ("so far", "to date"),
    "full_year": ("full", "whole", "entire"),
}


def _previous_word(text: str, head: int) -> str:
    """The word right before ``head`` (with a trailing dot: "vs."), lower case; "" if none is there.

    Only 1-3 spaces or a hyphen may separate it from ``head``.
    """
    gap = head
    while gap > 0 and head - gap < 3 and (text[gap - 1].isspace() or text[gap - 1] == "-"):
        gap -= 1
    if gap == head:
        return ""
    end = gap
    if gap > 0 and text[gap - 1] == ".":
        gap -= 1
    start = gap
    while start > 0 and gap - start < 16 and text[start - 1].isalnum():
        start -= 1
    return text[start:end].lower()


def _expand(digits: str, after: int | None = None) -> int:
    """A year from 4 or 2 digits; two digits follow ``after`` ("2023-24") or pick 19xx/20xx."""
    value = int(digits)
    if len(digits) == 4:
        return value
    if after is not None:
        year = after // 100 * 100 + value
        return year + 100 if year < after else year
    return 1900 + value if value >= 70 else 2000 + value


def _join_label(word: str, base: str) -> str:
    """ "early" + "2024" -> "early 2024"; "mid-" + "2024" -> "mid-2024"."""
    return word + base if word.endswith("-") else f"{word} {base}"


def _norm(words: str | None) -> str:
    return " ".join((words or "").lower().split())


# --------------------------------------------------------------------------- the finder

_FLAGS = re.IGNORECASE | re.VERBOSE
#: "for a full year", "one whole year": a length of time, not a year the text names
_DURATION_WORDS = frozenset({"a", "an", "one", "per", "every", "each"})


_APPOSITION = re.compile(r"\s*[,(]\s*")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
#: an article and up to two lower-case words before a month: "a strong", "the", "a very weak"
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the|its|their|that|this)\s{1,3}(?:[a-z]+[\s-]{1,3}){0,2}\Z")
#: the words that name a fiscal year: "the first half of fiscal 2025", "H1 FY25", "the financial year"
FISCAL_NAME = re.compile(r"(?i:fiscal|financial)|(?-i:FY)")
_SPLIT_YEARS = re.compile(r"\d\s*[-–/]\s*\d")  # "2024-25", "FY2023/24": a fiscal year named by both years


def _restated(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """ "2023-24, the financial year that ended in June 2024": an apposition that restates a fiscal
    year gives its months to the year named before it (here July-June, not the April-March default)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.period is not None
            and b.period is not None
            and a.period.label.startswith("FY")
            and b.period.label == a.period.label
            and b.period != a.period
            and _APPOSITION.fullmatch(text, a.end, b.start)
        ):
            out[i] = replace(a, period=b.period, fy_stated=True)
    return out


#: "2022-2023" written with both years in full and a dash: a two-year span, or a split fiscal year
_FULL_SPLIT = re.compile(r"(?<!\d)(?:19|20)\d{2}\s{0,2}[-–]\s{0,2}(?:19|20)\d{2}(?!\d)")
_TWO_YEARS_LABEL = re.compile(r"(\d{4})\.\.(\d{4})")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _split_as_fiscal(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """ "reached $9 million in 2022-2023, against $5 million in the fiscal year 2021-2022": a sentence
    that names a split fiscal year counts in fiscal years, so two consecutive years written the same way
    beside it are a fiscal year too, not two calendar years."""
    out = list(found)
    for i, p in enumerate(out):
        two = _TWO_YEARS_LABEL.fullmatch(p.period.label) if p.period is not None else None
        if two is None or int(two[2]) != int(two[1]) + 1 or not _FULL_SPLIT.search(p.surface):
            continue
        for q in found:
            if (
                q is p
                or q.period is None
                or not q.period.label.startswith("FY")
                or not FISCAL_NAME.search(q.surface)
                or not _SPLIT_YEARS.search(q.surface)
                or _SENTENCE_BREAK.search(text, min(p.end, q.end), max(p.start, q.start))
            ):
                continue
            out[i] = replace(p, period=previous(q.period, int(q.period.end[:4]) - int(two[2])))
            break
    return out


class PeriodFinder:
    """Compiles a :class:`PeriodLexicon` into rules once; :meth:`find` runs them on a text."""

    def __init__(self, lexicon: PeriodLexicon) -> None:
        self.lexicon = lexicon
        lex = lexicon
        self._month_number = {name.lower(): n for name, n in lex.months.items()}
        self._loose_cues = frozenset(w.rstrip(".") for w in lex.loose_base_cues)
        self._level_verbs = frozenset(lex.level_verbs)
        year_end = r"\d|[^\W\d_]|%|[-–—/]\d|[.,]\d|\s{0,2}" + _alt(lex.year_blockers) + r"\b|\s?%"
        month_gate = "|".join((
            _gate(lex.month_cues),                                 # "in May", "since June"
            _gate(lex.year_part_prefixes, (r"\s", "-")),           # "early May", "mid-June"
            r"(?<=\d\s.)|(?<=\d(?:st|nd|rd|th)\s.)",               # "7 August", "16th April"
        ))
        initials = {n[0].upper() for n in lex.months}
        parts: dict[str, str] = {
            "MONTH": _month_alt(lex.months),
            "MONTH_HEAD": _month_alt(lex.months, head=True),
            # a month's first letter, as a cheap test before a pattern's lookbehinds
            "MONTH_INITIAL": "(?-i:(?=[" + "".join(sorted({n[0] for n in lex.months} | initials)) + "]))",
            "MONTH_GATED": _month_alt(lex.months, head=True, gate=f"(?:{month_gate})"),
            "DAY": _DAY,
            "YEAR_START": _YEAR_START,
            "YEAR_HEAD": _YEAR_START + r"(?!" + year_end + ")",
            "YEAR": r"(?:19|20)\d{2}(?!" + year_end + ")",
            "YEAR_END": year_end,
            "NUM": r"(?:1[0-2]|0?[1-9]|" + _alt(lex.numbers) + r")\b",
            "ORD": _alt([*lex.ordinals, *lex.last_words]) + r"\b",
            "COUNT": _alt([*lex.leading_words, *lex.last_words]),
            "QUARTER_HEAD": _head(lex.quarter_words),
            "HALF_HEAD": _head(lex.half_words),
            "UNITS_HEAD": _head([*lex.month_unit_words, *lex.quarter_unit_words]),
            "PREFIX": _alt(lex.year_part_prefixes),
            "FUZZY_HEAD": _head([*lex.year_part_prefixes, *lex.year_part_nouns]),
            "SEASON_HEAD": _head(lex.seasons),
            "REL": _alt(lex.relative_words),
            "REL_HEAD": _head(lex.relative_words),
            "ANCHOR_HEAD": _head(lex.anchor_words),
            "FISCAL": _alt(lex.fiscal_words),
            "FISCAL_HEAD": _head(["fiscal", "financial"]),
            "FISCAL_NOUNS": _alt(lex.fiscal_non_period_nouns),
            "ANAPHORA_BLOCKERS": _alt(lex.anaphora_blockers),
            "SAME_HEAD": _head(["same", "corresponding", "comparable", "equivalent", "like"]),
            "LAST_PAST_HEAD": _head(["last", "past"]),
            "YEAR_WORD_HEAD": _head(["year"]),
            "FULL_HEAD": _head(["full", "whole", "entire"]),
            "YEAR_MONTHS_HEAD": _head(["year", "months"]),
            "AGO_UNIT_HEAD": _head(["years", "year", "months", "month"]),
            "SPAN_PREP_HEAD": _head(["over", "in", "during", "for", "within", "throughout"]),
            "END_HEAD": _head(["end"]),
            "YTD_HEAD": _head(["so", "year", "YTD"]),
            "CALENDAR_HEAD": _head(["CY", "calendar"], word_end=False),   # "CY2023"
            "FY_HEAD": "(?-i:F" + _WORD_START + "Y)",
            "THE_HEAD": _head(["the"]),
        }
        # "the first eight months (July-February) of fiscal year 2024-25": a bracket may spell out the
        # part's months before its year
        month = parts["MONTH"]
        gloss = rf"\(\s*{month}\s*(?:[-–—/]|to)\s*{month}\s*\)\s{{1,3}}"
        parts["WHOLE_SEP"] = rf",?\s{{1,3}}(?:{gloss})?(?:(?:of|in|for|during)\s{{1,3}})?"
        # The year a part belongs to ("of 2025", "FY25", "of this year"); every rule
        # that uses it shares these group names.
        parts["WHOLE"] = _fill(
            r"""
            (?:FY|fiscal(?:\s{1,3}year)?|financial\s{1,3}year)\s{0,2}['’-]?\s?   # "FY25", "fiscal 2024"
                (?P<wfa>(?:19|20)\d{2}|\d{2})
                (?:\s{0,2}[-–/]\s{0,2}(?P<wfb>(?:19|20)\d{2}|\d{2}))?             # "FY2023-24"
                (?!\d|[^\W\d_])
            | (?:the\s{1,3})?(?P<wfc>(?:19|20)\d{2})                              # "the 2024 fiscal"
                (?:\s{0,2}[-–/]\s{0,2}(?P<wfd>\d{2}))?
                \s{1,3}(?:fiscal(?:\s{1,3}year)?|financial\s{1,3}year)\b
                (?!\s{1,3}<<FISCAL_NOUNS>>\b)
            | (?P<wy>(?:19|20)\d{2})(?:\s{0,2}[-–/]\s{0,2}(?P<wyy>\d{2}))?        # "2025", "2023-24"
                (?!<<YEAR_END>>)
            | (?:the\s{1,3})?(?P<wrf><<REL>>)\s{1,3}(?:fiscal|financial)(?:\s{1,3}year)?\b  # "the current fiscal year"
                (?:\s{1,3}(?P<wfe>(?:19|20)\d{2})(?:\s{0,2}[-–/]\s{0,2}(?P<wff>\d{2}))?(?!\d))?   # "... 2024-25"
            | (?P<wrel>(?:the\s{1,3})?(?:<<REL>>|same)|the)\s{1,3}year\b(?!['’]s)  # "this year", "the year"
            """,
            parts,
        )
        # Words that may come right before a rule's head, matched backwards from it:
        # (pattern, the words it can end with, whether it can end with a number).
        the = frozenset({"the"})
        prefixes = frozenset(lex.year_part_prefixes)
        numbers = frozenset(lex.numbers)
        before_the: _Before = (r"(?:\b(?P<the>the)\s{1,3})?\Z", the, False)
        before_range: _Before = (r"(?:\b(?P<pre>from|between)\s{1,3})?(?:\b(?P<the>the)\s{1,3})?\Z",
                                 the | {"from", "between"}, False)
        before_month: _Before = (
            r"(?:\b(?P<fz><<PREFIX>>)[\s-]{1,2})?(?:\b(?P<d1><<DAY>>)\s{1,3}(?:of\s{1,3})?)?\Z",
            prefixes | {"of"}, True)
        before_year: _Before = (
            r"(?:(?:\b(?P<the>the)\s{1,3})?\b(?:(?:whole|full|entire)[\s-]{1,2})?year\s{1,3})?\Z",
            frozenset({"year"}), False)
        before_decade: _Before = (r"(?:\b(?P<the>the)\s{1,3})?(?:\b(?P<pre><<PREFIX>>)(?:\s{1,3}|-))?\Z",
                                  the | prefixes, False)
        preps = frozenset({"during", "in", "for", "over", "through", "throughout", "within"})
        before_prep: _Before = (r"(?:\b(?P<prep>" + "|".join(sorted(preps)) + r")\s{1,3})?\Z", preps, False)
        before_ord: _Before = (r"(?:\b(?P<the>the)\s{1,3}|\b(?P<py>(?:19|20)\d{2})['’]s\s{1,3})?"  # "2024's first half"
                               r"\b(?P<ord><<ORD>>)(?:\s{1,3}|-)\Z",
                               frozenset(lex.ordinals) | frozenset(lex.last_words), False)
        before_count: _Before = (r"""(?:\b(?P<the>the)\s{1,3})?(?:\b(?P<pos><<COUNT>>)\s{1,3})?
                                     (?<![\w.,])(?P<n><<NUM>>)\s{1,3}\Z""", numbers, True)
        before_ago: _Before = (r"(?<![\w.,])(?P<n>an?\b|<<NUM>>)\s{1,3}\Z", numbers | {"a", "an"}, True)
        before_ending: _Before = (
            r"""(?:\b(?P<the>the)\s{1,3})?
                (?:\b(?P<fisc>fiscal|financial)\s{1,3}|(?<![\w.,])(?P<twelve>12|twelve)\s{1,3})?\Z""",
            the | {"fiscal", "financial", "twelve"}, True)
        table: list[tuple[str, str, _Handler, _Before | None]] = [
            ("fiscal_relative", r"""
                (?P<rel><<REL_HEAD>>)\s{1,3}                # last / previous / current / next
                (?:<<FISCAL>>|FY)\b                         # fiscal, fiscal year, financial year, FY
                (?!\s{0,2}['’]?\d)                          # "last fiscal 2023" names the year itself
                (?!\s{1,3}<<FISCAL_NOUNS>>\b)               # "the previous fiscal deficit"
                """, self._h_fiscal_relative, before_the),
            ("fiscal_ending", r"""
                (?P<unit><<YEAR_MONTHS_HEAD>>)              # "(financial) year", "(12) months"
                (?:,?\s{1,3}(?:that|which)\s{1,3}(?:(?:has\s{1,3})?just\s{1,3}ended|ended|(?P<ahead>ends|will\s{1,3}end))|\s{1,3}(?:ending|ended|to|through))
                (?:\s{1,3}(?:in|on))?\s{1,3}             # "the fiscal year that ended in March 2024"
                (?:the\s{1,3}end\s{1,3}of\s{1,3}|end[-\s]{1,2})?   # "the year to the end of May", "to end-March"
                (?:(?:<<DAY>>\s{1,3}(?:of\s{1,3})?)?          # "31 March"
                   (?P<m><<MONTH>>)
                   (?:\s{1,3}<<DAY>>)?                      # "March 31"
                   (?:,?\s{1,3}(?P<y><<YEAR>>))?             # no year: "the year to September" (inferred)
                  |(?P<qy><<YEAR>>)\s{1,3}(?-i:Q)(?P<q>[1-4])(?!\d)       # "the year to end 2018 Q2"
                  |(?-i:Q)(?P<q2>[1-4])\s{1,3}(?P<qy2><<YEAR>>))          # "the year to Q2 2018"
                """, self._h_fiscal_ending, before_ending),
            ("year_just_ended", r"""
                (?P<unit><<YEAR_MONTHS_HEAD>>)              # "the fiscal year", "the year"
                ,?\s{1,3}(?:that|which)\s{1,3}(?:has\s{1,3})?(?:just|recently)\s{1,3}(?:ended|closed|concluded)\b
                (?!\s{1,3}(?:in|on|with)\b)                 # "that just ended in March" names its month
                """, self._h_year_just_ended, before_ending),
            ("months_ending", r"""
                (?P<n>\d{1,2}|<<NUM>>)\s{1,3}months?\s{1,3}(?:to|through|thru|ending|ended)(?:\s{1,3}in)?\s{1,3}
                (?:<<DAY>>\s{1,3}(?:of\s{1,3})?)?          # "30 November"
                (?P<m><<MONTH>>)
                (?:\s{1,3}<<DAY>>)?                         # "November 30"
                (?:,?\s{1,3}(?P<y><<YEAR>>))?
                """, self._h_months_ending, None),
            ("year_of_month", r"""
                (?P<m><<MONTH>>)\s{1,3}(?P<y><<YEAR>>)\s{1,3}year\b(?!['’]s|-|\s{1,3}(?:on|earlier|ago|before)\b)
                """, self._h_year_of_month, None),              # "the June 2024 year" (Stats NZ)
            ("quarter_of_month", r"""
                (?:(?P<m><<MONTH>>)\s{1,3}(?:(?P<y0><<YEAR>>)\s{1,3})?quarter\b  # "the September (2024) quarter"
                  |quarter\s{1,3}(?:ended|ending|to|through)(?:\s{1,3}in)?\s{1,3}   # "the quarter ended September 30"
                   (?:<<DAY>>\s{1,3}(?:of\s{1,3})?)?(?P<m2><<MONTH>>)(?:\s{1,3}<<DAY>>)?)
                (?:,?\s{1,3}(?:of\s{1,3})?(?P<y><<YEAR>>))?
                """, self._h_quarter_of_month, None),
            ("quarters_ending", r"""
                (?:four|4)\s{1,3}quarters\s{1,3}(?:to|ending|ended|through)\s{1,3}   # "four quarters to"
                (?:the\s{1,3}end\s{1,3}of\s{1,3})?
                (?:(?-i:Q)(?P<q>[1-4])                      # "Q4 2023"
                  |the\s{1,3}(?P<ord>first|second|third|fourth)\s{1,3}quarter(?:\s{1,3}of)?)
                \s{1,3}(?P<y><<YEAR>>)
                """, self._h_quarters_ending, None),
            ("fiscal_prefix", r"""
                <<FY_HEAD>>\s{0,2}['’-]?\s?                 # "FY", "FY ", "FY'", "FY-"
                (?P<a>(?:19|20)\d{2}|\d{2})                 # "24", "2024"
                (?:\s{0,2}[-–/]\s{0,2}(?P<b>(?:19|20)\d{2}|\d{2}))?   # "-25", "/2025"
                (?!\d|[^\W\d_])
                """, self._h_fiscal_prefix, None),
            ("fiscal_word_year", r"""
                (?P<h><<FISCAL_HEAD>>)
                (?P<yr>\s{1,3}years?)?\s{1,3}               # "fiscal", "fiscal year", "financial year"
                (?:\(FY\)\s{1,3})?                          # "fiscal year (FY) 2024"
                (?P<a>(?:19|20)\d{2})
                (?:\s{0,2}[-–/]\s{0,2}(?P<b>(?:19|20)\d{2}|\d{2}))?   # "2024-25", "2024/2025"
                (?!\d|[^\W\d_]|[-–/]\d)
                """, self._h_fiscal_word_year, before_the),
            ("year_fiscal_word", r"""
                (?P<a><<YEAR_HEAD>>)
                \s{1,3}(?:fiscal(?:\s{1,3}year)?|financial\s{1,3}year)\b   # "the 2024 fiscal"
                (?!\s{1,3}<<FISCAL_NOUNS>>\b)                              # "the 2024 fiscal deficit"
                """, self._h_year_fiscal_word, before_the),
            ("year_range", r"""
                (?P<a><<YEAR_START>>)
                (?:\s{0,2}(?P<dash>[-–—/])\s{0,2}           # "2025–2027", "2023-24", "2023/24"
                  |\s{1,3}(?P<word>to|through|thru|until|till|and)\s{1,3})
                (?P<b>(?:19|20)\d{2}|\d{2})
                (?!<<YEAR_END>>)
                (?P<tail>\s{1,3}(?:(?:fiscal|financial)\s{1,3}year     # "the 2021-22 financial year"
                  |fiscal(?!\s{1,3}<<FISCAL_NOUNS>>\b)
                  |period))?                                            # "the 2025–2027 period"
                """, self._h_year_range, before_range),
            ("same_period", r"""
                <<SAME_HEAD>>\s{1,3}
                (?:period|time|months?|quarter|half(?:-year)?|stretch)\b
                (?:\s{1,3}(?P<n>an?|<<NUM>>)\s{1,3}years?\s{1,3}     # "the same period a year earlier"
                      (?:earlier|ago|before|prior|previously)\b
                  |\s{1,3}(?:(?:of|in|during|for)\s{1,3})?(?:the\s{1,3})?   # "of the previous year"
                      (?P<adj><<REL>>)\s{1,3}(?:year|fiscal(?:\s{1,3}year)?|financial\s{1,3}year)\b
                  |\s{1,3}(?:of|in|during|for)\s{1,3}(?:the\s{1,3}year\s{1,3})?   # "in 2024"
                      (?P<y>(?:19|20)\d{2})(?!\d|[^\W\d_]|[-–/]\d))
                """, self._h_same_period, before_the),
            ("previous_anchor", r"""
                <<ANCHOR_HEAD>>\s{1,3}                      # "the previous year('s)", "the prior period"
                (?:year|period|(?:12|twelve)\s{1,3}months)\b(?:['’]s)?
                """, self._h_previous, before_the),
            ("previous_last", r"""
                <<LAST_PAST_HEAD>>\s{1,3}year['’]s          # "last year's"
                """, self._h_previous, before_the),
            ("previous_year", r"""
                <<YEAR_WORD_HEAD>>
                (?:\s{1,3}(?:before|earlier)\b(?!\s{1,3}(?:last|the|that)\b)   # "the year before"
                  |[-\s]ago\b(?:\s{1,3}(?:period|quarter|months?))?)          # "the year-ago quarter"
                """, self._h_previous, before_the),
            ("ago", r"""
                (?P<unit><<AGO_UNIT_HEAD>>)\s{1,3}          # "a year ago", "two years earlier"
                (?:(?P<ago>ago)\b
                  |(?:earlier|previously)\b(?!\s{1,3}(?:the|that)\b)      # "a year earlier to $33.8 billion"
                  |(?:before|prior)\b(?!\s{1,3}(?:to|the|that)\b))        # not "two years prior to the war"
                """, self._h_ago, before_ago),
            ("since_past", r"""
                <<SPAN_PREP_HEAD>>\s{1,3}the\s{1,3}(?:past|last|previous|preceding)\s{1,3}
                (?P<n>\d{1,3}|<<NUM>>)\s{1,3}years\b        # "over the past 16 years"
                """, self._h_since_past, None),
            ("month_year_range", r"""
                (?P<m1><<MONTH_HEAD>>)(?:\s{1,3}<<DAY>>)?
                ,?\s{1,3}(?P<y1><<YEAR>>)                                   # "April 2001"
                (?:\s{0,2}[-–—]\s{0,2}|\s{1,3}(?P<word>to|through|thru|until|till|and)\s{1,3})
                (?:<<DAY>>\s{1,3}(?:of\s{1,3})?)?(?P<m2><<MONTH>>)(?:\s{1,3}<<DAY>>)?
                ,?\s{1,3}(?P<y2><<YEAR>>)                                   # "September 2024"
                """, self._h_month_year_range, before_range),
            ("month_range", r"""
                (?P<part>(?P<m1><<MONTH_HEAD>>)
                  (?:\s{0,2}[-–—/]\s{0,2}|-to-|\s{1,3}(?P<word>to|through|thru|until|till|and)\s{1,3})
                  (?P<m2><<MONTH>>))
                (?:\s{0,2}\[(?:of\s{1,3})?(?P<by><<YEAR>>)\])?               # editorial "[of 2023]"
                (?P<tail>\s{1,3}(?:period|months|quarter))?                  # "the January-April period of 2020"
                # "of 2025", "of this year", "(2024-25)"
                (?:(?P<open>\s{0,2}\(\s{0,2})?(?(open)|<<WHOLE_SEP>>)<<WHOLE>>(?(open)\s{0,2}\)))?
                (?P<tail2>\s{1,3}(?:period|months|quarter))?                 # "the January-April 2025 period"
                """, self._h_month_range, before_range),
            ("end_of_month", r"""
                <<END_HEAD>>(?:\s{1,3}of\s{1,3}|-)          # "the end of", "end-"
                (?P<part>(?P<m><<MONTH>>))
                (?:<<WHOLE_SEP>><<WHOLE>>)?
                """, self._h_end_of_month, before_the),
            ("count_months", r"""
                (?P<part>(?P<unit><<UNITS_HEAD>>))          # "(the first ten) months", "(two) quarters"
                (?:(?P<sep><<WHOLE_SEP>>)<<WHOLE>>)?        # "of 2023", "of the year"
                """, self._h_count_months, before_count),
            ("compact_n", r"""
                (?-i:M)(?<=\d.)                             # "(10)M", "(9)M"
                \s?(?:<<WHOLE>>|(?P<yy>\d{2})(?![\d\w]))    # "2024", "FY24", "23"
                """, self._h_compact_n, None),
            ("quarter_words", r"""
                (?P<part><<QUARTER_HEAD>>)                  # "(the first) quarter"
                (?:\s{0,2}\([A-Za-z]{3,9}\s{0,2}[-–]\s{0,2}[A-Za-z]{3,9}\))?   # "(July-September)"
                (?:<<WHOLE_SEP>><<WHOLE>>)?
                """, self._h_quarter_words, before_ord),
            ("quarter_compact", r"""
                (?-i:Q)(?<!\w.)(?P<n>[1-4])(?!\d)           # "Q1"
                (?:\s{0,2}(?:of\s{1,3})?<<WHOLE>>           # "Q1 2025", "Q1 FY25"
                  |\s?[-/'’]\s?(?P<yy>(?:19|20)\d{2}|\d{2})(?![\d\w]))?   # "Q1'25", "Q1-2025"
                """, self._h_quarter_compact, None),
            ("quarter_range_compact", r"""
                (?-i:Q)(?<!\w.)(?P<qa>[1-4])\s?[-–—]\s?(?-i:Q)(?P<qb>[1-4])(?!\d)   # "Q1-Q3"
                \s{0,2}(?:of\s{1,3})?<<WHOLE>>                                     # "2024", "FY25"
                """, self._h_quarter_range_compact, None),
            ("quarter_compact_rev", r"""
                (?-i:Q)(?<=\b[1-4].)(?:\s{1,3}of\s{1,3}|\s?)(?P<fy>FY\s?)?       # "(1)Q", "(1)QFY"
                (?P<yy>(?:19|20)\d{2}|\d{2})(?![\d\w])      # "25", "2025"
                """, self._h_quarter_compact, None),
            ("half_words", r"""
                (?P<part><<HALF_HEAD>>)                     # "(the first) half"
                (?:<<WHOLE_SEP>><<WHOLE>>)?
                """, self._h_half_words, before_ord),
            ("half_compact", r"""
                (?-i:H)(?<!\w.)(?P<n>[12])(?!\d)            # "H1"
                (?:\s{0,2}(?:of\s{1,3})?<<WHOLE>>
                  |\s?[-/'’]\s?(?P<yy>(?:19|20)\d{2}|\d{2})(?![\d\w]))?
                """, self._h_half_compact, None),
            ("half_compact_rev", r"""
                (?-i:H)(?<=\b[12].)(?:\s{1,3}of\s{1,3}|\s?)(?P<fy>FY\s?)?        # "(1)H", "(1)HFY"
                (?P<yy>(?:19|20)\d{2}|\d{2})(?![\d\w])
                """, self._h_half_compact, None),
            ("fuzzy_year", r"""
                (?P<h><<FUZZY_HEAD>>)                       # "early", "mid", "the end", "the beginning"
                (?P<sep>\s{1,3}of\s{1,3}                    # "the beginning of 2024"
                  |\s{1,3}(?:in\s{1,3})?                    # "early 2024", "early in 2024"
                  |\s{0,2}-\s{0,2})                         # "mid-2024", "end-2024"
                <<WHOLE>>
                """, self._h_fuzzy_year, before_the),
            ("season", r"""
                (?P<part>(?P<s><<SEASON_HEAD>>))(?:\s{1,3}of)?\s{1,3}   # "the fall of", "summer"
                <<WHOLE>>
                """, self._h_season, before_the),
            ("decade", r"""
                (?P<d>(?:1(?<![\w$€£¥₹.,].)9|2(?<![\w$€£¥₹.,].)0)\d0)['’]?s\b   # "2020s", "1990's"
                """, self._h_decade, before_decade),
            ("iso_date", r"""
                (?P<y><<YEAR_START>>)-(?P<m>0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)   # "2024-05-01"
                """, self._h_iso_date, None),
            ("month_year", r"""
                (?P<part>(?P<m><<MONTH_HEAD>>)(?:\s{1,3}<<DAY>>)?)   # "September 30"
                ,?\s{1,3}(?:of\s{1,3})?
                <<WHOLE>>                                   # "2024", "last year"
                """, self._h_month_year, before_month),
            ("month_cued", r"""
                (?P<part>(?P<m><<MONTH_GATED>>)             # "in May", "7 August"; not "Theresa May"
                  (?:\s{1,3}<<DAY>>)?)
                """, self._h_month_alone, before_month),
            ("month_dated", r"""
                (?P<part>(?P<m><<MONTH_HEAD>>)\s{1,3}<<DAY>>)   # "August 7"
                """, self._h_month_alone, before_month),
            ("month_flow", r"""
                <<MONTH_INITIAL>>
                (?:^|(?<=[.!?:;\n]\s)|(?<=\b[Tt]he\s)|(?<=\b[Tt]hose\s)|(?<=\b[Tt]hese\s)|(?<=\bits\s)
                  |(?<=\btheir\s)|(?<=\bof\s)|(?<=\band\s)|(?<=\bwith\s))   # not "Theresa May exports"
                (?P<part>(?P<m><<MONTH_HEAD>>))             # "September imports", "May trade figures"
                (?=\s{1,3}(?:imports?|exports?|shipments|trade|sales|deliveries|purchases|figures|data)\b)
                """, self._h_month_alone, before_month),
            ("month_when", r"""
                <<MONTH_INITIAL>>
                (?P<part>(?P<m><<MONTH_HEAD>>))             # "a strong August, when ...": a time, not a name
                (?=,\s{1,3}when\b)
                """, self._h_month_when, None),
            ("full_year", r"""
                <<FULL_HEAD>>(?P<sep>[\s-]{1,2})             # "the full year", "full-year exports"
                (?:(?P<fisc>fiscal|financial)\s{1,3}|(?P<cal>calendar)\s{1,3})?year\b
                (?!['’](?!s\b)|[-–]\d|\s{0,3}(?:FY\s?)?\d)   # "full-year 2023" names it; "the whole year's" is one
                (?!,?\s{1,3}(?:to|ending|ended|through|which|that|of)\b)   # "the full year to June"
                """, self._h_full_year, before_the),
            ("relative", r"""
                (?P<rel><<REL_HEAD>>)\s{1,3}
                (?P<unit>year|month|quarter)\b(?!-)         # "last year", "this month", "this year's"
                """, self._h_relative, before_the),
            ("year_so_far", r"""
                (?:this|the\s{1,3}current)\s{1,3}year\s{1,3}(?:so\s{1,3}far|to\s{1,3}date)\b  # "this year so far"
                """, self._h_year_so_far, None),
            ("year_to_date", r"""
                (?P<h><<YTD_HEAD>>)
                (?P<rest>\s{1,3}far\s{1,3}(?:this|in\s{1,3}the)\s{1,3}year\b   # "so far this year"
                  |[-\s]to[-\s]date\b)?                                      # "year-to-date"
                """, self._h_year_to_date, before_the),
            ("calendar_year", r"""
                (?P<h><<CALENDAR_HEAD>>)
                (?:\s?['’]?(?P<a>(?:19|20)\d{2}|\d{2})      # "CY2023", "CY23"
                  |\s{1,3}(?:year\s{1,3})?(?P<b>(?:19|20)\d{2}))   # "calendar year 2023"
                (?![\d\w]|[-–/]\d)
                """, self._h_calendar_year, None),
            ("year", r"""
                (?P<y><<YEAR_HEAD>>)                        # "2024"
                """, self._h_year, before_year),
            ("anaphoric", r"""
                (?P<span><<THE_HEAD>>\s{1,3}(?P<same>same\s{1,3})?
                  (?P<noun>fiscal\s{1,3}year|financial\s{1,3}year|fiscal|period|year))\b
                (?![-–'’])                                  # "the year-ago", "the year's"
                (?!\s{1,3}(?:<<ANAPHORA_BLOCKERS>>|<<FISCAL_NOUNS>>)\b)
                (?!\s{0,3}\d)                               # "the year 2023" is absolute
                """, self._h_anaphoric, before_prep),
        ]
        if [name for name, *_ in table] != list(STAGES):
            raise KeyError("the rule table and STAGES must list the same rules in the same order")
        self._rules: list[_Rule] = [
            _Rule(name, order, re.compile(_fill(template, parts), _FLAGS), handler,
                  re.compile(_fill(before[0], parts), _FLAGS) if before else None,
                  before[1] if before else frozenset(), before[2] if before else False,
                  _RULE_NEEDS.get(name, ()))
            for order, (name, template, handler, before) in enumerate(table)
        ]
        # "through September", "to December 2024": where the span just named ends
        self._through_after = re.compile(_fill(r"""
            ,?\s{1,3}(?:through|thru|to|till|until|up\s{1,3}to|ending(?:\s{1,3}in)?|ended(?:\s{1,3}in)?)\s{1,3}
            (?:the\s{1,3}end\s{1,3}of\s{1,3})?
            (?P<m><<MONTH>>)(?:\s{1,3}<<DAY>>)?(?:,?\s{1,3}(?P<y><<YEAR>>))?
            (?!['’]s|\s{1,3}(?:levels?|figures?|data|numbers|highs?|lows?|peaks?)\b)
            """, parts), _FLAGS)
        # "(July-June)", "(April to March)": a fiscal year's months without years
        self._month_pair = re.compile(_fill(r"""
            (?P<m1><<MONTH>>)\s{0,3}(?:[-–—/]|to|through)\s{0,3}(?P<m2><<MONTH>>)
            """, parts), _FLAGS)
        # "fiscal 2025, which ended on Sept 30", "the last fiscal year, which ends in June 2025"
        self._fy_end_after = re.compile(_fill(r"""
            ,?\s{1,3}(?:which|that)\s{1,3}
            (?P<tense>ended|ends|closed|closes|will\s{1,3}end|ran\s{1,3}(?:to|through|until)|runs\s{1,3}(?:to|through|until))
            \s{1,3}(?:on\s{1,3}|in\s{1,3})?
            (?:<<DAY>>\s{1,3}(?:of\s{1,3})?)?             # "30 September"
            (?P<m><<MONTH>>)\.?(?:\s{1,3}<<DAY>>)?        # "Sept 30", "Sept. 30"
            (?:,?\s{1,3}(?P<y><<YEAR>>))?
            """, parts), _FLAGS)
        last_word = {phrase.split()[-1] for phrase in (*lex.base_cues, *lex.weak_base_cues, "that", "those",
                                                        "level", "levels", "in", "during", "for", "of", "at")}
        self._base_last_words = frozenset(last_word)
        self._since_last_words = frozenset(w.split()[-1] for w in lex.since_words)
        self._target_last_words = frozenset(w.split()[-1] for w in lex.target_words)
        self._since_tail = re.compile(r"(?<![\w-])" + _alt(lex.since_words) + r"\s{1,3}\Z", re.IGNORECASE)
        self._target_tail = re.compile(r"(?<![\w-])" + _alt(lex.target_words) + r"\s{1,3}\Z", re.IGNORECASE)
        # "the highest in nine months": a record over a rolling window, not the year so far
        self._record_before = re.compile(
            r"(?<![\w-])" + _alt(lex.record_words)
            + r"(?:\s{1,3}[\w'’-]{1,20}){0,2}"  # "its second deficit in", "their lowest level over"
            + r"\s{1,3}(?:in|over)\s{1,3}(?:the\s{1,3})?\Z",
            re.IGNORECASE,
        )
        # "for a first half", "any fourth quarter": a kind of part, not a particular one
        self._generic_before = re.compile(
            r"(?<![\w-])" + _alt(lex.generic_determiners) + r"\s{1,3}\Z", re.IGNORECASE
        )
        self._base_tail = re.compile(
            r"(?<![\w-])" + _alt(lex.base_cues)
            + r"""
            (?:\s{1,3}(?:that|those|the\s{1,3}levels?|levels?)     # "than that of"
               (?:\s{1,3}(?:of|in|seen\s{1,3}in))?)?
            (?:\s{1,3}(?:in|during|for|of|at))?     # "than in 2019"
            \s{1,3}\Z
            """,
            _FLAGS,
        )
        self._weak_tail = re.compile(
            r"(?P<pct>(?:%|\bper\s{1,3}cent|\bpercent|\bpct)\s{1,3})?(?<![\w-])"
            + _alt(lex.weak_base_cues) + r"\s{1,3}\Z",   # "5% over 2022", "over the same period"
            re.IGNORECASE,
        )
        # "2080/81 BS", "2015 (EFY)": the mark of another calendar right after a year
        self._calendar_of = {mark: cal for cal in lex.calendars for mark in cal.marks}
        marks = sorted(self._calendar_of, key=len, reverse=True)
        self._calendar_mark = re.compile(
            r"\s{0,2}(?:\(\s{0,2})?(?P<mark>" + "|".join(map(re.escape, marks)) + r")(?!\w)(?:\s{0,2}\))?"
        ) if marks else None

    # ------------------------------------------------------------------ driver

    def find(
        self,
        text: str,
        *,
        doc_date: dt.date | None = None,
        fy_start_month: int = 4,
        context_year: int | None = None,
        fy_named_by_start: bool = False,
    ) -> list[PeriodMention]:
        """See :func:`find_periods`."""
        _check_fy_start(fy_start_month)
        ctx = _Ctx(doc_date, fy_start_month, context_year, fy_named_by_start)
        candidates: list[_Cand] = []
        lowered = text.lower()
        for rule in self._rules:
            if rule.needs and not any(word in lowered for word in rule.needs):
                continue
            pos = 0
            while True:
                found = rule.pattern.search(text, pos)
                if found is None:
                    break
                cand = self._candidate(rule, found, text, ctx)
                if cand is None:
                    pos = found.start() + 1  # a rejected match may hide a shorter one inside it
                    continue
                candidates.append(cand)
                pos = max(found.end(), found.start() + 1)
        return self._refine(text, _longest_first(candidates, len(text)), ctx)

    @staticmethod
    def _candidate(rule: _Rule, found: re.Match[str], text: str, ctx: _Ctx) -> _Cand | None:
        head = found.start()
        pre = None
        if rule.before is not None:
            word = _previous_word(text, head)
            if word in rule.before_words or (rule.before_digits and word[:1].isdigit()):
                pre = rule.before.search(text, max(0, head - 40), head)
                if pre is not None and pre.start() == head:
                    pre = None
        cand = rule.handler(_Hit(found, pre), ctx)
        if cand is None or cand.end <= cand.start:
            return None
        return _Cand(cand.start, cand.end, cand.period, cand.kind, cand.year, cand.years_back,
                     cand.targetable, rule.order, cand.fy_stated)

    def _refine(self, text: str, chosen: list[_Cand], ctx: _Ctx) -> list[PeriodMention]:
        """Words before each mention: "since" and "by" widen it; comparison cues make it a base."""
        out: list[PeriodMention] = []
        prev_end = 0
        for cand in chosen:
            start, kind = cand.start, cand.kind
            look_from = max(prev_end, start - 24)
            if kind in ("absolute", "relative"):
                word = _previous_word(text, start)
                since = target = None
                if word in self._since_last_words:
                    since = self._since_tail.search(text, look_from, start)
                elif cand.targetable and word in self._target_last_words:
                    target = self._target_tail.search(text, look_from, start)
                if since:
                    start, kind = since.start(), "since"
                elif target:
                    start, kind = target.start(), "target"
            role = ""
            if kind not in ("since", "target") and self._is_base(text, start, prev_end, kind):
                role = "base"
            out.append(PeriodMention(start, cand.end, text[start:cand.end], cand.period, kind, role,
                                     cand.year, cand.years_back, cand.fy_stated))
            prev_end = cand.end
        out = self._other_calendar(text, out, ctx)
        found = self._ends_through(text, self._end_stated(text, _split_as_fiscal(text, _restated(text, out)), ctx), ctx)
        return _opened_back(text, self._so_far_through(text, found))

    def _other_calendar(self, text: str, found: list[PeriodMention], ctx: _Ctx) -> list[PeriodMention]:
        """ "the first seven months of fiscal year 2080/81 BS", "in 2015 EFY": a year the writer marks as
        another calendar's is that calendar's, moved to the Gregorian months it covers. A fiscal year (a
        split name, fiscal words or a fiscal mark) is the economy's fiscal year that overlaps that
        calendar's year most; any other year starts where that calendar's year starts."""
        if self._calendar_mark is None:
            return found
        out: list[PeriodMention] = []
        for p in found:
            said = self._calendar_mark.match(text, p.end) if p.period is not None else None
            year = _YEAR_IN_LABEL_RE.search(p.surface) if said is not None else None
            if said is None or year is None or p.period is None:
                out.append(p)
                continue
            cal = self._calendar_of[said["mark"]]
            if ctx.doc_date is not None and (int(year[1]) - ctx.doc_date.year) * cal.offset >= 0:
                # another calendar counts years ahead of or behind the Gregorian one: a number on the
                # document's own side of its year is a Gregorian year, whatever follows it
                out.append(p)
                continue
            first, last = _bounds(p.period)
            begins = _idx(int(year[1]) + cal.offset, cal.start_month)  # where that calendar's year starts
            laid_fiscal = ctx.fy_start != 1 and bool(FISCAL_NAME.search(p.surface) or _SPLIT_YEARS.search(p.surface))
            # the twelve months the finder laid the named year out as: a fiscal year or a calendar year
            base = first - (first - (ctx.fy_start - 1)) % 12 if laid_fiscal else first - first % 12
            fiscal = ctx.fy_start != 1 and (cal.fiscal or laid_fiscal)
            # the fiscal year starting nearest that calendar's year start: the one that overlaps it most
            to = begins + (ctx.fy_start - cal.start_month + 6) % 12 - 6 if fiscal else begins
            first, last = first + to - base, last + to - base
            whole = first == to and last == to + 11
            if cal.mid_month and first == to and not whole:
                last += 1  # "the first seven months" (mid-July to mid-February) end in February
            label = _fy_label(first, ctx.fy_start) if whole and fiscal else ""
            period = _mk(first, last, label, p.period.fuzzy)
            out.append(replace(p, end=said.end(), surface=text[p.start : said.end()], period=period))
        return out

    @staticmethod
    def _so_far_through(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
        """ "the deficit through October", "exports up to June 2024": a month after "through" or "up to"
        with no start named counts the year so far, from January through it, as "the first ten months"
        does; not "from March through October" (a stated start) nor "through October 15" (a day)."""
        out: list[PeriodMention] = []
        for p in found:
            said = None
            if p.period is not None and p.kind in ("absolute", "relative") and not p.role and months(p.period) == 1:
                said = _THROUGH_BEFORE.search(text, max(0, p.start - 12), p.start)
            if (
                said is None
                or _DAY_IN.search(p.surface)
                or _STATED_START.search(text, max(0, said.start() - 48), said.start())
            ):
                out.append(p)
                continue
            assert p.period is not None
            last = _parse(p.period.end)
            first = last - (last % 12)
            out.append(replace(p, start=said.start(), surface=text[said.start() : p.end], period=_mk(first, last)))
        return out

    def _ends_through(self, text: str, found: list[PeriodMention], ctx: _Ctx) -> list[PeriodMention]:
        """ "the first half of fiscal 2025 through September", "2024 through September", "FY25 to
        December": a month right after a span, after "through", "to" or "ending", says where that span
        ends; it is no period of its own. A span that holds the month stops there (a year to date); a
        part of a fiscal year that does not was placed under another calendar and moves to end there."""
        out: list[PeriodMention] = []
        skip_to = -1
        for i, p in enumerate(found):
            if p.start < skip_to:
                continue  # the month just read as the end of the span before
            nxt = found[i + 1] if i + 1 < len(found) else None
            said = None
            if (
                nxt is not None
                and p.period is not None
                and p.kind in ("absolute", "relative")
                and months(p.period) > 1
                and _previous_word(text, p.start) not in ("from", "between", "since")
            ):
                said = self._through_after.match(text, p.end)
            if said is None or nxt is None or not said.start("m") <= nxt.start < said.end():
                out.append(p)
                continue
            period = self._through(p, self._month(said["m"]), said["y"], ctx)
            if period is None:
                out.append(p)
                continue
            out.append(replace(p, end=said.end(), surface=text[p.start : said.end()], period=period))
            skip_to = said.end()
        return out

    def _through(self, p: PeriodMention, month: int, year: str | None, ctx: _Ctx) -> Period | None:
        """The months of span ``p`` said to run through ``month`` (of ``year`` if written), or None."""
        assert p.period is not None
        first, last = _bounds(p.period)
        # the month's last time in the span, or the last before it
        end = _idx(int(year), month) if year else last - (last - (month - 1)) % 12
        if first <= end <= last:
            return p.period if end == last else _mk(first, end)
        if not FISCAL_NAME.search(p.surface):
            return None  # a calendar span that does not hold the month: the words disagree, keep it
        if not year:
            # a fiscal part under another economy's calendar: move it to the nearest end in that month;
            # half a year either way, the one last past before the article's date (a report), else earlier
            later = end + 12
            if later - last < last - end or (
                later - last == last - end and ctx.doc_date is not None
                and later <= _idx(ctx.doc_date.year, ctx.doc_date.month)
            ):
                end = later
        length = last - first
        return _mk(end - length, end)

    def _end_stated(self, text: str, found: list[PeriodMention], ctx: _Ctx) -> list[PeriodMention]:
        """A fiscal year whose months the words next to it state takes them, whatever the convention:
        "fiscal 2025, which ended on Sept 30" (the clause joins the mention: its day dates nothing of its
        own), "fiscal 2025 (October 2024 to September 2025)", "FY2025 (April to March)"."""
        out: list[PeriodMention] = []
        skip_to = -1
        for i, p in enumerate(found):
            if p.start < skip_to:
                continue  # "Sept 30" inside the clause just read
            if p.period is None or not p.period.label.startswith("FY") or months(p.period) != 12:
                out.append(p)
                continue
            said = self._fy_end_after.match(text, p.end)
            nxt = found[i + 1] if i + 1 < len(found) else None
            last: int | None = None
            if said is not None:
                last = self._stated_end(p, self._month(said["m"]), said["y"], said["tense"], ctx)
                end = said.end()
                p = replace(p, end=end, surface=text[p.start : end])
                skip_to = end
            elif nxt is not None and _OPEN_BRACKET.fullmatch(text, p.end, nxt.start) and _CLOSE_BRACKET.match(
                text, nxt.end
            ):
                last = self._bracket_end(p, nxt, ctx)
                if last is not None and nxt.kind != "absolute":
                    skip_to = nxt.end  # "(July-June)": nothing the fiscal year does not now say
            if last is None:
                out.append(p)
                continue
            first = last - 11
            out.append(replace(p, period=Period(_fmt(first), _fmt(last), _fy_label(first, first % 12 + 1)),
                               fy_stated=True))
        return out

    def _bracket_end(self, p: PeriodMention, inside: PeriodMention, ctx: _Ctx) -> int | None:
        """The last month (index) of the fiscal year ``p`` whose twelve months a bracket right after it
        spells out: its own years decide ("(October 2023 to September 2024)"); months alone ("(July-June)")
        keep the year named. None when the bracket holds something else."""
        if inside.kind == "absolute":
            if inside.period is None or months(inside.period) != 12:
                return None
            return _parse(inside.period.end)
        pair = self._month_pair.fullmatch(inside.surface)
        if pair is None or (self._month(pair["m1"]) - self._month(pair["m2"])) % 12 != 1:
            return None
        return self._stated_end(p, self._month(pair["m2"]), None, "", ctx)

    @staticmethod
    def _stated_end(p: PeriodMention, month: int, year: str | None, tense: str, ctx: _Ctx) -> int:
        """The last month (index) of the fiscal year ``p`` that the text says ends in ``month``.

        A ``year`` written there decides. Else a fiscal year named by one year ("fiscal 2024") ends in
        that year or, as Japan names it, the next: the month last past ("which ended in March") or next
        to come ("which ends in June") from the document's date picks one, and the year it ends in is
        the default. A split name ("2024-25") ends in its second year; a relative one ("the last fiscal
        year") keeps its distance from the fiscal year of the document's date."""
        assert p.period is not None
        if year:
            return _idx(int(year), month)
        old_first, old_last = _bounds(p.period)
        if p.kind == "relative" and ctx.doc_date is not None:
            moved = replace(ctx, fy_start=month % 12 + 1)
            return _idx(moved.fy_end_of(ctx.doc_date) + old_last // 12 - ctx.fy_end_of(ctx.doc_date), month)
        if _SPLIT_YEARS.search(p.surface):
            return _idx(old_last // 12, month)
        named = old_first // 12 if ctx.fy_named_by_start and ctx.fy_start != 1 else old_last // 12
        readings = [named, named + 1] if month != 12 else [named]
        if tense and ctx.doc_date is not None:
            now = _idx(ctx.doc_date.year, ctx.doc_date.month)
            past = not tense.lower().startswith(("ends", "will", "closes", "runs"))
            near = [y for y in readings if (_idx(y, month) <= now if past else _idx(y, month) >= now)]
            if near:
                return _idx(max(near) if past else min(near), month)
        return _idx(named, month)

    def _is_base(self, text: str, start: int, prev_end: int, kind: str) -> bool:
        lo = max(prev_end, start - 100)
        word = _previous_word(text, start)
        if word in self._base_last_words:
            if self._base_tail.search(text, max(lo, start - 40), start):
                return True
            weak = self._weak_tail.search(text, max(lo, start - 40), start)
            # "up 5% over 2022", "over the same period"; but "grew 5% over the year" means during it.
            anchored = kind in ("previous", "same_period_in") or (
                kind == "anaphoric" and "same" in text[start:start + 12].lower())
            if weak and (anchored or (weak["pct"] and kind != "anaphoric")):
                return True
        window = text[lo:start]
        last_boundary = None
        for last_boundary in _CLAUSE_RE.finditer(window):  # noqa: B007 - only the last one matters
            pass
        if last_boundary is not None:
            window = window[last_boundary.end():]
        tokens = window.split()[-6:]
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].strip(".,;:\"'“”‘’").lower() in self._loose_cues:
                after = tokens[i + 1:]
                has_figure = any(ch.isdigit() for token in after for ch in token)
                return (
                    has_figure
                    and not any(token.lower() == "to" for token in after)
                    and not _grew_by(after)
                    and not any(token.lower() in self._level_verbs for token in after)
                )
        return False

    # ------------------------------------------------------------------ shared resolution

    def _fy_whole(self, end_year: int, ctx: _Ctx, kind: str = "absolute") -> _Whole:
        first = _fy_first(end_year, ctx.fy_start)
        return _Whole(first, kind, _fy_label(first, ctx.fy_start), fiscal=ctx.fy_start != 1)

    @staticmethod
    def _cal_whole(year: int, kind: str = "absolute") -> _Whole:
        return _Whole(_idx(year, 1), kind, f"{year:04d}")

    def _rel_whole(self, words: str, ctx: _Ctx) -> _Whole:
        """ "this year", "last year", "the previous year", "the same year", "the year"."""
        word = _norm(words).removeprefix("the").strip()
        if not word:  # "the year": the year being talked about
            if ctx.context_year is not None:
                return self._cal_whole(ctx.context_year, "relative")
            return _Whole(None, "relative", infer=True)
        if word == "same":
            if ctx.context_year is not None:
                return self._cal_whole(ctx.context_year, "relative")
            return _Whole(None, "anaphoric")
        if word in self.lexicon.anchor_words:
            return _Whole(None, "previous", years_back=1)
        offset = self.lexicon.relative_words.get(word)
        if offset is None or ctx.doc_date is None:
            return _Whole(None, "relative")
        return self._cal_whole(ctx.doc_date.year + offset, "relative")

    def _whole(self, hit: _Hit, ctx: _Ctx) -> _Whole | None:
        """The whole named by the shared WHOLE groups of a match, or None if it names none."""
        fy_a = hit.g("wfa")
        if fy_a:  # "FY25", "FY2023-24"
            end = self._fy_years(fy_a, hit.g("wfb"), ctx, short_first=True)
            return _INVALID if end is None else self._fy_whole(end, ctx)
        # "the 2024 fiscal", "the current fiscal year 2024-25": the year as written
        fy_c = hit.g("wfc") or hit.g("wfe")
        if fy_c:
            end = self._fy_years(fy_c, hit.g("wfd") or hit.g("wff"), ctx, short_first=False)
            return _INVALID if end is None else self._fy_whole(end, ctx)
        year_text, short = hit.g("wy"), hit.g("wyy")
        if year_text:
            year = int(year_text)
            if short:
                following = _expand(short, year)
                if following != year + 1 or ctx.fy_start == 1:
                    return _INVALID
                return self._fy_whole(following, ctx)
            return self._cal_whole(year)
        rel_fiscal = hit.g("wrf")
        if rel_fiscal:  # "the current fiscal year": the fiscal year of the article's date
            offset = self.lexicon.relative_words.get(_norm(rel_fiscal))
            if offset is None or ctx.doc_date is None:
                return _Whole(None, "relative")
            return self._fy_whole(ctx.fy_end_of(ctx.doc_date) + offset, ctx, "relative")
        rel = hit.g("wrel")
        if rel:
            return self._rel_whole(rel, ctx)
        return None

    @staticmethod
    def _place(part: _Part, whole: _Whole | None, ctx: _Ctx) -> tuple[Period | None, str, int]:
        """Put a part into its whole: (period, kind, years_back)."""
        if whole is None or whole.infer:
            end_month = part.cal[1] if part.cal else part.last % 12 + 1
            year = ctx.infer_year(end_month)
            if year is None:
                return None, "relative", 0
            whole = _Whole(_idx(year, 1), "relative", f"{year:04d}")
        if whole.first is None:
            return None, whole.kind, whole.years_back
        if part.cal:
            m1, m2 = part.cal
            if whole.fiscal:
                o1, o2 = (m1 - ctx.fy_start) % 12, (m2 - ctx.fy_start) % 12
                if o1 > o2:
                    o2 += 12
            else:
                o1, o2 = m1 - 1, m2 - 1
                if o1 > o2:  # "November-February 2024" starts the year before
                    o1 -= 12
        else:
            o1, o2 = part.first, part.last
        first, last = whole.first + o1, whole.first + o2
        if part.fuzzy:
            label = _join_label(part.word, whole.label)
        elif (o1, o2) == (0, 11) and whole.fiscal:
            label = whole.label
        else:
            label = ""
        return _mk(first, last, label, part.fuzzy), whole.kind, 0

    def _part_cand(self, hit: _Hit, ctx: _Ctx, part: _Part, start: int,
                   whole: _Whole | None = None, *, named: bool = True) -> _Cand:
        """A candidate for a part of a year; its whole comes from the WHOLE groups unless given."""
        if whole is None and named:
            whole = self._whole(hit, ctx)
        stop = hit.end
        if whole is not None and not whole.valid:  # "the first quarter of 2023-25": keep the part
            whole, stop = None, hit.m.end("part")
        period, kind, back = self._place(part, whole, ctx)
        return _Cand(start, stop, period, kind, years_back=back)

    def _month(self, name: str | None) -> int:
        return self._month_number[(name or "").rstrip(".").lower()]

    def _count(self, word: str | None) -> int:
        word = _norm(word)
        if word.isdigit():
            return int(word)
        if word in ("a", "an"):
            return 1
        return self.lexicon.numbers[word]

    def _has_whole(self, hit: _Hit) -> bool:
        return any(hit.g(name) for name in ("wfa", "wfc", "wy", "wrel"))

    # ------------------------------------------------------------------ handlers

    def _h_fiscal_relative(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        offset = self.lexicon.relative_words[_norm(hit.g("rel"))]
        if ctx.doc_date is not None:
            whole = self._fy_whole(ctx.fy_end_of(ctx.doc_date) + offset, ctx, "relative")
            period, _, _ = self._place(_Part(), whole, ctx)
            return _Cand(hit.start, hit.end, period, "relative", targetable=True)
        if offset < 0:
            return _Cand(hit.start, hit.end, None, "previous", years_back=-offset)
        return _Cand(hit.start, hit.end, None, "relative")

    def _h_fiscal_ending(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        unit, fiscal, twelve = _norm(hit.g("unit")), hit.g("fisc"), hit.g("twelve")
        if (unit == "months") != bool(twelve):
            return None  # "12 months to June", "the year to June"; not "months to June"
        quarter = hit.g("q") or hit.g("q2")
        if quarter:  # "the year to end 2018 Q2": twelve months ending with the quarter's last month
            return self._ending(hit, ctx, 3 * int(quarter), 12, fiscal=bool(fiscal),
                                year_text=hit.g("qy") or hit.g("qy2"))
        month = self._month(hit.g("m"))
        if hit.g("ahead") and not hit.g("y") and ctx.context_year is None and ctx.doc_date is not None:
            # "the fiscal year, which ends in March": the year running at the article's date ends at the
            # next such month (this month included), not at the last one past
            year = ctx.doc_date.year + (month < ctx.doc_date.month)
            return self._ending(hit, ctx, month, 12, fiscal=bool(fiscal), year_text=str(year), written=False)
        return self._ending(hit, ctx, month, 12, fiscal=bool(fiscal))

    def _h_year_just_ended(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "the fiscal year that just ended", "the year that has just ended": the last such year that ended
        before the article's date (a fiscal one by the economy's calendar)."""
        if _norm(hit.g("unit")) != "year" or hit.g("twelve"):
            return None
        if ctx.doc_date is None:
            return _Cand(hit.start, hit.end, None, "relative")
        if hit.g("fisc") and ctx.fy_start != 1:
            whole = self._fy_whole(ctx.fy_end_of(ctx.doc_date) - 1, ctx, "relative")
        else:
            whole = self._cal_whole(ctx.doc_date.year - 1, "relative")
        period, _, _ = self._place(_Part(), whole, ctx)
        return _Cand(hit.start, hit.end, period, "relative")

    def _ending(
        self,
        hit: _Hit,
        ctx: _Ctx,
        month: int,
        count: int,
        *,
        fiscal: bool = False,
        year_text: str | None = None,
        written: bool = True,
    ) -> _Cand:
        """``count`` months ending with ``month`` of the year written (``year_text``, else the hit's "y"),
        or of the year inferred; a ``fiscal`` year across two calendar years is labelled like one ("FY2024-25").
        ``written=False``: ``year_text`` was inferred, so the mention stays relative to the document's date."""
        given = year_text or hit.g("y")
        year = int(given) if given else ctx.infer_year(month)
        if year is None:
            return _Cand(hit.start, hit.end, None, "relative")
        last = _idx(year, month)
        first = last - count + 1
        label = f"FY{first // 12:04d}-{last // 12 % 100:02d}" if fiscal and first // 12 != last // 12 else ""
        stated = bool(given) and written
        kind = "absolute" if stated else "relative"
        return _Cand(hit.start, hit.end, _mk(first, last, label), kind, targetable=stated,
                     fy_stated=fiscal and count == 12)

    def _h_months_ending(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "the 11 months to November", "eight months through August 2024"."""
        count = self._count(hit.g("n"))
        if not 2 <= count <= 24:
            return None
        return self._ending(hit, ctx, self._month(hit.g("m")), count)

    def _h_quarter_of_month(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "the September quarter", "the June 2024 quarter", "the quarter ended September 30": three
        months ending then."""
        month = self._month(hit.g("m") or hit.g("m2"))
        if month % 3:
            return None  # a quarter ends in March, June, September or December
        return self._ending(hit, ctx, month, 3, year_text=hit.g("y0"))

    def _h_year_of_month(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "the June 2024 year": the twelve months ending with June 2024 (Stats NZ, ABS)."""
        return self._ending(hit, ctx, self._month(hit.g("m")), 12)

    def _h_quarters_ending(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "the four quarters to the end of Q4 2023": the twelve months ending with that quarter."""
        ordinals = ("first", "second", "third", "fourth")
        q = int(hit.g("q") or 0) or ordinals.index(_norm(hit.g("ord"))) + 1
        return self._ending(hit, ctx, 3 * q, 12)

    def _fy_cand(self, start: int, end: int, end_year: int, ctx: _Ctx) -> _Cand:
        period, _, _ = self._place(_Part(), self._fy_whole(end_year, ctx), ctx)
        return _Cand(start, end, period, "absolute", targetable=True)

    @staticmethod
    def _fy_years(first: str, second: str | None, ctx: _Ctx, *, short_first: bool) -> int | None:
        """The year a fiscal year ends in, from "24", "2024", "2023-24", "23-24"; None if inconsistent."""
        year = _expand(first) if short_first else int(first)
        if not second:
            return ctx.fy_end_of_name(year)
        following = _expand(second, year)
        return following if following == year + 1 else None

    def _h_fiscal_prefix(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        end_year = self._fy_years(hit.g("a") or "", hit.g("b"), ctx, short_first=True)
        return None if end_year is None else self._fy_cand(hit.start, hit.end, end_year, ctx)

    def _h_fiscal_word_year(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if _norm(hit.g("h")) == "financial" and not hit.g("yr"):
            return None  # "financial 2024 results"
        if _norm(hit.g("yr")) == "years" and not hit.g("b"):
            return None  # "fiscal years 2022 and 2023": two years, each its own
        # "the fiscal years 2021-2022": a plural slip for the one fiscal year both years name (a span of
        # more years is none: _fy_years wants them consecutive)
        end_year = self._fy_years(hit.g("a") or "", hit.g("b"), ctx, short_first=False)
        return None if end_year is None else self._fy_cand(hit.start, hit.end, end_year, ctx)

    def _h_year_fiscal_word(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        return self._fy_cand(hit.start, hit.end, ctx.fy_end_of_name(int(hit.g("a") or 0)), ctx)

    def _h_year_range(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        a, b_text, word = int(hit.g("a") or 0), hit.g("b") or "", _norm(hit.g("word"))
        b = _expand(b_text, a)
        pre, tail = _norm(hit.g("pre")), _norm(hit.g("tail"))
        if word == "and" and pre != "between":
            return None
        if word and len(b_text) == 2:
            return None  # "2019 to 21" is too loose to read
        slash = hit.g("dash") == "/"
        consecutive = b == a + 1
        fiscal_form = len(b_text) == 2 or slash or "fiscal" in tail or "financial" in tail
        as_fiscal = consecutive and ctx.fy_start != 1 and not word and fiscal_form
        if slash and not consecutive:
            return None
        if not as_fiscal and not a < b <= a + 100:
            return None
        if pre and not as_fiscal:
            start = hit.s("pre")  # "from 2021 to 2024"; "between 2019-20 and ..." keeps only the year
        elif tail and hit.g("the"):
            start = hit.s("the")  # "the 2025–2027 period"
        else:
            start = hit.m.start()
        if as_fiscal:
            return self._fy_cand(start, hit.end, b, ctx)
        return _Cand(start, hit.end, _mk(_idx(a, 1), _idx(b, 12), f"{a:04d}..{b:04d}"), "absolute")

    def _h_same_period(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        year = hit.g("y")
        if year:
            return _Cand(hit.start, hit.end, None, "same_period_in", year=int(year))
        adj = hit.g("adj")
        if adj:
            offset = self.lexicon.relative_words[_norm(adj)]
            if offset >= 0:
                return None
            return _Cand(hit.start, hit.end, None, "previous", years_back=-offset)
        if hit.g("n"):
            return _Cand(hit.start, hit.end, None, "previous", years_back=self._count(hit.g("n")))
        return None

    def _h_previous(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        return _Cand(hit.start, hit.end, None, "previous", years_back=1)

    def _h_ago(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if not hit.g("n"):
            return None
        count = self._count(hit.g("n"))
        unit = _norm(hit.g("unit")).rstrip("s")
        if not hit.g("ago"):
            if unit != "year":
                return None  # "two months earlier" needs a month anchor; not supported
            return _Cand(hit.start, hit.end, None, "previous", years_back=count)
        doc = ctx.doc_date
        if doc is None:
            return _Cand(hit.start, hit.end, None, "relative")
        if unit == "year":
            year = doc.year - count
            return _Cand(hit.start, hit.end, _mk(_idx(year, 1), _idx(year, 12)), "relative")
        month = _idx(doc.year, doc.month) - count
        return _Cand(hit.start, hit.end, _mk(month, month), "relative")

    def _h_since_past(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if ctx.doc_date is None:
            return _Cand(hit.start, hit.end, None, "since")
        year = ctx.doc_date.year - self._count(hit.g("n"))
        return _Cand(hit.start, hit.end, _mk(_idx(year, 1), _idx(year, 12), fuzzy=True), "since")

    def _h_month_year_range(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if _norm(hit.g("word")) == "and" and _norm(hit.g("pre")) != "between":
            return None
        first = _idx(int(hit.g("y1") or 0), self._month(hit.g("m1")))
        last = _idx(int(hit.g("y2") or 0), self._month(hit.g("m2")))
        if first > last:
            return None
        kind = "cumulative" if last - first >= 12 and first // 12 != last // 12 else "absolute"
        start = hit.s("pre") if hit.g("pre") else hit.m.start()
        return _Cand(start, hit.end, _mk(first, last), kind)

    def _h_month_range(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        first, last = self._month(hit.g("m1")), self._month(hit.g("m2"))
        if _norm(hit.g("word")) == "and" and _norm(hit.g("pre")) != "between" and not (
            # "in January and February" with one figure: the two months together; with
            # "respectively", or months apart ("January and March"), each month on its own
            last == first % 12 + 1 and "respectively" not in hit.m.string[hit.end :].lower()
        ):
            return None
        part = _Part(cal=(first, last))
        if hit.g("pre"):
            start = hit.s("pre")
        elif hit.g("the") and (hit.g("tail") or hit.g("tail2")):
            start = hit.s("the")  # "the January-April period"
        else:
            start = hit.m.start()
        year = hit.g("by")
        whole = self._cal_whole(int(year)) if year else None
        return self._part_cand(hit, ctx, part, start, whole)

    def _h_end_of_month(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        return self._part_cand(hit, ctx, _Part(cal=(1, self._month(hit.g("m")))), hit.start)

    def _h_count_months(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if not hit.g("n"):
            return None
        n = self._count(hit.g("n"))
        per = 3 if _norm(hit.g("unit")) in self.lexicon.quarter_unit_words else 1
        if not 1 <= n * per <= 12:
            return None
        pos = _norm(hit.g("pos"))
        has_whole = self._has_whole(hit)
        text = hit.m.string
        so_far = (
            per == 1
            and 2 <= n <= 11
            and _YTD_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None
            and _YTD_NOT_AFTER.match(text, hit.end) is None
            and self._record_before.search(text, max(0, hit.start - 64), hit.start) is None
        )
        if not pos and not so_far and not (has_whole and "of" in _norm(hit.g("sep")).split()):
            return None  # "seven months of 2024" counts from January; "for two months" does not
        if pos in self.lexicon.last_words:
            if not has_whole:
                return None  # "in the last three months" is a rolling window
            part = _Part(12 - n * per, 11)
        else:
            part = _Part(0, n * per - 1)
        return self._part_cand(hit, ctx, part, hit.start)

    def _h_compact_n(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        text, head = hit.m.string, hit.m.start()
        start = head - 2 if text[max(0, head - 2):head] in ("10", "11", "12") else head - 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_$€£¥₹.,"):
            return None  # "$9M", "2.5M", "A10M"
        n = int(text[start:head])
        if n == 0:
            return None
        short = hit.g("yy")
        whole = self._cal_whole(_expand(short)) if short else self._whole(hit, ctx)
        if whole is None or not whole.valid or whole.kind != "absolute":
            return None
        return self._part_cand(hit, ctx, _Part(0, n - 1), start, whole)

    def _ordinal(self, word: str | None) -> int:
        """An ordinal's number; 0 for "last", "final", "latter"."""
        word = _norm(word)
        return 0 if word in self.lexicon.last_words else self.lexicon.ordinals[word]

    def _generic_part(self, hit: _Hit) -> bool:
        """ "the widest for a first half since 2014", "a record for any fourth quarter": a part of a year
        after an indefinite determiner, with no year named, is any such part, not one the text reports."""
        if hit.g("the") or hit.g("py") or any(hit.g(name) for name in ("wfa", "wfc", "wy", "wrel", "wrf")):
            return False
        return self._generic_before.search(hit.m.string, max(0, hit.start - 16), hit.start) is not None

    def _h_quarter_words(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if not hit.g("ord") or self._generic_part(hit):
            return None
        n = self._ordinal(hit.g("ord"))
        if n == 0 and not hit.g("the") and not self._has_whole(hit):
            return None  # "last quarter" is relative to the document's date
        n = n or 4
        if n > 4:
            return None
        return self._part_cand(hit, ctx, _Part(3 * n - 3, 3 * n - 1), hit.start, self._possessive_year(hit))

    def _h_half_words(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        if not hit.g("ord") or self._generic_part(hit):
            return None
        n = self._ordinal(hit.g("ord")) or 2
        if n > 2:
            return None
        return self._part_cand(hit, ctx, _Part(6 * n - 6, 6 * n - 1), hit.start, self._possessive_year(hit))

    def _possessive_year(self, hit: _Hit) -> _Whole | None:
        """The year of "2024's first half"; None when the part is not written after a possessive year."""
        year = hit.g("py")
        return self._cal_whole(int(year)) if year else None

    def _compact(self, hit: _Hit, ctx: _Ctx, part: _Part, start: int) -> _Cand | None:
        """ "Q1 2025", "1Q25", "H1 FY25", "Q1" alone (year inferred)."""
        short = hit.g("yy")
        if short:
            year = _expand(short)
            named = self._fy_whole(ctx.fy_end_of_name(year), ctx) if hit.g("fy") else self._cal_whole(year)
            return self._part_cand(hit, ctx, part, start, named)
        whole = self._whole(hit, ctx)
        end = hit.end
        if whole is not None and not whole.valid:
            whole, end = None, hit.m.end("n")
        period, kind, back = self._place(part, whole, ctx)
        return _Cand(start, end, period, kind, years_back=back)

    def _compact_number(self, hit: _Hit) -> tuple[int, int]:
        """The number in "Q1"/"H2" (after the letter) or "1Q"/"2H" (before it), and the mention's start."""
        if hit.g("n"):
            return int(hit.g("n") or 0), hit.m.start()
        start = hit.m.start() - 1
        return int(hit.m.string[start]), start

    def _h_quarter_compact(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        n, start = self._compact_number(hit)
        return self._compact(hit, ctx, _Part(3 * n - 3, 3 * n - 1), start)

    def _h_quarter_range_compact(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "Q1-Q3 2024": the first through the third quarter."""
        a, b = int(hit.g("qa") or 0), int(hit.g("qb") or 0)
        if a >= b:
            return None
        whole = self._whole(hit, ctx)
        if whole is None or not whole.valid:
            return None
        period, kind, back = self._place(_Part(3 * a - 3, 3 * b - 1), whole, ctx)
        return _Cand(hit.m.start(), hit.end, period, kind, years_back=back)

    def _h_half_compact(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        n, start = self._compact_number(hit)
        return self._compact(hit, ctx, _Part(6 * n - 6, 6 * n - 1), start)

    def _h_fuzzy_year(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        head, sep = _norm(hit.g("h")), _norm(hit.g("sep"))
        if head in self.lexicon.year_part_prefixes:
            if sep == "of":
                return None
            spec = self.lexicon.year_part_prefixes[head]
        elif sep == "of" or (head == "end" and sep == "-"):
            spec = self.lexicon.year_part_nouns[head]
        else:
            return None  # "the end 2024", "the start in 2024"
        whole = self._whole(hit, ctx)
        if whole is None or not whole.valid:
            return None
        part = _Part(spec.first - 1, spec.last - 1, spec.fuzzy, spec.label)
        period, kind, back = self._place(part, whole, ctx)
        full_year = not spec.fuzzy and (spec.first, spec.last) == (1, 12)
        return _Cand(hit.start, hit.end, period, kind, years_back=back, targetable=full_year)

    def _h_season(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        word = hit.g("s") or ""
        if word.lower() == "fall" and not hit.g("the") and not word[:1].isupper():
            return None  # "exports fall 2024 ..." is a verb
        whole = self._whole(hit, ctx)
        if whole is None or not whole.valid:
            return None
        spec = self.lexicon.seasons[word.lower()]
        part = _Part(fuzzy=True, word=spec.label, cal=(spec.first, spec.last))
        return self._part_cand(hit, ctx, part, hit.start, whole)

    def _h_decade(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        decade = int(hit.g("d") or 0)
        word = _norm(hit.g("pre"))
        if word:
            spec = self.lexicon.year_part_prefixes[word]
            # The year-part months scaled to a decade: early -> years 0-4, mid 2-6, late 4-9.
            first = decade + (spec.first - 1) * 9 // 11
            last = decade + (spec.last - 1) * 9 // 11
            period = _mk(_idx(first, 1), _idx(last, 12), _join_label(spec.label, f"{decade}s"), True)
        else:
            period = _mk(_idx(decade, 1), _idx(decade + 9, 12), f"{decade}s")
        return _Cand(hit.start, hit.end, period, "absolute")

    def _h_iso_date(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        month = _idx(int(hit.g("y") or 0), int(hit.g("m") or 0))
        return _Cand(hit.start, hit.end, _mk(month, month), "absolute")

    def _h_month_year(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        day = hit.g("d1")
        if day and not 1 <= int(day.rstrip("stndrh")) <= 31:
            return None
        month = self._month(hit.g("m"))
        return self._part_cand(hit, ctx, _Part(cal=(month, month)), hit.start)

    def _h_month_alone(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        month = self._month(hit.g("m"))
        return self._part_cand(hit, ctx, _Part(cal=(month, month)), hit.start, named=False)

    def _h_month_when(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "a strong August, when imports reached ...", "the May, when": after an article (and an
        adjective or two in lower case) a month that opens a 'when' clause is a time; "Theresa May, when
        she ..." is not."""
        head = hit.m.start()
        if not _ARTICLE_BEFORE.search(hit.m.string, max(0, head - 40), head):
            return None
        return self._h_month_alone(hit, ctx)

    def _h_relative(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        word = _norm(hit.g("rel"))
        if word == "past" or word in self.lexicon.anchor_words or (word == "last" and hit.g("the")):
            return None  # "the past year", "the previous year", "the last year before ..."
        count = self.lexicon.relative_words[word]
        if count < 0 and hit.m.string.startswith(("'s", "’s"), hit.end):
            return None  # "last year's" is the year before the one just named (rule previous_last)
        unit = _norm(hit.g("unit"))
        doc = ctx.doc_date
        if doc is None:
            return _Cand(hit.start, hit.end, None, "relative")
        if unit == "year":
            year = doc.year + count
            return _Cand(hit.start, hit.end, _mk(_idx(year, 1), _idx(year, 12)), "relative", targetable=True)
        if unit == "month":
            month = _idx(doc.year, doc.month) + count
            return _Cand(hit.start, hit.end, _mk(month, month), "relative")
        quarter = (_idx(doc.year, doc.month) // 3 + count) * 3
        return _Cand(hit.start, hit.end, _mk(quarter, quarter + 2), "relative")

    def _h_full_year(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        """ "full-year exports", "for the full year", "the whole financial year": the whole year running at
        the article's date (the caller moves it to the last one past for a reported figure); a full
        year after "a" ("for a full year") is a length of time, not a year."""
        if "-" not in (hit.g("sep") or "") and _previous_word(hit.m.string, hit.start) in _DURATION_WORDS:
            return None
        doc = ctx.doc_date
        if doc is None:
            return _Cand(hit.start, hit.end, None, "relative")
        if hit.g("fisc"):
            whole = self._fy_whole(ctx.fy_end_of(doc), ctx, "relative")
        else:
            whole = self._cal_whole(doc.year, "relative")
        period, kind, _ = self._place(_Part(), whole, ctx)
        return _Cand(hit.start, hit.end, period, kind)

    @staticmethod
    def _year_to_date(hit: _Hit, ctx: _Ctx) -> _Cand:
        """January of the article's year through its month."""
        doc = ctx.doc_date
        period = _mk(_idx(doc.year, 1), _idx(doc.year, doc.month)) if doc else None
        return _Cand(hit.start, hit.end, period, "relative")

    def _h_year_so_far(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        return self._year_to_date(hit, ctx)

    def _h_year_to_date(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        head, rest = _norm(hit.g("h")), _norm(hit.g("rest"))
        ok = (head == "ytd" and not rest) or (head == "so" and rest.startswith("far")) or (
            head == "year" and rest.endswith("date"))
        if not ok:
            return None
        return self._year_to_date(hit, ctx)

    def _h_calendar_year(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        head, short, long = _norm(hit.g("h")), hit.g("a"), hit.g("b")
        if head == "cy" and short:
            year = _expand(short)
        elif head == "calendar" and long:
            year = int(long)
        else:
            return None
        return _Cand(hit.start, hit.end, _mk(_idx(year, 1), _idx(year, 12)), "absolute", targetable=True)

    def _h_year(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        year = int(hit.g("y") or 0)
        return _Cand(hit.start, hit.end, _mk(_idx(year, 1), _idx(year, 12)), "absolute", targetable=True)

    def _h_anaphoric(self, hit: _Hit, ctx: _Ctx) -> _Cand | None:
        noun = _norm(hit.g("noun"))
        if not (hit.g("prep") or hit.g("same") or noun.startswith(("fiscal", "financial"))):
            return None
        return _Cand(hit.m.start("span"), hit.m.end("span"), None, "anaphoric")


def _opened_back(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """ "A year earlier, exports over the first ten months stood at ...": a sentence that opens on a time
    back from the story's own sets the whole sentence there; a period in it whose year was only inferred
    from the article's date moves back with it (one named with its year stays as written)."""
    if len(found) < 2:
        return found
    head = found[0]
    if head.kind != "previous" or not head.years_back or not _OPENER.fullmatch(text, 0, head.start):
        return found
    if not _COMMA_AFTER.match(text, head.end):
        return found
    out = [head]
    for p in found[1:]:
        if p.kind == "relative" and p.period is not None and not _RELATIVE_WORD.search(p.surface):
            p = replace(p, period=previous(p.period, head.years_back))
        out.append(p)
    return out


#: the start of a sentence, before its first word: space, quotes, a bracket
_OPENER = re.compile(r"[\s\"“‘'(]*")
_COMMA_AFTER = re.compile(r"\s{0,2},")
#: "this year", "last month", "the current quarter": placed against the article's date in words
_RELATIVE_WORD = re.compile(r"\b(?:this|last|next|current|coming|past|previous|prior|so\s+far|to\s+date)\b",
                            re.IGNORECASE)


def _longest_first(candidates: list[_Cand], size: int) -> list[_Cand]:
    """Non-overlapping candidates, longest first (ties: earlier stage, then earlier start), by start."""
    candidates.sort(key=lambda c: (c.start - c.end, c.stage, c.start))
    taken = bytearray(size)
    chosen: list[_Cand] = []
    for cand in candidates:
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


_RATE_NEXT = re.compile(r"\s+(?:by\s+)?[-+]?\d")


def _grew_by(tokens: list[str]) -> bool:
    """A change with its rate ("fell 18.2%") among the words: in "imports from Australia fell 18.2% in
    2024" the year is the change's own period, and "from" named where the goods came from."""
    joined = " ".join(tokens)
    return any(_RATE_NEXT.match(joined, cue.end) for cue in growth_words().find(joined))


@functools.cache
def _default_finder() -> PeriodFinder:
    return PeriodFinder(load_lexicon())


_SECOND_YEAR = re.compile(r"\s{0,2}[-–/]\s{0,2}\d{2,4}(?!\d)")  # "/81" in "2080/81 BS"


def calendar_marked(text: str, end: int) -> bool:
    """Whether the year that ends at ``end`` ("2080" in "2080/81 BS") is marked as another calendar's:
    such a number is no Gregorian year to date anything by."""
    mark = _default_finder()._calendar_mark
    if mark is None:
        return False
    second = _SECOND_YEAR.match(text, end)
    return mark.match(text, second.end() if second else end) is not None


#: "through October", "up to June": the span's end, right before a month
_THROUGH_BEFORE = re.compile(r"(?<![\w-])(?:through|thru|up\s{1,3}to)\s{1,3}\Z", re.IGNORECASE)
#: "from March 15 through", "between May and": a start named before it
_STATED_START = re.compile(r"\b(?:from|between|since|starting|beginning)\b[^,;.!?]{0,40}\Z", re.IGNORECASE)
#: "October 15", "15 October": a day, not a whole month
_DAY_IN = re.compile(r"(?<![\d'’])\d{1,2}(?:st|nd|rd|th)?(?!\d)")

#: "exports reached $22 billion in 11 months", "in the 11 months": months counted from January, as trade
#: releases report the year so far; not "in two months' time", "in six months from now"
_YTD_BEFORE = re.compile(r"\b(?:in|during|over)\s{1,3}(?:the\s{1,3})?\Z", re.IGNORECASE)
_YTD_NOT_AFTER = re.compile(r"['’]?\s*(?:time|from\s+now|later|ago|to\s+come|ahead)\b", re.IGNORECASE)


def find_periods(
    text: str,
    *,
    doc_date: dt.date | None = None,
    fy_start_month: int = 4,
    context_year: int | None = None,
    fy_named_by_start: bool = False,
) -> list[PeriodMention]:
    """Every period expression in ``text``, sorted by start, non-overlapping (longest wins).

    ``doc_date`` resolves "last year", "this month" and years left out ("in
    January" in an article of March 2024 is January 2024; in one of February
    2024, "the fourth quarter" is 2023-Q4). ``context_year``, when given, is the
    year for periods that name none ("the first quarter"). ``fy_start_month`` is
    the first month of the fiscal year (4 India, 7 Australia, 10 US federal; 1
    makes "2023-24" a two-year range). ``fy_named_by_start`` reads a one-year name
    ("fiscal 2024", "FY24") as the year the fiscal year starts in, as Japan writes
    it; by default it is the year it ends in, as India writes it. Raises UsageError
    for a month outside 1..12.

    >>> [(m.surface, m.period.label) for m in find_periods("Trade hit $5bn in the second quarter of 2023.")]
    [('the second quarter of 2023', '2023-Q2')]
    >>> m = find_periods("Exports reached $14.2 billion in FY2022-23, up from $12.9 billion in 2021-22.")
    >>> [(x.surface, x.period.start, x.period.end, x.role) for x in m]
    [('FY2022-23', '2022-04', '2023-03', ''), ('2021-22', '2021-04', '2022-03', 'base')]
    >>> [(x.surface, x.kind, x.years_back) for x in find_periods("up 7% from a year earlier")]
    [('a year earlier', 'previous', 1)]
    """
    return _default_finder().find(
        text,
        doc_date=doc_date,
        fy_start_month=fy_start_month,
        context_year=context_year,
        fy_named_by_start=fy_named_by_start,
    )
