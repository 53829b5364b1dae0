"""Origin (who first stated a figure) across sentences: relays, asides, anaphors and
carried sources, on short texts written for these tests."""

from __future__ import annotations

import pytest

from laborwatch.model import Claim, Document

LEAD = "North Korea sends workers abroad to earn hard currency for the regime. "


def origin_of(extractor, text: str, low: float, publisher: str | None = None) -> str | None:
    doc = Document(id="t", text=LEAD + text, publisher=publisher, published="2024-05")
    out = extractor.extract(doc)
    assert out.relevant, "the test document must read as relevant"
    claims: list[Claim] = [c for c in out.claims if low in (c.value.low, c.value.high)]
    assert claims, f"no claim of {low} in {text!r}"
    return claims[0].origin


@pytest.mark.parametrize(
    ("text", "low", "origin"),
    [
        # a relay names the outlet, then the body it cites
        (
            "About 9,000 North Korean labourers arrived in Russia this year, according to a "
            "report by a Tokyo newspaper citing South Korea's National Intelligence Service.",
            9000,
            "South Korea NIS",
        ),
        # a name with an aside: the aside names the speaking body
        (
            "Ivan Petrov, head of the Primorsky Krai labour ministry, said 3,200 North Korean "
            "builders work in the region.",
            3200,
            "Primorsky Krai government",
        ),
        # a name with an aside that names no body: the person
        (
            "Min-ho, a former logger from North Korea, has revealed that 1,200 North Korean "
            "workers cut timber in the Amur forests.",
            1200,
            "Min-ho",
        ),
        # a relative aside after a state: the state speaks
        (
            "Mongolia, which hosted many labourers, said 1,150 North Korean workers had gone "
            "home by May.",
            1150,
            "Mongolian government",
        ),
        # a name as written holding a state is the body, not the state's government
        (
            "Seoul's spy agency said 4,500 North Korean workers are in Russia.",
            4500,
            "South Korea NIS",
        ),
        # reports the member states filed with the UN
        (
            "According to implementation reports submitted by 31 member states, 19,400 North "
            "Korean workers went home.",
            19400,
            "UN member state reports",
        ),
        (
            "China and Russia have repatriated 21,000 North Korean workers, according to "
            "reports submitted to the UN sanctions committee.",
            21000,
            "Chinese and Russian governments",
        ),
        # an agency the text calls a government agency speaks for the state named
        (
            "According to data released by Workforce Hub—a government agency that handles "
            "work permits—three North Korean workers were employed in Malta in March, down "
            "from 14 in January.",
            14,
            "Malta government",
        ),
        (
            "According to data released by Workforce Hub - a government agency that handles "
            "work permits - 14 North Korean workers were employed in Malta in March.",
            14,
            "Malta government",
        ),
        # a source in "City, Province" told an outlet
        (
            "A trader in Hunchun, Jilin Province told Radio Free Asia that 600 North Korean "
            "workers crossed the border.",
            600,
            "Radio Free Asia source",
        ),
        # the outer source stated it; the outlet only relays it at the end
        (
            "According to a local source, 700 North Korean workers reached Khabarovsk in "
            "June, Radio Free Asia reported on Friday.",
            700,
            "Radio Free Asia source",
        ),
        # a long subject keeps its head before a relative clause
        (
            "Labour rights monitors that have tracked the dispatched builders for a decade "
            "have said 8,000 North Korean workers remain in China.",
            8000,
            "Labour rights monitors",
        ),
        # a participle clause is not a speaker
        (
            "Speaking on condition of anonymity to discuss intelligence reports, officials "
            "said 2,700 North Koreans work in Kuwait.",
            2700,
            "unnamed officials",
        ),
        # 'citing' a cause, not a source
        (
            "A Russian region plans to employ 1,800 North Korean workers, citing a shortage "
            "of builders.",
            1800,
            None,
        ),
        # an opener that cites: the cited body stated it first, not the outlet after it
        (
            "Citing South Korea's spy agency, Yonhap reported that 4,000 North Korean "
            "workers are in Russia.",
            4000,
            "South Korea NIS",
        ),
        (
            "Quoting a diplomatic source, the newspaper said 3,400 North Korean workers "
            "remain in Laos.",
            3400,
            "unnamed diplomatic source",
        ),
        # a body whose name holds a demonym keeps its name as written
        (
            "The Polish State Labor Inspectorate said 450 North Korean workers were "
            "employed at shipyards in Poland.",
            450,
            "Polish State Labor Inspectorate",
        ),
        # a state without a speaker noun names nobody
        (
            "Kuwait's reply on Monday shows how 2,300 North Korean workers keep their visas.",
            2300,
            None,
        ),
    ],
)
def test_origin_within_a_sentence(extractor, text, low, origin):
    assert origin_of(extractor, text, low) == origin


@pytest.mark.parametrize(
    ("text", "low", "origin"),
    [
        # "they" is the speaker of the sentence before
        (
            "Most workers earn $900 a month, the officials said. "
            "That leaves each worker with $250, they said.",
            250,
            "unnamed officials",
        ),
        # "he" is the person named before, not the outlet he spoke to
        (
            "Chul-soo, a defector from North Korea, has revealed that thousands of North "
            "Korean coders work abroad. In an interview, he told the BBC that he kept 400 "
            "dollars of every 3,000 dollars he earned.",
            3000,
            "Chul-soo",
        ),
        # the sources spoke to an outlet before: "the two officials" are its sources
        (
            "Some 5,000 North Koreans work in the Gulf, two officials told the AP. "
            "The two officials said another 900 North Korean workers will arrive in Oman.",
            900,
            "AP source",
        ),
        # "the source" of an outlet named before
        (
            "A resident of Nakhodka told Radio Free Asia that builders had arrived. "
            "The source said 350 North Korean workers live in the camp.",
            350,
            "Radio Free Asia source",
        ),
        # a sentence that goes on from the one before takes its origin
        (
            "The UN Panel of Experts said the state keeps most of the wages. "
            "These workers earned more than $190,000 in April alone.",
            190000,
            "UN Panel of Experts",
        ),
        # a quotation opened here closes with its speaker in the next sentence
        (
            "Qatar's labour ministry said on Monday that it had stopped issuing visas. "
            '"About 1,100 remain, and their contracts will not be renewed. '
            'All of them will leave by June," it said.',
            1100,
            "Qatar government",
        ),
        # "the report" is the report named up to eight sentences before
        (
            "The UN Panel of Experts released a report in March. It covers six months. "
            "Officials in Seoul welcomed it. Officials in Tokyo did too. The text is long. "
            "It has many annexes. Some are secret. The report said 6,500 North Korean "
            "workers are in China.",
            6500,
            "UN Panel of Experts",
        ),
        # an anaphor with an aside, and an institution named before
        (
            "The UN Panel of Experts released its findings in March. The report, published "
            "on Monday, said 7,000 North Korean workers were in Russia.",
            7000,
            "UN Panel of Experts",
        ),
        (
            "South Korea's Unification Ministry briefed reporters. The ministry said 2,600 "
            "North Korean workers were sent to China.",
            2600,
            "South Korea Ministry of Unification",
        ),
        # "the government": the government of the country named before
        (
            "Mongolia hosts many labourers. The government said 1,150 North Korean workers "
            "had gone home by May.",
            1150,
            "Mongolian government",
        ),
        # a regional official: the administrative region named before
        (
            "A region of Siberia wants more builders from abroad. Officials in Tomsk Oblast "
            "met on Monday. A regional official said 1,300 North Korean workers would come.",
            1300,
            "Tomsk Oblast government",
        ),
    ],
)
def test_origin_across_sentences(extractor, text, low, origin):
    assert origin_of(extractor, text, low) == origin


def test_a_subheadline_takes_the_articles_source(extractor):
    doc = Document(
        id="t",
        text=(
            "North Korean workers stay in Russia, government says\n"
            "About 640 labourers reportedly stranded in Russia\n"
            "Russia told the UN this month that 640 North Korean workers remain in the "
            "country, where they work on building sites."
        ),
        published="2024-05",
    )
    out = extractor.extract(doc)
    assert {c.origin for c in out.claims if c.value.low == 640} == {"Russian government"}
