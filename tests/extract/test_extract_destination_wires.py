"""Short wire items (3-8 sentences) written blind for a worker figure's destination
countries, in the styles of wire services, regional Russian, Chinese, Central Asian,
Middle Eastern, African and European outlets in English, UN-panel summaries, court
reports and ship-tracking notes: cities, provinces, oblasts and krais for their country
(Primorsky Krai, Amur Oblast, Khabarovsk, Dandong, Hunchun, Jilin, Liaoning, Zhejiang,
Ulaanbaatar, Vientiane, Phnom Penh, Kuwait City, Doha, Lusail, Dubai, Sharjah, Luanda,
Windhoek, Dar es Salaam, Gdansk, Klaipeda, Malta), occupied Ukraine (Donetsk, the Donbas)
against Kursk, demonym sites ("Maltese construction sites and Lithuanian shipyards"), lists
with one figure each and "respectively", one figure shared by several countries, transit
against destination ("via Vladivostok", "changed planes in Addis Ababa"), return verbs
with "from" (the host is the destination of a returned figure: phenomena note D1), negated
places ("not to China but to Russia"), a speaker's seat against the workers' place, the
headline's place for the body's figure, and "overseas"/"abroad" with no country
(``M49:001``, as the spec says).

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation is that of ``test_extract_long_articles.py`` (``Q VALUE@DESTS/STATUS``; " // "
ends the headline, " || " a paragraph), the comparison that of
``test_extract_short_news.py``.

Before any change (64 articles, 83 worker figures): W1-W5 (40 articles, 51 figures) counts
precision 1.00 (50/50) / recall 0.98 (50/51), count+destination 0.96 (48/50) / 0.94 (48/51);
W6-W8 (24 articles written after W1-W5 were run, 32 figures) counts 1.00 (31/31) / 0.97
(31/32), count+destination 0.81 (25/31) / 0.78 (25/32); all: counts 1.00 / 0.98,
count+destination 0.90 (73/81) / 0.88 (73/83); 54 of 64 articles passed the count check.
Fixed: "changed planes in Addis Ababa ... bound for Equatorial Guinea" and "crossed into
Dandong ... and continued to Russia's Far East" (a journey's end after a stop: the stop is
a transit); "on Maltese construction sites and at Lithuanian shipyards" (a demonym's site
noun phrase of two words before the list joiner); "not only in Russia but also in Belarus"
(one list); "jobs ... at a meat plant in Saxony, Germany" (a name the gazetteer lacks, a
comma, then the country: no fallback to the court's seat, Prague); "from Dandong into
Sinuiju on their way home from Russia" (the host after "home from" is the journey's end,
the border city a transit); "deported 50 workers who had entered from Russia" (an entry
verb before "from" names where they came from, even with a return verb in the clause);
Yalta and other Crimean towns in the gazetteer (UA). After: counts 1.00 (81/81) / 0.98
(81/83), count+destination 1.00 (81/81) / 0.98 (81/83); the two figures left are gated out
by relevance (strict xfails), three statuses are strict xfails.

W9-W11 (24 articles written after those fixes, 33 figures), before any change of their
own: counts 1.00 (32/32) / 0.97 (32/33), count+destination 1.00 (32/32) / 0.97 (32/33); the
miss is a count (a strict xfail), one status is a strict xfail. W12-W13 (16 articles on
places carried by "there", "the country" and "the region", firms of one nation in another,
agencies' seats; 22 figures), before any change: counts 1.00 (21/21) / 0.95 (21/22),
count+destination 1.00 / 0.95; the miss is a count (strict xfail), one status is a strict
xfail. W14-W15 (16 articles: country descriptors, capitals as governments, quoted figures,
datelines, shared figures; 17 figures), before any change: counts 1.00 (14/14) / 0.82
(14/17), count+destination 0.86 (12/14) / 0.71 (12/17). Fixed: "work around the Russian
port of Vanino" ('around' places a figure: the report's seat, Tokyo, was added to it);
"flew to Almaty and then crossed the border into Russia" ('the border into' ends a journey,
unless the clause goes on "on their way home"). After: count+destination 1.00 (14/14) /
0.82 (14/17); the three figures left are two stories gated out by relevance and a quoted
figure not counted (strict xfails).

W16 (8 articles written after all those fixes, 11 figures): counts and count+destination
1.00 (11/11) / 1.00 (11/11), no change needed.

Then relevance: "North Korea recalled about 150 workers from Angola" read "workers from
Angola" as another nation's workers (as "migrants from Uzbekistan"), so the only DPRK
labour sentence counted against the story; after the DPRK and a return verb in the
sentence, "workers from" a place is where they worked (W7-recalled-from-angola and
W15-recalled-from-china-sent-to-russia pass).

W17 (8 articles written after all the fixes above, 8 figures), before any change: counts
1.00 (8/8) / 1.00 (8/8), count+destination 0.75 (6/8) / 0.75 (6/8). Fixed: "a Russia-bound
train carried about 400" (a place modifier that still places: the end of a vehicle's
journey). After: 7/8, 7/8 (an employer's seat, "a Kuwait-based contractor", is left a
modifier: a strict xfail).

Later (branch dest7): an employer's seat ("employed by a Kuwait-based contractor") is the
workers' place as a last resort, when neither the sentence nor its context names another
(R2-headline-laos-body keeps Laos): W17-kuwait-based-contractor passes. The DPRK's
provinces and recruiting towns (South Hamgyong, Yanggang, Chongjin, ...) now name the DPRK
for relevance: W1-not-china-but-russia passes.

All 136 articles (174 figures) before that: counts 1.00 (170/170) / 0.98 (170/174),
count+destination 0.99 (169/170) / 0.97 (169/174); every miss is a strict xfail (a story
that never names North Korea, three figures not counted, one employer's seat), and six
statuses are strict xfails.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch W1, written blind: Russian regions and cities, speakers' seats, transit, return
# verbs, negated places, shared counts.
BATCH_1: list[Article] = [
    (
        "W1",
        "krai-oblast-khabarovsk",
        "~3200@RU/present ~900@RU/present ~450@RU/present",
        """VLADIVOSTOK (Pacific Rim Wire) - About 3,200 North Korean workers are employed on
        building sites in Primorsky Krai, the regional migration department said on Tuesday.
        A further 900 North Korean labourers work at logging camps in Amur Oblast, and around
        450 are in Khabarovsk, the department added. || It did not say how the workers had
        entered Russia.""",
    ),
    (
        "W1",
        "dandong-broker-moscow",
        "=600@RU/present",
        """A labour broker based in Dandong said 600 North Korean seamstresses he placed last
        year now work at garment workshops in Moscow. "The Chinese factories could not pay
        enough," he told the Seoul-based outlet by phone. || He declined to name the Russian
        firms.""",
    ),
    (
        "W1",
        "via-vladivostok-kuwait",
        "~150@KW/dispatched",
        """About 150 North Korean construction workers flew to Kuwait via Vladivostok and Dubai
        in October, according to flight records reviewed by a Seoul monitoring group. The
        group said the route avoided Chinese airports. || Kuwait said in 2017 it would stop
        issuing visas to North Koreans.""",
    ),
    (
        "W1",
        "back-from-kuwait",
        "~200@KW/repatriated",
        """About 200 North Korean construction workers returned from Kuwait this month after
        their contracts ran out, a source in Pyongyang told the outlet. The men had worked on
        road projects for a local contractor for three years. || The source said they were
        questioned for a week on arrival.""",
    ),
    (
        "W1",
        "not-china-but-russia",
        "=1300@RU/dispatched",
        """The 1,300 workers recruited in South Hamgyong this spring were sent not to China but
        to Russia, a source in the province told Daily Focus. They are now building apartment
        blocks in Khabarovsk, the source said. || Families had expected them to go to
        Shenyang.""",
    ),
    (
        "W1",
        "russia-and-china-together",
        "~50000@RU,CN/present",
        """SEOUL (Han River Post) - Roughly 50,000 North Korean workers are in Russia and China
        combined, a Seoul think tank estimated in a report on Monday. The report did not split
        the figure between the two countries. || It said earnings were falling as the won
        weakened.""",
    ),
    (
        "W1",
        "mekong-respectively",
        "~1000@LA/present ~500@KH/present ~300@VN/present",
        """Laos, Cambodia and Vietnam host about 1,000, 500 and 300 North Korean workers
        respectively, according to a study by a Bangkok research institute. Most of them work
        in restaurants, clinics and on building sites, the study said. || None of the three
        governments commented.""",
    ),
    (
        "W1",
        "overseas-total",
        "~100000@M49:001/present",
        """SEOUL (Korea Ledger) - North Korea still has about 100,000 workers overseas, South
        Korea's spy agency told lawmakers on Wednesday. The agency said they earn the regime
        hundreds of millions of dollars a year. || It gave no breakdown by country.""",
    ),
]

# Batch W2, written blind: Chinese provinces and cities, court reports, the headline's place.
BATCH_2: list[Article] = [
    (
        "W2",
        "dandong-seafood",
        "~2000@CN/present",
        """DANDONG (Liaoning Business Daily) - Seafood processors in Dandong employ around 2,000
        North Korean women, local traders say. The women peel shrimp and pack squid for export
        to Japan and Europe. || Inspectors from Beijing visited two plants last week.""",
    ),
    (
        "W2",
        "hunchun-jilin-garments",
        "~1500@CN/present",
        """About 1,500 North Korean workers sew clothes at factories in Hunchun, in Jilin
        province, a Washington-based rights group said in a report. The group said the workers
        are not allowed to leave their dormitories. || The Chinese foreign ministry called the
        report groundless.""",
    ),
    (
        "W2",
        "zhejiang-indictment",
        "~80@CN/present",
        """A federal court in Missouri unsealed an indictment on Thursday accusing 14 North
        Koreans of running a scheme that used some 80 North Korean IT workers based in Zhejiang
        province to take remote jobs with American firms. Prosecutors said the scheme earned at
        least $88 million over six years. || The defendants remain at large.""",
    ),
    (
        "W2",
        "liaoning-restaurants",
        "v2@CN/present",
        """Restaurants in Shenyang and elsewhere in Liaoning province still employ several
        hundred North Korean waitresses, a Chinese business weekly reported. The restaurants
        are popular with South Korean tourists. || Prices have risen since the pandemic.""",
    ),
    (
        "W2",
        "headline-dandong-sent-home",
        "~300@CN/repatriated",
        """Dandong factories lose North Korean staff // About 300 North Korean workers were sent
        home last month after their visas expired, a factory manager said. The manager said
        replacements had been promised for the spring. || Local officials declined to
        comment.""",
    ),
    (
        "W2",
        "shenyang-court",
        "=46@CN/present",
        """A court in Seoul on Friday jailed a businessman for two years for brokering the
        employment of 46 North Korean workers at a fish-processing plant in Liaoning, China.
        Judges said he had received commissions in cash. || He plans to appeal.""",
    ),
    (
        "W2",
        "dalian-shipyard-and-tumen",
        "~400@CN/present ~250@CN/present",
        """About 400 North Korean welders work at a shipyard in Dalian and some 250 more at a
        foundry in Tumen, according to a report by a Seoul research group. Both cities lie in
        China's northeast. || The report cited satellite imagery and interviews.""",
    ),
    (
        "W2",
        "jilin-not-russia",
        "=700@CN/dispatched",
        """The 700 North Korean workers who crossed the border in April went not to Russia, as
        first reported, but to factories in Jilin province, a trader in Yanji said. He said
        they arrived by bus. || The trader said more groups were expected.""",
    ),
]

# Batch W3, written blind: Mongolia, Central Asia and Southeast Asia; transit through a
# capital; a speaker's country against the workers'.
BATCH_3: list[Article] = [
    (
        "W3",
        "ulaanbaatar-past",
        "~1200@MN/present",
        """ULAANBAATAR (Steppe Daily) - About 1,200 North Koreans worked on building sites and in
        sewing shops in Ulaanbaatar in 2017, the labour ministry said on Tuesday. The ministry
        said all of them had since left the country. || It gave no date for the last
        departure.""",
    ),
    (
        "W3",
        "vientiane-phnom-penh",
        "~400@LA/present ~200@KH/present",
        """Some 400 North Korean workers remain in Vientiane and about 200 in Phnom Penh,
        according to a regional security analyst. Most work in restaurants and art studios, he
        said. || Both governments say they enforce UN sanctions.""",
    ),
    (
        "W3",
        "beijing-transit-ulaanbaatar",
        "~250@MN/dispatched",
        """Nearly 250 North Korean workers travelled through Beijing to Ulaanbaatar last month
        on tourist visas, a Mongolian news site reported. They were taken to a housing project
        on the edge of the capital, the site said.""",
    ),
    (
        "W3",
        "bishkek-site",
        "=60@KG/present",
        """BISHKEK (Central Asia Courier) - Reporters found 60 North Korean builders working on a
        hotel outside Bishkek, although Kyrgyzstan says it has issued no permits to North
        Koreans since 2018. The site's owner said the men were hired through a Russian
        subcontractor. || The migration service said it would investigate.""",
    ),
    (
        "W3",
        "tashkent-almaty",
        "~30@UZ/present ~40@KZ/present",
        """About 30 North Korean workers are employed at a textile mill near Tashkent, an Uzbek
        news agency said, while some 40 work at construction firms in Almaty, Kazakhstan. || The
        agency cited local residents.""",
    ),
    (
        "W3",
        "seoul-official-cambodia",
        "~500@KH/present",
        """A South Korean official in Seoul said about 500 North Korean workers were still in
        Cambodia, mostly at restaurants and on building sites in Phnom Penh and Siem Reap. ||
        Cambodia says it sent all North Korean workers home in 2019.""",
    ),
    (
        "W3",
        "southeast-asia-region",
        "~2000@M49:035/present",
        """An estimated 2,000 North Korean workers remain in Southeast Asia, a UN official said,
        mostly in Laos. || The official spoke on condition of anonymity.""",
    ),
    (
        "W3",
        "thailand-transit-laos",
        "~90@LA/dispatched",
        """Around 90 North Korean IT workers crossed from Thailand into Laos last week, a Thai
        immigration officer said. He said they had flown to Bangkok from Shenyang and were
        headed for jobs in Vientiane. || Thai police said they had no grounds to stop them.""",
    ),
]

# Batch W4, written blind: the Gulf and Africa: cities for their country, "respectively",
# return and expulsion from a host, a world region against a country inside it, transit.
BATCH_4: list[Article] = [
    (
        "W4",
        "doha-lusail",
        "~2800@QA/present",
        """About 2,800 North Korean workers helped build roads and stadiums around Doha and
        Lusail before the World Cup, a Norwegian labour researcher said. The workers lived in
        camps in the desert and handed most of their pay to a state company. || Qatar said it
        had not renewed their permits.""",
    ),
    (
        "W4",
        "dubai-sharjah",
        "~1000@AE/present",
        """Some 1,000 North Korean labourers are working on construction sites in Dubai and
        Sharjah, a Gulf business newsletter reported, citing two contractors. The men are
        registered as employees of third-country firms. || The UAE ministry of human resources
        did not respond.""",
    ),
    (
        "W4",
        "kuwait-qatar-respectively",
        "~4000@KW/present ~2500@QA/present",
        """KUWAIT CITY (Gulf Labour Monitor) - Kuwait and Qatar employed about 4,000 and 2,500
        North Korean workers respectively before the UN ban, the monitor said in a report. ||
        Both countries say the workers have since left.""",
    ),
    (
        "W4",
        "muscat-flown-home",
        "~90@OM/repatriated",
        """About 90 North Korean builders were flown home from Muscat in December, Omani
        officials said, after their visas were cancelled. || Oman hosted North Korean crews on
        several hotel projects in the past decade.""",
    ),
    (
        "W4",
        "middle-east-mostly-kuwait",
        "~6000@M49:145/present",
        """An estimated 6,000 North Korean workers remain in the Middle East, mostly in Kuwait
        and the United Arab Emirates, a Seoul institute said. || The institute said most work
        in construction.""",
    ),
    (
        "W4",
        "luanda-housing",
        "~350@AO/present",
        """LUANDA (Angola Press Review) - About 350 North Korean workers are building a housing
        estate on the outskirts of Luanda, residents and a site engineer said. The engineer
        said the project was financed by a Chinese bank. || Angola told the UN in 2019 that it
        had no North Korean workers.""",
    ),
    (
        "W4",
        "windhoek-and-dar",
        "~250@NA/present ~120@TZ/present",
        """About 250 North Korean workers were employed by a state firm on projects in Windhoek,
        the UN panel found, while some 120 North Korean doctors worked in clinics in Dar es
        Salaam. || Namibia and Tanzania later said the contracts had ended.""",
    ),
    (
        "W4",
        "addis-to-equatorial-guinea",
        "~90@GQ/dispatched",
        """About 90 North Korean construction workers changed planes in Addis Ababa last week
        bound for Equatorial Guinea, an airline employee told the Ethiopian weekly. He said the
        group travelled on a single booking. || Ethiopia has no known North Korean
        workforce.""",
    ),
]

# Batch W5, written blind: Europe (ports and demonym sites), occupied Ukraine against Kursk,
# UN-panel summaries, ship tracking, negated places and "abroad".
BATCH_5: list[Article] = [
    (
        "W5",
        "gdansk-klaipeda",
        "~80@PL/present ~40@LT/present",
        """About 80 North Korean welders worked at a shipyard in Gdansk and another 40 at a yard
        in Klaipeda until 2018, according to a Nordic investigative project. || Poland and
        Lithuania both stopped issuing permits that year.""",
    ),
    (
        "W5",
        "maltese-lithuanian-sites",
        "~150@MT,LT/present",
        """Some 150 North Koreans worked on Maltese construction sites and at Lithuanian
        shipyards in the years before the ban, an EU-funded study found. The study said they
        were hired through agencies in Poland. || Malta said it had investigated.""",
    ),
    (
        "W5",
        "donetsk-up-to",
        "<5000@UA/planned",
        """Up to 5,000 North Korean construction workers will be sent to rebuild Donetsk, a
        Russian-installed official said on Thursday. He did not say when they would arrive. ||
        Kyiv called the plan a violation of UN sanctions.""",
    ),
    (
        "W5",
        "donbas-and-kursk",
        "~1500@UA/planned ~1000@RU/planned",
        """About 1,500 North Korean builders will go to the Donbas and about 1,000 to Kursk, a
        Moscow newspaper reported, citing a source in the construction ministry. || The
        workers are to repair housing damaged in the fighting.""",
    ),
    (
        "W5",
        "panel-senegal-eg",
        "~700@SN,GQ/present",
        """UN experts said in their latest report that about 700 North Korean workers were
        employed in Senegal and Equatorial Guinea, mainly on statue and construction projects.
        The panel said it had written to both governments.""",
    ),
    (
        "W5",
        "ferry-rajin-vladivostok",
        "~300@RU/dispatched",
        """A North Korean ferry carried about 300 workers from Rajin to Vladivostok last month,
        ship-tracking data show. The vessel returned to Rajin two days later with an empty
        deck. || A Russian port official declined to comment.""",
    ),
    (
        "W5",
        "not-qatar-but-kuwait",
        "=400@KW/present",
        """The 400 North Korean workers named in the leaked contracts are not in Qatar, as first
        reported, but in Kuwait, the rights group said in a correction on Friday. || The
        contracts run until 2026.""",
    ),
    (
        "W5",
        "europe-mostly-poland",
        "~500@M49:150/present",
        """About 500 North Korean workers remained in Europe in 2017, mostly in Poland, an
        academic study estimated. || The study said the number had since fallen sharply.""",
    ),
]

# Batch W6, written blind (after W1-W5 were run, before any fix): lists in brackets and
# "respectively" over regions and cities, demonym workplaces, "not only ... but also",
# "outside Russia and China", a former host against the present one, journeys through a
# border city.
BATCH_6: list[Article] = [
    (
        "W6",
        "krais-respectively",
        "=2100@RU/dispatched =1600@RU/dispatched",
        """KHABAROVSK (Amur Wire) - Primorsky and Khabarovsk krais took in 2,100 and 1,600
        North Korean workers respectively in the first nine months of the year, the regional
        interior ministry said. || Most were hired by construction firms.""",
    ),
    (
        "W6",
        "cities-respectively-two-countries",
        "=800@RU/present =1200@CN/present",
        """Khabarovsk and Dandong host 800 and 1,200 North Korean workers, respectively, a
        Seoul-based monitoring group said in its annual report. || The group said both figures
        were conservative.""",
    ),
    (
        "W6",
        "bracketed-country-list",
        "~20000@RU/present ~15000@CN/present ~2000@KW/present",
        """The institute's estimate of North Korean workers abroad by host: Russia (about
        20,000), China (about 15,000) and Kuwait (about 2,000). || It said the Russian figure
        had doubled in two years.""",
    ),
    (
        "W6",
        "logging-camps-seafood-plants",
        "v4@RU,CN/present",
        """Russian logging camps and Chinese seafood plants still employ tens of thousands of
        North Koreans, a report by a London-based rights group said on Tuesday. || The group
        urged buyers to check their supply chains.""",
    ),
    (
        "W6",
        "not-only-russia-belarus",
        "~3000@RU,BY/present",
        """About 3,000 North Korean construction workers are now employed not only in Russia but
        also in Belarus, a Minsk opposition website reported, citing leaked contracts. || The
        Belarusian government did not comment.""",
    ),
    (
        "W6",
        "outside-russia-china",
        "~5000@M49:001/present",
        """Outside Russia and China, North Korea still has about 5,000 workers abroad, mostly in
        Africa and Southeast Asia, a Seoul researcher estimated. || He said the number was
        falling.""",
    ),
    (
        "W6",
        "from-poland-to-russia",
        "~800@RU/present",
        """About 800 North Korean welders who used to work at Polish shipyards are now employed
        at a yard in Nakhodka, a Lithuanian investigative site reported. || Poland stopped
        issuing them permits in 2018.""",
    ),
    (
        "W6",
        "through-dandong-to-russia",
        "~400@RU/dispatched",
        """Around 400 North Korean workers crossed into Dandong by train last week and continued
        to Russia's Far East, a Chinese trader told Daily Focus. || The trader said the group
        was the largest he had seen this year.""",
    ),
]

# Batch W7, written blind (before any fix): occupied Ukraine and Russian border regions,
# returns and expulsions from a host, ship tracking, the headline's place with a foreign
# dateline.
BATCH_7: list[Article] = [
    (
        "W7",
        "luhansk-mariupol-belgorod",
        "~600@UA/present ~300@RU/present",
        """About 600 North Korean builders are working in Luhansk and Mariupol, Ukraine's
        military intelligence said, while some 300 more are clearing rubble in Belgorod. || It
        did not say who was paying them.""",
    ),
    (
        "W7",
        "crimea-resorts",
        "=200@UA/present",
        """A Crimean news site reported that 200 North Korean workers were renovating
        sanatoriums near Yalta for the coming season. || Russia annexed the peninsula in
        2014.""",
    ),
    (
        "W7",
        "recalled-from-angola",
        "~150@AO/repatriated",
        """North Korea recalled about 150 workers from Angola in March after the government in
        Luanda cancelled their contracts, a diplomat in Pretoria said. || Angola had been one of
        the largest hosts in Africa.""",
    ),
    (
        "W7",
        "left-poland",
        "=51@PL/repatriated",
        """The last 51 North Korean workers left Poland in 2019 when their permits ran out, the
        Polish labour inspectorate said in a written reply. || The inspectorate said it had
        found no new cases since.""",
    ),
    (
        "W7",
        "nampho-nakhodka-tracking",
        "~400@RU/dispatched",
        """Ship-tracking data show a North Korean cargo vessel sailed from Nampho to Nakhodka
        in May with about 400 workers on board, a Washington think tank said. || It said the
        ship switched off its transponder near Vladivostok.""",
    ),
    (
        "W7",
        "headline-amur-seoul-dateline",
        "~2000@RU/dispatched",
        """North Korean workers pour into Amur region // SEOUL (Yonhap) - About 2,000 North
        Korean workers arrived this year, officials in Blagoveshchensk said. || The officials
        said the workers were needed on farms and building sites.""",
    ),
    (
        "W7",
        "sinuiju-home-from-russia",
        "~500@RU/repatriated",
        """About 500 North Korean workers crossed the bridge from Dandong into Sinuiju on their
        way home from Russia last week, Chinese customs officers said. || The workers had spent
        three years on Russian building sites.""",
    ),
    (
        "W7",
        "kazakhstan-deported-entered-from-russia",
        "=50@KZ/repatriated",
        """Kazakhstan deported 50 North Korean workers who had entered from Russia on tourist
        visas, the migration police said on Wednesday. || They had been working at a cement
        plant in Shymkent.""",
    ),
]

# Batch W8, written blind (before any fix): UN-panel and court summaries, seats and
# outlets in one country and the workers in another, "including" after a world figure,
# Gulf and African capitals.
BATCH_8: list[Article] = [
    (
        "W8",
        "beijing-officials-laos",
        "~300@LA/present",
        """Officials in Beijing said about 300 North Koreans were working in Laos under
        contracts signed before 2017. || The officials spoke at a briefing on sanctions
        enforcement.""",
    ),
    (
        "W8",
        "forty-countries-including",
        "~100000@M49:001/present",
        """North Korea has about 100,000 workers in some 40 countries, including Russia and
        China, the US State Department said in its annual report. || It said they work up to
        20 hours a day.""",
    ),
    (
        "W8",
        "panel-abu-dhabi-manama",
        "~700@AE/present ~120@BH/present",
        """The UN panel said about 700 North Korean workers were employed on sites in Abu Dhabi,
        and some 120 in Manama, Bahrain. || Both governments told the panel they were
        investigating.""",
    ),
    (
        "W8",
        "kinshasa-kampala",
        "~90@CD/present ~60@UG/present",
        """About 90 North Korean builders are working on a monument in Kinshasa and some 60
        medics at hospitals in Kampala, according to a UN panel report seen by this agency. ||
        Uganda said the medical contracts would end this year.""",
    ),
    (
        "W8",
        "court-prague-workers-in-germany",
        "=28@DE/present",
        """A court in Prague convicted a Czech recruiter of arranging jobs for 28 North Korean
        workers at a meat plant in Saxony, Germany. || The recruiter was fined and given a
        suspended sentence.""",
    ),
    (
        "W8",
        "yakutia-sakhalin",
        "~700@RU/present ~450@RU/present",
        """About 700 North Korean workers are employed in Yakutia and some 450 on Sakhalin,
        regional officials said. || The officials said most work in construction.""",
    ),
    (
        "W8",
        "gulf-and-africa",
        "~3000@M49:145,M49:002/present",
        """About 3,000 North Korean workers remain in the Gulf and in Africa, a Seoul researcher
        estimated. || He said sanctions had made their work harder to track.""",
    ),
    (
        "W8",
        "malabo-bata",
        "v2@GQ/present",
        """Several hundred North Korean workers are building roads in Malabo and Bata, a Spanish
        newspaper reported, quoting residents. || Equatorial Guinea denies the reports.""",
    ),
]

# Batch W9, written blind after the fixes of W1-W8: region adjectives before "countries",
# unnamed reporting states, a demonym on the acting officials, "overseas" in the figure's
# noun phrase with a country in the next sentence, a figure stated twice.
BATCH_9: list[Article] = [
    (
        "W9",
        "african-and-gulf-countries",
        "~40000@M49:002,M49:145/present",
        """Pyongyang's overseas labour has shifted away from Russia, a Seoul researcher said.
        Most of the remaining 40,000 workers are in African and Gulf countries, she estimated.
        || She gave no country figures.""",
    ),
    (
        "W9",
        "reporting-states",
        "=9000@M49:001/repatriated",
        """Thirty reporting states told the UN sanctions committee that they had sent home 9,000
        North Korean workers by the deadline, diplomats said. Russia and China were not among
        them. || The committee meets again in May.""",
    ),
    (
        "W9",
        "lithuanian-officials-permits",
        "=25@LT/present",
        """Lithuanian officials declined to renew work permits for 25 North Korean welders at a
        Klaipeda ship repair yard, a ministry spokesman said on Monday. || The men must leave by
        the end of the month.""",
    ),
    (
        "W9",
        "overseas-then-russia",
        "~70000@M49:001/present",
        """About 70,000 North Korean overseas workers earn foreign currency for the regime, a
        defector group said. Most of them are in Russia, it said. || The group did not explain
        its method.""",
    ),
    (
        "W9",
        "standfirst-repeated",
        "~6000@RU/dispatched",
        """About 6,000 North Korean workers went to Russia last year, a Seoul think tank said.
        || SEOUL (Korea Ledger) - About 6,000 North Korean workers went to Russia last year, a
        Seoul think tank said on Thursday. The think tank said most of them work in
        construction in the Far East.""",
    ),
    (
        "W9",
        "nakhodka-ussuriysk-blagoveshchensk",
        "~500@RU/present ~300@RU/present ~200@RU/present",
        """About 500 North Korean workers are in Nakhodka, some 300 in Ussuriysk and roughly 200
        in Blagoveshchensk, a Vladivostok business paper reported, citing regional migration
        offices. || The paper said their employers pay a fee to a North Korean trading
        company.""",
    ),
    (
        "W9",
        "qingdao-shandong-seafood",
        "~600@CN/present",
        """Some 600 North Korean women gut and freeze fish at plants in Qingdao, in Shandong
        province, a US-based investigative group said. || The group traced the seafood to
        supermarkets in Canada and Germany.""",
    ),
    (
        "W9",
        "yanji-donggang",
        "~1000@CN/present ~800@CN/present",
        """About 1,000 North Korean seamstresses work in Yanji and some 800 in Donggang,
        traders in the border region say. || Both towns lie close to the North Korean
        border.""",
    ),
]

# Batch W10, written blind after the fixes of W1-W8: more capitals and ports in Asia, the
# Gulf and Africa, a speaker's country named as a demonym, workers moved between hosts.
BATCH_10: list[Article] = [
    (
        "W10",
        "siem-reap-saigon",
        "~150@KH/present ~100@VN/present",
        """About 150 North Korean restaurant workers remain in Siem Reap and some 100 in Ho Chi
        Minh City, a Singapore-based analyst said. || Both restaurants have changed their
        names.""",
    ),
    (
        "W10",
        "yangon-kuala-lumpur",
        "=40@MM/present =30@MY/present",
        """Police in Yangon found 40 North Korean workers at a garment workshop, while 30 were
        found at a restaurant in Kuala Lumpur, the UN panel said in a summary. || Myanmar did
        not respond to the panel.""",
    ),
    (
        "W10",
        "al-khor-manama",
        "~400@QA/present",
        """About 400 North Korean labourers were housed in a camp near Al Khor, a human rights
        researcher based in Manama said. || She said they worked twelve-hour shifts.""",
    ),
    (
        "W10",
        "harare-maputo-respectively",
        "~200@ZW/present ~150@MZ/present",
        """Harare and Maputo hosted about 200 and 150 North Korean workers respectively in 2019,
        a South African think tank said. || It said most were building statues and
        monuments.""",
    ),
    (
        "W10",
        "moved-from-kuwait-to-oman",
        "~120@OM/dispatched",
        """About 120 North Korean builders were moved from Kuwait to Oman in February when their
        Kuwaiti visas expired, a Gulf newsletter said. || The newsletter cited a manager at the
        Omani contractor.""",
    ),
    (
        "W10",
        "dakar-conakry",
        "v2@SN,GN/present",
        """Hundreds of North Korean workers are employed on building sites in Dakar and Conakry,
        a French weekly reported. || Neither government commented.""",
    ),
    (
        "W10",
        "russian-official-in-china",
        "=300@CN/present",
        """A Russian trade official said 300 North Korean workers who had been in Khabarovsk were
        now working in Heilongjiang, in northeast China. || He did not say why they had
        left.""",
    ),
    (
        "W10",
        "antananarivo-kampala-shared",
        "~500@MG,UG/present",
        """About 500 North Korean medics and builders are working in Madagascar and Uganda, a
        Nairobi-based researcher said. || Both countries say they have ended their
        contracts.""",
    ),
]

# Batch W11, written blind after the fixes of W1-W8: Europe and Russia's west, ports,
# negated and excluded places, a ship's cargo of workers.
BATCH_11: list[Article] = [
    (
        "W11",
        "szczecin-gdynia",
        "~60@PL/present ~90@PL/present",
        """About 60 North Korean welders worked at a yard in Szczecin and some 90 in Gdynia in
        2016, Polish labour inspectors found. || The inspectors said the men had no days
        off.""",
    ),
    (
        "W11",
        "valletta-textile",
        "=20@MT/present",
        """Twenty North Korean workers were employed at a textile factory near Valletta in 2017,
        a Maltese newspaper reported. || Malta later refused to renew their permits.""",
    ),
    (
        "W11",
        "rostov-smolensk",
        "~1200@RU/present ~400@RU/present",
        """About 1,200 North Korean construction workers are in the Rostov region and some 400 in
        Smolensk, a Moscow labour lawyer said. || He said most had entered on student
        visas.""",
    ),
    (
        "W11",
        "excluding-china",
        "~30000@M49:001/present",
        """Excluding China, about 30,000 North Korean workers remain abroad, a Seoul institute
        estimated. || It said China does not publish any figures.""",
    ),
    (
        "W11",
        "not-in-vladivostok",
        "=350@RU/present",
        """The 350 North Korean builders are not in Vladivostok, as the regional governor had
        claimed, but in Moscow, a Russian news site said. || The governor's office did not
        comment.""",
    ),
    (
        "W11",
        "ship-chongjin-nakhodka",
        "~250@RU/dispatched",
        """A cargo ship that left Chongjin on Monday unloaded about 250 North Korean workers in
        Nakhodka two days later, ship-tracking data and port records show. || The vessel is
        under US sanctions.""",
    ),
    (
        "W11",
        "minsk-court",
        "=15@BY/present",
        """A court in Minsk fined a building firm for employing 15 North Korean workers without
        permits, Belarusian media reported. || The firm said it would appeal.""",
    ),
    (
        "W11",
        "kursk-and-occupied-zaporizhzhia",
        "~800@RU/present ~500@UA/present",
        """About 800 North Korean workers are rebuilding homes in the Kursk region and some 500
        more are working in occupied Zaporizhzhia, Ukraine's intelligence service said. || It
        published no evidence.""",
    ),
]

# Batch W12, written blind after the fixes of W1-W8 (before any change for W9-W11): the place
# carried by "there", "the country", "the region", a first group in the sentence after a
# dispatch to a country, a second figure in the same clause, "elsewhere in the Gulf", a whole
# split by place, a rise from a baseline.
BATCH_12: list[Article] = [
    (
        "W12",
        "far-east-there",
        "~2000@RU/present",
        """Builders in Russia's Far East are short of hands as the war drags on. || Local
        officials say about 2,000 North Korean labourers now work there, mostly on apartment
        blocks. They did not say who employs them.""",
    ),
    (
        "W12",
        "mongolia-the-country",
        "~300@MN/present",
        """SEOUL (Han River Post) - Mongolia has quietly renewed contracts for North Korean
        workers, a South Korean diplomat said on Friday. About 300 remain in the country, he
        said, most of them sewing cashmere garments. || Seoul has raised the issue with
        Ulaanbaatar.""",
    ),
    (
        "W12",
        "kuwait-first-group",
        "=150@KW/dispatched",
        """Pyongyang has begun sending construction workers to Kuwait again, a Gulf newsletter
        reported. The first group of 150 arrived last week, it said. || Kuwait did not
        comment.""",
    ),
    (
        "W12",
        "moscow-and-another",
        "~3000@RU/present =1000@RU/planned",
        """About 3,000 North Korean workers are employed in Moscow, and another 1,000 are
        expected next year, a city official said. || Most work for subcontractors on housing
        projects.""",
    ),
    (
        "W12",
        "kuwait-elsewhere-gulf",
        "~500@KW/present ~300@M49:145/present",
        """About 500 North Korean labourers are in Kuwait and some 300 elsewhere in the Gulf, an
        Arab newspaper reported, citing diplomats. || Kuwait has denied hosting any.""",
    ),
    (
        "W12",
        "whole-split-by-place",
        "=10000@M49:001/present ~7000@RU/present",
        """Of the 10,000 North Korean workers abroad counted by the study, about 7,000 are in
        Russia, the authors said. || The rest are spread across China and Southeast Asia.""",
    ),
    (
        "W12",
        "rose-from-baseline",
        "~15000@RU/present ~8000@RU/present",
        """The number of North Korean workers in Russia rose to about 15,000 this year from
        roughly 8,000 in 2023, a Seoul institute said. || The institute cited visa
        statistics.""",
    ),
    (
        "W12",
        "lao-capital",
        "~200@LA/present",
        """The Lao capital still hosts about 200 North Korean workers at restaurants and a
        clinic, a diplomat in Bangkok said. || Laos says it complies with UN sanctions.""",
    ),
]

# Batch W13, written blind after the fixes of W1-W8: firms of one nation in another, an
# agency's seat, the Russian capital and Sakhalin island, a return via a border city, the
# expelling state as the host.
BATCH_13: list[Article] = [
    (
        "W13",
        "russian-firms-in-kazakhstan",
        "=70@KZ/present",
        """Seventy North Korean workers employed by Russian firms in Kazakhstan were found at a
        steel plant in Karaganda, Kazakh media reported. || The firms denied wrongdoing.""",
    ),
    (
        "W13",
        "chinese-run-factories-cambodia",
        "~400@KH/present",
        """About 400 North Korean women sew garments at Chinese-run factories in Cambodia, a
        labour rights group based in Hong Kong said. || The factories export to Europe.""",
    ),
    (
        "W13",
        "gdansk-agency-dutch-yards",
        "=40@NL/present",
        """A Polish agency based in Gdansk placed 40 North Korean welders at Dutch shipyards,
        according to court papers filed in Rotterdam. || The agency has since closed.""",
    ),
    (
        "W13",
        "russian-capital-sakhalin",
        "~1500@RU/present ~600@RU/present",
        """About 1,500 North Korean builders work in the Russian capital and some 600 on the
        island of Sakhalin, a Moscow weekly reported. || Neither figure could be
        confirmed.""",
    ),
    (
        "W13",
        "home-from-russia-via-dandong",
        "~400@RU/repatriated",
        """About 400 North Korean workers returned home from Russia via Dandong this week, a
        trader in the Chinese border city said. || They had worked in the Far East for three
        years.""",
    ),
    (
        "W13",
        "malta-expelled",
        "=20@MT/repatriated",
        """Malta expelled 20 North Korean workers in 2017 after their permits were revoked, a
        European Commission report said. || The report covered all 27 member states.""",
    ),
    (
        "W13",
        "emirates-and-oman",
        "~1200@AE/present ~300@OM/present",
        """About 1,200 North Korean workers remain in the Emirates and about 300 in Oman,
        according to a report by a Seoul research centre. || The centre said both figures
        were estimates.""",
    ),
    (
        "W13",
        "yanbian-prefecture",
        "~3000@CN/present",
        """About 3,000 North Korean workers are employed in the Yanbian Korean Autonomous
        Prefecture, a Chinese provincial official told a visiting delegation. || He did not
        give a breakdown by sector.""",
    ),
]

# Batch W14, written blind after the W1-W8 fixes (no change since): descriptors for a country
# named before ("the Central Asian nation", "the Gulf state", "both countries"), capitals as
# their governments (a host that takes workers, a speaker that does not), "the Russian port
# of Vanino", "the northeastern Chinese province of Liaoning", "the host country".
BATCH_14: list[Article] = [
    (
        "W14",
        "central-asian-nation",
        "~200@TJ/present",
        """DUSHANBE (Pamir News) - Tajikistan has never officially admitted North Korean
        workers. But about 200 are building a government complex in the Central Asian nation,
        two engineers said. || The foreign ministry declined to comment.""",
    ),
    (
        "W14",
        "moscow-takes-in",
        "~10000@RU/dispatched",
        """Moscow has taken in about 10,000 North Korean workers since January, while Beijing
        says it has admitted none, a Japanese newspaper reported. || Both governments deny
        breaching UN sanctions.""",
    ),
    (
        "W14",
        "port-of-vanino",
        "~350@RU/present",
        """About 350 North Korean dockers and loggers work around the Russian port of Vanino,
        according to a report by a Tokyo think tank. || Timber from the area is shipped to
        Japan and China.""",
    ),
    (
        "W14",
        "northeastern-chinese-province",
        "~5000@CN/present",
        """Some 5,000 North Korean workers are employed in the northeastern Chinese province of
        Liaoning, a US congressional commission said. || It urged importers to audit their
        suppliers.""",
    ),
    (
        "W14",
        "both-countries",
        "~1500@QA,KW/present",
        """Qatar and Kuwait say they have sent all North Korean workers home. But about 1,500
        are still working in both countries, a Seoul researcher said on Tuesday, citing satellite
        images of labour camps. || Neither government responded.""",
    ),
    (
        "W14",
        "the-host-country",
        "=45@NG/present",
        """Nigerian police arrested 45 North Korean workers at a quarry outside Abuja last week,
        officials said. The workers had overstayed their visas, and the host country is now
        deciding whether to deport them. || The quarry's owner fled.""",
    ),
    (
        "W14",
        "gulf-state-of-bahrain",
        "~80@BH/present",
        """About 80 North Korean builders are working on a hotel in the Gulf state of Bahrain, a
        regional newsletter reported. || The hotel's owner is a Saudi investor.""",
    ),
    (
        "W14",
        "ajman-emirate",
        "~250@AE/present",
        """Some 250 North Korean labourers live in a camp in the emirate of Ajman, an Emirati
        lawyer said. || He said their passports were held by a minder.""",
    ),
]

# Batch W15, written blind after the W1-W8 fixes (no change since): a quoted figure with
# its speaker's place after it, figures in a dateline town for the dateline's country, a
# list of cities across two countries, a shared figure after "between them".
BATCH_15: list[Article] = [
    (
        "W15",
        "quoted-foreman-irkutsk",
        "~120@RU/present",
        """"We have about 120 North Koreans on the dam, and they never take a day off," a
        foreman said in Irkutsk. || The dam is due to open next year.""",
    ),
    (
        "W15",
        "dateline-town-only",
        "=90@RU/dispatched",
        """TYNDA, Amur region (Siberia Wire) - A train carrying 90 North Korean track workers
        arrived here on Saturday, railway officials said. || They will repair the line to the
        north.""",
    ),
    (
        "W15",
        "cities-across-two-countries",
        "~2500@RU,CN/present",
        """About 2,500 North Korean workers are employed in Vladivostok, Khabarovsk, Dandong and
        Shenyang, according to a leaked list of contracts. || The list names 40 employers.""",
    ),
    (
        "W15",
        "between-them",
        "~900@LA,KH/present",
        """Laos and Cambodia host about 900 North Korean workers between them, a Thai researcher
        estimated. || He said the number had barely changed since 2019.""",
    ),
    (
        "W15",
        "overseas-workforce-no-place",
        "~60000@M49:001/present",
        """North Korea's overseas workforce numbers about 60,000, KINU estimated in its annual
        white paper. || The institute said the figure was uncertain.""",
    ),
    (
        "W15",
        "sent-abroad-plan",
        "=3000@M49:001/planned",
        """North Korea plans to send 3,000 more workers abroad this year, a source in Pyongyang
        told Daily NK. || The source did not name the destinations.""",
    ),
    (
        "W15",
        "kazakh-border-to-russia",
        "~180@RU/dispatched",
        """About 180 North Korean workers flew to Almaty and then crossed the border into Russia
        by bus, a Kazakh border guard told a local paper. || Their final destination was
        Novosibirsk.""",
    ),
    (
        "W15",
        "recalled-from-china-sent-to-russia",
        "~700@CN/repatriated ~500@RU/dispatched",
        """North Korea recalled about 700 workers from China in the spring and sent some 500
        others to Russia in the summer, a source in North Hamgyong province said. || The
        source said the moves were linked to wages.""",
    ),
]

# Batch W16, written blind after all the fixes above: "the two countries", "the city" and
# "the region" pointing back, local officials of a dateline town, a figure moved on from a
# first host, a headline country with a body city elsewhere, a UN-panel list with a region.
BATCH_16: list[Article] = [
    (
        "W16",
        "the-two-countries",
        "~4000@RU,BY/present",
        """Russia and Belarus signed a labour accord in March. About 4,000 North Korean workers
        are now employed in the two countries, a Lithuanian think tank estimated. || Neither
        government confirmed the figure.""",
    ),
    (
        "W16",
        "the-city-after-dateline",
        "~600@RU/present",
        """KHABAROVSK (Amur Wire) - The city's construction boom relies on foreign labour. Local
        officials say about 600 North Koreans work in the city, alongside thousands of
        migrants from Uzbekistan. || The officials did not name the firms.""",
    ),
    (
        "W16",
        "moved-on-from-first-host",
        "~250@MN/repatriated ~200@RU/dispatched",
        """About 250 North Korean workers left Mongolia last year, and some 200 of them were sent
        on to Russia, a Mongolian official said. || The official gave no reason.""",
    ),
    (
        "W16",
        "headline-russia-body-dandong-speaker",
        "v3@RU/dispatched",
        """Thousands of North Korean workers head for Russia // A trader in Dandong said
        thousands of North Korean workers had passed through the city on their way to Russia
        since January. || He said most travelled by train.""",
    ),
    (
        "W16",
        "panel-list-with-region",
        "~1000@LA/present ~300@M49:002/present",
        """The UN panel said about 1,000 North Korean workers were in Laos and some 300 in
        several African countries, including Senegal and Guinea. || It urged states to report
        fully.""",
    ),
    (
        "W16",
        "local-officials-region",
        "~1800@RU/present",
        """Labour shortages are acute in the Amur region, where about 1,800 North Korean workers
        are employed on farms and building sites, local officials said. || The region's
        population has fallen by a tenth since 2010.""",
    ),
    (
        "W16",
        "gulf-then-kuwait",
        "~2000@M49:145/present =500@KW/present",
        """About 2,000 North Korean workers remain in the Gulf, a diplomat said, and 500 of them
        are in Kuwait. || He said the rest were in Qatar and the UAE.""",
    ),
    (
        "W16",
        "tianjin-restaurant-court",
        "=18@CN/present",
        """A Seoul court heard that 18 North Korean waitresses had worked at a restaurant in
        Tianjin before they escaped in 2016. || The trial continues next week.""",
    ),
]

# Batch W17, written blind after all the fixes above (relevance included): hyphenated place
# modifiers ("Russia-bound", "a Kuwait-based contractor", "Qatari-funded projects in Sudan"),
# Central Asia as a region, people "from North Korea", a sentence-initial place adjective on
# a workplace, "the Far East" alone, a figure between two countries' officials.
BATCH_17: list[Article] = [
    (
        "W17",
        "russia-bound-train",
        "~400@RU/dispatched",
        """A Russia-bound train carried about 400 North Korean workers across the Tumen River
        bridge on Tuesday, a Chinese border resident said. || The train returned empty.""",
    ),
    (
        "W17",
        "kuwait-based-contractor",
        "~300@KW/present",
        """About 300 North Korean labourers employed by a Kuwait-based contractor have not been
        paid for four months, a rights group said. || The contractor did not respond.""",
    ),
    (
        "W17",
        "qatari-funded-sudan",
        "~150@SD/present",
        """Some 150 North Korean builders are working on Qatari-funded projects in Sudan,
        according to a confidential UN report. || Sudan has not answered the panel's
        letters.""",
    ),
    (
        "W17",
        "central-asia-region",
        "v2@M49:143/present",
        """Several hundred North Korean workers are believed to be in Central Asia, mostly on
        building sites, a Kazakh analyst said. || He said Russia remained the main host.""",
    ),
    (
        "W17",
        "people-from-north-korea",
        "~2500@RU/dispatched",
        """About 2,500 workers from North Korea entered the Primorye region in the first half
        of the year, the regional branch of the interior ministry said. || Most came on
        student visas.""",
    ),
    (
        "W17",
        "chinese-seafood-plants",
        "v3@CN/present",
        """Chinese seafood plants employ thousands of North Korean women, a report by a
        Washington-based group said. || The plants export shrimp and squid to the United States
        and Europe.""",
    ),
    (
        "W17",
        "the-far-east-alone",
        "~6000@RU/present",
        """About 6,000 North Korean workers are in the Far East, mostly in construction, a
        Russian regional official said. || The official spoke in Seoul.""",
    ),
    (
        "W17",
        "two-officials",
        "=85@MN/repatriated",
        """Mongolian officials told their South Korean counterparts that 85 North Korean
        workers had been sent home from Ulaanbaatar in March. || The talks were held in
        Seoul.""",
    ),
]

BATCHES = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6, BATCH_7, BATCH_8, BATCH_9]
BATCHES += [BATCH_10, BATCH_11, BATCH_12, BATCH_13, BATCH_14, BATCH_15, BATCH_16, BATCH_17]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "W9-african-and-gulf-countries": "count: 'Most of the remaining 40,000 workers are in "
    "African and Gulf countries' (no DPRK name in the sentence) reads as a share of a mixed "
    "workforce ('half of the mill's 1,200 employees are from North Korea') and is dropped; "
    "with 'North Korean workers' it is ~40000@M49:002,M49:145 as expected",
    "W12-whole-split-by-place": "count: 'Of the 10,000 North Korean workers abroad counted by "
    "the study, about 7,000 are in Russia' drops the part (without 'counted by the study' it "
    "is found): the fronted whole's participle clause hides the split by place",
    "W15-quoted-foreman-irkutsk": "count and relevance: '\"We have about 120 North Koreans on "
    "the dam ...,\" a foreman said in Irkutsk' (a quoted figure of people with 'have', no "
    "worker noun) is not counted, and the story scores 0.11",
}
KNOWN_DETAILS: dict[str, str] = {
    "W3-beijing-transit-ulaanbaatar": "status: 'travelled through Beijing to Ulaanbaatar last "
    "month on tourist visas' reads present, not dispatched",
    "W4-addis-to-equatorial-guinea": "status: 'changed planes in Addis Ababa last week bound "
    "for Equatorial Guinea' reads planned ('bound for' is a plan and a flow cue; the tie goes "
    "to planned), expected dispatched (they were on their way)",
    "W7-sinuiju-home-from-russia": "status: 'crossed the bridge ... on their way home from "
    "Russia' reads dispatched (the nearest cue, 'crossed'), not repatriated",
    "W13-gdansk-agency-dutch-yards": "status: 'placed 40 North Korean welders at Dutch "
    "shipyards' reads dispatched ('place' is a dispatch verb); present was expected when "
    "written (debatable: a placement is also an arrival)",
    "W17-russia-bound-train": "status: 'A Russia-bound train carried about 400 North Korean "
    "workers across the Tumen River bridge' reads recruiting, not dispatched",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
