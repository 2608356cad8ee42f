"""Write a deterministic corpus of news-like articles about trade, of any size.

    python benchmarks/generate_corpus.py --mb 10 --out /tmp/corpus10
    python benchmarks/generate_corpus.py --mb 100 --out /tmp/one.txt --single-file

Each article (2-8 KB) has a headline, often a dateline or byline, and paragraphs
built from sentence templates: trade turnover, exports and imports, balances,
investment, targets and forecasts, conversions ("7.2 trillion yen ($48 billion)"),
ranges, hedges, growth rates, quotes and bullet lists, in USD, EUR, JPY, CNY, RUB,
INR (crore, lakh crore), KZT, TRY, VND and AZN, over years, quarters, halves, month
ranges, "the first ten months" and fiscal years such as FY2023-24. Most of the
text is what surrounds trade figures in real news: diplomatic prose and numbers
that are not money (populations, tonnes, barrels, percentages, dates, phone
numbers, sports scores, distances, megawatts).

Article ``i`` depends only on ``(seed, i)``, so a 10 MB corpus is the first files
of a 100 MB one made with the same seed, and two runs write identical bytes.
Files go into sub-folders of 500 (``0000/a000000.txt`` ...).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Country:
    name: str
    demonym: str
    capital: str
    currency: str  # the local currency used for local-money figures, or USD
    agency: str  # who publishes its trade statistics
    leader: str


COUNTRIES: tuple[Country, ...] = (
    Country("Vietnam", "Vietnamese", "Hanoi", "VND",
            "the General Department of Vietnam Customs", "Pham Minh Chinh"),
    Country("Azerbaijan", "Azerbaijani", "Baku", "AZN", "the State Customs Committee", "Ilham Aliyev"),
    Country("Kazakhstan", "Kazakh", "Astana", "KZT",
            "the Bureau of National Statistics", "Kassym-Jomart Tokayev"),
    Country("Russia", "Russian", "Moscow", "RUB", "the Federal Customs Service", "Mikhail Mishustin"),
    Country("China", "Chinese", "Beijing", "CNY", "the General Administration of Customs", "Li Qiang"),
    Country("India", "Indian", "New Delhi", "INR", "the Ministry of Commerce and Industry", "Piyush Goyal"),
    Country("Turkey", "Turkish", "Ankara", "TRY", "the Turkish Statistical Institute", "Omer Bolat"),
    Country("Japan", "Japanese", "Tokyo", "JPY", "the Ministry of Finance", "Yoji Muto"),
    Country("Germany", "German", "Berlin", "EUR", "Destatis", "Robert Habeck"),
    Country("France", "French", "Paris", "EUR", "the French customs service", "Eric Lombard"),
    Country("Italy", "Italian", "Rome", "EUR", "Istat", "Antonio Tajani"),
    Country("Spain", "Spanish", "Madrid", "EUR", "the Ministry of Economy", "Carlos Cuerpo"),
    Country("Netherlands", "Dutch", "Amsterdam", "EUR", "Statistics Netherlands", "Dick Schoof"),
    Country("United States", "American", "Washington", "USD", "the Census Bureau", "Jamieson Greer"),
    Country("Uzbekistan", "Uzbek", "Tashkent", "USD", "the Statistics Agency", "Laziz Kudratov"),
    Country("Kyrgyzstan", "Kyrgyz", "Bishkek", "USD",
            "the National Statistical Committee", "Adylbek Kasymaliev"),
    Country("Georgia", "Georgian", "Tbilisi", "USD", "Geostat", "Irakli Kobakhidze"),
    Country("Armenia", "Armenian", "Yerevan", "USD", "the Statistical Committee", "Nikol Pashinyan"),
    Country("Iran", "Iranian", "Tehran", "USD",
            "the Islamic Republic of Iran Customs Administration", "Masoud Pezeshkian"),
    Country("Pakistan", "Pakistani", "Islamabad", "USD",
            "the Pakistan Bureau of Statistics", "Jam Kamal Khan"),
    Country("Bangladesh", "Bangladeshi", "Dhaka", "USD", "the Export Promotion Bureau", "Sk Bashir Uddin"),
    Country("Indonesia", "Indonesian", "Jakarta", "USD", "Statistics Indonesia", "Budi Santoso"),
    Country("Malaysia", "Malaysian", "Kuala Lumpur", "USD",
            "the Department of Statistics", "Tengku Zafrul Aziz"),
    Country("Thailand", "Thai", "Bangkok", "USD", "the Ministry of Commerce", "Pichai Naripthaphan"),
    Country("Philippines", "Philippine", "Manila", "USD",
            "the Philippine Statistics Authority", "Cristina Roque"),
    Country("South Korea", "South Korean", "Seoul", "USD", "the Korea Customs Service", "Ahn Duk-geun"),
    Country("Brazil", "Brazilian", "Brasilia", "USD", "the Ministry of Development", "Geraldo Alckmin"),
    Country("Egypt", "Egyptian", "Cairo", "USD", "CAPMAS", "Hassan El-Khatib"),
    Country("Saudi Arabia", "Saudi", "Riyadh", "USD",
            "the General Authority for Statistics", "Majid Al-Qasabi"),
    Country("United Arab Emirates", "Emirati", "Abu Dhabi", "USD",
            "the Federal Competitiveness and Statistics Centre",
            "Thani bin Ahmed Al Zeyoudi"),
    Country("Ukraine", "Ukrainian", "Kyiv", "USD", "the State Customs Service", "Yulia Svyrydenko"),
    Country("Belarus", "Belarusian", "Minsk", "USD", "Belstat", "Roman Golovchenko"),
    Country("Poland", "Polish", "Warsaw", "EUR", "Statistics Poland", "Andrzej Domanski"),
    Country("Australia", "Australian", "Canberra", "USD",
            "the Australian Bureau of Statistics", "Don Farrell"),
    Country("Canada", "Canadian", "Ottawa", "USD", "Statistics Canada", "Mary Ng"),
    Country("Mexico", "Mexican", "Mexico City", "USD", "INEGI", "Marcelo Ebrard"),
    Country("South Africa", "South African", "Pretoria", "USD",
            "the South African Revenue Service", "Parks Tau"),
    Country("Nigeria", "Nigerian", "Abuja", "USD", "the National Bureau of Statistics", "Jumoke Oduwole"),
    Country("Singapore", "Singaporean", "Singapore", "USD", "the Department of Statistics", "Gan Kim Yong"),
    Country("Hungary", "Hungarian", "Budapest", "EUR", "the Central Statistical Office", "Peter Szijjarto"),
    Country("Mongolia", "Mongolian", "Ulaanbaatar", "USD",
            "the National Statistics Office", "Luvsannyamyn Gantumur"),
    Country("Tajikistan", "Tajik", "Dushanbe", "USD", "the Statistics Agency", "Kokhir Rasulzoda"),
)

#: Approximate yearly average units per US dollar, so a figure in local money converts
#: back to about the dollar figure other articles state (2025: the first months).
RATES: dict[str, dict[int, float]] = {
    "USD": dict.fromkeys(range(2018, 2027), 1.0),
    "EUR": {2018: 0.847, 2019: 0.893, 2020: 0.877, 2021: 0.846, 2022: 0.951, 2023: 0.925, 2024: 0.924,
            2025: 0.90, 2026: 0.87},
    "JPY": {2018: 110.4, 2019: 109.0, 2020: 106.8, 2021: 109.8, 2022: 131.5, 2023: 140.5, 2024: 151.4,
            2025: 149.0, 2026: 150.0},
    "CNY": {2018: 6.62, 2019: 6.91, 2020: 6.90, 2021: 6.45, 2022: 6.73, 2023: 7.08, 2024: 7.19,
            2025: 7.20, 2026: 7.10},
    "RUB": {2018: 62.7, 2019: 64.7, 2020: 72.1, 2021: 73.7, 2022: 68.5, 2023: 85.2, 2024: 92.6,
            2025: 85.0, 2026: 80.0},
    "INR": {2018: 68.4, 2019: 70.4, 2020: 74.1, 2021: 73.9, 2022: 78.6, 2023: 82.6, 2024: 83.7,
            2025: 86.0, 2026: 87.0},
    "KZT": {2018: 344.7, 2019: 382.7, 2020: 412.9, 2021: 426.0, 2022: 460.5, 2023: 456.3, 2024: 469.4,
            2025: 510.0, 2026: 520.0},
    "TRY": {2018: 4.83, 2019: 5.67, 2020: 7.01, 2021: 8.85, 2022: 16.55, 2023: 23.8, 2024: 32.8,
            2025: 38.0, 2026: 42.0},
    "VND": {2018: 22_600.0, 2019: 23_230.0, 2020: 23_210.0, 2021: 23_160.0, 2022: 23_270.0,
            2023: 23_800.0, 2024: 25_000.0, 2025: 26_000.0, 2026: 26_200.0},
    "AZN": dict.fromkeys(range(2018, 2027), 1.7),
}

#: Trade phrasing that names no metric of its own; filled per sentence.
GOODS = (
    "machinery", "crude oil", "natural gas", "textiles", "garments", "footwear", "rice", "coffee", "seafood",
    "electronics", "smartphones", "steel", "aluminium", "fertilisers", "wheat", "cotton", "pharmaceuticals",
    "vehicles", "auto parts", "furniture", "rubber", "cashew nuts", "tea", "petroleum products", "chemicals",
)
ORGS = (
    "Reuters", "Interfax", "Xinhua", "TASS", "Kazinform", "Trend", "Vietnam News Agency", "Anadolu", "Kyodo",
    "the Economic Times", "Nikkei Asia", "Bloomberg",
)
FIRST_NAMES = ("Anna", "Nguyen", "Aigerim", "Mehmet", "Li", "Ravi", "Elena", "Kenji", "Farid", "Olga", "Tran",
               "Daniyar", "Priya", "Hans", "Marta", "Ahmed", "Sofia", "Arman", "Yuki", "Leyla")
LAST_NAMES = ("Petrova", "Van Minh", "Nurlanova", "Yilmaz", "Wei", "Sharma", "Ivanova", "Tanaka", "Mammadov",
              "Sokolova", "Thi Ha", "Abenov", "Menon", "Mueller", "Rossi", "Hassan", "Garcia", "Bekov",
              "Sato", "Aliyeva")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ORDINALS = ("first", "second", "third", "fourth")
COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
SPORTS = ("football", "basketball", "volleyball", "ice hockey", "futsal")
YEARS = tuple(range(2019, 2026))


@cache
def _pairs(seed: int) -> tuple[tuple[Country, Country], ...]:
    """Sixty country pairs; every pair has both orders' statistics in the corpus."""
    rng = random.Random(f"pairs:{seed}")
    every = [(a, b) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1:]]
    # the first ten pairs involve the four countries the seeds are about, as real archives cluster
    hubs = [p for p in every if {p[0].name, p[1].name} & {"Vietnam", "Azerbaijan", "Kazakhstan", "Russia"}]
    rest = [p for p in every if p not in hubs]
    return tuple(rng.sample(hubs, 20) + rng.sample(rest, 40))


# --------------------------------------------------------------------------- money


def _decimals(rng: random.Random, x: float, most: int = 2) -> str:
    places = rng.choice((0, 1, 1, 2, 2)) if most >= 2 else rng.choice((0, 1))
    if x >= 100:
        places = min(places, 1)
    return f"{x:.{places}f}"


def _scaled(rng: random.Random, amount: float, short: bool = False) -> str:
    """ "702.5 million", "1.2 billion", "3 trillion" (or bn, mln, tn when ``short``)."""
    for factor, long_word, short_words in (
        (1e12, "trillion", ("tn", "trln")),
        (1e9, "billion", ("bn", "bln")),
        (1e6, "million", ("mn", "mln")),
        (1e3, "thousand", ("thousand",)),
    ):
        if amount >= factor:
            word = rng.choice(short_words) if short else long_word
            return f"{_decimals(rng, amount / factor)} {word}"
    return f"{amount:,.0f}"


def _grouped(amount: float) -> str:
    return f"{round(amount, -3):,.0f}"


def _indian(amount: float, rng: random.Random) -> str:
    """Rupees in Indian units: "12,450 crore", "1.2 lakh crore", "4,60,000"."""
    if amount >= 1e12 and rng.random() < 0.5:
        return f"{amount / 1e12:.2f} lakh crore"
    crore = amount / 1e7
    whole = int(round(crore))
    if whole >= 1000 and rng.random() < 0.3:
        s = str(whole)  # Indian grouping: last three digits, then pairs
        head, tail = s[:-3], s[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        if head:
            pairs.insert(0, head)
        return ",".join([*pairs, tail]) + " crore"
    return f"{whole:,} crore"


def money(rng: random.Random, usd: float, currency: str, year: int = 2024) -> str:
    """An amount of ``usd`` dollars written the way news writes ``currency`` (at ``year``'s rate)."""
    amount = usd * RATES[currency][year]
    s = _scaled(rng, amount)
    short = _scaled(rng, amount, short=True)
    if currency == "USD":
        forms = [f"${s}", f"${s}", f"US${s}", f"USD {s}", f"{s} US dollars", f"${short}", f"{s} dollars",
                 f"${short.replace(' ', '')}" if "thousand" not in short else f"${short}"]
        if amount < 5e8 and rng.random() < 0.15:
            forms.append(f"${_grouped(amount)}")
    elif currency == "EUR":
        forms = [f"€{s}", f"EUR {s}", f"{s} euros", f"€{short.replace(' ', '')}"]
    elif currency == "JPY":
        forms = [f"¥{s}", f"{s} yen", f"JPY {s}"]
    elif currency == "CNY":
        forms = [f"{s} yuan", f"CNY {s}", f"RMB {s}", f"{s} yuan"]
    elif currency == "RUB":
        forms = [f"{s} rubles", f"{s} roubles", f"RUB {s}", f"{short} rubles"]
    elif currency == "INR":
        ind = _indian(amount, rng)
        forms = [f"Rs {ind}", f"₹{ind}", f"INR {ind}", f"Rs. {ind}", f"{ind} rupees"]
    elif currency == "KZT":
        forms = [f"{s} tenge", f"KZT {s}", f"₸{s}"]
    elif currency == "TRY":
        forms = [f"{s} lira", f"TRY {s}", f"{s} Turkish lira", f"₺{s}"]
    elif currency == "VND":
        forms = [f"VND {s}", f"{s} dong", f"VND{short.replace(' ', '')}"]
    else:  # AZN
        forms = [f"{s} manat", f"AZN {s}", f"{s} manats"]
    return rng.choice(forms)


#: Hedges and the factor from the true figure to the one written after them
#: ("over $5 billion" for 5.2, "nearly $5 billion" for 4.96).
HEDGES: tuple[tuple[str, float], ...] = (
    ("", 1.0), ("", 1.0), ("", 1.0), ("", 1.0), ("about ", 1.0), ("around ", 1.0), ("nearly ", 1.01),
    ("over ", 0.97), ("more than ", 0.97), ("almost ", 1.01), ("some ", 1.0), ("roughly ", 1.0),
    ("up to ", 1.03), ("an estimated ", 1.0), ("less than ", 1.03),
)


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    phrase: str  # starts with a preposition: "in 2024", "in the first quarter of 2025"
    year: int  # the calendar year holding most of it
    first: int  # first and last month (1-12) in that year
    last: int


def period(rng: random.Random, year: int, date_year: int | None = None) -> Period:
    """A period phrase of ``year``; "last year" only when the article is dated the year after."""
    q = rng.randint(1, 4)
    m1 = rng.randint(1, 10)
    m2 = rng.randint(m1 + 1, 11)
    fy = f"{year - 1}-{str(year)[2:]}"
    whole = [f"in {year}", f"in {year}", f"in {year}", f"during {year}", f"for the whole of {year}"]
    if date_year == year + 1:
        whole.append("last year")
    choices: list[tuple[list[str], int, int]] = [
        (whole, 1, 12),
        ([f"in the {ORDINALS[q - 1]} quarter of {year}", f"in Q{q} {year}"], 3 * q - 2, 3 * q),
        ([f"in {MONTHS[m1 - 1]}-{MONTHS[m2 - 1]} {year}", f"from {MONTHS[m1 - 1]} to {MONTHS[m2 - 1]} {year}",
          f"in {MONTHS[m1 - 1]}–{MONTHS[m2 - 1]} {year}"], m1, m2),
        ([f"in the first {COUNT_WORDS[m2 - 2]} months of {year}", f"in the January-{MONTHS[m2 - 1]} period of {year}"],
         1, m2),
        ([f"in the first ten months of {year}"], 1, 10),
        ([f"in January-November {year}"], 1, 11),
        ([f"in the first half of {year}", f"in H1 {year}"], 1, 6),
        ([f"in {MONTHS[m1 - 1]} {year}"], m1, m1),
        # fiscal years: news of India and Japan; counted here as the calendar year they mostly cover
        ([f"in FY{fy}", f"in the {fy} fiscal year", f"in fiscal year {fy}"], 4, 12),
    ]
    phrases, first, last = rng.choices(choices, weights=(8, 3, 2, 2, 1, 1, 2, 1, 1))[0]
    phrase = rng.choice(phrases)
    if phrase.startswith(("in FY", "in the 20", "in fiscal")):
        return Period(phrase, year - 1, first, last)
    return Period(phrase, year, first, last)


def growth(rng: random.Random, change: float, base_year: int) -> str:
    """ ", up 12.5% year-on-year" for ``change`` = 0.125 (the true change), often nothing."""
    if rng.random() < 0.4:
        return ""
    pct = _decimals(rng, abs(change) * 100, 1)
    word = rng.choice(("percent", "%", "%", "per cent"))
    p = f"{pct}%" if word == "%" else f"{pct} {word}"
    if change >= 0:
        return rng.choice((f", up {p} year-on-year", f", up {p} from a year earlier", f", a {p} increase",
                           f", rising {p} on the previous year",
                           f", an increase of {p} over the same period in {base_year}"))
    return rng.choice((f", down {p} year-on-year", f", a decrease of {p} compared to {base_year}",
                       f", falling {p} on the previous year"))


# --------------------------------------------------------------------------- sentences


@cache
def _unit(*key: object) -> float:
    """A number in [0, 1) fixed by ``key``: the same fact gets the same value in every article."""
    return random.Random(":".join(map(str, key))).random()


@dataclass(frozen=True)
class World:
    """The true trade between the pairs, year by year, which articles quote (and sometimes misquote)."""

    seed: int

    def turnover(self, a: Country, b: Country, year: int) -> float:
        first, second = sorted((a.name, b.name))
        level = 10 ** (7.0 + 3.5 * _unit("level", self.seed, first, second))  # $10 million to $30 billion
        for y in range(2018, year + 1):
            level *= 0.8 + 0.5 * _unit("growth", self.seed, first, second, y)  # -20% to +30% a year
        return level

    def exports(self, x: Country, y: Country, year: int) -> float:
        """What ``x`` sold to ``y``; ``exports(y, x)`` is the rest of the turnover."""
        first, second = sorted((x.name, y.name))
        share = 0.15 + 0.7 * _unit("share", self.seed, first, second, year)  # the first one's exports
        return self.turnover(x, y, year) * (share if x.name == first else 1 - share)

    def product(self, x: Country, y: Country, good: str, year: int) -> float:
        return self.exports(x, y, year) * (0.01 + 0.2 * _unit("product", self.seed, x.name, y.name, good, year))

    def part(self, value_of_year: Callable[[int], float], p: Period, *key: object) -> float:
        """The figure for period ``p`` of a yearly series: months' share, with fixed seasonal noise."""
        months = p.last - p.first + 1
        if months == 12:
            return value_of_year(p.year)
        noise = 0.93 + 0.14 * _unit("season", self.seed, *key, p.year, p.first, p.last)
        return value_of_year(p.year) * months / 12 * noise


@dataclass
class Story:
    """What one article is about: two countries, a year, and the world it quotes."""

    rng: random.Random
    world: World
    a: Country
    b: Country
    year: int
    date_year: int  # the year the article is dated
    speaker: str
    org: str

    def cur(self, side: Country | None = None) -> str:
        """Mostly dollars; sometimes the local currency of ``side`` (or of either side)."""
        rng = self.rng
        if rng.random() < 0.65:
            return "USD"
        country = side or rng.choice((self.a, self.b))
        return country.currency if rng.random() < 0.85 else rng.choice(tuple(RATES))

    def period(self) -> Period:
        return period(self.rng, self.year, self.date_year)

    def quote(self, usd: float, p: Period, side: Country | None = None, hedged: bool = True) -> str:
        """``usd`` written in a currency, behind a hedge; about one figure in 40 is wrong."""
        r = self.rng
        word, factor = r.choice(HEDGES) if hedged else ("", 1.0)
        slip = r.random()
        if slip < 0.012:
            usd *= 1000  # "billion" written for "million"
        elif slip < 0.025:
            usd *= r.choice((0.7, 1.4))  # another year's figure, a typo
        year = min(max(p.year, 2018), 2026)
        return word + money(r, usd * factor, self.cur(side), year)

    def growth(self, series: Callable[[int], float], p: Period) -> str:
        if p.last - p.first + 1 != 12 or p.phrase == "last year":
            return ""  # growth of a part of the year compares with last year's part: not modelled
        return growth(self.rng, series(p.year) / series(p.year - 1) - 1, p.year - 1)


Template = Callable[[Story], str]


def _turnover(s: Story) -> str:
    r = s.rng
    verb = r.choice(("reached", "amounted to", "stood at", "totalled", "totaled", "hit", "was"))
    lead = r.choice((
        f"Trade turnover between {s.a.name} and {s.b.name}",
        f"Bilateral trade between {s.a.name} and {s.b.name}",
        f"{s.a.name}'s trade with {s.b.name}",
        "The trade turnover between the two countries",
        "Two-way trade",
        f"{s.a.demonym}-{s.b.demonym} trade",
    ))
    tail = r.choice(("", "", f", according to {s.a.agency}", f", {s.org} reported",
                     f", data from {s.b.agency} show"))
    p = s.period()

    def series(y: int) -> float:
        return s.world.turnover(s.a, s.b, y)

    value = s.world.part(series, p, "turnover", s.a.name, s.b.name)
    return f"{lead} {verb} {s.quote(value, p)} {p.phrase}{s.growth(series, p)}{tail}."


def _exports(s: Story) -> str:
    r = s.rng
    w = s.world
    x, y = (s.a, s.b) if r.random() < 0.5 else (s.b, s.a)
    g1, g2 = r.sample(GOODS, 2)
    p = s.period()

    def out(y_: int) -> float:
        return w.exports(x, y, y_)

    def back(y_: int) -> float:
        return w.exports(y, x, y_)

    def good(y_: int) -> float:
        return w.product(x, y, g1, y_)

    sold = w.part(out, p, "exports", x.name, y.name)
    bought = w.part(back, p, "exports", y.name, x.name)
    item = w.part(good, p, "product", x.name, y.name, g1)
    verb = "rose" if out(p.year) >= out(p.year - 1) else "fell"
    return r.choice((
        f"{x.name}'s exports to {y.name} {verb} to {s.quote(sold, p, x)} {p.phrase}, "
        f"while imports from {y.name} stood at {s.quote(bought, p, x)}.",
        f"{x.demonym} exports to {y.name} amounted to {s.quote(sold, p, x)} {p.phrase}, mainly {g1} and {g2}.",
        f"{y.name} imported {g1} worth {s.quote(item, p, y)} from {x.name} {p.phrase}.",
        f"Exports of {g1} from {x.name} to {y.name} were valued at {s.quote(item, p, x)} {p.phrase}"
        f"{s.growth(good, p)}.",
        f"Imports from {x.name} accounted for {s.quote(sold, p, y)} of the total {p.phrase}.",
        f"{x.name} shipped {r.randint(2, 900)},{r.randint(100, 999)} tonnes of {g1} worth "
        f"{s.quote(item, p, x)} to {y.name} {p.phrase}.",
    ))


def _balance(s: Story) -> str:
    r = s.rng
    w = s.world
    x, y = (s.a, s.b) if r.random() < 0.5 else (s.b, s.a)
    p = s.period()
    net = w.part(lambda y_: w.exports(x, y, y_) - w.exports(y, x, y_), p, "balance", x.name, y.name)
    kind = "surplus" if net >= 0 else "deficit"
    return r.choice((
        f"{x.name} posted a trade {kind} of {s.quote(abs(net), p, x)} with {y.name} {p.phrase}.",
        f"{x.demonym} officials noted that the {kind} with {y.name} stood at {s.quote(abs(net), p)} {p.phrase}.",
    ))


def _investment(s: Story) -> str:
    r = s.rng
    stock = s.world.turnover(s.a, s.b, 2018) * (0.2 + _unit("fdi", s.world.seed, s.a.name, s.b.name))
    p = Period(f"as of {MONTHS[r.randint(0, 11)]} {s.year}", s.year, 1, 12)
    return r.choice((
        f"{s.b.demonym} investment in {s.a.name} has exceeded {s.quote(stock * 0.9, p, s.b, hedged=False)} "
        f"since {r.choice(YEARS) - 10}.",
        f"Accumulated {s.a.demonym} direct investment in {s.b.name} stood at {s.quote(stock, p)} {p.phrase}, "
        f"across {r.randint(5, 400)} projects.",
        f"The two sides signed {r.randint(3, 40)} agreements worth {s.quote(stock * r.uniform(0.1, 2), p)} "
        "during the visit.",
        f"A joint venture to build a {r.randint(50, 900)} MW power plant is estimated at "
        f"{s.quote(stock * r.uniform(0.05, 0.5), p)}.",
    ))


def _target(s: Story) -> str:
    r = s.rng
    goal = s.world.turnover(s.a, s.b, s.year) * r.choice((2, 3, 5, 10))
    target_year = s.year + r.randint(1, 6)
    return r.choice((
        f"The two countries aim to raise bilateral trade to {money(r, goal, 'USD')} by {target_year}.",
        f"Trade is expected to reach {money(r, goal, 'USD')} by {target_year}, officials said.",
        f"Both sides agreed on a target of {money(r, goal, 'USD')} in annual trade by {target_year}.",
        f"Analysts forecast that turnover could exceed {money(r, goal * 0.8, 'USD')} next year.",
    ))


def _quote(s: Story) -> str:
    r = s.rng
    p = s.period()
    value = s.world.part(lambda y: s.world.turnover(s.a, s.b, y), p, "turnover", s.a.name, s.b.name)
    inner = r.choice((
        f"Our trade turnover reached {s.quote(value, p)} {p.phrase}, but this does not reflect our potential",
        f"We want to bring mutual trade to {money(r, value * 3, 'USD')} in the coming years",
        "We see great opportunities in energy, logistics and agriculture",
        f"{s.b.name} is a partner of top priority for {s.a.name} in the region",
    ))
    said = r.choice(("said", "stressed", "noted", "told reporters", "said at the forum"))
    return f"\u201c{inner},\u201d {s.speaker} {said}."


def _conversion(s: Story) -> str:
    r = s.rng
    buyer, seller = (s.a, s.b) if r.random() < 0.5 else (s.b, s.a)
    code = buyer.currency if buyer.currency != "USD" else r.choice(("JPY", "EUR", "CNY", "INR"))
    good = r.choice(GOODS)
    p = s.period()
    usd = s.world.part(lambda y: s.world.product(seller, buyer, good, y), p, "product", seller.name, buyer.name, good)
    year = min(max(p.year, 2018), 2026)
    return (f"{buyer.demonym} purchases of {good} from {seller.name} came to {money(r, usd, code, year)} "
            f"({money(r, usd, 'USD')}) {p.phrase}.")


def _range(s: Story) -> str:
    r = s.rng
    p = s.period()
    value = s.world.part(lambda y: s.world.turnover(s.a, s.b, y), p, "turnover", s.a.name, s.b.name)
    lo_s = _decimals(r, value * r.uniform(0.85, 0.97) / 1e6)
    hi_s = _decimals(r, value * r.uniform(1.03, 1.2) / 1e6)
    return r.choice((
        f"Officials put bilateral trade between ${lo_s} million and ${hi_s} million {p.phrase}.",
        f"Trade between {s.a.name} and {s.b.name} was ${lo_s}-{hi_s} mln {p.phrase}, the ministry estimates.",
        f"Estimates of the turnover {p.phrase} range from ${lo_s} million to ${hi_s} million.",
    ))


def _list(s: Story) -> str:
    r = s.rng
    items = r.sample(GOODS, r.randint(3, 6))
    x, y = (s.a, s.b) if r.random() < 0.5 else (s.b, s.a)
    p = s.period()
    lines = [f"Main {x.demonym} exports to {y.name} {p.phrase}:"]
    for item in items:
        if r.random() < 0.7:
            value = s.world.part(lambda y_, item=item: s.world.product(x, y, item, y_), p, "product",
                                 x.name, y.name, item)
            lines.append(f"- {item}: {money(r, value, 'USD')}")
        else:
            lines.append(f"- {item}: {r.randint(1, 900)} thousand tonnes")
    return "\n".join(lines)


# numbers that are not money


def _population(s: Story) -> str:
    r = s.rng
    return r.choice((
        f"{s.a.name} has a population of about {r.uniform(3, 150):.1f} million people.",
        f"Some {r.randint(2, 95)},{r.randint(100, 999)} {s.b.demonym} tourists visited {s.a.name} "
        f"{s.period().phrase}, {r.uniform(2, 80):.1f}% more than a year earlier.",
        f"The city of {s.a.capital} is home to {r.uniform(1, 12):.2f} million residents.",
        f"More than {r.randint(1, 40)},000 students from {s.b.name} study in {s.a.name}.",
    ))


def _commodities(s: Story) -> str:
    r = s.rng
    return r.choice((
        f"The port handled {r.uniform(1, 90):.1f} million tonnes of cargo {s.period().phrase}, "
        f"up {r.randint(1, 30)}%.",
        f"Oil output averaged {r.uniform(0.2, 11):.2f} million barrels per day in {s.year}.",
        f"Grain shipments rose to {r.randint(100, 9000):,} thousand tonnes.",
        f"The new {r.randint(120, 3500):,}-km railway will cut transit time by {r.randint(2, 12)} days.",
        f"The plant, with a capacity of {r.randint(100, 4800):,} MW, "
        f"employs {r.randint(200, 9000):,} workers.",
        f"Freight volumes grew {r.uniform(1, 40):.1f} percent to "
        f"{r.randint(1, 900)},{r.randint(100, 999)} TEU.",
        f"The pipeline carries {r.randint(5, 60)} billion cubic metres of gas a year.",
    ))


def _macro(s: Story) -> str:
    r = s.rng
    return r.choice((
        f"Inflation in {s.a.name} eased to {r.uniform(1, 40):.1f}% in {MONTHS[r.randint(0, 11)]}.",
        f"The central bank kept its key rate at {r.uniform(2, 21):.2f} percent.",
        f"GDP growth is projected at {r.uniform(-2, 8):.1f} per cent for {s.year + 1}.",
        f"Unemployment stood at {r.uniform(2, 15):.1f}% at the end of {s.year}.",
        f"{s.a.name} ranked {r.randint(1, 190)}th of {r.randint(150, 200)} economies in the index.",
    ))


def _dates(s: Story) -> str:
    r = s.rng
    d = r.randint(1, 28)
    m = MONTHS[r.randint(0, 11)]
    return r.choice((
        f"The forum will take place in {s.b.capital} on {d} {m} {s.year + 1}.",
        f"The agreement, signed on {m} {d}, {s.year}, enters into force on "
        f"{s.year + 1}-{r.randint(1, 12):02d}-01.",
        f"The {ORDINALS[r.randint(0, 3)]} meeting of the intergovernmental commission was held on {m} {d}.",
        f"Direct flights will run {r.randint(2, 14)} times a week from {m} {s.year + 1}.",
        f"The {s.year - 1}–{s.year + 1} action plan covers {r.randint(12, 80)} activities in "
        f"{r.randint(5, 20)} areas.",
    ))


def _contact(s: Story) -> str:
    r = s.rng
    return r.choice((
        f"For details, call the trade office hotline at +{r.randint(1, 99)} ({r.randint(100, 999)}) "
        f"{r.randint(100, 999)}-{r.randint(1000, 9999)}.",
        f"Registration: phone {r.randint(1000, 9999)} {r.randint(1000, 9999)}, ext. {r.randint(10, 999)}.",
        f"Flight {r.choice(('VN', 'J2', 'KC', 'SU', 'TK'))} {r.randint(10, 999)} departs at "
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d} local time.",
        f"Decree No. {r.randint(10, 300)}/{s.year}/ND-CP was issued on "
        f"{MONTHS[r.randint(0, 11)]} {r.randint(1, 28)}.",
    ))


def _sports(s: Story) -> str:
    r = s.rng
    return r.choice((
        f"In {r.choice(SPORTS)}, {s.a.name} beat {s.b.name} {r.randint(1, 5)}-{r.randint(0, 3)} "
        "in a friendly.",
        f"The {s.b.demonym} team won {r.randint(70, 120)}-{r.randint(60, 110)} after overtime.",
        f"The striker has scored {r.randint(5, 40)} goals in {r.randint(20, 90)} appearances.",
        f"Ticket sales passed {r.randint(10, 90)},{r.randint(100, 999)} for the {s.year + 1} season.",
    ))


def _prose(s: Story) -> str:
    r = s.rng
    return r.choice((
        "Both sides reaffirmed their intention to strengthen cooperation in energy and logistics.",
        f"{s.speaker} welcomed the progress made since the previous session of the committee.",
        "The ministers agreed to enhance information sharing and policy consultation at all levels.",
        f"{s.a.name} considers {s.b.name} a reliable partner in the region, the statement said.",
        "The delegations discussed transport corridors, digital customs and visa facilitation.",
        "Business leaders called for simpler procedures and better access to finance.",
        f"The visit marked a new chapter in relations between {s.a.capital} and {s.b.capital}.",
        "Experts say the potential for cooperation remains far from exhausted.",
        "The talks also covered education, culture, tourism and health care.",
        f"According to {s.org}, the two leaders held talks behind closed doors.",
        f"{s.b.demonym} companies are interested in {r.choice(GOODS)} and {r.choice(GOODS)} projects.",
        "The parties will also explore renewable energy and information technology.",
    ))


MONEY_TEMPLATES: tuple[tuple[Template, int], ...] = (
    (_turnover, 6), (_exports, 6), (_balance, 2), (_investment, 2), (_target, 2), (_quote, 2),
    (_conversion, 1), (_range, 1), (_list, 1),
)
#: Share of sentences that state money. About 1,000-1,500 claims per MB: denser than
#: general news, as an archive collected for trade figures is.
MONEY_SHARE = 0.08
OTHER_TEMPLATES: tuple[tuple[Template, int], ...] = (
    (_population, 2), (_commodities, 3), (_macro, 2), (_dates, 2), (_contact, 1), (_sports, 1), (_prose, 12),
)


def _weighted(rng: random.Random, table: tuple[tuple[Template, int], ...]) -> Template:
    fns = [t for t, _ in table]
    weights = [w for _, w in table]
    return rng.choices(fns, weights)[0]


# --------------------------------------------------------------------------- articles


def _headline(s: Story) -> str:
    r = s.rng
    return r.choice((
        f"{s.a.name}, {s.b.name} agree to boost trade",
        f"{s.a.name}-{s.b.name} trade turnover {r.choice(('grows', 'falls', 'hits record'))} in {s.year}",
        f"{s.b.demonym} exports to {s.a.name} surge",
        f"{s.a.name} and {s.b.name} identify {r.randint(5, 30)} cooperation areas",
        f"HEADING {r.choice(('EAST', 'WEST', 'SOUTH'))}: {s.a.name} courts {s.b.name}",
        f"{s.speaker} visits {s.b.capital}",
    ))


def _dateline(r: random.Random, s: Story) -> tuple[str, bool]:
    """A dateline or byline, and whether it states a full date with the year."""
    m = r.randint(0, 11)
    d = r.randint(1, 28)
    y = s.date_year
    by = f"By {r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
    return r.choice((
        (f"{s.a.capital.upper()}, {MONTHS[m]} {d} ({s.org}) -", False),
        (f"Published: {MONTHS_SHORT[m]} {d:02d}, {y} {r.randint(1, 12):02d}:{r.randint(0, 59):02d} PM", True),
        (f"Updated {MONTHS[m]} {d}th {y}, {r.randint(0, 23):02d}:{r.randint(0, 59):02d} IST", True),
        (f"{d} {MONTHS[m]}, {y} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}", True),
        (by, False),
        (f"{by}\n{y}-{m + 1:02d}-{d:02d}", True),
        ("", False),
    ))


def article(seed: int, index: int) -> str:
    """Article ``index`` of the corpus made with ``seed``: 2-8 KB of text ending in a newline."""
    r = random.Random(f"{seed}:{index}")
    a, b = r.choice(_pairs(seed))
    if r.random() < 0.5:
        a, b = b, a
    year = r.choice(YEARS)
    story = Story(r, World(seed), a, b, year, year + r.choice((0, 1)), r.choice((a, b)).leader, r.choice(ORGS))
    dateline, dated = _dateline(r, story)
    if not dated:
        story.date_year = 0  # no "last year": nothing in the text says which year that is
    target = r.randint(2048, 8192)
    parts = [_headline(story)]
    if dateline:
        parts.append(dateline)
    size = sum(len(p) + 1 for p in parts)
    while size < target - 120:
        sentences = []
        for _ in range(r.randint(1, 4)):
            table = MONEY_TEMPLATES if r.random() < MONEY_SHARE else OTHER_TEMPLATES
            sentences.append(_weighted(r, table)(story))
            if "\n" in sentences[-1]:  # a list ends its paragraph
                break
        para = " ".join(sentences)
        if size + len(para) > target + 400 and size > 2048:
            break
        parts.append(para)
        size += len(para) + 1
    return "\n".join(parts) + "\n"


def articles(seed: int, total_bytes: int) -> Iterator[tuple[int, str]]:
    """(index, text) until ``total_bytes`` of UTF-8 have been produced."""
    written = 0
    i = 0
    while written < total_bytes:
        text = article(seed, i)
        yield i, text
        written += len(text.encode("utf-8"))
        i += 1


def file_name(index: int) -> str:
    return f"{index // 500:04d}/a{index:06d}.txt"


def write_corpus(out: Path, mb: float, seed: int = 0, *, single_file: bool = False) -> tuple[int, int]:
    """Write ``mb`` megabytes (10**6 bytes) of articles; returns (files or articles, bytes)."""
    total = int(mb * 1_000_000)
    count = written = 0
    if single_file:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            for _, text in articles(seed, total):
                fh.write(text + "\n")
                count += 1
                written += len(text.encode("utf-8")) + 1
        return count, written
    out.mkdir(parents=True, exist_ok=True)
    made: set[Path] = set()
    for i, text in articles(seed, total):
        path = out / file_name(i)
        if path.parent not in made:
            path.parent.mkdir(exist_ok=True)
            made.add(path.parent)
        data = text.encode("utf-8")
        path.write_bytes(data)
        count += 1
        written += len(data)
    return count, written


def ensure_corpus(out: Path, mb: float, seed: int = 0, *, single_file: bool = False) -> tuple[int, int]:
    """Like :func:`write_corpus`, but reuse ``out`` when a stamp says it was made with the same settings."""
    stamp = out.with_name(out.name + ".stamp")
    want = f"mb={mb} seed={seed} single={single_file} v=2"
    if stamp.exists() and out.exists():
        got, _, counts = stamp.read_text().partition("\n")
        if got == want:
            n, size = counts.split()
            return int(n), int(size)
    result = write_corpus(out, mb, seed, single_file=single_file)
    stamp.write_text(f"{want}\n{result[0]} {result[1]}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes of text to write (default 10)")
    ap.add_argument("--out", required=True, help="folder to write (a file with --single-file)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--single-file", action="store_true", help="all articles in one file, blank line between")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if not args.single_file and out.exists() and any(out.iterdir()):
        print(f"{out} is not empty; choose a new folder", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    n, size = write_corpus(out, args.mb, args.seed, single_file=args.single_file)
    what = "articles" if args.single_file else "files"
    print(f"wrote {n} {what}, {size / 1e6:.1f} MB to {out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
