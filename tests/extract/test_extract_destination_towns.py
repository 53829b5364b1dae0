"""Small towns as the only place of a worker figure, written blind: towns and districts of
10,000-100,000 inhabitants in the countries that host North Korean workers (Russia's Far
East and Siberia, Mongolia, Central Asia, the Gulf, Eastern Europe, Africa, Southeast Asia),
plus hard negatives: a town name that is a person's surname or given name in the story, and
a same-named town in another country.

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The claim
notation is that of ``test_extract_long_articles.py`` (``Q VALUE@DESTS/STATUS``; " // "
ends the headline, " || " a paragraph), the comparison that of
``test_extract_short_news.py``.

First run (T1, 16 articles, 20 worker figures in 13 town articles, 3 hard negatives),
before any change: counts 1.00 (20/20) / 1.00 (20/20), count+destination 0.10 (2/20) /
0.10 (2/20); 3 of 16 articles passed (the negatives). Every town figure had no place: the
gazetteer kept cities of 100,000 and more only, and each town was 10,000-100,000.

Fixed: towns of 10,000 and more in the host countries (``small_towns:`` in
``places_extra.yaml``, ``tools/build_gazetteer.py``; China only along the border), with
surname-shaped Russian names dropped ("Chekhov", "Pushkin"; "Bikin" listed by hand), short
names dropped, alternate spellings checked without a first word ("Zhodino" for "Horad
Zhodzina", "Fahaheel" for "Al Fahahil"), Poipet listed (its GeoNames name "Paoy Paet" is
too far from it); "sidings between Tayshet and Ust-Kut" had no place although both were
known ("between" two towns now places the workers in their country, as "near" a city
does: cues ``proximity_before``). After: counts 1.00 (20/20) / 1.00 (20/20),
count+destination 0.95 (19/20) / 0.95 (19/20); the miss is Korsakov, still left out as a
surname (listed, "Dmitry Korsakov, a shipping agent in Hai Phong" read Russia; a strict
xfail).

T2 (9 articles written blind after the T1 fixes; 10 figures, two person-name negatives),
before any change: counts 1.00 (10/10) / 1.00 (10/10), count+destination 0.80 (8/10) /
0.80 (8/10). Fixed: "Bekabad" had no place (GeoNames "Bekobod": an alternate that differs
in vowels only is now kept for the small towns); "Zhlobin" was dropped as surname-shaped
(listed by hand, as Bikin). After: 1.00 (10/10) / 1.00 (10/10). T1-T2 after: counts 1.00
(30/30) / 1.00 (30/30), count+destination 0.97 (29/30) / 0.97 (29/30).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch T1, written blind: figures placed only by a small town (no country, no province).
BATCH_1: list[Article] = [
    (
        "T1",
        "korsakov-port",
        "~300@RU/present",
        """About 300 North Korean workers are employed at fish-processing plants around the
        port of Korsakov, a customs officer told the Island Herald on Tuesday. || The officer
        did not name the plants.""",
    ),
    (
        "T1",
        "nevelsk-bikin-each",
        "=120@RU/present =85@RU/present",
        """Labour inspectors found 120 North Korean builders in Nevelsk and 85 in Bikin during
        spring checks, the Coastal Courier reported. || Both towns have long relied on
        foreign crews for housing projects.""",
    ),
    (
        "T1",
        "tayshet-ust-kut-rail",
        "~400@RU/present",
        """About 400 North Korean workers are laying rail sidings between Tayshet and Ust-Kut
        for a timber company, a foreman at the site said. || The company declined to
        comment.""",
    ),
    (
        "T1",
        "yelizovo-terminal",
        "=60@RU/dispatched",
        """A group of 60 North Korean construction workers arrived in Yelizovo last week to
        build a new airport terminal, the Volcano Times reported. || The terminal is due to
        open in 2028.""",
    ),
    (
        "T1",
        "sainshand-plant",
        "~150@MN/present",
        """About 150 North Korean workers are employed on a chemical plant under construction
        near Sainshand, an engineer told the Gobi Post. || He asked not to be named.""",
    ),
    (
        "T1",
        "tokmok-kara-balta",
        "=90@KG/present =40@KG/present",
        """Police inspected a garment factory in Tokmok that employs 90 North Korean
        seamstresses and a brickworks in Kara-Balta that employs 40 North Korean workers, the
        news site Ala-Too Today said. || No arrests were made.""",
    ),
    (
        "T1",
        "tursunzoda-smelter",
        "~200@TJ/present",
        """About 200 North Korean workers are repairing furnaces at the aluminium smelter in
        Tursunzoda, two people familiar with the contract said. || The smelter's owner did
        not reply to questions.""",
    ),
    (
        "T1",
        "fahaheel-khor-fakkan",
        "=700@KW/present =350@AE/present",
        """A rights group counted 700 North Korean workers in Fahaheel and 350 in Khor Fakkan,
        most of them on building sites, in a report released on Monday. || The group urged
        employers to check their subcontractors.""",
    ),
    (
        "T1",
        "nizwa-hotel",
        "~80@OM/present",
        """About 80 North Korean workers are still building a hotel in Nizwa, a developer's
        spokesman said, despite a pledge to send them home. || The hotel was due to open last
        year.""",
    ),
    (
        "T1",
        "kwidzyn-malbork",
        "=55@PL/present =30@PL/present",
        """Labour inspectors found 55 North Korean welders at a subcontractor in Kwidzyn and 30
        at a steel works in Malbork, the Baltic Business Daily reported. || Both firms said
        the workers had valid permits.""",
    ),
    (
        "T1",
        "zhodino-truck-plant",
        "~100@BY/present",
        """About 100 North Korean workers are employed on a building site next to the truck
        plant in Zhodino, an opposition news site reported. || The plant did not comment.""",
    ),
    (
        "T1",
        "hassi-messaoud-camps",
        "~250@DZ/present",
        """Some 250 North Korean workers live in camps outside Hassi Messaoud and build housing
        for oil-field staff, a contractor said. || He would not name the state company that
        hired them.""",
    ),
    (
        "T1",
        "thakhek-poipet",
        "~60@LA/present ~40@KH/present",
        """About 60 North Korean workers run restaurants and a clinic in Thakhek, while about
        40 work at casinos in Poipet, a researcher at a Bangkok institute, Nira Somsak, said.
        || She based the figures on interviews with traders.""",
    ),
    (
        "T1",
        "surname-korsakov-haiphong",
        "~150@VN/present",
        """Dmitry Korsakov, a shipping agent in Hai Phong, said about 150 North Korean workers
        are employed at garment plants in the city. || Mr. Korsakov said the plants paid their
        wages in cash.""",
    ),
    (
        "T1",
        "given-name-asha-gulf",
        "~300@M49:145/present",
        """About 300 North Korean workers remain in the Gulf, said Asha Raman, a researcher
        who studies migrant labour. || Chekhov and Pushkin were on the reading list of her
        seminar, Asha added.""",
    ),
    (
        "T1",
        "okha-gujarat-not-sakhalin",
        "none",
        """Fishermen in Okha, Gujarat, protested on Friday against a new port levy, the
        Western Coast Times reported. || The levy takes effect in March.""",
    ),
]

# Batch T2, written blind after the T1 fixes: other towns, and person names as negatives.
BATCH_2: list[Article] = [
    (
        "T2",
        "lesosibirsk-sawmills",
        "~500@RU/present",
        """About 500 North Korean loggers work at sawmills around Lesosibirsk, a timber trader
        told the Yenisei Courier. || The trader said most of them had arrived before the
        pandemic.""",
    ),
    (
        "T2",
        "dolinsk-vilyuchinsk",
        "=70@RU/present =45@RU/present",
        """Prosecutors said 70 North Korean builders were working without permits in Dolinsk
        and another 45 in Vilyuchinsk. || Their employers face fines.""",
    ),
    (
        "T2",
        "zhlobin-steel",
        "~120@BY/present",
        """About 120 North Korean workers are building an extension to the steel works in
        Zhlobin, an exiled trade unionist said. || The works did not respond.""",
    ),
    (
        "T2",
        "balkhash-smelter",
        "=80@KZ/present",
        """Eighty North Korean welders are employed at the copper smelter in Balkhash under a
        contract signed last year, the Steppe Observer reported. || The contract runs for
        three years.""",
    ),
    (
        "T2",
        "bekabad-cement",
        "~60@UZ/present",
        """Some 60 North Korean workers are installing kilns at a cement plant in Bekabad, a
        person involved in the project said. || The plant's owner declined to comment.""",
    ),
    (
        "T2",
        "ruwais-camps",
        "~400@AE/present",
        """About 400 North Korean workers live in labour camps near Ruwais and work on a
        refinery expansion, a former site manager said. || He left the project in May.""",
    ),
    (
        "T2",
        "moatize-coal",
        "~150@MZ/present",
        """About 150 North Korean workers are employed by a subcontractor at a coal mine in
        Moatize, a local journalist, Celso Mabunda, said. || The subcontractor did not
        reply.""",
    ),
    (
        "T2",
        "lermontov-scholar-mongolia",
        "~200@MN/present",
        """About 200 North Korean workers remain in Mongolia, most of them in construction,
        said Irina Lermontova, a researcher. || Ms. Lermontova cited embassy sources.""",
    ),
    (
        "T2",
        "kant-quote-bishkek",
        "~300@KG/present",
        """About 300 North Korean workers are employed at building sites in Bishkek, a labour
        ministry official said. || Quoting Kant, he said rules must apply to everyone.""",
    ),
]

BATCHES: list[list[Article]] = [BATCH_1, BATCH_2]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "T1-korsakov-port": "gazetteer: 'Korsakov' is left out as a surname (places_extra.yaml "
    "cities:): listed, 'Dmitry Korsakov, a shipping agent in Hai Phong' read Russia "
    "(T1-surname-korsakov-haiphong); a person guard before a town is not built",
}
KNOWN_DETAILS: dict[str, str] = {}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
