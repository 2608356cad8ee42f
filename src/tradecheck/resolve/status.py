"""Stage "status": actual, forecast or target, from the cue words around a figure
("expected to reach", "a target of"), settled once the period is known (a
forecast for a year already past is reported as stated).
"""

from __future__ import annotations

import re

from ..cues import status_cues
from ..extract import THRESHOLD_NOUNS
from ..growth import PERCENT
from ..periods import Period
from .context import _AMOUNT_HEDGE, CONDITION_WORDS, _DocContext, _Figure


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
    if _CONDITIONAL_AFTER.match(text, fig.end):
        fig.status, fig.conditional = "forecast", True  # "could lose as much as 50bn baht if ..."
        return
    if _LABELLED_GOAL.search(text, max(fig.sentence.start, fig.start - 40), fig.start):
        fig.status = "target"  # "a clear target: $15 billion in annual trade"
        return
    if _is_forecast_reference(text, fig):
        fig.status = "forecast"
        return
    status = "actual"
    for c in cues:
        if c.value == "actual":
            continue  # "exports bring in $5 billion a year": no cue, though "bring" is one
        if c.value == "target":
            status = "target"
        elif status != "target":
            status = "forecast"
    if status == "actual" and _EXPECTED_TO.search(text, start, fig.start):
        status = "forecast"  # "the government expected export earnings to fall to A$369 billion"
    elif (
        status == "actual"
        and _ELIDED_TO.match(text, start, fig.start)
        and _EXPECTED_TO_VERB.search(text, fig.sentence.start, start)
    ):
        # "expects exports this month to grow 35%, and full-year exports to exceed $600 billion": the
        # second object shares the first one's verb of foreseeing
        status = "forecast"
    elif status == "actual" and _MODAL.search(text, start, fig.start):
        status = "forecast"  # "trade will stay in the $4-5 bln range", "may cross Rs 6 lakh crore"
    if (
        status == "forecast"
        and re.search(r"\d" + PERCENT, text[start : fig.start])
        and not _FORESEEING.search(text, start, fig.start)
    ):
        status = "actual"  # "rose 5% to reach $X" reports a past move
    if status != "actual" and not _GOAL_AFTER.match(text, fig.end):
        if _KNOWN_AMOUNT.search(text, max(start, fig.start - 12), fig.start):
            status = "actual"  # "aims to address the $57 billion deficit": a known amount, not the aim
        elif _RELATIVE_PAST.search(text, max(start, fig.start - 40), fig.start):
            # "talks aimed at redressing the imbalance, which totaled $67.6 billion in 2018": a known amount
            # in an aside, background to the news, which dates nothing after it
            status, fig.recalled = "actual", True
    fig.status = status


#: A modal or a verb of foreseeing before a rate keeps the figure a forecast: "expects exports to grow 7-8%
#: this year, worth $321-325 billion", "exports could rise 5% to $X"
_FORESEEING = re.compile(
    r"\b(?:may|will|could|expect(?:s|ed)?|project(?:s|ed)?|forecasts?|predict(?:s|ed)?|anticipat(?:es?|ed)"
    r"|forese(?:e|es))\b",
    re.IGNORECASE,
)
#: the verbs of foreseeing that take an object and an infinitive ("expects exports to reach ...")
_FORESEE_VERBS = r"(?:expected|expects|expect|forecast|forecasts|projected|projects|predicted|predicts)"
#: "expected <what> to fall to": a forecast whose subject stands between the verb and "to"
_EXPECTED_TO = re.compile(
    r"\b" + _FORESEE_VERBS + r"\s+"
    r"(?:[\w'’-]+\s+){1,6}?to\s+(?:\w+\s+(?:to|at|by|about|around|some)\s+)?$",
    re.IGNORECASE,
)
#: a clause that is a second object and infinitive of the verb before it: ", and full-year exports to exceed"
_ELIDED_TO = re.compile(
    r"\s*,?\s*(?:and|but|with)\s+(?:[\w'’-]+\s+){1,5}?to\s+[a-z]+\s+"
    r"(?:(?:to|at|by|about|around|some|over|nearly|almost|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_EXPECTED_TO_VERB = re.compile(r"\b" + _FORESEE_VERBS + r"\b", re.IGNORECASE)
#: A condition right after the figure: what would happen, not what did
_CONDITIONAL_AFTER = re.compile(
    r"\s*,?\s+(?:(?:a|per|each)\s+year\s+|annually\s+|this\s+year\s+)?(?:" + CONDITION_WORDS
    + r"|should\s+the|were\s+the)\b",
    re.IGNORECASE,
)
#: A modal before a verb says what is to come, whatever the verb: "will stay", "may cross", "shall touch"
#: ("May" with a capital is the month)
_MODAL = re.compile(r"\b(?:[Ww]ill|[Ss]hall|may)\s+(?:(?:not|also|still|even|soon|likely|easily)\s+)?[a-z]+\b")
_LABELLED_GOAL = re.compile(
    r"\b(?:targets?|goals?|aims?|ambitions?|objectives?)\s*:\s*" + _AMOUNT_HEDGE + r"$", re.IGNORECASE
)
_KNOWN_AMOUNT = re.compile(r"\b(?:the|its|their|this|that|these)\s+$", re.IGNORECASE)
#: a relative clause in the past that states an amount: ", which totaled", ", which stood at"
_RELATIVE_PAST = re.compile(
    r",\s+(?:which|that)\s+(?:totall?ed|stood\s+at|amounted\s+to|reached|hit|was|were)\s+"
    + _AMOUNT_HEDGE + r"$",
    re.IGNORECASE,
)
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

#: "the $5 billion mark", "the $4-5 bln range": a line or band the flow is set against, not a known amount
_GOAL_AFTER = re.compile(r"\s+(?:" + THRESHOLD_NOUNS + r"|target|goal|range|band)\b", re.IGNORECASE)


def _already_past(ctx: _DocContext, period: Period | None) -> bool:
    return period is not None and ctx.date is not None and int(period.start[:4]) <= ctx.date.year


def _settle_status(ctx: _DocContext, fig: _Figure) -> None:
    """A forecast for a period that ended before the document was written is a reported value."""
    if fig.status == "forecast" and not fig.conditional and fig.period is not None and ctx.doc.date is not None:
        end_year, end_month = int(fig.period.end[:4]), int(fig.period.end[5:7])
        # ... unless the words say the forecast was made back then: "the Treasury had projected that
        # exports would exceed Sh110 billion in 2024" is what was foreseen, not what happened
        foreseen = _FORESEEN.search(ctx.text, max(fig.sentence.start, fig.start - 120), fig.start)
        # ... or that it still is a projection: "the whole year's value is projected to reach $60 billion",
        # written before the year's data are out (but "is estimated to be" gauges a year that has ended)
        foreseen = foreseen or _STILL_FORESEEN.search(ctx.text, max(fig.clause_start, fig.start - 60), fig.start)
        if (end_year, end_month) < (ctx.doc.date.year, ctx.doc.date.month) and foreseen is None:
            fig.status = "actual"


_STILL_FORESEEN = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|projected|forecast|predicted)\s+to\b", re.IGNORECASE
)
_FORESEEN = re.compile(
    r"\bhad\s+(?:been\s+)?(?:expected|projected|forecast|predicted|targeted|hoped|estimated|aimed)\b|\bwould\b",
    re.IGNORECASE,
)
