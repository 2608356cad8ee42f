"""Numbers as journalists write them -> exact ``Decimal`` amounts.

Handles thousands separators (``1,234.5``), Indian grouping (``4,60,000``),
space grouping (``2 300``), a decimal comma where the comma cannot be a
thousands separator (``52,6``), European style (``1.234,5``), number words
(``three``) and scale words (``billion``, ``bn``, ``crore``, ``lakh crore``).

Every parsed number also carries its *step*: the value of one unit in the last
stated digit, so ``52.6`` has step ``0.1`` and the claim "$52.6 million" allows
52.55 to 52.65 million.

>>> parse_number("1,234.5")
ParsedNumber(value=Decimal('1234.5'), step=Decimal('0.1'))
>>> parse_number("4,60,000").value
Decimal('460000')
>>> parse_number("52,6").value
Decimal('52.6')
>>> parse_number("171,809").value
Decimal('171809')
>>> int(scale_factor("lakh crore"))
1000000000000
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from .errors import LexiconError
from .lexicon import rows

#: Written-out numbers people put before a scale word ("three trillion rubles").
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "half a": 0,  # "half a" is handled as 0.5 below
}

#: Largest number of digits we accept; longer digit runs are not amounts.
MAX_DIGITS = 30


@dataclass(frozen=True)
class ParsedNumber:
    """A number as written: its value and the value of its last stated digit."""

    value: Decimal
    step: Decimal


@dataclass(frozen=True)
class Scale:
    word: str
    factor: Decimal
    attached: bool  # only counts glued to the number ("5bn", "$5m")
    exact_case: bool


_SPACE_GROUP = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$")
_INDIAN_GROUP = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$")
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$|^\d+,\d{4,}$")


def _decimal(digits: str) -> ParsedNumber:
    value = Decimal(digits)
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return ParsedNumber(value, step)


def parse_number(text: str) -> ParsedNumber:
    """Parse one written number (digits only, no currency or scale word).

    Raises ``ValueError`` when the text is not a number we can read safely.

    >>> parse_number("2 300").value
    Decimal('2300')
    >>> parse_number("1.234,5").value
    Decimal('1234.5')
    >>> parse_number("three").value
    Decimal('3')
    """
    s = text.strip()
    word = s.lower()
    if word in NUMBER_WORDS and word not in {"a", "an", "half a"}:
        return ParsedNumber(Decimal(NUMBER_WORDS[word]), Decimal(1))
    if word == "half a":
        return ParsedNumber(Decimal("0.5"), Decimal("0.1"))
    if word in {"a", "an"}:
        return ParsedNumber(Decimal(1), Decimal(1))
    if sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        raise ValueError(f"too many digits: {s[:20]}...")
    if _PLAIN.match(s):
        cleaned = s
    elif _INDIAN_GROUP.match(s) or _COMMA_THOUSANDS.match(s):
        cleaned = s.replace(",", "")
    elif _SPACE_GROUP.match(s):
        cleaned = re.sub(r"[ \u00a0\u202f\u2009]", "", s).replace(",", ".")
    elif _DOT_THOUSANDS.match(s):
        cleaned = s.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.match(s):
        cleaned = s.replace(",", ".")
    else:
        raise ValueError(f"not a number: {s!r}")
    try:
        return _decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above only pass digits
        raise ValueError(f"not a number: {s!r}") from exc


@cache
def scales() -> tuple[Scale, ...]:
    """The scale words from ``lexicon/scales.csv``, longest first."""
    out = []
    for row in rows("scales.csv"):
        try:
            factor = Decimal(row["factor"])
        except (InvalidOperation, KeyError, TypeError) as exc:
            raise LexiconError(f"scales.csv: bad factor in row {row}") from exc
        if not row.get("word"):
            raise LexiconError(f"scales.csv: empty word in row {row}")
        out.append(Scale(row["word"], factor, row.get("attached") == "yes", row.get("case") == "exact"))
    return tuple(sorted(out, key=lambda s: -len(s.word)))


def scale_factor(word: str) -> Decimal:
    """The multiplier of a scale word (case-insensitive unless the word is case-exact).

    Raises ``KeyError`` for an unknown word.
    """
    norm = " ".join(word.split())
    for sc in scales():
        if (sc.word == norm) if sc.exact_case else (sc.word.lower() == norm.lower()):
            return sc.factor
    raise KeyError(word)
