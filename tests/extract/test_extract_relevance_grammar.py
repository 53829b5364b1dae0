"""Relevance on English reporting never seen: short documents written for these tests.

Relevant (../shared/spec/claims.md, Relevance): the document reports on DPRK nationals
working abroad, their numbers, dispatch, conditions, earnings, repatriation or sanctions
on it, however briefly. Not relevant, even with "North Korea" and "workers" in it:
troops, missiles, diplomats and embassy staff, sports teams, hackers, defectors' lives in
the South, labour inside North Korea, other nations' workers.

The first 66 documents were written before the scorer's evidence features (47 passed);
the last twelve of each kind were written after them, as a fresh check (21 of 24 passed
first time).
"""

from __future__ import annotations

import pytest

from laborwatch.model import Document

RELEVANT = {
    "sanctions-passing": "The Treasury on Tuesday designated two shipping firms accused of "
    "moving North Korean coal. The statement added that one of the firms had also arranged "
    "visas for North Korean laborers bound for Chinese seafood plants.",
    "seafood-audit": "An audit of seafood processors in Hunchun found that three plants "
    "supplying European supermarkets had North Korean women on their filleting lines. The "
    "auditors said the women worked twelve-hour shifts while a minder kept their passports.",
    "un-panel": "In its latest report, the UN Panel of Experts said the DPRK kept earning "
    "revenue from nationals working overseas in breach of resolution 2397. The panel listed "
    "building sites in Russia and restaurants in Laos where such workers were seen.",
    "russian-regional": "Authorities in the Amur region registered 1,200 citizens of the "
    "DPRK on student visas last year, although inspectors say most of them work on building "
    "sites. The regional migration office declined to comment.",
    "ngo-it-workers": "A Seoul-based rights group says Pyongyang has thousands of software "
    "developers working remotely for foreign clients under false identities. Most of their "
    "pay is wired back to the regime, the group found.",
    "headline-loggers": "North Korean loggers still at work in Russia's Far East\n"
    "Satellite images show the timber camps near Tynda active through the winter.",
    "headline-stranded": "Thousands of DPRK workers stranded in China by border closure\n"
    "They could not go home after Pyongyang sealed its borders in 2020.",
    "vladivostok-crews": "Vladivostok building sites still rely on North Korean crews "
    "despite the UN ban, a local contractor told reporters. He said the men earn about $600 "
    "a month, most of which goes to Pyongyang.",
    "china-sends-home": "China sent home about 600 North Koreans who had been sewing "
    "garments in factories in Liaoning, a human rights group said on Monday.",
    "state-takes-share": "Each North Korean labourer in Russia must hand over up to 80 "
    "percent of his earnings to the state, according to former workers interviewed for the "
    "study.",
    "medical-teams": "Medical teams from North Korea have been working in several African "
    "countries, earning fees that are sent back to Pyongyang, diplomats say.",
    "restaurant-staff": "The North Korean state-run restaurant in Phnom Penh reopened this "
    "year with waitresses brought in from Pyongyang.",
    "polish-shipyard": "An investigation found that a Polish shipyard had used welders from "
    "the DPRK supplied through a subcontractor. The men lived in dormitories next to the yard.",
    "gulf-permits": "Kuwait and Qatar have stopped issuing new permits to DPRK construction "
    "workers, but several hundred remained on projects last year.",
    "mongolia-repatriated": "Mongolia said it had repatriated the last of the North Korean "
    "laborers who had worked in its textile and construction sectors.",
    "summit-passing": "Kim Jong Un's talks with the Russian delegation touched on trade, "
    "tourism and the possible dispatch of more labourers to Russian farms.",
    "african-monuments": "North Korea's Mansudae Overseas Projects built monuments in "
    "several African states, using teams of artists and builders sent from Pyongyang.",
    "former-worker-quote": "'We were never allowed outside the compound,' said a former "
    "North Korean worker who spent three years at a fish plant in China.",
    "dispatch-plan": "Pyongyang plans to send another 5,000 workers to Russia next year, a "
    "South Korean intelligence official told lawmakers.",
    "earnings-estimate": "Labour exports earn the Kim regime an estimated $500 million a "
    "year, according to the Unification Ministry in Seoul, which tracks North Korea.",
    "resolution-deadline": "Under resolution 2397, member states were required to send home "
    "all North Korean nationals earning income in their territory by the end of 2019.",
    "occupied-ukraine": "Officials in Kyiv say North Korean construction workers have been "
    "brought to Donetsk to help rebuild housing damaged in the fighting.",
    "it-worker-charges": "Federal prosecutors charged two men with helping North Korean IT "
    "workers get remote jobs at American companies with stolen identities. The workers sent "
    "their salaries to the DPRK's weapons programmes.",
    "hackers-and-it-workers": "Besides hacking crypto exchanges, North Korea also earns "
    "money through IT workers who pose as freelancers abroad, the report said.",
    "conditions": "Workers sent abroad by North Korea often toil up to 16 hours a day and "
    "sleep in crowded container housing, a researcher said.",
    "visas-for-study": "Russia issued 13,000 visas to North Koreans in 2024, most of them "
    "for study, but officials believe many are labourers.",
    "fishing-crews": "North Korean crews have been found aboard Chinese fishing vessels "
    "operating in the Indian Ocean, an environmental group reported.",
    "southeast-asia": "In Southeast Asia, North Korean workers have been spotted in Laos and "
    "Vietnam, where they run restaurants and art galleries.",
    "revenue-list": "The report on North Korea's illicit revenue lists coal smuggling, "
    "ship-to-ship transfers and the export of labour to China and Russia.",
    "ministry-denial": "The Foreign Ministry said it had no information on North Korean "
    "workers in the country, and that any found would be expelled under UN sanctions.",
    "agency-fee": "A manager at a Chinese seafood plant said he pays the North Korean agency "
    "$300 a month for each woman it supplies, and the women see very little of it.",
    "one-line": "Pyongyang has resumed sending laborers overseas, a defector group said.",
    "governor-welcome": "The governor of Primorsky Krai said the region would welcome more "
    "workers from the DPRK to ease shortages on farms and construction sites.",
    "qatar-stadiums": "Campaigners have documented North Koreans working on stadium "
    "construction in Qatar, with wages withheld until the end of their contracts.",
    "interior-ministry": "The number of North Korean labor migrants entering Russia has "
    "risen sharply, according to Russian Interior Ministry statistics.",
    "timber-brief": "Timber exporters in Khabarovsk still hire brigades of North Korean "
    "lumberjacks, a regional paper reported, though the deals are now signed through Russian "
    "middlemen.",
    "hotel-staff": "Two hotels in Vladivostok were fined for employing citizens of North "
    "Korea without valid permits, the local prosecutor's office said on Friday.",
    "tour-guide-ban": "Beijing has quietly told tour agencies in Dandong to stop using North "
    "Korean guides and cooks, who were earning money for Pyongyang in breach of the UN ban.",
    "doctor-wages": "North Korean physicians posted in Tanzania were required to remit most "
    "of their fees to the state, according to a former official who handled the payments.",
    "panel-it": "The panel said DPRK IT workers based in China and Russia had obtained "
    "freelance contracts worth millions of dollars, channelling the income to Pyongyang.",
    "ship-crew": "A Mongolian-flagged cargo ship was crewed almost entirely by North Korean "
    "sailors hired through a Pyongyang manning agency, inspectors in Busan found.",
    "cafe-laos": "In Vientiane, a restaurant run by North Korean staff still serves cold "
    "noodles to tourists, despite sanctions requiring such workers to be sent home.",
    "deadline-missed": "Several countries missed the December 2019 deadline to repatriate "
    "North Korean laborers, according to reports submitted to the sanctions committee.",
    "fisheries-dalian": "Seafood processing plants near Dalian employ hundreds of women from "
    "North Korea who peel shrimp and gut fish for export, an NGO investigation found.",
    "construction-moscow": "Moscow builders say North Korean crews are cheaper and more "
    "disciplined than migrants from Central Asia, and work through the winter.",
    "wage-arrears": "North Korean labourers at a farm in Primorye have not been paid for six "
    "months, a source told Radio Free Asia, because the managing company kept their wages.",
    "headline-only": "Russia to take in more North Korean workers as labour shortage bites",
    "source-inside": "Pyongyang will send 3,000 more builders to Russia next month, a source "
    "inside North Korea told the outlet.",
}

IRRELEVANT = {
    "missile-launch": "North Korea fired two ballistic missiles into the sea on Sunday, "
    "Japan's defense ministry said. The launch came days after joint drills by South Korea "
    "and the United States.",
    "diplomat-smuggling": "A North Korean diplomat in Bangkok was recalled after being "
    "caught selling duty-free cigarettes, officials said.",
    "south-korean-raid": "Hundreds of South Korean workers at a battery plant in Georgia were "
    "detained in an immigration raid, prompting a protest from Seoul. North Korea's state "
    "media mocked the incident.",
    "chinese-in-russia": "Chinese workers have filled many farm jobs in Russia's Far East, "
    "where labor is scarce. Moscow also deepened its military ties with North Korea this year.",
    "defector-wages": "A survey found that North Korean defectors living in South Korea earn "
    "less than other workers in the South. Many of them work in restaurants or factories.",
    "football-team": "North Korea's women's football team arrived in Tokyo for the "
    "qualifying match, accompanied by coaches and officials.",
    "crypto-theft": "North Korean hackers stole more than $600 million in cryptocurrency "
    "from a gaming network, the FBI said, blaming the Lazarus Group.",
    "rice-mobilisation": "Inside North Korea, students and office workers are mobilized "
    "every spring to plant rice on collective farms, according to a recent defector.",
    "korean-american-strike": "Korean-American workers at a Los Angeles garment factory "
    "went on strike over unpaid wages. Some of the older workers had fled North Korea as "
    "children.",
    "embassy-staff": "Staff at the North Korean embassy in Stockholm were told to cut their "
    "numbers after a dispute over unpaid parking fines.",
    "troops-kursk": "Some 11,000 North Korean soldiers were deployed to Russia's Kursk "
    "region, where Ukraine says many have been killed in combat.",
    "kaesong": "The Kaesong industrial park, where South Korean companies employed North "
    "Korean workers, has remained closed since 2016.",
    "food-shortage": "The World Food Programme warned that millions of North Koreans face "
    "hunger after a poor harvest.",
    "nuclear-test": "Pyongyang is preparing a seventh nuclear test, the chief of the "
    "International Atomic Energy Agency warned.",
    "nepali-in-qatar": "Nepali migrant workers building Qatar's stadiums died in record "
    "heat, a report found. The tournament also drew a visit from North Korea's sports "
    "minister.",
    "prison-camps": "Former inmates describe forced labour in North Korea's political prison "
    "camps, where detainees mine coal for up to 14 hours a day.",
    "resort-brigades": "Thousands of young North Koreans were mobilised to build the "
    "Wonsan-Kalma beach resort, working without pay.",
    "outsourced-sewing": "Chinese apparel brands have moved sewing orders to factories in "
    "Sinuiju, inside North Korea, where labor costs are a fraction of those in China.",
    "defector-job-training": "The Unification Ministry launched a job training programme "
    "to help North Korean defectors find employment in Seoul.",
    "phishing-hackers": "Researchers linked a phishing campaign against South Korean defense "
    "contractors to hackers working for North Korea's intelligence agency.",
    "ski-tourists": "Russian tourists have begun visiting North Korea's ski resort at "
    "Masikryong, the first foreign visitors since the pandemic.",
    "shell-trains": "Satellite images show trains carrying North Korean artillery shells "
    "across the border into Russia.",
    "south-korean-gulf-history": "In the 1970s, thousands of South Korean construction "
    "workers went to Saudi Arabia to build roads and ports, sending home wages that fuelled "
    "Seoul's growth while North Korea fell behind.",
    "labour-law": "North Korea's new labor law requires all adults to hold a state job, and "
    "absentees can be sent to labour training camps.",
    "weightlifters": "Four North Korean weightlifters won medals at the Asian Games in "
    "Hangzhou, state media reported.",
    "shipping-sanctions": "The EU added three North Korean shipping companies to its "
    "sanctions list for transferring oil at sea.",
    "ambassador-railways": "North Korea's ambassador to Russia met officials in Moscow to "
    "discuss railway links and tourism.",
    "russian-engineers": "Russian engineers will work in North Korea to modernize the port "
    "of Rajin, the two governments agreed.",
    "central-asian-migrants": "Migrants from Uzbekistan and Tajikistan make up most of the "
    "foreign workforce on Moscow building sites. Russia signed a defense pact with North "
    "Korea last year.",
    "defector-bakery": "A North Korean defector who now runs a bakery in Incheon says she "
    "works seven days a week to support her family.",
    "steel-complex": "Workers at the Kim Chaek steel complex were ordered to meet new output "
    "targets before the party congress, North Korean state media reported.",
    "defector-chef": "A North Korean defector who became a chef in London now runs a "
    "popular restaurant, where she hires staff from many countries.",
    "satellite-launch": "North Korea said it put a spy satellite into orbit, drawing "
    "condemnation from Tokyo and Seoul.",
    "un-vote": "Russia vetoed a resolution extending the mandate of the UN panel that "
    "monitors sanctions on North Korea, ending its work.",
    "trade-figures": "Trade between China and North Korea rose 20 percent last year, driven "
    "by exports of hair products and wigs, customs data showed.",
    "olympic-hockey": "The joint Korean women's hockey team trained in Gangneung, with North "
    "Korean players joining their South Korean teammates.",
    "ransomware": "A hospital in Kansas paid a ransom to North Korean hackers who encrypted "
    "its servers, the Justice Department said.",
    "filipino-workers": "Filipino workers in Saudi Arabia complained of unpaid wages, as "
    "Manila sought talks with Riyadh. The talks also touched on North Korea's missile tests.",
    "pyongyang-hospital": "Doctors at a Pyongyang hospital are struggling with shortages of "
    "medicine, according to sources inside North Korea.",
    "abductees": "Japan renewed its demand that North Korea return citizens abducted in the "
    "1970s and 1980s.",
    "soldiers-as-engineers": "North Korean military engineers were sent to Kursk to clear "
    "mines, Seoul's spy agency said, calling them soldiers rather than workers.",
    "korean-workers-japan": "Ethnic Korean workers in Japan, some with family ties to the "
    "North, have long faced discrimination in hiring.",
    "grain-harvest": "State media said farmers across North Korea had brought in a record "
    "harvest thanks to new irrigation works.",
}


# Documents the scorer does not read yet (strict: a fix must remove them).
NOT_YET = {
    "un-vote": "'its work' is the panel's, not labour",
    "soldiers-as-engineers": "the text itself says they are soldiers, not workers ('rather "
    "than workers' keeps the sentence as one on workers)",
}


def _relevant(extractor, text: str) -> bool:
    return extractor.extract(Document(id="t", text=text, language="en")).relevant


def _cases(documents: dict[str, str]) -> list:
    return [
        pytest.param(
            text,
            id=key,
            marks=[pytest.mark.xfail(reason=NOT_YET[key], strict=True)] if key in NOT_YET else [],
        )
        for key, text in documents.items()
    ]


@pytest.mark.parametrize("text", _cases(RELEVANT))
def test_reports_on_dprk_workers_abroad_are_relevant(extractor, text):
    assert _relevant(extractor, text)


@pytest.mark.parametrize("text", _cases(IRRELEVANT))
def test_hard_negatives_are_not_relevant(extractor, text):
    assert not _relevant(extractor, text)


def test_relevance_reads_whose_workers_and_where(extractor):
    scorer = extractor.reader("en").relevance
    reader = extractor.reader("en")

    def features(text: str) -> dict[str, int]:
        places = reader.places(text)
        return scorer.features(text, reader.foreign(places), reader.others(places))

    ours = features("Welders from the DPRK worked at a shipyard in Poland.")
    assert ours["dprk_worker_phrases"] == 1 and ours["dprk_labor_abroad_sentences"] == 1
    theirs = features("Nepali migrant workers in Qatar met North Korea's sports minister.")
    assert theirs["other_workers_sentences"] == 1 and theirs["dprk_labor_abroad_sentences"] == 0
    home = features("Inside North Korea, students are mobilised to work on farms sent to them.")
    assert home["home_labor_sentences"] == 1 and home["dprk_labor_abroad_sentences"] == 0
    both = features("Chinese and North Korean workers built the bridge in Russia.")
    assert both["dprk_labor_abroad_sentences"] == 1  # a DPRK phrase keeps the sentence


def test_a_relevant_document_keeps_figures_of_windows_irrelevant_alone(extractor):
    import functools

    from laborwatch.extract.windows import extract_in_windows, windows

    about = "North Korea sends workers abroad to earn hard currency for the state.\n\n"
    filler = "The weather in the region was mild that spring and markets were busy. " * 40
    later = "\n\nSome 3,000 labourers were building apartments in Vladivostok last year."
    text = about + filler + later
    assert len(list(windows(text, 1000, 100))) > 2
    ungated = functools.partial(extractor.extract, gate=False)
    doc = Document(id="w", text=text, language="en")
    windowed = extract_in_windows(doc, extractor.extract, size=1000, context=100, reread=ungated)
    assert windowed.relevant
    assert 3000 in {c.value.low for c in windowed.claims if c.kind == "workers"}
    one = extractor.extract(Document(id="o", text=text, language="en"))
    assert {c.value.low for c in one.claims} == {c.value.low for c in windowed.claims}
    alone = extractor.extract(Document(id="a", text=filler + later, language="en"))
    assert not alone.relevant and alone.claims == []
