"""Document text -> money mentions (amount spans with their surroundings).

The scan is anchored on what every money figure has: a number next to a
currency (a symbol, a code or a name). A number without a currency is money
only where it stands in a list or pair whose currency was written once ("from
27 bn euro to 25 bn"); else never ("101.5 million people", "17 areas", "2024", "12%").

Stages, in order (see ``STAGES``):
1. ``segment``      paragraphs and sentences, as character spans;
2. ``find_amounts`` one compiled regex, built from the lexicon, finds amounts;
   ``carry_currency`` gives bare amounts in a list or pair the currency written once;
3. ``merge_ranges`` "$47-48 bln", "$59 billion - $60 billion", "between $2 and $3 billion";
4. ``link_conversions`` "7.2 trillion yen ($64 billion)" -> one conversion group;
5. ``qualify``      the hedge right before the figure (around, over, up to ...).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .cues import metric_cues
from .errors import LexiconError
from .lexicon import rows, word_set
from .numbers import NUMBER_WORDS, parse_number, scale_factor, scales
from .trie import trie_regex

# --------------------------------------------------------------------------
# value objects


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (a line of text) holding it
    index: int  # index of the sentence in the document


@dataclass(frozen=True)
class Mention:
    """One money amount as written, with the raw text beside the parsed value."""

    start: int
    end: int
    surface: str
    value: Decimal
    value_high: Decimal | None  # a range's high end
    currency: str
    step: Decimal  # value of one unit of the last stated digit, in currency units
    qualifier: str  # exact / approx / lower_bound / upper_bound / range
    sentence: int  # index into the sentence list
    group: int  # conversion group: mentions stating one amount in several currencies share it
    in_parens: bool = False  # written inside a parenthesis after another amount


# --------------------------------------------------------------------------
# lexicon loading


@dataclass(frozen=True)
class CurrencyAlias:
    alias: str
    code: str
    prefix: bool
    suffix: bool
    exact_case: bool
    needs_scale: bool = False  # "N95" is no amount; "N1.2 trillion" is


@cache
def currency_aliases() -> tuple[CurrencyAlias, ...]:
    """Currency spellings from ``lexicon/currencies.csv``, validated."""
    out = []
    for row in rows("currencies.csv"):
        alias, code, pos = row.get("alias") or "", row.get("code") or "", row.get("position") or ""
        if not alias or not re.fullmatch(r"[A-Z]{3}", code) or pos not in {"prefix", "suffix", "both"}:
            raise LexiconError(f"currencies.csv: bad row {row}")
        scale = (row.get("scale") or "").strip()
        if scale not in {"", "required"}:
            raise LexiconError(f"currencies.csv: bad row {row}")
        out.append(
            CurrencyAlias(
                alias, code, pos in {"prefix", "both"}, pos in {"suffix", "both"}, row.get("case") == "exact",
                scale == "required",
            )
        )
    return tuple(out)


def _alternation(words: list[tuple[str, bool]]) -> str:
    """A regex alternation from (word, exact_case) pairs, longest first.

    Case-insensitive words get an inline ``(?i:...)`` group so the whole
    pattern can stay case-sensitive for codes like ``USD`` and scale ``M``.
    """
    exact = {w for w, e in words if e}
    loose = {w.lower() for w, e in words if not e}  # one branch per letter, whatever the casing
    # two groups, not one inline flag per word: the engine can then skip a group by its first
    # character; each a trie, so a position costs one branch per character, not every word
    groups = []
    if exact:
        groups.append("(?:" + trie_regex(exact, space=r"\s+") + ")")
    if loose:
        groups.append("(?i:" + trie_regex(loose, space=r"\s+") + ")")
    return "|".join(groups)


def _lookup_currency(text: str, *, prefix: bool) -> str:
    norm = " ".join(text.split())
    for ca in currency_aliases():
        if (prefix and not ca.prefix) or (not prefix and not ca.suffix):
            continue
        if (ca.alias == norm) if ca.exact_case else (ca.alias.lower() == norm.lower()):
            return ca.code
    raise KeyError(text)


# "a billion dollars", "half a billion dollars": word numbers count only before a scale word
_WORD_NUMBERS = sorted((w for w in NUMBER_WORDS if w != "hundred"), key=lambda w: (-len(w), w))


@cache
def money_regex() -> re.Pattern[str]:
    """The one compiled pattern for amounts. Linear: no nested quantifiers."""
    aliases = currency_aliases()
    prefixes = _alternation([(a.alias, a.exact_case) for a in aliases if a.prefix])
    suffixes = _alternation([(a.alias, a.exact_case) for a in aliases if a.suffix])
    free = _alternation([(s.word, s.exact_case) for s in scales() if not s.attached])
    glued = _alternation([(s.word, s.exact_case) for s in scales() if s.attached])
    number = (
        r"""
        (?: \d{1,3}(?:,\d{2,3})+(?:\.\d+)?          # 1,234.5 / 4,60,000 (Indian grouping)
          | \d{1,3}(?:[\u00a0\u202f\u2009\x20]\d{3}){1,5}(?:[.,]\d{1,2})?(?![\d.,]\d)  # 2 300, 1 234,5 (space grouping)
          | \d+(?:[.,]\d+)?                         # 52.6 / 52,6 / 2024
          | (?i:"""
        + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_NUMBERS)  # a verbose pattern drops bare spaces
        + r""")(?=\s)   # three (before a scale word)
        )"""
    )
    pattern = rf"""
        (?<![\w$€£¥₹.,])                    # not glued to a word, symbol or number before
        (?:(?P<pre>{prefixes})[\x20\u00a0]{{0,2}})?    # currency before the number: US$, USD, Rs.
        (?P<num>{number})
        (?:\x20?[-–]\x20?(?P<num2>\d+(?:[.,]\d+)?))?  # inline range: 47-48
        (?:                                       # (two spaces: a joined line break "\r\n", or a typo)
            (?:[\x20\u00a0]{{1,2}}|-)?(?=[^\W\d_])(?P<scale>{free})(?![A-Za-z])   # million, bn; "$1.2-billion"
          | (?P<gscale>{glued})(?![A-Za-z])              # glued only: 5m, 5bn, $2B
          | (?(pre)\x20(?P<sscale>{glued})(?![\w&]))      # or spaced after a currency: "$ 4 b", not "5 m"
        )?
        # currency after: euros, yuan; hyphened after a scale word: "9.26 trillion-won"
        (?:(?:[\x20\u00a0]{{1,2}}|(?<=[A-Za-z])-)(?=[^\s\d])(?P<post>{suffixes})(?![A-Za-z]))?
    """
    return re.compile(pattern, re.VERBOSE)


# --------------------------------------------------------------------------
# stage 1: segmentation

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
    "rs",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "approx",
    "est",
    "gov",
    "gen",
    "sen",
    "rep",
    "jr",
    "sr",
    "fig",
    "dept",
    "govt",
}
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def segment(text: str) -> list[Sentence]:
    """Split text into sentences; a line break always ends a sentence and a paragraph."""
    sentences: list[Sentence] = []
    pos = 0
    for p_index, line in enumerate(text.split("\n")):
        line_start, pos = pos, pos + len(line) + 1
        start = 0
        for m in _SENTENCE_END.finditer(line):
            if line[m.start()] == "." and _is_abbreviation(_last_word(line, start, m.start())):
                continue
            _add(sentences, line_start + start, line_start + m.end(), line, line_start, p_index)
            start = m.end()
        _add(sentences, line_start + start, line_start + len(line), line, line_start, p_index)
    return sentences


#: Abbreviations are short: the word before a full stop is read from this many characters.
_LAST_WORD_REACH = 64
_INITIAL = re.compile(r"[a-z]")  # "J. Smith"
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")  # "U.S.", "U.A.E."


def _last_word(line: str, start: int, end: int) -> str:
    """The word before ``end`` (not before ``start``), lowercased, without trailing full stops."""
    lo = max(start, end - _LAST_WORD_REACH)
    before = line[lo:end].rsplit(None, 1)
    if lo > start and len(before) < 2:  # a word longer than the reach: read it whole
        before = line[start:end].rsplit(None, 1)
    return before[-1].lower().rstrip(".") if before else ""


def _is_abbreviation(word: str) -> bool:
    if word in _ABBREVIATIONS or _INITIAL.fullmatch(word) or _INITIALISM.fullmatch(word):
        return True
    # "Jan.-Sept." ends in "Sept."
    return any(mark in word for mark in "-–/") and re.split(r"[-–/]", word)[-1].rstrip(".") in _ABBREVIATIONS


def _add(out: list[Sentence], start: int, end: int, line: str, line_start: int, paragraph: int) -> None:
    seg = line[start - line_start : end - line_start]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    if seg.strip():
        out.append(Sentence(start + lead, end - trail, paragraph, len(out)))


# --------------------------------------------------------------------------
# stage 2: amounts


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    value: Decimal
    value_high: Decimal | None
    currency: str
    step: Decimal
    factor: Decimal  # the scale word's multiplier (1 when none was written)
    bare: bool = False  # a dollar that names no country ("$5", "5 billion dollars")


@cache
def _signs_needing_scale() -> frozenset[str]:
    """Signs before a number that make money only with a scale word."""
    return frozenset(a.alias.lower() for a in currency_aliases() if a.needs_scale and a.prefix)


@cache
def _words_needing_scale() -> frozenset[str]:
    """Words written only after a number ("pound") that make money only with a scale word."""
    return frozenset(a.alias.lower() for a in currency_aliases() if a.needs_scale and not a.prefix)


def _parse_match(m: re.Match[str]) -> _Raw | None:
    pre, post = m.group("pre"), m.group("post")
    if not pre and not post:
        return None
    num = m.group("num")
    scale = m.group("scale") or m.group("gscale") or m.group("sscale")
    if num.strip().lower() in NUMBER_WORDS and not scale:
        return None  # "three euros" is fine in prose but "one $" is not an amount we can trust
    if not scale and (
        (pre or "").strip().lower() in _signs_needing_scale() or (post or "").strip().lower() in _words_needing_scale()
    ):
        # "N1.2 trillion" is naira; "N95", "SR 71" and "the TL 5 team" are not money, nor is
        # "a 5 pound bag" (where "2 billion pound" is)
        return None
    try:
        parsed = parse_number(num)
        factor = scale_factor(scale) if scale else Decimal(1)
        currency = _lookup_currency(pre, prefix=True) if pre else _lookup_currency(post, prefix=False)
    except (ValueError, KeyError):
        return None
    if pre and post:
        try:
            if _lookup_currency(post, prefix=False) != currency:
                return None  # "$5 euros": contradictory, not a figure we can state
        except KeyError:
            return None
    high = None
    if m.group("num2"):
        try:
            p2 = parse_number(m.group("num2"))
        except ValueError:
            return None
        if p2.value <= parsed.value:
            return None  # "2023-24" style or a score, not a range
        high = p2.value * factor
    bare = all(" ".join(sign.split()).lower() in _BARE_DOLLAR for sign in (pre, post) if sign)
    return _Raw(m.start(), m.end(), parsed.value * factor, high, currency, parsed.step * factor, factor, bare)


#: The dollar spellings that name no country: "$5 billion", "5 billion dollars". They are US dollars
#: unless the document says in words which dollar its amounts are in (``stated_dollar``).
_BARE_DOLLAR = frozenset({"$", "dollar", "dollars"})

#: What comes before "in <X> dollars" in a note on the money a document's amounts are in: the amounts
#: in general as subject ("Unless otherwise stated, values are seasonally adjusted and in current
#: Canadian dollars", "All figures in this release are in Australian dollars", "Amounts in New Zealand
#: dollars"), or an opening bracket ("(in Hong Kong dollars)"). "Canada's exports, measured in US
#: dollars, ..." names one flow, and "the Canadian dollar fell 2%" no unit: neither is such a note.
_DOLLAR_NOTE_LEAD = re.compile(
    r"(?:(?P<paren>\()\s*"
    r"|\b(?:values|amounts|figures|data|numbers|totals)"
    r"(?:\s+(?:[\w'’-]+\s+){0,6}?"  # "figures in this release"
    r"(?:are|is|were|was|be|been|expressed|stated|given|reported|quoted|shown|presented|denominated)\b"
    r"[^\d.;:!?()\n]{0,40}?)?"  # "are seasonally adjusted and"
    r"\s+)$",
    re.IGNORECASE,
)
#: How far before "in <X> dollars" the note's subject can start.
_DOLLAR_NOTE_REACH = 120


@cache
def _dollar_note_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "in [current] <X> dollars", X any country whose dollar currencies.csv names, and the codes."""
    names = {
        " ".join(a.alias.lower().split()): a.code
        for a in currency_aliases()
        if a.suffix and a.alias.lower().endswith(" dollars")
    }
    alt = trie_regex(names, space=r"\s+")
    pattern = re.compile(
        rf"\bin\s+(?:(?:current|constant|nominal)\s+)?(?P<name>{alt})\b(?P<close>\s*\))?", re.IGNORECASE
    )
    return pattern, names


def stated_dollar(text: str) -> str | None:
    """The dollar a document says its amounts are in, or None when it says none or two different ones.

    >>> stated_dollar("Exports rose to $5.1 billion. All figures are in Australian dollars.")
    'AUD'
    >>> stated_dollar("New Zealand's exports, measured in US dollars, rose to $5.1 billion.") is None
    True
    """
    pattern, names = _dollar_note_regex()
    found = set()
    for m in pattern.finditer(text):
        lo = max(0, m.start() - _DOLLAR_NOTE_REACH, text.rfind("\n", 0, m.start()) + 1)
        lead = _DOLLAR_NOTE_LEAD.search(text, lo, m.start())
        if lead is None or (lead.group("paren") and not m.group("close")):
            continue
        found.add(names[" ".join(m.group("name").lower().split())])
    return found.pop() if len(found) == 1 else None


def find_currency_token(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The span of the first currency spelling at or after ``pos`` that starts a word or
    follows a digit or symbol, or None.

    Every currency a money figure can carry starts so ("US$5", "(€4 bn", "5 euros",
    "100€"); one glued to a letter before it ("som" in "handsome") never does, and
    leaving those out lets the scan visit only the characters after a non-letter.
    """
    if pos == 0:
        first = currency_token_regex().match(text)
        if first is not None:
            return first.span()
        pos = 1
    found = _token_after_non_letter().search(text, pos - 1)
    return found.span("token") if found is not None else None


@cache
def _token_after_non_letter() -> re.Pattern[str]:
    # a look-behind would stop the engine skipping ahead; consuming the character before
    # the token lets it jump from one non-letter to the next
    return re.compile(rf"[^A-Za-z](?P<token>{currency_token_regex().pattern})")


@cache
def currency_token_regex() -> re.Pattern[str]:
    """Any currency spelling on its own: the anchor every money figure has.

    Case-insensitive names are listed in their usual casings so the trie can match
    case-sensitively (a case-insensitive alternation cannot skip ahead by character).
    """
    tokens: set[str] = set()
    for a in currency_aliases():
        word = a.alias.split()[-1] if a.suffix and not a.prefix else a.alias
        if a.exact_case and a.prefix and not a.suffix and word.isalpha() and len(word) <= 2:
            # "N1.2 trillion", "Dh 5 billion": a one- or two-letter sign is a token only before a
            # digit, or every capitalised "N" and "R" would open a window
            tokens |= {f"{word}{gap}{digit}" for gap in ("", " ", "\u00a0") for digit in "0123456789"}
        elif a.exact_case:
            tokens.add(word)
        else:
            tokens |= {word.lower(), word.capitalize(), word.upper()}
    return re.compile(trie_regex(tokens))


#: How far before a currency token an amount can start ("three trillion Russian rubles"),
#: and after it end ("US$ 171,809 million").
_BEFORE, _AFTER = 80, 120


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around currency tokens, merged; only there can an amount be."""
    out: list[tuple[int, int]] = []
    pos = 0
    while (span := find_currency_token(text, pos)) is not None:
        a, b = max(0, span[0] - _BEFORE), min(len(text), span[1] + _AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
        # tokens before the window's last half are inside it already: jump, so "$$$$..." stays cheap
        pos = max(span[1], out[-1][1] - _AFTER // 2, pos + 1)
    return out


def find_amounts(text: str) -> list[_Raw]:
    """Every amount with a currency. The amount pattern runs only near currency tokens, so a
    10 MB run of bare numbers costs one cheap scan, not a Python step per number."""
    out = []
    last_end = 0
    rate_end = -100  # where the last exchange rate ended
    search = money_regex().search
    for a, b in _windows(text):
        pos = max(a, last_end)
        while (m := search(text, pos, b)) is not None:
            raw = _parse_match(m)
            if raw is None:
                pos = m.start() + 1  # a rejected match ("a €") must not hide one inside it ("€7.4 billion")
                continue
            end = raw.end
            last_end = pos = end
            # "600,000 rials per dollar", "83 rupees to the dollar": an exchange rate, not an amount;
            # so is a price of a currency ("the euro trades at around 48.7 liras"), and the earlier
            # rate it is compared with ("..., compared with about ₦900 in mid-2023")
            per = _PER_CURRENCY.match(text, end)
            if (
                per is not None
                or _CURRENCY_PRICED.search(text, max(0, raw.start - 60), raw.start)
                or (raw.start - rate_end < 60 and _RATE_BASE.fullmatch(text, rate_end, raw.start))
            ):
                rate_end = per.end() if per is not None else end
                continue
            # "CAD 1 = VND 18,650": a rate written as an equation; both sides are the rate
            if raw.value == 1 and raw.factor == 1 and (eq := _EQUALS.match(text, end)) is not None:
                last_end = pos = eq.end()
                nxt = search(text, pos, b)
                if nxt is not None and nxt.start() == pos and (other := _parse_match(nxt)) is not None:
                    last_end = pos = other.end
                continue
            # "5 million pounds of beef" is a mass, not sterling
            if raw.currency == "GBP" and re.match(r"\s+of\s", text[end : end + 5]) and "£" not in text[raw.start : end]:
                continue
            out.append(raw)
    return out


_EQUALS = re.compile(r"[ \t]*=[ \t]*")
#: Currencies by name (the pound apart: "per pound" is usually a weight)
_NAMED_CURRENCIES = (
    r"dollar|euro|greenback|yuan|renminbi|yen|rupee|peso|franc|ruble|rouble|lira|rand|ringgit|baht|won|"
    r"naira|cedi|shilling|rupiah|dong|taka|hryvnia|tenge|zloty|forint|dirham|riyal|rial|kwacha"
)
_CURRENCY_NAMES = r"(?:" + _NAMED_CURRENCIES + r"|pound)"
#: "the euro trades at around 48.7 liras", "the naira traded at ₦1,535": the amount is a currency's price
#: (a currency may carry a few words before it: "the Kenyan shilling", "the informal 'blue' dollar"; a
#: preposition among them makes it something else: "the surplus in dollar terms rose to $5 billion")
_CURRENCY_PRICED = re.compile(
    r"\bthe\s+(?:(?!(?:in|of|for|by|on|at|to)\b)[\"“”'‘’]?[\w-]+[\"“”'‘’]?\s+){0,3}" + _CURRENCY_NAMES
    + r"\s+(?:(?:has|had|was|is)\s+)?"
    r"(?:trades?|traded|trading|stood|stands|closed|ended|weakened|slid|fell|strengthened|rose|quoted|"
    r"changed\s+hands)\s+(?:at|to)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|under|below|above)\s+)?\Z",
    re.IGNORECASE,
)
#: what stands between a rate and the earlier rate it is compared with
_RATE_BASE = re.compile(
    r"(?:\s+(?:in|during|for|on|at)\s+[\w\s-]{1,20}?)?"  # "... to the dollar in 2024, compared with"
    r"[\s,]*(?:(?:compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from|from)\s+)"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|under)\s+)?",
    re.IGNORECASE,
)
_PER_CURRENCY = re.compile(
    r"\s*(?:per|to\s+the|against\s+the|for\s+(?:one|a|each))\s+(?:US\s+|U\.S\.\s+|(?P<adj>(?-i:[A-Z][a-z]+))\s+)?"
    r"(?:(?:" + _NAMED_CURRENCIES + r")\b"
    r"|USD|EUR|\$|€"
    # "per pound" is a weight unless the pound is a currency's ("to the pound", "per British pound")
    r"|(?:(?<=the\s)|(?(adj)|(?!)))pound\b)",  # "13.6 Mexican pesos per Canadian dollar"
    re.IGNORECASE,
)


# --------------------------------------------------------------------------
# stage 2b: amounts whose currency was written once


@cache
def _bare_regex() -> re.Pattern[str]:
    """A number with a scale word and no currency: "26.3 bn", "12.35 billion", "(-3.5 bn)"."""
    free = _alternation([(s.word, s.exact_case) for s in scales() if not s.attached and s.factor >= 10**6])
    glued = _alternation([(s.word, s.exact_case) for s in scales() if s.attached and s.factor >= 10**6])
    return re.compile(
        rf"""
        (?:(?<![\w$€£¥₹.,/-]) | (?<=[(\s][-−]))   # not glued to a word; "(-3.5 bn)", the sign left to the metric
        (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)? | \d+(?:[.,]\d+)?)
        (?: [\x20\u00a0](?P<scale>{free}) | (?P<gscale>{glued}) )
        (?![\w$€£¥₹%-])
        """,
        re.VERBOSE,
    )


#: What may follow an amount that is money by position: a stop, or a word that starts a new phrase.
#: A noun there ("1.4 billion people", "2 million tonnes", "3 billion barrels") is the amount's unit; a
#: number in brackets ("over 10 billion (10.8 billion)") restates the amount.
_AFTER_BARE = re.compile(
    r"\s*(?:[,.;:)\]]|\((?=\d)|$|(?:in|to|and|or|from|while|whilst|against|compared|versus|respectively|during|"
    r"for|at|on|a|the|last|this|year|a\s+year|as|with|which|but)\b)",
    re.IGNORECASE,
)
#: "from A to B", "A and B", "A, B": one amount coordinated with the next one
_COORDINATED = re.compile(r"\s*(?:,|to|and|or|,\s*and)\s*", re.IGNORECASE)


@cache
def _not_money_subject() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{trie_regex(word_set('not_money_subjects.csv'))})(?![\w-])", re.IGNORECASE)


#: How far back in its clause a bare amount's subject is looked for ("the population reached 1.4 billion").
_SUBJECT_REACH = 40
#: Metric cues that say a sentence is about money: a bare amount there may take the paragraph's currency.
_MONEY_METRICS = frozenset({"trade_total", "exports", "imports", "trade_balance", "investment"})


def _about_money(text: str, sent: Sentence) -> bool:
    return any(c.value in _MONEY_METRICS for c in metric_cues().find(text, sent.start, sent.end))


def _headline_money(
    text: str, sentences: list[Sentence], by_sentence: dict[int, list[_Raw]], raws: list[_Raw]
) -> _Raw | None:
    """The headline's amount when its currency is the only one the whole document writes.

    A headline gives the unit once ("Morocco-Spain: 19 billion euros of trade") and the body may go on
    with bare amounts ("exports exceeded 10.8 billion"). The headline is the first line when it is one
    sentence without a closing full stop; any other currency in the document makes the carry unsafe.
    """
    if not sentences or sentences[0].index != 0:
        return None
    first = sentences[0]
    if len(sentences) > 1 and sentences[1].paragraph == first.paragraph:
        return None
    if text[first.start : first.end].rstrip().endswith("."):
        return None
    own = by_sentence.get(0, [])
    if not own or len({r.currency for r in raws}) != 1:
        return None
    return own[-1]


def carry_currency(text: str, sentences: list[Sentence], raws: list[_Raw]) -> list[_Raw]:
    """Amounts that take the currency written once for a pair or a list.

    Writers give the currency at the first amount and leave it off the rest: "from 27 bn euro to 25 bn",
    "$11 billion and 12 billion", "Spain (4.1 bn euro), Italy (3.2 bn)". A number with a scale word and
    no unit of its own after it is then money in that currency when (a) its sentence states money in
    that one currency only, and it comes after such a figure or right before one ("from 2 to 3 bn" aside,
    "from 2.1 bn to 3.4 bn euro"); or (b) its sentence states no money but speaks of trade, and the money
    earlier in its paragraph is in that one currency, or its paragraph has none yet and the headline's is
    the document's one currency ("19 billion euros of trade" over "exports exceeded 10.8 billion"). A
    noun after the number ("1.4 billion people") or a subject that is not money before it ("the
    population reached 1.4 billion") keeps it out.
    """
    if not raws:
        return raws
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[_Raw]] = {}
    for raw in raws:
        by_sentence.setdefault(_sentence_of(starts, raw.start), []).append(raw)
    added: list[_Raw] = []
    merged: dict[int, _Raw] = {}  # an amount and the lower-scale part written right after it, as one
    paragraph_money: dict[int, tuple[set[str], _Raw]] = {}  # currencies so far in each paragraph, and its last
    headline = _headline_money(text, sentences, by_sentence, raws)
    # failing a headline, the top's: a wire story that writes one currency states it with its first figure
    # and leaves it off in later paragraphs ("a surplus of €10.5 billion" over "exports were 351 billion")
    top = headline or (raws[0] if len({r.currency for r in raws}) == 1 else None)
    for s_index, sent in enumerate(sentences):
        own = by_sentence.get(s_index, [])
        earlier = paragraph_money.get(sent.paragraph)
        if earlier is None and top is not None and not own and sent.start >= top.end:
            earlier = ({top.currency}, top)  # a body paragraph with no money yet reads the headline's or the top's
        if own:
            seen = earlier[0] if earlier else set()
            paragraph_money[sent.paragraph] = (seen | {r.currency for r in own}, own[-1])
            if len({r.currency for r in own}) != 1:
                continue
        elif earlier is None or len(earlier[0]) != 1 or not _about_money(text, sent):
            continue
        own_starts = [r.start for r in own]
        for m in _bare_regex().finditer(text, sent.start, sent.end):
            i = bisect_right(own_starts, m.start())
            before, after = (own[i - 1] if i else None), (own[i] if i < len(own) else None)
            if (before is not None and before.end > m.start()) or (after is not None and after.start < m.end()):
                continue  # inside an amount found with its currency
            try:
                parsed = parse_number(m.group("num"))
                factor = scale_factor(m.group("scale") or m.group("gscale"))
            except (ValueError, KeyError):
                continue
            if (
                before is not None
                and before.value_high is None
                and factor < before.factor
                and not text[before.end : m.start()].strip()
            ):
                # "$14 bln 28 mln", "Rs 86 billion 831 million were recorded": one amount written in two
                # scales, as CIS and South Asian papers do (14.028 billion); the smaller part glued to the
                # larger is that amount's, whatever word follows it
                joined = replace(
                    merged.get(id(before), before), end=m.end(), step=parsed.step * factor,
                    value=merged.get(id(before), before).value + parsed.value * factor,
                )
                merged[id(before)] = joined
                continue
            if not _AFTER_BARE.match(text, m.end()):
                continue
            # the words since the last amount: a subject there is this amount's ("euro" in "12 bn euro" is not)
            lead = max(sent.start, m.start() - _SUBJECT_REACH, before.end if before is not None else 0)
            clause = re.split(r"[,;:()]", text[lead : m.start()])[-1]
            if _not_money_subject().search(clause):
                continue
            if own and before is None and not (
                after is not None and _COORDINATED.fullmatch(text, m.end(), after.start)
            ):
                continue
            donor = before or after or (earlier[1] if earlier else None)
            if donor is None:
                continue
            added.append(
                _Raw(m.start(), m.end(), parsed.value * factor, None, donor.currency, parsed.step * factor, factor,
                     donor.bare)
            )
    if not (added or merged):
        return raws
    return sorted([*(merged.get(id(r), r) for r in raws), *added], key=lambda r: r.start)


# --------------------------------------------------------------------------
# stage 3: ranges written as two amounts

_RANGE_JOIN = re.compile(r"^\s*(?:[-–—]|to|and)\s*$")


_HEDGED_SPAN = re.compile(
    r"\b(?:around|about|roughly|approximately|some|estimated\s+at|put\s+at|valued\s+at|in\s+the\s+range\s+of)\s+$",
    re.IGNORECASE,
)


_SPAN_LEAD = re.compile(r"(?:\brang(?:e|es|ed|ing)\s+(?:from\s+)?|\b(?:reach|hit|of|at|be)\s+)$", re.IGNORECASE)


def merge_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join "A - B", "between A and B", "between A to B" into one range amount.

    A low end written without a scale word takes the high end's ("between $2
    and $3 billion"). "from A to B" is a change, not a range, and stays two amounts.
    """
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws):
            b = raws[i + 1]
            gap = text[a.end : b.start]
            lo, step = a.value, a.step
            if a.factor == 1 and b.factor != 1:  # "between $2 and $3 billion"
                lo, step = a.value * b.factor, a.step * b.factor
            dash = gap.strip() in {"-", "–", "—"}
            lead = text[max(0, a.start - 30) : a.start]
            to = gap.strip().lower() == "to"
            between = _RANGE_JOIN.match(gap) and (
                re.search(r"\bbetween\s+$", lead, re.IGNORECASE)
                # "around $23bn to $24bn", "estimated at $2-3bn": a hedged span, not a change from A to B
                or (to and _HEDGED_SPAN.search(lead) and not re.search(r"\b(?:from|by)\s+(?:\w+\s+)?$", lead))
                # "estimates range from $24.6 million to $31.8 million"; "to reach $405 billion to $410
                # billion", "a surplus of $50 billion to $70 billion": a level given as a span, whose ends
                # are close. A change ("rose $2 billion to $10 billion") has other words before it
                or (to and _SPAN_LEAD.search(lead) and b.value <= 2 * lo)
            )
            same = a.currency == b.currency and a.value_high is None and b.value_high is None
            if (dash or between) and same and lo < b.value:
                out.append(
                    _Raw(a.start, b.end, lo, b.value, a.currency, min(step, b.step), b.factor, a.bare and b.bare)
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# --------------------------------------------------------------------------
# stages 4-5: conversion groups and qualifiers


@cache
def _qualifier_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for row in rows("qualifiers.csv"):
        phrase, qual = (row.get("phrase") or "").strip(), (row.get("qualifier") or "").strip()
        if not phrase or qual not in {"approx", "lower_bound", "upper_bound"}:
            raise LexiconError(f"qualifiers.csv: bad row {row}")
        table[phrase.lower()] = qual
    alt = _alternation([(p, False) for p in table])
    # the cue, then at most two filler words, then the end of the text before the figure
    pat = re.compile(
        rf"(?<![\w])(?P<cue>{alt})\s+(?:(?:a|an|the|of|at|to|just|some|level\s+of)\s+){{0,2}}$",
        re.IGNORECASE,
    )
    return pat, table


@cache
def _particle_verb(particle: str) -> re.Pattern[str]:
    """A verb of ``particle_verbs.csv`` whose ``particle`` ("up", "over") follows, at the end of the text."""
    words = set()
    for row in rows("particle_verbs.csv"):
        word, part = (row.get("word") or "").strip().lower(), (row.get("particle") or "").strip()
        if not word or part not in {"up", "over"}:
            raise LexiconError(f"particle_verbs.csv: bad row {row}")
        if part == particle:
            words.add(word)
    return re.compile(rf"(?<![\w-])(?:{trie_regex(words)})\s+$", re.IGNORECASE)


#: After a figure: the figure is a line the flow crossed ("topped the $5 billion mark"), not a
#: figure of its own that another is compared with ("well below the $3.3 billion projected")
THRESHOLD_NOUNS = r"(?:mark|level|threshold|barrier|milestone|line|ceiling|cap|limit|benchmark)"
_THRESHOLD_AFTER = re.compile(r"\s*(?:-|\s)?" + THRESHOLD_NOUNS + r"s?\b", re.IGNORECASE)


def qualifier_before(text: str, start: int, end: int | None = None) -> str:
    """The hedge written right before position ``start``, or ``exact``.

    With the figure's ``end``: a bound word before "the" compares with a figure that is
    stated for itself ("below the $3.3 billion forecast", "surpassing the $200 billion target"),
    so that figure is exact; "the $5 billion mark" is a line crossed, and stays a bound.

    >>> qualifier_before("trade reached almost $5 billion", 21)
    'approx'
    >>> qualifier_before("exports rose 4%, up to $5 billion", 23)
    'exact'
    """
    window = text[max(0, start - 60) : start]
    if window.rstrip().endswith("~"):
        return "approx"  # "~$4.1 billion"
    pat, table = _qualifier_regex()
    m = pat.search(window)
    if not m:
        return "exact"
    cue = " ".join(m.group("cue").lower().split())
    qual = table.get(cue, "exact")
    if (
        end is not None
        and qual in {"lower_bound", "upper_bound"}
        and re.search(r"\bthe\b", window[m.end("cue") :], re.IGNORECASE)
        and not _THRESHOLD_AFTER.match(text, end)
    ):
        return "exact"
    if cue == "up to":
        # "rose 11.6 per cent, up to $86.5 billion", "exports edged up to $812 million": after a comma
        # or a verb of movement, 'up to' is the movement, not a ceiling
        lead = window[: m.start()]
        if lead.rstrip().endswith(",") or _particle_verb("up").search(lead):
            return "exact"
    if cue == "over" and re.search(r"\b(?:trade|turnover|exports?|imports?)\s+$", window[: m.start()]):
        return "exact"  # "trade over $X worth of goods" is rare; "exports over" reads as a bound though
    if cue == "over" and _particle_verb("over").search(window[: m.start()]):
        return "exact"  # "China rolled over a $2 billion deposit", "handed over $5 million": a verb's particle
    return qual


# "(US$145bn)", "(about $820 billion)", "(or around $64 billion)"
_PAREN_OPEN = re.compile(
    r"\s*,?\s*\(\s*(?:or\s+)?(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|close\s+to)?\s*",
    re.IGNORECASE,
)
_PAREN_CLOSE = re.compile(r"\s*\)")
_OR_CONVERSION = re.compile(r"\s*\)?\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?")
_SLASH = re.compile(r"\s*[/=]\s*")


_HEDGE_AFTER = (
    (re.compile(r"(?:-?\s?plus\b|\+|\s+or\s+more\b|\s+and\s+(?:above|more)\b)", re.IGNORECASE), "lower_bound"),
    (re.compile(r"\s+or\s+(?:less|fewer)\b", re.IGNORECASE), "upper_bound"),
    (re.compile(r"\s+or\s+so\b", re.IGNORECASE), "approx"),
)


def _hedge_after(text: str, end: int) -> str:
    """A hedge written after the figure: "$1.2bn-plus", "$5 billion or more", "$3 billion or so"."""
    tail = text[end : end + 16]
    for pattern, qualifier in _HEDGE_AFTER:
        if pattern.match(tail):
            return qualifier
    return ""


def link_conversions(text: str, raws: list[_Raw]) -> list[int]:
    """Group amounts that state one figure in several currencies.

    "A (B)" with different currencies, and "A, or C" / "A (B) or C" where C is
    in yet another currency: the writer's conversions of one amount.
    """
    groups = list(range(len(raws)))
    for i in range(1, len(raws)):
        a, b = raws[i - 1], raws[i]
        gap = text[a.end : b.start]
        if a.currency == b.currency:
            continue
        in_parens = _PAREN_OPEN.fullmatch(gap) and _PAREN_CLOSE.match(text[b.end : b.end + 3])
        if in_parens or _OR_CONVERSION.fullmatch(gap) or _SLASH.fullmatch(gap):
            groups[i] = groups[i - 1]
    return groups


# --------------------------------------------------------------------------
# the pipeline


def mentions(text: str, sentences: list[Sentence] | None = None, home_dollar: str | None = None) -> list[Mention]:
    """Every money mention in ``text``, in order of position.

    ``home_dollar`` is the dollar of the country the story comes from (its outlet or dateline), when that
    country's money is a dollar other than the US one: a story that marks US dollars ("US$") and leaves
    other amounts bare ("$20 billion") writes its own dollar bare.
    """
    sents = sentences if sentences is not None else segment(text)
    raws = find_amounts(text)
    if any(raw.bare for raw in raws):
        # "$63.2 billion" in a release that says its values are in Canadian dollars; "US$" stays
        dollar = stated_dollar(text)
        if dollar is None and home_dollar is not None and _marks_us_dollar_only(text, raws):
            dollar = home_dollar
        if dollar is not None:
            raws = [replace(raw, currency=dollar) if raw.bare else raw for raw in raws]
    raws = carry_currency(text, sents, raws)
    raws = merge_ranges(text, raws)
    groups = link_conversions(text, raws)
    starts = [s.start for s in sents]
    out: list[Mention] = []
    group_qualifier: dict[int, str] = {}
    for raw, group in zip(raws, groups, strict=True):
        s_index = _sentence_of(starts, raw.start)
        in_parens = text[max(0, raw.start - 2) : raw.start].rstrip(" ").endswith("(")
        if raw.value_high is not None:
            qual = "range"
        else:
            own = qualifier_before(text, raw.start, raw.end)
            # a conversion carries the hedge of the figure it converts, unless it has its own ("or about Rs 95 crore")
            qual = own if own != "exact" or group not in group_qualifier else group_qualifier[group]
            qual = _hedge_after(text, raw.end) or qual
        group_qualifier.setdefault(group, qual)
        out.append(
            Mention(
                raw.start,
                raw.end,
                text[raw.start : raw.end],
                raw.value,
                raw.value_high,
                raw.currency,
                raw.step,
                qual,
                s_index,
                group,
                in_parens,
            )
        )
    return out


@cache
def _marked_dollar_signs() -> tuple[frozenset[str], frozenset[str]]:
    """Dollar signs that name their country: the US one's ("US$", "U.S.$") and the others' ("C$", "A$")."""
    marked = [a for a in currency_aliases() if a.prefix and "$" in a.alias and a.alias not in _BARE_DOLLAR]
    return (frozenset(a.alias for a in marked if a.code == "USD"),
            frozenset(a.alias for a in marked if a.code != "USD"))


def _marks_us_dollar_only(text: str, raws: list[_Raw]) -> bool:
    """Does the text write the US dollar's own sign ("US$10.8 trillion") and no other country's dollar sign?

    Outlets in Canada, Australia or Hong Kong mark US dollars so and leave their own bare; a text that
    also writes "C$" or "A$" marks every dollar, and its bare "$" is the US one.
    """
    us, others = _marked_dollar_signs()
    us_seen = False
    for raw in raws:
        if raw.bare:
            continue
        sign = " ".join(text[raw.start : raw.end].split())
        if any(sign.startswith(o) for o in others):
            return False
        us_seen = us_seen or any(sign.startswith(u) for u in us)
    return us_seen


def _sentence_of(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


def iter_mentions(text: str) -> Iterator[Mention]:
    yield from mentions(text)


def with_group(m: Mention, group: int) -> Mention:
    return replace(m, group=group)


STAGES = ("segment", "find_amounts", "carry_currency", "merge_ranges", "link_conversions", "qualify")
