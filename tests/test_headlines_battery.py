"""A battery of summit-news sentences written for these tests (wire style), with the title an editor would
write, and the editor's rules (``cuts.flaws``) that every title must pass: no dangling last word, no
quotation left open, no numeral or bare noun for a subject, the main happening rather than a side clause."""

from __future__ import annotations

import pytest

from generator.cuts import close_quote, flaws
from generator.headlines import Context, Name, passes, read


def _title(sentence: str, date: str, people: tuple[str, ...], pair: tuple[str, ...] = ()) -> str:
    names = tuple(Name(sentence.index(p), sentence.index(p) + len(p), p, True) for p in people)
    at = sentence.index(date)
    return read(sentence, at, at + len(date), Context(names, lambda: (), str, lambda: pair)).title


# (sentence, its date, the people it names, the title an editor would write)
BATTERY = [
    (
        "Russian President Vladimir Putin and U.S. President Donald Trump met for nearly three hours at a "
        "military base in Anchorage on Friday, but left without announcing a deal.",
        "on Friday",
        ("Vladimir Putin", "Donald Trump"),
        "Vladimir Putin and Donald Trump met for nearly three hours at a military base in Anchorage",
    ),
    (
        "Ukrainian President Volodymyr Zelensky arrived in Washington on Sunday for talks with Trump at the "
        "White House.",
        "on Sunday",
        ("Volodymyr Zelensky", "Trump"),
        "Volodymyr Zelensky arrived in Washington for talks with Trump at the White House",
    ),
    (
        "The Kremlin said on Thursday that Putin had accepted an invitation to visit the United States.",
        "on Thursday",
        ("Putin",),
        "Kremlin said Putin had accepted an invitation to visit the United States",
    ),
    (
        "Trump said on Monday that he would not impose new sanctions on Russia for now.",
        "on Monday",
        ("Trump",),
        "Trump said he would not impose new sanctions on Russia for now",
    ),
    (
        "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that no date had been set for a meeting "
        "between Putin and Zelensky.",
        "on Tuesday",
        ("Dmitry Peskov", "Putin", "Zelensky"),
        "Peskov told reporters that no date had been set for a meeting between Putin and Zelensky",
    ),
    (
        "European leaders, including French President Emmanuel Macron and German Chancellor Friedrich Merz, "
        "joined a video call with Trump on Wednesday.",
        "on Wednesday",
        ("Emmanuel Macron", "Friedrich Merz", "Trump"),
        "European leaders joined a video call with Trump",
    ),
    (
        "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Kuala Lumpur on July "
        "10, the State Department said.",
        "on July 10",
        ("Marco Rubio", "Sergei Lavrov"),
        "Secretary of State Marco Rubio met Sergei Lavrov in Kuala Lumpur",
    ),
    (
        "Special envoy Steve Witkoff flew to Moscow on Wednesday, where he held three hours of talks with Putin.",
        "on Wednesday",
        ("Steve Witkoff", "Putin"),
        "Steve Witkoff flew to Moscow",
    ),
    (
        "Russia launched 574 drones and 40 missiles at Ukraine overnight into Thursday, the Ukrainian air force said.",
        "Thursday",
        (),
        "Russia launched 574 drones and 40 missiles at Ukraine overnight",
    ),
    (
        "Trump, then a New York real estate developer who visited Moscow in 1987, later wrote about the trip.",
        "in 1987",
        ("Trump",),
        "Trump visited Moscow",
    ),
    (
        "Zelensky, who met Trump in the Oval Office on February 28, left the White House early after a "
        "heated exchange.",
        "on February 28",
        ("Zelensky", "Trump"),
        "Zelensky met Trump in the Oval Office",
    ),
    (
        "Putin told reporters on Saturday that the talks had been “very useful and frank,” adding that he "
        "hoped for another meeting soon.",
        "on Saturday",
        ("Putin",),
        "Putin told reporters that the talks had been “very useful and frank”",
    ),
    (
        "On Friday, Trump told Fox News that he would not meet Putin again unless a ceasefire was agreed.",
        "On Friday",
        ("Trump", "Putin"),
        "Trump told Fox News that he would not meet Putin again unless a ceasefire was agreed",
    ),
    (
        "Ukrainian and Russian negotiators exchanged 1,200 prisoners of war on Tuesday in a deal brokered by "
        "the United Arab Emirates.",
        "on Tuesday",
        (),
        "Ukrainian and Russian negotiators exchanged 1,200 prisoners of war",
    ),
    (
        "U.S. Vice President JD Vance met British Foreign Secretary David Lammy at Chevening House on Saturday.",
        "on Saturday",
        ("JD Vance", "David Lammy"),
        "Vance met David Lammy at Chevening House",
    ),
    (
        "The Kremlin denied on Monday that Putin had agreed to meet Zelensky.",
        "on Monday",
        ("Putin", "Zelensky"),
        "Kremlin denied Putin had agreed to meet Zelensky",
    ),
    (
        "Trump signed an executive order on Wednesday imposing an additional 25% tariff on imports from "
        "India over its purchases of Russian oil.",
        "on Wednesday",
        ("Trump",),
        "Trump signed an executive order imposing an additional 25% tariff on imports from India",
    ),
    (
        "Zelensky said on Saturday that Ukraine would not give up any of its land to the occupier.",
        "on Saturday",
        ("Zelensky",),
        "Zelensky said Ukraine would not give up any of its land to the occupier",
    ),
    (
        "NATO Secretary General Mark Rutte said on Sunday that the ball was now in Putin's court.",
        "on Sunday",
        ("Mark Rutte", "Putin"),
        "NATO Secretary General Mark Rutte said the ball was now in Putin's court",
    ),
    (
        "Lavrov arrived in Anchorage on Friday wearing a sweatshirt with the letters CCCP.",
        "on Friday",
        ("Lavrov",),
        "Lavrov arrived in Anchorage wearing a sweatshirt with the letters CCCP",
    ),
    (
        "Putin's foreign policy adviser Yuri Ushakov said on Thursday that the summit would take place in Alaska.",
        "on Thursday",
        ("Yuri Ushakov",),
        "Putin's foreign policy adviser Yuri Ushakov said the summit would take place in Alaska",
    ),
    (
        "Witkoff met Putin in St. Petersburg on April 11 for talks that lasted more than four hours.",
        "on April 11",
        ("Witkoff", "Putin"),
        "Witkoff met Putin in St. Petersburg for talks that lasted more than four hours",
    ),
    (
        "Trump said on Thursday he was “not happy” with Putin, and that the Russian leader was “killing a "
        "lot of people.”",
        "on Thursday",
        ("Trump", "Putin"),
        "Trump said he was “not happy” with Putin",
    ),
    (
        "Russian forces captured the village of Dachne in the Dnipropetrovsk region on Sunday, the Russian "
        "Defense Ministry said.",
        "on Sunday",
        (),
        "Russian forces captured the village of Dachne in the Dnipropetrovsk region",
    ),
    (
        "Finnish President Alexander Stubb, who plays golf with Trump, joined the meeting at the White House "
        "on Monday.",
        "on Monday",
        ("Alexander Stubb", "Trump"),
        "Alexander Stubb joined the meeting at the White House",
    ),
    (
        "The White House said on Tuesday that Trump had spoken with Putin over the phone after the meeting "
        "with European leaders.",
        "on Tuesday",
        ("Trump", "Putin"),
        "White House said Trump had spoken with Putin over the phone after the meeting with European leaders",
    ),
    (  # a cut inside a quotation misquotes: the headline ends at its closing mark
        "Merkel said on Tuesday, at a news conference in the chancellery, that the Chinese delegation had offered "
        '"detailed and constructive proposals" to settle the trade dispute.',
        "on Tuesday",
        ("Merkel",),
        'Merkel said the Chinese delegation had offered "detailed and constructive proposals"',
    ),
    (  # a "that" clause before a quotation keeps its subject and the quotation
        'Lula wrote on X on Sunday that Maduro "can hold free elections within months, if he wants to", and that '
        "sanctions were not the answer.",
        "on Sunday",
        ("Lula", "Maduro"),
        'Lula wrote on X that Maduro "can hold free elections within months, if he wants to"',
    ),
    (  # an apposition between subject and verb goes before a cut takes the predicate
        "The Arctic Council, the forum of eight northern states chaired this year by Norway, will hold an "
        "emergency session on Monday to discuss the oil spill.",
        "on Monday",
        (),
        "Arctic Council will hold an emergency session to discuss the oil spill",
    ),
    (  # "between" never keeps one member of its pair
        "Beijing said on Friday that China and the European Union had agreed in principle to hold a summit "
        "between Premier Li Qiang and Commission President Ursula von der Leyen in the autumn, officials added.",
        "on Friday",
        ("Li Qiang", "Ursula von der Leyen"),
        "Beijing said China and the European Union had agreed in principle to hold a summit",
    ),
    (  # when and where a saying was made go before its words are cut
        "Li Qiang, China's premier, said after Tuesday's video conference that the two governments had welcomed "
        '"the plan of opening new routes" for freight trains between Chongqing and Duisburg, officials said.',
        "Tuesday",
        ("Li Qiang",),
        'Li Qiang said the two governments had welcomed "the plan of opening new routes"',
    ),
]


@pytest.mark.parametrize(("sentence", "date", "people", "title"), BATTERY)
def test_the_title_is_the_one_an_editor_would_write(sentence, date, people, title):
    got = _title(sentence, date, people)
    assert got == title
    assert passes(got) and not flaws(got)


def test_the_battery_is_large_enough():
    assert len(BATTERY) >= 25


def test_the_main_verb_after_a_relative_clause_is_the_subjects_own():
    s = "The union's leader Ada Eze, who had led the strike since May, signed the agreement in Lagos on Friday."
    assert _title(s, "on Friday", ("Ada Eze",)) == "Union's leader Ada Eze signed the agreement in Lagos"


def test_a_description_after_a_name_gives_the_name():
    s = "Silva, then a young trade unionist who visited Havana in 1979, later became president."
    assert _title(s, "in 1979", ("Silva",)) == "Silva visited Havana"


def test_the_two_leaders_are_named_when_the_pair_is_known():
    s = "The two leaders spoke by phone on Wednesday for more than an hour, the White House said."
    assert _title(s, "on Wednesday", (), ("Trump", "Putin")) == "Trump and Putin spoke by phone for more than an hour"
    assert flaws(_title(s, "on Wednesday", ())) == ["numeral subject"]


@pytest.mark.parametrize(
    ("title", "flaw"),
    [
        ("Putin and Trump have not met in person since", "dangling end"),
        ("Zelensky said the talks were over", None),
        ("The minister warned that the United States", "dangling end"),
        ("Lavrov discussed the dispute over", "dangling end"),
        ("Trump called the talks “very productive", "unclosed quotation"),
        ("Merz said Europe was “ready", "unclosed quotation"),
        ("Two leaders met in Alaska", "numeral subject"),
        ("Three officials resigned on the spot", "numeral subject"),
        ("Three rounds of talks ended in Istanbul", None),
        ("Visit was postponed", "bare subject"),
        ("Summit was moved to Anchorage", "bare subject"),
        ("Putin’s visit was postponed", None),
        ("Witkoff meets Putin in Moscow", None),
        # round three: the classes an editor rejected on development news
        ("Beijing annexed including the islands", "broken object"),
        ("Russian troops entered South Ossetia", None),
        ("Last time Macron hosted Putin at Versailles", "no article"),
        ("First lady Olena Zelenska visited Washington", None),
        ("That is the line Kyiv has held", "demonstrative subject"),
        ("This was the third postponement", "demonstrative subject"),
        ("These talks ended without a deal", None),
        ("The envoy was received with full honours, two and a half years", "dangling end"),
        ("The envoy was received with full honours, two days", "dangling end"),
        ("Vance said the administration was trying", "dangling end"),
        ("Witkoff left Moscow with what he had come for", None),
        ("Canada's foreign minister, Anita Anand", "fragment"),
        ("Ministers of Poland, Lithuania, Latvia, Estonia", "fragment"),
        ("Lavrov, addressing the General Assembly in New York", "fragment"),
        ("Merz: If Moscow refuses a ceasefire", "fragment"),
        ("Merz: If Moscow refuses a ceasefire, we will tighten the sanctions", None),
        ("**14:30 KYIV** Parliament", "markup"),
        ("Russia’s full-scale invasion", None),
        ("Talks at the White House on a Putin–Zelensky meeting", None),
        ("Erdogan, speaking to reporters on his plane, said Turkey was ready", "spliced aside"),
        ("Rubio, the secretary of state, said the talks were useful", None),
        ("During his visit to Beijing he signed a trade pact", "lead-in"),
        ("In Moscow's telling, Witkoff accepted the proposal", "lead-in"),
        ("Merz cannot attend the summit in Anchorage", None),
        # round four: the classes a blind reviewer rejected on unseen summit news (sentences of our own)
        ("Officials said the talks had ended", "vague subject"),
        ("It will be the first visit by a Chinese leader", "vague subject"),
        ("Meeting ended without a joint statement", "vague subject"),
        ("Optimism had faded by the evening", "vague subject"),
        ("Orban said", "empty saying"),
        ("Erdogan told reporters", "empty saying"),
        ("Nordic ministers said in a joint statement", "empty saying"),
        ("Lula said Brazil had agreed the European Union", "empty saying"),
        ("Modi said that the two leaders", "dangling end"),
        ("Macron said the talks were constructive", None),
        ("Rutte said a deal was agreed", None),
        ("Ramaphosa told Biden", "empty saying"),
        ("**Macron flew to Beijing", "markup"),
        ("_Scholz_ met Xi in Beijing", "markup"),
        ("# Blinken landed in Riyadh", "markup"),
        ("Blinken visited Cairo;, he returned to Washington", "punctuation residue"),
        ("Unlike, the chancellor signed the pact", "punctuation residue"),
        ("Sunak said he wanted a deal “ ”", "punctuation residue"),
        ("Did the talks change anything?", "question"),
        ("Has Beijing sent an envoy?", "question"),
        ("Talks, Peskov said, were constructive", "spliced tag"),
        ("Here is what we know about the Geneva talks", "meta sentence"),
        ("Scholz gave us his account by phone", "meta sentence"),
        ("We asked the ministry for comment", "meta sentence"),
        ("Xi: We will never accept a blockade", None),
        ("The US envoy met Lula in Brasilia", None),
        ("Macron and Scholz have not spoken since then", None),
        ("Each deadline came and went, then", "dangling end"),
        ("Kremlin said on Thursday that Russia and China had agreed", "empty saying"),
        ("Lula said after Sunday's phone call", "empty saying"),
        ("Scholz said a second round", "empty saying"),
        ("Orban said Hungary's position was clear and that the Polish side", "empty saying"),
        ("Since China's accession to the WTO", "fragment"),
        ("Returned for talks that yielded no deal", "no subject"),
        ("Frustrated by continued strikes on the port", "no subject"),
        ("Asked whether Xi would visit Paris", "no subject"),
        ("Talks between Lula and Xi were the envoy's third meeting", "description"),
        ("United States bought Alaska for $7.2 million", None),
        ("Talks between Lula and Xi were held in Beijing", None),
        ("Xi: Many points that we agreed on", None),
        ("Lula froze the talks after a tense meeting with Xi", None),  # an irregular past is a predicate
        ("Scholz wore a dark suit", None),
        ("Came Lula's visit to Beijing and the deal", "no subject"),
        ("Xi called them “highly productive”", "vague object"),
        ("Scholz described it as a “useful exchange”", "vague object"),
        ("Scholz described the talks as useful", None),
    ],
)
def test_the_editors_mechanical_rules(title, flaw):
    assert flaws(title) == ([flaw] if flaw else [])
    assert passes(title) == (flaw is None)


@pytest.mark.parametrize(
    ("text", "sentence", "closed"),
    [
        # The quotation ends where the cut ends: it is closed.
        (
            "Ali said the unions “are the ones that decide",
            "Ali said the unions “are the ones that decide,” adding more.",
            "Ali said the unions “are the ones that decide”",
        ),
        # The cut left the quotation half said: the title ends before it.
        (
            "The minister announced new measures on Monday “to protect workers from the rising cost of",
            "The minister announced new measures on Monday “to protect workers from the rising cost of living.”",
            "The minister announced new measures on Monday",
        ),
        ("Lula said “we", "Lula said “we will win.”", "Lula said “we”"),
    ],
)
def test_a_quotation_left_open_by_a_cut(text, sentence, closed):
    assert close_quote(text, sentence) == closed


# Round three: sentences written for these tests with the structures an editor rejected as titles (a relative
# clause after a member list, "the last time" lead clauses, measure phrases a cut leaves, asides spliced between
# subject and verb, a role before the name, account lead-ins, long lists, a saying's side clause, a live blog's
# time stamp, compounds with an en dash, a stranded preposition, a short clause before a side clause).
BATTERY_R3 = [
    (
        "Georgia lost control of two regions, including South Ossetia, which Russian troops entered in August 2008.",
        "in August 2008",
        (),
        "Russian troops entered South Ossetia",
    ),
    (
        "The protesters occupied several buildings, such as the city hall, which police cleared on Tuesday.",
        "on Tuesday",
        (),
        "Police cleared the city hall",
    ),
    (
        "The first time Macron hosted Putin at Versailles, in May 2017, the French president criticised Russian "
        "state media.",
        "in May 2017",
        ("Macron", "Putin"),
        "Macron hosted Putin at Versailles",
    ),
    (
        "The last time Lavrov and Rubio met, in Riyadh in February, they agreed to restore embassy staff.",
        "in February",
        ("Lavrov", "Rubio"),
        "Lavrov and Rubio met in Riyadh",
    ),
    (
        "The Qatari envoy was received at the Kremlin on Thursday with full military honours, two and a half "
        "years after the two countries closed their embassies.",
        "on Thursday",
        (),
        "Qatari envoy was received at the Kremlin with full military honours",
    ),
    (
        "Erdogan, speaking to reporters on his plane on Friday, said Turkey was ready to host the talks.",
        "on Friday",
        ("Erdogan",),
        "Erdogan said Turkey was ready to host the talks",
    ),
    (
        "Macron, in a televised address on Sunday, announced new aid for Ukraine.",
        "on Sunday",
        ("Macron",),
        "Macron announced new aid for Ukraine",
    ),
    (
        "Lavrov, addressing the United Nations General Assembly on Saturday, accused the West of prolonging the war.",
        "on Saturday",
        ("Lavrov",),
        "Lavrov accused the West of prolonging the war",
    ),
    (
        "Russia's top negotiator, Vladimir Medinsky, said on Monday that the delegation would stay in Istanbul.",
        "on Monday",
        ("Vladimir Medinsky",),
        "Vladimir Medinsky said the delegation would stay in Istanbul",
    ),
    (
        "The NATO secretary general, Mark Rutte, arrived in Kyiv on Wednesday.",
        "on Wednesday",
        ("Mark Rutte",),
        "Mark Rutte arrived in Kyiv",
    ),
    (
        "In Moscow's telling, Witkoff accepted the Russian proposal on Wednesday.",
        "on Wednesday",
        ("Witkoff",),
        "Witkoff accepted the Russian proposal",
    ),
    (
        "In the White House's account, Trump ended the call on Tuesday after forty minutes.",
        "on Tuesday",
        ("Trump",),
        "Trump ended the call after forty minutes",
    ),
    (
        "Foreign ministers from Poland, Lithuania, Latvia, Estonia, Finland, Sweden and Denmark met Rubio in "
        "Warsaw on Thursday to discuss air defence.",
        "on Thursday",
        ("Rubio",),
        "Foreign ministers from Poland, Lithuania and others met Rubio in Warsaw to discuss air defence",
    ),
    (
        "“If Moscow refuses a ceasefire, we will tighten the sanctions,” Merz said on Monday.",
        "on Monday",
        ("Merz",),
        "Merz: If Moscow refuses a ceasefire, we will tighten the sanctions",
    ),
    (
        "**14:30 KYIV (11:30 GMT)** — Zelensky has arrived at the parliament building.",
        "14:30",
        ("Zelensky",),
        "Zelensky has arrived at the parliament building",
    ),
    (
        "The Putin–Erdogan talks ended in Sochi on Monday after three hours.",
        "on Monday",
        (),
        "Putin–Erdogan talks ended in Sochi after three hours",
    ),
    (
        "Witkoff left Moscow on Thursday with what he had come for.",
        "on Thursday",
        ("Witkoff",),
        "Witkoff left Moscow with what he had come for",
    ),
    (
        "Sybiha said on Tuesday that Russia was massing troops near Sumy for a new offensive aimed at encircling "
        "the city before the autumn rains arrive.",
        "on Tuesday",
        ("Sybiha",),
        "Sybiha said Russia was massing troops near Sumy for a new offensive aimed at encircling the city",
    ),
    (
        "Vance met Pope Leo in May, when he travelled to Rome for the inauguration Mass of the new pontiff and "
        "held talks with Italian officials.",
        "in May",
        ("Vance",),
        "Vance met Pope Leo",
    ),
    (
        "Rubio first visited Kyiv in March, when he announced a new package of military aid worth $2 billion to "
        "the Ukrainian armed forces.",
        "in March",
        ("Rubio",),
        "Rubio first visited Kyiv",
    ),
    (
        "Zelensky, visiting troops near Pokrovsk on Saturday, promised more drones for the front.",
        "on Saturday",
        ("Zelensky",),
        "Zelensky promised more drones for the front",
    ),
    (
        "Chinese Foreign Minister Wang Yi, on a visit to Brussels on Wednesday, urged the EU to drop its tariffs.",
        "on Wednesday",
        ("Wang Yi",),
        "Wang Yi urged the EU to drop its tariffs",
    ),
    (
        "The leaders of Germany, France, Italy, Spain, Poland, Finland and the Netherlands issued a joint "
        "statement on Tuesday backing Ukraine's position on territory.",
        "on Tuesday",
        (),
        "Leaders of Germany, France and others issued a joint statement backing Ukraine's position",
    ),
    (
        "The Saudi crown prince, Mohammed bin Salman, received Witkoff in Riyadh on Tuesday.",
        "on Tuesday",
        ("Mohammed bin Salman", "Witkoff"),
        "Mohammed bin Salman received Witkoff in Riyadh",
    ),
    (
        "Kyiv controls most of the region, including Kherson, which Russian forces abandoned in November 2022.",
        "in November 2022",
        (),
        "Russian forces abandoned Kherson",
    ),
    (
        "Stubb, writing on social media on Sunday, confirmed he would join the delegation to Washington.",
        "on Sunday",
        ("Stubb",),
        "Stubb confirmed he would join the delegation to Washington",
    ),
    (
        "The last time Erdogan visited Washington, in November 2019, he met Trump in the Oval Office.",
        "in November 2019",
        ("Erdogan", "Trump"),
        "Erdogan visited Washington",
    ),
    (
        "The Vatican's secretary of state, Cardinal Pietro Parolin, met Lavrov in Moscow on Friday.",
        "on Friday",
        ("Pietro Parolin", "Lavrov"),
        "Pietro Parolin met Lavrov in Moscow",
    ),
    (
        "Hungarian Prime Minister Viktor Orban, at a rally in Budapest on Saturday, called the EU sanctions a failure.",
        "on Saturday",
        ("Viktor Orban",),
        "Viktor Orban called the EU sanctions a failure",
    ),
    (
        "Starmer met Zelensky in Downing Street, three days after Britain announced the new loan, on Thursday.",
        "on Thursday",
        ("Starmer", "Zelensky"),
        "Starmer met Zelensky in Downing Street",
    ),
]


@pytest.mark.parametrize(("sentence", "date", "people", "title"), BATTERY_R3)
def test_round_three_titles_are_the_ones_an_editor_would_write(sentence, date, people, title):
    got = _title(sentence, date, people)
    assert got == title
    assert passes(got) and not flaws(got)


def test_the_round_three_battery_is_large_enough():
    assert len(BATTERY_R3) >= 25


@pytest.mark.parametrize(
    ("sentence", "date", "people", "title"),
    [
        # Markdown markup goes: a list item's bullet and bold date, a bold opener left unclosed
        ("- **March 3**: Scholz meets Macron in Paris to discuss tariffs.", "March 3", ("Scholz", "Macron"),
         "Scholz meets Macron in Paris to discuss tariffs"),
        ("**The ministers met by video call today.", "today", (), "Ministers met by video call"),
        # punctuation a removed date phrase leaves: a preposition that lost its object, a quotation of the date only
        ("Unlike on Monday, Scholz signed the pact.", "on Monday", ("Scholz",), "Scholz signed the pact"),
        ("On the plane, Sunak said he wanted a deal \"today\".", "today", ("Sunak",), "Sunak said he wanted a deal"),
        ("The envoy Ana Ruiz visited Kyiv on Monday; on Tuesday, she flew to Warsaw.", "on Tuesday", ("Ana Ruiz",),
         "Ana Ruiz flew to Warsaw"),
        # a speech tag spliced into the clause goes before it
        ("The talks, Peskov said on Friday, were constructive.", "on Friday", (),
         "Peskov said the talks were constructive"),
        # a saying keeps what was said: through its "that" clause after a relative clause, and past a short tag
        ("Chinese envoy Li Hui, who sat in on the meeting, told reporters afterwards that the two sides had "
         "exchanged ideas on trade.", "afterwards", ("Li Hui",),
         "Li Hui told reporters that the two sides had exchanged ideas on trade"),
        ("Orban told reporters on Tuesday, after a meeting in Brussels, that Hungary would host the talks.",
         "on Tuesday", ("Orban",), "Orban told reporters that Hungary would host the talks"),
        ("On Sunday, the leaders of several Nordic countries said in a joint statement that \"the path to peace "
         "cannot be decided without Ukraine.\"", "On Sunday", (),
         "Leaders of several Nordic countries said \"the path to peace cannot be decided without Ukraine\""),
        # a role after the name, with a possessive, goes; a cut never stops on the tag or before a verb's object
        ("Nils Berg, Sweden's foreign minister, said on Monday that the ministers had agreed new sanctions.",
         "on Monday", ("Nils Berg",), "Nils Berg said the ministers had agreed new sanctions"),
        ("Lula said on Friday that a second round, with Xi present, could follow \"within weeks\" if the first "
         "one goes well.", "on Friday", ("Lula", "Xi"),
         "Lula said a second round, with Xi present, could follow \"within weeks\" if the first one goes well"),
        ("Modi said on Tuesday, at a rally in Delhi, that the government was making \"steady and visible progress\" "
         "on the border talks with Beijing.", "on Tuesday", ("Modi",),
         "Modi said the government was making \"steady and visible progress\" on the border talks with Beijing"),
        # "When …, it will be the first …": the "when" clause is the happening, the rest describes it
        ("When Lula and Xi meet in Beijing on Friday, it will be the first visit by a Brazilian leader since 2019.",
         "on Friday", ("Lula", "Xi"), "Lula and Xi meet in Beijing"),
        # a second date phrase goes with the first
        ("Two weeks earlier, on March 3, Lula announced that he would visit Beijing.", "Two weeks earlier",
         ("Lula",), "Lula announced he would visit Beijing"),
        # the clause of the date, not one a semicolon sets beside it
        ("No German chancellor had visited Havana; Schmidt's only trip to Cuba took place in Moscow's shadow in "
         "June 1975.", "June 1975", ("Schmidt",), "Schmidt's only trip to Cuba took place in Moscow's shadow"),
        # a coordination's second verb gets the sentence's subject
        ("Lula first met Xi in February, when he flew to Beijing, and returned in March and April for talks that "
         "yielded no deal.", "March and April", ("Lula", "Xi"), "Lula returned for talks that yielded no deal"),
    ],
)  # fmt: skip
def test_round_four_titles_have_no_surface_flaws(sentence, date, people, title):
    got = _title(sentence, date, people)
    assert got == title
    assert passes(got)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Here is what we know so far about the talks in Geneva on Friday.", "on Friday"),
        ("He gave us his account on Monday.", "on Monday"),
        ("We said so on Saturday and we will say so in Brussels.", "on Saturday"),
    ],
)
def test_the_articles_own_voice_is_no_event(sentence, date):
    """Nor is a question asked (a quoted one, dated by its tag: test below)."""
    at = sentence.index(date)
    assert read(sentence, at, at + len(date), Context()).kind == "background"


def test_a_quoted_question_is_no_dated_saying():
    s = '"Will he come?" Lula asked on Friday.'
    assert _title(s, "on Friday", ("Lula",)) == ""


def test_the_answer_after_a_question_is_the_happening():
    s = "Would Lula and Xi meet again? Lula confirmed on Friday that he would fly to Beijing."
    assert _title(s, "on Friday", ("Lula", "Xi")) == "Lula confirmed he would fly to Beijing"


def test_a_verb_keeps_its_pronoun_object_when_the_date_after_it_goes():
    s = "The deadline passed on Friday; Lula had set it on July 29, after a call with Xi."
    assert _title(s, "on July 29", ("Lula", "Xi")) == "Lula had set it"  # vague, but not cut before its object


def test_a_date_in_what_an_it_clause_says_dates_its_own_clause():
    s = "When Lula and Xi meet in Beijing on Friday, it will be the first visit by a Brazilian leader since Dilma "
    s += "Rousseff travelled to Shanghai in April 2015."
    assert _title(s, "in April 2015", ("Lula", "Xi", "Dilma Rousseff")) == "Dilma Rousseff travelled to Shanghai"


def test_the_leaders_are_the_pair_when_one_pair_is_known():
    s = "The leaders have walked out to a joint press conference in Brasilia on Friday."
    want = "Lula and Xi have walked out to a joint press conference in Brasilia"
    assert _title(s, "on Friday", (), ("Lula", "Xi")) == want
    s = "The leaders of Chile and Peru met in Lima on Friday."
    assert _title(s, "on Friday", (), ("Lula", "Xi")) == "Leaders of Chile and Peru met in Lima"
    assert flaws(_title("The leaders met in Lima on Friday.", "on Friday", ())) == ["vague subject"]
