"""A challenge set for the count grammar (which figures count DPRK workers abroad) and
destination roles, on English sentences written for these tests in the style of news,
NGO and UN reporting. Each case gives every worker claim the text should yield, as
(low, high, destinations); a negative gives none."""

from __future__ import annotations

import pytest

LEAD = "Pyongyang earns hard currency from the labour of workers it sends to foreign employers."

Expected = list[tuple[float | None, float | None, list[str]]]

HUNDREDS = (200, 999)
THOUSANDS = (2000, 9999)
TENS_OF_THOUSANDS = (20000, 99999)
ABROAD = ["M49:001"]

CASES: list[tuple[str, str, Expected]] = [
    # --- occupational heads: nouns generated from a singular, agent nouns -------------
    (
        "head-bricklayers",
        "Roughly 450 North Korean bricklayers are building apartment blocks in Novosibirsk.",
        [(450, 450, ["RU"])],
    ),
    (
        "head-acupuncturists",
        "An estimated 70 North Korean acupuncturists practise in clinics across Tanzania.",
        [(70, 70, ["TZ"])],
    ),
    (
        "head-stevedores",
        "About 200 North Korean stevedores load timber at the port of Vladivostok.",
        [(200, 200, ["RU"])],
    ),
    (
        "head-sculptors",
        "Nearly 90 North Korean sculptors were commissioned to cast monuments in Senegal.",
        [(90, 90, ["SN"])],
    ),
    (
        "head-two-occupations",
        "More than 250 North Korean plasterers and electricians have arrived in Kazan.",
        [(250, None, ["RU"])],
    ),
    (
        "head-agent-noun-roofers",
        "Around 60 North Korean roofers and tilers are working on a hotel in Dubai.",
        [(60, 60, ["AE"])],
    ),
    (
        "head-agent-noun-upholsterers",
        "Some 140 North Korean upholsterers make sofas at a furniture plant near Moscow.",
        [(140, 140, ["RU"])],
    ),
    (
        "head-agent-noun-dentists",
        "The clinic chain in Nigeria relies on about 35 North Korean dentists.",
        [(35, 35, ["NG"])],
    ),
    # --- elided and anaphoric heads ---------------------------------------------------
    (
        "elided-some-more",
        "About 2,000 North Korean workers are in Mongolia, and some 300 more in Kazakhstan.",
        [(2000, 2000, ["MN"]), (300, 300, ["KZ"])],
    ),
    (
        "elided-perhaps",
        "Pyongyang keeps about 1,000 North Korean seamstresses in garment plants in China "
        "and perhaps 400 in Vietnam.",
        [(1000, 1000, ["CN"]), (400, 400, ["VN"])],
    ),
    (
        "anaphor-of-them-next-sentence",
        "North Korean loggers have felled timber in the Russian Far East for decades. "
        "Officials counted some 600 of them in Khabarovsk last winter.",
        [(600, 600, ["RU"])],
    ),
    (
        "elided-vague-more",
        "Some 10,000 North Koreans work in Russia; tens of thousands more are in China.",
        [(10000, 10000, ["RU"]), (*TENS_OF_THOUSANDS, ["CN"])],
    ),
    (
        "elided-estimated-at",
        "China hosts the largest contingent of North Korean labourers, estimated at around 50,000.",
        [(50000, 50000, ["CN"])],
    ),
    # --- partitives ------------------------------------------------------------------
    (
        "partitive-uncounted-group",
        "Investigators learned that about 30 of the cooks at a hotel in Vientiane were North "
        "Korean.",
        [(30, 30, ["LA"])],
    ),
    (
        "partitive-member-of-counted-group",
        "A team of 38 North Korean doctors went to Nigeria last year. Twelve of the doctors "
        "are surgeons.",
        [(38, 38, ["NG"])],
    ),
    (
        "partitive-percent-of-them",
        "Some 5,000 North Koreans work in Qatar, and 40 percent of them are on building sites.",
        [(5000, 5000, ["QA"])],
    ),
    (
        "partitive-split-by-status",
        "Of the 300 North Korean workers in Laos, 170 have gone home and 130 remain.",
        [(300, 300, ["LA"]), (170, 170, ["LA"]), (130, 130, ["LA"])],
    ),
    # --- per-group sizes -------------------------------------------------------------
    (
        "per-group-batches",
        "The North Korean workers travel to Vladivostok in batches of 40 to 50.",
        [],
    ),
    (
        "per-group-brigades-each",
        "In Russia the North Koreans are organised into brigades of about 20 men each.",
        [],
    ),
    (
        "per-group-each-team-consists",
        "Each North Korean construction team in Russia consists of roughly 30 workers.",
        [],
    ),
    (
        "per-group-every-site",
        "Every building site in Siberia has between 15 and 20 North Korean labourers.",
        [],
    ),
    # --- nationality outside the noun phrase ------------------------------------------
    (
        "nationality-after-positive",
        "Some 300 workers at the dam in Laos are from North Korea.",
        [(300, 300, ["LA"])],
    ),
    (
        "nationality-after-foreign",
        "Some 3,000 workers at the Kuwaiti port are from Bangladesh and Nepal.",
        [],
    ),
    (
        "nationality-apposition-foreign",
        "The Kaliningrad shipyard employs 2,000 people, most of them from Central Asia.",
        [],
    ),
    (
        "nationality-predicate-foreign",
        "About 4,000 labourers work at the Qatari stadium site; nearly all are Indian or Nepali.",
        [],
    ),
    # --- destination roles ------------------------------------------------------------
    (
        "role-brought-home-from",
        "About 500 North Korean workers were brought home from Kuwait after their visas expired.",
        [(500, 500, ["KW"])],
    ),
    (
        "role-came-from-pyongyang-to",
        "Around 150 North Korean doctors came from Pyongyang to Equatorial Guinea in 2019.",
        [(150, 150, ["GQ"])],
    ),
    (
        "role-flew-from-to",
        "Some 400 North Korean labourers flew from Pyongyang to Vladivostok on Tuesday.",
        [(400, 400, ["RU"])],
    ),
    (
        "role-pulled-out-of",
        "Pyongyang pulled about 800 of its builders out of Angola last year.",
        [(800, 800, ["AO"])],
    ),
    (
        "role-withdrawn-from",
        "Roughly 1,000 North Korean medics were withdrawn from Libya during the civil war.",
        [(1000, 1000, ["LY"])],
    ),
    # --- negated or excluded places -------------------------------------------------
    (
        "excluded-fronted",
        "Excluding Russia, about 20,000 North Koreans still work abroad.",
        [(20000, 20000, ABROAD)],
    ),
    (
        "excluded-apart-from",
        "Apart from China, about 8,000 North Korean workers are in Russia, the ministry said.",
        [(8000, 8000, ["RU"])],
    ),
    (
        "excluded-did-not-include",
        "The 9,000 North Korean workers sent home from abroad did not include those in Russia.",
        [(9000, 9000, ABROAD)],
    ),
    (
        "excluded-not-in",
        "About 3,000 North Korean workers remain in the Middle East, though none are in "
        "Kuwait any more.",
        [(3000, 3000, ["M49:145"])],
    ),
    # --- region phrases ------------------------------------------------------------
    (
        "region-gulf-states",
        "Roughly 5,000 North Korean workers are employed in Gulf states.",
        [(5000, 5000, ["M49:145"])],
    ),
    (
        "region-african-countries",
        "About 10,000 North Koreans are believed to work in African countries.",
        [(10000, 10000, ["M49:002"])],
    ),
    (
        "region-sub-saharan",
        "Hundreds of North Korean medics work in sub-Saharan Africa.",
        [(*HUNDREDS, ["M49:202"])],
    ),
    (
        "region-two-adjectives",
        "An estimated 6,000 North Koreans are employed in Middle Eastern and African countries.",
        [(6000, 6000, ["M49:145", "M49:002"])],
    ),
    (
        "region-southeast-asian-countries",
        "Up to 4,000 North Korean labourers are spread across Southeast Asian countries.",
        [(None, 4000, ["M49:035"])],
    ),
    # --- member-state reports --------------------------------------------------------
    (
        "member-states-combined",
        "In their implementation reports, 40 member states said they had repatriated a "
        "combined 23,000 North Korean workers.",
        [(23000, 23000, ABROAD)],
    ),
    (
        "member-state-own-report",
        "Kyrgyzstan's report said 250 North Korean workers had left the country.",
        [(250, 250, ["KG"])],
    ),
    (
        "member-state-repatriating-elided",
        "Mongolia reported that it had repatriated 1,200 North Korean workers, and Poland "
        "reported sending home 450.",
        [(1200, 1200, ["MN"]), (450, 450, ["PL"])],
    ),
    # --- headline and body restatement -----------------------------------------------
    (
        "restated-headline-body",
        "North Korea to send 5,000 workers to Russia\n\nNorth Korea will send about 5,000 "
        "workers to Russia this year, officials said.",
        [(5000, 5000, ["RU"])],
    ),
    (
        "restated-vague",
        "Thousands of North Koreans toil in Russia\n\nThousands of North Korean labourers "
        "toil on building sites across Russia.",
        [(*THOUSANDS, ["RU"])],
    ),
    (
        "restated-two-figures",
        "1,000 North Korean medics in Africa\n\nMore than 1,000 North Korean medics work in "
        "Africa.",
        [(1000, 1000, ["M49:002"]), (1000, None, ["M49:002"])],
    ),
    (
        "restated-next-sentence-no-place",
        "About 300 North Korean workers arrived in Laos in May. The 300 workers are building "
        "a hydropower dam.",
        [(300, 300, ["LA"])],
    ),
    (
        "restated-two-sentences",
        "Russia hosts about 15,000 North Koreans. Some 15,000 North Korean labourers are in "
        "Russia, a lawmaker said.",
        [(15000, 15000, ["RU"])],
    ),
    (
        "restated-world-most-in",
        "Around 70,000 North Koreans work abroad, most of them in China and Russia.",
        [(70000, 70000, ABROAD)],
    ),
    (
        "series-level",
        "The number of North Korean workers in Russia fell from 34,000 in 2017 to 11,000 in 2019.",
        [(34000, 34000, ["RU"]), (11000, 11000, ["RU"])],
    ),
    # --- negatives: other nations' workers -------------------------------------------
    (
        "neg-south-korean",
        "About 2,000 South Korean workers are employed at factories in Vietnam.",
        [],
    ),
    ("neg-chinese", "Some 30,000 Chinese labourers work on the railway in Laos.", []),
    ("neg-russian-hired", "About 3,500 Russian workers were hired to replace them.", []),
    (
        "neg-vietnamese-abroad",
        "An estimated 400,000 Vietnamese work abroad, far more than North Korea sends.",
        [],
    ),
    (
        "neg-foreign-series",
        "Tajik and Uzbek migrants dominate the region: their number grew from 40,000 in 2016 "
        "to 55,000 in 2018.",
        [],
    ),
    # --- negatives: soldiers, defectors, tourists, students ---------------------------
    (
        "neg-troops",
        "North Korea has sent roughly 11,000 troops to fight in Russia's Kursk region.",
        [],
    ),
    (
        "neg-soldiers-killed",
        "About 1,500 North Korean soldiers were killed or wounded near the front.",
        [],
    ),
    (
        "neg-defectors",
        "Some 200 North Korean defectors arrived in Seoul in the first quarter.",
        [],
    ),
    ("neg-tourists", "Roughly 3,000 North Korean tourists visited Vladivostok last summer.", []),
    (
        "neg-students",
        "About 900 North Korean students are enrolled at universities in China.",
        [],
    ),
    (
        "neg-delegation",
        "North Korea sent a 12-member delegation to discuss labour exports with Mongolia.",
        [],
    ),
    (
        "neg-arrested",
        "Police in Vladivostok arrested 14 people during a raid on a North Korean restaurant.",
        [],
    ),
    # --- negatives: numbers that are not counts of people ------------------------------
    ("neg-population", "North Korea's population is about 26 million people.", []),
    (
        "neg-city-residents",
        "Khabarovsk, where many North Koreans work, has about 600,000 residents.",
        [],
    ),
    ("neg-percent", "Roughly 40 percent of the workers' wages go to the state.", []),
    ("neg-year", "North Korean workers were first sent to Qatar in 2008.", []),
    ("neg-money", "Each North Korean labourer must hand over $600 a month.", []),
    ("neg-ages", "Most of the North Korean men in the camp are between 25 and 40 years old.", []),
    (
        "neg-companies",
        "The workers are employed by 15 North Korean companies in Russia.",
        [],
    ),
    (
        "neg-ships",
        "Some 12 North Korean fishing vessels were spotted off the coast of Japan.",
        [],
    ),
    ("neg-countries", "North Korea has sent workers to about 40 countries.", []),
    (
        "neg-restaurants",
        "About 20 North Korean restaurants operate in Cambodia and Thailand.",
        [],
    ),
    (
        "neg-months-deadline",
        "A 2017 UN resolution gave states 24 months to send the workers home.",
        [],
    ),
    (
        "neg-scene",
        "Three or four North Korean workers could be seen smoking outside the site in Russia.",
        [],
    ),
    # --- more shapes ----------------------------------------------------------------
    (
        "two-figures-two-places",
        "North Korean IT workers numbered around 4,000 in China and 1,000 in Russia.",
        [(4000, 4000, ["CN"]), (1000, 1000, ["RU"])],
    ),
    (
        "headline-body-different-wording",
        "Russia takes in 2,000 more North Koreans\n\nSome 2,000 North Korean workers arrived "
        "in the Russian Far East this month.",
        [(2000, 2000, ["RU"])],
    ),
    (
        "expelled-after-murder",
        "Malaysia expelled some 50 North Korean miners after the 2017 murder at the airport.",
        [(50, 50, ["MY"])],
    ),
    (
        "permits-demonym",
        "A total of 1,700 North Koreans held Russian work permits at the end of 2023.",
        [(1700, 1700, ["RU"])],
    ),
    (
        "neg-at-home-in-np",
        "About 60 North Korean IT workers at home in Pyongyang support the teams in China.",
        [],
    ),
    (
        "neg-mobilised-at-home",
        "The regime mobilised 10,000 workers to build a hospital in Pyongyang.",
        [],
    ),
    (
        "neg-south-korean-plant",
        "In 2019, 320 South Koreans worked at a car plant in the same Russian town.",
        [],
    ),
    (
        "neg-visas-issued",
        "Moscow issued 13,000 work visas to foreigners in the region last year.",
        [],
    ),
    (
        "identity-headline-troops",
        "Pyongyang to send 3,000 workers to Russia\nThe 3,000 troops will help rebuild the "
        "Kursk region, officials said.",
        [],
    ),
    (
        "identity-the-men-charged",
        "Prosecutors charged 14 North Korean citizens with fraud. According to the "
        "indictment, the 14 men held IT jobs in China.",
        [],
    ),
    (
        "fronted-partitive-member",
        "About 1,000 North Korean workers are in Laos. Of those, roughly 200 work at the airport.",
        [(1000, 1000, ["LA"])],
    ),
    (
        "fronted-partitive-status",
        "Of the 300 North Korean workers in Laos, 170 have gone home.",
        [(300, 300, ["LA"]), (170, 170, ["LA"])],
    ),
    (
        "neg-permits-issued",
        "Russia issued 4,000 work permits to North Koreans in 2023.",
        [],
    ),
    (
        "elided-groups-then-total",
        "They are sent in groups of 10 to 15, and about 400 are now at sites across Kuwait.",
        [(400, 400, ["KW"])],
    ),
    (
        "neg-at-home-port",
        "Workers from Pyongyang, some 2,000 in all, toil at the port of Nampo.",
        [],
    ),
    (
        "demonym-site-city",
        "Some 600 North Koreans toil in Chinese seafood plants in Donggang.",
        [(600, 600, ["CN"])],
    ),
    (
        "relocated-within-country",
        "Up to 500 North Korean laborers were relocated from Vladivostok to Khabarovsk.",
        [(None, 500, ["RU"])],
    ),
    (
        "state-body-demonym",
        "The Polish Labour Inspectorate found 29 North Koreans working at a shipyard.",
        [(29, 29, ["PL"])],
    ),
    (
        "near-city",
        "About 350 North Korean builders are putting up a stadium near Kazan.",
        [(350, 350, ["RU"])],
    ),
    (
        "apposition-numbering",
        "North Korean construction crews, numbering about 3,000, are at work across "
        "Russia's Far East.",
        [(3000, 3000, ["RU"])],
    ),
    (
        "joint-hosts",
        "Angola and Equatorial Guinea together host about 1,500 North Korean builders.",
        [(1500, 1500, ["AO", "GQ"])],
    ),
    (
        "apposition-mostly-women",
        "About 5,000 North Koreans, mostly women, work in seafood plants in China's Liaoning "
        "province.",
        [(5000, 5000, ["CN"])],
    ),
    (
        "left-for-pyongyang",
        "Around 4,000 North Korean workers who had been in Qatar left for Pyongyang in 2018.",
        [(4000, 4000, ["QA"])],
    ),
    (
        "state-deported",
        "Nigeria's government said it deported 37 North Korean doctors last year.",
        [(37, 37, ["NG"])],
    ),
    (
        "two-places-while-another",
        "The UN panel said 60 North Korean IT workers were based in Laos, while another 40 "
        "operated out of Cambodia.",
        [(60, 60, ["LA"]), (40, 40, ["KH"])],
    ),
    (
        "coordinated-share-place",
        "According to the ministry, 4 North Korean chefs and 11 waitresses worked at the "
        "restaurant in Kathmandu.",
        [(4, 4, ["NP"]), (11, 11, ["NP"])],
    ),
    (
        "fronted-locatives",
        "In Kuwait, about 2,000 North Koreans worked on construction sites; in Oman, about 300.",
        [(2000, 2000, ["KW"]), (300, 300, ["OM"])],
    ),
    (
        "elided-vague-more-alone",
        "Hundreds more are expected to follow them to Vladivostok in the spring.",
        [(*HUNDREDS, ["RU"])],
    ),
    (
        "demonym-body-lowercase",
        "Estonian border officials refused entry to 18 North Korean workers last year.",
        [(18, 18, ["EE"])],
    ),
    (
        "demonym-site-companies",
        "Russian construction companies employ 300 North Korean workers.",
        [(300, 300, ["RU"])],
    ),
    (
        "reporting-states",
        "Seventeen reporting states told the committee they had expelled 5,200 North Korean "
        "workers.",
        [(5200, 5200, ABROAD)],
    ),
    (
        "list-with-elided-second",
        "Laos hosts around 400 North Korean workers, Cambodia about 150.",
        [(400, 400, ["LA"]), (150, 150, ["KH"])],
    ),
    (
        "neg-mixed-whole",
        "Of Russia's 5 million migrant workers, only a small share are North Korean.",
        [],
    ),
    (
        "neg-cheerleaders",
        "About 400 North Korean cheerleaders travelled to South Korea for the Olympics.",
        [],
    ),
    (
        "neg-machines",
        "The factory in Dandong has 3,000 sewing machines and 12 production lines.",
        [],
    ),
    (
        "foreign-and-dprk-figures",
        "Some 500 Uzbek and 200 North Korean workers were hired for the bridge project in Russia.",
        [(200, 200, ["RU"])],
    ),
    (
        "neg-athletes",
        "North Korea sent 150 athletes to the Asian Games in China.",
        [],
    ),
    (
        "role-from-on-way-home",
        "Around 1,000 North Korean workers crossed from Dandong into Sinuiju on their way home.",
        [(1000, 1000, ["CN"])],
    ),
    (
        "vague-a-few-dozen",
        "A few dozen North Korean IT workers are in Laos.",
        [(24, 99, ["LA"])],
    ),
    (
        "level-number-in-the",
        "North Korean workers in Russia number in the tens of thousands.",
        [(*TENS_OF_THOUSANDS, ["RU"])],
    ),
    (
        "range-shared-scale",
        "Two or three thousand North Korean loggers remain in the Amur region of Russia.",
        [(2000, 3000, ["RU"])],
    ),
    (
        "existential-fronted-locative",
        "Russia hosts 8,000 North Korean workers. In China, there are another 10,000.",
        [(8000, 8000, ["RU"]), (10000, 10000, ["CN"])],
    ),
    (
        "neg-existential-customers",
        "The dinner show in Jakarta was dropped because there were only 12 diners.",
        [],
    ),
    (
        "neg-existential-currency",
        "Inside the lost purse there were about 150 Euro in notes.",
        [],
    ),
    (
        "range-fractions-shared-scale",
        "Between a quarter and half a million North Koreans have worked abroad since the 1990s.",
        [(250000, 500000, ABROAD)],
    ),
    (
        "member-state-remaining-had-left",
        "In its national report, Bulgaria said it had stopped issuing permits to DPRK "
        "nationals, and that the remaining 120 had left.",
        [(120, 120, ["BG"])],
    ),
    (
        "home-place-before-departure",
        "Some 800 North Korean workers gathered in Pyongyang before their departure.",
        [(800, 800, ABROAD)],
    ),
    (
        "head-agent-noun-joiners",
        "Some 600 North Korean carpenters and joiners are fitting out a hotel in Moscow.",
        [(600, 600, ["RU"])],
    ),
    (
        "estimates-range-bare",
        "North Korean workers remain in Russia despite the sanctions. Estimates range from "
        "10,000 to 30,000, according to analysts.",
        [(10000, 30000, ["RU"])],
    ),
    (
        "figures-vary-between-bare",
        "North Korean labourers still work in the region. Figures for the region vary between "
        "5,000 and 8,000.",
        [(5000, 8000, ABROAD)],
    ),
    (
        "neg-range-of-things",
        "North Korean workers are in the Far East. Temperatures there range from -30 to 20.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_worker_claims(worker_claims, text, expected):
    want = sorted(((lo, hi, sorted(d)) for lo, hi, d in expected), key=repr)
    assert worker_claims(text, lead=LEAD + " ") == want


# An earning word right before a figure of millions makes it an amount whose currency is
# left unsaid, never a number of people; a figure of people after the earning clause, or a
# smaller figure after "earn", still counts.
EARNED = [
    (
        "earned-vague-millions",
        "Pyongyang rakes in tens of millions from its loggers in the Far East, and about "
        "2,000 North Korean loggers work in Khabarovsk.",
        [(2000, 2000, ["RU"])],
    ),
    (
        "earned-exact-millions",
        "The state earned 4 million through its builders in Kuwait; roughly 3,000 North "
        "Korean builders were there.",
        [(3000, 3000, ["KW"])],
    ),
    (
        "earning-people-after",
        "Earning money for the regime, some 1,200 North Korean workers sew uniforms in Dandong.",
        [(1200, 1200, ["CN"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EARNED], ids=[c[0] for c in EARNED])
def test_earned_millions_are_no_people(worker_claims, text, expected):
    want = sorted(((lo, hi, sorted(d)) for lo, hi, d in expected), key=repr)
    assert worker_claims(text, lead=LEAD + " ") == want
