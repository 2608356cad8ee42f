"""Stage "attribution": the agency or person a figure is credited to: a source in
its own clause or sentence first, then a quote's speaker, then the paragraph's.
"""

from __future__ import annotations

import bisect
import re

from .context import LOOK_CHARS, LOOKBACK_FIGURES, _DocContext, _Figure

_DATA_SHOWED = re.compile(
    r"\b(?:the|these|those)\s+(?:latest\s+|same\s+)?(?:data|figures|statistics|report)\s+(?:also\s+)?"
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
