"""Stage "scope": whether a figure covers all trade or a part of it: goods,
services, a named product ("copper exports", "exports of motor vehicles"), or
everything but one ("non-gold").
"""

from __future__ import annotations

import re
from functools import cache

from ..cues import growth_words, metric_cues
from ..growth import PERCENT
from ..lexicon import word_set
from .context import (
    _AMOUNT_HEDGE,
    CONTRAST_WORDS,
    LOOK_CHARS,
    TRADE_METRICS,
    _DocContext,
    _Figure,
    _look,
    _product_words,
    _same_sentence,
)
from .parties import _country_before_bracket

_GOODS = re.compile(r"\b(?:goods|merchandise|products|commodities)\b", re.IGNORECASE)
# "services trade", "trade in services", "services exports" -- not "the press service of the embassy"
_SERVICES = re.compile(
    r"\bservices\s+(?:trade|exports?|imports?|exported|imported|sector|surplus|deficit)\b|"
    r"\b(?:trade|exports?|imports?)\s+(?:in|of)\s+services\b|"
    # "exported services worth"; a label in a breakdown: "(goods $3.2 billion; services $0.9 billion)"
    r"\b(?:exported|imported|exporting|importing|exports|imports|sold|bought)\s+services\b|"
    r"^[\s;,(]*(?:(?:and|while|whilst|with|plus)\s+)?services\b|\bservices\s*[:–-]?\s*$",
    re.IGNORECASE,
)
_SERVICES_AFTER = re.compile(
    r"\s+(?:worth\s+)?(?:in|of)\s+(?:(?:annual|yearly|bilateral|total|two-way|cross-border)\s+)?services\s+"
    r"(?:trade|exports|imports|sales|purchases)\b",
    re.IGNORECASE,
)
_GOODS_AND_SERVICES = re.compile(r"\bgoods\s+and\s+services\b", re.IGNORECASE)
_RE_EXPORTS = re.compile(r"\bre-?exports?\b", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|includ(?:es|ed)|incl\.|with|plus)\s+$", re.IGNORECASE)
_WORTH_OF = re.compile(
    r"^\s+worth\s+of\s+([a-z][a-z&,\s-]{2,60}?)(?=\s+(?:during|in|from|to|for|by|last|this|,|\.)|[,.;]|$)"
)


def _resolve_scope(ctx: _DocContext, fig: _Figure, done: list[_Figure]) -> None:
    text = ctx.text
    same_sentence = _same_sentence(fig, done)
    window = text[fig.pre[0] : fig.pre[1]]
    parenthesised = fig.members[0].in_parens or text[max(0, fig.start - 2) : fig.start].endswith("(")
    # "down 2.9 percent ($4.3 billion)" is a change, "Tanzania (Sh30.1 billion)" a partner: neither an item
    if parenthesised and not fig.change and _country_before_bracket(ctx, fig) is None:
        # "exports ... like pharmaceuticals ($8.1 billion), gold ($1.3 billion)": the item named before
        m = re.search(r"([A-Za-z][A-Za-z&\s-]{1,60}?)\s*\($", text[max(fig.pre[0], fig.start - 70) : fig.start])
        if m and fig.metric in {"exports", "imports"}:
            # (a ranking goes on with the next items: "..., followed by chemicals (RM9 billion), LNG (RM7 billion)")
            item = re.sub(
                r"^(?:.*\b(?:like|were|was|are|is|as|including|include|such as|notably|followed by|then)\s+"
                r"|and\s+)",
                "",
                m.group(1).strip(),
            )
            # an acronym the product lexicon knows is an item too ("LNG (RM7 billion)"), as its plain spelling
            known = bool(item) and re.fullmatch(_ACRONYM, item) is not None and _is_product_word(item.lower())
            if item and (item[0].islower() or known) and not metric_cues().find(item):
                fig.scope = item.strip().lower() if known else item.strip()
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
    # both service patterns need the word; most windows lack it, and a substring test is cheap
    in_window = "services" in window.lower()
    in_full = in_window or "services" in full.lower()
    # the figure's own words first: "Combining goods and services, the deficit was $263 billion, since
    # the U.S. ran a services surplus of $32 billion" -- the second is services
    if in_window and _GOODS_AND_SERVICES.search(window):
        fig.scope = ""
    elif in_window and (services := _SERVICES.search(window)) is not None:
        fig.scope = _services_kind(ctx, fig.pre[0] + services.start())
    elif _SERVICES_AFTER.match(text, fig.end):
        fig.scope = "services"  # "31 billion Swiss francs in annual services trade"
    elif in_full and _GOODS_AND_SERVICES.search(full):
        fig.scope = ""
    elif in_full and _SERVICES.search(full) and not _GOODS.search(full):
        fig.scope = "services"
    elif (goods := _GOODS.search(text, *fig.pre) or _GOODS.search(text, *fig.post)) is not None:
        fig.scope = _goods_kind(ctx, goods)
    elif (
        same_sentence
        and same_sentence[-1].metric in TRADE_METRICS
        and (same_sentence[-1].metric == fig.metric or same_sentence[-1].scope in {"", "goods", "services"})
        and (same_sentence[-1].scope in {"", "goods", "services"} or not _own_subject(window))
    ):
        # goods stay goods across a sentence's flows; a product does not pass to another flow
        # ("of which crude oil made up $50.3 billion, while India's exports were $4.9 billion")
        fig.scope = same_sentence[-1].scope
        inherited = True
    commodity = (
        _commodity_after(text, fig)
        or _commodity(window)
        or _product_at(window)
        or _listed_item(window)
        or _share_subject(window, same_sentence)
        or _named_flow(text, fig)
        or _product_subject(text[fig.pre[0] : fig.start])
        or (
            _product_subject(text[fig.clause_start : fig.start])
            if not _LIST_GOES_ON.search(text, max(fig.sentence.start, fig.clause_start - 150), fig.clause_start)
            else ""
        )
        or _flow_of(text, fig)
        or _worth_subject(text, fig)
        or _share_then_value(ctx, fig)
    )
    if commodity:
        fig.scope = commodity
    elif (inherited or fig.scope in {"", "goods"}) and (share := _share_of(ctx, fig)):
        fig.scope = share


#: A clause that names its own subject: "while total exports reached", "while watches added".
#: A product does not pass into it from the figure before; a pronoun or a flow word
#: ("while those to Japan", "while shipments to Japan") keeps the product.
_WHOLE_SUBJECT = re.compile(r"\b(?:total|overall|all|combined|aggregate)\s+(?:\w+\s+)?(?:exports?|imports?|"
                            r"shipments|sales|trade|purchases)\b", re.IGNORECASE)
_NEW_CLAUSE_SUBJECT = re.compile(r"\b(?:" + CONTRAST_WORDS + r"|but)\s+(?P<w>[A-Za-z][\w-]*)", re.IGNORECASE)
#: Words that point back to something named before; they never name goods themselves
_POINTERS = frozenset({"those", "that", "it", "they", "these", "this", "the", "its", "their"})
_KEEPS_SUBJECT = _POINTERS | {
    "shipments", "exports", "imports", "sales", "purchases", "trade", "deliveries",
    "to", "from", "in", "at", "for", "with", "by",
}


def _own_subject(window: str) -> bool:
    if _WHOLE_SUBJECT.search(window):
        return True
    opener = None
    for opener in _NEW_CLAUSE_SUBJECT.finditer(window):  # noqa: B007 - the last one opens the figure's clause
        pass
    return opener is not None and opener["w"].lower() not in _KEEPS_SUBJECT


#: An acronym that names goods: "LNG", "PGMs", "E&E" (whether it does is the lexicon's to say)
_ACRONYM = r"(?-i:[A-Z][A-Z&]*[A-Z]s?)"
#: an adverb between a subject and its verb: "still accounted for", "alone made up"
_SHARE_ADVERB = r"(?:still|also|alone|together|combined|jointly|collectively|now|only|again|mostly|largely|mainly)"
#: The verbs that give a part's share of a whole: "accounted for", "made up", "represented", "amounted to",
#: "was worth" (their subject is what the figure measures)
_SHARE_VERBS = (
    r"(?:\s+" + _SHARE_ADVERB + r")?\s+"
    r"(?:(?P<share>accounting|accounted|accounts|account|making|made|makes|make)\s+(?:for|up)"
    r"|represent(?:ed|s|ing)?|amount(?:ed|s|ing)\s+to|(?:was|were|is|are)\s+worth)\s+"
    r"(?P<further>(?:a\s+further|another|an\s+additional|the\s+remaining)\s+)?"
    + _AMOUNT_HEDGE + r"\W{0,3}$"
)
#: "with autos and auto parts accounting for roughly $2.3 billion of that": a part of the figure before,
#: named by the words before the verb (which end in a lower-case word or an acronym: "LNG accounted for")
_SHARE_VERB = re.compile(
    r"(?<![\w'’-])(?P<p>(?:[A-Za-z][\w&'’-]*\s+){0,7}(?!" + _SHARE_ADVERB + r"\s)(?:[a-z][\w&'’-]*|" + _ACRONYM + r"))"
    + _SHARE_VERBS
)
#: The subject set apart from its verb: by a bracket ("platinum group metals (PGMs), which ..., accounted
#: for"), by a relative clause between commas, or as the antecedent of "which" ("led by fertilisers, which
#: accounted for")
_SHARE_VERB_APART = re.compile(
    r"(?<![\w'’-])(?P<p>(?:[A-Za-z][\w&'’-]*\s+){0,7}(?!" + _SHARE_ADVERB + r"\s)(?:[a-z][\w&'’-]*|" + _ACRONYM + r"))"
    r"(?P<aside>\s*\([^()]{1,40}\))?"
    r"(?:\s*,\s*(?:which|that)\s+[^,;()]{1,80},|\s*,\s*which)" + _SHARE_VERBS
)
#: where the part's name starts: after the word that opens its clause
_SHARE_OPENER = re.compile(
    r"^.*\b(?:with|" + CONTRAST_WORDS + r"|which|this|that|by|said|says|say|showed|shows|show|mainly|mostly|largely|"
    r"primarily|chiefly|notably|including)\s+",
    re.IGNORECASE,
)
_OF_THE_WHOLE = re.compile(
    r"\s+of\s+(?:that|this|it|them|the\s+(?:total|figure|sum|amount))\b"
    # "accounted for C$3,410 million, or 35.7% of the total": the share as a percentage says the same
    r"|,?\s+or\s+" + _AMOUNT_HEDGE + r"\d{1,2}(?:\.\d{1,2})?" + PERCENT
    + r"\s+of\s+(?:the|that|this|its|their|total|all)\b",
    re.IGNORECASE,
)
#: the nouns that say a phrase names goods whatever the words before them: "E&E products", "consumer goods"
_GOODS_NOUNS = frozenset({"goods", "products", "commodities", "items"})


def _share_of(ctx: _DocContext, fig: _Figure) -> str:
    """The part a figure is a share of ("X accounted for $2 billion of that", "LNG accounted for $5 billion"),
    as a scope."""
    text = ctx.text
    lo = max(fig.clause_start, fig.start - 90)
    low = text[max(fig.pre[0], fig.start - 200) : fig.start].lower()
    if not any(v in low for v in ("account", "mak", "made", "represent", "amount", "worth")):
        return ""  # the pattern's verbs: a cheap test first, as most figures are not shares
    found = _SHARE_VERB_APART.search(text, max(fig.pre[0], fig.sentence.start, fig.start - 200), fig.start)
    apart = found is not None
    if found is None:
        found = _SHARE_VERB.search(text, lo, fig.start)
    if found is None:
        return _opening_subject(ctx, fig)
    part = found["p"]
    opener = _SHARE_OPENER.match(part)
    if opener is not None:
        part = part[opener.end() :]
    at = found.end("p") - len(part)
    words = part.split()
    if words and words[0].lower() in {"the", "its", "their"}:
        words = words[1:]
    if (
        not words
        or words[0].lower() in word_set("not_products.csv")
        or ctx.countries_between(at, found.end("p"))
        or metric_cues().find(part)
    ):
        return ""  # a partner's or a flow's share ("China accounted for ..."), not a product's
    goods = _names_goods(words, opening=at == fig.sentence.start or not text[fig.sentence.start : at].strip())
    if goods is None:
        return ""  # a name: "Samsung accounted for", "the EU made up"
    if not (
        goods
        or _OF_THE_WHOLE.match(text, fig.end)
        or found["further"]  # "while platinum group metals made up a further R23.4bn"
        # "of which machinery made up": a share of the figure before (only "accounted for", "made up":
        # "in the first nine months of this year amounted to" names no part)
        or (not apart and found["share"] and opener and re.search(r"which|this|that", opener.group()))
    ):
        return ""  # "China accounted for $2 billion" alone may be a whole of its own
    return " ".join(words).lower()


#: a share verb right after a comma: its subject is further back, before an aside
_VERB_AFTER_ASIDE = re.compile(r"," + _SHARE_VERBS)
#: the phrase that opens a sentence, up to its first comma
_OPENING_PHRASE = re.compile(r"\s*(?P<p>(?:[A-Za-z][\w&'’-]*\s+){0,7}[A-Za-z][\w&'’-]*)\s*,")
#: a flow word after the goods it is of: "vehicle and auto parts trade"
_FLOW_NOUNS = frozenset({"trade", "exports", "imports", "shipments", "sales", "purchases"})


def _opening_subject(ctx: _DocContext, fig: _Figure) -> str:
    """ "Vehicle and auto parts trade, governed by a regime under which ..., accounted for $7.2 billion":
    the goods that open the sentence are the subject of a share verb that follows an aside between commas
    (however many figures the aside holds)."""
    text = ctx.text
    verb = _VERB_AFTER_ASIDE.search(text, max(fig.pre[0], fig.start - 60), fig.start)
    opening = _OPENING_PHRASE.match(text, fig.sentence.start, fig.start)
    if verb is None or opening is None or opening.end() > verb.start() or verb.start() - opening.end() > 300:
        return ""
    if ";" in text[opening.end() : verb.start()]:
        return ""  # the verb's clause is another one
    words = opening["p"].split()
    if len(words) > 1 and words[-1].lower() in _FLOW_NOUNS:
        words = words[:-1]  # the trade in those goods
    phrase = " ".join(words)
    if (
        words[0].lower() in word_set("not_products.csv")
        or ctx.countries_between(opening.start("p"), opening.end("p"))
        or metric_cues().find(phrase)
        or not _names_goods(words, opening=True)
    ):
        return ""
    return phrase.lower()


def _names_goods(words: list[str], opening: bool) -> bool | None:
    """Whether a subject's ``words`` name goods: the lexicon knows a product in them, or they end in
    "goods", "products". ``None`` when a capital makes them a name ("Samsung", "the EU"): an acronym names
    goods only when the lexicon knows it or "products" follows it ("LNG", "E&E products"), and a capitalised
    word only opens a sentence ("Petrochemicals and plastics accounted for")."""
    phrase = _product_words()[2]
    goods = _has_goods(words)
    for i, w in enumerate(words):
        if not w[0].isupper():
            continue
        if re.fullmatch(_ACRONYM, w):
            if not (phrase.fullmatch(w) or (i + 1 < len(words) and words[i + 1].lower() in _GOODS_NOUNS)):
                return None
        elif not (i == 0 and opening):
            return None
    return goods


def _has_goods(words: list[str]) -> bool:
    """Whether the lexicon knows a product in ``words``, or they end in "goods", "products"."""
    heads = _product_words()[0]
    return (
        any(w.lower() in heads for w in words)
        or words[-1].lower() in _GOODS_NOUNS
        or _product_in().search(" ".join(words)) is not None
    )


@cache
def _product_in() -> re.Pattern[str]:
    """Any product the lexicon knows, as whole words inside a phrase."""
    phrase = _product_words()[2]
    return re.compile(r"(?<![\w&-])(?:" + phrase.pattern + ")", phrase.flags)


#: the word before "goods": "engineering goods" are a kind of goods, "its goods" all of them
_GOODS_MODIFIER = re.compile(
    r"(?<![\w-])(?P<lead>(?:mainly|largely|mostly|primarily|including|such\s+as|like|led\s+by|driven\s+by)\s+"
    r"(?:[a-z-]+,?\s+){0,5})?(?P<mod>(?:[a-z][a-z-]{2,}\s+and\s+)?[a-z][a-z-]{2,}|" + _ACRONYM + r")\s+$"
)


def _services_kind(ctx: _DocContext, at: int) -> str:
    """ "services", or the kind a word before them narrows them to ("travel services exported")."""
    word = _SERVICES_WORD.match(ctx.text, at)
    # "trade in services": no word before them
    return _narrowed(ctx, word.start(), "services", "services") if word is not None else "services"


_SERVICES_WORD = re.compile(r"\s*(?=services\b)", re.IGNORECASE)


def _goods_kind(ctx: _DocContext, goods: re.Match[str]) -> str:
    """ "goods", or the kind a word before it narrows them to ("consumer goods", "dairy products")."""
    noun = goods.group().lower()
    return _narrowed(ctx, goods.start(), noun, "goods") if noun in {"goods", "products"} else "goods"


def _narrowed(ctx: _DocContext, at: int, noun: str, plain: str) -> str:
    """``noun`` (at ``at``) with the word before it that narrows it ("engineering goods"), or ``plain``
    when there is none, or it only says who trades them or how ("its goods", "exporting goods"), or
    it follows "mainly", "including" ("mainly crude oil and petroleum products")."""
    before = _GOODS_MODIFIER.search(ctx.text, max(0, at - 60), at)
    if before is None or before["lead"]:
        return plain
    if before["mod"].isupper() and ctx.countries_between(before.start("mod"), before.end("mod")):
        return plain  # "US goods", "EU products": whose goods, not which
    kind = _product_phrase(before["mod"])
    # an acronym names a kind of goods as a word does: "E&E products", "ICT goods"
    return f"{kind.lower()} {noun}" if kind else plain


#: "while engineering exports rose 15.4% to $1.4 billion": a word before the flow names what is traded
_MODIFIED_FLOW = re.compile(
    r"\s*(?:(?:" + CONTRAST_WORDS + r"|but|and)\s+)?(?:the\s+)?"  # the subject that opens the figure's clause
    r"(?:(?-i:[A-Z][a-z]+(?:['’]s)?)\s+)?"  # "Peruvian blueberry exports", "India's ...", "Swiss watch ..."
    r"(?P<mod>[a-z][a-z-]{2,}(?:\s+and\s+[a-z][a-z-]{2,}|\s+(?!and\b)[a-z][a-z-]{2,})?(?:\s+(?:goods|products))?)\s+"
    r"(?:exports?|imports?|shipments|sales)\b"
)
#: "Shipments of passenger cars and light commercial vehicles to Mexico jumped ...": the goods a flow is of
#: and "two-way trade in vehicles and auto parts reached ...": the goods a trade is in
_FLOW_OF = re.compile(
    r"\b(?:(?i:exports?|imports?|shipments|sales|purchases|deliveries|supplies)\s+of|(?P<trade>(?i:trade))\s+in)"
    r"\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?"  # "import of Polish fuel": where it comes from, not what it is
    r"(?P<mod>(?:[a-z][\w-]*\s+){0,7}?[a-z][\w-]*)"
    r"(?=\s+(?:to|from|into|with|worth|valued|were|was|are|is|reached|totall?ed|amounted|rose|fell|grew|jumped|"
    r"climbed|surged|increased|decreased|declined|dropped|slipped|hit|stood|came|in|at|by|last|this|between)\b"
    r"|\s*[,(])"
)
#: adjectives, participles and adverbs describe a flow, they do not name a product
#: (but "seed" and "flaxseed" are nouns)
_NOT_A_NOUN = re.compile(r".*(?:est|(?<!e)ed|ly|ous|ive|ic)$")


#: "followed by beverages at 8.9bn and sugar at 6.1bn baht", "followed by LNG at RM3bn": the product right
#: before "at"
_PRODUCT_AT = re.compile(
    r"(?:^|[\s,])(?P<p>(?:[a-z]+\s+(?:and\s+)?)?(?P<last>[a-z]+|" + _ACRONYM + r"))\s+at\s+" + _AMOUNT_HEDGE
    + r"\W{0,3}$"
)


#: "automobiles remained the top item at $3.1 billion": the goods ranked first, named before the verb
_RANKED_ITEM = re.compile(
    r"(?:^|[\s,])(?P<p>(?:[a-z]+\s+(?:and\s+)?)?(?P<last>[a-z]+|" + _ACRONYM + r"))\s+"
    r"(?:was|were|remained|remains|is|are)\s+the\s+"
    r"(?:(?:single|second|third|biggest|largest|top|main|leading|chief)[\s-]+){1,2}(?:\w+\s+)?"
    r"(?:item|product|category|commodity|export|import|earner|good)s?\s+at\s+" + _AMOUNT_HEDGE + r"\W{0,3}$"
)


def _product_at(window: str) -> str:
    """The goods named right before "at" ("crude oil at $9.8 billion", "automobiles remained the top item
    at $3.1 billion"), if the lexicon knows them."""
    heads, _, phrase = _product_words()
    for found in (_PRODUCT_AT.search(window), _RANKED_ITEM.search(window)):
        if found is None:
            continue
        for cand in (" ".join(found["p"].split()), found["last"]):
            words = [w for w in cand.split() if w != "and"]
            if cand.startswith("and "):
                continue  # "8.9bn and sugar at": the list's 'and', not part of the name
            if phrase.fullmatch(cand) or all(w in heads for w in words):
                return cand.lower()  # an acronym as the lexicon's other spellings: "LNG" is "lng"
    return ""


#: "Main export items included phones and components (US$2.15 billion), ...": an item of a list
#: with its figure in brackets right after it
_LISTED_ITEM = re.compile(
    r"(?:\b(?:included|include|includes|including|such\s+as|led\s+by|notably|namely|mainly)|[:;,])\s+"
    r"(?:the\s+)?(?P<p>[a-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]+){0,3})\s*\(\s*" + _AMOUNT_HEDGE + r"\W{0,3}$"
)
#: "..., while clothing contributed 540 billion yen": the subject of a share verb after a share
_SHARE_CLAUSE = re.compile(
    r"\b(?:" + CONTRAST_WORDS + r"|and)\s+(?P<p>[a-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]+){0,2})\s+"
    r"(?:contributed|added|accounted\s+for|made\s+up|brought\s+in)\s+(?:another\s+|a\s+further\s+)?"
    + _AMOUNT_HEDGE + r"\W{0,3}$"
)


def _named_goods(phrase: str) -> str:
    """``phrase`` as a product scope, or "" when it names a flow or no goods ("the rest", "total")."""
    words = phrase.split()
    if (
        words[0] in word_set("not_products.csv")
        or words[0] in _POINTERS | {"rest", "others"}
        or metric_cues().find(phrase)
    ):
        return ""
    return " ".join(words)


def _listed_item(window: str) -> str:
    found = _LISTED_ITEM.search(window)
    return _named_goods(found["p"]) if found else ""


def _share_subject(window: str, same_sentence: list[_Figure]) -> str:
    """The goods a 'while X contributed $Y' clause names, after a figure of the sentence that is a product's."""
    found = _SHARE_CLAUSE.search(window)
    if found is None or not same_sentence or same_sentence[-1].scope in {"", "goods", "services"}:
        return ""
    return _named_goods(found["p"])


def _named_flow(text: str, fig: _Figure) -> str:
    """The product the figure's own clause puts before its flow ("engineering exports"), if any."""
    clause = text[fig.clause_start : fig.start]
    # "Automobile exports to Canada dropped ...": a product word capitalised only because it opens
    # the sentence (a name such as "Toyota exports" is not a product word and stays a name)
    first = _FIRST_WORD.match(clause)
    if first is not None and _is_product_word(first["w"].lower()):
        clause = clause[: first.start("w")] + clause[first.start("w")].lower() + clause[first.start("w") + 1 :]
    found = _MODIFIED_FLOW.match(clause)
    if not found:
        return ""
    return _product_phrase(found["mod"])


_FIRST_WORD = re.compile(r"\s*(?P<w>(?-i:[A-Z])[a-z]+)\b")


def _is_product_word(word: str) -> bool:
    """Whether the product lexicon knows ``word`` (or its plural) as a product."""
    heads, _, phrase = _product_words()
    return any(w in heads or phrase.fullmatch(w) is not None for w in (word, word + "s"))


def _flow_of(text: str, fig: _Figure) -> str:
    """The goods the figure's clause says its flow is of ("exports of motor vehicles"), if any."""
    found = None
    start = fig.clause_start
    if not metric_cues().find(text, start, fig.start):
        # "Shipments of canola seed, once Canada's largest export to China, were worth ...": a clause
        # that names no flow of its own continues the subject before the aside
        start = max(fig.sentence.start, fig.start - LOOK_CHARS)
    for m in _FLOW_OF.finditer(text, start, fig.start):
        found = m  # the last: the nearest to the figure
    if found is None or metric_cues().find(found["mod"]):
        return ""
    if found["trade"] and not _has_goods(found["mod"].split()):
        return ""  # "trade in the first half", "trade in local currencies": when or how, not what
    # after "of" the phrase is a noun phrase: its first word may describe ("electric buses", "refined oil")
    return _product_phrase(found["mod"], adjective_first=True)


#: "the mining sector, which represented 83.9% of total shipments to China, totaling US$22 billion": the value
#: written after a part's percentage share of a whole is the part's (a whole's own value would be written
#: with it: "of total shipments of $26.2 billion")
_SHARE_THEN_VALUE = re.compile(
    r"(?<![\w'’-])(?P<p>(?:[a-z][\w&'’-]*\s+){0,3}[a-z][\w&'’-]*)\s*,\s*(?:which|that)\s+"
    r"(?:represent(?:ed|s)?|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|constituted|constitutes)\s+"
    + _AMOUNT_HEDGE + r"\d{1,2}(?:\.\d{1,2})?" + PERCENT + r"\s+of\s+[^,;:()$€£¥\d]{1,60},\s*"
    r"(?:totall?ing|worth|valued\s+at|amounting\s+to|or|at)\s+" + _AMOUNT_HEDGE + r"\W{0,3}$"
)
_PHRASE_OPENERS = frozenset({"the", "its", "their", "to", "of", "by", "with", "in", "on", "from", "for", "as"})
#: a sector named for its goods: "the mining sector", "the fishing industry"
_SECTOR = re.compile(r"\s+(?:sector|industry)$")


def _share_then_value(ctx: _DocContext, fig: _Figure) -> str:
    found = _SHARE_THEN_VALUE.search(ctx.text, max(fig.sentence.start, fig.start - 200), fig.start)
    if found is None or ctx.countries_between(found.start("p"), found.end("p")):
        return ""  # "China, which accounted for 30% of total exports, ...": a partner's share, not goods'
    words = found["p"].split()
    # the part's name starts after the last word that opens a noun phrase: "tied to the mining sector"
    cut = max((i + 1 for i, w in enumerate(words) if w in _PHRASE_OPENERS), default=0)
    words = words[cut:]
    sector = _SECTOR.search(" " + " ".join(words))
    if sector is not None:
        words = words[:-1]
    if not words or metric_cues().find(" ".join(words)) or not (sector or _has_goods(words)):
        return ""
    return _named_goods(" ".join(words))


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


def _product_phrase(mod: str, adjective_first: bool = False) -> str:
    """ "food and drink", "passenger cars" as a scope; "" when a word only describes the flow ("total").
    With ``adjective_first`` the first word may be an adjective of the product ("processed food")."""
    words = [w for w in mod.split() if w != "and"]
    if not words:
        return ""
    first, head = words[0], words[-1]
    for word in (first, head) if len(words) > 1 else (head,):
        if word in word_set("not_products.csv") or word in growth_words().values:
            return ""
        describes = adjective_first and len(words) > 1 and word == first
        if _NOT_A_NOUN.fullmatch(word) and not _is_product_word(word) and not describes:
            return ""
    return " ".join(mod.split())



def _product_subject(window: str) -> str:
    """A product named as the subject before the figure ("Fruits and vegetables stood out, generating $306 million")."""
    heads, _, phrase = _product_words()
    for lead in (r"\s*,?\s*(?:with\s+|while\s+|whilst\s+|and\s+|followed\s+by\s+)?", r"\s*[A-Z][a-z]+\s+(?:of\s+)?"):
        # "..., with crude oil at $9.8 billion and iron ore at $8.4 billion": a commodity's whole name
        slot = re.match(lead, window)
        named = phrase.match(window, slot.end()) if slot else None
        # "Samsung Electronics has invested", "Tata Steel said": a capital after a name is part of the name
        in_name = lead.startswith(r"\s*[A-Z]")
        # "Excluding gold, exports were ...": everything but the product; "Including gold": everything
        opener = slot.group().split()[0].lower() if in_name and slot else ""
        prefix = "non-" if opener in _EXCLUDING else ""
        if opener and not prefix and opener in word_set("not_products.csv"):
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


#: "exports, led by auto components, textiles and marine products ..., were": a clause that goes on with a
#: list of what drove or made up the total names the parts, not the scope of the total
_LIST_GOES_ON = re.compile(
    r"\b(?:(?:led|driven|boosted|helped|powered|propelled|dominated)\s+by|including|such\s+as|mainly|notably|"
    r"chiefly|primarily)\s+(?:[A-Za-z&'’ -]+,\s*)+\Z",
    re.IGNORECASE,
)
_HYPHENED_ONTO = re.compile(r"(?<![\w-])[A-Za-z][a-z]{1,11}-\Z")
#: "$100 billion in non-oil trade", "$3 billion in crude oil exports": the goods named right after the amount
_IN_AFTER = re.compile(r"\s+(?:worth\s+)?in\s+(?:(?:annual|yearly|bilateral|two-way|total)\s+)?(?P<non>non-)?")


def _commodity_after(text: str, fig: _Figure) -> str:
    m = _IN_AFTER.match(text, fig.end)
    if m is None:
        return ""
    found = _product_words()[1].match(text[m.end() : min(fig.sentence.end, m.end() + 60)])
    if found is None:
        return ""
    item = " ".join((found.group(1) or "").lower().split())
    return (m["non"] or "") + item if item else ""


def _commodity(window: str) -> str:
    found = list(_product_words()[1].finditer(window))
    if not found:
        return ""
    m = found[-1]
    lead = window[max(0, m.start() - 30) : m.start()].lower()
    if re.search(r"\b(?:mainly|largely|mostly|primarily|led by|driven by|including|such as)\s*$", lead):
        return ""
    item = " ".join((m.group(1) or m.group(2) or m.group(3)).lower().split())
    # a lower-case word hyphened onto the product is part of its name: "agri-food" is not all food,
    # and "non-oil exports" are everything but oil
    joined = _HYPHENED_ONTO.search(window, max(0, m.start() - 16), m.start())
    return joined.group().lower() + item if joined else item
