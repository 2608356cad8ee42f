"""Stage "growth": each growth rate is attached to the figure it describes and
turned into a derived claim for the earlier period ("up 12% to $5.6 billion"
implies about $5.0 billion a year earlier), with the interval both roundings allow.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from ..countries import find_countries
from ..cues import growth_words, metric_cues
from ..extract import Sentence
from ..growth import PERCENT, RESPECTIVELY, Growth, find_growth
from ..lexicon import word_set
from ..periods import (
    BARE_YEAR,
    Period,
    months,
    preceding,
    previous,
    same_part_of,
    years_back_to,
)
from .context import (
    _CHANGE_BARE,
    _CHANGE_BY,
    _RATE_IN_BRACKETS,
    CONTRAST_WORDS,
    LOOKBACK_FIGURES,
    MAX_SENTENCE_CHARS,
    TRADE_METRICS,
    Claim,
    _DocContext,
    _Figure,
    _product_words,
)
from .metric import _NUMBER_HEDGE, _from_to
from .scope import _commodity

_CHANGE_TARGET = re.compile(r"^" + _RATE_IN_BRACKETS + r"\s*,?\s*(?:to|at)\s+(?:\w+\s+){0,2}$")




def _attach_growth(ctx: _DocContext, figures: list[_Figure]) -> None:
    text = ctx.text
    used: set[int] = set()
    has_growth: set[int] = set()
    by_sentence: dict[int, list[_Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    near = {f.sentence.index + d for f in figures for d in range(-1, _NAMED_LEVEL_BACK + 1)}
    for sent in ctx.sents:
        if sent.index not in near or not _may_grow(text[sent.start : sent.end]):
            continue
        growths = [g for g in find_growth(text, sent.start, sent.end) if not _hypothetical(text, sent, g)]
        for g, fig in _respective_growths(ctx, sent, growths, by_sentence.get(sent.index, [])):
            # "rose 5% and 3% to $4 billion and $7 billion respectively": the i-th rate, the i-th figure
            used.add(g.start)
            has_growth.add(id(fig))
            _derive(ctx, fig, g, sent)
        for g in growths:
            if g.start in used:
                continue
            target = _growth_target(ctx, g, sent, by_sentence, has_growth) or _second_rate(
                ctx, g, sent, by_sentence.get(sent.index, []), has_growth
            )
            if target is None:
                base = _stated_base(ctx, g, by_sentence.get(sent.index, []))
                if base is not None and _derive_level(ctx, base, g, sent):
                    used.add(g.start)
                continue
            if _narrower_than(ctx.text, sent, g, target):
                continue
            used.add(g.start)
            if target.sentence.index == sent.index:
                has_growth.add(id(target))
            _derive(ctx, target, g, sent)
    for i, fig in enumerate(figures[:-1]):
        nxt = figures[i + 1]
        if fig.change and nxt.sentence.index == fig.sentence.index and _CHANGE_TARGET.match(text[fig.end : nxt.start]):
            _derive_from_change(ctx, nxt, fig)


#: a second predicate of the same subject: "rose 49.7% to $61.8 billion in October, and were up 6.3% ..."
_AND_PREDICATE = re.compile(r",?\s+and\s+(?:(?:was|were|is|are|has|have)\s+)?\Z", re.IGNORECASE)


def _second_rate(
    ctx: _DocContext, g: Growth, sent: Sentence, figs: list[_Figure], has_growth: set[int]
) -> _Figure | None:
    """ "Exports rose 20% year-on-year to $1.2 billion in October, and were up 5% from September": a second
    rate of the figure that already has one, against another base; kept only when that base differs from
    the first rate's (two rates for one base cannot both hold)."""
    i = bisect.bisect_left(figs, g.start, key=lambda f: f.start)
    if i == 0 or (i < len(figs) and figs[i].start < g.end + MAX_SENTENCE_CHARS):
        return None  # no figure before, or one after that the rate may lead to
    fig = figs[i - 1]
    if fig.end > g.start or g.start - fig.end > 120:
        return None  # "..., and were up 6.3% from September": the second predicate follows closely
    if id(fig) not in has_growth or fig.base or fig.status != "actual" or fig.metric not in TRADE_METRICS:
        return None
    if not _apposed_rate(ctx.text, fig, g, sent):
        clause = re.search(r"[,;]?\s+and\s", ctx.text[fig.end : g.start])
        if clause is None or ";" in ctx.text[fig.end : g.start]:
            return None
        if not _AND_PREDICATE.search(ctx.text, fig.end + clause.start(), g.start):
            return None
    base = _base_period(ctx, fig, g.start, g.end, sent)
    taken = {(c.period.start, c.period.end) for c in fig.claims if c.kind == "derived" and c.period is not None}
    if base is None or (base.start, base.end) in taken:
        return None
    return fig


#: between two rates of one figure, the second set beside the first: "up 9.3 percent on the year, a "
_APPOSED = re.compile(r"[^,;.()$€£¥\d]{0,40},\s+(?:an?\s+)?")
#: a year the second rate names as its base: "a 37.6 percent increase compared with 2019"
_NAMED_YEAR = re.compile(r"[^.;]{0,60}?\b(?:19|20)\d\d\b")


def _apposed_rate(text: str, fig: _Figure, g: Growth, sent: Sentence) -> bool:
    """ "$4.2 billion in 2024, up 9.3 percent on the year, a 37.6 percent increase compared with 2019": a second
    rate set beside the first with a comma, against a year it names."""
    prior = find_growth(text, fig.end, g.start)
    return (
        bool(prior)
        and _APPOSED.fullmatch(text, prior[-1].end, g.start) is not None
        and _NAMED_YEAR.match(text, g.end, sent.end) is not None
    )


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
    span_end = change.end
    opened = ctx.text.count("(", span_start, span_end) - ctx.text.count(")", span_start, span_end)
    if opened > 0 and ctx.text.startswith(")", span_end):
        span_end += 1  # "up by NZ$204 million ($181.59 million)": the conversion's bracket closes the phrase
    lo = (claim.interval_low - step) if claim.interval_low is not None else None
    hi = (claim.interval_high - step) if claim.interval_high is not None else None
    # a hedged change moves the base by at most ("rose by less than $1 billion": the base lies between
    # the level less $1 billion and the level) or at least ("more than": no limit on the far side)
    if delta.qualifier in {"upper_bound", "lower_bound"}:
        at_most = delta.qualifier == "upper_bound"
        if (step > 0) == at_most:  # the hedge frees the high side
            hi = claim.interval_high if at_most else None
        else:
            lo = claim.interval_low if at_most else None
    fig.claims.append(
        replace(
            claim,
            start=span_start + ctx.doc.offset,
            end=span_end + ctx.doc.offset,
            surface=ctx.text[span_start:span_end],
            value=claim.value - step,
            value_high=None,
            interval_low=lo,
            interval_high=hi,
            qualifier="derived",
            period=_base_period(ctx, fig, span_start, change.end, change.sentence),
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


#: "with bilateral trade reaching", "with imports standing at": an absolute clause that brings its own
#: subject, whose figure is not the one a rate before it leads to ("compared with" is no such clause)
_WITH_CLAUSE = re.compile(
    r"(?<!compared\s)(?<!line\s)(?<!along\s)\bwith\s+(?:[\w'’-]+\s+){1,4}?[a-z]+ing\b", re.IGNORECASE
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
#: Every match of _GROWTH_HINT contains one of these: a sentence without them is skipped
#: by substring tests, far cheaper than the pattern over each sentence
_GROWTH_WORDS = ("%", "cent", "pct", "pc", "fold", "doubl", "tripl", "trebl", "quadrupl", "halv", "times",
                 "third", "quarter", "fifth", "tenth", "half")


def _may_grow(sentence: str) -> bool:
    low = sentence.lower()
    return any(w in low for w in _GROWTH_WORDS) and _GROWTH_HINT.search(sentence) is not None


#: "a level that would imply growth of less than 4 percent": a rate that follows from an assumption
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:would|could|might)\s+(?:imply|mean|suggest|require|need|represent|amount\s+to)\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)


def _hypothetical(text: str, sent: Sentence, g: Growth) -> bool:
    return _HYPOTHETICAL_BEFORE.search(text, max(sent.start, g.start - 40), g.start) is not None


#: "Excluding gold, exports rose 3.1%": what grew is a total with something taken out
_EXCLUSION = re.compile(
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|not\s+counting|leaving\s+out"
    r"|stripping\s+out|barring)\s+\w",
    re.IGNORECASE,
)


def _narrower_than(text: str, sent: Sentence, g: Growth, fig: _Figure) -> bool:
    """The growth is of a total with something taken out ("Excluding gold, exports rose 3.1%"), and the
    figure's own words do not take it out too: a level stated before the exclusion (gold's own exports,
    or all exports) is not what grew. ("Excluding gold, exports rose 3.1% to $4 billion" is one total.)"""
    found = _EXCLUSION.search(text, max(sent.start, g.start - MAX_SENTENCE_CHARS), g.start)
    return found is not None and (fig.sentence.index != sent.index or found.start() > fig.start)


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
            and not f.change  # "$12.6 million or 2.2% more than": the amount of a change grows nothing
            and not f.recalled  # "18.2% wider than in 2023, when the gap stood at $104.6 billion": a base
            and f.metric in TRADE_METRICS
            and (f.status == "actual" or bool(re.search(r"\b(?:may|might|could)\b", text[f.clause_start : f.start])))
        )

    if _REAL_TERMS.search(text, max(sent.start, g.start - MAX_SENTENCE_CHARS), g.start) or _REAL_AFTER.match(
        text, g.end, min(sent.end, g.end + 30)
    ):
        # "In volume terms, exports dropped 9.6%", "shipments fell 11 per cent by volume": a change in
        # quantity implies no earlier value
        return None
    if _QUANTITY_HEAD.search(_growth_clause(text, sent, g)):
        return None
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
    if after:
        # "rose 11.5 percent, from $27.9 billion to $31.1 billion": the rate leads to the 'to' figure
        pair = _from_to(ctx, after[0])
        if pair is not None and pair[0] is after[0] and pair[1] in after and usable(pair[1]):
            after = after[after.index(pair[1]) :]
    if after and _WITH_CLAUSE.search(gap_after):
        after = []  # "rose 16%, ... with bilateral trade reaching $7.1 billion": that figure is another subject's
    bracketed = _bracketed_after(text, g, sent_figs)
    if bracketed is not None:
        # "goods worth US$1.2 billion (-12.5%) and imports amounting to ...": wire lists put each figure's
        # rate in a bracket right after it; the figure after the bracket is the next item's, not this rate's
        return bracketed if usable(bracketed) and id(bracketed) not in has_growth else None
    if after and _FORWARD_LINK.search(gap_after) and not growth_words().find(gap_after):
        return after[0] if _subject_ok(ctx, g, after[0], lead=_growth_clause(text, sent, g)) else None
    if before:
        return before[-1] if _subject_ok(ctx, g, before[-1], lead=_growth_clause(text, sent, g, before[-1])) else None
    # not across another growth phrase: in "A jumped 15%, while B climbed 8% to $58 billion" the 15% has no figure
    if after and not re.search(r"[;]", gap_after) and not find_growth(text, g.end, after[0].start):
        if _other_subject(ctx, sent, g, gap_after, after[0]):
            return None
        return after[0] if _subject_ok(ctx, g, after[0], lead=_growth_clause(text, sent, g)) else None
    if here:
        return None
    base = _stated_base(ctx, g, sent_figs)
    if base is not None and (later := _later_level(base, sent_figs)) is not None:
        return later  # "up 12.6% from $136 million in June 2023, against $154 million in June 2024"

    def after_base(f: _Figure) -> bool:
        """With its base stated ("It's up 49.6 percent from $37.7 billion"), a rate's level elsewhere is
        dated after that base: a figure of the base's own period or before is not what grew."""
        if base is None:
            return True
        return f.period is not None and base.period is not None and f.period.start > base.period.end

    # what grew: the metric named nearest before the growth phrase in its sentence
    # (each read is bounded to MAX_SENTENCE_CHARS around the phrase: a hostile line is one long sentence)
    lo, hi = max(sent.start, g.start - MAX_SENTENCE_CHARS), min(sent.end, g.end + MAX_SENTENCE_CHARS)
    named = [c for c in metric_cues().find(text, lo, g.start) if c.value != "none"]
    # ... or, naming none, the words of its clause ("Britain's economy grew 0.7%": not a trade figure)
    lead = text[named[-1].start : g.start] if named else _growth_clause(text, sent, g)
    if _QUANTITY.search(text, lo, hi):
        return None  # "has doubled ... and stands at 1.5mn tonnes": the growth is about that quantity
    if _part_share_subject(text, sent, g):
        return None  # "copper concentrates, which represented 64.3% of mining exports, an increase of 84.3%"
    # a sentence with no figure of its own: the last figure before it ...
    own = [p.period for p in ctx.periods_in(sent, lo, hi) if p.kind == "absolute" and p.role != "base" and p.period]
    # ("In January-November this was 1.8% higher" after a year's figure: a span of its own, named without its year)
    spans = [p.period for p in ctx.periods_in(sent, lo, hi) if p.kind == "relative" and p.role != "base" and p.period]
    # (the one whose subject the phrase names: in "exports were $3.1 billion and imports $5.8 billion.
    # Exports fell 1.4 times." the rate is the exports', not the last figure's)
    if sent.index > 0:
        earlier = [f for f in by_sentence.get(sent.index - 1, [])[-LOOKBACK_FIGURES:] if usable(f)]
        for last in reversed(earlier):
            if _subject_ok(ctx, g, last, lead=lead, strict=True) and _same_time(own, last, spans) and after_base(last):
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
        and _same_time(own, first, spans)
        and after_base(first)
    ):
        return first
    # ... or, when the phrase names its metric, the last figure of that metric a few sentences back
    far = _named_level_before(ctx, g, sent, by_sentence, lead, own, usable)
    return far if far is not None and after_base(far) else None


#: a bracket opened right after a figure, before its rate: "US$1.2 billion (", "$3 million (a "
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:an?\s+)?\Z")
#: ... and closed after the rate and a few words of its own: "-12.5%)", "up 4% from 2023)"
_BRACKET_CLOSE = re.compile(r"[^()]{0,40}\)")


def _bracketed_after(text: str, g: Growth, sent_figs: list[_Figure]) -> _Figure | None:
    """The figure whose bracket the rate stands in: "worth US$1.2 billion (-12.5%)". A change amount before
    the bracket ("up $2 billion (+5%) to $42 billion") leaves the rate to the level it leads to."""
    i = bisect.bisect_right(sent_figs, g.start, key=lambda f: f.start)
    if i == 0:
        return None
    fig = sent_figs[i - 1]
    if fig.end > g.start or fig.change or not _BRACKET_OPEN.fullmatch(text, fig.end, g.start):
        return None
    return fig if _BRACKET_CLOSE.match(text, g.end) else None


_SHARE_OF = re.compile(r"\b(?:share|proportion|percentage|portion)\s+of\b", re.IGNORECASE)

#: How many sentences back a rate that names its metric may find its level ("The deficit was $45 billion
#: in 2024. [Trade rose 10% to $115 billion.] The deficit with China rose by 23.8%."): a paragraph's reach
_NAMED_LEVEL_BACK = 3


def _named_level_before(
    ctx: _DocContext,
    g: Growth,
    sent: Sentence,
    by_sentence: dict[int, list[_Figure]],
    lead: str,
    own: list[Period],
    usable: Callable[[_Figure], bool],
) -> _Figure | None:
    """The level of a rate in a sentence with no figure, stated up to ``_NAMED_LEVEL_BACK`` sentences before
    it: only when the rate's words name the metric ("the trade deficit rose by 23.8%", "an increase of 7.6
    per cent in trade volume"), it is the nearest figure of that metric, it has no rate yet, and the
    sentences between name no country outside its pair (so a rate never lands on another pair's figure)
    nor hold a figure of unknown metric."""
    named = {c.value for c in metric_cues().find(g.subject + " " + lead)} & TRADE_METRICS
    if not named or sent.index < 2 or _SHARE_OF.search(ctx.text, max(sent.start, g.start - 120), g.start):
        return None  # "the share of fuels in exports has nearly halved": a share's change, not the flow's
    for back in range(sent.index - 2, max(-1, sent.index - 1 - _NAMED_LEVEL_BACK), -1):
        figs = [f for f in by_sentence.get(back, [])[-LOOKBACK_FIGURES:] if f.metric in named or f.metric == "other"]
        if not figs:
            continue  # only figures of other named metrics: "the deficit" passes over "trade reached $X"
        fig = figs[-1]
        if fig.metric == "other":
            return None  # "They are expected to reach $3.5 billion": what it measures is unknown, maybe the same
        if not usable(fig) or fig.period is None or any(c.kind == "derived" for c in fig.claims):
            # the nearest is a base or a forecast, its year is unknown (so no check that the rate is of the
            # same year), or its own rate was stated with it
            return None
        if not (_subject_ok(ctx, g, fig, lead=lead, strict=True) and _same_time(own, fig)):
            return None
        return None if _other_country_between(ctx, ctx.sents[back + 1].start, sent.start, fig) else fig
    return None


def _other_country_between(ctx: _DocContext, start: int, end: int, fig: _Figure) -> bool:
    """Some country other than the figure's two is named in ``text[start:end]``."""
    pair = {"WLD", fig.reporter, fig.counterpart}
    i = bisect.bisect_left(ctx.countries, start, key=lambda c: c.start)
    while i < len(ctx.countries) and ctx.countries[i].start < end:
        if ctx.countries[i].code not in pair:
            return True
        i += 1
    return False


#: between a rate and the base it is measured from: "up 49.6 percent from $37.7 billion"
_TO_BASE = re.compile(
    r"\s*,?\s+(?:from|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+)?" + _NUMBER_HEDGE + r"\Z", re.IGNORECASE
)


def _stated_base(ctx: _DocContext, g: Growth, sent_figs: list[_Figure]) -> _Figure | None:
    """The figure right after the rate that it is measured from ("up 49.6 percent from $37.7 billion")."""
    i = bisect.bisect_left(sent_figs, g.end, key=lambda f: f.start)
    if i == len(sent_figs):
        return None
    fig = sent_figs[i]
    if not fig.base or fig.metric not in TRADE_METRICS or fig.start - g.end > 40:
        return None
    return fig if _TO_BASE.fullmatch(ctx.text, g.end, fig.start) else None


def _derive_level(ctx: _DocContext, base: _Figure, g: Growth, sent: Sentence) -> bool:
    """ "It's also up 49.6 percent from $37.7 billion" with no level found: the rate and its base imply the
    later level, a year after the base (undated when the rate is against the month or quarter before, or
    the year after the base is not yet past when the text was written)."""
    if not _subject_ok(ctx, g, base, lead=_growth_clause(ctx.text, sent, g)):
        return False
    period = previous(base.period, -1) if base.period is not None else None
    if period is not None and (
        _SEQUENTIAL.search(ctx.text, g.end, min(sent.end, base.end + 80))
        or (ctx.date is not None and period.start > f"{ctx.date.year:04d}-{ctx.date.month:02d}")
    ):
        period = None
    f_lo, f_hi = _factor_bounds(g)
    for claim in [c for c in base.claims if c.kind == "stated"]:
        lo, hi = claim.interval_low, claim.interval_high
        if claim.qualifier == "approx":
            lo, hi = claim.value, claim.value
        if claim.value < 0:
            lo, hi = hi, lo  # a deficit grows away from zero: its far end takes the greater factor
        low = lo * f_lo if lo is not None else None
        high = hi * f_hi if hi is not None and f_hi != Decimal("Infinity") else None
        if claim.value < 0:
            low, high = high, low
        base.claims.append(
_derived_claim(ctx, claim, g, claim.value * g.factor(), low, high, period)
        )
    return True


def _later_level(base: _Figure, sent_figs: list[_Figure]) -> _Figure | None:
    """A figure of the same flow as ``base``, after it in the sentence, dated later: "from $136 million in
    June 2023, against $154 million in June 2024" (both read as bases, but one rate has one base)."""
    if base.period is None:
        return None
    for f in sent_figs[sent_figs.index(base) + 1 :][:LOOKBACK_FIGURES]:
        if (
            f.metric == base.metric
            and (f.reporter, f.counterpart) == (base.reporter, base.counterpart)
            and f.period is not None
            and f.period.start > base.period.end
            and f.status == "actual"
            and not f.change
        ):
            return f
    return None


#: "copper concentrates, which represented 64.3% of mining exports": a part named by its percentage share
_PART_SHARE = re.compile(
    r"(?P<subject>[A-Za-z][\w'’-]*)\s*,?\s+(?:which\s+|that\s+)?"
    r"(?:represent(?:ed|s|ing)?|accounted\s+for|accounting\s+for|accounts\s+for|made\s+up|making\s+up|makes\s+up)"
    r"\s+(?:(?:about|around|nearly|almost|some|roughly|over|just)\s+)?\d{1,2}(?:[.,]\d{1,2})?" + PERCENT,
    re.IGNORECASE,
)
_SHARE_POINTERS = frozenset({"they", "these", "those", "it", "this", "that", "which", "such"})


def _part_share_subject(text: str, sent: Sentence, g: Growth) -> bool:
    """The rate's sentence, before it, names a part by its percentage share of a whole and by name, not by
    a pronoun: the rate is the part's ("copper, which made up 25.4% of mining exports, a 2.7% decrease"),
    and a part with no money figure of its own implies no earlier value of a figure before the sentence
    ("They represented 30% of the total, an increase of 10%" goes on with the figure before)."""
    found = list(_PART_SHARE.finditer(text, max(sent.start, g.start - MAX_SENTENCE_CHARS), g.start))
    return bool(found) and found[-1]["subject"].lower() not in _SHARE_POINTERS


#: a clause break between a rate and a later figure: "rose 4% while imports fell, lifting the surplus to"
_GAP_BREAK = re.compile(r",|\b(?:" + CONTRAST_WORDS + r"|but|as)\b", re.IGNORECASE)


def _other_subject(ctx: _DocContext, sent: Sentence, g: Growth, gap: str, fig: _Figure) -> bool:
    """ "Exports to Peru rose 4% while imports fell, widening the surplus to $2 billion": a rate whose
    sentence names another metric before it, with a clause break before the figure, is that metric's."""
    brk = _GAP_BREAK.search(gap)
    if brk is None or any(c.value == fig.metric for c in metric_cues().find(gap[: brk.start()])):
        return False  # "an increase of 7% in imports from Peru, up to $4 billion": the rate's own words name it
    lo = max(sent.start, g.start - MAX_SENTENCE_CHARS)
    named = [c for c in metric_cues().find(ctx.text, lo, g.start) if c.value != "none"]
    return bool(named) and named[-1].value in TRADE_METRICS and named[-1].value != fig.metric


def _same_time(periods: list[Period], fig: _Figure, spans: list[Period] | None = None) -> bool:
    """A growth sentence that names its own period ("grew 20% in January-October 2024") is about that period;
    one that names a span without its year ("In January-November it was 1.8% higher"), about a span as long
    (its year is a guess from the text's date, so only its length is compared)."""
    if fig.period is None:
        return True
    if spans and all(months(p) != months(fig.period) for p in spans):
        return False
    if not periods:
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
        for b in re.finditer(r"[,;:—–(]|\s(?:" + CONTRAST_WORDS + r"|but|as)\s|(?<!-)\sand\s", chunk)
        if not any(a <= b.start() < z for a, z in joined)
    ]
    return chunk[breaks[-1].end() :] if breaks else chunk


#: "rose 0.6% to 39,901": the level a rate leads to, written as a bare number
_OWN_LEVEL = re.compile(rf"\s+(?:to|at)\s+{_NUMBER_HEDGE}(?P<n>\d[\d,.]*)(?![\d,.])")
#: "in volume terms", "in real (or volume) terms", "in real/volume terms", "by volume": a change in quantity
_QUANTITY_MEASURE = r"(?:volume|real|constant[-\s]price|quantity)"
#: what a quantity is measured in: "up 63 percent in quantity", "a 27 percent increase in weight"
_QUANTITY_UNITS = r"(?:weight|tonnage|quantity|quantities|volume)"
_REAL_TERMS = re.compile(
    rf"\b(?:in\s+{_QUANTITY_MEASURE}(?:\s*[(/]\s*(?:(?:or|i\.e\.,?)\s+)?{_QUANTITY_MEASURE}\s*\)?"
    rf"|\s+or\s+{_QUANTITY_MEASURE})?\s+terms|by\s+volume|at\s+constant\s+prices"
    rf"|in\s+terms\s+of\s+{_QUANTITY_UNITS}|(?:in|by)\s+{_QUANTITY_UNITS})\b",
    re.IGNORECASE,
)
#: "The quantities of kiwifruit exported were up 32 percent", "export volumes rose 5%": what grew is an
#: amount of goods, not their value ("trade volume" alone is often the value, and is left out)
_QUANTITY_HEAD = re.compile(r"\b(?:quantit(?:y|ies)|tonnage|volumes)\b", re.IGNORECASE)
_REAL_AFTER = re.compile(r"\s*(?:,\s*)?" + _REAL_TERMS.pattern, re.IGNORECASE)
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
    if words & word_set("not_money_subjects.csv"):
        return False
    heads = _product_words()[0]
    if not fig.scope and words & heads and not re.search(r"\b(?:goods|products)\b", named, re.IGNORECASE):
        return False
    named_words = set(re.findall(r"[a-z]+", named.lower()))
    if strict and fig.scope and named_words & heads and not set(fig.scope.lower().split()) & named_words:
        return False  # "Smartphone exports were $126 million. ... nickel increasing by 100%": another product
    cues = [c for c in metric_cues().find(named) if c.value != "none"]
    if strict:
        codes = {c.code for c in find_countries(named)} - {"WLD"}
        if codes and not codes <= {fig.reporter, fig.counterpart}:
            return False
    if not cues:
        return True
    metrics = {c.value for c in cues}
    # the same metric, and not narrowed to a product ("growth in exports of agricultural products") unless
    # the figure is that product's own ("a 300 percent increase in copper imports to $1.6 billion")
    narrowed = _commodity(g.subject + " ")
    if narrowed and narrowed == fig.scope.lower():
        narrowed = ""
    return fig.metric in metrics and not (narrowed or re.search(r"\bof\s+\w+\s+products\b", g.subject))


def _derive(ctx: _DocContext, fig: _Figure, g: Growth, sent: Sentence) -> None:
    base_period = _base_period(ctx, fig, g.start, g.end, sent)
    if base_period is not None and base_period == fig.period:
        return  # "tripled since 2017, when it stood at $1.4 billion": the figure is the base itself
    for claim in list(fig.claims):
        if claim.kind != "stated":
            continue
        low, high = _derived_interval(claim, g)
        factor = g.factor()
        value = claim.value / factor
        fig.claims.append(
_derived_claim(ctx, claim, g, value, low, high, base_period)
        )


def _base_period(ctx: _DocContext, fig: _Figure, g_start: int, g_end: int, sent: Sentence) -> Period | None:
    """The period a change of ``fig`` is measured from; the change is written at ``g_start:g_end`` (a rate,
    "rose 5%", or an amount, "narrowed by £1.4 billion")."""
    if fig.period is None:
        return None
    text = ctx.text
    pair = _from_to(ctx, fig)
    if pair is not None and pair[1] is fig and pair[0].period is not None and pair[0].period != fig.period:
        return pair[0].period  # "grew by a third, from €41.6 billion [2019] to €55.7 billion [2023]": 2019
    # each rate's words stop at the next rate's, and start after the one before: "rose 49.7% year-on-year,
    # and 6.3% month-on-month" gives the first rate no "month-on-month"
    stop = min(sent.end, g_end + 80)
    later = find_growth(text, g_end, stop)
    tail = text[g_end : later[0].start if later else stop]
    begin = max(sent.start, g_start - 40)
    earlier = find_growth(text, begin, g_start)
    head = text[earlier[-1].end if earlier else begin : g_start]
    periods = ctx.periods_in(sent)
    first = bisect.bisect_left(periods, g_start - 40, key=lambda p: p.start)
    for pm in periods[first:]:
        if pm.start > g_end + 80:
            break
        if not (g_end <= pm.start <= g_end + 80 or g_start - 40 <= pm.start < g_start):
            continue
        # (another rate between the two: "rose 49.7% year-on-year ..., and were up 6.3% from September"
        # leaves September to the second rate; the rates on either side are those found above)
        after_rate = bool(later) and later[0].end <= pm.start
        before_rate = bool(earlier) and earlier[-1].start >= pm.end
        if after_rate if pm.start >= g_end else before_rate:
            continue
        if pm.kind == "since" and pm.period is not None:
            if g_end <= fig.start and pm.start >= fig.end:
                continue  # "fell 17% to $575 billion, its lowest since 2010": the since is about the level
            return pm.period
        if pm.kind == "same_period_in" and pm.year is not None:
            shift = years_back_to(fig.period, pm.year)
            return previous(fig.period, shift) if shift > 0 else None
        if (
            pm.role == "base"
            and pm.period is not None
            and (pm.kind == "absolute" or _just_before(pm.period, fig.period))
            and not (fig.pre[0] <= pm.start < fig.pre[1] and pm.start < g_start)
        ):
            # "January-July exports grew 16% from $701 million in 2022": the same months of that year
            part = same_part_of(fig.period, pm.period) if BARE_YEAR.fullmatch(pm.surface) else None
            return part or pm.period  # "down 1.6% from October" after November's figure: October
        if (
            pm.kind == "absolute"
            and pm.period is not None
            and pm.start >= g_end
            and pm.period.end < fig.period.start
            and _COMPARED_WITH.fullmatch(text, g_end, pm.start)
        ):
            # "a 37.6 percent increase compared with that before the pandemic in 2019": a base named a few
            # words after the comparison, not right after it
            part = same_part_of(fig.period, pm.period) if BARE_YEAR.fullmatch(pm.surface) else None
            return part or pm.period
    set_out = _set_out_from(ctx, fig)
    if set_out is not None:
        return set_out  # "stood at $2 million in 1990 and surged to $9 billion in 2024, a 4,500-fold rise": 1990
    m = _SPAN_BACK.search(tail + " " + text[max(sent.start, g_start - 120) : g_start])
    if m:
        return previous(fig.period, int(m["years"]) if m["years"] else 10 * (2 if m["two"] else 1))
    if months(fig.period) <= 3 and _SEQUENTIAL.search(tail + " " + head):
        return preceding(fig.period)  # "up 7.8% month on month": the month before, not a year before
    return previous(fig.period)


#: a comparison with the words before its base period: "compared with that before the pandemic in "
_COMPARED_WITH = re.compile(
    r"\s+(?:compared\s+(?:with|to)|than|against)\s+(?:th(?:at|ose)\s+)?[^,;.()$€£¥\d]{0,30}?\b(?:in|of)\s+",
    re.IGNORECASE,
)
#: "over the past 10 years", "over the past decade": a change across that span, whose base lies that far back
#: (the span often opens the sentence: "Over the past decade, the gap between the two has doubled")
_SPAN_BACK = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<years>\d{1,2})\s+years|decade|(?P<two>two\s+decades))\b",
    re.IGNORECASE,
)


#: "stood at $2 million in 1990, and surged to $9 billion": the verb that carries a level to the next one
_MOVED_TO = re.compile(
    r"[^.;:$€£¥\d]{0,40}?(?:(?:19|20)\d\d)?[^.;:$€£¥\d]{0,10}?\s(?:(?:then|has|have|had)\s+){0,2}"
    r"(?:rose|risen|surged|grew|grown|climbed|jumped|increased|soared|expanded|swelled|"
    r"fell|fallen|dropped|declined|decreased|shrank|shrunk|slumped|plunged)\s+to\s+"
    + _NUMBER_HEDGE
    + r"\Z",
    re.IGNORECASE,
)


def _set_out_from(ctx: _DocContext, fig: _Figure) -> Period | None:
    """The earlier period of a level the sentence says moved to ``fig``, dated before it: a rate or multiple
    of the move spans the whole stretch from that period, not the year before."""
    window = ctx.figures[max(0, fig.index - LOOKBACK_FIGURES) : fig.index]
    before = [f for f in window if f.sentence.index == fig.sentence.index and f.end <= fig.start]
    if not before or fig.period is None:
        return None
    a = before[-1]
    if a.period is None or a.metric != fig.metric or a.period.end >= fig.period.start:
        return None
    return a.period if _MOVED_TO.fullmatch(ctx.text, a.end, fig.start) else None


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
    f_lo, f_hi = _factor_bounds(g)

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


def _factor_bounds(g: Growth) -> tuple[Decimal, Decimal]:
    """The least and greatest factor (later value / earlier value) the rate's rounding and hedge allow."""
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
    return f_lo, f_hi


def _derived_claim(ctx: _DocContext, claim: Claim, g: Growth, value: Decimal, low: Decimal | None,
                   high: Decimal | None, period: Period | None) -> Claim:
    """The figure a growth phrase implies from ``claim``: at the phrase, derived from that claim."""
    return replace(
        claim,
        start=g.start + ctx.doc.offset,
        end=g.end + ctx.doc.offset,
        surface=g.surface,
        value=value,
        value_high=None,
        interval_low=low,
        interval_high=high,
        qualifier="derived",
        period=period,
        status="actual",
        kind="derived",
        derived_from=claim.claim_id,
        linked_to="",
    )
