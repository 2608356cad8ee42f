"""Attribution spans: who the sentence credits."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradecheck.attribution import find_attributions
from tradecheck.extract import segment

CASES = [
    ("Exports rose to $4 billion, according to the Korea Customs Service.", "Korea Customs Service", False),
    ("According to Statistics Canada, imports fell to C$3 billion.", "Statistics Canada", False),
    ("Trade reached $9 billion, data from the Federal Customs Service showed.", "Federal Customs Service", False),
    ("Trade hit $5 billion, said Maria Lopez, head of the chamber of commerce.", "Maria Lopez", False),
    ("Deputy Minister Ali Karimov said trade would double.", "Deputy Minister Ali Karimov", False),
    ("Japan's trade ministry said exports slowed.", "Japan's trade ministry", False),
    ("Chinese customs data showed imports of $12 billion.", "Chinese customs data", False),
    ("Exports were $2 billion, as per data supplied by the Ministry of Commerce.", "Ministry of Commerce", False),
    ("Imports were $2 billion, the Statistics Agency reports.", "Statistics Agency", False),
    ("Officials put trade at $3 billion, citing Rosstat.", "Rosstat", False),
    ("This was announced by Economy Minister Ana Silva during a visit.", "Economy Minister Ana Silva", True),
    ("The statement came from Prime Minister Tomas Berg, who spoke in Oslo.", "Prime Minister Tomas Berg", True),
    ("Bilateral trade grew per government figures.", "government figures", False),
    ("Trade grew 7% to $56 billion, the Belarusian embassy said.", "Belarusian embassy", False),
    # office names that list portfolios keep their commas, whichever side the pattern starts
    ("Exports fell to $29 billion, the Ministry of Trade, Industry and Energy said.",
     "Ministry of Trade, Industry and Energy", False),
    ("Imports were $3 billion, according to the Ministry of Agriculture, Forestry and Fisheries.",
     "Ministry of Agriculture, Forestry and Fisheries", False),
    ("Trade rose 9%, the Department of Foreign Affairs, Trade and Development (DFATD) reported.",
     "Department of Foreign Affairs, Trade and Development (DFATD)", False),
    # an office named in lowercase
    ("Brazil's surplus with China was $51 billion, the trade ministry said.", "trade ministry", False),
    ("Imports rose to $2 billion, the national statistics office reported.", "national statistics office", False),
    ("The gap widened to $85 billion, data from the commerce ministry showed.", "commerce ministry", False),
    ("Exports rose 12.5 per cent to USD 22.1 billion, according to the commerce ministry data.",
     "commerce ministry data", False),
    # three capitals are an agency unless they are a currency code
    ("Exports jumped 30 pct, the statistics office GUS said.", "GUS", False),
    ("Trade was N1.2 trillion, the NBS said.", "NBS", False),
    # a forecaster, a speaker past a relative clause, an envoy; no leading conjunction or "provisional"
    ("The ADB forecasts exports to Laos of $2 billion in 2026.", "ADB", False),
    ("The Bank of Zambia, which records trade in dollars, put exports at $812 million.", "Bank of Zambia", False),
    ("Exports were $4 billion, according to provisional data from the Department of Commerce.",
     "Department of Commerce", False),
    ("But Trade Secretary Ana Lima said exports were $4 billion.", "Trade Secretary Ana Lima", False),
    ("Chile's exports to Peru were $2 billion, Peru's ambassador to Chile said.", "Peru's ambassador to Chile", False),
    ("Trade was USD 24 billion, while the Chile-Peru Chamber of Commerce cites just $17.6 billion.",
     "Chile-Peru Chamber of Commerce", False),
    ("Finland's Customs Office (FC) has put trade with Peru at $1.4 billion.", "Finland's Customs Office (FC)", False),
    # "New" opens a name here, it is no adjective of the data
    ("Exports rose to NZ$1.1 billion, according to New Zealand Trade and Enterprise.",
     "New Zealand Trade and Enterprise", False),
    # an initialism's stops do not end a source
    ("According to the U.S. Census Bureau, imports from Peru were $9 billion.", "U.S. Census Bureau", False),
    # the one who releases the figures credits them
    ("The Ministry of Economy released figures on Friday, saying imports hit $4 billion.",
     "Ministry of Economy", False),
    ("Statistics Finland published its latest data, showing exports of €3 billion.", "Statistics Finland", False),
    # a statistics office's own short name in brackets, in mixed case
    ("Trade fell to $57 bln, Turkish Statistical Institute (TurkStat) data showed.",
     "Turkish Statistical Institute (TurkStat) data", False),
    # a name in apposition after what it is
    ("Peru's national statistics office, INEI, puts the 2024 figure lower, at $2.2 billion.", "INEI", False),
    ("Chile's biggest lender, Banco Andino, estimates exports at $3 billion.", "Banco Andino", False),
    # a plural or past forecaster, an adverb before the verb, "&" inside a name
    ("Economists at Banco Andino expect exports to reach $3 billion.", "Banco Andino", False),
    ("KOTRA forecast that exports to Peru would reach $3 billion.", "KOTRA", False),
    ("INEI figures also show exports to Chile of $3 billion.", "INEI figures", False),
    ("The Fruit & Vegetable Export Council estimates exports at $3 billion.", "Fruit & Vegetable Export Council",
     False),
    # the particles of a person's name stay in it
    ("Exports to Chile hit $3 billion, Ahmed bin Khalid said.", "Ahmed bin Khalid", False),
    ("Exports to Chile hit $3 billion, Anna van der Berg told reporters.", "Anna van der Berg", False),
    # when the source spoke is not part of its name; a capitalised "Today" is
    ("Exports to Chile hit $3 billion, according to the government statistics agency Tuesday.",
     "government statistics agency", False),
    ("Exports to Chile hit $3 billion, according to INEI last week.", "INEI", False),
    ("Exports to Chile hit $3 billion, according to Lima Today.", "Lima Today", False),
    # (guard: an agency that records figures is a source, even with a country's name in it)
    ("Statistics Canada recorded exports to Peru of C$3 billion.", "Statistics Canada", False),
    # an embassy named with its host country: the office abroad, not the country it sits in
    ("Trade between Laos and Japan reached $2 billion, the Japanese Embassy in Laos said Friday.",
     "Japanese Embassy in Laos", False),
    # (guard: an office that records trade is a source; only a country recording its own figure is not)
    ("The Bank of Zambia recorded exports of $812 million in 2024.", "Bank of Zambia", False),
]


@pytest.mark.parametrize(("sentence", "source", "backward"), CASES, ids=[c[1] for c in CASES])
def test_source(sentence: str, source: str, backward: bool) -> None:
    found = find_attributions(sentence, segment(sentence))
    assert (source, backward) in [(a.source, a.backward) for a in found]
    for a in found:
        assert 0 <= a.start < a.end <= len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade reached $5 billion in 2024, according to the results of the first quarter.",
        "Exports to the EU were 5 billion EUR reported in the first half.",
        "Exports to China were 90 billion, the CNY said.",
        "Trade was $5 billion, the ministry said.",  # which ministry: the text named it before, or never
        "India's exports to the UAE rose 12.5 per cent to USD 22.1 billion.",  # "per cent" credits nobody
        "Rice sold at $500 per tonne to Vietnam and Peru in 2024.",
        "The figures were large.",
        "Officials in Santiago said trade with Peru would top $7 billion.",  # where they are, not who
        "The ambassador in New Delhi said trade with Peru would top $7 billion.",  # a post, and no name
        "An estimated 4,000 firms sold goods worth $3 billion to Peru.",  # an article opens the sentence
        "Data shows exports to Peru hit $3 billion in 2024.",
        "The report also shows exports to Peru of $3 billion.",
        "Exporters said shipments to Peru would cross $2 billion.",  # a plural of nobody in particular
        # a country that records a surplus or exports holds them; it does not report them
        "Uruguay recorded a trade surplus of $310 million with Brazil in 2023.",
        "The Philippines recorded exports of $7 billion to Japan in 2023.",
        # a country recording or reporting its own figure is the economy, not a source
        "Zambia recorded a trade surplus of $1.2 billion in 2024.",
        "In 2024, the Philippines recorded trade deficits of $5 billion with Japan.",
        "Norway reports a $9 billion trade surplus with Sweden.",
        # (guard: an office that posts a figure owns it; only "posted on" a channel credits it)
        "The national government posted a deficit of $2 billion with Laos.",
        # a nationality before a noun that reads as a verb says what the noun is about, not who speaks
        "Peruvian projects in Chile have attracted $2 billion.",
    ],
)
def test_not_a_source(sentence: str) -> None:
    assert find_attributions(sentence, segment(sentence)) == []


def test_every_pattern_has_its_trigger_words() -> None:
    from tradecheck import attribution

    assert len(attribution._TRIGGERS) == len(attribution._ATTRIBUTION_PATTERNS)
    assert len(attribution._TRIGGER_PATTERNS) == len(attribution._ATTRIBUTION_PATTERNS)


_WORDS = st.sampled_from([
    "the", "The", "Ministry", "of", "Trade", ",", "Industry", "and", "Energy", "said", "says",
    "according", "to", "per", "data", "from", "showed", "GUS", "NBS", "Korea", "Customs", "Service",
    "reported", "by", "quotes", "as", "saying", "trade", "ministry", "statistics", "office", "'s", "’s",
    "Japan's", "customs", "officials", "claimed", "also", "figures", "estimates", "$5", "billion", "in",
    "2024", ".", "“", "”", '"', "İzmir", "SAID", "Said", "ACCORDING",
])


@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_trigger_words_only_skip_patterns_that_cannot_match(sentence: str) -> None:
    """The substring pre-checks (any trigger word at all, then each pattern's own) are an
    optimisation: without them the result is the same."""
    from tradecheck import attribution

    guarded = find_attributions(sentence, segment(sentence))
    everything = [re.compile("")] * len(attribution._TRIGGERS)  # matches every string: no pattern skipped
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(attribution, "_TRIGGER_PATTERNS", everything)
        mp.setattr(attribution, "_ANY_TRIGGER", re.compile(""))
        unguarded = find_attributions(sentence, segment(sentence))
    assert guarded == unguarded
