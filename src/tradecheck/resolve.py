"""Mentions -> claims: what each figure measures, between which countries, for
which period, with what status, on whose authority; growth rates -> derived claims.

The resolver reads a figure's *windows*: the text between it and the figures
next to it in the same sentence. Cue words closest to the figure decide; what
a figure's own windows leave open is inherited from the figure before it
(same sentence first, then the paragraph, then the document), because that is
how news writing chains figures: "exports rose to $X, while imports fell to $Y".

Stages (``STAGES``): windows -> metric -> countries -> period -> status ->
attribution -> growth. Each is a function of the figure and the context so far.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import Any

from .attribution import Attribution, attribution_sentences, find_attributions, quote_speakers
from .countries import (
    CountryMention,
    find_countries,
    fiscal_start_month,
    fiscal_year_named_by_start,
    listed_fiscal_start,
    reporter_of,
)
from .cues import Cue, growth_words, metric_cues, status_cues
from .document import Document
from .errors import LexiconError
from .extract import Mention, Sentence, find_currency_token, mentions, segment
from .growth import PERCENT, RESPECTIVELY, Growth, find_growth
from .lexicon import rows
from .numbers import NUMBER_WORDS
from .periods import (
    Period,
    PeriodMention,
    between,
    contains,
    find_periods,
    months,
    preceding,
    previous,
    with_fiscal_start,
)
from .trie import trie_regex

TRADE_METRICS = frozenset({"trade_total", "exports", "imports", "trade_balance"})
#: _Figure.pair_from: the text names the pair / the pair is the article's, guessed
STATED_PAIR, GUESSED_PAIR = -2, -1

#: How far back (in figures) and around (in characters) context is sought. News
#: sentences are far shorter; the bounds keep a 10 MB line with no full stop linear.
LOOKBACK_FIGURES = 64
LOOK_CHARS = 400
#: Longest sentence kept in the ``sentence`` column; longer ones are cut around the figure.
MAX_SENTENCE_CHARS = 1200

STAGES = ("windows", "metric", "countries", "period", "status", "attribution", "growth")


@dataclass(frozen=True)
class Claim:
    """One row of the claims table, before currency conversion."""

    doc: str
    start: int
    end: int
    surface: str
    value: Decimal
    value_high: Decimal | None
    currency: str
    interval_low: Decimal | None
    interval_high: Decimal | None
    qualifier: str
    status: str
    scope: str
    metric: str
    economy: str
    partner: str
    period: Period | None
    attributed_to: str
    sentence: str
    derived_from: str = ""
    linked_to: str = ""
    reporter: str = ""
    kind: str = "stated"  # stated / derived

    @property
    def claim_id(self) -> str:
        key = f"{self.doc}|{self.start}|{self.end}|{self.kind}|{self.currency}"
        return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --------------------------------------------------------------------------
# context carried while walking a document


@dataclass
class _Figure:
    """A conversion group (one amount, maybe in several currencies) being resolved."""

    members: list[Mention]
    sentence: Sentence
    pre: tuple[int, int]
    post: tuple[int, int]
    base: bool = False  # a comparison base: "from $X", "up from $X"
    change: str = ""  # "up"/"down" when the figure is a change: "rose by $1.2 billion"
    refers_back: bool = False  # "the figure", "it": about the figure before
    recalled: bool = False  # "from fiscal 2023, when it stood at 6.0 trillion yen": a past level recalled
    per_unit: str = ""  # "price" for "$280 per tonne", "time" for "RM250 million a week"
    subject_sentence: int = -1  # the sentence before names what the figure measures
    index: int = 0  # position among the document's figures
    # where the trading pair came from: STATED_PAIR (the text names the counterpart or a bilateral phrase),
    # GUESSED_PAIR (the article's countries), or the index of the figure it was carried over from
    pair_from: int = STATED_PAIR
    metric: str = ""
    clause_start: int = 0  # where the clause holding the metric cue begins
    sign: int = 0
    scope: str = ""
    reporter: str = ""
    counterpart: str = ""
    period: Period | None = None
    period_explicit: bool = False
    status: str = "actual"
    attribution: str = ""
    claims: list[Claim] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.members[0].start

    @property
    def end(self) -> int:
        return self.members[-1].end


_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|whereas|but|and|with|which|as)\b|;|,|[—–]|\s+(?:while|whereas|and|before|after|then)\s+"
)
_POST_BREAK = re.compile(r"[,;—–(]|\s+(?:while|whereas|before|after)\s+")
_PREP_BREAK = re.compile(r"\s+(?:from|to|against|versus|compared|or)\s+")
# 'as' opens a clause ("China kept its spot as top partner for India"), but not in fixed phrases
_CLAUSE_START = re.compile(
    r"[,;:—–]|\s(?:while|whereas|but|when)\s|(?<!\bsuch)(?<!\bso)\sas\s(?!a\s+whole|well\b|much\b|many\b|long\b|of\b|far\b|soon\b)"
)
#: A sentence opening with a name, then an apposition between commas, then the clause.
#: A proper name of up to four capitalised words: "The US", "Germany", "the United Arab Emirates"
_PROPER_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
#: a hedge between a verb and its amount: "made up about $2 billion", "worth an estimated $5 billion"
_AMOUNT_HEDGE = (
    r"(?:(?:about|around|roughly|nearly|almost|some|over|under|just|more\s+than|less\s+than|an\s+estimated)\s+)?"
)
_APPOSITIVE_SUBJECT = re.compile(
    rf"\s*(?P<subject>{_PROPER_NAME}),\s+(?P<apposition>[^,;:\d]{{3,80}}?),\s*$"
)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|remains?|became|becomes)\b")
#: "Germany, whose ...": the name a 'whose' clause belongs to, right before it
_WHOSE = re.compile(rf"(?P<owner>{_PROPER_NAME}),\s*$")
_WHOSE_OPENS = re.compile(r"\s*whose\b")
_PAIR_PHRASE = re.compile(
    r"\b(?:between\s+the\s+(?:two\s+)?(?:countries|nations|sides|economies)|"
    r"(?:the\s+two|both)\s+(?:countries|nations|sides|economies))\b",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\breversing|\bafter)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:upwardly\s+|downwardly\s+)?revised\s+)?"  # "up from a revised R16.9bn in January"
    r"(?:(?:current|present|existing|previous|last|prior|past|same)\s+"
    r"(?:(?:year|period|fiscal|quarter|month|year['’]s|period['’]s)['’]?s?\s+)?)?"
    r"(?:(?:deficit|surplus|level|figure|total|value|volume|trade|(?P<flow>exports|imports)|turnover|high|low)"
    r"\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
def _is_base_figure(text: str, fig: _Figure, before: str) -> bool:
    """ "up from $4 billion", "compared with exports of $4 billion" (after exports): an earlier value.

    A flow set against another flow is a contrast, not a base: in "exports were $16.7 billion,
    against imports of $12.0 billion" the imports are of the same year."""
    if _SINCE_WHEN.search(before):
        return True  # "have grown sevenfold since 2019, when they were worth $330 million"
    base = _BASE_BEFORE.search(before)
    if base is None:
        return False
    if not base["flow"]:
        return True
    cue = fig.start - len(before) + base.start()
    return base["flow"][:6].lower() in text[max(fig.sentence.start, cue - 200) : cue].lower()


_SINCE_WHEN = re.compile(r"\bsince\s+(?:19|20)\d\d,?\s+when\b[^.;$€£¥]{0,60}$", re.IGNORECASE)
#: "<growth verb> by $X" (the verb is checked against growth.csv): a change, not a level
_CHANGE_HEDGE = r"(?:(?:some|about|nearly|almost|over|an\s+estimated)\s+)?"
_CHANGE_BY = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+by\s+" + _CHANGE_HEDGE + "$")
#: "overstated the 2024 deficit by about $26.5 billion", "exceeded the target by $2 billion": a gap
_DIFFERENCE_BY = re.compile(
    r"\b(?:overstat|understat|overestimat|underestimat|exaggerat|inflat|exceed|outstrip|outpac|miss|overshoot|"
    r"undershoot|fell\s+short|was\s+off|were\s+off)\w*\b[^.;:]{0,60}?\bby\s+" + _CHANGE_HEDGE + "$",
    re.IGNORECASE,
)
#: "rose $2 billion to $10 billion": the same without "by", when a level follows after "to"
_CHANGE_BARE = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+" + _CHANGE_HEDGE + "$")
_RATE_OR = re.compile(
    PERCENT + r"(?:\s+(?P<word>[a-z]+))?"  # "a 5.8 percent increase ($16.3 billion)"
    r"\s*,?\s*(?:or|\()\s*(?:some|about|nearly|almost|roughly|around)?\s*$",
    re.IGNORECASE,
)
_CHANGE_TARGET = re.compile(r"^\s*,?\s*(?:to|at)\s+(?:\w+\s+){0,2}$")
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that)\s+(?:figure|number|total|amount|sum|value|level|volume)\b|\b(?:it|this)\s+(?:to|at|was|is|stood)\b"
    r"|\b(?:raise|bring|boost|increase|double|lift|take|push|put|puts|estimate[sd]?)\s+it\b"
    r"|\b(?:it|this|that)\s+compares\s+(?:with|to|against)\b",  # "That compares with $845 million in Q2 2023"
    re.IGNORECASE,
)


def _is_target_phrase(text: str, fig: _Figure) -> bool:
    """'set a target of $100 billion', 'aim for $10 billion': in a trade article, a trade target."""
    window = text[max(fig.sentence.start, fig.start - 60) : fig.start]
    return bool(re.search(r"\b(?:target|goal|aim|aims|aiming|ambition)\b", window, re.IGNORECASE))


_WHEN_IT_WAS = re.compile(
    r",?\s*when\s+(?:it|they|trade|turnover|exports|imports|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:stood|was|were|amounted|totall?ed|reached|hit|came)\s+(?:at\s+|to\s+|in\s+at\s+)?"
    r"(?:(?:about|around|some|nearly|roughly|just|only|a\s+mere)\s+)?\Z",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(
    r"\b(?:in\s+)?the\s+(?:last|previous|prior|preceding)\s+(?:year|fiscal(?:\s+year)?|financial\s+year)\b",
    re.IGNORECASE,
)
# "$100 billion a year", "the current $66 billion": a level with no specific period
# (but "a year earlier" and "every year of his term" do name one)
_NO_PERIOD = re.compile(
    r"\b(?:each|every|a|per)\s+year\b(?!\s+(?:earlier|ago|before|later|after|of|on|to))"
    r"|\bannually\b|\bat present\b|\bnow\b|\bcurrently\b"
    # "the pre-pandemic level of $10.1 billion": an era, not a period
    r"|\bpre-?(?:pandemic|covid|covid-19|war|crisis|sanctions)\b"
    # "from about $2.5 billion a few years earlier": some time, not a period
    r"|\b(?:a\s+few|several|some|many|a\s+couple\s+of)\s+years\s+(?:earlier|ago|before|back|previously)\b"
    # "the current $66 billion" has no period; "the current fiscal year" is one
    r"|\bcurrent\b(?!\s+(?:fiscal|financial|calendar|year|quarter|month|half|period))",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(
    r"\b(?:totall?ing|in\s+total|combined|altogether|all\s+told|(?:for|with)\s+a\s+total\s+of)\b", re.IGNORECASE
)
_GOODS = re.compile(r"\b(?:goods|merchandise|products|commodities)\b", re.IGNORECASE)
# "services trade", "trade in services", "services exports" -- not "the press service of the embassy"
_SERVICES = re.compile(
    r"\bservices\s+(?:trade|exports?|imports?|exported|imported|sector|surplus|deficit)\b|"
    r"\b(?:trade|exports?|imports?)\s+(?:in|of)\s+services\b|^\s*services\b",
    re.IGNORECASE,
)
_GOODS_AND_SERVICES = re.compile(r"\bgoods\s+and\s+services\b", re.IGNORECASE)


def resolve_document(doc: Document) -> list[Claim]:
    """Every claim in one document: stated figures and the figures growth rates imply."""
    text = doc.text
    if find_currency_token(text) is None:
        return []  # no currency, no money figure: skip the rest
    sents = segment(text)
    ments = mentions(text, sents)
    if not ments:
        return []
    countries = _outside_datelines(text, find_countries(text))
    # attribution sits in the figure's sentence, the one before or after ("The statement came from X",
    # a quote closed by "X said"), or opens the paragraph
    paragraphs = {m.sentence for m in ments}
    ctx = _DocContext(doc, sents, countries, paragraphs)
    figures = _figures(text, sents, ments)
    ctx.figures = figures
    for i, fig in enumerate(figures):
        fig.index = i
    done: list[_Figure] = []
    for fig in figures:
        _resolve_figure(ctx, fig, done)
        done.append(fig)
        ctx.dated_any = ctx.dated_any or fig.period_explicit
        ctx.figure_sentences.add(fig.sentence.index)
    _rehome_totals(ctx, figures)
    _attach_growth(ctx, figures)
    claims = [c for fig in figures for c in fig.claims]
    return _finish(doc, claims)


# --------------------------------------------------------------------------
# document context


class _DocContext:
    def __init__(
        self, doc: Document, sents: list[Sentence], countries: list[CountryMention], paragraphs: set[int]
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.sents = sents
        self.countries = countries
        # a possessive ("India's exports") marks the country the article is written about
        counts: Counter[str] = Counter()
        for c in countries:
            if c.code not in {"WLD"}:
                counts[c.code] += 3 if c.form == "possessive" else 1
        self.ranked = [code for code, _ in counts.most_common()]
        self.first_named: dict[str, int] = {}
        for c in countries:
            self.first_named.setdefault(c.code, c.start)
        self.main = self.ranked[0] if self.ranked else ""
        # "2024-25" follows the convention of the economy that reports in fiscal years;
        # US trade statistics are calendar-year, so the US federal year (October) is not used
        convention = next((c for c in self.ranked if fiscal_start_month(c) not in {1, 10}), "")
        self.fy_month = fiscal_start_month(convention) if convention else 4
        self.fy_named_by_start = bool(convention) and fiscal_year_named_by_start(convention)
        self.date = doc.date or _inferred_date(doc.text)
        self._year_ends: list[int] = []
        self._year_max: list[int] = []
        if self.date is None:
            newest = 0
            for m in _REPORTED_YEAR.finditer(doc.text):
                newest = max(newest, int(m.group(1)))
                self._year_ends.append(m.end())
                self._year_max.append(newest)
        self.figures: list[_Figure] = []
        # kept up to date as figures are resolved, in order: has one stated its period; which sentences hold one
        self.dated_any = False
        self.figure_sentences: set[int] = set()
        self._periods: dict[int, list[PeriodMention]] = {}
        self._dated: dict[int, tuple[list[PeriodMention], list[int]]] = {}
        self.attributions = find_attributions(self.text, attribution_sentences(sents, paragraphs))
        self._attr_starts = [a.start for a in self.attributions]
        self._country_starts = [c.start for c in countries]
        self.by_sentence: dict[int, list[Attribution]] = {}
        self.by_paragraph: dict[int, list[Attribution]] = {}
        for a in self.attributions:
            self.by_sentence.setdefault(a.sentence, []).append(a)
            self.by_paragraph.setdefault(sents[a.sentence].paragraph, []).append(a)
        self.paragraph_sentences: dict[int, list[Sentence]] = {}
        for sent in sents:
            self.paragraph_sentences.setdefault(sent.paragraph, []).append(sent)
        self.quote_speakers = quote_speakers(self.text, sents, self.attributions)
        self.quote_starts = [q[0] for q in self.quote_speakers]

    def figures_after(self, fig: _Figure) -> list[_Figure]:
        return self.figures[fig.index + 1 : fig.index + 1 + LOOKBACK_FIGURES]

    def year_so_far(self, pos: int) -> int | None:
        """In an undated article, the newest year it has reported up to ``pos``: "In December alone, ..."
        after figures for 2024 is December 2024. Target years ("by 2030") do not count."""
        i = bisect.bisect_right(self._year_ends, pos)
        return self._year_max[i - 1] if i else None

    def periods_in(self, sent: Sentence, lo: int | None = None, hi: int | None = None) -> list[PeriodMention]:
        """The periods of a sentence; with ``lo`` and ``hi``, only those that start between them."""
        if lo is not None or hi is not None:
            found = self.periods_in(sent)
            first = 0 if lo is None else bisect.bisect_left(found, lo, key=lambda p: p.start)
            last = len(found) if hi is None else bisect.bisect_right(found, hi, key=lambda p: p.start)
            return found[first:last]
        if sent.index not in self._periods:
            chunk = self.text[sent.start : sent.end]
            context = None if self.date is not None else self.year_so_far(sent.end)
            found = find_periods(
                chunk,
                doc_date=self.date,
                fy_start_month=self.fy_month,
                context_year=context,
                fy_named_by_start=self.fy_named_by_start,
            )
            self._periods[sent.index] = [
                replace(p, start=p.start + sent.start, end=p.end + sent.start)
                for p in found
                if not _is_dateline(self.text, p.start + sent.start, p.end + sent.start)
            ]
        return self._periods[sent.index]

    def periods_near(self, fig: _Figure) -> list[PeriodMention]:
        """The periods of the figure's sentence that can date a flow (not asides or single days), within
        MAX_SENTENCE_CHARS of it: the whole sentence in news, a bounded slice of a hostile line."""
        sent = fig.sentence
        if sent.index not in self._dated:
            kept = [p for p in self.periods_in(sent) if not _aside_or_date(self.text, p)]
            self._dated[sent.index] = (kept, [p.start for p in kept])
        kept, starts = self._dated[sent.index]
        lo = bisect.bisect_left(starts, fig.start - MAX_SENTENCE_CHARS)
        hi = bisect.bisect_right(starts, fig.end + MAX_SENTENCE_CHARS)
        return kept if lo == 0 and hi == len(kept) else kept[lo:hi]

    def attributions_near(self, sentence: int, start: int, end: int) -> list[Attribution]:
        """The credits found in one sentence that start within MAX_SENTENCE_CHARS of ``start``-``end``."""
        found = self.by_sentence.get(sentence, [])
        lo = bisect.bisect_left(found, start - MAX_SENTENCE_CHARS, key=lambda a: a.start)
        hi = bisect.bisect_right(found, end + MAX_SENTENCE_CHARS, key=lambda a: a.start)
        return found if lo == 0 and hi == len(found) else found[lo:hi]

    def countries_between(self, start: int, end: int) -> list[CountryMention]:
        i = bisect.bisect_left(self._country_starts, start)
        out = []
        while i < len(self.countries) and self.countries[i].start < end:
            if self.countries[i].end <= end:
                out.append(self.countries[i])
            i += 1
        return out

    def in_attribution(self, pos: int) -> bool:
        i = bisect.bisect_right(self._attr_starts, pos) - 1
        return i >= 0 and self.attributions[i].start <= pos < self.attributions[i].end

    def other_than(self, code: str, candidates: Iterable[str] = (), before: int | None = None) -> str:
        """The first candidate, else the article's most-named country, that is not ``code``; with
        ``before``, only a country the text has named before that offset."""
        for c in list(candidates) + self.ranked_before(before):
            if c and c != code and c != "WLD":
                return c
        return ""

    def ranked_before(self, pos: int | None) -> list[str]:
        """The article's countries by weight, keeping those first named before ``pos`` (all when None):
        a guess about a figure never reaches for a country the reader has not met yet."""
        if pos is None:
            return self.ranked
        return [c for c in self.ranked if self.first_named[c] < pos]


#: A dateline: a date at the top, at a line's start or after the city, then a separator
#: ("ISLAMABAD, Oct 21, 2024: ...", "HANOI, May 5, 2024 (VNA) - ...", "MOSCOW, May 5. /TASS/.").
#: It says when the story was filed, not what period a figure is for.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w .'’-]{1,40},[ \t]*)?\Z")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–—:|]|\.?[ \t]*/[A-Za-z-]+/)")
DATELINE_CHARS = 400


#: A dateline's place at the start of a line near the top: "JAKARTA, Jan 14, 2025 (Antara) -",
#: "NAIROBI, Kenya —", "Berlin (dpa) -", "MOSCOW, November 7. /TASS/.", "Dhaka, July 18:".
_DATELINE_PLACE = re.compile(
    r"^[ \t]*(?P<place>(?:[A-Z][A-Za-z.'’-]+[ \t]?){1,3}(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?)"
    r"(?P<date>,?[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8})"
    r"(?:,?[ \t]*\d{4})?\.?)?"
    r"[ \t]*(?P<wire>\([^()\n]{1,30}\)[ \t]*)?"
    # a dash or a wire's slashes; with a date, also a colon or straight into the story ("(PTI) India's")
    r"(?:--|[–—|]|(?<=[ \t])-(?=[ \t]|$)|/[A-Za-z-]+/|(?(date)(?::|(?=[A-Z]))|(?!)))",  # not "EU-UK trade"
    re.MULTILINE,
)


def _outside_datelines(text: str, countries: list[CountryMention]) -> list[CountryMention]:
    """Country mentions, less those naming where a story was filed: a dateline is not a subject."""
    spans = [
        (m.start("place"), m.end())
        for m in _DATELINE_PLACE.finditer(text, 0, DATELINE_CHARS)
        # "Vietnam - exports rise" is a headline; "HANOI -", "Hanoi (VNA) -", "Hanoi, May 5 -" are datelines
        if m["date"] or m["wire"] or m["place"].split()[0].rstrip(",").isupper()
    ]
    if not spans:
        return countries
    return [c for c in countries if not any(a <= c.start < b for a, b in spans)]


def _is_dateline(text: str, start: int, end: int) -> bool:
    if start > DATELINE_CHARS:
        return False
    return bool(_DATELINE_BEFORE.search(text[max(0, start - 45) : start])) and bool(_DATELINE_AFTER.match(text, end))


_COMPARED_YEAR = re.compile(
    r"\b(?:same\s+period\s+(?:in|of)|compared\s+(?:to|with)(?:\s+(?:the\s+same\s+period\s+(?:in|of)|"
    r"January|February|March|April|May|June|July|August|September|October|November|December))?)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


#: "last year, down 14% from 2023", "last year, up from $1.0 billion in 2023": last year is 2024
_LAST_YEAR_FROM = re.compile(
    r"\blast\s+year\b[^.;!?]{0,60}?\b(?:from|compared\s+(?:to|with)|against|over|versus|vs\.?)\s+"
    r"(?:[^;!?\n]{0,40}?\s(?:in|during)\s+)?"  # "last year, up from 1.02 trillion baht in 2023"
    r"((?:19|20)\d\d)\b(?![-–/]\d)",
    re.IGNORECASE,
)
#: A year written in the text, not as a target or deadline ("by 2030", "until 2027")
_REPORTED_YEAR = re.compile(r"(?<!\bby\s)(?<!\buntil\s)(?<!\bthrough\s)(?<![\d$.,])((?:19|20)\d\d)(?![\d%])")


def _inferred_date(text: str) -> dt.date | None:
    """A document with no date that compares with "the same period in 2022" is written in 2023;
    one whose "last year" is "down 14% from 2023" is written in 2025.

    Used only when neither the manifest, the HTML nor a dateline gives a date, so that
    "this year" and "in January" can still be placed. Both readings are stated by the text,
    not guessed: the comparison names the year before the one being reported.
    """
    years = [int(m.group(1)) + 1 for m in _COMPARED_YEAR.finditer(text)]
    years += [int(m.group(1)) + 2 for m in _LAST_YEAR_FROM.finditer(text)]
    return dt.date(max(years), 12, 31) if years else None


# --------------------------------------------------------------------------
# stage: windows


def _figures(text: str, sents: list[Sentence], ments: list[Mention]) -> list[_Figure]:
    groups: list[list[Mention]] = []
    for m in ments:
        if groups and groups[-1][0].group == m.group:
            groups[-1].append(m)
        else:
            groups.append([m])
    figures: list[_Figure] = []
    for i, members in enumerate(groups):
        sent = sents[members[0].sentence]
        prev_end = sent.start
        if i > 0 and groups[i - 1][0].sentence == members[0].sentence:
            prev_end = groups[i - 1][-1].end
        nxt = sent.end
        if i + 1 < len(groups) and groups[i + 1][0].sentence == members[0].sentence:
            nxt = groups[i + 1][0].start
        end = members[-1].end
        if text[end : end + 1] == ")":
            end += 1
        # the text between two figures: its first clause belongs to the figure before
        # ("$63 billion with Canada and $295 billion with China")
        if nxt != sent.end:
            brk = _CLAUSE_BREAK.search(text, end, nxt) or _PREP_BREAK.search(text, end, nxt)
        else:
            brk = _POST_BREAK.search(text, end, nxt)  # "goods and services" must not cut the last figure's clause
        post_end = brk.start() if brk else (end if nxt != sent.end else nxt)
        figures.append(_Figure(members, sent, (prev_end, members[0].start), (end, post_end)))
    # a figure's pre-window starts where the previous figure's post-window ended
    for prev, fig in zip(figures, figures[1:], strict=False):
        if prev.sentence.index == fig.sentence.index:
            fig.pre = (max(prev.post[1], fig.pre[0]), fig.pre[1])
    for fig in figures:
        before = text[max(fig.sentence.start, fig.start - 80) : fig.start]
        fig.base = _is_base_figure(text, fig, before)
        fig.per_unit = _per_unit(text, fig.end)
        moved = _change_verb(text, fig, before)
        if moved:
            fig.change = moved
        elif (rate_or := _RATE_OR.search(before)) and (
            not rate_or["word"] or rate_or["word"].lower() in growth_words().values
        ):
            # "an increase of 13.6% or £2.9 billion", "down 5% (about $1 billion)", "a 5.8 percent
            # increase ($16.3 billion)": the amount of the change
            cues = growth_words().find(before)
            if cues:
                fig.change = cues[-1].value
    return figures


def _change_verb(text: str, fig: _Figure, before: str) -> str:
    """ "up"/"down" when the figure is the amount of a change: "widened by £2.2 billion", "rose $2 billion
    to $10 billion"; else empty."""
    verbs = growth_words().values
    by = _CHANGE_BY.search(before)
    if by and by["verb"].lower() in verbs:
        return verbs[by["verb"].lower()][0]
    if _DIFFERENCE_BY.search(before):
        return "difference"  # "overstated the deficit by about $26.5 billion": a gap between two figures
    bare = _CHANGE_BARE.search(before)
    if bare and bare["verb"].lower() in verbs and _TO_LEVEL.match(text, fig.end):
        return verbs[bare["verb"].lower()][0]
    return ""


_TO_LEVEL = re.compile(r"\s+to\s+(?:a\s+record\s+|an?\s+estimated\s+)?(?:[^\s\d]{1,4}\s?)?\d")


def _look(fig: _Figure) -> int:
    """Where sentence-level look-back starts for this figure (bounded)."""
    return max(fig.sentence.start, fig.start - LOOK_CHARS)


def _reach(fig: _Figure) -> int:
    """Where a look back over the figure's sentence starts: its start, or MAX_SENTENCE_CHARS before the
    figure in a sentence that long (a hostile line with no full stop must not be read once per figure)."""
    return max(fig.sentence.start, fig.start - MAX_SENTENCE_CHARS)


def _sentence_text(text: str, fig: _Figure) -> str:
    start, end = fig.sentence.start, fig.sentence.end
    if end - start <= MAX_SENTENCE_CHARS:
        return text[start:end]
    a, b = max(start, fig.start - MAX_SENTENCE_CHARS // 2), min(end, fig.end + MAX_SENTENCE_CHARS // 2)
    return ("…" if a > start else "") + text[a:b] + ("…" if b < end else "")


def _without_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of text[start:end] outside dash-enclosed asides ("—the gap between ...—")."""
    chunk = text[start:end]
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"[—–]\s?[^—–]{3,200}?\s?[—–]", chunk):
        parts.append((start + pos, start + m.start()))
        pos = m.end()
    parts.append((start + pos, end))
    return parts


# --------------------------------------------------------------------------
# stage: metric


def _metric_cues(text: str, start: int, end: int) -> list[Cue]:
    out: list[Cue] = []
    for a, b in _without_asides(text, start, end):
        out.extend(metric_cues().find(text, a, b))
    return out


_LOSS_BEFORE = re.compile(r"\b(?:lose|loses|lost|losing)\s+(?:(?:about|over|more\s+than|nearly|some)\s+)?\W{0,2}\Z",
                          re.IGNORECASE)


_IN_FLOW = re.compile(r"\s+(?:worth\s+)?in\s+(?:\w+\s+)?(?:exports?|imports?|shipments|purchases|sales|FDI)\b")


def _resolve_metric(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    pre = [c for c in _metric_cues(text, *fig.pre) if c.value != "none"]
    post = [c for c in _metric_cues(text, *fig.post) if c.value != "none"]
    same_sentence = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.index == fig.sentence.index]
    chosen: Cue | None = None
    if pre:
        chosen = pre[-1]
        # "foreign direct investment (FDI) inflows": investment, not imports
        invested = pre[-2] if len(pre) > 1 and pre[-2].value == "investment" else None
        if invested and _FLOWS.fullmatch(chosen.text) and chosen.start - invested.end <= 12:
            chosen = invested
        # "Exports to the United States, Japan's largest export market, rose ...": the market describes
        # the partner; the flow named first is the clause's subject
        if _MARKET_NOUN.fullmatch(chosen.text):
            chosen = next((c for c in pre if c.value == chosen.value), chosen)
        balance = [c for c in pre if c.value == "trade_balance" and c.start >= _clause_of(text, fig, chosen.start)]
        if chosen.value == "trade_total" and balance:
            chosen = balance[-1]  # "the deficit in goods and services trade was $35.7 billion"
    elif post and not (same_sentence and _is_forecast_reference(text, fig)):
        chosen = post[0]
    if post and _IN_FLOW.match(text, fig.end) and post[0].start - fig.end <= 12:
        chosen = post[0]  # "a table showing $146.2 billion in imports from Vietnam": the words right after
    anchor = chosen.start if chosen is not None and chosen.start < fig.start else fig.start
    fig.clause_start = fig.pre[0]
    for m in _CLAUSE_START.finditer(text, fig.pre[0], anchor):
        fig.clause_start = m.end()
    if chosen is not None and chosen.value == "trade_total" and _LOSS_BEFORE.search(text, fig.pre[0], fig.start):
        fig.metric, fig.sign = "trade_balance", -1  # "lost $1 trillion a year in trade with China": a deficit
    elif chosen is not None:
        fig.metric, fig.sign = chosen.value, chosen.sign
    elif same_sentence:
        fig.metric, fig.sign = same_sentence[-1].metric, same_sentence[-1].sign
    else:
        prior = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.paragraph == fig.sentence.paragraph]
        earlier = [c for c in _metric_cues(text, _look(fig), fig.start) if c.value != "none"]
        later = [
            c for c in _metric_cues(text, fig.end, min(fig.sentence.end, fig.end + LOOK_CHARS)) if c.value != "none"
        ]
        if earlier:
            fig.metric, fig.sign = earlier[-1].value, earlier[-1].sign
        elif later:
            # "a $200 billion or $250 billion deficit": a list shares the noun after it
            fig.metric, fig.sign = later[0].value, later[0].sign
        elif prior:
            fig.metric, fig.sign = prior[-1].metric, prior[-1].sign
            if fig.metric == "trade_balance" and _is_target_phrase(text, fig):
                fig.metric, fig.sign = "trade_total", 0  # "a deficit of $57 billion ... a target of $100 billion"
        elif (named := _previous_sentence_cue(ctx, fig)) is not None:
            # "Germany's trade surplus in 2022 was at a low. ... the key indicator fell to €79.7 billion"
            fig.metric, fig.sign = named.value, named.sign
            fig.subject_sentence = fig.sentence.index - 1
        elif done and (
            _REFERS_BACK.search(text, fig.clause_start, fig.start)
            or (_is_target_phrase(text, fig) and done[-1].metric in TRADE_METRICS)
        ):
            # "Kazakhstan's statistics bureau puts the figure at $3.9 billion", "raise it to $10 billion"
            fig.metric, fig.sign = done[-1].metric, done[-1].sign
            if _is_target_phrase(text, fig) and not _REFERS_BACK.search(text, fig.clause_start, fig.start):
                fig.metric, fig.sign = "trade_total", 0  # "set a target of $100 billion": bilateral trade
            fig.refers_back = True
        else:
            fig.metric = "other"
    # "exported $4 bn and imported $61 bn, totalling $65 bn": a total of exports and imports
    if _TOTAL_WORDS.search(text, *fig.pre) and {"exports", "imports"} <= {f.metric for f in same_sentence}:
        fig.metric, fig.sign = "trade_total", 0
    if _CHANGE_AMOUNT.match(text[fig.end : fig.end + 30]):
        fig.metric, fig.sign = "other", 0  # "a $900 million decline in phone exports" is a change, not a level
    elif _ECONOMY_SIZE.match(text[fig.end : fig.end + 30]) or _ECONOMY_WORTH.search(text, fig.pre[0], fig.start):
        fig.metric, fig.sign = "gdp", 0
    if fig.per_unit == "price":
        fig.metric, fig.sign = "other", 0  # "maize sells at $280 per tonne": a price, not a value of trade
    if fig.metric == "trade_balance" and fig.sign == 0:
        around = text[_look(fig) : min(fig.sentence.end, fig.end + 40)]
        if re.search(r"\b(?:negative|deficit|in\s+the\s+red)\b", around, re.IGNORECASE):
            fig.sign = -1  # "the trade balance was negative at $5.2 billion"
        elif re.search(r"\b(?:favou?r|positive|surplus)", around, re.IGNORECASE):
            fig.sign = 1
    respective = _respective_metric(ctx, fig)
    if respective is not None:
        fig.metric, fig.sign = respective.value, respective.sign
    _resolve_scope(ctx, fig, same_sentence)


_FLOWS = re.compile(r"(?:in|out)flows?", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s*")
_PERIOD_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+and\s+in|,\s+in)\s*")


def _sentence_figures(ctx: _DocContext, fig: _Figure) -> list[_Figure]:
    """The figures of ``fig``'s sentence near it (at most 12 either side), in order."""
    window = ctx.figures[max(0, fig.index - 12) : fig.index + 12]
    return [f for f in window if f.sentence.index == fig.sentence.index]


def _is_list(text: str, items: Sequence[_Figure | PeriodMention], join: re.Pattern[str] = _LIST_JOIN) -> bool:
    """Two or more items written as a list: "$4 billion and $7 billion", "2023, 2024 and 2025"."""
    return len(items) >= 2 and all(join.fullmatch(text, a.end, b.start) for a, b in zip(items, items[1:], strict=False))


def _listed_period(ctx: _DocContext, fig: _Figure, found: list[PeriodMention]) -> Period | None:
    """In "$4 billion and $7 billion in 2023 and 2024", the i-th figure of a list takes the i-th period
    of the list that follows it; None unless both lists are there and have the same length."""
    text = ctx.text
    here = _sentence_figures(ctx, fig)
    if fig.base or not _is_list(text, here):
        return None
    after = [p for p in found if p.start >= here[-1].end and p.role != "base" and p.period is not None]
    if len(after) != len(here):
        return None
    return after[here.index(fig)].period if _is_list(text, after, _PERIOD_LIST_JOIN) else None


#: "... from €41.6 billion to €55.7 billion": the two ends of a change, in that order
#: A hedge between a preposition and its number: "from about $2 billion", "to a record 39,901"
_NUMBER_HEDGE = r"(?:(?:about|around|some|nearly|roughly|just|over|under|a\s+record)\s+)?"
_FROM_BEFORE = re.compile(rf"\bfrom\s+{_NUMBER_HEDGE}$", re.IGNORECASE)
_TO_BETWEEN = re.compile(rf"\s+to\s+{_NUMBER_HEDGE}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _from_to(ctx: _DocContext, fig: _Figure) -> tuple[_Figure, _Figure] | None:
    """The two figures of "from $A to $B" that ``fig`` is one of."""
    text = ctx.text
    here = _sentence_figures(ctx, fig)
    i = here.index(fig)
    for a, b in ((here[i - 1], fig) if i else (None, None), (fig, here[i + 1]) if i + 1 < len(here) else (None, None)):
        if (
            a is not None
            and b is not None
            and _TO_BETWEEN.fullmatch(text, a.end, b.start)
            and _FROM_BEFORE.search(text, max(a.sentence.start, a.start - 40), a.start)
        ):
            return a, b
    return None


def _span_ends(ctx: _DocContext, fig: _Figure, found: list[PeriodMention]) -> Period | None:
    """ "Between 2019 and 2023, exports grew from €41.6 billion to €55.7 billion": the first figure is of
    the span's first year, the second of its last. Only for a span written with both years, before both
    figures, and a sentence that names no other period."""
    pair = _from_to(ctx, fig)
    if pair is None:
        return None
    a, b = pair
    dated = [p for p in found if p.period is not None and p.role != "base" and p.kind == "absolute"]
    if len(dated) != 1 or dated[0].end > a.start:
        return None
    years = _YEAR.findall(dated[0].surface)
    period = dated[0].period
    assert period is not None
    if len(years) != 2 or period.start != f"{years[0]}-01" or period.end != f"{years[1]}-12":
        return None
    year = years[0] if fig is a else years[1]
    return between(f"{year}-01", f"{year}-12")


def _respective_metric(ctx: _DocContext, fig: _Figure) -> Cue | None:
    """In "exports and imports were $5 billion and $3 billion respectively", the i-th figure
    measures the i-th metric named before the list; None when the sentence is not such a list."""
    sent = fig.sentence
    here = _sentence_figures(ctx, fig)
    if len(here) < 2:
        return None
    # "exports and imports were $4 billion and $7 billion": a list of figures says it without "respectively"
    respectively = RESPECTIVELY.search(ctx.text, fig.end, min(sent.end, fig.end + MAX_SENTENCE_CHARS))
    if not respectively and not _is_list(ctx.text, here):
        return None
    lead = max(sent.start, here[0].start - MAX_SENTENCE_CHARS)
    cues = [
        part
        for c in _metric_cues(ctx.text, lead, here[0].start)
        if c.value in TRADE_METRICS
        for part in _list_parts(ctx.text, c, len(here))
    ]
    if len(cues) != len(here) or len({c.value for c in cues}) < 2:
        return None
    return cues[here.index(fig)]


def _list_parts(text: str, cue: Cue, figures: int) -> list[Cue]:
    """ "exports and imports" names the total, unless a list of figures gives each its own value:
    "exports and imports rose to $25.6 billion and $56.4 billion, respectively"."""
    if figures < 2 or " and " not in cue.text:
        return [cue]
    cut = cue.start + cue.text.index(" and ")
    inner = metric_cues().find(text, cue.start, cut) + metric_cues().find(text, cut + len(" and "), cue.end)
    return inner if len(inner) == 2 else [cue]


def _previous_sentence_cue(ctx: _DocContext, fig: _Figure) -> Cue | None:
    """The metric named by the sentence before, in the same paragraph, when that sentence has no figure."""
    i = fig.sentence.index - 1
    if i < 0 or ctx.sents[i].paragraph != fig.sentence.paragraph:
        return None
    prev = ctx.sents[i]
    if any(f.sentence.index == i for f in ctx.figures[max(0, fig.index - 8) : fig.index]):
        return None
    cues = [c for c in _metric_cues(ctx.text, prev.start, prev.end) if c.value in TRADE_METRICS]
    return cues[0] if cues else None


def _clause_of(text: str, fig: _Figure, pos: int) -> int:
    start = fig.pre[0]
    for m in _CLAUSE_START.finditer(text, fig.pre[0], pos):
        start = m.end()
    return start


_CHANGE_AMOUNT = re.compile(
    r"^\s+(?:decline|drop|fall|increase|rise|jump|gain|loss|reduction|decrease|cut|surge)\s+in\b", re.IGNORECASE
)
#: "Brazil, a $2.2 trillion economy": the amount sizes an economy, it is its output
_ECONOMY_SIZE = re.compile(r"^\s*(?:-\s*)?(?:dollar\s+|euro\s+)?economy\b", re.IGNORECASE)
#: "Thailand's economy, worth about 18.1 trillion baht"
_ECONOMY_WORTH = re.compile(
    r"\beconomy,?\s+(?:is\s+|was\s+)?(?:worth|valued\s+at)\s+" + _AMOUNT_HEDGE + r"\W{0,2}$",
    re.IGNORECASE,
)
_RE_EXPORTS = re.compile(r"\bre-?exports?\b", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|includ(?:es|ed)|incl\.|with|plus)\s+$", re.IGNORECASE)
_WORTH_OF = re.compile(
    r"^\s+worth\s+of\s+([a-z][a-z&,\s-]{2,60}?)(?=\s+(?:during|in|from|to|for|by|last|this|,|\.)|[,.;]|$)"
)


def _resolve_scope(ctx: _DocContext, fig: _Figure, same_sentence: list[_Figure]) -> None:
    text = ctx.text
    window = text[fig.pre[0] : fig.pre[1]]
    parenthesised = fig.members[0].in_parens or text[max(0, fig.start - 2) : fig.start].endswith("(")
    # "down 2.9 percent ($4.3 billion)" is a change, "Tanzania (Sh30.1 billion)" a partner: neither an item
    if parenthesised and not fig.change and _country_before_bracket(ctx, fig) is None:
        # "exports ... like pharmaceuticals ($8.1 billion), gold ($1.3 billion)": the item named before
        m = re.search(r"([A-Za-z][A-Za-z&\s-]{1,60}?)\s*\($", text[max(fig.pre[0], fig.start - 70) : fig.start])
        if m and fig.metric in {"exports", "imports"}:
            item = re.sub(
                r"^(?:.*\b(?:like|were|was|are|is|as|including|include|such as|notably)\s+|and\s+)",
                "",
                m.group(1).strip(),
            )
            if item and item[0].islower() and not metric_cues().find(item):
                fig.scope = item.strip()
                return
    re_exports = _RE_EXPORTS.search(window)
    if re_exports and not _INCLUDING.search(window[: re_exports.start()]):
        # goods imported and shipped on: a part of exports, not all of them ("including re-exports" is all)
        fig.scope = "re-exports"
        return
    worth = _WORTH_OF.match(text[fig.end : fig.end + 90])
    if worth:
        fig.scope = " ".join(worth.group(1).split())  # "$4.2 billion worth of telecom parts"
        return
    full = text[_look(fig) : fig.end]
    inherited = False
    # the figure's own words first: "Combining goods and services, the deficit was $263 billion, since
    # the U.S. ran a services surplus of $32 billion" -- the second is services
    if _GOODS_AND_SERVICES.search(window):
        fig.scope = ""
    elif (services := _SERVICES.search(window)) is not None:
        fig.scope = _services_kind(text, fig.pre[0] + services.start())
    elif _GOODS_AND_SERVICES.search(full):
        fig.scope = ""
    elif _SERVICES.search(full) and not _GOODS.search(full):
        fig.scope = "services"
    elif (goods := _GOODS.search(text, *fig.pre) or _GOODS.search(text, *fig.post)) is not None:
        fig.scope = _goods_kind(text, goods)
    elif (
        same_sentence
        and same_sentence[-1].metric in TRADE_METRICS
        and (same_sentence[-1].metric == fig.metric or same_sentence[-1].scope in {"", "goods", "services"})
    ):
        # goods stay goods across a sentence's flows; a product does not pass to another flow
        # ("of which crude oil made up $50.3 billion, while India's exports were $4.9 billion")
        fig.scope = same_sentence[-1].scope
        inherited = True
    commodity = (
        _commodity(window)
        or _product_subject(text[fig.pre[0] : fig.start])
        or _product_subject(text[fig.clause_start : fig.start])
        or _named_flow(text, fig)
        or _flow_of(text, fig)
        or _worth_subject(text, fig)
    )
    if commodity:
        fig.scope = commodity
    elif (inherited or fig.scope in {"", "goods"}) and (share := _share_of(ctx, fig)):
        fig.scope = share


#: "with autos and auto parts accounting for roughly $2.3 billion of that": a part of the figure before,
#: named by the words before the verb
_SHARE_VERB = re.compile(
    r"(?<![\w'’-])(?P<p>(?:[A-Za-z][\w&'’-]*\s+){0,7}[a-z][\w&'’-]*)\s+"
    r"(?:accounting|accounted|accounts|account|making|made|makes|make)\s+(?:for|up)\s+"
    r"(?P<further>(?:a\s+further|another|an\s+additional|the\s+remaining)\s+)?"
    + _AMOUNT_HEDGE + r"\W{0,3}$",
)
#: where the part's name starts: after the word that opens its clause
_SHARE_OPENER = re.compile(r"^.*\b(?:with|while|whereas|which|this|that)\s+", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:that|this|it|them|the\s+(?:total|figure|sum|amount))\b", re.IGNORECASE)


def _share_of(ctx: _DocContext, fig: _Figure) -> str:
    """The part a figure is a share of the one before ("X accounted for $2 billion of that"), as a scope."""
    text = ctx.text
    found = _SHARE_VERB.search(text, max(fig.clause_start, fig.start - 90), fig.start)
    if found is None:
        return ""
    part = found["p"]
    opener = _SHARE_OPENER.match(part)
    if opener is not None:
        part = part[opener.end() :]
    if not (
        _OF_THE_WHOLE.match(text, fig.end)
        or found["further"]  # "while platinum group metals made up a further R23.4bn"
        or (opener and re.search(r"which|this|that", opener.group()))
    ):
        return ""  # "China accounted for $2 billion" alone may be a whole of its own
    at = found.end("p") - len(part)
    words = part.split()
    if words and words[0].lower() in {"the", "its", "their"}:
        words = words[1:]
    if (
        not words
        or any(w[0].isupper() for w in words[1:])
        or words[0].lower() in _word_set("not_products.csv")
        or ctx.countries_between(at, found.end("p"))
        or metric_cues().find(part)
    ):
        return ""  # a partner's or a flow's share ("China accounted for ..."), not a product's
    return " ".join(words).lower()


#: the word before "goods": "engineering goods" are a kind of goods, "its goods" all of them
_GOODS_MODIFIER = re.compile(
    r"(?<![\w-])(?P<lead>(?:mainly|largely|mostly|primarily|including|such\s+as|like|led\s+by|driven\s+by)\s+"
    r"(?:[a-z-]+\s+){0,3})?(?P<mod>(?:[a-z][a-z-]{2,}\s+and\s+)?[a-z][a-z-]{2,})\s+$"
)


def _services_kind(text: str, at: int) -> str:
    """ "services", or the kind a word before them narrows them to ("travel services exported")."""
    word = _SERVICES_WORD.match(text, at)
    # "trade in services": no word before them
    return _narrowed(text, word.start(), "services", "services") if word is not None else "services"


_SERVICES_WORD = re.compile(r"\s*(?=services\b)", re.IGNORECASE)


def _goods_kind(text: str, goods: re.Match[str]) -> str:
    """ "goods", or the kind a word before it narrows them to ("consumer goods", "dairy products")."""
    noun = goods.group().lower()
    return _narrowed(text, goods.start(), noun, "goods") if noun in {"goods", "products"} else "goods"


def _narrowed(text: str, at: int, noun: str, plain: str) -> str:
    """``noun`` (at ``at``) with the word before it that narrows it ("engineering goods"), or ``plain``
    when there is none, or it only says who trades them or how ("its goods", "exporting goods"), or
    it follows "mainly", "including" ("mainly crude oil and petroleum products")."""
    before = _GOODS_MODIFIER.search(text, max(0, at - 60), at)
    if before is None or before["lead"]:
        return plain
    kind = _product_phrase(before["mod"])
    return f"{kind} {noun}" if kind else plain


#: "while engineering exports rose 15.4% to $1.4 billion": a word before the flow names what is traded
_MODIFIED_FLOW = re.compile(
    r"\s*(?:(?:while|whereas|but|and)\s+)?(?:the\s+)?"  # the subject that opens the figure's clause
    r"(?:(?-i:[A-Z][a-z]+(?:['’]s)?)\s+)?"  # "Peruvian blueberry exports", "India's ...", "Swiss watch ..."
    r"(?P<mod>[a-z][a-z-]{2,}(?:\s+and\s+[a-z][a-z-]{2,}|\s+(?!and\b)[a-z][a-z-]{2,})?(?:\s+(?:goods|products))?)\s+"
    r"(?:exports?|imports?|shipments|sales)\b"
)
#: "Shipments of passenger cars and light commercial vehicles to Mexico jumped ...": the goods a flow is of
_FLOW_OF = re.compile(
    r"\b(?i:exports?|imports?|shipments|sales|purchases|deliveries|supplies)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?"  # "import of Polish fuel": where it comes from, not what it is
    r"(?P<mod>(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)"
    r"(?=\s+(?:to|from|into|with|worth|valued|were|was|are|is|reached|totall?ed|amounted|rose|fell|grew|jumped|"
    r"climbed|surged|increased|decreased|declined|dropped|slipped|hit|stood|came|in|at|by|last|this)\b|\s*[,(])"
)
#: adjectives, participles and adverbs describe a flow, they do not name a product
_NOT_A_NOUN = re.compile(r".*(?:est|ed|ly|ous|ive|ic)$")


def _named_flow(text: str, fig: _Figure) -> str:
    """The product the figure's own clause puts before its flow ("engineering exports"), if any."""
    found = _MODIFIED_FLOW.match(text, fig.clause_start, fig.start)
    if not found:
        return ""
    return _product_phrase(found["mod"])


def _flow_of(text: str, fig: _Figure) -> str:
    """The goods the figure's clause says its flow is of ("exports of motor vehicles"), if any."""
    found = None
    for m in _FLOW_OF.finditer(text, fig.clause_start, fig.start):
        found = m  # the last: the nearest to the figure
    if found is None or metric_cues().find(found["mod"]):
        return ""
    return _product_phrase(found["mod"])


#: "imported Georgian wine worth US$ 560.3 thousand, and mineral water worth $14.6 million": what is worth it
_WORTH_SUBJECT = re.compile(
    r"(?:\b(?:and|with|plus|of|imported|exported|bought|sold|shipped|supplied|purchased)|,)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?(?P<mod>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+(?:worth|valued\s+at)\s+"
    + _AMOUNT_HEDGE + r"\W{0,4}$",
    re.IGNORECASE,
)


def _worth_subject(text: str, fig: _Figure) -> str:
    found = _WORTH_SUBJECT.search(text, max(fig.clause_start, fig.start - 80), fig.start)
    if found is None or metric_cues().find(found["mod"]) or _GOODS.search(found["mod"]):
        return ""
    return _product_phrase(found["mod"].lower())


def _product_phrase(mod: str) -> str:
    """ "food and drink", "passenger cars" as a scope; "" when a word only describes the flow ("total")."""
    words = [w for w in mod.split() if w != "and"]
    if not words:
        return ""
    for word in (words[0], words[-1]) if len(words) > 1 else (words[0],):
        if word in _word_set("not_products.csv") or _NOT_A_NOUN.fullmatch(word) or word in growth_words().values:
            return ""
    return " ".join(mod.split())


@cache
def _product_words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """Product words from ``lexicon/products.csv``: heads of subject phrases, commodity phrases read
    before a flow ("crude oil worth", "imports of crude oil"), and any commodity phrase (longest first)."""
    heads: set[str] = set()
    commodities: list[str] = []
    for row in rows("products.csv"):
        word, kind = (row.get("word") or "").strip(), (row.get("kind") or "").strip()
        if not word or kind not in {"head", "commodity"}:
            raise LexiconError(f"products.csv: bad row {row}")
        if kind == "head":
            heads.add(word.lower())
        else:
            commodities.append(word)
    alt = trie_regex({w.lower() for w in commodities}, space=r"\s+")  # longest first, one branch per character
    pattern = re.compile(
        rf"\b({alt})\b(?=(?:\s+(?:alone|combined|together))?(?:\s+(?:were|was))?\s+(?:worth|valued)\b"
        rf"|\s+(?:exports?|imports?|purchases|shipments|sales|trade)\b|\s+from\b)"
        rf"|(?<=\bimports\sof\s)(?:(?-i:[A-Z][a-z]+)\s+)?({alt})\b|(?<=\bexports\sof\s)(?:(?-i:[A-Z][a-z]+)\s+)?({alt})\b",
        re.IGNORECASE,
    )
    return frozenset(heads), pattern, re.compile(rf"(?:{alt})\b", re.IGNORECASE)


#: "crosses the border every day": a flow per span of time, written away from the amount
_EVERY_SPAN = re.compile(r"\b(?:each|every|per)\s+(?:day|week|fortnight|month)\b", re.IGNORECASE)


@cache
def _rate_units() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "per tonne", "a barrel", "a week" right after an amount (lexicon/rate_units.csv): the pattern
    (group 1 is the unit) and each unit's kind."""
    kinds = {" ".join((row.get("word") or "").lower().split()): (row.get("kind") or "").strip()
             for row in rows("rate_units.csv")}
    words = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(kinds, key=len, reverse=True) if u)
    return re.compile(rf"\s*(?:(?:per|a|an|each|every)\s+|/\s*)({words})\b", re.IGNORECASE), kinds


def _per_unit(text: str, end: int) -> str:
    """ "price" for "$280 per tonne", "time" for "RM250 million a week" (an amount ending at ``end``), else ""."""
    pattern, kinds = _rate_units()
    m = pattern.match(text, end, min(len(text), end + 48))
    return kinds.get(" ".join(m.group(1).lower().split()), "") if m else ""


@cache
def _word_set(name: str) -> frozenset[str]:
    """The lowercased ``word`` column of a lexicon file."""
    return frozenset((row.get("word") or "").strip().lower() for row in rows(name))


def _product_subject(window: str) -> str:
    """A product named as the subject before the figure ("Fruits and vegetables stood out, generating $306 million")."""
    heads, _, phrase = _product_words()
    for lead in (r"\s*,?\s*(?:with\s+|while\s+|and\s+|followed\s+by\s+)?", r"\s*[A-Z][a-z]+\s+(?:of\s+)?"):
        # "..., with crude oil at $9.8 billion and iron ore at $8.4 billion": a commodity's whole name
        slot = re.match(lead, window)
        named = phrase.match(window, slot.end()) if slot else None
        # "Samsung Electronics has invested", "Tata Steel said": a capital after a name is part of the name
        in_name = lead.startswith(r"\s*[A-Z]")
        # "Excluding gold, exports were ...": everything but the product; "Including gold": everything
        opener = slot.group().split()[0].lower() if in_name and slot else ""
        prefix = "non-" if opener in _EXCLUDING else ""
        if opener and not prefix and opener in _word_set("not_products.csv"):
            continue
        if (
            named
            and " " in named.group().strip()
            and not (in_name and named.group()[0].isupper())
            and not _COMPANY_NOUN.match(window, named.end())
        ):
            return prefix + " ".join(named.group().lower().split())
        m = re.match(lead + r"(?P<p>[A-Za-z]+(?:\s+and\s+[a-z]+(?:\s+[a-z]+)?)?)\b", window)
        if m and in_name and m.group("p")[0].isupper():
            continue
        if m and _COMPANY_NOUN.match(window, m.end()):
            continue  # "Italian energy group Eni", "steel maker Tata": a company, not what is traded
        if m and m.group("p").split()[0].lower() in heads:
            words = m.group("p").lower().split()
            more = re.match(r"\s+([a-z]+)\b", window[m.end() :])
            if len(words) == 1 and more and more.group(1) in heads:
                words.append(more.group(1))  # "woven garments", "cut flowers": two product words
            if len(words) == 4 and (words[-1] in _SUBJECT_VERBS or words[-1] in growth_words().values):
                words = words[:-1]  # "Machinery and vehicles made up ...": the verb is not the product
            return prefix + " ".join(words)
    return ""


_EXCLUDING = frozenset({"excluding", "except", "ex", "without", "minus"})


_COMPANY_NOUN = re.compile(
    r"\s+(?:group|company|firm|giant|maker|makers|producer|producers|major|conglomerate|corporation|operator|"
    r"holding|supplier|trader|exporter|importer)\b",
    re.IGNORECASE,
)
#: Verbs that follow a product named as a subject ("Fruits and vegetables accounted for ...").
_SUBJECT_VERBS = frozenset({
    "made", "make", "makes", "accounted", "account", "accounts", "were", "was", "are", "is", "stood", "reached",
    "totalled", "totaled", "amounted", "generated", "brought", "earned", "led", "topped", "comprised",
    "accounting", "making", "generating", "bringing", "earning", "totalling", "totaling", "reaching", "worth",
})


def _commodity(window: str) -> str:
    found = list(_product_words()[1].finditer(window))
    if not found:
        return ""
    m = found[-1]
    lead = window[max(0, m.start() - 30) : m.start()].lower()
    if re.search(r"\b(?:mainly|largely|mostly|primarily|led by|driven by|including|such as)\s*$", lead):
        return ""
    item = " ".join((m.group(1) or m.group(2) or m.group(3)).lower().split())
    # "non-oil exports" are everything but oil
    return "non-" + item if window[max(0, m.start() - 4) : m.start()].lower() == "non-" else item


# --------------------------------------------------------------------------
# stage: countries


#: What may stand between a preposition and a name: "to the 10-member ASEAN bloc", "with the 27-nation EU"
_DET = r"(?:(?:the|its|their)\s+)?(?:[\w]+-(?:member|nation|country|state)\s+)?"
_ROLE_BEFORE = {
    "to": re.compile(rf"\b(?:to|into|towards)\s+{_DET}$", re.IGNORECASE),
    "from": re.compile(rf"\bfrom\s+{_DET}$", re.IGNORECASE),
    # "between China and Brazil"; not ", and Brazil posted a surplus", where "and" opens a clause
    "with": re.compile(rf"\b(?:with|(?<!,\s)and)\s+{_DET}$", re.IGNORECASE),
    "in": re.compile(rf"\bin\s+{_DET}$", re.IGNORECASE),
    "for": re.compile(rf"\b(?:for|in\s+favou?r\s+of)\s+{_DET}$", re.IGNORECASE),
    "between": re.compile(rf"\bbetween\s+{_DET}$", re.IGNORECASE),
    # "countries other than the United States", "excluding China", "non-EU": never the partner
    "except": re.compile(
        rf"(?:\b(?:other\s+than|excluding|except(?:\s+for)?|apart\s+from|outside(?:\s+of)?)\s+{_DET}|\bnon-)$",
        re.IGNORECASE,
    ),
}
_EXCEPT_WORDS = re.compile(r"other\s+than|excluding|except|apart\s+from|outside|\bnon-", re.IGNORECASE)
_RECEIVE = re.compile(r"\b(?:received|receives|attracted|attracts|drew|draws|hosted)\b", re.IGNORECASE)


_ANAPHOR = re.compile(
    r"\b(?:from|to|with|in)\s+(?:the|this|that|its)\s+(?:same\s+)?(?:country|nation|market|economy|latter|former)\b"
    r"|\b(?:this|that)\s+same\s+country\b",
    re.IGNORECASE,
)
_OWN_TOTAL = re.compile(
    r"\s+(?:(?:total|overall|entire|combined|global)\s+(?:(?:foreign|external|global)\s+)?"
    r"|(?:foreign|external)\s+)(?:trade|turnover|exports|imports)\b",
    re.IGNORECASE,
)
_TOTAL_SCOPE = re.compile(r"\b(?:total|overall|global|worldwide|all|entire|foreign)\b", re.IGNORECASE)
_ORIGIN_NOUN = re.compile(
    r"^\s*(?:goods|products|crude|oil|gas|coal|items|wares|supplies|seafood|"
    r"machinery|cars|vehicles|steel|grain)\b",
    re.IGNORECASE,
)


def _role(text: str, c: CountryMention) -> str:
    """How a country mention relates to the figure: by the word before it, or what it modifies."""
    after = text[c.end : c.end + 30]
    if c.form == "demonym" and (_ORIGIN_NOUN.match(after) or _product_next(after)):
        return "origin"  # "Chinese goods", "Russian crude", "Polish fuel": where the goods come from
    if metric_cues().pattern.match(after.lstrip()) and after[:1] in {" ", "’", "'"}:
        return "subject"  # "with India exporting goods", "Kazakh exports"
    if re.match(r"\s+[a-z]+ing\b", after) and re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, c.start - 12) : c.start]):
        return "subject"  # "with Brazil running a surplus": the subject of the absolute clause
    before = text[max(0, c.start - 40) : c.start]
    for role, pat in _ROLE_BEFORE.items():
        if pat.search(before):
            return role
    return "subject"


def _product_next(after: str) -> bool:
    """The words after a demonym name a product ("Polish fuel", "Georgian wine", "Ugandan milk powder")."""
    heads, _, phrase = _product_words()
    word = re.match(r"\s+([a-z]+)", after)
    return word is not None and (word.group(1) in heads or phrase.match(after, word.start(1)) is not None)


def _masked(ctx: _DocContext, start: int, end: int) -> list[CountryMention]:
    return [c for c in ctx.countries_between(start, end) if not ctx.in_attribution(c.start)]


def _resolve_countries(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    # the figure's own clause: from the start of the clause holding its metric cue, plus its post-window
    local = _masked(ctx, fig.clause_start, fig.pre[1]) + _masked(ctx, fig.post[0], fig.post[1])
    pair_phrase = bool(_PAIR_PHRASE.search(text, fig.clause_start, fig.post[1]))
    has_prior_here = any(f.sentence.index == fig.sentence.index for f in done[-LOOKBACK_FIGURES:])
    if not local and not pair_phrase and not has_prior_here:
        # "Kazakhstan emerged as China's largest partner, with bilateral trade reaching $41 billion"
        local = _masked(ctx, _look(fig), fig.start)
    opening = _APPOSITIVE_SUBJECT.match(text, fig.sentence.start, fig.clause_start)
    if opening is not None and not _VERB.search(opening.group("apposition")):
        # "The US, Brazil's second-largest partner, had a surplus of ...": the name before the
        # apposition is the clause's subject; the countries inside the apposition are not
        local = _masked(ctx, opening.start("subject"), opening.end("subject")) + local
    # (the cheap test first, and the name looked for only just before the clause: a search from the
    # sentence's start made every figure of a hostile one-line text read the whole line)
    opens = _WHOSE_OPENS.match(text, fig.clause_start, fig.start)
    owner = _WHOSE.search(text, max(fig.sentence.start, fig.clause_start - 120), fig.clause_start) if opens else None
    if owner is not None:
        # "Germany, whose own trade with China was $140 billion": the clause is about the name before it
        local = _masked(ctx, owner.start("owner"), owner.end("owner")) + local
    for m in fig.members[1:]:
        local = [c for c in local if not (m.start <= c.start < m.end)]
    roles = [(_role(text, c), c) for c in local]
    # "imports from the country", "exports from this same country": the country last named
    anaphor = _ANAPHOR.search(text, fig.clause_start, fig.post[1])
    if anaphor:
        # in "Chinese companies invested $66 billion in the country" the country is not China: a
        # demonym or possessive in the clause names the actor ("India's imports from the country"),
        # so the anaphor is the country last named before (but in "The UAE slipped ..., with imports
        # from the country" it is the UAE)
        named_here = {
            c.code
            for c in local
            if c.form in {"demonym", "possessive"} and not anaphor.start() <= c.start < anaphor.end()
        }
        before = [c for c in ctx.countries if c.end <= anaphor.start() and c.code != "WLD"]
        other = [c for c in before if c.code not in named_here]
        if other or before:
            ref = (other or before)[-1]
            word = anaphor.group().split()[0].lower()
            role = {"from": "from", "to": "to", "with": "with", "in": "in"}.get(word, "from")
            roles = [(r, c) for r, c in roles if c.start != ref.start] + [(role, ref)]
    # possessives first: "the US is Vietnam's largest export market" is about Vietnam's exports
    roles.sort(key=lambda rc: rc[0] != "subject" or rc[1].form != "possessive")
    subject = [c.code for r, c in roles if r == "subject" and c.code != "WLD"]
    to = [c.code for r, c in roles if r == "to"]
    frm = [c.code for r, c in roles if r in {"from", "origin"}]
    with_ = [c.code for r, c in roles if r in {"with", "between"}]
    in_ = [c.code for r, c in roles if r == "in"]
    for_ = [c.code for r, c in roles if r == "for"]
    same_sentence = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.index == fig.sentence.index]
    prior = same_sentence[-1] if same_sentence else None
    if prior is None:
        para = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.paragraph == fig.sentence.paragraph]
        prior = para[-1] if para else (done[-1] if done else None)

    reporter, counterpart = "", ""
    metric = fig.metric
    # "Peru accounted for 6.8% of Chile's total foreign trade turnover, which reached $145.9 billion":
    # a possessive on a whole ("total", "foreign" trade) owns a flow with the world
    own_total = next(
        (c for r, c in roles if c.form == "possessive" and c.start < fig.start and _OWN_TOTAL.match(text, c.end)),
        None,
    )
    named_partner = [code for code in with_ + to + frm if own_total is None or code != own_total.code]
    market = metric in {"exports", "imports"} and _MARKET_NOUN.search(text, _reach(fig), fig.start)
    plain = [c.code for r, c in roles if r == "subject" and c.form != "possessive" and c.code != "WLD"]
    if market and plain:
        # "The U.S. remained Vietnam's largest export market with $109.4 billion", "China was the largest
        # import source, with $130 billion": the country that is the market or source is the partner
        counterpart = plain[0]
        reporter = next((c for c in subject if c != counterpart), "")
    elif metric == "exports":
        # no economy exports from X to X: in "Vietnam's exports to Korea and imports from Korea", the
        # "from" belongs to the imports
        reporter = _first([c for c in frm if c not in to], subject, for_)
        counterpart = _first(to, with_, in_)
    elif metric == "imports":
        reporter = _first(subject, to, in_, for_)
        counterpart = _first(frm, with_)
    elif metric == "trade_balance":
        reporter = _first(for_, subject)
        counterpart = _first(with_, to, frm, in_)
    elif metric == "investment":
        if _RECEIVE.search(text, max(_look(fig), fig.clause_start), fig.end):
            # "Mexico received $36.1 billion in FDI": the host; with no investor named, from the world
            counterpart = _first(subject, in_, to)
            reporter = _first(frm, with_)
            if not reporter and counterpart:
                # "India received Rs 5.9 lakh crore (US$67.8 billion) in FDI from the US": an investor
                # named later in the sentence, past the bracket; none named: from the world
                later = ctx.countries_between(fig.end, min(fig.sentence.end, fig.end + LOOK_CHARS))
                reporter = next((c.code for c in later if _role(text, c) == "from" and c.code != counterpart), "WLD")
        else:
            reporter = _first(frm, subject)
            counterpart = _first(in_, to, with_)
    elif metric == "trade_total":
        codes = _unique(subject + for_ + with_ + frm + to + in_)
        reporter = codes[0] if codes else ""
        counterpart = codes[1] if len(codes) > 1 else ""
        if len(codes) == 1 and (with_ or to or frm) and not (subject or for_):
            reporter, counterpart = "", codes[0]  # "trade with China": the other side is the article's
        if not codes and not pair_phrase and not has_prior_here:
            # "bilateral trade turnover ... amounted to": the countries the paragraph is about
            para_start = max(ctx.paragraph_sentences[fig.sentence.paragraph][0].start, fig.start - 4 * LOOK_CHARS)
            near = _unique([c.code for c in ctx.countries_between(para_start, fig.start) if c.code != "WLD"])
            if len(near) >= 2:
                reporter, counterpart = near[0], near[1]
    else:
        pre_only = [c.code for r, c in roles if c.start < fig.start and c.code != "WLD"]
        codes = _unique(for_ + [c for c in pre_only if c in subject or c in in_] + subject + in_)
        reporter = codes[0] if codes else ""
    if own_total is not None and metric in TRADE_METRICS and not named_partner:
        reporter, counterpart = own_total.code, "WLD"
    if reporter and reporter == counterpart:
        counterpart = ""
    source = STATED_PAIR if counterpart else GUESSED_PAIR
    # "trade with Belt and Road partner countries", "exports to African nations": a partner the text names
    # but no code does; nothing is carried over or guessed for it
    group = (
        not counterpart and metric in TRADE_METRICS and bool(_GROUP_PARTNER.search(text, fig.clause_start, fig.post[1]))
    )
    world = any(c.code == "WLD" for c in local) or (
        metric in TRADE_METRICS
        and not counterpart
        and any(c.code == "WLD" for c in ctx.countries_between(_look(fig), fig.start))
    )
    if (
        metric in TRADE_METRICS
        and not counterpart
        and (world or (_TOTAL_SCOPE.search(text, fig.clause_start, fig.start) and reporter and not with_))
    ):
        counterpart, source = "WLD", STATED_PAIR

    if (
        metric in {"exports", "imports", "trade_balance"}
        and not reporter
        and not counterpart
        and not pair_phrase
        and _TOTAL_SCOPE.search(text, fig.clause_start, fig.start)
    ):
        # "Overall exports rose 5.9% to $330 billion" after figures about one partner: the same
        # economy's trade with the world, not with that partner. ("Total trade" in an article about
        # two countries is usually their two-way trade, so it is left to the pair.)
        reporter = prior.reporter if prior is not None and prior.reporter else ctx.main
        counterpart = "WLD" if reporter else ""
        source = STATED_PAIR
    if pair_phrase and not reporter and not counterpart:
        # "bilateral trade", "the two countries": a pair, never one economy and the world
        # (the pair just discussed in this paragraph; past it, the two the article is about)
        two = (
            prior is not None
            and prior.counterpart
            and "WLD" not in {prior.reporter, prior.counterpart}
            and prior.sentence.paragraph == fig.sentence.paragraph
        )
        pair = [prior.reporter, prior.counterpart] if prior is not None and two else ctx.ranked[:2]
        if len(pair) == 2:
            reporter, counterpart = pair[0], pair[1]
        source = STATED_PAIR
    if group:
        source = STATED_PAIR
    elif metric in TRADE_METRICS or metric == "investment":
        # a guess reaches only for countries the reader has met by the end of the figure's sentence;
        # when that is one country, its flows are with the world ("Indonesia's exports grew ...
        # Outbound shipments rose 8.9% to $23.6 billion" before any partner is named). "Two-way trade",
        # and trade turnover in general, says a pair is meant, whenever the article names it.
        pair_worded = bool(_PAIR_WORD.search(text, _reach(fig), fig.start))
        paired = metric == "trade_total" or pair_worded
        seen_by = None if paired else fig.sentence.end
        met = ctx.ranked_before(seen_by)
        alone = metric in TRADE_METRICS and len(met) == 1 and not paired
        # trade carries over from trade, investment from investment: an investor and its host are not an
        # exporter and its buyer
        kin = TRADE_METRICS if metric in TRADE_METRICS else frozenset({"investment"})
        inherit = prior if prior is not None and prior.metric in kin else None
        if inherit is not None and not (inherit.reporter or inherit.counterpart):
            inherit = None  # nothing to carry over
        if inherit is not None and pair_worded and "WLD" in {inherit.reporter, inherit.counterpart}:
            inherit = None  # "mutual trade" after a figure for one economy's trade with the world
        if inherit is not None and source == GUESSED_PAIR:
            source = inherit.index
        if inherit is not None and not reporter and not counterpart:
            reporter, counterpart = inherit.reporter, inherit.counterpart
        elif inherit is not None and not counterpart and reporter:
            pair = [inherit.reporter, inherit.counterpart]
            counterpart = (
                next((c for c in pair if c and c != reporter), "")
                if reporter in pair
                else _pick_partner(ctx, reporter, pair, seen_by)
            )
        elif inherit is not None and not reporter and counterpart:
            pair = [inherit.reporter, inherit.counterpart]
            reporter = (
                next((c for c in pair if c and c != counterpart), "")
                if counterpart in pair
                else _pick_partner(ctx, counterpart, pair, seen_by)
            )
        if not reporter and counterpart:
            reporter = ctx.other_than(counterpart, before=seen_by)
        elif reporter and not counterpart:
            counterpart = ctx.other_than(reporter, before=seen_by) or ("WLD" if alone and met == [reporter] else "")
        elif not reporter and not counterpart and len(met) >= 2:
            reporter, counterpart = met[0], met[1]
        elif not reporter and not counterpart and alone:
            reporter, counterpart = met[0], "WLD"
    elif metric in {"gdp", "other"} and not reporter:
        reporter = ctx.main if metric == "gdp" else (prior.reporter if prior and prior.metric == metric else "")
    listed = _respective_counterpart(ctx, fig) if metric in TRADE_METRICS | {"investment"} else ""
    if listed:
        # "trade with Russia and China reached $26 billion and $31 billion respectively"
        counterpart = listed
        if reporter == listed:
            reporter = ""
        if not reporter:
            reporter = ctx.other_than(listed)
        source = STATED_PAIR
    if fig.subject_sentence >= 0 and not local:
        # the sentence before named the subject ("Germany's trade surplus ... was at a low")
        prev = ctx.sents[fig.subject_sentence]
        named = [(_role(text, c), c) for c in _masked(ctx, prev.start, prev.end) if c.code != "WLD"]
        subjects = [c.code for r, c in named if r in {"subject", "for"}]
        partners = [c.code for r, c in named if r in {"with", "to", "from", "between"}]
        if subjects:
            reporter, counterpart = subjects[0], (partners[0] if partners else "WLD")
            source = STATED_PAIR
    if fig.refers_back and done and not local:
        reporter, counterpart = done[-1].reporter, done[-1].counterpart
        source = done[-1].index
    labelled = _country_before_bracket(ctx, fig) if metric in TRADE_METRICS else None
    if labelled is not None:
        # "ahead of Tanzania (Sh30.1 billion) and Rwanda (Sh21.6 billion)": the country the bracket labels
        if reporter == labelled.code:
            reporter = prior.reporter if prior is not None and prior.reporter != labelled.code else ""
        counterpart = labelled.code
        if not reporter:
            reporter = ctx.other_than(labelled.code)
        source = STATED_PAIR
    # named as an exception in the figure's clause, or earlier in its sentence and not named again
    excluded = {c.code for r, c in roles if r == "except"}
    if _EXCEPT_WORDS.search(text, _reach(fig), fig.start):
        named_here = {c.code for r, c in roles if r != "except"}
        excluded |= {
            c.code
            for c in _masked(ctx, _reach(fig), fig.start)
            if c.code not in named_here and _role(text, c) == "except"
        }
    if counterpart in excluded or (excluded and counterpart == "WLD"):
        counterpart = ""  # "exports to countries other than the US": a partner no code names, not the world
    if reporter in excluded:
        reporter = ""
    fig.reporter, fig.counterpart = reporter, counterpart
    fig.pair_from = source


_GROUP_PARTNER = re.compile(
    r"\b(?:with|to|from)\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+(?:and\s+)?){1,4}(?:partner\s+)?"
    r"(?:countries|nations|economies|states|markets)\b",
    re.IGNORECASE,
)
_MARKET_NOUN = re.compile(
    r"\b(?:export|import)\s+(?:market|destination|source|supplier|partner)s?\b", re.IGNORECASE
)

_PAIR_WORD = re.compile(r"\b(?:bilateral|two-way|mutual|reciprocal|between|both|our)\b", re.IGNORECASE)
#: How far a figure must exceed another (as their interval ends) before the two cannot describe
#: the same flow in one article: beyond ordinary rounding and restatement.
_SELF_CONFLICT = Decimal("1.1")


def _rehome_totals(ctx: _DocContext, figures: list[_Figure]) -> None:
    """A figure whose partner was only guessed from the article and that is larger than the same
    article's figure for that named partner (same flow and period), or larger than the two countries'
    whole trade, is the country's trade with the world: "Outbound shipments rose 12.7% to $309 billion"
    before "exports to the U.S. rose 8.1% to $46.6 billion" in the same month. An article does not
    state two values for one flow; the guess was wrong, not the writer. Figures that carried the
    pair over from a moved figure move with it."""
    # the smallest upper end the text states for each flow, pair, currency and period: a guessed
    # figure above it cannot be about that pair (one lookup per figure, however long the document)
    ceiling: dict[_FlowKey, dict[tuple[str, str], tuple[Period, Decimal]]] = {}
    for f in figures:
        if not _comparable(f) or not (f.pair_from == STATED_PAIR or _pair_worded(ctx, f)):
            continue
        high = f.claims[0].interval_high
        if high is None or f.period is None:
            continue
        periods = ceiling.setdefault(_flow_key(f.metric, f.reporter, f.counterpart, f.claims[0].currency), {})
        span = (f.period.start, f.period.end)
        lowest = periods[span][1] if span in periods else high
        periods[span] = (f.period, min(high, lowest))
    if not ceiling:
        return
    moved: dict[int, tuple[str, str]] = {}
    for fig in figures:
        if fig.pair_from == STATED_PAIR or fig.counterpart in {"", "WLD"} or not fig.reporter:
            continue
        if fig.metric not in TRADE_METRICS:
            continue
        if _pair_worded(ctx, fig):
            continue  # "two-way trade", "our trade turnover": the pair's, whatever the article says next
        carried = moved.get(fig.pair_from)
        # (a product's figure counts too: "non-oil exports" cannot exceed all the pair's trade either)
        too_large = _comparable(fig, any_scope=True) and _exceeds(fig, ceiling)
        if carried != (fig.reporter, fig.counterpart) and not too_large:
            continue
        moved[fig.index] = (fig.reporter, fig.counterpart)
        fig.counterpart = "WLD"
        economy, partner = economy_partner(fig.metric, fig.reporter, "WLD")
        fig.claims = [replace(c, economy=economy, partner=partner) for c in fig.claims]


_FlowKey = tuple[str, str, str]


def _pair_worded(ctx: _DocContext, fig: _Figure) -> bool:
    """ "Bilateral trade reached $7.8 billion": a total the text says is the pair's, naming them or not."""
    return fig.metric == "trade_total" and bool(_PAIR_WORD.search(ctx.text, _reach(fig), fig.start))


def _flow_key(metric: str, reporter: str, counterpart: str, currency: str) -> _FlowKey:
    """A flow between two sides: a total has no direction, exports and imports do."""
    sides = "|".join(sorted((reporter, counterpart))) if metric == "trade_total" else f"{reporter}>{counterpart}"
    return metric, sides, currency


def _comparable(fig: _Figure, any_scope: bool = False) -> bool:
    """A stated level of all trade (or, with ``any_scope``, of a part of it) over a known period."""
    return (
        fig.metric in {"trade_total", "exports", "imports"}
        and fig.period is not None
        and (any_scope or not fig.scope)
        and not fig.change
        and not fig.base
        and fig.status == "actual"
        and bool(fig.claims)
        and fig.counterpart not in {"", "WLD"}
    )


def _exceeds(fig: _Figure, ceiling: dict[_FlowKey, dict[tuple[str, str], tuple[Period, Decimal]]]) -> bool:
    """``fig`` is larger than the text allows for its pair over a period containing its own: the same
    flow, or the pair's whole trade."""
    low = fig.claims[0].interval_low
    if low is None or fig.period is None:
        return False
    currency = fig.claims[0].currency
    keys = {_flow_key(fig.metric, fig.reporter, fig.counterpart, currency)}
    keys.add(_flow_key("trade_total", fig.reporter, fig.counterpart, currency))
    for key in keys:
        for whole, high in ceiling.get(key, {}).values():
            if contains(whole, fig.period) and low > high * _SELF_CONFLICT:
                return True
    return False


def _country_before_bracket(ctx: _DocContext, fig: _Figure) -> CountryMention | None:
    """The country a bracketed figure labels: "Tanzania (Sh30.1 billion)"; None if the bracket follows no country."""
    if not ctx.text[max(0, fig.start - 2) : fig.start].rstrip(" ").endswith("("):
        return None
    bracket = ctx.text.rfind("(", max(0, fig.start - 3), fig.start)
    before = [c for c in ctx.countries_between(max(0, bracket - 60), bracket) if c.code != "WLD"]
    if before and not ctx.text[before[-1].end : bracket].strip():
        return before[-1]
    return None


def _respective_counterpart(ctx: _DocContext, fig: _Figure) -> str:
    """In "X's trade with A, B and C was $1, $2 and $3 billion respectively", the i-th figure is about
    the i-th country listed; "" when the sentence is not such a list or the counts do not match."""
    if not RESPECTIVELY.search(ctx.text, fig.start, min(fig.sentence.end, fig.end + MAX_SENTENCE_CHARS)):
        return ""
    here = _sentence_figures(ctx, fig)
    if len(here) < 2:
        return ""
    listed = [
        c.code
        for c in _masked(ctx, max(fig.sentence.start, here[0].start - MAX_SENTENCE_CHARS), here[0].start)
        if c.code != "WLD" and c.form not in {"possessive", "demonym"}
    ][-len(here) :]
    if len(listed) != len(here) or len(set(listed)) != len(listed):
        return ""
    return listed[here.index(fig)]


def _pick_partner(ctx: _DocContext, known: str, pair: list[str], before: int | None = None) -> str:
    """The other side when one side is new: the better-known of the previous pair."""
    cands = [c for c in pair if c and c != known]
    if not cands:
        return ctx.other_than(known, before=before)
    return min(cands, key=lambda c: ctx.ranked.index(c) if c in ctx.ranked else 99)


def _first(*lists: list[str]) -> str:
    for lst in lists:
        if lst:
            return lst[0]
    return ""


def _unique(codes: list[str]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def economy_partner(metric: str, reporter: str, counterpart: str) -> tuple[str, str]:
    """Map the figure's sides to the contract's ``economy`` and ``partner``."""
    if metric == "trade_total":
        if counterpart == "WLD":
            return reporter, "WLD"
        if reporter == "WLD":
            return counterpart, "WLD"
        pair = sorted(c for c in (reporter, counterpart) if c)
        return (pair[0], pair[1]) if len(pair) == 2 else (pair[0] if pair else "", "")
    if metric in {"gdp", "other"}:
        return reporter, ""
    return reporter, counterpart


# --------------------------------------------------------------------------
# stage: period


def _resolve_period(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    found = ctx.periods_near(fig)
    post = [p for p in found if fig.post[0] <= p.start < fig.post[1] + 1]
    pre = [p for p in found if fig.pre[0] <= p.start and p.end <= fig.pre[1]]
    same_sentence = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.index == fig.sentence.index]
    anchor = next((f.period for f in reversed(same_sentence) if f.period and not f.base), None)
    if anchor is None:
        anchor = next(
            (
                f.period
                for f in reversed(done[-LOOKBACK_FIGURES:])
                if f.period and not f.base and f.status == "actual" and f.metric in TRADE_METRICS
            ),
            None,
        )
    if _NO_PERIOD.search(text, fig.post[0], fig.post[1]) or _NO_PERIOD.search(text, fig.clause_start, fig.start):
        fig.period = None  # "$100 billion a year", "the current $66 billion": no specific period
        return
    choice: PeriodMention | None = None
    so_far = _since_this_year(ctx, fig, post) or _listed_period(ctx, fig, found) or _span_ends(ctx, fig, found)
    if so_far is not None:
        # "... since the start of the year"; "$4 billion and $7 billion in 2023 and 2024"
        fig.period, fig.period_explicit = so_far, True
        return
    # "tripled since 2017, when it stood at $1.4 billion": the period the 'when' clause names
    when = next((p for p in reversed(pre) if p.period is not None and _WHEN_IT_WAS.match(text, p.end, fig.start)), None)
    if when is not None:
        fig.period, fig.period_explicit, fig.recalled = when.period, True, True
        return
    for cand in post + list(reversed(pre)):
        # a period right after the figure ("imports from Uganda were $180 million in 2024") is its own,
        # whatever 'from' came before; before the figure, a comparison base belongs to another figure
        own = cand in post and cand.kind != "same_period_in"
        if cand.kind in {"since"} or (cand.role == "base" and not fig.base and not own):
            continue
        choice = cand
        break
    period: Period | None = None
    if choice is not None:
        period = _period_of(ctx, choice, anchor, fig)
        fig.period_explicit = True
        if choice.kind == "target" and fig.status == "actual" and not _already_past(ctx, choice.period):
            fig.status = "target"  # "by 2030"; but "by 2023" in a 2023 article is an as-of date
    if (
        choice is None
        and fig.base
        and anchor is not None
        and (_LAST_YEAR.search(text, fig.post[0], fig.post[1]) or _LAST_YEAR.search(text, fig.pre[0], fig.pre[1]))
    ):
        fig.period, fig.period_explicit = previous(anchor), True  # "from $118 billion in the last year"
        return
    # a sentence-initial period ("In 2023, ...") binds every figure of the sentence
    if period is None and choice is None:
        lead = [
            p
            for p in found
            if p.start < fig.start
            and p.kind not in {"since"}
            and p.role != "base"
            and not any(f.pre[0] <= p.start < f.post[1] for f in same_sentence)
        ]
        if lead:
            period = _period_of(ctx, lead[-1], anchor, fig)
            fig.period_explicit = period is not None
    if period is None and choice is None:
        ago = _AGO.search(text, _look(fig), fig.start)
        if ago:
            fig.period = _years_ago(ctx, ago)
            fig.period_explicit = True
            return
        rest = [
            p
            for p in found
            if p.start >= fig.post[1]
            and p.role != "base"
            and p.kind not in {"since", "target"}
            and p.period is not None
            and not re.search(r"\bsince\b", text[fig.end : p.start], re.IGNORECASE)
        ]
        # bounded: a 10 MB line with no full stop must not be scanned once per figure
        respective = bool(RESPECTIVELY.search(text, fig.start, min(fig.sentence.end, fig.end + MAX_SENTENCE_CHARS)))
        later = [f for f in _later(ctx, fig) if f.sentence.index == fig.sentence.index]
        # a period after the sentence's last figure dates every figure without one of its own
        # ("exports were $5 billion and imports $3 billion in 2023"); never a comparison base
        trailing = [p for p in rest if not later or p.start >= later[-1].end]
        if fig.base:
            pass
        elif rest and (respective or not later):
            period = rest[0].period
        elif trailing:
            period = trailing[0].period
    if period is None and choice is None and _MOVED_ON.search(text, max(fig.clause_start, fig.pre[0]), fig.start):
        fig.period = None  # "peaking at $46 billion in 2013, before the boom of the following decade pushed
        return  # them above $100 billion": a later time the text does not date, not the figure before's
    if period is None and choice is None:
        if fig.base and same_sentence and same_sentence[-1].period is not None:
            # "was $5 billion in 2023, up from $4 billion": the comparison base is the period before
            period = previous(same_sentence[-1].period)
        elif (
            same_sentence
            and same_sentence[-1].period is not None
            and (same_sentence[-1].status == fig.status or _is_forecast_reference(text, fig))
        ):
            # "beating the $10 billion forecast": the forecast was for the period reported
            # an aim does not take a reported figure's year ("... and we intend to bring it to $10 billion")
            period = same_sentence[-1].period
        elif same_sentence and same_sentence[-1].period_explicit:
            period = None  # "$129 bln last year, while imports were $111 bln" in an undated article
        elif _RUNNING_SINCE.search(text, _reach(fig), fig.start) or any(p.kind == "since" for p in post + pre):
            fig.period = None  # "Since the agreement took effect in 2006, trade has totaled $550 billion": a
            return  # running total, not the period the article reports
        else:
            period = _inherited_period(ctx, fig, done)
        if period is None and fig.metric in TRADE_METRICS and fig.status == "actual" and not _after_unknown(fig, done):
            period = _paragraph_period(ctx, fig) or _heading_period(ctx, fig) or _lead_period(ctx, fig)
    fig.period = period


#: A time after the one just named, left undated: "the following decade", "a year later", "the next year"
_MOVED_ON = re.compile(
    r"\b(?:(?:the\s+)?(?:following|next|subsequent)\s+(?:decade|years?|quarters?|months?)|"
    r"(?:a|one|two|three|several|some|many)\s+(?:decades?|years?|months?)\s+later)\b",
    re.IGNORECASE,
)
#: A single day, with or without its year: "April 1", "1 April", "November 14, 2024", "14 Nov 2024"
_DAY_DATE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d))"
    r"(?:,?\s+(?:19|20)\d\d)?"
)


def _aside_or_date(text: str, p: PeriodMention) -> bool:
    """A period inside parentheses or a single day ("April 1") does not date a flow; nor does a crop
    season ("the 2023-24 season") or the year inside a 'since' clause ("since the agreement took effect
    in 2006, trade has totaled ..."), which starts a running total."""
    if _DAY_DATE.fullmatch(p.surface.strip()):
        return True
    if _SEASON_AFTER.match(text, p.end) or _SINCE_CLAUSE.search(text, max(0, p.start - 100), p.start):
        return True
    if _EVENT_DATE.search(text, max(0, p.start - 40), p.start):
        return True  # "the ban that Warsaw introduced in September 2023": when something happened
    if _TITLE_YEAR.search(text, max(0, p.start - 30), p.start) and re.fullmatch(r"\d{4}", p.surface.strip()):
        return True  # "the Economic Survey 2025 shows": a publication's name, not the period of its figures
    opened = text.rfind("(", max(0, p.start - 80), p.start)
    if opened == -1 or text.find(")", opened, p.start) != -1:
        return False
    closed = text.find(")", p.end, p.end + 80)
    if closed == -1:
        return False
    # "$22.8 billion (FY2023-24)" dates the figure; "(India's financial year is April 1 to March 31)" does not
    inside = text[opened + 1 : closed]
    return bool(re.sub(r"\b(?:in|for|during)\b", "", inside.replace(p.surface, "")).strip(" ,;."))


#: A publication whose name carries a year: "Economic Survey 2025", "World Investment Report 2024"
_TITLE_YEAR = re.compile(r"(?-i:\b(?:Survey|Report|Review|Outlook|Yearbook|Bulletin|Census|Index|Monitor))\s+$")
#: A date of an event, not the span of a flow: "introduced in September 2023", "took effect on 1 July"
_EVENT_DATE = re.compile(
    r"\b(?:introduced|imposed|launched|signed|began|begun|started|announced|adopted|enacted|lifted|ratified|"
    r"took\s+effect|came\s+into\s+force|entered\s+into\s+force)\s+(?:in|on)\s+$"
    # "as deliveries were postponed to October": when something was moved to
    r"|\b(?:postponed|delayed|deferred|moved|pushed\s+back|rescheduled|brought\s+forward)\s+(?:to|until|till|for)\s+$",
    re.IGNORECASE,
)
_RUNNING_SINCE = re.compile(r"\b[Ss]ince\b(?![^,;]*\bthen\b)")
_SEASON_AFTER = re.compile(r"\s+(?:crop\s+|harvest\s+|marketing\s+|growing\s+)?(?:season|campaign)\b", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?=\D)[^,;.\n]*\b(?:in|of)\s+$")
_BULLET = re.compile(r"[-•*–·]\s|\d{1,2}[.)]\s")


def _heading_period(ctx: _DocContext, fig: _Figure) -> Period | None:
    """A list under a heading that names the period: "Key figures (2023):" then one line per figure, or
    a title line ("Key facts: Australia-China trade in 2023-24") over bulleted lines."""
    text = ctx.text
    bulleted = bool(_BULLET.match(text, fig.sentence.start))
    for sent in reversed(ctx.sents[max(0, fig.sentence.index - 12) : fig.sentence.index]):
        line = text[sent.start : sent.end].rstrip()
        if bulleted and _BULLET.match(text, sent.start):
            continue  # another item of the same list
        own_line = sent.start == 0 or text[sent.start - 1] == "\n"
        title = bulleted and own_line and len(line) < 120 and not line.endswith((".", "!", "?"))
        if (line.endswith(":") and len(line) < 120) or title:
            found = [p for p in ctx.periods_in(sent) if p.kind == "absolute" and p.period is not None]
            return found[-1].period if found else None
        if bulleted:
            return None  # the list's first line is not a heading
    return None


def _paragraph_period(ctx: _DocContext, fig: _Figure) -> Period | None:
    """The last explicit period stated earlier in the paragraph ("... in 2023. ... totaling $3.9 billion")."""
    text = ctx.text
    for sent in reversed(ctx.paragraph_sentences[fig.sentence.paragraph][-12:]):
        if sent.index < fig.sentence.index:
            for p in reversed(ctx.periods_in(sent)):  # the last one stated
                if p.kind == "absolute" and p.role != "base" and p.period is not None and not _aside_or_date(text, p):
                    return p.period
    return None


def _lead_period(ctx: _DocContext, fig: _Figure) -> Period | None:
    """Until a figure states its own period, the lines before the first figures that name one period
    date them: a lead ("China's exports grew faster than expected in October, customs data showed")
    announces what the figures after it report."""
    if ctx.dated_any:
        return None
    first = ctx.paragraph_sentences[fig.sentence.paragraph][0].index
    for sent in reversed(ctx.sents[max(0, first - 6) : first]):
        if sent.index in ctx.figure_sentences:
            return None
        named = {
            p.period
            for p in ctx.periods_in(sent)
            if p.kind in {"absolute", "relative"}
            and p.role != "base"
            and p.period is not None
            and not _aside_or_date(ctx.text, p)
        }
        if named:
            return named.pop() if len(named) == 1 else None
    return None


_AGO = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|ten|\d{1,2})\s+(?P<unit>decade|decades|years?)\s+ago\b", re.IGNORECASE
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


def _years_ago(ctx: _DocContext, m: re.Match[str]) -> Period | None:
    """ "A decade ago" in an article of 2023 is about 2013 (fuzzy: the writer rounds)."""
    if ctx.date is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _SMALL.get(n, 1)
    years = count * (10 if m.group("unit").lower().startswith("decade") else 1)
    year = ctx.date.year - years
    return Period(f"{year}-01", f"{year}-12", f"about {year}", True)


def _later(ctx: _DocContext, fig: _Figure) -> list[_Figure]:
    return ctx.figures_after(fig)


_BACK_WORD = re.compile(r"\b(?:last|previous|past|prior|preceding)\b", re.IGNORECASE)


def _since_this_year(ctx: _DocContext, fig: _Figure, post: list[PeriodMention]) -> Period | None:
    """ "exports were $1.5 billion since the start of the year", "... since March": from then to the
    article's month. Only right after the figure: "the highest since January" names no period of it."""
    if not post or post[0].kind != "since" or post[0].period is None or ctx.date is None:
        return None
    if not re.fullmatch(r"[\s,]{0,3}", ctx.text[fig.end : post[0].start]):
        return None
    if int(post[0].period.start[:4]) != ctx.date.year:
        return None  # "since 2017": a long run, not this year's total
    return between(post[0].period.start, f"{ctx.date:%Y-%m}")


def _same_months_of_year(a: Period, b: Period) -> bool:
    """The same months of the year and the same length: "July-June" and 2024-07..2025-06."""
    return a.start[5:] == b.start[5:] and a.end[5:] == b.end[5:] and (
        int(a.end[:4]) - int(a.start[:4]) == int(b.end[:4]) - int(b.start[:4])
    )


#: "the nine months", with no "first" or year: months the text has just named
_THE_N_MONTHS = re.compile(r"(?:(?:in|during|for|over)\s+)?the\s+(\w+)\s+months", re.IGNORECASE)


def _period_of(ctx: _DocContext, pm: PeriodMention, anchor: Period | None, fig: _Figure) -> Period | None:
    kind = pm.kind
    if kind in {"previous"}:
        return previous(anchor) if anchor is not None else None
    if kind == "relative" and fig.base and anchor is not None and _BACK_WORD.search(pm.surface):
        # "from $35 billion in the last fiscal year": the year before the one just compared;
        # but "from $8.9 billion in August" names its month, only its year is inferred
        return previous(anchor)
    if kind == "anaphoric":
        return anchor
    if anchor is not None and (span := _THE_N_MONTHS.fullmatch(pm.surface.strip())) is not None:
        # "Rice exports stood at Rs131bn in the nine months" after "July-March": those nine months
        n = NUMBER_WORDS.get(span.group(1).lower()) if not span.group(1).isdigit() else int(span.group(1))
        if n is not None and months(anchor) == n:
            return anchor
    if (
        kind == "relative"
        and ctx.date is None
        and anchor is not None
        and pm.period is not None
        and _same_months_of_year(pm.period, anchor)
        and abs(int(pm.period.end[:4]) - int(anchor.end[:4])) <= 1
    ):
        # an undated article: "the July-June period" after "FY2024-25" is that fiscal year, whatever
        # year the article's latest one suggested
        return anchor
    if kind == "same_period_in" and pm.year is not None and anchor is not None:
        shift = int(anchor.start[:4]) - pm.year
        return previous(anchor, shift) if shift > 0 else anchor
    if kind == "target" and fig.status == "actual" and fig.metric == "investment":
        return None  # "by 2023 the stock was $X": an as-of date, not a flow period
    return pm.period


def _after_unknown(fig: _Figure, done: list[_Figure]) -> bool:
    """The figure before, in the paragraph, named a period that could not be placed ("last year" in an
    undated article): a figure after it that names none is as unknown, not dated by an older mention."""
    for prev in reversed(done[-LOOKBACK_FIGURES:]):
        if prev.sentence.paragraph != fig.sentence.paragraph:
            return False
        if prev.base or prev.change or prev.status != "actual":
            continue
        return prev.period is None and prev.period_explicit
    return False


def _inherited_period(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> Period | None:
    """Take the period of the previous figure about the same pair, in the paragraph or document."""
    pair = {fig.reporter, fig.counterpart}
    if fig.status != "actual":
        return None  # "aim to lift annual trade to $30 billion": a target's period is its own or none
    for prev in reversed(done[-LOOKBACK_FIGURES:]):
        if prev.base or prev.change or prev.recalled or prev.status != "actual":
            continue  # a comparison base, a past level or the size of a change does not date what follows
        if prev.period is None:
            if prev.period_explicit and prev.sentence.paragraph == fig.sentence.paragraph:
                return None  # "... $263 billion last year" in an undated article: what follows is as unknown
            continue
        same_para = prev.sentence.paragraph == fig.sentence.paragraph
        if not same_para and (fig.metric not in TRADE_METRICS or prev.metric not in TRADE_METRICS):
            continue
        if fig.metric in TRADE_METRICS and {prev.reporter, prev.counterpart} != pair:
            if same_para and not (pair & {prev.reporter, prev.counterpart}):
                continue
            if not same_para and (_is_claim(ctx, fig) or not (pair & {prev.reporter, prev.counterpart})):
                # another pair in another paragraph: only a statistic sharing a country carries the
                # article's period ("Trade with China ... in 2023. || Exports to Kazakhstan were ...");
                # someone's claim ("Trump claims the deficit is $350 billion") does not
                continue
        return prev.period
    return None


_CLAIM_VERBS = re.compile(
    r"\b(?:claims?|claimed|asserts?|asserted|insists?|insisted|argues?|argued|says?|said|told|tells)\b", re.IGNORECASE
)


def _is_claim(ctx: _DocContext, fig: _Figure) -> bool:
    """Someone's assertion rather than a statistic: a quote, or a 'says/claims' clause."""
    i = bisect.bisect_right(ctx.quote_starts, fig.start) - 1
    if i >= 0 and ctx.quote_speakers[i][0] <= fig.start < ctx.quote_speakers[i][1]:
        return True
    return bool(_CLAIM_VERBS.search(ctx.text, _look(fig), fig.start))


# --------------------------------------------------------------------------
# stage: status


def _resolve_status(ctx: _DocContext, fig: _Figure) -> None:
    text = ctx.text
    start = fig.clause_start
    cues = status_cues().find(text, start, fig.start)
    cues += [
        c
        for c in status_cues().find(text, fig.post[0], fig.post[1])
        if c.value == "target" and c.text.lower() in {"target", "goal", "targets", "goals"}
    ]
    if fig.base:
        fig.status = "actual"
        return
    if _is_forecast_reference(text, fig):
        fig.status = "forecast"
        return
    status = "actual"
    for c in cues:
        if c.value == "target":
            status = "target"
        elif status != "target":
            status = "forecast"
    if status == "actual" and _EXPECTED_TO.search(text, start, fig.start):
        status = "forecast"  # "the government expected export earnings to fall to A$369 billion"
    if (
        status == "forecast"
        and re.search(r"\d" + PERCENT, text[start : fig.start])
        and not re.search(r"\b(?:may|will|could|expected|projected|forecast)\b", text[start : fig.start], re.I)
    ):
        status = "actual"  # "rose 5% to reach $X" reports a past move
    if (
        status != "actual"
        and _KNOWN_AMOUNT.search(text, max(start, fig.start - 12), fig.start)
        and not _GOAL_AFTER.match(text, fig.end)
    ):
        status = "actual"  # "aims to address the $57 billion deficit": the figure is a known amount, not the aim
    fig.status = status


#: "expected <what> to fall to": a forecast whose subject stands between the verb and "to"
_EXPECTED_TO = re.compile(
    r"\b(?:expected|expects|expect|forecast|forecasts|projected|projects|predicted|predicts)\s+"
    r"(?:[\w'’-]+\s+){1,6}?to\s+(?:\w+\s+(?:to|at|by|about|around|some)\s+)?$",
    re.IGNORECASE,
)
_KNOWN_AMOUNT = re.compile(r"\b(?:the|its|their|this|that|these)\s+$", re.IGNORECASE)
_FORECAST_AFTER = re.compile(
    r"\s+(?:projected|projection|forecast|forecasted|predicted|prediction|expected|anticipated)\b"
    # "short of the $40 billion officials had projected", "the $5 billion that analysts expected"
    r"|\s+(?:(?:that|which)\s+)?(?:(?:the\s+)?[A-Za-z]+\s+){1,2}(?:had\s+|have\s+|has\s+)?"
    r"(?:projected|forecast|forecasted|predicted|expected|anticipated)(?!\s+(?:to|that)\b)",
    re.IGNORECASE,
)


def _is_forecast_reference(text: str, fig: _Figure) -> bool:
    """ "beating the $10 billion forecast", "exceeding the RM2.8 trillion projected under the budget":
    someone's forecast of the quantity the sentence reports, named to compare with."""
    lead = max(fig.sentence.start, fig.start - 12)
    return bool(_FORECAST_AFTER.match(text, fig.end) and _KNOWN_AMOUNT.search(text, lead, fig.start))

_GOAL_AFTER = re.compile(r"\s+(?:mark|threshold|milestone|level|target|goal|barrier|ceiling)\b", re.IGNORECASE)


def _already_past(ctx: _DocContext, period: Period | None) -> bool:
    return period is not None and ctx.date is not None and int(period.start[:4]) <= ctx.date.year


def _settle_status(ctx: _DocContext, fig: _Figure) -> None:
    """A forecast for a period that ended before the document was written is a reported value."""
    if fig.status == "forecast" and fig.period is not None and ctx.doc.date is not None:
        end_year, end_month = int(fig.period.end[:4]), int(fig.period.end[5:7])
        if (end_year, end_month) < (ctx.doc.date.year, ctx.doc.date.month):
            fig.status = "actual"


# --------------------------------------------------------------------------
# stage: attribution


_DATA_SHOWED = re.compile(
    r"\b(?:the|these|those)\s+(?:latest\s+|same\s+)?(?:data|figures|statistics)\s+"
    r"(?:showed|show|shows|indicated|indicate|indicates|revealed|reveal|reveals)\b",
    re.IGNORECASE,
)


def _resolve_attribution(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    i = bisect.bisect_right(ctx.quote_starts, fig.start) - 1
    if i >= 0:
        qs, qe, speaker = ctx.quote_speakers[i]
        if qs <= fig.start < qe:
            fig.attribution = speaker
            return
    sent = fig.sentence
    # the credits of its sentence within MAX_SENTENCE_CHARS: all of them in news, a bounded few on a hostile line
    here = [a for a in ctx.attributions_near(sent.index, fig.start, fig.end) if not a.backward]
    nxt = [
        a
        for a in ctx.attributions_near(sent.index + 1, fig.start, fig.end)
        # "The statement came from X" points back to the sentence before, even across a line break
        if a.backward and ctx.sents[a.sentence].paragraph - sent.paragraph <= 2
    ]
    if here:
        strong = [a for a in here if a.strong] or here
        before = [a for a in strong if a.start <= fig.start]
        fig.attribution = (before[-1] if before else strong[0]).source
        return
    if nxt:
        fig.attribution = nxt[0].source
        return
    # "..., the data showed": the source named last, even in an earlier paragraph
    if _DATA_SHOWED.search(ctx.text, max(sent.start, fig.start - LOOK_CHARS), min(sent.end, fig.end + LOOK_CHARS)):
        k = bisect.bisect_left(ctx._attr_starts, sent.start) - 1
        while k >= 0 and ctx.attributions[k].backward:
            k -= 1
        if k >= 0:
            fig.attribution = ctx.attributions[k].source
            return
    # a paragraph's attribution carries to its later figures about the same countries
    sides = {fig.reporter, fig.counterpart} - {""}
    for a in reversed(ctx.by_paragraph.get(sent.paragraph, [])[-LOOKBACK_FIGURES:]):
        if a.start < fig.start and not a.backward:
            where = ctx.sents[a.sentence]
            named = {c.code for c in ctx.countries_between(where.start, where.end)} - {"WLD"}
            if not named or named & sides:
                fig.attribution = a.source
                return
            break
    same_para = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.paragraph == sent.paragraph and f.attribution]
    if same_para and sides & {same_para[-1].reporter, same_para[-1].counterpart}:
        fig.attribution = same_para[-1].attribution


# --------------------------------------------------------------------------
# building claims for a figure


def _resolve_figure(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    _resolve_metric(ctx, fig, done)
    _resolve_countries(ctx, fig, done)
    _resolve_status(ctx, fig)
    _resolve_period(ctx, fig, done)
    rate = fig.per_unit
    if rate == "price" or ((rate or _EVERY_SPAN.search(ctx.text, *fig.post)) and not fig.period_explicit):
        # a price has no period; a flow per day, week or month only the one its own words state
        # ("$600 million a month by mid-2024"), never one carried over from the last annual figure
        fig.period, fig.period_explicit = None, False
    _settle_status(ctx, fig)
    _resolve_attribution(ctx, fig, done)
    economy, partner = economy_partner(fig.metric, fig.reporter, fig.counterpart)
    reporter = reporter_of(fig.attribution) if fig.attribution else None
    if not reporter and ctx.doc.publisher:
        reporter = reporter_of(ctx.doc.publisher)
    # "FY2024-25" is the fiscal year of the economy whose statistics the figure is: Bangladesh's
    # exports run July to June even in an article that mostly follows India's April to March
    owner = economy if fig.metric in {"exports", "imports", "trade_balance"} else reporter
    fy_start = listed_fiscal_start(owner) if owner else None
    if fig.period is not None and fy_start not in (None, 1, 10, ctx.fy_month):
        fig.period = with_fiscal_start(fig.period, fy_start)
    first_id = ""
    for i, m in enumerate(fig.members):
        value, high = m.value, m.value_high
        low_i, high_i = _interval(m)
        sign = -1 if fig.metric == "trade_balance" and fig.sign < 0 else 1
        if sign < 0:
            value, high = -value, (-high if high is not None else None)
            low_i, high_i = (-high_i if high_i is not None else None), (-low_i if low_i is not None else None)
            if high is not None:
                value, high = high, value
        claim = Claim(
            doc=ctx.doc.name,
            start=m.start + ctx.doc.offset,
            end=m.end + ctx.doc.offset,
            surface=m.surface,
            value=value,
            value_high=high,
            currency=_local_currency(ctx, m, owner),
            interval_low=low_i,
            interval_high=high_i,
            qualifier=m.qualifier,
            status=fig.status,
            scope=fig.scope,
            metric="other" if fig.change else fig.metric,  # "rose by $1.2 billion": a change, not a level
            economy=economy,
            partner=partner,
            period=fig.period,
            attributed_to=fig.attribution,
            sentence=_sentence_text(ctx.text, fig),
            reporter=reporter or "",
        )
        if i == 0:
            first_id = claim.claim_id
        else:
            claim = replace(claim, linked_to=first_id)
        fig.claims.append(claim)
    if len(fig.claims) > 1:
        fig.claims[0] = replace(fig.claims[0], linked_to=fig.claims[1].claim_id)


@cache
def _local_currency_table() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each country, the shared currency words it uses and what they mean there."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in rows("local_currencies.csv"):
        word, country, code = (row.get(k, "").strip() for k in ("word", "country", "code"))
        if not word or not re.fullmatch(r"[A-Z]{3}", country) or not re.fullmatch(r"[A-Z]{3}", code):
            raise LexiconError(f"local_currencies.csv: bad row {row}")
        table.setdefault(country, []).append((word.lower(), code))
    return {country: tuple(words) for country, words in table.items()}


def _local_currency(ctx: _DocContext, m: Mention, owner: str | None = None) -> str:
    """ "Rs 750 billion" in an article about Pakistan is Pakistani rupees; "Sri Lanka's imports from India
    were Rs. 1.45 trillion" are Sri Lankan rupees, as a country reports its own flows in its own money,
    however often the article names India."""
    table = _local_currency_table()
    surface = m.surface.lower()
    for country in (owner, ctx.main):
        for word, code in table.get(country or "", ()):
            if surface.startswith(word) or surface.endswith(" " + word):
                return code
    return m.currency


def _interval(m: Mention) -> tuple[Decimal | None, Decimal | None]:
    half = m.step / 2
    if m.qualifier == "range" and m.value_high is not None:
        return m.value, m.value_high
    if m.qualifier == "lower_bound":
        return m.value, None
    if m.qualifier == "upper_bound":
        return None, m.value
    return m.value - half, m.value + half


# --------------------------------------------------------------------------
# stage: growth -> derived claims


def _attach_growth(ctx: _DocContext, figures: list[_Figure]) -> None:
    text = ctx.text
    used: set[int] = set()
    has_growth: set[int] = set()
    by_sentence: dict[int, list[_Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    near = {f.sentence.index + d for f in figures for d in (-1, 0, 1)}
    for sent in ctx.sents:
        if sent.index not in near or not _GROWTH_HINT.search(text, sent.start, sent.end):
            continue
        growths = find_growth(text, sent.start, sent.end)
        for g, fig in _respective_growths(ctx, sent, growths, by_sentence.get(sent.index, [])):
            # "rose 5% and 3% to $4 billion and $7 billion respectively": the i-th rate, the i-th figure
            used.add(g.start)
            has_growth.add(id(fig))
            _derive(ctx, fig, g, sent)
        for g in growths:
            if g.start in used:
                continue
            target = _growth_target(ctx, g, sent, by_sentence, has_growth)
            if target is None:
                continue
            used.add(g.start)
            if target.sentence.index == sent.index:
                has_growth.add(id(target))
            _derive(ctx, target, g, sent)
    for i, fig in enumerate(figures[:-1]):
        nxt = figures[i + 1]
        if fig.change and nxt.sentence.index == fig.sentence.index and _CHANGE_TARGET.match(text[fig.end : nxt.start]):
            _derive_from_change(ctx, nxt, fig)


def _respective_growths(
    ctx: _DocContext, sent: Sentence, growths: list[Growth], figs: list[_Figure]
) -> list[tuple[Growth, _Figure]]:
    """Rates listed together ("5% and 3%") paired in order with as many figures of a 'respectively' sentence."""
    text = ctx.text
    if len(growths) < 2 or not RESPECTIVELY.search(text, sent.start, sent.end):
        return []
    run = [growths[0]]
    for g in growths[1:]:
        if re.fullmatch(r"\s*(?:,|,?\s+and)\s+", text[run[-1].end : g.start]):
            run.append(g)
    levels = [f for f in figs if not f.base and not f.change and f.metric in TRADE_METRICS]
    if len(run) < 2 or len(run) != len(levels):
        return []
    return list(zip(run, levels, strict=True))


def _derive_from_change(ctx: _DocContext, fig: _Figure, change: _Figure) -> None:
    """ "rose by $1.2 billion to $22.4 billion" implies $21.2 billion for the period before."""
    delta = change.claims[0] if change.claims else None
    if delta is None or fig.period is None or not fig.claims:
        return
    claim = fig.claims[0]
    if claim.currency != delta.currency or claim.kind != "stated":
        return
    # the change is a size; a deficit's change carries the deficit's sign on its own claim
    step = abs(delta.value) if change.change == "up" else -abs(delta.value)
    if claim.value < 0:
        step = -step
    start = change.sentence.start
    lead = max(start, change.start - 40)
    verb = _CHANGE_BY.search(ctx.text, lead, change.start) or _CHANGE_BARE.search(ctx.text, lead, change.start)
    span_start = verb.start() if verb else change.start
    lo = (claim.interval_low - step) if claim.interval_low is not None else None
    hi = (claim.interval_high - step) if claim.interval_high is not None else None
    fig.claims.append(
        replace(
            claim,
            start=span_start + ctx.doc.offset,
            end=change.end + ctx.doc.offset,
            surface=ctx.text[span_start : change.end],
            value=claim.value - step,
            value_high=None,
            interval_low=lo,
            interval_high=hi,
            qualifier="derived",
            period=previous(fig.period),
            status="actual",
            kind="derived",
            derived_from=claim.claim_id,
            linked_to="",
        )
    )


_FORWARD_LINK = re.compile(
    r"^(?:[^,;.]{0,80}?\b(?:to|at|reach\w*|hit\w*|total\w*|amount\w*|stood\s+at|of|worth|was|were)"
    r"|\s*,\s*(?:reaching|hitting|totall?ing|amounting\s+to|to))\s+(?:\w+\s+){0,3}$"
)


_QUANTITY = re.compile(
    r"\d[\d.,]*\s*(?:mn|million|bn|billion|thousand|k)?\s*(?:tonnes|tons|barrels|bpd|units|"
    r"vehicles|cars|people|visitors|tourists|passengers|containers|TEU|cubic|kg|MW|GW|kWh|flights)\b",
    re.IGNORECASE,
)


_GROWTH_HINT = re.compile(
    r"%|per\s?cent|percent|pct|\dpc\b|\d\spc\b|fold|doubl|tripl|trebl|quadrupl|halv|\btimes\b"
    # fractions as growth ("by a third", "by half"), not "the third quarter" or "the first half of"
    r"|\b(?:a|one|two|three)[-\s](?:thirds?|quarters?|fifths?|tenths?)\b|\bhalf\b(?!\s+of\b|-year|\s+year)",
    re.IGNORECASE,
)


def _growth_target(
    ctx: _DocContext, g: Growth, sent: Sentence, by_sentence: dict[int, list[_Figure]], has_growth: set[int]
) -> _Figure | None:
    """The figure a growth phrase describes.

    "rose 12.4% to $31.6 million" -> the figure it leads to; "$905.2 million—a 418.5%
    increase—" -> the figure before it; a sentence of its own ("This marked a 33 per cent
    increase from ...") -> the last figure before it. Never a comparison base ("from $X").
    """
    text = ctx.text

    def usable(f: _Figure) -> bool:
        return (
            not f.base
            and f.metric in TRADE_METRICS
            and (f.status == "actual" or bool(re.search(r"\b(?:may|might|could)\b", text[f.clause_start : f.start])))
        )

    if _REAL_TERMS.search(text, max(sent.start, g.start - MAX_SENTENCE_CHARS), g.start):
        return None  # "In volume terms, exports dropped 9.6%": a change in quantity implies no earlier value
    sent_figs = by_sentence.get(sent.index, [])
    level = _OWN_LEVEL.match(text, g.end, sent.end)
    if level and not any(f.start <= level.start("n") < f.end for f in sent_figs[-LOOKBACK_FIGURES:]):
        return None  # "The Nikkei rose 0.6% to 39,901": the rate has its own level, and it is not money
    lo = bisect.bisect_left(sent_figs, g.start - MAX_SENTENCE_CHARS, key=lambda f: f.start)
    hi = bisect.bisect_right(sent_figs, g.end + MAX_SENTENCE_CHARS, key=lambda f: f.start)
    here = [f for f in sent_figs[lo:hi] if usable(f)]  # bounded: a hostile line is one long sentence
    figs = [f for f in here if id(f) not in has_growth]
    after = [f for f in figs if f.start >= g.end]
    before = [f for f in figs if f.end <= g.start]
    gap_after = text[g.end : after[0].start] if after else ""
    if after and _FORWARD_LINK.search(gap_after) and not growth_words().find(gap_after):
        return after[0] if _subject_ok(ctx, g, after[0], lead=_growth_clause(text, sent, g)) else None
    if before:
        return before[-1] if _subject_ok(ctx, g, before[-1], lead=_growth_clause(text, sent, g, before[-1])) else None
    # not across another growth phrase: in "A jumped 15%, while B climbed 8% to $58 billion" the 15% has no figure
    if after and not re.search(r"[;]", gap_after) and not find_growth(text, g.end, after[0].start):
        return after[0] if _subject_ok(ctx, g, after[0], lead=_growth_clause(text, sent, g)) else None
    if here:
        return None
    # what grew: the metric named nearest before the growth phrase in its sentence
    # (each read is bounded to MAX_SENTENCE_CHARS around the phrase: a hostile line is one long sentence)
    lo, hi = max(sent.start, g.start - MAX_SENTENCE_CHARS), min(sent.end, g.end + MAX_SENTENCE_CHARS)
    named = [c for c in metric_cues().find(text, lo, g.start) if c.value != "none"]
    # ... or, naming none, the words of its clause ("Britain's economy grew 0.7%": not a trade figure)
    lead = text[named[-1].start : g.start] if named else _growth_clause(text, sent, g)
    if _QUANTITY.search(text, lo, hi):
        return None  # "has doubled ... and stands at 1.5mn tonnes": the growth is about that quantity
    # a sentence with no figure of its own: the last figure before it ...
    own = [p.period for p in ctx.periods_in(sent, lo, hi) if p.kind == "absolute" and p.role != "base" and p.period]
    # (the one whose subject the phrase names: in "exports were $3.1 billion and imports $5.8 billion.
    # Exports fell 1.4 times." the rate is the exports', not the last figure's)
    if sent.index > 0:
        earlier = [f for f in by_sentence.get(sent.index - 1, [])[-LOOKBACK_FIGURES:] if usable(f)]
        for last in reversed(earlier):
            if _subject_ok(ctx, g, last, lead=lead, strict=True) and _same_time(own, last):
                return last
    # ... or the first of the next sentence in the paragraph ("a 54 percent surge in 2023 ... totaling $3.9 billion")
    first = next(
        (f for f in by_sentence.get(sent.index + 1, [])[:LOOKBACK_FIGURES] if usable(f) and id(f) not in has_growth),
        None,
    )
    if (
        first is not None
        and first.sentence.paragraph == sent.paragraph
        and _subject_ok(ctx, g, first, lead=lead, strict=True)
        and _same_time(own, first)
    ):
        return first
    return None


def _same_time(periods: list[Period], fig: _Figure) -> bool:
    """A growth sentence that names its own period ("grew 20% in January-October 2024") is about that period."""
    if not periods or fig.period is None:
        return True
    return any(p.start == fig.period.start and p.end == fig.period.end for p in periods)


def _growth_clause(text: str, sent: Sentence, g: Growth, before: _Figure | None = None) -> str:
    """The words of the growth phrase's own clause before it: what grew ("tea exports", "the population")."""
    start = before.end if before is not None else max(sent.start, g.start - MAX_SENTENCE_CHARS)
    chunk = text[start : g.start]
    # "imports and exports" is one thing that grew, not two clauses
    joined = [(c.start, c.end) for c in metric_cues().find(chunk) if " and " in c.text]
    breaks = [
        b
        # (not the "and" of "second- and third-largest": a suspended hyphen joins two words)
        for b in re.finditer(r"[,;:—–(]|\s(?:while|whereas|but|as)\s|(?<!-)\sand\s", chunk)
        if not any(a <= b.start() < z for a, z in joined)
    ]
    return chunk[breaks[-1].end() :] if breaks else chunk


#: "rose 0.6% to 39,901": the level a rate leads to, written as a bare number
_OWN_LEVEL = re.compile(rf"\s+(?:to|at)\s+{_NUMBER_HEDGE}(?P<n>\d[\d,.]*)(?![\d,.])")
_REAL_TERMS = re.compile(
    r"\b(?:in\s+(?:volume|real|constant[-\s]price)\s+terms|by\s+volume|at\s+constant\s+prices)\b", re.IGNORECASE
)
_IN_TERMS = re.compile(r"\bin\s+(?:[\w.-]+\s+){1,2}terms\b", re.IGNORECASE)


_PARTIES = re.compile(r"\b(?:between|among|with)\b[^,;]*", re.IGNORECASE)


def _subject_ok(ctx: _DocContext, g: Growth, fig: _Figure, lead: str = "", strict: bool = False) -> bool:
    """The growth phrase is about this figure: what it names, if anything, matches.

    It must not be about something that is not money (population, prices, the number of
    exporters), nor a product the figure is not about ("tea exports fell 3%"), nor a
    different metric. Across sentences (``strict``) it must also name no other countries.
    """
    lead = _IN_TERMS.sub(" ", lead)  # "imports in yuan terms fell 3.4%": the yuan measures, it does not grow
    named = g.subject + " " + lead
    # what grew is the noun nearest the growth: after the last metric word, if there is one
    cues_in_lead = [c for c in metric_cues().find(lead) if c.value != "none"]
    tail = lead[cues_in_lead[-1].end :] if cues_in_lead else lead
    if cues_in_lead:
        # "trade between the world's two largest economies fell 3.2%": the parties, not what fell
        # (the cue may end with the preposition itself: "trade between")
        opened = re.search(r"\b(?:between|among|with)\s*$", cues_in_lead[-1].text, re.IGNORECASE)
        tail = _PARTIES.sub(" ", "between " + tail if opened else tail)
    words = set(re.findall(r"[a-z]+", (g.subject + " " + tail).lower()))
    if words & _word_set("not_money_subjects.csv"):
        return False
    heads = _product_words()[0]
    if not fig.scope and words & heads and not re.search(r"\b(?:goods|products)\b", named, re.IGNORECASE):
        return False
    cues = [c for c in metric_cues().find(named) if c.value != "none"]
    if strict:
        codes = {c.code for c in find_countries(named)} - {"WLD"}
        if codes and not codes <= {fig.reporter, fig.counterpart}:
            return False
    if not cues:
        return True
    metrics = {c.value for c in cues}
    # the same metric, and not narrowed to a product ("growth in exports of agricultural products")
    return fig.metric in metrics and not (
        _commodity(g.subject + " ") or re.search(r"\bof\s+\w+\s+products\b", g.subject)
    )


def _derive(ctx: _DocContext, fig: _Figure, g: Growth, sent: Sentence) -> None:
    base_period = _base_period(ctx, fig, g, sent)
    if base_period is not None and base_period == fig.period:
        return  # "tripled since 2017, when it stood at $1.4 billion": the figure is the base itself
    for claim in list(fig.claims):
        if claim.kind != "stated":
            continue
        low, high = _derived_interval(claim, g)
        factor = g.factor()
        value = claim.value / factor
        fig.claims.append(
            replace(
                claim,
                start=g.start + ctx.doc.offset,
                end=g.end + ctx.doc.offset,
                surface=g.surface,
                value=value,
                value_high=None,
                interval_low=low,
                interval_high=high,
                qualifier="derived",
                period=base_period,
                status="actual",
                kind="derived",
                derived_from=claim.claim_id,
                linked_to="",
            )
        )


def _base_period(ctx: _DocContext, fig: _Figure, g: Growth, sent: Sentence) -> Period | None:
    if fig.period is None:
        return None
    text = ctx.text
    pair = _from_to(ctx, fig)
    if pair is not None and pair[1] is fig and pair[0].period is not None and pair[0].period != fig.period:
        return pair[0].period  # "grew by a third, from €41.6 billion [2019] to €55.7 billion [2023]": 2019
    tail = text[g.end : min(sent.end, g.end + 80)]
    head = text[max(sent.start, g.start - 40) : g.start]
    periods = ctx.periods_in(sent)
    first = bisect.bisect_left(periods, g.start - 40, key=lambda p: p.start)
    for pm in periods[first:]:
        if pm.start > g.end + 80:
            break
        if not (g.end <= pm.start <= g.end + 80 or g.start - 40 <= pm.start < g.start):
            continue
        if pm.kind == "since" and pm.period is not None:
            if g.end <= fig.start and pm.start >= fig.end:
                continue  # "fell 17% to $575 billion, its lowest since 2010": the since is about the level
            return pm.period
        if pm.kind == "same_period_in" and pm.year is not None:
            shift = int(fig.period.start[:4]) - pm.year
            return previous(fig.period, shift) if shift > 0 else None
        if (
            pm.role == "base"
            and pm.period is not None
            and (pm.kind == "absolute" or _just_before(pm.period, fig.period))
            and not (fig.pre[0] <= pm.start < fig.pre[1] and pm.start < g.start)
        ):
            return pm.period  # "down 1.6% from October" after November's figure: October
    m = re.search(r"\bover\s+the\s+(?:past|last)\s+(\d{1,2})\s+years\b", tail + " " + head)
    if m:
        return previous(fig.period, int(m.group(1)))
    if months(fig.period) <= 3 and _SEQUENTIAL.search(tail + " " + head):
        return preceding(fig.period)  # "up 7.8% month on month": the month before, not a year before
    return previous(fig.period)


#: A rate against the period just before: "month on month", "from the previous quarter", "sequentially"
_SEQUENTIAL = re.compile(
    r"\b(?:(?:month|quarter)[-\s]on[-\s](?:month|quarter)|[mq]/[mq]|mom|qoq|sequential(?:ly)?|"
    r"(?:from|over|than|on)\s+(?:the\s+)?(?:previous|prior|preceding)\s+(?:month|quarter)|"
    r"(?:from|than)\s+a\s+(?:month|quarter)\s+(?:earlier|before|ago))\b",
    re.IGNORECASE,
)


def _just_before(base: Period, period: Period) -> bool:
    """``base`` is the month or quarter right before ``period`` ("from October" for November)."""
    before = preceding(period) if months(period) <= 3 else None
    return before is not None and (before.start, before.end) == (base.start, base.end)


def _derived_interval(claim: Claim, g: Growth) -> tuple[Decimal | None, Decimal | None]:
    lo, hi = claim.interval_low, claim.interval_high
    if claim.qualifier == "approx":
        lo, hi = claim.value, claim.value
    if g.multiple is not None:
        f = g.factor()
        f_lo = f_hi = f
        if g.hedge == "lower":
            f_hi = Decimal("Infinity")
        elif g.hedge in {"approx", "upper"}:
            f_lo = f * Decimal("0.9") if g.hedge == "approx" else Decimal(1)
    else:
        assert g.rate is not None  # noqa: S101 - type narrowing
        r_lo, r_hi = g.rate - g.rate_step / 2, g.rate + g.rate_step / 2
        if g.hedge == "lower":
            r_hi = Decimal("Infinity") if g.direction == "up" else Decimal(1)
        elif g.hedge == "upper":
            r_lo = Decimal(0)
        elif g.hedge == "approx":
            r_lo = g.rate * Decimal("0.9")
        f_a, f_b = g.factor(r_lo), g.factor(r_hi) if r_hi != Decimal("Infinity") else Decimal("Infinity")
        if g.direction == "down" and r_hi != Decimal("Infinity"):
            f_b = g.factor(min(r_hi, Decimal("0.9999")))
        f_lo, f_hi = min(f_a, f_b), max(f_a, f_b)

    # value = base * factor  ->  base in [lo / f_hi, hi / f_lo] (for positive values)
    def div(x: Decimal | None, f: Decimal) -> Decimal | None:
        if x is None or f == 0:
            return None
        if f == Decimal("Infinity"):
            return Decimal(0)
        return x / f

    if claim.value >= 0:
        low = div(lo, f_hi) if lo is not None else None
        high = div(hi, f_lo) if hi is not None else None
        if f_hi == Decimal("Infinity"):
            low = None
    else:
        low = div(lo, f_lo) if lo is not None else None
        high = div(hi, f_hi) if hi is not None else None
        if f_hi == Decimal("Infinity"):
            high = None
    return low, high


# --------------------------------------------------------------------------


def _finish(doc: Document, claims: list[Claim]) -> list[Claim]:
    seen: set[str] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, c.kind != "stated", c.end)):
        cid = c.claim_id
        if cid in seen:
            continue
        seen.add(cid)
        out.append(c)
    return out


def claim_row(c: Claim, doc: Document) -> dict[str, Any]:
    """A claim as a table row (contract columns; currency conversion is added later)."""
    p = c.period
    return {
        "claim_id": c.claim_id,
        "doc": c.doc,
        "doc_date": doc.date.isoformat() if isinstance(doc.date, dt.date) else "",
        "publisher": doc.publisher,
        "start": c.start,
        "end": c.end,
        "surface": c.surface,
        "value": float(c.value),
        "value_high": float(c.value_high) if c.value_high is not None else None,
        "currency": c.currency,
        "interval_low": float(c.interval_low) if c.interval_low is not None else None,
        "interval_high": float(c.interval_high) if c.interval_high is not None else None,
        "qualifier": c.qualifier,
        "status": c.status,
        "scope": c.scope,
        "metric": c.metric,
        "economy": c.economy,
        "partner": c.partner,
        "period_start": p.start if p else "",
        "period_end": p.end if p else "",
        "period_label": p.label if p else "",
        "period_fuzzy": bool(p.fuzzy) if p else False,
        "attributed_to": c.attributed_to,
        "derived_from": c.derived_from,
        "sentence": c.sentence,
        "reporter": c.reporter,
        "linked_to": c.linked_to,
        "url": doc.url,
        "title": doc.title,
    }
