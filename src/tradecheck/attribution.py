"""Who the text credits for its figures: "according to X", "X said", "data from X show".

Text and sentences in, attribution spans out; which figure an attribution belongs to
(the same sentence, a paragraph's opener, "The statement came from X" in the next
sentence, the speaker of a quote) is decided by the resolver.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .countries import INSTITUTION_NOUNS, find_countries
from .extract import Sentence, currency_aliases
from .trie import trie_regex


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    source: str
    sentence: int
    backward: bool = False  # "This was announced by X": applies to the sentence before
    strong: bool = True  # "according to X", "data from X" (vs. a name before a verb)


_SRC = r"(?P<src>[^,.;:()“”\"]{2,90}(?:\([^()]{1,20}\))?)"
#: Lowercase words inside a name: an office's "of" and "for", and the particles of people's names
#: ("Ursula von der Leyen", "Faisal bin Farhan")
_NAME_JOINS = r"(?:of|and|&|for|the|on|de|des|du|la|del|di|da|do|dos|bin|bint|ibn|van|von|der|den)"
_NAME = (
    r"(?P<src>(?:[A-Z][\w’'.-]*\s+(?:" + _NAME_JOINS + r"\s+){0,2}){0,12}[A-Z][\w’'.-]*"
    r"(?:\s+\([A-Z][A-Za-z]{1,11}\))?)"  # a short name in brackets: (KNBS), (TurkStat)
)
_TITLE_SOURCE = (
    r"(?P<src>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?['’]s\s+(?:[a-z]+\s+){0,3}"
    r"(?:minister|ministry|customs|officials?|spokes(?:man|woman|person)|statistics\s+\w+|central\s+bank|"
    r"government|embassy|data|figures|statistics|"
    # "Vietnam's customs authority put ...", "Brazil's trade department said"
    r"authority|authorities|agency|office|bureau|administration|department|"
    # "Peru's ambassador to Chile said": the envoy speaks for the country that sent them
    r"(?:ambassador|envoy|consul(?:\s+general)?|high\s+commission(?:er)?)(?:\s+to\s+(?:the\s+)?[A-Z][\w’'.-]*)?))"
)
#: Offices a text may name without capitals ("the commerce ministry", "customs data").
_LOWER_OFFICE = (
    r"(?:ministry|office|bureau|agency|department|customs(?:\s+(?:service|administration|office|authority))?|"
    r"administration|authority|commission|central\s+bank|statistics\s+(?:office|agency|bureau|service)|"
    r"embassy|government)"
)
#: ... with a word saying which one: "the ministry" alone points back, and is not a name
_LOWER_OFFICE_SOURCE = re.compile(
    r"^(?:(?!this\b|that\b|same\b)[a-z]+\s+){1,2}" + _LOWER_OFFICE + r"(?:\s+(?:data|figures|statistics))?$"
)
#: What an office does with its figures: "the trade ministry said", "the ministry reported earlier"
#: ("posted on X", "posted on its website": not "the government posted a deficit", the office's own figure)
_OFFICE_VERB = r"(?:said|says|reported|reports|announced|showed|shows|estimated|estimates|stated|posted\s+on)\b"
_OFFICE_VERB_WORDS = ("said", "says", "report", "announced", "show", "estimate", "stated", "posted")
#: A speaker's role written before the name, after the verb: "the Lahore-based economist", "chief analyst"
_ROLE_WORD = (
    r"(?:economist|analyst|minister|director|spokes(?:man|woman|person)|"
    r"president|chair(?:man|woman|person)?|official|chief|head|secretary|ambassador|envoy|governor|researcher|"
    r"professor|advis[eo]r|executive|manager|founder|strategist|expert|consultant|deputy)"
)
_ROLE = r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?" + _ROLE_WORD + r"\s+"
#: "said Peru's Ambassador to Chile, Ana Ruiz.": a title, the words of its office, then the person's name
#: in apposition, ending the clause. The name is who spoke; the title only says what they are.
_ENDS_IN_ROLE = re.compile(r"\b" + _ROLE_WORD + r"$", re.IGNORECASE)
_TITLED_NAME = re.compile(
    r"(?:\s+(?:to|at|in|of|for|the|on|and|with|[A-Z][\w’'.-]*)){0,8},\s+"  # " to Chile", " at the Embassy in Lima"
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*[\w’'])\s*(?:[.,;]|$)"  # "Ana Ruiz." (2 to 4 words)
)
_ATTRIBUTION_PATTERNS = [
    re.compile(
        # "per" credits a source ("per government figures"), never in "per cent", "per capita", "per tonne"
        r"\b(?:according\s+to|as\s+per|citing|cited\s+by|per(?!\s+(?:cent|centum|annum|capita|head|unit|kg|"
        r"kilo\w*|tonnes?|tons?|barrels?|shares?|years?|months?|days?|weeks?|person|household)\b))\s+" + _SRC,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:data|figures|statistics|report|reports|estimates)\s+(?:released|published|supplied|compiled|issued)?\s*"
        r"(?:by|from|of)\s+"
        + _SRC
        + r"(?:\s+(?:on\s+\w+\s+)?(?:show|shows|showed|indicate|indicates|reveal|reveals))?",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:reported|announced|released|stated|estimated)\s+by\s+" + _SRC, re.IGNORECASE),
    # (not "told": in "..., told IRNA that", the name after it is the listener)
    # ... also after a role: "said Lahore-based economist Sara Khan", "said trade analyst Ana Ruiz"
    # ... or with a verb of explaining or reporting after a quote: '..., explains Ana Ruiz', '...”, reports Ruiz'
    re.compile(
        r"[,“”\"]\s*(?:said|says|noted|notes|added|adds|stated|stressed|explained|explains|reported|reports)\s+"
        r"(?:" + _ROLE + r")?" + _NAME
    ),
    re.compile(
        _TITLE_SOURCE + r"\s+(?:said|says|told|noted|stated|reported|reports|showed|shows|show|estimated|estimates|"
        r"puts?|gave|gives|recorded|records)\b"
    ),
    re.compile(_NAME + r"\s+(?:quotes|quoted)\s+(?P<src2>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+as\s+saying"),
    re.compile(
        # the lowercase head nouns belong to the source: "Chinese customs data showed", "Kazakh media report"
        _NAME[:-1]
        + r"(?:\s+(?:media|officials|data|figures|numbers|statistics|customs|authorities|analysts|government|"
        r"ministry|embassy|office|agency|bureau|service|committee|department|mission|spokesman|spokeswoman|spokesperson)){0,2})\s+"
        # "EPB data released in April showed": when the data came out, between the source and its verb
        r"(?:(?:released|published|issued)\s+(?:in|on|last)\s+\w+\s+)?"
        r"(?:(?:has|have|had)\s+)?(?:(?:also|further|now|again)\s+)?"  # "MDIC figures also show"
        r"(?:cites|cited|said|says|told|noted|stated|reported|reports|report|estimated|estimates|claimed|claims|"
        r"asserted|asserts|announced|stressed|highlighted|showed|shows|show|expects|projects|forecasts|predicts|"
        r"anticipates|"
        # what makes figures known: "KOTRA disclosed that", "Ana Lima added that", "NBS data revealed"
        r"disclosed|discloses|revealed|reveals|(?:added|adds|confirmed|confirms|explained|explains)\s+that|"
        # a plural or past subject: "Economists at Maybank expect", "KITA forecast that" (not "project":
        # "the Shaheen project" is a noun)
        r"expect|forecast|predict|estimate|anticipate|expected|projected|predicted|"
        r"(?:puts|put|gives|gave|records|recorded)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:figure|total|number|trade|turnover|exports|imports|surplus|deficit)|"
        # "The Ministry of Commerce released figures on Monday, saying ..."
        r"(?:released|publishes|published|issued)\s+(?:(?:its|the|new|latest|monthly|quarterly|annual|preliminary|"
        r"official|trade)\s+){0,3}(?:figures|data|statistics|estimates))\b"
    ),
    re.compile(
        _NAME + r"\s+(?:(?:also|further|repeatedly|again|earlier|later|inaccurately|falsely|wrongly|\w+ly)\s+){1,2}"
        r"(?:said|says|claimed|claims|asserted|asserts|stated|states|insisted|insists|argued|argues)\b"
    ),
    # a speaker with an apposition: "Hamid Hosseini, a member of the chamber, told IRNA that ..."
    # ... or a possessive: "Banorte, Mexico's second-largest bank, expects ..."
    re.compile(
        _NAME + r",\s+(?:(?:a|an|the)\s+|[A-Z][\w’'.-]*['’]s\s+)[^,;:“”\"]{3,90}?,\s+"
        r"(?:said|says|told|noted|stated|added|expects|estimates|forecasts|projects|predicts)\b"
    ),
    # an office named in lowercase: "the trade ministry said", "the statistics office reported"
    re.compile(
        r"\b[Tt]he\s+(?P<src>(?:[a-z]+\s+){1,2}" + _LOWER_OFFICE + r")\s+" + _OFFICE_VERB
    ),
    # ", he said": a pronoun after the words it credits stands for the speaker named just before
    re.compile(r"[,“”\"]\s*(?P<src>he|she|they)\s+(?:said|says|added|noted|told|stated)\b"),
    # "the ministry said earlier": an office named before, by the noun that heads its name
    re.compile(
        r"\b[Tt]he\s+(?P<src>" + _LOWER_OFFICE + r")\s+(?:(?:also|earlier|later|separately|previously)\s+)?"
        + _OFFICE_VERB
    ),
    # a speaker by title alone after the words: "..., said the Peruvian minister of trade"
    re.compile(r",\s*(?:said|says|added|noted)\s+the\s+(?P<src>(?:[\w’'-]+\s+){0,2}?" + _ROLE_WORD
               + r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?)\s*[.;]"),
    # a name in apposition after what it is: "Egypt's own statistics agency, CAPMAS, puts the figure ..."
    re.compile(
        r"\b[a-z]+,\s+" + _NAME + r",\s+(?:said|says|told|noted|stated|added|estimates|estimated|puts|put|gives|"
        r"gave|records|recorded|reported|reports)\b"
    ),
]
#: Words each pattern above cannot match without (lowercase: the first three patterns
#: ignore case, so they are looked up in the lowercased sentence). Most sentences have
#: none of them, and a substring test costs far less than a pattern that tries a run of
#: capitalised words at every capital letter.
_TRIGGERS: list[tuple[str, ...]] = [
    ("according", "per", "citing", "cited"),
    ("data", "figures", "statistics", "report", "estimates"),
    ("reported", "announced", "released", "stated", "estimated"),
    ("said", "says", "note", "add", "stated", "stressed", "explain", "report"),
    ("'s", "’s"),
    ("as saying",),
    (
        "said", "says", "told", "noted", "stated", "report", "estimate", "claim", "assert", "announced",
        "stressed", "highlighted", "show", "put", "give", "gave", "record", "released", "publish", "issued",
        "expect", "project", "forecast", "predict", "anticipate", "cite", "disclose", "reveal", "added that",
        "adds that", "confirm", "explain",
    ),
    ("said", "says", "claim", "assert", "stated", "states", "insist", "argue"),
    ("said", "says", "told", "noted", "stated", "added", "expects", "estimates", "forecasts", "projects", "predicts"),
    _OFFICE_VERB_WORDS,
    ("said", "says", "added", "noted", "told", "stated"),
    _OFFICE_VERB_WORDS,
    ("said", "says", "added", "noted"),
    ("said", "says", "told", "noted", "stated", "added", "estimate", "put", "give", "gave", "record", "report"),
]
#: One search per pattern for "is any of its words in the sentence" (a plain substring test).
_TRIGGER_PATTERNS = [re.compile("|".join(map(re.escape, words))) for words in _TRIGGERS]
#: Any trigger word of any pattern, looked up in the lowercased sentence (a lowercase word found
#: with its case is there lowercased too): most sentences near a figure credit no one, and one
#: search then spares them a search per pattern.
_ANY_TRIGGER = re.compile(trie_regex({word.lower() for words in _TRIGGERS for word in words}))
_IGNORING_CASE = 3  # patterns before this index ignore case
_IN_PLACE = re.compile(r"\b(?:in|based\s+in)\s+\Z")
#: ... except after an envoy's title: "the Ambassador in Lima Ana Ruiz told", the post and then the person
_POSTED_IN = re.compile(
    r"\b(?:ambassador|envoy|consul(?:\s+general)?|high\s+commissioner|representative)\s+in\s+\Z", re.IGNORECASE
)


#: ... or after an office abroad: "the Chinese Embassy in Zimbabwe said", the office and its host country
_OFFICE_IN = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,3}(?:Embassy|Consulate(?:\s+General)?|High\s+Commission|Mission|Delegation)"
    r"\s+in\s+(?:the\s+)?\Z"
)


def _name_group(groups: dict[str, str | None]) -> str:
    """The group that holds the source's name in a match."""
    return "src2" if groups.get("src2") else "src"
_BACKWARD = re.compile(
    r"^(?:This|That|It|These|The\s+(?:statement|figure|figures|data|announcement))\s+"
    r"(?:was|were|came)\s+(?:announced|reported|released|stated|made|said|from)\s+(?:by\s+)?" + _NAME
)
_LEADING = re.compile(
    r"^(?:(?:but|and|however|meanwhile|yet|also)\s+)?(?:the\s+)?(?:latest\s+|official\s+|preliminary\s+|provisional\s+|(?-i:new)\s+)?(?:(?:data|figures|statistics|research|report|estimates)\s+"
    r"(?:released\s+|published\s+|supplied\s+|compiled\s+|issued\s+|cited\s+)?(?:by|from)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"\s+(?:on|during|in|at|based|cited|which|who|that|as|when|after|before|marked|showed|shows|show|"
    r"said|says|reached|was|were|is|are|has|have|had|rose|fell|grew|indicated|revealed|noted)\b.*$"
    # "according to the statistics agency Friday": when it spoke, not part of its name
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:last|this)\s+(?:week|month))\b.*$"
    # "for" ends a source, except in an office's name: "Office for National Statistics"
    r"|" + "".join(f"(?<!{noun})" for noun in INSTITUTION_NOUNS) + r"\s+for\b.*$"
)
_GENERIC_SOURCES = re.compile(
    r"^(?:government|official|federal|customs|national)\s+(?:figures|data|statistics)$", re.IGNORECASE
)
_NOT_SOURCE = re.compile(
    r"^(?:the\s+)?(?:year|period|month|quarter|\d|same|previous|last|this|its|their|his|her|it)\b"
    # a date is not a source: "data released in April showed"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
    # "Officials put trade at ...": a plural of nobody in particular credits no one
    r"|^(?:officials|analysts|economists|experts|sources|traders|observers|diplomats|exporters|importers|"
    r"producers|manufacturers|businesses|companies|firms|investors|buyers|sellers)$"
    # "New figures released on Friday revealed": figures that say only how recent they are name no one
    r"|^(?:new|latest|recent|fresh|provisional|preliminary)\s+(?:data|figures|statistics|numbers|estimates)$"
    # an article or a bare data noun at a sentence's start ("An estimated 40,000 firms", "Data shows") is no name
    r"|^(?:a|an|the|data|figures|statistics)$",
    re.IGNORECASE,
)


#: Offices whose names list several portfolios ("Ministry of Trade, Industry and Energy",
#: "Ministry of Development, Industry, Trade and Services"): the commas are part of the name.
_OFFICE = r"(?:Ministry|Department|Office|Bureau|Commission|Committee|Council|Agency|Institute|Chamber|Board|Authority)"
_CAP = r"[A-Z][\w’'.-]*"
_OFFICE_BEFORE = re.compile(
    rf"(?:\b(?:the\s+)?(?:{_CAP}\s+){{0,2}}{_OFFICE}\s+(?:of|for)\s+(?:{_CAP}(?:\s+{_CAP}){{0,3}},\s+)+)$"
)
_OFFICE_OPEN = re.compile(rf"\b{_OFFICE}\s+(?:of|for)\s+{_CAP}(?:\s+{_CAP}){{0,3}}$")
_OFFICE_REST = re.compile(
    rf",\s+(?:{_CAP},\s+)*{_CAP}(?:\s+{_CAP})*\s+and\s+{_CAP}(?:\s+{_CAP})*(?:\s+\([A-Z]{{2,10}}\))?"
)


def _office_widened(chunk: str, start: int, end: int, src: str) -> tuple[int, int, str]:
    """Widen a source cut at a comma inside an office's name, before or after it."""
    before = _OFFICE_BEFORE.search(chunk, max(0, start - 150), start)
    if before is not None:
        return min(start, before.start()), end, _clean_source(before.group() + src)
    if _OFFICE_OPEN.search(src):
        rest = _OFFICE_REST.match(chunk, end)
        if rest is not None:
            tail = rest.group().rstrip(" ,.’'")  # a name's last word may end the sentence
            return start, rest.start() + len(tail), src + tail
    return start, end, src


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(a.code for a in currency_aliases()) | frozenset(a.alias for a in currency_aliases())


def _clean_source(raw: str) -> str:
    s = " ".join(raw.split())
    s = _LEADING.sub("", s)
    s = _STOP.sub("", s)
    return s.strip(" ,.’'")


#: "Thailand recorded a deficit", "Japan reports a surplus": a country as the subject of its own figure
_OWN_RECORD = re.compile(r"\s+(?:has\s+|had\s+)?(?:records|recorded|reports|reported|posts|posted)\b")


def attribution_sentences(sents: list[Sentence], with_figures: set[int]) -> list[Sentence]:
    wanted = {i + d for i in with_figures for d in (-1, 0, 1, 2)}
    firsts: dict[int, int] = {}
    for sent in sents:
        firsts.setdefault(sent.paragraph, sent.index)
    figure_paragraphs = {sents[i].paragraph for i in with_figures}
    wanted |= {firsts[p] for p in figure_paragraphs}
    # the lead (after any headline) names the source that "the ministry" later points back to
    wanted |= set(list(firsts.values())[:2])
    return [s for s in sents if s.index in wanted]


_ASIDE = re.compile(
    r",\s+(?:however|though|meanwhile|in\s+turn|for\s+(?:its|his|her|their)\s+part|by\s+contrast|too|also),(?=\s)"
    # a relative clause about the speaker: "The Bank of Uganda, which records trade in dollars, put ..."
    r"|,\s+(?:which|who)\s+[^,;:“”\"\d]{3,80},(?=\s)"
    # another name for it: "The chamber of commerce, known as CCL, said ..."
    r"|,\s+(?:also\s+)?(?:known|abbreviated)\s+as\s+[^,;:“”\"\d]{1,40},(?=\s)",
    re.IGNORECASE,
)
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,4}")
_STOP_STANDIN = "\u2024"  # one dot leader: a word character for no pattern, a stop for none
_BARE_OFFICE = re.compile(_LOWER_OFFICE)
#: A pronoun is not a source: it stands for the one named before it.
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: A short form as the credit: "SBP data showed", "according to the NBS"
_SHORT_FORM = re.compile(r"([A-Z]{2,10})(?:\s+(?:data|figures|statistics))?")
#: The capitalised name written just before "(SBP)"
_NAME_BEFORE = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+(?:" + _NAME_JOINS + r"\s+){0,2}){0,8}[A-Z][\w’'.-]*\s*\Z"
)


def _spelt_out(text: str, short: str, before: int) -> str | None:
    """The name an article spelt out before giving its short form in brackets: "State Bank of Peru (SBP)"
    for "SBP", from the word that starts with the short form's first letter; else None."""
    key = f"({short})"
    at = text.find(key, 0, before)
    while at >= 0:
        m = _NAME_BEFORE.search(text, max(0, at - 150), at)
        if m is not None:
            words = m.group().split()
            first = next((i for i, w in enumerate(words) if w[0] == short[0]), None)
            if first is not None and len(words) - first >= 2:
                return " ".join(words[first:]) + " " + key
        at = text.find(key, at + 1, before)
    return None


def _quote_opened_in(text: str, sents: list[Sentence], closing: int) -> int | None:
    """The index of the sentence where the quote closed at ``closing`` opened, within its paragraph."""
    opening = text.rfind("“" if text[closing] == "”" else '"', max(0, closing - 3000), closing)
    if opening < 0 or "\n" in text[opening:closing] or (text[closing] == "”" and "”" in text[opening:closing]):
        return None
    k = bisect.bisect_right([s.start for s in sents], opening) - 1
    return sents[k].index if k >= 0 and opening < sents[k].end else None


def _bare_country(src: str) -> bool:
    """The source is a country's name and nothing more ("Peru", "the US"): no agency, office or data."""
    name = re.sub(r"^[Tt]he\s+", "", src)
    found = find_countries(name)
    return len(found) == 1 and found[0].form in {"name", "alias"} and (found[0].start, found[0].end) == (0, len(name))


#: A title with no name: "minister", "the Peruvian minister of trade" (lowercase role and office)
_TITLE_ONLY = re.compile(
    # (no possessive: "Egypt's trade minister" names whose minister, and is a source as it stands)
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<role>" + _ROLE_WORD + r")(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
)


def _bare_demonym(src: str) -> bool:
    """The source is a nationality and nothing more ("Indian" in "Indian projects attracted ..."): it names
    what the following noun is about, never who is speaking."""
    found = find_countries(src)
    return len(found) == 1 and found[0].form == "demonym" and (found[0].start, found[0].end) == (0, len(src))


def find_attributions(text: str, sents: list[Sentence]) -> list[Attribution]:
    out: list[Attribution] = []
    for sent in sents:
        # "X, however, told TASS that ...": an aside between a speaker and the verb is blanked out
        # (same length, so offsets hold)
        chunk = _ASIDE.sub(lambda m: " " * len(m.group()), text[sent.start : sent.end])
        # "the U.S. Census Bureau": an initialism's stops are not the end of a source (same length)
        chunk = _INITIALISM.sub(lambda m: m.group().replace(".", _STOP_STANDIN), chunk)
        back = _BACKWARD.search(chunk)
        if back:
            src = _clean_source(back.group("src"))
            if src:
                out.append(Attribution(sent.start + back.start(), sent.start + back.end(), src, sent.index, True))
                continue
        lowered = chunk.lower()
        if _ANY_TRIGGER.search(lowered) is None:
            continue
        for p_index, pat in enumerate(_ATTRIBUTION_PATTERNS):
            seen = lowered if p_index < _IGNORING_CASE else chunk
            if not _TRIGGER_PATTERNS[p_index].search(seen):
                continue
            for m in pat.finditer(chunk):
                groups = m.groupdict()
                raw = groups.get("src2") or groups.get("src") or ""
                src = _clean_source(raw).replace(_STOP_STANDIN, ".")
                if not src or _NOT_SOURCE.match(src) or len(src) < 2:
                    continue
                at = m.start(_name_group(groups))
                lead = at
                if p_index >= _IGNORING_CASE and _IN_PLACE.search(chunk, max(0, at - 12), at):
                    posted = _POSTED_IN.search(chunk, max(0, at - 40), at)
                    office = _OFFICE_IN.search(chunk, max(0, at - 80), at)
                    if office is not None:
                        lead = office.start()
                    elif posted is None or len(src.split()) < 3:  # a place of one or two words and a name
                        continue  # "Officials in New Delhi expect": where they are, not who they are
                    else:
                        lead = posted.start()
                    src = chunk[lead:at] + src
                if _BARE_OFFICE.fullmatch(src):
                    # "the ministry said earlier": the source last named with that noun in its name
                    head = src.split()[-1].lower()
                    named_before = next((a for a in reversed(out) if head in a.source.lower()), None)
                    if named_before is None:
                        continue
                    src = named_before.source
                role_only = _TITLE_ONLY.fullmatch(src)
                if role_only is not None:
                    # "according to the minister", "said the Peruvian minister of trade": the person the text
                    # named with that title before, else no one
                    role = role_only.group("role").lower()
                    named_as = next((a for a in reversed(out) if role in a.source.lower()), None)
                    if named_as is None:
                        continue
                    src = named_as.source
                if src.lower() in _PRONOUNS:
                    # "He estimates ...": the one credited in the two sentences before, else no one; after a
                    # quote ('..., he said'), the two sentences before the quote opened
                    first = _quote_opened_in(text, sents, sent.start + m.start()) if m.group()[0] in "”\"" else None
                    lo = min(sent.index, first if first is not None else sent.index) - 2
                    earlier = next((a for a in reversed(out) if lo <= a.sentence < sent.index), None)
                    if earlier is None:
                        continue
                    src = earlier.source
                named = re.search(r"[A-Z]", src) or _GENERIC_SOURCES.match(src) or _LOWER_OFFICE_SOURCE.match(src)
                if not named:
                    continue  # "the results of the first four months": not a source
                if src in _currency_codes() or src.lower() in {"it", "this", "that"}:
                    continue  # a currency code before "reported", not an agency (GUS, NBS and BPS are)
                if re.search(r"\$|\d{3,}", src):
                    continue
                if _bare_demonym(src):
                    continue
                if _OWN_RECORD.match(chunk, m.end(_name_group(groups))) and _bare_country(src):
                    continue  # "Ghana recorded a trade surplus": the economy whose figure it is, not a source
                name = _name_group(groups)
                # a source read up to punctuation ("data from the Bank of Tanzania shows that Tanzania's
                # exports ...") ends where the cleaned name ends: the rest is the sentence, not the credit
                found_at = raw.find(src) if p_index < _IGNORING_CASE else -1
                name_end = m.start(name) + found_at + len(src) if found_at >= 0 else m.end(name)
                match_end = name_end if found_at >= 0 else m.end()
                start, end, widened = _office_widened(chunk, m.start(name), name_end, src)
                start, end = min(start, m.start(), lead), max(end, match_end)
                if widened != src:
                    src = widened
                elif pat is _ATTRIBUTION_PATTERNS[3] and _ENDS_IN_ROLE.search(src):
                    titled = _TITLED_NAME.match(chunk, m.end())
                    if titled:
                        src = titled.group("name")
                        start, end = m.start(), titled.end("name")
                elif pat is _ATTRIBUTION_PATTERNS[0]:
                    # an appositive name after the title: "Beijing's envoy to Kazakhstan, Zhang Xiao,"
                    tail = chunk[m.end() : m.end() + 40]
                    app = re.match(r",\s+((?:[A-Z][\w’'.-]+\s){1,3}?[A-Z][\w’'.-]+)\s*,", tail)
                    if app:
                        src = f"{src}, {app.group(1)}"
                        end = m.end() + app.end()
                short = _SHORT_FORM.fullmatch(src)
                if short:
                    # "..., the SBP data showed": the body credits by the short form the lead spelt out
                    src = _spelt_out(text, short.group(1), sent.start + start) or src
                out.append(Attribution(sent.start + start, sent.start + end, src, sent.index, strong=p_index < 3))
    out.sort(key=lambda a: a.start)
    # keep the first of overlapping finds
    kept: list[Attribution] = []
    for a in out:
        if kept and a.start < kept[-1].end and a.sentence == kept[-1].sentence:
            continue
        kept.append(a)
    return kept


def quote_speakers(text: str, sents: list[Sentence], attributions: list[Attribution]) -> list[tuple[int, int, str]]:
    """Quoted passages and who said them: the attribution right after the closing quote."""
    out: list[tuple[int, int, str]] = []
    starts = [a.start for a in attributions]
    sentence_starts = [s.start for s in sents]
    by_index = {s.index: s.paragraph for s in sents}
    for m in re.finditer(r"[“\"][^”\"\n]{10,3000}[”\"]", text):
        # (an attribution may start at the comma inside the quote: ',” said X')
        i = bisect.bisect_left(starts, m.end() - 2)
        # after the quote in its own sentence ("..." said X), not in the next one or the next paragraph
        k = bisect.bisect_right(sentence_starts, m.end() - 1) - 1
        own = sents[k].index if k >= 0 else -1
        after = [a for a in attributions[i : i + 3] if a.start <= m.end() + 120 and a.sentence == own]
        # before it only in its own paragraph ("X said: “...”"), not a source two paragraphs up
        opened = bisect.bisect_right(sentence_starts, m.start()) - 1
        paragraph = sents[opened].paragraph if opened >= 0 else -1
        j = bisect.bisect_left(starts, m.start())
        before = [
            a
            for a in attributions[max(0, j - 3) : j]
            if m.start() - 200 <= a.end <= m.start() and by_index.get(a.sentence, -2) == paragraph
        ]
        if after:
            out.append((m.start(), m.end(), after[0].source))
        elif before:
            out.append((m.start(), m.end(), before[-1].source))
    return out
