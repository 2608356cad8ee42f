"""Growth phrases -> rates: "rose 12.4%", "a 418.5% year-on-year increase", "doubled", "elevenfold".

A growth phrase says how a figure compares with an earlier one; the resolver
turns it into the implied earlier figure (a ``derived`` claim). Here we only
find the phrases and read the rate with the rounding of its last digit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .cues import growth_words
from .numbers import NUMBER_WORDS
from .trie import trie_regex

_MULTIPLES = {
    "doubled": 2,
    "doubling": 2,
    "double": 2,
    "tripled": 3,
    "tripling": 3,
    "trebled": 3,
    "quadrupled": 4,
    "quadrupling": 4,
    "halved": -2,
    "halving": -2,
}
#: "eightfold", "three times": the written numbers, plus "hundred"
_FOLD_WORDS = {**{w: n for w, n in NUMBER_WORDS.items() if n > 1}, "hundred": 100}
_RATE_HEDGE = (
    r"(?:more\s+than|over|nearly|almost|about|around|roughly|some|approximately|close\s+to"
    r"|just\s+over|just\s+under|less\s+than|under)"
)
#: How a rate is marked as per cent: "%", "per cent", "percent", "pct", and "pc" (Pakistani and British
#: papers: "rose 7.4pc"); the word forms are whole words, and may be hyphenated ("a 2.1-percent decline").
#: The sign may stand a space (or a no-break space) after the number, as French typography and many
#: translated wires set it: "up by 27.3 %".
PERCENT = r"(?:[ \u00a0\u202f]?%|[\s-]?per[\s-]?cent\b|[\s-]?percent\b|\s?pct\b|\s?pc\b)"


@dataclass(frozen=True)
class Growth:
    """A change stated in the text, relative to an earlier value."""

    start: int
    end: int
    surface: str
    direction: str  # up / down
    rate: Decimal | None  # fraction: 0.239 for 23.9%; None for multiples
    rate_step: Decimal  # rounding unit of the stated rate, as a fraction
    multiple: Decimal | None  # 11 for "elevenfold", 2 for "doubled"
    hedge: str  # "", "lower" (more than), "upper" (less than), "approx" (nearly, about)
    subject: str  # the words right after ("in exports of X", "in mutual trade") when the phrase names what grew

    def factor(self, rate: Decimal | None = None) -> Decimal:
        """Current value / earlier value."""
        if self.multiple is not None:
            return self.multiple if self.multiple > 0 else 1 / -self.multiple
        r = self.rate if rate is None else rate
        assert r is not None  # noqa: S101 - a rate phrase always has a rate (type narrowing only)
        return 1 + r if self.direction == "up" else 1 - r


def _hedge(word: str | None) -> str:
    if not word:
        return ""
    w = " ".join(word.lower().split())
    if w in {"more than", "over", "just over"}:
        return "lower"
    if w in {"less than", "under", "just under"}:
        return "upper"
    return "approx"


_UNITS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 19 and w not in {"a", "an"}}
_TENS = {w: n for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10)}
#: A rate written in words, as style guides ask below 10 and some writers do above: "a nine percent
#: increase", "up twenty-five per cent"
_DIGIT_WORDS = "|".join(k for k, v in _UNITS.items() if v < 10)
RATE_WORDS = (
    rf"(?:(?:{'|'.join(sorted(_TENS, key=len, reverse=True))})(?:[-\s](?:{_DIGIT_WORDS}))?"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
)
#: A rate as written: digits, or a number in words
_RATE_NUMBER = rf"(?:\d{{1,5}}(?:[.,]\d{{1,4}})?|(?i:{RATE_WORDS})(?![\w]))"


#: A word of wonder or size between a change and its rate: "rose a whopping 25%", "a plus of astonishing
#: 16.9%", "an increase of a remarkable 40 percent"
_INTENSIFIER = (
    r"(?:(?:an?\s+)?(?:whopping|staggering|astonishing|astounding|stunning|remarkable|impressive|massive|hefty"
    r"|huge|enormous|robust|solid|healthy|strong|sizeable|sizable|substantial|significant|modest|mere)\s+)?"
)


#: "down sharper still (2.8%)", "fell even faster, by 3%": a change compared with the one before, its rate
#: set off in a bracket or after a comma
_COMPARED_ADVERB = (
    r"(?:(?:even\s+)?(?:sharper|faster|further|steeper|more\s+(?:sharply|steeply|strongly|quickly|slowly)|slower)"
    r"(?:\s+still)?(?:(?P<ob>\s*\(\s*)|\s*,\s*|\s+))?"
)
_SCALE = r"(?:bn|billion|mn|mln|million|m|trillion|tn|thousand|crore|lakh)\b"
#: an amount of money as a change is written: a sign or code before the number, or a scale word after it
_AMOUNT = (
    r"(?:(?-i:[A-Z]{0,3}[$€£¥₹₩₽]|[A-Z]{2,3}\s|Rs\.?\s?)\s?\d[\d.,]*"  # "US$2.3", "CHF 3", "Rs 200"
    rf"(?:\s?{_SCALE})?|\d[\d.,]*\s?{_SCALE})"  # "22.4bn", "3 million"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    table = growth_words()
    words = trie_regex(table.values, space=r"\s+")  # longest first, one branch per character
    rate = rf"(?:(?P<hedge>{_RATE_HEDGE})\s+)?(?P<rate>{_RATE_NUMBER}){PERCENT}"
    yoy = r"(?:\s*\(?(?:year[-\s]on[-\s]year|y/y|yoy|annual(?:ly)?|on[-\s]year|interannual)\)?)?"
    return (
        # rose 23.9% / fell by 30% / increased by more than 9% / up by 17 per cent / down nearly 18%
        re.compile(
            # ("an increase, by almost 24.5%": the rate set off by a comma)
            rf"(?<![\w-])(?P<word>{words}){yoy}(?:,(?=\s+by\s))?\s+(?:(?:merely|only|just|slightly|sharply|nearly|some)\s+)?"
            rf"{_COMPARED_ADVERB}"
            rf"(?:by\s+|of\s+|at\s+an?\s+(?:\w+\s+)?(?:rate|pace|clip)\s+of\s+|at\s+)?{_INTENSIFIER}{rate}"
            r"(?(ob)\s*\))",  # the bracket opened after a comparative closes after the rate
            re.IGNORECASE,
        ),
        # a 418.5% year-on-year increase / 4.6% higher than / a 33 per cent increase
        re.compile(
            rf"(?<![\w.,])(?:(?P<hedge2>{_RATE_HEDGE})\s+)?(?P<rate2>{_RATE_NUMBER}){PERCENT}{yoy}"
            rf"(?:\s+(?:year[-\s]on[-\s]year|y/y|annual|on[-\s]year))?"
            r"(?:\s+\([^()]{1,40}\))?"  # the change as an amount: "5.9 percent ($990 million) more than"
            rf"\s+(?P<word2>{words})(?:\s+year[-\s]on[-\s]year)?",
            re.IGNORECASE,
        ),
        # doubled / quadrupling / elevenfold / 11-fold / eight times (kind 2)
        re.compile(
            r"(?<![\w.,-])(?:(?P<mhedge>more\s+than|nearly|almost|about|over)\s+)?"
            r"(?:(?P<mult>doubled|doubling|tripled|tripling|trebled|quadrupled|quadrupling|halved|halving)"
            r"|(?P<fold>\d{1,4}(?:[.,]\d{1,2})?|\w+)[-\s]?fold"  # "1.5-fold", "elevenfold"
            r"|(?P<times>\d{1,4}(?:[.,]\d{1,2})?|two|three|four|five|ten)\s+times\b(?!\s+(?:less|lower|smaller)))",
            re.IGNORECASE,
        ),
        # a signed rate: "+12% y/y", "(-4% yoy)", "$2.9bn (+12%)" (kind 3)
        re.compile(
            r"(?<![\w.,%])(?P<sign>[+\u2212\u2013-])\s?(?P<rate3>\d{1,5}(?:[.,]\d{1,4})?)\s?" + PERCENT
            + r"(?:\s*(?:y/y|y-o-y|yoy|year[-\s]on[-\s]year|on[-\s]year)\b|(?=\s*\)))",
            re.IGNORECASE,
        ),
        # a fraction: "decreased by a third", "fell by half", "rose by two-thirds" (kind 4)
        re.compile(
            rf"(?<![\w-])(?P<word4>{words})\s+(?:by\s+)?(?:(?P<fhedge>{_RATE_HEDGE})\s+)?"
            r"(?:(?P<fnum>a|one|two|three)[-\s])?(?P<frac>half|thirds?|quarters?|fifths?|tenths?)\b"
            r"(?![-\s]+(?:an?\s+)?(?:percent|per\s*cent|percentage|point|year|of\b|on\b))",  # not "half a percent"
            re.IGNORECASE,
        ),
        # the change as an amount, then as a rate: "rose by $2.3 billion, or 12 percent, to", "up 22.4bn or 29%"
        # (kind 5; the amount carries a currency sign or a scale word, so "rose 5 or 6 percent" is no amount)
        re.compile(
            rf"(?<![\w-])(?P<word>{words})\s+(?:by\s+)?(?:{_RATE_HEDGE}\s+)?{_AMOUNT}\s*,?\s+or\s+{rate}",
            re.IGNORECASE,
        ),
    )


#: A fall before a multiple: "decreased by 1.4 times", "fell 2-fold", "declined threefold"
_FELL_BEFORE = re.compile(
    r"\b(?:decreas|declin|fell|fall|drop|reduc|shr[ai]nk|contract|plung|plummet|slump|diminish)\w*\s+(?:by\s+)?$",
    re.IGNORECASE,
)


def _decimal_multiple(text: str) -> Decimal | None:
    """ "3" -> 3, "1.5" or "1,5" -> 1.5; a multiple of one or less is no growth."""
    value = Decimal(text.replace(",", "."))
    return value if value > 1 else None


#: What kinds 3 (signed rates) and 4 (fractions) cannot match without.
_NEEDS: dict[int, re.Pattern[str]] = {
    3: re.compile(r"[+\u2212\u2013-]\s?\d"),
    4: re.compile(r"half|third|quarter|fifth|tenth", re.IGNORECASE),
    5: re.compile(r"\sor\s", re.IGNORECASE),
}


def find_growth(text: str, start: int = 0, end: int | None = None) -> list[Growth]:
    """Growth phrases within ``text[start:end]`` (offsets are into ``text``)."""
    stop = len(text) if end is None else end
    table = growth_words()
    found: list[Growth] = []
    taken: list[tuple[int, int]] = []
    for i, pat in enumerate(_patterns()):
        needs = _NEEDS.get(i)
        if needs is not None and not needs.search(text, start, stop):
            continue  # a cheap test first: most sentences have no signed rate and no fraction
        for m in pat.finditer(text, start, stop):
            # ``taken`` holds disjoint spans sorted by start: only the last one starting before the
            # match's end can overlap it (a bisection, not a scan: a hostile line has thousands)
            k = bisect.bisect_left(taken, (m.end(), -1))
            if k and taken[k - 1][1] > m.start():
                continue
            g = _build(text, m, i, table.values)
            if g is not None:
                found.append(g)
                taken.insert(k, (m.start(), m.end()))
                for more in _respective_rates(text, g, start, stop):
                    found.append(more)
                    taken.append((more.start, more.end))
    return sorted(found, key=lambda g: g.start)


def _percent(number: str) -> tuple[Decimal, Decimal]:
    """A percentage as a fraction, and the rounding unit it was written to: "12.5" -> (0.125, 0.001).

    >>> _percent("twenty-five")
    (Decimal('0.25'), Decimal('0.01'))
    """
    if number[:1].isalpha():
        parts = re.split(r"[-\s]+", number.lower())
        return Decimal(sum(NUMBER_WORDS[p] for p in parts)) / 100, Decimal("0.01")
    value = Decimal(number.replace(",", "."))
    exponent = value.as_tuple().exponent
    return value / 100, Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0) / 100


#: "rose 5% and 3% ... respectively": more rates sharing the first one's verb
_MORE_RATES = re.compile(r"\s*(?:,|,?\s+and)\s+(?P<rate>\d{1,3}(?:[.,]\d{1,2})?)\s?" + PERCENT)
#: "... 5% and 3% to $4 billion and $7 billion, respectively": figures paired in order
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _respective_rates(text: str, g: Growth, start: int, stop: int) -> list[Growth]:
    """The rates listed after a growth phrase when the sentence pairs them with figures 'respectively'
    (after the rates, or before them: "$111 billion and $88 billion respectively, up 46% and 15%")."""
    out: list[Growth] = []
    pos = g.end
    while g.rate is not None and g.multiple is None and (m := _MORE_RATES.match(text, pos, stop)):
        rate, step = _percent(m["rate"])
        if g.direction == "down" and rate >= 1:
            break
        out.append(Growth(m.start("rate"), m.end(), text[m.start("rate") : m.end()], g.direction, rate, step,
                          None, "", ""))
        pos = m.end()
    if out and not RESPECTIVELY.search(text, max(start, g.start - 120), min(stop, pos + 400)):
        return []
    return out


#: Comparatives say growth only after the rate ("18.2% wider than in 2023"); before it they describe
#: the rate ("fell by a smaller 3.2 percent")
_COMPARATIVES = frozenset({"higher", "lower", "wider", "narrower", "larger", "bigger", "smaller"})


def _build(text: str, m: re.Match[str], kind: int, values: dict[str, tuple[str, int]]) -> Growth | None:
    if kind == 0 and m["word"].lower() in _COMPARATIVES:
        return None
    subject = text[m.end() : m.end() + 80]
    # (past the comparison's own words: "an increase of 7.6 per cent year-on-year in trade volume")
    sub = re.match(r"(?:\s+(?:year[-\s]on[-\s]year|y/y|yoy|on\s+the\s+year))?\s+(?:in|of)\s+([^,.;()]{0,70})",
                   subject, re.IGNORECASE)
    subj = sub.group(1) if sub else ""
    if kind == 2:
        multiple: Decimal | None = None
        if m.group("mult"):
            multiple = Decimal(_MULTIPLES[m.group("mult").lower()])
        elif m.group("fold"):
            word = m.group("fold").lower()
            if word[0].isdigit():
                multiple = _decimal_multiple(word)
            elif word in _FOLD_WORDS:
                multiple = Decimal(_FOLD_WORDS[word])
            else:
                return None
        elif m.group("times"):
            t = m.group("times").lower()
            multiple = _decimal_multiple(t) if t[0].isdigit() else Decimal(_FOLD_WORDS.get(t, 0))
            # "N times" alone is loose; require a change verb nearby ("increased N times")
            if not re.search(
                r"(?:increas|grow|grew|rose|ris|jump|surg|higher|more)\w*\s+(?:\w+\s+){0,2}$",
                text[max(0, m.start() - 40) : m.start()],
                re.IGNORECASE,
            ) and not _FELL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                return None
        if not multiple:
            return None
        if multiple > 0 and _FELL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "decreased by 1.4 times", "fell 2-fold": the earlier value was that multiple of this one
            if m.group("mhedge"):
                return None  # "fell more than 2-fold": a bound the other way round; too loose to derive
            multiple = -multiple
        direction = "down" if multiple < 0 else "up"
        return Growth(
            m.start(), m.end(), m.group(), direction, None, Decimal(0), multiple, _hedge(m.group("mhedge")), subj
        )
    if kind == 4:
        frac = m.group("frac").lower().rstrip("s")
        parts = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}[frac]
        count = {"two": 2, "three": 3}.get((m.group("fnum") or "a").lower(), 1)
        if count >= parts or (frac != "half" and not m.group("fnum")):
            return None  # "fell by three thirds" is no rate; "rose by third" is not English
        direction = values.get(" ".join(m.group("word4").lower().split()), ("up", 0))[0]
        fraction = Decimal(count) / Decimal(parts)
        hedge_word = _hedge(m.group("fhedge"))
        return Growth(m.start(), m.end(), m.group(), direction, fraction, Decimal(0), None, hedge_word, subj)
    if kind == 3:
        signed, step = _percent(m.group("rate3"))
        direction = "up" if m.group("sign") == "+" else "down"
        if direction == "down" and signed >= 1:
            return None
        return Growth(m.start(), m.end(), m.group(), direction, signed, step, None, "", subj)
    first = kind in {0, 5}
    word = m.group("word") if first else m.group("word2")
    rate_text = m.group("rate") if first else m.group("rate2")
    hedge = m.group("hedge") if first else m.group("hedge2")
    direction = values.get(" ".join(word.lower().split()), ("up", 0))[0]
    if word.lower() == "up" and re.search(
        r"\b(?:made|make|makes|making|take|takes|took|taking|set|sets|picked|pick|ended|ends|end)\s+$",
        text[max(0, m.start() - 12) : m.start()],
        re.IGNORECASE,
    ):
        return None  # "tea made up 40% of exports" is a share, not a change
    if word.lower() in {"more", "less"} and not re.match(r"\s+than", text[m.end() : m.end() + 6]):
        return None  # "5% more" without 'than' is too loose to read as a change
    if _OTHER_FLOW.match(text, m.end()):
        return None  # "exported 21.4% more than it imported": one flow against another, not against a past
    if direction == "up" and word.lower() in {"growth", "increase", "rise"} and _NEGATIVE_BEFORE.search(
        text, max(0, m.start() - 12), m.start()
    ):
        direction = "down"  # "a negative growth of 21.4 per cent", as official releases put a fall
    rate, step = _percent(rate_text)
    if direction == "down" and rate >= 1:
        return None  # "fell 120%" cannot describe a positive amount
    return Growth(m.start(), m.end(), m.group(), direction, rate, step, None, _hedge(hedge), subj)


#: "than it imported", "than imports", "than the country bought": a comparison with the other flow of the
#: same period (a coverage ratio), which implies no earlier figure
_OTHER_FLOW = re.compile(
    r"\s+than\s+(?:(?:it|they|we|its|their|the\s+country|the\s+\w+)\s+)?"
    r"(?:imported|exported|imports|exports|bought|sold|purchases)\b"
    r"(?!\s+(?:in|during|a\s+year|the\s+year|last|the\s+previous|the\s+same)\b)",  # "than exports in 2023"
    re.IGNORECASE,
)
_NEGATIVE_BEFORE = re.compile(r"\bnegative\s+$", re.IGNORECASE)
