"""A blind challenge set for destinations on realistic reporting: datelines, headlines,
places named in an earlier sentence, cities and provinces mapped to their country, joint
and per-country lists, world regions, "abroad", origin against destination, places that
are not where the workers are (speakers, based-in outlets, firms' nationality), negated
places and the new homes of defectors.

Every snippet was written for this file, in the style of news, NGO and UN reporting, and
its expected claims were fixed before the extractor was run on it. Each case gives every
worker claim as (low, high, destinations). A closing sentence without places keeps the
document relevant; it goes last so that a headline or dateline opens the text.
"""

from __future__ import annotations

import pytest

TAIL = "Pyongyang earns hard currency from the labour of workers it sends to foreign employers."

Expected = list[tuple[float | None, float | None, list[str]]]

THOUSANDS = (2000, 9999)
TENS_OF_THOUSANDS = (20000, 99999)
ABROAD = ["M49:001"]
MIDDLE_EAST = ["M49:145"]

CASES: list[tuple[str, str, Expected]] = [
    # --- datelines and headlines --------------------------------------------------------
    (
        "dateline-city-country",
        "VLADIVOSTOK, Russia (AP) — About 300 North Korean workers arrived at the port on "
        "Tuesday aboard a passenger ferry, local officials said.",
        [(300, 300, ["RU"])],
    ),
    (
        "dateline-border-city",
        "DANDONG, China — Roughly 1,200 North Korean women are employed at seafood plants "
        "along the river, traders here say.",
        [(1200, 1200, ["CN"])],
    ),
    (
        "dateline-capital-only",
        "ULAANBAATAR (Reuters) - About 400 North Korean labourers are still working on "
        "construction projects here, two officials said.",
        [(400, 400, ["MN"])],
    ),
    (
        "headline-only-region",
        "Logging camps in Russia's Far East take on more North Koreans\n\n"
        "Some 700 North Korean loggers were hired this winter by a timber firm, a regional "
        "official said.",
        [(700, 700, ["RU"])],
    ),
    (
        "headline-only-country",
        "Kuwait quietly renews permits for North Koreans\n\n"
        "About 1,800 North Korean construction workers remain on building sites, diplomats "
        "say.",
        [(1800, 1800, ["KW"])],
    ),
    # --- the place in an earlier sentence ---------------------------------------------
    (
        "earlier-sentence-region",
        "In Russia's Far East, the construction season starts in April. Some 2,000 North "
        "Korean builders are expected to arrive by then.",
        [(2000, 2000, ["RU"])],
    ),
    (
        "earlier-sentence-city",
        "The shipyards of Gdansk have long depended on foreign welders. Investigators found "
        "that about 80 North Korean welders had worked there through subcontractors.",
        [(80, 80, ["PL"])],
    ),
    (
        "earlier-sentence-country-and-source-region",
        "Qatar's stadium boom drew labour from across Asia. Among the arrivals were around "
        "2,800 North Korean construction workers.",
        [(2800, 2800, ["QA"])],
    ),
    # --- cities, provinces and regions to their country --------------------------------
    (
        "city-shenyang",
        "About 1,500 North Korean workers are employed at garment factories in Shenyang, "
        "the report said.",
        [(1500, 1500, ["CN"])],
    ),
    (
        "region-primorye",
        "Roughly 3,000 North Koreans work on farms in Primorye, according to the regional "
        "labour department.",
        [(3000, 3000, ["RU"])],
    ),
    (
        "region-amur",
        "An estimated 900 North Korean labourers were sent to the Amur region last year.",
        [(900, 900, ["RU"])],
    ),
    (
        "city-khabarovsk",
        "Some 4,000 North Korean workers are employed in Khabarovsk, the city's migration "
        "office said.",
        [(4000, 4000, ["RU"])],
    ),
    (
        "two-provinces-one-country",
        "Around 2,500 North Korean seamstresses work in Liaoning and Jilin provinces.",
        [(2500, 2500, ["CN"])],
    ),
    (
        "city-dubai",
        "More than 600 North Korean workers were building villas in Dubai in 2016.",
        [(600, None, ["AE"])],
    ),
    (
        "city-kuwait-city",
        "About 250 North Korean labourers were housed in a compound outside Kuwait City.",
        [(250, 250, ["KW"])],
    ),
    (
        "city-doha",
        "Roughly 1,000 North Koreans worked on construction sites in Doha, a rights group said.",
        [(1000, 1000, ["QA"])],
    ),
    (
        "city-vientiane-compass",
        "Around 150 North Korean workers were found at a hydropower site north of Vientiane.",
        [(150, 150, ["LA"])],
    ),
    (
        "city-gdansk",
        "Some 120 North Korean welders worked at a shipyard in Gdansk between 2014 and 2016.",
        [(120, 120, ["PL"])],
    ),
    (
        "city-ulaanbaatar",
        "About 200 North Korean workers were still employed in Ulaanbaatar in 2019, "
        "officials said.",
        [(200, 200, ["MN"])],
    ),
    (
        "city-dandong-apposition",
        "An estimated 10,000 North Korean workers live in Dandong, a border city.",
        [(10000, 10000, ["CN"])],
    ),
    (
        "city-donetsk",
        "Some 1,000 North Korean workers are rebuilding homes in Donetsk, Ukrainian "
        "intelligence said.",
        [(1000, 1000, ["UA"])],
    ),
    (
        "city-dalian-origin-aside",
        "About 500 North Korean workers, mostly from Pyongyang, are employed at a textile "
        "plant in Dalian.",
        [(500, 500, ["CN"])],
    ),
    (
        "city-airport",
        "About 800 North Korean workers arrived at Khabarovsk airport on a flight from Pyongyang.",
        [(800, 800, ["RU"])],
    ),
    # --- several destinations ----------------------------------------------------------
    (
        "joint-two-countries",
        "Tens of thousands of North Korean labourers work in China and Russia.",
        [(*TENS_OF_THOUSANDS, ["CN", "RU"])],
    ),
    (
        "joint-three-countries",
        "About 5,000 North Korean workers are employed in Qatar, Kuwait and the UAE.",
        [(5000, 5000, ["AE", "KW", "QA"])],
    ),
    (
        "joint-operate-from",
        "More than 3,000 North Korean IT workers operate from China and Russia, the report said.",
        [(3000, None, ["CN", "RU"])],
    ),
    (
        "joint-speaker-elsewhere",
        "The United States said about 1,000 North Korean IT workers were based in China and "
        "Russia.",
        [(1000, 1000, ["CN", "RU"])],
    ),
    # --- per-country lists ------------------------------------------------------------
    (
        "list-countries-and-region",
        "The agency estimates that there are about 50,000 North Korean workers in China, "
        "30,000 in Russia and several thousand in the Middle East.",
        [(50000, 50000, ["CN"]), (30000, 30000, ["RU"]), (*THOUSANDS, MIDDLE_EAST)],
    ),
    (
        "list-two-countries-two-figures",
        "Around 300 North Korean workers in Poland and another 200 in Malta were identified "
        "by the panel.",
        [(300, 300, ["PL"]), (200, 200, ["MT"])],
    ),
    (
        "list-split-of-total",
        "Of the 1,500 North Korean workers sent abroad this year, 1,000 went to Russia and "
        "500 to Laos.",
        [(1500, 1500, ABROAD), (1000, 1000, ["RU"]), (500, 500, ["LA"])],
    ),
    # --- world regions ----------------------------------------------------------------
    (
        "region-middle-east",
        "Some 4,000 North Korean workers remain in the Middle East, diplomats said.",
        [(4000, 4000, MIDDLE_EAST)],
    ),
    (
        "region-southeast-asia",
        "Around 1,000 North Korean workers are thought to be in Southeast Asia.",
        [(1000, 1000, ["M49:035"])],
    ),
    (
        "region-gulf-states",
        "Thousands of North Korean workers are employed in the Gulf states.",
        [(*THOUSANDS, MIDDLE_EAST)],
    ),
    (
        "region-africa",
        "The panel said that more than 2,000 North Korean workers were active in Africa.",
        [(2000, None, ["M49:002"])],
    ),
    (
        "region-europe",
        "Around 800 North Korean workers remain in Europe, the report said.",
        [(800, 800, ["M49:150"])],
    ),
    (
        "region-eu-abbreviation",
        "Some 500 North Korean workers were still in the EU in 2018.",
        [(500, 500, ["M49:150"])],
    ),
    # --- abroad in general ------------------------------------------------------------
    (
        "abroad-predicate",
        "An estimated 100,000 North Korean workers are abroad, earning hard currency for the "
        "regime.",
        [(100000, 100000, ABROAD)],
    ),
    (
        "abroad-sent-overseas",
        "North Korea has sent about 50,000 workers overseas, according to a UN estimate.",
        [(50000, 50000, ABROAD)],
    ),
    (
        "abroad-forty-countries",
        "About 100,000 North Korean workers toil in more than 40 countries.",
        [(100000, 100000, ABROAD)],
    ),
    # --- origin against destination ---------------------------------------------------
    (
        "origin-left-for",
        "A train carrying about 300 North Korean workers left Pyongyang for Moscow on Monday.",
        [(300, 300, ["RU"])],
    ),
    (
        "origin-from-to",
        "Some 400 North Korean workers flew from Pyongyang to Moscow last week.",
        [(400, 400, ["RU"])],
    ),
    (
        "origin-returned-from-to",
        "About 200 North Korean workers returned from Kuwait to Pyongyang in March.",
        [(200, 200, ["KW"])],
    ),
    (
        "origin-crossed-from-into",
        "Roughly 150 North Korean workers crossed from China into Russia last month.",
        [(150, 150, ["RU"])],
    ),
    (
        "origin-sent-home-from",
        "More than 500 North Korean workers were sent home from Mongolia in 2019.",
        [(500, None, ["MN"])],
    ),
    # --- places that are not where the workers are ------------------------------------
    (
        "speaker-lawmaker",
        "About 3,000 North Korean workers are in Russia, a South Korean lawmaker said.",
        [(3000, 3000, ["RU"])],
    ),
    (
        "speaker-seoul-based",
        "Seoul-based Daily NK reported that some 600 North Korean workers had arrived in "
        "Vladivostok.",
        [(600, 600, ["RU"])],
    ),
    (
        "speaker-washington-based",
        "A Washington-based NGO estimates that 1,000 North Koreans work in Poland.",
        [(1000, 1000, ["PL"])],
    ),
    (
        "company-nationality",
        "About 400 North Korean workers are employed by a Chinese firm in Russia.",
        [(400, 400, ["RU"])],
    ),
    (
        "speaker-media-nationality",
        "According to Chinese media, about 700 North Korean workers were sent to Laos.",
        [(700, 700, ["LA"])],
    ),
    (
        "speaker-official-demonym-site",
        "A South Korean official said some 2,000 North Koreans were working in Chinese "
        "seafood plants.",
        [(2000, 2000, ["CN"])],
    ),
    (
        "speaker-media-elsewhere",
        "Japanese media reported that about 300 North Korean workers were building a hotel "
        "in Cambodia.",
        [(300, 300, ["KH"])],
    ),
    (
        "speaker-own-country",
        "Russian officials said about 12,000 North Korean workers entered the country in 2023.",
        [(12000, 12000, ["RU"])],
    ),
    (
        "speaker-regional-government",
        "The Primorye government said 2,300 North Korean workers were registered in the region.",
        [(2300, 2300, ["RU"])],
    ),
    (
        "customs-border-city",
        "Chinese customs data show that around 4,000 North Korean workers crossed the border "
        "at Dandong in the first quarter.",
        [(4000, 4000, ["CN"])],
    ),
    # --- negated places ------------------------------------------------------------------
    (
        "negated-not-as-reported",
        "About 1,000 North Korean workers were sent to Laos, not Vietnam as earlier reported.",
        [(1000, 1000, ["LA"])],
    ),
    (
        "negated-rather-than",
        "Around 700 North Korean workers were sent to Russia rather than China.",
        [(700, 700, ["RU"])],
    ),
    # --- defectors' new homes -----------------------------------------------------------
    (
        "defectors-new-home-city",
        "Twelve North Korean waitresses who fled a restaurant in Ningbo now live in Seoul.",
        [(12, 12, ["CN"])],
    ),
    (
        "defectors-resettled",
        "Some 30 North Korean workers who escaped from a logging camp in Siberia have "
        "resettled in South Korea.",
        [(30, 30, ["RU"])],
    ),
    (
        "fronted-city-restaurant",
        "In Vientiane, a North Korean restaurant employs about 20 waitresses.",
        [(20, 20, ["LA"])],
    ),
]

# A second blind batch, written after the first was measured and before any fix.
CASES_2: list[tuple[str, str, Expected]] = [
    (
        "respectively",
        "Russia and China host about 30,000 and 50,000 North Korean workers respectively.",
        [(30000, 30000, ["RU"]), (50000, 50000, ["CN"])],
    ),
    (
        "city-then-province-of-country",
        "About 1,000 North Korean workers toil at fish plants in Hunchun, in China's Jilin "
        "province.",
        [(1000, 1000, ["CN"])],
    ),
    (
        "anaphor-the-country",
        "Mongolia stopped issuing new visas in 2017. Still, some 1,200 North Korean workers "
        "remained in the country a year later.",
        [(1200, 1200, ["MN"])],
    ),
    (
        "sent-back-from-province",
        "Beijing sent about 2,000 North Korean workers back home from factories in Liaoning "
        "last year.",
        [(2000, 2000, ["CN"])],
    ),
    (
        "demonym-authorities-expelled",
        "Kuwaiti authorities expelled around 600 North Korean labourers in 2017.",
        [(600, 600, ["KW"])],
    ),
    (
        "demonym-inspectors-found",
        "Polish inspectors found 20 North Korean welders at the shipyard.",
        [(20, 20, ["PL"])],
    ),
    (
        "demonym-spokesman-island",
        "A Maltese ministry spokesman confirmed that 14 North Korean workers had left the island.",
        [(14, 14, ["MT"])],
    ),
    (
        "region-adjective-countries",
        "Around 3,000 North Korean workers are employed in African and Asian countries.",
        [(3000, 3000, ["M49:002", "M49:142"])],
    ),
    (
        "arrived-in-from-home-city",
        "Some 500 North Korean labourers arrived in Vladivostok from Rason on Friday.",
        [(500, 500, ["RU"])],
    ),
    (
        "demonym-site-subject",
        "Russian farms will hire about 1,000 North Korean workers this spring.",
        [(1000, 1000, ["RU"])],
    ),
    (
        "transit-city",
        "About 100 North Korean workers travelled through Beijing on their way to Laos.",
        [(100, 100, ["LA"])],
    ),
    (
        "capital-apposition",
        "The UN panel said 15 North Korean workers were in Equatorial Guinea's capital, Malabo.",
        [(15, 15, ["GQ"])],
    ),
    (
        "own-place-beats-context",
        "Russia received more North Korean workers this year. Meanwhile, about 800 North "
        "Korean workers have arrived in Laos.",
        [(800, 800, ["LA"])],
    ),
    (
        "republic-of-russia",
        "Some 2,000 North Korean workers in Russia's Tuva republic build roads.",
        [(2000, 2000, ["RU"])],
    ),
    (
        "across-two-countries",
        "An estimated 60,000 North Korean labourers work across Russia and China.",
        [(60000, 60000, ["CN", "RU"])],
    ),
    (
        "demonym-construction-sites",
        "About 3,000 North Koreans work at Russian construction sites.",
        [(3000, 3000, ["RU"])],
    ),
    (
        "speaker-seoul-official",
        "A Seoul official said around 50,000 North Korean workers were in China.",
        [(50000, 50000, ["CN"])],
    ),
    (
        "none-here-some-there",
        "No North Korean workers remain in Uganda, but about 200 North Korean workers are "
        "still in Tanzania.",
        [(200, 200, ["TZ"])],
    ),
    (
        "possessive-region",
        "Some 1,000 North Korean workers were sent to Russia's Kursk region in 2024.",
        [(1000, 1000, ["RU"])],
    ),
    (
        "dateline-then-context",
        "MOSCOW — Russia has opened its doors to North Korean labour. Official data show "
        "that some 13,000 North Korean workers arrived last year.",
        [(13000, 13000, ["RU"])],
    ),
]
# A third blind batch, written after the fixes to measure them on fresh text.
CASES_3: list[tuple[str, str, Expected]] = [
    (
        "dateline-province-city",
        "HUNCHUN, China (Reuters) — Some 3,000 North Korean women gut and pack fish in "
        "factories here, according to managers.",
        [(3000, 3000, ["CN"])],
    ),
    (
        "headline-region-body-no-place",
        "North Korean labour floods Siberian timber towns\n\n"
        "Around 1,500 North Korean loggers arrived this spring, local officials said.",
        [(1500, 1500, ["RU"])],
    ),
    (
        "list-with-semicolons",
        "The panel counted about 1,000 North Korean workers in Kuwait; 800 in Qatar; and 500 "
        "in Oman.",
        [(1000, 1000, ["KW"]), (800, 800, ["QA"]), (500, 500, ["OM"])],
    ),
    (
        "oblast-name",
        "Some 700 North Korean builders are at work in Novosibirsk Oblast this year.",
        [(700, 700, ["RU"])],
    ),
    (
        "province-lowercase",
        "Roughly 4,000 North Korean workers are employed in Jilin province, the report said.",
        [(4000, 4000, ["CN"])],
    ),
    (
        "abroad-around-world",
        "North Korea keeps around 100,000 workers around the world, the UN says.",
        [(100000, 100000, ABROAD)],
    ),
    (
        "abroad-dozens-of-countries",
        "About 50,000 North Korean labourers are spread across dozens of countries.",
        [(50000, 50000, ABROAD)],
    ),
    (
        "back-to-pyongyang-from-city",
        "Around 250 North Korean waitresses were ordered back to Pyongyang from restaurants "
        "in Shenyang.",
        [(250, 250, ["CN"])],
    ),
    (
        "flights-to-city",
        "Three flights brought about 450 North Korean workers to Vladivostok last week.",
        [(450, 450, ["RU"])],
    ),
    (
        "think-tank-seoul-based-country-after",
        "A Seoul-based think tank estimates that some 20,000 North Korean workers are in Russia.",
        [(20000, 20000, ["RU"])],
    ),
    (
        "state-media-of-other",
        "Russian state media said that about 1,000 North Korean workers had been sent to Belarus.",
        [(1000, 1000, ["BY"])],
    ),
    (
        "joint-region-and-country",
        "Several thousand North Korean workers remain in Russia and Central Asia.",
        [(*THOUSANDS, ["M49:143", "RU"])],
    ),
    (
        "previous-sentence-country-pronoun",
        "Laos has become a quiet destination for Pyongyang's labour. It hosts about 600 "
        "North Korean workers, diplomats say.",
        [(600, 600, ["LA"])],
    ),
    (
        "negated-not-in",
        "About 2,000 North Korean workers are in Russia, not in China as some reports claimed.",
        [(2000, 2000, ["RU"])],
    ),
    (
        "embassy-of-country-in-city",
        "The Chinese embassy in Pyongyang said about 1,000 North Korean workers would go to "
        "China in May.",
        [(1000, 1000, ["CN"])],
    ),
    (
        "two-cities-two-countries",
        "About 300 North Korean workers are in Dubai and Doha.",
        [(300, 300, ["AE", "QA"])],
    ),
    (
        "region-europe-poland-example",
        "Some 400 North Korean workers were in Europe, mostly in Poland.",
        [(400, 400, ["M49:150"])],
    ),
    (
        "nationals-of-demonym-firm-placed",
        "About 250 North Korean workers were hired by a Turkish contractor in Libya.",
        [(250, 250, ["LY"])],
    ),
    (
        "place-after-comma-aside",
        "Around 120 North Korean workers, most of them women, sew uniforms in a factory in "
        "Ulaanbaatar.",
        [(120, 120, ["MN"])],
    ),
]


# Cases written while fixing (not blind): the rules behind the fixes above.
FIX_CASES: list[tuple[str, str, Expected]] = [
    (
        "dateline-without-here-is-no-destination",
        "WASHINGTON (Reuters) - About 10,000 North Korean IT workers earn money for the "
        "regime, officials said.",
        [(10000, 10000, [])],
    ),
    (
        "dateline-the-country",
        "TASHKENT, Uzbekistan — The government has tightened its checks on labour permits. "
        "Officials believe about 90 North Korean builders still work in the country.",
        [(90, 90, ["UZ"])],
    ),
    (
        "headline-list-across-comma",
        "Russia, China Send Home Thousands of North Korean Workers\n\n"
        "Both governments reported the repatriations to a UN committee.",
        [(*THOUSANDS, ["CN", "RU"])],
    ),
    (
        "from-place-into-the-south",
        "Last year, eleven North Korean workers arrived in South Korea from Kuwait.",
        [(11, 11, ["KW"])],
    ),
    (
        "sanctions-author-not-place",
        "In Laos, hotels still hire North Korean staff. About 300 North Korean workers earn "
        "money there by evading US sanctions.",
        [(300, 300, ["LA"])],
    ),
    (
        "firm-nationality-without-place",
        "About 2,000 North Koreans work for Chinese companies, the report said.",
        [(2000, 2000, ["CN"])],
    ),
    (
        "respectively-places-after",
        "Some 400 and 250 North Korean workers were registered in Qatar and Kuwait respectively.",
        [(400, 400, ["QA"]), (250, 250, ["KW"])],
    ),
    (
        "speaker-seat-city",
        "Analysts in Berlin believe that about 150 North Korean cooks work on Russian "
        "cruise ships.",
        [(150, 150, ["RU"])],
    ),
    (
        "workers-in-place-as-speakers",
        "About 70 North Korean workers in Senegal told investigators they had no days off.",
        [(70, 70, ["SN"])],
    ),
    (
        "left-one-country-for-another",
        "About 600 North Korean workers left Kuwait for Qatar when their permits ran out.",
        [(600, 600, ["QA"])],
    ),
    (
        "left-country-for-home",
        "About 600 North Korean workers left Kuwait for North Korea when their permits ran out.",
        [(600, 600, ["KW"])],
    ),
    (
        "list-repeated-preposition",
        "Roughly 3,000 North Korean workers are in Laos and in Cambodia.",
        [(3000, 3000, ["KH", "LA"])],
    ),
    (
        "list-as-well-as",
        "Roughly 3,000 North Korean workers are in Laos as well as Cambodia.",
        [(3000, 3000, ["KH", "LA"])],
    ),
    (
        "baseline-keeps-the-place",
        "Around 900 North Korean workers remain in Mongolia, down from 2,500 in 2017, when "
        "many also worked in China.",
        [(900, 900, ["MN"]), (2500, 2500, ["MN"])],
    ),
    (
        "abroad-not-narrowed-by-a-breakdown",
        "North Korea profits from labour outside the country. Around 60,000 North Korean "
        "workers toil long hours for little pay. Most are sent to logging camps and building "
        "sites in Russia, China and the Gulf.",
        [(60000, 60000, ABROAD)],
    ),
    (
        "years-are-a-period",
        "Around 90 North Korean workers built a monument in Namibia from 2012 to 2015.",
        [(90, 90, ["NA"])],
    ),
]


BATCHES = {"blind1": CASES, "blind2": CASES_2, "blind3": CASES_3, "fix": FIX_CASES}


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for cases in BATCHES.values() for c in cases],
    ids=[f"{name}-{c[0]}" for name, cases in BATCHES.items() for c in cases],
)
def test_destination_reporting(worker_claims, text, expected):
    want = sorted(((lo, hi, sorted(d)) for lo, hi, d in expected), key=repr)
    assert worker_claims(text, tail="\n\n" + TAIL) == want
