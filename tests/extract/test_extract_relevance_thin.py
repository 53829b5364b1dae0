"""Relevance on thin and unusual English items, written blind (batches R1-R3): one- or
two-sentence digest items and headlines with a dek, items that name the DPRK only by a
state trading firm, a labour-export bureau, "Pyongyang", "the North", "the DPRK" or a
Korean-style romanisation (Ch'ŏngjin, Sinŭiju, P'yŏngyang), labour told by a job noun
("stevedores", "trawlermen", "woodcutters", "caregivers", "programmers", "nurses",
"hands", "brigade", "contract labour", "manpower", "guest workers") or by "dispatched" /
"sent" without the word worker; against hard negatives that use the same words of DPRK
troops, hackers at home, athletes, diplomats, students, defectors, tourists, South Korean
workers, other nations' migrants in Russia, labour inside the DPRK and Koryo-saram.

Every item was written for this file (people, outlets, firms and figures invented); the
three batches and their expectations were committed before the extractor was first run on
them. Notation as ``test_extract_relevance_blind.py``: relevant items list the DPRK worker
figures they state (``workers`` claims, by value), checked with the gate on, so a
relevance miss also loses them; " // " ends a headline, " || " a paragraph or a digest item.

First run (commit 6cdd22e, learned relevance model as shipped; the three batches were written
together, so R3 is no fresh check of the fixes):

| batch | relevance P | relevance R | negatives read relevant | worker figures (gate on) |
|---|---|---|---|---|
| R1 | 0.700 | 0.875 (7/8) | 3 of 7 | 7 of 8 |
| R2 | 0.500 | 0.250 (2/8) | 2 of 7 | 2 of 9 |
| R3 | 0.750 | 0.375 (3/8) | 1 of 8 | 3 of 8 |
| all | 0.667 | 0.500 (12/24) | 6 of 22 | 12 of 25 |

Missed: every item naming the DPRK only by a romanised town (Ch'ŏngjin, P'yŏngyang,
Sinŭiju), a Korean-style firm ("Korea Ungum General Trading Corporation") or "Koreans from
the north" (no DPRK name read: score 0), and items whose labour is "woodcutters", "hands",
"manpower", "construction contracts" or "dispatched 1,500 men to ... construction projects"
(no labour word). Read as relevant: athletes with "coaches and doctors", Central Asian
stevedores beside "North Korea's Rajin port", programmers "working from Pyongyang" who stole
cryptocurrency, a brigade "sent to repair a dam in Ryanggang province", sappers and
"engineering units working in the Kursk region", nurses "sent to quarantine wards in
Kaesong".

Fixed (``lang/en/cues.yaml`` relevance section, small hooks in ``relevance.py`` and
``cues.py``): every job noun of the counts is a word of labour (``labor_from_worker_nouns``,
less ``labor_not_worker_nouns``: students, staff, hands, coaches, artists, engineers ...) and
names other nations' workers after their nationality ("stevedores from Uzbekistan"); words
of manpower, hands, brigades, workplaces and projects; romanised DPRK names with their
breves dropped too (``dprk_romanised``); Korean-style state firms (``dprk_firm_heads`` +
one capitalised word + ``dprk_firm_tails``); "the North" as the DPRK in a text that says
"Korea"; athletes, delegations, players, sappers, deminers and military or engineering units
as other people; a worker noun right after other people's phrase names them ("ethnic Korean
workers"); "working from" a DPRK place or "in"/"to" a DPRK province, with no place abroad in
the sentence, is labour at home whose dispatch words are no evidence.

After (learned model as shipped, not retrained):

| batch | relevance P | relevance R | negatives read relevant | worker figures (gate on) |
|---|---|---|---|---|
| R1 | 1.000 | 1.000 (8/8) | 0 of 7 | 8 of 8 |
| R2 | 1.000 | 0.875 (7/8) | 0 of 7 | 7 of 9 |
| R3 | 0.889 | 1.000 (8/8) | 1 of 8 | 6 of 8 |
| all | 0.958 | 0.958 (23/24) | 1 of 22 | 21 of 25 |

Fresh check R4 (7 relevant, 7 negatives, written after the fixes and committed before its
first run): main before this work P 0.556 / R 0.714 (5 of 7; 4 of 7 negatives relevant),
figures 4 of 7; first run P 0.667 / R 0.857 (6 of 7; 3 of 7 negatives), figures 5 of 7.
"R4-military-builders" was written as a negative, but the project counts military builders
as workers (K6, L2, P2 of the count batches): moved to the relevant items with its 2,000
after the first run (the rates above are with the label as first written; relabelled, the
first run is P 0.778 / R 0.875, figures 6 of 8). Fixed: sport roles (weightlifters,
wrestlers, boxers ...) as other people (military builders as other people were tried and
dropped, for that convention). After: P 0.875 / R 0.875 (7 of 8; 1 of 6 negatives: South
Korean welders beside "North Korean firms"), figures 6 of 8; the misses are strict xfails.
"""

from __future__ import annotations

from .tables import relevance_tests

# name -> (text, worker figures); the name's prefix is its batch
RELEVANT: dict[str, tuple[str, list[float]]] = {
    # R1: digest items, headlines with a dek, job nouns
    "R1-stevedores-brief": (
        "PORTS IN BRIEF // Nakhodka: About 60 stevedores from North Korea now work night "
        "shifts at the eastern coal terminal, a dock foreman says.",
        [60],
    ),
    "R1-trawlermen": (
        "Fishing news // Some 70 trawlermen from the DPRK crew four Russian-owned boats "
        "working out of Petropavlovsk-Kamchatsky this winter, the regional fisheries agency "
        "said.",
        [70],
    ),
    "R1-seamstresses-headline": (
        "Hunchun garment plant takes on 200 North Korean seamstresses // The Yixin workshop is "
        "adding a night shift for export orders.",
        [200],
    ),
    "R1-plasterers-ferry": (
        "Pyongyang sends plasterers for Vladivostok flats // Forty-five plasterers and tilers "
        "from the North came ashore in Vladivostok on Tuesday to finish flats for a local "
        "developer, port officials said.",
        [45],
    ),
    "R1-programmers-laos": (
        "Tech brief // Police in Vientiane raided a rented villa where 18 North Korean "
        "programmers wrote gambling software for clients in China.",
        [18],
    ),
    "R1-caregivers-digest": (
        "Russia: Two nursing homes in Khabarovsk have hired 14 caregivers from North Korea, "
        "the regional health department said. || Japan: No news this week.",
        [14],
    ),
    "R1-woodcutters-chagang": (
        "Tynda timber firm takes on woodcutters from Chagang // Ninety woodcutters sent by a "
        "trade bureau in Chagang province started at a Tynda sawmill this week, a forestry "
        "official said.",
        [90],
    ),
    "R1-guest-workers": (
        "Mongolia to admit 300 guest workers from the DPRK // Ulaanbaatar's labour ministry "
        "says the quota covers road building in 2026.",
        [300],
    ),
    # R2: transcripts, firms and bureaus, "the North", romanisations, "sent" without workers
    "R2-firm-designation": (
        "Sanctions notice // The Treasury has designated the Khabarovsk office of Korea Ungum "
        "General Trading Corporation, which it says placed 160 of its countrymen with Russian "
        "building contractors.",
        [160],
    ),
    "R2-bureau-sakhalin": (
        "Sakhalin fish plants to get 250 hands // The first group, sent by the overseas "
        "cooperation bureau in P'yŏngyang, lands in Korsakov next month, the regional "
        "fisheries department said.",
        [250],
    ),
    "R2-call-in-farm": (
        "Radio Primorye phone-in, transcript // HOST: Next caller, go ahead. || CALLER: Our "
        "farm near Ussuriysk took on 40 lads from the North this summer. They picked every "
        "cucumber. || HOST: Will they be back? || CALLER: The boss says 60 next year.",
        [40, 60],
    ),
    "R2-hearing-liaoning": (
        "Transcript, Foreign Affairs Committee (excerpt) // SENATOR COLE: How many DPRK "
        "nationals does China still host? || WITNESS: Our best estimate is 20,000, mostly in "
        "seafood plants and textile mills in Liaoning.",
        [20000],
    ),
    "R2-dispatched-men": (
        "Pyongyang dispatched 1,500 men to Russian construction projects this spring, a South "
        "Korean lawmaker said, citing intelligence briefings.",
        [1500],
    ),
    "R2-chongjin-welders": (
        "Ch'ŏngjin crew for Nakhodka yard // A crew of 55 welders from Ch'ŏngjin has joined "
        "the Zvezda repair yard in Nakhodka, the yard's newsletter says.",
        [55],
    ),
    "R2-contract-labour-kuwait": (
        "GULF DIGEST // Kuwait: Contract labour from the DPRK is still used on at least two "
        "housing projects, about 400 men in all, a labour researcher told us. || Oman: No "
        "change.",
        [400],
    ),
    "R2-manpower-stadium": (
        "AFRICA DIGEST // Equatorial Guinea: Pyongyang has sent manpower for a new stadium in "
        "Bata, some 120 men according to a local official.",
        [120],
    ),
    # R3: "hands", brigades, nurses, citizens, deks, lower-case "the north"
    "R3-hands-headline": (
        "Amur sawmills short of hands turn to North Korea again // About 150 North Koreans are "
        "expected at sawmills near Tynda by March, the regional forestry department said.",
        [150],
    ),
    "R3-nurses-kuwait": (
        "Kuwait hospitals keep their North Korean nurses // About 80 nurses from the DPRK "
        "remained at two private hospitals in Kuwait City last year, a UN panel report says.",
        [80],
    ),
    "R3-citizens-dek": (
        "Russia admitted 5,000 DPRK citizens in 2025 // Most came on construction contracts, "
        "the interior ministry says.",
        [5000],
    ),
    "R3-sinuiju-brigade": (
        "A brigade of 40 from Sinŭiju was sent to a textile mill in Dandong last month, a "
        "trader in the city told Daily Focus.",
        [40],
    ),
    "R3-liaoning-one-liner": (
        "China: About 3,000 North Korean citizens remain employed in Liaoning's seafood "
        "plants, according to a Japanese press report.",
        [3000],
    ),
    "R3-loggers-left": (
        "Khabarovsk: The last 70 loggers from North Korea left the Chegdomyn camps on Friday, "
        "a forestry official said.",
        [70],
    ),
    "R3-podcast-gulf": (
        "PODCAST TRANSCRIPT, 'Sanctions Watch', episode 12 // HOST: So who's still out there? "
        "|| GUEST: In the Gulf, maybe 1,000 Koreans from the north are still on building crews "
        "in Qatar and Kuwait.",
        [1000],
    ),
    "R3-manpower-dek": (
        "Laos signs manpower deal with Pyongyang // A first group of 200 is to arrive at Lao "
        "hydropower sites next year.",
        [200],
    ),
    # R4: a fresh check, written after the R1-R3 fixes
    "R4-plasterers-tomsk": (
        "IN BRIEF // Tomsk: Thirty plasterers from the DPRK are finishing a school gym in the "
        "city's north, the regional education department says.",
        [30],
    ),
    "R4-caregivers-hanoi": (
        "Hanoi care homes hire from Pyongyang // Twelve caregivers arrived this month on a "
        "two-year contract, the city's labour department said.",
        [12],
    ),
    "R4-wonsan-seamen": (
        "The 26 seamen of a Mongolian-flagged fishing boat seized off Kamchatka had all been "
        "hired through a manning office in Wŏnsan, Russia's border service said.",
        [26],
    ),
    "R4-bureau-laos": (
        "Laos: An employment bureau from Pyongyang has opened an office in Vientiane to place "
        "cooks and waitresses in Lao hotels, about 60 so far, a hotel manager said.",
        [60],
    ),
    "R4-loggers-transcript": (
        "TRANSCRIPT, Amur TV // ANCHOR: The logging season opens. || REPORTER: At the Zeya "
        "camp, 110 men from North Korea have begun felling pine.",
        [110],
    ),
    "R4-contract-labour-qatar": (
        "Qatar: Contract labour supplied by a Pyongyang agency still staffs at least one "
        "hotel project, about 150 men in all, a researcher said.",
        [150],
    ),
    "R4-guest-workers-belarus": (
        "Belarus to take in 400 North Korean nationals as guest workers // They will work in "
        "forestry and construction, a deputy minister said.",
        [400],
    ),
    # written as a negative; moved here after the first run: the project counts military
    # builders as workers (batches K6, L2, P2)
    "R4-military-builders": (
        "The DPRK has sent a further 2,000 military builders and sappers to Kursk, Seoul's spy "
        "agency told lawmakers.",
        [2000],
    ),
}

IRRELEVANT: dict[str, str] = {
    # R1
    "R1-troops-brief": "IN BRIEF // Russia: Pyongyang has dispatched about 3,000 more "
    "soldiers to the Kursk region, Seoul's spy agency says.",
    "R1-hackers-home": "North Korean programmers working from Pyongyang stole $300 million in "
    "cryptocurrency last year, a blockchain analysis firm said.",
    "R1-athletes-hangzhou": "North Korea sends 190 athletes to Hangzhou // The delegation "
    "includes 30 coaches and doctors, organisers of the Asian Games said.",
    "R1-sk-nurses": "Germany to hire 500 South Korean nurses // Seoul's labour ministry said "
    "the nurses will work in Bavarian hospitals from next spring, sixty years after the first "
    "wave.",
    "R1-uzbek-stevedores": "Vladivostok port hires Central Asian stevedores // The port has "
    "taken on 200 stevedores from Uzbekistan and Tajikistan to handle rising freight to North "
    "Korea's Rajin port, its director said.",
    "R1-home-brigades": "Youth brigades from Pyongyang were sent to rebuild flood-hit villages "
    "in North Hamgyong province, state media said.",
    "R1-defectors-jobs": "A job fair in Seoul placed 120 North Korean defectors with factories "
    "in Gyeonggi province, the unification ministry said.",
    # R2
    "R2-diplomats-sent": "Pyongyang sent 12 diplomats to reopen its embassy in Tehran, the "
    "Iranian foreign ministry said on Monday.",
    "R2-students-moscow": "Some 30 North Korean students began courses at a Moscow university "
    "this month under a new education agreement.",
    "R2-tourists-vladivostok": "The North sends tourists to Vladivostok // A group of 40 North "
    "Korean tourists arrived by train for a five-day tour, the first since 2019.",
    "R2-koryo-saram-visas": "Koryo-saram in Kazakhstan // Many of the 100,000 ethnic Koreans in "
    "Kazakhstan now work in South Korea on heritage visas, sending home $400 million a year; "
    "ties with the North are few.",
    "R2-kyrgyz-builders": "Migrants from Kyrgyzstan now fill most building jobs in "
    "Vladivostok, city officials say, as the port prepares for more cargo from North Korea.",
    "R2-home-dam-brigade": "A brigade of 200 workers from the Chongjin shipyard was sent to "
    "repair a dam in Ryanggang province after the floods, the Rodong Sinmun reported.",
    "R2-sappers-transcript": "Transcript, Defence Committee // MP: Are North Korean "
    "engineering units working in the Kursk region? || MINISTER: Yes, about 1,000 military "
    "sappers and 5,000 construction troops.",
    # R3
    "R3-footballers": "North Korea's footballers arrive in Tashkent // The squad of 23 players "
    "and 10 staff will play Uzbekistan on Thursday.",
    "R3-sk-engineers-russia": "Hyundai's plant near St Petersburg keeps 30 South Korean "
    "engineers on site despite the sanctions, a company spokesman said; North Korea's ties "
    "with Moscow were not discussed.",
    "R3-nurses-home": "North Korean nurses were sent to quarantine wards in Kaesong during the "
    "outbreak, state television said.",
    "R3-troops-felling": "Ukrainian intelligence says the 8,000 North Korean soldiers in Kursk "
    "were told they would be felling trees in Siberia.",
    "R3-koryo-saram-onions": "Koryo-saram farmers in the Volgograd region grow onions on leased "
    "land; their grandparents were deported from the Far East in 1937, long before North "
    "Korea existed.",
    "R3-defectors-hands": "Farms in South Chungcheong short of hands have hired 50 North Korean "
    "defectors for the harvest, a Seoul NGO said.",
    "R3-tourists-rason": "Russian tour groups to Rason resume // About 200 tourists from "
    "Vladivostok visited the North's Rason zone in October, the tour operator Vostok Intur "
    "said.",
    "R3-chinese-workers-sinuiju": "Chinese workers building a bridge to Sinuiju have been sent "
    "home, a trader in Dandong said.",
    # R4
    "R4-weightlifters": "North Korea's weightlifters and their coaches arrived in Almaty for "
    "the Asian championships, with eight doctors and masseurs.",
    "R4-sk-welders": "Seoul to send 300 welders to US shipyards // The South Korean welders "
    "will work in Philadelphia under a deal that bars any dealings with North Korean firms, "
    "the ministry said.",
    "R4-defectors-caregivers": "Care homes in Incheon have hired 40 North Korean defectors as "
    "caregivers, a resettlement agency said.",
    "R4-marathon-tourists": "Pyongyang marathon draws 300 foreign runners // Tourists from "
    "China and Russia made up most of the field, the tour agency said.",
    "R4-koryo-saram-builders": "Koryo-saram builders in Tashkent // Many of the ethnic Korean "
    "builders on Tashkent's new towers descend from families deported in 1937 and have no "
    "ties to North Korea.",
    "R4-home-miners": "Miners at the Komdok mine in South Hamgyong province were praised by "
    "state media for beating their quota.",
}

# Known misses (strict: a fix must remove them); "relevance:" for the decision, "count:"
# for a figure found with the gate off but not by the counting rules.
KNOWN: dict[str, str] = {
    "R2-call-in-farm": "relevance: '40 lads from the North' in a text that never says Korea "
    "('the North' is read as the DPRK only beside 'Korea': a Russian north, England's north)",
    "R2-call-in-farm-40": "relevance: as R2-call-in-farm (no DPRK name, so no figure either)",
    "R2-call-in-farm-60": "relevance: as R2-call-in-farm",
    "R3-nurses-home": "relevance: 'North Korean nurses were sent to quarantine wards in "
    "Kaesong': Kaesong marks labour at home, but 'sent to' and the worker phrase still score "
    "above the learned model's gate",
    "R3-sinuiju-brigade-40": "count: 'A brigade of 40 from Sinŭiju' (a group noun before the "
    "figure) is not counted",
    "R3-manpower-dek-200": "count: 'A first group of 200 is to arrive' (a group noun before "
    "the figure) is not counted",
    "R4-bureau-laos-60": "count: 'to place cooks and waitresses ..., about 60 so far' (a "
    "figure whose head noun is left out) is not counted",
    "R4-loggers-transcript": "relevance: '110 men from North Korea have begun felling pine' "
    "has no place abroad of its own: the channel's Amur is two sentences before (a place "
    "abroad carries one sentence; carrying two was tried and raised irrelevant shared "
    "documents towards the gate)",
    "R4-loggers-transcript-110": "relevance: as R4-loggers-transcript (found with the gate off)",
    "R4-sk-welders": "relevance: 'Seoul to send 300 welders to US shipyards' is labour "
    "abroad with no DPRK name, and 'North Korean firms' in the next sentence makes the "
    "document DPRK's; the learned model scores that one sentence above its gate",
}


test_thin_relevant, test_thin_irrelevant, test_thin_worker_figures = relevance_tests(
    RELEVANT, IRRELEVANT, KNOWN
)
