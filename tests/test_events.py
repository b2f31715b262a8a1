from __future__ import annotations

import datetime as dt

from test_merge import exhaustive

from generator.actors import Registry
from generator.events import extract_events, title_for
from generator.merge import merge_events, merge_statements
from generator.model import Actor, Article, Event, Statement
from generator.sentences import split_sentences
from generator.timex import tag
from generator.topics import Topics

REG = Registry(
    [
        Actor("donald-trump", "Donald Trump", ["Trump"]),
        Actor("vladimir-putin", "Vladimir Putin", ["Putin"]),
        Actor("steve-witkoff", "Steve Witkoff", ["Witkoff"]),
    ]
)


def events_of(text: str, published=dt.date(2025, 1, 24)):
    a = Article("a", "a.txt", text, "T", published)
    s = split_sentences(text)
    return extract_events(a, s, tag(text, published, s), REG, Topics([]))


def test_background_dates_are_not_events():
    evs = events_of(
        "If he had not had his victory stolen from him in 2020, there might not have been a crisis. "
        "Russia must return to the borders of 2022. "
        "Trump sided with the Kremlin over interference in the 2016 US election. "
        "On January 23, Trump said he wants to meet Putin."
    )
    assert [(e.date, e.actors) for e in evs] == [("2025-01-23", ["donald-trump", "vladimir-putin"])]


def test_a_byline_or_time_stamp_is_no_event():
    evs = events_of(
        "Council approves budget\n\nBy Jane Doe, Reuters\nUpdated 02:32 PM EDT, January 24, 2025\n\n"
        "Posted: Friday, 24 January 2025 14:05 GMT\n\n"
        "The council approved the budget on Thursday. By the time police came on January 20, the men had fled."
    )
    assert [(e.date, e.date_text) for e in evs] == [("2025-01-23", "Thursday"), ("2025-01-20", "January 20")]
    assert [e.date for e in events_of("By Monday, it ended.")] == ["2025-01-20"]
    assert events_of("By Jane Doe | 14:05 GMT, January 24, 2025") == []


def test_most_precise_date_wins_and_future_is_scheduled():
    evs = events_of("After fewer attacks in August, Russia struck on Monday night.", dt.date(2025, 8, 19))
    assert evs[0].date == "2025-08-18" and evs[0].date_text == "Monday night"
    evs = events_of("Trump will meet Putin next week.", dt.date(2025, 8, 7))
    assert evs[0].scheduled and evs[0].date == "2025-W33" and evs[0].precision == "week"


def test_a_duration_counted_from_a_named_day_dates_the_event():
    evs = events_of("On January 20, Trump took office. Two days later, Trump called Putin.")
    assert [(e.date, e.precision, e.date_text) for e in evs] == [
        ("2025-01-20", "day", "January 20"),
        ("2025-01-22", "day", "Two days later"),
    ]
    assert evs[1].title == "Trump called Putin"
    # With no day named before it, "a week later" places nothing.
    assert events_of("A week later, Trump called Putin.") == []


def test_title_drops_the_date_phrase_and_lead_in():
    assert title_for("However, Trump met Putin on Wednesday in Moscow.", "Wednesday") == "Trump met Putin in Moscow"


def _ev(date, sentence, actors, source):
    return Event(date, "day", "x", sentence, 0, len(sentence), actors, [], source)


def test_merge_same_happening_but_not_a_different_one():
    a = _ev("2025-08-06", "Witkoff held talks with Putin in Moscow.", ["steve-witkoff", "vladimir-putin"], "s1")
    b = _ev(
        "2025-08-06",
        "Putin's discussions in Moscow with Witkoff raised doubts.",
        ["steve-witkoff", "vladimir-putin"],
        "s2",
    )
    c = _ev("2025-08-06", "Drones attacked Kyiv overnight, launching missiles.", ["vladimir-putin"], "s2")
    groups = merge_events([a, b, c])
    assert [[r.source for r in g.reports] for g in groups] == [["s1", "s2"], ["s2"]]
    assert groups[0].date_conflict == []


def test_dates_at_different_precisions_agree_and_a_disagreement_is_flagged():
    pair = ["steve-witkoff", "vladimir-putin"]
    day = Event(
        "2025-08-06", "day", "August 6", "Witkoff met Putin during the Moscow talks on August 6.", 0, 1, pair, [], "s1"
    )
    week = Event(
        "2025-W32", "week", "this week", "Witkoff met Putin during the Moscow talks this week.", 0, 1, pair, [], "s2"
    )
    other_day = Event(
        "2025-08-05", "day", "Tuesday", "Putin's Moscow talks with Witkoff on Tuesday.", 0, 1, pair, [], "s3"
    )
    groups = merge_events([day, week, other_day])
    assert len(groups) == 1
    assert groups[0].best is day
    assert groups[0].date_conflict == ["2025-08-05", "2025-08-06", "2025-W32"]
    assert merge_events([day, week])[0].date_conflict == []  # the week covers the day


def test_a_shared_month_alone_does_not_make_one_event():
    a = Event(
        "2025-01",
        "month",
        "in January",
        "Putin said in January that a meeting would help.",
        0,
        1,
        ["vladimir-putin", "donald-trump"],
        [],
        "s1",
    )
    b = Event(
        "2025-01",
        "month",
        "in January",
        "Since rapprochement began in January, the Trump administration withheld a summit with Putin.",
        0,
        1,
        ["vladimir-putin", "donald-trump"],
        [],
        "s2",
    )
    assert len(merge_events([a, b])) == 2


def _st(quote, source, speaker="volodymyr-zelensky", date="2025-08-07"):
    return Statement(speaker, None, None, None, quote, 0, len(quote), "direct", date, None, [], source)


def test_merge_two_translations_of_one_remark():
    a = _st("Ukraine is not afraid of meetings and expects the same bold approach from the Russian side", "s1")
    b = _st("Ukraine is not reluctant to meet and anticipates a similar courageous stance from the Russian side", "s2")
    c = _st("It is time to put an end to the war", "s2")
    assert [len(g.reports) for g in merge_statements([a, b, c])] == [2, 1]
    assert len(merge_statements([a, _st(a.quote, "s2", date="2025-08-01")])) == 2  # another day: not merged


def _merge_statements_comparing_every_group(statements):
    """merge_statements as it was before groups were kept by source."""
    from generator.merge import MergedStatement, _same_statement

    merged, by_speaker_day = [], {}
    for s in statements:
        groups = by_speaker_day.setdefault((s.speaker, s.date), []) if s.speaker else []
        for group in groups:
            if any(_same_statement(s, other) for other in group.reports):
                group.reports.append(s)
                break
        else:
            merged.append(MergedStatement([s]))
            if s.speaker:
                groups.append(merged[-1])
    return merged


def test_merging_the_seeds_reported_thrice_groups_as_comparing_every_group(seeds_dir):
    """The seeds as three sources each, worded a little differently (the very same sentence is never merged),
    one of them published days later (its weekdays land elsewhere)."""
    from pathlib import Path

    from generator.content import load_registry
    from generator.extract import extract

    actors, topic_list = load_registry(Path(__file__).resolve().parent.parent / "content")
    registry, topics = Registry(actors), Topics(topic_list)
    events, statements = [], []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for source, days, old, new in (("a", 0, "", ""), ("b", 0, " the ", " a "), ("c", 3, " said", " stated")):
            published = dt.date(2025, 8, 7) + dt.timedelta(days=days)
            worded = text.replace(old, new) if old else text
            article = Article(f"{path.stem}-{source}", str(path), worded, "T", published)
            x, _ = extract(article, registry, topics)
            events += x.events
            statements += x.statements

    def shape(groups):
        return [[(r.source, r.start) for r in g.reports] for g in groups]

    merged = shape(merge_events(events))
    assert merged == shape(exhaustive(events))
    assert len(merged) < len(events) * 0.9  # the same happenings from three sources are merged
    merged = shape(merge_statements(statements))
    assert merged == shape(_merge_statements_comparing_every_group(statements))
    assert len(merged) < len(statements) * 0.9


def test_coordinated_dates_date_the_event_with_the_range_they_make():
    evs = events_of("Hearings were held on January 14 and 15. He served between 1994 and 1997.")
    assert [(e.date, e.date_text, e.title) for e in evs] == [
        ("2025-01-14/2025-01-15", "January 14 and 15", "Hearings were held"),
        ("1994/1997", "1994 and 1997", "He served"),
    ]
    # a date and one of another precision are not a range
    assert [e.date for e in events_of("It happened on Monday and again in 2019.")] == ["2025-01-20"]


def test_quotations_hedges_and_opinions_are_not_events():
    evs = events_of(
        "“We will get this done by Wednesday, whatever it takes,” Trump said. "
        "A second meeting could take place as early as next week. "
        "Some analysts believe that Putin changed course in December. "
        "Witkoff flew to Moscow on Wednesday."
    )
    assert [e.title for e in evs] == ["Witkoff flew to Moscow"]


def test_a_pronoun_is_named_and_the_date_of_its_own_clause_dates_the_event():
    evs = events_of(
        "Witkoff arrived in Moscow late at night. "
        "On Wednesday, he met Putin at the Kremlin, days after talks that the two sides held in Riyadh in February."
    )
    assert (evs[0].date, evs[0].title) == (
        "2025-01-22",
        "Witkoff met Putin at the Kremlin, days after talks that the two sides held in Riyadh in February",
    )
    # the relative clause's talks are a happening of their own, dated by their own clause
    assert [e.date for e in evs[1:]] == ["2024-02"]


def test_short_forms_are_the_words_an_article_uses_alone():
    from generator.events import short_form

    text = "Recep Tayyip Erdogan flew in. Later, Erdogan said so. Xi Jinping arrived; Xi spoke."
    assert short_form(text, "Recep Tayyip Erdogan") == "Erdogan"
    assert short_form(text, "Xi Jinping") == "Xi"
    assert short_form(text, "Joe Biden") == "Joe Biden"


def test_a_quotation_dated_in_its_speech_tag_is_the_speaker_saying_it_that_day():
    evs = events_of(
        "“We are ready to sign the deal,” Vladimir Putin said on Tuesday. "
        "“The talks on Friday were useful and we will meet again,” Putin said. "
        "“It was a hard week for all of us,” a spokesman said on Monday. "
        "“I am here to end this war, and I will,” Donald Trump told reporters on Wednesday."
    )
    assert [(e.date, e.title) for e in evs] == [
        ("2025-01-21", "Vladimir Putin: We are ready to sign the deal"),
        ("2025-01-22", "Donald Trump: I am here to end this war"),
    ]  # a date inside the words dates what they are about; a tag naming nobody known makes no headline


def test_the_speaker_of_a_dated_saying_is_the_tags_subject_not_the_person_it_is_about():
    evs = events_of("“It would be better for us to meet soon,” Vladimir Putin said about Donald Trump on Tuesday.")
    assert [e.title for e in evs] == ["Vladimir Putin: It would be better for us to meet soon"]


def test_bylines_and_datelines_date_the_page_not_a_happening():
    text = (
        "By Harbour Times staff, 14 August 2025\n\n"
        "LISBON — August 19, 2025\n\n"
        "Porto, Wednesday 13 August 2025\n\n"
        "By Monday, the strike had ended. Ministers met the unions on Tuesday."
    )  # ("the strike was over" describes the strike with a copula: no happening title, ``titling.owned``)
    assert [(e.date, e.title) for e in events_of(text)] == [
        ("2025-01-20", "Strike had ended"),
        ("2025-01-21", "Ministers met the unions"),
    ]


def test_a_sentence_whose_subject_is_its_date_says_what_the_day_is_not_what_happened():
    evs = events_of(
        "Friday had also been the deadline Trump set for Moscow. Monday marks a year since the blast. "
        "On Friday, the envoy was in Moscow."
    )
    assert [(e.date, e.title) for e in evs] == [("2025-01-24", "Envoy was in Moscow")]


def test_a_relative_clauses_date_yields_to_the_main_clauses_and_since_dates_nothing_when_another_does():
    evs = events_of(
        "The fourth round, which had been set for Sunday in Geneva, was called off, the Swiss said on Saturday. "
        "The summit, which Trump announced late on Friday, will be the first in Europe since 2018."
    )
    assert [(e.date, e.title) for e in evs] == [
        ("2025-01-18", "Fourth round was called off"),
        ("2025-01-24", "Trump announced the summit"),
    ]


def test_the_two_men_are_the_pair_the_story_opens_with_when_the_sentence_before_names_more():
    evs = events_of(
        "Trump and Putin agreed on Thursday to meet in Budapest. "
        "Putin's aide praised Witkoff and Trump for their efforts. "
        "The two men last met in Alaska in August 2025."
    )
    assert [e.title for e in evs][-1] == "Trump and Putin last met in Alaska"


def test_an_elliptic_verb_takes_its_object_and_place_from_the_sentence_before():
    evs = events_of("Witkoff flew to Riyadh on January 10 for talks. Trump followed on January 14.")
    assert [(e.date, e.title) for e in evs] == [
        ("2025-01-10", "Witkoff flew to Riyadh for talks"),
        ("2025-01-14", "Trump followed Witkoff to Riyadh"),
    ]


def test_a_coarse_date_after_before_or_by_is_a_deadline_not_the_date_of_a_happening():
    evs = events_of(
        "Kyiv hopes for a ceasefire before the summer. Moscow aims to take the region by 2026. "
        "Witkoff met Putin on January 20 before the summer talks."
    )
    assert [e.date for e in evs] == ["2025-01-20"]


def test_a_quotation_over_several_sentences_is_dated_by_its_speech_tag():
    evs = events_of(
        "“We are ready. The venue is agreed,” Putin said on Thursday. "
        "Trump said on Wednesday: “The sides have agreed. The date is set.” "
        "“It was a good talk. We will see.” Witkoff will leave."
    )
    assert [(e.date, e.sentence) for e in evs] == [
        ("2025-01-23", "“We are ready. The venue is agreed,” Putin said on Thursday."),
        ("2025-01-22", "Trump said on Wednesday: “The sides have agreed. The date is set.”"),
    ]
    assert evs[0].title.startswith("Vladimir Putin: We are ready")


def test_hours_later_dates_a_happening_on_the_day_of_the_event_before():
    evs = events_of(
        "Trump met Putin in Geneva on Wednesday. Hours later, Witkoff flew to Moscow. "
        "Minutes later, Putin left the hall."
    )
    assert [e.date for e in evs] == ["2025-01-22"] * 3
    assert evs[1].date_text == "Hours later"
    assert events_of("Hours later, Witkoff flew to Moscow.") == []  # nothing before it to be later than


def test_an_undated_happening_after_the_lead_takes_the_leads_date_but_not_its_sequels():
    lead = "Summit in Geneva\n\nTrump met Putin in Geneva on Wednesday. The meeting lasted three hours. "
    sequels = "He did not take questions. Trump said the talks were useful. It ended without a deal."
    evs = events_of(lead + "Witkoff flew to Moscow. " + sequels)
    assert {e.date for e in evs} == {"2025-01-22"}
    assert [e.title for e in evs] == ["Trump met Putin in Geneva", "Witkoff flew to Moscow"]
    assert evs[1].date_text == "Wednesday"  # the lead's date words, in the event's sources


def test_past_the_lead_an_undated_sentence_stays_undated():
    late = "Background\n\n" + "Talks went on.\n\n" * 3 + "Trump met Putin on Wednesday. Witkoff flew to Moscow."
    assert [e.date for e in events_of(late)] == ["2025-01-22"]


def test_a_pronoun_speech_tag_is_named_by_the_statement_found_for_it():
    from generator.statements import extract_statements

    text = "Witkoff spoke to reporters. “I am going to Moscow next week,” he said on Wednesday."
    a = Article("a", "a.txt", text, "T", dt.date(2025, 1, 24))
    s = split_sentences(text)
    timexes = tag(text, a.published, s)
    statements, _ = extract_statements(a, s, timexes, REG, Topics([]))
    evs = extract_events(a, s, timexes, REG, Topics([]), statements)
    assert [(e.date, e.title) for e in evs] == [("2025-01-22", "Steve Witkoff: I am going to Moscow next week")]
    assert extract_events(a, s, timexes, REG, Topics([])) == []  # without the statement nobody is named


def test_a_date_something_is_moved_to_is_not_when_it_was_moved():
    evs = events_of("Trump last month gave Russia 50 days, then shortened the deadline to Feb. 8.")
    assert [(e.date, e.date_text) for e in evs] == [("2024-12", "last month")]
    evs = events_of("On Tuesday, the union pushed the strike back to March 3.")
    assert [(e.date, e.date_text) for e in evs] == [("2025-01-21", "Tuesday")]
    evs = events_of("The council last week moved the vote to Thursday.")
    assert [e.date_text for e in evs] == ["last week"]
    # Alone, the target still dates the sentence: it is all the sentence says of when.
    assert [e.date for e in events_of("The vote was postponed until March 3.")] == ["2025-03-03"]


def test_until_in_the_clause_leaves_a_past_weekday_past():
    evs = events_of("The union on Tuesday postponed the strike until March 3.")
    assert [(e.date, e.date_text) for e in evs] == [("2025-01-21", "Tuesday")]


def test_a_weekday_that_names_a_noun_stays_in_the_title():
    assert title_for("Leavitt described Friday's meeting as a listening exercise.", "Friday") == (
        "Leavitt described Friday's meeting as a listening exercise"
    )
    assert title_for("Tuesday's vote was postponed by the council.", "Tuesday").startswith("Vote was postponed")


def test_a_side_clauses_happening_stands_when_the_main_clause_reports_none():
    evs = events_of(
        "Since taking office in January, Trump has wavered between the two sides — he halted arms deliveries "
        "briefly in March after a row with Kyiv — and pressing Moscow.",
        published=dt.date(2025, 8, 1),
    )
    assert [e.date for e in evs] == ["2025-03"]
    assert "halted arms deliveries" in evs[0].title


def _dated(text: str, published=dt.date(2025, 8, 20)) -> list[tuple[str, str]]:
    return [(e.date, e.title) for e in events_of(text, published=published)]


def test_first_person_sentences_and_bold_questions_are_no_events():
    text = (
        "The minister spoke to us in Kyiv on Sunday.\n\n"
        "**The council met by video call today. What came of it?**\n\n"
        "We said so on Saturday and we will say so in Washington. In 1994 we gave up our weapons.\n\n"
        "**Who goes to Washington tomorrow?**\n\n"
        "But I remember the spring.\n\n"
        "“We met on Friday and we agreed on a lot,” Witkoff said on Saturday."
    )
    got = _dated(text)
    # "spoke to us": the article's own voice (surface.py), no happening of the story either
    assert [d for d, _ in got] == ["2025-08-20", "2025-08-16"]
    assert got[0][1] == "Council met by video call"


def test_a_pronoun_subject_the_title_resolves_is_an_actor_of_the_event():
    """ "He signed an order" is titled "Trump signed an order": Trump is one of its actors, so that merging finds
    the other articles' reports of the same order by him."""
    evs = events_of(
        "Donald Trump has threatened tariffs on buyers of Russian oil for months. "
        "On Wednesday he signed an order imposing an additional 25% tariff on imports from India."
    )
    assert [(e.date, "Trump" in e.title, e.actors) for e in evs] == [("2025-01-22", True, ["donald-trump"])]


def test_a_dateline_taken_for_a_speaker_is_no_one_a_pronoun_stands_for():
    reg = Registry([Actor("kyiv", "KYIV", []), Actor("donald-trump", "Donald Trump", ["Trump"])])
    text = "Trump spoke at length. KYIV said nothing. On Monday, he froze military aid to Ukraine."
    a = Article("a", "a.txt", text, "T", dt.date(2025, 8, 12))
    s = split_sentences(text)
    titles = [e.title for e in extract_events(a, s, tag(text, a.published, s), reg, Topics([]))]
    assert "Trump froze military aid to Ukraine" in titles


def test_a_paragraph_of_dates_with_no_full_stop_is_read_near_each_date():
    # A hostile article: a paragraph of many dates with no full stop is one "sentence". Each date's check for a
    # counterfactual reads the 600 characters before it, not the whole sentence (it was quadratic in its length).
    from generator.dating import _is_background
    from generator.model import Sentence, Timex

    def background(text: str) -> bool:
        at = text.rindex("Monday")
        return _is_background(
            text, Timex(at, at + 6, "Monday", "DATE", "2025-01-20", "day"), Sentence(0, len(text), text, 0)
        )

    assert background("If he had not resigned on Monday, he would have been fired.")
    far = "If he had not resigned, he would have been fired " + "and the board met again " * 40 + "on Monday."
    assert not background(far)  # the counterfactual is more than 600 characters before the date


def test_clauses_joined_by_a_semicolon_each_give_their_happening_and_date():
    evs = events_of(
        "The minister resigned on Monday; the prime minister had appointed him on January 4.\n\n"
        "The union called a strike on Tuesday. That was the day the union's deadline for the board expired; the "
        "board had set it on March 2, 2023.\n\n"
        "“We will not sign; we will not give up our land,” the president said on Friday.",
        published=dt.date(2025, 3, 12),
    )
    got = [(e.date, e.title) for e in evs]
    assert ("2025-03-10", "Minister resigned") in got
    assert any(d == "2025-01-04" and "appointed him" in t for d, t in got)
    assert any(d == "2025-03-11" and "deadline for the board expired" in t for d, t in got)
    assert any(d == "2023-03-02" and "set it" in t for d, t in got)
    # a semicolon inside a quotation splits nothing: one saying, dated by its speech tag
    assert not [e for e in evs if e.sentence.startswith("we will not give")]
