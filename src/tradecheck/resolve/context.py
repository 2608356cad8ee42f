"""The document and figure context every stage reads: the claim and figure records,
the windows of text around each figure, datelines, the document's main country,
fiscal convention and date, and the periods and sources near a figure.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from ..attribution import Attribution, attribution_sentences, find_attributions, quote_speakers
from ..countries import (
    CountryMention,
    fiscal_start_month,
    fiscal_year_named_by_start,
    trade_year_is_calendar,
)
from ..cues import growth_words
from ..document import Document
from ..errors import LexiconError
from ..extract import Mention, Sentence
from ..growth import PERCENT
from ..lexicon import rows
from ..periods import (
    FISCAL_NAME,
    Period,
    PeriodMention,
    calendar_marked,
    contains,
    find_periods,
)
from ..trie import trie_regex

TRADE_METRICS = frozenset({"trade_total", "exports", "imports", "trade_balance"})
#: _Figure.pair_from: the text names the pair / the pair is the article's, guessed
STATED_PAIR, GUESSED_PAIR = -2, -1

#: How far back (in figures) and around (in characters) context is sought. News
#: sentences are far shorter; the bounds keep a 10 MB line with no full stop linear.
LOOKBACK_FIGURES = 64
LOOK_CHARS = 400
#: Longest sentence kept in the ``sentence`` column; longer ones are cut around the figure.
MAX_SENTENCE_CHARS = 1200

STAGES = ("windows", "metric", "scope", "countries", "status", "period", "attribution", "growth")


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
    referent: int = -1  # with refers_back, the index of the figure referred to
    conditional: bool = False  # "stand to lose 50bn baht if the checkpoints stay closed": no reported value
    recalled: bool = False  # "from fiscal 2023, when it stood at 6.0 trillion yen": a past level recalled
    per_unit: str = ""  # "price" for "$280 per tonne", "time" for "RM250 million a week"
    tiny: bool = False  # too small to be a flow between economies: a price, a fee, a ratio ("for every $1")
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


#: The words that open a contrasting clause: "exports rose, while imports fell" (one list for every
#: clause pattern of the resolver, so a word added here reaches them all)
CONTRAST_WORDS = "while|whilst|whereas"
_CLAUSE_BREAK = re.compile(
    r",\s+(?:" + CONTRAST_WORDS + r"|but|and|with|which|as)\b|;|,|[—–(]"
    r"|\s+(?:" + CONTRAST_WORDS + r"|and|before|after|then)\s+"
)
_POST_BREAK = re.compile(r"[,;—–(]|\s+(?:" + CONTRAST_WORDS + r"|before|after)\s+")
_PREP_BREAK = re.compile(r"\s+(?:from|to|against|versus|compared|or)\s+")
#: a hedge between a verb and its amount: "made up about $2 billion", "worth an estimated $5 billion"
_AMOUNT_HEDGE = (
    r"(?:(?:about|around|roughly|nearly|almost|some|over|under|just|more\s+than|less\s+than|an\s+estimated)\s+)?"
)
_BASE_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\breversing|\bafter|\bfollowing"
    r"|\bon\s+the\s+heels\s+of)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?:upwardly\s+|downwardly\s+)?revised\s+)?"  # "up from a revised R16.9bn in January"
    r"(?:(?:current|present|existing|previous|last|prior|past|same)\s+"
    r"(?:(?:year|period|fiscal|quarter|month|year['’]s|period['’]s)['’]?s?\s+)?)?"
    r"(?:(?:low|small|modest|high)\s+(?=base\b))?"  # "though from a low base of less than $200 million"
    r"(?:(?:(?:trade\s+)?(?:deficit|surplus|gap)|level|figure|total|value|volume|trade|(?P<flow>exports|imports)|turnover"
    r"|high|low|base)"
    r"\s+(?:of\s+)?)?" + _AMOUNT_HEDGE + "$",  # "compared with more than CHF7 billion"
    re.IGNORECASE,
)
def _is_base_figure(text: str, fig: _Figure, before: str) -> bool:
    """ "up from $4 billion", "compared with exports of $4 billion" (after exports): an earlier value.

    A flow set against another flow is a contrast, not a base: in "exports were $16.7 billion,
    against imports of $12.0 billion" the imports are of the same year."""
    if _SINCE_WHEN.search(before) or _base_period_bracket(before):
        # "have grown sevenfold since 2019, when they were worth $330 million";
        # "up 48% compared with 2019 (EUR 43.7 bn)", "compared with January-September 2024 (EUR 1.9 tn)":
        # the compared period's value, in brackets after it
        return True
    base = _BASE_BEFORE.search(before)
    if base is None:
        return False
    if _OTHER_PARTY_AFTER.match(text, fig.end):
        # "exports of US$38.5 billion, compared with US$36.9 billion to China": another partner in the
        # same period, a contrast
        return False
    if not base["flow"]:
        return True
    cue = fig.start - len(before) + base.start()
    return base["flow"][:6].lower() in text[max(fig.sentence.start, cue - 200) : cue].lower()


#: (not "from US $27 billion to US $31 billion": a currency prefix, not a partner)
_OTHER_PARTY_AFTER = re.compile(r"\s+(?:to|from|with|for)\s+(?:the\s+)?(?-i:[A-Z])(?!\w*\s*[$€£¥₹]?\s*\d)")
#: a comparison cue, a phrase and an opening bracket just before a figure: "compared with September 2024 ("
_BASE_BRACKET = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than(?:\s+in)?)\s+(?P<phrase>[^()]{1,60}?)\s*\(\s*$",
    re.IGNORECASE,
)


def _base_period_bracket(before: str) -> bool:
    """ "compared with September 2024 (", "up from the third quarter of 2024 (": the words before a figure
    are a comparison base that is a period (a year, month, quarter, half or month range) and nothing else,
    then an opening bracket; the figure in it is that period's value."""
    cue = _BASE_BRACKET.search(before)
    if cue is None:
        return False
    chunk = before[cue.start() : cue.end("phrase")]
    found = find_periods(chunk)
    if not found:
        return False
    last = found[-1]
    return last.role == "base" and last.end == len(chunk) and last.start <= cue.start("phrase") - cue.start()
_SINCE_WHEN = re.compile(r"\bsince\s+(?:19|20)\d\d,?\s+when\b[^.;$€£¥]{0,60}$", re.IGNORECASE)
#: "<growth verb> by $X" (the verb is checked against growth.csv): a change, not a level
_CHANGE_HEDGE = r"(?:(?:some|about|nearly|almost|over|an\s+estimated|(?:just\s+)?(?:less|more)\s+than)\s+)?"
_CHANGE_BY = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+by\s+" + _CHANGE_HEDGE + "$")
#: "overstated the 2024 deficit by about $26.5 billion", "exceeded the target by $2 billion": a gap
_DIFFERENCE_BY = re.compile(
    r"\b(?:overstat|understat|overestimat|underestimat|exaggerat|inflat|exceed|outstrip|outpac|miss|overshoot|"
    r"undershoot|fell\s+short|was\s+off|were\s+off)\w*\b[^.;:]{0,60}?\bby\s+" + _CHANGE_HEDGE + "$",
    re.IGNORECASE,
)
#: "exports exceeded imports by $5 billion", "the value of imports outstripped that of exports by": one flow's
#: excess over the other is the trade balance, a level of its own, not a gap between two claims
FLOW_EXCESS = re.compile(
    r"\b(?P<first>exports?|imports?)\b[^.;:$€£¥]{0,40}?\b(?:(?:exceed|outstrip|outpac|surpass|top)\w*"
    r"|(?:was|were)\s+(?:higher|greater|larger)\s+than)\s+"
    r"(?:(?:the\s+)?(?:value|volume|level)\s+of\s+|th(?:at|ose)\s+of\s+)?(?:its\s+|their\s+)?"
    r"(?P<second>exports?|imports?)\b[^.;:$€£¥]{0,40}?\bby\s+" + _CHANGE_HEDGE + "$",
    re.IGNORECASE,
)


def flow_excess_sign(text: str, start: int, end: int) -> int:
    """+1 when text[start:end] ends in "exports exceeded imports by", -1 for "imports exceeded exports by",
    else 0."""
    m = FLOW_EXCESS.search(text, start, end)
    if m is None or m["first"][:3].lower() == m["second"][:3].lower():
        return 0
    return 1 if m["first"][:3].lower() == "exp" else -1


#: the same change as a rate, set off between the amount and its comparison: "$1.9 billion, or 8.5 percent,
#: less than", "$1.9 billion (8.5%) more than", "$1.9 billion or 8.5% more than". Closed, so that "$5.6
#: billion, or 12 percent more than in 2023" (a level, and its growth) is not read so
#: a rate, perhaps hedged: "8.5 percent", "about 12%"
_HEDGED_RATE = r"(?:(?:about|around|roughly|nearly|almost|some)\s+)?\d+(?:[.,]\d+)?" + PERCENT
#: a rate in brackets after an amount: "$1.9 billion (8.5%)"
_BRACKETED_RATE = r"\s*\(\s*\d+(?:[.,]\d+)?" + PERCENT + r"\s*\)"
_RATE_ASIDE = (
    r"(?:\s*,\s*or\s+" + _HEDGED_RATE + r"\s*,"
    r"|" + _BRACKETED_RATE
    # "$12.6 million or 2.2 percent more than": with no comma, amount and rate are one difference
    + r"|\s+or\s+" + _HEDGED_RATE + r")?"
)
_DIFFERENCE_AFTER = re.compile(
    _RATE_ASIDE + r"\s+(?:(?:more|less|higher|lower|greater|smaller|bigger)\s+than|(?:below|above|short\s+of)"
    r"\s+(?:what|the|that|those|its|their|last|a\s+year|(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
#: "rose $2 billion to $10 billion": the same without "by", when a level follows after "to"
_CHANGE_BARE = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+" + _CHANGE_HEDGE + "$")
_RATE_OR = re.compile(
    PERCENT + r"(?:\s+(?P<word>[a-z]+))?"  # "a 5.8 percent increase ($16.3 billion)"
    r"\s*,?\s*(?:or|\()\s*(?:some|about|nearly|almost|roughly|around)?\s*$",
    re.IGNORECASE,
)


def _is_target_phrase(text: str, fig: _Figure) -> bool:
    """'set a target of $100 billion', 'aim for $10 billion': in a trade article, a trade target."""
    window = text[max(fig.sentence.start, fig.start - 60) : fig.start]
    return bool(re.search(r"\b(?:target|goal|aim|aims|aiming|ambition)\b", window, re.IGNORECASE))


# --------------------------------------------------------------------------
# document context


class _DocContext:
    def __init__(
        self,
        doc: Document,
        sents: list[Sentence],
        countries: list[CountryMention],
        paragraphs: set[int],
        ments: Iterable[Mention] = (),
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
        self.date = doc.date or _restated_date(doc.text, sents, ments) or _inferred_date(doc.text)
        # "2024-25" follows the convention of the economy that reports in fiscal years: Thailand's
        # "fiscal 2025" runs October to September; but a country whose trade statistics are
        # calendar-year (the US, whose federal year starts in October) lends none
        convention = next(
            (c for c in self.ranked if fiscal_start_month(c) != 1 and not trade_year_is_calendar(c)), ""
        )
        self.fy_month = fiscal_start_month(convention) if convention else 4
        stated = _stated_fiscal_start(self.text, sents, self.date)
        if stated is not None and stated != self.fy_month:
            # the text says when its fiscal year ends ("fiscal 2024, which ended in March", "the financial
            # year to June"): that calendar, named as the article's economy with that calendar names it
            convention = next((c for c in self.ranked if fiscal_start_month(c) == stated), "")
            self.fy_month = stated
        self.fy_named_by_start = bool(convention) and fiscal_year_named_by_start(convention)
        self._year_ends: list[int] = []
        self._year_max: list[int] = []
        if self.date is None:
            newest = 0
            for m in _REPORTED_YEAR.finditer(doc.text):
                if calendar_marked(doc.text, m.end()):
                    continue  # "2080/81 BS": another calendar's number dates no month the text names
                newest = max(newest, int(m.group(1)))
                self._year_ends.append(m.end())
                self._year_max.append(newest)
        # the newest part of a year the text states ("the first quarter of 2024"), which a month
        # it names without a year may lie in; found on first need (see part_year), as it reads every sentence
        self._part_year: Period | None = None
        self._part_year_known = False
        self._stated_now: dict[str, Period] | None = None
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
            # only a period naming no year can be read anew, so a sentence without one needs no part-year
            yearless = any(p.kind != "since" and not _STATED_YEAR.search(p.surface) for p in found)
            part = self.part_year() if yearless else None
            if part is not None and (
                (context is None or int(part.start[:4]) > context)
                if self.date is None
                else int(part.start[:4]) > self.date.year
            ):
                # "In March, exports reached $437 million ... in the first quarter of 2024": a month with no
                # year that lies in the newest part of a year the text reports is of that year, not of an
                # older year named before it (a later month, "In December", is not moved into the future).
                # A dated text that reports a part of a year after its date's year ("in the first quarter of
                # 2023 ... in Q1" under a caption's "December 8, 2022") names its own year: the date is not
                # the story's (a photo's, an event's), and the text's stated year wins for its bare parts
                newer = {
                    (p.start, p.end): p
                    for p in find_periods(
                        chunk,
                        fy_start_month=self.fy_month,
                        context_year=int(part.start[:4]),
                        fy_named_by_start=self.fy_named_by_start,
                    )
                    if p.period is not None and contains(part, p.period) and not _STATED_YEAR.search(p.surface)
                }
                found = [newer.get((p.start, p.end), p) if p.kind != "since" else p for p in found]
            if any(p.kind == "relative" and _NOW_YEAR.search(p.surface) for p in found):
                # "the first seven months of the current fiscal year 2080/81 BS ... in the seven months of the
                # current fiscal year": the writer said once which year 'current' is; the same words without
                # it are that span again (in that year's own calendar), whatever the date would make of them
                stated = self.stated_now()
                found = [
                    replace(p, period=stated[key])
                    if p.kind == "relative" and (key := _restatement_key(p.surface)) in stated
                    else p
                    for p in found
                ]
            self._periods[sent.index] = [
                replace(p, start=p.start + sent.start, end=p.end + sent.start)
                for p in found
                if not _is_dateline(self.text, p.start + sent.start, p.end + sent.start)
            ]
        return self._periods[sent.index]

    def stated_now(self) -> dict[str, Period]:
        """The spans the text names with 'current' or 'this' and a year after it ("the first seven months of
        the current fiscal year 2080/81 BS"), by their words without that year (see ``_restatement_key``);
        one reading per key, else none. Computed once, on first need."""
        if self._stated_now is None:
            readings: dict[str, set[Period]] = {}
            for sent in self.sents:
                chunk = self.text[sent.start : sent.end]
                if not _NOW_YEAR.search(chunk):
                    continue
                for p in find_periods(chunk, fy_start_month=self.fy_month, fy_named_by_start=self.fy_named_by_start):
                    said = _NOW_YEAR_STATED.search(p.surface)
                    if p.kind != "absolute" or p.role or p.period is None or said is None:
                        continue
                    readings.setdefault(_restatement_key(p.surface[: said.end("now")]), set()).add(p.period)
            self._stated_now = {key: next(iter(found)) for key, found in readings.items() if len(found) == 1}
        return self._stated_now

    def part_year(self) -> Period | None:
        """The newest part of a year the text states (see ``_newest_part_year``); computed once,
        when a sentence first has a period that may lie in it: most texts never need the scan."""
        if not self._part_year_known:
            # (a dated text uses only a part after its date's year: only sentences naming such a year are read)
            self._part_year = _newest_part_year(self.text, self.sents, self.date.year if self.date else None)
            self._part_year_known = True
        return self._part_year

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


#: The year the text is written in, by its relative name: "the current fiscal year", "this year"
_NOW_YEAR = re.compile(
    r"\b(?P<now>(?:this|current|present|ongoing)\s+(?:(?:fiscal|financial)\s+)?year)\b", re.IGNORECASE
)
#: ... with its own number right after it: "the current fiscal year 2080/81", "this year (2024)"
_NOW_YEAR_STATED = re.compile(_NOW_YEAR.pattern + r"\s*\(?\s*\d{4}\b", re.IGNORECASE)
#: the words that do not change which span a phrase names: "the seven months" is "the first seven months"
_RESTATEMENT_FILLER = re.compile(r"\b(?:the|first|of|in|during|for)\b|\s+", re.IGNORECASE)


def _restatement_key(surface: str) -> str:
    """ "the first seven months of the current fiscal year" and "the seven months of the current fiscal year"
    -> "sevenmonthscurrentfiscalyear": a span's words up to its relative year, without filler."""
    return _RESTATEMENT_FILLER.sub("", surface).lower()


#: A year counted from the text's own time: "this year", "last year" (not a fiscal one)
_RELATIVE_YEAR = re.compile(r"\b(?:this|last|current|past)\s+year\b", re.IGNORECASE)
_STATED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A stand-in date for reading relative periods: a period's year minus this one is its offset from "now"
_PROBE = dt.date(2000, 12, 31)


def _restated_date(text: str, sents: list[Sentence], ments: Iterable[Mention]) -> dt.date | None:
    """An undated text that restates a relative period with its year tells its own year: "in the five months
    of 2023 ... In the first five months of this year" is written in 2023; a headline "Trade in 2022 exceeds
    $200 billion" over "trade exceeded $200 billion last year" in 2023. The same months of the year, or the
    same amount, in two sentences, one naming the year and one counting from now; used only when the
    document has no date, and only when every restatement agrees."""
    if not _RELATIVE_YEAR.search(text):
        return None
    amounts: dict[int, set[tuple[Decimal, Decimal | None, str]]] = {}
    for m in ments:
        amounts.setdefault(m.sentence, set()).add((m.value, m.value_high, m.currency))
    relative: list[tuple[int, PeriodMention]] = []
    stated: list[tuple[int, PeriodMention]] = []
    for sent in sents:
        for p in find_periods(text[sent.start : sent.end], doc_date=_PROBE):
            if p.period is None or p.period.start[:4] != p.period.end[:4] or p.kind == "target":
                continue
            if p.kind == "relative" and _RELATIVE_YEAR.search(p.surface):
                relative.append((sent.index, p))
            elif p.kind == "absolute" and _STATED_YEAR.search(p.surface):
                stated.append((sent.index, p))
    years: set[int] = set()
    for i, rel in relative:
        assert rel.period is not None
        offset = int(rel.period.start[:4]) - _PROBE.year
        whole = rel.period.start[5:] == "01" and rel.period.end[5:] == "12"
        rivals = sum(1 for j, _ in relative if j == i)
        matches = []
        for j, p in stated:
            assert p.period is not None
            if j == i or p.role != rel.role or (p.period.start[5:], p.period.end[5:]) != (
                rel.period.start[5:],
                rel.period.end[5:],
            ):
                continue
            if whole:
                # a whole year: only the same amount, each sentence naming that one year, ties the two
                alone = rivals == 1 and sum(1 for k, _ in stated if k == j) == 1
                if not (alone and amounts.get(i, set()) & amounts.get(j, set())):
                    continue
            matches.append(int(p.period.start[:4]))
        if matches:
            years.add(max(matches) - offset)  # a restated part of a year: the newest one named
    return dt.date(years.pop(), 12, 31) if len(years) == 1 else None


def _newest_part_year(text: str, sents: list[Sentence], after: int | None = None) -> Period | None:
    """The newest part of one calendar year that the text states with its year and reports (not a
    comparison base): "the first quarter of 2024", "January-April 2024"; with ``after``, only one of
    a later year (None when there is none)."""
    newest: Period | None = None
    for sent in sents:
        chunk = text[sent.start : sent.end]
        if after is None and not _STATED_YEAR.search(chunk):
            continue
        if after is not None and not any(int(y) > after for y in _STATED_YEAR.findall(chunk)):
            continue
        for p in find_periods(chunk):
            if (
                p.period is None
                or p.kind != "absolute"
                or p.role == "base"
                or not _STATED_YEAR.search(p.surface)
                or p.period.start[:4] != p.period.end[:4]
                or p.period.end[5:] == "12"  # a whole year, or its end: no part the year so far has reached
                or p.period.start[5:] != "01"  # the year so far: from January
            ):
                continue
            if newest is None or p.period.start[:4] > newest.start[:4]:
                newest = p.period
    return newest


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
#: "Last year, Chile ran a surplus of $3.1 billion. Two-way trade rose 8% against 2019 to ...": a sentence that
#: opens with "Last year," sets the time of the next one, whose comparison (naming no other year first) is
#: with the year before last year (a decimal point is no full stop: "$3.1 billion")
_LAST_YEAR_LEADS = re.compile(
    r"(?:\A|(?<=[.!?\n])\s*)Last\s+year,\s(?:[^.!?\n\d]|\d(?!\d\d\d)|\.(?=\d)){0,240}[.!?]\s+"
    r"(?:[^.!?\n\d]|\d(?!\d\d\d)|\.(?=\d)){0,160}?"
    r"\b(?:from|compared\s+(?:to|with)|against|versus|vs\.?)\s+((?:19|20)\d\d)\b(?![-–/]\d)",
)
#: A year written in the text, not as a target or deadline ("by 2030", "until 2027")
#: (the lookahead first: the lookbehinds then run only where a year can start)
_REPORTED_YEAR = re.compile(r"(?=[12])(?<![\d$.,])(?<!\bby\s)(?<!\buntil\s)(?<!\bthrough\s)((?:19|20)\d\d)(?![\d%])")


def _inferred_date(text: str) -> dt.date | None:
    """A document with no date that compares with "the same period in 2022" is written in 2023;
    one whose "last year" is "down 14% from 2023" is written in 2025.

    Used only when neither the manifest, the HTML nor a dateline gives a date, so that
    "this year" and "in January" can still be placed. Both readings are stated by the text,
    not guessed: the comparison names the year before the one being reported.
    """
    low = text.lower()  # each pattern needs its first word: skip the scan of an article without it
    years = [int(m.group(1)) + 1 for m in _COMPARED_YEAR.finditer(text)] if "compared" in low or "same" in low else []
    if "last" in low:
        years += [int(m.group(1)) + 2 for m in _LAST_YEAR_FROM.finditer(text)]
    if "Last year," in text:
        years += [int(m.group(1)) + 2 for m in _LAST_YEAR_LEADS.finditer(text)]
    return dt.date(max(years), 12, 31) if years else None




#: A sentence that may name a fiscal year: "fiscal", "financial", "FY", a split year ("2024-25", "2023/24"),
#: which opens with a year; not a date ("2024-06-01") nor a score or a range ("won 96-91", "3-4 per cent"),
#: which would send every sentence of a results table or a dated notice through the period finder
_FISCAL_HINT = re.compile(FISCAL_NAME.pattern + r"|(?:19|20)\d\d\s?[-–/]\s?\d\d\b(?![-–/]\d)")


def _stated_fiscal_start(text: str, sents: list[Sentence], date: dt.date | None) -> int | None:
    """The month the article's fiscal year starts in, when its first fiscal year states its months:
    "fiscal 2025, which ended on Sept 30" (10), "the financial year to June" (7), "FY2025 (April 2024
    to March 2025)" (4). A writer explains the calendar where a fiscal year first comes up; one explained
    later, after others went unexplained ("FY25 ... Australia's 2023-24, the financial year that ended in
    June 2024"), is another economy's. A calendar year (from January) says nothing of a fiscal one."""
    for sent in sents:
        chunk = text[sent.start : sent.end]
        if not _FISCAL_HINT.search(chunk):
            continue
        for p in find_periods(chunk, doc_date=date):
            if p.period is None or not (p.period.label.startswith("FY") or FISCAL_NAME.search(p.surface)):
                continue
            if p.fy_stated and p.period.start[5:] != "01":
                return int(p.period.start[5:])
            return None
    return None


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
            brk = _CLAUSE_BREAK.search(text, end, nxt)
            if brk is not None and brk.group() == "(" and not text[end : brk.start()].strip():
                # "USD 22.8 billion (FY2023-24), down from ...": a bracket right after a figure is about it;
                # one after its words opens another ("$4.1 billion in 2024 (goods $3.2 billion; ...)")
                brk = _CLAUSE_BREAK.search(text, brk.end(), nxt)
            brk = brk or _PREP_BREAK.search(text, end, nxt)
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
            elif (after := _COMPARED_AFTER.match(text, fig.end)) is not None:
                # "5.9 percent ($990 million) more than 2023 levels": the comparison after says which way
                fig.change = "down" if after["down"] else "up"
    return figures


_COMPARED_AFTER = re.compile(
    r"\)?\s*(?:(?P<up>more|higher|greater|above|up)|(?P<down>less|lower|below|down))\s+(?:than|from|on|over)\b",
    re.IGNORECASE,
)


#: A correction note: "Correction (5 March): An earlier version of this article said ...",
#: "(Corrects paragraph 3 to show exports at $5.1 bln, not $5.3 bln)"
_CORRECTION = re.compile(
    r"^\W*(?:Correction|Clarification|Editor['’]s\s+note)\b|\bAn?\s+(?:earlier|previous)\s+version\s+of\s+this\b"
    r"|\(\s*(?:Corrects|Updates\s+to\s+correct)\b|\bThis\s+(?:article|story|report)\s+(?:has\s+been|was)\s+"
    r"(?:corrected|amended)\b",
    re.IGNORECASE,
)
#: In a correction note, the words right before a figure ("from $5.3 bln", "not $5.3 bln") or its clause
#: ("an earlier version said ...", "incorrectly gave") withdraw it; "the correct figure is", "should have
#: said" and "to $5.1 bln" give it
_WITHDRAWN_BEFORE = re.compile(r"\b(?:from|not|instead\s+of|rather\s+than)\s+" + _AMOUNT_HEDGE + r"\Z", re.IGNORECASE)
_WITHDRAWN_CLAUSE = re.compile(
    r"\b(?:earlier|previous|original)\s+version|\b(?:incorrectly|wrongly|erroneously|mistakenly|misstated)\b",
    re.IGNORECASE,
)
_GIVEN_CLAUSE = re.compile(r"\b(?:correct(?:ed)?|should\s+have|actually|right)\b|\bto\s+\W{0,3}\Z", re.IGNORECASE)


def _correction_notes(text: str, figures: list[_Figure]) -> set[int]:
    """The sentences holding figures that are correction notes (each read once; a substring test first,
    as a note always says 'correct', 'clarif', 'version' or 'editor')."""
    out: set[int] = set()
    for sent in {f.sentence.index: f.sentence for f in figures}.values():
        low = text[sent.start : sent.end].lower()
        if any(w in low for w in ("correct", "clarif", "version", "editor")) and _CORRECTION.search(
            text, sent.start, sent.end
        ):
            out.add(sent.index)
    return out


def _retracted(text: str, fig: _Figure, notes: set[int]) -> bool:
    """A figure a correction note withdraws: the text no longer claims it."""
    if fig.sentence.index not in notes:
        return False
    lo = max(fig.sentence.start, fig.start - MAX_SENTENCE_CHARS)  # bounded, as a hostile line is one sentence
    if _WITHDRAWN_BEFORE.search(text, max(lo, fig.start - 30), fig.start):
        return True
    clause_start = max(text.rfind(";", lo, fig.start), text.rfind(":", lo, fig.start), lo)
    clause = text[clause_start : fig.start]
    return bool(_WITHDRAWN_CLAUSE.search(clause)) and not _GIVEN_CLAUSE.search(clause)


def _change_verb(text: str, fig: _Figure, before: str) -> str:
    """ "up"/"down" when the figure is the amount of a change: "widened by £2.2 billion", "rose $2 billion
    to $10 billion"; else empty."""
    verbs = growth_words().values
    by = _CHANGE_BY.search(before)
    if by and by["verb"].lower() in verbs:
        return verbs[by["verb"].lower()][0]
    if flow_excess_sign(text, max(fig.sentence.start, fig.start - 120), fig.start):
        return ""  # "exports exceeded imports by $5 billion": a balance
    of = _CHANGE_OF.search(before)
    if of and of["noun"].lower() in verbs:
        # "totalled $12 billion, marking an increase of $7.6 billion": the size of the change, as "up by"
        return verbs[of["noun"].lower()][0]
    if _BALANCE_MOVED_BY.search(before):
        # "the balance shifted in Peru's favour, improving by $435 million": a change whose way depends on
        # the side the balance is on
        return "difference"
    if _DIFFERENCE_BY.search(before) or _DIFFERENCE_AFTER.match(text, fig.end):
        # "overstated the deficit by about $26.5 billion", "$12 billion below what he claimed",
        # "$3 billion more than in 2023": a gap between two figures
        return "difference"
    signed = _SIGNED_IN_BRACKET.search(before)
    if signed and not signed["balance"] and growth_words().find(before[: signed.start()]):
        # "exports to Norway were up sharply (+$1.1 billion)", "rose 4% (+€2.3 bn)": a sign in a bracket
        # after a word of change gives the size of the change; a balance's own sign ("the balance
        # (-€4.1 bn)", "deficits were recorded by Chile (-€2.5 bn)") says which side it is on
        return "up" if signed["sign"] == "+" else "down"
    bare = _CHANGE_BARE.search(before)
    if bare and bare["verb"].lower() in verbs and (_TO_LEVEL.match(text, fig.end) or _FROM_BASE.match(text, fig.end)):
        return verbs[bare["verb"].lower()][0]
    if _CONTRIBUTED.search(before) and (to_change := _TO_A_CHANGE.match(text, fig.end)):
        # "with exports contributing $4 billion to the rise": a share of a change is a change
        noun = to_change["noun"].lower()
        return verbs[noun][0] if noun in verbs else "up"
    added = _ADDED.search(before)
    if added and _ADDED_TO.match(text, fig.end):
        # "the deal can add £1bn to its exports", "wiped $3 billion off shipments": an amount moved by
        return "up" if added["verb"].lower().startswith("add") else "down"
    return ""


#: "an increase of $7.6 billion", "a drop of some €2 billion": a noun of change and the amount it is of
_CHANGE_OF = re.compile(r"\b(?:an?|the)\s+(?:[a-z]+\s+)?(?P<noun>[A-Za-z]+)\s+of\s+" + _CHANGE_HEDGE + "$")
#: "improving by $435 million", "worsened by €2 billion": a balance that moved, its direction the side's
_BALANCE_MOVED_BY = re.compile(
    r"\b(?:improv|deteriorat|worsen)(?:e|es|ed|ing)?\s+by\s+" + _CHANGE_HEDGE + "$", re.IGNORECASE
)
_ADDED = re.compile(
    r"\b(?P<verb>add|adds|added|adding|wipe|wipes|wiped|wiping|shave|shaves|shaved|shaving|knock|knocks|knocked)"
    r"\s+(?:up\s+to\s+|an?\s+(?:extra|additional|further)\s+|another\s+)?" + _CHANGE_HEDGE + "$",
    re.IGNORECASE,
)
_ADDED_TO = re.compile(r"(?:\s+(?:a|per|each|every)\s+year)?\s+(?:to|onto|off|from)\b", re.IGNORECASE)


_SIGNED_IN_BRACKET = re.compile(
    r"(?P<balance>\b(?:balance|surplus|deficit)s?\b[^\d.,;:()]{0,40}?)?\(\s*(?P<sign>[+\u2212\u2013-])\s?$",
    re.IGNORECASE,
)
#: the same change as a rate, in brackets after the amount: "fell $196 million (4.8 percent) to ..."
_RATE_IN_BRACKETS = r"\)?(?:" + _BRACKETED_RATE + r")?"
_TO_LEVEL = re.compile(
    _RATE_IN_BRACKETS + r"\s+to\s+(?:a\s+record\s+|an?\s+estimated\s+)?(?:[^\s\d]{1,4}\s?)?\d"
)
#: "up $4.7 billion from the previous year", "down €2 billion on a year earlier": an amount measured
#: against a base period is the size of a change
_FROM_BASE = re.compile(
    _RATE_IN_BRACKETS + r"\s+(?:from|on|over|compared\s+(?:with|to))\s+(?:the\s+(?:previous|prior|preceding|same)\b"
    r"|a\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+year\s+before|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(r"\bcontribut(?:e|es|ed|ing)\s+" + _CHANGE_HEDGE + "$", re.IGNORECASE)
_TO_A_CHANGE = re.compile(
    r"\)?\s+to\s+(?:the|this|that|its|their)\s+(?:\w+\s+)?(?P<noun>rise|increase|growth|gain|jump|surge|decline|fall"
    r"|drop|decrease)\b",
    re.IGNORECASE,
)


def _same_sentence(fig: _Figure, done: list[_Figure]) -> list[_Figure]:
    """The figures already resolved in the sentence of ``fig``, in text order."""
    return [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.index == fig.sentence.index]


def _look(fig: _Figure) -> int:
    """Where sentence-level look-back starts for this figure (bounded)."""
    return max(fig.sentence.start, fig.start - LOOK_CHARS)


def _reach(fig: _Figure) -> int:
    """Where a look back over the figure's sentence starts: its start, or MAX_SENTENCE_CHARS before the
    figure in a sentence that long (a hostile line with no full stop must not be read once per figure)."""
    return max(fig.sentence.start, fig.start - MAX_SENTENCE_CHARS)


#: A clause after a figure that gives its background, a cause or an event around it: ", as shipments to
#: the US surged", "after crossings were closed in July", ", driven by demand from China". The countries,
#: periods and flow words in it are not the figure's. ("as" and "due to" only after a comma: "as much
#: as", "such as", "is due to open in 2026"; a comparison base never: "after $4 billion in 2023")
_BACKGROUND = re.compile(
    r"(?:,\s+(?:as|amid|after|before|following|because|despite)"
    r"|\s+(?:amid|after|before|following|because|despite)\s+(?=(?:the|a|an|its|their|most|many|some|[a-z]+s)\s+[a-z])"
    r"|,\s+due\s+to|,?\s+(?:thanks|owing)\s+to|,?\s+in\s+the\s+wake\s+of|,?\s+on\s+the\s+back\s+of"
    r"|,\s+(?:helped|driven|boosted|supported|hit|hurt|weighed(?:\s+down)?)\s+by)\b(?!\s+(?:a|the)\s+(?:year|month|quarter)\b)"
    r"(?!\s*(?:[\d$€£¥₹]|[A-Z]{1,3}\$|(?:US|USD|EUR|Rs|RM|Rp)\.?\s?\d))",
    re.IGNORECASE,
)


def background_start(text: str, fig: _Figure) -> int:
    """Where a clause of background after the figure begins (see ``_BACKGROUND``); else its sentence's end."""
    stop = min(fig.sentence.end, fig.end + MAX_SENTENCE_CHARS)
    found = _BACKGROUND.search(text, fig.end, stop)
    return found.start() if found else fig.sentence.end


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
        # (a word of breadth may stand between: "non-oil foreign trade" is trade in all but oil)
        rf"|\s+(?:(?:foreign|external|bilateral|two-way|total|overall)\s+)?"
        rf"(?:exports?|imports?|purchases|shipments|sales|trade)\b|\s+from\b)"
        rf"|(?<=\bimports\sof\s)(?:(?-i:[A-Z][a-z]+)\s+)?({alt})\b|(?<=\bexports\sof\s)(?:(?-i:[A-Z][a-z]+)\s+)?({alt})\b",
        re.IGNORECASE,
    )
    return frozenset(heads), pattern, re.compile(rf"(?:{alt})\b", re.IGNORECASE)


#: "crosses the border every day": a flow per span of time, written away from the amount
_EVERY_SPAN = re.compile(r"\b(?:each|every|per)\s+(?:single\s+)?(?:day|week|fortnight|month)\b", re.IGNORECASE)


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
    if _EVENT_DATE.search(text, max(0, p.start - 40), p.start) and not _WHEN_CLAUSE.search(
        text, max(0, p.start - 80), p.start
    ):
        # "the ban that Warsaw introduced in September 2023": when something happened; but "When the
        # agreement entered into force in 2009, our trade was under $2 billion" dates the trade
        return True
    if _TRAILING_CONDITION.search(text, max(0, p.start - 100), p.start):
        # "expected to reach $10 billion, provided orders hold up in the fourth quarter": when the
        # condition must hold, not the period of the figure before it
        return True
    if _TITLE_YEAR.search(text, max(0, p.start - 30), p.start) and re.fullmatch(r"\d{4}", p.surface.strip()):
        return True  # "the Economic Survey 2025 shows": a publication's name, not the period of its figures
    if (
        re.fullmatch(r"\d{4}", p.surface)
        and (after := _EVENT_NOUN_AFTER.match(text, p.end))
        and after["noun"].lower() not in _FLOW_NOUNS_AFTER_YEAR
        and (attributive := _ATTRIBUTIVE_BEFORE.search(text, max(0, p.start - 20), p.start))
        and not _DURING.search(text, max(0, attributive.start() - 12), attributive.start())
        # "said that in 2024 overall exports rose": a preposition right before the year makes it a time
        and not _DURING.search(text, max(0, p.start - 12), p.start)
    ):
        # "after a poor 2023 harvest", "ahead of the 2024 elections": an event's year; but "during the
        # 2022 crisis" dates what happened in it
        return True
    opened = text.rfind("(", max(0, p.start - 80), p.start)
    if opened == -1 or text.find(")", opened, p.start) != -1:
        return False
    closed = text.find(")", p.end, p.end + 80)
    if closed == -1:
        return False
    # "$22.8 billion (FY2023-24)" dates the figure; "(India's financial year is April 1 to March 31)" does not
    inside = text[opened + 1 : closed]
    return bool(re.sub(r"\b(?:in|for|during)\b", "", inside.replace(p.surface, "")).strip(" ,;."))


#: Words that open a condition: "if", "unless", "provided orders hold up"
CONDITION_WORDS = r"(?:if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as|on\s+condition)"
_TRAILING_CONDITION = re.compile(r",\s+" + CONDITION_WORDS + r"\b[^,;.!?]*$", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\b[Ww]hen\b[^,;.!?]*$")
#: A year used as an adjective, before a noun: "a poor 2023 harvest" names an event, "Chile's 2023
#: exports" a flow's year. Only after an article, a possessive or an adjective, never a preposition.
_EVENT_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z]{3,})\b")
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[a-z]+\s+)?|['’]s\s+)\Z", re.IGNORECASE
)
_DURING = re.compile(r"\b(?:during|in|throughout|amid|over)\s+\Z", re.IGNORECASE)
_FLOW_NOUNS_AFTER_YEAR = frozenset({
    "budget", "draft", "spending",
    "exports", "export", "imports", "import", "trade", "turnover", "shipments", "sales", "purchases", "figure",
    "figures", "data", "level", "levels", "total", "totals", "value", "values", "deficit", "surplus", "balance",
    "period", "numbers", "statistics", "results", "volume", "volumes", "investment", "investments", "gdp",
    "growth", "amount", "output", "earnings", "revenue", "revenues", "receipts", "estimate", "estimates",
    "forecast", "forecasts", "target", "targets", "outcome", "average", "peak", "high", "low", "record",
    "calendar", "fiscal", "financial", "full", "first", "second", "third", "fourth", "half", "quarter",
    "flows", "inflows", "outflows", "bill", "tally", "and", "or", "to", "through", "until", "versus", "vs",
})
#: A publication whose name carries a year: "Economic Survey 2025", "World Investment Report 2024"; likewise
#: an event, a plan or a show ("Expo 2020", "the G20 Summit 2023", "Vision 2030", "Agenda 2063") and an
#: acronym's edition ("CAEXPO 2023", "the China-Asean Expo (CAEXPO) 2023"): a name, not a period
_TITLE_YEAR = re.compile(
    r"(?-i:\b(?:Survey|Report|Review|Outlook|Yearbook|Bulletin|Census|Index|Monitor|Expo|EXPO|Exhibition|Fair"
    r"|Summit|Forum|Conference|Congress|Festival|Games|Olympics|Cup|Show|Week|Vision|Agenda|Strategy))\s+$"
    r"|(?-i:(?<![\w-])(?!(?:FROM|SINCE|UNTIL|DURING|AND|THE|FOR|THAN|YTD|YEAR)\b)[A-Z]{3,}\)?)\s+$"
)
#: A date of an event, not the span of a flow: "introduced in September 2023", "took effect on 1 July"
_EVENT_DATE = re.compile(
    r"\b(?:introduced|imposed|launched|signed|began|begun|started|announced|adopted|enacted|lifted|ratified|"
    r"took\s+effect|came\s+into\s+force|entered\s+into\s+force)\s+(?:in|on)\s+$"
    # "as deliveries were postponed to October": when something was moved to
    r"|\b(?:postponed|delayed|deferred|moved|pushed\s+back|rescheduled|brought\s+forward)\s+(?:to|until|till|for)\s+$",
    re.IGNORECASE,
)
_SEASON_AFTER = re.compile(r"\s+(?:crop\s+|harvest\s+|marketing\s+|growing\s+)?(?:season|campaign)\b", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\b[Ss]ince\s+(?=\D)[^,;.\n]*\b(?:in|of)\s+$")
