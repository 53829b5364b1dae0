"""Restated figures and qualifier bounds in short English news items and features: the
same figure in a headline, a standfirst and the body, with or without a qualifier, in digits
or words, as "the 50,000 workers", "the 10,000-plus figure" or "that workforce of seven
thousand"; against it, genuinely different figures for one thing (a headline's bare figure
and the body's "as many as", a rounded headline and the exact body figure, a stock and a
flow, two years, two hosts with the same number). The qualifiers cover "about", "some",
"an estimated", "roughly", "nearly", "almost", "just under", "close to", "approximately",
"more than", "over", "at least", "no fewer than", "well over", "upwards of", "in excess of",
"a little over", "-plus", "up to", "as many as", "a maximum of", "no more than", ranges
("between X and Y", "from X to Y", "X-Y", "X to Y", "X or Y", "three or four thousand",
"up to 400-500"), vague classes ("dozens", "scores", "a few dozen", "hundreds", "several
hundred", "thousands", "a few thousand", "thousands more", "tens of thousands", "hundreds
of thousands"), "half a million" and fractions of a counted whole ("half of the 40,000").

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The claim notation
is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py`` (the scorer's count+destination key: "15,000" and "about
15,000" are one figure). Conventions from ../shared/spec/claims.md and the earlier batches:
the same figure repeated is one claim; a different figure for the same thing is two claims
(the spec's "1,000" in a headline and "over 1,000" in the body), so a headline's bare
"50,000" and the body's "as many as 50,000" are two, and so are a headline's "about 24,000"
and the body's "24,200"; "rose from 4,000 to 15,000" is two levels, not a range; "anywhere
from 5,000 to 8,000" is a range; a fraction of a counted whole ("half of the 40,000") is no
claim of its own; "just under" is approximate like "nearly"; "fewer than" is at most.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.numbers import grammar

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batches R1-R4 (42 items, 74 expected figures), before any change: counts precision 0.97 /
# recall 0.99 (73 of 74 figures by bounds, 2 spurious), count+destination 0.95 / 0.96; per
# batch (count P/R): R1 0.95/1.00, R2 1.00/0.94, R3 0.95/1.00, R4 1.00/1.00. One
# expectation was corrected after that run: the headline "40,000 North Koreans split between
# Russia and China" is a claim of its own (the spec's one figure for two places), which the
# blind expectation had left out; with it, counts 0.99 / 0.99, count+destination 0.95 / 0.95.
# Fixed: "grew from 4,000 to 15,000" (a change before a bare "from" is two levels, not a
# range). After: counts 1.00 / 0.99, count+destination 0.96 / 0.95.
#
# Batch R1, written blind (wire items: headline, lede and body restating one figure).
BATCH_1: list[Article] = [
    (
        "R1",
        "russia-fifty-thousand",
        "=50000@RU/planned <50000@RU/planned ~15000@RU/present",
        """Russia to take 50,000 North Korean workers, Seoul says // SEOUL (Asia Wire) - Russia
        has agreed to take as many as 50,000 North Korean workers over the next two years,
        South Korea's spy agency told lawmakers on Tuesday. || The 50,000 workers would be sent
        mainly to building sites in Moscow and the Far East, the agency said. About 15,000
        North Koreans already work in Russia, it added.""",
    ),
    (
        "R1",
        "kursk-some-three-thousand",
        "~3000@RU/dispatched =2000@RU/planned",
        """North Korea sends 3,000 builders to Kursk // MOSCOW (Steppe News) - Some 3,000 North
        Korean construction workers have arrived in Russia's Kursk region to help rebuild
        towns damaged in the fighting, a regional official said. || The official, who spoke on
        condition of anonymity, said the 3,000 men were housed in prefabricated barracks near
        Sudzha. Another group of 2,000 is expected by spring.""",
    ),
    (
        "R1",
        "seafood-ten-thousand-plus",
        ">10000@CN/present ~20000@CN/present",
        """More than 10,000 North Korean workers toil in Chinese seafood plants, report says //
        WASHINGTON (Pacific Desk) - At least 10,000 North Koreans are working in seafood
        processing plants in China's Liaoning and Jilin provinces, a US research group said on
        Wednesday. || The group said the 10,000-plus figure was a conservative count based on
        satellite imagery and shipping records. In 2017, before UN sanctions took full effect,
        the plants employed an estimated 20,000 North Koreans, it said.""",
    ),
    (
        "R1",
        "china-tens-of-thousands",
        "v4@CN/present 30000-40000@CN/present",
        """Tens of thousands of North Koreans still working in China despite ban // DANDONG
        (Border Report) - Tens of thousands of North Korean workers remain in China more than
        six years after the UN deadline for sending them home, traders and officials in this
        border city say. || A Chinese trader who supplies several factories put the figure at
        between 30,000 and 40,000, most of them women in garment and seafood plants. Beijing
        says it complies with all Security Council resolutions.""",
    ),
    (
        "R1",
        "mongolia-nearly-almost",
        "~1000@MN/repatriated ~1300@MN/present",
        """Nearly 1,000 North Korean workers leave Mongolia // ULAANBAATAR (Steppe Herald) -
        Almost 1,000 North Korean workers left Mongolia last month as their permits expired,
        the labour ministry said on Monday. || The departure of the roughly 1,000 workers,
        most of whom worked in construction and sewing, leaves only a handful in the country.
        Mongolia hosted about 1,300 North Koreans at the peak in 2016, the ministry said.""",
    ),
    (
        "R1",
        "gdansk-four-to-five-hundred",
        "400-500@PL/present",
        """Polish yards once employed up to 400-500 North Koreans // GDANSK (Baltic Ledger) -
        Shipyards and subcontractors around Gdansk employed between 400 and 500 North Korean
        welders and fitters before 2018, according to a report by Polish labour inspectors. ||
        "In 2016 it was 400 to 500 at any one time," one inspector said. The last of the
        welders left Poland in 2019.""",
    ),
    (
        "R1",
        "qatar-maximum",
        "<2500@QA/planned ~2800@QA/present",
        """Qatar to cap North Korean workforce // DOHA (Gulf Daily) - Qatar will allow a maximum
        of 2,500 North Korean workers to stay in the country after their current contracts
        end, the interior ministry said on Sunday. || Around 2,800 North Koreans work in Qatar
        now, most of them on construction sites. No more than 2,500 will have their permits
        renewed, the ministry said.""",
    ),
    (
        "R1",
        "vladivostok-well-over",
        ">5000@RU/present ~5000@RU/present",
        """Well over 5,000 North Korean workers in Vladivostok, mayor says // VLADIVOSTOK (Far
        East Wire) - There are well over 5,000 North Korean workers in the city, most of them
        on housing projects, the mayor told a council meeting on Thursday. || In January the
        city's migration office had counted just under 5,000. The mayor said the city needed
        more builders, not fewer.""",
    ),
    (
        "R1",
        "laos-three-or-four-thousand",
        "3000-4000@LA/planned",
        """Three or four thousand North Korean workers to go to Laos // VIENTIANE (Mekong
        Times) - Laos expects 3,000 or 4,000 North Korean workers to arrive next year for a dam
        and a railway project, a Lao official said. || The official said the workers would be
        employed by two Chinese contractors. Laos told the UN in 2020 that it had sent all
        North Korean workers home.""",
    ),
    (
        "R1",
        "russia-grew-from-to",
        "~4000@RU/present ~15000@RU/present 5000-8000@RU/planned",
        """North Korean workforce in Russia grew from 4,000 to 15,000 in a year // SEOUL (Korea
        Daily) - The number of North Korean workers in Russia rose from about 4,000 in 2023 to
        around 15,000 in 2024, South Korea's intelligence agency said on Friday. || Anywhere
        from 5,000 to 8,000 more could be sent this year, the agency said, most of them to
        construction sites.""",
    ),
]

# Batch R2, written blind (features: vague classes, fractions, word numbers, qualifiers).
BATCH_2: list[Article] = [
    (
        "R2",
        "cambodia-hundreds-to-dozens",
        "v2@KH/present v1@KH/present",
        """The last waitresses of Phnom Penh // PHNOM PENH - Several hundred North Korean
        waitresses and cooks once worked in restaurants across Cambodia. Today a few dozen
        remain in the country, according to a local tour operator who used to bring groups of
        Korean tourists to them. || "There were hundreds, now it is dozens," he said. Two of
        the restaurants closed last year.""",
    ),
    (
        "R2",
        "half-of-forty-thousand",
        "~40000@RU/present",
        """Half of the 40,000 North Koreans working in Russia are in construction // SEOUL
        (Peninsula Herald) - Half of the roughly 40,000 North Korean workers in Russia are
        employed on building sites, South Korea's intelligence service told lawmakers on
        Wednesday. || The rest work in logging, farming and fish processing, it said. The
        40,000 figure does not include students, the service said.""",
    ),
    (
        "R2",
        "half-a-million-over-decades",
        "<500000@M49:001/present ~100000@M49:001/present",
        """Three decades of labour exports // Analysis - Since the 1990s, up to half a million
        North Koreans may have worked abroad on contracts arranged by state trading firms,
        according to an estimate by a Seoul think tank. || About 100,000 are thought to be
        overseas today, a figure that has barely moved since sanctions were tightened in 2017.
        The think tank said the true number was impossible to verify.""",
    ),
    (
        "R2",
        "thousands-more-russia",
        "v3@RU/planned ~12000@RU/present",
        """Thousands more North Korean workers heading to Russia // MOSCOW (Interfax-Asia) -
        Russia already hosts about 12,000 North Korean workers, and a few thousand more are to
        arrive by the summer, a Russian deputy labour minister said. || He said the new
        workers would go to construction and agriculture in the Far East. Thousands more could
        follow next year, he added.""",
    ),
    (
        "R2",
        "amur-soviet-loggers",
        "v4@RU/present v2@RU/present",
        """In Siberia's forests, the last North Korean loggers // TYNDA - In Soviet times tens of
        thousands of North Korean loggers worked in camps in Russia's Far East. Today a few
        hundred remain in the Amur region, according to forestry officials. || The camps now
        rely on hundreds of thousands of migrants from Central Asia, the officials say, who
        earn more and leave sooner.""",
    ),
    (
        "R2",
        "luanda-no-fewer-than",
        ">200@AO/present ~1000@M49:002/present",
        """No fewer than 200 North Korean builders at Luanda stadium, group says // LUANDA -
        At least 200 North Korean construction workers are building a stadium in Luanda, an
        Angolan anti-corruption group said on Tuesday. || The group said no fewer than 200 of
        the workers lived on the site. The state-run Mansudae company had about 1,000 workers
        across Africa in 2015, according to UN experts.""",
    ),
    (
        "R2",
        "it-workers-upwards-of",
        ">3000@M49:001/present",
        """Upwards of 3,000 North Korean IT workers abroad, Treasury says // WASHINGTON -
        Upwards of 3,000 North Korean IT workers operate abroad, mostly in China and Russia,
        the US Treasury said in an advisory on Monday. || The advisory said the number was in
        excess of 3,000 and that a further 1,000 worked from inside North Korea for foreign
        clients.""",
    ),
    (
        "R2",
        "vietnam-estimated-and-registered",
        "~2000@VN/present =1846@VN/present",
        """Vietnam's North Korean workers // HANOI (Saigon Post) - An estimated 2,000 North
        Koreans work in Vietnam, mostly in restaurants and on farms, a European diplomat said.
        || The labour ministry gave a lower figure: it said 1,846 North Korean workers were
        registered with provincial authorities last year.""",
    ),
    (
        "R2",
        "moscow-seven-thousand",
        "~7000@RU/present",
        """Moscow's building sites rely on 7,000 North Koreans // MOSCOW - Roughly 7,000 North
        Koreans are working on construction sites in and around Moscow, according to a
        Russian trade union. || That workforce of seven thousand is twice what it was in 2019,
        the union said, and most of them live in dormitories on the sites.""",
    ),
    (
        "R2",
        "fujian-eight-hundred-to-thousand",
        "800-1000@CN/present",
        """800-1,000 North Korean women at Fujian fish plants // FUZHOU - Between 800 and 1,000
        North Korean women process fish at three plants in China's Fujian province, a Seoul
        human rights group said. || Local residents said the 800 to 1,000 workers rarely left
        the compounds. The group said the women worked 12-hour shifts.""",
    ),
]

# Batch R3, written blind (stocks and flows, years, hosts, restatements in new places).
BATCH_3: list[Article] = [
    (
        "R3",
        "stock-and-flow",
        "~12000@RU/dispatched ~30000@RU/present",
        """North Korea sent 12,000 workers to Russia last year, bringing total to 30,000 //
        SEOUL (Asia Wire) - North Korea sent about 12,000 workers to Russia last year, bringing
        the number working there to roughly 30,000, a South Korean lawmaker said. || Of the
        12,000 new arrivals, most went to the Far East and to Moscow, the lawmaker said.""",
    ),
    (
        "R3",
        "kuwait-two-years",
        "~2500@KW/present ~300@KW/present",
        """Kuwait's North Korean workforce shrinks // KUWAIT CITY (Gulf Daily) - Kuwait hosted
        about 2,500 North Korean workers in 2017, a number that fell to around 300 by 2019,
        according to government data. || The remaining 300 were sent home in 2020, officials
        said.""",
    ),
    (
        "R3",
        "two-hosts-same-figure",
        "=40000@CN,RU/present ~20000@RU/present ~20000@CN/present",
        """Seoul: 40,000 North Koreans split between Russia and China // SEOUL - About 20,000
        North Koreans work in Russia, and another 20,000 in China, South Korea's unification
        ministry said in a report on Thursday. || The ministry said the figures were rough
        estimates based on interviews with defectors and traders.""",
    ),
    (
        "R3",
        "vladivostok-yards-and-far-east",
        "~1200@RU/present ~9000@RU/present",
        """1,200 North Korean workers in Vladivostok shipyards // VLADIVOSTOK - Some 1,200 North
        Koreans work at shipyards in Vladivostok, a regional trade official said. || The 1,200
        workers are mostly welders and painters. Russia's Far East as a whole has about 9,000
        North Korean workers, the official said.""",
    ),
    (
        "R3",
        "russia-thirty-thousand-china-compared",
        "=30000@RU/planned <30000@RU/planned ~35000@CN/present",
        """Russia to receive 30,000 North Korean workers // TOKYO (Nippon Wire) - Russia will
        receive up to 30,000 North Korean workers under an agreement signed in Pyongyang last
        month, a Japanese newspaper reported. || The 30,000 workers would nearly match the
        number of North Koreans believed to be working in China, about 35,000, the newspaper
        said.""",
    ),
    (
        "R3",
        "laos-sixty-nurses",
        "=60@LA/dispatched =40@LA/planned",
        """Sixty North Korean nurses arrive at Lao hospital // VIENTIANE - Sixty North Korean
        nurses and doctors arrived in Vientiane on Saturday to work at a new provincial
        hospital, state media said. || The 60 medics will stay for three years. Another forty
        are expected next month, the health ministry said.""",
    ),
    (
        "R3",
        "tatarstan-standfirst",
        "~4000@RU/present >3500@RU/present",
        """About 4,000 North Koreans building Tatarstan plant // Some 4,000 North Korean workers
        are building a chemical plant in Russia's Tatarstan region, according to satellite
        images and local media. // KAZAN (Volga Report) - Some 4,000 North Korean workers are
        building a chemical plant in Tatarstan, local media reported. || Regional officials
        had earlier said at least 3,500 North Koreans were employed on the site. The 4,000
        workers live in a camp next to the plant.""",
    ),
    (
        "R3",
        "dandong-hundreds-then-six-hundred",
        "v2@CN/present ~600@CN/present",
        """Hundreds of North Korean garment workers laid off in Dandong // DANDONG - Hundreds of
        North Korean garment workers have been laid off by Chinese factories in Dandong as
        orders from Europe dried up, local sources said. || About 600 of them are waiting in
        dormitories for new jobs, one factory manager said.""",
    ),
    (
        "R3",
        "malaysia-three-hundred-plus",
        ">300@MY/repatriated",
        """Malaysia expels over 300 North Korean workers // KUALA LUMPUR (Straits Wire) -
        Malaysia has expelled more than 300 North Korean workers whose permits had expired,
        the immigration department said on Wednesday. || The 300-plus workers, most of them
        miners and builders in Sarawak, were flown out via Beijing.""",
    ),
    (
        "R3",
        "kursk-reports-differ",
        "=10000@RU/dispatched ~6000@RU/dispatched",
        """Reports differ on number of North Korean workers sent to Kursk // SEOUL - A Japanese
        newspaper reported that North Korea had sent 10,000 reconstruction workers to Russia's
        Kursk region. || South Korea's intelligence service put the number at about 6,000,
        lawmakers said. Neither figure could be verified independently.""",
    ),
]

# Batch R4, written blind (mixed wire items and features).
BATCH_4: list[Article] = [
    (
        "R4",
        "senegal-approximately",
        "~450@SN/present",
        """North Korean builders in Dakar // DAKAR - Approximately 450 North Korean workers are
        building monuments and housing in Senegal, a local newspaper reported. || About 60
        percent of the 450 are employed by a firm linked to the Mansudae studio, it said.""",
    ),
    (
        "R4",
        "hunchun-close-to",
        "~900@CN/present >500@CN/present",
        """Hunchun garment firms employ close to 900 North Koreans // HUNCHUN - Close to 900
        North Korean women work at Chinese garment firms in Hunchun, up from a little over 500
        last year, according to a Seoul-based research group. || The group said the women
        were paid far less than their Chinese colleagues.""",
    ),
    (
        "R4",
        "thousands-then-exact",
        "v3@RU/dispatched =4500@RU/dispatched",
        """Thousands of North Korean workers sent to Russia this year // SEOUL (Korea Daily) -
        North Korea sent 4,500 workers to Russia in the first half of the year, a lawmaker
        said, citing the spy agency. || Most of the 4,500 went to construction sites, he
        said.""",
    ),
    (
        "R4",
        "five-to-six-thousand",
        "5000-6000@RU/planned",
        """N. Korea to send 5,000-6,000 workers to Russian Far East // SEOUL - North Korea will
        send between 5,000 and 6,000 workers to Russia's Far East this year, a Seoul-based
        monitoring group said. || The 5,000 to 6,000 workers will be employed in construction
        and farming in Primorye and Khabarovsk, the group said.""",
    ),
    (
        "R4",
        "libya-up-to-and-registered",
        "<1000@LY/present =312@LY/present",
        """Up to 1,000 North Korean workers may be in Libya // TRIPOLI - As many as 1,000 North
        Korean workers may be in Libya, most of them doctors, nurses and builders, according to
        a UN report. || Libyan authorities told the UN that 312 North Korean workers were
        registered in the country.""",
    ),
    (
        "R4",
        "rounded-headline",
        "~24000@RU/planned =24200@RU/planned =1500@CN/planned",
        """North Korea to send about 24,000 workers to Russia // SEOUL (Daily Focus) - North
        Korea plans to send 24,200 workers to Russia this year and 1,500 to China, a source in
        Pyongyang told Daily Focus. || The workers are to be selected from construction and
        farming units, the source said.""",
    ),
    (
        "R4",
        "troops-and-workers",
        "~1000@RU/dispatched",
        """North Korea sends 3,000 more troops to Russia // SEOUL - North Korea has sent 3,000
        more troops to Russia, South Korea's military said on Monday. || Separately, about
        1,000 North Korean workers arrived in Russia's Far East last month, it said. The 3,000
        troops were deployed to the Kursk region.""",
    ),
    (
        "R4",
        "hunchun-scores-dozens",
        "v1@CN/present",
        """Scores of North Korean seamstresses still at Hunchun factory // HUNCHUN - Scores of
        North Korean seamstresses are still working at a garment factory in Hunchun despite UN
        sanctions, a local resident said. || Dozens more were sent home in March, the resident
        said.""",
    ),
    (
        "R4",
        "uganda-some-forty",
        "~40@UG/present",
        """Some 40 North Korean doctors in Uganda // KAMPALA - Some 40 North Korean health
        professionals are still working in Uganda, a diplomat said. || The forty doctors and
        nurses work in clinics in Kampala and Entebbe, he said.""",
    ),
    (
        "R4",
        "guinea-about-and-at-least",
        "~2000@GQ/present >2000@GQ/present",
        """Report: 2,000 North Korean workers in Equatorial Guinea // MALABO - About 2,000 North
        Korean builders are working in Equatorial Guinea, an opposition website reported. ||
        "There are at least 2,000 of them," a European diplomat said.""",
    ),
    (
        "R4",
        "khasan-monthly-range",
        "200-300@RU/dispatched",
        """200-300 North Korean workers a month entering Russia via Khasan // VLADIVOSTOK -
        From 200 to 300 North Korean workers cross into Russia at the Khasan rail crossing
        every month, border guards said. || The workers travel on to building sites in
        Primorye and Khabarovsk.""",
    ),
    (
        "R4",
        "hundreds-of-thousands-abroad",
        "v5@M49:001/present ~100000@M49:001/present",
        """Hundreds of thousands have worked abroad, study says // SEOUL - Hundreds of
        thousands of North Koreans have worked abroad since the 1970s, a study by a Seoul
        university found. || About 100,000 North Koreans work overseas today, the study
        said.""",
    ),
]

# Batch R5, written blind after R1-R4 (harder qualifier grammar: postfix qualifiers "or so",
# "-odd", "or more"; a qualifier before a range; a scale shared by a range; "a hundred", "a
# thousand"; "fewer than", "under", "no less than", "not more than", "just over";
# "-strong"; fractions of a whole; "tens of thousands more", "another ... or so", "hundreds,
# possibly thousands"; "20k"; "as many as 5,000 to 7,000").
BATCH_5: list[Article] = [
    (
        "R5",
        "minsk-thousand-or-so",
        "~1000@BY/present",
        """North Korean builders spotted in Minsk // MINSK (Baltic Ledger) - A thousand or so
        North Korean construction workers are building apartment blocks on the outskirts of
        Minsk, opposition activists said on Monday. || The activists said the 1,000-odd workers
        had arrived since March in groups of about 100.""",
    ),
    (
        "R5",
        "far-east-or-more",
        ">10000@RU/planned >5000@RU/planned",
        """Russia's Far East could take 10,000 or more North Korean workers // KHABAROVSK (Far
        East Wire) - Russia's Far East could take 10,000 or more North Korean workers next
        year, a deputy minister for the region said. || Primorye alone wants 5,000 or more of
        them for its ports and housing projects, the regional governor said.""",
    ),
    (
        "R5",
        "jilin-approx-ranges",
        "3000-4000@CN/present 2000-3000@CN/present",
        """Jilin's North Korean workforce // YANJI (Border Report) - Some 3,000-4,000 North
        Korean workers are employed at garment and electronics plants in Yanji and Hunchun,
        according to local business people. || Around 2,000 to 3,000 more North Koreans work
        at seafood plants in Tumen, they said.""",
    ),
    (
        "R5",
        "shared-scale-ranges",
        "40000-50000@RU/present 30000-40000@RU/present",
        """Between 40 and 50 thousand North Koreans working in Russia, analyst says // MOSCOW -
        Between 40 and 50 thousand North Korean workers are now in Russia, a Moscow labour
        market analyst told a radio station. || Other estimates put the figure at 30-40
        thousand, he said, because many of the workers enter on student visas.""",
    ),
    (
        "R5",
        "tanzania-article-scales",
        ">100@TZ/present ~1000@TZ/present",
        """Over a hundred North Korean doctors in Tanzania // DAR ES SALAAM (East Africa Post) -
        More than a hundred North Korean doctors and nurses work in Tanzania's private
        clinics, a health ministry official said. || Nearly a thousand North Korean workers
        were in the country in the 2000s, a former official said.""",
    ),
    (
        "R5",
        "uae-fewer-than-just-over",
        "<100@AE/present >2000@AE/present >1900@AE/repatriated",
        """UAE says fewer than 100 North Korean workers remain // ABU DHABI (Gulf Daily) - Fewer
        than 100 North Korean workers remain in the United Arab Emirates, down from just over
        2,000 in 2017, the government said in a report to the UN. || It said it had sent home
        just over 1,900 North Korean workers since 2017.""",
    ),
    (
        "R5",
        "myanmar-no-less-not-more",
        ">800@MM/present <300@MM/present",
        """North Korean workers in Myanmar's jade mines // YANGON - No less than 800 North
        Koreans work at jade and ruby mines in northern Myanmar, a mining industry newsletter
        reported. || A Myanmar official disputed the report, saying there were not more than
        300 North Korean workers in the whole country.""",
    ),
    (
        "R5",
        "ten-thousand-strong",
        "=10000@RU/planned",
        """A 10,000-strong North Korean workforce for Russia's Far East // VLADIVOSTOK - Russia's
        Far East will receive a 10,000-strong contingent of North Korean workers this year, the
        regional development ministry said. || The 10,000 workers will be split between
        Primorye, Khabarovsk and Sakhalin, it said.""",
    ),
    (
        "R5",
        "two-thirds-of-nine-thousand",
        "~9000@RU/present",
        """Two-thirds of the 9,000 North Koreans in Primorye work in construction //
        VLADIVOSTOK - Two-thirds of the roughly 9,000 North Korean workers in Primorye are on
        building sites, the regional labour office said. || One in five of the 9,000 works in
        agriculture, and the rest in fish processing, it said.""",
    ),
    (
        "R5",
        "tens-of-thousands-more",
        "v4@RU/planned ~25000@RU/present v2@RU/dispatched",
        """Tens of thousands more North Korean workers could go to Russia, analysts say // SEOUL
        - Russia, which already hosts some 25,000 North Korean workers, could take tens of
        thousands more over the next three years, analysts in Seoul said. || A few hundred
        more North Korean workers arrived in Vladivostok last week alone, a shipping agent
        said.""",
    ),
    (
        "R5",
        "laos-another-or-so",
        "~1000@LA/dispatched ~3500@LA/present =500@LA/planned",
        """Another 1,000 or so North Korean workers arrive in Laos // VIENTIANE (Mekong Times) -
        Another 1,000 or so North Korean workers have arrived in Laos, bringing the total to an
        estimated 3,500, a Lao labour official said. || An additional 500 workers are due by
        December, the official said.""",
    ),
    (
        "R5",
        "algeria-hundreds-possibly-thousands",
        "v2@DZ/present v3@DZ/present >400@DZ/present",
        """North Korean builders in Algeria // ALGIERS - Hundreds, possibly thousands, of North
        Korean workers are building housing in Algeria, a French researcher said. || The
        researcher said she had counted at least 400 North Korean workers on one site near
        Oran.""",
    ),
    (
        "R5",
        "twenty-k-headline",
        "=20000@RU/planned",
        """N. Korea to send 20k workers to Russia: report // TOKYO - North Korea will send
        20,000 workers to Russia next year, a Japanese news agency reported, citing a
        government source. || The 20,000 workers will go mainly to construction sites.""",
    ),
    (
        "R5",
        "gulf-as-many-as-range",
        "5000-7000@AE,KW,QA/present <1000@AE,KW,QA/present",
        """The Gulf's vanishing North Korean workforce // Analysis - Kuwait, Qatar and the UAE
        once hosted as many as 5,000 to 7,000 North Korean workers between them, most of them
        on building sites. || Today fewer than 1,000 North Korean workers remain in the three
        countries, according to their reports to the UN.""",
    ),
]

# Batch R6, written blind after R5 (an anaphoric restatement of a qualified figure: "as many
# as 50,000 ... The 50,000 workers", "more than 300 ... the 300", "That 20,000 figure": the
# same figure named again, so one claim with the first statement's bounds; a part split by
# status is a claim of its own).
# Before any change: counts precision 0.70 / recall 1.00 (16 of 16 figures, 7 spurious: each
# "the 50,000" read as a figure of its own), count+destination 0.70 / 1.00; 5 of 12 passed
# the count test. Fixed: a definite point figure, or one called a "figure" ("That 20,000
# figure"), naming the bound of an earlier open-ended figure is that figure restated
# (claims.py). After: 1.00 / 1.00 for both, 12 of 12.
BATCH_6: list[Article] = [
    (
        "R6",
        "up-to-then-the",
        "<50000@RU/planned",
        """Up to 50,000 North Korean workers could go to Russia // SEOUL (Asia Wire) - As many
        as 50,000 North Korean workers could be sent to Russia under a labour deal the two
        countries are negotiating, a South Korean lawmaker said on Monday. || The 50,000
        workers would be employed in construction and farming in the Far East and Siberia,
        the lawmaker said, citing the spy agency.""",
    ),
    (
        "R6",
        "more-than-then-the",
        ">300@QA/repatriated",
        """More than 300 North Korean workers leave Qatar // DOHA (Gulf Daily) - More than 300
        North Korean workers left Qatar last month after their contracts were cancelled, a
        labour rights group said. || The 300 had worked for two construction firms on
        housing projects near Lusail, the group said.""",
    ),
    (
        "R6",
        "at-least-then-the-women",
        ">1500@CN/present",
        """At least 1,500 North Koreans at Donggang seafood plants // DANDONG (Border Report) -
        At least 1,500 North Korean women are working at seafood processing plants in
        Donggang, in China's Liaoning province, according to a Seoul-based research group. ||
        The 1,500 women work 14-hour shifts and are rarely allowed to leave the compounds,
        the group said.""",
    ),
    (
        "R6",
        "over-then-figure-then-count",
        ">5000@RU/present =3200@RU/present",
        """Over 5,000 North Korean workers in Moscow, union says // MOSCOW - Over 5,000 North
        Korean workers are employed on construction sites in Moscow, a Russian builders'
        union said on Tuesday. || The 5,000 figure comes from the union's own site
        inspections. Last year the union counted 3,200 North Korean workers in the
        city.""",
    ),
    (
        "R6",
        "exact-then-more-than",
        "=1000@RU/dispatched >1000@RU/dispatched",
        """North Korea sends 1,000 workers to Kamchatka // PETROPAVLOVSK (Far East Wire) - More
        than 1,000 North Korean workers have been sent to Russia's Kamchatka peninsula since
        January to work at fish processing plants, regional officials said.""",
    ),
    (
        "R6",
        "as-many-as-then-the-in-province",
        "<10000@CN/present",
        """As many as 10,000 North Koreans work in Liaoning, group says // SEOUL - As many as
        10,000 North Korean workers are employed in China's Liaoning province, a human rights
        group said in a report on Wednesday. || The 10,000 in Liaoning are mostly young women
        at garment and electronics plants, the report said.""",
    ),
    (
        "R6",
        "up-to-then-first-group",
        "<6000@RU/planned =1000@RU/dispatched",
        """Up to 6,000 North Korean builders for Kursk // MOSCOW (Steppe News) - North Korea
        will send up to 6,000 construction workers to Russia's Kursk region to rebuild
        infrastructure, a Russian official said. || The 6,000 builders will arrive in groups;
        the first 1,000 arrived last week, the official said.""",
    ),
    (
        "R6",
        "no-more-than-then-the",
        "<50@MN/present",
        """Mongolia says no more than 50 North Korean workers remain // ULAANBAATAR (Steppe
        Herald) - No more than 50 North Korean workers remain in Mongolia, the foreign
        ministry said in a report to the UN. || The 50 are employed at a hospital and two
        restaurants in the capital and will leave by June, the ministry said.""",
    ),
    (
        "R6",
        "range-then-the-range",
        "700-900@SN/present",
        """700-900 North Korean workers in Senegal, researchers say // DAKAR - Between 700 and
        900 North Korean workers are in Senegal, most of them building monuments and
        apartment blocks, according to a study by two Korean researchers. || The 700 to 900
        workers are employed by a firm linked to Pyongyang's Mansudae studio, the study
        said.""",
    ),
    (
        "R6",
        "fraction-of-more-than",
        ">30000@RU/present",
        """A third of North Korea's workers in Russia are in Moscow // SEOUL - About a third of
        the more than 30,000 North Korean workers in Russia are in Moscow and its region,
        South Korea's unification ministry said. || The ministry did not say where the rest
        of the more than 30,000 were working.""",
    ),
    (
        "R6",
        "that-figure-would-double",
        "<20000@RU/planned ~10000@RU/present",
        """Russia may take up to 20,000 more North Korean workers // TOKYO (Nippon Wire) -
        Russia may take up to 20,000 more North Korean workers next year, a Japanese newspaper
        reported, citing diplomatic sources. || That 20,000 figure would double the number of
        North Koreans already working in Russia, about 10,000, the newspaper said.""",
    ),
    (
        "R6",
        "well-over-then-the-more-than",
        ">10000@CN/present",
        """Well over 10,000 North Koreans in Chinese factories // BEIJING - Well over 10,000
        North Korean workers are employed at factories in northeastern China, a report by a US
        think tank said. || The think tank said the more than 10,000 workers were paid through
        North Korean state companies, not directly.""",
    ),
]

# Batch R7, written blind after R6 (more restatements and qualifiers, and figures that only
# look like restatements: the same number for another host, a "further" group).
# Before any change (and after, nothing fixed): counts precision 1.00 / recall 0.94 (17 of
# 18 figures, none spurious), count+destination 1.00 / 0.94; 9 of 10 passed the count test.
# The restatement rule of R6 kept apart the same number for another host (Laos, Cambodia).
BATCH_7: list[Article] = [
    (
        "R7",
        "laos-and-cambodia-same-number",
        ">500@LA/present =500@KH/present",
        """North Korean workers linger in Indochina // BANGKOK (Mekong Times) - More than 500
        North Korean workers are still in Laos, most of them on dam and road projects, a
        regional diplomat said. || In Cambodia, the 500 North Korean restaurant staff counted
        by the labour ministry in 2017 have long gone home, the diplomat said.""",
    ),
    (
        "R7",
        "kuwait-at-least-then-sent-home",
        ">2000@KW/present",
        """Kuwait's North Korean workers // KUWAIT CITY (Gulf Daily) - At least 2,000 North Korean
        workers were employed on building sites in Kuwait in 2017, according to a labour rights
        group. || The 2,000 were sent home by the end of 2019, the group said.""",
    ),
    (
        "R7",
        "further-two-thousand",
        "=2000@RU/dispatched ~8000@RU/present",
        """North Korea sends 2,000 more workers to Russia // SEOUL (Korea Daily) - North Korea
        has sent a further 2,000 workers to Russia this month, a source in Pyongyang said. ||
        The new group joins the roughly 8,000 North Korean workers already in Russia, most of
        them in the Far East, the source said.""",
    ),
    (
        "R7",
        "estimated-range-and-vague",
        "10000-20000@RU/present v4@RU/present <100000@RU/present",
        """How many North Koreans work in Russia? // Analysis - An estimated 10,000 to 20,000
        North Koreans are working in Russia, according to most Western estimates. || Some
        South Korean officials say the real number is in the tens of thousands, perhaps as
        many as 100,000 North Korean workers, though they offer no evidence.""",
    ),
    (
        "R7",
        "some-sixty-to-eighty",
        "60-80@LY/present >12@LY/repatriated",
        """North Korean medics still in Libya // TRIPOLI - Some 60 to 80 North Korean doctors
        and nurses still work in Libyan hospitals, a health ministry official said. || More than
        a dozen North Korean medics were sent home last year, the official said.""",
    ),
    (
        "R7",
        "three-dozen-and-forty-fifty",
        "~36@NP/present 40-50@NP/present",
        """North Korean restaurants in Kathmandu // KATHMANDU - Roughly three dozen North Korean
        waitresses and cooks work in two restaurants in Kathmandu, a local journalist said. ||
        Another journalist put the number at around 40-50 North Korean workers.""",
    ),
    (
        "R7",
        "close-to-half-a-million",
        "~500000@M49:001/present ~50000@M49:001/present",
        """Labour exports over the decades // SEOUL - Close to half a million North Koreans
        have worked abroad since the 1980s, a former North Korean trade official told a
        conference in Seoul. || Around 50,000 North Koreans are working overseas now, he
        said.""",
    ),
    (
        "R7",
        "figure-of-then-at",
        "~40000@CN/present =40000@CN/present",
        """China hosts 40,000 North Korean workers, lawmaker says // SEOUL - China hosts about
        40,000 North Korean workers, a South Korean lawmaker said on Thursday. || The figure of
        40,000, from the National Intelligence Service, is lower than last year's estimate, he
        said.""",
    ),
    (
        "R7",
        "vladivostok-three-to-four-thousand",
        "3000-4000@RU/present",
        """Between 3 and 4 thousand North Koreans in Vladivostok // VLADIVOSTOK (Far East Wire) -
        Between 3 and 4 thousand North Korean workers are employed in Vladivostok, the city
        administration said. || The 3,000 to 4,000 workers are mostly builders and dockers, it
        said.""",
    ),
    (
        "R7",
        "at-least-several-hundred",
        "v2@AO/present >150@AO/present",
        """North Korean builders in Angola // LUANDA - At least several hundred North Korean
        construction workers remain in Angola, despite the government's pledge to send them
        home, an Angolan journalist said. || More than 150 of them work on a single housing
        project in Luanda, she said.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7

# Qualifier grammar found missing while probing phrasings after R5 (not blind: unit rows of
# the number grammar, each with the bounds the spec gives it).
GRAMMAR: list[tuple[str, float | None, float | None, str]] = [
    ("10,000 and more workers", 10000, None, "at_least"),
    ("5,000+ workers", 5000, None, "at_least"),
    ("1,000 or fewer workers", None, 1000, "at_most"),
    ("500 or less", None, 500, "at_most"),
    ("3,000 or thereabouts", 3000, 3000, "approx"),
    ("a couple of hundred workers", 200, 999, "vague"),
    ("a couple thousand labourers", 2000, 9999, "vague"),
    ("between about 800 and 1,000 workers", 800, 1000, "range"),
    ("between roughly 3,000 and 5,000 builders", 3000, 5000, "range"),
    ("anywhere from about 5,000 to 8,000 more", 5000, 8000, "range"),
]
# A change before a bare "from" is two levels, not a range; money and shares keep theirs.
CHANGES: list[tuple[str, list[tuple[float | None, float | None]]]] = [
    ("The workforce grew from 4,000 to 15,000 in a year.", [(4000, 4000), (15000, 15000)]),
    ("The number rose from about 4,000 to 15,000.", [(4000, 4000), (15000, 15000)]),
    ("Numbers jumped sharply from 300 to 900 workers.", [(300, 300), (900, 900)]),
    ("From 200 to 300 workers cross every month.", [(200, 300)]),
    ("Wages rose from $300 to $500 a month.", [(300, 500)]),
    ("The state's cut rose from 30 to 50 percent.", [(30, 50)]),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier"), GRAMMAR)
def test_qualifier_grammar(text, low, high, qualifier):
    (q,) = grammar("en").find(text)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


@pytest.mark.parametrize(("text", "bounds"), CHANGES)
def test_change_is_two_levels(text, bounds):
    assert [(q.low, q.high) for q in grammar("en").find(text)] == bounds


# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "R2-cambodia-hundreds-to-dozens": "count: 'Today a few dozen remain in the country' is a "
    "bare vague figure whose noun is in the sentence before; every bare vague figure is "
    "dropped (phenomena note C2), which keeps many 'hundreds of them' readings out",
    "R3-two-hosts-same-figure": "destination: the headline's '40,000 North Koreans split "
    "between Russia and China' gets no place ('split between' is no place role)",
    "R5-far-east-or-more": "count: 'Primorye alone wants 5,000 or more of them' (a part of "
    "the 10,000 or more, split by a region of the same country) is dropped as a part of a "
    "group already counted ('of them'); debatable under the spec's partitive rule",
    "R7-estimated-range-and-vague": "count: 'the real number is in the tens of thousands, "
    "perhaps as many as 100,000 North Korean workers': a vague level after 'the number is' "
    "whose noun comes after an apposition is dropped as a bare vague figure",
    "R4-guinea-about-and-at-least": 'destination: \'"There are at least 2,000 of them," a '
    "European diplomat said' takes Europe from the speaker's adjective",
}
KNOWN_DETAILS: dict[str, str] = {
    "R1-qatar-maximum": "status: 'will allow a maximum of 2,500 ... to stay' (a cap on a "
    "future stock) reads present; expected planned when written, debatable",
    "R1-laos-three-or-four-thousand": "status: headlinese 'workers to go to Laos' reads "
    "present, and the body's 'expects ... to arrive next year' restates the same range, so the "
    "headline's statement is kept (as S5-kursk-up-to in test_extract_short_news.py)",
    "R2-thousands-more-russia": "status: headline 'Thousands more North Korean workers "
    "heading to Russia' reads dispatched, kept over the body's 'are to arrive' (planned); "
    "'heading to' is arguably a flow under way",
    "R5-shared-scale-ranges": "status: 'put the figure at 30-40 thousand, ... because many of "
    "the workers enter on student visas' reads dispatched from the reason clause",
    "R5-ten-thousand-strong": "status: the headline's verbless 'A 10,000-strong North Korean "
    "workforce for Russia's Far East' reads present and is kept over the body's 'will "
    "receive' (a restatement merges sector, origin and period, not status)",
    "R5-tens-of-thousands-more": "status: headline 'Tens of thousands more ... could go to "
    "Russia' reads present ('could go' is no plan cue)",
    "R6-up-to-then-the": "status: headline 'Up to 50,000 North Korean workers could go to "
    "Russia' reads present and is kept over the body's 'could be sent' (as R5)",
    "R6-up-to-then-first-group": "status: verbless headline 'Up to 6,000 North Korean "
    "builders for Kursk' reads present and is kept over the body's 'will send'",
    "R7-laos-and-cambodia-same-number": "status: 'the 500 North Korean restaurant staff "
    "counted ... in 2017 have long gone home' reads repatriated; expected present (the 2017 "
    "count) when written, debatable",
    "R3-kursk-reports-differ": "status: 'put the number at about 6,000' (the number of the "
    "workers sent, named in the sentence before) reads present",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
