"""Long, number-dense English reports (8-20 sentences): think-tank analyses and trackers,
UN Panel of Experts-style report paragraphs and annexes, academic papers and working papers,
parliamentary testimony and hearing transcripts, long investigative features. The worker
figures an analyst would record sit among many distractor figures: revenue-per-worker
arithmetic and model parameters ("With N = 45,000 and w = $700"), hypotheticals ("If 90,000
workers each earn"), historical figures and years (Soviet logging camps after 1967),
cumulative totals beside the current stock, percentages and shares, ages, durations,
sanctions deadlines, resolution numbers, counts of companies, ships, sites, entries and
visas (not workers unless the text calls the people workers), several sources' estimates
in one sentence, ranges, figures restated across paragraphs (one claim), and other nations'
workers.

Every article was written for this file (people, outlets, firms and figures invented) and
the batch's expected claims were committed before the extractor was run on it. Notation and
comparison are those of ``test_extract_long_articles.py`` (``Q VALUE@DESTS/STATUS``; " // "
ends the headline, " || " a paragraph), run through ``test_extract_short_news``'s two checks
(counts and destinations; qualifiers and statuses). A third check, ``FIELDS``, reads scope
and the cumulative flag of chosen figures. Conventions decided from
../shared/spec/claims.md:

- "estimates range from 50,000 (source A) to 100,000 (source B)": each bound carries its own
  source, so they are two estimates (two claims), while "estimates range from 50,000 to
  100,000" with one source is one range;
- a model's parameter, a hypothetical ("if 90,000 workers each earn", "Were the true figure
  ...") and arithmetic on a figure already stated are no new claims; a figure a named source
  "claims" inside such a sentence is that source's claim;
- a figure the text withdraws ("included 300 workers in Iran that we now consider
  unconfirmed") is no claim;
- a figure that totals people over years ("passed through the camps from 1967 to 1991",
  "since 1991, perhaps 500,000 have worked abroad") is cumulative.

Batch L1, written blind (31 reports): before any change, counts precision 0.88 / recall 0.87
(112 of 129 figures, 15 spurious), count+destination 0.85 / 0.84; 11 of 31 articles passed
the counts check, 26 of 31 the details check, 10 of 17 FIELDS rows. Fixed: "240 workers,
four to a room" (the unit phrase is the later number's); "labour shortage, estimated at 4.8
million people"; "an upper/lower bound of 45,000"; "employed, on average, 47 North Koreans";
ages after a copula or a superlative ("the men are between 35 and 50", "the youngest worker
we documented was 19"); "including the Chinyong company, which ... has dispatched about 150
workers" (the relative clause owns its figure); "placed 12 crews"; "Ukrainians, who number
about 1.5 million"; "Angola reported 185"; "30,023 nationals ... recorded as entering ...,
of whom 20,000 or more were believed to be working"; "all of them students"; "60,000 workers
would produce $500 million" (arithmetic); "That is down from some 70,000"; "Russia accounts
for 38,000 ...; China for 20,000" (a gapped verb); "Laos, Vietnam, Mongolia and several
African states"; a bare figure several sentences after the noun when the sentences between
had worker figures ("In the UAE, an estimated 1,500 worked"); "1,000 of the recent arrivals
were working in the occupied Donbas region"; "North Korean workers in Russia are a small
group: around 15,000"; "the 100,000 commonly cited"; "all but 12 of the 1,200 workers"
placed where the 1,200 were; "have spoken of bringing" (a plan); cumulative "passed
through", "at some point", "at one time or another", and no "in all" total with "today".
After: counts 0.97 / 0.98 (127 of 129, 4 spurious), count+destination 0.95 / 0.97; 25 of 31
articles pass the counts check, 24 of 31 the details check, 14 of 17 FIELDS rows; the rest
are the strict xfails below.
"""

from __future__ import annotations

import pytest

from . import test_extract_short_news as short_news  # its article type and comparisons
from .tables import short_news_cases

# Batch L1 (measured in the module docstring); rows are (batch, name, expected claims, text)
BATCH_1: list[short_news.Article] = [
    (
        "L1",
        "academic-soviet-logging",
        "~3000@RU/dispatched ~15000@RU/present 12000-20000@RU/present ~100000@RU/present "
        "<7000@RU/present",
        """Timber for rubles: North Korean loggers in the Soviet Far East, 1967-1991 // Journal
        of Cold War Labour History, vol. 12, no. 3 || Abstract. This article traces the
        origins of North Korea's labour exports to an intergovernmental agreement signed in
        Moscow in 1967, under which the DPRK supplied loggers to camps in Khabarovsk Krai and
        Amur Oblast. Drawing on 214 files from the Russian State Archive of the Economy, it
        shows that the first contingent of some 3,000 loggers arrived in Khabarovsk Krai in
        1968. || By 1975 about 15,000 North Korean loggers were working in the Soviet camps, a
        number that fluctuated between 12,000 and 20,000 throughout the 1980s. The camps'
        output peaked in 1987 at 1.4 million cubic metres. Workers signed three-year contracts
        and were aged between 25 and 45. || The author estimates that from 1967 to 1991 roughly
        100,000 North Koreans passed through the camps. After the collapse of the Soviet Union
        the number of loggers in Russia dropped to fewer than 7,000 in 1995. Of the 31 camp
        sites identified, only nine were still operating by 2000.""",
    ),
    (
        "L1",
        "tt-stock-vs-cumulative",
        "50000-70000@M49:001/present >400000@M49:001/present",
        """Counting the uncounted: DPRK labour exports after resolution 2397 // Policy brief
        No. 41, Hanbit Centre for Korean Security Studies || Summary. This brief estimates
        that between 50,000 and 70,000 North Korean nationals were working abroad in mid-2025,
        most of them in Russia and China. The figure is a stock, not a flow: it counts people
        on site at one time. Over the three decades since 1995, we estimate that more than
        400,000 North Koreans have worked abroad at some point, a cumulative total that is
        often confused with the current one. || Method. We combined Russian migration
        statistics, Chinese customs records for 27 border crossings and interviews with 112
        former workers who now live in South Korea. The interviewees were aged 24 to 58 at
        departure and had spent an average of 4.3 years abroad. Seventy-one percent had worked
        in construction. || Arithmetic. At a gross wage of $700 a month, 60,000 workers would
        produce about $500 million a year, of which the state keeps between 70% and 90%. We
        stress that this is an illustration, not an estimate of revenue. || Sanctions.
        Resolution 2397 (2017) required member states to send home all DPRK workers by 22
        December 2019; by the Panel's count, 40 member states filed final reports. The deadline
        passed with an unknown number still in place.""",
    ),
    (
        "L1",
        "panel-entries-russia",
        "~15000@RU/present ~4000@RU/present",
        """Final report of the Panel of Experts (excerpt): overseas workers || 187. In the
        period under review, the Panel continued to receive information that DPRK nationals
        were earning income in the Russian Federation in violation of paragraph 8 of resolution
        2397 (2017). According to official Russian statistics, 13,221 DPRK nationals entered
        the Russian Federation in 2023, of whom 7,593 declared "study" and 1,503 "tourism" as
        the purpose of their visit. The Panel notes that the number of DPRK students enrolled
        in Russian universities did not exceed 120 in the same year. || 188. A Member State
        informed the Panel that approximately 15,000 DPRK workers were present in the Russian
        Federation at the end of 2023, up from about 4,000 a year earlier. The Member State
        assessed that the workers were employed mainly on construction sites in Moscow,
        Vladivostok and Khabarovsk. || 189. The Panel wrote to the Russian Federation on 3
        April 2024 requesting information. No reply had been received at the time of writing.
        || 190. The Panel also investigated the vessel Sun Rise 7, which made 11 port calls in
        Nakhodka between January and June 2024. The Panel was unable to establish whether the
        42 crew members on board were engaged in fishing for a Russian company.""",
    ),
    (
        "L1",
        "written-evidence-two-sources",
        "=50000@M49:001/present =100000@M49:001/present 100000-150000@M49:001/present",
        """Written evidence to the Foreign Affairs Committee: North Korean forced labour abroad
        // Submitted by Dr Helen Ashdown, Senior Fellow, Caldwell Institute || 1. The Committee
        asked how many North Koreans work abroad today. Honest answers vary. Estimates range
        from 50,000 (South Korea's National Intelligence Service) to 100,000 (a Seoul-based
        defector organisation), and I consider the lower figure more plausible. || 2. In 2017,
        before the UN cap took effect, most observers put the number of North Korean workers
        at 100,000 to 150,000 in about 40 countries. The 2019 deadline removed most of those in
        the Middle East and Africa, but not those in Russia and China. || 3. I am aware of 23
        front companies registered in Vladivostok alone, and of at least 6 ships used to move
        workers between Rason and Vladivostok. The Committee should not treat these company
        counts as worker counts. || 4. Wages are typically $600 to $1,000 a month, of which
        workers keep perhaps 10%. A worker aged 30 can expect to stay three years, sometimes
        five. || 5. I recommend that the United Kingdom press Russia to report DPRK workers
        under paragraph 8 of resolution 2397.""",
    ),
    (
        "L1",
        "feature-donggang-seafood",
        "~200@CN/present 15000-20000@CN/present >2000@CN/repatriated ~50000@CN/present "
        "~70000@CN/present",
        """The fish-processing towns where North Korean women still work // By Lena Forsberg,
        special correspondent || DONGGANG, Liaoning - The shift starts at 6 a.m. Through the
        gate of a seafood plant on the edge of this port city, some 200 North Korean women in
        white caps file in to work every morning, the manager told me, adding that the plant
        employs 650 people in all. || Donggang and nearby Dandong are the heart of what remains
        of North Korea's labour trade in China. A local official estimated that 15,000 to
        20,000 North Koreans work in the two cities' seafood, garment and electronics plants,
        although he asked not to be named. Chinese workers at the same plants earn about 4,000
        yuan a month; the North Koreans' employers pay their agency 2,800 yuan. || China told
        the UN in 2019 that it had sent home all DPRK workers; at the time a foreign ministry
        spokesman said the country "strictly implements" resolution 2397. Yet in 2020, 2021 and
        2022 the border was closed, and few workers could leave. A labour broker in Dandong said
        that at least 2,000 women were flown home in August 2023, once the border reopened, and
        that a similar number arrived to replace them. || The women are typically 20 to 30
        years old and stay three years. One said she had not been allowed outside the compound
        for 14 months. Four of her colleagues had fallen ill. || In all, researchers at Seoul's
        Korea Institute for National Unification estimate that about 50,000 North Koreans work
        in China today. That is down from some 70,000 in 2017, the year the UN banned new work
        permits.""",
    ),
    (
        "L1",
        "tt-revenue-arithmetic",
        "~30000@RU/present =50000@RU/present ~100000@M49:001/present",
        """How much does Pyongyang earn from its workers in Russia? // Analysis, Northeast Asia
        Economics Review || The question matters for sanctions policy. Our baseline is the South
        Korean intelligence estimate that about 30,000 North Korean workers are in Russia. ||
        Multiply 30,000 workers by an average of $800 a month and the gross wage bill is $288
        million a year. If the state takes 70%, as former workers report, Pyongyang's take is
        about $200 million. Add the "loyalty fees" that each of the 15 or so dispatching
        companies must pay, roughly $100,000 a year per company, and the total rises slightly.
        || These numbers are sensitive to the headcount. Were the true figure 50,000, as some
        Russian construction-industry sources claim, revenue would approach $340 million. ||
        For comparison, the roughly 100,000 workers abroad before 2017 earned the regime, by
        the UN's estimate, between $500 million and $2 billion a year. Russia's own labour
        shortage, estimated at 4.8 million people in 2024, suggests demand will not fall. Uzbek
        and Tajik migrants, who number about 3 million, remain the backbone of the Russian
        building trade.""",
    ),
    (
        "L1",
        "panel-gulf-africa",
        "=1100@QA/present =70@QA/present =1004@KW/repatriated ~300@GQ/present ~150@SN/present "
        "<1000@M49:002/present",
        """Panel of Experts: information on DPRK workers in the Middle East and Africa (excerpt)
        || 201. In its final report under paragraph 8 of resolution 2397 (2017), Qatar reported
        that the number of DPRK workers in its territory had fallen from 1,100 in 2017 to 70 in
        March 2019, and that the last of them had departed by 22 December 2019. || 202. Kuwait
        reported that it had repatriated 1,004 DPRK workers and that it had not issued any new
        visas since 2017. The Panel notes that in 2016 Kuwait had issued 1,900 work visas to
        DPRK nationals. || 203. The Panel received information from a Member State that
        approximately 300 DPRK workers remained in Equatorial Guinea and about 150 in Senegal in
        2023, mostly in construction and statue-building. The Panel also received information
        about 8 companies operating in Angola, Congo and Nigeria. || 204. The Panel has not been
        able to verify reports that up to 1,000 DPRK medical workers were active across Africa.
        Each is believed to remit $500 to $1,000 a month. || 205. The Panel recommends that
        Member States provide data disaggregated by sector.""",
    ),
    (
        "L1",
        "working-paper-bounds",
        "<45000@RU/present >20000@CN/present ~28000@RU/present 55000-75000@M49:001/present "
        "=100000@M49:001/present",
        """Estimating the North Korean overseas labour force: a triangulation approach //
        Working paper, Department of Economics, University of Aldgate || We combine three data
        sources to bound the number of DPRK nationals working abroad in 2024. First, Russian
        Interior Ministry entry statistics imply an upper bound of 45,000 North Korean workers
        in Russia, if every entrant on a study or work visa stayed for a full year. Second,
        Chinese provincial labour inspections, scraped from 312 public notices, suggest a lower
        bound of 20,000 North Korean workers in China. Third, satellite imagery of 48 dormitory
        compounds in Russia, with an assumed occupancy of 150 per building, gives a midpoint of
        about 28,000 workers there. || Taken together, our central estimate is 55,000 to 75,000
        North Korean workers worldwide, with wide uncertainty. This is lower than the 100,000
        commonly cited in media reports, a figure that originated in a 2012 estimate and has
        been repeated ever since. || The sample of 48 compounds covers 11 of Russia's 85 federal
        subjects. We do not attempt to estimate workers in Southeast Asia, where we found only
        12 inspection notices. Standard errors are clustered by province.""",
    ),
    (
        "L1",
        "feature-moscow-crews",
        "=36@RU/present >10000@RU/dispatched ~40000@RU/present 5000-7000@RU/present "
        "<50000@RU/present ~1000@RU/present",
        """Behind the hoardings: North Korean crews on Moscow's building boom // By Pavel
        Ostrowski || MOSCOW - On a residential project in the city's south-west, 36 North
        Korean finishers plaster walls on the 19th floor of a 25-storey tower. They work 12-hour
        shifts, seven days a week, their foreman said; the contractor employs about 900 people
        on the site, mostly from Kyrgyzstan. || The North Koreans are part of a quiet influx.
        Russian migration data show that 13,000 North Koreans entered the country in 2024, most
        of them on student visas. Seoul's National Intelligence Service said in October that
        more than 10,000 North Korean workers had been dispatched to Russia since the start of
        2024, taking the total there to about 40,000. || In Moscow alone, a recruiter
        estimated, between 5,000 and 7,000 North Koreans are on building sites. Each crew of 20
        to 30 is run by a minder. The recruiter, a 44-year-old former army officer, said he had
        placed 12 crews this year. || The influx recalls the 2010s, when as many as 50,000 North
        Koreans worked in Russia before the UN cap. By 2019 Russia said it had cut the number to
        about 1,000. || Russia's Ministry of Construction says the sector lacks 600,000
        workers.""",
    ),
    (
        "L1",
        "testimony-it-workers",
        "3000-10000@M49:001/present ~80@CN/present ~30@RU/present <20@CN/dispatched",
        """Statement before the House Subcommittee on Asia: North Korea's IT workforce //
        Testimony of Mark Delaney, former Treasury official || Chairman, thank you. North
        Korea's IT workers are the fastest-growing part of its labour export. The US government
        estimates that 3,000 to 10,000 of them operate abroad. Most are in China and Russia,
        with smaller groups in Laos, Cambodia and Nigeria. || Each can earn up to $300,000 a
        year; a team of ten can earn $3 million. In total, the scheme may have brought in $250
        million to $600 million since 2018. || In 2022 my office identified one front company in
        Shenyang that housed about 80 North Korean developers, and another in Vladivostok with
        roughly 30. The Justice Department has since seized 17 website domains and charged 14
        individuals. || I would add a historical note: the first North Korean programmers were
        sent to China in 2007, a group of fewer than 20. || Finally, I urge the Committee to
        fund the State Department's Rewards for Justice program, which offers up to $5
        million.""",
    ),
    (
        "L1",
        "commentary-mongolia-restated",
        "~1200@MN/present =12@MN/present",
        """Mongolia quietly sends its North Korean workers home // Commentary, Steppe Policy
        Forum || Mongolia once hosted about 1,200 North Korean workers, most of them in
        Ulaanbaatar's construction sector and in cashmere factories. In 2018 the government
        stopped renewing permits. || The 1,200 figure deserves scrutiny. It comes from the
        Mongolian labour ministry's 2017 report, which counted permit holders, not people on
        site. The same report listed 482 employers and 31 Mongolian recruitment agencies. || By
        December 2019, the ministry said, all but 12 of the 1,200 workers had gone home.
        Officials did not say where the remaining 12 were working. || Mongolia's own citizens
        work abroad in large numbers: some 80,000 Mongolians are in South Korea alone. The
        contrast with Pyongyang's tightly controlled model is stark. || A 2023 visit by a North
        Korean delegation raised fears that the scheme would resume, but the ministry said no
        new permits had been issued.""",
    ),
    (
        "L1",
        "panel-fishing-crews",
        "~400@RU/present =250@RU/present =60@-/present",
        """Panel of Experts: fishing rights and crews (excerpt) || 156. The Panel investigated
        the transfer of fishing rights by the DPRK, which is prohibited under resolution 2371
        (2017). The Panel identified 23 vessels fishing in DPRK waters under foreign charter in
        2023, carrying crews totalling about 900. The Panel notes that these crews were foreign
        nationals and did not include DPRK workers. || 157. Separately, a Member State informed
        the Panel that around 400 DPRK nationals were employed on Russian fishing trawlers
        operating out of Kamchatka, and a further 250 at fish-processing plants on Sakhalin. The
        vessels called at 7 ports. || 158. The Panel also received information that 60 DPRK
        seafarers had served on a Chinese-owned bulk carrier, the Hai Feng 3, flagged in Sierra
        Leone, between 2021 and 2023. || 159. The Panel requests further information from the
        Russian Federation, which has 90 days to respond under its procedures.""",
    ),
    (
        "L1",
        "longread-europe",
        "~800@M49:150/present =476@PL/present ~20@MT/present",
        """Europe's forgotten North Korean workers // Long read, Continental Review || Few
        Europeans know that North Koreans once welded ships in Poland and built hotels in Malta.
        At the peak, around 2016, roughly 800 were working in Europe, according to a study by
        the Leiden Asia Centre, most of them in Poland. || In Poland, a labour inspectorate
        report found 476 North Koreans working for 21 firms, the largest group at a shipyard in
        Gdynia. Polish authorities issued 537 work permits to North Koreans in 2015, the report
        added. || Malta hosted a smaller contingent of about 20 North Korean workers in 2017,
        building a hotel complex and working in a clothing factory. They left in 2017, after the
        government declined to renew their permits. || The workers were aged between 26 and 53,
        and were rotated every three years. Their wages, about 1,000 euros a month, were paid
        into accounts controlled by agents. || Since 2018 Poland has issued no permits to North
        Koreans, and the last of the workers left in 2019. Today Ukrainians, who number about
        1.5 million in Poland, fill most of the shipyard jobs.""",
    ),
    (
        "L1",
        "assembly-briefing-nis",
        "~15000@RU/dispatched ~2000@RU/planned ~50000@RU,CN/present =1000@UA/present",
        """National Assembly Intelligence Committee briefing: lawmakers relay NIS figures //
        SEOUL - Lawmakers briefed behind closed doors by the National Intelligence Service told
        reporters on Wednesday that North Korea had sent an estimated 15,000 workers to Russia
        in 2024, and that about 2,000 more were expected to leave for Russian construction sites
        by the end of 2025. || Rep. Park Sun-won said the NIS counted a total of about 50,000
        North Korean workers in Russia and China combined. He said 1,000 of the recent arrivals
        were working in the occupied Donbas region. || The agency also reported that 3,000
        soldiers had been deployed to the Kursk region, in addition to 11,000 sent in 2024, and
        that about 4,700 had been killed or wounded. || Asked about revenue, Rep. Lee
        Seong-kweun said each worker sends about $1,000 a month to Pyongyang's accounts, though
        he cited no source. The committee will meet again on 14 November.""",
    ),
    (
        "L1",
        "ngo-garment-factories",
        ">3000@CN/present ~700@CN/present 10000-15000@CN/present ~2000@CN/present",
        """Stitched in secret: North Korean garment workers in northeast China // Report
        summary, Citizens' Alliance for Labour Rights || This report documents the work of North
        Korean women in 17 garment factories in Liaoning and Jilin provinces between 2021 and
        2024. Our researchers interviewed 38 Chinese employees and 9 former North Korean
        workers. || We estimate that at least 3,000 North Korean women worked in the 17
        factories at the end of 2023, with the largest single factory, in Hunchun, employing
        about 700. Across the two provinces, industry sources put the total at 10,000 to 15,000.
        || The women work 14 hours a day and are paid nothing directly; their agency receives
        2,600 yuan per worker per month. Some 80% of that sum goes to the state. The youngest
        worker we documented was 19. || In January 2024, some 2,000 of the women staged a
        protest over unpaid wages in Helong, Jilin, according to an earlier report by a
        Seoul-based outlet; we could not confirm that figure. Factory owners have since replaced
        many of them. || Clothing made in these factories is exported to Europe, Japan and the
        United States under "Made in China" labels.""",
    ),
    (
        "L1",
        "tracker-quarterly",
        "~62000@M49:001/present =58000@M49:001/present =41000@M49:001/present "
        "=38000@RU/present =20000@CN/present =4000@LA,VN,MN,M49:002/present "
        "=3200@RU/dispatched =1900@RU/dispatched =5000@-/recruiting ~900@CN/repatriated",
        """DPRK Labour Export Tracker, Q3 2025 // Pacific Forum for Sanctions Research ||
        Headline numbers. Our tracker counts an estimated 62,000 North Korean workers abroad
        this quarter, up from 58,000 in Q2 and 41,000 a year ago. Russia accounts for 38,000, or
        61% of the total; China for 20,000; and the remaining 4,000 are spread across Laos,
        Vietnam, Mongolia and several African states. || New dispatches. We recorded 3,200 new
        arrivals in Russia during the quarter, against 1,900 in Q2. A further 5,000 workers are
        reported to be in training in Pyongyang for departure in early 2026. || Departures.
        About 900 workers returned home from China during the quarter, many after three-year
        contracts. || Notes. Figures are rounded to the nearest 1,000 except where stated. The
        tracker draws on 14 source types. Our previous edition, which put the Q2 total at
        58,000, included 300 workers in Iran that we now consider unconfirmed.""",
    ),
    (
        "L1",
        "panel-annex-final-reports",
        "~23000@M49:001/repatriated =18533@RU/repatriated =11490@RU/repatriated "
        "~2000@KW/repatriated =185@AO/repatriated =21@NG/repatriated >20000@RU/present",
        """Annex 12 (summary): final reports of Member States on the repatriation of DPRK
        workers // Prepared by the Panel of Experts || As of 31 March 2020, 52 Member States had
        submitted final reports under paragraph 8 of resolution 2397 (2017). Together they
        reported the repatriation of about 23,000 DPRK nationals earning income. || The largest
        numbers were reported by the Russian Federation (18,533), which said that 11,490 of
        these had left in 2018 alone, and by Kuwait (about 2,000). Angola reported 185 and
        Nigeria 21. || Several Member States reported no DPRK workers at all. China did not
        report a number. || The Panel notes that the Russian figure of 18,533 is lower than the
        30,023 DPRK nationals Russia recorded as entering in 2016, of whom 20,000 or more were
        believed to be working. || Reports received after the deadline of 22 March 2020 are not
        included. The Panel thanks the 52 Member States for their cooperation.""",
    ),
    (
        "L1",
        "survey-construction-russia",
        "~2500@RU/present =3000@RU/present =47364@RU/present",
        """Working conditions of North Korean construction workers in Russia: survey evidence
        // Asian Migration Studies, 2025 || We surveyed 61 former North Korean construction
        workers who had worked in Russia between 2005 and 2019 and later defected to South
        Korea. Respondents had worked on sites in 22 Russian cities, in crews ranging from 8 to
        120 men. The median respondent was 34 years old on arrival and stayed 5.5 years. ||
        Respondents reported that their sites employed, on average, 47 North Koreans alongside
        larger numbers of Central Asian workers. One respondent said that in 2014 his company, a
        subsidiary of the Mokran construction group, had about 2,500 workers in Moscow and St
        Petersburg. Another estimated that the Amur region alone had 3,000 North Korean builders
        at the time. || Official Russian figures show 47,364 North Korean labour migrants
        registered in Russia in 2015, the peak year. Respondents worked 12 to 14 hours daily,
        with two days off a month. Monthly earnings were $600 to $1,200, of which 70 to 80% was
        handed to the state. || Our sample is not representative; respondents are
        disproportionately from Pyongyang and South Hamgyong province.""",
    ),
    (
        "L1",
        "feature-restaurants-mekong",
        "1500-2000@M49:001/present ~150@LA/present =100@LA/present ~60@KH/present =300@KH/present",
        """Karaoke and kimchi: the last outposts of North Korea's restaurant chain // Feature,
        Mekong Weekly || VIENTIANE - At the Pyongyang Okryu restaurant, a dozen waitresses in
        pastel dresses sing between courses. The restaurant seats 120 and charges $30 for cold
        noodles. || North Korea once ran about 130 restaurants in 12 countries, employing an
        estimated 1,500 to 2,000 staff, according to South Korea's Unification Ministry. Today
        perhaps 30 restaurants remain, most of them in China, Laos, Cambodia and Vietnam. || In
        Laos, a local manager said, about 150 North Koreans work in the country's restaurants
        and a further 100 on construction sites. In Cambodia, where Prime Minister Hun Sen once
        dined at a Pyongyang-run restaurant, about 60 North Korean workers remain, down from 300
        in 2016. || In 2016, 13 waitresses at a North Korean restaurant in Ningbo, China,
        defected to the South together, an event Pyongyang still calls an abduction. Since then,
        staff have been rotated every two years and rarely allowed out. || A waitress earns $200
        to $300 a month, the manager said, while the restaurant sends $10,000 a month to
        Pyongyang.""",
    ),
    (
        "L1",
        "ep-hearing-seafood",
        ">4000@CN/present 1000-1500@CN/present >10000@CN/present",
        """Hearing of the Subcommittee on Human Rights: forced labour in supply chains //
        Statement by Ingrid Volkova, researcher || Madam Chair, honourable members. My
        organisation has traced North Korean labour in the supply chains of 9 European seafood
        brands. In 2019, over 4,000 North Korean workers were employed in seafood processing in
        China's Liaoning province, according to our field research. After the COVID border
        closure, many could not go home, and some stayed as long as six years. || By 2024 we
        believe the number had fallen to between 1,000 and 1,500. Our research team visited 11
        plants and documented conditions at each. || At the same time, Chinese companies hired
        about 18,000 workers from Myanmar and Vietnam to fill the gap. || Between 2017 and 2024,
        we estimate, more than 10,000 North Koreans worked in the seafood sector in Liaoning at
        one time or another. || I ask the Parliament to require that importers trace their
        products to the plant level. Thank you.""",
    ),
    (
        "L1",
        "panel-it-paragraphs",
        "1000-1500@CN/present ~150@CN/dispatched =40@RU/dispatched",
        """Panel of Experts: DPRK IT workers (excerpt) || 134. The Panel continued to
        investigate DPRK IT workers who earn revenue abroad by concealing their nationality. A
        Member State estimated that 1,000 to 1,500 such workers were based in China, with
        smaller numbers in Russia, Laos and several African countries. The Member State also
        estimated that up to 4,000 additional IT workers operate from inside the DPRK. || 135.
        According to the Member State, the workers generate between $250 million and $600
        million annually. Each worker is required to earn at least $5,000 a month, and top
        earners can make $300,000 a year. || 136. The Panel identified 4 DPRK IT companies,
        including the Chinyong company, which it believes has dispatched about 150 workers to
        Shenyang and Dandong since 2018, and a further 40 to Vladivostok. || 137. The Panel also
        received information about 28 freelance platform accounts linked to DPRK workers in
        Laos. The Panel will continue to investigate.""",
    ),
    (
        "L1",
        "longread-half-century-russia",
        "~20000@RU/present ~5000@RU/present =47000@RU/present =1000@RU/present "
        ">12000@RU/dispatched =5000@RU/dispatched ~1000@UA/present =6000@RU/planned",
        """From the taiga to Kursk: half a century of North Korean labour in Russia // Long
        read, Eurasia Dispatch || The story begins with trees. Under a 1967 agreement, the
        Soviet Union brought North Korean loggers to the taiga of Khabarovsk Krai, and by the
        late 1980s some 20,000 of them were working there at any one time. The camps, run by
        North Korea's Ministry of Forestry, had their own prisons. || After 1991 the logging
        business declined, and builders replaced loggers. In 2000 about 5,000 North Koreans
        were working in the Russian Far East, mostly in construction. By 2015, Russian
        statistics recorded 47,000 North Korean labour migrants across Russia, the largest
        group in Moscow. || The UN's 2017 resolution 2397 forced a retreat. Russia reported in
        March 2020 that the number of North Korean workers had fallen to 1,000. Then, in 2023,
        the flow resumed: South Korean intelligence says more than 12,000 workers arrived in
        2024 on student and tourist visas, and another 5,000 by mid-2025. || Today the workers
        are also in places the Soviet planners never imagined. About 1,000 are said to be
        rebuilding housing in Russian-occupied Mariupol, and Russian officials have spoken of
        bringing 6,000 military builders to the Kursk region. || The men are usually between
        30 and 50, married, with children who stay behind as a guarantee. Their contracts run
        three years. In 1967 a Soviet timber camp paid the equivalent of 90 rubles a month;
        today a Russian contractor pays $800.""",
    ),
    (
        "L1",
        "gulf-retrospective",
        "6000-8000@M49:145/present ~2800@QA/present ~3000@KW/present =1004@KW/present "
        "~1500@AE/present ~50@AE/present",
        """The Gulf's North Korean workers: a retrospective // Gulf Labour Observatory,
        Occasional Paper 9 || At their peak in the early 2010s, North Korean workers in the
        Gulf numbered between 6,000 and 8,000, according to our estimates, concentrated in
        Qatar, Kuwait and the United Arab Emirates. Qatar alone hosted about 2,800 in 2015,
        working on 12 construction projects. || In Kuwait, the figure was around 3,000 before
        2017; the government then stopped issuing visas and the number fell to 1,004 by the end
        of 2018. In the UAE, an estimated 1,500 worked in Dubai and Abu Dhabi. || By the
        December 2019 deadline, all three governments said the workers had been sent home. We
        nevertheless received reports of about 50 North Koreans still working on a villa project
        in Sharjah in 2022. || For scale, the Gulf states host some 30 million migrant workers,
        mostly from South Asia. The North Koreans were never more than 0.03% of the total. ||
        Their earnings were modest by regional standards: a Qatar-based foreman said crews
        received $150 a month after deductions.""",
    ),
    (
        "L1",
        "panel-china-cumulative",
        "~100000@CN/present 40000-50000@CN/present >200000@CN/present ~2500@CN/repatriated",
        """Panel of Experts: China (excerpt) || 172. A Member State informed the Panel that, as
        of late 2023, around 100,000 DPRK nationals were working in China, including 40,000 to
        50,000 in Dandong alone. The Panel could not verify these figures. || 173. China
        informed the Panel that it had fully implemented resolution 2397 (2017), and that DPRK
        nationals in China held valid student, trainee or business visas. According to Chinese
        data provided to the Panel, 2,837 such visas were issued in 2023. || 174. The Panel
        notes media reports that between 2020 and 2023 more than 200,000 DPRK workers had been
        employed in China at some point, but the Panel considers this a cumulative figure and
        not an estimate of those present at any one time. || 175. In August 2023, according to
        a second Member State, approximately 2,500 DPRK workers were repatriated from China by
        train through Dandong, and a similar number were expected to arrive. || 176. The Panel
        recommends that China provide disaggregated data.""",
    ),
    (
        "L1",
        "feature-africa-monuments",
        "4000-5000@M49:002/present ~300@NA/present =185@AO/repatriated ~80@GQ/present "
        ">10000@M49:002/present",
        """The statue builders: North Korea's African construction empire // Investigative
        feature, Sahel Review || For decades, the Mansudae Overseas Project Group built
        monuments across Africa, from Senegal's African Renaissance Monument to Namibia's State
        House. At its height the company had 14 branches on the continent and some 4,000 to
        5,000 North Korean workers, according to a former manager now living in Seoul. || In
        Namibia, about 300 North Koreans worked on the State House and a munitions factory until
        2016, when the government ended the contracts after the UN listed the company. In
        Angola, the labour ministry said in 2019 that all 185 North Korean workers in the
        country had left. || In Equatorial Guinea, our reporters saw a fenced compound in Malabo
        that a neighbour said housed about 80 North Korean workers as late as 2023. The
        government did not respond to 6 requests for comment. || Mansudae's Senegal monument,
        49 metres tall, cost $27 million. Between 2000 and 2016, a UN estimate suggests, the
        company earned at least $160 million across 15 African countries. || In all, the former
        manager said, more than 10,000 North Koreans worked for Mansudae in Africa over four
        decades.""",
    ),
    (
        "L1",
        "senate-estimates-region",
        "~2000@M49:035/present v2@MN/present 50000-100000@M49:001/present",
        """Senate Estimates, Foreign Affairs, Defence and Trade: North Korea sanctions //
        Transcript extract || Senator WHITFIELD: How many North Korean workers are there in our
        region, to the department's knowledge? || Ms CARRINGTON (DFAT): Senator, we rely on the
        UN Panel and partner estimates. The Panel's latest report cites around 2,000 North
        Korean workers in Southeast Asia, principally in Laos and Cambodia, and a few hundred in
        Mongolia, although we have not confirmed any in Australia. || Senator WHITFIELD: And
        across the world? || Ms CARRINGTON: Partner estimates of North Korean workers abroad
        range from 50,000 to 100,000. The department uses the lower end. || Senator WHITFIELD:
        Have any been found in Australia? || Ms CARRINGTON: No. In 2018 the department reviewed
        412 visa applications by North Korean nationals and refused all but 3, for students. ||
        Senator WHITFIELD: Thank you. We have 5 minutes left.""",
    ),
    (
        "L1",
        "discussion-paper-model",
        "=40000@M49:001/present =60000@M49:001/present ~100000@M49:001/present ~20000@RU/present",
        """Remittances under sanctions: a model of North Korea's labour income // Discussion
        paper, Institute for Peninsula Economics || Section 3 sets out the model. Let N be the
        number of workers abroad and w the average monthly wage. With N = 45,000 and w = $700,
        gross annual earnings are $378 million; at a state share of 70%, the regime receives
        $265 million. || Section 4 calibrates N. We take 45,000 as the central value because it
        lies between the South Korean government's estimate of 40,000 North Korean workers
        abroad and a 2024 Japanese government estimate of 60,000. Doubling N to 90,000, close to
        the commonly cited pre-2017 figure of about 100,000 workers abroad, doubles the
        transfer. || Section 5 compares with the 1990s, when some 20,000 North Korean workers
        in Russia earned far less. || A sensitivity table varies N from 30,000 to 90,000 in
        steps of 10,000. The results are robust: at any N above 25,000, labour exports exceed
        the regime's estimated coal revenue of $200 million.""",
    ),
    (
        "L1",
        "feature-vladivostok-dormitory",
        "=240@RU/present ~4000@RU/present 8000-10000@RU/present =40@RU/present",
        """Inside a North Korean dormitory in Vladivostok // By Anna Serova, for the Far East
        Courier || VLADIVOSTOK - The five-storey building on Russkaya Street houses 240 North
        Korean construction workers, four to a room, according to a Russian tenant who lives
        next door. They leave at 7 a.m. in three buses and return after 9 p.m. || The city's
        migration office registered 2,100 North Korean nationals in 2024, most of them
        students, though officials privately say the real number of North Korean workers in the
        city is closer to 4,000. Primorsky Krai as a whole may host 8,000 to 10,000, a regional
        lawmaker told me. || Most of the men are between 35 and 50. Their three-year contracts
        can be extended twice. One, who said he was 41, told me he had been in Russia for seven
        years and had not seen his daughter since she was 9. || In 2019, Russian officials said
        only 40 North Korean workers remained in Primorye. That number is now at least 100
        times higher. || Russia's Far East needs 200,000 more workers by 2030, the regional
        development ministry says, and officials have said openly that they would welcome more
        from North Korea.""",
    ),
    (
        "L1",
        "senate-statement-three-numbers",
        "80000-100000@CN,RU/present ~20000@CN,RU/dispatched ~500000@M49:001/present",
        """Senate Foreign Relations Committee hearing: enforcing sanctions on North Korean labor
        // Prepared statement of Joan Whitaker, former State Department official || Thank you,
        Mr. Chairman. Let me begin with the numbers, since they are often confused. || First,
        the current stock: my best estimate is that 80,000 to 100,000 North Koreans are working
        in China and Russia today, roughly two-thirds of them in China. Second, the annual flow:
        in 2024, about 20,000 new workers left North Korea for those two countries. Third, the
        cumulative total: since 1991, perhaps 500,000 North Koreans have worked abroad. These
        are three different numbers and should never be added together. || Then revenue. If
        90,000 workers each earn $500 a month for the state, that is $540 million a year, a
        figure comparable to North Korea's entire annual trade with countries other than China.
        || Finally, enforcement. Since 2017, the Treasury has designated 29 entities for labor
        exports. Only 2 countries have prosecuted anyone. || I would be happy to take your
        questions.""",
    ),
    (
        "L1",
        "panel-laos-vietnam-restated",
        "~500@LA/present ~300@VN/present",
        """Panel of Experts: Lao People's Democratic Republic and Viet Nam (excerpt) || 210.
        The Panel received information that approximately 500 DPRK nationals were working in
        the Lao People's Democratic Republic in 2024, including at hotels and construction sites
        in Vientiane and at a garment factory in Savannakhet. || 211. The Lao People's
        Democratic Republic informed the Panel that there were 140 DPRK nationals in the
        country, all of them students or diplomatic staff, and none engaged in work. The Panel
        notes that the figure of approximately 500 workers was provided by two Member States
        independently. || 212. In Viet Nam, the Panel received information that some 300 DPRK
        workers were employed at 4 restaurants and a construction company in Hanoi and Ho Chi
        Minh City. Viet Nam informed the Panel that the 300 had left by the end of 2019. ||
        213. The Panel wrote to both Member States on 15 May 2024 and received replies within 45
        days. The Panel continues to investigate.""",
    ),
    (
        "L1",
        "commentary-migrant-economy",
        "~15000@RU/present <5000@RU/planned =30000@RU/present ~25000@RU/present",
        """North Korean workers in context: Russia's migrant economy // Commentary, Moscow Labour
        Monitor || Russia's economy depends on roughly 6 million foreign workers, of whom about 4.5
        million come from Uzbekistan, Tajikistan and Kyrgyzstan. Against this, North Korean workers
        in Russia are a small group: around 15,000 at the end of 2024, by the most widely quoted
        South Korean estimate, or 0.25% of the foreign workforce. || That share may grow. Russian
        employers in the Far East have applied for 7,300 quotas for foreign workers for 2025, and
        local officials say up to 5,000 of the jobs could go to North Korean workers. Chinese
        workers, once 200,000 strong in the region, have largely gone home. || Historically, the
        North Korean presence was larger. In 2011 the Russian Federal Migration Service counted
        30,000 North Korean workers, and in 1990 the Soviet forestry ministry employed about 25,000
        in its Far Eastern camps. || Wages remain the attraction for Russian firms: a North Korean
        crew costs 30% less than an Uzbek one.""",
    ),
]

ARTICLES: list[short_news.Article] = [*BATCH_1]

# (article, figure as in its spec, scope, cumulative) for figures whose scope or cumulative
# flag the article makes plain
FIELDS: list[tuple[str, str, str, bool]] = [
    ("tt-stock-vs-cumulative", "50000-70000@M49:001", "world", False),
    ("tt-stock-vs-cumulative", ">400000@M49:001", "world", True),
    ("academic-soviet-logging", "~100000@RU", "country", True),
    ("feature-donggang-seafood", "~200@CN", "site", False),
    ("feature-donggang-seafood", "~50000@CN", "country", False),
    ("panel-china-cumulative", ">200000@CN", "country", True),
    ("panel-china-cumulative", "40000-50000@CN", "city", False),
    ("feature-africa-monuments", ">10000@M49:002", "multi", True),
    ("senate-statement-three-numbers", "~500000@M49:001", "world", True),
    ("senate-statement-three-numbers", "80000-100000@CN,RU", "multi", False),
    ("ep-hearing-seafood", ">10000@CN", "region", True),
    ("feature-vladivostok-dormitory", "=240@RU", "site", False),
    ("feature-vladivostok-dormitory", "~4000@RU", "city", False),
    ("feature-vladivostok-dormitory", "8000-10000@RU", "region", False),
    ("assembly-briefing-nis", "~50000@RU,CN", "multi", False),
    ("tracker-quarterly", "~62000@M49:001", "world", False),
    ("longread-half-century-russia", "~1000@UA", "city", False),
]

KNOWN_COUNTS: dict[str, str] = {
    "L1-panel-entries-russia": "count: 'unable to establish whether the 42 crew members on "
    "board were engaged in fishing for a Russian company' (the crew of a vessel whose DPRK "
    "flag is only implied; the figure sits in a 'whether' clause)",
    "L1-tt-revenue-arithmetic": "count: 'Were the true figure 50,000, as some Russian "
    "construction-industry sources claim' (an inverted conditional whose figure a named source "
    "claims)",
    "L1-panel-fishing-crews": "count: 'crews totalling about 900' whose foreign nationality is "
    "said in the next sentence; destination: '60 DPRK seafarers had served on a Chinese-owned "
    "bulk carrier ... flagged in Sierra Leone' takes Russia from the previous paragraph",
    "L1-tracker-quarterly": "count: '3,200 new arrivals in Russia ..., against 1,900 in Q2' "
    "(arrivals, an entry noun, under a 'New dispatches' header: debatable under the spec's "
    "entries rule); destination: 'A further 5,000 workers ... in training in Pyongyang for "
    "departure' takes Russia from the context",
    "L1-feature-restaurants-mekong": "count: 'a dozen waitresses in pastel dresses sing between "
    "courses' (a scene; a singing cue would drop restaurant staff who sing at work, R1/R6/B9); "
    "'13 waitresses ... defected to the South' (the dev-fold gold counts such a group, so no "
    "defection rule for worker nouns)",
    "L1-commentary-migrant-economy": "count: 'up to 5,000 of the jobs could go to North Korean "
    "workers' (a partitive of jobs whose people are named after the verb)",
}
KNOWN_DETAILS: dict[str, str] = {
    "L1-panel-gulf-africa": "status: 'had fallen from 1,100 in 2017 to 70 in March 2019, and "
    "that the last of them had departed' reads repatriated for both levels (the departure is "
    "a later clause's)",
    "L1-commentary-mongolia-restated": "status: 'all but 12 of the 1,200 workers had gone home' "
    "reads repatriated for the 12 (the ones left out of the return)",
    "L1-assembly-briefing-nis": "status: '1,000 of the recent arrivals were working in the "
    "occupied Donbas region' reads dispatched (the cue is the partitive's noun)",
    "L1-panel-annex-final-reports": "status: 'The largest numbers were reported by the Russian "
    "Federation (18,533) ...; Angola reported 185 and Nigeria 21' read present (the "
    "repatriation is named in the sentence before)",
    "L1-longread-half-century-russia": "status: 'another 5,000 by mid-2025' (arrived, verb "
    "left out) shares its key with 'about 5,000 ... in 2000' and is not found apart",
    "L1-gulf-retrospective": "status: 'received reports of about 50 North Koreans still "
    "working' reads dispatched (the reports are received, not the workers)",
    "L1-discussion-paper-model": "status: 'the commonly cited pre-2017 figure of about 100,000 "
    "workers abroad, doubles the transfer' reads dispatched",
}
KNOWN_FIELDS: dict[str, str] = {
    "L1-feature-donggang-seafood-~200@CN": "scope: the plant is in a fronted adverbial "
    "('Through the gate of a seafood plant ..., some 200 ...'), outside the figure's clause",
    "L1-feature-vladivostok-dormitory-=240@RU": "scope: 'The five-storey building ... houses "
    "240' (a building is no site noun: 'building' is also a verb and a trade)",
}

CASES = short_news_cases(short_news, KNOWN_COUNTS, KNOWN_DETAILS, ARTICLES)


@pytest.mark.parametrize(("check", "spec", "raw"), CASES)
def test_long_report(extractor, check, spec, raw):
    check(extractor, spec, raw)


def _field_rows() -> list:
    texts = {name: raw for _, name, _, raw in ARTICLES}
    rows = []
    for name, figure, scope, cumulative in FIELDS:
        rid = f"L1-{name}-{figure}"
        reason = KNOWN_FIELDS.get(rid)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        rows.append(pytest.param(texts[name], figure, scope, cumulative, id=rid, marks=marks))
    return rows


@pytest.mark.parametrize(("raw", "figure", "scope", "cumulative"), _field_rows())
def test_scope_cumulative(extractor, raw, figure, scope, cumulative):
    long = short_news.LONG
    (key,) = long._expected(f"{figure}/present")[0]
    got = {(c.scope, c.cumulative) for c in long.extracted(extractor, raw) if long._key(c) == key}
    assert (scope, cumulative) in got
