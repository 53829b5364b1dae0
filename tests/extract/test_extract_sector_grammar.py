"""Sector of a worker figure on reporting the rules were not written on: a challenge set
of sentences written for these tests (spec/claims.md "Sectors"; notes X1-X7).

Each case is a short text, the figure (its high bound, else its low one) and the sector
an annotator following the spec gives it (``None`` when the text names none for it).
"""

from __future__ import annotations

import pytest

from laborwatch.model import Document

OPENING = "North Korea sends workers abroad to earn hard currency for the regime. "


def sector_of(extractor, text: str, value: float) -> str | None:
    doc = Document(id="sector", text=OPENING + text, published="2025-03")
    out = extractor.extract(doc)
    found = {
        (c.value.high if c.value.high is not None else c.value.low): c
        for c in out.claims
        if c.kind == "workers"
    }
    assert value in found, f"figure {value} not extracted from {text!r}"
    return found[value].sector


VOCABULARY = [
    # occupations and workplaces: every sector, listed in the singular, read in the plural
    (
        "About 300 North Korean bricklayers are laying walls for apartment towers in "
        "Vladivostok, Russia.",
        300,
        "construction",
    ),
    (
        "Around 150 North Korean plasterers and roofers were hired in St Petersburg, Russia.",
        150,
        "construction",
    ),
    ("Some 400 North Korean carpenters are renovating flats in Moscow.", 400, "construction"),
    (
        "North Korea sent about 1,000 construction labourers to Qatar last year.",
        1000,
        "construction",
    ),
    (
        "About 250 North Korean workers put up scaffolding around a stadium in Kuwait.",
        250,
        "construction",
    ),
    ("About 500 North Koreans work at a sawmill in the Amur region of Russia.", 500, "logging"),
    ("Around 1,000 North Korean lumberjacks fell trees in the Russian Far East.", 1000, "logging"),
    (
        "About 400 North Koreans work in forestry in the Khabarovsk region of Russia.",
        400,
        "logging",
    ),
    ("Some 600 North Korean workers were sent to fell trees in the Russian taiga.", 600, "logging"),
    ("More than 2,000 North Koreans labour on trawlers off the coast of Russia.", 2000, "fishing"),
    (
        "About 1,500 North Korean women peel shrimp at seafood plants in Donggang, China.",
        1500,
        "fishing",
    ),
    ("Some 700 North Korean fishermen crew squid boats in Chinese waters.", 700, "fishing"),
    ("Roughly 900 North Korean women work at fish canneries in Hunchun, China.", 900, "fishing"),
    (
        "Some 800 North Korean women work in sewing factories in Dandong, China.",
        800,
        "manufacturing",
    ),
    (
        "About 500 North Korean seamstresses stitch uniforms in Hunchun, China.",
        500,
        "manufacturing",
    ),
    ("About 2,000 North Koreans toil at textile mills in Liaoning, China.", 2000, "manufacturing"),
    ("Some 300 North Korean garment workers were sent home from China.", 300, "manufacturing"),
    (
        "About 250 North Koreans assemble electronics at a plant in Shenyang, China.",
        250,
        "manufacturing",
    ),
    (
        "Around 120 North Korean workers are employed at an auto parts plant in Russia.",
        120,
        "manufacturing",
    ),
    ("Roughly 120 North Korean coders take freelance jobs from Shenyang, China.", 120, "it"),
    ("Around 90 North Korean software developers were hired by front companies in Laos.", 90, "it"),
    (
        "Some 60 North Korean web designers and app developers work from Vladivostok, Russia.",
        60,
        "it",
    ),
    ("About 40 North Korean waitresses serve diners in Phnom Penh, Cambodia.", 40, "hospitality"),
    ("Up to 100 North Korean cooks and waiters staff eateries in Dubai.", 100, "hospitality"),
    ("More than 200 North Korean hotel staff work in Vladivostok, Russia.", 200, "hospitality"),
    (
        "About 30 North Korean women entertain guests at a karaoke bar in Vientiane, Laos.",
        30,
        "hospitality",
    ),
    ("Some 60 North Korean doctors and nurses work in Tanzania.", 60, "medical"),
    ("About 50 North Korean acupuncturists treat patients in Kuwait.", 50, "medical"),
    ("Some 35 North Korean pharmacists and surgeons work in Nigeria.", 35, "medical"),
    (
        "About 3,000 North Koreans pick vegetables on farms near Vladivostok, Russia.",
        3000,
        "agriculture",
    ),
    (
        "About 900 North Korean farmhands grow rice in the Primorsky region of Russia.",
        900,
        "agriculture",
    ),
    ("Roughly 1,000 North Koreans tend greenhouses outside Moscow.", 1000, "agriculture"),
    ("Nearly 700 North Korean miners dig coal in Mongolia.", 700, "mining"),
    ("About 90 North Koreans were employed at coal pits in Russia.", 90, "mining"),
    ("Some 200 North Korean welders work at shipyards in Gdansk, Poland.", 200, "shipbuilding"),
    ("About 150 North Koreans build ship hulls in the Netherlands.", 150, "shipbuilding"),
]

PRECEDENCE = [
    # X1: a compound is read whole; the specific sector wins over a generic workplace
    ("About 600 North Korean women process squid at factories in Hunchun, China.", 600, "fishing"),
    ("Some 400 North Koreans work at timber processing plants in Russia.", 400, "logging"),
    ("About 350 North Koreans work in a lumber mill in Siberia, Russia.", 350, "logging"),
    ("Roughly 80 North Korean medics staff a hospital ship off Libya.", 80, "medical"),
    (
        "Some 120 North Korean builders work for a property developer in Moscow.",
        120,
        "construction",
    ),
]

HOMOGRAPHS = [
    # X2: a word with another sense is not a sector cue in that sense
    (
        "Some 40 North Korean construction workers were taken to hospital after a crane "
        "collapsed in Russia.",
        40,
        "construction",
    ),
    ("About 120 North Korean builders were housed in a hotel in Moscow.", 120, "construction"),
    (
        "Roughly 200 North Korean builders are putting up a hotel in Kazan, Russia.",
        200,
        "construction",
    ),
    (
        "About 300 North Korean bricklayers in Russia have to cook their own meals.",
        300,
        "construction",
    ),
    (
        "About 100 North Korean labourers were sent to Kursk, Russia, to clear mines.",
        100,
        None,
    ),
    ("Some 150 North Korean labourers were hired to help restore ties with Moscow.", 150, None),
]

SEVERAL = [
    # X6: two sectors for one figure, so none
    ("A further 900 North Koreans work in building and vegetable growing in Russia.", 900, None),
    ("About 5,000 North Koreans work in construction, logging and fishing in Russia.", 5000, None),
    (
        "Some 2,000 North Koreans are employed in restaurants and textile factories in China.",
        2000,
        None,
    ),
    # the figure's own clause singles one out
    (
        "The US urged Kuwait to stop using about 2,000 North Korean workers on building sites "
        "and to close the restaurants they run.",
        2000,
        "construction",
    ),
    (
        "About 700 North Koreans work on building sites in Russia, while 300 North Koreans "
        "work on farms.",
        700,
        "construction",
    ),
    (
        "About 700 North Koreans work on building sites in Russia, while 300 North Koreans "
        "work on farms.",
        300,
        "agriculture",
    ),
]

EXAMPLES = [
    # X7: an example employer does not decide the whole workforce's sector
    ("About 300 North Koreans work for 15 firms in Russia, including a tomato farm.", 300, None),
    (
        "Some 2,000 North Koreans work in the Amur region of Russia; one of their employers "
        "is a logging company.",
        2000,
        None,
    ),
    (
        "Roughly 1,200 North Koreans work in Poland, for example at a shipyard in Gdynia.",
        1200,
        None,
    ),
    (
        "About 400 North Koreans work for Russian companies such as a fish cannery and a sawmill.",
        400,
        None,
    ),
]

DISCOURSE = [
    # X3: the previous sentence names the same workers' sector
    (
        "North Korean riveters are common at the dry dock in Vladivostok. Since 2015, "
        "roughly 60 North Koreans have been employed there.",
        60,
        "shipbuilding",
    ),
    (
        "North Korea runs a chain of restaurants in Cambodia. About 40 North Korean women "
        "work in them.",
        40,
        "hospitality",
    ),
    (
        "Seamstresses from North Korea sew coats in Dandong, China. A trader said about 1,500 "
        "such women work in the city.",
        1500,
        "manufacturing",
    ),
    # the restated group in the next sentence names it
    (
        "More than 150 North Korean labourers have left Angola, the government said. The 154 "
        "workers had been employed on construction projects.",
        150,
        "construction",
    ),
    # a neighbouring sentence about other people or another part of the workforce does not
    (
        "A Russian firm hired North Korean cooks and treated them well. Russia hosts about "
        "20,000 North Korean workers, officials said.",
        20000,
        None,
    ),
    (
        "Russian builders are short of work in Vladivostok. The region also hosts about 3,000 "
        "North Korean labourers.",
        3000,
        None,
    ),
    (
        "Russia said about 11,000 North Korean workers were in the country at the end of 2018. "
        "Visas aside, many more arrive on student papers. Some of those working in Russia "
        "live at the construction sites where they work.",
        11000,
        None,
    ),
    (
        "About 20,000 North Koreans work in Russia. Some Russian farmers complain about a lack "
        "of labourers.",
        20000,
        None,
    ),
]

SPEAKERS = [
    # X5: the sector named only in the speaker attribution
    (
        "'About 200 North Korean workers came last spring and 80 have already left,' a foreman "
        "at a knitwear mill in China said.",
        200,
        "manufacturing",
    ),
    (
        "'About 200 North Korean workers came to Russia last spring. Another 80 are due in "
        "June,' a supervisor at a logging camp said.",
        200,
        "logging",
    ),
]

HEADLINES = [
    # X4: the body's restatement names what the headline left out
    (
        "Thousands of North Koreans sent to Russia\n\nThousands of North Korean workers were "
        "sent to building sites across Russia.",
        9999,
        "construction",
    ),
    (
        "Report: 3,000 North Korean women in Chinese seafood plants\n\nAbout 3,000 North "
        "Korean women work in seafood plants in China, the report said.",
        3000,
        "fishing",
    ),
]

# written after the rules above, as a check on phrasings they were not written on
FRESH = [
    (
        "An estimated 1,200 North Korean labourers are building housing estates in Moscow.",
        1200,
        "construction",
    ),
    (
        "Around 350 North Korean women gut and pack fish at a cold-storage plant in Russia.",
        350,
        "fishing",
    ),
    (
        "Some 80 North Korean programmers were found writing software for clients in China.",
        80,
        "it",
    ),
    (
        "About 400 North Korean workers harvest potatoes and cabbage in Primorsky Krai, Russia.",
        400,
        "agriculture",
    ),
    (
        "At least 150 North Korean nurses and midwives serve in hospitals across Kuwait.",
        150,
        "medical",
    ),
    (
        "More than 1,000 North Koreans sew shirts for export in Dandong, China.",
        1000,
        "manufacturing",
    ),
    (
        "Roughly 500 North Korean loggers were sent home from the Amur region of Russia.",
        500,
        "logging",
    ),
    (
        "About 60 North Korean waitresses left a restaurant in Ningbo, China, last year.",
        60,
        "hospitality",
    ),
    ("Some 200 North Koreans dig for gold in a mine in Mongolia.", 200, "mining"),
    (
        "About 90 North Korean shipbuilders work on vessels at a yard in Romania.",
        90,
        "shipbuilding",
    ),
    (
        "Nearly 300 North Korean construction workers were treated in hospital after a fire "
        "in Russia.",
        300,
        "construction",
    ),
    ("About 1,000 North Koreans work at factories and farms in China.", 1000, None),
    (
        "North Korean doctors run a clinic in Dar es Salaam, Tanzania. About 20 of them "
        "arrived in 2016.",
        20,
        "medical",
    ),
    (
        "'We hired 45 North Korean workers last year,' said the owner of a shipyard in Poland.",
        45,
        "shipbuilding",
    ),
]

# X3 again, written before the anaphors of a workplace and of a group were generalised
ANAPHORS = [
    (
        "A logging firm in Khabarovsk signed a new contract with Pyongyang. The firm now "
        "employs about 400 North Korean workers.",
        400,
        "logging",
    ),
    (
        "North Korean crews work on trawlers in the Sea of Okhotsk. Russian officials counted "
        "some 300 North Korean workers aboard the vessels.",
        300,
        "fishing",
    ),
    (
        "North Korean labourers are putting up a stadium in Kuwait. Officials say some 700 "
        "North Korean workers are at the site.",
        700,
        "construction",
    ),
    (
        "North Korean waitresses sing for diners in Shenyang, China. The women earn little, "
        "and about 30 North Korean workers left in March.",
        30,
        "hospitality",
    ),
    (
        "Russian farms lack hands in Primorye. The region hosts about 3,000 North Korean workers.",
        3000,
        None,
    ),
    (
        "A Russian sawmill closed last year. The government says about 9,000 North Korean "
        "workers remain in Russia.",
        9000,
        None,
    ),
]

# a third batch, measured before any rule was written for it
FRESH_TOO = [
    (
        "Pyongyang has about 150 North Korean software engineers working remotely for clients "
        "in Europe from China.",
        150,
        "it",
    ),
    (
        "Some 400 North Korean workers toil on rice paddies in the Russian Far East.",
        400,
        "agriculture",
    ),
    (
        "About 70 North Korean workers were aboard Chinese fishing vessels when inspectors "
        "boarded.",
        70,
        "fishing",
    ),
    (
        "An estimated 3,000 North Korean labourers work at textile and shoe factories in "
        "Hunchun, China.",
        3000,
        "manufacturing",
    ),
    (
        "Around 200 North Korean women work in the kitchens and dining rooms of state-run "
        "restaurants in Dubai.",
        200,
        "hospitality",
    ),
    (
        "More than 500 North Koreans work in the construction and agricultural sectors of Russia.",
        500,
        None,
    ),
    (
        "North Korea sends 2,000 workers to Russia\n\nThe 2,000 North Korean workers will "
        "fell trees in Siberia, officials said.",
        2000,
        "logging",
    ),
    (
        "'Around 60 North Korean workers live in our dormitory,' said the manager of a "
        "textile plant in Dandong, China.",
        60,
        "manufacturing",
    ),
    (
        "Some 4,000 North Koreans work for Chinese firms, among them a seafood processor in "
        "Donggang.",
        4000,
        None,
    ),
    (
        "About 10,000 North Korean workers are in China. Among them are seamstresses at a "
        "plant in Dandong.",
        10000,
        None,
    ),
    ("Another 300 North Korean workers were assigned to a nickel mine in Russia.", 300, "mining"),
    (
        "About 1,000 North Korean workers build and repair ships at yards in Russia.",
        1000,
        "shipbuilding",
    ),
    ("Around 50 North Korean workers run a mushroom farm near Moscow.", 50, "agriculture"),
    (
        "Some 900 North Koreans are employed as cleaners and cooks in Moscow hotels.",
        900,
        "hospitality",
    ),
    ("About 30 North Korean IT workers earned money for Pyongyang from Laos.", 30, "it"),
    (
        "Around 300 North Korean workers in Russia sleep in a former hospital turned into a "
        "dormitory.",
        300,
        None,
    ),
]

CASES = VOCABULARY + PRECEDENCE + HOMOGRAPHS + SEVERAL + EXAMPLES + DISCOURSE + SPEAKERS
CASES += HEADLINES + FRESH + ANAPHORS + FRESH_TOO


@pytest.mark.parametrize(("text", "value", "sector"), CASES)
def test_sector_of_a_figure(extractor, text: str, value: float, sector: str | None) -> None:
    assert sector_of(extractor, text, value) == sector
