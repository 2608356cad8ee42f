"""The extraction rules as one table: a sentence in, the fields it is about out.

Every sentence is written for this file (not taken from the seed or dev sets).
Each case names the money figure it is about by its ``surface`` and checks only
the fields its rule family is about, plus how many stated money rows the
sentence yields, so a figure that is missed, doubled or invented fails the case.
Derived cases (growth rates) pick the one derived row instead and check the
implied earlier value within 0.5% and the period it is for.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache
from typing import Any

import pandas as pd
import pytest

from tradecheck.document import Document
from tradecheck.fx import FxRates
from tradecheck.pipeline import claim_rows, claims_from_texts

#: Expected-field value meaning "left empty" (NaN for a number, "" for text).
EMPTY = None
#: Derived values depend on the rounding of both numbers; the brief allows 0.5%.
DERIVED_REL = 0.005


@cache
def rows(text: str) -> pd.DataFrame:
    """The claims table of ``text`` as a one-document corpus (cached: cases reuse sentences)."""
    return claims_from_texts({"doc.txt": text})


def stated(text: str) -> pd.DataFrame:
    df = rows(text)
    return df[df["qualifier"] != "derived"]


def derived(text: str) -> pd.DataFrame:
    df = rows(text)
    return df[df["qualifier"] == "derived"]


def one(text: str, surface: str) -> dict[str, Any]:
    """The single row of ``text`` whose surface is ``surface``."""
    df = rows(text)
    hits = df[df["surface"] == surface]
    assert len(hits) == 1, f"want one row {surface!r}, got surfaces {list(df['surface'])}"
    return dict(hits.iloc[0])


def short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def case(text: str, surface: str, n: int = 1, *, xfail: str = "", **expect: Any) -> Any:
    """One table row: ``n`` stated money rows in ``text``, the one at ``surface`` has ``expect``."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    label = short(text) if n <= 1 else f"{short(text)} @{surface}"
    return pytest.param(text, surface, n, expect, id=label, marks=marks)


def check_fields(row: dict[str, Any], expect: dict[str, Any], rel: float = 1e-9) -> None:
    for field, want in expect.items():
        got = row[field]
        if want is EMPTY:
            empty = got == "" or (isinstance(got, float) and math.isnan(got)) or got is pd.NA
            assert empty, f"{field}: want empty, got {got!r}"
        elif isinstance(want, float | int) and not isinstance(want, bool):
            assert got == pytest.approx(want, rel=rel), f"{field}: want {want!r}, got {got!r}"
        else:
            assert got == want, f"{field}: want {want!r}, got {got!r}"


# --------------------------------------------------------------------------
# Currency forms: symbol, code glued or spaced, code or word after the number.
# Each case checks the amount in whole units and the ISO 4217 code.
# --------------------------------------------------------------------------
CURRENCY = [
    # the singular "dollar" after a country prefix, and a capitalised scale word
    case("Kenya earned 2.45 Billion US dollar from tea exports in 2023.", "2.45 Billion US dollar", value=2.45e9,
         currency="USD"),
    # the currency written once for a pair or a list: the later amounts are bare
    case("Chile's exports to Spain slipped from 4.2 bn euro in 2022 to 3.9 bn in 2023.", "3.9 bn", 2,
         value=3.9e9, currency="EUR", metric="exports"),
    case("Kenyan exports and imports were worth $7.4 billion and 8.1 billion in 2023, respectively.",
         "8.1 billion", 2, value=8.1e9, currency="USD", metric="imports"),
    case("Spain's exports to Chile rose to 2.7 bn euro in 2023. Imports from Chile fell from 1.4 bn to 1.1 bn.",
         "1.1 bn", 3, value=1.1e9, currency="EUR", metric="imports"),
    # the currency written once in the headline, the body's amounts bare
    case("Peru-Italy: 3 billion euros of trade\nIn 2023, Italian imports from Peru rose to 1.9 billion, up 4%.",
         "1.9 billion", 2, value=1.9e9, currency="EUR", metric="imports"),
    case("Peru-Italy: 3 billion euros of trade\nIn 2023, Italian imports from Peru exceeded 1 billion (1.2 billion).",
         "1 billion", 3, value=1e9, currency="EUR", metric="imports"),
    # guard: a body that writes another currency leaves the bare amounts without one
    case("Peru-Italy: 3 billion euros of trade\nIn 2023, Italian imports from Peru rose to 1.9 billion. Exports "
         "to Peru were $0.8 billion.", "$0.8 billion", 2, currency="USD"),
    # no headline: the currency of the story's first figure, when the story writes no other, carries to bare
    # amounts in later paragraphs (guard: a body that writes another currency leaves them without one)
    case("Chile's exports to Spain rose to 2.7 bn euro in 2023, the customs office said.\n\nImports from Spain "
         "reached 1.9 billion in 2023.", "1.9 billion", 2, value=1.9e9, currency="EUR", metric="imports"),
    case("Chile's exports to Spain rose to 2.7 bn euro in 2023, the customs office said.\n\nImports from Spain "
         "reached 1.9 billion in 2023. Exports of wine were $0.8 billion.", "$0.8 billion", 2, currency="USD"),
    # a signed deficit in a list: the sign is the metric's, the amount the list's currency
    case("Portugal (0.9 bn euro) led exports to Chile in 2023. The largest trade deficits were Greece's (-0.6 bn) "
         "and Malta's (-0.2 bn).", "0.6 bn", 3, value=-0.6e9, currency="EUR"),
    # the short name of a dollar country before "dollars", and the singular after a scale word
    case("Exports from Wellington to Lima rose to 310 million NZ dollars in 2023.", "310 million NZ dollars",
         currency="NZD", value=310e6),
    case("Canada's exports to Chile reached 2.1 billion Canadian dollar in 2023.", "2.1 billion Canadian dollar",
         currency="CAD", value=2.1e9),
    case("British exports of services to Norway were 12.3 billion pound in 2023.", "12.3 billion pound",
         currency="GBP", value=12.3e9),
    # a shared word ("pesos") with no owner: the article's country that uses it, though another is named more
    case("Brazil's carmakers said Brazil's exports to Argentina fell as Brazil raised rates. The government "
         "collected 3 trillion pesos in export duties in 2024.", "3 trillion pesos", currency="ARS"),
    # Ukrainian papers write the hryvnia as Hr, with a scale word
    case("Ukraine's exports to Moldova were worth Hr 41.3 billion in 2024.", "Hr 41.3 billion", currency="UAH"),
    # Philippine papers write the peso as P, with a scale word
    case("Philippine imports from Japan reached P470.1 billion in 2024.", "P470.1 billion", currency="PHP"),
    # bare "francs": Swiss by default, the local franc in an article about a franc country
    case("Swiss exports to Austria came to 9.8 billion francs in 2024.", "9.8 billion francs", currency="CHF"),
    case("Senegal's exports to Guinea came to 210 billion francs in 2024, the statistics agency said.",
         "210 billion francs", currency="XOF"),
    case("Gabon's imports from Cameroon reached 95 billion CFA francs in 2024.", "95 billion CFA francs",
         currency="XAF"),
    # Omani papers write the rial as RO
    case("Oman's exports to India stood at RO1.29 billion in 2024, while its imports from India totalled "
         "RO 1.1 billion.", "RO 1.1 billion", 2, value=1.1e9, currency="OMR", metric="imports"),
    # Gulf and Levant papers write their dinar as JD, KD or BD before the number, with a scale word
    case("Jordan's imports from Egypt reached JD612 million in 2024, the statistics department said.",
         "JD612 million", value=612e6, currency="JOD", metric="imports"),
    case("Kuwait's exports to Japan totalled KD 3.4 billion in 2023.", "KD 3.4 billion", value=3.4e9,
         currency="KWD", metric="exports"),
    case("Bahrain's trade with Saudi Arabia came to BD1.75 billion in 2024.", "BD1.75 billion", value=1.75e9,
         currency="BHD"),
    # a dinar or rial named with its country's adjective is that country's, in any article
    case("Kuwait's imports from Egypt were 410 million Kuwaiti dinars in 2024.", "410 million Kuwaiti dinars",
         value=410e6, currency="KWD"),
    case("Jordan's imports from Kuwait rose to 96 million Kuwaiti dinars in 2024, Jordan's statistics "
         "department said.", "96 million Kuwaiti dinars", currency="KWD"),
    case("Pakistan's imports from India were 50 billion Indian rupees in 2024, Pakistan's bureau said.",
         "50 billion Indian rupees", currency="INR"),
    # guard: the shared word alone is still the article's country's money
    case("Pakistan's imports from India were 50 billion rupees in 2024, Pakistan's bureau said.",
         "50 billion rupees", currency="PKR"),
    # guard: without a scale word the letters are a name or a model, not money
    case("The JD 4 tractor, the KD 7 drill and the BD 3 pump were shown in Amman in 2024.", "", 0),
    # ISO codes of smaller economies; dollar pegs convert
    case("In 2024, the foreign trade of Bosnia and Herzegovina with Serbia amounted to BAM 4.1 billion.",
         "BAM 4.1 billion", value=4.1e9, currency="BAM", economy="BIH", partner="SRB"),
    case("Imports of the Bahamas from the US were BSD 3.2 billion in 2024.", "BSD 3.2 billion",
         currency="BSD", value_usd=3.2e9),
    # the dollar sign written after the amount
    case("China's imports from Brazil rose to 12.3 billion US$ in 2024.", "12.3 billion US$", value=12.3e9,
         currency="USD"),
    # "a" and "half a" before a scale word
    case("Trade between Chile and Peru was nearly half a billion dollars in 2024.",
         "half a billion dollars", value=0.5e9, currency="USD", qualifier="approx"),
    case("Chile's exports to Peru topped a billion dollars in 2024.",
         "a billion dollars", value=1e9, currency="USD", qualifier="lower_bound"),
    # Russian wire transliterations of the scale words
    case("Trade between Russia and Turkey was RUB 1.2 trln in 2023, TASS reported.",
         "RUB 1.2 trln", value=1.2e12, currency="RUB"),
    case("Russia's exports to Iran reached 5.3 mlrd dollars in 2023.",
         "5.3 mlrd dollars", value=5.3e9, currency="USD"),
    # signs and words from other regions
    case("Mexico's exports to Chile reached MX$21 billion in 2024.", "MX$21 billion", value=21e9, currency="MXN"),
    case("Turkey's exports to Iraq were TL 210 billion in 2024.", "TL 210 billion", value=210e9, currency="TRY"),
    case("Poland's exports to Ukraine reached zł52 billion in 2023.", "zł52 billion", value=52e9, currency="PLN"),
    case("Egypt's imports from China were E£150 billion in 2023.", "E£150 billion", value=150e9, currency="EGP"),
    case("Sweden's exports to Norway were 180 billion kronor in 2023.",
         "180 billion kronor", value=180e9, currency="SEK"),
    case("Norway's imports from Sweden were 150 billion kroner in 2023.",
         "150 billion kroner", value=150e9, currency="NOK"),
    case("Algeria's exports to Tunisia were 120 billion dinars in 2024.",
         "120 billion dinars", value=120e9, currency="DZD"),
    case("Uzbekistan's exports to Kazakhstan were 12.5 trillion soums in 2024.",
         "12.5 trillion soums", value=12.5e12, currency="UZS"),
    # South African, Emirati, Saudi and Qatari press: one- and two-letter signs before the number
    case("South Africa's exports to China were worth R182.5 billion in 2023.",
         "R182.5 billion", value=182.5e9, currency="ZAR"),
    case("Non-oil trade between the UAE and Saudi Arabia reached Dh112 billion in 2023.",
         "Dh112 billion", value=112e9, currency="AED"),
    case("Saudi exports to the UAE were valued at SR48.2 billion in 2023.",
         "SR48.2 billion", value=48.2e9, currency="SAR"),
    case("Qatar's imports from the UAE were QR6.1 billion in 2023.",
         "QR6.1 billion", value=6.1e9, currency="QAR"),
    case("Korea's exports to China fell to W1.2 trillion in January 2024, while the W1 fare was unchanged.",
         "W1.2 trillion", value=1.2e12, currency="KRW"),
    # Nigerian and Ghanaian press: "N" for naira counts only with a scale word
    case("Trade between Nigeria and Ghana was valued at N1.2 trillion in the second quarter of 2024.",
         "N1.2 trillion", value=1.2e12, currency="NGN"),
    case("Ghana's exports to Nigeria were estimated at GH₵ 2.1 billion in 2024.",
         "GH₵ 2.1 billion", value=2.1e9, currency="GHS"),
    case("Japan's exports to Australia rose to $34.6 billion in 2024.",
         "$34.6 billion", value=34.6e9, currency="USD"),
    case("Two-way trade between Brazil and China reached US$157.5 billion in 2023, a record.",
         "US$157.5 billion", value=157.5e9, currency="USD"),
    case("Pakistan's imports from China stood at US $15.2 billion in 2024.",
         "US $15.2 billion", value=15.2e9, currency="USD"),
    case("Bilateral trade between Pakistan and China stood at USD34.6 billion in 2024.",
         "USD34.6 billion", value=34.6e9, currency="USD"),
    case("Turkish exports to Iraq amounted to USD 3.4 billion in the first half of 2025.",
         "USD 3.4 billion", value=3.4e9, currency="USD"),
    case("Kenya's imports from Uganda totaled 3.4 billion USD in 2024.",
         "3.4 billion USD", value=3.4e9, currency="USD"),
    case("Trade turnover between Kazakhstan and Uzbekistan reached 4.1 billion dollars in 2024.",
         "4.1 billion dollars", value=4.1e9, currency="USD"),
    case("Indonesia shipped palm oil worth 2.3 bln dlrs to Malaysia in 2025, traders said.",
         "2.3 bln dlrs", value=2.3e9, currency="USD"),
    case("EU exports to the UK were worth €340 billion in 2023.",
         "€340 billion", value=340e9, currency="EUR"),
    case("Germany's exports to Poland reached EUR 95.1 billion in 2024.",
         "EUR 95.1 billion", value=95.1e9, currency="EUR"),
    case("Trade between Italy and Egypt climbed to 6.7 billion euros in 2024.",
         "6.7 billion euros", value=6.7e9, currency="EUR"),
    case("British exports to India were £11.4 billion in 2024, official figures show.",
         "£11.4 billion", value=11.4e9, currency="GBP"),
    case("UK-Ireland trade hit GBP 98 billion in 2023.",
         "GBP 98 billion", value=98e9, currency="GBP"),
    case("Exports from the UK to Norway totalled 5.2 billion pounds sterling in 2022.",
         "5.2 billion pounds sterling", value=5.2e9, currency="GBP"),
    case("Japan's imports from Australia reached ¥16.3 trillion in 2023.",
         "¥16.3 trillion", value=16.3e12, currency="JPY"),
    case("Japan's exports to Vietnam rose to 2.9 trillion yen in 2024.",
         "2.9 trillion yen", value=2.9e12, currency="JPY"),
    case("Japanese companies invested JPY 450 billion in Indonesia in 2023.",
         "JPY 450 billion", value=450e9, currency="JPY"),
    case("China's exports to Kazakhstan were worth 120 billion yuan in 2024.",
         "120 billion yuan", value=120e9, currency="CNY"),
    case("China-Russia trade reached CNY 1.7 trillion in 2024, customs data showed.",
         "CNY 1.7 trillion", value=1.7e12, currency="CNY"),
    case("China's imports from Brazil totalled RMB 640 billion in 2023.",
         "RMB 640 billion", value=640e9, currency="CNY"),
    case("Russia's exports to Egypt amounted to 410 billion rubles in 2024.",
         "410 billion rubles", value=410e9, currency="RUB"),
    case("Trade between Russia and Armenia reached 760 billion roubles in 2024.",
         "760 billion roubles", value=760e9, currency="RUB"),
    case("Russian exports to Uzbekistan hit RUB 350 billion in 2023.",
         "RUB 350 billion", value=350e9, currency="RUB"),
    case("Belarus exported goods worth 2.1 billion Belarusian rubles to Kazakhstan in 2024.",
         "2.1 billion Belarusian rubles", value=2.1e9, currency="BYN"),
    case("Belarusian exports to Russia reached BYN 48 billion in 2024.",
         "BYN 48 billion", value=48e9, currency="BYN"),
    case("Azerbaijan's exports to Georgia reached 1.4 billion manat in 2024.",
         "1.4 billion manat", value=1.4e9, currency="AZN"),
    case("Trade between Azerbaijan and Turkey totalled AZN 9.2 billion in 2023.",
         "AZN 9.2 billion", value=9.2e9, currency="AZN"),
    case("India's exports to Saudi Arabia stood at Rs 98,000 crore in 2024.",
         "Rs 98,000 crore", value=98_000e7, currency="INR"),
    case("India imported crude worth Rs. 1.2 lakh crore from Iraq in 2024.",
         "Rs. 1.2 lakh crore", value=1.2e12, currency="INR"),
    case("Indian exports to the UAE were ₹2.8 lakh crore in 2024.",
         "₹2.8 lakh crore", value=2.8e12, currency="INR"),
    case("Imports from Russia cost India 4.3 trillion rupees in 2024.",
         "4.3 trillion rupees", value=4.3e12, currency="INR"),
    case("India's exports to Bangladesh reached INR 950 billion in 2023.",
         "INR 950 billion", value=950e9, currency="INR"),
    case("Kazakhstan's exports to China reached 7.6 trillion tenge in 2024.",
         "7.6 trillion tenge", value=7.6e12, currency="KZT"),
    case("Trade between Kazakhstan and Kyrgyzstan reached KZT 1.1 trillion in 2024.",
         "KZT 1.1 trillion", value=1.1e12, currency="KZT"),
    case("Turkey's exports to Iraq reached 410 billion lira in 2024.",
         "410 billion lira", value=410e9, currency="TRY"),
    case("Turkish imports from Russia were TRY 1.5 trillion in 2024.",
         "TRY 1.5 trillion", value=1.5e12, currency="TRY"),
    case("Vietnam's exports to Japan were worth 580 trillion dong in 2024.",
         "580 trillion dong", value=580e12, currency="VND"),
    case("Vietnam's imports from Malaysia hit VND 120 trillion in 2023.",
         "VND 120 trillion", value=120e12, currency="VND"),
    case("Uzbekistan's imports from Kazakhstan reached 14.2 trillion sum in 2024.",
         "14.2 trillion sum", value=14.2e12, currency="UZS"),
    case("Uzbek exports to Russia hit UZS 9.5 trillion in 2023.",
         "UZS 9.5 trillion", value=9.5e12, currency="UZS"),
    case("Australia's exports to Japan were A$88.9 billion in 2023.",
         "A$88.9 billion", value=88.9e9, currency="AUD"),
    case("Canada's exports to Mexico reached C$12.3 billion in 2024.",
         "C$12.3 billion", value=12.3e9, currency="CAD"),
    case("Iraq's imports from Turkey were 12.5 billion US dollars in 2024.",
         "12.5 billion US dollars", value=12.5e9, currency="USD"),
    case("Trade between Indonesia and Malaysia was RM 110 billion in 2024.",
         "RM 110 billion", value=110e9, currency="MYR"),
    case("Egypt imported wheat worth EGP 150 billion from Russia in 2024.",
         "EGP 150 billion", value=150e9, currency="EGP"),
    case("Saudi Arabia's exports to India reached SAR 117 billion in 2024.",
         "SAR 117 billion", value=117e9, currency="SAR"),
    case("Pakistan's exports to China were worth $2.7bn, or about Rs 750 billion, in 2024.",
         "Rs 750 billion", 2, value=750e9, currency="PKR"),
    # "lei" are Romanian, or Moldovan in an article about Moldova
    case("Romania's exports to Hungary were worth 11.84 billion lei in 2024.", "11.84 billion lei", currency="RON"),
    case("Moldova's exports to Ukraine were worth 1.9 billion lei in 2024.", "1.9 billion lei", currency="MDL"),
    # a country reports its own flows in its own money, however often the article names India
    case("India's exports to Sri Lanka reached $4.8 billion in 2024, India's commerce ministry said. India is the "
         "island's largest partner. Sri Lanka's imports from India were Rs. 1.45 trillion.", "Rs. 1.45 trillion",
         2, currency="LKR"),
    # ... the money of the country the figure belongs to comes first, then the countries of its sentence
    case("Moldova and Romania signed deals. Romanian exports to Moldova were 11.84 billion lei in 2024, and Moldova "
         "hopes to sell more.", "11.84 billion lei", currency="RON"),
    case("Kenya renewed a ¥15 billion currency swap with the People's Bank of China in 2024.", "¥15 billion",
         currency="CNY"),
    case("Japan's exports to Kenya were ¥150 billion in 2024.", "¥150 billion", currency="JPY"),
    case("Kenya's exports to Uganda were KSh 160 billion in 2024.",
         "KSh 160 billion", value=160e9, currency="KES"),
    case("Trade between Kenya and Uganda is worth Sh230 billion annually.",
         "Sh230 billion", value=230e9, currency="KES"),
    case("Uganda's exports to South Sudan rose to Shs1.9 trillion in 2024, Bank of Uganda data show.",
         "Shs1.9 trillion", value=1.9e12, currency="UGX"),
    case("Uganda's imports from Kenya hit UGX 4.2 trillion in 2024.",
         "UGX 4.2 trillion", value=4.2e12, currency="UGX"),
    # a currency's name before the number, with a scale word ("zloty 12 bln", "rupees 4,850 crore")
    case("Imports from Ukraine fell to zloty 12 bln in 2024.", "zloty 12 bln", currency="PLN", value=12e9),
    case("Exports to the UAE rose to rupees 4,850 crore in FY2023-24.", "rupees 4,850 crore", currency="INR",
         value=48.5e9),
    case("Nigeria's imports from China reached naira 6.2 trillion in 2023.", "naira 6.2 trillion",
         currency="NGN", value=6.2e12),
    case("New Zealand's imports from Chile were 1.2 billion New Zealand dollars in 2024.",
         "1.2 billion New Zealand dollars", currency="NZD", value=1.2e9),
    # a document that says in words which dollar its amounts are in: its bare "$" and "dollars" are that
    # dollar; a figure marked US$ stays US dollars
    case("Australia's exports to Japan rose to $7.9 billion in March. All figures are in Australian dollars "
         "unless otherwise stated.", "$7.9 billion", currency="AUD", value=7.9e9),
    case("Amounts in New Zealand dollars.\nNew Zealand's exports to China fell to $1.6 billion in June.",
         "$1.6 billion", currency="NZD"),
    case("Non-oil domestic exports to Indonesia (in Singapore dollars) rose to $1.3 billion in May.",
         "$1.3 billion", currency="SGD"),
    case("Unless otherwise stated, values are seasonally adjusted and in current Hong Kong dollars.\nHong Kong's "
         "exports to Vietnam were $18.4 billion in 2024, or US$2.4 billion.", "US$2.4 billion", 2, currency="USD"),
    case("Unless otherwise stated, values are seasonally adjusted and in current Hong Kong dollars.\nHong Kong's "
         "exports to Vietnam were $18.4 billion in 2024, or US$2.4 billion.", "$18.4 billion", 2, currency="HKD"),
    case("Taiwan's exports to the Philippines were 95 billion dollars in 2024. All data are expressed in New "
         "Taiwan dollars.", "95 billion dollars", currency="TWD"),
    # ... but a flow measured in US dollars, or the dollar's own moves, say nothing about the others
    case("New Zealand's exports to Australia, measured in US dollars, rose to $9.3 billion in 2024.",
         "$9.3 billion", currency="USD"),
    case("The Australian dollar fell 2% as exports to China slid to $11.2 billion in May.", "$11.2 billion",
         currency="USD"),
    case("Export values are in Canadian dollars; import values are in US dollars.\nCanada's imports from Chile "
         "were $2.1 billion in 2024.", "$2.1 billion", currency="USD"),
]

# --------------------------------------------------------------------------
# Scale words, spelled out, abbreviated, glued to the number, South Asian.
# --------------------------------------------------------------------------
SCALE = [
    # Portuguese and Spanish scale words in English-language copy, with a decimal comma
    case("Chile's exports to Brazil amounted to US$ 12,7 bi in 2023.", "US$ 12,7 bi", value=12.7e9),
    case("Peru's imports from Argentina reached US$ 3,5 bilhões in 2023.", "US$ 3,5 bilhões", value=3.5e9),
    case("Uruguay's exports to Mexico were US$ 850 millones in 2023.", "US$ 850 millones", value=850e6),
    case("Paraguay's exports to Chile were US$ 1,2 mil millones in 2023.", "US$ 1,2 mil millones", value=1.2e9),
    # a lone scale letter spaced from the number counts after a currency sign, not after a bare number
    case("Nepal's trade deficit with China stays near $ 4 b", "$ 4 b", value=-4e9),
    case("Imports from China reached US$ 12 m in March 2025.", "US$ 12 m", value=12e6),
    case("The 5 m wide road to China cost $300 million in 2024.", "$300 million", value=300e6),
    case("Kenya sold tea worth 850 thousand dollars to Pakistan in March 2025.",
         "850 thousand dollars", value=850e3, currency="USD"),
    case("Exports from Kenya to Uganda rose to $742 million in 2024.",
         "$742 million", value=742e6),
    case("Belarus supplied goods worth $312 mln to Uzbekistan in 2024.",
         "$312 mln", value=312e6),
    case("Kazakhstan's imports from Turkey reached $520mn in the first quarter of 2025.",
         "$520mn", value=520e6),
    case("Malaysia's exports to Indonesia reached $850m in March 2025.",
         "$850m", value=850e6),
    case("Canada shipped C$450M of canola to Mexico in 2024.",
         "C$450M", value=450e6, currency="CAD"),
    case("Egypt-Russia trade reached $7.8 bln in 2024.",
         "$7.8 bln", value=7.8e9),
    case("Japan-Australia trade was worth $68.2bn in 2024.",
         "$68.2bn", value=68.2e9),
    case("Mexico's imports from Canada reached $38.5b in 2024.",
         "$38.5b", value=38.5e9),
    case("Saudi Arabia's exports to India reached $31.4B in 2024.",
         "$31.4B", value=31.4e9),
    case("China's trade with the world reached $6.2tn in 2024.",
         "$6.2tn", value=6.2e12),
    case("Japan's total exports rose to ¥107 trn in 2024.",
         "¥107 trn", value=107e12, currency="JPY"),
    case("India's exports to Kenya rose to Rs 18,500 crore in 2024.",
         "Rs 18,500 crore", value=18_500e7, currency="INR"),
    case("A Kenyan importer bought Indian spices worth Rs 75 lakh in June 2024.",
         "Rs 75 lakh", value=75e5, currency="INR"),
    case("India's bilateral trade with the UAE crossed ₹7 lakh crore in 2024.",
         "₹7 lakh crore", value=7e12, currency="INR"),
    case("Exports from Kenya to Uganda were 1.9 billion dollars in 2024.",
         "1.9 billion dollars", value=1.9e9),
]

# --------------------------------------------------------------------------
# Number forms: thousands separators, Indian and space grouping, decimal
# comma, numbers written as words.
# --------------------------------------------------------------------------
NUMBERS = [
    # one amount in two scales, as CIS wires write it: "$14 bln 28 mln" is 14.028 billion
    case("Armenia's imports from Iran rose to $1 bln 350 mln in 2023.", "$1 bln 350 mln", value=1.35e9),
    # the smaller part is the amount's whatever word follows it, as South Asian papers write a verb there
    case("India's exports to Bhutan worth Rs 42 billion 615 million were recorded in 2023.",
         "Rs 42 billion 615 million", value=42.615e9, currency="INR"),
    # (guard: a quantity after the smaller part keeps it out)
    case("Armenia's imports from Iran rose to $1 bln in 2023, or 350 mln tonnes.", "$1 bln", value=1e9),
    # space-grouped thousands with a decimal part, as Russian and Central Asian wires write them
    case("Russia's exports to Uzbekistan were 12 345,6 million rubles in 2024.", "12 345,6 million rubles",
         value=12_345.6e6, currency="RUB"),
    case("Kazakhstan's exports to Uzbekistan were $1 234.5 million in 2024.", "$1 234.5 million", value=1_234.5e6),
    case("Kazakhstan's exports to Uzbekistan reached $1,234.5 million in 2024.",
         "$1,234.5 million", value=1234.5e6),
    case("Uganda's imports from Kenya were $2,145,600,000 in 2023.",
         "$2,145,600,000", value=2_145_600_000.0),
    case("India's trade with Saudi Arabia was worth Rs 4,60,000 crore in 2024.",
         "Rs 4,60,000 crore", value=4.6e12, currency="INR"),
    case("India's exports to Kenya included tea worth Rs 12,50,000 in one shipment.",
         "Rs 12,50,000", value=1.25e6, currency="INR"),
    case("Belarusian exports to Russia amounted to 2 300 million dollars in the first quarter.",
         "2 300 million dollars", value=2.3e9),
    case("Uzbekistan's exports to Belarus reached $52,6 million in 2024.",
         "$52,6 million", value=52.6e6, interval_low=52.55e6, interval_high=52.65e6),
    case("Trade between Kazakhstan and Belarus reached $1,2 bln in the first half of 2025.",
         "$1,2 bln", value=1.2e9),
    case("Japan pledged to invest three trillion yen in Indonesia over five years.",
         "three trillion yen", value=3e12, currency="JPY"),
    case("Egypt's imports from Russia topped two billion dollars in the first quarter of 2025.",
         "two billion dollars", value=2e9),
    case("Kenya's exports to Uganda were valued at $2.05 billion in 2024.",
         "$2.05 billion", value=2.05e9, interval_low=2.045e9, interval_high=2.055e9),
    case("Turkey's exports to Iraq were $12 billion in 2023.",
         "$12 billion", value=12e9, interval_low=11.5e9, interval_high=12.5e9),
    case("Mexico's exports to Canada were $11,6 billion in 2024.",
         "$11,6 billion", value=11.6e9),
]

# --------------------------------------------------------------------------
# Ranges: one row, value the low end, value_high the high end.
# --------------------------------------------------------------------------
RANGES = [
    case("Russia-Turkey trade is expected to reach $47-48 bln this year.",
         "$47-48 bln", value=47e9, value_high=48e9, qualifier="range"),
    case("Analysts put EU-UK services trade at $59 billion - $60 billion in 2024.",
         "$59 billion - $60 billion", value=59e9, value_high=60e9, qualifier="range"),
    case("Kenya-Uganda trade is worth between $2 and $3 billion a year, officials estimate.",
         "$2 and $3 billion", value=2e9, value_high=3e9, qualifier="range"),
    case("India and Saudi Arabia hope trade will reach between $200 billion to $250 billion by 2030.",
         "$200 billion to $250 billion", value=200e9, value_high=250e9, qualifier="range"),
    case("EU imports of Turkish textiles are put at €5–6 billion a year.",
         "€5–6 billion", value=5e9, value_high=6e9, qualifier="range", currency="EUR"),
    case("Iraq's imports from Turkey could reach $20-25 billion in 2026, a trade body said.",
         "$20-25 billion", value=20e9, value_high=25e9, interval_low=20e9, interval_high=25e9),
    case("The two-way trade between Pakistan and China was around $23bn to $24bn in 2024.",
         "$23bn to $24bn", value=23e9, value_high=24e9),
    # a level given as a span after "range from", "reach", "of": close ends, no "from" change
    case("Estimates of trade between Laos and Thailand in 2024 range from $8.2 billion to $9.1 billion.",
         "$8.2 billion to $9.1 billion", value=8.2e9, value_high=9.1e9, qualifier="range"),
    case("Thailand's exports to Laos are expected to reach $5.5 billion to $5.8 billion in 2025.",
         "$5.5 billion to $5.8 billion", value=5.5e9, value_high=5.8e9, status="forecast"),
    case("The ministry projects a surplus with Japan of $50 billion to $70 billion in 2026.",
         "$50 billion to $70 billion", value=50e9, value_high=70e9, qualifier="range"),
    # ... but a change and the level it reached stay two figures
    case("Chile's imports from Peru rose $2 billion to $3.5 billion in 2024.",
         "$3.5 billion", 2, metric="imports", value=3.5e9),
    case("Korea's deficit with Japan expanded by some $3 billion to $40 billion in 2023.",
         "$40 billion", 2, metric="trade_balance", value=-40e9),
]

# --------------------------------------------------------------------------
# A conversion in brackets is a second stated row; both are kept.
# --------------------------------------------------------------------------
CONVERSIONS = [
    case("Japan's exports to Australia reached 7.2 trillion yen ($64 billion) in 2024.",
         "7.2 trillion yen", 2, value=7.2e12, currency="JPY", metric="exports"),
    case("Japan's exports to Australia reached 7.2 trillion yen ($64 billion) in 2024.",
         "$64 billion", 2, value=64e9, currency="USD", metric="exports", economy="JPN", partner="AUS"),
    case("Kazakhstan's exports to China hit 7.6 trillion tenge (US$16.4 billion) in 2024.",
         "US$16.4 billion", 2, value=16.4e9, currency="USD", period_start="2024-01"),
    case("Australia's exports to Japan were worth A$62.1bn (US$41bn) in 2023.",
         "A$62.1bn", 2, value=62.1e9, currency="AUD", economy="AUS", partner="JPN"),
    case("Indian exports to the UAE rose to Rs 2.8 lakh crore ($33.6 billion) in 2024.",
         "$33.6 billion", 2, value=33.6e9, currency="USD", metric="exports"),
    case("Turkey's exports to Iraq reached 410 billion lira (about $12.6 billion) in 2024.",
         "$12.6 billion", 2, value=12.6e9, qualifier="approx"),
]

# --------------------------------------------------------------------------
# Qualifiers: hedges before the figure. A bound's open side is left empty.
# --------------------------------------------------------------------------
QUALIFIERS = [
    # headline verbs in the present tense
    case("Bangladesh exports to India cross $1.5 billion in FY2024-25", "$1.5 billion", qualifier="lower_bound"),
    case("Vietnam's exports to the US top $100 billion in 2024", "$100 billion", qualifier="lower_bound"),
    case("Kazakh-Chinese trade tops $40 billion in 2024", "$40 billion", qualifier="lower_bound"),
    case("Bilateral trade between India and the UAE crossed the $85 billion mark in 2024.",
         "$85 billion", qualifier="lower_bound"),
    case("Russia's exports to India were not less than $60 billion in 2024.",
         "$60 billion", qualifier="lower_bound"),
    case("Exports from Chile to Peru were in the region of $2.6 billion in 2024.",
         "$2.6 billion", qualifier="approx"),
    case("Peru's imports from Chile reached ~$2.4 billion in 2024.",
         "$2.4 billion", qualifier="approx"),
    case("Trade between Egypt and Russia was around $7 billion in 2024.",
         "$7 billion", qualifier="approx"),
    case("Kenya's exports to Uganda were about $1.1 billion in 2024.",
         "$1.1 billion", qualifier="approx"),
    case("Japan buys some $20 billion of Australian coal a year.",
         "$20 billion", qualifier="approx"),
    case("Brazil-China trade was roughly $160 billion in 2024.",
         "$160 billion", qualifier="approx"),
    case("Pakistan's exports to China were nearly $3 billion in 2024.",
         "$3 billion", qualifier="approx"),
    case("Indonesia's exports to Malaysia were almost $12 billion in 2023.",
         "$12 billion", qualifier="approx"),
    case("Turkey-Iraq trade was approximately $19.8 billion in 2024.",
         "$19.8 billion", qualifier="approx"),
    case("Saudi exports to India were worth over $30 billion in 2023.",
         "$30 billion", qualifier="lower_bound", interval_low=30e9, interval_high=EMPTY),
    case("Trade between Canada and Mexico was more than C$56 billion in 2024.",
         "C$56 billion", qualifier="lower_bound"),
    case("Bilateral trade between Uzbekistan and Kazakhstan exceeded $4 billion in 2024.",
         "$4 billion", qualifier="lower_bound"),
    case("EU-UK trade surpassed €800 billion in 2023.",
         "€800 billion", qualifier="lower_bound"),
    case("Belarus's exports to Russia rose above $25 billion in 2024.",
         "$25 billion", qualifier="lower_bound"),
    case("Vietnam's exports to Japan pushed past $24 billion in 2024.",
         "$24 billion", qualifier="lower_bound"),
    # "just" narrows a bound: "just over" is still more than, "just under" still less than
    case("Norway's exports to Poland were just over NOK 61bn in 2024.", "NOK 61bn", qualifier="lower_bound",
         interval_low=61e9, interval_high=EMPTY),
    case("Poland's imports from Norway came to just under €5.3bn in 2024.", "€5.3bn", qualifier="upper_bound",
         interval_low=EMPTY, interval_high=5.3e9),
    case("Finland's exports to Estonia rose to just above €2.1bn in 2024.", "€2.1bn", qualifier="lower_bound"),
    # guard: "just" alone is no hedge
    case("Estonia's imports from Finland were just €1.9bn in 2024.", "€1.9bn", qualifier="exact"),
    case("Egypt's wheat imports from Russia could be worth up to $3 billion in 2025.",
         "$3 billion", qualifier="upper_bound", interval_low=EMPTY, interval_high=3e9),
    case("Kenya's exports to Uganda were under $1 billion in 2019.",
         "$1 billion", qualifier="upper_bound"),
    case("Pakistan's exports to China were less than $3 billion in 2023.",
         "$3 billion", qualifier="upper_bound"),
    case("Iraq's imports from Turkey were as much as $14 billion in 2022.",
         "$14 billion", qualifier="upper_bound"),
    case("Pakistan's exports to China rose 5% in 2024, up to $2.9 billion.",
         "$2.9 billion", qualifier="exact"),
    case("Malaysia's exports to Indonesia were up 8% to $11.2 billion in 2024.",
         "$11.2 billion", qualifier="exact"),
    # after a verb of movement, "up to" is where the flow moved, not a ceiling
    case("Bangladesh's exports to Japan edged up to $1.4 billion in 2024.", "$1.4 billion", qualifier="exact"),
    case("Chile's imports from Peru inched up to $2.2 billion in 2024.", "$2.2 billion", qualifier="exact"),
    case("Kenya's exports to Egypt ticked up to $410 million last year.", "$410 million", qualifier="exact"),
    case("Ghana's cocoa exports to the Netherlands picked up to $1.9 billion in 2024.", "$1.9 billion",
         qualifier="exact"),
    case("Vietnam will lend Laos up to $50 million in 2025.", "$50 million", qualifier="upper_bound"),
    case("Egypt's imports from Russia stood at $4.2 billion in 2024.",
         "$4.2 billion", qualifier="exact", interval_low=4.15e9, interval_high=4.25e9),
    case("India's exports to Kenya came to roughly Rs 17,400 crore in 2024.",
         "Rs 17,400 crore", qualifier="approx"),
    case("India's exports to Kenya came to $2.1 billion, or about Rs 17,400 crore, in 2024.",
         "Rs 17,400 crore", 2, qualifier="approx"),
    case("Egypt's imports from Russia came to $4.2 billion, or about 210 billion Egyptian pounds.",
         "210 billion Egyptian pounds", 2, qualifier="approx", currency="EGP"),
    # "over" as a verb's particle is not "more than"
    case("China rolled over a $2 billion deposit with Pakistan's central bank in 2024.", "$2 billion",
         qualifier="exact"),
    case("The ministry handed over $5 million to exporters in 2024.", "$5 million", qualifier="exact"),
    # a bound word before "the" compares with a figure stated for itself; "the ... mark" is a line crossed
    case("Sales to Peru in 2024 came in well below the $2.5 billion the ministry had forecast.",
         "$2.5 billion", qualifier="exact"),
    case("Trade with Peru hit $7.9 billion in 2024, above the $7.5 billion goal set in 2021.",
         "$7.5 billion", 2, qualifier="exact"),
    case("Exports to Peru climbed above the $2 billion mark in 2024.", "$2 billion", qualifier="lower_bound"),
]

# --------------------------------------------------------------------------
# Numbers that are not money: people, places, percentages, years, tonnes,
# vehicles. Each sentence holds one real figure (or none) to count against.
# --------------------------------------------------------------------------
NOT_MONEY = [
    # "bi" is a scale word only glued to a number or spaced after a currency sign
    case("Brazil's exports to Chile were US$ 5 bi in 2023, carried by 12 bi-weekly sailings.", "US$ 5 bi", 1,
         value=5e9),
    # a bare number with a scale word takes a currency written once only in a money position: not before
    # its unit noun, not after a subject that is not money, not in a sentence about something else
    case("India's exports to Peru reached $5 billion in 2023, serving a market of 1.4 billion people.",
         "$5 billion", 1),
    case("Vietnam's rice exports earned $4.2 billion in 2023, and its population passed 100 million.",
         "$4.2 billion", 1),
    case("Peru's exports to Korea reached $2 billion in 2023. The port handled 1.2 million last year.",
         "$2 billion", 1),
    case("Ghana's cocoa exports fell to $1.9 billion in 2023, from 2.4 billion the year before, as output fell to "
         "0.7 million.", "$1.9 billion", 2),
    # under a hundred units with no scale word: a price or a ratio, never a flow between economies
    case("Chile may import US$1.5 from Peru for every US$1 it exports, a quota worth US$2 billion in 2024.",
         "US$1", 3, metric="other"),
    case("Chile may import US$1.5 from Peru for every US$1 it exports, a quota worth US$2 billion in 2024.",
         "US$1.5", 3, metric="other"),
    # "pound" in the singular is a weight unless a scale word makes it money
    case("Farmers in Ireland sold a 5 pound bag of potatoes for less than the 10 pounds they paid.",
         "10 pounds", 1),
    # a currency's name before a number needs a scale word to be money
    case("Euro 2024 drew 2.7 million fans, and the euro traded at 1.08 against the dollar.", "", 0),
    # an exchange rate is not an amount
    case("The rial's slide to about 600,000 rials per dollar hurt Iranian exporters in 2024.", "", 0),
    case("Over the quarter the rate averaged 0.68 euros per Canadian dollar, and 1,020 won to the yuan.", "", 0),
    # ... nor is a currency's price, or the earlier rate it is compared with
    case("The cedi traded at 15.2 cedis to the dollar in 2024, compared with about 11.9 cedis a year earlier.",
         "", 0),
    case("Chile's imports from Peru were $3 billion in 2024, while the dollar trades at around 940 pesos.",
         "$3 billion", value=3e9),
    # ... with a name or two before the currency's
    case("Egypt's exports to Italy rose to $4 billion in 2024, while the parallel-market dollar traded at 52 "
         "pounds.", "$4 billion", value=4e9),
    case("Nigeria's imports from China hit $12 billion in 2024; the unofficial 'black market' dollar traded at "
         "1,650 naira.", "$12 billion", value=12e9),
    # a price per pound is a weight's price, not an exchange rate
    case("Mexican avocados fetched about $1.10 per pound at the border in 2024.", "$1.10", value=1.10),
    case("The rupee ended 2024 at 85.6 to the dollar, while India's exports to the US were $77.5 billion.",
         "$77.5 billion", value=77.5e9),
    case("The SR 71 Blackbird, the QR 4 code and the TL 5 team were in the news in 2024.", "", 0),
    case("It was a good year for Chile: a million tourists came and an agreement was signed.", "", 0),
    case("South Africa's R5 road and the SR71 aircraft were in the news in 2023.", "", 0),
    case("Nigeria ordered 400,000 N95 masks and resurfaced the N1 road to Ghana.", "", 0),
    case("Egypt, with 101.5 million people, imported $4.2 billion of goods from Russia in 2024.",
         "$4.2 billion", value=4.2e9),
    case("Trade between Kazakhstan and Uzbekistan covers 17 areas and reached $4.1 billion in 2024.",
         "$4.1 billion", value=4.1e9),
    case("Turkey's exports to Iraq rose 12% in 2024 and now make up 5% of its sales abroad.",
         "", 0),
    case("In 2023 and 2024 Japan and Australia held talks on a new trade agreement.",
         "", 0),
    case("Russia shipped 5 million tonnes of wheat to Egypt in 2024.",
         "", 0),
    case("Mexico imported 250,000 cars from Canada in 2024, worth $6.1 billion.",
         "$6.1 billion", value=6.1e9),
    case("Iraq exported 3.3 million barrels per day of crude in 2024, mostly to India and China.",
         "", 0),
    case("Some 1,200 Turkish companies operate in Iraq, the Turkish embassy said.",
         "", 0),
    case("The pipeline from Kazakhstan to China runs 3,000 km and carries 12 billion cubic metres.",
         "", 0),
    case("Belarus sold 12,000 tractors to Russia in 2024 for a total of $420 million.",
         "$420 million", value=420e6),
]

# --------------------------------------------------------------------------
# Metrics: what a figure measures. A deficit is negative from the side whose
# balance it is.
# --------------------------------------------------------------------------
METRICS = [
    # the size of a change, with its rate in brackets, a hedge, a base period, or as a share of a rise
    case("Peru's exports to Chile fell $196 million (4.8 percent) to $3.9 billion in 2023.", "$196 million", 2,
         metric="other"),
    case("Peru's imports of services rose by less than $0.1 billion to $15.5 billion in 2023.", "$0.1 billion", 2,
         metric="other"),
    case("Peru's trade with Chile hit $20.1 billion in 2023, up $4.7 billion from the previous year, with "
         "exports contributing $4 billion to the rise.", "$4.7 billion", 3, metric="other"),
    case("Peru's trade with Chile hit $20.1 billion in 2023, up $4.7 billion from the previous year, with "
         "exports contributing $4 billion to the rise.", "$4 billion", 3, metric="other"),
    # a noun of change with "of" ("marking an increase of $X"), and a balance "improving by $X", are changes
    case("Kenya's exports to Oman totalled USD 2.1 billion in 2024, marking an increase of USD 0.6 billion "
         "compared to 2023.", "USD 0.6 billion", 2, metric="other", economy="KEN", partner=EMPTY),
    case("The balance of trade between Kenya and Oman tilted towards Kenya in 2024, improving by USD 85 million.",
         "USD 85 million", metric="other"),
    # (guard: "a value of $X" is a level)
    case("Kenya's exports to Oman reached a value of USD 2.1 billion in 2024.", "USD 2.1 billion", metric="exports"),
    # guards: a level after "up from" is the earlier level, not a change
    case("Peru's exports to Chile were $5.2 billion in 2023, up from $4.1 billion in 2022.", "$4.1 billion", 2,
         metric="exports", period_start="2022-01"),
    # "taking $X of <demonym> goods": that origin's exports to the one who takes them, not the metric of the
    # sentence before
    case("Chile's imports rose to $60 billion in 2024, widening its trade deficit to $4 billion. China remained "
         "Chile's largest market, taking $25 billion of Chilean goods.", "$25 billion", 3, metric="exports",
         economy="CHL", partner="CHN", value=25e9),
    case("Peru's main buyer in the Andean group is Colombia, which took $1.2 billion worth of Peruvian products "
         "last year.", "$1.2 billion", metric="exports", economy="PER", partner="COL"),
    # ... and "the figure" later refers to the topic, not to a side remark in a relative clause
    case("Peru's exports to Chile rose to $2.1 billion in 2024.\n\nChile remains Peru's second market after "
         "Colombia, which took $3 billion worth of Peruvian goods last year.\n\nLima Industry Society head "
         "Ana Ruiz said the figure could pass $2.5 billion this year.", "$2.5 billion", 3, metric="exports",
         economy="PER", partner="CHL"),
    # what a plant, factory or terminal costs is not a flow of trade, whatever trade the sentence before named
    case("Chile keeps close trade and political ties with Peru. Chilean miner Andes Corp is building a $300 "
         "million plant near Lima.", "$300 million", metric="other"),
    case("Peru's port operator said it had approved a $40m container terminal upgrade after trade with Chile "
         "grew.", "$40m", metric="other"),
    # guard: "in a plant" after an investment verb stays an investment
    case("Chilean miner Andes Corp is investing $300 million in a plant near Lima.", "$300 million",
         metric="investment"),
    # a duty or tax on exports is revenue, not a flow of goods
    case("Indonesia collected Rp 14 trillion in export duties on palm oil in 2024.", "Rp 14 trillion",
         metric="other"),
    # "It is reported that ...": an empty subject, not a pronoun for the figure before; the flow's own
    # words after it ("were exported from A to B") name the metric, as in wire copy
    case("Trade between Peru and Chile totalled $980 mln in January-June. It is reported that goods worth "
         "$410.25 mln were exported from Peru to Chile in the period.", "$410.25 mln", 2, metric="exports",
         economy="PER", partner="CHL"),
    # guard: "it was" before the figure still refers back to the figure before
    case("Trade between Peru and Chile totalled $980 mln in January-June. A year earlier it was $870 mln, "
         "when less was exported from Peru.", "$870 mln", 2, metric="trade_total"),
    # "puts the 2024 figure higher, at $X": the figure referred back to, whatever the words after it name
    case("Chile-Peru trade was $6.1 billion in 2024, Chilean data show. Peru puts the 2024 figure higher, at "
         "$6.5 billion, partly because it values its imports differently.", "$6.5 billion", 2,
         metric="trade_total"),
    # ... across a paragraph break, and to a total rather than the part of it given after it
    case("Chile-Peru trade was $6.1 billion in 2024, Chilean data show. Peru's exports to Chile made up $2.5 "
         "billion of that.\n\nPeru puts the 2024 figure higher, at $6.5 billion, partly because it values its "
         "imports differently.", "$6.5 billion", 3, metric="trade_total", economy="CHL", partner="PER"),
    case("Chile-Peru trade was $6.1 billion in 2024, Chilean data show. Peru's exports to Chile made up $2.5 "
         "billion of that. Peru puts the 2024 figure higher, at $6.5 billion.", "$6.5 billion", 3,
         metric="trade_total"),
    # a price is no referent, a source named in the phrase picks its own figure, and a word of an
    # institution's name ("Ministry of Investment, Trade and Industry") names no metric
    case("Peru's exports to Chile were $2.1 billion in 2024. Copper sold at $9,000 per tonne. The figure "
         "could top $2.5 billion in 2025.", "$2.5 billion", 3, metric="exports"),
    case("Chile's trade with Peru rose to $9.4 billion in 2024, INE data show. Chile's exports to Peru were $3.1 "
         "billion, Banco Central said.\n\nThe INE figure compares with $8.7 billion cited by the Ministry of "
         "Investment, Trade and Industry.", "$8.7 billion", 3, metric="trade_total"),
    case("The Board of Investments approved Japanese projects worth ₱126.8 billion in 2024.", "₱126.8 billion",
         metric="investment"),
    # a pronoun subject stands for what the sentence before named, not for the figure before that
    case("Chile's exports to Peru were $3.1 billion in 2024. We want more investment from Peru. Today it is "
         "less than $100 million.", "$100 million", 2, metric="investment"),
    # what a flow cost is its value: an import bill
    case("Peru's fuel imports from Ecuador alone cost $1.9 billion in 2024.", "$1.9 billion", metric="imports",
         economy="PER", partner="ECU"),
    case("The new port at Chancay cost Peru $3.5 billion.", "$3.5 billion", metric="other"),
    # what is collected at a border is not the trade that crosses it, even when an agency's name says Trade
    case("The Zambia Trade Hub Authority said transit fees at the Kasumbalesa crossing came to $38 million in 2024.",
         "$38 million", metric="other"),
    # a gap after the figure: "$X below what ...", "$X more than in 2023"
    case("Chile's real 2024 deficit with Peru was $2.1 billion, about $600 million below what the minister claimed.",
         "$600 million", 2, metric="other"),
    case("Exports to Peru in 2024 were $400 million more than in 2023.", "$400 million", metric="other"),
    # ... also with the same change as a rate set off between them, in commas or brackets
    case("Chile's trade with Brazil came to $19.8 billion in 2024. This was $1.9 billion, or 8.8 percent, less "
         "than a year earlier.", "$1.9 billion", 2, metric="other"),
    case("Exports from Peru to Ecuador were $310 million (12%) higher than in 2023.", "$310 million",
         metric="other"),
    case("Uruguay's exports to Paraguay were $412 million in 2024. This is $18.4 million or 4.7 percent more than "
         "in 2023.", "$18.4 million", 2, metric="other"),
    # ... but a rate after the comma that is not closed off is the level's own growth
    case("Peru's exports to Ecuador reached $2.6 billion in 2024, or 12 percent more than in 2023.",
         "$2.6 billion", metric="exports"),
    # a signed amount in brackets is the size of a change; a balance's sign says which side it is on
    case("Norway's exports of salmon to Poland were up sharply (+$210 million) in May 2025.", "$210 million",
         metric="other"),
    case("Chile's exports to Peru rose 6% (+$190 million) in 2024.", "$190 million", metric="other"),
    case("Ghana's imports from Togo fell in March (-$45 million).", "$45 million", metric="other"),
    # a change is about one country and unsigned: which way it moved is in the derived row
    case("Britain's goods deficit with Chile narrowed by £0.4 billion to £2.1 billion in May.", "£0.4 billion", 2,
         metric="other", value=0.4e9, economy="GBR", partner=EMPTY),
    case("Morocco's trade balance with Spain (-$3.1 billion) worsened in 2024.", "$3.1 billion",
         metric="trade_balance"),
    case("The largest trade deficits with Peru in 2019 were recorded by Chile (-€2.5 bn) and Bolivia (-€1.1 bn).",
         "€2.5 bn", 2, metric="trade_balance", value=-2.5e9, economy="CHL", partner="PER"),
    # a gap between two figures is not a level ("overstated the deficit by $26.5 billion")
    case("The US deficit with Chile was $3.5 billion in 2024, so the senator overstated it by about $1.5 billion.",
         "$1.5 billion", 2, metric="other"),
    # "$X in imports from": the flow named right after the amount
    case("Officials cited a Commerce Department table showing $146.2 billion in imports from Peru in 2024.",
         "$146.2 billion", metric="imports", partner="PER"),
    # assistance and a central banks' swap line are not trade, whatever the sentence says next
    case("Japan extended about $4 billion in assistance to Peru in 2022, when trade between the two reached "
         "$5 billion.", "$4 billion", 2, metric="other"),
    case("Trade between Chile and China reached $60 billion in 2024. The central banks renewed a currency swap "
         "line worth 50 billion yuan in 2024.", "50 billion yuan", 2, metric="other"),
    # what something costs to build is not trade
    case("Moldova's exports to Romania were worth $700 million in 2024. The bridge will cost 30 million euros.",
         "30 million euros", 2, metric="other"),
    # an amount per person is an income, and an amount that sizes an economy is its output: not trade
    case("Trade between Brazil and Peru reached $5.1 billion in 2024. Peru is a market of 34 million people "
         "with a per capita income above US$7,000.", "US$7,000", 2, metric="other"),
    case("Brazil, a $2.2 trillion economy, imported $3 billion from Peru in 2024.", "$2.2 trillion", 2,
         metric="gdp", economy="BRA"),
    case("Chile's economy, worth about $330 billion, exported $100 billion in 2024.", "$330 billion", 2,
         metric="gdp"),
    # a debt is not a flow, whatever it was owed for
    case("Iran's exports to Iraq reached $12.4 billion in 2024. Iraq still owes Iran some $11 billion for gas "
         "and electricity imports.", "$11 billion", 2, metric="other"),
    # customs wording for the two-way total, and deficits that are not about trade
    case("China's total goods imports and exports rose 5.3 percent to 32.33 trillion yuan in 2024.",
         "32.33 trillion yuan", metric="trade_total", economy="CHN"),
    case("Russia's federal budget deficit reached 4.9 trillion rubles in 2024.",
         "4.9 trillion rubles", metric="other", economy="RUS"),
    case("Australia's current account deficit widened to A$16.3 billion in the June quarter of 2024.",
         "A$16.3 billion", metric="other", economy="AUS"),
    # Chinese customs wording for two-way trade
    case("China's total imports and exports with ASEAN reached 6.99 trillion yuan in 2024.",
         "6.99 trillion yuan", metric="trade_total"),
    case("The import and export volume between China and Brazil hit 1.3 trillion yuan in 2024.",
         "1.3 trillion yuan", metric="trade_total"),
    # a definition of the total by its parts names the total, not its last part
    case("Total trade (i.e. exports plus imports) between Canada and Chile was C$5.6 billion in 2023.",
         "C$5.6 billion", metric="trade_total", economy="CAN", partner="CHL"),
    # metrics listed before a "respectively" list
    case("Kenya's exports to Uganda and imports from Uganda were $5 billion and $3 billion respectively in 2024.",
         "$3 billion", 2, metric="imports"),
    case("Kenya's exports to Uganda and imports from Uganda were $5 billion and $3 billion respectively in 2024.",
         "$5 billion", 2, metric="exports"),
    # ... and when the currency is written once, on the first amount of the list
    case("Ghana's trade with Togo was $3.1 billion in 2023. In the same year, exports and imports were valued at "
         "$1.8 billion and 1.3 billion, respectively.", "$1.8 billion", 3, metric="exports", economy="GHA",
         partner="TGO"),
    # (guard: one metric for the list, the amounts are the partners')
    case("Ghana's trade with Togo and Benin was $3.1 billion and 2.2 billion, respectively, in 2023.",
         "$3.1 billion", 2, metric="trade_total"),
    case("Chile's inbound shipments from Peru were $4.1 billion in 2024.",
         "$4.1 billion", metric="imports", economy="CHL", partner="PER"),
    # a target after a deficit figure is a trade target, not a deficit target
    case("India's trade deficit with Russia was $57.2 billion in 2023-24. The two countries have set a "
         "target of $100 billion by 2030.", "$100 billion", 2, metric="trade_total", status="target"),
    # the amount a growth rate is restated as is the change, not a level for the base period
    case("Trade between the UK and Australia was £24.1 billion in 2023, an increase of 13.6% or £2.9 billion "
         "from 2022.", "£2.9 billion", 2, metric="other"),
    case("Chile's exports to Peru fell 8% (about $300 million) to $3.5 billion in 2024.",
         "$300 million", 2, metric="other"),
    case("UK-India trade was worth £42 billion in 2024. Under the deal, that figure is expected to grow by "
         "£25.5 billion, or 39%, in the long run.", "£25.5 billion", 2, metric="other"),
    # "That compares with X": the figure before's metric and countries
    case("Trade between Chile and Peru reached $4.2 billion in the second quarter of 2024.\n"
         "That compares with $3.9 billion in the second quarter of 2023.",
         "$3.9 billion", 2, metric="trade_total", economy="CHL", partner="PER", period_start="2023-04"),
    case("Trade turnover between Belarus and Russia reached $50.1 billion in 2024.",
         "$50.1 billion", metric="trade_total"),
    case("Two-way trade between Japan and Australia was $68 billion in 2024.",
         "$68 billion", metric="trade_total"),
    case("Bilateral trade between Saudi Arabia and India stood at $43 billion in 2024.",
         "$43 billion", metric="trade_total"),
    case("The trade volume between Indonesia and Malaysia reached $22 billion in 2024.",
         "$22 billion", metric="trade_total"),
    # "supplies to X", like "sales to X", are exports to X
    case("China's supplies to Laos reached a record $3.2 billion in 2024.",
         "$3.2 billion", metric="exports", economy="CHN", partner="LAO"),
    case("Kenya's exports to Uganda reached $1.2 billion in 2024.",
         "$1.2 billion", metric="exports"),
    case("Uganda's imports from Kenya totalled $1.1 billion in 2024.",
         "$1.1 billion", metric="imports"),
    case("Brazilian soybean shipments to China were worth $39 billion in 2024.",
         "$39 billion", metric="exports", scope="soybean", economy="BRA", partner="CHN"),
    case("Kenya's trade deficit with China widened to $3.1 billion in 2024.",
         "$3.1 billion", metric="trade_balance", value=-3.1e9, economy="KEN", partner="CHN"),
    case("China's trade surplus with Pakistan stood at $11.5 billion in 2024.",
         "$11.5 billion", metric="trade_balance", value=11.5e9, economy="CHN", partner="PAK"),
    case("India ran a trade deficit of $16 billion with Saudi Arabia in 2024.",
         "$16 billion", metric="trade_balance", value=-16e9, economy="IND", partner="SAU"),
    case("The UK recorded a trade surplus of £4 billion with the EU in services in 2023.",
         "£4 billion", metric="trade_balance", value=4e9, economy="GBR", partner="EUU"),
    # a possessive after the amount, in a clause of its own, does not take the balance from the subject before
    case("Uruguay posted a trade surplus of US$310 million with Brazil in 2023 and became Brasilia's fifth-largest "
         "partner in the region.", "US$310 million", metric="trade_balance", value=310e6, economy="URY",
         partner="BRA"),
    # a country that "recorded" a balance holds it; it is no source of the figure
    case("Uruguay recorded a trade surplus of US$310 million with Brazil in 2023.", "US$310 million",
         metric="trade_balance", value=310e6, economy="URY", partner="BRA", attributed_to=EMPTY),
    case("Mexico's trade balance with Canada showed a deficit of $5.4 billion in 2024.",
         "$5.4 billion", metric="trade_balance", value=-5.4e9, economy="MEX", partner="CAN"),
    case("Egypt's trade deficit with Russia was $5.2 billion in 2024.",
         "$5.2 billion", metric="trade_balance", value=-5.2e9, economy="EGY", partner="RUS"),
    case("Russia's trade surplus with Egypt was $5.2 billion in 2024.",
         "$5.2 billion", metric="trade_balance", value=5.2e9, economy="RUS", partner="EGY"),
    # contrastive clauses: the balance noun the amount qualifies in its own clause sets the sign
    case("Peru posted an overall trade deficit in 2023 but ran a $4 billion surplus with China.",
         "$4 billion", metric="trade_balance", value=4e9, economy="PER", partner="CHN"),
    # (guard: a balance word in a later, separate clause leaves the earlier one in charge)
    case("Peru recorded a trade deficit with Brazil in 2024, at $4 billion, after a surplus the year before.",
         "$4 billion", metric="trade_balance", value=-4e9, economy="PER"),
    case("Egypt's trade balance with Russia was negative at $5.2 billion in 2024.",
         "$5.2 billion", metric="trade_balance", value=-5.2e9, economy="EGY", partner="RUS"),
    # "two-way value" is the pair's total trade
    case("The two-way value of goods between Chile and Peru rose by 6% to $8.4 billion in 2023.", "$8.4 billion",
         metric="trade_total", economy="CHL", partner="PER"),
    # a clause naming a part ("of which exports ...") does not lend its metric to the whole before it
    case("Peru's trade with Chile is growing fast. In 2023 it reached $8.4 billion, of which exports made up "
         "$5.1 billion.", "$8.4 billion", 2, metric="trade_total", economy="CHL", partner="PER"),
    # (guard: a metric named before the part's clause is still the whole's)
    case("In 2023 Peru earned $8.4 billion from exports to Chile, of which copper made up $5.1 billion.",
         "$8.4 billion", 2, metric="exports", economy="PER", partner="CHL"),
    case("Copper accounted for $3 billion of this year's exports from Peru to Chile.", "$3 billion",
         metric="exports", economy="PER", partner="CHL"),
    # the balance noun an amount qualifies decides over "trade between" before it; the side named first holds
    # the balance, and an elliptical "it was" after it is the same balance
    case("In 2018, trade between Uruguay and Brazil reached a $1.3 billion deficit while in 2020 it was $1.6 "
         "billion.", "$1.3 billion", 2, metric="trade_balance", value=-1.3e9, economy="URY", partner="BRA"),
    case("In 2018, trade between Uruguay and Brazil reached a $1.3 billion deficit while in 2020 it was $1.6 "
         "billion.", "$1.6 billion", 2, metric="trade_balance", value=-1.6e9, economy="URY", partner="BRA"),
    # (guards: a side the balance is "for" holds it; a balance word away from the amount leaves it a total)
    case("Trade between Uruguay and Brazil showed a $1.1 billion surplus for Brazil in 2023.",
         "$1.1 billion", metric="trade_balance", value=1.1e9, economy="BRA", partner="URY"),
    case("Trade between Uruguay and Brazil reached $4 billion in 2023 and the deficit narrowed.",
         "$4 billion", metric="trade_total", economy="BRA", partner="URY"),
    # "a $X gap" in an article that gave a balance is that balance again, with its sign and sides
    case("Uganda's trade deficit with Kenya reached $1.24 billion in 2022.\n\nTalks on a new rail line opened in "
         "Kampala on Monday.\n\nAlthough the $1.2 billion gap looks large, it has narrowed since 2015.",
         "$1.2 billion", 2, metric="trade_balance", value=-1.2e9, economy="UGA", partner="KEN"),
    # (guard: with no balance given before, a gap is no trade figure)
    case("Uganda's exports to Kenya reached $1.2 billion in 2022.\n\nTalks on a new rail line opened in "
         "Kampala on Monday.\n\nThe rail line faces a $3 billion gap in its budget.", "$3 billion", 2,
         metric="other"),
    # one flow's excess over the other is the balance, signed by which flow is the larger
    case("Chile's exports to Canada exceeded its imports from Canada by $4.1 billion in 2022.",
         "$4.1 billion", metric="trade_balance", value=4.1e9, economy="CHL", partner="CAN"),
    case("Trade with Kenya has favoured Tanzania since 2015, and in 2023 the value of exports exceeded the "
         "value of imports by TSh 1.9 trillion.", "TSh 1.9 trillion", metric="trade_balance", value=1.9e12,
         economy="TZA", partner="KEN"),
    case("Peru's imports outpaced its exports by $2.3 billion in 2023.",
         "$2.3 billion", metric="trade_balance", value=-2.3e9),
    # (guard: a flow exceeding anything but the other flow is a gap between two figures)
    case("Tanzania's exports to Kenya exceeded the target by $120 million in 2023.",
         "$120 million", metric="other"),
    case("Russia's exports to Egypt, mostly wheat, reached $6.1 bn in 2024 while imports from Egypt "
         "were $0.9 bn.",
         "$0.9 bn", 2, metric="imports", economy="RUS", partner="EGY", value=0.9e9),
    # "whilst", British for "while", opens a clause with its own metric and partner
    case("Ireland's imports from Norway hit €9bn in 2024 whilst exports to Norway were valued at €3.4bn.",
         "€3.4bn", 2, metric="exports", economy="IRL", partner="NOR", value=3.4e9),
    case("Brazil sold 73 million tonnes of soybeans worth $31.5 billion to China in 2024.",
         "$31.5 billion", metric="exports", economy="BRA", partner="CHN"),
    case("Vietnam's imports from Japan rose by $1.2 billion to $22.4 billion in 2024.",
         "$22.4 billion", 2, metric="imports", value=22.4e9, period_start="2024-01"),
    case("Canada's merchandise trade with Mexico amounted to C$56.2 billion in 2024, Statistics Canada "
         "reported.",
         "C$56.2 billion", metric="trade_total", scope="goods", economy="CAN", partner="MEX"),
    case("Japanese FDI in Indonesia reached $4.6 billion in 2023.",
         "$4.6 billion", metric="investment", economy="JPN", partner="IDN"),
    case("Chinese companies invested $2.1 billion in Pakistan's power sector in 2024.",
         "$2.1 billion", metric="investment", economy="CHN", partner="PAK"),
    case("Saudi investment in India has reached $10 billion, officials said.",
         "$10 billion", metric="investment", economy="SAU", partner="IND"),
    case("Kenya's GDP reached $104 billion in 2023.",
         "$104 billion", metric="gdp", economy="KEN", partner=EMPTY),
    case("Uzbekistan's gross domestic product grew to $115 billion in 2024.",
         "$115 billion", metric="gdp", economy="UZB"),
    case("Russia extended a $25 billion loan to Egypt for the El Dabaa nuclear plant.",
         "$25 billion", metric="other"),
    case("The EU approved a €7.4 billion aid package for Egypt in March 2024.",
         "€7.4 billion", metric="other"),
    case("India's purchases of Russian oil came to $52 billion in 2024.",
         "$52 billion", metric="imports", economy="IND", partner="RUS", scope="oil"),
    case("India imported crude oil worth $52 billion from Russia in 2024.",
         "$52 billion", metric="imports", scope="crude oil", economy="IND", partner="RUS"),
    case("Brazil's cotton exports to China were worth $3 billion in 2024.",
         "$3 billion", metric="exports", scope="cotton"),
    case("Thai durian exports alone brought in more than 4.5 billion dollars in 2024.",
         "4.5 billion dollars", metric="exports", scope="durian"),
    case("Exports of cashew nuts to India rose to $65.7 million in 2024.",
         "$65.7 million", metric="exports", scope="cashew nuts"),
    # re-exports are a part of exports
    case("The UAE's non-oil exports to India amounted to AED 72 billion in 2024, while re-exports stood at "
         "AED 21 billion.", "AED 21 billion", 2, metric="exports", scope="re-exports"),
    # each product of a list keeps its own scope, whatever the sentence named first
    case("Tea exports earned Kenya Sh180.6 billion in 2023, up 30 percent, while horticulture brought in "
         "Sh157 billion.", "Sh157 billion", 2, scope="horticulture"),
    case("Garment shipments fetched $19.89b in 2024. Knitwear accounted for $10.9b and woven garments $8.99b.",
         "$8.99b", 3, scope="woven garments"),
    # "including re-exports" is all exports; "exports of gems and jewellery" is one product group
    case("The UAE's exports to India, including re-exports, were Dh128.5 billion in 2024.",
         "Dh128.5 billion", metric="exports", scope=""),
    case("India's exports of gems and jewellery to the UAE were valued at $8.9 billion in 2024.",
         "$8.9 billion", metric="exports", scope="gems and jewellery"),
    case("Hong Kong's re-exports to China rose to HK$2.1 trillion in 2024.", "HK$2.1 trillion",
         metric="exports", scope="re-exports", economy="HKG", partner="CHN"),
    # a product does not pass into a clause that names its own subject
    case("Salmon exports to Japan rose to $1.4 billion in 2024, while total exports reached $9 billion.",
         "$9 billion", 2, metric="exports", scope=""),
    case("Chile's exports to Japan were $9 billion in 2024. Copper made up $4 billion, while tourism added "
         "$700 million.", "$700 million", 3, scope="tourism"),
    case("Chile's copper exports to China were $5 billion in 2024, while those to Japan were $2 billion.",
         "$2 billion", 2, scope="copper", economy="CHL", partner="JPN"),
    # services named right after the figure; a period word before a flow is no product
    case("Chile and Peru exchanged about $1.8 billion in annual services trade in 2024.", "$1.8 billion",
         scope="services"),
    case("The full-year export figure for Peru was $3.3 billion in 2024.", "$3.3 billion", scope=""),
    # a share given as a percentage of the whole names a part, as "of that" does
    case("Canada's imports from Peru were C$950 million in the quarter. On the import side, zinc and lead "
         "accounted for C$310 million, or 32.6% of the total.", "C$310 million", 2, scope="zinc and lead"),
    # the goods right before "at", and a ranked item's subject, name the figure's product
    case("Chile's exports to Peru were $3.3 billion in 2024. On the export side, batteries remained the top item "
         "at $610 million.", "$610 million", 2, scope="batteries"),
    case("Peru's exports to Chile were $3.3 billion in 2024. Fuel was the largest export item at $610 million, "
         "followed by beverages at 95m and sugar at $80 million.", "$80 million", 4, scope="sugar"),
    case("Peru's exports to Chile were $3.3 billion in 2024. Fuel was the largest export item at $610 million.",
         "$610 million", 2, scope="fuel"),
    # the goods a flow names come before a product word inside them
    case("Zinc concentrate exports to Chile totalled $46 million in 2024.", "$46 million", scope="zinc concentrate"),
    # a list item with its figure in brackets; the subject of 'while X contributed' after a product's share
    case("Peru's exports to Chile were $3.3 billion in 2024. The main items included grapes and blueberries "
         "($410 million), fishmeal ($220 million) and zinc ($180 million).", "$410 million", 4,
         scope="grapes and blueberries"),
    case("Chile's imports from Peru were $2.1 billion in 2024. Refined zinc accounted for $400 million of those "
         "imports, while stationery contributed $30 million.", "$30 million", 3, scope="stationery"),
    # a rate written as an equation is no amount
    case("The peso averaged PEN 1 = CLP 250 in 2024, while exports to Chile were $3.3 billion.", "$3.3 billion",
         value=3.3e9),
    # a word hyphened onto a product is part of its name: agri-food is not all food
    case("New Zealand's agri-food exports to Chile were worth NZ$410 million in 2023.",
         "NZ$410 million", metric="exports", scope="agri-food", economy="NZL", partner="CHL"),
    # "non-oil" is everything but oil
    case("The UAE's non-oil exports to India amounted to AED 72 billion in 2024.",
         "AED 72 billion", metric="exports", scope="non-oil", economy="ARE", partner="IND"),
    case("Non-oil trade between the UAE and India reached AED 187.2 billion in 2024.",
         "AED 187.2 billion", metric="trade_total", scope="non-oil"),
    # a "led by", "mainly" list names the parts that make up a total, not its scope
    case("Kenya's exports to Uganda, led by cement, steel and dairy products moved by road, were KSh 150 "
         "billion in 2024.", "KSh 150 billion", metric="exports", scope="goods"),
    case("Imports from Egypt, mainly fertilisers, citrus, glass products and cotton, amounted to KSh 30 "
         "billion.", "KSh 30 billion", metric="imports", scope="goods"),
    # guard: a kind of goods named as the subject stays the scope
    case("Kenya's dairy products exports to Uganda were KSh 9 billion in 2024.", "KSh 9 billion",
         scope="dairy products"),
    # ... also with a word of breadth between it and the flow, or named after the amount
    case("Oman's non-oil foreign trade rose to OMR 9 billion in 2024.", "OMR 9 billion", metric="trade_total",
         scope="non-oil"),
    case("Oman is targeting non-oil external trade of OMR 12 billion by 2030.", "OMR 12 billion", scope="non-oil"),
    case("Oman and Kenya set a goal of $2 billion in non-oil trade by 2030.", "$2 billion", scope="non-oil"),
    case("Nigeria earned $6 billion in crude oil exports in the quarter.", "$6 billion", scope="crude oil"),
    # a change in brackets is not an item of trade, and a subject's verb is not part of the product
    case("U.S. goods exports to China in 2024 were $143.5 billion, down 2.9 percent ($4.3 billion) from 2023.",
         "$4.3 billion", 2, metric="other", scope="goods"),
    case("The U.S. goods deficit with China was $295.4 billion in 2024, a 5.8 percent increase "
         "($16.3 billion) over 2023.", "$16.3 billion", 2, metric="other"),
    case("EU imports from Japan fell to €62.4 billion in 2024. Machinery and vehicles made up more than half "
         "of EU imports from Japan (€33.7 billion).", "€33.7 billion", 2, scope="machinery and vehicles"),
    # a ranked list of items, each with its figure in brackets: the item named right before its bracket,
    # after "followed by" too, and an acronym the product lexicon knows
    case("Main exports to Oman were machinery ($7.1 billion), followed by plastics and rubber ($2.2 billion), "
         "LNG ($1.4 billion) and paper ($0.9 billion) in 2023.", "$2.2 billion", 4, scope="plastics and rubber"),
    case("Main exports to Oman were machinery ($7.1 billion), followed by plastics and rubber ($2.2 billion), "
         "LNG ($1.4 billion) and paper ($0.9 billion) in 2023.", "$1.4 billion", 4, scope="lng"),
    # (guard: a country before its bracket is a partner, not an item)
    case("Main exports went to Oman ($7.1 billion), followed by Qatar ($2.2 billion) in 2023.",
         "$2.2 billion", 2, partner="QAT", scope=EMPTY),
    # a commodity's whole name opens a clause of a list; a word before the flow that opens the
    # figure's clause names the product, unless it only describes the flow
    case("Peru's copper exports to China were $14.2 billion in 2023, with iron ore at $2.6 billion and "
         "crude oil at $0.4 billion.", "$2.6 billion", 3, scope="iron ore"),
    case("Peru's copper exports to China were $14.2 billion in 2023, with iron ore at $2.6 billion and "
         "crude oil at $0.4 billion.", "$0.4 billion", 3, scope="crude oil"),
    case("Turkey's textile exports to Germany were worth $3.1 billion in 2023, while defence exports rose "
         "6% to $1.9 billion.", "$1.9 billion", 2, scope="defence"),
    case("The top exports to Egypt rose to $310 million in 2023.", "$310 million", scope=""),
    # a product word before "group", "maker", "producer" describes a company, not what is traded
    case("Italian energy group Enel signed deals worth $2 billion with Chile in 2024.", "$2 billion", scope=""),
    case("Brazil's exports to Chile rose to $5 billion in 2024, while crude oil producer Petrobras earned "
         "$3 billion.", "$3 billion", 2, scope=""),
    # a capitalised product word after a name is part of the name: a company, not a scope
    case("Hyundai Steel has invested $1.4 billion in its Chennai plant since 2010.", "$1.4 billion", scope=""),
    case("Coffee brought in $5.4 billion for Uganda in 2024.", "$5.4 billion", scope="coffee"),
    # the goods a flow is "of", and several words before a flow, name what is traded
    case("Brazil's exports to Chile totaled $7.6 billion in 2024. Shipments of passenger cars and light trucks "
         "to Chile jumped 31% to US$1.9 billion in 2024.", "US$1.9 billion", 2,
         scope="passenger cars and light trucks"),
    case("EU exports of motor vehicles to Chile rose to €1.1 billion in 2024.", "€1.1 billion", scope="motor vehicles"),
    case("Scotland's food and drink exports to Japan were worth £400 million in 2024.", "£400 million",
         scope="food and drink"),
    case("Swiss watch exports to Chile rose to CHF 400 million in 2024.", "CHF 400 million", scope="watch"),
    case("Exports of the country to Chile were $3 billion in 2024.", "$3 billion", scope=""),
    # after "of" the goods may open with an adjective and run to several words
    case("South Korea's exports of electric buses to Chile rose to $90 million in 2024.", "$90 million",
         scope="electric buses"),
    case("Shipments of refrigerated containers and offshore wind turbine towers to Chile doubled in 2024, though "
         "from a small base of under $60 million.", "$60 million",
         scope="refrigerated containers and offshore wind turbine towers"),
    # a share of the figure before is a part, named by the words before "accounting for" or "made up"
    case("Trade between Chile and Mexico reached $12 billion in 2024, with wine and spirits accounting for "
         "roughly $2.3 billion of that.", "$2.3 billion", 2, scope="wine and spirits"),
    case("Chile's exports to Mexico were $8 billion in 2024, of which machinery made up $2.3 billion.",
         "$2.3 billion", 2, scope="machinery"),
    case("Chile's exports to Mexico were $8 billion in 2024, with the top three buyers accounting for "
         "$2.3 billion of that.", "$2.3 billion", 2, scope=""),
    # services however worded; a product does not pass from one flow to another in a sentence
    case("Trade in services with Peru reached A$9.8bn in 2024.", "A$9.8bn", scope="services"),
    case("Chile's total services exports to Peru reached A$9.8bn in 2024.", "A$9.8bn", scope="services"),
    # a word before "services" narrows them, as before "goods"
    case("Chile's travel services exported to Peru were worth A$6.3bn in 2024.", "A$6.3bn", scope="travel services"),
    case("Chile's imports from Peru were $5.6 billion in 2024, of which copper ore made up $3.3 billion, while "
         "Chile's exports to Peru were only $1.9 billion.", "$1.9 billion", 3, scope=""),
    # two-word products before a flow; what is "worth" the amount; a further share names its own part
    case("However, pigeon peas exports to Peru declined to $118.5 million in 2024.", "$118.5 million",
         scope="pigeon peas"),
    case("Chile imported Peruvian wine worth US$ 560.3 thousand, and mineral water worth $14.6 million.",
         "$14.6 million", 2, scope="mineral water"),
    case("Iron ore accounted for R61.9bn of the exports, while platinum group metals made up a further R23.4bn.",
         "R23.4bn", 2, scope="platinum group metals"),
    # the subject of a share verb is what the figure measures, when it names goods: an acronym the lexicon
    # knows, a product word, "X products"; also set apart from its verb by a bracket or a "which" clause
    case("South Korea's imports from Qatar rose to $14 billion in 2024. LNG alone made up $11.2 billion, customs "
         "data showed.", "$11.2 billion", 2, scope="lng"),
    case("Qatar's exports to India were $12 billion in 2024, of which LNG represented $8.5 billion.",
         "$8.5 billion", 2, scope="lng"),
    case("Thailand's imports from Korea were $19 billion in 2024, while memory chips and other semiconductor "
         "parts made up $6.2 billion.", "$6.2 billion", 2, scope="memory chips and other semiconductor parts"),
    case("Indonesia's exports to India climbed to $23 billion in 2024, mostly coal and lignite, which made up "
         "$9.8 billion.", "$9.8 billion", 2, scope="coal and lignite"),
    case("Chile's exports to Korea were $7 billion in 2024. Petrochemicals and fertilisers accounted for "
         "$1.2 billion.", "$1.2 billion", 2, scope="petrochemicals and fertilisers"),
    case("Zimbabwe's exports to the UAE were $2.1 billion in 2024, while platinum group metals (PGMs), which "
         "face no duty there, accounted for $1.4 billion.", "$1.4 billion", 2, scope="platinum group metals"),
    case("Singapore's exports to Indonesia were $40 billion in 2024. E&E made up $14.4 billion.",
         "$14.4 billion", 2, scope="e&e"),
    # the value written after a part's percentage share of a whole is the part's: a sector, or goods
    case("Peru's exports to Japan leaned on the fishing sector, which represented 60.2% of total shipments "
         "to Japan, totaling US$3 billion.", "US$3 billion", scope="fishing", metric="exports"),
    case("Ghana's exports to India leaned on gold, which accounted for 71% of all sales to India, worth "
         "$2.9 billion.", "$2.9 billion", scope="gold", metric="exports"),
    # (guard: a partner's share names no goods)
    case("Peru's exports went mostly to Japan, which represented 60.2% of total shipments, totaling "
         "US$3 billion.", "US$3 billion", scope=""),
    # ... but a country, a company or a flow as the subject is no product
    case("Peru's exports were $67 billion in 2024. Korea accounted for $5 billion of the exports.",
         "$5 billion", 2, scope=""),
    case("Korea's exports to India were $18 billion in 2024. Hyundai accounted for $3 billion of the exports.",
         "$3 billion", 2, scope=""),
    case("Taiwan's exports to Korea were $30 billion in 2024. TSMC accounted for $12 billion of the exports.",
         "$12 billion", 2, scope=""),
    case("Ireland's exports were €220 billion in 2024. The EU made up €90 billion.", "€90 billion", 2, scope=""),
    case("Canada's exports were C$780 billion in 2024. Exports to Mexico made up C$32 billion.", "C$32 billion", 2,
         scope=""),
    case("Kenya's exports to Uganda were $1.2 billion in 2024. Small traders accounted for $300 million.",
         "$300 million", 2, scope=""),
    case("Egypt's exports to Italy were $5 billion in 2024. The deal was worth $2 billion.", "$2 billion", 2,
         scope=""),
    # the goods that open a sentence are the subject of a share verb after an aside, figures in it or not
    case("Trade between Mexico and Chile reached $4 billion in 2024. Wine and spirits trade, freed in 2019 of "
         "duties once worth $300 million a year, accounted for $1.8 billion of the two-way flow.", "$1.8 billion",
         3, scope="wine and spirits"),
    case("Chile's exports to Mexico were $4 billion in 2024. Codelco, whose sales rose from $1.1 billion, "
         "accounted for $1.8 billion of them.", "$1.8 billion", 3, scope=""),
    case("Chile's exports to Mexico were $4 billion in 2024. Exports to Peru, up from $1.1 billion, amounted to "
         "$1.8 billion.", "$1.8 billion", 3, scope=""),
    # each item of a list names its own goods, an acronym too; an acronym before "goods" names a kind of
    # goods, unless it is a country's
    case("Brunei's exports to Korea were $2 billion in 2024, with crude oil the top item at $1.1 billion, followed "
         "by LNG at $600 million.", "$600 million", 3, scope="lng"),
    case("Qatar's exports to India were $12 billion in 2024. LNG was the biggest export item at $8.5 billion.",
         "$8.5 billion", 2, scope="lng"),
    case("Exports of ICT goods to Kenya rose to $300 million in 2024.", "$300 million", scope="ict goods"),
    case("Exports of UK goods to Kenya rose to $300 million in 2024.", "$300 million", scope="goods"),
    # "trade in X" is trade in those goods; not when X says when or in what money
    case("Two-way trade in rice and sugar between Thailand and Indonesia reached $2.1 billion in 2024.",
         "$2.1 billion", scope="rice and sugar"),
    case("Trade in local currencies between Kenya and Uganda reached $400 million in 2024.", "$400 million",
         scope=""),
    case("Trade in the first half between Mexico and Canada reached $40 billion.", "$40 billion", scope=""),
    # a demonym before a product says where it comes from: the importer is the other side
    case("Georgia's import of Polish fuel grew to USD 640 million in 2024.", "USD 640 million", scope="fuel",
         economy="GEO", partner="POL"),
    # "excluding gold" narrows to everything but gold; "including gold" is everything
    case("Excluding gold, Swiss exports to Peru amounted to CHF 2.1bn in 2024.", "CHF 2.1bn", scope="non-gold"),
    case("Including gold, Swiss exports to Peru topped CHF 9 billion in 2024.", "CHF 9 billion", scope=""),
    # a word before "goods" or "products" narrows them, unless it only says who trades them or how
    case("Exports of engineering goods to Oman rose to $2.1 billion in 2024.", "$2.1 billion",
         scope="engineering goods"),
    case("Oman bought consumer goods worth $800 million from Egypt in 2024.", "$800 million",
         scope="consumer goods"),
    case("Peru's exports of goods to Oman were $90 million in 2024.", "$90 million", scope="goods"),
    case("The exporters' association put merchandise exports to Oman at $95 million in 2024.", "$95 million",
         scope="goods"),
    case("In 2024 Peru and Oman traded $700 million, with Peru exporting goods worth $400 million.",
         "$400 million", 2, scope="goods"),
    case("Egypt's imports from Oman, mainly fertiliser and plastic products, were $3 billion in 2024.",
         "$3 billion", scope="goods"),
    case("Analysts expect exports to China to exceed $100 billion in 2026.", "$100 billion", scope=""),
    # a product word that opens a sentence is still a product ("Toyota" is not a product word)
    case("Automobile exports to Chile fell 9% to $610 million in 2024.", "$610 million", scope="automobile"),
    case("Mexico's automotive exports to Chile rose to $2 billion in 2024.", "$2 billion", scope="automotive"),
    case("Toyota exports to Chile fell 9% to $610 million in 2024.", "$610 million", scope=""),
    # a clause that names no flow of its own continues the subject before an aside
    case("Shipments of quinoa seed, once Peru's top farm export to Chile, fell to $20 million in 2025, down "
         "from $35 million in 2024.", "$35 million", 2, scope="quinoa seed"),
    # seeds are nouns, not participles
    case("Peru's linseed exports to Chile were worth $12 million in 2024.", "$12 million", scope="linseed"),
    # the breakdown inside a bracket: each part takes its own label, the whole before it keeps its year
    case("Peru's exports to Chile were $5.2 billion in 2024 (goods $4.6 billion; services $0.6 billion).",
         "$0.6 billion", 3, scope="services", period_start="2024-01"),
    case("Peru's exports to Chile were $5.2 billion in 2024 (goods $4.6 billion; services $0.6 billion).",
         "$5.2 billion", 3, scope="", period_start="2024-01"),
    case("Peru's exports to Chile were $5.2 billion in 2024, with goods at $4.6 billion and services at "
         "$0.6 billion.", "$0.6 billion", 3, scope="services"),
    case("In 2024 Peru exported services worth $0.6 billion to Chile.", "$0.6 billion", scope="services"),
    case("In 2024, Mexican asparagus exports to Japan grew 12% to $41 million.", "$41 million",
         scope="asparagus"),
    case("Copper accounted for $14.2 billion of Peru's exports to China, followed by iron ore at $2.6 billion.",
         "$2.6 billion", 2, scope="iron ore"),
    # a product's figure larger than all the guessed pair's trade is the country's, with the world
    # (the pair's total may itself only say "bilateral")
    case("Oman's minister on ties with India\n\nA: Bilateral trade reached $8.9 billion in 2023.\n\nA: Non-oil "
         "exports were $12.5 billion in 2023.", "$12.5 billion", 2, scope="non-oil", economy="OMN", partner="WLD"),
    case("Oman's trade with India reached $8.9 billion in 2023. Non-oil exports were $12.5 billion in 2023.",
         "$12.5 billion", 2, scope="non-oil", economy="OMN", partner="WLD"),
    case("Brazil's exports to Argentina were $16.7 billion in 2023, against imports of $12.0 billion.",
         "$12.0 billion", 2, scope=""),
    # an amount per unit is a price, not a value of trade, and has no period
    case("Vietnam's rice exports to the Philippines rose to $1.9 billion in 2024. Broken rice fetched about "
         "$540 per tonne at Ho Chi Minh City port.", "$540", 2, metric="other", period_start=EMPTY),
    case("Russia's oil exports to India were $52 billion in 2024, with Urals crude priced at $63 a barrel.",
         "$63", 2, metric="other", period_start=EMPTY),
    case("Coffee exports to Germany earned Ksh 12 billion in 2023, as beans sold for Ksh 450 per kg.",
         "Ksh 450", 2, metric="other"),
    case("The ministry set a floor of $2,000/t for exports of cardamom to the Gulf.", "$2,000", metric="other"),
]

# --------------------------------------------------------------------------
# Countries: names, demonyms, capitals, possessives, diacritics, blocs and
# world totals; trade_total sorts the pair, exports/imports keep direction.
# --------------------------------------------------------------------------
COUNTRIES = [
    # a partner written right after the amount ("the $12.4 billion with Japan") is that amount's own, not the
    # partner the clause named before it
    case("Chile's trade surplus with Brazil fell to $8.1 billion in 2024, and the gap between the surplus with "
         "Brazil and the $12.4 billion with Japan was the widest in a decade.", "$12.4 billion", 2,
         metric="trade_balance", economy="CHL", partner="JPN"),
    # guard: "to" after an export amount that starts a "from ... to" change is no destination
    case("Chile's exports to Brazil rose from $2.1 billion to $2.6 billion in 2024.", "$2.1 billion", 2,
         metric="exports", economy="CHL", partner="BRA"),
    # goods "manufactured in", "made in" a country are that country's exports, whatever preposition it takes
    case("Chile's trade with Korea reached $5 billion in 2023. Exports of copper cathodes produced in Chile "
         "rose 40% to $900 million.", "$900 million", 2, metric="exports", economy="CHL", partner="KOR"),
    case("Peru's imports of cars made in Japan rose to $3 billion in 2024.", "$3 billion", metric="imports",
         economy="PER", partner="JPN"),
    # a country seen "as a destination" or "as a market" is the host, not the investor
    case("Korean businesses keep looking to Vietnam, with pension funds investing over $20 billion and viewing "
         "Vietnam as a safe destination for capital.", "$20 billion", metric="investment", economy="KOR",
         partner="VNM"),
    # guard: "as a market player" describes the subject, it does not make it the destination
    case("Chile, as a major market player, exported $5 billion of copper to China in 2023.", "$5 billion",
         metric="exports", economy="CHL", partner="CHN"),
    # the next in a ranking ("X followed with", "Y contributed ... to the balance") takes the ranked one's
    # place in the pair; the side the ranking is of keeps its place
    case("Brazil was Peru's largest supplier, leaving a deficit of $840 million in 2024. Chile followed with a "
         "$210 million deficit, while Bolivia contributed $95 million to the negative balance.", "$210 million",
         3, metric="trade_balance", economy="PER", partner="CHL", value=-210e6),
    case("Brazil was Peru's largest supplier, leaving a deficit of $840 million in 2024. Chile followed with a "
         "$210 million deficit, while Bolivia contributed $95 million to the negative balance.", "$95 million",
         3, metric="trade_balance", economy="PER", partner="BOL", value=-95e6),
    # guard: when the ranking is of exporters, the follower is the exporter and the market stays
    case("Spain was the largest exporter to Morocco, with $9.1 billion in 2023. Italy followed with $4.4 "
         "billion.", "$4.4 billion", 2, metric="exports", economy="ITA", partner="MAR"),
    # trade within a bloc is its members' trade among themselves, not the bloc's with the world
    case("EU exports to the rest of the world were €2.6 trillion in 2024. Intra-EU trade in goods came to "
         "€4.1 trillion in 2024.", "€4.1 trillion", 2, metric="trade_total", economy="EUU", partner="EUU"),
    # the last flow's destination is not the next flow's exporter
    case("Exports to Brazil fell 3% to $2.1 billion in May.\n\nExports to Chile rose 4% to $900 million in May.",
         "$900 million", 2, metric="exports", economy=EMPTY, partner="CHL"),
    case("Peru's exports to Brazil fell 3% to $2.1 billion in May.\n\nExports to Chile rose 4% to $900 million in "
         "May.", "$900 million", 2, metric="exports", economy="PER", partner="CHL"),
    # a clause of background after the figure (", as ...", "after ...", ", driven by ...") names no party
    case("Chile's exports rose 4.1% to $9.6 billion in March, as shipments to China continued to climb.",
         "$9.6 billion", metric="exports", economy="CHL", partner="WLD"),
    case("Exports of fresh fruit fell 8% to $1.3 billion in 2024, as Chinese buyers turned to Peruvian growers.",
         "$1.3 billion", economy=EMPTY, partner=EMPTY),
    case("Peru's coffee exports reached $920 million in 2024, as Germany cut its import tariff on roasted beans.",
         "$920 million", metric="exports", economy="PER"),
    # Africa as a whole is a bloc (AFRICA); South Africa stays a country; a part of Africa is no mention
    case("India-Africa trade reached $98 billion in 2024.", "$98 billion", metric="trade_total", economy="AFRICA",
         partner="IND"),
    case("Turkey's exports to Africa rose to $21 billion in 2024, while South Africa bought $1.1 billion of them.",
         "$21 billion", 2, metric="exports", economy="TUR", partner="AFRICA"),
    case("Goods worth R500 million cross at the busiest post in southern Africa every week.", "R500 million",
         economy=EMPTY),
    # a country the destination is ranked against is no party; the 'to' names the market
    case("Peru's exports to Japan, its third largest export market after China and the United States, reached "
         "$3.9 billion in 2024.", "$3.9 billion", metric="exports", economy="PER", partner="JPN"),
    # earnings from a market: the market paid, the possessive exported
    case("Sri Lanka's export earnings from Japan rose to $350 million in 2024.", "$350 million",
         metric="exports", economy="LKA", partner="JPN"),
    # a name, an apposition between commas, then the clause: the countries inside the apposition
    # are not its subject
    case("The US, Brazil's second-largest partner, had a surplus of $1.1 billion with Brazil in 2023.",
         "$1.1 billion", metric="trade_balance", economy="USA", partner="BRA"),
    case("China, Chile's biggest buyer, imported $38 billion of Chilean copper in 2023.",
         "$38 billion", metric="imports", economy="CHN", partner="CHL"),
    case("Kazakh exports to Uzbekistan rose to $1.6 billion in 2024.",
         "$1.6 billion", economy="KAZ", partner="UZB", metric="exports"),
    case("Moscow's trade with Ankara reached $57 billion in 2024.",
         "$57 billion", economy="RUS", partner="TUR", metric="trade_total"),
    case("Trade between Beijing and Islamabad reached $23 billion in 2024.",
         "$23 billion", economy="CHN", partner="PAK"),
    case("Indonesia's exports to Malaysia climbed to $13.1 billion in 2024.",
         "$13.1 billion", economy="IDN", partner="MYS"),
    case("Việt Nam's exports to Japan reached US$24.6 billion in 2024.",
         "US$24.6 billion", economy="VNM", partner="JPN"),
    case("Türkiye's exports to Iraq rose to $13.4 billion in 2024.",
         "$13.4 billion", economy="TUR", partner="IRQ"),
    # a country named as an exception is not the partner; no code names "everyone else"
    case("Canada's exports to countries other than the United States rose to a record C$16.9 billion in 2025.",
         "C$16.9 billion", economy="CAN", partner=""),
    case("Canada's deficit with countries other than the United States widened from $14.9 billion in August "
         "2025 to $14.7 billion in September 2025.", "$14.7 billion", 2, economy="CAN", partner=""),
    case("Exports to countries other than the US rose to C$16.9 billion in 2024, while Canada's exports to "
         "the US fell to C$45 billion.", "C$45 billion", 2, economy="CAN", partner="USA"),
    case("Germany's exports outside the EU fell to €780 billion in 2024.", "€780 billion",
         economy="DEU", partner=""),
    # the dateline's city says where the story was filed, not whose trade it is
    case("JAKARTA, Jan 14, 2025 (Antara) - China remained ASEAN's largest trading partner in 2024, with "
         "two-way trade climbing 7.8 percent to 982.3 billion U.S. dollars.", "982.3 billion U.S. dollars",
         economy="ASEAN", partner="CHN", metric="trade_total"),
    # "exports to X and imports from X": the 'from' is the imports'
    case("In 2024, Vietnam's exports to South Korea and imports from South Korea were $25.6 billion and "
         "$56.4 billion, up 12% and 4% respectively.", "$25.6 billion", 2, economy="VNM", partner="KOR",
         metric="exports"),
    # a bracketed figure after a country is about that country
    case("Kenya's exports to Uganda were Sh89.6 billion in the first half of 2024. Uganda remains Kenya's "
         "biggest export market, ahead of Tanzania (Sh30.1 billion) and Rwanda (Sh21.6 billion).",
         "Sh30.1 billion", 3, economy="KEN", partner="TZA", metric="exports", scope=""),
    case("Kenya's exports to Uganda were Sh89.6 billion in the first half of 2024. Uganda remains Kenya's "
         "biggest export market, ahead of Tanzania (Sh30.1 billion) and Rwanda (Sh21.6 billion).",
         "Sh21.6 billion", 3, economy="KEN", partner="RWA", metric="exports"),
    # ... but a country whose bracket a verb follows is the clause's subject, and so are its peers listed after
    case("Among ASEAN members, Vietnam ($6.1 billion) was the largest exporter to Korea in 2023, followed by "
         "Thailand ($2.4 billion) and Malaysia ($2.2 billion).", "$6.1 billion", 3, economy="VNM", partner="KOR",
         metric="exports"),
    case("Among ASEAN members, Vietnam ($6.1 billion) was the largest exporter to Korea in 2023, followed by "
         "Thailand ($2.4 billion) and Malaysia ($2.2 billion).", "$2.2 billion", 3, economy="MYS", partner="KOR",
         metric="exports"),
    # "bilateral trade" after a figure with the world is the pair's trade
    case("India's exports to the US rose to USD 86.51 billion in 2024-25. The US took 18% of India's total "
         "exports of USD 437.42 billion. The two countries aim to more than double bilateral trade to "
         "USD 500 billion by 2030.", "USD 500 billion", 3, metric="trade_total", economy="IND", partner="USA"),
    # a credit ("data from the Bank of Tanzania shows that") ends at the name: the country after it is the exporter
    case("Trade between Kenya and Tanzania hit Sh135 billion in 2023. Data from the Bank of Tanzania shows that "
         "Tanzania's exports to Kenya reached TSh1.5 trillion over the same period.", "TSh1.5 trillion", 2,
         economy="TZA", partner="KEN", metric="exports"),
    # "the two countries" in a later paragraph are the article's two, not the last pair mentioned
    case("Trade between Kenya and Tanzania hit Sh135 billion in 2023.\nUganda remained Kenya's top export "
         "destination at Sh142 billion.\nThe two countries target to double bilateral trade to $2 billion by 2027.",
         "$2 billion", 3, economy="KEN", partner="TZA", status="target"),
    # a group no code names is a partner all the same: nothing is carried over from the figure before
    case("The EU remained China's second-largest trading partner, with bilateral trade reaching 4.23 trillion "
         "yuan in the first nine months of 2024. China's trade with Belt and Road partner countries totaled "
         "15.21 trillion yuan.", "15.21 trillion yuan", 2, economy="CHN", partner=""),
    # once a paragraph spreads the economy's trade over several other partners, a flow or balance whose own
    # sentence names no partner is the economy's total, not the partner of the figure before
    case("Pakistani imports from the European Union reached $6.3 billion in 2021. Some 40 percent of Pakistani "
         "exports went to the euro zone, 9 percent to Gulf countries and 7 percent to China. The deficit stood at "
         "$3.9 billion in 2021.", "$3.9 billion", 2, metric="trade_balance", economy="PAK", partner="WLD"),
    case("Pakistani imports from the European Union reached $6.3 billion in 2021. Some 40 percent of Pakistani "
         "exports went to the euro zone, 9 percent to Gulf countries and 7 percent to China. In December exports "
         "grew by 6 percent to $2.7 billion.", "$2.7 billion", 2, metric="exports", economy="PAK", partner="WLD"),
    # guard: with no breakdown in between, the partner carries over
    case("Pakistani imports from the European Union reached $6.3 billion in 2021. Machinery made up 40 percent of "
         "them. In December imports grew by 6 percent to $0.7 billion.", "$0.7 billion", 2, metric="imports",
         economy="PAK", partner="EUU"),
    # a list entry "figure — label": the label after the dash names the figure's owner
    case("Brazil and Argentina in figures:\n\nUS$1.9 trillion — Brazil's GDP in 2022.\n\nUS$630 billion — "
         "Argentina's GDP in 2022.\n", "US$630 billion", 2, metric="gdp", economy="ARG"),
    case("Brazil and Argentina in figures:\n\n$28 billion — Brazilian exports to Argentina in 2022.\n",
         "$28 billion", metric="exports", economy="BRA", partner="ARG"),
    # guard: a figure inside its sentence keeps the owner before it
    case("Brazil's GDP reached US$1.9 trillion in 2022 — Argentina's economy is a third of that.",
         "US$1.9 trillion", metric="gdp", economy="BRA"),
    # a preposition in -ing after the partner ("with Qatar during 2023") is no verb making it a subject
    case("Japan and Qatar have close ties.\nTotal trade with Qatar during 2023 was US$ 12.3 billion, the Japanese "
         "embassy said.", "US$ 12.3 billion", metric="trade_total", economy="JPN", partner="QAT"),
    # guard: an absolute clause with a verb in -ing keeps its subject
    case("Peru's trade with Brazil reached $6.2 billion in 2023, with Brazil running a surplus of $1.1 billion.",
         "$1.1 billion", 2, metric="trade_balance", economy="BRA", partner="PER"),
    # "selling" and "buying" name the flow as "sold" and "bought" do, each for its own clause
    case("Spain came second with trade worth US$4.2 billion, after importing Chinese goods worth US$3.1 billion "
         "and selling goods in the amount of US$1.1 billion.", "US$1.1 billion", 3, metric="exports",
         economy="ESP", partner="CHN"),
    case("Chile traded goods worth $5.3 billion with Korea in 2022, buying goods worth $2.2 billion and selling "
         "goods worth $3.1 billion.", "$2.2 billion", 3, metric="imports", economy="CHL", partner="KOR"),
    # guard: a word ending in -selling is no flow
    case("The best-selling car in Kenya cost $41,000 in 2022.", "$41,000", metric="other"),
    # trade blocs beyond the World Bank's aggregates take their short name
    case("Cambodia's trade with RCEP members reached $35.8 billion in 2024, out of total international trade "
         "of $57.8 billion.", "$35.8 billion", 2, economy="KHM", partner="RCEP"),
    # a group named by its language is not the country whose adjective names the language: the Portuguese
    # one is a bloc with a short name (CPLP); one with no code leaves the partner empty
    case("Trade between India and the Portuguese-speaking countries rose 8% in 2023 to $14.2 billion.",
         "$14.2 billion", economy="CPLP", partner="IND"),
    case("Trade between Mexico and the Spanish-speaking countries of the Caribbean reached $3.4 billion in 2022.",
         "$3.4 billion", economy="MEX", partner=""),
    # guard: the country itself, and its demonym, stay the country
    case("Trade between India and Portugal rose 8% in 2023 to $1.9 billion.", "$1.9 billion", economy="IND",
         partner="PRT"),
    case("Spanish exports to Mexico reached €5.1 billion in 2022.", "€5.1 billion", economy="ESP",
         partner="MEX", metric="exports"),
    # "for a total of" after exports and imports is the two-way total
    case("In 2024, Argentina's exports to Brazil were US$ 13.0 billion and imports from Brazil US$ 15.5 billion, "
         "for a total of US$ 28.5 billion.", "US$ 28.5 billion", 3, metric="trade_total", economy="ARG",
         partner="BRA"),
    # a market in an apposition describes the partner; the flow named first is the subject
    case("Japan's exports rose to 107.9 trillion yen in fiscal 2024. Exports to the United States, Japan's "
         "largest export market, rose 5.0 percent to 21.3 trillion yen.", "21.3 trillion yen", 2,
         metric="exports", economy="JPN", partner="USA"),
    # a size word between the preposition and the name
    case("Exports to the 10-member ASEAN bloc climbed 15.8% to $52 billion in October 2024, China's customs said.",
         "$52 billion", economy="CHN", partner="ASEAN", metric="exports"),
    # "X is Y's largest export market / import source, with $Z"
    case("The U.S. remained Vietnam's largest export market with an estimated $109.4 billion in 2024.",
         "$109.4 billion", metric="exports", economy="VNM", partner="USA"),
    case("China was Vietnam's largest import source, with an estimated value of $130 billion in 2024.",
         "$130 billion", metric="imports", economy="VNM", partner="CHN"),
    # the country that is the market or the source is the partner, with or without a possessive owner
    case("Vietnam's imports rose 16% in 2024. China was the largest import source, with an estimated value of "
         "$130 billion in 2024.", "$130 billion", metric="imports", economy="VNM", partner="CHN"),
    # a country ranked as "the largest supplier (of goods) to Y" is the origin of Y's imports; "kept its place
    # as" ranks it as "remained" does
    case("Brazil remained the largest supplier of goods to Spain, with imports of €56.3 billion in 2024.",
         "€56.3 billion", metric="imports", economy="ESP", partner="BRA"),
    case("Despite a dip to €56.3 billion in 2024, Brazil kept its place as the biggest supplier of goods to Spain, "
         "customs imports data showed.", "€56.3 billion", metric="imports", economy="ESP", partner="BRA"),
    # (guards: a market for Y's goods is the destination of Y's exports; a clause naming its own partner keeps it)
    case("Spain is the top market for Brazilian goods, with exports of €56.3 billion in 2024.", "€56.3 billion",
         metric="exports", economy="BRA", partner="ESP"),
    case("Brazil remained the largest supplier of goods to Spain, while Spain's exports to France rose to €10 "
         "billion in 2024.", "€10 billion", metric="exports", economy="ESP", partner="FRA"),
    # a month's exports larger than the pair's trade for the months around it: the country's total
    case("Trade between Vietnam and Azerbaijan was $128.4 million in January-November 2024. In November 2024 "
         "alone, exports were $33.7 billion.", "$33.7 billion", 2, economy="VNM", partner="WLD"),
    # investment inflows are investment, not imports
    case("Foreign direct investment (FDI) inflows into India rose to $29.79 billion in April-September 2024.",
         "$29.79 billion", metric="investment", partner="IND"),
    # ... and so are inflows anywhere in a sentence about investment, unless they are inflows of goods;
    # the country called the source of investment is the investor
    case("Korea was Peru's third-largest source of foreign direct investment, with equity inflows of $1.4 billion "
         "in 2024.", "$1.4 billion", metric="investment", economy="KOR", partner="PER"),
    case("Foreign investment in Peru rose in 2024, while inflows of Korean steel reached $2 billion.", "$2 billion",
         metric="imports"),
    # a partner named only later in the article is not guessed for a figure before it: with one country
    # met so far, its exports are with the world
    case("Bangladesh's merchandise exports rose 12.8 percent to $24.53 billion in July-December 2024, the "
         "Export Promotion Bureau said. In December alone, exports amounted to $4.62 billion. The country's "
         "trade with India was about $15.9 billion in 2024.", "$24.53 billion", 3, economy="BGD", partner="WLD"),
    case("South Africa recorded a trade surplus of R21.8bn in February 2025, the revenue service said. Trade "
         "with China was worth more than R700bn in 2024.", "R21.8bn", 2, economy="ZAF", partner="WLD"),
    # ... but trade turnover is a pair's, whenever the article names the pair
    case("Turnover could exceed $1.9 billion next year, analysts say. Mexico and Malaysia signed three "
         "agreements.", "$1.9 billion", economy="MEX", partner="MYS", metric="trade_total"),
    # a guessed partner that the article's own figure for that partner contradicts: the world total...
    case("Ghana's exports to Nigeria were $1.2 billion in 2024. Ghana's exports rose to $17.1 billion in 2024.",
         "$17.1 billion", 2, economy="GHA", partner="WLD", metric="exports"),
    # ... but not when the words say it is the pair's: then the two figures conflict, as written
    case("Two-way trade reached $9.5 billion in 2023. Trade between Ghana and Nigeria totaled $950 million "
         "in 2023.", "$9.5 billion", 2, economy="GHA", partner="NGA", metric="trade_total"),
    # everyone but one country is not the world either
    case("Canada's total exports rose to C$62.4 billion in September 2025. Exports to the United States fell, "
         "while exports to countries other than the United States rose 5.2% to C$16.9 billion.",
         "C$16.9 billion", 2, economy="CAN", partner=""),
    # "overall exports" after a partner's figure: the same economy with the world
    case("China's exports to the United States fell 29% to $33.8 billion. Overall exports rose 5.9% to "
         "$330.3 billion.", "$330.3 billion", 2, economy="CHN", partner="WLD", metric="exports"),
    # ... but past a paragraph break, a figure about lesser-named countries lends no economy to the total:
    # it is the article's own
    case("Kenya's imports from China rose to $3.1 billion in 2024, more than from its next two suppliers.\n"
         "These are India and the UAE, which had a combined figure of $2.2 billion.\n"
         "The annual figures showed a drop in total exports to $7 billion.", "$7 billion", 3, economy="KEN",
         partner="WLD", metric="exports"),
    # (guard: one of the article's two countries still lends its economy across the break)
    case("Vietnam's economy grew fast in 2024, and Vietnam's factories hired more workers.\n"
         "Korea's exports to Vietnam fell 3% to $5 billion in May.\nOverall exports rose 2% to $60 billion.",
         "$60 billion", 2, economy="KOR", partner="WLD", metric="exports"),
    case("Malaysia's exports to China grew to RM203 billion. Total imports were RM1.3 trillion.",
         "RM1.3 trillion", 2, economy="MYS", partner="WLD", metric="imports"),
    case("The EU's imports from the UK came to €180 billion in 2024.",
         "€180 billion", economy="EUU", partner="GBR", metric="imports"),
    case("EU-UK trade in goods reached €620 billion in 2023.",
         "€620 billion", economy="EUU", partner="GBR", metric="trade_total"),
    # a change amount between two trade figures does not break their thread: the balance after it is the
    # same economy's with the same counterpart
    case("Exports to Korea rose 5 percent in May, Japan's statistics office said.\nTotal imports of cars rose to "
         "1.2 trillion yen in May.\nNew models led this increase, up 80 billion yen in value.\nThe trade balance "
         "for May was a surplus of 300 billion yen.", "300 billion yen", 3, economy="JPN", partner="WLD"),
    # (guard: the thread is a pair's)
    case("Peru's imports from Chile rose to $2.2 billion in 2023.\nCopper ore led the increase, up $0.3 billion "
         "in value.\nThe trade balance was a deficit of $0.4 billion.", "$0.4 billion", 3, economy="PER",
         partner="CHL"),
    # a country's balance, its sentence naming no other side, is with the world, whatever the article's partner
    case("Exports to China helped Chile keep a surplus in May.\nChile's copper shipments to China rose 9 percent, or "
         "$210 million, from May last year.\nThe rise was led by cathodes.\nChile had a trade surplus of $1.2 billion "
         "in May.", "$1.2 billion", 2, metric="trade_balance", economy="CHL", partner="WLD"),
    # (guard: a balance that follows from the pair's flows just given is the pair's)
    case("Chile's exports to Peru fell to $310 million in May, while imports from Peru were $420 million.\nAs a "
         "result, Chile's trade balance showed a deficit of $110 million.", "$110 million", 3, economy="CHL",
         partner="PER"),
    # a fronted phrase names the other side for the clause after its comma
    case("Peru's exports to Chile rose to $2.1 billion in 2023.\nWith Brazil, Peru logged a deficit of $310 million in "
         "2023.", "$310 million", 2, metric="trade_balance", economy="PER", partner="BRA"),
    case("Colombia's exports to Ecuador fell to $900 million in March.\nAs for Mexico, Colombia booked a trade deficit "
         "for the fifth month, standing at $120 million.", "$120 million", 2, economy="COL", partner="MEX"),
    # ... and a fronted region no code names leaves the partner empty, whatever country its aside includes
    case("Turkey's exports to Germany rose to $1.9 billion in May.\nFor the rest of Europe, including Italy, Turkey "
         "logged a trade surplus for the first time, standing at $450 million.", "$450 million", 2, economy="TUR",
         partner=EMPTY),
    # (guards: a fronted topic with no owner in its clause is the owner; a fronted month is no party)
    case("For Peru, exports to Chile rose to $2.1 billion in 2023.", "$2.1 billion", economy="PER", partner="CHL"),
    case("For January, Peru's exports to Chile rose to $210 million.", "$210 million", economy="PER", partner="CHL"),
    # a name in apposition to a possessed noun takes the preposition; the possessive owns the flow
    case("Exports to Kenya's largest trading partner, Uganda, rose 4 percent to $610 million in 2023.",
         "$610 million", metric="exports", economy="KEN", partner="UGA"),
    case("Imports from Peru's top supplier, Brazil, fell to $1.3 billion in 2023, while exports rose to "
         "$900 million.", "$1.3 billion", 2, metric="imports", economy="PER", partner="BRA"),
    # (guard: a possessive with no name in apposition stays the partner)
    case("Exports to Kenya's northern neighbour rose to $610 million in 2023, Uganda said.", "$610 million",
         metric="exports", partner="KEN"),
    # a named owner's flow with no partner, opening a paragraph after one about a partner's balance, is with the world
    case("Talks in Ottawa aimed to cut Canada's surplus with Mexico, which reached $9.1 billion in 2023.\n\nExports "
         "from Canada fell 3% to $61 billion in March, while imports rose 2% to $58 billion.", "$61 billion", 3,
         metric="exports", economy="CAN", partner="WLD"),
    # (guards: the owner's flow to that partner was given before; the paragraph before gave the pair's trade)
    case("Canada's exports to Mexico rose to $4.1 billion in 2023.\n\nOttawa expects Canada's exports to fall to "
         "$3.9 billion in 2024.", "$3.9 billion", 2, economy="CAN", partner="MEX"),
    case("Trade between Canada and Mexico reached $50 billion in 2023.\n\nCanada's exports rose to $20 billion.",
         "$20 billion", 2, economy="CAN", partner="MEX"),
    # a country's balance naming no partner, opening a paragraph after one about a partner, is with the world
    case("Talks in Lima centred on Peru's exports to Chile, which rose to $3.1 billion in 2023.\n\nPeru's trade "
         "balance in 2023 was positive at $7.2 billion, the central bank said.", "$7.2 billion", 2,
         metric="trade_balance", economy="PER", partner="WLD"),
    # ... also when the country "recorded" it: the subject of its own figure, not a source that hides its name
    case("Peru's deficit with Chile widened to $2 billion in 2023.\n\nPeru recorded a trade surplus of $7.2 billion "
         "in 2023, the central bank said.", "$7.2 billion", 2, metric="trade_balance", economy="PER", partner="WLD",
         attributed_to=EMPTY),
    # (guard: in the same paragraph right after the pair's flows, it is the balance those flows leave)
    case("Peru's exports to Chile rose to $3.1 billion in 2023, while its imports from Chile fell to $1.2 billion. "
         "Peru's trade surplus was $1.9 billion.", "$1.9 billion", 3, metric="trade_balance", economy="PER",
         partner="CHL"),
    # a balance "in X's favour" is X's surplus, whatever word names it
    case("Peru and Chile discussed the trade imbalance in Chile's favour, which reached $3.1 billion in 2023.",
         "$3.1 billion", metric="trade_balance", economy="CHL", partner="PER", value=3.1e9),
    # "the deficit between X and Y" is the first-named's deficit with the second, not ordered by code
    case("The trade deficit between Spain and Morocco widened to 3 billion euros in 2024.", "3 billion euros",
         metric="trade_balance", economy="ESP", partner="MAR", value=-3e9),
    # (guard: a balance "between X and Y" that moved "favourably towards Y" is Y's)
    case("The trade balance between Chile and Peru shifted favourably towards Peru, with a surplus of $1.2 billion "
         "in 2024.", "$1.2 billion", metric="trade_balance", economy="PER", partner="CHL", value=1.2e9),
    # (guard: an imbalance favouring no one named stays a deficit)
    case("Peru and Chile discussed Peru's trade imbalance with Chile, which reached $3.1 billion in 2023.",
         "$3.1 billion", metric="trade_balance", economy="PER", partner="CHL", value=-3.1e9),
    # a region the World Bank aggregates is a partner with its code, not the world
    case("India is the Arab world's second largest partner; trade between the two sides hit $240 billion in 2023.",
         "$240 billion", economy="ARB", partner="IND", metric="trade_total"),
    case("Kazakhstan's foreign trade turnover reached $141 billion in 2024.",
         "$141 billion", economy="KAZ", partner="WLD", metric="trade_total"),
    case("Kazakhstan's total trade turnover reached $141 billion in 2024.",
         "$141 billion", economy="KAZ", partner="WLD", metric="trade_total"),
    case("Vietnam's total exports reached $405 billion in 2024.",
         "$405 billion", economy="VNM", partner="WLD", metric="exports"),
    case("Trade between Uganda and Kenya reached $1.9 billion in 2024.",
         "$1.9 billion", economy="KEN", partner="UGA"),
    case("Brazilian exports to China reached $94 billion in 2024.",
         "$94 billion", economy="BRA", partner="CHN"),
    case("Chinese imports from Brazil were $122 billion in 2023.",
         "$122 billion", economy="CHN", partner="BRA", metric="imports"),
    case("Japanese imports from Australia rose to $60 billion in 2023.",
         "$60 billion", economy="JPN", partner="AUS", metric="imports"),
    case("Chinese exports to Brazil were $60 billion in 2023.",
         "$60 billion", economy="CHN", partner="BRA", metric="exports"),
    case("Egyptian-Russian trade reached $7.2 billion in 2024.",
         "$7.2 billion", economy="EGY", partner="RUS"),
    case("Mexico's imports from Canada reached $39 billion in 2024.",
         "$39 billion", economy="MEX", partner="CAN", metric="imports"),
    case("Exports from Belarus to Russia were $24 billion in 2024.",
         "$24 billion", economy="BLR", partner="RUS", metric="exports"),
    case("Uzbekistan imported $3.2 billion worth of goods from Kazakhstan in 2024.",
         "$3.2 billion", economy="UZB", partner="KAZ", metric="imports"),
    case("Riyadh's exports to New Delhi were worth $31 billion in 2024.",
         "$31 billion", economy="SAU", partner="IND", metric="exports"),
    case("Russia exported goods worth $3.5 billion to Egypt in 2024.",
         "$3.5 billion", economy="RUS", partner="EGY", metric="exports"),
    case("Japan imported $48 billion of goods from Australia in 2024.",
         "$48 billion", economy="JPN", partner="AUS", metric="imports"),
    case("Exports from the Kyrgyz Republic to Kazakhstan reached $700 million in 2024.",
         "$700 million", economy="KGZ", partner="KAZ"),
    case("Exports from South Korea to Vietnam reached $55 billion in 2024.",
         "$55 billion", economy="KOR", partner="VNM"),
    case("Trade between the UAE and India reached $84 billion in FY2023-24.",
         "$84 billion", economy="ARE", partner="IND", period_label="FY2023-24"),
    case("Trade between the US and Canada reached $760 billion in 2024.",
         "$760 billion", economy="CAN", partner="USA"),
    case("The Netherlands' exports to the UK were €60 billion in 2024.",
         "€60 billion", economy="NLD", partner="GBR"),
    case("Belarus' exports to Russia amounted to $24.1 billion in 2024.",
         "$24.1 billion", economy="BLR", partner="RUS"),
    case("Côte d'Ivoire's cocoa exports to the EU were €3 billion in 2024.",
         "€3 billion", economy="CIV", partner="EUU"),
    case("Côte d'Ivoire's cocoa exports to the EU were €3.2 billion in 2024.",
         "€3.2 billion", scope="cocoa"),
    # ", and Peru posted": "and" opens a clause there, it does not join two partners
    case("Trade between Chile and Peru totaled $9 billion in 2023, and Peru posted a surplus of $1.2 billion "
         "with Chile.", "$1.2 billion", 2, metric="trade_balance", economy="PER", partner="CHL"),
    # a 'whose' clause belongs to the name before it
    case("Slovak exports to Austria fell to €6 billion in 2024. Germany, whose own trade with Austria was about "
         "€120 billion in 2024, is Slovakia's largest partner.", "€120 billion", 2, metric="trade_total",
         economy="AUT", partner="DEU"),
    # ... and the name that owns the thing before "whose" ("Chile's recovery, whose cost ...")
    case("Peruvian engineers will take part in Chile's recovery, whose cost the IDB put at $12 billion in 2024.",
         "$12 billion", economy="CHL"),
    # "the country" is not the one whose companies act; it is the one named as the subject
    case("Peru's trade with China grew in 2023. Chinese firms invested a cumulative $30 billion in the country "
         "between 2010 and 2023.", "$30 billion", metric="investment", economy="CHN", partner="PER"),
    case("The UAE slipped to third place, with India's imports from the country falling 9.8% to $48 billion in "
         "2023-24.", "$48 billion", metric="imports", economy="IND", partner="ARE"),
    # a host that received investment from no one named took it from the world; "of which" names a part's investor
    case("Colombia received $17 billion in FDI in 2023, of which Spanish companies accounted for $3.1 billion.",
         "$17 billion", 2, metric="investment", economy="WLD", partner="COL"),
    case("Colombia received $17 billion in FDI in 2023, of which Spanish companies accounted for $3.1 billion.",
         "$3.1 billion", 2, metric="investment", economy="ESP", partner="COL"),
    case("Colombia attracted $17 billion of foreign investment in 2023, with inflows from Spain of $3.1 billion.",
         "$17 billion", 2, metric="investment", economy="WLD", partner="COL"),
    case("Colombia received COP 70 trillion (US$17 billion) in investment from Spain between 2000 and 2023.",
         "US$17 billion", 2, metric="investment", economy="ESP", partner="COL"),
    # a possessive on a whole ("total foreign trade") owns a flow with the world, whoever has a share of it
    case("Peru accounted for 6.8% of Chile's total foreign trade turnover, which reached $145.9 billion in 2024.",
         "$145.9 billion", metric="trade_total", economy="CHL", partner="WLD"),
    case("Chile's foreign trade with Peru reached $9.9 billion in 2024.", "$9.9 billion", economy="CHL",
         partner="PER"),
    # a state, province or company that owns a flow: a part of a nation's trade, never the nation's own
    case("Brazil's exports to China rose to $94 billion in 2024.\n\nSao Paulo's exports to China were about "
         "R$60 billion in 2024, the state agency said.", "R$60 billion", 2, metric="exports", economy=EMPTY,
         partner="CHN"),
    case("Brazil's exports to China rose to $94 billion in 2024, while Embraer's sales to China were $2 "
         "billion.", "$2 billion", 2, economy=EMPTY),
    # guards: a month is no owner, a company's flow from a named country is that country's
    case("Brazil's exports to China fell in 2024. October's exports to China were $8 billion.", "$8 billion",
         economy="BRA", partner="CHN"),
    case("Brazil's trade with China grew. Vale's exports from Brazil to China were $20 billion in 2024.",
         "$20 billion", economy="BRA", partner="CHN"),
    case("Kenya accounted for 3% of Oman's non-oil foreign trade, which reached OMR 9 billion in 2024.",
         "OMR 9 billion", metric="trade_total", economy="OMN", partner="WLD", scope="non-oil"),
    # "mutual trade" is the pair's, even after a figure for one economy's trade with the world
    case("Chile and Peru signed a fisheries pact in Lima on Monday. Chile's total exports of wine reached $2 billion "
         "in 2024.\n\nIn 2024, mutual trade reached $4.4 billion, the ministry said.", "$4.4 billion", 2,
         metric="trade_total", economy="CHL", partner="PER"),
    # a share of a whole "with the world": the owner's trade with the world, not the sharer's
    case("Kenya's exports to Oman were $90 million in 2024. Oman accounted for 0.4% of Kenya's $21 billion in "
         "total trade with the world.", "$21 billion", 2, metric="trade_total", economy="KEN", partner="WLD"),
    # a sentence that opens on the whole ("Overall,") speaks of trade with the world
    case("Kenya's exports to Oman were $90 million in 2024. Overall, Kenya posted a trade deficit of $10.4 "
         "billion in 2024.", "$10.4 billion", 2, metric="trade_balance", economy="KEN", partner="WLD"),
    # "the Kingdom" is the kingdom the article is about, not the partner it names more often
    case("India's imports of phosphate from Morocco rose in 2024, India's fertiliser ministry said. The "
         "Kingdom's total exports reached $46 billion in 2024.", "$46 billion", metric="exports",
         economy="MAR", partner="WLD"),
    # "the country" after a balance's holder is the other side: no one has a surplus with itself
    case("Exports to Peru rose to $9 billion in 2024, leaving Chile with a trade surplus of $3 billion with the "
         "country.", "$3 billion", 2, metric="trade_balance", economy="CHL", partner="PER"),
    # "the surplus" is the surplus the paragraph named, not the figure just before it
    case("Exports to Peru rose to $9 billion in 2024, leaving Chile with a trade surplus of $3 billion with Peru. "
         "Two-way trade totaled $15 billion. In pesos, the surplus came to about 2.8 trillion pesos.",
         "2.8 trillion pesos", 4, metric="trade_balance", economy="CHL", partner="PER"),
    # "The country" opening a sentence is the one the sentence before is about, not the one named most
    case("Chilean buyers cut orders as Chile's copper price fell and Chile raised rates. The picture is different "
         "for Peru's economy. The country posted a trade surplus of $9 billion with the world in 2024.",
         "$9 billion", metric="trade_balance", economy="PER", partner="WLD"),
    # a background clause names no party, but the owner of the flow it explains is the exporter left unnamed
    case("Exports to China rose 12 percent to $4.1 billion in March, as strong demand for copper continued to lift "
         "Chile's outbound shipments.", "$4.1 billion", metric="exports", economy="CHL", partner="CHN"),
    # a host "aims to attract" investment: the investors are not named, so they are the world
    case("Chile and Peru signed a mining pact in 2024. The Peruvian government aims to attract $10 billion in "
         "foreign direct investment by 2030.", "$10 billion", metric="investment", economy="WLD",
         partner="PER"),
    # a relative ("Thailand, with which ...") restarts the clause: the name before it is the partner
    case("Vietnam was the third-largest contributor to Cambodia's deficit after Thailand, with which Cambodia ran "
         "a $3.1 billion deficit in 2024.", "$3.1 billion", metric="trade_balance", economy="KHM", partner="THA"),
    case("Chile sells copper to China, to which its exports reached $38 billion in 2024.", "$38 billion",
         metric="exports", economy="CHL", partner="CHN"),
    # "-bound" names where goods go
    case("Oman's exports to Kenya were $110 million in 2024. Kenyan customs counted Kenya-bound shipments of "
         "$130 million in 2024.", "$130 million", 2, metric="exports", economy="OMN", partner="KEN"),
]

# --------------------------------------------------------------------------
# Periods: years, quarters, halves, month ranges, year-to-date, fiscal years,
# fuzzy parts of a year, target years. Without a document date, "last year"
# stays empty.
# --------------------------------------------------------------------------
PERIODS = [
    # "as compared to trade deficit of $X" with no period of its own: the same month a year before
    case("Chile ran a trade deficit of $2.9 billion in September 2022, as compared to trade deficit of "
         "$11.7 billion.", "$11.7 billion", 2, period_start="2021-09", period_end="2021-09"),
    # a figure recalled "on the heels of" the month before does not date the figures after it
    case("Korea's trade deficit was 1.2 trillion won in March 2024, coming on the heels of a revised 150 billion "
         "won deficit in February. Exports fell 2 percent to 45 trillion won.", "45 trillion won", 3,
         period_start="2024-03", period_end="2024-03"),
    # an amount in an aside to an aim ("talks aimed at ..., which totaled $X in 2023") dates nothing after it
    case("Talks aimed at cutting Peru's deficit with Chile, which totaled $3.2 billion in 2023, resumed.\n\n"
         "Peru's exports to Chile fell 2% to $1.1 billion, while imports rose.", "$1.1 billion", 2,
         period_start=EMPTY),
    # "now" after a span the clause names: that span's running total
    case("Chile's trade deficit for the January-June 2023 period now stands at $7.4 billion.", "$7.4 billion",
         period_start="2023-01", period_end="2023-06"),
    # guard: "now" alone leaves a level with no period
    case("Chile's trade with Peru now stands at $7.4 billion.", "$7.4 billion", period_start=EMPTY),
    # the time of a saying dates the words, and what follows "said ... that" is another clause's time
    case("LIMA, June 10, 2025 - Cosco, which is building a $1.3 billion port at Chancay, said this month that "
         "cargo had grown by a tenth this year.", "$1.3 billion", period_start=EMPTY),
    # "A year earlier," opening a sentence sets the period it names a year back
    case("LIMA, June 10, 2025 - Peru's exports to Chile reached $1.9 billion in the first four months. A year "
         "earlier, exports to Chile over the first four months stood at $1.7 billion.", "$1.7 billion", 2,
         period_start="2024-01", period_end="2024-04"),
    # a month in a clause of background dates the event, not the figure
    case("Peru's exports to Korea reached $2.1 billion in 2024. Exports to Japan fell 9% to $1.4 billion, as copper "
         "shipments slowed after a strike at the port in July.", "$1.4 billion", 2,
         period_start="2024-01", period_end="2024-12"),
    case("Chile's trade with Bolivia fell 40% to $300 million in 2024 after the border was closed following the "
         "protests in June.", "$300 million", period_start="2024-01", period_end="2024-12"),
    case("Laos's exports to Vietnam fell to $800 million, driven by lower demand from China in the third quarter.",
         "$800 million", period_start=EMPTY),
    # "due to open in 2027" is a schedule, not a cause
    case("Peru's exports of blueberries to China reached $560 million in 2024, and a new port is due to open in 2027.",
         "$560 million", period_start="2024-01", period_end="2024-12"),
    # a year before an event's noun dates the event, not the figure; "during the ... crisis" dates it
    case("LIMA, June 10, 2025 - Peru's exports to Chile reached $1.9 billion between January and April. Fishmeal "
         "sales to Chile came to $140 million, as buyers returned after a weak 2023 catch.", "$140 million", 2,
         period_start="2025-01", period_end="2025-04"),
    case("During the 2022 floods Chile sent Peru aid worth about $30 million.", "$30 million",
         period_start="2022-01", period_end="2022-12"),
    # a look back in the past perfect does not date what follows
    case("LIMA, June 10, 2025 - Peru's exports to Chile reached $1.9 billion between January and April. In "
         "January-April 2024, Peru had sold only $1.2 billion to Chile. Fishmeal sales to Chile came to "
         "$140 million in the period.", "$140 million", 3, period_start="2025-01", period_end="2025-04"),
    # a hedged base ("compared with more than $X") is still a base: what follows keeps the reported period
    case("ACCRA, Aug 4, 2025 - Ghana's cocoa exports to Togo were worth $80 million in the first half of 2025, "
         "compared with more than $95 million in the same period last year. Imports from Togo rose to "
         "$130 million.", "$130 million", 3, period_start="2025-01", period_end="2025-06"),
    # a bracketed figure after the year it is compared with is that year's
    case("Trade between Peru and Chile reached $6.1 billion in 2024, up 40% compared with 2018 ($4.4 billion).",
         "$4.4 billion", 2, period_start="2018-01", period_end="2018-12"),
    # a figure in a 'when' clause right after a period is that period's: "a strong June, when ..."
    case("Chile's exports to China fell 5% from June to $2.0 billion in July 2025. The drop followed a strong "
         "June, when exports to China reached $2.3 billion.", "$2.3 billion", 2, period_start="2025-06",
         period_end="2025-06"),
    case("Peru's trade with Brazil tripled since 2015, when two-way trade with Brazil reached $1.1 billion.",
         "$1.1 billion", period_start="2015-01", period_end="2015-12"),
    # ... and so after a month, a quarter or a month range it is compared with
    case("Chile's exports to the world were $9.1 billion in March 2025, up 5.2% compared with March 2024 "
         "($8.65 billion).", "$8.65 billion", 2, period_start="2024-03", period_end="2024-03"),
    case("South Africa's exports to China were R60 billion in the second quarter of 2025, up 3% compared with "
         "the second quarter of 2024 (R58.3 billion).", "R58.3 billion", 2, period_start="2024-04",
         period_end="2024-06"),
    case("Brazil's imports from Argentina were $9.8 billion in January-August 2025, down 4% compared with "
         "January-August 2024 ($10.2 billion).", "$10.2 billion", 2, period_start="2024-01", period_end="2024-08"),
    # a release date is not the period the figures cover
    case("ACCRA, Aug 4, 2025 - Figures for January to May released last month showed exports to Togo of "
         "$310 million.", "$310 million", period_start="2025-01", period_end="2025-05"),
    # a figure after a comparison base takes the period of the level before the base, not the base's
    case("Ghana's imports from Togo rose to $610 million in 2024 from $540 million in 2023, trimming Ghana's "
         "surplus with Togo to $90 million.", "$90 million", 3, period_start="2024-01", period_end="2024-12"),
    case("Ghana's cocoa exports to Togo were $70 million in 2024, down from $82 million a year earlier, while "
         "gold fetched $35 million.", "$35 million", 3, period_start="2024-01", period_end="2024-12"),
    # a running total since a date takes no period, not even the one before it
    case("Chile's exports to China were $38.9 billion in 2024. Since the free trade agreement took effect in "
         "2006, bilateral trade has totaled more than 550 billion U.S. dollars.", "550 billion U.S. dollars", 2,
         period_label=EMPTY),
    case("Georgia's exports to Japan were $1.2 billion in 2022. Georgian investment in Japan has exceeded "
         "$11.85 billion since 2009.", "$11.85 billion", 2, period_label=EMPTY),
    # a crop season is not a fiscal year, and a year inside a 'since' clause starts a running total
    case("Cherry exports from Chile to China reached $2.2 billion in the 2023-24 season, exporters said.",
         "$2.2 billion", period_label=EMPTY, scope="cherry"),
    case("Since the free trade agreement took effect in 2006, bilateral trade between Chile and China has "
         "totaled more than 550 billion U.S. dollars.", "550 billion U.S. dollars", period_label=EMPTY),
    # "the pre-pandemic level" is an era, not the period of the figure before
    case("Trade between India and Russia touched a record USD 68.7 billion in FY25, nearly five times the "
         "pre-pandemic level of USD 10.1 billion.", "USD 10.1 billion", 2, period_label=""),
    # AP-style month abbreviations do not end the sentence ("Jan.-Sept. 2024")
    case("China's exports to Japan were $1.5 billion in Jan.-Sept. 2024, customs said.", "$1.5 billion",
         period_start="2024-01", period_end="2024-09"),
    # "a few years earlier" is no period; and after an undated "last year", what follows stays undated
    case("Trade between Pakistan and Afghanistan fell to $1.6 billion in fiscal year 2023-24 from about "
         "$2.5 billion a few years earlier.", "$2.5 billion", 2, period_label=""),
    case("The U.S. deficit with China peaked at $418.2 billion in 2018. The deficit was roughly $263 billion "
         "last year. The U.S. ran a services surplus of about $32 billion with China.", "$32 billion", 3,
         period_label="", scope="services"),
    # undated: "last year, up from X in 2023" says last year is 2024
    case("Thailand's trade deficit with China widened to about 1.15 trillion baht last year, up from "
         "1.02 trillion baht in 2023.", "1.15 trillion baht", 2, period_label="2024"),
    # undated: a sentence opening "Last year," sets the time of the next, whose "against 2021" is the year
    # before last year; the text is of the year after (rows 2-3 are guards: another year named before the
    # comparison, or no "Last year," lead, tells nothing)
    case("Last year, Peru ran a surplus of $1.8 billion with Chile. Two-way trade climbed 7.5% against 2021 "
         "to $6.4 billion.", "$1.8 billion", 2, period_label="2022"),
    case("Last year, Peru ran a surplus of $1.8 billion with Chile. In 2019, two-way trade climbed 7.5% "
         "against 2018 to $6.4 billion.", "$1.8 billion", 2, period_label=EMPTY),
    case("Peru ran a surplus of $1.8 billion with Chile. Two-way trade climbed 7.5% against 2021 to "
         "$6.4 billion.", "$1.8 billion", 2, period_label=EMPTY),
    # undated: a relative period restating one with its year tells the text's year (the same months of
    # the year, or the same amount under a headline that names the year)
    case("Peru's trade with Ecuador grew 9% in the first four months of 2021, the ministry said. \"In the "
         "first four months of this year, trade grew 9%. Last year, trade with Ecuador exceeded $3.2 billion,\" "
         "the minister said.", "$3.2 billion", period_label="2020"),
    case("Chile-Bolivia trade in 2019 tops US$2.4 billion\nTrade between Chile and Bolivia topped $2.4 billion "
         "last year, the ministry said.", "$2.4 billion", 2, period_label="2019"),
    # undated: a paragraph's first figure takes the month its lead names; a month with no year that lies in
    # the newest part of a year the text reports is of that year, not of the older year named before it
    case("Ghana's trade with Togo was $1.4 billion in 2023, the statistics office said.\n\nMonthly data show "
         "trade did not slow in February. Ghana's exports to Togo amounted to $61 million.\n\nIn the first "
         "quarter of 2024, Togo ranked fifth among Ghana's export markets.", "$61 million", 2,
         period_label="2024-02"),
    # guard: a month past that part stays in the year so far (it is not moved into the future)
    case("Ghana's trade with Togo was $1.4 billion in 2023, the statistics office said.\n\nMonthly data show "
         "trade picked up in November. Ghana's exports to Togo amounted to $61 million.\n\nIn the first "
         "quarter of 2024, Togo ranked fifth among Ghana's export markets.", "$61 million", 2,
         period_label="2023-11"),
    # guards: another amount for another year ties nothing; a dateline's date is never overridden
    case("Chile's exports to Bolivia were $1.1 billion in 2019. Last year, Chile's imports from Bolivia reached "
         "$0.9 billion.", "$0.9 billion", 2, period_label=EMPTY),
    case("LIMA, March 3, 2024 - Chile-Bolivia trade in 2019 topped US$2.4 billion. Trade between Chile and "
         "Bolivia topped $2.4 billion last year.", "$2.4 billion", 2, period_label="2023"),
    # in an undated article, a month range naming no year that spans the fiscal year just reported is it
    case("Bangladesh's exports to India crossed $1.5 billion in FY2024-25. Imports from India stood at "
         "around $9 billion during the July-June period.", "$9 billion", 2, period_label="FY2024-25"),
    # ... and one that starts with that fiscal year and is shorter is its first months
    case("Bangladesh's exports to Egypt reached $410 million in FY2023-24. Exports to Kenya were $96 million in "
         "the July-April period.", "$96 million", 2, period_start="2023-07", period_end="2024-04"),
    # guard: after a calendar year, the same span ends in that year
    case("Bangladesh's exports to Egypt reached $410 million in 2023. Exports to Kenya were $96 million in "
         "the July-April period.", "$96 million", 2, period_start="2022-07", period_end="2023-04"),
    # Japan names a fiscal year by the year it starts in; India by the year it ends in
    case("Japan's imports from Australia were 7.2 trillion yen in fiscal 2024.", "7.2 trillion yen",
         period_start="2024-04", period_end="2025-03"),
    case("India's exports to Japan rose to $5.5 billion in fiscal 2024.", "$5.5 billion",
         period_start="2023-04", period_end="2024-03"),
    # "imports from Australia fell 18.2% in 2024": 'from' names the origin, the year is the change's own
    case("Japan's imports from Australia fell 18.2% in 2024 to $47.5 billion.", "$47.5 billion",
         period_label="2024"),
    # "from a year earlier to $X" is the change's base; the month before it dates the figure
    case("China's exports to the United States fell 28.6% in November 2025 from a year earlier to $33.8 billion.",
         "$33.8 billion", period_label="2025-11"),
    # the Python API dates a text by its dateline, as the CLI dates a file
    case("TOKYO, Feb 19, 2025 - Japan's exports to the US hit a record 21.3 trillion yen last year.",
         "21.3 trillion yen", period_label="2024"),
    # a comparison base in the lead ("reversing a deficit of X in 2023") does not date what follows
    case("Argentina posted a trade surplus of US$1.8 billion with Brazil in 2024, reversing a deficit of "
         "US$4.3 billion in 2023.\nArgentine exports to Brazil rose 9.4% to US$13.3 billion.",
         "US$13.3 billion", 3, period_label="2024"),
    # a level inside a 'since' clause is of the clause's year, not of the last year of the sentence
    case("Since two-way trade between Peru and Chile peaked in 2012 at $7.4 billion, it has slipped to "
         "$6.9 billion in 2015 and $5.2 billion in 2017.", "$7.4 billion", 3, period_label="2012"),
    case("Exports from Ghana to Togo have halved since they hit $820 million in 2016, reaching $410 million "
         "in 2023.", "$820 million", 2, period_label="2016"),
    # guard: after the clause's comma, the 'since' year starts a running total (see above)
    case("Since Peru and Chile signed their trade pact in 2009, Chilean investment in Peru has reached "
         "$19 billion.", "$19 billion", period_label=EMPTY),
    # "over the past year" in the figure's clause: the last full year before the text's date
    case("NAIROBI, May 6, 2024 - Over the past year, Kenya's exports to Uganda passed $1.1 billion, the "
         "ministry said.", "$1.1 billion", period_label="2023"),
    case("NAIROBI, May 6, 2024 - Kenya's surplus with Uganda was $640 million for the past year.",
         "$640 million", period_label="2023"),
    # guard: a year the figure's own words name wins
    case("NAIROBI, May 6, 2024 - Over the past year, Kenya's exports to Uganda, which were $1.1 billion in "
         "2022, have kept growing.", "$1.1 billion", period_label="2022"),
    # a year in an event's or a plan's name is no period of the figure beside it
    case("Malaysia's imports from Thailand were almost RM60 billion, the minister said at the Asean Trade "
         "Fair (ATF) 2024 in Bangkok.", "RM60 billion", period_label=EMPTY),
    case("Oman's exports to Qatar topped $2 billion, officials said on the sidelines of Expo 2027.",
         "$2 billion", period_label=EMPTY),
    # guard: an all-caps headline's preposition before a year is no acronym
    case("THAI EXPORTS TO LAOS HIT $5 BILLION DURING 2023", "$5 BILLION", period_label="2023"),
    # a pronoun subject that opens a paragraph goes on with the flow and countries of the sentence before
    case("Chilean exports to Peru have grown every year.\n\nIn 2019, it only slightly exceeded $2.1 billion.",
         "$2.1 billion", metric="exports", economy="CHL", partner="PER"),
    # (guard: a pronoun that is the exporter, not the flow, names its own metric)
    case("Peru buys more from Chile every year.\n\nIn 2019, it imported $2.1 billion of Chilean goods.",
         "$2.1 billion", metric="imports"),
    # "since YEAR, when it stood at X": X is that year's
    case("Kazakhstan's trade with Uzbekistan has tripled since 2017, when it stood at $1.4 billion.",
         "$1.4 billion", period_label="2017"),
    # an aim in the same sentence as a reported figure does not take its year
    case("“Our trade with Uzbekistan reached $4.4 billion in 2023, and we intend to bring it to $10 billion,” "
         "Kazakhstan's president said.", "$10 billion", 2, status="target", period_label=EMPTY),
    # wire-service datelines before the figure: the filing date never dates the figure
    case("SEOUL, Jan. 16 (Yonhap) -- South Korea's exports to Japan came to $29 billion in 2023, the ministry said.",
         "$29 billion", period_label="2023", economy="KOR", partner="JPN"),
    case("MOSCOW, January 13, 2025. /TASS/. Trade turnover between Russia and China in 2024 increased by 1.9% "
         "to a record $244.8 bln.", "$244.8 bln", period_label="2024", value=244.8e9),
    case("BUDAPEST, Nov. 5, 2024 (Xinhua) -- Trade between China and Hungary reached 14.5 billion U.S. dollars "
         "in 2023.", "14.5 billion U.S. dollars", period_label="2023", currency="USD", value=14.5e9),
    case("Japan's exports to Australia were $17 billion in 2024.",
         "$17 billion", period_start="2024-01", period_end="2024-12", period_label="2024"),
    case("Kenya's exports to Uganda reached $310 million in Q1 2025.",
         "$310 million", period_start="2025-01", period_end="2025-03", period_label="2025-Q1"),
    case("In the first quarter of 2025, Turkey's exports to Iraq were $3.2 billion.",
         "$3.2 billion", period_start="2025-01", period_end="2025-03"),
    case("Indonesia's exports to Malaysia were $3.4 billion in the third quarter of 2024.",
         "$3.4 billion", period_start="2024-07", period_end="2024-09", period_label="2024-Q3"),
    case("Brazil's exports to China reached $52 billion in H1 2024.",
         "$52 billion", period_start="2024-01", period_end="2024-06", period_label="2024-H1"),
    case("In the first half of 2025 Egypt's imports from Russia reached $2.3 billion.",
         "$2.3 billion", period_start="2025-01", period_end="2025-06"),
    case("Pakistan's exports to China were $1.1 billion in the second half of 2023.",
         "$1.1 billion", period_start="2023-07", period_end="2023-12", period_label="2023-H2"),
    case("Kazakhstan-Uzbekistan trade reached $3.9 billion in January–November 2025.",
         "$3.9 billion", period_start="2025-01", period_end="2025-11", period_label="2025-01..2025-11"),
    case("Belarus's exports to Russia were $18.6 billion in January-September 2024.",
         "$18.6 billion", period_start="2024-01", period_end="2024-09"),
    case("Trade between Turkey and Iraq reached $16 billion in the first ten months of 2024.",
         "$16 billion", period_start="2024-01", period_end="2024-10"),
    case("In the first eight months of 2025, Vietnam's exports to Japan were $17 billion.",
         "$17 billion", period_start="2025-01", period_end="2025-08"),
    # a month before a flow dates it ("those September imports"), but not after a name ("Theresa May")
    case("WASHINGTON, Oct 20, 2025 - India's imports from Iraq were $30 billion in 2024. The value of those "
         "September imports from Iraq fell to $2.9 billion.", "$2.9 billion", 2, period_label="2025-09"),
    # "the nine months" are the nine months just named; a year in a publication's name dates nothing
    case("NAIROBI, May 20, 2025: Kenya's exports to Rwanda fell to $610 million during July-March of the current "
         "fiscal year. Tea exports stood at Sh20bn in the nine months.", "Sh20bn", 2,
         period_start="2024-07", period_end="2025-03"),
    case("LUSAKA, June 3, 2025 - The Economic Survey 2025 shows imports from Malawi climbed to $102.7 million.",
         "$102.7 million", period_label=EMPTY),
    case("India's imports from Saudi Arabia were $31 billion in FY2023-24.",
         "$31 billion", period_start="2023-04", period_end="2024-03", period_label="FY2023-24"),
    # a split fiscal year is the calendar of the economy whose flow it is, whatever the article's main one
    case("India's exports to Pakistan were $1.2 billion in FY2024-25. India's trade with Pakistan is small. "
         "Pakistan's exports to India were $480 million in FY2024-25.", "$480 million", 2,
         period_start="2024-07", period_end="2025-06", period_label="FY2024-25"),
    case("India's exports to Pakistan were $1.2 billion in FY2024-25. India's trade with Pakistan is small. "
         "Pakistan's exports to India were $480 million in FY2024-25.", "$1.2 billion", 2,
         period_start="2024-04", period_end="2025-03"),
    case("India's exports to Kenya rose to $2.3 billion in 2023-24, the commerce ministry said.",
         "$2.3 billion", period_start="2023-04", period_end="2024-03"),
    case("Pakistan's exports to China were $2.7 billion in FY2023-24, the State Bank said.",
         "$2.7 billion", period_start="2023-07", period_end="2024-06"),
    case("Kenya's exports to Uganda were $180 million in March 2025.",
         "$180 million", period_start="2025-03", period_end="2025-03", period_label="2025-03"),
    # "X's imports from Y were $N in <period>": the period after the figure is lost
    case("Kenya's imports from Uganda were $180 million in 2024.",
         "$180 million", period_start="2024-01", period_end="2024-12"),
    case("Pakistan's imports from China were $8.1 billion in the second half of 2023.",
         "$8.1 billion", period_start="2023-07", period_end="2023-12"),
    case("Egypt's imports from Russia reached $3.9 billion in March 2025.",
         "$3.9 billion", period_start="2025-03", period_end="2025-03"),
    case("Pakistan imported $8.1 billion of goods from China in 2023.",
         "$8.1 billion", period_start="2023-01", period_end="2023-12"),
    case("Trade between Malaysia and Indonesia reached $5.6 billion in early 2024.",
         "$5.6 billion", period_start="2024-01", period_label="early 2024"),
    case("Egypt-Russia trade was running at $600 million a month by mid-2024.",
         "$600 million", period_label="mid-2024"),
    case("Canada's exports to Mexico reached C$4 billion in late 2024.",
         "C$4 billion", period_label="late 2024", period_end="2024-12"),
    case("Japan and Australia aim to lift two-way trade to $100 billion by 2030.",
         "$100 billion", period_start="2030-01", period_end="2030-12"),
    case("Kenya's exports to Uganda totaled 3.4 billion USD last year.",
         "3.4 billion USD", period_start=EMPTY, period_end=EMPTY),
    # "currently" far before the figure is about something else; close to it, the level has no period
    case("Chile is currently the United States' 28th largest goods trading partner with $58.6 billion in total "
         "(two way) goods trade during 2024.", "$58.6 billion", period_start="2024-01", period_end="2024-12"),
    case("Bilateral trade between Chile and Peru currently stands at about $5 billion.", "$5 billion",
         period_start=EMPTY),
    case("Saudi exports to India were $8.2 billion between April and June 2024.",
         "$8.2 billion", period_start="2024-04", period_end="2024-06"),
    case("Pakistan's exports to China stood at $2.7 billion during July-June FY24, the State Bank said.",
         "$2.7 billion", period_start="2023-07", period_end="2024-06"),
    case("Turkey's exports to Iraq rose to $13.4 billion in 2024 from $12.2 billion in 2023.",
         "$12.2 billion", 2, period_start="2023-01", period_end="2023-12"),
    case("Japan-Australia trade: $68.2 bn (2024)",
         "$68.2 bn", period_start="2024-01", period_end="2024-12"),
    # "through <Month>" after a span is where it ends, not a month of its own
    case("SINGAPORE, Nov 5, 2025 - In the first half of fiscal 2025 through September, Singapore's exports to "
         "Malaysia rose 4% to S$30 billion.", "S$30 billion", period_start="2025-04", period_end="2025-09"),
    case("Chile's copper exports to China were $21 billion in 2024 through September.", "$21 billion",
         period_start="2024-01", period_end="2024-09"),
    # a fiscal year follows the calendar of the economy the article is about, October for Thailand; but
    # not the US federal year: US trade statistics are calendar-year, so the other economy's calendar rules
    case("Thailand's rice exports to the Philippines reached 80 billion baht in fiscal 2024.", "80 billion baht",
         period_start="2023-10", period_end="2024-09", period_label="FY2023-24"),
    case("The United States' imports from India were $83 billion in FY2023-24, while United States exports to "
         "India were $40 billion, the U.S. trade office said.", "$40 billion", 2,
         period_start="2023-04", period_end="2024-03"),
    # a fiscal year whose end the text states takes those months; the first fiscal year an article
    # explains sets its calendar for the rest, and one explained after others went unexplained does not
    case("Haiti's exports to the United States reached $1.1 billion in fiscal 2024, which ended on Sept 30. "
         "Textile shipments to the United States made up $800 million in fiscal 2024.", "$800 million", 2,
         period_start="2023-10", period_end="2024-09", period_label="FY2023-24"),
    case("Haiti's imports from the Dominican Republic were $1.2 billion in fiscal 2024 (October 2023 to "
         "September 2024).", "$1.2 billion", period_start="2023-10", period_end="2024-09"),
    case("India's exports to New Zealand rose to $700 million in FY24. New Zealand puts its imports from India "
         "at NZ$1.3 billion in 2023-24, the financial year that ended in June 2024. India's exports of drugs to "
         "New Zealand were $90 million in the April-December period of FY24.", "$90 million", 3,
         period_start="2023-04", period_end="2023-12"),
    # "the fiscal year that ended in ...": twelve months; as an apposition it gives a fiscal year its months
    case("Exports from New Zealand to China reached NZ$19.6 billion in the fiscal year that ended in June 2024.",
         "NZ$19.6 billion", period_start="2023-07", period_end="2024-06"),
    case("In FY2022/23, the financial year that ended in June 2023, Pakistan's exports to China were $2.5 billion.",
         "$2.5 billion", period_start="2022-07", period_end="2023-06"),
    case("Two-way trade between Australia and Japan was A$97 billion in 2022-23, the financial year that "
         "ended in June 2023.", "A$97 billion", period_start="2022-07", period_end="2023-06"),
    # a flow set against another flow is of the same period; the same flow after "from" is an earlier value
    case("Brazil's exports to Argentina were $16.7 billion in 2023, against imports of $12.0 billion.",
         "$12.0 billion", 2, period_start="2023-01", period_end="2023-12", metric="imports"),
    case("Kenya's exports to Uganda rose to $1.2 billion in 2023, up from exports of $1.0 billion.",
         "$1.0 billion", 2, period_start="2022-01", period_end="2022-12", metric="exports"),
    # the same flow to a new partner keeps its exporter, however often the first partner is named
    case("US demand and US tariffs drive the US trade debate. The US overtook Chile as Peru's top export "
         "destination in 2024, with exports of $8.5 billion, compared with $6.9 billion to Chile.", "$6.9 billion", 2,
         economy="PER", partner="CHL"),
    # "the corresponding period in 2024" after a year to May 2025 is the year before, not the same months
    case("Gold exports reached USD 3,412.3 million in the year ending May 2025, compared with USD 3,025.6 "
         "million in the corresponding period in 2024.", "USD 3,025.6 million", 2, period_start="2023-06",
         period_end="2024-05"),
    # ... and so is the same flow with another partner
    case("Kenya's exports to Uganda were $1.2 billion in 2023, compared with $0.7 billion to Tanzania.",
         "$0.7 billion", 2, period_start="2023-01", period_end="2023-12", partner="TZA"),
    # "between 2019 and 2023 ... from $A to $B": each end of the change is one end of the span
    case("Between 2019 and 2023, Indonesia's exports to India rose from $13.0 billion to $20.8 billion.",
         "$13.0 billion", 2, period_start="2019-01", period_end="2019-12"),
    case("From 2019 to 2023, Indonesia's exports to India rose from $13.0 billion to $20.8 billion.",
         "$20.8 billion", 2, period_start="2023-01", period_end="2023-12"),
    # the date of an event in the sentence ("the levy Kampala imposed in March 2023") does not date a flow
    case("Kenya's exports to Uganda reached $1.2 billion in 2023. Imports from Uganda fell to $400 million, "
         "hit by a levy that Nairobi imposed in March 2023.", "$400 million", 2,
         period_start="2023-01", period_end="2023-12"),
    case("In May 2024, Chile's exports to Peru slipped to $310 million as copper shipments were postponed to "
         "June.", "$310 million", period_start="2024-05", period_end="2024-05"),
    # an event in a 'when' clause dates the main clause's figure
    case("Chile's exports to Peru were $3 billion in 2024.\n\nWhen the pact was signed in 2006, Chile's exports to "
         "Peru were $900 million.", "$900 million", 2, period_start="2006-01", period_end="2006-12"),
    # a later time the text leaves undated is not the period of the figure before it
    case("Peru's exports to China peaked at $15 billion in 2012, before the mining boom of the following decade "
         "lifted them above $30 billion.", "$30 billion", 2, period_start=EMPTY),
    case("Chile's exports to India were $2 billion in 2015 and a year later reached $2.4 billion.",
         "$2.4 billion", 2, period_start=EMPTY),
    # an investment figure (mostly a stock: "has invested", "so far") takes no period from a trade flow before it
    case("Kenya's trade with Egypt was $610 million in January-June 2024. Egyptian firms have invested over "
         "$1.5 billion in Kenya so far.", "$1.5 billion", 2, period_start=EMPTY, metric="investment"),
    # guard: an investment figure after one of its kind shares its period
    case("Egypt's investment in Kenya reached $420 million in 2023. Egyptian firms invested a further $80 "
         "million in Kenya.", "$80 million", 2, period_start="2023-01", metric="investment"),
    # a flow per day, week or month takes no period from the annual figure before it
    case("Trade between Kenya and Tanzania reached $1.6 billion in 2023. Goods worth some $30 million a week "
         "now cross at Namanga.", "$30 million", 2, period_start=EMPTY, metric="trade_total"),
    case("Mexico's exports to the US were $475 billion in 2023. More than $1.3 billion in goods crosses the "
         "border every day.", "$1.3 billion", 2, period_start=EMPTY),
    case("Trade between Chile and Peru reached $4.1 billion in 2024, or about $340 million per month.",
         "$340 million", 2, period_start=EMPTY),
    case("Peru's 2024 deficit with China was $9 billion. Some $25 million leaves the country every single day.",
         "$25 million", 2, period_start=EMPTY),
    # a base "a year ago" is the same months a year before the period compared, fiscal or calendar; the
    # next clause of the sentence keeps the period and its base
    case("KARACHI, Nov 10, 2025 - Pakistan's imports from Indonesia rose 8% to $3.9 billion in FY25 from "
         "$3.6 billion a year ago, while exports to Indonesia fell 5% to $240 million from $253 million.",
         "$3.6 billion", 4, period_start="2023-07", period_end="2024-06"),
    case("KARACHI, Nov 10, 2025 - Pakistan's imports from Indonesia rose 8% to $3.9 billion in FY25 from "
         "$3.6 billion a year ago, while exports to Indonesia fell 5% to $240 million from $253 million.",
         "$240 million", 4, period_start="2024-07", period_end="2025-06"),
    case("KARACHI, Nov 10, 2025 - Pakistan's imports from Indonesia rose 8% to $3.9 billion in FY25 from "
         "$3.6 billion a year ago, while exports to Indonesia fell 5% to $240 million from $253 million.",
         "$253 million", 4, period_start="2023-07", period_end="2024-06"),
    case("SANTIAGO, Nov 10, 2025 - Chile's exports to Peru rose 5% to $510 million in September from "
         "$486 million a year ago.", "$486 million", 2, period_start="2024-09", period_end="2024-09"),
    case("SANTIAGO, Nov 10, 2025 - Chile's exports to Peru rose to $6.1 billion in 2024 from $5.8 billion a "
         "year ago.", "$5.8 billion", 2, period_start="2023-01", period_end="2023-12"),
    # a period after "from", "than" or "compared with" that follows a figure is the comparison's, not the
    # figure's: the figure keeps the period the paragraph reports
    case("Peru's exports to Japan reached $2.4 billion in the first half of 2024. Trade between Peru and Japan "
         "grew 3.5 per cent to about $4 billion from a year ago.", "$4 billion", 2, period_start="2024-01",
         period_end="2024-06"),
    case("Ghana's exports to India reached $1.2 billion in January-May 2023. Ghana's trade with India grew 3 "
         "per cent to $2 billion compared with 2022.", "$2 billion", 2, period_start="2023-01",
         period_end="2023-05"),
    # guard: a period right after the figure, with no cue between them, is still its own
    case("Ghana's exports to India reached $1.2 billion in January-May 2023. Ghana's trade surplus with India "
         "was $640 million in 2022.", "$640 million", 2, period_start="2022-01", period_end="2022-12"),
    # a base dated by a bare year, compared with a part of a later year, is the same part of that year
    case("Chile's exports to Korea between January and September 2024 rose 9 per cent to $4.1 billion from "
         "$3.76 billion in 2023.", "$3.76 billion", 2, period_start="2023-01", period_end="2023-09"),
    # guard: a whole year compared with a whole year keeps the year
    case("Chile's exports to Korea in 2024 rose 9 per cent to $4.1 billion from $3.76 billion in 2023.",
         "$3.76 billion", 2, period_start="2023-01", period_end="2023-12"),
    # ... but "a year ago" that opens a sentence is a year back from the article's date
    case("SANTIAGO, Nov 10, 2025 - A year ago, Chile's exports to Peru were $4.5 billion.", "$4.5 billion",
         period_start="2024-01", period_end="2024-12"),
    # "over the period": the period the text last told of, whatever that figure measured
    case("KAMPALA, Nov 6, 2025 - Uganda's exports to Kenya were $1.1 billion in 2024. Foreign direct investment "
         "in Uganda rose 12% to $2.9 billion in the first nine months, the central bank said. Chinese firms "
         "invested about $700 million over the period.", "$700 million", 3, period_start="2025-01",
         period_end="2025-09"),
    # "the widest for a first half" is any first half: the deficit keeps the fiscal half just reported
    case("NEW DELHI, Nov 19, 2025 - India's exports to Singapore rose 3% to $8.2 billion in the first half of "
         "fiscal 2026. Imports from Singapore fell 2% to $11.5 billion over the same six months, leaving India "
         "with a deficit of $3.3 billion, the widest for a first half since fiscal 2016.", "$3.3 billion", 3,
         period_start="2025-04", period_end="2025-09"),
    case("SEOUL, Nov 19, 2025 - Korea's exports to Japan reached $14 billion in a first quarter marked by "
         "strikes.", "$14 billion", period_start="2025-01", period_end="2025-03"),
    # "the full year" is the year running at the article's date: fiscal when the figures before count in
    # fiscal years; a reported full year is the last one ended; a year named stays
    case("SANTIAGO, Nov 6, 2025 - The central bank expects Chile's full-year exports to exceed $100 billion, up "
         "from $94 billion in 2024.", "$100 billion", 2, period_start="2025-01", period_end="2025-12",
         status="forecast"),
    case("ACCRA, Nov 14, 2025 - Ghana's cocoa exports to the Netherlands totalled $1.2 billion in the first half "
         "of 2025. Traders expect them to reach $2.3-2.5 billion for the full year.", "$2.3-2.5 billion", 2,
         period_start="2025-01", period_end="2025-12", status="forecast"),
    case("NEW DELHI, Nov 19, 2025 - India's exports to Singapore rose 3% to $8.2 billion in the first half of "
         "fiscal 2026. For the full year, the ministry expects exports to Singapore of $17 billion.",
         "$17 billion", 2, period_start="2025-04", period_end="2026-03", status="forecast"),
    case("MANILA, Nov 3, 2025 - Philippine exports to Korea reached $2.1 billion from January to September. "
         "Seoul's aid agency lent $80 million in fiscal 2024. Exporters say exports to Korea could exceed "
         "$2.8 billion for the full year.", "$2.8 billion", 3, period_start="2025-01", period_end="2025-12"),
    case("SANTIAGO, Jan 12, 2026 - Chile's full-year exports to Peru reached $5.2 billion.", "$5.2 billion",
         period_start="2025-01", period_end="2025-12", status="actual"),
    case("SANTIAGO, Nov 6, 2025 - Chile's exports to Peru reached $4.4 billion in full-year 2023.",
         "$4.4 billion", period_start="2023-01", period_end="2023-12"),
    # a month range with its year in brackets: "July-June (2023-24)" is that fiscal year's months
    case("DHAKA, Aug 5, 2025 - Bangladesh's exports to Japan were $1.9 billion during July-June (2024-25) against "
         "exports of $1.6 billion during July-June (2023-24).", "$1.6 billion", 2,
         period_start="2023-07", period_end="2024-06"),
    case("DHAKA, Aug 5, 2025 - Bangladesh's exports to Japan were $1.4 billion in July-March (2022-23).",
         "$1.4 billion", period_start="2022-07", period_end="2023-03"),
    # the period named before "from A to B" is the one the change reaches: A is a period earlier, B is in it
    case("Nepal's exports to India rose 9% in FY 2024-25, from $1.21 billion to $1.32 billion.", "$1.21 billion",
         2, period_start="2023-07", period_end="2024-06"),
    case("Nepal's exports to India rose 9% in FY 2024-25, from $1.21 billion to $1.32 billion.", "$1.32 billion",
         2, period_start="2024-07", period_end="2025-06"),
    case("Nepal's exports to India reached $1.3 billion in FY 2024-25. Imports from India rose 4%, from $8.5 "
         "billion to $8.84 billion.", "$8.5 billion", 3, period_start="2023-07", period_end="2024-06"),
    case("Nepal's exports to India reached $1.3 billion in FY 2024-25. Imports from India rose 4%, from $8.5 "
         "billion to $8.84 billion.", "$8.84 billion", 3, period_start="2024-07", period_end="2025-06"),
    # guards: "from US $8.5 billion to US $8.8 billion" names no partner; a spread ("range from") is no base
    case("Nepal's imports from India rose 4% in FY 2024-25, from US $8.5 billion to US $8.84 billion.",
         "US $8.5 billion", 2, period_start="2023-07", period_end="2024-06"),
    case("Estimates of Nepal's trade with Bhutan in 2024 range from $180 million to $210 million.",
         "$180 million to $210 million", period_start="2024-01", period_end="2024-12"),
    # a year named by a country's own calendar runs by that country's fiscal start (Iran March, Ethiopia July)
    case("TEHRAN, May 2, 2025 - Iran's exports to Armenia reached $520 million in the last Iranian year.",
         "$520 million", period_start="2024-03", period_end="2025-02"),
    case("ADDIS ABABA, Aug 20, 2025 - Ethiopia's exports to Djibouti reached $210 million in the concluded "
         "Ethiopian fiscal year.", "$210 million", period_start="2024-07", period_end="2025-06"),
    case("ADDIS ABABA, Aug 20, 2025 - Ethiopia plans to earn $300 million from exports to Djibouti in the current "
         "EFY.", "$300 million", period_start="2025-07", period_end="2026-06", status="target"),
    # a bare part of a year takes the year the text states for it when that is after the date's year: the
    # date found at the top was a photo caption's, not the story's
    case("Egypt and Turkey\n\nPresident Sisi welcomes the Turkish leader in Cairo on November 3, 2021\n\nEgypt's "
         "trade with Turkey reached $2.1 billion in the first half of 2022. Egypt's exports to Turkey were $900 "
         "million in the first half.", "$900 million", 2, period_start="2022-01", period_end="2022-06"),
    # guard: a part stated for a year before the date's keeps the date's reading of the bare one
    case("Egypt and Turkey\n\nPresident Sisi welcomes the Turkish leader in Cairo on November 3, 2023\n\nEgypt's "
         "trade with Turkey reached $2.1 billion in the first half of 2022. Egypt's exports to Turkey were $900 "
         "million in the first half.", "$900 million", 2, period_start="2023-01", period_end="2023-06"),
    # ... and a year it numbers in its own calendar is moved to the Gregorian months; a month named with no
    # year is then dated by the document, never by that other calendar's number: "as of mid-January", the end
    # of the running span just reported, is that span (not January 2082)
    case("POKHARA, MARCH 9\n\nNepal's imports from Bangladesh reached Rs 8.2 billion in the first six months of "
         "fiscal year 2081/82 BS. Exports to Bangladesh were Rs 1.4 billion as of mid-January.",
         "Rs 8.2 billion", 2, period_start="2024-07", period_end="2025-01"),
    case("POKHARA, MARCH 9\n\nNepal's imports from Bangladesh reached Rs 8.2 billion in the first six months of "
         "fiscal year 2081/82 BS. Exports to Bangladesh were Rs 1.4 billion as of mid-January.",
         "Rs 1.4 billion", 2, period_start="2024-07", period_end="2025-01"),
    # guard: a month that is not where the running span ends is no end of it (undated here: none)
    case("POKHARA, MARCH 9\n\nNepal's imports from Bangladesh reached Rs 8.2 billion in the first six months of "
         "fiscal year 2081/82 BS. Exports to Bangladesh were Rs 1.4 billion as of mid-March.",
         "Rs 1.4 billion", 2, period_start=EMPTY),
    # a running total "until" the month that ends a dated fiscal span (Kenya's July-June year)
    case("NAIROBI, April 20, 2024 - Kenya's exports to Uganda were KSh 95 billion in the first nine months of "
         "the 2023/24 fiscal year. Imports from Uganda came to KSh 41 billion until March.",
         "KSh 41 billion", 2, period_start="2023-07", period_end="2024-03"),
    # "the current fiscal year" said once with its year names that year wherever the same span recurs
    # without it, in the calendar the year was given in (mid-July to mid-December: July to December)
    case("BIRATNAGAR, JANUARY 5\n\nNepal's exports to Bangladesh were Rs 3.1 billion in the first five months of "
         "the current fiscal year 2081/82 BS. Imports from Bangladesh reached Rs 9.4 billion in the five months of "
         "the current fiscal year.", "Rs 9.4 billion", 2, period_start="2024-07", period_end="2024-12"),
    # guard: another span of the current fiscal year is not the one stated (undated here: none)
    case("BIRATNAGAR, JANUARY 5\n\nNepal's exports to Bangladesh were Rs 3.1 billion in the first five months of "
         "the current fiscal year 2081/82 BS. Imports from Bangladesh reached Rs 9.4 billion in the first three "
         "months of the current fiscal year.", "Rs 9.4 billion", 2, period_start=EMPTY),
    # "the fiscal year that just ended": the last fiscal year ended before the article's date
    case("NEW DELHI, May 6, 2025 - India's exports to Japan were $6.2 billion for the fiscal year that just ended, "
         "the ministry said.", "$6.2 billion", period_start="2024-04", period_end="2025-03"),
    # guard: with no fiscal word, the calendar year that has just ended
    case("NEW DELHI, January 9, 2025 - India's exports to Japan were $6.2 billion in the year that has just ended, "
         "the ministry said.", "$6.2 billion", period_start="2024-01", period_end="2024-12"),
    # a headline figure with no period is the body's same figure (amount, flow, countries), of its period
    case("Korea posts $8 billion surplus with Vietnam\n\nSEOUL, May 2, 2025 - South Korea's trade surplus with "
         "Vietnam reached US$8 billion in the first quarter, customs data showed.", "$8 billion", 2,
         period_start="2025-01", period_end="2025-03"),
    # guard: "current" before the amount, with no period after it, still names none
    case("ADDIS ABABA, Aug 20, 2025 - Ethiopia's current $300 million of exports to Djibouti is too low, the "
         "minister said.", "$300 million", period_start=EMPTY),
    # "the same period last year" with no figure to compare with: a year before the period reported last
    case("NAIROBI, Aug 20, 2025 - Kenya's tea exports grew strongly in the concluded fiscal year, the ministry "
         "said. Over $1.2 billion was earned from tea exports to Pakistan during the same period last year.",
         "$1.2 billion", period_start="2023-07", period_end="2024-06"),
    # guards: a bare "the previous year" is left alone; a target's year is no reported period
    case("NAIROBI, Aug 20, 2025 - Kenya's tea exports grew strongly in the concluded fiscal year, the ministry "
         "said. Tea exports to Pakistan were $1.1 billion in the previous year.", "$1.1 billion",
         period_start=EMPTY),
    case("NAIROBI, Aug 20, 2025 - Kenya expects tea exports to reach $2 billion in the current fiscal year. Over "
         "$1.2 billion was earned from tea exports to Pakistan during the same period last year.", "$1.2 billion",
         2, period_start=EMPTY),
]

# --------------------------------------------------------------------------
# Status: reported values, forecasts, targets.
# --------------------------------------------------------------------------
STATUS = [
    # "bring in" is to earn, not the aim of "bring trade to": after "expect" the figure is a forecast, and
    # "a year by 2030" is a yearly rate reached in 2030
    case("LIMA, Aug 1, 2025 - Analysts expect Peru's copper exports to bring in $30 billion a year by 2030.",
         "$30 billion", status="forecast", period_start="2030-01", period_end="2030-12"),
    # ... and alone it reports what was earned
    case("Chile's wine exports to China bring in $300 million a year.", "$300 million", status="actual",
         period_start=EMPTY),
    # "well on the way to" a figure is where the flow is heading
    case("Ghana is well on the way to exceeding $5 billion in cocoa exports to Europe.", "$5 billion",
         status="forecast"),
    # a second object of "expects" shares its verb: "..., and full-year imports to top $X"
    case("The central bank expects imports this quarter to rise 4 to 5 percent, and full-year imports to top "
         "$95 billion.", "$95 billion", status="forecast"),
    # a condition after the figure is when it must hold, not the figure's period
    case("LIMA, Aug 1, 2025 - Exports to Chile are expected to reach $10 billion, provided orders hold up in the "
         "fourth quarter.", "$10 billion", status="forecast", period_start=EMPTY),
    # a forecast made back then stays one, even for a period that has ended
    case("LIMA, Oct 2, 2025 - The ministry had projected that exports to Chile would exceed $11 billion in 2024.",
         "$11 billion", status="forecast"),
    # a forecaster "projects" a flow
    case("LIMA, Aug 1, 2025 - The ministry projects exports to Chile of $17 billion this year.", "$17 billion",
         status="forecast"),
    # a condition right after the figure: what would happen, not what did, whatever year it takes
    case("LIMA, Sep 15, 2025 - Last year, trade with Chile reached $6 billion. Exporters stand to lose as much as "
         "$90 million if the border stays shut until the end of the year.", "$90 million", 2, status="forecast"),
    case("Exports to Chile were $900 million in 2024, even if officials dispute the figure.", "$900 million",
         status="actual"),
    # "stand to" looks ahead; "as much as" opens no clause that would hide it
    case("Peruvian exporters stand to lose as much as $90 million if the border stays shut.", "$90 million",
         status="forecast"),
    # a modal before any verb looks ahead: "will stay", "may cross"; "May" is the month
    case("Chile-Peru trade may cross $6 billion this year, the minister said.", "$6 billion", status="forecast"),
    case("Analysts say trade with Peru will stay in the $4-5 billion range in 2026.", "$4-5 billion",
         status="forecast"),
    case("In May exports to Peru were $400 million.", "$400 million", status="actual"),
    # a goal given as a label: "a clear target: $15 billion"
    case("Chile's exports to Peru were $3 billion in 2024. The leaders set one clear goal: $10 billion in annual "
         "trade between Chile and Peru.", "$10 billion", 2, status="target"),
    # what a deal saves, or adds to a flow, is not the flow
    case("Chile's exports to Peru were $3 billion in 2024. The ministry expects the pact will save exporters "
         "$40 million a year.", "$40 million", 2, metric="other"),
    case("Chile's wine exports to Peru were $48 million in 2024, and the vintners hope the pact can add $20 "
         "million to their exports.", "$20 million", 2, metric="other"),
    case("Secex projects bilateral trade between Argentina and Brazil will recover to around US$ 30 billion "
         "in 2025.", "US$ 30 billion", status="forecast", metric="trade_total"),
    # what forecasters had expected, and what a ministry projects, are forecasts
    case("Economists had expected Canada's deficit with the world to be $1.5 billion in April 2025.",
         "$1.5 billion", status="forecast", metric="trade_balance"),
    case("The ministry projects a surplus of US$60 billion for Brazil in 2025.",
         "US$60 billion", status="forecast", metric="trade_balance"),
    # "projects" as a noun is not a forecast
    case("Japanese investment projects in Vietnam were worth $2.4 billion in 2024.",
         "$2.4 billion", status="actual", metric="investment"),
    case("The two sides agreed to strive to lift bilateral trade between Vietnam and Indonesia to $18 billion "
         "before 2028.", "$18 billion", status="target", metric="trade_total"),
    case("Exports to China lifted to $5 billion in 2024.", "$5 billion", status="actual"),
    # "lost $X in trade with" is a deficit; a quote's speaker is in its own sentence, not the next paragraph
    case('Claim: President Trump said on Tuesday that the United States "lost $1 trillion a year" in trade '
         'with China.\n\nVerdict: False. According to the Census Bureau, the deficit was $295.4 billion in 2024.',
         "$1 trillion", 2, metric="trade_balance", value=-1e12, attributed_to="President Trump"),
    case("Combining goods and services, the U.S. deficit with China was $263 billion in 2024, since the U.S. "
         "ran a services surplus of about $32 billion with China.", "$32 billion", 2, scope="services"),
    # a forecast named to compare with: same quantity and period as the reported figure
    case("Exports to China hit a record $12 billion in 2024, beating the $10 billion forecast by the ministry.",
         "$10 billion", 2, status="forecast", metric="exports", period_label="2024"),
    case("Malaysia's total trade rose to RM2.881 trillion in 2024, exceeding the RM2.8 trillion projected "
         "under the Budget 2024.", "RM2.8 trillion", 2, status="forecast", metric="trade_total",
         period_label="2024"),
    case("Turkey-Iraq trade is expected to reach $25 billion in 2026.",
         "$25 billion", status="forecast"),
    case("Exports from Indonesia to Malaysia are projected at $14 billion for 2025.",
         "$14 billion", status="forecast"),
    case("Trade between Uzbekistan and Kazakhstan will reach $5 billion next year, the minister said.",
         "$5 billion", status="forecast"),
    case("Economists forecast Egypt's imports from Russia at $5 billion in 2025.",
         "$5 billion", status="forecast"),
    case("Pakistan and China set a target of $30 billion in bilateral trade.",
         "$30 billion", status="target"),
    case("Kenya and Uganda aim to raise bilateral trade to $5 billion by 2027.",
         "$5 billion", status="target"),
    case("The goal is $100 billion in Russia-Turkey trade by 2030, Ankara says.",
         "$100 billion", status="target"),
    case("Belarus and Russia plan to raise mutual trade to $60 billion by 2030.",
         "$60 billion", status="target"),
    case("Saudi-India trade reached $43 billion in 2024.",
         "$43 billion", status="actual"),
    case("Egypt's imports from Turkey dipped to $3.3 bln, bringing total trade to some $6.9 bln in 2024.",
         "$6.9 bln", 2, status="actual"),
    case("Analysts expect Polish exports to Ukraine to exceed 15 bln euros in 2025.",
         "15 bln euros", status="forecast"),
    case("Economists anticipate Chile's copper exports to China at $30 billion next year.",
         "$30 billion", status="forecast"),
    case("Brazil's exports to China totalled $94 billion in 2024, up from a year earlier.",
         "$94 billion", status="actual"),
    # a clause that says when a year ends does not make it a past one: the year that ends next June
    case("SYDNEY, Nov 19, 2025 - Westpac expects Australia's exports to India to reach about A$30 billion for the "
         "full financial year, which ends in June.", "A$30 billion", status="forecast", period_start="2025-07",
         period_end="2026-06"),
    case("SYDNEY, Aug 19, 2025 - Australia's exports to India reached A$30 billion in the financial year, which "
         "ended in June.", "A$30 billion", status="actual", period_start="2024-07", period_end="2025-06"),
    # a rate after a verb of foreseeing is a forecast too, and so is the value it comes with
    case("CAIRO, Nov 6, 2025 - The ministry now expects Egypt's exports to grow 10-12% this year, worth "
         "$48-50 billion.", "$48-50 billion", status="forecast"),
    case("CAIRO, Nov 6, 2025 - Egypt's exports rose 10% to reach $45 billion in 2024.", "$45 billion",
         status="actual"),
]

# --------------------------------------------------------------------------
# Attribution: who the text credits for the figure.
# --------------------------------------------------------------------------
ATTRIBUTION = [
    # a country's office named by a common noun speaks for that country
    case("Ghana's customs authority put trade with Togo at $410 million in 2024.", "$410 million",
         attributed_to="Ghana's customs authority", reporter="GHA"),
    case("Brazil's trade department said exports to Chile reached $6.2 billion in 2024.", "$6.2 billion",
         attributed_to="Brazil's trade department", reporter="BRA"),
    # a date between a source and its verb is not the source; a role before a speaker's name is not the name
    case("Chile's exports to Peru rose to $3.4 billion in 2024, Prochile data released in March showed.",
         "$3.4 billion", attributed_to="Prochile data"),
    case("Chile's exports to Peru will reach $3.6 billion in 2026, said Santiago-based trade analyst Ana Ruiz.",
         "$3.6 billion", attributed_to="Ana Ruiz"),
    case("Chile's exports to Peru were $3.4 billion in 2024, SUNAT figures show.", "$3.4 billion",
         attributed_to="SUNAT figures"),
    # "the ministry" points back to the ministry named before; with none named it credits no one
    case("Korea's exports to Peru fell 3% in May, the Trade Ministry said on Monday.\n\nIn January-May, "
         "exports to Peru totaled $610 million, the ministry said earlier.", "$610 million",
         attributed_to="Trade Ministry"),
    case("The ministry said Korea's exports to Peru were $1.3 billion in 2024.", "$1.3 billion", attributed_to=""),
    # ... named in the lead paragraph, however far up; the lead's credit does not spread to uncredited figures
    case("Peru's exports grew in 2024, according to the Ministry of Foreign Trade and Tourism.\n\nA forum met in "
         "Lima.\n\nThe mood was good.\n\nExports to Chile were $3 billion in 2024, according to the ministry.",
         "$3 billion", attributed_to="Ministry of Foreign Trade and Tourism"),
    case("Peru's sales abroad grew in 2024, according to the Ministry of Foreign Trade and Tourism.\n\nA forum "
         "met in Lima.\n\nThe mood was good.\n\nExports to Chile were $3 billion in 2024.",
         "$3 billion", attributed_to=EMPTY),
    # an adverb between the source and its verb; figures "cited by" a source are its figures
    case("The Trade Ministry earlier said that Korea's exports to Peru reached $1.3 billion in 2024.",
         "$1.3 billion", attributed_to="Trade Ministry"),
    case("In 2023, Korea's exports to Peru totaled $1.1 billion, according to figures cited by the Trade "
         "Ministry.", "$1.1 billion", attributed_to="Trade Ministry"),
    # ", he said": the speaker just named
    case("Korea's exports to Peru were $1.3 billion in 2024, Trade Minister Min Park said. Cars made up "
         "$400 million of that, he said.", "$400 million", 2, attributed_to="Trade Minister Min Park"),
    # a source described by a possessive apposition
    case("Shinhan, Korea's second-largest bank, expects exports to Peru to reach $1.5 billion in 2025.",
         "$1.5 billion", attributed_to="Shinhan"),
    # who told a news agency is the source, not the agency told; an apposition may stand between
    case("Hamid Hosseini, a member of the Iran-Iraq Chamber of Commerce, told IRNA that Iran's exports to Iraq "
         "reached $12.4 billion in 2024.", "$12.4 billion", attributed_to="Hamid Hosseini"),
    case("Iran's exports to Iraq reached $12.4 billion in 2024, Hamid Hosseini told IRNA.", "$12.4 billion",
         attributed_to="Hamid Hosseini"),
    # a short form the article spelt out before is credited by its full name; one never spelt out stays
    case("Peru's exports rose in 2024, the Central Reserve Bank of Peru (CRBP) said.\n\nExports to Chile "
         "reached $3 billion in 2024, CRBP data showed.", "$3 billion",
         attributed_to="Central Reserve Bank of Peru (CRBP)"),
    case("Peru's exports rose in 2024, Peru's central bank (BCRP) said.\n\nExports to Chile reached $3 billion "
         "in 2024, BCRP data showed.", "$3 billion", attributed_to="BCRP data"),
    # what makes figures known: "disclosed", "revealed", "added that"; figures that are only new name no one
    case("Luis Soto disclosed that Peru exported $2.1 billion of copper to Chile in 2024.", "$2.1 billion",
         attributed_to="Luis Soto"),
    case("Ana Lima added that Chile's exports to Peru reached $3.4 billion in 2024.", "$3.4 billion",
         attributed_to="Ana Lima"),
    case("Chile's exports to Peru were $3.4 billion in 2024, INE data revealed.", "$3.4 billion",
         attributed_to="INE data"),
    case("New figures released on Monday revealed that Chile's exports to Peru were $3.4 billion in 2024.",
         "$3.4 billion", attributed_to=EMPTY),
    case("Chile's copper sales added $3.4 billion to its exports to Peru in 2024.", "$3.4 billion",
         attributed_to=EMPTY),
    # an envoy's post between the title and the name; a post with no name after it credits no one
    case("Chile's trade with Peru will exceed $5 billion in 2025, the country's Ambassador in Santiago Luis Soto "
         "told Andina.", "$5 billion", attributed_to="Ambassador in Santiago Luis Soto"),
    case("Chile's trade with Peru will exceed $5 billion in 2025, the ambassador in New Delhi said.",
         "$5 billion", attributed_to=EMPTY),
    # French and Spanish particles inside an office's name; a Moroccan article's dirhams are Moroccan
    case("Morocco's imports from Spain reached 152.3 billion dirhams in 2024, the Office des Changes said.",
         "152.3 billion dirhams", attributed_to="Office des Changes", currency="MAD"),
    case("UK exports to Canada were £15 billion in 2023, according to the Department for Business and Trade.",
         "£15 billion", attributed_to="Department for Business and Trade"),
    case("Imports from Norway were £30 billion in 2023, the Office for National Statistics said.",
         "£30 billion", attributed_to="Office for National Statistics"),
    # "..., the data showed" in a later paragraph: the source named last
    case("Polish exports to Ukraine jumped to 13.6 bln euros in 2023, the statistics office GUS said.\n"
         "Imports from Ukraine fell 9 pct to 5.2 bln euros, the data showed.",
         "5.2 bln euros", 2, attributed_to="GUS"),
    # "the report also shows" points back to the source named last, as "the data showed" does
    case("Chile's exports to Peru reached $3 billion in 2024, according to the Chilean Customs Service.\n\n"
         "The report also shows that imports from Peru were $2 billion in 2024.", "$2 billion", 2,
         attributed_to="Chilean Customs Service"),
    case("Chile's exports to Peru slowed in 2024.\n\nThe report also shows that imports from Peru were "
         "$2 billion in 2024.", "$2 billion", attributed_to=EMPTY),
    # a speaker credited after the quote by a verb of explaining or reporting, full name or surname
    case("“Hungary's exports to Norway reached 4.2 billion euros in 2024”, explains Lena Varga, head of the "
         "Hungarian trade council.", "4.2 billion euros", attributed_to="Lena Varga"),
    case("Hungary sells machines to Norway. “The surplus came to 1.1 billion euros in 2024”, reports Varga.",
         "1.1 billion euros", attributed_to="Varga"),
    # (guard: a verb with no name after it credits no one)
    case("Hungary's exports to Norway rose to 4.2 billion euros in 2024, reported on Tuesday.",
         "4.2 billion euros", attributed_to=EMPTY),
    # a month with no year compared with "the same month in" a year is the month of the year after (undated)
    case("The value of Chile's copper exports to Japan in March was almost $2.4 billion, up 35% compared to the "
         "same month in 2022.", "$2.4 billion", period_start="2023-03", period_end="2023-03"),
    # (guard: a month whose own words state the year keeps it)
    case("Chile's copper exports to Japan in March 2022 were $2.4 billion, up 35% compared to the same month in "
         "2021.", "$2.4 billion", period_start="2022-03", period_end="2022-03"),
    # (guard: the comparison of a later figure in the sentence is not this figure's)
    case("Chile's exports to Japan were $2.4 billion in 2022, and imports in March were $300 million, down 5% "
         "from the same month in 2022.", "$2.4 billion", 2, period_start="2022-01", period_end="2022-12"),
    # "said that in 2024 overall exports ...": the year after "in" dates the figure, it is no event's year
    case("The bureau said that in 2023 overall exports of Chilean wine to Japan rose to just under $3bn.",
         "$3bn", period_start="2023-01", period_end="2023-12"),
    # (guard: "that 2023 harvest" is an event's year, not the figure's period)
    case("Chile said that 2023 harvest lifted its wine exports to Japan to $3bn in 2024.",
         "$3bn", period_start="2024-01", period_end="2024-12"),
    # a dateline's day on a line ending in a colon is when the piece was written: the lead's period holds
    case("Peru buys more from Chile\nAndina, June 3, 2023 Print this page:\nMore than half of Peru's imports came "
         "from Chile during the first five months of 2023, the minister said.\nHe spoke in Lima.\nImports from "
         "Chile reached 12.5 billion soles.", "12.5 billion soles", period_start="2023-01", period_end="2023-05"),
    # a speaker by title alone stands for the person the text named with that title
    case("Peruvian Minister of Trade Ana Quispe said on Friday that trade was growing.\nThe surplus stood at "
         "$1.2 billion in 2023, said the Peruvian minister of trade.", "$1.2 billion",
         attributed_to="Peruvian Minister of Trade Ana Quispe"),
    case("Peruvian Minister of Trade Ana Quispe said on Friday that trade was growing.\nAccording to the "
         "minister, exports to Chile reached $2.6 billion in 2023.", "$2.6 billion",
         attributed_to="Peruvian Minister of Trade Ana Quispe"),
    # (guard: a title no one was named with credits no one)
    case("Exports to Chile reached $2.6 billion in 2023, said the Peruvian minister of trade.", "$2.6 billion",
         attributed_to=EMPTY),
    # an embassy with its host country; "the embassy posted on" its channel is the same office
    case('Laos sold goods to Japan, the Japanese Embassy in Laos said Friday."Laos exported $940 million to Japan '
         'in 2024," the embassy posted on Facebook.', "$940 million", attributed_to="Japanese Embassy in Laos"),
    case("Trade between Laos and Japan reached $2 billion in 2024, the Japanese Embassy in Laos said Friday.",
         "$2 billion", attributed_to="Japanese Embassy in Laos"),
    # "he added" stands for the speaker named before, not for a nationality that opened a noun phrase
    case("Luis Soto highlighted Peruvian projects in Chile, which attracted about $2 billion. Peru's exports to "
         "Chile were $3.1 billion in 2024, he added.", "$3.1 billion", 2, attributed_to="Luis Soto"),
    case("Kazakhstan's exports to Uzbekistan reached $2.4 billion in 2024, according to the "
         "Bureau of National Statistics.",
         "$2.4 billion", attributed_to="Bureau of National Statistics"),
    case("Trade with Russia reached $7.2 billion in 2024, Egypt's trade minister said.",
         "$7.2 billion", attributed_to="Egypt's trade minister"),
    case("Egypt's trade with Russia reached $7.2 billion in 2024, Trade Minister Ahmed Kamal said.",
         "$7.2 billion", attributed_to="Trade Minister Ahmed Kamal"),
    case("Exports to Uganda were $122 million in 2023, the Kenya National Bureau of Statistics said.",
         "$122 million", attributed_to="Kenya National Bureau of Statistics"),
    # a quote's speaker named right after it, even in a quote of two sentences; never a source two paragraphs up
    case("Data from the U.S. Census Bureau show the deficit with Peru was small.\n\nPeru's trade is tiny.\n\n"
         "“He makes these numbers up, $100 billion one day. It is a game show,” said Ana Ruiz, an economist.",
         "$100 billion", attributed_to="Ana Ruiz"),
    case("Japan's exports to Vietnam were $22 billion in 2024, Japan's customs said.",
         "$22 billion", attributed_to="Japan's customs", period_start="2024-01"),
    case("Japan's exports to Vietnam were $22 billion in 2024, Japan's Ministry of Finance said.",
         "$22 billion", attributed_to="Japan's Ministry of Finance"),
    case("Data from the Turkish Statistical Institute show exports to Iraq reached $13 billion in 2024.",
         "$13 billion", attributed_to="Turkish Statistical Institute"),
    case("China's imports from Brazil hit $122 billion in 2024, Xinhua reported, citing the General "
         "Administration of Customs.",
         "$122 billion", attributed_to="General Administration of Customs"),
    case("Vietnam's exports to Japan reached $24.6 billion in 2024, according to Vietnam Customs.",
         "$24.6 billion", attributed_to="Vietnam Customs"),
    case("Japan's exports to Australia reached $17 billion in 2024.",
         "$17 billion", attributed_to=EMPTY),
    # "said TITLE, NAME": the name in apposition is the speaker; a title with no name after it stays
    case("Chile's exports to Peru reached $3.1 billion in 2024, said Peru's Ambassador to Chile, Ana Ruiz.",
         "$3.1 billion", attributed_to="Ana Ruiz"),
    case("Peru's trade with Chile topped $5 billion in 2024, said Minister at the Peruvian Embassy in Chile, "
         "Luis Soto Vega.", "$5 billion", attributed_to="Luis Soto Vega"),
    case("Peru's trade with Chile topped $5 billion in 2024, said Chile's Trade Minister, who visited Lima.",
         "$5 billion", attributed_to="Chile's Trade Minister"),
    # an aside between the speaker and the verb; "put <what> at"; a plural of nobody in particular
    case("Chile's trade with Peru was $4.1 billion in 2024. Peruvian Trade Minister Ana Ruiz, however, told "
         "Andina that trade with Chile had reached $4.6 billion in 2024.", "$4.6 billion", 2,
         attributed_to="Peruvian Trade Minister Ana Ruiz"),
    case("The National Statistics Office put bilateral trade between Chile and Peru at $4.1 billion for 2024.",
         "$4.1 billion", attributed_to="National Statistics Office"),
    case("Officials put bilateral trade between Chile and Peru at $4.1 billion for 2024.",
         "$4.1 billion", attributed_to=EMPTY),
    # a pronoun is the one credited just before, or no one
    case("Trade with Brazil grew, Foreign Minister Ana Lima said. She said exports to Brazil hit $3 billion "
         "in 2024.", "$3 billion", attributed_to="Foreign Minister Ana Lima"),
    case("Exports slowed in the spring. He estimates exports to Brazil will reach $3 billion in 2026.",
         "$3 billion", attributed_to=EMPTY),
    # ', he said' after a quote: the one credited just before the quote opened, however long the quote
    case("Exports to Brazil rose in 2024, Trade Minister Ana Lima said.\n\n“Sales of beef alone were $900 million "
         "in 2024,” she said.", "$900 million", attributed_to="Trade Minister Ana Lima"),
    case("Chile's trade with Peru grew 8% in 2024, Trade Minister Ana Lima told reporters.\n\n\"Trade passed "
         "$6 billion for the first time in 2024. Copper led. We are pleased,\" she stated.",
         "$6 billion", attributed_to="Trade Minister Ana Lima"),
    case("Trade Minister Ana Lima said on Monday that talks went well. Markets rose. Prices fell.\n\n"
         "\"Sales to Brazil reached $3 billion in 2024,\" he said.", "$3 billion", attributed_to=EMPTY),
    # whose statistics: a named agency's country; with none, the national money a figure is counted in
    # (and its conversion), never the dollar
    case("Uganda's trade with Rwanda reached USh1.9 trillion ($510 million) in 2024.", "$510 million", 2,
         attributed_to=EMPTY, reporter="UGA"),
    case("Uganda's trade with Rwanda reached $510 million in 2024.", "$510 million", attributed_to=EMPTY,
         reporter=EMPTY),
    case("Uganda's trade with Rwanda reached USh1.9 trillion in 2024, Rwanda's statistics institute said.",
         "USh1.9 trillion", reporter="RWA"),
    case("Canada's exports to Mexico rose to US$40.1 billion in 2024.", "US$40.1 billion", reporter=EMPTY),
]

ALL_CASES = (
    CURRENCY + SCALE + NUMBERS + RANGES + CONVERSIONS + QUALIFIERS + NOT_MONEY
    + METRICS + COUNTRIES + PERIODS + STATUS + ATTRIBUTION
)


@pytest.mark.parametrize(("text", "surface", "n", "expect"), ALL_CASES)
def test_stated(text: str, surface: str, n: int, expect: dict[str, Any]) -> None:
    df = stated(text)
    assert len(df) == n, f"want {n} money rows, got {list(df['surface'])}"
    if not surface:
        return
    row = one(text, surface)
    assert text[row["start"]:row["end"]] == surface
    check_fields(row, expect)


# --------------------------------------------------------------------------
# Derived rows: a growth rate implies the figure for the comparison period.
# (text, growth, expected derived value, comparison period start, end)
# --------------------------------------------------------------------------
def dcase(text: str, growth: str, value: float, start: str, end: str, *, base: str = "", n: int = 1,
          xfail: str = "") -> Any:
    """``growth`` in ``text`` implies ``value`` for ``start``..``end``; ``base`` is the stated figure it
    comes from when the sentence states ``n`` > 1 figures."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, growth, value, start, end, base, n, id=short(text), marks=marks)


DERIVED = [
    # a change compared with another ("sharper still", "even faster"), its rate in a bracket or after a comma
    dcase("Chile's imports from Peru were down sharper still (3.5%) to $2 billion in 2024.",
          "down sharper still (3.5%)", 2e9 / 0.965, "2023-01", "2023-12"),
    dcase("Chile's imports from Peru fell even faster, by 3.5%, to $2 billion in 2024.",
          "fell even faster, by 3.5%", 2e9 / 0.965, "2023-01", "2023-12"),
    # guard: a rate's own span named without its year, as long as the figure's, may still be the figure's
    dcase("Peru's exports to Japan were $820 million in March 2023. In March they were 6% higher than a year "
          "before.", "6% higher", 820e6 / 1.06, "2022-03", "2022-03"),
    # the change as an amount and then as a rate: the rate leads to the level after "to"
    dcase("In 2024 Norway's exports to Chile rose by $0.8 billion, or 9 percent, to $9.7 billion.",
          "or 9 percent", 9.7e9 / 1.09, "2023-01", "2023-12", base="$9.7 billion", n=2),
    dcase("In 2024 Norway's salmon exports to Chile grew by 1.2bn or 15% to nearly €9bn.", "or 15%",
          9e9 / 1.15, "2023-01", "2023-12"),
    # "a plus of 14.2%" (the noun of change of German business English), with a word of wonder before the rate
    dcase("Austria exported goods worth 2.6 billion euros to Korea in 2024. That is a plus of remarkable 14.2% "
          "year-on-year.", "a plus of remarkable 14.2%", 2.6e9 / 1.142, "2023-01", "2023-12"),
    dcase("Chile's exports to Peru rose a whopping 25% to $2 billion in 2024.", "rose a whopping 25%", 2e9 / 1.25,
          "2023-01", "2023-12"),
    # a wire list's rate in a bracket right after its figure is that figure's, not the next item's
    dcase("In 2024 Peru sold goods to Kenya worth US$1.25 billion (-12.5%) and bought goods from Kenya amounting to "
          "US$3.4 billion.", "-12.5%", 1.25e9 / 0.875, "2023-01", "2023-12", base="US$1.25 billion", n=2),
    # guard: a change amount before the bracket leaves its rate to the level after "to"
    dcase("In 2024 Peru's exports to Kenya rose by $0.5 billion (+12.5%) to $4.5 billion.", "+12.5%",
          4.5e9 / 1.125, "2023-01", "2023-12", base="$4.5 billion", n=2),
    # the base of "the same month in 2022" after a yearless March compared with it: March 2022
    dcase("The value of Chile's copper exports to Japan in March was $2.4 billion, up 20% compared to the same "
          "month in 2022.", "up 20%", 2.4e9 / 1.2, "2022-03", "2022-03"),
    # (guard: a pronoun's share goes on with the figure before, and so does its rate)
    dcase("Peru's exports to Korea totaled $4 billion in 2024. They represented 30% of Peru's sales to Asia, "
          "an increase of 22.1%.", "increase of 22.1%", 4e9 / 1.221, "2023-01", "2023-12"),
    # a rate before "from A to B" leads to B, the later figure; A is its base
    dcase("Kenya's exports to the world recorded an increase of 8.5 percent in 2024, from US $7.1 billion to "
          "US $7.7 billion.", "increase of 8.5 percent", 7.7e9 / 1.085, "2023-01", "2023-12", base="US $7.7 billion",
          n=2),
    # the rate's base in a bare year, for a part of a later year: the same months of that year
    dcase("Kenya's exports to Egypt in the first five months of 2024 grew 12 per cent to $310 million from "
          "$277 million in 2023.", "grew 12 per cent", 310e6 / 1.12, "2023-01", "2023-05", base="$310 million",
          n=2),
    # guard: the same flow in an earlier year is growth ("than exports in 2023")
    dcase("Peru's exports to Chile were $2.2 billion in 2024, 10% higher than exports in 2023.", "10% higher",
          2.2e9 / 1.1, "2023-01", "2023-12"),
    # a rate before "with <another subject> reaching $X" belongs to the figure before it
    dcase("Tea exports from Kenya to Egypt in 2023 came in at $410 million, rising 12 per cent compared to 2022 "
          "with bilateral trade reaching nearly $1.3 billion.", "rising 12 per cent", 410e6 / 1.12, "2022-01",
          "2022-12", base="$410 million", n=2),
    # "This is $X or N% more than": the rate is the difference's, and grows the figure before
    dcase("Uruguay's exports to Paraguay were $412 million in 2024. This is $18.4 million or 4.7 percent more "
          "than in 2023.", "4.7 percent more", 412e6 / 1.047, "2023-01", "2023-12", base="$412 million", n=2),
    # a rate set off by a comma after its noun: "an increase, by almost 24.5%"
    dcase("In 2023, trade between Peru and Ecuador was $3.6 billion, which is a notable increase, by almost 12.5%.",
          "increase, by almost 12.5%", 3.6e9 / 1.125, "2022-01", "2022-12"),
    # guard: the next sentence's rate of the same product
    dcase("Exports of tablets from Vietnam to Peru rose to $84 million in 2023. Tablets exports were up 40% on "
          "the year.", "up 40%", 84e6 / 1.4, "2022-01", "2022-12"),
    # a rate written in words
    dcase("Chile's imports from Korea were $1.1 billion in 2024. This was a nine percent increase on the year before.",
          "nine percent increase", 1.1e9 / 1.09, "2023-01", "2023-12"),
    dcase("Peru's exports to Spain rose twenty-five per cent to $1.5 billion in 2024.",
          "rose twenty-five per cent", 1.5e9 / 1.25, "2023-01", "2023-12"),
    # more change words: "expanding by", "an upsurge by"; the rate may follow a threshold figure
    dcase("Chile's exports to Japan passed the $5 billion mark, expanding by 8% to $5.4 billion in 2024.",
          "expanding by 8%", 5.4e9 / 1.08, "2023-01", "2023-12", base="$5.4 billion", n=2),
    dcase("In 2024, Chile's trade with Peru had an upsurge by 12% and reached $4.5 billion.", "upsurge by 12%",
          4.5e9 / 1.12, "2023-01", "2023-12"),
    # a rate of value beside one of weight: only the value's derives (guard for the quantity rule)
    dcase("Chile's imports from Korea were worth $1.1 billion in 2024, a 10 percent increase in value and a 30 "
          "percent increase in weight.", "10 percent increase", 1.1e9 / 1.1, "2023-01", "2023-12"),
    # a base period after a second rate is that rate's: the year-on-year rate keeps a year before
    dcase("Peru's exports to Chile rose at a slower pace of 2.5% to $3.3 billion in 2024.",
          "rose at a slower pace of 2.5%", 3.3e9 / 1.025, "2023-01", "2023-12"),
    # a comparative after the rate is growth; the level the sentence recalls ("when it stood at") is the base
    dcase("Peru's deficit with Chile was $2.6 billion in 2024. That was 12.5% wider than in 2023, when the gap "
          "stood at $2.3 billion.", "12.5% wider", -2.6e9 / 1.125, "2023-01", "2023-12", n=2),
    dcase("Peru's exports to Chile were $3.3 billion in 2024, 10% larger than a year earlier.", "10% larger",
          3.3e9 / 1.1, "2023-01", "2023-12"),
    # "excluding copper" takes copper out of what grew: copper's level did not grow by that rate
    dcase("Peru's copper exports jumped 40% to $2.1 billion in September 2025. Excluding copper, exports rose "
          "3.1% in the month.", "jumped 40%", 2.1e9 / 1.4, "2024-09", "2024-09"),
    # a total with something taken out, and its rate, in one sentence
    dcase("Excluding copper, Peru's exports rose 3.1% to $4 billion in September 2025.", "rose 3.1%",
          4e9 / 1.031, "2024-09", "2024-09"),
    # "in yuan terms" says how it is measured; the yuan is not what fell
    dcase("China's imports from Russia in yuan terms fell 3.4 percent to 930 billion yuan in 2024.",
          "fell 3.4 percent", 930e9 / 0.966, "2023-01", "2023-12"),
    # "its lowest since 2010" is about the level, not the base of the fall
    dcase("U.S. trade with China fell 17% to $575 billion in 2023, its lowest level since 2010.",
          "fell 17%", 575e9 / 0.83, "2022-01", "2022-12"),
    # a rate in a sentence of its own belongs to the figure before whose subject it names, not to the last one
    dcase("KYIV, Oct 20, 2025 - In January-September 2025, Ukraine's exports to Hungary amounted to USD 3.1 billion, "
          "and imports from Hungary to USD 5.8 billion. Compared to a year earlier, exports to Hungary fell 12%.",
          "fell 12%", 3.1e9 / 0.88, "2024-01", "2024-09", base="USD 3.1 billion", n=2),
    # a multiple after a fall: the earlier value was that multiple of this one
    dcase("Armenia's exports to Poland decreased by 1.4 times to USD 3.1 million in 2024.",
          "1.4 times", 3.1e6 * 1.4, "2023-01", "2023-12"),
    dcase("Georgia's imports of fuel from Romania fell 2-fold to USD 640 million in 2024.",
          "2-fold", 640e6 * 2, "2023-01", "2023-12"),
    # decimal multiples, as Trend, Azertac and TASS write them
    dcase("Azerbaijan's trade with Georgia grew 1.5-fold to $1.2 billion in 2023.",
          "1.5-fold", 0.8e9, "2022-01", "2022-12"),
    # a multiple of a move from a dated level to a later one spans the whole stretch, not the year before
    # guard: the same metric through a clause break keeps its rate
    dcase("Peru's exports to Chile, its second market, rose 6.2%, reaching $940 million in 2024.",
          "rose 6.2%", 940e6 / 1.062, "2023-01", "2023-12"),
    dcase("Chile's trade with Vietnam, which stood at $40 million in 1998, soared to $2 billion in 2023, "
          "marking a 50-fold increase.", "50-fold", 2e9 / 50, "1998-01", "1998-12", base="$2 billion", n=2),
    # guard: a level of another metric is no starting point ("imports ... exports rose to")
    dcase("Chile's imports from Vietnam were $40 million in 2019, while its exports to Vietnam rose to $2 billion "
          "in 2023, up 10%.", "up 10%", 2e9 / 1.1, "2022-01", "2022-12", base="$2 billion", n=2),
    dcase("Azerbaijan's exports to Italy totaled $10.2 billion in 2023, having increased by 1.5 times "
          "compared to 2022.", "1.5 times", 6.8e9, "2022-01", "2022-12"),
    # a signed rate after the figure, in brackets or with y/y
    dcase("Kazakh exports to Uzbekistan reached $2.9bn (+12% y/y) in 2023.",
          "+12% y/y", 2.9e9 / 1.12, "2022-01", "2022-12"),
    dcase("Chile's imports from Peru were $1.5bn (-4%) in 2024.",
          "-4%", 1.5e9 / 0.96, "2023-01", "2023-12"),
    dcase("Egypt's imports from Russia rose 12.5% to $4.5 billion in 2024.",
          "12.5%", 4.5e9 / 1.125, "2023-01", "2023-12"),
    dcase("Exports from Canada to Mexico hit C$9.8 billion in 2024, a 20% year-on-year increase.",
          "20%", 9.8e9 / 1.2, "2023-01", "2023-12"),
    dcase("Belarus-Russia trade fell by 30% to $28 billion in 2023.",
          "30%", 28e9 / 0.7, "2022-01", "2022-12"),
    dcase("Saudi exports to India doubled to $42 billion in 2022.",
          "doubled", 21e9, "2021-01", "2021-12"),
    dcase("Uzbekistan's exports to Kazakhstan reached $141.8 million in January-March 2025, "
          "7.3% higher than the same period in 2024.",
          "7.3%", 141.8e6 / 1.073, "2024-01", "2024-03"),
    dcase("Kenya's exports to Uganda were $1.02 billion in 2024, down 15% from a year earlier.",
          "15%", 1.02e9 / 0.85, "2023-01", "2023-12"),
    dcase("Japan's imports from Australia grew by 8.4 percent to $52 billion in 2023.",
          "8.4 percent", 52e9 / 1.084, "2022-01", "2022-12"),
    dcase("Chile's exports to Japan recovered 3.4 per cent to $6.6 billion in 2025.", "recovered 3.4 per cent",
          6.6e9 / 1.034, "2024-01", "2024-12"),
    # the change as an amount in brackets between the rate and its comparative
    dcase("U.S. exports of services to Peru were $7.8 billion in 2024, 5.9 percent ($430 million) more than "
          "2023 levels.", "5.9 percent ($430 million) more", 7.8e9 / 1.059, "2023-01", "2023-12",
          base="$7.8 billion", n=2),
    # "imports from Peru totaled ...": the 'from' names the origin, so 2024 is the level's year, not a base
    dcase("U.S. imports from Peru totaled $16.3 billion in 2024, up 11.4 percent from 2023.",
          "11.4 percent", 16.3e9 / 1.114, "2023-01", "2023-12"),
    dcase("Indonesia-Malaysia trade jumped 45% year on year to $9.1 billion in January-October 2025.",
          "45%", 9.1e9 / 1.45, "2024-01", "2024-10"),
    dcase("Pakistan's exports to China declined 4.2% to $2.6 billion in 2024 compared with 2023.",
          "4.2%", 2.6e9 / 0.958, "2023-01", "2023-12"),
    dcase("Turkey's exports to Iraq reached $6.8 billion in the first half of 2025, "
          "an increase of 25% on the first half of 2024.",
          "25%", 6.8e9 / 1.25, "2024-01", "2024-06"),
    dcase("Brazil's exports to China in the first quarter of 2025 were $18.2 billion, "
          "up 6% from the same quarter a year earlier.",
          "6%", 18.2e9 / 1.06, "2024-01", "2024-03"),
    dcase("Kazakhstan's imports from Belarus tripled to $1.5 billion in 2024.",
          "tripled", 0.5e9, "2023-01", "2023-12"),
    dcase("Kenya's trade deficit with China narrowed by 10% to $3.6 billion in 2024.",
          "10%", -3.6e9 / 0.9, "2023-01", "2023-12"),
    dcase("Saudi Arabia's exports to India fell 18 per cent to $31.4 billion in 2024.",
          "18 per cent", 31.4e9 / 0.82, "2023-01", "2023-12"),
    dcase("Brazil's exports to China in 2024 were $94.4 billion, down 10.9% on 2023.",
          "10.9%", 94.4e9 / 0.891, "2023-01", "2023-12"),
    dcase("Trade between Canada and Mexico grew 4% in 2024 to C$56 billion.",
          "4%", 56e9 / 1.04, "2023-01", "2023-12"),
    dcase("The EU's exports to the UK rose 3.6% in 2024 compared to 2023, reaching €340 billion.",
          "3.6%", 340e9 / 1.036, "2023-01", "2023-12"),
    dcase("Kazakhstan's exports to Uzbekistan surged 1.5 times to $2.4 billion in 2024.",
          "1.5 times", 2.4e9 / 1.5, "2023-01", "2023-12"),
    dcase("Egypt's imports from Russia decreased by a third to $3.1 billion in 2024.",
          "a third", 3.1e9 / (2 / 3), "2023-01", "2023-12"),
    dcase("Japan's exports to Russia fell by half to $4.6 billion in 2023.",
          "by half", 9.2e9, "2022-01", "2022-12"),
    dcase("Turkey's imports from Iraq rose by two-thirds to $2.5 billion in 2024.",
          "two-thirds", 1.5e9, "2023-01", "2023-12"),
    # the growth nearest the figure is its own; an earlier one, across another growth, has none
    dcase("China's shipments to the EU jumped 14.8% in 2025, while exports to ASEAN climbed 8.2% to $57.9 billion.",
          "climbed 8.2%", 57.9e9 / 1.082, "2024-01", "2024-12"),
    dcase("Exports to the United States decreased 1.4% in September 2025, while exports to Mexico rose 5.2% "
          "to a record C$1.9 billion.", "rose 5.2%", 1.9e9 / 1.052, "2024-09", "2024-09"),
    dcase("Vietnam's imports from Japan rose by $1.2 billion to $22.4 billion in 2024.",
          "$1.2 billion", 21.2e9, "2023-01", "2023-12", base="$22.4 billion", n=2),
    # Pakistani and British papers write "pc"
    dcase("Pakistan's exports rose 7.4pc to $24.7bn in July-March FY25.",
          "rose 7.4pc", 24.7e9 / 1.074, "2023-07", "2024-03"),
    dcase("Pakistan's imports were $41.9bn in July-March FY25, 3.9 pc higher than a year earlier.",
          "3.9 pc higher", 41.9e9 / 1.039, "2023-07", "2024-03"),
    # a space before the per cent sign, as French typography and many translated wires set it
    dcase("Spain's exports to Morocco were up by 12.5 %, amounting to €11.2 billion in 2023.",
          "up by 12.5 %", 11.2e9 / 1.125, "2022-01", "2022-12"),
    # a "hike" is a rise
    dcase("Malaysia's exports to Japan registered a 4.2 per cent hike to RM48.6 billion in 2023.",
          "4.2 per cent hike", 48.6e9 / 1.042, "2022-01", "2022-12"),
    # Philippine wires hyphenate the rate
    dcase("Philippine exports to Japan reached USD21.3 billion in January to November 2024, a 2.1-percent "
          "decline compared with the same period last year.", "2.1-percent decline", 21.3e9 / 0.979,
          "2023-01", "2023-11"),
    # a rate against the month named as the base
    dcase("Vietnam's exports were $33.7 billion in November 2024, down 1.6% from October.",
          "down 1.6%", 33.7e9 / 0.984, "2024-10", "2024-10"),
    # a rate against the month or quarter before
    dcase("South Africa's exports rose 7.8% month on month to R175.2bn in February 2025.",
          "rose 7.8%", 175.2e9 / 1.078, "2025-01", "2025-01"),
    dcase("Nigeria's total trade was N40.2 trillion in the fourth quarter of 2024, up 17.7 percent from the "
          "previous quarter.", "up 17.7 percent", 40.2e12 / 1.177, "2024-07", "2024-09"),
    # the growth of "imports and exports" is the growth of the total
    dcase("China's imports and exports rose 5.3 percent to 32.33 trillion yuan in 2024.",
          "rose 5.3 percent", 32.33e12 / 1.053, "2023-01", "2023-12"),
    # the amount of a change without "by", and change verbs of balances
    dcase("Chile's imports from Peru rose $2 billion to $3.5 billion in 2024.",
          "rose $2 billion", 1.5e9, "2023-01", "2023-12", base="$3.5 billion", n=2),
    dcase("Britain's trade deficit with the EU widened by £2.2bn to £7.5bn in March 2025.",
          "widened by £2.2bn", -5.3e9, "2024-03", "2024-03", base="£7.5bn", n=2),
    # official releases write a fall as "a negative growth"
    dcase("Chile's exports to Peru were $12.5 billion in 2023, exhibiting a negative growth of 20 per cent over "
          "the previous year.", "growth of 20 per cent", 12.5e9 / 0.8, "2022-01", "2022-12"),
    # a change's amount with its rate in brackets: the level before the change
    dcase("Peru's exports to Chile fell $196 million (4.8 percent) to $3.9 billion in 2023.",
          "fell $196 million", 4.096e9, "2022-01", "2022-12", base="$3.9 billion", n=2),
    # a change's amount measured against the month it names ("compared with April"), not a year back
    dcase("Norway's trade surplus narrowed by NOK 4.2 billion to NOK 61.5 billion in May 2023, compared with April.",
          "narrowed by NOK 4.2 billion", 65.7e9, "2023-04", "2023-04", base="NOK 61.5 billion", n=2),
    # the parties of a trade ("between the two largest economies") are not what grew
    dcase("Trade between Asia's second- and fourth-largest economies rose 6% to $120 billion in 2024.",
          "rose 6%", 120e9 / 1.06, "2023-01", "2023-12"),
    # a rate of a product's flow leading to that product's own figure ("in copper imports to $X")
    dcase("Chile's trade deficit with Peru was $2.1 billion in 2024, owing to a nearly 300 percent increase in "
          "copper imports to $1.6 billion.", "nearly 300 percent increase", 1.6e9 / 4, "2023-01", "2023-12",
          base="$1.6 billion", n=2),
    # guard: "year-on-year in exports to Peru" names the figure's own flow
    dcase("Chile's exports to Peru were $3.3 billion in 2024, with an increase of 12 per cent year-on-year in "
          "exports to Peru.", "increase of 12 per cent", 3.3e9 / 1.12, "2023-01", "2023-12"),
    # a rate naming its metric, with no figure, grows that metric's figure a paragraph back, passing over a
    # figure of another metric
    dcase("Chile's trade deficit with Peru stood at $4.2 billion in 2024.\n\nIn 2024, trade between Chile and "
          "Peru reached $9.8 billion. Chile's trade deficit with Peru rose by 12.5%.", "rose by 12.5%",
          -4.2e9 / 1.125, "2023-01", "2023-12", base="$4.2 billion", n=2),
    dcase("Trade between Chile and Peru was $9.8 billion in 2024.\n\nThe figures were released in Lima on "
          "Monday.\n\nThe minister said this represented an increase of 8 per cent in trade volume between the "
          "two countries.", "increase of 8 per cent", 9.8e9 / 1.08, "2023-01", "2023-12"),
    # a rate "from" its base, then "against" a later figure of the same flow: that figure is its level
    dcase("Kenya's exports to Uganda rose by 12.5 percent from $80 million in May 2024, against exports of "
          "$90 million in May 2025.", "rose by 12.5 percent", 90e6 / 1.125, "2024-05", "2024-05",
          base="$90 million", n=2),
    # a rate with its base stated and no level: it implies the level a year after the base, and does not grow
    # a figure of the base's own period (the second row is the guard)
    dcase("Kenya's imports from Uganda rose 20 percent from $50 million in 2023.", "rose 20 percent", 60e6,
          "2024-01", "2024-12", base="$50 million"),
    dcase("Kenya's imports from Uganda were $56 million in May 2025. A year earlier they were $31 million. They "
          "were also up 49.5 percent from $37 million in May 2024.", "up 49.5 percent", 37e6 * 1.495, "2025-05",
          "2025-05", base="$37 million", n=3),
    # a change "over the past decade", said at the sentence's opening: its base lies ten years back
    dcase("Chile's trade deficit with China was $12 billion in 2024. Over the past decade, the deficit between "
          "the two countries has doubled.", "doubled", -6e9, "2014-01", "2014-12"),
    dcase("Peru's exports to Korea rose 40% to $2.8 billion in 2024 over the last 5 years.", "rose 40%",
          2.8e9 / 1.4, "2019-01", "2019-12"),
    # growth over a span "from $A to $B": the base is the span's first year, where $A stands
    dcase("Between 2018 and 2023, Japan's exports to Vietnam grew by almost half, from $19.9 billion to "
          "$29.6 billion.", "grew by almost half", 29.6e9 / 1.5, "2018-01", "2018-12", base="$29.6 billion", n=2),
]


def test_a_hedged_change_leaves_the_base_open_on_its_side() -> None:
    # "rose by less than $0.1 billion to $15.5 billion": the base lies between $15.4 and $15.5 billion
    text = "Peru's imports of services rose by less than $0.1 billion to $15.5 billion in 2023."
    row = one(text, "rose by less than $0.1 billion")
    assert row["value"] == pytest.approx(15.4e9)
    assert row["interval_low"] == pytest.approx(15.35e9)
    assert row["interval_high"] == pytest.approx(15.55e9)


def test_two_rates_each_with_its_own_base() -> None:
    # a second rate of the same figure against another base gives a row of its own, and the base
    # period after it is not the first rate's
    text = ("LIMA, Nov 20, 2025 - Peru's exports to Chile rose 20 percent year-on-year to $1.2 billion in October, "
            "and were up 5 percent from September.")
    d = derived(text)
    got = sorted((r["surface"], r["period_start"], round(float(r["value"]))) for _, r in d.iterrows())
    assert got == [("rose 20 percent", "2024-10", round(1.2e9 / 1.2)), ("up 5 percent", "2025-09", round(1.2e9 / 1.05))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second rate set beside the first with a comma, against a year it names a few words on
        ("Trade between Ghana and Spain reached $3.2 billion in 2024, up 6.4 percent on the year, a 21.5 percent "
         "increase compared with the level before the pandemic in 2019.",
         [("21.5 percent increase", "2019-01", round(3.2e9 / 1.215)),
          ("up 6.4 percent", "2023-01", round(3.2e9 / 1.064))]),
        # guard: a second rate beside the first that names no year of its own gives no second row
        ("Trade between Ghana and Spain reached $3.2 billion in 2024, up 6.4 percent on the year, a 21.5 percent "
         "increase on the level before the pandemic.",
         [("up 6.4 percent", "2023-01", round(3.2e9 / 1.064))]),
    ],
    ids=["a second rate against a named year", "a second rate with no year of its own"],
)
def test_second_rate_beside_the_first(text: str, want: list[tuple[str, str, int]]) -> None:
    d = derived(text)
    assert sorted((r["surface"], r["period_start"], round(float(r["value"]))) for _, r in d.iterrows()) == want


@pytest.mark.parametrize(("text", "growth", "value", "start", "end", "base", "n"), DERIVED)
def test_derived(text: str, growth: str, value: float, start: str, end: str, base: str, n: int) -> None:
    assert len(stated(text)) == n, list(stated(text)["surface"])
    d = derived(text)
    assert len(d) == 1, f"want one derived row, got {list(d['surface'])}"
    row = dict(d.iloc[0])
    assert growth in row["surface"]
    assert text[row["start"]:row["end"]] == row["surface"]
    source = one(text, base) if base else dict(stated(text).iloc[0])
    assert row["derived_from"] == source["claim_id"]
    assert row["currency"] == source["currency"]
    for col in ("metric", "economy", "partner"):
        assert row[col] == source[col], col
    check_fields(row, {"value": value, "period_start": start, "period_end": end}, rel=DERIVED_REL)
    low, high = row["interval_low"], row["interval_high"]
    assert min(low, high) <= row["value"] <= max(low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's exports and imports with South Korea rose 12% and 4% to $25.6 billion and $56.4 billion "
        "in 2024, respectively.",
        "In 2024, Vietnam's exports to South Korea and imports from South Korea were $25.6 billion and "
        "$56.4 billion, up 12% and 4% respectively.",
        "In 2024, Vietnam's exports to South Korea and imports from South Korea were $25.6 billion and "
        "$56.4 billion respectively, up 12% and 4% from a year earlier.",
    ],
    ids=["rates before the figures", "rates after the figures", "respectively before the rates"],
)
def test_rates_listed_respectively_pair_in_order(text: str) -> None:
    d = derived(text)
    got = {row["surface"].split()[-1]: row for row in d.to_dict("records")}
    assert set(got) == {"12%", "4%"}, list(d["surface"])
    assert got["12%"]["value"] == pytest.approx(25.6e9 / 1.12, rel=DERIVED_REL)
    assert got["4%"]["value"] == pytest.approx(56.4e9 / 1.04, rel=DERIVED_REL)
    assert (got["12%"]["metric"], got["4%"]["metric"]) == ("exports", "imports")
    assert {row["period_start"] for row in got.values()} == {"2023-01"}


def _not_derived(text: str, reason: str = "") -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, marks=marks, id=short(text))


# --------------------------------------------------------------------------
# Percentages that imply no earlier money figure: a growth with no figure, a
# share, the growth of another quantity.
# --------------------------------------------------------------------------
NOT_DERIVED = [
    # guard: a comparative of change with a share after it, not a rate
    _not_derived("Chile's imports from Peru fell further in 2024 to $2 billion, 35% of its imports."),
    # a rate for a narrower span in a sentence of its own, the span named without its year: not the year's
    _not_derived("Peru's exports to Japan were $8.1 billion in 2023. In January-October they were 6% higher."),
    # guard: two rates joined by "or" are a range of rates, not an amount and its rate
    _not_derived("In 2024 Norway's salmon exports to Chile grew by 8 or 9 percent to €9bn."),
    # guard: "a plus" that is no change ("a plus for the 40% of firms")
    _not_derived("Austria's exports to Korea reached 2.6 billion euros in 2024, a plus for the 40% of firms that "
                 "sell there."),
    # a rate in the next sentence about another product than the figure's
    pytest.param("Exports of tablets from Vietnam to Peru rose to $84 million in 2023. Other Vietnamese exports also "
                 "rose, with rice and coffee increasing by 40%.", id="another product's rate in the next sentence"),
    # one flow compared with the other in the same year is a coverage ratio, not growth
    pytest.param("Chile's exports to Korea were $4.1 billion in 2023. Chile exported 18.2% more than it "
                 "imported from Korea.",
                 id="exports compared with imports are no growth"),
    pytest.param("Chile's exports to Korea were $2 billion in 2024, and seven percent of them were wine.",
                 id="a rate in words with no change word is a share"),
    # a rate of the amount of goods, not of their value: by weight, in quantity, quantities as subject
    pytest.param("Chile's copper exports to Korea were worth $2.2 billion in 2024, a 14 percent increase in terms "
                 "of weight.", id="a rate in terms of weight"),
    pytest.param("Ghana's cocoa exports to Spain reached $410 million in May, and were up 20 percent in quantity.",
                 id="a rate in quantity"),
    pytest.param("Ghana's cocoa exports to Spain reached $410 million in May. The quantities of cocoa shipped "
                 "were up 20 percent.", id="quantities as what grew"),
    pytest.param("Chile's exports to Peru were $3.3 billion in 2025. Customs put them at $3.2 billion for 2024, a "
                 "level that would imply growth of less than 4 percent.", id="a rate that would follow is no rate"),
    pytest.param("Chile's exports to Peru were $3.3 billion in 2024. Sales of wine to Peru more than doubled over the "
                 "year, though from a low base of less than $20 million.",
                 id="the low base a rate grew from is no level to derive from"),
    pytest.param("Peru's exports of fish to Chile were $210 million in 2024; the tonnage shipped fell by a "
                 "smaller 3 percent.", id="a comparative before a rate describes the rate"),
    pytest.param("Serbian exports to Peru have grown almost sevenfold since 2019, when they were worth $30 million.",
                 id="the figure a growth is counted from is no level to derive from"),
    pytest.param("Kenya's exports to Uganda reached $1.2 billion in 2024; tea prices rose half a percent.",
                 id="half a percent is no fraction of growth"),
    pytest.param("Kenya's exports to Uganda rose to $1.2 billion in the third quarter of 2024.",
                 id="a quarter of the year is no fraction"),
    pytest.param("Japan's exports to Australia rose 3.1% year-on-year.", id="growth, no figure"),
    pytest.param("Korea's exports to Japan fell to $2.4 billion in May. The KOSPI rose 1.2% to 2,701.4 "
                 "on Friday.", id="a rate with its own level that is not money"),
    pytest.param("Kenya's exports to Uganda reached $1.2 billion in 2024. Uganda's GDP grew 6% in 2024.",
                 id="GDP growth in the next sentence"),
    pytest.param("Kenya's exports to Uganda reached $1.2 billion in 2024, 15% of Kenya's total exports.",
                 id="a share, not a growth"),
    pytest.param("Kenya's exports to Uganda reached $1.2 billion in 2024, accounting for a 15% share.",
                 id="accounting for a share"),
    _not_derived("Tea made up 40% of Kenya's exports to Uganda, which reached $1.2 billion in 2024."),
    # a part named by its percentage share, with no money figure of its own: its rate is not the figure before's
    _not_derived("Peru's exports to Korea totaled $4 billion in 2024. Notable items include zinc concentrates, "
                 "which represented 40.5% of mining exports, an increase of 22.1%."),
    _not_derived("Uzbekistan's exports to Belarus reached $600 million in 2024, while Uzbek tea exports "
                 "fell 3%.", "growth of a narrower scope (tea exports) applied to all exports: 'fell 3%'"),
    _not_derived("Kenya's exports to Uganda reached $1.2 billion in 2024, while imports from Uganda rose 4%."),
    _not_derived("Kenya's exports to Uganda reached $1.2 billion in 2024, and Kenya's population rose 2%."),
    _not_derived("Turkey's exports to Iraq reached $13.4 billion in 2024, while the number of exporters "
                 "rose 8%."),
    _not_derived("Pakistan's exports to China reached $2.9 billion in 2024; the policy rate fell 2% in June."),
    _not_derived("Inflation in Egypt rose 25% in 2024. Egypt's imports from Russia were $4.2 billion."),
    _not_derived("Britain's economy grew 0.7 per cent in the first quarter of 2025. The services trade surplus "
                 "was £12.3bn in the quarter."),
    _not_derived("Canada's total exports were C$60.5 billion in April 2025. In volume terms, total exports "
                 "dropped 9.6 per cent."),
    _not_derived("Chile's copper exports to China were $9.8 billion in 2025, as shipments fell 11 per cent by "
                 "volume to 1.42 million tonnes."),
    _not_derived("Canada's total exports were C$61 billion in May 2025. In real (or volume) terms, total exports "
                 "fell 2.4 per cent."),
    _not_derived("Kenya's exports to Uganda reached $1.2 billion in 2024.\n\nSeparately, Kenya's "
                 "population grew 2% last year."),
    # guard: a rate of one product's flow does not grow a figure of another product
    _not_derived("Chile's copper imports from Peru were $1.6 billion in 2024, helped by a 30 percent increase in "
                 "gold imports."),
    # what grew, named after the rate's "year-on-year": another product than the figure's
    _not_derived("Chile's exports to Peru were $3.3 billion in 2024, with an increase of 12 per cent "
                 "year-on-year in exports of wine."),
    # guards for a rate's level a paragraph back: another pair named between; a figure of unknown metric
    # between; a rate of its own year
    _not_derived("Chile's exports to Peru were $3.1 billion in 2024.\n\nBrazil and Argentina signed a new "
                 "accord.\n\nExports rose 12%."),
    _not_derived("Chile's exports to Peru were $3.1 billion in 2023.\n\nThey are expected to reach $3.5 billion "
                 "in 2025.\n\nThe minister spoke in Lima.\n\nExports to Peru rose 12%."),
    _not_derived("Chile's exports to Peru were $3.1 billion in 2024.\n\nThe minister spoke in Lima.\n\n"
                 "Chile's exports rose 12% in 2023."),
    # ... a rate of a share of the flow, not of its value
    _not_derived("Chile's copper exports reached $31 billion in 2024. Lithium came second. The share of fruit "
                 "in exports has nearly halved over the same period."),
    # a rate of one metric, then another clause leading to a figure of another: the rate has no figure
    _not_derived("Peru's exports to Chile, its largest buyer, rose 6.2% while imports fell, lifting the trade "
                 "surplus to $940 million in 2024."),
]


@pytest.mark.parametrize("text", NOT_DERIVED)
def test_no_derived_row_without_a_figure_to_grow(text: str) -> None:
    assert derived(text).empty, list(derived(text)["surface"])


# --------------------------------------------------------------------------
# Periods relative to the document's date ("last year", a month with no year).
# (text, document date, expected period_start, period_end or None to skip)
# --------------------------------------------------------------------------
DATED = [
    # a dateline ending in a colon is the filing date, not the figure's period
    pytest.param("Pakistan's exports up\nISLAMABAD, Oct 21, 2024: Pakistan's exports to Afghanistan rose to "
                 "$797 million during the first quarter of the current fiscal year, the central bank said.",
                 dt.date(2024, 10, 21), "2024-07", "2024-09", id="dateline colon, current fiscal year"),
    pytest.param("Kenya's exports to Uganda totaled $3.4 billion last year.", dt.date(2025, 3, 10),
                 "2024-01", "2024-12", id="last year, dated 2025-03-10"),
    pytest.param("Japan's exports to Australia were $17 billion this year so far.", dt.date(2025, 3, 10),
                 "2025-01", "2025-03", id="this year so far, dated 2025-03-10"),
    pytest.param("Turkey's exports to Iraq were $1.2 billion in January, TurkStat said.",
                 dt.date(2025, 2, 20), "2025-01", "2025-01", id="January, dated 2025-02-20"),
    pytest.param("Russia's exports to Egypt were $2.1 billion in the first quarter.",
                 dt.date(2025, 5, 2), "2025-01", "2025-03", id="first quarter, dated 2025-05-02"),
    pytest.param("Belarus-Russia trade reached $50 billion in 2024.", dt.date(2025, 3, 10),
                 "2024-01", "2024-12", id="stated year wins over document date"),
    pytest.param("Brazil's exports to China rose to $9 billion last month.", dt.date(2025, 4, 15),
                 "2025-03", "2025-03", id="last month, dated 2025-04-15"),
    pytest.param("Indonesia's exports to Malaysia were $3.2 billion in the first quarter of this year.",
                 dt.date(2025, 6, 1), "2025-01", "2025-03", id="first quarter of this year, dated 2025-06-01"),
    pytest.param("Turkey's exports to Iraq were $1.4 billion in December, TurkStat said.", dt.date(2025, 2, 5),
                 "2024-12", "2024-12", id="December, dated 2025-02-05"),
    pytest.param("Canada's exports to Mexico were C$4 billion in the third quarter.", dt.date(2025, 2, 1),
                 "2024-07", "2024-09", id="third quarter, dated 2025-02-01"),
    pytest.param("Egypt's trade with Russia hit $2.1 billion in the fourth quarter.", dt.date(2025, 2, 10),
                 "2024-10", "2024-12", id="fourth quarter, dated 2025-02-10"),
    pytest.param("Kenya's exports to Uganda were $1.5 billion since the start of the year.", dt.date(2025, 11, 20),
                 "2025-01", "2025-11", id="since the start of the year: to date"),
    pytest.param("Kenya's exports to Uganda have reached $1.2 billion since March.", dt.date(2025, 11, 20),
                 "2025-03", "2025-11", id="since March: to date"),
    pytest.param("Since March, Kenya's exports to Uganda have reached $1.2 billion.", dt.date(2025, 11, 20),
                 "2025-03", "2025-11", id="opening 'Since March,': to date"),
    pytest.param("Since 2015, Kenya's exports to Uganda have exceeded $9 billion.", dt.date(2025, 11, 20),
                 "", "", id="opening 'Since 2015,': a long run, no period"),
    pytest.param("Kenya's exports to Uganda were $1.5 billion in October, the highest since January.",
                 dt.date(2025, 11, 20), "2025-10", "2025-10", id="the highest since January: not a period"),
    pytest.param("Kenya's imports from Uganda totaled $3.4 billion last year.", dt.date(2025, 3, 10),
                 "2024-01", "2024-12", id="imports, last year, dated 2025-03-10",
                 ),
    # "this year's exports" names the year of the article's date
    pytest.param("Ghana targets this year's cocoa exports to Egypt at around $410 million, the minister said.",
                 dt.date(2025, 2, 10), "2025-01", "2025-12", id="this year's exports: the article's year"),
    # "the year up to August": the year so far, up to that month ("the year" is no anaphora to an earlier
    # period); guard: "the year to August" stays the twelve months to August
    pytest.param("Kenya's exports to Uganda reached $2.3 billion during the year up to August, the ministry said.",
                 dt.date(2025, 10, 1), "2025-01", "2025-08", id="the year up to August: the year so far"),
    pytest.param("Kenya's exports to Uganda reached $2.3 billion in the year to August, the ministry said.",
                 dt.date(2025, 10, 1), "2024-09", "2025-08", id="the year to August: twelve months"),
    # a publication date on its own line is the day the story ran, not the period of its figures
    pytest.param("Ghana-Togo trade rises\nMarch 3, 2025\nACCRA, March 3 (Wire) - Trade between Ghana and Togo "
                 "climbed to $412 million, the trade ministry said.", dt.date(2025, 3, 3), "", "",
                 id="date line with year: no period"),
    pytest.param("Ghana-Togo trade rises in January-September\n3 March 2025\n\nTrade between Ghana and Togo "
                 "climbed to $412 million, the trade ministry said.", dt.date(2025, 3, 3), "2024-01", "2024-09",
                 id="date line under a headline period: the headline's period"),
]


@pytest.mark.parametrize(("text", "date", "start", "end"), DATED)
def test_period_relative_to_document_date(text: str, date: dt.date, start: str, end: str | None) -> None:
    doc = Document("d.txt", text, date=date)
    out = [r for r in claim_rows(doc, FxRates()) if r["qualifier"] != "derived"]
    assert len(out) == 1, [r["surface"] for r in out]
    assert out[0]["period_start"] == start
    if end is not None:
        assert out[0]["period_end"] == end
    # a reported (actual) figure cannot cover months after the article was written
    assert out[0]["status"] != "actual" or out[0]["period_end"] <= f"{date:%Y-%m}"


#: "the full year" after a part of a year in the same sentence is the year that part belongs to, whatever the
#: article's date; a present-tense projection for it stays a forecast once the year is over
FULL_YEAR_AFTER_PART = [
    pytest.param("Ghana's cocoa exports to Egypt in January-October 2023 were $410 million, and the full year's "
                 "total is projected to reach some $500 million.", dt.date(2024, 1, 10), "$500 million", "2023",
                 "forecast", id="the full year's total after January-October 2023, dated January 2024"),
    pytest.param("Exports to Peru in the first half of 2022 were $2 billion, and full-year exports are expected to "
                 "reach $4.5 billion.", None, "$4.5 billion", "2022", "forecast",
                 id="full-year after the first half of 2022, undated"),
    # guards: a fiscal part gives its fiscal year; a part in another sentence leaves the article's date to decide
    pytest.param("India's exports to Oman in April-September of fiscal 2024-25 were $2 billion, and full-year "
                 "exports are expected to reach $4.5 billion.", None, "$4.5 billion", "FY2024-25", "forecast",
                 id="full-year after a fiscal half, undated"),
    pytest.param("Ghana's cocoa exports to Egypt in January-October 2023 were $410 million. The full year's total "
                 "is projected to reach some $500 million.", dt.date(2024, 1, 10), "$500 million", "2024",
                 "forecast", id="the full year's total in the next sentence: the article's year"),
]


@pytest.mark.parametrize(("text", "date", "surface", "label", "status"), FULL_YEAR_AFTER_PART)
def test_full_year_after_a_part_of_it(text: str, date: dt.date | None, surface: str, label: str, status: str) -> None:
    doc = Document("d.txt", text, date=date)
    row = next(r for r in claim_rows(doc, FxRates()) if r["surface"] == surface)
    assert (row["period_label"], row["status"]) == (label, status)


#: "from $X to $Y in the next N years": the horizon is the time of Y, a goal for the year it ends in (or the year
#: the sentence already gave the same amount); X is the present, with no period of its own
HORIZON = [
    pytest.param("Chile and Peru aim to lift trade from $4 billion to $10 billion in the next five years.",
                 [("$4 billion", "", "actual"), ("$10 billion", "2030", "target")],
                 id="aim to lift ... next five years"),
    pytest.param("Chile and Peru set a goal of $10 billion by 2032, which means lifting trade from $4 billion to "
                 "$10bn in the next six years.",
                 [("$10 billion", "2032", "target"), ("$4 billion", "", "actual"), ("$10bn", "2032", "target")],
                 id="the same amount by 2032 earlier in the sentence"),
    pytest.param("Chile's exports to Peru are expected to climb from $4 billion to $6 billion in three years' time.",
                 [("$4 billion", "", "actual"), ("$6 billion", "2028", "forecast")], id="expected to climb ... time"),
    # guards: a move told in the past is history; a start with its own year is not the present
    pytest.param("Chile's exports to Peru rose from $2 billion to $6 billion within four years.",
                 [("$2 billion", "", "actual"), ("$6 billion", "", "actual")], id="rose ... within four years"),
    pytest.param("Chile's exports to Peru went from $2 billion in 2015 to $6 billion within four years.",
                 [("$2 billion", "2015", "actual"), ("$6 billion", "", "actual")], id="went from ... in 2015"),
]


@pytest.mark.parametrize(("text", "expect"), HORIZON)
def test_horizon_dates_the_level_reached(text: str, expect: list[tuple[str, str, str]]) -> None:
    doc = Document("d.txt", text, date=dt.date(2025, 11, 5))
    out = [r for r in claim_rows(doc, FxRates()) if r["qualifier"] != "derived"]
    assert [(r["surface"], r["period_label"] or "", r["status"]) for r in out] == expect


#: A news story's opening paragraph with no money figure names the period its figures report
OPENING = [
    pytest.param("Chile's exports slid in May as copper shipments to Korea fell.\n\nTalks aimed at cutting the "
                 "surplus with Peru, which totalled $2.3 billion in 2021, go on.\n\nExports fell 3% from a year "
                 "earlier to $6.1 billion.", dt.date(2024, 6, 18), "$6.1 billion", "2024-05",
                 id="opening month past a background year"),
    pytest.param("Trade between Chile and Peru in 2025 is expected to top the levels of 2024, the envoy said."
                 "\n\n\"Our trade will reach $9 billion,\" he said.", dt.date(2025, 5, 2), "$9 billion", "2025",
                 id="a forecast takes a foreseeing opening's year, not the year compared"),
    # guard: an opening that reports lends no period to a forecast
    pytest.param("Chile's exports slid in May as copper shipments to Korea fell.\n\nThe minister said exports "
                 "will reach $80 billion.", dt.date(2024, 6, 18), "$80 billion", "",
                 id="an opening that reports does not date a forecast"),
]


@pytest.mark.parametrize(("text", "date", "surface", "label"), OPENING)
def test_opening_paragraph_dates_the_figures(text: str, date: dt.date, surface: str, label: str) -> None:
    doc = Document("d.txt", text, date=date)
    row = next(r for r in claim_rows(doc, FxRates()) if r["surface"] == surface)
    assert (row["period_label"] or "") == label


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # the month the base names is its own, even after an earlier figure gave an anchor
        ("Canada's deficit with the world widened to $6.3 billion in September. Its surplus with the United "
         "States narrowed from $8.9 billion in August to $8.4 billion in September.",
         ["2025-09", "2025-08", "2025-09"]),
        # "last fiscal year" in a base is the year before the figure compared, not before today
        ("India's surplus with the US was $41.2 billion in FY2023-24. Exports to the US rose to $86.5 billion "
         "in FY2023-24 from $78.5 billion in the last fiscal year.",
         ["2023-04", "2023-04", "2022-04"]),
        # nor does a past level recalled in a 'when' clause
        ("Japan's exports rose to 107.9 trillion yen in fiscal 2024. The deficit narrowed from fiscal 2023, "
         "when it stood at around 6.0 trillion yen. Exports to the United States rose to 21.3 trillion yen.",
         ["2024-04", "2023-04", "2024-04"]),
        # a revised base does not date the next sentence's figures
        ("South Africa's trade surplus was R21.8bn in February 2025, up from a revised R16.9bn in January. "
         "Exports were R175.2bn.",
         ["2025-02", "2025-01", "2025-02"]),
        # "last year" after a goal's year ("by 2030") counts back from the article's date, not from the goal
        ("Korea aims to lift food exports to $20 billion by 2030, from $13 billion last year.",
         ["2030-01", "2024-01"]),
    ],
    ids=["base names its month", "base in the last fiscal year", "a past level", "a revised base",
         "last year after a goal's year"],
)
def test_comparison_base_period(text: str, periods: list[str]) -> None:
    doc = Document("d.txt", text, date=dt.date(2025, 11, 5))
    out = [r for r in claim_rows(doc, FxRates()) if r["qualifier"] != "derived"]
    assert [r["period_start"] for r in out] == periods, [r["surface"] for r in out]


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Trade with Peru reached $5.1 billion in 2024. In December alone, exports to Peru were $0.6 billion.",
         "$0.6 billion", ("2024-12", "2024-12")),
        ("Ghana's exports to India hit $3.2 billion in 2023. In the first quarter, exports were $0.9 billion.",
         "$0.9 billion", ("2023-01", "2023-03")),
        ("The two aim for $10 billion by 2030. In March, trade with Chile was $0.4 billion.",
         "$0.4 billion", ("", "")),
        ("Exports to Chile fell last year to $2.1 billion.", "$2.1 billion", ("", "")),
    ],
    ids=["December after 2024", "quarter after 2023", "target year does not count", "last year stays empty"],
)
def test_undated_month_takes_the_year_reported(text: str, surface: str, period: tuple[str, str]) -> None:
    row = one(text, surface)
    assert (row["period_start"], row["period_end"]) == period


def test_hedged_conversion_in_parentheses_is_linked() -> None:
    df = rows("Trade rose to 5.1 trillion yuan (about $710 billion) in the first 10 months of 2024.")
    yuan, usd = df.iloc[0], df.iloc[1]
    assert (yuan["currency"], usd["currency"]) == ("CNY", "USD")
    assert yuan["linked_to"] == usd["claim_id"] and usd["linked_to"] == yuan["claim_id"]
    assert yuan["period_start"] == usd["period_start"] == "2024-01"
    assert usd["qualifier"] == "approx"


def test_list_under_a_dated_heading_takes_its_period() -> None:
    text = "Poland-Czechia trade in 2022:\nExports to Czechia: €21.5 billion\nImports from Czechia: €17.9 billion\n"
    df = rows(text)
    assert list(df["period_start"]) == ["2022-01", "2022-01"]
    assert list(df["metric"]) == ["exports", "imports"]


@pytest.mark.parametrize(
    ("text", "metrics", "periods"),
    [
        ("Egypt's exports to Turkey and imports from Turkey were $4 billion and $7 billion in 2024.",
         ["exports", "imports"], ["2024", "2024"]),
        ("Kenya's exports to Uganda were $1.0 billion and $1.2 billion in 2023 and 2024, respectively.",
         ["exports", "exports"], ["2023", "2024"]),
        ("Trade between Kenya and Uganda was $4 billion and $7 billion in 2023 and 2024.",
         ["trade_total", "trade_total"], ["2023", "2024"]),
    ],
    ids=["metrics listed", "periods listed, respectively", "periods listed"],
)
def test_lists_pair_in_order(text: str, metrics: list[str], periods: list[str]) -> None:
    df = rows(text)
    assert list(df["metric"]) == metrics
    assert list(df["period_label"]) == periods


def test_bullets_under_a_dated_title_take_its_period() -> None:
    text = ("Key facts: Australia-China trade in 2023-24\n\n- Two-way trade: A$312 billion\n"
            "- Australian exports to China: A$219 billion\n- Imports from China: A$93 billion\n")
    df = rows(text)
    assert list(df["period_label"]) == ["FY2023-24"] * 3  # Australia's year runs July to June
    assert list(df["period_start"]) == ["2023-07"] * 3



@pytest.mark.parametrize(
    ("text", "surface", "status"),
    [
        ("Peru aims to address the $4 billion trade deficit with China, the minister said.", "$4 billion", "actual"),
        ("The goal is a 50% rise from the current $6 billion trade volume with Chile.", "$6 billion", "actual"),
        ("Trade with Chile could still reach the $10 billion mark in 2025.", "$10 billion", "forecast"),
        ("The two sides aim to raise trade with Chile to $10 billion by 2030.", "$10 billion", "target"),
        ("Exports to Chile fell short of the $12 billion officials had projected, reaching $11.1 billion in 2023.",
         "$12 billion", "forecast"),
        ("Exports to Chile beat the $10 billion that analysts expected, at $10.4 billion in 2023.",
         "$10 billion", "forecast"),
        ("In its outlook, the ministry expected coffee export earnings to fall to $1.1 billion in 2026.",
         "$1.1 billion", "forecast"),
        ("Talks aimed at cutting Peru's deficit with Chile, which totaled $3.2 billion in 2023, resumed.",
         "$3.2 billion", "actual"),
        ("Both aim to lift trade with Chile, which was $5 billion in 2020, to $9 billion by 2030.",
         "$9 billion", "target"),
    ],
    ids=["known amount after 'aims to address the'", "comparison base 'from the current'", "the $X mark",
         "aim to raise to", "the $X officials had projected", "the $X that analysts expected",
         "expected <what> to fall to", "an aim's object, 'which totaled' $X", "guard: the aim's own $X"],
)
def test_status_of_known_amounts_and_goals(text: str, surface: str, status: str) -> None:
    assert one(text, surface)["status"] == status


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("Canada's exports to Mexico hit a $1.2-billion record in 2024.", "$1.2-billion", 1.2e9, "exact"),
        ("Deals with Chile worth $1.2bn-plus were signed in 2024.", "$1.2bn", 1.2e9, "lower_bound"),
        ("Trade with Chile was $5 billion or more in 2024.", "$5 billion", 5e9, "lower_bound"),
        ("Imports from Chile were $3 billion or so in 2024.", "$3 billion", 3e9, "approx"),
        ("Exports to Chile were $2 billion or less in 2024.", "$2 billion", 2e9, "upper_bound"),
        ("Hanwha won a 1.3 trillion-won order from Chile in 2024.", "1.3 trillion-won", 1.3e12, "exact"),
        ("Japan agreed a 300-billion-yen loan with Chile in 2024.", "300-billion-yen", 3e11, "exact"),
    ],
    ids=["hyphenated scale", "-plus", "or more", "or so", "or less", "scale-currency", "number-scale-currency"],
)
def test_hyphenated_scale_and_hedges_after_the_figure(text: str, surface: str, value: float, qualifier: str) -> None:
    row = one(text, surface)
    assert row["value"] == pytest.approx(value)
    assert row["qualifier"] == qualifier


def test_respectively_lists_pair_figures_with_countries_in_order() -> None:
    df = rows("Japan's exports to Germany, France and Italy were $5 billion, $4 billion and $3 billion, "
              "respectively, in 2023.")
    assert list(zip(df["economy"], df["partner"], strict=True)) == [("JPN", "DEU"), ("JPN", "FRA"), ("JPN", "ITA")]
    assert set(df["period_start"]) == {"2023-01"}


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("Exports to Chile were $5 billion and imports $3 billion in 2023.", ["2023", "2023"]),
        ("Exports to Chile were $5 billion, while imports were $3 billion in the first half of 2024.",
         ["2024-H1", "2024-H1"]),
        ("Trade with Chile was $5 billion, up from $4 billion, in 2023.", ["2023", "2022"]),
        ("Exports to Chile rose to $5 billion in 2023 from $4 billion in 2021.", ["2023", "2021"]),
    ],
    ids=["trailing year for both", "trailing half for both", "base is the year before", "base states its own"],
)
def test_a_sentence_final_period_dates_every_figure(text: str, periods: list[str]) -> None:
    assert list(rows(text)["period_label"]) == periods


# --------------------------------------------------------------------------
# Correction notes: the figure a note withdraws is no longer claimed; the one it gives is.
# --------------------------------------------------------------------------
CORRECTIONS = [
    pytest.param(
        "Ghana's exports to Togo were $610 million in 2024, the ministry said.\n\nCorrection (2 May 2025): An "
        "earlier version of this article said Ghana's exports to Togo were $650 million in 2024; the correct "
        "figure is $610 million.",
        ["$610 million", "$610 million"], id="an earlier version said",
    ),
    pytest.param(
        "ACCRA (Reuters) - Ghana's imports from Togo rose 4% to $210 million in 2024.\n\n(Corrects paragraph 1 to "
        "show imports at $210 million, not $240 million)",
        ["rose 4%", "$210 million", "$210 million"], id="corrects ... not",
    ),
    pytest.param(
        "Ghana's exports to Togo were not $650 million in 2024, as claimed, but $610 million.",
        ["$650 million", "$610 million"], id="a denial outside a correction note is still a figure",
    ),
]


@pytest.mark.parametrize(("text", "surfaces"), CORRECTIONS)
def test_correction_notes(text: str, surfaces: list[str]) -> None:
    assert list(rows(text)["surface"]) == surfaces


#: An outlet in a dollar country other than the US that marks US dollars ("US$") writes its own dollar
#: bare: its country comes from the publisher, or failing that a local paper's dateline.
HOME_DOLLAR = [
    pytest.param("New Zealand's exports to Chile rose to $410 million in 2024. Chile's exports to the world came "
                 "to US$94 billion.", "The New Zealand Herald", "$410 million", "NZD",
                 id="a New Zealand paper marking US$: its bare $ is NZD"),
    pytest.param("WELLINGTON - Exports to Chile rose to $410 million in 2024. Chile's exports to the world came to "
                 "US$94 billion.", "", "$410 million", "NZD", id="a New Zealand dateline, no publisher: NZD"),
    # guards
    pytest.param("New Zealand's exports to Chile rose to $410 million in 2024.", "The New Zealand Herald",
                 "$410 million", "USD", id="guard: no US$ written, the bare $ stays USD"),
    pytest.param("WELLINGTON, May 5 (Xinhua) -- Exports to Chile rose to $410 million in 2024. Chile's exports to "
                 "the world came to US$94 billion.", "", "$410 million", "USD",
                 id="guard: a wire's dateline names where it was filed, USD"),
    pytest.param("Exports to Chile rose to $410 million in 2024, against A$600 million for Australia. Chile's "
                 "exports came to US$94 billion.", "The New Zealand Herald", "$410 million", "USD",
                 id="guard: another country's dollar sign written too, USD"),
    pytest.param("Peru's exports to Chile rose to $410 million in 2024. Chile's exports to the world came to "
                 "US$94 billion.", "El Comercio Peru", "$410 million", "USD",
                 id="guard: an outlet in a country without its own dollar, USD"),
]


@pytest.mark.parametrize(("text", "publisher", "surface", "currency"), HOME_DOLLAR)
def test_bare_dollar_beside_us_dollar_is_the_home_dollar(text: str, publisher: str, surface: str,
                                                          currency: str) -> None:
    doc = Document("d.txt", text, publisher=publisher)
    out = [r for r in claim_rows(doc, FxRates()) if r["surface"] == surface]
    assert [r["currency"] for r in out] == [currency]
