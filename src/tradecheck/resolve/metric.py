"""Stage "metric": what a figure measures (turnover, exports, imports, balance,
investment, GDP, other) and, for a balance, its sign. The cue word nearest the
figure decides; a figure with none takes the metric of the figure before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..countries import INSTITUTION_NOUNS
from ..cues import Cue, metric_cues
from ..growth import RESPECTIVELY
from ..periods import (
    Period,
    PeriodMention,
    between,
)
from .context import (
    _AMOUNT_HEDGE,
    CONTRAST_WORDS,
    LOOK_CHARS,
    LOOKBACK_FIGURES,
    MAX_SENTENCE_CHARS,
    TRADE_METRICS,
    _DocContext,
    _Figure,
    _is_target_phrase,
    _look,
    _same_sentence,
    _without_asides,
    background_start,
    flow_excess_sign,
)
from .status import _is_forecast_reference

# 'as' opens a clause ("China kept its spot as top partner for India"), but not in fixed phrases
# ("as much as" and "as far as" open none)
_CLAUSE_START = re.compile(
    r"[,;:—–]|\s(?:" + CONTRAST_WORDS + r"|but|when)\s|(?<!\bsuch)(?<!\bso)(?<!\bmuch)(?<!\bmany)(?<!\bfar)(?<!\blong)"
    r"(?<!\bwell)(?<!\bsoon)\sas\s(?!a\s+whole|well\b|much\b|many\b|long\b|of\b|far\b|soon\b)"
)
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:19|20)\d\d\s+|latest\s+|same\s+|official\s+|(?-i:[A-Z]{2,})\s+)?"
    r"(?:figure|number|total|amount|sum|value|level|volume)\b|\b(?:it|this)\s+(?:to|at|was|is|stood)\b"
    # (not the empty subject of a reporting verb: "It is reported that goods worth $5 mln were exported")
    r"(?!\s+(?:\w+ly\s+)?(?:reported|said|noted|stated|announced|known|understood|believed|expected|estimated"
    r"|learned|learnt|clear|worth\s+noting|noteworthy)\s+that\b)"
    r"|\b(?:raise|bring|boost|increase|double|lift|take|push|put|puts|estimate[sd]?)\s+it\b"
    r"|\b(?:it|this|that)\s+compares\s+(?:with|to|against)\b",  # "That compares with $845 million in Q2 2023"
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile(
    r"\b(?:totall?ing|in\s+total|combined|altogether|all\s+told|(?:for|with)\s+a\s+total\s+of)\b", re.IGNORECASE
)




def _metric_cues(text: str, start: int, end: int) -> list[Cue]:
    out: list[Cue] = []
    for a, b in _without_asides(text, start, end):
        out.extend(metric_cues().find(text, a, b))
    # a word of an institution's name counts only when nothing else names a metric: in "RM352.9
    # billion ... cited by the Ministry of Investment, Trade and Industry" it says nothing, in "The
    # Board of Investments approved projects worth ₱126.8 billion" it is all there is
    named = [c for c in out if not _in_a_name(text, c)]
    return named or out


#: An institution whose name goes on with capitalised words: "the Ministry of Investment, Trade and
#: Industry", "the Board of Investment", "the Department for Business and Trade"
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:" + "|".join(INSTITUTION_NOUNS) + r")\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*,?\s+(?:and\s+|&\s+)?)*\Z"
)


def _in_a_name(text: str, cue: Cue) -> bool:
    """A capitalised metric word inside an institution's name says nothing of what a figure measures."""
    return cue.text[:1].isupper() and _INSTITUTION_BEFORE.search(text, max(0, cue.start - 80), cue.start) is not None


_LOSS_BEFORE = re.compile(r"\b(?:lose|loses|lost|losing)\s+(?:(?:about|over|more\s+than|nearly|some)\s+)?\W{0,2}\Z",
                          re.IGNORECASE)


_COST_VERB = re.compile(r"costs?|costing", re.IGNORECASE)
#: What may stand between the flow and "cost": "imports alone cost", "imports from China cost"
_FLOW_THEN_COST = re.compile(r"(?:\s+(?:alone|together|combined|from|to|of)\b(?:\s+(?:the\s+)?[A-Z][\w-]*){0,3})*\s+")
#: "a $3 billion gap": the noun "gap" right after the amount it qualifies
_GAP_AFTER = re.compile(r"\s*-?\s*gap\b", re.IGNORECASE)
#: nothing but a hyphen between an amount and the noun it qualifies: "a $9 billion deficit", "a $9-billion surplus"
_NOUN_RIGHT_AFTER = re.compile(r"\s*-?\s*")
_IN_FLOW = re.compile(r"\s+(?:worth\s+)?in\s+(?:\w+\s+)?(?:exports?|imports?|shipments|purchases|sales|FDI)\b")


#: "a trade imbalance in Chile's favour, which reached": the balance favours a named side
_IN_SOMEONES_FAVOUR = re.compile(
    r"\b(?:imbalance|gap|balance|deficit|surplus)\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"
    r"['’]s?\s+favou?r\b",
    re.IGNORECASE,
)


#: "$50 billion, of which exports made up $30 billion": what follows names a part of the figure, not the figure
#: (not "of this": "$3 billion of this year's exports" names the figure's own flow)
_PART_FOLLOWS = re.compile(r",?\s*(?:out\s+)?of\s+which\b", re.IGNORECASE)


def _before_a_part(text: str, start: int, end: int) -> int:
    """Where a clause naming a part of the figure begins in text[start:end] (see ``_PART_FOLLOWS``); else end."""
    found = _PART_FOLLOWS.search(text, start, end)
    return found.start() if found else end


def _resolve_metric(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    pre = [c for c in _metric_cues(text, *fig.pre) if c.value != "none"]
    post_end = _before_a_part(text, fig.post[0], fig.post[1])
    post = [c for c in _metric_cues(text, fig.post[0], post_end) if c.value != "none"]
    same_sentence = _same_sentence(fig, done)
    chosen: Cue | None = None
    if pre:
        chosen = pre[-1]
        # "foreign direct investment (FDI) inflows": investment, not imports
        # ... and "Japan was India's largest source of foreign direct investment, with equity inflows of
        # $3.1 billion": inflows in a clause about investment are capital, not goods
        if _FLOWS.fullmatch(chosen.text) and not _FLOW_OF_GOODS.match(text, chosen.end):
            earlier = _metric_cues(text, _look(fig), chosen.start)
            chosen = next((c for c in reversed(earlier) if c.value == "investment"), chosen)
        # "Exports to the United States, Japan's largest export market, rose ...": the market describes
        # the partner; the flow named first is the clause's subject
        if _MARKET_NOUN.fullmatch(chosen.text):
            chosen = next((c for c in pre if c.value == chosen.value), chosen)
        # "Cotton imports alone cost Tk 16,800 crore": what a flow cost is its value, an import bill
        flow = pre[-2] if len(pre) > 1 else None
        if (
            flow is not None
            and _COST_VERB.fullmatch(chosen.text)
            and flow.value in {"imports", "exports"}
            and _FLOW_THEN_COST.fullmatch(text, flow.end, chosen.start)
        ):
            chosen = flow
        balance = [c for c in pre if c.value == "trade_balance" and c.start >= _clause_of(text, fig, chosen.start)]
        if chosen.value == "trade_total" and balance:
            chosen = balance[-1]  # "the deficit in goods and services trade was $35.7 billion"
        # "recorded a trade deficit for the year but racked up a $63 billion surplus with the US": the noun
        # the amount qualifies, in the amount's own clause, outweighs a cue of an earlier clause (one that
        # says the same keeps its place: the parties are read from the clause it opens)
        if (
            post
            and _NOUN_AFTER.fullmatch(text, fig.end, post[0].start)
            and (post[0].value, post[0].sign) != (chosen.value, chosen.sign)
            and chosen.start < _clause_of(text, fig, fig.start)
        ):
            chosen = post[0]
    elif (
        post
        and not (same_sentence and _is_forecast_reference(text, fig))
        # "CAPMAS puts the 2024 figure higher, at $7.1 billion, partly because Egypt values its imports
        # differently": the figure referred back to is the one before, whatever the words after it say
        and not (done and _REFERS_BACK.search(text, fig.pre[0], fig.start))
    ):
        chosen = post[0]
    if post and _IN_FLOW.match(text, fig.end) and post[0].start - fig.end <= 12:
        chosen = post[0]  # "a table showing $146.2 billion in imports from Vietnam": the words right after
    elif (
        post
        and post[0].value == "trade_balance"
        and (chosen is None or chosen.value != "trade_balance")
        and _NOUN_RIGHT_AFTER.fullmatch(text, fig.end, post[0].start)
    ):
        # "trade between Peru and Chile reached a $9 billion deficit": the noun the amount qualifies is what it
        # measures, whatever the clause's subject (a balance named before keeps its place as the clause's cue)
        chosen = post[0]
    anchor = chosen.start if chosen is not None and chosen.start < fig.start else fig.start
    fig.clause_start = fig.pre[0]
    for m in _CLAUSE_START.finditer(text, fig.pre[0], anchor):
        fig.clause_start = m.end()
    if chosen is not None and chosen.value == "trade_total" and _LOSS_BEFORE.search(text, fig.pre[0], fig.start):
        fig.metric, fig.sign = "trade_balance", -1  # "lost $1 trillion a year in trade with China": a deficit
    elif chosen is not None:
        fig.metric, fig.sign = chosen.value, chosen.sign
    elif levels := [f for f in same_sentence if not f.tiny]:
        # (not from a price or ratio before it: "for every US$1 it exports, accounted for $7.2 billion")
        fig.metric, fig.sign = levels[-1].metric, levels[-1].sign
    else:
        prior = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.paragraph == fig.sentence.paragraph]
        earlier = [c for c in _metric_cues(text, _look(fig), fig.start) if c.value != "none"]
        stop = min(background_start(text, fig), fig.end + LOOK_CHARS)
        later = [c for c in _metric_cues(text, fig.end, _before_a_part(text, fig.end, stop)) if c.value != "none"]
        # "CAPMAS puts the 2024 figure slightly higher, at $7.1 billion": the figure before, even across
        # a paragraph break and whatever the words after it name ("because Egypt values its imports ...")
        back_match = _REFERS_BACK.search(text, _look(fig), fig.start) if done else None
        back = back_match is not None
        # "The DOSM figure compares with ...": the figure that source gave
        source = next(iter(re.findall(r"\b[A-Z]{2,}\b", back_match.group())), "") if back_match else ""
        if earlier:
            fig.metric, fig.sign = earlier[-1].value, earlier[-1].sign
        elif later and (not back or later[0].start - fig.end <= 2):
            # "a $200 billion or $250 billion deficit": a list shares the noun after it, and
            # "It is a $62 billion investment" names its own
            fig.metric, fig.sign = later[0].value, later[0].sign
        elif (named := _pronoun_referent(ctx, fig)) is not None:
            # "We want more Polish investment in Korea. Today it is less than $100 million": 'it' is
            # what the sentence before named, not the figure before that
            fig.metric, fig.sign = named.value, named.sign
            if not prior:
                # "Exports to Chile keep growing. || In 2021, it barely exceeded $2 billion": a paragraph
                # opening on a pronoun goes on with the sentence before it, countries and all
                fig.subject_sentence = fig.sentence.index - 1
        elif prior:
            target = _referent(done, source, text) if back else prior[-1]
            fig.metric, fig.sign = target.metric, target.sign
            if fig.metric == "trade_balance" and _is_target_phrase(text, fig):
                fig.metric, fig.sign = "trade_total", 0  # "a deficit of $57 billion ... a target of $100 billion"
        elif (named := _previous_sentence_cue(ctx, fig)) is not None:
            # "Germany's trade surplus in 2022 was at a low. ... the key indicator fell to €79.7 billion"
            fig.metric, fig.sign = named.value, named.sign
            fig.subject_sentence = fig.sentence.index - 1
        elif back or (done and _is_target_phrase(text, fig) and done[-1].metric in TRADE_METRICS):
            # "Kazakhstan's statistics bureau puts the figure at $3.9 billion", "raise it to $10 billion"
            target = _referent(done, source, text)
            fig.metric, fig.sign = target.metric, target.sign
            if not back:
                fig.metric, fig.sign = "trade_total", 0  # "set a target of $100 billion": bilateral trade
            fig.refers_back, fig.referent = True, target.index
        else:
            fig.metric = "other"
    if chosen is None and _origin_goods(ctx, fig):
        # "The EU remained Poland's largest market, taking $9 billion of Polish goods": the goods of a
        # named origin that the subject takes are that origin's exports, whatever the sentence before measured
        fig.metric, fig.sign = "exports", 0
    # "exported $4 bn and imported $61 bn, totalling $65 bn": a total of exports and imports
    if _TOTAL_WORDS.search(text, *fig.pre) and {"exports", "imports"} <= {f.metric for f in same_sentence}:
        fig.metric, fig.sign = "trade_total", 0
    if _CHANGE_AMOUNT.match(text[fig.end : fig.end + 30]):
        fig.metric, fig.sign = "other", 0  # "a $900 million decline in phone exports" is a change, not a level
    elif _ECONOMY_SIZE.match(text[fig.end : fig.end + 30]) or _ECONOMY_WORTH.search(text, fig.pre[0], fig.start):
        fig.metric, fig.sign = "gdp", 0
    if fig.per_unit == "price":
        fig.metric, fig.sign = "other", 0  # "maize sells at $280 per tonne": a price, not a value of trade
    if fig.metric in TRADE_METRICS and _FACILITY_AFTER.match(text, fig.end):
        fig.metric, fig.sign = "other", 0  # "is building a $100 million plant": what a site costs, not trade
    if excess := flow_excess_sign(text, max(fig.sentence.start, fig.start - 120), fig.start):
        fig.metric, fig.sign = "trade_balance", excess  # "exports exceeded imports by $5 billion": a surplus
    if fig.metric == "trade_balance" and fig.sign == 0:
        around = text[_look(fig) : min(fig.sentence.end, fig.end + 40)]
        if re.search(r"\b(?:negative|deficit|in\s+the\s+red)\b", around, re.IGNORECASE):
            fig.sign = -1  # "the trade balance was negative at $5.2 billion"
        elif re.search(r"\b(?:favou?r|positive|surplus)", around, re.IGNORECASE):
            fig.sign = 1
    if fig.metric == "trade_balance" and _IN_SOMEONES_FAVOUR.search(text, _look(fig), fig.start):
        fig.sign = 1  # "the imbalance in Chile's favour": a surplus of the side it favours, however it is named
    if chosen is None and fig.metric not in TRADE_METRICS and _GAP_AFTER.match(text, fig.end):
        given = next((f for f in reversed(done) if f.metric == "trade_balance" and not f.change), None)
        if given is not None:
            # "Although the 2021 $3 billion gap seemed high": in an article that gave a balance, a "gap" the
            # amount qualifies is that balance again, with its sign and its sides
            fig.metric, fig.sign = "trade_balance", given.sign
            fig.refers_back, fig.referent = True, given.index
    respective = _respective_metric(ctx, fig)
    if respective is not None:
        fig.metric, fig.sign = respective.value, respective.sign


#: "$9 billion of Polish goods", "$2 billion worth of Chilean products": goods of a named origin
_OF_ORIGIN_GOODS = re.compile(
    r"\s+(?:worth\s+)?of\s+(?P<origin>[A-Z][\w-]*)\s+(?:goods|products|merchandise|produce|wares)\b"
)
#: "a $100 million plant", "a $510 million container terminal": the amount is what a facility costs
_FACILITY_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:(?!(?:of|in|from|to|for|worth|and|or)\b)[a-z-]+\s+){0,2}"
    r"(?:plant|factory|facility|refinery|smelter|mill|terminal|plants|factories|facilities|refineries)\b"
)


def _origin_goods(ctx: _DocContext, fig: _Figure) -> bool:
    """The words right after the figure are "of <demonym> goods"."""
    m = _OF_ORIGIN_GOODS.match(ctx.text, fig.end)
    return m is not None and any(
        c.form == "demonym" for c in ctx.countries_between(m.start("origin"), m.end("origin"))
    )


#: Between an amount and the noun it qualifies: "$63 billion surplus", "a $2-billion deficit"
_NOUN_AFTER = re.compile(r"[\s-]{0,2}")
_FLOWS = re.compile(r"(?:in|out)flows?", re.IGNORECASE)
#: "inflows of Japanese steel": goods, whatever else the sentence says
_FLOW_OF_GOODS = re.compile(r"\s+of\s+(?:[A-Z][\w-]*\s+)?(?!capital\b|funds?\b|money\b)[a-z]")
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


#: "..., after Uganda, which took Sh148 billion": a figure in a relative clause tacked on at the end
_IN_RELATIVE_ASIDE = re.compile(r",\s+which\s+[^,;:]*\Z")


def _referent(done: list[_Figure], source: str = "", text: str = "") -> _Figure:
    """The figure "the figure" or "it" refers back to: the last level (a price per tonne is no
    referent), or the last one credited to ``source`` when the phrase names it ("The DOSM figure");
    and not an export or import part of a total given just before it ("Trade totalled $6.6 billion in
    2024. Turkey's exports accounted for $3.9 billion of that. ... puts the 2024 figure higher"): a
    breakdown does not take the reference."""
    recent = done[-LOOKBACK_FIGURES:]
    levels = [f for f in recent if f.metric != "other" and not f.per_unit] or recent
    # a figure in a side remark (", which took ...") is not what a later "the figure" refers to
    levels = [
        f for f in levels if not (text and _IN_RELATIVE_ASIDE.search(text, f.sentence.start, f.start))
    ] or levels
    last = levels[-1]
    if source:
        last = next((f for f in reversed(levels) if source.lower() in f.attribution.lower()), last)
    if last.metric in {"exports", "imports"}:
        pair = {last.reporter, last.counterpart}
        for f in reversed(recent[: recent.index(last)]):
            if f.sentence.paragraph != last.sentence.paragraph:
                break
            if f.metric == "trade_total" and f.period == last.period and {f.reporter, f.counterpart} == pair:
                return f
    return last


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


_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[\s,;:])(?:it|this|that)\s+"
    # an adverb or two may come first: "it only slightly exceeded"
    r"(?:(?:only|just|already|still|also|even|barely|slightly|merely|then|again)\s+){0,3}"
    r"(?:is|was|stands|stood|remains|remained|exceeded|reached|totall?ed|amounted|topped|hit|surpassed)\b",
    re.IGNORECASE,
)


def _pronoun_referent(ctx: _DocContext, fig: _Figure) -> Cue | None:
    """What a pronoun subject before the figure stands for: the last metric the sentence before names,
    when that sentence (in the same paragraph) has no figure of its own."""
    if not _PRONOUN_SUBJECT.search(ctx.text, fig.clause_start, fig.start):
        return None
    i = fig.sentence.index - 1
    if i < 0:  # (the sentence before may end the paragraph before: a paragraph may open on the pronoun)
        return None
    if any(f.sentence.index == i for f in ctx.figures[max(0, fig.index - 8) : fig.index]):
        return None
    prev = ctx.sents[i]
    cues = [c for c in _metric_cues(ctx.text, prev.start, prev.end) if c.value not in {"none", "other"}]
    return cues[-1] if cues else None


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
_MARKET_NOUN = re.compile(
    r"\b(?:export|import)\s+(?:market|destination|source|supplier|partner)s?\b", re.IGNORECASE
)
