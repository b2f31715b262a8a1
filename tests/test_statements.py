from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.actors import Registry
from generator.content import load_registry
from generator.model import Actor, Article
from generator.readers import read_article
from generator.sentences import split_sentences
from generator.statements import extract_statements, find_quotes
from generator.timex import tag
from generator.topics import Topics
from generator.verify import quoted_in

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = Registry(
    [
        Actor("vladimir-putin", "Vladimir Putin", ["Putin", "the Russian leader"], "russia"),
        Actor("donald-trump", "Donald Trump", ["Trump", "the US leader"], "united-states"),
        Actor("sergey-lavrov", "Sergey Lavrov", ["Lavrov"], "russia"),
        Actor("tatiana-stanovaya", "Tatiana Stanovaya", ["Stanovaya"], "analyst"),
    ]
)


def run(text: str, registry: Registry = REGISTRY):
    article = Article("a", "a.txt", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    statements, new = extract_statements(
        article, sentences, tag(text, article.published, sentences), registry, Topics([])
    )
    return [(s.speaker, s.quote, s.kind) for s in statements], new


def test_speaker_after_with_apposition_and_new_actor():
    found, new = run("“Putin seeks to maintain Trump as a tool,” remarked Sergei Markov, a pro-Kremlin analyst.")
    assert found == [("sergei-markov", "Putin seeks to maintain Trump as a tool", "direct")]
    assert new == {"sergei-markov": "Sergei Markov"}


def test_speaker_before_with_colon_and_straight_quotes():
    found, _ = run('Lavrov said: "We do not refuse any forms of work."')
    assert found == [("sergey-lavrov", "We do not refuse any forms of work.", "direct")]


def test_split_quote_is_one_statement():
    text = "“It would be better to meet,” Mr. Putin stated in January, “and have a calm discussion.”"
    ((speaker, quote, kind),) = run(text)[0]
    assert speaker == "vladimir-putin" and quote.startswith("It would be better") and quote.endswith("discussion.")


def test_dash_led_paragraph_with_role_phrase():
    text = 'Putin spoke.\n- I cannot but agree with him that the crisis was avoidable," the Russian leader said.'
    assert run(text)[0] == [("vladimir-putin", "I cannot but agree with him that the crisis was avoidable", "direct")]


def test_mixed_pair_and_pronoun_to_recent_speaker():
    text = "Trump spoke at length. Although he was frustrated—”he’s just tapping me along,” he remarked in April."
    found, _ = run(text)
    assert found == [("donald-trump", "he’s just tapping me along", "direct")]


def test_scare_quotes_are_not_statements_but_partial_quotes_after_that_are():
    found, _ = run(
        'The Kremlin called the visit "constructive," and the regions "annexed" remain. '
        'Stanovaya indicated that "the key demands must be on the table."'
    )
    assert found == [("tatiana-stanovaya", "the key demands must be on the table.", "direct")]


def test_a_quote_split_by_its_attribution_sentence_is_one_statement():
    found, _ = run(
        "“They are willing to fight for years,” Stanovaya pointed out. “Naturally, they would prefer not to.”"
    )
    ((speaker, quote, kind),) = found
    assert speaker == "tatiana-stanovaya" and quote.startswith("They are") and quote.endswith("prefer not to.")


def test_continuation_quote_in_the_next_paragraph_keeps_the_speaker():
    found, _ = run(
        "“They are willing to fight for years,” Stanovaya pointed out.\n“Naturally, they would prefer not to.”"
    )
    assert [s for s, _, _ in found] == ["tatiana-stanovaya", "tatiana-stanovaya"]


def test_indirect_statements():
    found, _ = run(
        "Lavrov stressed that any contacts must be prepared with care. "
        "According to Stanovaya, Putin does not see the meeting as critical."
    )
    assert found == [
        ("sergey-lavrov", "any contacts must be prepared with care", "indirect"),
        ("tatiana-stanovaya", "Putin does not see the meeting as critical", "indirect"),
    ]


def test_according_to_inside_a_sentence_and_a_coordinated_subject():
    registry = Registry([*REGISTRY.actors.values(), Actor("white-house", "White House", ["the White House"])])
    found, _ = run(
        "Putin, according to Stanovaya, views Trump as a crucial factor in the talks. "
        'The White House and the Department of State emphasized that they will "try to bring the positions closer".',
        registry,
    )
    assert [s for s, _, _ in found] == ["tatiana-stanovaya", "white-house"]


def test_a_short_fragment_after_a_reporting_verb_takes_its_clause():
    found, _ = run('Lavrov argued that Russia must "take the initiative" at the talks.')
    assert found == [("sergey-lavrov", 'Russia must "take the initiative" at the talks', "direct")]


def test_pronoun_prefers_the_clause_subject_over_a_later_object():
    text = "Although Trump has indicated frustration with Putin—”he’s just tapping me along,” he remarked in April."
    assert run(text)[0] == [("donald-trump", "he’s just tapping me along", "direct")]


def test_pronoun_after_a_quote_looks_before_the_quote_not_inside_it():
    text = (
        "The point is that Trump will press Putin, believes Tatiana Stanovaya, an analyst.\n"
        '- It does not matter who will speak: Lavrov, Trump or someone else. It will follow," she said.'
    )
    found, _ = run(text)
    assert found[-1][0] == "tatiana-stanovaya"


def test_dash_led_answer_without_quote_marks_continues_the_interviewee():
    text = (
        "Stanovaya believes that contact between the presidents can be restored.\n"
        "- This is where it will become clear to what extent the positions diverge or coincide."
    )
    found, _ = run(text)
    assert found[-1] == (
        "tatiana-stanovaya",
        "This is where it will become clear to what extent the positions diverge or coincide.",
        "direct",
    )
    # With nobody speaking before it, a dash paragraph is a list item, not a statement.
    assert run("The agenda was long.\n- A list item that follows nobody at all and is long enough.")[0] == []


def test_unknown_pronoun_stays_unattributed():
    found, _ = run("“This long statement has no speaker anywhere near it at all,” he said.")
    assert found == [(None, "This long statement has no speaker anywhere near it at all", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "“Unclosed quote runs on and on. Another sentence follows.\nNext paragraph is plain and long enough here.",
        "He said “ and then nothing",
        "”Backwards“ marks",
        "",
    ],
)
def test_unbalanced_marks_do_not_crash_or_swallow(text):
    for q in find_quotes(text):
        assert "\n" not in text[q.start : q.end]
    run(text) if text else None


def test_every_seed_quote_is_an_exact_substring():
    actors, topics = load_registry(ROOT / "content")
    registry = Registry(actors)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        article = read_article(path)
        sentences = split_sentences(article.text)
        statements, _ = extract_statements(
            article, sentences, tag(article.text, article.published, sentences), registry, Topics(topics)
        )
        assert statements
        for s in statements:
            # the quote is its span's words; a quotation split by its attribution, its parts without it
            assert quoted_in(" ".join(s.quote.split()), " ".join(article.text[s.start : s.end].split()))
            if s.speaker_start is not None:
                assert article.text[s.speaker_start : s.speaker_end] == s.speaker_text


# --- Attribution frames on news of any kind (sentences written for these tests) ---

NEWS = Registry(
    [
        *REGISTRY.actors.values(),
        Actor("dmitry-peskov", "Dmitry Peskov", ["Peskov"], "russia"),
        Actor("volodymyr-zelensky", "Volodymyr Zelensky", ["Zelensky"], "ukraine"),
        Actor("kremlin", "Kremlin", ["the Kremlin"], "russia", kind="organisation"),
    ]
)


def speakers(text: str, registry: Registry = NEWS) -> list[tuple[str | None, str]]:
    found, _ = run(text, registry)
    return [(speaker, quote[:12]) for speaker, quote, _ in found]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"The economy is slowing down," IMF chief economist Maury Obstfeld said.', "maury-obstfeld"),
        ('"We want answers from them," Rep. Gwen Moore (D-Wis.) said.', "gwen-moore"),
        ('"We will not back down now," said Rep. Jason Chaffetz.', "jason-chaffetz"),
        ('"We expect the results soon," says ANA senior vice president Mitsuo Morimoto.', "mitsuo-morimoto"),
        ('"Our results show real progress," said the firm\'s chief executive officer, Alan Mulally.', "alan-mulally"),
        ('"Prices will keep rising," warned economist Paul Krugman of Princeton University.', "paul-krugman"),
        ('"We stand with Ukraine today," said British Prime Minister Keir Starmer.', "keir-starmer"),
        ('"The results were disappointing," Ford chief executive Alan Mulally told reporters.', "alan-mulally"),
    ],
)
def test_titles_roles_and_party_tags_around_the_name_are_stripped(text, speaker):
    assert speakers(text) == [(speaker, text[1:13])]


def test_organisations_publications_and_spokespeople_speak():
    assert speakers('"We reject these claims outright," the Kremlin said in a statement.') == [
        ("kremlin", "We reject th")
    ]
    found, new = run(
        'Boeing delivered the jet on Monday. "We expect sales to grow by ten percent," a Boeing spokesman said.'
    )
    assert found[0][0] == "boeing" and new["boeing"] == "Boeing"
    assert run('The story broke overnight. "The deal is dead for now," the Times wrote.')[0][0][0] == "times"


@pytest.mark.parametrize("verb", ["demanded", "insisted", "warned", "tweeted", "cautioned"])
def test_less_common_reporting_verbs(verb):
    assert speakers(f'"We must act now, not later," {verb} Senator Elizabeth Warren.') == [
        ("elizabeth-warren", "We must act ")
    ]


def test_split_quote_with_the_attribution_inside_is_one_statement_with_the_right_speaker():
    text = 'Putin spoke to reporters. "That," he added, "promises a great deal of change for all of us."'
    found, _ = run(text)
    assert found == [("vladimir-putin", "That … promises a great deal of change for all of us.", "direct")]


def test_a_second_quote_after_the_attribution_sentence_joins_the_first():
    text = '"We will not give up the fight," said Ukraine\'s President Volodymyr Zelenskyy. "Never."'
    text += ' "The front line is holding," Zelenskyy said. "Our soldiers are brave and well supplied."'
    found, new = run(text, NEWS)
    assert [s for s, _, _ in found] == ["volodymyr-zelensky", "volodymyr-zelensky"]
    assert found[1][1].endswith("well supplied.") and new == {}


def test_dash_colon_and_colon_line_attributions():
    found, new = run('"I have never seen anything like it in my life." - John Smith')
    assert found[0][0] == "john-smith"
    found, _ = run('Putin spoke in Alaska.\nSaid Putin: "The talks went well and we will continue them."')
    assert found[0][0] == "vladimir-putin"
    found, _ = run('Lavrov answered a question.\nLavrov continued:\n"We do not refuse any forms of work at all."')
    assert found[-1][0] == "sergey-lavrov"
    found, new = run('Spokeswoman Anna Berg spoke about the incident: "We are looking into what happened."')
    assert found[0][0] == "anna-berg" and new == {"anna-berg": "Anna Berg"}


def test_capitalised_non_persons_are_never_speakers():
    for text in (
        'On Friday, "the talks will continue in Geneva next week," officials said.',
        'As Putin put it, "the talks will continue in Geneva next week."',
        'Asked about it, Lavrov said "the talks will continue in Geneva next week."',
    ):
        found, new = run(text)
        assert all(s in (None, "vladimir-putin", "sergey-lavrov") for s, _, _ in found), text
        assert not set(new) & {"friday", "as", "asked", "on-friday"}


def test_the_object_of_the_reporting_verb_is_not_the_speaker():
    found, _ = run('Trump attacked Putin on Monday, saying "he has no idea what he is doing at all."')
    assert found[0][0] == "donald-trump"
    found, _ = run(
        'Following Trump’s call with Putin, Lavrov briefed reporters, stating that "the idea was discussed."'
    )
    assert found[0][0] == "sergey-lavrov"


def test_a_frameless_quote_inside_a_sentence_is_its_subjects_not_the_previous_speakers():
    text = '"We will meet soon," Putin said. Trump called it "the hottest thing going in politics."'
    assert [s for s, _, _ in run(text)[0]] == ["vladimir-putin", "donald-trump"]


def test_pronouns_never_resolve_into_quoted_words_and_role_phrases_find_their_person():
    text = 'Lavrov said: "Zelensky is not ready for this at all."\n"We will wait for him," he said.'
    assert [s for s, _, _ in run(text, NEWS)[0]] == ["sergey-lavrov", "sergey-lavrov"]
    text = (
        "Markets rose after Kremlin spokesman Dmitry Peskov said that the talks were going well.\n"
        'Speaking in Moscow, the Kremlin spokesman said that "no date has been set for the meeting."'
    )
    assert [s for s, _, _ in run(text, NEWS)[0]] == ["dmitry-peskov", "dmitry-peskov"]


def test_surnames_and_transliterations_match_the_registry_and_bare_unknown_surnames_make_no_actor():
    found, new = run('"There is no date yet for the meeting," Mr. Peskov said.', NEWS)
    assert found[0][0] == "dmitry-peskov" and new == {}
    found, new = run('"The situation is very serious now," Dmitri Peskov said.', NEWS)
    assert found[0][0] == "dmitry-peskov" and new == {}
    found, new = run('"No deal is possible without Ukraine," Zelenskyy insisted.', NEWS)
    assert found[0][0] == "volodymyr-zelensky" and new == {}
    found, new = run('"We are watching this closely," Mr. Caddell said.')
    assert found[0][0] is None and new == {}


def test_new_actor_ids_come_from_the_name_alone():
    _, new = run(
        '"Europe must do more," said German Chancellor Friedrich Merz. '
        '"We will help," said Ukraine\'s President Volodymyr Zelenskyy.'
    )
    assert set(new) == {"friedrich-merz", "volodymyr-zelenskyy"}


def test_every_statement_with_a_speaker_says_where_the_speaker_is_named():
    text = (
        '"We will not give up," Putin said. "Never."\n'
        '"This goes on and on and on and on," the analyst said.\n'
        '"And it will go on for a long time yet, as far as we can tell."\n'
        "Lavrov said that the meeting would take place in Alaska next week."
    )
    article = Article("a", "a.txt", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    statements, _ = extract_statements(article, sentences, tag(text, article.published, sentences), NEWS, Topics([]))
    assert statements and all(s.speaker_start is not None for s in statements if s.speaker)
    for s in statements:
        if s.speaker_start is not None:
            assert text[s.speaker_start : s.speaker_end] == s.speaker_text


def test_titles_of_programmes_and_two_word_scare_quotes_are_not_statements():
    assert run('Lavrov appeared on "Face the Nation" on Sunday and called the plan "very dangerous".')[0] == []


def test_indirect_statements_without_quote_marks():
    found, _ = run(
        "Peskov told reporters on Monday that no date had been set for the meeting. "
        "According to the Kremlin, the talks will continue next week in Geneva. "
        "The summit will be held in Alaska, Lavrov said. "
        "Putin warned that any deal would have to respect Russia's interests. "
        "Putin announced a new programme of military spending for the regions.",
        NEWS,
    )
    assert [(s, k) for s, _, k in found] == [
        ("dmitry-peskov", "indirect"),
        ("kremlin", "indirect"),
        ("sergey-lavrov", "indirect"),
        ("vladimir-putin", "indirect"),
    ]
    assert found[2][1] == "The summit will be held in Alaska"


def test_a_quote_opening_a_paragraph_belongs_to_the_person_introduced_just_before():
    text = (
        "Sales rose by a tenth in the quarter.\n"
        "The firm's chief executive, Anna Berg, commented on the profits.\n"
        '"While we still face challenges ahead, this was a pivotal year for us."'
    )
    assert run(text)[0][0][0] == "anna-berg"


def test_a_role_before_a_comma_gives_way_to_the_name_after_it():
    found, _ = run('"This is a milestone for us all," said Airbus President and Chief Executive Officer, Tom Enders.')
    assert found[0][0] == "tom-enders"


def test_indirect_cues_take_the_main_verb_its_subject_past_a_description_and_unknown_names():
    found, _ = run(
        "Buzz Hargrove, the president of the union said he had been assured that the plant would stay open. "
        "Anna Berg, the Airbus chief executive, said the company expects to cut 4,300 jobs in France. "
        "In response to critics saying that the firm was slow, Lavrov said that the issue could not be resolved "
        "faster. "
        "Mr MacFarlane said that the research facility was exciting for the country."
    )
    assert [(s, q[:12]) for s, q, _ in found] == [
        ("buzz-hargrove", "he had been "),
        ("anna-berg", "the company "),
        ("sergey-lavrov", "the issue co"),
        (None, "the research"),
    ]


def test_summit_news_makes_no_actor_id_with_a_title_word():
    from generator.speakers import is_title

    text = (
        "Leaders met in Washington on Monday.\n"
        '"We need a ceasefire first," said German Chancellor Friedrich Merz.\n'
        '"Security guarantees must be real," French President Emmanuel Macron told reporters.\n'
        '"The talks were constructive," Kremlin spokesman Dmitry Peskov said. "We will continue them."\n'
        '"There is no date for a meeting yet," Mr. Peskov added.\n'
        "Ukraine's President Volodymyr Zelenskyy said that Kyiv was ready for a trilateral meeting.\n"
        'US Secretary of State Marco Rubio said: "We are closer than ever to a deal."\n'
        '"We stand with Ukraine," British Prime Minister Keir Starmer wrote on X.\n'
        'Finnish President Alexander Stubb said that "Europe has to be at the table."'
    )
    found, new = run(text, NEWS)
    assert set(new) == {"friedrich-merz", "emmanuel-macron", "marco-rubio", "keir-starmer", "alexander-stubb"}
    assert not [i for i in new if any(is_title(w) for w in i.split("-"))]
    assert [s for s, _, _ in found].count("dmitry-peskov") == 2 and "volodymyr-zelensky" in [s for s, _, _ in found]


def test_continuation_after_a_long_quote_and_after_an_unresolved_name():
    text = (
        '"The plant is old. The product is old. It makes sense that it is on the list. We knew it," '
        "Putin said.\n"
        '"This may be just a short reprieve for the workers and their families."'
    )
    assert [s for s, _, _ in run(text)[0]] == ["vladimir-putin", "vladimir-putin"]
    found, _ = run(
        '"We are watching the situation very closely," Mr. Caddell said.\n"We will act when the time comes."'
    )
    assert [(s, q[:6]) for s, q, _ in found] == [(None, "We are"), (None, "We wil")]
    # The second statement is Caddell's by context: its cue is where he was named.
    text = '"We are watching the situation very closely," Mr. Caddell said.\n"We will act when the time comes."'
    art = Article("a", "a.txt", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    statements, _ = extract_statements(art, sentences, tag(text, art.published, sentences), REGISTRY, Topics([]))
    assert [s.speaker_text for s in statements] == ["Caddell", "Caddell"]


def test_a_pronoun_prefers_the_person_just_named_over_an_earlier_speaker():
    text = (
        '"We do not refuse any forms of work," Lavrov said. Talks went on. Nothing was agreed.\n'
        "The conflict began with Putin’s recognition of the two regions.\n"
        'He has argued that Ukraine is "an inalienable part of our own history and culture."'
    )
    assert run(text)[0][-1][0] == "vladimir-putin"


# Attribution frames added for unseen news; each pattern in wordings of our own.
SPEAKER_CASES = [
    # "X quoted Y as saying": the one quoted, not the outlet (nor a pronoun's outlet).
    ('"We will not sell the plant," the Interfax news agency quoted Igor Sechin as saying.', ["igor-sechin"]),
    ('Putin spoke in Moscow. "We will win this war," Reuters quoted him as saying.', ["vladimir-putin"]),
    ('Detik.com quoted Anna Sari as saying: "The ban must be lifted soon."', ["anna-sari"]),
    # A passive verb of description: its agent.
    ('Steve Jobs spoke. The phone was praised by Jobs as "the biggest leap we have taken in years."', ["steve-jobs"]),
    ('The plan was described by Lavrov as "a basis for further work on the settlement."', ["sergey-lavrov"]),
    # A description without an article between a name and its verb.
    ('Sam Reed, chairman of Local 12, United Steelworkers union said "We will strike if we have to."', ["sam-reed"]),
    ('Scott Carson, president and CEO of Boeing Airplanes said, "This is a wonderful day."', ["scott-carson"]),
    ('Tim Cook, chief executive of Apple Inc., said: "We are proud of this product and its team."', ["tim-cook"]),
    # "the senator" after "Senator Lindsey Graham": a capitalised title is the role.
    ('Senator Lindsey Graham spoke. "I am not going anywhere," the senator said.', ["lindsey-graham"]),
    ('Governor Kathy Hochul met voters. "We will fix the subway," the governor said.', ["kathy-hochul"]),
    # A document issued by a speaker.
    ('A statement from Acme Corp. said that "the plant will close in May."', ["acme-corp"]),
    ('The letter from the Ministry of Health said: "Hospitals must report every case."', ["ministry-of-health"]),
    # An organisation named before "the ministry", whole and without its article.
    ('The Ministry of Health spoke. In a statement, the ministry said: "We can help."', ["ministry-of-health"]),
    # A second quote with a speaker nobody named is not the first one's continuation.
    ('"The talks went well," Lavrov said. "We are hopeful," an unnamed diplomat later said.', ["sergey-lavrov", None]),
    ('"We agreed on nothing," Lavrov said. "It was a waste of time," one official said.', ["sergey-lavrov", None]),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKER_CASES)
def test_attribution_frames_of_unseen_news(text, speakers):
    found, _ = run(text)
    assert [s for s, _, kind in found if kind == "direct"] == speakers


def test_a_verb_coordinated_after_a_quote_is_no_attribution():
    text = (
        "Fritz Henderson spoke. Speaking to the public he said that “The company that let you down is history,” "
        "and described a “New Company” that he expected to come."
    )
    found, _ = run(text)
    assert found == [("fritz-henderson", "The company that let you down is history", "direct")]


def test_a_name_inside_quoted_words_is_no_speaker():
    text = (
        "Fritz Henderson spoke about the plan. “We will do it right,” he said. "
        "The “New Company” he also expected to focus on “four core brands and no more”."
    )
    assert [s for s, _, _ in run(text)[0]] == ["fritz-henderson", "fritz-henderson"]


def test_a_paragraph_opening_quote_goes_to_the_person_the_paragraph_before_ends_with():
    text = (
        '"The stock is reacting nicely to the news," said Tim Ghriskey, an investor.\n'
        "Asked about a split of the group, chairman Dieter Zetsche denied the reports.\n"
        '"We do not exclude any option in order to find the best solution."'
    )
    assert [s for s, _, _ in run(text)[0]] == ["tim-ghriskey", "dieter-zetsche"]


def test_a_pronoun_after_an_unknown_named_speaker_is_not_someone_before():
    text = (
        "Prime Minister John Howard announced the package. Mr MacFarlane said that the centre was exciting.\n"
        '"The funding has helped the firm secure its largest project ever," he said.'
    )
    found, _ = run(text)
    assert [s for s, _, kind in found if kind == "direct"] == [None]


def test_transcript_turns_take_their_label_as_the_speaker_with_its_span():
    text = (
        "Vice President Mike Pence and Senator Kamala Harris debated on Wednesday.\n"
        "PENCE: We will always stand with our allies in Europe.\n"
        "HARRIS: The American people deserve the truth about this.\n"
        "PENCE: That is simply not what happened at all."
    )
    art = Article("a", "a.txt", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    statements, _ = extract_statements(art, sentences, tag(text, art.published, sentences), REGISTRY, Topics([]))
    assert [s.speaker for s in statements] == ["mike-pence", "kamala-harris", "mike-pence"]
    assert [text[s.speaker_start : s.speaker_end] for s in statements] == ["PENCE", "HARRIS", "PENCE"]
    assert statements[0].quote == "We will always stand with our allies in Europe."


MORE_CASES = [
    # A possessive's name is not the speaker the comma names.
    ('"My client is innocent of all charges," said Mr. Putin\'s lawyer, Tom Brown.', ["tom-brown"]),
    ('"The paper will not close," the newspaper\'s editor, John Doe, wrote.', ["john-doe"]),
    # An abbreviated company name ends with a full stop that ends no sentence.
    ('John Smith spoke. "We did what we had to do," Acme Corp. said in a statement.', ["acme-corp"]),
    ('"Sales will grow this year," Acme Inc. said on Monday.', ["acme-inc"]),
    # A second cue after the first quote makes a second statement, with the same speaker.
    ('"We need a new budget now," said Lavrov, who added that "the old one is dead."', ["sergey-lavrov"] * 2),
    ('"We are running out of money," Lavrov warned, adding that "the city could be bankrupt."', ["sergey-lavrov"] * 2),
    # The listener or the medium is not the speaker.
    ('"We will not resign over this," John Doe told the New York Times.', ["john-doe"]),
    ('In an interview with CNN, Lavrov said "the city will not pay for it."', ["sergey-lavrov"]),
    ('"The city will not pay for it," Lavrov said in an interview with Reuters.', ["sergey-lavrov"]),
]


@pytest.mark.parametrize(("text", "speakers"), MORE_CASES)
def test_possessives_abbreviations_second_cues_and_listeners(text, speakers):
    found, _ = run(text)
    assert [s for s, _, kind in found if kind == "direct"] == speakers


def test_she_refers_to_the_woman_named_before_by_her_given_name():
    text = (
        "Senate Majority Leader Chuck Schumer and House Speaker Nancy Pelosi met on Monday. "
        '"I have not read the bill yet," she said.'
    )
    assert [s for s, _, _ in run(text)[0]] == ["nancy-pelosi"]
    text = "Mary Barra, the new chief, met Dan Akerson. “We will build the best cars,” she said."
    assert [s for s, _, _ in run(text)[0]] == ["mary-barra"]
    # A given name on neither list leaves the pronoun to the nearest subject.
    text = "Kiran Rao met Dan Akerson. “We will build the best cars,” she said."
    assert [s for s, _, _ in run(text)[0]] == ["kiran-rao"]


def test_who_after_a_name_refers_to_that_name():
    text = 'Mitch McConnell was criticised by Nancy Pelosi, who said "he has no plan at all here."'
    assert [s for s, _, _ in run(text)[0]] == ["nancy-pelosi"]
    text = (
        "A contrary view is offered by Charles Reilly, a management expert at Stanford University, who stated, "
        '"Great companies rarely go from strength to strength."'
    )
    assert [s for s, _, _ in run(text)[0]] == ["charles-reilly"]


INDIRECT_CASES = [
    # A verb that often takes a noun phrase makes speech with a clause's own subject and verb.
    ("Acme Corp. announced it would close three plants in Ohio next year.", [("acme-corp", "indirect")]),
    ("Lavrov confirmed they had met twice in secret before the summit.", [("sergey-lavrov", "indirect")]),
    ("Acme Corp. announced record losses for the third quarter of the year.", []),
    # A spokesperson for an organisation, analysts at one: the organisation.
    ("A spokesman for Acme Corp. said the plant would reopen next week.", [("acme-corp", "indirect")]),
    ("Analysts at Goldman Sachs said the company would need more capital soon.", [("goldman-sachs", "indirect")]),
    # "The senator" opening a sentence: the role named before.
    ("Senator Lindsey Graham spoke. The senator said the bill was dead now.", [("lindsey-graham", "indirect")]),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_CASES)
def test_reported_speech_of_unseen_news(text, expected):
    found, _ = run(text)
    assert [(s, kind) for s, _, kind in found] == expected


def test_a_pronoun_whose_person_was_named_paragraphs_before_is_the_last_speaker_who_fits():
    text = (
        "Mary Barra, the new chief executive, spoke to reporters in Detroit on Monday.\n"
        '"We will build the best cars in the world," Barra said.\n'
        "The company lost money last year. Its shares fell. Sales in China were weak. Europe was worse. "
        "Costs rose again. Dealers complained.\n"
        '"I am confident we will turn this around within two years," she said.'
    )
    assert [s for s, _, kind in run(text)[0] if kind == "direct"] == ["mary-barra", "mary-barra"]


def test_a_quote_goes_on_after_one_paragraph_of_narrative():
    text = (
        '"We will build the best cars in the world," said Mary Barra, the new chief executive.\n'
        "The company lost money last year. Its shares fell.\n"
        '"There is no time to waste on the old ways of doing business."'
    )
    assert [s for s, _, _ in run(text)[0]] == ["mary-barra", "mary-barra"]


def test_quote_marks_are_never_doubled_in_the_stored_quote():
    found, _ = run('Lavrov spoke. Lavrov said that “"conditions need to be created."”')
    assert found == [("sergey-lavrov", "conditions need to be created.", "direct")]
    found, _ = run('Lavrov said: “"We are ready for talks at any time," he said.”')
    assert [q for _, q, _ in found] == ["We are ready for talks at any time"]


def test_a_question_attributed_after_it_is_not_joined_to_the_quote_before():
    found, _ = run('"We are ready to go," said Lavrov. "Are you ready too?" Putin asked Trump.')
    assert found == [
        ("sergey-lavrov", "We are ready to go", "direct"),
        ("vladimir-putin", "Are you ready too?", "direct"),
    ]


def test_a_possessive_before_a_person_is_not_part_of_the_name():
    found, new = run('"The plan is dead on arrival," the Times\' John Doe wrote.')
    assert found[0][0] == "john-doe" and new == {"john-doe": "John Doe"}
    found, new = run('"Ratings will fall," Moody\'s Investors Service said.')
    assert found[0][0] == "moodys-investors-service"


def test_the_company_is_the_organisation_named_just_before_and_a_body_is_named_with_its_adjective():
    found, new = run("BP agreed a deal. “In 2003 BP invested around $8bn in the venture,” the oil giant said.")
    assert found == [("bp", "In 2003 BP invested around $8bn in the venture", "direct")]
    found, new = run("The Belgian government has announced that it will give 150 million euros to suppliers.")
    assert [s for s, _, _ in found] == ["belgian-government"] and new["belgian-government"] == "Belgian government"
    found, _ = run("A new Russian law says foreign-funded groups must register as agents.")
    assert found == []


def test_scare_quotes_leave_a_sentence_to_reported_speech_and_a_listener_is_not_the_clause():
    found, _ = run("Treasury Secretary Henry Paulson told reporters the banking system was “sound.”")
    assert found == [("henry-paulson", "the banking system was “sound.”", "indirect")]
    found, _ = run("Senate Majority Leader Harry Reid said that he was “terribly disappointed” by the vote.")
    assert found == [("harry-reid", "he was “terribly disappointed” by the vote", "indirect")]


def test_a_participle_after_an_inverted_attribution_takes_its_speaker():
    text = "Tom Leon ran again. His memory is going, said Leon, adding, “I was making too many mistakes on the stand.”"
    found, _ = run(text)
    assert ("tom-leon", "I was making too many mistakes on the stand.", "direct") in found
    text = "Prices will fall, said Ann Ruiz, an analyst, adding that “the worst is over for now.”"
    assert ("ann-ruiz", "the worst is over for now.", "direct") in run(text)[0]


def test_a_pronoun_is_not_the_person_the_quoted_words_speak_of():
    text = (
        "“I rarely use that word for anyone,” historian Mark Evans said of George Lowe.\n"
        "A book of photographs by Mr Lowe, written with Dr Evans, is due in May.\n"
        "He said: “Lowe was a brilliant, kind fellow who never sought the limelight.”"
    )
    found, _ = run(text)
    assert [s for s, _, _ in found] == ["mark-evans", "mark-evans"]


def test_a_role_with_its_place_is_whoever_was_named_with_that_role():
    text = (
        "Jeroen Dijsselbloem, the president of the Eurogroup, spoke first. Nicos Anastasiades, the president of "
        "Cyprus, spoke later.\nThe president of Cyprus admitted that his country did not have the money to pay."
    )
    found, _ = run(text)
    assert [s for s, _, _ in found] == ["nicos-anastasiades"]
    found, _ = run(
        "Jeroen Dijsselbloem, the president of the Eurogroup, spoke.\n"
        "The president of Cyprus said that the banks would reopen soon."
    )
    assert found == []


def test_a_sentence_opening_word_is_not_part_of_the_full_name_a_surname_points_to():
    text = "But Iram Leon can still run.\n“I was making too many mistakes on the stand,” said Leon."
    found, new = run(text)
    assert [s for s, _, _ in found] == ["iram-leon"] and new == {"iram-leon": "Iram Leon"}


def test_a_bare_word_written_before_a_role_noun_is_an_organisation_and_an_unknown_surname_is_not():
    text = "The jet landed. Airbus spokesman Tom Smith was pleased.\nAirbus has warned there could be more charges."
    found, new = run(text)
    assert found == [("airbus", "there could be more charges", "indirect")] and new == {"airbus": "Airbus"}
    text = "BP chairman Carl-Henric Svanberg spoke. “We expect the stake to generate value,” BP said."
    assert run(text)[0] == [("bp", "We expect the stake to generate value", "direct")]
    found, new = run("The talks went on. Mr. Smith, a trader, said the market would fall further this week.")
    assert new == {}


def test_quoted_words_after_a_preposition_with_no_reporting_verb_are_a_name():
    text = "Senator Susan Collins, Republican of Maine, led the repeal of “don't ask, don't tell” in 2010."
    assert run(text)[0] == []
    text = "Jobs called it the “hottest thing going in radio” on Monday."
    assert run(text)[0] == [(None, "hottest thing going in radio", "direct")]


def test_a_document_from_one_person_to_another_is_the_sender_s_and_read_introduces_its_words():
    text = (
        "Darleen Druyun and Michael Sears wrote often.\n"
        "One e-mail from Druyun to Boeing executive Michael Sears read: “I will support the lease at any price.”"
    )
    assert run(text)[0] == [("darleen-druyun", "I will support the lease at any price.", "direct")]
    text = "Acme Corp. wrote to the town. “We will close the plant in May,” read a letter from Acme Corp. to staff."
    assert [s for s, _, _ in run(text)[0]] == ["acme-corp"]


def test_a_clause_with_no_quoted_words_is_reported_speech_in_a_sentence_with_a_quote():
    text = "Citing “a precautionary measure for safety”, Lavrov announced that two engines would be replaced soon."
    found, _ = run(text)
    assert found == [
        ("sergey-lavrov", "a precautionary measure for safety", "direct"),
        ("sergey-lavrov", "two engines would be replaced soon", "indirect"),
    ]
    found, _ = run("Lavrov said that “the talks will go on for a long time.”")
    assert [k for _, _, k in found] == ["direct"]


def test_an_unnamed_spokesperson_is_the_organisation_and_he_goes_on_for_it():
    found, _ = run(
        "A spokesman for the Health Ministry said the hospital would reopen next week.\n\n"
        "“We have checked every ward and the building is safe,” he said."
    )
    assert [s for s, _, _ in found] == ["health-ministry", "health-ministry"]
    found, _ = run("A Boeing spokeswoman said the jet was safe. “We have checked every part of it,” she said.")
    assert [s for s, _, _ in found] == ["boeing", "boeing"]


def test_he_after_an_organisation_s_statement_is_no_spokesperson():
    found, _ = run(
        "The Health Ministry said in a statement that the jet was safe. “We have checked every part of it,” he said."
    )
    assert [s for s, _, _ in found] == ["health-ministry", None]


def test_a_quote_over_paragraphs_named_after_its_last_part_is_one_statement_of_that_speaker():
    text = (
        "The mayor spoke on Monday.\n\n“We were told the water was safe. We believed them.\n\n"
        "“Then our children got sick.\n\n“Nobody has apologised,” said Teresa Alvarez, a mother of three."
    )
    ((speaker, quote, _),), _ = run(text)
    assert speaker == "teresa-alvarez" and quote.startswith("We were told") and quote.endswith("Nobody has apologised")


def test_a_quote_over_paragraphs_with_no_attribution_after_it_keeps_the_speaker_before():
    text = "Lavrov said: “We do not refuse any talks.\n\n“But we will not be lectured by anyone.”"
    found, _ = run(text)
    assert [s for s, _, _ in found] == ["sergey-lavrov", "sergey-lavrov"]


def test_quoted_by_an_outlet_as_saying_is_the_passive_subject_s_statement():
    found, _ = run("Lavrov was quoted by the Interfax news agency as saying: “We are ready for dialogue.”")
    assert found == [("sergey-lavrov", "We are ready for dialogue.", "direct")]
    found, _ = run("Putin was cited by RIA Novosti as saying that the talks “went very well indeed.”")
    assert [s for s, _, _ in found] == ["vladimir-putin"]


def test_the_release_said_is_the_organisation_that_issued_it():
    found, _ = run(
        "The Interior Ministry issued a press release. “Thousands of people need shelter tonight,” the release said."
    )
    assert [s for s, _, _ in found] == ["interior-ministry"]


def test_a_document_released_or_sent_by_an_organisation_is_the_organisation_s():
    found, _ = run("A statement released by the Foreign Ministry read, “We condemn this attack in strong terms.”")
    assert [s for s, _, _ in found] == ["foreign-ministry"]
    found, _ = run("A letter sent by the Interior Ministry to mayors said the elections would go ahead as planned.")
    assert found == [("interior-ministry", "the elections would go ahead as planned", "indirect")]


def test_the_n_year_old_is_the_person_named_with_that_age_and_occupations_are_no_names():
    found, new = run("Actor Ben Carter, 45, was arrested. “I made a terrible mistake,” the 45-year-old said.")
    assert [s for s, _, _ in found] == ["ben-carter"] and new == {"ben-carter": "Ben Carter"}
    found, _ = run("The 32-year-old striker Leo Martins scored twice. “It was a perfect night,” the 32-year-old said.")
    assert [s for s, _, _ in found] == ["leo-martins"]


def test_an_official_news_agency_is_no_spokesperson_for_he():
    found, _ = run("The official Xinhua News Agency said the talks would resume. “We are ready to talk,” he said.")
    assert [s for s, _, _ in found] == ["xinhua-news-agency", None]
    found, _ = run("An official Xinhua News Agency spokesman said the talks would resume. “We are ready,” he said.")
    assert [s for s, _, _ in found] == ["xinhua-news-agency", "xinhua-news-agency"]


def test_a_split_quote_with_a_party_tag_in_its_attribution_is_one_statement():
    found, _ = run('"This bill is a disgrace," said Rep. John Dingell (D-Mich.). "It will cost jobs in every state."')
    assert [(speaker, kind) for speaker, _, kind in found] == [("john-dingell", "direct")]
    assert found[0][1].endswith("It will cost jobs in every state.")


def test_a_quotation_split_by_its_attribution_is_stored_without_it():
    """One quote, one statement, and its words only: no attribution and no quote marks in the middle."""
    text = (
        "“It's over,” said Joe Park, a resident. “We lost everything in the flood.”\n\n"
        "“That,” Park added, “is the worst of it, and nobody came to help us.”\n\n"
        "“We will rebuild the school by the spring,” Park said."
    )
    article = Article("a", "a.md", text, "T", dt.date(2025, 8, 7))
    sentences = split_sentences(text)
    statements, _ = extract_statements(article, sentences, [], Registry([Actor("joe-park", "Joe Park")]), Topics([]))
    assert [(s.speaker, s.quote) for s in statements] == [
        ("joe-park", "It's over … We lost everything in the flood."),
        ("joe-park", "That … is the worst of it, and nobody came to help us."),
        ("joe-park", "We will rebuild the school by the spring"),
    ]
