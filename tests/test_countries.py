"""Country, bloc and world mentions; reporters of statistics; fiscal years; the data files."""

from __future__ import annotations

import dataclasses
import doctest
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradecheck import countries
from tradecheck.countries import (
    DEFAULT_FISCAL_START,
    CountryMention,
    country_name,
    find_countries,
    fiscal_start_month,
    fiscal_year_named_by_start,
    load_extra,
    reporter_of,
    reset_extra,
    trade_year_is_calendar,
)
from tradecheck.errors import InputError, LexiconError

Found = list[tuple[str, str, str]]


def found(text: str) -> Found:
    return [(m.surface, m.code, m.form) for m in find_countries(text)]


def cases(table: list[tuple[str, Found]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), table, ids=[text for text, _ in table])


# ---- names and official names ----------------------------------------------------------

NAMES: list[tuple[str, Found]] = [
    ("Exports from Kazakhstan rose.", [("Kazakhstan", "KAZ", "name")]),
    ("Chile and Peru signed a deal.", [("Chile", "CHL", "name"), ("Peru", "PER", "name")]),
    ("Shipments to Vietnam doubled.", [("Vietnam", "VNM", "name")]),
    ("Brazil sold soybeans to China.", [("Brazil", "BRA", "name"), ("China", "CHN", "name")]),
    ("Russia and Türkiye met.", [("Russia", "RUS", "name"), ("Türkiye", "TUR", "name")]),
    ("trade with South Korea", [("South Korea", "KOR", "name")]),
    ("sanctions on North Korea", [("North Korea", "PRK", "name")]),
    ("Laos and Cambodia", [("Laos", "LAO", "name"), ("Cambodia", "KHM", "name")]),
    ("Iran shipped oil to Syria.", [("Iran", "IRN", "name"), ("Syria", "SYR", "name")]),
    (
        "Moldova, Bolivia, Tanzania",
        [("Moldova", "MDA", "name"), ("Bolivia", "BOL", "name"), ("Tanzania", "TZA", "name")],
    ),
    ("Venezuela cut output.", [("Venezuela", "VEN", "name")]),
    ("Taiwan and Hong Kong", [("Taiwan", "TWN", "name"), ("Hong Kong", "HKG", "name")]),
    ("Macao casinos", [("Macao", "MAC", "name")]),
    ("Kyrgyzstan joined.", [("Kyrgyzstan", "KGZ", "name")]),
    ("the United Arab Emirates", [("United Arab Emirates", "ARE", "name")]),
    (
        "the United States and the United Kingdom",
        [("United States", "USA", "name"), ("United Kingdom", "GBR", "name")],
    ),
    ("the Netherlands", [("Netherlands", "NLD", "name")]),
    ("Czechia", [("Czechia", "CZE", "name")]),
    ("Papua New Guinea exports", [("Papua New Guinea", "PNG", "name")]),
    ("Guinea-Bissau cashews", [("Guinea-Bissau", "GNB", "name")]),
    ("Equatorial Guinea", [("Equatorial Guinea", "GNQ", "name")]),
    ("South Sudan and Sudan", [("South Sudan", "SSD", "name"), ("Sudan", "SDN", "name")]),
    ("Dominican Republic", [("Dominican Republic", "DOM", "name")]),
    ("Central African Republic", [("Central African Republic", "CAF", "name")]),
    ("American Samoa tuna", [("American Samoa", "ASM", "name")]),
    ("Nigeria and Niger", [("Nigeria", "NGA", "name"), ("Niger", "NER", "name")]),
    ("Romania, Oman", [("Romania", "ROU", "name"), ("Oman", "OMN", "name")]),
    ("Georgia wine exports to Ukraine", [("Georgia", "GEO", "name"), ("Ukraine", "UKR", "name")]),
    ("Jordan imports phosphate", [("Jordan", "JOR", "name")]),
    ("cotton from Chad.", [("Chad", "TCD", "name")]),
    ("Congo cobalt", [("Congo", "COD", "alias")]),
]

OFFICIAL: list[tuple[str, Found]] = [
    ("the People's Republic of China", [("People's Republic of China", "CHN", "official")]),
    ("the People’s Republic of China", [("People’s Republic of China", "CHN", "official")]),
    ("Republic of Kazakhstan", [("Republic of Kazakhstan", "KAZ", "official")]),
    ("Socialist Republic of Viet Nam", [("Socialist Republic of Viet Nam", "VNM", "official")]),
    ("Socialist Republic of Vietnam", [("Socialist Republic of Vietnam", "VNM", "official")]),
    ("Kyrgyz Republic", [("Kyrgyz Republic", "KGZ", "official")]),
    ("Federal Republic of Germany", [("Federal Republic of Germany", "DEU", "official")]),
    ("United States of America", [("United States of America", "USA", "official")]),
    ("Republic of Korea", [("Republic of Korea", "KOR", "official")]),
    ("Democratic People's Republic of Korea", [("Democratic People's Republic of Korea", "PRK", "official")]),
    ("Czech Republic", [("Czech Republic", "CZE", "official")]),
    ("Democratic Republic of the Congo", [("Democratic Republic of the Congo", "COD", "official")]),
    ("Republic of the Congo", [("Republic of the Congo", "COG", "official")]),
    ("Swiss Confederation", [("Swiss Confederation", "CHE", "official")]),
]

ALIASES: list[tuple[str, Found]] = [
    ("Việt Nam", [("Việt Nam", "VNM", "alias")]),
    ("Viet Nam", [("Viet Nam", "VNM", "alias")]),
    ("Turkiye", [("Turkiye", "TUR", "alias")]),
    ("Turkey", [("Turkey", "TUR", "alias")]),
    ("the US and the UK", [("US", "USA", "alias"), ("UK", "GBR", "alias")]),
    ("the U.S. and the U.K.", [("U.S.", "USA", "alias"), ("U.K.", "GBR", "alias")]),
    ("U.S.A.", [("U.S.A.", "USA", "alias")]),
    ("USA", [("USA", "USA", "alias")]),
    ("America", [("America", "USA", "alias")]),
    ("Britain", [("Britain", "GBR", "alias")]),
    ("Great Britain", [("Great Britain", "GBR", "alias")]),
    ("England", [("England", "GBR", "alias")]),
    ("Northern Ireland", [("Northern Ireland", "GBR", "alias")]),
    ("the UAE", [("UAE", "ARE", "alias")]),
    ("Korea", [("Korea", "KOR", "alias")]),
    ("Macau", [("Macau", "MAC", "alias")]),
    ("Burma", [("Burma", "MMR", "alias")]),
    ("Holland", [("Holland", "NLD", "alias")]),
    ("Ivory Coast", [("Ivory Coast", "CIV", "alias")]),
    ("Côte d'Ivoire", [("Côte d'Ivoire", "CIV", "name")]),
    ("DRC", [("DRC", "COD", "alias")]),
    ("mainland China", [("mainland China", "CHN", "alias")]),
    ("Chinese Taipei", [("Chinese Taipei", "TWN", "alias")]),
    ("PRC", [("PRC", "CHN", "alias")]),
    ("KSA", [("KSA", "SAU", "alias")]),
    ("Lao PDR", [("Lao PDR", "LAO", "alias")]),
    ("VIETNAM", [("VIETNAM", "VNM", "name")]),
    ("TASHKENT, March 3", [("TASHKENT", "UZB", "capital")]),
    ("MenuTBILISI (Interpressnews)", [("TBILISI", "GEO", "capital")]),
]

DEMONYMS: list[tuple[str, Found]] = [
    ("Vietnamese coffee", [("Vietnamese", "VNM", "demonym")]),
    ("Azerbaijani gas", [("Azerbaijani", "AZE", "demonym")]),
    ("Azeri crude", [("Azeri", "AZE", "demonym")]),
    ("Kazakh grain", [("Kazakh", "KAZ", "demonym")]),
    ("Kazakhstani wheat", [("Kazakhstani", "KAZ", "demonym")]),
    ("Uzbek cotton", [("Uzbek", "UZB", "demonym")]),
    ("Tajik aluminium", [("Tajik", "TJK", "demonym")]),
    ("Turkmen gas", [("Turkmen", "TKM", "demonym")]),
    ("Kyrgyz gold", [("Kyrgyz", "KGZ", "demonym")]),
    ("Belarusian potash", [("Belarusian", "BLR", "demonym")]),
    ("Korean chips", [("Korean", "KOR", "demonym")]),
    ("South Korean chips", [("South Korean", "KOR", "demonym")]),
    ("North Korean coal", [("North Korean", "PRK", "demonym")]),
    ("American soybeans", [("American", "USA", "demonym")]),
    ("Dutch flowers", [("Dutch", "NLD", "demonym")]),
    ("Swiss watches", [("Swiss", "CHE", "demonym")]),
    ("Saudi crude", [("Saudi", "SAU", "demonym")]),
    ("Emirati investors", [("Emirati", "ARE", "demonym")]),
    ("Filipino workers", [("Filipino", "PHL", "demonym")]),
    ("South African coal", [("South African", "ZAF", "demonym")]),
    ("Mongolian copper", [("Mongolian", "MNG", "demonym")]),
    ("Polish apples", [("Polish", "POL", "demonym")]),
    ("British whisky", [("British", "GBR", "demonym")]),
    ("Sino-Brazilian trade", [("Sino", "CHN", "demonym"), ("Brazilian", "BRA", "demonym")]),
    ("Kazakh-Kyrgyz border", [("Kazakh", "KAZ", "demonym"), ("Kyrgyz", "KGZ", "demonym")]),
]

CAPITALS: list[tuple[str, Found]] = [
    ("Baku and Hanoi agreed", [("Baku", "AZE", "capital"), ("Hanoi", "VNM", "capital")]),
    ("Moscow said", [("Moscow", "RUS", "capital")]),
    ("the Kremlin said", [("Kremlin", "RUS", "capital")]),
    ("talks in Minsk", [("Minsk", "BLR", "capital")]),
    # African, Latin American and Pacific capitals that stand for their states in news
    ("Kampala and Lomé signed", [("Kampala", "UGA", "capital"), ("Lomé", "TGO", "capital")]),
    ("a visit to Port Moresby", [("Port Moresby", "PNG", "capital")]),
    ("Beijing and New Delhi", [("Beijing", "CHN", "capital"), ("New Delhi", "IND", "capital")]),
    ("Washington imposed tariffs", [("Washington", "USA", "capital")]),
    ("in Washington on Tuesday", [("Washington", "USA", "capital")]),
    ("said in Hanoi Monday", [("Hanoi", "VNM", "capital")]),
    ("Washington, D.C.", [("Washington, D.C.", "USA", "capital")]),
    ("Astana and Nur-Sultan", [("Astana", "KAZ", "capital"), ("Nur-Sultan", "KAZ", "capital")]),
    (
        "Tashkent, Bishkek, Dushanbe, Ashgabat",
        [
            ("Tashkent", "UZB", "capital"),
            ("Bishkek", "KGZ", "capital"),
            ("Dushanbe", "TJK", "capital"),
            ("Ashgabat", "TKM", "capital"),
        ],
    ),
    ("Kyiv, or Kiev", [("Kyiv", "UKR", "capital"), ("Kiev", "UKR", "capital")]),
    ("Brussels wants", [("Brussels", "EUU", "capital")]),
    ("Mexico City", [("Mexico City", "MEX", "capital")]),
    ("Ottawa and Canberra", [("Ottawa", "CAN", "capital"), ("Canberra", "AUS", "capital")]),
    ("Brasília and Brasilia", [("Brasília", "BRA", "capital"), ("Brasilia", "BRA", "capital")]),
    ("Hà Nội", [("Hà Nội", "VNM", "capital")]),
]

POSSESSIVES: list[tuple[str, Found]] = [
    ("India's exports", [("India's", "IND", "possessive")]),
    ("Vietnam’s exports", [("Vietnam’s", "VNM", "possessive")]),
    ("Việt Nam’s rice", [("Việt Nam’s", "VNM", "possessive")]),
    ("the Philippines' exports", [("Philippines'", "PHL", "possessive")]),
    ("the United States’ deficit", [("United States’", "USA", "possessive")]),
    ("Beijing's response", [("Beijing's", "CHN", "possessive")]),
    ("the EU's tariffs", [("EU's", "EUU", "possessive")]),
    ("the U.S.'s deficit", [("U.S.'s", "USA", "possessive")]),
    ("Georgia's wine", [("Georgia's", "GEO", "possessive")]),
]

BLOCS: list[tuple[str, Found]] = [
    ("the European Union", [("European Union", "EUU", "bloc")]),
    ("the EU and ASEAN", [("EU", "EUU", "bloc"), ("ASEAN", "ASEAN", "bloc")]),
    ("Eurasian Economic Union", [("Eurasian Economic Union", "EAEU", "bloc")]),
    ("the EAEU and the EEU", [("EAEU", "EAEU", "bloc"), ("EEU", "EAEU", "bloc")]),
    ("Mercosur and MERCOSUR", [("Mercosur", "MERCOSUR", "bloc"), ("MERCOSUR", "MERCOSUR", "bloc")]),
    # trade agreements whose members act as a bloc, and regional communities
    ("RCEP members", [("RCEP", "RCEP", "bloc")]),
    ("the East African Community and SADC", [("East African Community", "EAC", "bloc"), ("SADC", "SADC", "bloc")]),
    ("the five Central Asian states", [("the five Central Asian states", "C5", "bloc")]),
    ("all five Central Asian states", [("five Central Asian states", "C5", "bloc")]),
    ("Central Asian countries", [("Central Asian countries", "C5", "bloc")]),
    ("Central Asian republics", [("Central Asian republics", "C5", "bloc")]),
    ("exports to Central Asia", [("Central Asia", "C5", "bloc")]),
    ("the C5 format", [("C5", "C5", "bloc")]),
    ("Gulf Cooperation Council", [("Gulf Cooperation Council", "GCC", "bloc")]),
    ("the GCC states", [("GCC", "GCC", "bloc")]),
    ("BRICS members", [("BRICS", "BRICS", "bloc")]),
    ("the eurozone", [("eurozone", "EMU", "bloc")]),
    ("the G7 and the G20", [("G7", "G7", "bloc"), ("G20", "G20", "bloc")]),
    ("the CIS", [("CIS", "CIS", "bloc")]),
    # World Bank regional aggregates by their common names
    ("Oman's trade with the Arab world", [("Oman's", "OMN", "possessive"), ("Arab world", "ARB", "bloc")]),
    ("exports to Arab countries", [("Arab countries", "ARB", "bloc")]),
    ("sales to Latin America", [("Latin America", "LCN", "bloc")]),
    ("South Asian countries", [("South Asian countries", "SAS", "bloc")]),
    ("the Gulf Arab states", [("Gulf Arab states", "GCC", "bloc")]),
    ("the African Union", [("African Union", "AFRICA", "bloc")]),
    ("the EU28 total", [("EU28", "EUU", "bloc")]),
]

WORLD: list[tuple[str, Found]] = [
    ("trade with the world", [("the world", "WLD", "world")]),
    ("The world bought less.", [("The world", "WLD", "world")]),
    ("with the entire world", [("the entire world", "WLD", "world")]),
    ("the rest of the world", [("the rest of the world", "WLD", "world")]),
    ("sold globally", [("globally", "WLD", "world")]),
    ("Worldwide, sales fell", [("Worldwide", "WLD", "world")]),
    ("exports to all countries", [("all countries", "WLD", "world")]),
]

NEGATIVES: list[tuple[str, Found]] = [
    ("let us talk", []),
    ("the woman spoke", []),
    ("a uk-style tax", []),
    ("Indian Ocean shipping", []),
    # a town named after another country's capital is not that capital
    ("the car plant in East London", []),
    # a province whose name begins with a demonym is not that country
    ("a new plant in Thai Binh province", []),
    ("the Indian Express reported", []),
    ("the South China Sea dispute", []),
    ("the East China Sea", []),
    ("at the China Import and Export Fair", []),
    ("New Mexico and New Jersey", []),
    ("the Washington Post", []),
    ("Washington state apples", []),
    ("Chad Bown of PIIE", []),
    ("the Paris Agreement", []),
    ("London Metal Exchange", []),
    ("the Doha Round", []),
    ("Lao Cai border gate", []),
    ("Georgia Ports Authority", []),
    ("Latin American markets", []),
    ("an Arab investor in the Gulf of Oman", []),
    ("North American producers", []),
    ("shares of Anglo American", []),
    ("British Columbia lumber", []),
    ("the Gulf of Mexico", []),
    ("the Korean Peninsula", []),
    ("Niger Delta oil", []),
    ("a Jersey cow", []),
    ("Dutch disease", []),
    ("the world's largest exporter", []),
    ("the world’s largest exporter", []),
    ("the World Bank", []),
    ("China Daily said", []),
    ("US$52 million", []),
    ("U.S.$1 billion", []),
    ("5 billion US dollars", []),
    ("200 billion Russian rubles", []),
    ("900 billion Kazakh tenge", []),
    ("Vietnamese dong", []),
    ("a single Central Asian country", []),
    ("Indiana and Indianapolis", []),
    ("Americas", []),
    ("PetroChina", []),
    ("EURO", []),
]

# a title or short form stands for the country the text names, and for nothing where it names none
TITLES: list[tuple[str, Found]] = [
    ("Morocco and Spain signed a pact. The Kingdom's exports rose.",
     [("Morocco", "MAR", "name"), ("Spain", "ESP", "name"), ("The Kingdom's", "MAR", "possessive")]),
    ("Jordan's trade with Egypt grew; Egypt buys potash, and the kingdom sells it. Jordan said so.",
     [("Jordan's", "JOR", "possessive"), ("Egypt", "EGY", "name"), ("Egypt", "EGY", "name"),
      ("the kingdom", "JOR", "alias"), ("Jordan", "JOR", "name")]),
    ("Oman and India agreed. The Sultanate will cut tariffs.",
     [("Oman", "OMN", "name"), ("India", "IND", "name"), ("The Sultanate", "OMN", "alias")]),
    ("SA's exports to Kenya rose, South African data showed.",
     [("SA's", "ZAF", "possessive"), ("Kenya", "KEN", "name"), ("South African", "ZAF", "demonym")]),
    ("In SA, wine exports fell, South Africa's wine body said.",
     [("SA", "ZAF", "alias"), ("South Africa's", "ZAF", "possessive")]),
    # no candidate named: the word is no mention
    ("The Kingdom's exports rose and SA's fell.", []),
    # a company's suffix, a name the title begins, a kingdom already named in full
    ("Vale SA shipped ore to South Africa.", [("South Africa", "ZAF", "name")]),
    ("Thailand's tallest hotel, the Kingdom Tower, opened.", [("Thailand's", "THA", "possessive")]),
    ("the Kingdom of Bahrain", [("Kingdom of Bahrain", "BHR", "official")]),
]


@cases(TITLES)
def test_titles(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(NAMES)
def test_names(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(OFFICIAL)
def test_official_names(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(ALIASES)
def test_aliases_and_spellings(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(DEMONYMS)
def test_demonyms(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(CAPITALS)
def test_capitals(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(POSSESSIVES)
def test_possessives(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(BLOCS)
def test_blocs(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(WORLD)
def test_world(text: str, expected: Found) -> None:
    assert found(text) == expected


@cases(NEGATIVES)
def test_negatives(text: str, expected: Found) -> None:
    assert found(text) == expected


KNOWN_GAPS: list[tuple[str, Found]] = [
    # the US state, named after its city
    ("a plant in Atlanta, Georgia", []),
    # a given name before the country word
    ("Michael Jordan", []),
    # the bird, capitalised at the start of a sentence
    ("Turkey prices rose before Thanksgiving.", []),
    # regions without a code: the European Union is often meant
    ("exports to Europe", [("Europe", "EUU", "alias")]),
    # the Brazilian currency: "real" is too common a word to cancel a mention
    ("paid in Brazilian real", []),
    # "US" is matched case-sensitively, but shouted text makes "us" look like it
    ("PLEASE LET US KNOW", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, marks=pytest.mark.xfail(strict=True)) for text, expected in KNOWN_GAPS],
    ids=[text for text, _ in KNOWN_GAPS],
)
def test_known_gaps(text: str, expected: Found) -> None:
    assert found(text) == expected


def test_mentions_in_a_sentence() -> None:
    text = "Hanoi (VNA) - Việt Nam’s trade with the EAEU and Kazakhstan’s partners beat US$2 billion."
    assert find_countries(text) == [
        CountryMention(0, 5, "Hanoi", "VNM", "capital"),
        CountryMention(14, 24, "Việt Nam’s", "VNM", "possessive"),
        CountryMention(40, 44, "EAEU", "EAEU", "bloc"),
        CountryMention(49, 61, "Kazakhstan’s", "KAZ", "possessive"),
    ]


def test_decomposed_diacritics_match() -> None:
    text = unicodedata.normalize("NFD", "Hà Nội and Việt Nam")
    assert [m.code for m in find_countries(text)] == ["VNM", "VNM"]


def test_mention_is_frozen() -> None:
    mention = find_countries("Peru")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.__setattr__("code", "CHL")


# ---- reporter_of -----------------------------------------------------------------------

REPORTERS: list[tuple[str, str | None]] = [
    ("Vietnam Customs", "VNM"),
    ("General Department of Vietnam Customs", "VNM"),
    ("Vietnamese General Department of Customs", "VNM"),
    ("General Department of Customs", "VNM"),
    ("China's General Administration of Customs (GACC)", "CHN"),
    ("China’s General Administration of Customs", "CHN"),
    ("the General Administration of Customs", "CHN"),
    ("GACC", "CHN"),
    ("GAC", "CHN"),
    ("Destatis", "DEU"),
    ("German statistics office", "DEU"),
    ("the federal statistics office", None),
    ("Federal Statistical Office", None),
    ("Rosstat", "RUS"),
    ("Russia's Federal Customs Service", "RUS"),
    ("Turkish Statistical Institute", "TUR"),
    ("TurkStat", "TUR"),
    ("Kazakhstan's Bureau of National Statistics", "KAZ"),
    ("Bureau of National Statistics", "KAZ"),
    ("Uzbek State Statistics Agency", "UZB"),
    ("State Statistics Agency", None),
    ("the US Census Bureau", "USA"),
    ("Census Bureau", "USA"),
    ("Bureau of Economic Analysis", "USA"),
    ("USTR", "USA"),
    ("U.S. Commerce Department", "USA"),
    ("Commerce Department", None),
    ("India's Commerce Ministry", "IND"),
    ("Ministry of Commerce and Industry", None),
    ("Ministry of Commerce of the People's Republic of China", "CHN"),
    ("Statistics Canada", "CAN"),
    ("ABS", "AUS"),
    ("DFAT", "AUS"),
    ("Eurostat", "EUU"),
    ("Korea Customs Service", "KOR"),
    ("Japan's Ministry of Finance", "JPN"),
    ("Ministry of Finance", None),
    ("IMF", None),
    ("World Bank", None),
    ("the World Bank", None),
    ("WTO", None),
    ("AZPROMO", "AZE"),
    ("Azerbaijan's State Customs Committee", "AZE"),
    ("State Customs Committee", None),
    ("TASS", None),
    ("Xinhua", None),
    ("Vietnam News Agency", None),
    ("Kazakh media", "KAZ"),
    ("Ministry of Industry and Trade", None),
    ("Vietnam's Ministry of Industry and Trade", "VNM"),
    ("Reuters, citing Malaysian customs data", "MYS"),
    ("Reserve Bank of India", "IND"),
    ("People’s Bank of China", "CHN"),
    ("Bank of England", "GBR"),
    ("Office for National Statistics", "GBR"),
    ("INEGI", "MEX"),
    ("the think tank GTRI", None),
    ("the world", None),
    ("a senior official", None),
    ("", None),
]


@pytest.mark.parametrize(
    ("source", "expected"), REPORTERS, ids=[source or "<empty>" for source, _ in REPORTERS]
)
def test_reporter_of(source: str, expected: str | None) -> None:
    assert reporter_of(source) == expected


# ---- names for explanations and fiscal years --------------------------------------------

NAMES_FOR_CODES = [
    ("VNM", "Vietnam"),
    ("RUS", "Russia"),
    ("KOR", "South Korea"),
    ("PRK", "North Korea"),
    ("IRN", "Iran"),
    ("USA", "United States"),
    ("GBR", "United Kingdom"),
    ("TUR", "Türkiye"),
    ("COD", "DR Congo"),
    ("TWN", "Taiwan"),
    ("KAZ", "Kazakhstan"),
    ("EUU", "European Union"),
    ("EAEU", "Eurasian Economic Union"),
    ("C5", "Central Asia"),
    ("WLD", "World"),
    ("XYZ", "XYZ"),
]


@pytest.mark.parametrize(("code", "name"), NAMES_FOR_CODES, ids=[code for code, _ in NAMES_FOR_CODES])
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_every_iso_code_has_a_prose_name() -> None:
    for country in pycountry.countries:
        name = country_name(country.alpha_3)
        assert "," not in name and "(" not in name, (country.alpha_3, name)


FISCAL = [
    ("IND", 4),
    ("JPN", 4),
    ("GBR", 4),
    ("PAK", 7),
    ("AUS", 7),
    ("BGD", 7),
    ("EGY", 7),
    ("NZL", 7),
    ("USA", 10),
    ("CHN", 1),
    ("VNM", 1),
    ("ZZZ", DEFAULT_FISCAL_START),
    ("BHS", DEFAULT_FISCAL_START),
]


@pytest.mark.parametrize(("code", "month"), FISCAL, ids=[code for code, _ in FISCAL])
def test_fiscal_start_month(code: str, month: int) -> None:
    assert fiscal_start_month(code) == month


def test_fiscal_year_named_by_start() -> None:
    assert fiscal_year_named_by_start("JPN")  # "fiscal 2024" starts April 2024
    assert not fiscal_year_named_by_start("IND")  # "FY2024" ends March 2024
    assert not fiscal_year_named_by_start("ZZZ")


def test_trade_year_is_calendar() -> None:
    # the US federal year starts in October, but its trade statistics run January to December
    assert trade_year_is_calendar("USA")
    assert not trade_year_is_calendar("THA")  # Thailand's fiscal year (October) is used for its trade
    assert not trade_year_is_calendar("ZZZ")


# ---- user data and validation -----------------------------------------------------------


@pytest.fixture
def extra() -> Iterator[None]:
    reset_extra()
    try:
        yield
    finally:
        reset_extra()


def write(tmp_path: Path, text: str, name: str = "extra.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_extra_adds_and_overrides(tmp_path: Path, extra: None) -> None:
    path = write(
        tmp_path,
        "# my spellings\nalias,code,form\nKazakstan,KAZ,alias\nChad,,stop\nPacific Alliance,PACALL,bloc\n"
        "Pacific Alliance,PACALL,display\n",
    )
    assert load_extra(path) == 4
    assert found("Kazakstan and Chad") == [("Kazakstan", "KAZ", "alias")]
    assert found("the Pacific Alliance") == [("Pacific Alliance", "PACALL", "bloc")]
    assert country_name("PACALL") == "Pacific Alliance"
    reset_extra()
    assert found("Kazakstan and Chad") == [("Chad", "TCD", "name")]


def test_load_extra_trade_year(tmp_path: Path, extra: None) -> None:
    path = write(tmp_path, "alias,code,form,guard,fiscal_start,fiscal_named,trade_year\n"
                 "Haiti,HTI,display,,10,,calendar\n")
    assert load_extra(path) == 1
    assert trade_year_is_calendar("HTI") and fiscal_start_month("HTI") == 10
    reset_extra()
    assert not trade_year_is_calendar("HTI")


def test_load_extra_agencies(tmp_path: Path, extra: None) -> None:
    path = write(tmp_path, "name,code,kind\nUzstat Bulletin,UZB,statistics\nKapital.kz,,media\n")
    assert load_extra(path) == 2
    assert reporter_of("Uzstat Bulletin") == "UZB"


BAD_ROWS = [
    ("alias,code,form\nVietnam,VMN,name\n", "line 2"),
    ("alias,code,form\nVietnam,VNM,nickname\n", "unknown form"),
    ("alias,code,form\nVietnam,,name\n", "has no code"),
    ("alias,code,form\nIndian Ocean,IND,stop\n", "takes no code"),
    ("alias,code,form\nVietnam,VNM,name\nVietnam,VNM,alias\n", "duplicate alias"),
    ("alias,code,form,guard\nVietnam,VNM,name,maybe\n", "guard"),
    ("alias,code,form,guard,fiscal_start\nVietnam,VNM,display,,13\n", "fiscal_start"),
    ("alias,code,form,guard,fiscal_start\nVietnam,VNM,name,,4\n", "display rows only"),
    ("alias,code,form,guard,fiscal_start,fiscal_named\nVietnam,VNM,display,,4,begin\n", "fiscal_named must"),
    ("alias,code,form,guard,fiscal_start,fiscal_named\nVietnam,VNM,name,,,start\n", "display rows only"),
    ("alias,code,form,guard,fiscal_start,fiscal_named,trade_year\nVietnam,VNM,display,,1,,yearly\n", "trade_year must"),
    ("alias,code,form,guard,fiscal_start,fiscal_named,trade_year\nVietnam,VNM,name,,,,calendar\n",
     "display rows only"),
    ("alias,code,form\nthe globe,WRL,world\n", "world phrase"),
    ("alias,code,form\nVietnam,VMN,display\n", "VMN"),
    ("alias,code,form,colour\nVietnam,VNM,name,red\n", "unknown column"),
    ("alias,code,form\n Vietnam,VNM,name\n", "surrounding spaces"),
    ("alias,code,form\nVietnam,VNM,name,yes,4,extra\n", "fields"),
    ("alias,code,form\nkopecks and more,,after_stop\n", "after_stop"),
    ("name,code,kind\nStatistics Narnia,NAR,statistics\n", "unknown code 'NAR'"),
    ("name,code,kind\nRosstat,,statistics\n", "needs a code"),
    ("name,code,kind\nTASS,RUS,media\n", "takes no code"),
    ("name,code,kind\nTASS,,newswire\n", "unknown kind"),
    ("name,code,kind\nCensus Bureau,USA,statistics\ncensus bureau,USA,statistics\n", "duplicate agency"),
    ("country,code\nVietnam,VNM\n", "header"),
]


@pytest.mark.parametrize(("text", "message"), BAD_ROWS, ids=[message for _, message in BAD_ROWS])
def test_bad_rows_are_rejected(tmp_path: Path, extra: None, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError, match=message):
        load_extra(path)
    assert found("Vietnam") == [("Vietnam", "VNM", "name")]  # nothing changed


def test_missing_extra_file_is_an_input_error(tmp_path: Path, extra: None) -> None:
    with pytest.raises(InputError) as raised:
        load_extra(tmp_path / "nope.csv")
    assert raised.value.path.endswith("nope.csv")


def test_bundled_files_load_and_every_form_is_used() -> None:
    lexicon = countries._REGISTRY.lexicon()
    forms = {entry.form for entry in lexicon.aliases.values()}
    assert forms == {"name", "official", "alias", "demonym", "capital", "bloc", "world", "stop"}


# ---- robustness and speed ----------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_spans_point_at_the_text(text: str) -> None:
    mentions = find_countries(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    reporter_of(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Vietnam", "’s", " ", "US", "$", "Chad", " Bown", "the world", "x", "-", "\n"]))
)
def test_glued_fragments_keep_spans(parts: list[str]) -> None:
    text = "".join(parts)
    for mention in find_countries(text):
        assert text[mention.start : mention.end] == mention.surface


def test_one_megabyte_of_names_every_few_words() -> None:
    # how fast this runs is measured by benchmarks/bench_adversarial.py (case "country-names")
    paragraph = (
        "Bilateral trade between Mongolia and South Korea reached $1.2 billion, while Ulaanbaatar "
        "courted Tokyo and the EU; the woman from Romania sold Indian Ocean tuna. "
    )
    text = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000]
    mentions = find_countries(text)
    assert len(mentions) > 10_000
    assert all(text[m.start : m.end] == m.surface for m in mentions[::997])


def test_import_is_lazy() -> None:
    code = (
        "import sys, tradecheck.countries as c\n"
        "assert 'pycountry' not in sys.modules\n"
        "assert c._REGISTRY._lexicon is None\n"
        "c.find_countries('Peru')\n"
        "assert c._REGISTRY._lexicon is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_doctests() -> None:
    result = doctest.testmod(countries)
    assert result.attempted > 0 and result.failed == 0
