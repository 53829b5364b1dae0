"""English money claims on new blind batches of short excerpts (51 in c and d, then 28, 28
and 26 in e, f and g, each round written after the fixes of the one before), in our own words
in the styles of wires, NGO reports, UN Panel-style summaries, sanctions designations, court
filings, defector testimony and business press (names of people, firms and outlets are
invented). Batch ``c`` carries real money claims (workers' wages with currency and period,
the state's revenue from overseas labour, the state's share as a percent or an amount),
often next to distractors; batch ``d`` carries only distractors in relevant articles
(fines, ship and cargo values, exports, crypto thefts, bribes, visa and recruitment fees,
dormitory rent, food, a company's capital, contract values, aid, host-country minimum wages
and other nations' pay, GDP, ticket prices, rewards, taxes, other migrants' remittances).

The articles and their expected claims were committed before the extractor was run on them.
Before any fix (the first run): precision 31/41, recall 31/35 (F1 0.82); batch c precision
31/34, recall 31/35; batch d 7 false amounts (minimum wage, rent, GDP, a recruitment charge
and insurance, Tajik remittances, a forfeited broker's fee, local builders' pay).
After the fixes (rent, charges, insurance, forfeits and the size of an economy as exclusion
words; minimum wages as statistics; "spent six years" as time; "hand to" a share verb;
"annual take" a revenue cue; other nations' earners named by a worker root, and their
remittances as no revenue): precision 34/35, recall 34/35 (c-23 differs on the period only).

Batch e (28 excerpts, 12 with claims) was written after those fixes and committed before
its first run: precision 14/18, recall 14/16 (F1 0.82): 'as little as $120' read as exact,
'received only a fifth of what their clients paid' as the state's 20%, dormitory utilities
(100 yuan a month) and the Far East's average monthly pay (95,000 roubles) as wages. After
the fixes (receive/get/see only as the worker's part before a share; spending on utilities,
transport or uniforms after an amount and its period; an average pay with no DPRK name
before it a statistic): precision 15/16, recall 15/16.

Batch f (28 excerpts, 12 with claims) was written after batch e's fixes and committed before
its first run: precision 10/13, recall 10/14 (F1 0.74): 'Rmb2,000' not read, 'hand the
state anywhere from 60 to 90 percent' and 'deliver at least $100 million a year to the party'
missed, Vietnam's workers' remittances, Kaesong pay and college tuition read as money claims.
After the fixes ('hand the state' a share verb; 'to the party', 'to the state' revenue cues; tuition
excluded; a country's possessive before workers names other earners; a demonym is no place
abroad for pay at home): precision 12/12, recall 12/14.

Batch g (26 excerpts, 10 with claims) was written after batch f's fixes and committed before
its first run: precision 12/13, recall 12/12 (F1 0.96): 3 million roubles 'in unpaid wages'
owed to the workers read as a wage. After the fix (unpaid wages, arrears and back pay
excluded): precision 12/12, recall 12/12.

Only money claims are compared: ``(kind, low, high, currency, per)`` for revenue and
wages, ``("state_share", low, high)`` for shares. A table entry is ``@`` and its expected
claims (``kind:low..high:CUR:per``, ``share:low..high``, an open bound left empty, one
bound for both when they are equal, ``M`` for a million, ``-`` for no period or no claim),
then ``|`` and the excerpt, wrapped.
"""

from __future__ import annotations

import re

import pytest

from .tables import batch_rows
from .test_extract_money_reporting import money

M = 1_000_000


def _bound(text: str) -> float | None:
    if not text:
        return None
    return float(text[:-1]) * M if text.endswith("M") else float(text)


def _claim(spec: str) -> tuple:
    """One expected claim of a table entry as :func:`money`'s tuple."""
    kind, bounds, *rest = spec.split(":")
    low, sep, high = bounds.partition("..")
    lo, hi = _bound(low), _bound(high) if sep else _bound(low)
    if kind == "share":
        return ("state_share", lo, hi)
    currency, per = rest
    return (kind, lo, hi, currency, None if per == "-" else per)


def entries(table: str) -> list[tuple[str, set[tuple]]]:
    """The (excerpt, expected claims) of a table."""
    out = []
    for entry in re.split(r"\n(?=@ )", table.strip()):
        head, _, text = entry.partition("\n| ")
        specs = head.removeprefix("@ ").split()
        claims = {_claim(s) for s in specs if s != "-"}
        out.append((" ".join(text.split()), claims))
    return out


# --- batch c: excerpts with money claims ------------------------------------------------
CLAIMS = """
@ share:70 wage:120000:RUB:month
| North Korean construction crews bound for Moscow are promised 120,000 roubles a month,
  but the Korean side keeps roughly 70% of it, a Russian recruiter told the Siberian
  Wire agency. His agency charges employers a placement fee of 50,000 roubles per
  worker.
@ revenue:500M..:USD:year
| The Panel estimates that DPRK nationals working abroad generated at least USD 500
  million annually for the Government before the December 2019 repatriation deadline. A
  Member State reported that a vessel carrying 7,000 tonnes of coal, valued at
  approximately USD 700,000, was seized in its waters.
@ wage:5000..10000:USD:month
| The Office of Foreign Assets Control designated two China-based front companies that
  employed North Korean IT workers, who each made $5,000 to $10,000 a month posing as
  freelance developers. Rewards for Justice is offering up to $5 million for information
  on the network.
@ revenue:6.8M..:USD:-
| According to the indictment, the scheme generated at least $6.8 million for the DPRK
  between 2020 and 2024 through the wages of remote IT workers. Each defendant faces up
  to 20 years in prison and a fine of $250,000.
@ wage:30000:RUB:month wage:5000:RUB:month
| A former logger who spent six years near Tynda said he was supposed to earn about
  30,000 rubles a month. After the 'plan' payment to the state he was left with 5,000
  rubles a month, most of which went on cigarettes and food.
@ share:50.. wage:1500..3000:CNY:month
| Our interviewees described monthly salaries of between 1,500 and 3,000 yuan at seafood
  plants in Donggang, of which at least half was kept by the dispatching company.
  Dormitory rent of 200 yuan a month was deducted separately.
@ wage:60000:RUB:month
| The construction boom in Russia's Far East has driven up pay: local bricklayers now
  command around 150,000 roubles a month. North Korean bricklayers on the same sites are
  paid about 60,000 roubles a month, industry sources say.
@ revenue:200M..300M:USD:year
| Seoul's National Intelligence Service estimates that the North earns between $200
  million and $300 million annually from its workers abroad. The country's total trade
  was about $2.5 billion last year.
@ share:70..90
| Workers are required to hand over between 70 and 90 per cent of their earnings as
  so-called loyalty funds, the report by the Citizens' Alliance found.
@ share:66.7 wage:2800:CNY:month
| Two-thirds of the pay of the North Korean seamstresses goes straight to the Workers'
  Party, the factory's Chinese owner said. He pays each woman 2,800 yuan a month and
  puts them up in a dormitory that costs him 150 yuan a month per bed.
@ revenue:..1000M:USD:year
| The roughly 100,000 North Koreans working in China are thought to send home as much as
  $1 billion a year, the Seoul think tank estimated.
@ wage:120:KWD:month wage:400:KWD:month
| In Kuwait, North Korean construction workers received a salary of 120 Kuwaiti dinars a
  month, a former worker said, while their employer paid the North Korean agency 400
  Kuwaiti dinars per worker a month.
@ wage:1000:EUR:month wage:100:EUR:month
| The North Korean welders at the shipyard were paid around 1,000 euros a month on paper
  but received only about 100 euros a month in cash, labour inspectors found. The
  subcontractor was later fined 30,000 euros.
@ wage:500:USD:month wage:700:USD:month
| We were told we would make $700 a month, a former welder who worked in Qatar
  testified. Of that, $500 a month went to the party as a contribution, and about $100
  for food was deducted by the foreman.
@ wage:1000:USD:month wage:24000:USD:year
| A North Korean doctor in Nigeria earns about $24,000 a year, a health ministry
  official said, and must remit $1,000 a month to the embassy in Abuja.
@ revenue:2000M:USD:year
| At their peak, labour exports were worth an estimated $2 billion a year to Pyongyang,
  the researchers wrote.
@ revenue:500M:USD:year
| Analysts say the workers who stayed on in Russia and China still bring in half a
  billion dollars a year despite the UN ban.
@ share:..80
| The state takes up to 80 percent of their wages, according to a defector who managed a
  team of builders in Khabarovsk.
@ share:45
| The trading company skims 45% off the top of every paycheck, according to company
  ledgers obtained by the researchers.
@ wage:3000..:USD:month
| Each IT worker is expected to bring in at least $3,000 a month for his team leader,
  who forwards the money to Pyongyang, the FBI advisory said.
@ revenue:1200M..2300M:USD:year
| North Korea made an estimated $1.2 billion to $2.3 billion a year from overseas labour
  in the mid-2010s, South Korean officials estimate.
@ share:75 wage:600:USD:month
| Construction workers in Vladivostok got roughly $600 monthly, the site manager said.
  Three-quarters of that was handed to the party secretary.
@ revenue:120M:USD:year
| The regime's annual take from labour in Russia alone is put at $120 million, according
  to a US government advisory.
@ wage:100:USD:- wage:300:USD:month
| Workers in Laos told researchers that their monthly pay of $300 was cut to $100 after
  the state's share was taken.
@ wage:1200:CNY:month
| A North Korean hostess at a Shenyang restaurant earns about RMB 1,200 a month, her
  former colleague said. A dinner for two there costs around RMB 400.
"""

# --- batch d: distractors only ------------------------------------------------------------
DISTRACTORS = """
@ -
| The State Department's Rewards for Justice program is offering up to $5 million for
  information on North Korean IT worker schemes that generate revenue for the regime.
@ -
| A court in Liaoning fined a seafood exporter 2 million yuan for hiring North Korean
  workers without permits.
@ -
| The 5,000-tonne freighter, carrying North Korean coal worth an estimated $4.5 million,
  was seized off Indonesia; its crew of 20 North Koreans was sent home.
@ -
| North Korea earned about $750 million a year from textile exports before the UN banned
  them in 2017. Some of the garments were sewn by North Korean workers in Chinese
  factories.
@ -
| Hackers working for Pyongyang stole an estimated $1.3 billion in cryptocurrency last
  year, more than the country earns from its workers abroad, analysts said.
@ -
| To win a place on a team bound for Russia, applicants pay officials bribes of $1,000
  to $2,000, a source in North Hamgyong province told the outlet.
@ -
| Russia issued 13,000 student visas to North Koreans last year, many of them used by
  workers; each visa costs about 5,000 roubles, a Russian official said.
@ -
| The workers live in a dormitory for which the Chinese company charges 300 yuan a month
  per person, deducted from their pay.
@ -
| Workers said they spent about 200 yuan a month on food, bought from a shop run by
  their North Korean managers.
@ -
| The joint venture, registered in Vladivostok with an authorised capital of 10 million
  roubles, employs about 500 North Korean builders.
@ -
| A North Korean construction firm won a deal worth $12 million to build a sports
  complex in Equatorial Guinea, where some 300 of its workers are employed.
@ -
| The EU set aside 5 million euros for humanitarian projects in North Korea, even as
  reports emerged of North Korean workers at shipyards in Poland.
@ -
| Russia's minimum monthly wage rose to 19,242 roubles this year. North Korean workers,
  employers said, are covered by no union agreement.
@ -
| Uzbek and Tajik labourers on the same site earn about 70,000 roubles a month, while
  the North Koreans work longer hours, the foreman said.
@ -
| North Korea's economy grew 3.1% last year to an estimated $28 billion, helped by
  income from workers sent to Russia, the Bank of Korea said.
@ -
| A flight from Pyongyang to Vladivostok, used by many workers heading to Russian
  building sites, now costs about $300 one way.
@ -
| Russian employers must pay a one-off 20,000-rouble recruitment charge for each North
  Korean worker and cover medical insurance of about 8,000 roubles a year.
@ -
| Remittances from Tajik migrants in Russia reached $5.7 billion last year, while North
  Korean workers there send almost nothing home through banks.
@ -
| The vessel, bought for $2.5 million by a shell company, was used to carry North Korean
  fishermen to waters off Russia.
@ -
| A Seoul court sentenced the broker to two years in prison and ordered him to forfeit
  300 million won he earned by arranging jobs for North Korean workers in China.
@ -
| OFAC blocked assets of $1.6 million belonging to a Pyongyang trading company that
  dispatched workers to Russia.
@ -
| Shipments of crab and squid processed by North Korean workers in Hunchun were valued
  at $30 million last quarter, Chinese customs data show.
@ -
| Sending the workers home cost the Chinese company about 800,000 yuan in air fares.
@ -
| Russia collected about 2 billion roubles in income tax from the employers of North
  Korean workers in 2019, a Russian official said.
@ -
| Defectors who bring useful intelligence can receive rewards of up to 500 million won,
  said a South Korean official who has interviewed former overseas workers.
@ -
| The Chinese textile firm that employed 600 North Korean women had annual sales of $40
  million, its filings show.
"""

# --- batch e: a second blind set, written after batch c and d's fixes and committed before
# its run, to see whether they carry over -----------------------------------------------
SECOND = """
@ revenue:500M:USD:year wage:..120:USD:month
| Pyongyang's labour exports bring it $500m a year, a British parliamentary report said,
  while the workers themselves receive as little as $120 a month.
@ revenue:20M..99999999:USD:year
| The sanctions monitors found that North Korean workers in the Gulf earned the regime
  tens of millions of dollars annually through construction subcontracts.
@ wage:50000..70000:RUB:month
| Builders from the North are paid 50,000-70,000 roubles monthly, the Amur Business
  Journal reported. A Russian crane operator on the site earns twice that.
@ share:90
| Nine-tenths of the loggers' earnings were taken by the state enterprise, a defector
  who worked in the camps for eight years told the hearing.
@ share:60..70 wage:3000:CNY:month
| A fish-processing worker in Hunchun is paid around 3,000 yuan ($420) a month, the NGO
  said; the dispatching firm withholds between 60 and 70 per cent of it.
@ revenue:300M..500M:USD:year
| According to a 2023 estimate, North Korea's remaining workers in China generate US$300
  million to US$500 million a year for the regime.
@ wage:800:USD:month
| Each of the nurses was required to send $800 a month to Pyongyang, a former medical
  team member in Kuwait said.
@ share:80
| The programmers received only a fifth of what their clients paid; the rest went to the
  Munitions Industry Department, the Justice Department said.
@ wage:300000..:USD:year
| IT workers can each make more than $300,000 a year, according to a joint advisory by
  the US, South Korea and Japan.
@ revenue:1200M..2300M:USD:-
| In 2016, the North's overseas workers earned it an estimated $1.2bn to $2.3bn,
  according to Seoul's intelligence service.
@ share:50 wage:150..200:USD:month
| Restaurant workers in Vientiane earn $150 to $200 a month, of which about half is
  handed over to the manager as a loyalty payment.
@ wage:2200:CNY:month wage:400:CNY:month
| A Chinese garment maker told the reporter he pays 2,200 yuan a month for each North
  Korean woman, but the women see only 400 yuan of it.
@ -
| The sanctions committee fined a trading firm $1.5m for arranging jobs for North Korean
  labourers in the Middle East.
@ -
| The Treasury said the ship, worth some $800,000, had carried North Korean workers and
  coal between Nakhodka and Rajin.
@ -
| Russian builders on the same project get 90,000 roubles a month, while the North
  Korean crews live on site and rarely leave.
@ -
| Inside North Korea, the official monthly wage is still about 3,000 won, a fraction of
  what workers abroad can earn.
@ -
| The project in Dubai had a $40 million budget and employed about 250 North Korean
  builders, the Panel found.
@ -
| Families of the workers in Chongjin receive about 50,000 won a month from the state
  company, a source in North Hamgyong said.
@ -
| Chinese workers at the factory earn about 5,000 yuan a month, almost twice the pay of
  the North Korean women beside them.
@ -
| North Korea's exports of seafood to China were worth $190 million in 2016, before the
  UN banned them; much of it was processed by its workers in Chinese plants.
@ -
| The defector said he paid a $3,000 bribe to get on the list of workers going to
  Russia, money he borrowed from relatives.
@ -
| The Justice Department seized $1.5 million in cryptocurrency and bank funds linked to
  North Korean IT workers, and offered a reward of up to $5 million.
@ -
| Each North Korean worker's return flight to Pyongyang cost the Russian employer about
  40,000 roubles, the company said.
@ -
| The Mongolian construction company, which employs 120 North Koreans, has a registered
  capital of 2 billion tugriks.
@ -
| Seoul spends about 600 million won a year on the resettlement of each group of
  defectors, including former overseas workers.
@ -
| The workers pay 100 yuan a month for electricity and water in their dormitory, a
  former employee said.
@ -
| Average monthly pay in Russia's Far East reached 95,000 roubles last year, drawing
  migrant workers from Central Asia as well as North Korea.
@ -
| A Polish firm that hired North Korean welders through a subcontractor won EU subsidies
  of 1.2 million euros for a shipyard upgrade.
"""

# --- batch f: a third blind set, written after batch e's fixes and committed before its
# first run -------------------------------------------------------------------------------
THIRD = """
@ wage:40000:RUB:month
| North Korean labourers on the estate were paid forty thousand rubles a month, the
  regional prosecutor's office said in a statement.
@ wage:1500:CNY:month wage:2000:CNY:month
| The women sewing uniforms in the Dandong workshop earned Rmb2,000 a month, the
  Financial Review reported, up from Rmb1,500 two years earlier.
@ wage:250:GBP:month
| A former Foreign Office adviser told MPs that each worker sent to Russia nets the
  regime about £250 a month.
@ revenue:1500M:USD:-
| Over the past decade the overseas labour programme has brought in some $1.5 billion
  for Pyongyang, the study concluded.
@ share:60..90
| Workers abroad hand the state anywhere from 60 to 90 percent of what they earn,
  interviews with 40 former labourers show.
@ share:..90 wage:800:USD:month
| They're paid 800 dollars monthly but as much as 90% is collected by the trading
  company, a former construction worker in Qatar said.
@ share:33.3
| A third of each paycheck goes to the party, another third to the company, and the
  worker keeps the rest, a defector who worked in Mongolia explained.
@ revenue:200M..999999999:USD:year
| The earnings of North Korea's overseas workers amount to hundreds of millions of
  dollars a year, the US State Department said in its annual trafficking report.
@ wage:100..150:USD:month
| Between $100 and $150 a month is all that reaches the workers, according to the
  Database Center for North Korean Human Rights.
@ wage:2000:USD:year
| Medical workers sent to Africa have an annual income of about $2,000, the study found,
  after the embassy's cut.
@ wage:1000:CNY:month
| North Korean sailors on Chinese fishing boats get a wage of 1,000 yuan per month,
  while Chinese crewmen on the same boats earn three times more.
@ revenue:100M..:USD:year
| The labour export companies were told to deliver at least $100 million a year to the
  party, Daily NK reported, citing a source in Pyongyang.
@ -
| Russian inspectors fined a North Korean worker 5,000 roubles for violating the terms
  of his visa.
@ -
| The minimum wage in Liaoning province is 1,910 yuan a month, lower than what most of
  the province's seafood plants pay their North Korean workers.
@ -
| A kilogram of rice now costs about 6,000 won in Pyongyang markets, where families of
  workers abroad are among the better-off.
@ -
| The UN's humanitarian appeal for North Korea sought $107 million, even as the regime
  kept sending workers abroad.
@ -
| The Khabarovsk building firm, which employs 300 North Koreans, reported annual
  turnover of 900 million roubles.
@ -
| Nepali migrant workers in Qatar get about 1,000 riyals a month; the North Koreans on
  the stadium sites were not allowed to speak to reporters.
@ -
| On arrival in the South, the defector, a former logger in Siberia, received a
  resettlement payment of 8 million won.
@ -
| A broker in Yanji charges North Korean families $2,000 to arrange a job for a relative
  in China, the outlet said.
@ -
| Vietnam's workers in South Korea remit about $3 billion a year home, a sum the North's
  smaller workforce abroad cannot match.
@ -
| The contract, worth 1.1 billion roubles, covers the construction of a hotel in
  Vladivostok by a North Korean firm.
@ -
| South Korean companies at the Kaesong complex paid around $180 a month for each North
  Korean worker before it closed in 2016.
@ -
| The average Russian construction worker earns 85,000 roubles a month, the statistics
  service said, as North Korean crews return to the Far East.
@ -
| The US charged the two men with laundering $900,000 on behalf of North Korean IT
  workers through accounts in Hong Kong.
@ -
| Moscow wrote off $10 billion of Soviet-era debt owed by Pyongyang, which later
  expanded its workforce in Russia.
@ -
| The North Korean trading company was sold a second-hand crane for $400,000, which its
  workers used on building sites in Vladivostok.
@ -
| Tuition at the Russian college where some of the workers are registered as students is
  150,000 roubles a year.
"""

# --- batch g: a fourth blind set, written after batch f's fixes and committed before its
# first run -------------------------------------------------------------------------------
FOURTH = """
@ wage:300..500:USD:month
| The workers' monthly wages range from $300 to $500, depending on the site, the
  contractor's accountant said.
@ wage:2400:CNY:month
| North Korean seafood workers in Hunchun are paid 2,400 yuan ($330) a month, according
  to payroll records seen by the newspaper.
@ share:70..
| More than 70 per cent of their income is confiscated by the party, a researcher who
  interviewed returnees told the conference.
@ revenue:3000M..:USD:-
| The regime earned at least $3 billion from its overseas workers between 2010 and 2019,
  the report estimated.
@ share:90 wage:1000:USD:month
| Programmers in the team earn about $1,000 monthly yet keep just 10% of it, a former
  member said.
@ wage:700:USD:month
| He was offered a $700 monthly salary to work on a farm in the Amur region, the
  defector recalled.
@ share:40
| The dispatching agency retains 40% of each worker's salary, the Panel's report said,
  citing a Member State.
@ wage:1300:CNY:month wage:1800:CNY:month
| The Chinese employer pays the workers 1,800 yuan a month directly, but their managers
  confiscate 1,300 yuan of it.
@ revenue:200M:USD:year
| Around 200 million dollars each year is funnelled back to Pyongyang from labour in
  Russia, Japanese officials estimate.
@ wage:15000:USD:year
| Roughly $15,000 a year per worker flows to Pyongyang, according to the defector, who
  handled the accounts of a construction unit.
@ -
| Building the stadium cost $200 million, and much of the labour came from North Korean
  construction crews.
@ -
| North Korea's foreign currency reserves are estimated at $5 billion, part of it built
  up from the wages of workers abroad.
@ -
| Employers in Jilin caught hiring North Koreans face a fine of up to 1 million yuan,
  provincial authorities announced.
@ -
| Families must lodge a deposit of $10,000 with the state before a worker is allowed to
  go abroad, a source in Sinuiju said.
@ -
| The workers' air tickets to Moscow, costing $400 each, are paid by the Russian
  company.
@ -
| The factory that employs 200 North Korean seamstresses exported garments worth $15
  million last year.
@ -
| A North Korean restaurant in Bangkok whose waitresses were sent home was sold for $1
  million, a local property agent said.
@ -
| The Russian firm still owes its North Korean workers 3 million roubles in unpaid
  wages, a labour inspectorate document shows.
@ -
| A work permit for a foreign worker in Russia costs about 18,000 roubles, the migration
  service said.
@ -
| Customs officers seized smuggled cigarettes worth $2 million from a ship whose crew
  were North Korean.
@ -
| South Korea's minimum hourly wage is 9,860 won; North Korean defectors working in the
  South earn on average less than other workers.
@ -
| The luxury yacht Kim Jong Un uses cost $7 million, money that analysts say came partly
  from the work of labourers overseas.
@ -
| Chinese police paid a 50,000 yuan reward to a villager who reported North Korean
  workers hiding in a factory.
@ -
| Mongolia's average monthly wage is about 2 million tugriks, a local economist said,
  while North Korean workers there earn far less.
@ -
| The Indonesian-flagged cargo ship was bought for $1.8 million and renamed before it
  took North Korean fishermen to Russian waters.
@ -
| Russia spent 2 billion roubles on a new dormitory complex for foreign construction
  workers, including North Koreans, in Vladivostok.
"""

# --- batch h: written after batch g's fixes, committed before its first run ------------
# First run: precision 14/15, recall 14/15 (the monument projects' $160 million over five
# years missed; a broker's $1,500 read as a wage). After the fix (paying a broker or a
# middleman, money to one, excluded): precision 14/14, recall 14/15.
FIFTH = """
@ revenue:30M:USD:year
| North Korea's restaurants in Southeast Asia earned Pyongyang about $30 million a year
  before the pandemic, a Seoul researcher estimated. The chain's Singapore agent was
  later fined $2 million for sanctions breaches.
@ wage:800:USD:month share:80
| Each North Korean doctor at the clinic in Dar es Salaam is paid about $800 a month, but
  80 percent of it goes to the embassy, a former nurse said.
@ wage:3000..5000:USD:month
| The developers billed their American clients between $3,000 and $5,000 a month each
  while posing as freelancers from Singapore. The FBI has offered a reward of up to $5
  million for information on the scheme's organisers.
@ revenue:200M..:USD:year
| Seafood processing and garment work in China bring the regime more than $200 million a
  year, according to a Seoul think tank. Chinese imports of North Korean wigs and false
  eyelashes were worth $150 million last year.
@ wage:100:USD:month
| After the state's cut, a logger in the Amur region is left with only $100 a month, a
  defector said. A chainsaw costs the crews $250, which is deducted from their pay.
@ share:70
| The Russian contractor transfers the bricklayers' wages to a North Korean trading
  company, and the state takes 70% of the money, according to a leaked ledger.
@ wage:500:USD:month
| Each worker must remit $500 a month to the state as 'loyalty funds', regardless of how
  much he earns, a source in North Hamgyong province said.
@ wage:12000:EUR:year
| A North Korean welder at the Polish shipyard earned about 12,000 euros a year on paper,
  prosecutors said. The yard's owner was ordered to pay 40,000 euros in damages.
@ wage:80000:RUB:month wage:50000:RUB:month
| North Korean workers on Russian building sites earn 80,000 roubles a month, of which
  50,000 roubles goes to the state, according to a recruiter in Vladivostok.
@ revenue:160M:USD:-
| Over five years, the Mansudae studio's monument projects in Africa earned North Korea an
  estimated $160 million, a sanctions monitor said.
@ wage:10000:USD:year
| Each North Korean doctor sent to Africa brings the state about $10,000 a year, the
  report said.
@ revenue:..600M:USD:year
| North Korean IT workers abroad earn as much as $600 million a year for Pyongyang, a UN
  report said, separate from the $1.3 billion stolen in cryptocurrency hacks.
@ share:90
| The sculptors were told that 90 percent of their earnings would go to the party, one of
  them said after defecting.
@ -
| A Chinese court fined the seafood plant 300,000 yuan for employing North Korean women
  without work permits.
@ -
| Trade between Russia and North Korea reached $34 million in 2025, Russian customs data
  show, even as North Korean labourers kept arriving on student visas.
@ -
| The football stadium built by North Korean workers in the capital cost $120 million,
  most of it paid by a Chinese loan.
@ -
| Kenyan police seized $60,000 in cash from the North Korean clinic during a raid, a
  police spokesman said.
@ -
| North Korea sells fishing rights in its waters to Chinese boats for about $75 million
  a year, a fisheries analyst said.
@ -
| The repair of the North Korean-crewed trawler at the Busan yard cost $1.5 million,
  paid by its Chinese owner.
@ -
| Each recruit's family paid a broker $1,500 to get him on the list for Russia, a
  defector said.
"""

# --- batch i: written after batch h's fixes, committed before its first run ------------
# First run: precision 12/13, recall 12/14 (F1 0.89): 'crypto freelancers ... made about
# $2,000 a month each' missed ('crypto' an exclusion word), 'hand between 50 and 70 percent
# of the women's wages to North Korean managers' missed, 'only a tenth reached the workers'
# read as the state's 10%. After the fixes (an exclusion word right before a worker noun
# names the workers' kind, not the money; a share followed by 'reached the workers', 'went
# to them', 'left to the workers' is the worker's part, the state's the rest): precision
# 13/13, recall 13/14. ('hand' alone as a share verb fixed i-09 but read a survey's '85%
# had handed more than half their wages to the state' as two shares; left out.)
SIXTH = """
@ revenue:50M..:USD:year
| North Korean loggers and builders in Russia earn the regime at least $50 million a
  year, a Russian economist estimated. Russia's timber exports to China, by contrast, were
  worth $3 billion last year.
@ wage:700:USD:month share:60
| The seamstresses in Hunchun are paid $700 a month by the Chinese factory, but 60% goes
  to the state company that sent them, a supply-chain auditor said.
@ wage:2000:USD:month
| North Korean crypto freelancers on job platforms made about $2,000 a month each, a
  blockchain analytics firm found. The same firm traced $300 million in stolen tokens to
  the Lazarus group.
@ revenue:120M:USD:year
| The state's overseas medical teams, restaurants and art studios together bring in some
  $120 million a year, according to a defector who worked in a foreign trade bureau.
@ wage:1000:USD:month share:90
| Of the $1,000 a month that the Russian shipyard paid for each welder, only a tenth
  reached the workers; 90 percent went to the North Korean side.
@ wage:1000:USD:month
| The Russian shipyard paid the North Korean company $1,000 a month for each welder, a
  former interpreter said.
@ wage:4000:CNY:month wage:800:CNY:month
| A North Korean cook at the Shenyang hotel earns 4,000 yuan a month on paper, but takes
  home about 800 yuan, a former employee said.
@ wage:300:USD:month
| Each North Korean sculptor on the Namibian project had to remit $300 a month to the
  studio in Pyongyang, a Namibian official said.
@ revenue:10M:USD:year
| The fishing crews leased to Russian trawlers earn North Korea about $10 million a year,
  a fisheries consultant estimated.
@ share:50..70
| Seafood processors in Liaoning hand between 50 and 70 percent of the women's wages to
  North Korean managers, according to the labour group.
@ wage:15000:USD:year
| A North Korean software developer working for a Chinese outsourcing firm can bring in
  $15,000 a year for the state, the report said.
@ -
| The Chinese seafood plant was fined 500,000 yuan and ordered to dismiss its North
  Korean workers.
@ -
| North Korea imported $2 million worth of sewing machines from China last year, customs
  data show, many of them for factories that employ workers abroad.
@ -
| The US Treasury offered a reward of up to $7 million for information on the network
  that placed North Korean IT workers in remote jobs.
@ -
| The new apartment block built by North Korean workers in Vladivostok cost 2 billion
  roubles to build.
@ -
| Building a greenhouse complex in Ussuriysk cost its owners $4 million; about 90 North
  Koreans work there.
@ -
| North Korea's annual trade with Laos was worth about $8 million before the pandemic, a
  Lao trade official said.
@ -
| The clinic charged patients $50 for an acupuncture session with a North Korean doctor.
@ -
| Police seized $45,000 in cash from the dormitory of the North Korean loggers.
@ -
| A North Korean trawler was sold to a Chinese company for $600,000 last year.
"""

# --- batch j: written after batch i's fixes, committed before its first run ------------
# First run: precision 11/11, recall 11/12 (F1 0.96): 'Between 30 and 40 percent of the
# doctors' fees goes to the embassy' missed ('fees' an exclusion word); left as a known
# miss, it passes after batch m's fixes (a professional's fees are an object of a share).
SEVENTH = """
@ revenue:20M..30M:USD:year
| The timber camps in the Russian Far East earn Pyongyang between $20 million and $30
  million a year from the labour of its loggers, a Russian researcher said.
@ wage:1200:USD:month wage:900:USD:month
| A North Korean welder at the Vladivostok yard is paid around $1,200 a month, of which
  $900 must be handed to the state company, a former manager said.
@ share:75
| The state's cut of the seafood workers' wages has risen to three-quarters, according
  to a trader in Dandong.
@ wage:25000:CNY:year
| A North Korean embroiderer in Dandong earns about 25,000 yuan a year, a local factory
  owner said. The factory's annual sales exceed 40 million yuan.
@ revenue:1M:USD:month
| North Korean restaurants across China send about $1 million a month to Pyongyang,
  according to South Korean intelligence.
@ wage:400:USD:month
| The sewing workers are allowed to keep about $400 a month, a former supervisor said.
@ share:30..40
| Between 30 and 40 percent of the doctors' fees goes to the embassy in Luanda, an Angolan
  hospital official said.
@ wage:3000:USD:month
| North Korean IT workers in Laos each had a monthly earnings target of $3,000, a report
  by a cybersecurity firm said. The firm said the group also stole $40 million in crypto.
@ revenue:500M:USD:-
| Since 2018, the country's remote IT workers have generated about $500 million for the
  regime's weapons programmes, US officials said.
@ wage:50000:RUB:month
| North Korean farm workers in Primorye receive 50,000 roubles a month, a regional
  official said, about half the wage of a Russian tractor driver.
@ share:80
| Four-fifths of what the coaches earn in Zimbabwe is taken by the North Korean sports
  ministry, a Zimbabwean official said.
@ -
| The shipyard was fined 2 million roubles for hiring North Korean welders without
  permits.
@ -
| Rewards for Justice is offering up to $5 million for information on North Korean IT
  workers' revenue-generation schemes.
@ -
| Russia's trade with North Korea rose to $50 million last year, customs data show.
@ -
| The stadium's construction cost $200 million, most of it paid by the Chinese
  government; North Korean workers did part of the building.
@ -
| Each visa for a North Korean worker costs the employer 12,000 roubles, a migration
  lawyer said.
@ -
| The Chinese investor put $30 million into a textile park in Hunchun where North Korean
  women work.
@ -
| A North Korean fishing boat worth $80,000 was seized by Russian border guards last
  week.
@ -
| The Mongolian company owes its North Korean workers $120,000 in unpaid wages, a court
  ruled.
@ -
| Russian builders in Moscow earn about 120,000 roubles a month, a construction
  industry survey found.
"""

# --- batch k: written after batch j's run, committed before its first run -------------
# First run: precision 9/11, recall 9/11 (F1 0.82): 'a yearly salary of about $6,000' read
# with no period (only 'monthly' and 'annual' before an amount gave one), 'can make up to
# 100,000 roubles a month' read as at most 100,000 (claims.md's 'up to'; the expectation
# wrote an exact amount). After the fix (the period adjectives before an amount are data,
# numbers.yaml per_adjectives, with 'yearly'): precision 10/11, recall 10/11.
EIGHTH = """
@ revenue:500M:USD:year
| North Korea's workers abroad earn the regime about half a billion dollars a year, a
  former diplomat said in a lecture in Seoul.
@ revenue:1500M..2300M:USD:year
| Overseas labour may bring Pyongyang between $1.5 billion and $2.3 billion annually, a
  Seoul university study estimated, far more than earlier figures.
@ wage:150:USD:month
| Each worker at the Laotian dam site is required to pay the state $150 a month, a former
  foreman said.
@ wage:3000:CNY:month
| The North Korean women at the Hunchun plant have a monthly wage of 3,000 yuan, the
  factory's owner said. Chinese workers on the same line earn 5,000 yuan a month.
@ wage:6000:USD:year
| A North Korean nurse in Kuwait had a yearly salary of about $6,000, according to a
  contract seen by this newspaper.
@ wage:1000:USD:month wage:700:USD:month
| Of the doctors' $1,000 monthly wage, the state takes $700, a former embassy official
  said.
@ share:65
| The North Korean trading company keeps 65 percent of what the Mongolian employers pay
  for each builder, an Ulaanbaatar lawyer said.
@ revenue:40M:USD:year
| Art studios such as Mansudae have earned about $40 million a year from overseas
  commissions built by North Korean artists and workers, a sanctions expert said.
@ wage:100000:RUB:month
| A North Korean plasterer in Moscow can make up to 100,000 roubles a month in the busy
  season, a Russian foreman said.
@ revenue:5M:USD:year
| The restaurant chain's outlets in Vietnam sent about $5 million a year to Pyongyang,
  a former manager said after defecting.
@ -
| The clinic was fined 20 million shillings for employing unlicensed North Korean
  doctors.
@ -
| North Korea's exports of seafood to China, banned since 2017, were once worth $300
  million a year.
@ -
| A reward of $3 million is offered for the arrest of the North Korean broker who placed
  IT workers with Western firms.
@ -
| The sewing machines at the Dandong plant cost 2,000 yuan each, the owner said.
@ -
| Tanzanian authorities ordered the clinic to pay 5 million shillings in compensation to
  a patient.
@ -
| A one-way flight from Pyongyang to Vladivostok costs about $300, and the workers' tickets
  are paid by the Russian employer.
@ -
| The Russian company signed a $12 million contract with a North Korean firm to build
  apartment blocks in Khabarovsk.
@ -
| The smuggled cash, about $200,000, was found in the luggage of a North Korean diplomat.
@ -
| A Chinese supervisor at the North Korean women's garment factory earns 8,000 yuan a
  month.
@ -
| The Russian fishing company invested 500 million roubles in new trawlers crewed partly
  by North Koreans.
"""

# --- batch l: written after batch k's fixes, committed before its first run ------------
# First run: precision 9/10, recall 9/11 (F1 0.86): 'The state takes 70 to 80 percent of
# what the crypto developers earn' read as a part of a group of people, 'may pay the North
# Korean state up to $100 million a year' missed (no revenue cue), 'spends about 30,000
# roubles per worker on housing each month' read as a wage. After the fixes ('of what',
# 'of whatever', 'of everything' open an amount, not people; paying the North Korean
# state, the regime, North Korea or Pyongyang a revenue cue; 'spends' an exclusion):
# precision 11/11, recall 11/11.
NINTH = """
@ revenue:2M:USD:year
| The Dar es Salaam clinics alone sent about $2 million a year to Pyongyang, according to
  a former North Korean doctor who defected.
@ wage:500..600:USD:month
| Builders from North Korea on Kuwaiti sites were paid $500 to $600 a month by their
  contractor, a Kuwaiti engineer said.
@ share:70..80
| The state takes 70 to 80 percent of what the crypto developers earn, according to the
  blockchain analysis.
@ wage:250:USD:month
| After deductions for the state and for food, a North Korean fisherman on a Russian
  trawler keeps about $250 a month, a former crew member said.
@ revenue:..100M:USD:year
| Chinese seafood and garment plants may pay the North Korean state up to $100 million a
  year for the labour of its women, a UN expert estimated.
@ wage:20000:RUB:month share:60
| The loggers' pay is set at 20,000 rubles a month, but 60% of it goes to the North
  Korean forestry company.
@ wage:1800:USD:month
| The medical team's senior surgeon was paid $1,800 a month under the contract with the
  Angolan health ministry.
@ revenue:3M:USD:year
| North Korean coaches and instructors in Africa bring in about $3 million a year for the
  sports ministry in Pyongyang, a Zimbabwean official estimated.
@ wage:200:USD:month
| The cooks at the North Korean restaurant in Phnom Penh must each hand $200 a month to
  the restaurant's North Korean manager for the state.
@ share:50
| Half of the waitresses' tips and salaries goes to the state, a former waitress said.
@ -
| The North Korean restaurant in Bangkok was fined 100,000 baht for hiring workers on
  tourist visas.
@ -
| North Korea's coal exports to China, worth $400 million a year before sanctions, have
  all but stopped.
@ -
| The FBI is offering up to $5 million for information on the two North Koreans charged in
  the IT worker scheme.
@ -
| The Russian employer spends about 30,000 roubles per worker on housing each month, a
  recruiter said.
@ -
| A North Korean shipyard worker's flight home costs the Polish subcontractor about 2,000
  zlotys.
@ -
| The Chinese government gave $10 million in aid to North Korea last year, while still
  hosting its workers.
@ -
| Kenyan police found $80,000 in cash at the home of the North Korean clinic's manager.
@ -
| The greenhouse company's annual turnover is 500 million roubles, of which a small part
  goes on wages for its North Korean workers.
@ -
| A Mongolian cashmere company exported $60 million worth of sweaters last year; some were
  sewn by North Korean women.
@ -
| South Korea's unification ministry set aside $3 million for North Korean defectors'
  job training.
"""

# --- batch m: written after batch l's fixes, committed before its first run ------------
# First run: precision 8/10, recall 8/11 (F1 0.76): 'pay North Korean state companies about
# $15 million a year' missed (no revenue cue), 'kept half of their fees' missed ('fees' no
# object of a share), 'The Chinese seafood exporter's annual revenue is about 300 million
# yuan' read as the state's revenue, 'at least $60 million' read as at least (claims.md;
# the expectation wrote it exact). After the fixes (paying North Korean state companies a
# revenue cue; a professional's fees, 'their fees', 'the doctors' fees', objects of a share,
# a bare 'fees' not; a firm's revenue, income, profit, turnover or sales before the amount
# excluded): precision 10/11, recall 10/11; j-06 passes too.
TENTH = """
@ revenue:15M:USD:year
| The shipyards and fish plants of Primorye pay North Korean state companies about $15
  million a year for their workers, a Russian economist estimated.
@ wage:900:USD:month share:70
| Seafood workers in Donggang are paid the equivalent of $900 a month, of which about 70%
  is collected by their minders for the state, a researcher said.
@ wage:4000:USD:month
| One North Korean freelance developer billed a US start-up $4,000 a month for mobile app
  work, court documents show.
@ revenue:800M:USD:year
| Overseas labour earns North Korea an estimated $800 million annually, making it one of
  the country's largest sources of foreign currency, a Seoul think tank said.
@ wage:150:USD:month
| After the state's share and living costs, a North Korean waitress in Vientiane is left
  with roughly $150 a month, a former colleague said.
@ share:90
| The Angolan ministry paid the North Korean doctors directly, but the embassy collected
  90 percent of their salaries, an Angolan official said.
@ wage:35000:RUB:month
| A North Korean logger near Tynda makes about 35,000 roubles a month in the felling
  season, a Russian timber trader said.
@ revenue:60M:USD:-
| Between 2017 and 2023, North Korean IT workers earned at least $60 million for
  Pyongyang, according to the indictment.
@ wage:8000:CNY:month
| The North Korean programmers at the Dalian firm were paid 8,000 yuan a month each, the
  firm's former accountant said.
@ share:50
| The sculptors kept half of their fees, and the other half went to the Mansudae studio,
  a former sculptor said.
@ -
| The Vladivostok shipyard paid a fine of 500,000 roubles for employing North Korean
  welders illegally.
@ -
| A US court ordered the forfeiture of $1.5 million in cryptocurrency linked to North
  Korean IT workers.
@ -
| The Chinese seafood exporter's annual revenue is about 300 million yuan, according to
  its filings.
@ -
| The new hotel in Vientiane, built partly by North Korean workers, cost $25 million.
@ -
| Visas for North Korean workers cost Russian employers about 10,000 roubles each.
@ -
| Bounties of up to $2 million were offered by the US for the arrest of two North Korean
  recruiters.
@ -
| North Korea and Russia's bilateral trade reached $60 million last year, with North Korean
  labour not included in the figures.
@ -
| The Laotian government spent $4 million on a new stadium that North Korean workers
  helped to build.
@ -
| A Russian construction worker in Vladivostok earns about 110,000 roubles a month,
  according to regional statistics.
@ -
| The Polish subcontractor paid a penalty of 100,000 zlotys after inspectors found North
  Korean welders at the shipyard.
"""

# --- batch n: written after batch m's fixes, committed before its first run ------------
# First run: precision 11/12, recall 11/11 (F1 0.96): 'A North Korean trawler's annual catch
# is worth about $500,000' read as revenue. After the fix (the value of a catch excluded):
# precision 11/11, recall 11/11.
ELEVENTH = """
@ revenue:100M..200M:USD:year
| North Korea's overseas restaurants, clinics and building crews together earn between
  $100 million and $200 million a year for the state, a Seoul researcher estimated.
@ wage:700:USD:month wage:200:USD:month
| A North Korean bricklayer in Kuwait was paid $700 a month, but only $200 of it reached
  him, a former co-worker said.
@ share:80
| The state keeps about 80 percent of the money the IT workers make, according to a US
  Treasury advisory.
@ wage:1000..2000:CNY:month
| The North Korean women at the Yanji garment plant earn between 1,000 and 2,000 yuan a
  month, depending on their output, a supervisor said.
@ revenue:2M:USD:month
| The network of IT workers in China sent about $2 million a month back to Pyongyang, a
  cybersecurity firm estimated.
@ wage:60000:RUB:month
| The North Korean welders at the Bolshoy Kamen yard receive 60,000 roubles a month, a
  union official said.
@ share:60..70
| Sixty to seventy percent of each worker's wages is transferred to the North Korean
  trading company, a Mongolian lawyer said.
@ wage:12000:USD:year
| A North Korean doctor in Equatorial Guinea is paid about $12,000 a year by the
  government, of which most goes to Pyongyang.
@ revenue:7M:USD:year
| The art studio's workshops in Africa brought in around $7 million a year for the regime
  at their peak, a researcher said.
@ wage:3500:CNY:month
| North Korean crab peelers in Hunchun are paid 3,500 yuan a month, according to the
  plant's payroll records.
@ -
| A Chinese logistics firm was fined 1.2 million yuan for shipping North Korean workers
  across the border.
@ -
| The new stadium in Dar es Salaam cost $56 million, a Tanzanian ministry said.
@ -
| The US offered a $5 million reward for the capture of a North Korean IT scheme's
  organiser.
@ -
| North Korea's imports from Russia rose to $40 million last year.
@ -
| A North Korean trawler's annual catch is worth about $500,000, a fisheries official
  said.
@ -
| Rent for the workers' dormitory costs the contractor 150,000 roubles a month.
@ -
| The restaurant group's annual turnover was about $6 million before the sanctions.
@ -
| A Mongolian court ordered the cashmere company to pay 20 million tugriks in back wages to
  its North Korean workers.
@ -
| Russian bricklayers in Vladivostok earn about 120,000 roubles a month, a recruiter said.
@ -
| The clinic spent $30,000 on new acupuncture equipment last year, its manager said.
"""

BATCHES = {
    "c": entries(CLAIMS),
    "d": entries(DISTRACTORS),
    "e": entries(SECOND),
    "f": entries(THIRD),
    "g": entries(FOURTH),
    "h": entries(FIFTH),
    "i": entries(SIXTH),
    "j": entries(SEVENTH),
    "k": entries(EIGHTH),
    "l": entries(NINTH),
    "m": entries(TENTH),
    "n": entries(ELEVENTH),
}

# Known misses: row id -> why.
KNOWN: dict[str, str] = {
    "c-23": "expected with no period ('cut to $100' names none); the extractor gives it the "
    "period of the monthly pay it changes (its level convention, as 'were cut to $300' in "
    "test_extract_money_reporting): a disagreement on the period only, which the scorer does "
    "not compare; the expectation is left as written before the run",
    "e-00": "'as little as $120': claims.md does not say which bound it sets; expected (before "
    "the run) as an upper bound, read as the low end of a spread ('as few as', 'as little "
    "as' and 'as low as' are at_least in numbers.yaml, the mirror of 'as many as'); the "
    "expectation is left as written",
    "h-09": "'the Mansudae studio's monument projects in Africa earned North Korea an "
    "estimated $160 million': 'monument' is a money exclusion word (the price of a statue, a "
    "construction contract), and a revenue sentence without a worker noun is not read; the "
    "projects' earnings are left out",
    "i-09": "'hand between 50 and 70 percent of the women's wages to North Korean "
    "managers': 'hand' is a share verb only in phrases ('hand over', 'hand to', 'hand the "
    "state'); the bare verb would also make a survey's '85% had handed ...' a share",
    "m-07": "'earned at least $60 million for Pyongyang': expected (before the run) as an "
    "exact amount; claims.md reads 'at least' as a lower bound (no high), which the "
    "extractor follows; the expectation is left as written",
    "k-08": "'can make up to 100,000 roubles a month': expected (before the run) as an exact "
    "amount; claims.md reads 'up to' as an upper bound (at_most, no low), which the "
    "extractor follows; the expectation is left as written",
    "f-01": "'Rmb2,000': a currency spelled in capital and small letters glued to the digits "
    "is no prefix to the number reader (extract/numbers.py, outside the money stage; 'RMB2,000' "
    "and 'RMB 2,000' are read)",
}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_money_blind(extractor, text, expected):
    assert money(extractor, text) == expected
