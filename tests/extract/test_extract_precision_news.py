"""News items (100-200 words) dense with figures of OTHER groups next to true figures of North
Korean workers abroad: other nations' workers and migrants, a host's own workforce and its
labour shortage, a zone's, yard's or firm's whole staff, troops, sappers, casualties and
prisoners, defectors, students, tourists, athletes, delegations, restaurants, visas, permits
and entries, South Korean figures, the Kaesong zone (inside North Korea, so not abroad), past
figures, forecasts of demand, and prices or salaries that look like counts.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``. Conventions
from ../shared/spec/claims.md: North Koreans working at Kaesong work in North Korea and are
no claim; a past figure of workers abroad ("in Soviet times, up to 20,000 loggers worked
...") is a claim (``present``: they were working there at some time); a host's demand
("needs 3 million workers") is no claim; "military builders" are workers, sappers are
soldiers (as in ``test_extract_long_articles.py``).
"""

from __future__ import annotations

import pytest

from . import test_extract_short_news as short_news  # its article type and comparisons
from .tables import short_news_cases

LONG = short_news.LONG
Article = short_news.Article  # (batch, name, expected claims, text)

# Batch P1, written blind (Korean wires, NK-specialist sites, RFA, VOA): before any change, counts
# precision 0.73 / recall 1.00 (8 of 8 figures, 3 spurious), count+destination 0.73 / 1.00; 4 of
# 6 articles passed. Fixed: "The Kaesong Industrial Complex ... once employed about 55,000
# North Korean workers" (a DPRK place as the employer: at home); "will need an extra 3 million
# workers" (a demand). After: 1.00 / 1.00 for both.
BATCH_1: list[Article] = [
    (
        "P1",
        "nis-troops-workers",
        "~6000@RU/dispatched ~20000@RU/present",
        """NIS: North sent 6,000 more workers to Russia this year // SEOUL, March 12 (Hanbit
        News) - North Korea has sent about 6,000 more workers to Russia since January, South
        Korea's spy agency told lawmakers on Wednesday, bringing the number of North Korean
        workers there to roughly 20,000. || The agency said Pyongyang had also deployed some
        3,000 additional troops to the Kursk region, on top of the 11,000 soldiers sent last
        year, of whom about 4,700 were killed or wounded. Two North Korean prisoners of war
        held by Ukraine have asked to go to the South. || Lawmaker Ahn Dong-su said the
        workers were placed mostly on building sites in Moscow and the Far East, where Russian
        firms face a shortage of some 2.5 million workers.""",
    ),
    (
        "P1",
        "kaesong-and-dandong",
        "~1500@CN/dispatched",
        """Seoul weighs Kaesong idea as the North sends seamstresses to China // The Kaesong
        Industrial Complex, closed since 2016, once employed about 55,000 North Korean workers
        and some 800 South Korean managers at 124 South Korean firms. A Seoul think tank this
        week proposed reopening it with 20,000 workers in a first phase. || The North has
        other plans for its labour. About 1,500 North Korean garment workers arrived in
        Dandong this spring, a trader in the Chinese border city told Pyongyang Brief, and
        more are expected after the summer. They sew sportswear for a Chinese firm that pays
        the North Korean side 2,800 yuan a month for each of them.""",
    ),
    (
        "P1",
        "ryanggang-screening",
        "~200@RU/recruiting",
        """Province screens workers for Russian jobs // A source in Ryanggang province told
        North Light that about 200 workers from the province were being screened for dispatch
        to Russia, with checks on their families and party records. || The number of North
        Koreans reaching the South stayed low: the unification ministry said 236 defectors
        arrived last year, including 38 who had once worked abroad, compared with more than
        2,900 in 2009. || Older residents still recall the famine of the 1990s, when hundreds
        of thousands of people died and tens of thousands fled into China.""",
    ),
    (
        "P1",
        "yanji-students",
        "~2000@CN/present =3000@CN/present",
        """China admits North Korean students; seafood plants keep their workers // Chinese
        authorities have allowed about 400 North Korean students to enrol at universities in
        Shenyang and Changchun this autumn, a source told Free Asia Radio, adding that some of
        the "students" might be sent to work. || In Yanji, about 2,000 North Korean seafood
        workers remain at processing plants, down from 3,000 last year, the source said. ||
        Separately, the provincial immigration office recorded 1.2 million foreign entries in
        the first quarter, most of them South Korean and Russian tourists.""",
    ),
    (
        "P1",
        "wonsan-tourists",
        "~5000@RU/present",
        """Russian tourists flock to Wonsan as labour ties deepen // VLADIVOSTOK (Voice of the
        Pacific) - Russian tour operators said about 1,500 Russian tourists visited the
        Wonsan-Kalma resort in the first half of the year, and North Korea sent a delegation
        of 40 officials to Vladivostok to discuss direct flights. || A regional official said
        some 5,000 North Korean workers are now employed in Primorye, mostly in construction.
        Russia as a whole will need an extra 3 million workers by 2030, the labour ministry
        has said, and the region wants a share of them from friendly countries.""",
    ),
    (
        "P1",
        "athletes-and-waitresses",
        "~300@CN/present",
        """North Korean team arrives for Asian meet // About 150 North Korean athletes arrived
        in Harbin on Monday for the Asian Winter Games, the largest team the country has sent
        abroad since 2018, state media said. || In Dandong, 12 North Korean restaurants are
        open again, employing about 300 North Korean waitresses, a Chinese businessman told
        Kim's Korea Report. He said the women earn 1,500 yuan a month, of which most goes to
        the restaurant's managers. || China sent about 250 athletes to the same games.""",
    ),
]

# Batch P2, written blind (Russian agencies and business press in English): before any change,
# counts precision 0.45 / recall 0.71 (5 of 7 figures, 6 spurious), count+destination 0.45 /
# 0.71; 1 of 6 articles passed. Fixed: "The region's own labour force is about 950,000"
# (a host's whole); "shortage at 2.6 million people" and "expects it to exceed 3 million";
# "About 1.1 million people live in the region" (a population); "The Zvezda shipyard, which
# employs about 12,000 people, plans to hire 2,000 more" (more of an uncounted figure);
# "Russian IT companies employ some 900,000 specialists" (a headcount). After: counts 1.00 /
# 0.71, count+destination 1.00 / 0.71, 4 of 6. Later fixed: "including about 2,000 from the
# DPRK" (an article between "from" and the DPRK's name; test_extract_count_genres.py).
BATCH_2: list[Article] = [
    (
        "P2",
        "primorye-quota",
        "~2000@RU/planned",
        """VLADIVOSTOK, April 2. /TASS/. Primorye plans to attract 8,000 foreign workers this
        year, including about 2,000 from the DPRK, the regional labour ministry said on
        Wednesday. || In 2024 the region issued 45,000 work permits to citizens of
        Uzbekistan, Tajikistan and Kyrgyzstan, the ministry said. The region's own labour
        force is about 950,000 people, and unemployment stands at 2.1%.""",
    ),
    (
        "P2",
        "border-entries",
        "=9100@RU/dispatched",
        """MOSCOW, February 9 (Interfax) - The number of DPRK citizens who entered Russia in
        2025 rose to 18,400, border service data show, of whom 9,100 stated work as the
        purpose of their trip. Entries of Chinese citizens totalled 1.1 million over the same
        period. || Rosstat estimates the country's labour shortage at 2.6 million people, and
        the Ministry of Labour expects it to exceed 3 million by 2030.""",
    ),
    (
        "P2",
        "kursk-builders",
        "=5000@RU/planned",
        """MOSCOW, June 17. /TASS/. North Korea will send 1,000 sappers and 5,000 military
        builders to the Kursk region to help restore infrastructure destroyed by Ukrainian
        forces, Security Council secretary Sergei Voronin said after talks in Pyongyang. ||
        The region lost about 400 residential buildings and 30 bridges in the fighting,
        according to the regional government. About 1.1 million people live in the region.""",
    ),
    (
        "P2",
        "zvezda-welders",
        "~500@RU/dispatched",
        """BOLSHOY KAMEN (Far East Business) - The Zvezda shipyard, which employs about 12,000
        people, plans to hire 2,000 more next year as orders for tankers grow, its director
        said. || The yard has already taken on about 500 North Korean welders and fitters, a
        source at the yard said, adding that they live in dormitories outside the town. The
        director said a welder at the yard earns about 150,000 rubles a month.""",
    ),
    (
        "P2",
        "sakhalin-history",
        "<20000@RU/present ~1000@RU/present",
        """KHABAROVSK (Amur Herald) - In Soviet times, up to 20,000 North Korean loggers worked
        in the taiga of the Khabarovsk Territory, at camps run by the North's forestry
        ministry. || Today, about 1,000 North Koreans work at Sakhalin fish plants, alongside
        3,500 Vietnamese and 2,000 Uzbek workers, the island's labour department said. The
        plants process about 200,000 tonnes of fish a year.""",
    ),
    (
        "P2",
        "it-shortage",
        "~1000@RU,CN/present",
        """MOSCOW (Digital Business Weekly) - Russian IT companies employ some 900,000
        specialists, and the Ministry of Digital Development estimates that the industry
        lacks 500,000 programmers. || Meanwhile, U.S. prosecutors say North Korea has some
        1,000 IT workers operating in Russia and China under false identities. About 40,000
        Russian IT specialists left the country in 2022, according to industry estimates.""",
    ),
]

# Batch P3, written blind (Gulf, Mongolian and African local press in English): before any
# change, counts precision 0.62 / recall 0.83 (5 of 6 figures, 3 spurious), count+destination
# 0.62 / 0.83; 3 of 6 articles passed. Fixed: "deported 320 expatriates ..., including 15
# North Korean construction workers" (the whole dropped, its DPRK part counted); "trains about
# 1,200 medical students" (study); "some 400,000 Nepali workers live in the country, and
# Bangladesh counts about 350,000" (the noun of another country's people, elided). After: 1.00 /
# 1.00 for both.
BATCH_3: list[Article] = [
    (
        "P3",
        "qatar-migrants",
        "~1000@QA/present",
        """DOHA (Gulf Daily) - Qatar's 2.1 million migrant workers, mostly from Nepal, India and
        Bangladesh, will be covered by a new heat-stress rule from June. || A UN panel has
        said that about 1,000 North Korean construction workers were still in Qatar in 2019.
        Nepal's embassy said some 400,000 Nepali workers live in the country, and Bangladesh
        counts about 350,000.""",
    ),
    (
        "P3",
        "kuwait-deportations",
        "=15@KW/repatriated",
        """KUWAIT CITY (Arab Times Online) - Kuwait deported 320 expatriates for visa
        violations last month, including 15 North Korean construction workers, the interior
        ministry said. The ministry said 1,800 Bangladeshi workers were detained in a separate
        campaign against residency violators, and 60 companies were fined.""",
    ),
    (
        "P3",
        "mongolia-permits",
        "=450@MN/repatriated",
        """ULAANBAATAR (Steppe Times) - Mongolia issued 52,000 work permits to foreigners last
        year, four fifths of them to Chinese citizens, the labour ministry said. || No North
        Korean workers remain in the country, after the last 450 North Korean workers went
        home in 2019, the ministry said. Mongolian companies employ about 1.2 million people,
        and some 1,300 Mongolian students study in Russia.""",
    ),
    (
        "P3",
        "namibia-monuments",
        "~200@NA/present",
        """WINDHOEK (Namib Chronicle) - About 200 North Korean workers built the Heroes' Acre
        memorial and the State House complex between 2002 and 2010, the ministry of works
        said in reply to a question in parliament. || The new national stadium project
        employs 1,500 Namibians and 300 Chinese workers, the minister said, and will cost
        about N$600 million.""",
    ),
    (
        "P3",
        "uganda-doctors",
        "~30@UG/present",
        """KAMPALA (Lake Monitor) - About 30 North Korean doctors and nurses still work in
        Ugandan hospitals despite UN sanctions, a health ministry official said. || Uganda
        trains about 1,200 medical students a year and is short of some 4,000 doctors, the
        official said. The country also hosts 1.7 million refugees, most of them from South
        Sudan and Congo.""",
    ),
    (
        "P3",
        "malabo-delegation",
        "~150@GQ/present",
        """MALABO (Gulf of Guinea Post) - A delegation of 25 North Korean officials visited
        the new conference centre in Oyala on Tuesday. || Some 150 North Korean construction
        workers are building the centre, a site manager said, working beside the 8,000
        Chinese workers employed on the country's road projects.""",
    ),
]

# Batch P4, written blind (Chinese, Southeast Asian and European press in English): before any
# change, counts precision 0.50 / recall 1.00 (6 of 6 figures, 6 spurious), count+destination
# 0.50 / 1.00; 1 of 6 articles passed. Fixed: "among the city's 300,000 factory workers", "out
# of a total workforce of 8,000" (a host's whole); "the Savan economic zone, which employs
# 20,000 people" (a zone's headcount); "100,000 workers from Asia" (a region of origin); "12
# North Korean entities and 30 individuals" (sanction targets). After: counts 0.86 / 1.00,
# count+destination 0.86 / 1.00, 5 of 6.
BATCH_4: list[Article] = [
    (
        "P4",
        "dandong-trade",
        "~15000@CN/present",
        """DANDONG (Border Economy Daily) - Trade between China and the DPRK rose by a fifth in
        the first half, and about 80,000 Chinese tourists crossed to Sinuiju on day trips. ||
        Local officials said about 15,000 North Korean workers are employed in Dandong's
        garment and seafood factories, among the city's 300,000 factory workers.""",
    ),
    (
        "P4",
        "vietnam-exports-labour",
        "~20@VN/present",
        """HANOI (Saigon Economic Times) - Vietnam sent about 155,000 workers abroad last year,
        mostly to Japan and Taiwan, the labour ministry said. || In Hanoi, a North Korean
        restaurant near West Lake employs about 20 North Korean waitresses, a manager said,
        and serves about 300 customers a day.""",
    ),
    (
        "P4",
        "laos-zone",
        "~500@LA/present",
        """VIENTIANE (Mekong Times) - About 300,000 Lao workers are employed in Thailand, the
        labour ministry said. || Some 500 North Korean workers are employed at construction
        sites in Vientiane and in the Savan economic zone, which employs 20,000 people in all,
        a Western diplomat said.""",
    ),
    (
        "P4",
        "poland-visas",
        "~500@PL/present",
        """WARSAW (Baltic Wire) - Poland stopped issuing work visas to North Koreans in 2016,
        when about 500 North Korean workers were employed at shipyards and farms. || Today
        Poland hosts about 1.5 million Ukrainian workers and 100,000 workers from Asia,
        including 40,000 Filipinos, government data show.""",
    ),
    (
        "P4",
        "eu-sanctions",
        "~400@PL,MT/present",
        """BRUSSELS (Euro Ledger) - The EU sanctioned 12 North Korean entities and 30
        individuals on Monday. || A parliamentary report said about 400 North Korean workers
        were still employed in Poland and Malta in 2017, when the bloc banned new permits.
        The EU itself has about 10 million workers from outside the bloc.""",
    ),
    (
        "P4",
        "hunchun-seafood",
        "~3000@CN/present",
        """HUNCHUN (Northeast Business) - China's 290 million migrant workers are getting
        older, a state survey found. || In Hunchun, seafood plants employ about 3,000 North
        Korean women, a plant manager said, out of a total workforce of 8,000 at the city's
        export zone.""",
    ),
]

# Batch P5, written blind (think tanks, AP, Reuters): before any change, counts precision 0.86 /
# recall 1.00 (6 of 6 figures, 1 spurious), count+destination 0.86 / 1.00; 5 of 6 articles
# passed. Fixed: "North Korea's own labour force is about 14 million". After: 1.00 / 1.00.
BATCH_5: list[Article] = [
    (
        "P5",
        "treasury-it",
        ">1000@CN,RU/dispatched",
        """WASHINGTON (Reuters-style wire) - The U.S. Treasury on Thursday sanctioned 14
        individuals and 3 companies that it said had sent more than 1,000 North Korean IT
        workers to China and Russia. The State Department offered rewards of up to $5
        million for information on the network.""",
    ),
    (
        "P5",
        "kyiv-pows",
        "~2000@RU/dispatched",
        """KYIV (AP-style wire) - Ukrainian intelligence estimates that 15,000 North Korean
        troops have fought in Russia's Kursk region, with 3,000 casualties. || North Korea
        has also sent some 2,000 workers to Russian factories that make drones, the agency
        said.""",
    ),
    (
        "P5",
        "famine-loggers",
        "~15000@RU/present",
        """SEOUL (Peninsula Policy Institute) - Between 600,000 and 1 million North Koreans
        died in the famine of the 1990s, a new study estimates. At the time, about 15,000
        North Korean loggers worked in Russia's Far East, sending timber and some cash
        home.""",
    ),
    (
        "P5",
        "estimate-abroad",
        "50000-60000@M49:001/present",
        """WASHINGTON (Center for Asian Labour Studies) - Between 50,000 and 60,000 North
        Korean workers are abroad, a new report estimates. It compares this with 2.4 million
        Filipino workers overseas. North Korea's own labour force is about 14 million.""",
    ),
    (
        "P5",
        "moscow-site",
        "~90@RU/present",
        """MOSCOW (Reuters-style wire) - At one site in Moscow's south, where 1,200 workers
        build apartment blocks, about 90 are North Korean, a foreman said. Flats there sell
        for about 300,000 rubles per square metre.""",
    ),
    (
        "P5",
        "student-visas",
        "=13000@RU/present",
        """MOSCOW (AP-style wire) - Russia issued 7,200 student visas to North Koreans in
        2025, the foreign ministry said. || The Interior Ministry counted 13,000 North Korean
        workers in the country at the end of 2025.""",
    ),
]

# Batch P6, written blind after the fixes of P1-P5 (longer items: wires, think tanks, local
# press): on main before this branch, counts precision 0.70 / recall 1.00 (7 of 7 figures, 3
# spurious), count+destination 0.60 / 0.86, 2 of 6 articles passed; blind run after the P1-P5
# fixes, counts 0.88 / 1.00 (1 spurious), count+destination 0.75 / 0.86, 4 of 6 passed.
# Fixed: "The UAE's 8.5 million expatriates include about 3.5 million Indians" (another
# nations' whole). After: counts 1.00 / 1.00, count+destination 0.86 / 0.86, 5 of 6.
BATCH_6: list[Article] = [
    (
        "P6",
        "vladivostok-builders",
        "~3500@RU/present =800@RU/planned",
        """North Korean builders fill gaps on Far East sites // VLADIVOSTOK (Pacific Wire) -
        Construction firms in Primorye now rely on about 3,500 North Korean builders, a
        regional official said on Tuesday, as migrants from Central Asia leave for better
        paid jobs in Moscow. || The region's construction industry employs roughly 60,000
        people and is short of about 12,000 workers, the official said. Some 25,000 migrants
        from Uzbekistan and Tajikistan worked in the region before 2022, against fewer than
        14,000 now. || A developer building a 24-storey housing block near the port said his
        company would bring in 800 more North Korean workers next spring. "They work twelve
        hours a day and do not drink," he said. A two-room flat in the new block will cost
        about 9 million rubles. || Separately, the regional government said 2,300 Russian
        students had signed up for summer construction brigades.""",
    ),
    (
        "P6",
        "seoul-defector-survey",
        "~100000@M49:001/present",
        """Survey: most defectors who worked abroad were in Russia or China // SEOUL (Peninsula
        Daily) - A survey of 410 North Korean defectors by a Seoul institute found that 57 of
        them had worked abroad before they fled, most in Russia or China. || The institute
        estimated that about 100,000 North Korean workers are abroad today, citing
        government and UN data. || South Korea admitted 196 defectors last year, it said, and
        about 34,000 have settled in the South since the 1990s. The ministry pays each
        settler a grant of up to 16 million won.""",
    ),
    (
        "P6",
        "ulaanbaatar-miners",
        "~600@MN/present",
        """ULAANBAATAR (Mongol Business Review) - Mongolia's mining sector employs about 55,000
        people, and mining companies plan to hire 4,000 more by 2027, the industry association
        said. || In 2016, about 600 North Korean workers were employed in Mongolian
        construction firms, sewing shops and a cashmere plant, it said. Chinese citizens hold
        most of the 9,000 foreign work permits now valid in the country.""",
    ),
    (
        "P6",
        "seafood-prices",
        "~2400@CN/present",
        """Crab prices climb as Chinese plants lose workers // HUNCHUN (Seafood Trade Weekly) -
        The price of snow crab rose to 380 yuan a kilogram this month, traders said. Seafood
        plants in the city employ about 2,400 North Korean women, fewer than before, a plant
        owner said. The city's processing industry has about 18,000 workers in total, and
        Chinese plant owners say they need 3,000 more.""",
    ),
    (
        "P6",
        "gulf-camps",
        "~2000@AE/present",
        """DUBAI (Emirates Business Mirror) - The UAE's 8.5 million expatriates include about
        3.5 million Indians and 1.3 million Pakistanis, according to embassy figures. || A UN
        sanctions report said in 2018 that about 2,000 North Korean workers were at
        construction sites in Dubai and Abu Dhabi. The report also said 40 North Korean
        restaurants and trading firms operated in the region.""",
    ),
    (
        "P6",
        "laos-dam",
        "~250@LA/present",
        """VIENTIANE (Mekong Wire) - About 250 North Korean workers are helping build a
        hydropower dam in northern Laos, a Lao engineer said. The 1,200-megawatt project,
        financed by a Chinese bank, employs some 4,000 workers in all, most of them Lao and
        Chinese. || Laos sends about 250,000 of its own citizens to work in Thailand.""",
    ),
]

# Batch P7, written blind after the fixes of P1-P5 (wires, Russian and Chinese press): on main
# before this branch, counts precision 0.71 / recall 0.83 (5 of 6 figures, 2 spurious),
# count+destination 0.71 / 0.83, 4 of 6 articles passed; blind run after the P1-P5 fixes,
# counts 1.00 / 1.00, count+destination 1.00 / 1.00, 6 of 6 passed.
BATCH_7: list[Article] = [
    (
        "P7",
        "kursk-wounded",
        "=1000@RU/dispatched",
        """SEOUL (Hanbit News) - North Korea sent 1,000 construction workers to the Kursk
        region last month to rebuild homes, the spy agency said, while about 2,000 of its
        troops remain there to clear mines. The agency said 600 North Korean soldiers had
        been wounded and 130 killed in the clearing work, and that 20 wounded soldiers were
        treated in Moscow hospitals.""",
    ),
    (
        "P7",
        "it-freelancers",
        "~3000@M49:001/present",
        """WASHINGTON (Capital Cyber Report) - About 3,000 North Korean IT workers operate
        abroad under false identities, earning up to $5,000 a month each, a U.S. official
        said. Some 1,000 American companies may have hired them without knowing, he said.
        U.S. firms employ about 4.4 million software developers.""",
    ),
    (
        "P7",
        "shenyang-restaurants",
        "~100@CN/present",
        """SHENYANG (Liaoning Evening News) - Shenyang has 15 North Korean restaurants, and
        they employ about 100 North Korean women as waitresses and cooks, a local business
        group said. A set meal costs 188 yuan. About 2 million visitors came to the city's
        Korean quarter last year, most of them Chinese.""",
    ),
    (
        "P7",
        "africa-statues-history",
        "~1000@AO/present",
        """LUANDA (Angola Weekly) - In the 1980s, about 1,000 North Korean builders worked in
        Angola on monuments and barracks, a historian said. At the time, the country also
        hosted about 50,000 Cuban soldiers. || Today, Angola's construction sector employs
        about 150,000 people, and some 20,000 Chinese workers remain in the country.""",
    ),
    (
        "P7",
        "tashkent-migrants",
        "~5000@RU/dispatched",
        """TASHKENT (Central Asia Monitor) - Uzbekistan sent 1.2 million workers to Russia
        last year, and Tajikistan about 600,000, official data show. Russian employers say
        the North Korean arrivals are no threat to them: only about 5,000 North Korean
        workers went to Russia in the same period, according to Russian estimates.""",
    ),
    (
        "P7",
        "nampo-ship",
        "~40@RU/present",
        """NAKHODKA (Port News) - A Russian trawler crewed by 60 sailors, including about 40
        North Korean fishermen, returned to port on Friday with 900 tonnes of pollock. The
        fishermen work on contracts of two years, the ship's owner said.""",
    ),
]

# Batch P8, written blind after the fixes of P1-P7 (wires, regional and business press): the
# same on main and after the P1-P7 fixes, counts precision 0.73 / recall 1.00 (8 of 8 figures,
# 3 spurious), count+destination 0.64 / 0.88; 3 of 6 articles passed. Fixed: "The region's
# farms employ about 18,000 people in all" (farms as employers); "about 4,000 seasonal workers
# come each year from Uzbekistan" (a time adverb before the origin). After: counts 0.89 / 1.00,
# count+destination 0.78 / 0.88, 4 of 6. Later fixed: "A hotel group that employs 9,000 staff
# across the Emirates" (staff nouns: a place after them is where the employer's own staff
# is; test_extract_count_genres.py).
BATCH_8: list[Article] = [
    (
        "P8",
        "amur-farms",
        "~700@RU/planned ~300@RU/present",
        """North Korean farmhands for Amur // BLAGOVESHCHENSK (Amur Region Today) - Farms in
        the Amur region plan to take on about 700 North Korean farmhands this season, up from
        about 300 who worked there last year, the regional agriculture ministry said. || The
        region's farms employ about 18,000 people in all, and about 4,000 seasonal workers
        come each year from Uzbekistan and Kyrgyzstan. Soybean prices fell to 38,000 rubles a
        tonne. || Chinese tenant farmers, about 1,500 of them, work some 200,000 hectares
        along the Amur river, the ministry said.""",
    ),
    (
        "P8",
        "pyongyang-marathon",
        "~60@CN/present >100@CN/present",
        """PYONGYANG (Wire Asia) - About 200 foreign runners, including 40 from China, took part
        in the Pyongyang marathon on Sunday, alongside some 1,500 North Korean runners. || In
        China, about 60 North Korean cooks and waitresses still work at restaurants in
        Beijing, a tour operator said, down from more than 100 before the pandemic, when 12
        such restaurants were open in the capital.""",
    ),
    (
        "P8",
        "seoul-kaesong-firms",
        "~5000@CN/present",
        """SEOUL (Peninsula Business) - The 124 South Korean companies that once ran factories
        at the Kaesong complex have received 550 billion won in state compensation, the
        unification ministry said. About 1,000 South Koreans worked at the complex at its
        peak. || Some of the complex's former North Korean workers, about 5,000 of them
        women, are now employed at garment factories in Dandong and Hunchun, a researcher at
        a Seoul institute said.""",
    ),
    (
        "P8",
        "kazakh-migrants",
        "~200@KZ/repatriated",
        """ALMATY (Steppe Business Daily) - Kazakhstan issued 18,000 work permits to foreigners
        last year, most to citizens of China and Turkey, and about 1.3 million Kazakhs work
        in Russia. || The labour ministry said about 200 North Korean construction workers
        were sent home in 2018, and none have worked in the country since.""",
    ),
    (
        "P8",
        "drone-plant",
        "=1200@RU/dispatched",
        """KYIV (Eastern Front Wire) - North Korea sent 1,200 workers to a drone factory in the
        Alabuga special economic zone in Tatarstan this year, Ukrainian intelligence said. The
        zone employs about 25,000 people, including hundreds of African women recruited as
        students. Russia also has about 12,000 North Korean soldiers in Kursk, it said.""",
    ),
    (
        "P8",
        "dubai-hotel",
        "~30@AE/present",
        """DUBAI (Gulf Hospitality News) - A hotel group that employs 9,000 staff across the
        Emirates said it would not renew contracts with labour agencies after a UN report
        said about 30 North Korean workers had been placed at one of its construction sites
        in Dubai. The report also listed 5 North Korean trading companies in the city.""",
    ),
]

ARTICLES: list[Article] = [
    article
    for batch in (BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6, BATCH_7, BATCH_8)
    for article in batch
]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "P2-border-entries": "count: 'entered Russia ..., of whom 9,100 stated work as the purpose "
    "of their trip' (entries split by purpose) is not counted",
    "P4-eu-sanctions": "count: 'The EU itself has about 10 million workers from outside the "
    "bloc' (a host's whole; 'itself has' also sizes a restaurant's North Korean staff) reads "
    "as DPRK workers",
}
KNOWN_DETAILS: dict[str, str] = {
    "P8-dubai-hotel": "status: 'about 30 North Korean workers had been placed at one of its "
    "construction sites' reads dispatched (a placement; they were working there)",
    "P6-vladivostok-builders": "status: 'firms ... now rely on about 3,500 North Korean "
    "builders ..., as migrants from Central Asia leave for ... Moscow' reads dispatched (the "
    "migrants' move)",
    "P7-nampo-ship": "status: 'about 40 North Korean fishermen, returned to port' reads "
    "repatriated (a ship back in port, not a return home)",
}


@pytest.mark.parametrize(
    ("check", "spec", "raw"), short_news_cases(short_news, KNOWN_COUNTS, KNOWN_DETAILS, ARTICLES)
)
def test_articles(extractor, check, spec, raw):
    check(extractor, spec, raw)
