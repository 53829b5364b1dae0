"""A blind challenge set for origins (who first stated a figure) on realistic reporting:
"according to X", "X said", a report by X citing Y, relays of unnamed sources by outlets,
an outlet's own reporting, UN panel and member-state reports, Seoul's spy agency and
unification ministry, think tanks, named people with a role, headlines and anaphora.

Every snippet was written for this file, in the style of news, NGO and UN reporting, and
its expected origin (spec/claims.md, "origin") was fixed before the extractor was run on
it. Origins are compared as the scorer compares them (``origin_key``: names normalised,
aliases of ../shared/tools/origins.json folded). A closing sentence without figures keeps
the document relevant.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

TAIL = " Pyongyang earns hard currency from the labour of workers it sends to foreign employers."

# (case id, text, the figure's low value, expected origin, publisher)
CASES: list[tuple[str, str, float, str | None, str | None]] = [
    # --- "according to X", "X said" ---------------------------------------------------
    (
        "according-to-state-department",
        "Some 4,700 North Koreans are working in Chinese factories, according to the U.S. "
        "State Department.",
        4700,
        "US State Department",
        "example-news.com",
    ),
    (
        "according-to-nis-full-name",
        "According to South Korea's National Intelligence Service, about 6,800 North Korean "
        "labourers entered Russia last year.",
        6800,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "spy-agency-said",
        "South Korea's spy agency said on Thursday that roughly 2,300 North Korean workers "
        "had been dispatched to construction sites in Russia.",
        2300,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "nis-acronym-told-lawmakers",
        "The NIS told lawmakers in a closed-door briefing that 3,400 North Korean workers "
        "were sent to Russia in the first half.",
        3400,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "unification-ministry-seoul",
        "Seoul's unification ministry estimated that 1,900 North Korean restaurant workers "
        "remain in China.",
        1900,
        "South Korea Ministry of Unification",
        "example-news.com",
    ),
    (
        "ministry-of-unification-says",
        "The Ministry of Unification says about 5,500 North Koreans work in Chinese seafood "
        "plants.",
        5500,
        "South Korea Ministry of Unification",
        "example-news.com",
    ),
    (
        "russian-interior-ministry-figures",
        "Russia's Interior Ministry recorded 12,400 entries of North Korean citizens in the "
        "first quarter, most of them on student visas.",
        12400,
        "Russian Interior Ministry",
        "example-news.com",
    ),
    (
        "russian-officials-say",
        "Russian officials say around 8,000 North Korean builders are now working in the country.",
        8000,
        "Russian government",
        "example-news.com",
    ),
    (
        "kremlin-says",
        "The Kremlin said some 2,700 North Korean workers had left by the UN deadline.",
        2700,
        "Russian government",
        "example-news.com",
    ),
    (
        "state-department-tip-report",
        "The State Department's annual Trafficking in Persons Report estimates that 20,000 "
        "North Koreans work in Russia's timber and construction sectors.",
        20000,
        "US State Department",
        "example-news.com",
    ),
    (
        "treasury-said",
        "The Treasury Department said about 600 North Korean IT workers were placed with "
        "firms through front companies.",
        600,
        "US Treasury",
        "example-news.com",
    ),
    (
        "justice-department-indictment",
        "Federal prosecutors said more than 300 U.S. companies unknowingly hired North Korean "
        "IT workers who earned $6.8 million.",
        6_800_000,
        "US Justice Department",
        "example-news.com",
    ),
    (
        "chinese-foreign-ministry",
        "China's foreign ministry said about 1,100 North Korean workers had been sent home "
        "in line with the resolutions.",
        1100,
        "Chinese government",
        "example-news.com",
    ),
    (
        "mongolian-labour-office",
        "Mongolia's labour office reported 1,240 North Korean workers in the country at the "
        "end of the year.",
        1240,
        "Mongolian government",
        "example-news.com",
    ),
    (
        "polish-government-said",
        "The Polish government said 420 North Koreans held work permits in the country.",
        420,
        "Polish government",
        "example-news.com",
    ),
    # --- UN bodies ----------------------------------------------------------------------
    (
        "panel-of-experts-report",
        "In its latest report, the UN Panel of Experts found that around 100,000 North "
        "Koreans were still working abroad.",
        100000,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "un-sanctions-monitors",
        "UN sanctions monitors estimated that 2,000 North Korean workers remained in the "
        "Middle East in breach of the resolutions.",
        2000,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "security-council-expert-panel",
        "About 3,000 North Korean workers were still in the Middle East, a panel of experts "
        "that monitors Security Council sanctions said in a report.",
        3000,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "special-rapporteur",
        "The UN special rapporteur on human rights in North Korea said some 50,000 North "
        "Koreans were toiling abroad under forced labour conditions.",
        50000,
        "UN Special Rapporteur",
        "example-news.com",
    ),
    (
        "member-state-report-to-committee",
        "In its implementation report to the 1718 Committee, Kuwait said it had sent home "
        "1,300 North Korean workers.",
        1300,
        "Kuwait government",
        "example-news.com",
    ),
    (
        "member-state-russia-report",
        "Russia's report to the UN sanctions committee said 9,100 North Korean workers "
        "remained in the country.",
        9100,
        "Russian government",
        "example-news.com",
    ),
    (
        "reports-filed-by-member-states",
        "Reports filed by member states show about 23,000 North Korean workers were "
        "repatriated before the deadline.",
        23000,
        "UN member state reports",
        "example-news.com",
    ),
    (
        "united-nations-generic",
        "The United Nations estimates that 100,000 North Koreans work in some 40 countries.",
        100000,
        "United Nations",
        "example-news.com",
    ),
    # --- relays --------------------------------------------------------------------------
    (
        "report-by-paper-citing-nis",
        "About 15,000 North Korean labourers will be sent to Russian drone factories, "
        "according to a report by a Japanese newspaper citing South Korean intelligence.",
        15000,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "yonhap-citing-ministry",
        "Yonhap reported, citing the unification ministry, that 700 North Korean "
        "restaurant staff had returned home.",
        700,
        "South Korea Ministry of Unification",
        "example-news.com",
    ),
    (
        "source-told-rfa",
        "A source in Vladivostok told Radio Free Asia that around 400 North Korean builders "
        "arrived at the port last week.",
        400,
        "Radio Free Asia source",
        "example-news.com",
    ),
    (
        "resident-told-rfa",
        "A resident of Sinuiju told RFA that about 250 women left for Chinese garment plants "
        "in March.",
        250,
        "Radio Free Asia source",
        "example-news.com",
    ),
    (
        "officials-told-ap",
        "Two officials told The Associated Press that some 1,800 North Korean workers had "
        "arrived in the region.",
        1800,
        "AP source",
        "example-news.com",
    ),
    (
        "daily-nk-source-in-other-outlet",
        "A Daily NK source said 150 North Korean workers at a Dandong factory went on strike "
        "over unpaid wages.",
        150,
        "Daily NK source",
        "example-news.com",
    ),
    (
        "house-source-daily-nk",
        "A source in North Hamgyong Province told Daily NK on Monday that 90 workers had "
        "been selected for dispatch to Russia.",
        90,
        "Daily NK source",
        "dailynk.com",
    ),
    (
        "house-source-unnamed-outlet",
        "About 120 workers were picked for a construction team bound for Russia, a source "
        "in Pyongyang said.",
        120,
        "Daily NK source",
        "dailynk.com",
    ),
    (
        "rfa-reported",
        "Radio Free Asia reported that 600 North Korean women were working at seafood "
        "processing plants in Hunchun.",
        600,
        "Radio Free Asia source",
        "example-news.com",
    ),
    # --- unnamed sources -----------------------------------------------------------------
    (
        "unnamed-officials",
        "Officials familiar with the matter said about 2,000 North Korean workers had "
        "crossed into Russia since January.",
        2000,
        "unnamed officials",
        "example-news.com",
    ),
    (
        "unnamed-diplomatic-source",
        "A diplomatic source in Beijing said roughly 30,000 North Koreans were still "
        "working in Chinese factories.",
        30000,
        "unnamed diplomatic source",
        "example-news.com",
    ),
    (
        "unnamed-source-speaking-on-condition",
        "Some 700 North Korean workers are employed at the shipyard, a source said on "
        "condition of anonymity.",
        700,
        "unnamed source",
        "example-news.com",
    ),
    # --- an outlet's own reporting ---------------------------------------------------------
    (
        "own-reporting-plain",
        "About 300 North Korean workers live in dormitories beside the shipyard in Gdansk.",
        300,
        None,
        "example-news.com",
    ),
    (
        "own-reporting-has-learned",
        "NK News has learned that roughly 80 North Korean workers were moved to a new site "
        "outside Moscow.",
        80,
        None,
        "nknews.org",
    ),
    (
        "own-reporting-investigation",
        "An investigation by this newspaper found 45 North Korean workers at three fishing "
        "companies.",
        45,
        None,
        "example-news.com",
    ),
    (
        "own-reporting-satellite",
        "Satellite images reviewed by the newspaper show housing for around 500 workers at "
        "the site.",
        500,
        None,
        "example-news.com",
    ),
    # --- think tanks, NGOs, universities, named people --------------------------------------
    (
        "kinu-estimate",
        "The Korea Institute for National Unification estimates that North Korean workers "
        "abroad earn $500 million a year for the regime.",
        500_000_000,
        "KINU",
        "example-news.com",
    ),
    (
        "nkdb-said",
        "The Database Center for North Korean Human Rights said 3,500 North Koreans were "
        "working at logging camps in the Russian Far East.",
        3500,
        "NKDB",
        "example-news.com",
    ),
    (
        "leiden-study",
        "A study by Leiden University found about 800 North Koreans working in Poland over "
        "the decade.",
        800,
        "Leiden Asia Centre",
        "example-news.com",
    ),
    (
        "named-professor-with-role",
        "Elena Marsh, a professor at Hanbit University in Seoul, said some 30,000 North "
        "Koreans were working in Russia.",
        30000,
        "Elena Marsh",
        "example-news.com",
    ),
    (
        "named-role-before-name",
        "Former diplomat Thae Yong-ho said about 1,500 North Koreans worked in Kuwait.",
        1500,
        "Thae Yong-ho",
        "example-news.com",
    ),
    (
        "named-person-said-after",
        "About 4,000 North Koreans work in Chinese seafood plants, said Kim Min-seok, a "
        "researcher who tracks the trade.",
        4000,
        "Kim Min-seok",
        "example-news.com",
    ),
    (
        "ngo-named",
        "Human Rights Watch said at least 700 North Korean workers had been sent to "
        "construction sites in the Gulf.",
        700,
        "Human Rights Watch",
        "example-news.com",
    ),
    # --- headlines ---------------------------------------------------------------------------
    (
        "headline-body-prefix",
        "UN panel: 100,000 North Koreans still work abroad\nThe panel's report, released on "
        "Friday, names some 40 host countries.",
        100000,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "headline-attributed-below",
        "North Korea sent 6,000 more workers to Russia\nSouth Korea's National Intelligence "
        "Service told lawmakers on Tuesday that the workers left in several groups.",
        6000,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "headline-own-reporting",
        "Inside the shipyard where 200 North Koreans weld hulls\nOur reporter spent a week "
        "near the yard in the spring.",
        200,
        None,
        "example-news.com",
    ),
    # --- anaphora ----------------------------------------------------------------------------
    (
        "the-report-refers-back",
        "The UN Panel of Experts released its midterm report on Monday. The report said "
        "some 3,800 North Koreans were working in Russia.",
        3800,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "the-ministry-refers-back",
        "Seoul's unification ministry briefed reporters on the issue. The ministry said "
        "about 2,100 workers had returned.",
        2100,
        "South Korea Ministry of Unification",
        "example-news.com",
    ),
    (
        "he-added",
        "Elena Marsh, a professor at Hanbit University, described the labour trade. He "
        "added that about 9,000 of the workers were in construction.",
        9000,
        "Elena Marsh",
        "example-news.com",
    ),
    (
        "the-agency-refers-back",
        "South Korea's spy agency briefed lawmakers on Wednesday. The agency said 1,600 "
        "North Korean IT workers operated from China.",
        1600,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "they-refers-back",
        "Russian officials spoke at a forum in Vladivostok. They said 5,200 North Korean "
        "workers were expected this year.",
        5200,
        "Russian government",
        "example-news.com",
    ),
    (
        "the-government-refers-back",
        "Kuwait has faced pressure over its guest workers. The government said 1,100 North "
        "Koreans had already left.",
        1100,
        "Kuwait government",
        "example-news.com",
    ),
    (
        "it-refers-to-the-state-department",
        "The State Department published its annual review on Tuesday. It said about 10,000 "
        "North Koreans worked in China's textile sector.",
        10000,
        "US State Department",
        "example-news.com",
    ),
    (
        "cataphoric-this-is-according-to",
        "Around 2,600 North Koreans worked in Qatar last year. This is according to a report "
        "by the Korea Institute for National Unification.",
        2600,
        "KINU",
        "example-news.com",
    ),
]

# Written after the fixes (not blind): the rules the blind set and the dev folds drove.
CASES += [
    (
        "nationality-estimates",
        "South Korean estimates put the number of North Korean workers in Chinese seafood "
        "plants at 40,000.",
        40000,
        "South Korean estimates",
        "example-news.com",
    ),
    (
        "according-to-nationality-estimates",
        "The plants earn about $15 million a year, according to South Korean estimates.",
        15_000_000,
        "South Korean estimates",
        "example-news.com",
    ),
    (
        "headline-general-refined",
        "UN report: 70,000 North Koreans toil abroad\nSome 70,000 North Koreans work abroad, "
        "a report by the Security Council panel of experts says.",
        70000,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "cataphoric-the-figure-comes-from",
        "Roughly 60,000 North Koreans worked in Russia in 2024. The figure comes from a "
        "report by the State Department.",
        60000,
        "US State Department",
        "example-news.com",
    ),
    (
        "document-from-body-no-speech-verb",
        "A new study by the Korea Institute for National Unification details the lives of "
        "4,000 North Korean workers in Chinese seafood plants.",
        4000,
        "KINU",
        "example-news.com",
    ),
    (
        "the-company-named-before",
        "The Ivanovo Textile Company hired 80 North Korean seamstresses last year, the "
        "company said.",
        80,
        "Ivanovo Textile Company",
        "example-news.com",
    ),
    (
        "described-takes-an-object",
        "Kim Min-seok, a labour researcher, described the dormitories. She added that 350 "
        "of the women sew uniforms.",
        350,
        "Kim Min-seok",
        "example-news.com",
    ),
]


# A second blind batch, written (with its expected origins) after the first fixes and
# before it was run: 5 of 15 passed then.
CASES += [
    (
        "data-from-body",
        "Data from Russia's Interior Ministry show that 13,200 North Koreans entered the "
        "country in 2023.",
        13200,
        "Russian Interior Ministry",
        "example-news.com",
    ),
    (
        "ngo-with-aside",
        "The Coalition for Labour Rights in North Korea, a Seoul-based group, estimated "
        "that 2,000 North Koreans work in Mongolian mines.",
        2000,
        "Coalition for Labour Rights in North Korea",
        "example-news.com",
    ),
    (
        "said-in-statement",
        "The unification ministry said in a statement that 320 North Korean restaurant "
        "workers had been repatriated.",
        320,
        "South Korea Ministry of Unification",
        "example-news.com",
    ),
    (
        "officials-and-analysts",
        "Thousands of North Koreans work in Gulf construction, officials and analysts say.",
        2000,
        "unnamed officials",
        "example-news.com",
    ),
    (
        "ap-review",
        "More than 1,000 North Korean workers are employed at Russian construction sites, "
        "according to an Associated Press review of public records.",
        1000,
        None,
        "apnews.com",
    ),
    (
        "nis-via-lawmaker",
        "About 10,000 North Korean soldiers and workers were sent, lawmaker Lee Seong-kweun "
        "said after a briefing by the National Intelligence Service.",
        10000,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "kcna",
        "North Korea's state media said 600 builders had left for a foreign project.",
        600,
        "KCNA",
        "example-news.com",
    ),
    (
        "panel-said-trailing",
        "Some 4,000 North Koreans work in Chinese fish plants, the U.N. panel said in its "
        "annual report.",
        4000,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "rfa-house-source",
        "A source in Rason said about 200 women were sent to Chinese textile plants this month.",
        200,
        "Radio Free Asia source",
        "rfa.org",
    ),
    (
        "ministry-spokesperson",
        "A spokesperson for Russia's foreign ministry said 2,800 North Korean workers were in "
        "Russia legally.",
        2800,
        "Russian government",
        "example-news.com",
    ),
    (
        "expert-named-said-trailing",
        "North Korea has about 50,000 workers in Russia, said Han Seo-yeon, a researcher at "
        "the Asan Institute.",
        50000,
        "Han Seo-yeon",
        "example-news.com",
    ),
    (
        "quatar-govt",
        "Qatar's government said 1,800 North Koreans remained on its construction sites.",
        1800,
        "Qatar government",
        "example-news.com",
    ),
    (
        "plain-own",
        "At least 150 North Korean workers were seen boarding a train for Khabarovsk on Monday.",
        150,
        None,
        "example-news.com",
    ),
    (
        "estimate-by-analysts",
        "Analysts estimate that North Korean workers in China earn $300 million a year.",
        300000000,
        "unnamed analysts",
        "example-news.com",
    ),
    (
        "japan-police",
        "Japanese police said 14 North Korean IT workers had used false identities.",
        14,
        "Japanese government",
        "example-news.com",
    ),
]

# A third blind batch, written (with its expected origins) after the second fixes and
# before it was run: 8 of 10 passed then.
CASES += [
    (
        "b3-according-to-kinu-researcher",
        "Some 3,000 North Koreans work on farms in Russia's Far East, according to Hong Min, "
        "a senior researcher at the Korea Institute for National Unification.",
        3000,
        "KINU",
        "example-news.com",
    ),
    (
        "b3-mou-official",
        "A unification ministry official said on Tuesday that 45 North Korean workers had "
        "defected from overseas sites this year.",
        45,
        "South Korea Ministry of Unification",
        "example-news.com",
    ),
    (
        "b3-nis-briefing",
        "In a briefing to parliament, the spy agency said 1,500 North Korean workers had been "
        "sent to the Donbas.",
        1500,
        "South Korea NIS",
        "example-news.com",
    ),
    (
        "b3-russian-deputy-minister",
        "Russia's deputy labour minister said the country would take in 6,000 North Korean "
        "builders.",
        6000,
        "Russian government",
        "example-news.com",
    ),
    (
        "b3-chinese-customs",
        "China's customs agency said 4,300 North Koreans crossed the border on work visas in May.",
        4300,
        "Chinese government",
        "example-news.com",
    ),
    (
        "b3-rfa-told-worker",
        "A North Korean worker in Moscow told RFA that his team of 40 had not been paid for "
        "months.",
        40,
        "Radio Free Asia source",
        "example-news.com",
    ),
    (
        "b3-the-panel-later",
        "The UN Panel of Experts met in New York in March. In its report, the panel said "
        "2,500 North Koreans worked in African construction.",
        2500,
        "UN Panel of Experts",
        "example-news.com",
    ),
    (
        "b3-own-census",
        "About 90 North Korean waitresses work at restaurants in the city, a count by our "
        "reporters shows.",
        90,
        None,
        "example-news.com",
    ),
    (
        "b3-state-department-official",
        "A State Department official said 1,000 North Korean IT workers were based in China.",
        1000,
        "US State Department",
        "example-news.com",
    ),
    (
        "b3-dailynk-house",
        "About 300 workers from Pyongyang arrived at the Russian construction site last "
        "month, a source in Russia told Daily NK.",
        300,
        "Daily NK source",
        "dailynk.com",
    ),
]

# Blind cases still failing, for reasons outside the origin rules.
KNOWN_FAILURES = {
    "russian-interior-ministry-figures": "no count claim for '12,400 entries of ... citizens'",
    "leiden-study": "no count claim for '800 North Koreans working in Poland over the decade'",
    "data-from-body": "no count claim for '13,200 North Koreans entered the country'",
    "nis-via-lawmaker": "no count claim for 'soldiers and workers were sent'",
    "plain-own": "no count claim for 'workers were seen boarding a train'",
    "b3-rfa-told-worker": "no count claim for 'his team of 40'",
}


@pytest.mark.parametrize(
    ("text", "low", "expected", "publisher"),
    [
        pytest.param(
            *case[1:],
            id=case[0],
            marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[case[0]], strict=True)]
            if case[0] in KNOWN_FAILURES
            else [],
        )
        for case in CASES
    ],
)
def test_origin_on_reporting(
    extractor: Extractor,
    scorer: ModuleType,
    text: str,
    low: float,
    expected: str | None,
    publisher: str | None,
) -> None:
    doc = Document(id="t", text=text + TAIL, publisher=publisher, published="2024-05")
    out = extractor.extract(doc)
    assert out.relevant, "the test document must read as relevant"
    claims = [c for c in out.claims if low in (c.value.low, c.value.high)]
    assert claims, f"no claim of {low}"
    got = claims[0].origin
    assert scorer.origin_key(got) == scorer.origin_key(expected), f"origin {got!r}"
