"""Relevance on English genres, written blind (batch G1): newsletters and digests with one
relevant item among others, long features whose labour part is one paragraph, sanctions
press releases naming a labour-export firm, court and customs reports, opinion pieces,
headlines alone, translated wire copy ("the DPRK's", "Pyongyang's") and remote IT workers
(DPRK nationals working abroad, as ``test_extract_relevance_grammar.py`` "it-worker-charges"
and "panel-it"); against hard negatives of the same genres that say "North Korea" without
overseas labour: missiles, hackers designated for thefts from Pyongyang, troops for
Russia, a restaurant closing with no word of its staff, defectors working in the South,
trade figures, Central Asian migrants in Russia, labour at home and the Kaesong complex.

Every item was written for this file (people, outlets, firms and figures invented); the
batch and its expectations were committed before the extractor was first run on it.
Notation as ``test_extract_relevance_blind.py``: relevant items list the DPRK worker figures
they state (``workers`` claims, by value), checked with the gate on; " // " ends a headline,
" || " a paragraph or a digest item.

First run: (to be recorded)
"""

from __future__ import annotations

from .tables import relevance_tests

# name -> (text, worker figures); the name's prefix is its batch
RELEVANT: dict[str, tuple[str, list[float]]] = {
    # G1
    "G1-digest-one-item": (
        "WEEKLY ASIA DIGEST || Japan: The Bank of Japan held rates steady on Thursday. || "
        "Mongolia: A coal train derailed near Sainshand; no one was hurt. || Russia: About 240 "
        "North Korean workers have arrived in Blagoveshchensk to build a new hospital wing, "
        "the regional construction ministry said. || India: Monsoon rains flooded parts of "
        "Assam.",
        [240],
    ),
    "G1-feature-paragraph": (
        "Vladivostok's bet on the east // The city's container terminal handled a record "
        "volume last year, and its mayor, Oleg Senkin, wants more. New cranes from China "
        "arrived in spring, and a rail link to the airport is under way. || On the building "
        "sites along Russky Island, crews of North Korean builders work late into the evening; "
        "a site manager estimated that 350 of them are in the city this year. || Senkin's next "
        "plan is a gambling zone for visitors from Shanghai and Seoul. Critics say the city "
        "should fix its roads first.",
        [350],
    ),
    "G1-designation-release": (
        "PRESS RELEASE, Office of Foreign Assets Control // Treasury Sanctions Network "
        "Earning Revenue for the DPRK // WASHINGTON -- Today the Department of the Treasury "
        "designated Chonsong Overseas Construction Company and two of its managers for "
        "sending DPRK workers to building sites in Russia and the United Arab Emirates in "
        "breach of UN Security Council resolutions. The company earned an estimated $12 "
        "million a year from their wages.",
        [],
    ),
    "G1-court-fine": (
        "Vladivostok court fines builder over North Korean crew // The Frunzensky district "
        "court fined the firm Primstroi Plus 800,000 roubles for employing 31 citizens of the "
        "DPRK without work permits, court records show.",
        [31],
    ),
    "G1-opinion": (
        "OPINION | Moscow's labour shortage is Pyongyang's cash machine // By Irina Valko || "
        "Russia says it hosts no North Korean workers, yet every winter its timber camps and "
        "building sites fill up with them on student visas. Each one sends the regime several "
        "hundred dollars a month. The West should stop treating this as a footnote.",
        [],
    ),
    "G1-headline-only": (
        "Some 3,000 North Korean seafood workers back at Dandong plants after holiday break",
        [3000],
    ),
    "G1-wire-translated": (
        "SEOUL, March 4 (Hanbit News) -- The DPRK's dispatch of labourers to Russia has risen "
        "sharply this year, with about 5,000 arriving since January, a government source said "
        "Tuesday. Pyongyang's workers are mostly assigned to construction and fisheries in the "
        "Russian Far East, the source added.",
        [5000],
    ),
    "G1-it-laptop-farm": (
        "Two Arizona residents pleaded guilty to running laptop farms that let North Korean IT "
        "workers pose as Americans and draw salaries from more than 60 US companies. "
        "Prosecutors said the workers, based in China and Russia, funnelled $6.8 million to "
        "Pyongyang.",
        [],
    ),
}

IRRELEVANT: dict[str, str] = {
    # G1
    "G1-digest-missiles": "WEEKLY ASIA DIGEST || North Korea: Pyongyang test-fired two "
    "short-range ballistic missiles into the East Sea, Seoul's joint chiefs said. || Vietnam: "
    "Factory output rose 7 per cent. || Russia: Some 90,000 migrant workers from Central Asia "
    "renewed their permits in Primorye this quarter.",
    "G1-feature-defector": "Starting over in Seoul // Kim Sun-hee fled North Korea in 2019 and "
    "now drives a forklift at a warehouse in Incheon. She is one of about 34,000 defectors in "
    "the South, many of whom struggle to find steady jobs. || 'At home we were told every "
    "worker belongs to the state,' she says. Her wage, 2.4 million won a month, is hers to "
    "keep.",
    "G1-designation-hackers": "PRESS RELEASE // Treasury Designates Cyber Actors Behind "
    "Exchange Theft // The Department of the Treasury today designated three individuals "
    "working for the Reconnaissance General Bureau, the DPRK's main intelligence agency, for "
    "hacking a cryptocurrency exchange from Pyongyang. The stolen funds were laundered "
    "through brokers in Cambodia.",
    "G1-customs-coal": "Customs report // Dalian customs seized 2,000 tonnes of North Korean "
    "coal smuggled on a Togo-flagged ship; the captain and 18 crew, all Chinese nationals, "
    "were detained.",
    "G1-opinion-troops": "OPINION | The Kursk deployment changes everything // By Mark Helder "
    "|| Pyongyang's decision to send 12,000 soldiers to fight for Russia turned a quiet "
    "partnership into an alliance. In return Moscow offers oil, food and perhaps satellite "
    "technology. Europe should respond.",
    "G1-restaurant-closes": "Last North Korean restaurant in Phnom Penh closes its doors // "
    "The premises have been let to a coffee chain, the landlord said.",
    "G1-wire-trade": "SEOUL, May 2 (Hanbit News) -- The DPRK's trade with China rose 30 "
    "percent in the first quarter to $620 million, customs data showed Tuesday. Pyongyang's "
    "exports of wigs and false eyelashes led the gains.",
    "G1-kaesong": "Kaesong remembered // Former managers of the Kaesong Industrial Complex met "
    "in Seoul on the tenth anniversary of its closure. At its height, 55,000 North Korean "
    "workers made watches and clothes there for 124 South Korean firms.",
    "G1-wire-home-flats": "PYONGYANG, June 9 (KCNA) -- Youth shock brigades have completed "
    "10,000 new flats in Hwasong district ahead of schedule, the Korean Central News Agency "
    "reported.",
}

# Known misses (strict: a fix must remove them); "relevance:" for the decision, "count:"
# for a figure found with the gate off but not by the counting rules.
KNOWN: dict[str, str] = {}


test_genres_relevant, test_genres_irrelevant, test_genres_worker_figures = relevance_tests(
    RELEVANT, IRRELEVANT, KNOWN
)
