"""The one pint registry: a dimension per currency, conversion only through an explicit rate."""

from __future__ import annotations

import doctest
import math
import re
import subprocess
import sys
from decimal import Decimal

import pint
import pycountry
import pytest

from tradecheck import units
from tradecheck.errors import LexiconError
from tradecheck.units import SUPPORTED, currency_of, is_supported, money, registry, to_usd_quantity

#: The currencies the project must support (the brief's list).
REQUIRED = re.findall(
    "[A-Z]{3}",
    """
    USD EUR GBP JPY CNY RUB BYN AZN INR KZT TRY VND UZS AUD CAD CHF KRW SGD HKD MXN BRL ZAR SAR AED
    IDR MYR THB PHP PKR BDT EGP NGN UAH KGS TJS TMT GEL AMD IRR NZD SEK NOK DKK PLN CZK HUF ILS TWD
    CLP COP PEN ARS QAR KWD
    """,
)
#: Codes ISO has withdrawn (so pycountry lacks them) that older articles still quote.
WITHDRAWN = frozenset({"BGN", "HRK"})


@pytest.mark.parametrize("code", REQUIRED)
def test_required_currency_is_supported(code: str) -> None:
    assert code in SUPPORTED
    assert is_supported(code)
    assert is_supported(f" {code.lower()} ")


@pytest.mark.parametrize("code", sorted(SUPPORTED))
def test_every_supported_code_is_iso_4217(code: str) -> None:
    assert code in WITHDRAWN or pycountry.currencies.get(alpha_3=code) is not None


@pytest.mark.parametrize("code", ["XYZ", "", "US", "dollar", "EURO"], ids=repr)
def test_unknown_codes(code: str) -> None:
    assert not is_supported(code)
    with pytest.raises(ValueError, match="unsupported currency"):
        money(1, code)


def test_registry_is_built_once() -> None:
    assert registry() is registry()


def test_each_currency_is_its_own_dimension() -> None:
    reg = registry()
    dimensions = {str(reg.get_dimensionality(code)) for code in SUPPORTED}
    assert dimensions == {f"[currency_{code}]" for code in SUPPORTED}


@pytest.mark.parametrize("name", ["m", "meter", "pound", "lb", "kg", "million", "dollar"])
def test_registry_has_none_of_pints_default_units(name: str) -> None:
    with pytest.raises(pint.UndefinedUnitError):
        registry().parse_units(name)


@pytest.mark.parametrize(
    ("a", "b"),
    [("USD", "EUR"), ("EUR", "USD"), ("JPY", "CNY"), ("RUB", "BYN"), ("AZN", "USD")],
    ids=lambda code: str(code),
)
def test_adding_two_currencies_raises(a: str, b: str) -> None:
    with pytest.raises(pint.DimensionalityError):
        money(1, a) + money(1, b)


@pytest.mark.parametrize(
    ("left", "right", "total"),
    [
        (Decimal("52.6"), Decimal("47.4"), Decimal("100.0")),
        (1.5, 2.25, 3.75),
        (Decimal("1e9"), Decimal("1"), Decimal("1000000001")),
    ],
    ids=["decimals", "floats", "big-decimal"],
)
def test_same_currency_sums(left: Decimal | float, right: Decimal | float, total: Decimal | float) -> None:
    result = money(left, "USD") + money(right, "usd")
    assert currency_of(result) == "USD"
    assert result.magnitude == total
    assert type(result.magnitude) is type(total)


def test_no_conversion_without_a_rate() -> None:
    with pytest.raises(pint.DimensionalityError):
        money(9, "EUR").to("USD")


@pytest.mark.parametrize(
    ("value", "code", "rate", "expected"),
    [
        (9.0, "EUR", 0.9, 10.0),
        (Decimal("7.2e12"), "JPY", 140.5, Decimal("7.2e12") / Decimal("140.5")),
        (Decimal("9"), "EUR", 0.9, Decimal("10")),
        (Decimal("9"), "EUR", Decimal("0.9"), Decimal("10")),
        (1.7e9, "AZN", 1.7, 1e9),
    ],
    ids=["eur-float", "jpy-decimal", "eur-decimal-float-rate", "eur-decimal-rate", "azn"],
)
def test_to_usd_through_an_explicit_rate(
    value: Decimal | float, code: str, rate: float | Decimal, expected: Decimal | float
) -> None:
    usd = to_usd_quantity(money(value, code), rate)
    assert currency_of(usd) == "USD"
    assert type(usd.magnitude) is type(expected)
    assert math.isclose(usd.magnitude, expected, rel_tol=1e-12)
    # The rate was a context for that one call: the registry still refuses on its own.
    with pytest.raises(pint.DimensionalityError):
        money(value, code).to("USD")


def test_usd_converts_to_itself() -> None:
    amount = money(Decimal("5"), "USD")
    assert to_usd_quantity(amount, 1.0) == amount
    with pytest.raises(ValueError, match="1 USD per USD"):
        to_usd_quantity(amount, 2.0)


@pytest.mark.parametrize("rate", [0.0, -1.0, math.nan, math.inf], ids=repr)
def test_bad_rate(rate: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        to_usd_quantity(money(1, "EUR"), rate)


@pytest.mark.parametrize(
    "quantity",
    [
        lambda: money(1, "EUR") * money(1, "USD"),
        lambda: money(1, "EUR") / money(1, "USD"),
        lambda: money(1, "EUR") ** 2,
    ],
    ids=["product", "ratio", "square"],
)
def test_not_an_amount_of_one_currency(quantity: object) -> None:
    q = quantity()  # type: ignore[operator]
    with pytest.raises(ValueError, match="one currency"):
        currency_of(q)
    with pytest.raises(ValueError, match="one currency"):
        to_usd_quantity(q, 1.0)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (("EUR = 1.08 * USD",), "expected 'CODE = \\[currency_CODE\\]'"),
        (("EUR = [currency_USD]",), "its own dimension"),
        (("EUR = [currency_EUR]", "EUR = [currency_EUR]"), "already defined on line 1"),
        (("eur = [currency_eur]",), "expected"),
    ],
    ids=["a-global-rate", "shared-dimension", "duplicate", "lower-case"],
)
def test_malformed_definitions_are_rejected(lines: tuple[str, ...], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        units._codes(lines)


def test_definitions_allow_comments_and_blank_lines() -> None:
    assert units._codes(("# a comment", "", "  USD = [currency_USD]   # US dollar")) == {"USD"}


def test_doctests() -> None:
    assert doctest.testmod(units).failed == 0


def test_importing_does_not_load_pint_or_the_ecb_file() -> None:
    code = (
        "import sys, tradecheck.units, tradecheck.fx; "
        "print(sorted({'pint', 'currency_converter'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
