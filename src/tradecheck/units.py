"""The one pint registry, and money amounts as pint quantities.

The registry is built once, from our own definitions file
``lexicon/currency_units.txt`` loaded into ``pint.UnitRegistry(None)``: pint's
``default_en.txt`` is never loaded, so ``m`` is not milli and ``pound`` is not a
mass. Each currency is its own base dimension (``[currency_USD]``,
``[currency_EUR]`` ...), so ``money(1, "USD") + money(1, "EUR")`` raises
``pint.DimensionalityError`` instead of summing. The definitions hold no exchange
rates: converting needs a rate, which :func:`to_usd_quantity` wraps in an explicit
``pint.Context`` for that one conversion.

pint is imported only when :func:`registry` is first called, so importing
tradecheck stays fast. Scale words (million, crore...) are not units; the number
parser applies them before a value gets here.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeAlias

from tradecheck.errors import LexiconError

if TYPE_CHECKING:
    import pint

    Quantity: TypeAlias = pint.Quantity[Any]
    Registry: TypeAlias = pint.UnitRegistry[Any]

__all__ = ["SUPPORTED", "currency_of", "is_supported", "money", "registry", "to_usd_quantity"]

DEFINITIONS_FILE = "currency_units.txt"

# A definition line; the file is ours, so anything else is a mistake to report.
_DEFINITION = re.compile(
    r"""
    (?P<code>[A-Z]{3})                  # the ISO 4217 code is the unit's name
    \s* = \s*
    \[currency_(?P<dimension>[A-Z]{3})\]  # ... and names its own base dimension
    \s* (?:\#.*)?                       # an optional comment
    """,
    re.VERBOSE,
)


def _definition_lines() -> tuple[str, ...]:
    text = resources.files("tradecheck.lexicon").joinpath(DEFINITIONS_FILE).read_text(encoding="utf-8")
    return tuple(text.splitlines())


def _codes(lines: tuple[str, ...]) -> frozenset[str]:
    """Validate the definition lines and return the currency codes they define."""
    codes: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _DEFINITION.fullmatch(stripped)
        if match is None:
            raise LexiconError(
                f"{DEFINITIONS_FILE} line {number}: expected 'CODE = [currency_CODE]', got {stripped!r}"
            )
        code = match["code"]
        if match["dimension"] != code:
            raise LexiconError(
                f"{DEFINITIONS_FILE} line {number}: {code} must have its own dimension "
                f"[currency_{code}], not [currency_{match['dimension']}]"
            )
        if code in codes:
            raise LexiconError(
                f"{DEFINITIONS_FILE} line {number}: {code} is already defined on line {codes[code]}"
            )
        codes[code] = number
    return frozenset(codes)


_LINES = _definition_lines()

#: ISO 4217 codes that have a unit (and a dimension) in the registry.
SUPPORTED: frozenset[str] = _codes(_LINES)


def _normalise(code: str) -> str:
    return code.strip().upper()


def is_supported(code: str) -> bool:
    """Whether ``code`` (any case, surrounding spaces ignored) is a currency the registry knows."""
    return _normalise(code) in SUPPORTED


@functools.cache
def registry() -> Registry:
    """The project's single pint registry, built on first use from our definitions file."""
    import pint

    reg: Registry = pint.UnitRegistry(None, on_redefinition="raise")
    reg.load_definitions(list(_LINES))
    return reg


def money(value: Decimal | float, code: str) -> Quantity:
    """``value`` units of currency ``code`` (any case) as a quantity; a Decimal magnitude stays Decimal.

    >>> money(52, "usd")
    <Quantity(52, 'USD')>
    """
    normal = _normalise(code)
    if normal not in SUPPORTED:
        raise ValueError(f"unsupported currency code {code!r}")
    return registry().Quantity(value, normal)


def currency_of(quantity: Quantity) -> str:
    """The ISO code of a money quantity; ``ValueError`` when it is not an amount of one currency."""
    dimensions = dict(quantity.dimensionality)
    if len(dimensions) == 1:
        ((dimension, power),) = dimensions.items()
        if power == 1 and dimension.startswith("[currency_") and dimension.endswith("]"):
            return str(dimension[len("[currency_") : -1])
    raise ValueError(f"not an amount of one currency: {quantity!r}")


def to_usd_quantity(q: Quantity, rate_per_usd: float | Decimal) -> Quantity:
    """Convert a money quantity to US dollars at ``rate_per_usd`` (units of its currency per 1 USD).

    The rate goes into a ``pint.Context`` made for this conversion alone; without
    it pint refuses to convert between currencies. A ``Decimal`` magnitude stays
    ``Decimal``. A USD amount is returned unchanged (its rate must be 1).

    pint enables the context on the shared registry for the length of the call,
    so do not convert from several threads at once.
    """
    import pint

    code = currency_of(q)
    rate = rate_per_usd
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a positive number of {code} per USD, got {rate_per_usd!r}")
    if code == "USD":
        if rate != 1:
            raise ValueError(f"a USD amount converts at 1 USD per USD, got {rate_per_usd!r}")
        return q

    def divide(magnitude: Any) -> Any:
        if isinstance(magnitude, Decimal):
            # repr gives the float's shortest digits: 0.9 becomes Decimal("0.9"), not 0.90000000000000002...
            return magnitude / (rate if isinstance(rate, Decimal) else Decimal(repr(rate)))
        return magnitude / float(rate)

    def to_usd(ureg: Any, value: Any, **_: Any) -> Any:
        return ureg.Quantity(divide(value.m_as(code)), "USD")

    context = pint.Context()
    context.add_transformation(f"[currency_{code}]", "[currency_USD]", to_usd)
    return q.to("USD", context)
