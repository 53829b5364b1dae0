"""Sector of a worker figure on reporting the rules were not written on: a challenge set
of sentences written for these tests (spec/claims.md "Sectors"; notes X1-X7).

Each case in ``CASES`` is "sector figure | text" (the figure is its high bound, else its
low one; ``none`` when the text names no sector for it), indented lines continue the text
and a literal ``\\n`` is a line break (a headline above its body).
"""

from __future__ import annotations

import pytest

from laborwatch.extract.sectors import grammar
from laborwatch.model import Document

OPENING = "North Korea sends workers abroad to earn hard currency for the regime. "

CASES = r"""
# a workplace ruled out ("not", "rather than") is not the figure's; "not only" adds one
agriculture 200 | About 200 North Korean workers in Primorye, Russia, are employed not in
    construction but on vegetable farms.
mining 90 | Some 90 North Korean workers in Tuva, Russia, dig coal rather than in the
    republic's building trade.
construction 200 | About 200 North Korean workers are employed not only in construction but
    also in farming in Primorye, Russia.
# occupations and workplaces: every sector, listed in the singular, read in the plural
construction 300 | About 300 North Korean bricklayers are laying walls for apartment towers
    in Vladivostok, Russia.
construction 150 | Around 150 North Korean plasterers and roofers were hired in St
    Petersburg, Russia.
construction 400 | Some 400 North Korean carpenters are renovating flats in Moscow.
construction 1000 | North Korea sent about 1,000 construction labourers to Qatar last year.
construction 250 | About 250 North Korean workers put up scaffolding around a stadium in
    Kuwait.
logging 500 | About 500 North Koreans work at a sawmill in the Amur region of Russia.
logging 1000 | Around 1,000 North Korean lumberjacks fell trees in the Russian Far East.
logging 400 | About 400 North Koreans work in forestry in the Khabarovsk region of Russia.
logging 600 | Some 600 North Korean workers were sent to fell trees in the Russian taiga.
fishing 2000 | More than 2,000 North Koreans labour on trawlers off the coast of Russia.
fishing 1500 | About 1,500 North Korean women peel shrimp at seafood plants in Donggang,
    China.
fishing 700 | Some 700 North Korean fishermen crew squid boats in Chinese waters.
fishing 900 | Roughly 900 North Korean women work at fish canneries in Hunchun, China.
manufacturing 800 | Some 800 North Korean women work in sewing factories in Dandong, China.
manufacturing 500 | About 500 North Korean seamstresses stitch uniforms in Hunchun, China.
manufacturing 2000 | About 2,000 North Koreans toil at textile mills in Liaoning, China.
manufacturing 300 | Some 300 North Korean garment workers were sent home from China.
manufacturing 250 | About 250 North Koreans assemble electronics at a plant in Shenyang,
    China.
manufacturing 120 | Around 120 North Korean workers are employed at an auto parts plant in
    Russia.
it 120 | Roughly 120 North Korean coders take freelance jobs from Shenyang, China.
it 90 | Around 90 North Korean software developers were hired by front companies in Laos.
it 60 | Some 60 North Korean web designers and app developers work from Vladivostok, Russia.
hospitality 40 | About 40 North Korean waitresses serve diners in Phnom Penh, Cambodia.
hospitality 100 | Up to 100 North Korean cooks and waiters staff eateries in Dubai.
hospitality 200 | More than 200 North Korean hotel staff work in Vladivostok, Russia.
hospitality 30 | About 30 North Korean women entertain guests at a karaoke bar in Vientiane,
    Laos.
medical 60 | Some 60 North Korean doctors and nurses work in Tanzania.
medical 50 | About 50 North Korean acupuncturists treat patients in Kuwait.
medical 35 | Some 35 North Korean pharmacists and surgeons work in Nigeria.
agriculture 3000 | About 3,000 North Koreans pick vegetables on farms near Vladivostok,
    Russia.
agriculture 900 | About 900 North Korean farmhands grow rice in the Primorsky region of
    Russia.
agriculture 1000 | Roughly 1,000 North Koreans tend greenhouses outside Moscow.
mining 700 | Nearly 700 North Korean miners dig coal in Mongolia.
mining 90 | About 90 North Koreans were employed at coal pits in Russia.
shipbuilding 200 | Some 200 North Korean welders work at shipyards in Gdansk, Poland.
shipbuilding 150 | About 150 North Koreans build ship hulls in the Netherlands.


# X1: a compound is read whole; the specific sector wins over a generic workplace
fishing 600 | About 600 North Korean women process squid at factories in Hunchun, China.
logging 400 | Some 400 North Koreans work at timber processing plants in Russia.
logging 350 | About 350 North Koreans work in a lumber mill in Siberia, Russia.
medical 80 | Roughly 80 North Korean medics staff a hospital ship off Libya.
construction 120 | Some 120 North Korean builders work for a property developer in Moscow.


# X2: a word with another sense is not a sector cue in that sense
construction 40 | Some 40 North Korean construction workers were taken to hospital after a
    crane collapsed in Russia.
construction 120 | About 120 North Korean builders were housed in a hotel in Moscow.
construction 200 | Roughly 200 North Korean builders are putting up a hotel in Kazan,
    Russia.
construction 300 | About 300 North Korean bricklayers in Russia have to cook their own
    meals.
none 100 | About 100 North Korean labourers were sent to Kursk, Russia, to clear mines.
none 150 | Some 150 North Korean labourers were hired to help restore ties with Moscow.


# X6: two sectors for one figure, so none
none 650 | Another 650 North Koreans are employed in building and in dairy farming in
    Russia.
none 5000 | About 5,000 North Koreans work in construction, logging and fishing in Russia.
none 2000 | Some 2,000 North Koreans are employed in restaurants and textile factories in
    China.
# the figure's own clause singles one out
construction 2500 | The envoy urged Mongolia to send home some 2,500 North Korean workers
    from its building sites and to ban the restaurants they staff.
construction 700 | About 700 North Koreans work on building sites in Russia, while 300 North
    Koreans work on farms.
agriculture 300 | About 700 North Koreans work on building sites in Russia, while 300 North
    Koreans work on farms.


# X7: an example employer does not decide the whole workforce's sector
none 450 | Some 450 North Koreans are spread over 20 employers in Russia, including a pig
    farm.
none 2000 | Some 2,000 North Koreans work in the Amur region of Russia; one of their
    employers is a logging company.
none 1200 | Roughly 1,200 North Koreans work in Poland, for example at a shipyard in Gdynia.
none 400 | About 400 North Koreans work for Russian companies such as a fish cannery and a
    sawmill.


# X3: the previous sentence names the same workers' sector
shipbuilding 75 | A shipyard in Nakhodka, Russia, relies on welders from Pyongyang. Last
    year about 75 North Koreans worked there.
hospitality 40 | North Korea runs a chain of restaurants in Cambodia. About 40 North Korean
    women work in them.
manufacturing 1500 | Seamstresses from North Korea sew coats in Dandong, China. A trader
    said about 1,500 such women work in the city.
# the restated group in the next sentence names it
construction 80 | Roughly 80 North Korean workers flew home from Mongolia, the ministry
    said. The 83 workers had spent two years on building sites in Ulaanbaatar.
# a neighbouring sentence about other people or another part of the workforce does not
none 20000 | A Russian firm hired North Korean cooks and treated them well. Russia hosts
    about 20,000 North Korean workers, officials said.
none 3000 | Russian builders are short of work in Vladivostok. The region also hosts about
    3,000 North Korean labourers.
none 1200 | Mongolia reported about 1,200 North Korean workers at the end of 2019. Officials
    expect more to arrive in spring. Some of them in Ulaanbaatar sleep at the construction
    sites where they work.
none 20000 | About 20,000 North Koreans work in Russia. Some Russian farmers complain about
    a lack of labourers.


# X5: the sector named only in the speaker attribution
manufacturing 140 | 'We took on roughly 140 North Korean workers in 2023,' the owner of a
    garment workshop in Hunchun, China, told reporters.
logging 200 | 'About 200 North Korean workers came to Russia last spring. Another 80 are due
    in June,' a supervisor at a logging camp said.


# X4: the body's restatement names what the headline left out
construction 999 | Pyongyang ships hundreds of workers to Kazakhstan\n\nHundreds of North
    Korean workers have gone to Kazakhstan to work in its oil field construction camps.
fishing 3000 | Report: 3,000 North Korean women in Chinese seafood plants\n\nAbout 3,000
    North Korean women work in seafood plants in China, the report said.


# written after the rules above, as a check on phrasings they were not written on
construction 1200 | An estimated 1,200 North Korean labourers are building housing estates
    in Moscow.
fishing 350 | Around 350 North Korean women gut and pack fish at a cold-storage plant in
    Russia.
it 80 | Some 80 North Korean programmers were found writing software for clients in China.
agriculture 400 | About 400 North Korean workers harvest potatoes and cabbage in Primorsky
    Krai, Russia.
medical 150 | At least 150 North Korean nurses and midwives serve in hospitals across
    Kuwait.
manufacturing 1000 | More than 1,000 North Koreans sew shirts for export in Dandong, China.
logging 500 | Roughly 500 North Korean loggers were sent home from the Amur region of
    Russia.
hospitality 60 | About 60 North Korean waitresses left a restaurant in Ningbo, China, last
    year.
mining 200 | Some 200 North Koreans dig for gold in a mine in Mongolia.
shipbuilding 90 | About 90 North Korean shipbuilders work on vessels at a yard in Romania.
construction 300 | Nearly 300 North Korean construction workers were treated in hospital
    after a fire in Russia.
none 1000 | About 1,000 North Koreans work at factories and farms in China.
medical 20 | North Korean doctors run a clinic in Dar es Salaam, Tanzania. About 20 of them
    arrived in 2016.
shipbuilding 45 | 'We hired 45 North Korean workers last year,' said the owner of a shipyard
    in Poland.


# X3 again, written before the anaphors of a workplace and of a group were generalised
logging 400 | A logging firm in Khabarovsk signed a new contract with Pyongyang. The firm
    now employs about 400 North Korean workers.
fishing 300 | North Korean crews work on trawlers in the Sea of Okhotsk. Russian officials
    counted some 300 North Korean workers aboard the vessels.
construction 700 | North Korean labourers are putting up a stadium in Kuwait. Officials say
    some 700 North Korean workers are at the site.
hospitality 30 | North Korean waitresses sing for diners in Shenyang, China. The women earn
    little, and about 30 North Korean workers left in March.
none 3000 | Russian farms lack hands in Primorye. The region hosts about 3,000 North Korean
    workers.
none 9000 | A Russian sawmill closed last year. The government says about 9,000 North Korean
    workers remain in Russia.


# a third batch, measured before any rule was written for it
it 150 | Pyongyang has about 150 North Korean software engineers working remotely for
    clients in Europe from China.
agriculture 400 | Some 400 North Korean workers toil on rice paddies in the Russian Far
    East.
fishing 70 | About 70 North Korean workers were aboard Chinese fishing vessels when
    inspectors boarded.
manufacturing 3000 | An estimated 3,000 North Korean labourers work at textile and shoe
    factories in Hunchun, China.
hospitality 200 | Around 200 North Korean women work in the kitchens and dining rooms of
    state-run restaurants in Dubai.
none 500 | More than 500 North Koreans work in the construction and agricultural sectors of
    Russia.
logging 2000 | North Korea sends 2,000 workers to Russia\n\nThe 2,000 North Korean workers
    will fell trees in Siberia, officials said.
manufacturing 60 | 'Around 60 North Korean workers live in our dormitory,' said the manager
    of a textile plant in Dandong, China.
none 4000 | Some 4,000 North Koreans work for Chinese firms, among them a seafood processor
    in Donggang.
none 10000 | About 10,000 North Korean workers are in China. Among them are seamstresses at
    a plant in Dandong.
mining 300 | Another 300 North Korean workers were assigned to a nickel mine in Russia.
shipbuilding 1000 | About 1,000 North Korean workers build and repair ships at yards in
    Russia.
agriculture 50 | Around 50 North Korean workers run a mushroom farm near Moscow.
hospitality 900 | Some 900 North Koreans are employed as cleaners and cooks in Moscow
    hotels.
it 30 | About 30 North Korean IT workers earned money for Pyongyang from Laos.
none 300 | Around 300 North Korean workers in Russia sleep in a former hospital turned into
    a dormitory.
it 130 | Two Chinese software companies in Shenyang hired North Korean programmers. The two
    companies employ 130 North Koreans.
none 2000 | Moscow is mining its relationship with Pyongyang: some 2,000 North Korean workers
    arrived in Russia this year.
shipbuilding 400 | Some 400 North Korean workers are employed at a shipyard in Sharjah, UAE,
    whose owner also runs several hotels.
construction 900 | About 900 North Korean workers remain in Qatar, mostly on building sites,
    while 40 work in restaurants in Doha.
none 3000 | The labour deal is a gold mine for Pyongyang: some 3,000 North Korean workers
    arrived in Russia this year.
none 200 | Officials are fishing for answers after 200 North Korean workers arrived in
    Vladivostok.
none 600 | The report, a mine of information, says 600 North Korean workers are in Russia.
construction 45 | Some 45 North Korean painters are decorating apartments in Vladivostok,
    Russia.
"""


def parse(table: str) -> list[tuple[str, float, str | None]]:
    """The (text, figure, sector) cases of a table like ``CASES``."""
    cases: list[list[str]] = []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            cases[-1].append(line.strip())
        else:
            cases.append([line])
    out = []
    for lines in cases:
        head, _, text = " ".join(lines).partition(" | ")
        sector, figure = head.split()
        out.append((text.replace("\\n", "\n"), float(figure), None if sector == "none" else sector))
    return out


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


def test_the_challenge_set_is_large_and_varied() -> None:
    cases = parse(CASES)
    assert len(cases) >= 60
    assert len({sector for _, _, sector in cases}) >= 10


@pytest.mark.parametrize(("text", "value", "sector"), parse(CASES))
def test_sector_of_a_figure(extractor, text: str, value: float, sector: str | None) -> None:
    assert sector_of(extractor, text, value) == sector


def test_a_language_without_a_sector_grammar_reads_cue_words_only() -> None:
    korean = grammar("ko")
    assert korean.verbs == {} and korean.other_senses.search("clear mines") is None
    assert grammar("en").other_senses.search("were taken to hospital") is not None
