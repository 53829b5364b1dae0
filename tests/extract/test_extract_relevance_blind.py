"""Relevance on unseen English articles, written blind (batch B1): labour told only by
work verbs or by words of employment ("felling larch", "grow cabbages", "staff",
"contracts"), DPRK workers as one figure in stories about Central Asian or other migrants,
sanctions, tourism or trade, and notices that name a DPRK state firm; against hard
negatives that say "North Korea" and speak of work, pay or dispatch (troops in Russia,
missiles, tourism, defectors in the South, South Korean workers abroad, Koryo-saram,
labour inside the DPRK, sports teams and art troupes abroad, Chinese and Russian workers
in the DPRK).

Every article was written for this file (people, outlets, firms and figures invented,
published facts restated in my own words); the articles and their expectations were
committed before the extractor was run on them. Relevant ones list the DPRK worker
figures they state (``workers`` claims, by value); these are checked with the gate on, so
a relevance miss also loses them.

Before any change (commit 32f2055, learned relevance model): relevance precision 0.593,
recall 0.457 (16 of 35 relevant found, 11 of 25 negatives read as relevant); worker figures
found with the gate on: 12 of 29.

Fixed (general rules, ``lang/en/cues.yaml`` relevance section and ``relevance.py``): work
verbs and occupations as labour words (generated inflections: cook, plaster, dig, pick,
grow, build ...; pickers, deckhands, acupuncturists ...), building sites, stints, writing
code or apps; the DPRK's labour-export firms named in sanctions designations as DPRK names
(a notice may name only the firm); other people abroad named by a phrase (soldiers, troops,
embassy staff, ethnic Koreans, Koryo-saram, Zainichi, hackers) are no evidence, nor the
labour sentence right after them that names no DPRK, unless their sentence also names
workers ("1,000 troops ... in addition to 2,000 labourers"); a figure counting DPRK
nationals beside other migrants keeps the sentence ("1,000 Central Asians and 350 North
Koreans"); "embassy"/"team" inside a "North Korean ... staff" phrase (the learned model as
shipped: retrained on the new features it decides this batch the same).
After: relevance precision 0.850, recall 0.971 (34 of 35 relevant, 6 of 25 negatives read as
relevant); worker figures 22 of 29 (six of the seven misses are the count stage's).
Later (test_extract_relevance_thin.py): "students-corn" passes, "sent to harvest corn on farms
in South Hwanghae province" placing its people at home.
"""

from __future__ import annotations

from .tables import relevance_tests

# name -> (text, worker figures); " // " ends a headline
RELEVANT: dict[str, tuple[str, list[float]]] = {
    "larch-brigade": (
        "A brigade of 80 men from North Korea has been felling larch north of Tynda since "
        "October, a forestry official in the Amur region said. They sleep in heated wagons at "
        "the edge of the cut. Their pay goes to a trading firm in Pyongyang, which hands them a "
        "small allowance.",
        [80],
    ),
    "cabbage-farm": (
        "On a leased farm outside Ussuriysk, some 150 North Koreans grow cabbages, potatoes "
        "and soybeans for the Vladivostok market. The farm's director says they arrived in "
        "March and will leave after the harvest. Locals rarely see them outside the fields.",
        [150],
    ),
    "down-jackets": (
        "Inside a fenced compound on the edge of Dandong, about 300 women from North Korea "
        "sew down jackets for a European outdoor brand, a supply-chain watchdog found. They "
        "stitch for up to fourteen hours a day. The brand said it had ended its orders with the "
        "supplier.",
        [300],
    ),
    "hotel-kitchen": (
        "At a hotel in Khabarovsk, a dozen North Koreans cook for guests and clean the rooms, "
        "the regional paper Amur Vesti reported. The hotel pays a Pyongyang agency for them "
        "rather than the cooks themselves. The manager did not answer questions.",
        [],
    ),
    "restaurant-contracts": (
        "The Pyongyang-themed restaurant in Vladivostok has renewed the contracts of its 20 "
        "staff from North Korea, the owner told a local website. The women serve cold noodles "
        "at lunch and sing for diners in the evening. Their passports are kept by the manager.",
        [20],
    ),
    "krasnodar-pickers": (
        "Orchards in the Krasnodar region rely on seasonal hands from Uzbekistan and "
        "Kyrgyzstan to pick apples, and officials counted about 6,000 of them this summer. "
        "Farm owners complain that the migrants leave for better pay in Moscow. Among the "
        "pickers were 400 North Koreans, housed apart from the others and brought in through a "
        "state company in Pyongyang.",
        [400],
    ),
    "novosibirsk-builders": (
        "Construction in Novosibirsk is short of hands, and contractors have turned to Tajik "
        "and Kyrgyz migrants, who make up most of the crews on the city's sites. Wages have "
        "risen by a fifth in a year. A smaller group of about 250 builders from the DPRK is "
        "putting up a residential block in the Leninsky district.",
        [250],
    ),
    "genco-notice": (
        "NOTICE TO EMPLOYERS. The Migration Service informs all employers that work permits "
        "issued to employees of the Korea General Corporation for External Construction "
        "(GENCO) are revoked as of 1 March. The 45 permit holders must leave the country within "
        "30 days. Employers who keep them on will be fined.",
        [45],
    ),
    "mansudae-notice": (
        "The finance ministry has frozen the accounts of a local branch of Mansudae Overseas "
        "Project Group, the studio that builds monuments abroad. The ministry said the "
        "company's 30 sculptors and builders had left the country in January.",
        [30],
    ),
    "customs-trade": (
        "China's customs data show trade with North Korea up by a tenth this year, led by wigs "
        "and false eyelashes. The figures leave out the wages of an estimated 50,000 North "
        "Koreans who stitch clothes and gut fish in Chinese factories, which analysts say are "
        "paid in cash to their minders.",
        [50000],
    ),
    "airport-jackets": (
        "Russian tour operators have started selling trips to the Wonsan-Kalma resort, and "
        "the first flights left Vladivostok this month. On the same flights, groups of North "
        "Korean men in matching jackets flew home after three-year stints on building sites in "
        "the Far East. One airline employee counted about 90 of them on a single plane.",
        [90],
    ),
    "acupuncture-laos": (
        "Two clinics in Vientiane are run by North Korean acupuncturists who treat patients "
        "for about $20 a session, a visiting reporter found. The clinics advertise 'Pyongyang "
        "medicine' in Lao and Chinese. Most of the fees are sent back to the North, a former "
        "employee said.",
        [],
    ),
    "dockyard-repairs": (
        "Fishing trawlers at a dockyard in Nakhodka are repaired and repainted by 60 men from "
        "North Korea, local union activists said. The men are not on the yard's books; a "
        "subcontractor invoices the yard for their hours.",
        [60],
    ),
    "brick-kiln": (
        "At a brick works outside Ulaanbaatar, North Koreans still mould and fire bricks "
        "through the summer, two years after Mongolia told the UN all of them had gone home. A "
        "neighbour said he had counted about 40 on the site.",
        [40],
    ),
    "greenhouse-women": (
        "Greenhouses outside Artyom produce tomatoes and cucumbers all year, tended by 120 "
        "women from North Korea, a company brochure says. The brochure praises their "
        "discipline. The firm's owner would not say how the women were hired.",
        [120],
    ),
    "chukotka-deal": (
        "The government of Chukotka has signed a deal to bring in 200 North Korean builders "
        "for a new port terminal, a regional deputy said. Local firms cannot find enough "
        "tradesmen for the short building season.",
        [200],
    ),
    "warehouse-fine": (
        "A court in Vladivostok fined a renovation firm 800,000 roubles for lodging 35 North "
        "Koreans in an unheated warehouse. The men had been plastering and tiling flats in "
        "new apartment blocks. They were put on a ferry to Rajin after the hearing.",
        [35],
    ),
    "asylum-consulate": (
        "Two North Korean men who had been building houses near Moscow fled their site and "
        "asked for asylum at the South Korean embassy, a Seoul newspaper reported. Their group "
        "of 25 stayed behind under a foreman from Pyongyang.",
        [25],
    ),
    "eu-genco": (
        "The EU has added the Korea General Corporation for External Construction to its "
        "sanctions list. The firm sends building crews from North Korea to Russia and the "
        "Middle East and passes their earnings to the state. Diplomats said the listing was "
        "long overdue.",
        [],
    ),
    "shenyang-singers": (
        "The singers and cooks of a North Korean restaurant in Shenyang were flown home this "
        "week after the owner failed to pay the monthly fee to Pyongyang, a trader in the city "
        "said. The restaurant has since closed.",
        [],
    ),
    "migration-statistics": (
        "Russia's migration statistics for the first quarter show 1.2 million entries by "
        "citizens of Uzbekistan and 800,000 by citizens of Tajikistan. Far fewer came from "
        "North Korea: 3,600 entries, almost all of them declaring work as the purpose of their "
        "visit.",
        [3600],
    ),
    "astana-finishers": (
        "Kazakhstan's building boom draws tens of thousands of migrants from its neighbours. "
        "A contractor in Astana said he had 30 North Korean finishers on one of his sites, "
        "hired through a firm registered in Pyongyang, and was happy with their work.",
        [30],
    ),
    "trawler-deckhands": (
        "The deckhands of a squid trawler detained off Sakhalin were all from North Korea, "
        "the Russian border service said. The 22 men had been hired through a manning agency "
        "in Chongjin. The ship's Russian owner was charged with breaking sanctions.",
        [22],
    ),
    "berry-pickers": (
        "Blueberry farms in Primorye have taken on seasonal pickers from North Korea for the "
        "first time since the pandemic, a farmers' association said. About 70 arrived in July "
        "and will stay until the frosts.",
        [70],
    ),
    "panel-summary": (
        "The panel's final report covers ship-to-ship transfers of oil, the theft of "
        "cryptocurrency and arms deals with Russia. It also says about 1,000 North Koreans "
        "remain employed in Cambodia, Laos and Vietnam, mostly in restaurants and on building "
        "sites, in breach of the resolutions.",
        [1000],
    ),
    "app-developers": (
        "A freelance platform removed hundreds of accounts that it said belonged to North "
        "Koreans writing apps for clients in Europe and America. The accounts had used stolen "
        "identities and were paid into wallets controlled by Pyongyang, the company said.",
        [],
    ),
    "uzbek-kitchens-mixed": (
        "Moscow's restaurants have long depended on cooks and dishwashers from Central Asia. "
        "Owners say sanctions on Russia have made the migrants costlier to keep. One chain, "
        "though, has hired 15 North Korean chefs through an agency in Vladivostok, a food "
        "trade magazine reported.",
        [15],
    ),
    "crab-processing": (
        "A crab cannery in Kamchatka has 110 North Korean women cleaning and packing crab "
        "meat for export, according to the plant's own job advert for a Korean-speaking "
        "supervisor. The advert says the women live in the plant's hostel.",
        [110],
    ),
    "tourism-and-guides": (
        "Chinese tour groups are back in Dandong, and boat trips along the Yalu are fully "
        "booked. The city's North Korean-run hotel, whose receptionists and cleaners were all "
        "sent from Pyongyang, has reopened for the season.",
        [],
    ),
    "mural-painters": (
        "A team of eight artists from Pyongyang spent the spring painting murals in a new "
        "government building in Equatorial Guinea, officials said. The contract was signed "
        "with a North Korean state studio.",
        [8],
    ),
    "sanctions-enforcement-ships": (
        "South Korea's coast guard seized a freighter carrying North Korean coal last month. "
        "Officials said the ship's owner also ran a business placing North Korean seamen on "
        "foreign vessels, and about 40 of them were working on ships in the East China Sea.",
        [40],
    ),
    "gold-diggers": (
        "In the goldfields of Magadan, a contractor has brought in 60 North Koreans to dig "
        "and wash ore over the short summer, a regional news site reported. The men are paid "
        "through their state company in Pyongyang.",
        [60],
    ),
    "road-crew": (
        "A road between two villages in the Amur region was paved this summer by 50 men from "
        "the DPRK, the district head said at the opening. He thanked the 'Korean comrades' for "
        "laying the asphalt ahead of time.",
        [50],
    ),
    "care-home": (
        "Residents of a care home in Tver are looked after by six North Korean nursing aides, "
        "a local television channel found. The aides wash, feed and dress the residents and "
        "live in the basement.",
        [6],
    ),
    "tashkent-mixed": (
        "Uzbekistan sends more than a million of its citizens to Russia each year, and their "
        "remittances make up a fifth of its economy. Russia is also looking further afield: a "
        "deputy minister said this week that 2,000 North Koreans had arrived in the past year "
        "to take jobs on farms and building sites.",
        [2000],
    ),
}

IRRELEVANT: dict[str, str] = {
    "troop-pay": "North Korean soldiers sent to Russia are paid about $2,000 a month each, "
    "lawmakers in Seoul were told, and most of it is kept by the state. Some 11,000 troops "
    "were deployed to the Kursk region last year. Hundreds have been killed or wounded.",
    "military-builders": "Pyongyang has agreed to send 1,000 military deminers and 5,000 "
    "military construction troops to the Kursk region, Russian officials said. The soldiers "
    "will clear mines and rebuild roads damaged in the fighting.",
    "missile-parts": "Ukrainian investigators found components made in North Korea in the "
    "wreckage of a missile that hit Kharkiv. The parts had been shipped by rail across the "
    "Russian border. Workers at the site cleared debris for days.",
    "wonsan-resort-staff": "Russian tourists arriving at the Wonsan-Kalma resort are met by "
    "hundreds of hotel staff in new uniforms. The resort was built by tens of thousands of "
    "North Koreans over several years. A week's package costs about $1,400.",
    "defectors-call-centre": "A call centre in Seoul has hired 30 North Korean defectors, "
    "who answer calls from customers across South Korea. The company says the work gives "
    "them a steady income while they study at night.",
    "alabama-engineers": "South Korean engineers at a battery plant in Georgia returned "
    "home after an immigration raid detained hundreds of workers. The North Korean press "
    "said the raid showed how Washington treats its allies.",
    "koryo-saram-onions": "Ethnic Koreans in Uzbekistan, the descendants of families "
    "deported from the Russian Far East in 1937, still farm onions and rice near Tashkent. "
    "Few have any ties to North Korea. Many now work in South Korea on visas for overseas "
    "Koreans.",
    "students-corn": "Students in North Korea were sent to harvest corn on farms in South "
    "Hwanghae province this autumn, state media reported. Office workers joined them at "
    "weekends to meet the grain targets.",
    "table-tennis": "North Korea's table tennis players arrived in Chengdu for the world "
    "championships, accompanied by 12 coaches and officials. The team trained for a week "
    "in a sports hall near the airport.",
    "art-troupe": "A North Korean art troupe of 90 singers and dancers performed in Moscow "
    "and St Petersburg, the first such tour in years. The performers were sent by the "
    "Ministry of Culture in Pyongyang.",
    "chinese-in-sinuiju": "Chinese workers are finishing a new bridge across the Yalu to "
    "Sinuiju, and about 300 of them live in a camp on the North Korean side. The bridge has "
    "not opened since it was built.",
    "russian-hospital-pyongyang": "Russian builders and doctors will help equip a new "
    "hospital in Pyongyang, the two governments agreed. The Russian side will send 40 "
    "specialists to train local staff.",
    "oil-tankers": "The EU sanctioned six tankers accused of delivering refined oil to North "
    "Korea in ship-to-ship transfers. Their crews switched off tracking beacons at sea, the "
    "listing said.",
    "embassy-trade": "North Korea's embassy staff in Beijing were accused of selling "
    "cigarettes and medicines to earn money for the mission, a diplomat said.",
    "zainichi-schools": "Korean schools in Japan, run by an association close to North "
    "Korea, lost their subsidies from the Tokyo government. Teachers said they now work "
    "without pay for weeks at a time.",
    "brides-china": "North Korean women who crossed into China are often sold to farmers "
    "as brides, a rights group said. Many live in fear of being sent back to North Korea.",
    "processing-on-commission": "Chinese garment brands send fabric to factories in "
    "Pyongyang and Sinuiju, where North Korean workers sew it into coats for export. The "
    "coats are then labelled as made in China, a customs expert said.",
    "central-asian-migrants": "Migrants from Tajikistan and Kyrgyzstan filled most of the "
    "new jobs on Russian building sites this year, with some 500,000 work permits issued. "
    "Separately, North Korea tested a new cruise missile on Thursday.",
    "fake-recruiters": "North Korean hackers posing as recruiters offered fake jobs to "
    "engineers at defence firms, sending them booby-trapped job descriptions, a security "
    "company said.",
    "japan-repatriation": "Between 1959 and 1984, some 93,000 Koreans living in Japan moved "
    "to North Korea under a repatriation scheme. Many were later sent to work in mines and "
    "farms in remote provinces.",
    "rason-tourists": "Chinese tourists have returned to the Rason economic zone, where "
    "hotels reopened after five years. Local guides said bookings were strong.",
    "pyongyang-factory": "Workers at a Pyongyang shoe factory were praised by state media "
    "for exceeding their targets, with the footwear to be exported to Russia.",
    "nurses-germany-history": "In the 1960s and 1970s, about 10,000 South Korean nurses "
    "went to work in West German hospitals, sending home wages that helped Seoul's economy "
    "grow faster than North Korea's.",
    "soldier-letters": "Letters found on North Korean soldiers killed in Kursk show that "
    "they were told they were going to work abroad, Ukraine's intelligence service said.",
    "dprk-labour-camps": "Satellite images show the expansion of a prison camp in North "
    "Korea's Hamgyong province, where inmates fell trees and work in mines.",
}

# Known misses (strict: a fix must remove them); "relevance:" for the decision, "count:"
# for a figure found with the gate off but not by the counting rules.
KNOWN: dict[str, str] = {
    "migration-statistics": "relevance: 'Far fewer came from North Korea: 3,600 entries, ... "
    "declaring work as the purpose' has no place abroad of its own (Russia is in the sentence "
    "before, on Uzbek and Tajik citizens)",
    "missile-parts": "relevance: 'Workers at the site cleared debris' after a sentence placed "
    "in Russia is labour abroad without a DPRK name, which the learned model alone scores "
    "above its threshold",
    "wonsan-resort-staff": "relevance: 'The resort was built by tens of thousands of North "
    "Koreans' after 'Russian tourists arriving': the demonym of the sentence before places the "
    "building abroad",
    "oil-tankers": "relevance: 'Their crews switched off tracking beacons' (tanker crews in an "
    "oil sanctions story) reads as DPRK labour abroad",
    "processing-on-commission": "relevance: 'factories in Pyongyang and Sinuiju, where North "
    "Korean workers sew it into coats': a DPRK worker phrase with Chinese brands; workplaces "
    "in DPRK towns as labour at home were tried, but the phrase still outweighs them",
    "pyongyang-factory": "relevance: 'Workers at a Pyongyang shoe factory ... exported to "
    "Russia': the export market reads as the place of work",
    "restaurant-contracts-20": "count: 'the contracts of its 20 staff from North Korea' (a "
    "possessive before the figure) is not counted",
    "genco-notice-45": "count: 'The 45 permit holders' has no worker noun",
    "asylum-consulate-25": "count: 'Their group of 25' (a group noun before the figure) is not "
    "counted",
    "migration-statistics-3600": "relevance: as migration-statistics (found with the gate off)",
    "mural-painters-8": "count: 'A team of eight artists from Pyongyang' is not counted",
    "care-home-6": "count: 'six North Korean nursing aides': aides are no worker noun of the "
    "counts",
}


test_blind_relevant, test_blind_irrelevant, test_blind_worker_figures = relevance_tests(
    RELEVANT, IRRELEVANT, KNOWN
)
