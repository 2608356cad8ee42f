"""Stage "countries": who is the economy and who the partner. Roles come from the
words around each country name ("exports to", "imports from", "trade between");
what a figure's own windows leave open is inherited from the figure before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from ..countries import CountryMention
from ..cues import metric_cues
from ..growth import RESPECTIVELY
from ..lexicon import word_set
from ..periods import (
    Period,
    contains,
    load_lexicon,
)
from .context import (
    CONTRAST_WORDS,
    GUESSED_PAIR,
    LOOK_CHARS,
    LOOKBACK_FIGURES,
    MAX_SENTENCE_CHARS,
    STATED_PAIR,
    TRADE_METRICS,
    _DocContext,
    _Figure,
    _look,
    _product_words,
    _reach,
    _same_sentence,
    background_start,
)
from .metric import _MARKET_NOUN, _sentence_figures

#: A sentence opening with a name, then an apposition between commas, then the clause.
#: A proper name of up to four capitalised words: "The US", "Germany", "the United Arab Emirates"
_PROPER_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_APPOSITIVE_SUBJECT = re.compile(
    rf"\s*(?P<subject>{_PROPER_NAME}),\s+(?P<apposition>[^,;:\d]{{3,80}}?),\s*$"
)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|remains?|became|becomes)\b")
#: "Germany, whose ...": the name a 'whose' clause belongs to, right before it
# ... or the thing a name owns: "Ukraine's reconstruction, whose cost ..." is Ukraine's (a noun or two may
# follow a name that ends in "s": its possessive, or a plural name, "the United States economy")
_WHOSE = re.compile(rf"(?P<owner>{_PROPER_NAME}(?:['’]s)?)(?:(?<=s)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,\s*$")
_WHOSE_OPENS = re.compile(r"\s*whose\b")
# "after the United States, with which Indonesia booked a surplus": a relative that restarts the clause
_RELATIVE = re.compile(rf"(?P<owner>{_PROPER_NAME}),\s*(?P<prep>with|to|from|in)\s+which\b")
_PAIR_PHRASE = re.compile(
    r"\b(?:between\s+the\s+(?:two\s+)?(?:countries|nations|sides|economies)|"
    r"(?:the\s+two|both)\s+(?:countries|nations|sides|economies))\b",
    re.IGNORECASE,
)




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
_RANKED_AGAINST = re.compile(
    # (not ", ahead of Tanzania (Sh30.1 billion)": a figure right after the name is that country's)
    rf"\b(?:(?:market|partner|destination|source|supplier|buyer|exporter|importer|investor)s?\s+"
    rf"(?:after|behind|ahead\s+of)|second\s+only\s+to)\s+{_DET}$",
    re.IGNORECASE,
)
_AS_DESTINATION = re.compile(
    r"\s+as\s+(?:an?|the|its|their)\s+(?:(?!for\b|of\b)[\w-]+\s+){0,2}(?:destination|market)s?\b"
    r"(?!-|\s+(?!for\b|of\b|in\b|to\b|and\b|with\b)[a-z])",  # (not "as a market player", "as a market-maker")
    re.IGNORECASE,
)
_MADE_IN = re.compile(
    rf"\b(?:made|manufactured|produced|assembled|grown|built)\s+in\s+{_DET}$", re.IGNORECASE
)
_EARNED_FROM = re.compile(rf"\b(?:earnings|receipts|revenues?|income|proceeds)\s+from\s+{_DET}$", re.IGNORECASE)
_EXCEPT_WORDS = re.compile(r"other\s+than|excluding|except|apart\s+from|outside|\bnon-", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r",\s+(?:with|" + CONTRAST_WORDS + r"|but)\b|;")
_INVESTOR_NOUN = re.compile(r"\b(?:source|investor|provider)s?\s+(?:of|in)\b", re.IGNORECASE)
# the host's verbs, in every tense an aim or a report uses ("aims to attract $100 billion in FDI")
_RECEIVE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|attract(?:s|ed|ing)?|drew|draws|host(?:s|ed)?)\b", re.IGNORECASE
)


_ANAPHOR = re.compile(
    r"\b(?:from|to|with|in)\s+(?:the|this|that|its)\s+(?:same\s+)?(?:country|nation|market|economy|latter|former)\b"
    r"|\b(?:this|that)\s+same\s+country\b",
    re.IGNORECASE,
)
#: "The country posted ...", "The nation's exports ...": a country as the clause's subject, by a common noun
_SUBJECT_ANAPHOR = re.compile(
    r"\s*(?:[Tt]he|[Tt]his)\s+(?:same\s+)?(?:country|nation)(?:['’]s)?\b(?!\s+(?:of|with|to|from|in)\b)"
)
_OWN_TOTAL = re.compile(
    # (a scope may come first: "the UAE's non-oil foreign trade" is still its trade with the world)
    r"\s+(?:non-[a-z]+\s+)?(?:(?:total|overall|entire|combined|global)\s+(?:(?:foreign|external|global)\s+)?"
    r"|(?:foreign|external)\s+)(?:trade|turnover|exports|imports)\b",
    re.IGNORECASE,
)
_TOTAL_SCOPE = re.compile(r"\b(?:total|overall|global|worldwide|all|entire|foreign)\b", re.IGNORECASE)
_BOUND = re.compile(r"[-‐‑–]bound\b", re.IGNORECASE)
_ORIGIN_NOUN = re.compile(
    r"^\s*(?:goods|products|crude|oil|gas|coal|items|wares|supplies|seafood|"
    r"machinery|cars|vehicles|steel|grain)\b",
    re.IGNORECASE,
)


#: "Tamil Nadu's exports to the UAE", "Samsung's chip exports": a flow a named owner possesses
_NAMED_OWNER = re.compile(
    r"(?P<name>(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,3})['’]s?\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:exports?|imports?|trade|shipments|outbound\s+shipments|sales\s+to|purchases\s+from)\b"
)


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(name.lower() for name in load_lexicon().months)


def _owned_by_a_name(ctx: _DocContext, fig: _Figure) -> bool:
    """The figure's flow is possessed, right before its flow word, by a name that is no country: a state,
    province, city or company ("Tamil Nadu's exports to the UAE were ₹28,400 crore"). Its figures are a
    part of a nation's, never the nation's own."""
    found = None
    for m in _NAMED_OWNER.finditer(ctx.text, max(fig.sentence.start, fig.clause_start - 200), fig.start):
        found = m
    if found is None or found["name"].split()[-1].lower() in _calendar_words():
        return False  # "October's exports": a month, no owner
    if found["name"].isupper() or ctx.in_attribution(found.start("name")):
        # "SA's exports" may be a country's short name, and "According to the Department for Business and
        # Trade's latest trade factsheet" names a source, not an owner
        return False
    return not ctx.countries_between(found.start("name"), found.end("name") + 2)


#: "Overall, Korea posted a trade surplus of ...": a sentence that opens on the whole speaks of it
_WHOLE_OPENER = re.compile(r"\s*(?:Overall|In\s+total|Globally|Worldwide|All\s+told)\s*,", re.IGNORECASE)


def _whole_named(ctx: _DocContext, fig: _Figure) -> bool:
    """The figure's clause, or the opening of its sentence, says it is a whole ("total", "overall")."""
    return bool(
        _TOTAL_SCOPE.search(ctx.text, fig.clause_start, fig.start)
        or _WHOLE_OPENER.match(ctx.text, fig.sentence.start, fig.start)
    )


#: a verb in -ing after a name ("with Brazil running a surplus"), not a preposition in -ing ("with Qatar during
#: 2023", "with Chile, including copper")
_ING_VERB = re.compile(
    r"\s+(?!(?:during|including|excluding|concerning|regarding|following|according|notwithstanding)\b)[a-z]+ing\b"
)
_IN_FAVOUR = re.compile(r"\s*favou?r\b", re.IGNORECASE)
_FAVOURABLY_TOWARDS = re.compile(rf"\bfavou?rably\s+(?:towards?|to)\s+{_DET}$", re.IGNORECASE)


def _role(text: str, c: CountryMention) -> str:
    """How a country mention relates to the figure: by the word before it, or what it modifies."""
    after = text[c.end : c.end + 30]
    if _BOUND.match(after):
        return "to"  # "U.S.-bound shipments", "China-bound cargo": where the goods go
    if c.form == "demonym" and (_ORIGIN_NOUN.match(after) or _product_next(after)):
        return "origin"  # "Chinese goods", "Russian crude", "Polish fuel": where the goods come from
    if metric_cues().pattern.match(after.lstrip()) and after[:1] in {" ", "’", "'"}:
        return "subject"  # "with India exporting goods", "Kazakh exports"
    if _ING_VERB.match(after) and re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, c.start - 12) : c.start]):
        return "subject"  # "with Brazil running a surplus": the subject of the absolute clause
    before = text[max(0, c.start - 40) : c.start]
    if c.form == "possessive" and _IN_FAVOUR.match(text, c.end) and re.search(r"\bin\s+(?:the\s+)?$", before):
        return "for"  # "a surplus in Chile's favour": the side the balance favours holds it
    if _FAVOURABLY_TOWARDS.search(before):
        return "for"  # "the balance shifted favourably towards Chile": the side it favours holds it
    if _AS_DESTINATION.match(text, c.end):
        return "to"  # "viewing India as a favourable destination for investments": the host, not the investor
    if _MADE_IN.search(before):
        return "origin"  # "smartphones manufactured in India", "cars made in Japan": where the goods come from
    if _EARNED_FROM.search(before):
        return "to"  # "Nepal's export earnings from India": the market that paid, not the exporter
    if _RANKED_AGAINST.search(before):
        # "its second largest export market after the United States", "ahead of China": a country
        # the figure's party is ranked against is no party to the figure
        return "except"
    for role, pat in _ROLE_BEFORE.items():
        if pat.search(before):
            return role
    return "subject"


#: a flow noun right after an owner: "Taiwan's outbound shipments", "Chile's exports"
_OWNED_FLOW = re.compile(r"\s*(?:(?:outbound|overseas|foreign|inbound)\s+)?(?:shipments|exports|imports|sales)\b")


def _owner_in_background(ctx: _DocContext, fig: _Figure, seen_by: int | None, metric: str, partner: str) -> str:
    """ "Exports to the US surged 81% to US$21.2 billion, as AI demand continued to boost Taiwan's outbound
    shipments": a clause of background names no party, but the owner of the same flow it explains is
    the exporter the figure left unnamed."""
    if metric not in {"exports", "imports"} or seen_by is None or seen_by >= fig.sentence.end:
        return ""
    for c in ctx.countries_between(seen_by, fig.sentence.end):
        if c.form == "possessive" and c.code not in {partner, "WLD"} and _OWNED_FLOW.match(ctx.text, c.end):
            return c.code
    return ""


#: the dash after a figure that opens its line, before the label saying what it is
_LABEL_DASH = re.compile(r"[ \t\u00a0]*(?:[\u2014\u2013]|--?(?=[ \t\u00a0]))[ \t\u00a0]*")


def _partners_spread_since(ctx: _DocContext, inherit: _Figure, fig: _Figure) -> bool:
    """Whether a sentence between the figure ``inherit`` and ``fig`` names two or more partners (with to, from
    or with) other than ``inherit``'s pair: a breakdown of the economy's trade by partner."""
    between = [s for s in ctx.sents if inherit.sentence.index < s.index < fig.sentence.index]
    pair = {inherit.reporter, inherit.counterpart}
    return any(
        len(
            {
                c.code
                for c in ctx.countries_between(s.start, s.end)
                if c.code not in pair | {"WLD"} and _role(ctx.text, c) in {"to", "from", "with"}
            }
        )
        >= 2
        for s in between
    )


def _last_relative(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last "<name>, with which" (to, from, in which) between ``start`` and ``end``."""
    if "which" not in text[start:end]:
        return None
    found = list(_RELATIVE.finditer(text, start, end))
    return found[-1] if found else None


def _product_next(after: str) -> bool:
    """The words after a demonym name a product ("Polish fuel", "Georgian wine", "Ugandan milk powder")."""
    heads, _, phrase = _product_words()
    word = re.match(r"\s+([a-z]+)", after)
    return word is not None and (word.group(1) in heads or phrase.match(after, word.start(1)) is not None)


def _masked(ctx: _DocContext, start: int, end: int) -> list[CountryMention]:
    return [c for c in ctx.countries_between(start, end) if not ctx.in_attribution(c.start)]


#: "to Japan's biggest trading partner, China,": lowercase words after a possessive, then the apposed name
_APPOSED_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s*(?:the\s+)?\Z")


def _apposed_partners(text: str, roles: list[tuple[str, CountryMention]]) -> list[tuple[str, CountryMention]]:
    """ "Exports to Peru's largest market, Chile, rose": the name in apposition to a possessed noun takes the
    preposition before the possessive, and the possessive's owner is the flow's owner."""
    out = list(roles)
    for i, (r, c) in enumerate(roles[:-1]):
        nxt = roles[i + 1][1]
        if (
            r in {"to", "from", "with"}
            and c.form == "possessive"
            and nxt.form not in {"possessive", "demonym"}
            and nxt.code not in {c.code, "WLD"}
            and _APPOSED_NOUN.match(text[c.end : nxt.start])
            and text[nxt.end : nxt.end + 1] == ","
        ):
            out[i], out[i + 1] = ("subject", c), (r, nxt)
    return out


#: "With the EU, Japan logged a deficit ...", "As for Brazil, ...", "For the rest of Asia, including China, ...":
#: a fronted phrase opening the sentence names what the clause after its comma is about
_FRONTED = re.compile(
    r"\s*(?P<prep>With|Against|Vis-[aà]-vis|In\s+(?:its\s+|their\s+)?trade\s+with|As\s+for|As\s+to|As\s+regards|"
    r"Regarding|Concerning|For)\s+"
    # a name, perhaps a part of one: "the European Union", "the rest of Asia", "South and Central America"
    r"(?P<np>(?:the\s+)?(?:rest\s+of\s+(?:the\s+)?)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?:(?-i:[A-Z][\w.'’-]*)|of|and|the)){0,4})"
    # an aside on what it covers may follow: ", including China,"
    r"\s*,(?:\s*(?:including|excluding|except|especially|notably|mainly|chiefly|such\s+as)\b[^,;:.]{0,60},)?"
)
#: the prepositions that make the fronted name the other side whatever the clause says
_FRONTED_PARTNER = re.compile(r"With|Against|Vis|In\b", re.IGNORECASE)


def _fronted_topic(ctx: _DocContext, fig: _Figure) -> tuple[str, CountryMention | None]:
    """The name a sentence's fronted phrase gives the figure's clause: ("with", the country) when it is the
    other side ("With Brazil, Peru logged a deficit"), ("subject", the country) for a topic the clause
    names no owner for ("For Peru, exports rose"; decided by the caller), ("region", None) for a region
    no code names ("For the rest of Asia, ..."), else ("", None)."""
    m = _FRONTED.match(ctx.text, fig.sentence.start, fig.clause_start)
    if m is None or m.end() > fig.clause_start:
        return "", None
    np = m.group("np")
    if any(w.lower() in _calendar_words() for w in np.split()):
        return "", None  # "For January, ..."
    named = [c for c in ctx.countries_between(m.start("np"), m.end("np")) if c.code != "WLD"]
    words = np.lower().split()
    if re.match(r"(?:the\s+)?rest\s+of\b", np, re.IGNORECASE) or (
        not named and any(w in word_set("regions.csv") for w in words + [" ".join(words[-2:])])
    ):
        return "region", None
    if len(named) != 1:
        return "", None
    return ("with" if _FRONTED_PARTNER.match(m.group("prep")) else "for"), named[0]



def _resolve_countries(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    # the figure's own clause: from the start of the clause holding its metric cue, plus its post-window
    local = _masked(ctx, fig.clause_start, fig.pre[1]) + _masked(ctx, fig.post[0], fig.post[1])
    pair_phrase = bool(_PAIR_PHRASE.search(text, fig.clause_start, fig.post[1]))
    has_prior_here = any(f.sentence.index == fig.sentence.index for f in done[-LOOKBACK_FIGURES:])
    label = _LABEL_DASH.match(text, fig.end) if not text[fig.sentence.start : fig.start].strip() else None
    if not local and label is not None:
        # "US$2.1 trillion — Brazil's GDP in 2023": a list entry whose label follows the dash names the
        # figure's owner and partner, as a clause would
        local = _masked(ctx, label.end(), fig.sentence.end)
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
    relative = _last_relative(text, max(fig.clause_start, fig.start - LOOK_CHARS), fig.start)
    if relative is not None:
        # the clause restarts at the relative, and the name before it takes its preposition
        antecedent = _masked(ctx, relative.start("owner"), relative.end("owner"))
        local = antecedent + _masked(ctx, relative.end(), fig.pre[1]) + _masked(ctx, fig.post[0], fig.post[1])
    for m in fig.members[1:]:
        local = [c for c in local if not (m.start <= c.start < m.end)]
    roles = [(_role(text, c), c) for c in local]
    if owner is not None:
        # the owner is the clause's subject, whatever the word before it ("take part in Ukraine's ...")
        owned = {c.start for c in local if owner.start("owner") <= c.start < owner.end("owner")}
        roles = [("subject" if c.start in owned else r, c) for r, c in roles]
    if relative is not None:
        at = {c.start for c in antecedent}
        roles = [(relative.group("prep") if c.start in at else r, c) for r, c in roles]
    # "imports from the country", "exports from this same country": the country last named
    anaphor = _ANAPHOR.search(text, fig.clause_start, fig.post[1])
    if anaphor:
        # in "Chinese companies invested $66 billion in the country" the country is not China: a
        # demonym or possessive in the clause names the actor ("India's imports from the country"),
        # so the anaphor is the country last named before (but in "The UAE slipped ..., with imports
        # from the country" it is the UAE)
        # ... nor is it the holder of a balance: "leaving Korea with a surplus of $28.7 billion with the
        # country" is with the country named before Korea (no one has a surplus with itself)
        balance = fig.metric == "trade_balance"
        named_here = {
            c.code
            for r, c in roles
            if (c.form in {"demonym", "possessive"} or (balance and r == "subject"))
            and not anaphor.start() <= c.start < anaphor.end()
        }
        before = [c for c in ctx.countries if c.end <= anaphor.start() and c.code != "WLD"]
        other = [c for c in before if c.code not in named_here]
        if other or before:
            ref = (other or before)[-1]
            word = anaphor.group().split()[0].lower()
            role = {"from": "from", "to": "to", "with": "with", "in": "in"}.get(word, "from")
            roles = [(r, c) for r, c in roles if c.start != ref.start] + [(role, ref)]
    opener = None if anaphor or text[fig.sentence.start : fig.clause_start].strip() else (
        _SUBJECT_ANAPHOR.match(text, fig.clause_start, fig.start)
    )  # (opening the sentence: "..., while the country's exports to its neighbour" is another matter)
    if opener is not None and fig.sentence.index > 0 and not any(r == "subject" for r, _ in roles):
        # "The figures contrast with Argentina's overall position. The country posted a surplus of ...": the
        # country the sentence before is about (its owner, else the first it names), not the one the
        # article names most
        prev = ctx.sents[fig.sentence.index - 1]
        told = [c for c in ctx.countries_between(prev.start, prev.end) if c.code != "WLD"]
        if told:
            roles.append(("subject", next((c for c in told if c.form == "possessive"), told[0])))
    roles = _apposed_partners(text, roles)
    fronted_role, fronted = _fronted_topic(ctx, fig) if fig.metric in TRADE_METRICS else ("", None)
    if fronted is not None and not any(c.start == fronted.start for _, c in roles):
        if fronted_role == "for":
            # "As for Brazil, Peru booked a deficit": a clause with an owner of its own is with the topic;
            # "For Peru, exports rose": a clause with none is the topic's
            has_owner = any(r in {"subject", "for"} and c.code != fronted.code for r, c in roles)
            fronted_role = "with" if has_owner else "subject"
        roles.append((fronted_role, fronted))
    # possessives first: "the US is Vietnam's largest export market" is about Vietnam's exports; but not one
    # after the amount: in "Peru recorded a surplus of $2 billion with China and became Beijing's top partner"
    # the subject before the verb holds the figure
    roles.sort(key=lambda rc: rc[0] != "subject" or rc[1].form != "possessive" or rc[1].start > fig.start)
    subject = [c.code for r, c in roles if r == "subject" and c.code != "WLD"]
    to = [c.code for r, c in roles if r == "to"]
    frm = [c.code for r, c in roles if r in {"from", "origin"}]
    with_ = [c.code for r, c in roles if r in {"with", "between"}]
    in_ = [c.code for r, c in roles if r == "in"]
    for_ = [c.code for r, c in roles if r == "for"]
    same_sentence = _same_sentence(fig, done)
    prior = same_sentence[-1] if same_sentence else None
    if prior is None:
        para = [f for f in done[-LOOKBACK_FIGURES:] if f.sentence.paragraph == fig.sentence.paragraph]
        prior = para[-1] if para else (done[-1] if done else None)
        if fig.metric == "trade_balance" and _THE_BALANCE.search(text, fig.clause_start, fig.start):
            # "Two-way trade totaled $72.5 billion. ... the surplus is worth about 40.6 trillion won": the
            # surplus the paragraph named, not the figure just before
            prior = next((f for f in reversed(para) if f.metric == "trade_balance"), prior)

    if fig.refers_back and fig.referent >= 0:
        prior = ctx.figures[fig.referent]  # "the figure could pass Sh110 billion": the one it refers to
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
    if market and plain and not (to or frm):  # "Exports to Japan, its largest market,": the 'to' says it
        # "The U.S. remained Vietnam's largest export market with $109.4 billion", "China was the largest
        # import source, with $130 billion": the country that is the market or source is the partner
        counterpart = plain[0]
        reporter = next((c for c in subject if c != counterpart), "")
    elif metric == "exports":
        # no economy exports from X to X: in "Vietnam's exports to Korea and imports from Korea", the
        # "from" belongs to the imports
        # nor is the destination the exporter: "Kenyan customs counted Kenya-bound shipments"
        reporter = _first([c for c in frm if c not in to], [c for c in subject if c not in to], for_)
        counterpart = _first(to, with_, in_)
        origin = [c.code for r, c in roles if r == "origin"]
        if not counterpart and reporter in origin:
            # "The EU remained Poland's largest market, taking $9 billion of Polish goods": the goods go
            # to the one who takes them, named last before it ("after Uganda, which took ...")
            counterpart = next(
                (
                    c.code
                    for c in reversed(_masked(ctx, fig.sentence.start, fig.start))
                    if c.form not in {"possessive", "demonym"} and c.code not in {reporter, "WLD"}
                ),
                "",
            )
    elif metric == "imports":
        reporter = _first(subject, to, in_, for_)
        counterpart = _first(frm, with_)
    elif metric == "trade_balance":
        reporter = _first(for_, subject)
        counterpart = _first(with_, to, frm, in_)
        between = [c.code for r, c in roles if r == "between"]
        if not reporter and between:
            # "the trade deficit between Italy and China": the first named holds it, the second is its partner
            reporter = between[0]
            counterpart = next((c for c in with_ if c != reporter), "")
    elif metric == "investment" and plain and _INVESTOR_NOUN.search(text, _reach(fig), fig.start):
        # "Japan was India's fifth-largest source of FDI, with ...", "Korea, the top investor in Chile,":
        # the country called the source or investor invests; the other named is the host
        reporter = plain[0]
        counterpart = next((c for c in subject + in_ if c != reporter), "")
    elif metric == "investment":
        if _RECEIVE.search(text, max(_look(fig), fig.clause_start), fig.end):
            # "Mexico received $36.1 billion in FDI": the host; with no investor named, from the world
            counterpart = _first(subject, in_, to)
            reporter = _first(frm, with_)
            if not reporter and counterpart:
                # "India received Rs 5.9 lakh crore (US$67.8 billion) in FDI from the US": an investor
                # named later in the sentence, past the bracket; none named: from the world
                # (in its own clause: ", with inflows from Spain of $4 billion" names a part's investor)
                stop = min(fig.sentence.end, fig.end + LOOK_CHARS)
                other_clause = _NEXT_CLAUSE.search(text, fig.end, stop)
                later = ctx.countries_between(fig.end, other_clause.start() if other_clause else stop)
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
        if "WLD" in with_ and len(codes) > 2:
            # "Peru accounted for 3.1% of Chile's $190 billion in total trade with the world": the
            # owner's trade with the world; the country holding a share of it is not a side
            holder = next((c.code for r, c in roles if r == "subject" and c.form == "possessive"), "")
            reporter, counterpart = (holder or next(c for c in codes if c != "WLD")), "WLD"
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
    # ... or "For the rest of Asia, Japan logged a deficit": a fronted region no code names
    group = (
        not counterpart
        and metric in TRADE_METRICS
        and (fronted_role == "region" or bool(_GROUP_PARTNER.search(text, fig.clause_start, fig.post[1])))
    )
    world = any(c.code == "WLD" for c in local) or (
        metric in TRADE_METRICS
        and not counterpart
        and any(c.code == "WLD" for c in ctx.countries_between(_look(fig), fig.start))
    )
    if (
        metric in TRADE_METRICS
        and not counterpart
        and fronted_role != "region"
        and (world or (_whole_named(ctx, fig) and reporter and not with_))
    ):
        counterpart, source = "WLD", STATED_PAIR

    if (
        metric == "trade_balance"
        and reporter
        and not counterpart
        and fronted_role != "region"
        and not pair_phrase
        and reporter in subject
        and not _PAIR_WORD.search(text, _reach(fig), fig.start)
        and {c.code for c in ctx.countries_between(fig.sentence.start, fig.sentence.end)} == {reporter}
        and not _BALANCE_REFERRED.search(text, fig.clause_start, fig.start)
        and not _WITH_SOMEONE.search(text, fig.end, fig.sentence.end)
        and not (
            prior is not None
            and prior.metric in TRADE_METRICS
            and reporter in {prior.reporter, prior.counterpart}
            and prior.counterpart not in {"", "WLD"}
            and (
                (prior.sentence.index >= fig.sentence.index - 1 and prior.sentence.paragraph == fig.sentence.paragraph)
                or _CONSEQUENCE.match(text, fig.sentence.start, fig.start) is not None
            )
        )
    ):
        # "New Zealand had a trade surplus of NZ$127 million in June": a country's balance, its sentence naming
        # no other side, is its balance with the world, whatever partner the article is about; but not a
        # balance that follows from a pair's flows just given ("As a result, Chile's trade balance showed a
        # deficit"), one referred to ("address the $57 billion deficit"), nor one "with its neighbour"
        counterpart, source = "WLD", STATED_PAIR
    if (
        metric in {"exports", "imports", "trade_balance"}
        and not reporter
        and not counterpart
        and not pair_phrase
        and _whole_named(ctx, fig)
    ):
        # "Overall exports rose 5.9% to $330 billion" after figures about one partner: the same
        # economy's trade with the world, not with that partner. ("Total trade" in an article about
        # two countries is usually their two-way trade, so it is left to the pair.) Past a paragraph break
        # the figure before lends its economy only when that is one of the two the article is about: "The
        # Q1 figures showed a drop in total exports" after a paragraph on the main economy's third-ranked
        # partners is the main economy's.
        lends = prior is not None and prior.reporter and (
            prior.sentence.paragraph == fig.sentence.paragraph or prior.reporter in ctx.ranked[:2]
        )
        reporter = prior.reporter if lends and prior is not None else ctx.main
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
        seen_by = None if paired else background_start(text, fig)
        met = ctx.ranked_before(seen_by)
        alone = metric in TRADE_METRICS and len(met) == 1 and not paired
        # trade carries over from trade, investment from investment: an investor and its host are not an
        # exporter and its buyer
        kin = TRADE_METRICS if metric in TRADE_METRICS else frozenset({"investment"})
        inherit = prior if prior is not None and prior.metric in kin else None
        if inherit is None and prior is not None and prior.metric == "other":
            # "Car imports rose to NZ$505 million. New cars led this increase, up NZ$86 million. The trade
            # balance was ...": a change amount in between does not break the thread of trade figures
            inherit = next(
                (
                    f
                    for f in reversed(done[-4:])
                    if f.metric in kin
                    and fig.sentence.index - 3 <= f.sentence.index != prior.sentence.index
                ),
                None,
            )
        destinations: set[str] = set()  # the last flow's partners, when this one goes to another
        if inherit is not None and not (inherit.reporter or inherit.counterpart):
            inherit = None  # nothing to carry over
        if inherit is not None and pair_worded and "WLD" in {inherit.reporter, inherit.counterpart}:
            inherit = None  # "mutual trade" after a figure for one economy's trade with the world
        if (
            inherit is not None
            and metric in {"exports", "imports", "trade_balance"}
            and not counterpart
            and inherit.counterpart not in {"", "WLD"}
            and _partners_spread_since(ctx, inherit, fig)
        ):
            # "Imports from the EU reached ... 75 percent of exports go to the euro zone, 10 percent to Arab
            # countries ... The deficit stood at ...": once the economy's trade has been spread over several
            # other partners, a flow with no partner in its own sentence is the economy's total
            reporter = reporter or inherit.reporter
            counterpart, source = "WLD", STATED_PAIR
            inherit = None
        if inherit is not None and source == GUESSED_PAIR:
            source = inherit.index
        if inherit is not None and not reporter and not counterpart:
            reporter, counterpart = inherit.reporter, inherit.counterpart
        elif (
            inherit is not None
            and not counterpart
            and reporter
            and metric in {"exports", "imports"}
            and inherit.sentence.paragraph != fig.sentence.paragraph
            and inherit.metric != "trade_total"
            and reporter in subject + frm
            and not any(
                f.metric == metric and f.reporter == reporter and f.counterpart not in {"", "WLD"} for f in done
            )
            and {c.code for c in ctx.countries_between(fig.sentence.start, fig.sentence.end)} - {"WLD"} == {reporter}
            and not _DESCRIBED_PARTNER.search(text, fig.clause_start, fig.post[1])
        ):
            # "Exports from Canada fell 3% to $61 billion" opening a paragraph after one about talks on its
            # surplus with Mexico: a flow whose owner is named and whose partner is not, in a sentence naming
            # no other country, is the owner's flow with the world, unless the article already gave that
            # owner's flow to a partner or the paragraph before gave the pair's whole trade
            counterpart = "WLD"
        elif inherit is not None and not counterpart and reporter:
            pair = [inherit.reporter, inherit.counterpart]
            counterpart = (
                next((c for c in pair if c and c != reporter), "")
                if reporter in pair
                else _pick_partner(ctx, reporter, pair, seen_by)
            )
        elif inherit is not None and not reporter and counterpart:
            pair = [inherit.reporter, inherit.counterpart]
            if counterpart in pair:
                reporter = next((c for c in pair if c and c != counterpart), "")
            elif (
                metric == inherit.metric
                and metric in {"exports", "imports"}
                and inherit.reporter
                and inherit.sentence.paragraph == fig.sentence.paragraph
            ):
                # "exports of US$38.5 billion [to the US], compared with US$36.9 billion to China": the
                # same flow to a new partner keeps its exporter (or importer)
                reporter = inherit.reporter
            elif metric == inherit.metric and metric in {"exports", "imports"} and not inherit.reporter:
                # "Exports to the U.S. dropped 3.1%. Exports to Thailand fell 6.8%": the last flow's
                # partner is not the new one's exporter (whose exports both are is left to the article)
                destinations = set(pair)
            else:
                reporter = _pick_partner(ctx, counterpart, pair, seen_by)
        if not reporter and counterpart:
            reporter = next(
                (c for c in ctx.ranked_before(seen_by) if c not in {counterpart, "WLD", "", *destinations}), ""
            ) or _owner_in_background(ctx, fig, seen_by, metric, counterpart)
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
        target = ctx.figures[fig.referent] if fig.referent >= 0 else done[-1]
        reporter, counterpart = target.reporter, target.counterpart
        source = target.index
    ranked_as = _ranked_as_trader(ctx, fig) if metric in {"exports", "imports"} else None
    if ranked_as is not None and not set(to + frm) - {ranked_as[0], ranked_as[2]}:
        # "China retained its position as the largest supplier of goods to Germany": the country ranked as a
        # supplier is the exporter, as a buyer or market the importer; the other side is the one it serves
        side, role, served = ranked_as
        holds_flow = (role == "seller") == (metric == "exports")  # the exporter of exports, importer of imports
        served = served or next((c for c in (reporter, counterpart) if c and c not in {side, "WLD"}), "")
        reporter, counterpart = (side, served) if holds_flow else (served, side)
        source = STATED_PAIR
    labelled = _country_before_bracket(ctx, fig) if metric in TRADE_METRICS else None
    ranked = _bracket_subject(ctx, fig) if labelled is not None else None
    if ranked is not None:
        # "Among EU members, Germany (€8.0 billion) was the largest exporter to Japan, followed by France
        # (€3.4 billion)": the country the bracket labels is the clause's subject, not a partner; the
        # partner is the one the clause after the bracket names, else the one the figures before had
        reporter = ranked.code
        after = [c.code for _, c in _ranked_partners(ctx, fig) if c.code != reporter]
        kept = prior.counterpart if prior is not None and prior.counterpart != reporter else ""
        counterpart = after[0] if after else (kept or (counterpart if counterpart != reporter else ""))
        source = STATED_PAIR
    elif labelled is not None:
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
    intra = next((c for c in local if _INTRA.search(text, max(0, c.start - 8), c.start)), None)
    if intra is not None and metric in TRADE_METRICS:
        # "intra-euro area trade", "intra-ASEAN exports": the members' trade among themselves
        reporter, counterpart, source = intra.code, intra.code, STATED_PAIR
    if metric in TRADE_METRICS and reporter and _owned_by_a_name(ctx, fig):
        stated = {c.code for r, c in roles if r in {"from", "origin", "subject", "for"}}
        if reporter not in stated:
            # "Tamil Nadu's exports to the UAE": the state's, not India's (but "Samsung's exports from
            # Vietnam" are Vietnam's, as the text says)
            reporter = ""
    own = _partner_right_after(ctx, fig, metric)
    if own and own != reporter:
        # "the gap between the surplus with China and the US$64.88 billion with the US": a partner written
        # right after the amount is that amount's own, whatever partner the clause named before it
        counterpart, source = own, STATED_PAIR
    follower = _ranked_follower(ctx, fig, prior) if metric in TRADE_METRICS else None
    if follower is not None and prior is not None:
        # "China was Colombia's top partner, with a deficit of $1.2 billion. Mexico followed with a $155
        # million deficit, while Germany contributed $108 million to the negative balance": the next in a
        # ranking takes the ranked one's place in the pair; the side the ranking is of stays
        led = _ranked_side(ctx, prior)
        kept = prior.counterpart if led == prior.reporter else prior.reporter
        if kept and kept != follower:
            reporter, counterpart = (follower, kept) if led == prior.reporter else (kept, follower)
            source = STATED_PAIR
    fig.reporter, fig.counterpart = reporter, counterpart
    fig.pair_from = source


#: "X remained the largest supplier of goods to Y", "X is Y's biggest buyer": a country ranked as a trader
_RANKED_AS = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:is|was|remains|remained|became|becomes|stays|stayed|"
    r"(?:retained|retains|kept|keeps|held|holds|maintained|maintains)\s+(?:its|the)\s+(?:position|place|status|"
    r"spot|rank|role)\s+as|emerged\s+as|ranked\s+as)\s+"
    r"(?:the|its|(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s?))\s+"
    r"(?:(?:single|largest|biggest|top|main|leading|principal|major|key|chief|number[- ]one|"
    r"(?:second|third|fourth|fifth)(?:[- ](?:largest|biggest))?)\s+){1,2}"
    r"(?:(?P<seller>supplier|source)|(?P<buyer>buyer|customer|market|destination))s?\b"
)
#: between the ranked noun and the one it serves: "supplier of goods to Germany", "market for Chilean wine"
_SERVED = re.compile(r"\s+(?:(?:of|for)\s+(?:[a-z][\w-]*\s+){0,2})?(?:(?:to|for|in)\s+)?(?:the\s+)?")


def _ranked_as_trader(ctx: _DocContext, fig: _Figure) -> tuple[str, str, str] | None:
    """In the figure's sentence, a country ranked as a supplier or a buyer: (it, "seller" or "buyer", the
    country it serves or "")."""
    text = ctx.text
    # (a bounded slice of the sentence: a hostile one-line text is one sentence)
    sentence = ctx.countries_between(_reach(fig), min(fig.sentence.end, fig.end + MAX_SENTENCE_CHARS))
    for c in sentence:
        if c.form in {"possessive", "demonym"} or c.code == "WLD":
            continue
        m = _RANKED_AS.match(text, c.end, fig.sentence.end)
        if m is None:
            continue
        role = "seller" if m["seller"] else "buyer"
        served = ""
        if m["owner"]:
            owner = ctx.countries_between(m.start("owner"), m.end("owner"))
            served = owner[0].code if owner else ""
        else:
            after = next((d for d in sentence if d.start >= m.end()), None)
            if after is not None and after.code != c.code and _SERVED.fullmatch(text, m.end(), after.start):
                served = after.code
        return c.code, role, served
    return None


#: the preposition that names a flow's or balance's partner, right after its amount ("$65 billion with the US")
_PARTNER_PREP = {
    metric: re.compile(rf"\s+(?:{prep})\s+{_DET}", re.IGNORECASE)
    for metric, prep in {"trade_balance": "with|against", "exports": "to", "imports": "from"}.items()
}


def _partner_right_after(ctx: _DocContext, fig: _Figure, metric: str) -> str:
    """The country named by the partner's preposition right after the amount, else ""."""
    prep = _PARTNER_PREP.get(metric)
    if prep is None:
        return ""
    m = prep.match(ctx.text, fig.end)
    if m is None:
        return ""
    name = next((c for c in ctx.countries_between(m.end(), m.end() + 40) if c.start == m.end()), None)
    if name is None or name.form in {"possessive", "demonym"} or name.code == "WLD":
        return ""
    return name.code


#: A country's verb that continues a ranking of figures: "Mexico followed with a $155 million deficit",
#: "Germany came next at $108 million", "Peru contributed $47 million to the surplus"
_FOLLOWS = re.compile(
    r"\s+(?:(?:then|closely|next)\s+)?(?:followed|came\s+(?:next|second|third|fourth|fifth)|was\s+next|ranked\s+next)"
    r"\s*,?\s+(?:with|at)\s+(?:(?:a|an|some|about|around|nearly|over)\s+)?\W{0,3}\Z"
    r"|\s+(?:contributed|added|accounted\s+for)\s+(?:(?:a|an|some|about|around|nearly|over|another)\s+)?\W{0,3}\Z"
)
#: what "contributed $N" is a part of: a balance, not a product's share of trade
_TO_BALANCE = re.compile(
    r"\s+(?:to|of)\s+(?:the|that|this|its)\s+(?:(?:negative|positive|overall|total|trade)\s+)?"
    r"(?:balance|deficit|surplus|gap)\b",
    re.IGNORECASE,
)


def _ranked_follower(ctx: _DocContext, fig: _Figure, prior: _Figure | None) -> str | None:
    """The country that follows the one ranked in the figure before: the plain name right before a verb of
    ranking ("Mexico followed with $X"), when the figure before is of the same metric, has both sides,
    and the name is neither of them; else None."""
    if prior is None or prior.metric != fig.metric or not (prior.reporter and prior.counterpart):
        return None
    if prior.sentence.index < fig.sentence.index - 2 or "WLD" in {prior.reporter, prior.counterpart}:
        return None
    text = ctx.text
    names = [c for c in _masked(ctx, max(fig.clause_start, fig.start - 80), fig.start) if c.code != "WLD"]
    if not names or names[-1].form in {"possessive", "demonym"}:
        return None
    name = names[-1]
    verb = _FOLLOWS.match(text, name.end, fig.start)
    if verb is None or _role(text, name) != "subject":
        return None
    if verb.group().split()[0] in {"contributed", "added", "accounted"} and not (
        fig.metric == "trade_balance" and _TO_BALANCE.match(text, fig.end)
    ):
        return None
    if name.code in {prior.reporter, prior.counterpart}:
        return None
    return name.code


def _ranked_side(ctx: _DocContext, prior: _Figure) -> str:
    """Which side of a ranked figure is the one ranked: the side its sentence names as a plain subject
    ("China cemented its position as Colombia's primary partner"); else its counterpart."""
    sent = prior.sentence
    for c in _masked(ctx, sent.start, prior.start):
        if (
            c.code in {prior.reporter, prior.counterpart}
            and c.form not in {"possessive", "demonym"}
            and _role(ctx.text, c) == "subject"
        ):
            return c.code
    return prior.counterpart


#: "address the $57 billion trade deficit": a balance named before, referred to by a determiner
_BALANCE_REFERRED = re.compile(r"\b(?:the|this|that|its|their)\s+\W{0,3}\Z", re.IGNORECASE)
#: "a deficit of $7 billion with its northern neighbour": a counterpart named by description
_WITH_SOMEONE = re.compile(r"\b(?:with|against|vis-[aà]-vis)\s+(?:the|its|their|this|that|a)\b", re.IGNORECASE)
#: "exports to a market", "imports from the region": a partner described, not named
_DESCRIBED_PARTNER = re.compile(r"\b(?:to|from|with)\s+(?:a|an|one|the|its|their|this|that)\s+(?![A-Z])", re.IGNORECASE)
#: "As a result, Chile's trade balance ...": a balance that follows from the flows just given
_CONSEQUENCE = re.compile(r"\s*(?:As\s+a\s+(?:result|consequence)|Consequently|Thus|Hence|Therefore|This\s+left)\b")
_THE_BALANCE = re.compile(r"\b(?:the|this|that)\s+(?:trade\s+)?(?:surplus|deficit|balance|gap)\b", re.IGNORECASE)
_INTRA = re.compile(r"\bintra[-\s]?(?:the\s+)?$", re.IGNORECASE)


_GROUP_PARTNER = re.compile(
    r"\b(?:with|to|from)\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+(?:and\s+)?){1,4}(?:partner\s+)?"
    r"(?:countries|nations|economies|states|markets)\b",
    re.IGNORECASE,
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


#: A verb right after a bracket that makes the name before the bracket its subject: "Germany (€8 billion) was"
_PREDICATE_AFTER = re.compile(
    r"\)\s*(?:(?:also|still|again|by\s+far)\s+)?(?:was|were|is|are|remained|remains|ranked|ranks|came|comes|led|"
    r"leads|topped|tops|stood|became|accounted)\b"
)
#: A peer in a ranking list: "..., followed by France (", ", Italy (", "and the Netherlands ("
_PEER_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\bfollowed\s+by\s+)(?:the\s+)?\Z")


def _bracket_subject(ctx: _DocContext, fig: _Figure, depth: int = 0) -> CountryMention | None:
    """The country before the figure's bracket when it is the clause's subject: a verb follows the bracket
    ("Germany (€8 billion) was the largest exporter"), or it is a peer listed after such a subject
    ("..., followed by France (€3.4 billion), Italy (€3.0 billion)"); else None."""
    labelled = _country_before_bracket(ctx, fig)
    if labelled is None:
        return None
    if _predicate_after(ctx, fig) and _role(ctx.text, labelled) == "subject":
        return labelled
    if depth < LOOKBACK_FIGURES and fig.index > 0 and _PEER_BEFORE.search(
        ctx.text, max(fig.sentence.start, labelled.start - 30), labelled.start
    ):
        before = ctx.figures[fig.index - 1]
        if before.sentence.index == fig.sentence.index and _bracket_subject(ctx, before, depth + 1) is not None:
            return labelled
    return None


def _predicate_after(ctx: _DocContext, fig: _Figure) -> bool:
    close = ctx.text.find(")", fig.end, min(fig.sentence.end, fig.end + 120))
    return close != -1 and _PREDICATE_AFTER.match(ctx.text, close) is not None


def _ranked_partners(ctx: _DocContext, fig: _Figure) -> list[tuple[str, CountryMention]]:
    """The partners the clause after a figure's bracket names when a verb follows it ("Germany (€8 billion)
    was the largest exporter to Japan"), up to the clause's end."""
    if not _predicate_after(ctx, fig):
        return []
    close = ctx.text.find(")", fig.end, min(fig.sentence.end, fig.end + 120))
    stop = min(fig.sentence.end, close + LOOK_CHARS)
    end = re.compile(r"[,;(]").search(ctx.text, close + 1, stop)
    return [
        (r, c)
        for c in _masked(ctx, close + 1, end.start() if end else stop)
        if (r := _role(ctx.text, c)) in {"to", "from", "with", "between"} and c.code != "WLD"
    ]


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
