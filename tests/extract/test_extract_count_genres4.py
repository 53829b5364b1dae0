"""Worker counts in genres and shapes no earlier blind batch covered well: live-blog entries
with time stamps, appeal-judgment summaries in numbered paragraphs, think-tank briefs, Q&A
interviews, wire updates with correction lines, fact-checks, sanctions designations, police
blotters, obituaries and defector profiles, written answers and Hansard, joint advisories,
NGO report summaries and threads, a Telegram post, committee and annual reports, radio
bulletins, tribunal rulings, earnings calls, consular notices, newsletters, clarifications,
and hard negatives (athletes, a football squad, tourists, students, DPRK labour mobilised
at home, other nations' migrants). The count
phenomena aimed at are anaphoric figures whose group is named in an earlier sentence: a
pronoun's number ("The authors put their number at about 3,000", "contractors put it at
several hundred"), a pronoun partitive split by status or place ("About 120 of them have
already gone home", "Our company had about 1,500 of them there"), a possessive's last ones
("Equatorial Guinea sent home its last 30"), bare figures ("112 had flown out in February",
"About 2,000 came in the first quarter alone", "some 1,000 operate from China and Russia",
"Another 200 are due to arrive in Laos").

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The notation
is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``; the conventions are those of ``test_extract_count_wires.py``.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch L1, written blind (15 articles, 26 expected figures). First run, before any change: counts
# precision 0.89 / recall 0.65 (17 of 26 figures, 2 spurious), count+destination 0.84 / 0.62 (16 of
# 26); 5 of 15 articles had all their figures' values found. Missed: "Warsaw sent home its last 45",
# "Equatorial Guinea sent home its last 30", "Our company had about 1,500 of them there" (after a
# counted 230), "112 had flown out", "several thousand had arrived as workers", "About 2,000 came in
# the first quarter alone", "some 1,000 operate from China and Russia"; spurious: "60 athletes and
# 25 coaches", the fact-checked "100,000" ("Rating: Misleading."). The expected "=312@PL" of
# written-answer-poland was an annotation error (the answer never names the country): corrected to
# "=312@-" after the run. After the fixes: counts 1.00 / 0.92 (24 of 26, 0 spurious),
# count+destination 1.00 / 0.92 with the correction; the two misses are strict xfails below.
BATCH_1: list[Article] = [
    (
        "L1",
        "live-blog-committee",
        "=45@PL/repatriated ~20000@RU/present =300@LA/present ~120@LA/repatriated",
        """Live: UN sanctions committee hears labour-export evidence // 10:02 - The committee
        has opened its session on overseas labour. || 10:15 - The Polish delegate says
        shipyards in Gdansk employed North Korean welders until 2018. Warsaw sent home its last
        45 that year, she says. || 10:31 - The panel coordinator tells members that about
        20,000 North Korean workers are still in Russia. || 10:48 - The chair notes that Laos
        has reported 300 North Korean workers on its hydropower sites. About 120 of them have
        already gone home, the Lao note says.""",
    ),
    (
        "L1",
        "appeal-judgment-artyom",
        "=64@RU/present",
        """Court of Appeal, judgment summary: Petrov v. Prosecutor's Office of Primorsky Krai
        // 1. The appellant, director of Vostok-Build LLC, was convicted at first instance of
        employing foreign nationals without permits. 2. The trial court found that between
        2020 and 2022 the company engaged 64 citizens of the DPRK as labourers on two
        residential projects in Artyom. 3. The appellant argues that 18 of them held valid
        permits issued before 2019. 4. The court finds no error. The fine of 800,000 roubles
        is upheld.""",
    ),
    (
        "L1",
        "brief-mongolia-return",
        "~1200@MN/present v2@MN/present",
        """Brief: The quiet return of North Korean labour to Mongolia // In 2017 Mongolia hosted
        about 1,200 North Korean workers in construction and cashmere factories. It sent most
        of them home before the UN deadline. Our interviews in Ulaanbaatar suggest that the
        number has crept back up: contractors put it at several hundred, most on student or
        trainee visas. Officials deny this.""",
    ),
    (
        "L1",
        "qa-foreman-kuwait",
        "=230@KW/present ~1500@KW/present ~40@KW/present",
        """Q&A: 'They never saw the city' // Min Ji-hoon, a former site foreman, spent six
        years overseeing North Korean labourers in Kuwait. Q: How many men did you have? A: At
        the peak, 230 on my site alone. Q: And across Kuwait? A: Our company had about 1,500
        of them there in 2015. Q: Where are they now? A: Most went home in 2017. Maybe 40
        stayed on illegally.""",
    ),
    (
        "L1",
        "update-qatar-departure",
        "=112@QA/repatriated ~2800@QA/present",
        """UPDATE 2-Qatar confirms departure of North Korean builders // (Adds ministry comment
        in paragraph 3) || DOHA, March 3 (Gulf Wire) - Qatar said on Tuesday that the
        remaining North Korean construction workers in the country had left. || A labour
        ministry official said 112 had flown out in February. || The ministry had earlier said
        about 2,800 North Koreans worked in Qatar at the peak in 2015. || (Corrects paragraph
        2 to say 112, not 121)""",
    ),
    (
        "L1",
        "fact-check-100000",
        "v3@RU/dispatched",
        """Fact check: Did 100,000 North Korean workers go to Russia last year? // Claim: A
        viral post says North Korea sent 100,000 workers to Russia in 2024. || Rating:
        Misleading. || Russian statistics record about 13,000 entries of North Korean
        nationals in 2024, of which some 8,000 were for study. South Korea's intelligence
        service estimated in late 2024 that several thousand had arrived as workers. No source
        supports the viral figure.""",
    ),
    (
        "L1",
        "designation-sobaeksu",
        "~900@RU/present =30@GQ/repatriated",
        """Treasury designates North Korean labour agency // WASHINGTON - The Treasury
        Department today designated Korea Sobaeksu Trading, a company it says earned revenue
        by dispatching workers to construction sites in Russia and Equatorial Guinea.
        According to Treasury, the company managed around 900 workers in Russia. Equatorial
        Guinea sent home its last 30 in 2020, the release says. Also designated were two
        individuals and three vessels.""",
    ),
    (
        "L1",
        "police-blotter-greenhouse",
        "=14@RU/present ~600@RU/present",
        """Police blotter: Ussuriysk // Officers detained 14 North Korean nationals working
        without permits at a greenhouse complex outside the city on Thursday. They are among
        about 600 North Koreans the regional migration office says are employed in farming in
        the district. A 38-year-old local man was fined for drunk driving on the same
        road.""",
    ),
    (
        "L1",
        "profile-tynda-logger",
        "~300@RU/present",
        """Profile: From a Siberian logging camp to a Seoul classroom // Kang Chol-su, 44,
        teaches maths at a school for young defectors in Seoul. From 2009 to 2015 he felled
        timber near Tynda, in Russia's Amur region, in a camp of about 300 North Korean
        loggers. He says about 60 of them tried to escape over those years; he was one of 11
        who made it to the South. There are 34,000 defectors in South Korea today.""",
    ),
    (
        "L1",
        "athletes-nagoya",
        "none",
        """North Korea sends 60 athletes to Asian Games // PYONGYANG - North Korea will send 60
        athletes and 25 coaches to the Asian Games in Japan, state media said. The delegation
        includes 12 weightlifters. Japanese officials said none of its members would be
        allowed to work or stay after the Games. North Korean athletes have won 15 golds at
        past Games.""",
    ),
    (
        "L1",
        "pyongyang-housing-drive",
        "~15000@RU/present",
        """North Korea mobilises 30,000 for Pyongyang housing drive // Some 30,000
        construction workers and soldiers have been mobilised to build 10,000 flats in
        Pyongyang's Hwasong district this year, state media said. Another 5,000 students are
        helping at weekends. Analysts say the drive competes for labour with the export of
        workers to Russia, where about 15,000 are thought to be working now.""",
    ),
    (
        "L1",
        "kyrgyz-return-dprk-fill",
        "~5000@RU/dispatched ~2000@RU/dispatched",
        """Kyrgyz migrants return from Russia as rouble weakens // BISHKEK - About 120,000
        Kyrgyz citizens came home from Russia last year, the migration service said. Many had
        worked on building sites in Moscow. Russian employers have turned to North Korea to
        fill the gaps: some 5,000 North Korean workers arrived on student visas in 2024, the
        NIS says. About 2,000 came in the first quarter alone.""",
    ),
    (
        "L1",
        "ngo-summary-shandong",
        "~3000@CN/present =5000@CN/present",
        """Report summary: North Korean women in Shandong's fish plants // An NGO report
        released on Monday says North Korean workers have been employed in fish processing
        plants in China's Shandong province for more than a decade. The authors put their
        number at about 3,000 today, down from 5,000 in 2019. Most are women aged between 20
        and 35. The report's 40 interviews were conducted in 2024.""",
    ),
    (
        "L1",
        "written-answer-poland",
        "=312@-/present",
        """Written answer of the Minister of Family and Labour to interpellation no. 4411 //
        The Minister informs that 480 work permits were issued to citizens of the DPRK in 2016
        and none after 2017. The Border Guard recorded 312 North Korean workers in the country
        at the end of 2017. The last of them left in 2019.""",
    ),
    (
        "L1",
        "advisory-it-operate-from",
        "~1000@CN,RU/present =200@LA/planned",
        """Joint advisory: North Korean IT workers on freelance platforms // The advisory,
        issued by three governments, says most of the DPRK's IT workers work from inside North
        Korea, while some 1,000 operate from China and Russia, using front companies. Another
        200 are due to arrive in Laos this year, a partner agency said.""",
    ),
]

# Batch L2, written blind after the L1 fixes (15 articles, 22 expected figures). First run: counts
# precision 0.95 / recall 0.82 (18 of 22 figures, 1 spurious), count+destination 0.95 / 0.82; 10 of
# 15 articles had all their figures' values found. Missed: "They would join roughly 4,000 already
# working there", "Our own estimate ... is between 30,000 and 50,000 across the two provinces"
# ("provinces" read as the figure's noun), "misstated the number employed ... It was 56, not 156",
# "a small number, perhaps 30, remain in Russia's Kaliningrad region"; spurious: "brings the number
# of DPRK entities under EU sanctions to 75". After the fixes: counts 1.00 / 1.00, count+destination
# 1.00 / 1.00; 15 of 15 pass the count test.
BATCH_2: list[Article] = [
    (
        "L2",
        "indictment-it-remote",
        "~70@CN,RU/present",
        """UNITED STATES v. KIM et al. - indictment (summary) // A federal grand jury in Newark
        returned an indictment against four men accused of laundering wages earned by North
        Korean IT workers. According to the indictment, the defendants helped about 70 of them
        obtain remote jobs at US companies while they worked from Shenyang and Vladivostok.
        Prosecutors say the scheme earned $6.8 million. The four face up to 20 years in
        prison.""",
    ),
    (
        "L2",
        "city-briefs-embankment",
        "~90@RU/dispatched ~350@RU/present",
        """Khabarovsk Evening News - city briefs // The North Korean construction crews who
        rebuilt the Amur embankment have moved on. A city official said on Monday that the last
        of them, some 90 men, left for a new project in Komsomolsk-on-Amur in October. Their
        number had peaked at about 350 in the summer of 2023.""",
    ),
    (
        "L2",
        "ngo-summary-uae",
        "~1000@AE/present =2400@AE/present",
        """Summary: the 'Hidden Hands' report on North Korean labour in the Gulf // The report,
        by the Geneva-based rights group Labour Light, estimates that North Korean workers in
        the United Arab Emirates numbered about 1,000 at the end of 2023, down from 2,400 in
        2016. Roughly half of them work on construction sites in Dubai; the rest are in
        restaurants and clinics. The group interviewed 19 former workers.""",
    ),
    (
        "L2",
        "eu-listing-rungrado",
        ">2000@RU/dispatched ~500@DZ,NG/present",
        """EU adds North Korean labour firm to sanctions list // BRUSSELS - The Council of the
        EU added the Rungrado Overseas Construction Company to its sanctions list on Monday. In
        its listing, the Council says the company has deployed at least 2,000 workers to Russia
        since 2023. Some 500 others work for it in Algeria and Nigeria. The listing brings the
        number of DPRK entities under EU sanctions to 75.""",
    ),
    (
        "L2",
        "live-forum-vladivostok",
        "~1200@RU/planned ~4000@RU/present",
        """Live updates: Vladivostok economic forum, day 2 // 09:40 - Our correspondent counts
        at least 30 delegations in the main hall. || 11:05 - The Primorye governor says his
        region will take in another 1,200 North Korean builders next year. They would join
        roughly 4,000 already working there, he says. || 12:30 - Asked about sanctions, he
        says the workers come as students.""",
    ),
    (
        "L2",
        "obituary-kuwait-manager",
        "~1800@KW/present",
        """Obituary: Pak Song-ho, engineer who led North Korea's Kuwait crews // Pak Song-ho,
        who has died aged 71 in Seoul, managed some of the largest North Korean labour
        contingents in the Gulf. At their height in 2014 his teams in Kuwait numbered about
        1,800 men. After his defection in 2016 he told investigators that fewer than 100 of
        them ever saw their full wages. He is survived by two daughters.""",
    ),
    (
        "L2",
        "brief-border-economy",
        ">20000@CN/dispatched 30000-50000@CN/present",
        """Policy brief: counting North Koreans in China's border economy // Estimating the
        North Korean workforce in China is hard. Chinese customs data suggest at least 20,000
        North Korean workers entered Liaoning and Jilin between 2021 and 2023. Our own
        estimate, based on factory visits, is between 30,000 and 50,000 across the two
        provinces, most of them women in seafood and garment plants. Beijing publishes no
        figures.""",
    ),
    (
        "L2",
        "qa-mongolia-permits",
        "=42@MN/present ~1300@MN/present",
        """Interview: 'We will not renew the contracts' // Mongolia's deputy labour minister,
        B. Enkhtuya, spoke to the Steppe Herald. Q: How many North Koreans hold Mongolian work
        permits today? A: Forty-two, all in health care. Q: And at the peak? A: In 2016 we had
        about 1,300. Q: Will the 42 stay? A: Their contracts end in March, and we will not
        renew them.""",
    ),
    (
        "L2",
        "correction-gdynia",
        "=56@PL/present ~20@PL/present",
        """Correction // An article on Tuesday about North Korean workers in Poland misstated
        the number employed at a shipyard in Gdynia. It was 56, not 156. The article also said
        all of them left in 2018; about 20 stayed until 2019.""",
    ),
    (
        "L2",
        "lords-written-answer-europe",
        "~400@PL,MT/repatriated ~30@RU/present",
        """Written question: North Korean workers in Europe // Asked by Lord Harrow: what
        estimate they have made of the number of North Korean nationals working in European
        countries. Answered by Baroness Lyle: The Government does not hold its own figures. The
        UN Panel of Experts reported in 2019 that the last of some 400 North Korean workers in
        Poland and Malta had been sent home. We are aware of reports that a small number,
        perhaps 30, remain in Russia's Kaliningrad region.""",
    ),
    (
        "L2",
        "profile-dandong-accountant",
        "600-800@CN/present",
        """Profile: the accountant who kept the books // For seven years Ri Myong-sun kept the
        accounts of a North Korean trading company in Dandong that supplied seamstresses to
        Chinese factories. At any time, she says, the firm had between 600 and 800 of them on
        its books. She fled to South Korea in 2019 with her son, one of about 1,000 North
        Koreans who reached the South that year.""",
    ),
    (
        "L2",
        "kursk-sappers-builders",
        "~5000@RU/dispatched",
        """Kremlin silent on North Korean sappers // MOSCOW - The Kremlin declined to comment
        on reports that North Korea has sent about 1,000 sappers and 5,000 military builders to
        Russia's Kursk region. South Korean intelligence says some 11,000 troops fought there
        last winter and about 4,000 of them were killed or wounded.""",
    ),
    (
        "L2",
        "students-and-tourists",
        "none",
        """Far Eastern university enrols North Korean students // VLADIVOSTOK - About 300 North
        Korean students have enrolled at Far Eastern Federal University this year, the
        university said, and 1,200 Russian tourists visited Wonsan over the summer. The
        university said none of the students would work during their studies.""",
    ),
    (
        "L2",
        "tajik-record-dprk-recruits",
        "=2500@RU/dispatched",
        """Tajik labour migration hits record // DUSHANBE - About 650,000 Tajik citizens left
        to work in Russia last year, the labour ministry said, most of them on building sites.
        Russian contractors also recruited 3,000 workers from Vietnam and 2,500 from North
        Korea, according to the Moscow Builders' Association.""",
    ),
    (
        "L2",
        "rason-zone-at-home",
        "~20000@RU/present",
        """Kaesong-style zone planned at Rason // Pyongyang plans to open a new industrial zone
        at Rason, where some 5,000 North Korean workers would make goods for Chinese and Russian
        buyers, state media said. A similar zone at Kaesong employed 55,000 North Koreans
        before it closed in 2016. About 20,000 North Koreans already work in Russia's Far East,
        just across the border.""",
    ),
]

# Batch L3, written blind after the L2 fixes (14 articles, 18 expected figures). First run: counts
# precision 0.83 / recall 0.83 (15 of 18 figures, 3 spurious), count+destination 0.78 / 0.78; 10 of
# 14 articles had all their figures' values found. Missed: "By 1995 that had shrunk to roughly
# 5,000" (a pronoun subject after a year phrase); spurious: "students, trainees and members of
# cultural delegations, numbering no more than 2,000", "The figure of 500,000" after "Verdict:
# False.", and "rejects as slander reports that tens of thousands of Korean workers are being sent"
# against the table as first written. The expected "none" of embassy-rejects-slander was corrected
# after the run to "v4@RU" (the project's convention, china-denies-figure of
# test_extract_destination_articles.py: a figure of reports a government denies is the reports'
# claim), so the first run's "tens of thousands" was right (first run against the corrected table:
# counts 0.89 / 0.84, 16 of 19, 2 spurious). After the fixes: counts 1.00 / 0.89 (17 of 19, 0
# spurious), count+destination 0.94 / 0.84; 12 of 14 pass the count test (the misses left are strict
# xfails below).
BATCH_3: list[Article] = [
    (
        "L3",
        "telegram-artyom-buses",
        ">600@RU/present ~150@RU/present",
        """Translated post from a Primorye Telegram channel // Another bus of North Korean
        builders arrived in Artyom this morning. Locals say there are now more than 600 of them
        in the town, living in two dormitories on Kirov Street. Last spring there were about
        150.""",
    ),
    (
        "L3",
        "committee-report-chapter",
        "50000-100000@M49:001/present ~1200@M49:035/present",
        """House committee report, chapter 4: labour exports // The committee heard that North
        Korea keeps workers in at least 15 countries. Witnesses put the total at between 50,000
        and 100,000. The committee's own staff found evidence of about 1,200 in Southeast Asia,
        most of them in Laos and Vietnam.""",
    ),
    (
        "L3",
        "embassy-rejects-slander",
        "v4@RU/dispatched",
        """Statement by the Embassy of the DPRK in Moscow // The Embassy rejects as slander
        reports that tens of thousands of Korean workers are being sent to the Russian
        Federation. The Korean citizens in Russia are students, trainees and members of
        cultural delegations, numbering no more than 2,000.""",
    ),
    (
        "L3",
        "annual-report-timber",
        "=140@RU/repatriated",
        """Annual report 2024 (extract), Baltic Timber Holdings // Our Russian subsidiary employs
        2,300 people across three sawmills in Arkhangelsk region. Following an internal review,
        we confirm that the subsidiary ended its contract with a North Korean labour supplier
        in 2019, when 140 North Korean loggers engaged under that contract returned home. None
        have been employed since.""",
    ),
    (
        "L3",
        "radio-bulletin-haiphong",
        "~80@VN/present",
        """Radio bulletin (transcript) // NEWSREADER: Authorities in Vietnam have ordered the
        remaining North Korean workers at a garment factory near Hai Phong to leave by the end
        of the month. There are about 80 of them, according to the factory's owner. Last year
        the plant employed twice as many.""",
    ),
    (
        "L3",
        "travel-advisory",
        "none",
        """Travel advisory: North Korea (Level 4) // Do not travel to North Korea. Since 2017,
        about 20 US citizens have been detained there. The State Department estimates that
        fewer than 1,000 Western tourists visited in 2019. Passports are invalid for travel to
        the DPRK.""",
    ),
    (
        "L3",
        "football-squad-sydney",
        "none",
        """North Korea's women's football team arrives in Sydney // SYDNEY - A 23-member North
        Korean squad arrived on Monday for the Women's Asian Cup, accompanied by 11 officials.
        Some 400 fans from the local Korean community greeted them at the airport.""",
    ),
    (
        "L3",
        "chapter-soviet-loggers",
        "~15000@RU/present ~5000@RU/present",
        """From chapter 6, 'Labour and the rouble' // Soviet records show that about 15,000
        North Korean loggers worked in the Far East in the late 1980s. By 1995 that had shrunk
        to roughly 5,000. A third of them, the author estimates, were in the Tynda area.""",
    ),
    (
        "L3",
        "urgent-appeal-bangkok",
        "=12@TH/present ~30@TH/repatriated",
        """Urgent appeal: do not return 12 North Koreans // The rights group Open Doors Asia
        urged Thai authorities on Friday not to return 12 North Korean restaurant workers whose
        visas expired last week. The group said they would face punishment in North Korea.
        Thailand deported another 30 in 2023.""",
    ),
    (
        "L3",
        "kuwait-all-but",
        "=1400@KW/present =45@KW/present",
        """Kuwait says most North Korean workers gone // KUWAIT CITY - Kuwait has sent home all
        but 45 of the 1,400 North Korean workers it hosted in 2017, the foreign ministry said in
        a report to the UN. The remaining 45 hold medical contracts that end next year.""",
    ),
    (
        "L3",
        "ulan-ude-painters",
        "~220@RU/present =160@RU/present",
        """Ulan-Ude weekly: North Korean painters back on city sites // For the third summer
        running, North Korean painters and plasterers are working on apartment blocks in
        Ulan-Ude. The city's construction department puts their number at about 220 this year,
        up from 160 last year. Residents have complained about noise at night.""",
    ),
    (
        "L3",
        "fact-check-half-million",
        "~50000@M49:001/present ~100000@M49:001/present",
        """Fact check: Are 'half a million' North Koreans working abroad? // Verdict: False. ||
        The figure of 500,000 circulated on social media last week. The most widely cited
        estimate, by the UN special rapporteur in 2015, was about 50,000. Our review of newer
        sources suggests the number is now closer to 100,000, most of them in Russia and
        China.""",
    ),
    (
        "L3",
        "uzbek-builders-gap",
        "=900@RU/dispatched =300@RU/planned",
        """Uzbek builders fill Russian gap // About 40,000 Uzbek workers arrived in Moscow region
        in the first quarter, the regional migration office said. Officials also registered 900
        from North Korea, most of them on student visas. Another 300 are expected in April.""",
    ),
    (
        "L3",
        "pyongyang-hospital-home",
        "none",
        """Pyongyang hospital built in record time // State media said 20,000 builders from
        across North Korea finished the Pyongyang General Hospital in 18 months. Some 3,000 of
        them were soldiers of the Korean People's Army. Foreign ministry officials said the
        project showed the country did not need outside help.""",
    ),
]

# Batch L4, written blind after the L3 fixes (12 articles, 16 expected figures). First run: counts
# precision 0.93 / recall 0.88 (14 of 16 figures, 1 spurious), count+destination 0.80 / 0.75 (12 of
# 16); 9 of 12 articles had all their figures' values found. Missed: "a ministry source puts the
# remaining North Koreans at fewer than 50" (a people noun as the estimate's object), "In 2018 the
# island had about 1,000" (a host anaphor receives the figure); spurious: "Twenty-three of them gave
# evidence through an interpreter" (witnesses of a hearing). After the fixes: counts 1.00 / 1.00,
# count+destination 0.88 / 0.88; the two destination misses left are strict xfails below.
BATCH_4: list[Article] = [
    (
        "L4",
        "hansard-shipyards",
        "~800@PL/present",
        """Hansard extract: Overseas labour (North Korea) // Mr Davies: The Minister will know
        that North Korean workers were employed in Polish shipyards building vessels for
        European owners. How many remain in the EU? || The Minister: None, to our knowledge.
        At the peak there were around 800 in Poland alone. Their contracts were not renewed
        after 2017.""",
    ),
    (
        "L4",
        "tribunal-gdansk-welders",
        "=61@PL/dispatched",
        """Employment tribunal ruling, Gdansk (summary) // The tribunal found that a staffing
        agency had placed North Korean welders with two subcontractors at the Nauta yard.
        Twenty-three of them gave evidence through an interpreter. The agency's records showed
        it had supplied 61 in total between 2014 and 2016.""",
    ),
    (
        "L4",
        "earnings-call-sawmill",
        "~350@RU/present",
        """Q4 earnings call (excerpt), Amur Forest Products // ANALYST: Are you still using
        North Korean crews? || CFO: No. We had about 350 of them at the Tynda sawmill until
        2019. Today all 1,100 of our loggers are Russian citizens.""",
    ),
    (
        "L4",
        "ngo-thread-donggang",
        "~3000@CN/present =2000@CN/present =500@CN/planned",
        """Thread by @LabourWatchAsia (1/4) // We have been tracking North Korean seafood
        workers in Donggang, China. 2/ Our sources count roughly 3,000 of them in eight plants,
        up from 2,000 a year ago. 3/ Most are women aged 20-35. 4/ Another 500 are expected
        before the crab season.""",
    ),
    (
        "L4",
        "consular-notice",
        "none",
        """Notice from the Consulate-General of the Republic of Korea in Vladivostok // The
        Consulate reminds the roughly 1,500 South Korean nationals living in Primorsky Krai
        not to approach North Korean workers or restaurants. Last year 3 South Koreans were
        questioned by police after photographing a North Korean building site.""",
    ),
    (
        "L4",
        "gulf-newsletter-41",
        "~300@OM/repatriated <50@KW/present",
        """Gulf Labour Monitor newsletter, issue 41 // Oman: Muscat says the 300 or so North
        Korean workers who built its new airport terminal have all left. Kuwait: a ministry
        source puts the remaining North Koreans at fewer than 50, all in hospitals. Qatar: no
        change.""",
    ),
    (
        "L4",
        "vietnam-of-these",
        "=37@VN/present",
        """Vietnam finds North Korean workers at garment plants // HANOI - Labour inspectors
        found 112 foreigners working without permits at garment plants in Nam Dinh province,
        the ministry said. Of these, 37 were North Korean; the rest were Chinese. All will be
        deported.""",
    ),
    (
        "L4",
        "defectors-association-chair",
        "=12@CN/present",
        """Defectors' association elects new head // SEOUL - The North Korean Defectors'
        Association, which says it has 4,000 members, elected a former restaurant manager as
        its chair on Saturday. She ran a restaurant in Ningbo with 12 North Korean waitresses
        before defecting in 2016.""",
    ),
    (
        "L4",
        "brief-entries-vs-workers",
        "~10000@RU/dispatched",
        """Brief: Russia's North Korean labour, by the numbers // Russian entry data record
        13,221 North Koreans arriving in 2023, 7,800 of them on student visas. Analysts believe
        most were in fact workers. We estimate that some 10,000 North Korean workers entered
        Russia that year. That figure could double in 2024, officials in Seoul say.""",
    ),
    (
        "L4",
        "sakhalin-builders-return",
        "=45@RU/dispatched ~100@RU/planned ~1000@RU/present",
        """Sakhalin Times: builders from the North return // For the first time since 2019,
        North Korean construction workers are back on Sakhalin. A regional official said 45
        arrived in Korsakov last week and another 100 or so would follow in May. In 2018 the
        island had about 1,000.""",
    ),
    (
        "L4",
        "mongolia-filipino-nurses",
        "none",
        """Mongolia seeks Filipino nurses // ULAANBAATAR - Mongolia will recruit 200 nurses
        from the Philippines next year, the health ministry said, after a shortage left 1,300
        posts vacant. The ministry stopped employing North Korean medics in 2017.""",
    ),
    (
        "L4",
        "clarification-laos",
        "~5000@M49:035/present ~1000@LA/present",
        """Clarification // A report on Friday said "about 5,000" North Korean workers were in
        Laos. The figure referred to the whole of Southeast Asia; the number in Laos is about
        1,000, the researcher said.""",
    ),
]

# Batch L5, written blind after the L4 fixes (12 articles, 19 expected figures). First run: counts
# precision 1.00 / recall 0.84 (16 of 19 figures, 0 spurious), count+destination 0.88 / 0.74 (14 of
# 19); 9 of 12 articles had all their figures' values found. Missed: "The rest, about 100, are
# finishing contracts", "Half of them, about 120, were sent home" (a figure apposed to a remainder
# or a fraction of the group), "City officials put the newcomers at about 700" (newcomers, a people
# noun). After the fixes: counts 1.00 / 1.00, count+destination 0.89 / 0.89; the two destination
# misses left are strict xfails below.
BATCH_5: list[Article] = [
    (
        "L5",
        "qatar-the-rest",
        "~2800@QA/present ~2700@QA/repatriated ~100@QA/present",
        """Qatar: 'Most have left' // DOHA - Of the roughly 2,800 North Korean construction
        workers once employed in Qatar, about 2,700 have gone home, the labour ministry said.
        The rest, about 100, are finishing contracts at two hotel sites and will leave by
        June.""",
    ),
    (
        "L5",
        "kazan-newcomers",
        "v2@RU/present ~700@RU/present",
        """Builders from the North fill Kazan sites // KAZAN - Local contractors say North
        Korean builders started arriving in March. "There are hundreds of them on the sites
        now," said a foreman at a housing project. City officials put the newcomers at about
        700.""",
    ),
    (
        "L5",
        "poland-such-workers",
        "=486@PL/present",
        """Poland's labour inspectorate: no North Koreans since 2019 // WARSAW - Poland's
        labour inspectorate said it had found no North Korean workers during 2,400 inspections
        last year. In 2016, inspectors counted 486 such workers at shipyards and farms.""",
    ),
    (
        "L5",
        "shenyang-these-developers",
        "~60@CN/present ~200@CN/present",
        """Inside a Shenyang IT dormitory // SHENYANG - A six-storey building on the city's
        outskirts houses North Korean programmers who write apps for foreign clients,
        according to a cybersecurity firm. It counts about 60 of these developers at the site,
        and some 200 more across Liaoning.""",
    ),
    (
        "L5",
        "tashkent-weightlifters",
        "none",
        """North Korean weightlifters win gold in Tashkent // TASHKENT - North Korea's 14
        weightlifters won six gold medals at the Asian Championships, cheered by about 200
        supporters. The team flew home on Sunday.""",
    ),
    (
        "L5",
        "cambodia-laos-latter",
        "~120@KH/present ~700@LA/present",
        """Cambodia and Laos compared // A new study compares two of North Korea's smaller
        labour markets. In Cambodia it finds about 120 North Koreans, most in restaurants; in
        Laos, about 700, most in construction. The latter figure has doubled since 2020.""",
    ),
    (
        "L5",
        "defector-arrivals-low",
        "none",
        """Record low defector arrivals // SEOUL - Only 196 North Korean defectors reached South
        Korea last year, the unification ministry said. About 40 of them had worked abroad,
        mostly in Russia and China, before fleeing.""",
    ),
    (
        "L5",
        "mongolia-half-of-them",
        "=240@MN/present ~120@MN/repatriated",
        """Mongolian cashmere firms' North Korean staff // ULAANBAATAR - Three cashmere
        factories employed 240 North Korean women in 2016, a former manager said. Half of
        them, about 120, were sent home in 2017; the others stayed until the 2019
        deadline.""",
    ),
    (
        "L5",
        "primorye-further-after-uzbek",
        "~2500@RU/dispatched =1000@RU/planned",
        """Russia's Far East labour drive // VLADIVOSTOK - The Primorye government says it
        needs 40,000 more workers by 2030. It has signed agreements with Uzbekistan and
        Kyrgyzstan to bring in migrants, and last year 8,000 Uzbek workers arrived. North Korea
        sent about 2,500 workers to the region over the same period. A further 1,000 are
        expected this spring, the labour department said.""",
    ),
    (
        "L5",
        "dandong-which-employs",
        "~400@CN/present",
        """Dandong garment firm profile // The Dandong Huaxin garment factory, which employs
        about 400 North Korean seamstresses, exports jackets to Europe. Its Chinese staff
        number 150.""",
    ),
    (
        "L5",
        "kuwait-it-fell",
        "~5000@KW/present =1300@KW/present",
        """Kuwait's North Korean workforce in retrospect // At its peak in 2015, Kuwait's North
        Korean workforce numbered some 5,000, according to Gulf diplomats. It fell to 1,300 by
        2018 and to zero in 2020.""",
    ),
    (
        "L5",
        "it-where-they-sit",
        "~1000@CN,RU/present ~100@LA/present",
        """IT workers: where they sit // Most North Korean IT workers operate from inside North
        Korea, a UN panel report says, but about 1,000 are based in China and Russia. Roughly
        100 more work from Laos. The panel did not give a figure for Cambodia.""",
    ),
]

# Batch L6, written blind after the L5 fixes (12 articles, 16 expected figures). First run: counts
# precision 1.00 / recall 0.75 (12 of 16 figures, 0 spurious), count+destination 0.92 / 0.69 (11 of
# 16); 8 of 12 articles had all their figures' values found. Missed: "Those in Russia alone may
# number 20,000" (a placed demonstrative as a level's subject), "REPORTER: Around 150, he says." (a
# fragment answer to "And before the pandemic?" after counted figures), and two stories gated out by
# relevance; "between 50,000 and 100,000, many in Russia and China" was placed in RU, CN, not
# abroad. After the fixes: counts 1.00 / 0.88, count+destination 1.00 / 0.88; the two relevance
# misses are strict xfails below.
BATCH_6: list[Article] = [
    (
        "L6",
        "sentencing-broker-artyom",
        "=184@RU/dispatched",
        """Sentencing remarks, Vladivostok District Court (summary) // The defendant, a labour
        broker, arranged visas for North Korean builders from 2021 to 2023. The court accepts
        the prosecution's figure: he brought in 184 of them, most to sites in Artyom. He is
        sentenced to four years.""",
    ),
    (
        "L6",
        "hrc-rapporteur-statement",
        "50000-100000@M49:001/present =20000@RU/present",
        """Statement to the Human Rights Council by the Special Rapporteur // The Special
        Rapporteur remains concerned about North Koreans sent abroad to work. Credible sources
        estimate their number at between 50,000 and 100,000, many in Russia and China. Those in
        Russia alone may number 20,000.""",
    ),
    (
        "L6",
        "ferry-client-note",
        "none",
        """Client note: Rajin route update // Our Rajin-Vladivostok ferry service carried 1,240
        passengers and 380 containers in October. Crew changes took place in Rajin as usual.
        Bookings for November are 15% higher.""",
    ),
    (
        "L6",
        "campaign-speech-krai",
        "<3000@RU/present",
        """Campaign speech excerpt, Primorye governor's race // "They tell you North Korean
        workers take your jobs. There are fewer than 3,000 of them in the whole krai, and they
        build what our own people will not," the candidate told supporters in Nakhodka on
        Saturday. About 400 people attended.""",
    ),
    (
        "L6",
        "textbook-taiga-loggers",
        "~20000@RU/present",
        """From a Russian regional history textbook // In the 1970s the Soviet Union and North
        Korea agreed that Korean loggers would work in the taiga of the Khabarovsk region. By
        1980 their number had reached about 20,000. Many of their camps were closed in the
        1990s.""",
    ),
    (
        "L6",
        "museum-placard-tynda",
        "<1500@RU/present",
        """Museum placard, Tynda regional museum // This saw was used by North Korean loggers at
        the Tynda camp, where up to 1,500 of them lived and worked between 1968 and 1995.
        Donated by the family of a camp doctor, 2009.""",
    ),
    (
        "L6",
        "tv-kholmsk-fish-plant",
        "=60@RU/dispatched =40@RU/dispatched ~150@RU/present",
        """ANCHOR: North Korean workers have returned to a fish plant in Kholmsk. || REPORTER:
        That's right. The plant's director told us 60 arrived last week and 40 more are on
        their way. || ANCHOR: And before the pandemic? || REPORTER: Around 150, he says.""",
    ),
    (
        "L6",
        "weekly-roundup-same-number",
        "~300@LA/present =25@KH/present",
        """Weekly roundup: labour // Laos: about 300 North Korean workers are building a dam in
        Xekong province. Cambodia: police found 25 North Korean restaurant staff in Siem Reap,
        the same number as last year. Vietnam: no news.""",
    ),
    (
        "L6",
        "embassy-staff-cut",
        "~15000@RU/present",
        """Embassy staff cut // MOSCOW - North Korea has cut its embassy staff in Moscow to 35
        from 60, a diplomatic source said. The embassy oversees the affairs of North Korean
        workers in Russia, who were estimated at 15,000 last year.""",
    ),
    (
        "L6",
        "harbin-dalian-seafood",
        "~800@CN/present ~600@CN/present",
        """Harbin seafood plants // Some 800 North Korean women work in Harbin's seafood plants,
        a trade official said, and about 600 in Dalian. Their contracts run for three
        years.""",
    ),
    (
        "L6",
        "bangladeshi-qatar-once-had",
        "~2500@QA/present",
        """Bangladeshi workers in Qatar // DOHA - About 400,000 Bangladeshi workers live in
        Qatar, the embassy said, more than any nationality except Indians and Nepalis. North
        Korea once had about 2,500 there; none remain.""",
    ),
    (
        "L6",
        "flood-recovery-recalled",
        "=10000@M49:001/repatriated",
        """Flood recovery // State media said 300,000 people had been mobilised to rebuild homes
        in North Pyongan after the floods, including 10,000 workers recalled from construction
        sites abroad.""",
    ),
]

# Batch L7, written blind after the L6 fixes (10 articles, 9 expected figures). First run: counts
# precision 0.88 / recall 0.78 (7 of 9 figures, 1 spurious), count+destination 0.75 / 0.67 (6 of 9);
# 7 of 10 articles had all their figures' values found. Spurious: "96 men in a building registered
# for 40" (an occupancy). Fixed also, though the article still fails: "She had 140 of them on her
# floor" (a receiving verb before a part of people named before) and "paid about 90 through an
# account" ("through" ends a head). After the fixes: counts 1.00 / 0.78, count+destination 0.86 /
# 0.67; three count-side misses and a status one are strict xfails below.
BATCH_7: list[Article] = [
    (
        "L7",
        "union-newsletter-amur-tower",
        "~250@RU/present",
        """Builders' union newsletter, Khabarovsk branch // Our members report that North Korean
        crews are back on at least four city sites this autumn. The branch counted about 250 of
        them at the Amur Tower project alone. We have asked the regional labour office for its
        figures.""",
    ),
    (
        "L7",
        "ombudsman-dormitory",
        "=96@RU/present",
        """Ombudsman's annual report (extract) // Complaint 2024/117 concerned living conditions
        at a dormitory in Ussuriysk housing North Korean construction workers. Inspectors found
        96 men in a building registered for 40. The employer was fined 300,000 roubles.""",
    ),
    (
        "L7",
        "explainer-how-many",
        "~15000@RU/dispatched",
        """Explainer: Why are North Koreans building in Russia again? // Who are they? Mostly
        men in their 30s and 40s, sent by state trading companies. How many? Seoul's spy agency
        says about 15,000 arrived last year alone. Where do they work? On building sites across
        Russia, from Moscow to Vladivostok.""",
    ),
    (
        "L7",
        "letter-kuwait-engineer",
        "=70@KW/present",
        """Letter: Remember the Kuwait crews // Sir, Your report on North Korean builders in
        Russia reminded me of my years as a site engineer in Kuwait, where I supervised 70 of
        them on a hospital project. They worked 14-hour days and never complained. - J.
        Harlow, Leeds""",
    ),
    (
        "L7",
        "police-forged-permits",
        "none",
        """Police statement, Primorsky Krai // Police detained two men suspected of forging work
        permits for foreign nationals. Officers seized 300 blank permit forms and 1.2 million
        roubles in cash. Investigators said the forms were intended for North Korean and Uzbek
        workers.""",
    ),
    (
        "L7",
        "compliance-payroll-accounts",
        "=212@RU/present ~90@-/present",
        """Compliance bulletin: DPRK labour red flags // Banks should watch for payroll accounts
        with large numbers of Korean names paid in cash. In one case reviewed by the regulator,
        a Vladivostok construction firm paid 212 North Korean employees through a single
        account. Another firm paid about 90 through an account in Hong Kong.""",
    ),
    (
        "L7",
        "mongolia-ministry-release",
        "=1200@MN/present",
        """Press release, Ministry of Labour of Mongolia // The Ministry informs that no foreign
        worker permits have been issued to citizens of the DPRK since 2017. The last of the
        1,200 North Korean workers employed in Mongolia in 2016 left the country in December
        2019.""",
    ),
    (
        "L7",
        "podcast-dandong-floor",
        "=140@CN/present",
        """Episode 212 show notes: 'The seamstresses of Dandong' // In this episode we talk to a
        former factory manager who employed North Korean women in Dandong. She had 140 of them
        on her floor at the peak, and says that across the city there were "at least ten times
        that".""",
    ),
    (
        "L7",
        "chinese-tour-groups",
        "none",
        """Chinese tour groups return to Pyongyang // The first group of 50 Chinese tourists
        arrived in Pyongyang on Monday. Before the pandemic, some 350,000 Chinese visited North
        Korea each year. North Korean guides said they expected 1,000 more by June.""",
    ),
    (
        "L7",
        "sakhalin-permit-statistics",
        "=590@RU/present",
        """Migration statistics, Sakhalin Oblast, 2024 // Work permits issued: 11,400, of which
        9,800 to citizens of Uzbekistan and Kyrgyzstan. Citizens of the DPRK received 640. The
        number of DPRK citizens registered as working at year-end was 590.""",
    ),
]

BATCHES = (BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6, BATCH_7)
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "L1-police-blotter-greenhouse": "count: 'Officers detained 14 North Korean nationals "
    "working without permits' ('detain' is an excluded verb: arrested people are no "
    "workforce in the fitted gold); the 600 they are among is read",
    "L1-pyongyang-housing-drive": "relevance: a story of labour mobilised at home scores "
    "below the gate (ungated 'where about 15,000 are thought to be working now' is read, RU)",
    "L3-annual-report-timber": "destination: '140 North Korean loggers ... returned home' "
    "has no place in its sentence; the Russian subsidiary's 'Arkhangelsk region' of the "
    "sentence before is not carried to it",
    "L3-uzbek-builders-gap": "relevance: the story of Uzbek migrants scores below the gate "
    "(ungated 'registered 900 from North Korea' and 'Another 300 are expected' are read but "
    "placed in UZ, the demonym of the sentence before, not the Moscow region)",
    "L4-tribunal-gdansk-welders": "destination: 'The agency's records showed it had "
    "supplied 61 in total' reads abroad (a dispatch verb with no place in its sentence), "
    "not Poland of the headline's Gdansk",
    "L4-clarification-laos": "destination: a clarification that moves 'about 5,000' from "
    "Laos to 'the whole of Southeast Asia' is not read; the 5,000 stays in Laos",
    "L5-primorye-further-after-uzbek": "destination: 'North Korea sent about 2,500 workers "
    "to the region' reads abroad (a dispatch verb; 'the region' is not resolved to the "
    "dateline's Primorye after a sentence on Uzbekistan and Kyrgyzstan); the further 1,000 "
    "is placed right",
    "L6-bangladeshi-qatar-once-had": "relevance: a story of Bangladeshi workers scores below "
    "the gate (ungated 'North Korea once had about 2,500 there' is read, QA)",
    "L6-flood-recovery-recalled": "relevance and count: a story of flood recovery at home is "
    "gated out; ungated, '300,000 people had been mobilised ..., including 10,000 workers "
    "recalled from construction sites abroad' counts the 300,000 (abroad, repatriated) and "
    "not the 10,000 (a member of the mobilised whole)",
    "L7-compliance-payroll-accounts": "count: 'Another firm paid about 90 through an account "
    "in Hong Kong' (a bare figure parallel to '212 North Korean employees' of the sentence "
    "before, 'another' on the firm) is not read",
    "L7-podcast-dandong-floor": "count: 'She had 140 of them on her floor' is read as a "
    "member of a group already counted: the title's 'Episode 212' is a larger figure before "
    "it (without the title it is =140@CN)",
}
KNOWN_DETAILS: dict[str, str] = {
    "L1-brief-mongolia-return": "status: 'Our interviews in Ulaanbaatar suggest ...: "
    "contractors put it at several hundred' reads recruiting ('interviews', a recruiting cue "
    "for job interviews, here the writer's research)",
    "L2-tajik-record-dprk-recruits": "status: 'Russian contractors also recruited ... 2,500 "
    "from North Korea' reads recruiting; a host's hiring was expected as dispatched when "
    "written (debatable: the spec's recruiting is selection before departure)",
    "L3-urgent-appeal-bangkok": "status: 'urged Thai authorities ... not to return 12 North "
    "Korean restaurant workers' reads repatriated (the plea's negated infinitive); they are "
    "still there (present)",
    "L7-mongolia-ministry-release": "status: 'The last of the 1,200 North Korean workers "
    "employed in Mongolia in 2016 left the country in December 2019' reads repatriated; the "
    "1,200 was expected as the 2016 stock (present; debatable)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
