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

First run of G1 (commit 7b08ce8, main as merged at ae74d0d): relevance P 0.889 / R 1.000 (8
of 8; 1 of 9 negatives read as relevant), worker figures 5 of 5. The one negative read as
relevant, "G1-restaurant-closes", was written as a negative (a DPRK restaurant abroad closing,
no word of its staff), but the project reads a DPRK restaurant abroad as a business staffed by
its nationals (``relevance.worker_phrase`` in ``lang/en/cues.yaml``), and the gold does too:
restaurant stories with no worker word in dev2 (folds 1-4) are relevant. Moved to the relevant
items after the first run (as R4-military-builders of the thin batches); relabelled, the first
run is P 1.000 / R 1.000 (9 of 9; 0 of 8 negatives). No change was needed for G1.

G2 (8 relevant, 8 negatives, written after the G1 run and committed before its own, commit
c71a5f4): first run P 0.700 / R 0.875 (7 of 8; 3 of 8 negatives read as relevant), worker
figures 2 of 3. Read as relevant: tankers carrying "North Korean coal" whose crews, "from
Myanmar and Indonesia", come in the body (the worker phrase "North Korean ... crews" ran
across the headline's end; the comma hid the crews' origin), a cyber digest whose item on a
North Korean hacking group is followed by one on Polish developers working remotely (the
DPRK name carried into the next item), and North Korean workers "at the industrial complex"
after a headline on Kaesong. Missed: 400 women "from across the Yalu" peeling shrimp
"there", in a feature whose place abroad (Donggang) is two sentences before.

Fixed (``relevance.py``, ``lang/en/cues.yaml`` relevance section): a worker phrase does not
run across a paragraph break; a people noun set off by a comma before "from"/"of" still
names whose workers ("The crews, from Myanmar"); digest items (``item_head_words``: a line
that opens on a capitalised head and a colon, in a text with two or more such heads, none
repeated, so not a speaker's "HOST:" nor an interview's "Kim:" again): neither a DPRK name
nor a place abroad carries into an item, and an item that names no DPRK is no evidence of
labour; "industrial complex" is a word of labour at home (one placed abroad by "in"/"at"/
"near" and a place stays abroad). After: G1 P 1.000 / R 1.000; G2 P 1.000 / R 0.875 (7 of 8;
0 of 8 negatives), figures 2 of 3; all four shared outputs unchanged (md5).

G3 (8 relevant, 8 negatives, a fresh check written after the G2 fixes and committed before
its first run, commit 39709e0): first run P 1.000 / R 0.875 (7 of 8; 0 of 8 negatives read
as relevant), worker figures 3 of 3 (main before this work: the same). Missed: a feature's
trawler crew, "North Koreans, hired through an agency in Rason ...; they send most of their
pay home", with its place abroad (Magadan) two paragraphs before. Fixed: pay, wages,
earnings, money sent home are words of labour abroad (``abroad_terms``). After: G3 P 1.000
/ R 1.000 (8 of 8; 0 of 8 negatives), figures 3 of 3; shared outputs unchanged (md5).

G1-G3 after the fixes: relevance P 1.000 / R 0.960 (24 of 25; 0 of 24 negatives), F1 0.980;
worker figures 10 of 11.

G4 (6 relevant, 6 negatives, a check of the G2-G3 fixes written after them and committed
before its first run, commit e79f754: interviews whose speaker recurs, roundups, pay sent
home, an industrial complex abroad): first run P 0.857 / R 1.000 (6 of 6; 1 of 6 negatives
read as relevant), worker figures 3 of 3 (main before this work: P 0.750 / R 1.000, 2 of 6
negatives, the roundup whose Tajik migrants send wages home after an item on North Korean
artillery among them). Read as relevant: an Uzbek town whose men "work on Russian building
sites and send their wages home", with North Korea only in a later sentence on trade (main
reads it relevant too, by "Russian building sites"); left as a strict xfail (the labour's
people are named only by "men of this Uzbek town").

All batches: relevance P 0.968 / R 0.968 (30 of 31; 1 of 30 negatives), F1 0.968; worker
figures 13 of 14.
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
    # written as a negative; moved here after the first run: a DPRK restaurant abroad is a
    # business staffed by DPRK nationals (the project's worker phrase, and the gold's reading)
    "G1-restaurant-closes": (
        "Last North Korean restaurant in Phnom Penh closes its doors // The premises have "
        "been let to a coffee chain, the landlord said.",
        [],
    ),
    # G2: written after the G1 run
    "G2-sanctions-newsletter": (
        "SANCTIONS WATCH, No. 88 || EU: The Council renewed its Iran listings. || UN: The 1718 "
        "Committee added a Pyongyang-based trading company that rented out 70 of its "
        "countrymen as welders to a Vladivostok shipyard. || US: Treasury fined a "
        "cryptocurrency exchange for weak controls.",
        [70],
    ),
    "G2-feature-donggang": (
        "Donggang's seafood boom // Once a sleepy port, Donggang now ships frozen squid to "
        "Europe and shrimp to Japan. Prices jumped after the UN banned North Korean seafood "
        "in 2017, and local plants took over the trade. || On the processing lines, the plant "
        "manager Liu Wei admits that about 400 women from across the Yalu still peel shrimp "
        "there, hired through a trade office in Sinuiju. || Liu expects the next boom to come "
        "from frozen crab.",
        [400],
    ),
    "G2-designation-it": (
        "Treasury designates front companies for DPRK software developers // The companies, "
        "registered in Vientiane and Shenyang, employed North Korean programmers who earned "
        "foreign currency for the regime by taking freelance contracts from clients abroad.",
        [],
    ),
    "G2-customs-job-offers": (
        "Customs report // Officers at the Zabaikalsk checkpoint turned back 22 North Koreans "
        "holding tourist visas who carried job offers from a Chita building firm, the "
        "regional customs service said.",
        [],
    ),
    "G2-opinion-remote-hire": (
        "COMMENT | Your next remote hire may be working for Pyongyang // By Dana Ruiz || "
        "Hiring managers should know that thousands of North Korean IT workers, posing as "
        "freelancers from Poland or Japan, hold jobs at Western firms. Their wages pay for "
        "missiles.",
        [],
    ),
    "G2-headline-seamstresses": ("Mongolia sends home the last of Pyongyang's seamstresses", []),
    "G2-wire-africa": (
        "TOKYO, Oct 12 (Sakura Press) -- The DPRK has been dispatching its nationals to "
        "building sites in Africa under the guise of technical cooperation, earning "
        "Pyongyang up to $100 million a year, a source familiar with the matter said "
        "Wednesday.",
        [],
    ),
    "G2-court-wages-broker": (
        "A Dandong court jailed a Chinese broker for three years for paying the wages of 120 "
        "North Korean garment workers into a Pyongyang bank account in breach of sanctions.",
        [120],
    ),
    # G3: a fresh check, written after the G2 fixes
    "G3-briefing-cooks": (
        "MORNING BRIEFING || Markets: Asian shares fell for a third day. || Laos: A Vientiane "
        "hotel group confirmed it still employs 35 North Korean cooks and cleaners on "
        "contracts renewed in January. || Weather: Typhoon Mirae is nearing Okinawa.",
        [35],
    ),
    "G3-feature-trawler": (
        "The last cod of the Okhotsk Sea // Catches off Magadan have halved in a decade, and "
        "the region's trawler fleet is ageing fast. Owners blame quotas, fuel and the rouble. "
        "|| Aboard the trawler Kapitan Sorokin, a third of the crew are North Koreans, hired "
        "through an agency in Rason, the skipper says; they send most of their pay home. || "
        "The fleet's owners want Moscow to cut fuel duties before the spring season.",
        [],
    ),
    "G3-designation-sobaeksu": (
        "FOR IMMEDIATE RELEASE // State Department designates Korea Sobaeksu Trading Company "
        "// The company, which the department says has sent labourers to building projects in "
        "Russia and Africa to earn hard currency for Pyongyang, is now cut off from the US "
        "financial system.",
        [],
    ),
    "G3-customs-passports": (
        "Customs officers in Vladivostok found the passports of North Korean labourers in the "
        "safe of a building firm's office during a raid, the Far Eastern customs directorate "
        "said on Friday.",
        [],
    ),
    "G3-opinion-coders": (
        "VIEWPOINT | The freelancer in your Slack channel // By Tom Arledge || The most "
        "lucrative export Pyongyang has left may be its coders. Thousands of them, working "
        "from China, Russia and Laos under borrowed names, earn the regime hundreds of "
        "millions of dollars a year.",
        [],
    ),
    "G3-headline-dprk-labourers": (
        "DPRK labourers return to Primorye building sites as border reopens",
        [],
    ),
    "G3-wire-workforce": (
        "BEIJING, Jan 9 (Hanbit News) -- Pyongyang's overseas workforce in China numbers "
        "about 40,000, most of them in Liaoning and Jilin provinces, a diplomatic source said "
        "on Thursday.",
        [40000],
    ),
    "G3-court-permits": (
        "A court in Ulan-Ude sentenced a local contractor to two years for forging work "
        "permits for 16 North Korean builders, the regional prosecutor's office said.",
        [16],
    ),
    # G4: a check of the G2-G3 fixes (interviews, roundups, pay sent home), written after them
    "G4-interview-tomsk": (
        "Interview // Q: How did you end up in Russia? || Kim: I was sent from Pyongyang in "
        "2019 with a group of North Koreans to build flats in Tomsk. || Q: And the pay? || "
        "Kim: We kept about $100 a month; the rest went to the party.",
        [],
    ),
    "G4-roundup-loggers": (
        "REGIONAL ROUNDUP || Amur: A sawmill near Svobodny has taken on 85 North Korean "
        "loggers for the winter. || Sakhalin: Ferry services to the mainland resumed.",
        [85],
    ),
    "G4-feature-wages-home": (
        "Tomsk's quiet builders // On a building site in Tomsk's north end, the men work until "
        "dark. || They are North Koreans, and they send almost all their wages home through a "
        "company office, a foreman says.",
        [],
    ),
    "G4-complex-hunchun": (
        "Some 500 North Korean seamstresses work at an industrial complex near Hunchun, a "
        "garment trader said.",
        [500],
    ),
    "G4-release-it": (
        "NEWS RELEASE, Department of Justice // Two Charged in Scheme to Place North Korean IT "
        "Workers at US Firms // The defendants helped the workers, who lived in China and "
        "Russia, obtain remote jobs under false identities, sending their salaries to the "
        "DPRK.",
        [],
    ),
    "G4-wire-nis": (
        "SEOUL, Sept 3 (Hanbit News) -- The number of the DPRK's workers in Russia has passed "
        "15,000, a senior official of the National Intelligence Service told lawmakers "
        "Wednesday.",
        [15000],
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
    "G1-wire-trade": "SEOUL, May 2 (Hanbit News) -- The DPRK's trade with China rose 30 "
    "percent in the first quarter to $620 million, customs data showed Tuesday. Pyongyang's "
    "exports of wigs and false eyelashes led the gains.",
    "G1-kaesong": "Kaesong remembered // Former managers of the Kaesong Industrial Complex met "
    "in Seoul on the tenth anniversary of its closure. At its height, 55,000 North Korean "
    "workers made watches and clothes there for 124 South Korean firms.",
    "G1-wire-home-flats": "PYONGYANG, June 9 (KCNA) -- Youth shock brigades have completed "
    "10,000 new flats in Hwasong district ahead of schedule, the Korean Central News Agency "
    "reported.",
    # G2
    "G2-cyber-digest": "CYBER BRIEF || Lazarus: The North Korean group behind last month's "
    "exchange theft laundered another $40 million this week, a tracing firm said. || Jobs: "
    "A survey found that 30 per cent of software developers in Poland now work remotely for "
    "clients abroad.",
    "G2-wire-tumen-bridge": "VLADIVOSTOK, Aug 3 (Primorye Wire) -- Russian builders have begun "
    "work on a road bridge across the Tumen River to the DPRK, with 300 workers on site, the "
    "regional transport ministry said.",
    "G2-headline-dumplings": "Defector-run dumpling shop in Seoul hires ten more North Korean "
    "arrivals",
    "G2-designation-ships": "Treasury designates three tankers for ship-to-ship transfers of "
    "North Korean coal // The crews, from Myanmar and Indonesia, were not named in the "
    "notice.",
    "G2-court-spy": "A Seoul court jailed a South Korean army captain for selling military "
    "secrets to North Korean hackers who had approached him on Telegram with offers of work.",
    "G2-kaesong-reopen": "Unification minister hopes to reopen Kaesong // North Korean workers "
    "at the industrial complex once earned about $90 a month from South Korean firms, the "
    "minister recalled in a speech on Monday.",
    "G2-rason-chinese": "About 400 Chinese workers have gone back to the Rason economic zone "
    "to build a wharf for a Jilin shipping firm, a trader in Hunchun said.",
    "G2-taekwondo-tour": "North Korea's taekwondo demonstration team performed for 3,000 "
    "spectators in Moscow on its first tour abroad since 2019, the Russian sports ministry "
    "said.",
    # G3
    "G3-briefing-destroyer": "MORNING BRIEFING || North Korea: Kim Jong Un inspected a new "
    "destroyer at Nampo, state media said. || Kazakhstan: Some 2,000 Uzbek labourers arrived "
    "for the building season in Almaty. || Markets: The won weakened.",
    "G3-feature-defector-chef": "From Hyesan to Gangnam // Park Ji-hoon escaped North Korea in "
    "2015 and now runs a noodle kitchen in Seoul with 12 employees. || He learned to cook in "
    "the army; today his staff includes two other defectors.",
    "G3-designation-missile-parts": "FOR IMMEDIATE RELEASE // Treasury designates Hong Kong "
    "shipping agent for procuring missile parts for North Korea // The agent arranged the "
    "transport of machine tools to Nampo, the department said.",
    "G3-court-programmers-home": "An indictment unsealed in Virginia charges four North Korean "
    "programmers, working from Pyongyang for the Reconnaissance General Bureau, with hacking "
    "defence contractors.",
    "G3-opinion-summit": "OPINION | The summit that wasn't // By Anna Velt || Kim's visit to "
    "Vladivostok produced promises on rail links and tourism but nothing on food aid. North "
    "Korea's harvest will again fall short.",
    "G3-headline-football": "North Korean women's football team beats Vietnam 3-0 in Hanoi",
    "G3-wire-home-volunteers": "PYONGYANG, April 2 (KCNA) -- Thousands of young volunteers "
    "have been dispatched to coal mines and farms in South Hamgyong province to build a "
    "prosperous country, the Korean Central News Agency said.",
    "G3-wire-tourists-sinuiju": "DANDONG, July 1 (Yalu Wire) -- Chinese tour groups returned "
    "to Sinuiju this week, with 500 visitors crossing the Friendship Bridge on the first day, "
    "the city's tourism bureau said.",
    # G4
    "G4-roundup-remittances": "REGIONAL ROUNDUP || North Korea: Pyongyang fired an artillery "
    "barrage near the western sea border. || Tajikistan: Migrants working in Russia sent $3 "
    "billion in wages home last year, the central bank said.",
    "G4-feature-uzbek-town": "Samarkand's remittance economy // Half the men of this Uzbek "
    "town work on Russian building sites and send their wages home each month. || Trade "
    "with North Korea, once a curiosity, has dried up.",
    "G4-interview-defector": "Interview // Q: What work did you do after arriving in Seoul? "
    "|| Lee: I worked at a car parts factory in Ansan. I left North Korea in 2012. || Q: Do "
    "you send money home? || Lee: Yes, through brokers, to my mother in Hyesan.",
    "G4-wire-kaesong": "SEOUL, Feb 10 (Hanbit News) -- South Korean firms that once ran "
    "factories in the Kaesong industrial complex asked the government for new compensation; "
    "54,000 North Korean workers lost their jobs when it shut.",
    "G4-cyber-week": "CYBER WEEK || Lazarus: North Korean hackers stole $30 million from a "
    "Singapore exchange, investigators said. || Hiring: Remote developers in India are in "
    "demand at European start-ups.",
    "G4-troops-fortifications": "Seoul says 3,000 more North Korean troops have been sent to "
    "Russia, some of them to build fortifications in the Kursk region.",
}

# Known misses (strict: a fix must remove them); "relevance:" for the decision, "count:"
# for a figure found with the gate off but not by the counting rules.
KNOWN: dict[str, str] = {
    "G2-feature-donggang": "relevance: '400 women from across the Yalu still peel shrimp "
    "there' has no place abroad of its own: Donggang is two sentences before (a place abroad "
    "carries one sentence, as R4-loggers-transcript of the thin batches)",
    "G2-feature-donggang-400": "relevance: as G2-feature-donggang",
    "G4-feature-uzbek-town": "relevance: 'Half the men of this Uzbek town work on Russian "
    "building sites and send their wages home' names its people only by their town's "
    "nationality, so the sentence stays labour abroad; the learned model scores it above the "
    "gate with North Korea named elsewhere in the text (main reads it relevant too)",
}


test_genres_relevant, test_genres_irrelevant, test_genres_worker_figures = relevance_tests(
    RELEVANT, IRRELEVANT, KNOWN
)
