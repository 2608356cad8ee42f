"""Stage "period": the months a figure covers, from the periods its own clause
names, then the sentence, the paragraph's lead and heading, and lastly the figure
before it; relative periods ("last year") are placed against the document's date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..cues import status_cues
from ..growth import RESPECTIVELY
from ..numbers import NUMBER_WORDS
from ..periods import (
    BARE_YEAR,
    FISCAL_NAME,
    Period,
    PeriodMention,
    between,
    find_periods,
    fiscal_year,
    months,
    previous,
    same_part_of,
    years_back_to,
)
from .context import (
    _AMOUNT_HEDGE,
    _DAY_DATE,
    _SINCE_CLAUSE,
    LOOKBACK_FIGURES,
    MAX_SENTENCE_CHARS,
    TRADE_METRICS,
    _aside_or_date,
    _DocContext,
    _Figure,
    _look,
    _reach,
    _same_sentence,
    background_start,
)
from .metric import _listed_period, _span_ends
from .status import _already_past, _is_forecast_reference

#: "since 2017, when it stood at", "a strong August, when imports from China reached": a period directly
#: followed by a 'when' clause whose subject (up to five words, no figure, no clause break) reaches the figure
_WHEN_IT_WAS = re.compile(
    r",?\s*when\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,4}?\s+"
    r"(?:stood|was|were|amounted|totall?ed|reached|hit|came|peaked|topped|climbed|rose|jumped|surged)\s+"
    r"(?:at\s+|to\s+|in\s+at\s+)?"
    r"(?:(?:about|around|some|nearly|roughly|just|only|a\s+mere|a\s+record|an\s+all-time\s+high\s+of)\s+)?\Z",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(
    r"\b(?:in\s+)?the\s+(?:last|previous|prior|preceding)\s+(?:year|fiscal(?:\s+year)?|financial\s+year)\b",
    re.IGNORECASE,
)
# "$100 billion a year", "the current $66 billion": a level with no specific period
# (but "a year earlier" and "every year of his term" do name one)
_NO_PERIOD_REACH = 40  # "bilateral trade currently stands at about $5 billion"
_NO_PERIOD = re.compile(
    # ("$20 billion a year by 2030" is a rate reached in the year named)
    r"\b(?:each|every|a|per)\s+year\b(?!\s+(?:earlier|ago|before|later|after|of|on|to)\b"
    r"|\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b)"
    r"|\bannually\b|\bat present\b|\bnow\b|\bcurrently\b"
    # "the pre-pandemic level of $10.1 billion": an era, not a period
    r"|\bpre-?(?:pandemic|covid|covid-19|war|crisis|sanctions)\b"
    # "from about $2.5 billion a few years earlier": some time, not a period
    r"|\b(?:a\s+few|several|some|many|a\s+couple\s+of)\s+years\s+(?:earlier|ago|before|back|previously)\b"
    # "the current $66 billion" has no period; "the current fiscal year" is one
    r"|\bcurrent\b(?!\s+(?:fiscal|financial|calendar|year|quarter|month|half|period))",
    re.IGNORECASE,
)




def _no_period(text: str, lo: int, hi: int, found: list[PeriodMention]) -> bool:
    """Words between ``lo`` and ``hi`` say the figure has no specific period, unless they are part of a
    period the text names: "the current EFY", "the current Iranian year" (see fiscal_words)."""
    return any(
        not any(p.start <= m.start() < p.end for p in found) for m in _NO_PERIOD.finditer(text, lo, hi)
    )


def _resolve_period(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    _resolve_own_period(ctx, fig, done)
    if fig.period is not None and not fig.base and (later := _compared_with_same_months(ctx, fig, fig.period)):
        fig.period = later


_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:to|with)|from|than|on|over|against|versus|vs\.?)\s+\Z", re.IGNORECASE)


def _compared_with_same_months(ctx: _DocContext, fig: _Figure, period: Period) -> Period | None:
    """"Exports in January were €12bn, up 80% on the same month in 2024": a figure compared with the same
    months of a year is not of that year. When its own month named no year and was given the comparison's
    (an undated text whose newest year is that one), it is the year after; else None."""
    year = int(period.end[:4])
    if int(period.start[:4]) != year:
        return None
    found = ctx.periods_in(fig.sentence)
    if any(p.start < fig.start and p.period is not None and str(year) in p.surface for p in found):
        return None  # the figure's own words state that year
    nxt = next((f.start for f in _later(ctx, fig) if f.sentence.index == fig.sentence.index), fig.sentence.end)
    same = [p for p in found if fig.end <= p.start < nxt and p.kind == "same_period_in"]
    if not same or same[0].year != year or not _COMPARED_WITH.search(ctx.text, fig.end, same[0].start):
        return None  # "to 1.9 bn in the same period of 2013" is the figure's own period, not a comparison
    return previous(period, -1)


def _resolve_own_period(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    found = ctx.periods_near(fig)
    post = [p for p in found if fig.post[0] <= p.start < fig.post[1] + 1]
    pre = [p for p in found if fig.pre[0] <= p.start and p.end <= fig.pre[1]]
    same_sentence = _same_sentence(fig, done)
    leading = next((f for f in reversed(same_sentence) if f.period and not f.base), None)
    anchor = leading.period if leading is not None else None
    told = anchor
    # "to ¥5 trillion by 2030, from ¥1.51 trillion last year": a goal's year is no year to count back from
    reported = leading is None or leading.status == "actual"
    if anchor is None:
        anchor = next(
            (
                f.period
                for f in reversed(done[-LOOKBACK_FIGURES:])
                if f.period
                and not (f.base or f.recalled)
                and f.status == "actual"
                and f.metric in TRADE_METRICS
                and not _PAST_PERFECT.search(text, f.clause_start, f.start)
            ),
            None,
        )
        if any(p.kind == "anaphoric" for p in found):
            # "U.S. investors registered $1.1 billion over the period": the period the text last told of,
            # whatever its figure measured ("FDI rose to $21.3 billion in the first ten months")
            told = next(
                (
                    f.period
                    for f in reversed(done[-LOOKBACK_FIGURES:])
                    if f.period
                    and f.period_explicit
                    and not (f.base or f.change or f.recalled)
                    and f.status == "actual"
                    and not _PAST_PERFECT.search(text, f.clause_start, f.start)
                ),
                anchor,
            )
    if _toward_horizon(ctx, fig, same_sentence):
        return
    # (a year the figure's own words state wins over "currently" before it, and "currently" far before
    # it is about something else: "Peru is currently the United States' 28th largest goods trading
    # partner with $58.6 billion in total (two way) goods trade during 2024")
    # (nor over "now" after a span the clause names: "the deficit for the April-September period now
    # stands at $73.5 billion" is that span's running total)
    stated = any(p.kind == "absolute" and p.period is not None for p in post) or any(
        p.period is not None and p.role != "base" and p.kind in {"absolute", "relative"}
        and fig.clause_start <= p.start and p.end <= fig.start
        and _NO_PERIOD.search(text, p.end, fig.start)
        for p in pre
    )
    if _no_period(text, fig.post[0], fig.post[1], found) or (
        not stated and _no_period(text, max(fig.clause_start, fig.start - _NO_PERIOD_REACH), fig.start, found)
    ):
        fig.period = None  # "$100 billion a year", "the current $66 billion": no specific period
        return
    choice: PeriodMention | None = None
    so_far = (
        _since_this_year(ctx, fig, post, bool(same_sentence))
        or _listed_period(ctx, fig, found)
        or _span_ends(ctx, fig, found)
    )
    if so_far is not None:
        # "... since the start of the year"; "$4 billion and $7 billion in 2023 and 2024"
        fig.period, fig.period_explicit = so_far, True
        return
    # "tripled since 2017, when it stood at $1.4 billion": the period the 'when' clause names
    when = next((p for p in reversed(pre) if p.period is not None and _WHEN_IT_WAS.match(text, p.end, fig.start)), None)
    if when is not None:
        fig.period, fig.period_explicit, fig.recalled = when.period, True, True
        return
    # "Since trade peaked in 2011 at $108 billion, it has fallen ...": a level inside the 'since' clause
    # is of the year the clause names (the clause's year dates no figure after its comma)
    since_year = _since_clause_year(ctx, fig)
    if since_year is not None:
        fig.period, fig.period_explicit, fig.recalled = since_year, True, True
        return
    for cand in post + list(reversed(pre)):
        # a period right after the figure ("imports from Uganda were $180 million in 2024") is its own,
        # whatever 'from' came before; before the figure, a comparison base belongs to another figure
        # ("$7 billion from a year ago", "$5 billion, lower than in 2022": a cue between the figure and the
        # period makes it the comparison's, not the figure's)
        own = cand in post and cand.kind != "same_period_in" and not _CUE_BETWEEN.search(text, fig.end, cand.start)
        if cand.kind in {"since"} or (cand.role == "base" and not fig.base and not own):
            continue
        if _RELEASED.search(text, max(fig.sentence.start, cand.start - 24), cand.start):
            continue  # "data for January to May published last month": when the data came out
        choice = cand
        break
    period: Period | None = None
    if choice is not None and choice.period is not None and choice in pre and _names_comparison(text, choice, fig):
        # "rose 11% in FY2024-25, from $27 billion to $30 billion": the period named before the comparison
        # is the one the change reaches; the figure it started from is a period earlier
        fig.period, fig.period_explicit = previous(choice.period), True
        return
    if choice is not None:
        period = _period_of(ctx, choice, anchor, fig, told, reported)
        fig.period_explicit = True
        if (
            fig.base
            and leading is not None
            and leading.period is not None
            and period is not None
            and choice.kind == "absolute"
            and BARE_YEAR.fullmatch(choice.surface)
            and (part := same_part_of(leading.period, period)) is not None
        ):
            # "exports in January-July 2023 grew 16% to $815 million from $701 million in 2022": the
            # base of a part of a year is the same part of the year it names
            period = part
        if choice.kind == "target" and fig.status == "actual" and not _already_past(ctx, choice.period):
            fig.status = "target"  # "by 2030"; but "by 2023" in a 2023 article is an as-of date
    if (
        choice is None
        and fig.base
        and anchor is not None
        and reported
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
            and not any(f.pre[0] <= p.start < f.post[1] and not _names_comparison(text, p, f) for f in same_sentence)
            and not _RELEASED.search(text, max(fig.sentence.start, p.start - 24), p.start)
        ]
        if lead:
            period = _period_of(ctx, lead[-1], anchor, fig, told, reported)
            fig.period_explicit = period is not None
    if period is None and choice is None:
        ago = _AGO.search(text, _look(fig), fig.start)
        if ago and any(f.pre[0] <= ago.start() < f.post[1] for f in same_sentence):
            ago = None  # "... from $14.59bn a year ago, while exports fell to $2.43bn": the base's, not this one's
        if ago:
            fig.period = _years_ago(ctx, ago)
            fig.period_explicit = True
            return
        past = _PAST_YEAR.search(text, _look(fig), fig.start)
        if past is None and (after := _PAST_YEAR.search(text, fig.end, fig.post[1])) is not None:
            past = after if not text[fig.end : after.start()].strip(" ,") else None  # "$5 billion for the past year"
        if past and any(f.pre[0] <= past.start() < f.post[1] for f in same_sentence):
            past = None  # another figure's
        if past and ctx.date is not None:
            # "Over the past year, trade passed $50 billion": the last full year of statistics
            year = ctx.date.year - 1
            fig.period, fig.period_explicit = between(f"{year}-01", f"{year}-12"), True
            return
        background = background_start(text, fig)
        rest = [
            p
            for p in found
            if fig.post[1] <= p.start < background
            and p.role != "base"
            and p.kind not in {"since", "target"}
            and p.period is not None
            and not re.search(r"\bsince\b", text[fig.end : p.start], re.IGNORECASE)
            and not _RELEASED.search(text, max(fig.sentence.start, p.start - 24), p.start)
            and not _SAID_THAT.search(text, fig.end, p.start)
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
            (last := _last_level(same_sentence)) is not None
            and last.period is not None
            and (fig.base or not last.base)  # "from $52 billion to $53 billion": not the base's period
            and (last.status == fig.status or _is_forecast_reference(text, fig))
        ):
            # "beating the $10 billion forecast": the forecast was for the period reported
            # an aim does not take a reported figure's year ("... and we intend to bring it to $10 billion")
            period = last.period
        elif same_sentence and same_sentence[-1].period_explicit:
            period = None  # "$129 bln last year, while imports were $111 bln" in an undated article
        elif _RUNNING_SINCE.search(text, _reach(fig), fig.start) or any(p.kind == "since" for p in post + pre):
            fig.period = None  # "Since the agreement took effect in 2006, trade has totaled $550 billion": a
            return  # running total, not the period the article reports
        elif (
            fig.status == "actual"
            and fig.metric in TRADE_METRICS
            and not any(f.sentence.paragraph == fig.sentence.paragraph for f in done[-LOOKBACK_FIGURES:])
            and (led := _paragraph_period(ctx, fig, ("absolute", "relative"))) is not None
        ):
            # "Trade was $6.8 billion in 2023. || ... did not slow down in March. Exports amounted to $437
            # million": the paragraph's first figure takes the period its own lead names, not an older one's
            period = led
        else:
            period = _inherited_period(ctx, fig, done)
            if period is not None and fig.base:
                # "imports rose 2%, from $52 billion to $53 billion": the level the change started from is
                # a period before the one the text is reporting
                period = previous(period)
        if period is None and fig.metric in TRADE_METRICS and fig.status == "actual" and not _after_unknown(fig, done):
            period = _paragraph_period(ctx, fig) or _heading_period(ctx, fig) or _lead_period(ctx, fig)
        if period is None and fig.metric in TRADE_METRICS and not fig.base and not _after_unknown(fig, done):
            period = _opening_period(ctx, fig)
    fig.period = period


#: A time to come counted from now, right after the level a change is to reach: "from $4 billion to $10
#: billion in the next six years", "... within five years", "... in three years' time"
_HORIZON = re.compile(
    r"\s*,?\s+(?:(?:in|within|over)\s+(?:the\s+)?(?:next|coming)\s+(?P<n>\d{1,2}|[a-z]+)\s+years"
    r"|within\s+(?P<n2>\d{1,2}|[a-z]+)\s+years|in\s+(?P<n3>\d{1,2}|[a-z]+)\s+years['’]?\s+time)\b",
    re.IGNORECASE,
)
#: a move told in the past: "exports rose from $2 billion to $6 billion within four years" is history, not a
#: goal (but "expected to rise from" foresees one)
_PAST_MOVE = re.compile(
    r"\b(?:[a-z]+ed|rose|grew|fell|went|soared|shrank|sank)\s+(?:(?!to\b)[\w'’-]+\s+){0,4}from\s+\Z",
    re.IGNORECASE,
)
#: between the level a change starts from and the one it is to reach: "from $4 billion to "
_FROM_TO = re.compile(r"\s+to\s+" + _AMOUNT_HEDGE + r"\Z", re.IGNORECASE)


def _horizon_years(text: str, fig: _Figure) -> int | None:
    """How many years ahead the words right after ``fig`` set it: "in the next seven years" is 7."""
    m = _HORIZON.match(text, fig.end)
    if m is None:
        return None
    word = (m.group("n") or m.group("n2") or m.group("n3")).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _toward_horizon(ctx: _DocContext, fig: _Figure, same_sentence: list[_Figure]) -> bool:
    """ "doubling trade from $48 billion to $100 billion in the next seven years": the horizon is the time of
    the level to be reached, a goal (as "by 2030" makes one) for the year it ends in, or for the year the
    sentence already gave the same amount ("$100 billion by 2030, which means ... to $100 billion in the
    next seven years"); the level it starts from is the present, no period of its own. Settles the figure's
    period and says so, or leaves it to the other rules."""
    text = ctx.text
    if fig.base:
        after = next(iter(ctx.figures_after(fig)), None)
        if (
            after is None
            or after.sentence.index != fig.sentence.index
            or not _FROM_TO.match(text, fig.end, after.start)
            or _horizon_years(text, after) is None
            or _PAST_MOVE.search(text, fig.sentence.start, fig.start)
        ):
            return False
        fig.period, fig.period_explicit = None, False
        return True
    years = _horizon_years(text, fig)
    start = same_sentence[-1] if same_sentence else None
    if (
        years is None
        or start is None
        or not (start.base and _FROM_TO.match(text, start.end, fig.start))
        or _PAST_MOVE.search(text, fig.sentence.start, start.start)
    ):
        return False
    amount = (fig.members[0].value, fig.members[0].currency)
    restated = next(
        (
            f.period
            for f in reversed(same_sentence)
            if f.status != "actual" and f.period is not None and (f.members[0].value, f.members[0].currency) == amount
        ),
        None,
    )
    if restated is not None:
        fig.period = restated
    elif ctx.date is not None:
        fig.period = between(f"{ctx.date.year + years}-01", f"{ctx.date.year + years}-12")
    else:
        fig.period = None
    fig.period_explicit = True
    if fig.status == "actual":
        # the words before the move say what it is ("are expected to rise from ..."); else a goal, as "by 2030"
        cues = {c.value for c in status_cues().find(text, fig.sentence.start, start.start)} - {"actual"}
        fig.status = "forecast" if cues == {"forecast"} else "target"
    return True


#: a comparison cue between a figure and a period after it: "$7 billion from a year ago", "$5 billion, down
#: from 2022", "lower than the same period in 2022", "compared with 2023"
_CUE_BETWEEN = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\b", re.IGNORECASE)


#: Between a year and the level that year saw: "peaked in 2011 at $108 billion"
_YEAR_AT_LEVEL = re.compile(
    r"\s+(?:at|of)\s+(?:(?:about|around|some|nearly|roughly|almost|over|a\s+record|an\s+all-time\s+high\s+of)\s+)?",
    re.IGNORECASE,
)
#: a comparison cue between a period and the base figure after it: "in 2024, from $4 billion", "in May,
#: compared with $3 billion"; but not a spread: "estimates range from $17 million to $23 million"
_BASE_CUE_AFTER = re.compile(
    r"(?<!\brange\s)(?<!\branges\s)(?<!\branged\s)(?<!\branging\s)(?<!\bvaries\s)(?<!\bvarying\s)"
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\b[^.;]*\Z",
    re.IGNORECASE,
)


def _since_clause_year(ctx: _DocContext, fig: _Figure) -> Period | None:
    """The year of a 'since' clause that holds the figure: "Since exports peaked in 2011 at $9 billion" or
    "since exports hit $9 billion in 2011" (no clause break between 'since', the year and the figure)."""
    text = ctx.text
    for p in ctx.periods_in(fig.sentence, fig.pre[0], fig.post[1]):
        if p.kind != "absolute" or p.period is None or p.role == "base":
            continue
        opened = _SINCE_CLAUSE.search(text, max(fig.sentence.start, p.start - 100), p.start)
        if opened is None:
            continue
        if opened.start() < fig.start and fig.end <= p.start or _YEAR_AT_LEVEL.fullmatch(text, p.end, fig.start):
            return p.period
    return None


def _names_comparison(text: str, p: PeriodMention, base: _Figure) -> bool:
    """ "rose 11% in FY2024-25, from $27 billion to $30 billion", "In 2024, compared with $4 billion, ...":
    a period before a base figure's comparison cue, in its clause, is the period the comparison reaches,
    not the base's own."""
    return (
        base.base
        and base.pre[0] <= p.start
        and p.end <= base.pre[1]
        and p.role != "base"
        and p.kind in {"absolute", "relative"}
        and p.period is not None
        and _BASE_CUE_AFTER.search(text, p.end, base.start) is not None
    )


#: A time after the one just named, left undated: "the following decade", "a year later", "the next year"
_MOVED_ON = re.compile(
    r"\b(?:(?:the\s+)?(?:following|next|subsequent)\s+(?:decade|years?|quarters?|months?)|"
    r"(?:a|one|two|three|several|some|many)\s+(?:decades?|years?|months?)\s+later)\b",
    re.IGNORECASE,
)
_RUNNING_SINCE = re.compile(r"\b[Ss]ince\b(?![^,;]*\bthen\b)")
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
            # (a dateline's day, "Xinhua, May 16, 2017 ...:", says when it was written, not what it covers)
            found = [
                p
                for p in ctx.periods_in(sent)
                if p.kind == "absolute" and p.period is not None and not _DAY_DATE.fullmatch(p.surface.strip())
            ]
            return found[-1].period if found else None
        if bulleted:
            return None  # the list's first line is not a heading
    return None


def _paragraph_period(ctx: _DocContext, fig: _Figure, kinds: tuple[str, ...] = ("absolute",)) -> Period | None:
    """The last explicit period stated earlier in the paragraph ("... in 2023. ... totaling $3.9 billion")."""
    text = ctx.text
    for sent in reversed(ctx.paragraph_sentences[fig.sentence.paragraph][-12:]):
        if sent.index < fig.sentence.index:
            for p in reversed(ctx.periods_in(sent)):  # the last one stated
                if p.kind in kinds and p.role != "base" and p.period is not None and not _aside_or_date(text, p):
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


#: a period the opening sentence names only to compare with: "... in 2024 is expected to exceed the levels of 2023"
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|exceed\w*|surpass\w*|compared\s+(?:with|to)|against|versus|from|since"
    r"|(?:levels?|those|that|figures?)\s+(?:of|in))\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_FORESEES = re.compile(
    r"\b(?:is|are)\s+(?:expected|projected|forecast|predicted|set|likely)\s+to\b|\b(?:will|could|may)\s+[a-z]+",
)


def _opening_period(ctx: _DocContext, fig: _Figure) -> Period | None:
    """A news story's opening paragraph, when it holds no money figure, names the period its figures
    report ("Chile's exports fell in May as copper shipments slid"): a figure that names no period and
    takes none from the figures before it is of that period, even after a background figure of an older
    year. A forecast takes it only from an opening that foresees ("Trade in 2025 is expected to grow")."""
    if not ctx.sents:
        return None
    text = ctx.text
    opening = [s for s in ctx.sents[:4] if s.paragraph == ctx.sents[0].paragraph]
    if any(s.index in ctx.figure_sentences or s.index == fig.sentence.index for s in opening):
        return None
    if fig.status not in {"actual", "forecast"}:
        return None
    if fig.status == "forecast" and not any(_FORESEES.search(text, s.start, s.end) for s in opening):
        return None
    named = {
        p.period
        for s in opening
        for p in ctx.periods_in(s)
        if p.kind in {"absolute", "relative"}
        and p.role != "base"
        and p.period is not None
        and not _aside_or_date(text, p)
        and not _DAY_IN_SURFACE.search(p.surface)
        and not _COMPARED_BEFORE.search(text, max(s.start, p.start - 40), p.start)
    }
    return named.pop() if len(named) == 1 else None


_AGO = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|ten|\d{1,2})\s+(?P<unit>decade|decades|years?)\s+ago\b", re.IGNORECASE
)
#: "over the past year", "for the last year" (not "the past year's", nor a comparison "than the past year")
_PAST_YEAR = re.compile(
    r"\b(?:over|for|in|during|throughout)\s+the\s+(?:past|last)\s+year\b(?![-'’])", re.IGNORECASE
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


def _count_of(m: re.Match[str]) -> int:
    """How many units "a year ago", "two years ago", "3 decades ago" counts."""
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _SMALL.get(n, 1)


def _years_ago(ctx: _DocContext, m: re.Match[str]) -> Period | None:
    """ "A decade ago" in an article of 2023 is about 2013 (fuzzy: the writer rounds)."""
    if ctx.date is None:
        return None
    years = _count_of(m) * (10 if m.group("unit").lower().startswith("decade") else 1)
    year = ctx.date.year - years
    return Period(f"{year}-01", f"{year}-12", f"about {year}", True)


def _later(ctx: _DocContext, fig: _Figure) -> list[_Figure]:
    return ctx.figures_after(fig)


_BACK_WORD = re.compile(r"\b(?:last|previous|past|prior|preceding)\b", re.IGNORECASE)


def _since_this_year(
    ctx: _DocContext, fig: _Figure, post: list[PeriodMention], after_another: bool = False
) -> Period | None:
    """ "exports were $1.5 billion since the start of the year", "... since March": from then to the
    article's month. Only right after the figure ("the highest since January" names no period of it), or
    opening the sentence before any other figure of it ("Since January, exports have reached ...")."""
    if ctx.date is None:
        return None
    since = post[0] if post and re.fullmatch(r"[\s,]{0,3}", ctx.text[fig.end : post[0].start]) else None
    if since is None:
        # "Since January, Ukraine's exports to Poland have reached $0.98 billion": the sentence opens with it
        # (only near the sentence's start, past a dateline: a hostile one-line text is one sentence)
        head_end = min(fig.start, fig.sentence.start + _OPENING_REACH)
        opening = next((p for p in ctx.periods_in(fig.sentence, fig.sentence.start, head_end)), None)
        if (
            opening is not None
            and opening.kind == "since"
            and ctx.text[opening.end : opening.end + 1] == ","
            and _OPENS_SENTENCE.search(ctx.text[fig.sentence.start : opening.start])
            and not after_another
        ):
            since = opening
    if since is None or since.kind != "since" or since.period is None:
        return None
    if int(since.period.start[:4]) != ctx.date.year:
        return None  # "since 2017": a long run, not this year's total
    return between(since.period.start, f"{ctx.date:%Y-%m}")


_OPENING_REACH = 80  # "KYIV, 3 June 2025 -- Since January, ..."
#: nothing before a period but the sentence's start, or a dateline ending in a dash or colon
_OPENS_SENTENCE = re.compile(r"(?:\A\s*|(?:--|[—–:])\s*)\Z")


def _same_months_of_year(a: Period, b: Period) -> bool:
    """The same months of the year and the same length: "July-June" and 2024-07..2025-06."""
    return a.start[5:] == b.start[5:] and a.end[5:] == b.end[5:] and (
        int(a.end[:4]) - int(a.start[:4]) == int(b.end[:4]) - int(b.start[:4])
    )


#: "the nine months", with no "first" or year: months the text has just named
_THE_N_MONTHS = re.compile(r"(?:(?:in|during|for|over)\s+)?the\s+(\w+)\s+months", re.IGNORECASE)


def _period_of(
    ctx: _DocContext,
    pm: PeriodMention,
    anchor: Period | None,
    fig: _Figure,
    told: Period | None = None,
    reported: bool = True,
) -> Period | None:
    """The period mention ``pm`` gives the figure; ``anchor`` is the period it is compared with or
    follows, ``told`` the one "the period" points back to (the anchor, unless another figure told of
    one since); ``reported``: the anchor is a reported period, not a goal's or a forecast's, so "last
    year" and "a year ago" in a base count back from it."""
    kind = pm.kind
    if anchor is not None and reported and (running := _running_to(ctx, pm, anchor)) is not None:
        return running
    if kind in {"previous"}:
        if (
            anchor is None
            and fig.status == "actual"
            and _SAME_PERIOD.search(pm.surface)
            and (told := _last_reported(ctx, fig)) is not None
        ):
            # "exports reached record levels in the concluded fiscal year. ... Over $4 billion was earned in
            # the same period last year": with no figure to compare with, the period the text reported last
            anchor = told
        return previous(anchor) if anchor is not None else None
    if kind == "relative" and fig.base and anchor is not None and reported and _BACK_WORD.search(pm.surface):
        # "from $35 billion in the last fiscal year": the year before the one just compared;
        # but "from $8.9 billion in August" names its month, only its year is inferred
        return previous(anchor)
    if kind == "anaphoric":
        return told or anchor
    if kind == "relative" and (full := _FULL_YEAR.search(pm.surface)) is not None:
        return _full_year(ctx, fig, full, anchor)
    if (
        kind == "relative"
        and anchor is not None
        and reported
        and (fig.base or pm.role == "base")
        and (ago := _AGO.fullmatch(pm.surface.strip())) is not None
        and not ago.group("unit").lower().startswith("decade")
    ):
        # "to $16.3bn in FY25 from $14.59bn a year ago", "to $5bn in September from $4.8bn a year ago": a
        # base a year ago is the same months a year before the period compared, as "a year earlier" is
        return previous(anchor, _count_of(ago))
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
    if (
        kind == "relative"
        and ctx.date is None
        and anchor is not None
        and pm.period is not None
        and anchor.label.startswith("FY")
        and not fig.base
        and not _STATED_YEAR_IN.search(pm.surface)
        and pm.period.start[5:] == anchor.start[5:]
        and months(pm.period) < months(anchor)
        and abs(int(pm.period.start[:4]) - int(anchor.start[:4])) <= 1
    ):
        # ... and "the July-May period" after "FY2022-23" (July-June) is its first eleven months: a part of
        # a year counted from the fiscal year's start is of the fiscal year the text reports
        return previous(pm.period, int(pm.period.start[:4]) - int(anchor.start[:4]))
    if kind == "same_period_in" and pm.year is not None and anchor is not None:
        shift = years_back_to(anchor, pm.year) if fig.base else int(anchor.start[:4]) - pm.year
        return previous(anchor, shift) if shift > 0 else anchor
    if kind == "target" and fig.status == "actual" and fig.metric == "investment":
        return None  # "by 2023 the stock was $X": an as-of date, not a flow period
    return pm.period


#: a month said to end a running count: "were recorded as of mid-February", "imported until mid-February"
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|until|till)\s+(?:the\s+end\s+of\s+)?\Z", re.IGNORECASE)


def _running_to(ctx: _DocContext, pm: PeriodMention, anchor: Period) -> Period | None:
    """ "... in the first seven months of the fiscal year. Exports were Rs 87 billion as of mid-February": a
    month with no year after "as of" or "until" that ends the running span just reported (counted from the
    start of a fiscal or calendar year) is that span's end, so the figure is that running total, not the
    month's flow. None when the month is another, or names its year."""
    if (
        months(anchor) < 2
        or int(anchor.start[5:]) not in {1, ctx.fy_month}
        or _STATED_YEAR_IN.search(pm.surface)
        or not _AS_OF.search(ctx.text, max(0, pm.start - 24), pm.start)
    ):
        return None
    if pm.period is None:
        # undated: read the month in the year the span ends in
        again = find_periods(pm.surface, context_year=int(anchor.end[:4]), fy_start_month=ctx.fy_month)
        month = again[0].period if len(again) == 1 else None
    else:
        month = pm.period
    if month is None or months(month) != 1 or month.end[5:] != anchor.end[5:]:
        return None
    return anchor


#: a year written out: "the July-May period of 2023" places itself
_STATED_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b|\bFY\s?\d", re.IGNORECASE)


#: "the same period last year", "the corresponding period of the previous year": the period compared, a
#: year back (a bare "the previous year" may mean the year before the one just named, or just last year)
_SAME_PERIOD = re.compile(r"\b(?:same|corresponding|comparable|equivalent|like)\b", re.IGNORECASE)


def _last_reported(ctx: _DocContext, fig: _Figure) -> Period | None:
    """The last period an earlier sentence names for what happened, skipping sentences that hold a
    forecast or a target ("plans to earn $5 billion in the current fiscal year") and comparison bases."""
    aims = {f.sentence.index for f in ctx.figures[: fig.index] if f.status != "actual"}
    for sent in reversed(ctx.sents[max(0, fig.sentence.index - 12) : fig.sentence.index]):
        if sent.index in aims:
            continue
        for p in reversed(ctx.periods_in(sent)):
            if (
                p.kind in {"absolute", "relative"}
                and p.role != "base"
                and p.period is not None
                and not _aside_or_date(ctx.text, p)
                and not _DAY_IN_SURFACE.search(p.surface)
            ):
                return p.period
    return None


#: a day, not a period: "2023-08-24"
_DAY_IN_SURFACE = re.compile(r"\d{4}-\d\d-\d\d")


#: "the full year", "full-year", "the whole financial year" (see periods.py, rule "full_year")
_FULL_YEAR = re.compile(
    r"\b(?:full|whole|entire)[\s-]{1,2}(?:(?P<fisc>fiscal|financial)\s{1,3}|(?P<cal>calendar)\s{1,3})?year\Z",
    re.IGNORECASE,
)


def _full_year(ctx: _DocContext, fig: _Figure, full: re.Match[str], anchor: Period | None) -> Period | None:
    """ "expects full-year exports to exceed $470 billion": the whole year running at the article's date;
    a fiscal one when the words say so, or when the figures it follows count in fiscal years ("in the
    April-September first half of fiscal 2025 ... for the full year"). A reported figure ("full-year
    exports reached $405 billion" in January) is for the last year that has ended. After a part of a year
    in the same sentence ("exports in January-November 2023 were $56 billion, and the whole year's are
    projected at $60 billion") it is the year that part belongs to, whatever the article's date."""
    date = ctx.date
    part = _part_before(ctx, fig)
    fiscal = bool(full.group("fisc")) or (
        not full.group("cal") and anchor is not None and _fiscal_span(ctx, anchor) and _counts_in_fiscal_years(ctx, fig)
    )
    start = ctx.fy_month if fiscal else 1
    if part is not None:
        first_year, first_month = int(part.start[:4]), int(part.start[5:7])
        whole = fiscal_year(first_year + (start != 1 and first_month >= start), start)
        return whole if whole.start <= part.start and part.end <= whole.end else None
    if date is None:
        return None
    end_year = date.year + (start != 1 and date.month >= start)
    year = fiscal_year(end_year, start)
    if fig.status == "actual" and year.end > f"{date:%Y-%m}":
        year = previous(year)
    return year


def _part_before(ctx: _DocContext, fig: _Figure) -> Period | None:
    """The period of the sentence's last figure before ``fig`` when the words name it and it is shorter
    than a year: the part a "full year" after it completes."""
    for prev in reversed(ctx.figures[max(0, fig.index - LOOKBACK_FIGURES) : fig.index]):
        if prev.sentence.index != fig.sentence.index:
            return None
        if prev.base or prev.change or not prev.period_explicit:
            continue
        return prev.period if prev.period is not None and months(prev.period) < 12 else None
    return None


def _fiscal_span(ctx: _DocContext, period: Period) -> bool:
    """A fiscal year, or a part of one counted from its start ("April-September" where it starts in April)."""
    return period.label.startswith("FY") or (
        ctx.fy_month != 1 and int(period.start[5:7]) == ctx.fy_month and months(period) <= 12
    )


def _counts_in_fiscal_years(ctx: _DocContext, fig: _Figure) -> bool:
    """The article, up to the figure's sentence, dates a figure in fiscal years ("in FY25", "the first half
    of fiscal 2025"), and the economies it is about have a fiscal year apart from the calendar one."""
    if ctx.fy_month == 1:
        return False
    for sent in ctx.sents[: fig.sentence.index + 1]:
        for p in ctx.periods_in(sent):
            if p.period is not None and p.kind == "absolute" and (
                p.period.label.startswith("FY") or FISCAL_NAME.search(p.surface)
            ):
                return True
    return False


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


#: A release date, not the period the figures cover: "published last month", "released on 5 May"; likewise
#: the time of a saying: "the port operator said this month that ..." dates the words, not a figure
_RELEASED = re.compile(
    r"\b(?:published|released|issued|announced|unveiled|updated|revised|compiled|said|says|told|stated|noted"
    r"|added)\s+(?:on\s+|in\s+|at\s+)?\Z",
    re.IGNORECASE,
)


#: "DP World, which is building a $510 million terminal, said this month that volumes had risen this year":
#: what follows "said ... that" is the words reported, whose times are not those of a figure before it
_SAID_THAT = re.compile(
    r"\b(?:said|says|told|stated|noted|added|announced|reported)\b[^,;:.!?]{0,40}?\bthat\b", re.IGNORECASE
)


#: The past perfect looks back from the story's own time: "had sold", "had amounted to"
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:already|only|just|previously|earlier|also)\s+)?(?!to\b)[a-z]+(?:ed|en|wn|ld|ught|ood|un|one)\b"
)


def _last_level(same_sentence: list[_Figure]) -> _Figure | None:
    """The sentence's last figure before this one that is not a comparison base: in "rose to $6.8 billion
    in 2024 from $5.9 billion in 2023, narrowing the surplus to $2.4 billion" the surplus is 2024's."""
    return next((f for f in reversed(same_sentence) if not f.base), same_sentence[-1] if same_sentence else None)


def _inherited_period(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> Period | None:
    """Take the period of the previous figure about the same pair, in the paragraph or document."""
    pair = {fig.reporter, fig.counterpart}
    if fig.status != "actual":
        return None  # "aim to lift annual trade to $30 billion": a target's period is its own or none
    for prev in reversed(done[-LOOKBACK_FIGURES:]):
        if prev.base or prev.change or prev.recalled or prev.status != "actual":
            continue  # a comparison base, a past level or the size of a change does not date what follows
        if _PAST_PERFECT.search(ctx.text, prev.clause_start, prev.start):
            continue  # "in January-May 2024, Brazil had sold only $4.1 billion": a look back, as above
        if prev.period is None:
            if prev.period_explicit and prev.sentence.paragraph == fig.sentence.paragraph:
                return None  # "... $263 billion last year" in an undated article: what follows is as unknown
            continue
        if fig.metric == "investment" and prev.metric in TRADE_METRICS:
            return None  # "trade was $1.7 bln in January-May ... Russia has invested $9 bln": a stock, not that flow's
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


def _restated_periods(ctx: _DocContext, figures: list[_Figure]) -> None:
    """A headline or standfirst states a figure with no period ("Japan reports a $63 billion trade surplus
    with the US") that the body states again with one ("... ballooned to 9 trillion yen ($63 billion)" for
    the fiscal year): the same amount, currency, flow and countries, before any figure of the text had a
    period, is that figure, and takes its period when the body gives it only one."""
    for i, fig in enumerate(figures):
        if fig.period is not None:
            return  # past the opening: the figures after this one are the body's
        if fig.period_explicit or fig.base or fig.change or fig.status != "actual" or fig.metric not in TRADE_METRICS:
            continue
        amounts = {(m.value, m.value_high, m.currency) for m in fig.members}
        found = {
            later.period
            for later in figures[i + 1 :]
            if later.period is not None
            and not (later.base or later.change or later.recalled)
            and later.status == "actual"
            and (later.metric, later.reporter, later.counterpart) == (fig.metric, fig.reporter, fig.counterpart)
            and amounts & {(m.value, m.value_high, m.currency) for m in later.members}
        }
        if len(found) == 1:
            fig.period = found.pop()
            fig.claims = [replace(c, period=fig.period) for c in fig.claims]
