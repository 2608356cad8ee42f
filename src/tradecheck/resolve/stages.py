"""Runs the stages over a document, in the order of ``STAGES``, and builds the
claims of each figure: its value signed for a balance, its currency read in the
economy's own money, its interval, and the link between a figure and its
conversion ("7.2 trillion yen ($64 billion)").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import Any

from ..countries import (
    CountryMention,
    find_countries,
    listed_fiscal_start,
    reporter_of,
    trade_year_is_calendar,
)
from ..document import Document
from ..errors import LexiconError
from ..extract import Mention, currency_aliases, find_currency_token, mentions, segment
from ..lexicon import rows
from ..numbers import scale_factor
from ..periods import with_fiscal_start
from .context import (
    _DATELINE_PLACE,
    _EVERY_SPAN,
    DATELINE_CHARS,
    MAX_SENTENCE_CHARS,
    Claim,
    _correction_notes,
    _DocContext,
    _Figure,
    _figures,
    _outside_datelines,
    _retracted,
    _sentence_text,
)
from .derive import _attach_growth
from .metric import _resolve_metric
from .parties import _rehome_totals, _resolve_countries, economy_partner
from .period import _resolve_period, _restated_periods
from .scope import _resolve_scope
from .source import _resolve_attribution
from .status import _resolve_status, _settle_status


def resolve_document(doc: Document) -> list[Claim]:
    """Every claim in one document: stated figures and the figures growth rates imply."""
    text = doc.text
    if find_currency_token(text) is None:
        return []  # no currency, no money figure: skip the rest
    sents = segment(text)
    found = find_countries(text)
    ments = mentions(text, sents, _home_dollar(doc, found))
    if not ments:
        return []
    countries = _outside_datelines(text, found)
    # attribution sits in the figure's sentence, the one before or after ("The statement came from X",
    # a quote closed by "X said"), or opens the paragraph
    paragraphs = {m.sentence for m in ments}
    ctx = _DocContext(doc, sents, countries, paragraphs, ments)
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
    _restated_periods(ctx, figures)
    _rehome_totals(ctx, figures)
    _attach_growth(ctx, figures)
    # a figure a correction note withdraws ("An earlier version of this article said ...") is resolved, so
    # that the corrected figure after it can read its context, but the text no longer claims it
    notes = _correction_notes(text, figures)
    claims = [c for fig in figures if not _retracted(text, fig, notes) for c in fig.claims]
    return _finish(doc, claims)




#: Below this many units of money, with no scale word to lift it, an amount is a price, a fee or a ratio
#: ("for every US$1 it exports", "$67 a barrel"), never a flow between economies
_SMALLEST_FLOW = 100


def _resolve_figure(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    _resolve_metric(ctx, fig, done)
    if fig.metric != "other" and all(m.value < _SMALLEST_FLOW for m in fig.members):
        fig.metric, fig.tiny = "other", True
    _resolve_scope(ctx, fig, done)
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
    if not reporter and fig.members:
        # a national statistics office counts in its own money: "Sh150.9 billion ($1.17 billion)" between
        # Kenya and Tanzania is Kenya's figure; the dollar, the world's unit of account, says nothing
        flow_owner = economy if fig.metric in {"exports", "imports", "trade_balance"} else None
        written = _local_currency(ctx, fig.members[0], flow_owner, fig)
        home = _home_country(written) if written != "USD" else ""
        if home and home in {economy, partner}:
            reporter = home
    # "FY2024-25" is the fiscal year of the economy whose statistics the figure is: Bangladesh's
    # exports run July to June even in an article that mostly follows India's April to March; but a
    # fiscal year whose months the text stated ("fiscal 2025, which ended on Sept 30") keeps them
    owner = economy if fig.metric in {"exports", "imports", "trade_balance"} else reporter
    fy_start = listed_fiscal_start(owner) if owner and not trade_year_is_calendar(owner) else None
    if (
        fig.period is not None
        and fy_start not in (None, 1, ctx.fy_month)
        and int(fig.period.start[5:]) == ctx.fy_month
    ):
        fig.period = with_fiscal_start(fig.period, fy_start)
    first_id = ""
    for i, m in enumerate(fig.members):
        value, high = m.value, m.value_high
        low_i, high_i = _interval(m)
        sign = -1 if fig.metric == "trade_balance" and fig.sign < 0 and not fig.change else 1
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
            currency=_local_currency(ctx, m, owner, fig),
            interval_low=low_i,
            interval_high=high_i,
            qualifier=m.qualifier,
            status=fig.status,
            scope=fig.scope,
            # "exports to Chile rose by $1.2 billion": a change, not a level, so an `other` figure about
            # one country, unsigned (which way it moved is in the derived row)
            metric="other" if fig.change else fig.metric,
            economy=economy,
            partner="" if fig.change else partner,
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


def _local_currency(ctx: _DocContext, m: Mention, owner: str | None = None, fig: _Figure | None = None) -> str:
    """ "Rs 750 billion" in an article about Pakistan is Pakistani rupees; "Sri Lanka's imports from India
    were Rs. 1.45 trillion" are Sri Lankan rupees, as a country reports its own flows in its own money,
    however often the article names India. Failing the figure's owner and the article's main country,
    the countries of its sentence decide: "a ¥15 billion currency swap with the People's Bank of China"
    is in yuan; failing those, the article's countries by rank. The default's own country, met first,
    keeps the default."""
    table = _local_currency_table()
    surface = m.surface.lower()
    home = _home_country(m.currency)

    def own(country: str | None) -> str | None:
        if country and country == home:
            return m.currency
        for word, code in table.get(country or "", ()):
            if surface.startswith(word) or (surface.endswith(" " + word) and _bare_before(surface, word)):
                return code
        return None

    for country in (owner, ctx.main):
        if (found := own(country)) is not None:
            return found
    if fig is None or _shared_word().search(surface) is None:
        return m.currency
    # (a bounded slice of the sentence: a hostile one-line text is one sentence)
    lo = max(fig.sentence.start, fig.start - MAX_SENTENCE_CHARS)
    hi = min(fig.sentence.end, fig.end + MAX_SENTENCE_CHARS)
    for c in ctx.countries_between(lo, hi):
        if (found := own(c.code)) is not None:
            return found
    # failing those, the article's countries by rank: "2.1 trillion pesos in export duties" in an article
    # about Argentina's trade with Brazil is Argentine, though Brazil is named more often
    for country in ctx.ranked:
        if (found := own(country)) is not None:
            return found
    return m.currency


def _home_dollar(doc: Document, countries: list[CountryMention]) -> str | None:
    """The dollar of the country a story comes from, when its money is a dollar but not the US one.

    The outlet says it ("The Canadian Press"); failing that, a local paper's dateline ("OTTAWA -"): a
    story is written in the money of the place it is written for. A wire's dateline ("CANBERRA, Aug 24
    (Xinhua) -") names where the story was filed, for readers anywhere: its bare dollar stays the US one.
    """
    home = reporter_of(doc.publisher) if doc.publisher else None
    if home is None:
        line = _DATELINE_PLACE.search(doc.text, 0, DATELINE_CHARS)
        if line is not None and not line["wire"]:
            a, b = line.span("place")
            home = next((c.code for c in countries if a <= c.start < b), None)
    return _dollars().get(home or "")


@cache
def _dollars() -> dict[str, str]:
    """Countries whose money is a dollar other than the US one, and its code (Canada: CAD)."""
    codes = {a.code for a in currency_aliases() if a.suffix and a.alias.lower().endswith(" dollars")} - {"USD"}
    return {home: code for code in sorted(codes) if (home := _home_country(code))}


def _bare_before(surface: str, word: str) -> bool:
    """Is the shared ``word`` at the end of ``surface`` written on its own, right after the number or its
    scale ("50 billion rupees"), not under a country's name ("50 billion Indian rupees", which stays
    the named country's money wherever the article is from)?"""
    before = surface[: -len(word)].split()
    last = before[-1] if before else ""
    if last[:1].isdigit():
        return True
    try:
        scale_factor(last)
    except KeyError:
        return False
    return True


@cache
def _shared_word() -> re.Pattern[str]:
    """A surface that starts with a shared currency word or ends with one after a space."""
    words = sorted({re.escape(word) for words in _local_currency_table().values() for word, _ in words})
    alternation = "|".join(words)
    return re.compile(rf"^(?:{alternation})|\s(?:{alternation})$")


@cache
def _home_country(currency: str) -> str:
    """The country a national currency belongs to: an ISO 4217 code starts with its ISO 3166 alpha-2
    code (JPY, Japan; INR, India); "" for shared ones (EUR, XOF)."""
    import pycountry

    found = pycountry.countries.get(alpha_2=currency[:2])
    return str(found.alpha_3) if found is not None and not currency.startswith("X") else ""


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
