"""Headlines and what a dated sentence reports, on sentences written for these tests."""

from __future__ import annotations

import pytest

from generator.headlines import MAX, Context, Name, Reading, passes, read


def _read(sentence: str, date: str, names: tuple[Name, ...] = (), before: tuple[str, ...] = ()):
    at = sentence.index(date)
    return read(sentence, at, at + len(date), Context(names, lambda: before))


def _name(sentence: str, written: str, full: str, person: bool = True) -> Name:
    at = sentence.index(written)
    return Name(at, at + len(written), full, person)


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("“We will not back down, not now and not ever,” the prime minister said on Monday.", "Monday", "quotation"),
        ("“The talks were useful,” said the envoy on Tuesday.", "Tuesday", "quotation"),
        ("The vote could take place as early as next week.", "next week", "hedge"),
        ("Officials indicated the deal might be signed on Friday.", "Friday", "hedge"),
        ("It is possible that the minister will resign in March.", "March", "hedge"),
        ("Some analysts believe that the governor resigned in March to avoid a scandal.", "March", "opinion"),
        ("Since taking office in January, the mayor has cut spending on roads.", "January", "background"),
        ("The ceasefire talks resumed in Doha on Sunday.", "Sunday", "event"),
    ],
)
def test_what_a_sentence_reports(sentence, date, kind):
    assert _read(sentence, date).kind == kind


def test_lead_ins_role_words_and_date_go():
    s = "On Tuesday, speaking at a news conference in Berlin, German Chancellor Olaf Scholz announced aid for Kyiv."
    r = _read(s, "Tuesday", (_name(s, "Olaf Scholz", "Olaf Scholz"),))
    assert r.title == "Olaf Scholz announced aid for Kyiv"


def test_a_run_with_other_words_keeps_its_role():
    s = "Treasury Secretary Janet Yellen arrived in Beijing on Thursday."
    r = _read(s, "Thursday", (_name(s, "Janet Yellen", "Janet Yellen"),))
    assert r.title == "Treasury Secretary Janet Yellen arrived in Beijing"


def test_a_relative_clause_gets_its_noun_back():
    s = "Lawmakers debated the sanctions that the European Union imposed on Iran in 2019, but no vote was held."
    assert _read(s, "2019").title == "European Union imposed the sanctions on Iran"


def test_a_participle_clause_gets_its_noun_back():
    s = "The ceasefire, brokered by Qatar in November 2023, collapsed within a week."
    assert _read(s, "November 2023").title == "Ceasefire brokered by Qatar"


def test_a_date_in_a_happening_noun_phrase_dates_that_happening():
    s = "Critics asked what the minister may have promised during his talks in Ankara with Erdogan on Friday."
    r = _read(s, "Friday", (_name(s, "Erdogan", "Recep Tayyip Erdogan"),), before=("Mark Rutte",))
    assert r.title == "Mark Rutte holds talks in Ankara with Erdogan"


def test_a_leading_pronoun_is_the_previous_sentences_subject():
    s = "On Monday, he signed the decree on grain exports."
    assert _read(s, "Monday", before=("Emmanuel Macron", "Olaf Scholz")).title == (
        "Emmanuel Macron signed the decree on grain exports"
    )


def test_the_host_of_a_quoted_aside_is_the_happening():
    s = "Although the senator criticised the plan—“it is a giveaway,” she said in May—she voted for it."
    assert _read(s, "May").title == "Senator criticised the plan"


def test_long_sentences_are_cut_at_a_boundary_without_an_ellipsis():
    s = (
        "The foreign ministers of France, Germany and Poland met in Weimar on Wednesday to discuss support for "
        "Ukraine and the security of the Baltic states as winter approaches and energy prices climb."
    )
    title = _read(s, "Wednesday").title
    assert len(title) <= MAX and "…" not in title
    assert title == "Foreign ministers of France, Germany and Poland met in Weimar to discuss support for Ukraine"


def test_side_clauses_are_left_out():
    s = "The Kremlin confirmed on Thursday that the leaders will meet, although no date has been set."
    assert _read(s, "Thursday").title == "Kremlin confirmed the leaders will meet"


@pytest.mark.parametrize(
    ("title", "ok"),
    [
        ("Scholz announces new aid for Kyiv", True),
        ("He announced new aid", False),
        ("On Monday Scholz announced aid", False),
        ("“We will win”", False),
        ("Scholz announced new aid for Kyiv and…", False),
        ("Mayor meets voters " + "x" * 90, False),
        ("Mayor of Monday Creek resigns", True),
    ],
)
def test_passes(title, ok):
    assert passes(title) is ok


def test_a_trailing_speech_tag_is_no_part_of_the_headline():
    s = "Drones struck the port of Reni on the Danube overnight on Sunday, Ukrainian officials said."
    assert _read(s, "Sunday").title == "Drones struck the port of Reni on the Danube overnight"


def test_a_which_clause_with_its_own_subject_gets_its_noun_back_and_a_verb_is_not_crossed():
    s = "The ministers will focus on the Iran nuclear accord, which Washington left in May 2018."
    assert _read(s, "May 2018").title == "Washington left the Iran nuclear accord"


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        ("The agreement, reached late on March 6, raises wages by 6% this year.", "March 6", "Agreement reached"),
        ("The treaty, signed in Vienna on May 2, limits launchers to 700 a side.", "May 2", "Treaty signed in Vienna"),
        ("The ceasefire, agreed on Sunday, held for a second day.", "Sunday", "Ceasefire agreed"),
    ],
)
def test_a_date_in_a_participle_beside_a_noun_heads_that_nouns_happening(sentence, date, title):
    at = sentence.find(date)
    assert read(sentence, at, at + len(date)) == Reading("event", title)


@pytest.mark.parametrize(
    "sentence, date, title",
    [
        (
            "WASHINGTON, Aug 8 (Reuters) - Trump said on Friday he will meet Putin.",
            "Friday",
            "Trump said he will meet Putin",
        ),
        (
            "KYIV — Russian drones struck the city on Sunday, officials said.",
            "Sunday",
            "Russian drones struck the city",
        ),
        ("NATO leaders met in Brussels on Monday.", "Monday", "NATO leaders met in Brussels"),
    ],
)
def test_a_dateline_is_no_part_of_the_headline(sentence, date, title):
    at = sentence.find(date)
    assert read(sentence, at, at + len(date)) == Reading("event", title)


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        ("Officials recalled Russia's exit from the grain deal in July as a turning point.", "July",
         "Russia's exit from the grain deal"),
        ("Washington's withdrawal from the Paris agreement in 2017 angered its allies.", "2017",
         "Washington's withdrawal from the Paris agreement"),
        ("The strikes came a day after Hamas's attack on southern Israel on October 7.", "October 7",
         "Hamas's attack on southern Israel"),
    ],
)  # fmt: skip
def test_a_date_after_a_possessive_happening_noun_dates_that_happening(sentence, date, title):
    r = _read(sentence, date)
    assert (r.kind, r.title) == ("event", title)


def test_a_possessive_noun_phrase_that_is_no_happening_keeps_the_clause():
    s = "Moscow's team had met the mediators in Doha on Monday."
    assert _read(s, "Monday").title == "Moscow's team had met the mediators in Doha"


def test_a_relative_clause_of_an_apposition_names_the_person_not_the_role():
    s = "The team was led by Sergei Lavrov, a veteran diplomat who also led the delegation in Geneva in 2021."
    assert _read(s, "2021").title == "Sergei Lavrov led the delegation in Geneva"


def test_the_main_clause_after_a_relative_clause_has_its_subject_back():
    s = "The prisoner exchange, which both sides agreed in Riga, was carried out on March 3."
    assert _read(s, "March 3").title == "Prisoner exchange was carried out"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Analysts think a ceasefire is unlikely before the winter.", "the winter"),
        ("Economists expect little change, and a rate cut is unlikely before June.", "June"),
        ("Diplomats believe the treaty will be signed in the spring.", "the spring"),
        ("A deal seems possible by the end of March.", "the end of March"),
    ],
)
def test_opinions_and_likely_or_unlikely_happenings_are_no_events(sentence, date):
    assert _read(sentence, date).kind == "opinion"


def test_early_or_late_before_a_date_goes_with_it():
    s = "Israel struck air defences near Isfahan early on Friday."
    assert _read(s, "Friday").title == "Israel struck air defences near Isfahan"


def test_a_date_between_a_reporting_verb_and_that_leaves_that_a_complement():
    s = "Norway's foreign minister said on Saturday that the parties had identified a shared desire for a truce."
    title = "Norway's foreign minister said the parties had identified a shared desire for a truce"
    assert _read(s, "Saturday").title == title


def test_an_aside_between_a_reporting_verb_and_its_that_goes():
    s = "Macron said on Monday, after talks with the visiting Saudi crown prince, that Paris could host the talks."
    assert _read(s, "Monday").title == "Macron said Paris could host the talks"


def test_the_two_men_are_named_when_one_pair_is_named_before():
    s = "The two men last met in Geneva in June 2021."
    at = s.index("June 2021")
    ctx = Context((), lambda: ("Joe Biden",), lambda name: name.split()[-1], lambda: ("Joe Biden", "Vladimir Putin"))
    assert read(s, at, at + 9, ctx).title == "Biden and Putin last met in Geneva"


def test_a_speech_tag_with_an_apposition_goes_and_a_role_word_with_a_modifier_stays():
    s = "Both sides agreed to free 500 detainees each, the head of the Armenian team, Ara Petrosyan, said on Monday."
    assert _read(s, "Monday").title == "Both sides agreed to free 500 detainees each"
    s = "Moscow's foreign policy aide Yuri Ushakov confirmed the venue on Saturday."
    r = _read(s, "Saturday", (_name(s, "Yuri Ushakov", "Yuri Ushakov"),))
    assert r.title == "Moscow's foreign policy aide Yuri Ushakov confirmed the venue"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [  # a dated saying with no "that": the modal is in what was said, so the saying is the happening
        ("The foreign minister told reporters on Thursday the talks could resume in Vienna.", "Thursday",
         "Foreign minister told reporters the talks could resume in Vienna"),
        ("In an interview aired Sunday, the governor said she would not seek a second term.", "Sunday",
         "Governor said she would not seek a second term"),
        ("The union said in a statement on Friday the strike would go ahead.", "Friday",
         "Union said in a statement the strike would go ahead"),
    ],
)  # fmt: skip
def test_a_dated_saying_is_not_hedged_by_what_it_says(sentence, date, title):
    r = _read(sentence, date)
    assert (r.kind, r.title) == ("event", title)


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # A dateline with a state or a bracketed note goes whole.
        (
            "DENVER, Colorado, March 3 (Plainsfeed) - A hailstorm damaged hundreds of cars in Denver on Monday.",
            "Monday",
            "Hailstorm damaged hundreds of cars in Denver",
        ),
        (
            "(Repost of Plainsfeed) BOISE - Firefighters contained a grass fire near Boise on Sunday.",
            "Sunday",
            "Firefighters contained a grass fire near Boise",
        ),
        # A date set off by commas leaves no doubled comma and no comma between subject and verb.
        (
            "The council's last vote on the budget, on March 12, ended in a tie.",
            "March 12",
            "Council's last vote on the budget ended in a tie",
        ),
        # A speech tag after the happening ends the headline, whatever follows it.
        (
            "The port reopened to shipping on Friday, the harbour authority said in a statement, adding that "
            "inspections would continue.",
            "Friday",
            "Port reopened to shipping",
        ),
        (
            "Rebels seized the airport on Sunday, local officials told reporters, naming three commanders.",
            "Sunday",
            "Rebels seized the airport",
        ),
        # A coordinated saying is not the happening.
        (
            "The mayor withdrew the housing plan on Tuesday and said a new one was being drafted by the city.",
            "Tuesday",
            "Mayor withdrew the housing plan",
        ),
        # A leading adverbial phrase goes, the clause stays.
        (
            "Shortly after midnight on Saturday, the coast guard rescued four fishermen off Cork.",
            "Saturday",
            "Coast guard rescued four fishermen off Cork",
        ),
        (
            "Soon after the vote on Thursday, opposition deputies walked out of the chamber.",
            "Thursday",
            "Opposition deputies walked out of the chamber",
        ),
    ],
)
def test_headline_clause_rules(sentence, date, title):
    r = _read(sentence, date)
    assert (r.kind, r.title) == ("event", title)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [  # a modal in the saying itself, or a date inside what was said, still hedges
        ("The ceasefire could collapse on Friday, officials warned.", "Friday"),
        ("Aides said the president might travel to Cairo on Monday.", "Monday"),
    ],
)
def test_a_modal_of_the_saying_or_of_a_dated_complement_hedges(sentence, date):
    assert _read(sentence, date).kind == "hedge"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [  # declining to comment, an absence of a happening, the odds of one: sayings that report nothing
        ("The ministry declined to comment on Tuesday.", "Tuesday"),
        ("A spokesman said on Monday that no decision had been taken on the airport.", "Monday"),
        ("The league said on Friday no date has yet been set for the final.", "Friday"),
        ("Bankers said on Wednesday there was a 40% chance of a rate cut.", "Wednesday"),
        ("The coach said on Saturday there was a “good chance” of a comeback.", "Saturday"),
    ],
)
def test_sayings_that_report_no_happening_are_no_events(sentence, date):
    assert _read(sentence, date).kind == "opinion"


def test_a_dated_quotation_that_declines_to_comment_is_a_quotation():
    s = "“There is no point commenting before the vote,” the mayor, Ana Ruiz, said on Thursday."
    r = _read(s, "Thursday", (_name(s, "Ana Ruiz", "Ana Ruiz"),))
    assert r.kind == "quotation"
    s2 = "“We have signed the lease for the new stadium,” the mayor, Ana Ruiz, said on Thursday."
    assert _read(s2, "Thursday", (_name(s2, "Ana Ruiz", "Ana Ruiz"),)) == Reading(
        "event", "Ana Ruiz: We have signed the lease for the new stadium"
    )


def test_an_absence_in_a_side_clause_leaves_the_saying_an_event():
    s = "The club confirmed on Monday that the coach will leave, although no successor has been named."
    assert _read(s, "Monday").kind == "event"
    assert _read("The agency said on Friday it saw a chance to reopen the port.", "Friday").kind == "event"


def test_a_quotation_opening_a_sentence_with_a_dated_tag_is_the_saying_whatever_follows_the_tag():
    s = "“We will rebuild the bridge,” Okafor told reporters on Monday, adding that work would start soon."
    assert _read(s, "Monday", (_name(s, "Okafor", "Okafor"),)) == Reading("event", "Okafor: We will rebuild the bridge")
    s = "“The ceasefire must hold,” Okafor said on Monday during a visit to the port city of Mersin."
    assert _read(s, "Monday", (_name(s, "Okafor", "Okafor"),)).title == "Okafor: The ceasefire must hold"


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked on Monday whether she would run again, the senator said she had not decided.",
        "Asked by reporters on Monday if the plant would close, the minister said talks were continuing.",
    ],
)
def test_a_modal_in_an_indirect_question_does_not_hedge(sentence):
    assert _read(sentence, "Monday").kind == "event"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [  # the main clause resumes after a relative clause or a participle aside, at a reporting verb
        ("Okafor, who met the governors in Kano in March, said on Tuesday the strike was over.", "Tuesday",
         "Okafor said the strike was over"),
        ("The coach, speaking after training on Friday, said the squad was ready.", "Friday",
         "Coach said the squad was ready"),
    ],
)  # fmt: skip
def test_the_main_clause_resumes_after_an_aside_at_its_reporting_verb(sentence, date, title):
    assert _read(sentence, date) == Reading("event", title)


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        ("The mayor reiterated on Monday the bridge could reopen within weeks.", "Monday",
         "Mayor reiterated the bridge could reopen within weeks"),
        ("The rebels vowed on Sunday they would never disarm.", "Sunday", "Rebels vowed they would never disarm"),
    ],
)  # fmt: skip
def test_a_verb_of_saying_without_that_keeps_the_saying_an_event(sentence, date, title):
    assert _read(sentence, date) == Reading("event", title)


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("The coach declined to comment on Sunday on reports of a transfer.", "Sunday", "opinion"),
        ("The league said on Friday that no ruling on the disputed goal had been made.", "Friday", "opinion"),
        ("A spokesman said on Monday there was “nothing to announce” on the merger.", "Monday", "opinion"),
        ("The minister said on Tuesday it was too early to talk about a recovery.", "Tuesday", "opinion"),
        ("Police said on Sunday no one had been hurt in the blast at the depot.", "Sunday", "event"),
    ],
)
def test_more_sayings_that_report_no_happening(sentence, date, kind):
    assert _read(sentence, date).kind == kind


def test_a_role_set_off_after_a_name_goes():
    s = "Helmut Vogel, now deputy director of the state railway, announced on Monday that he would resign."
    r = _read(s, "Monday", (_name(s, "Helmut Vogel", "Helmut Vogel"),))
    assert r.title == "Helmut Vogel announced he would resign"
    s = "Anna Berg, the chief negotiator of the union, signed the deal on Monday in the capital."
    r = _read(s, "Monday", (_name(s, "Anna Berg", "Anna Berg"),))
    assert r.title == "Anna Berg signed the deal in the capital"


@pytest.mark.parametrize("title", ["Trump met the press, on", "Merz issued a statement saying"])
def test_no_headline_ends_on_a_word_that_needs_another(title):
    from generator.cuts import trim_end

    assert trim_end(title) == title.rsplit(" ", 1)[0].rstrip(",")


def test_a_headline_never_starts_inside_the_words_said():
    """A clause cut inside a quotation ("trade will follow,” the minister said"): the saying is the happening."""
    s = "“Our ports are open again, and trade will follow,” Minister Lena Ortiz said in a statement on Saturday."
    r = _read(s, "Saturday", (_name(s, "Lena Ortiz", "Lena Ortiz"),))
    assert (r.kind, r.title) == ("event", "Lena Ortiz: Our ports are open again")
    s = "“The bridge is safe, and it will reopen soon,” the engineers told the council on Friday."
    assert _read(s, "Friday").kind == "quotation"


def test_a_subject_with_an_including_list_keeps_its_head_and_verb():
    s = "Several unions, including the nurses, the teachers and the rail workers, called a strike on Monday over pay."
    r = _read(s, "Monday")
    assert (r.kind, r.title) == ("event", "Several unions called a strike over pay")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Shortly before his speech, the governor signed the flood relief bill",
            "Governor signed the flood relief bill",
        ),
        ("Hours after the vote, opposition leaders walked out", "Opposition leaders walked out"),
        ("Ahead of the summit, Japan and Korea agreed a hotline", "Japan and Korea agreed a hotline"),
        ("Before the storm, nothing", "Before the storm, nothing"),  # no clause after it: nothing to keep instead
    ],
)
def test_a_leading_adverbial_phrase_never_stays_in_a_headline(text, title):
    from generator.headlines import finish

    assert finish(text, Context(), text) == title


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [  # a short clause ending on its date is the happening, not a lead-in; a gerund with its verb is a subject
        ("Markets reopened on Tuesday, the exchange said in a statement.", "Tuesday", "Markets reopened"),
        ("Schools reopened in March, the ministry said.", "March", "Schools reopened"),
        ("Fighting continued in the region in March, officials said.", "March", "Fighting continued in the region"),
        ("Voting ended on Sunday, the election commission said.", "Sunday", "Voting ended"),
        ("Early on Tuesday, rebels seized the airport.", "Tuesday", "Rebels seized the airport"),
        ("Speaking on Monday, the mayor opened the bridge.", "Monday", "Mayor opened the bridge"),
    ],
)
def test_a_short_dated_clause_before_a_speech_tag_is_the_happening(sentence, date, title):
    r = _read(sentence, date)
    assert (r.kind, r.title) == ("event", title)


@pytest.mark.parametrize(
    ("sentence", "date", "people", "title"),
    [
        # a clause that only describes, and ", when …" after its date: the "when" clause is the happening
        (
            "Crimea was Ukrainian until 2014, when Russia annexed it after a referendum.",
            "2014",
            (),
            "Russia annexed Crimea after a referendum",
        ),
        (
            "The last meeting between the two foreign ministers was in Vienna in March 2019, when Lavrov met Pompeo.",
            "in March 2019",
            ("Lavrov", "Pompeo"),
            "Lavrov met Pompeo in Vienna",
        ),
        # a passive reports its own happening: the "when" clause stays out
        (
            "The treaty was signed in Vienna in May 1955, when the occupation ended.",
            "in May 1955",
            (),
            "Treaty was signed in Vienna",
        ),
    ],
)
def test_a_when_clause_after_a_described_date_is_the_happening(sentence, date, people, title):
    names = tuple(_name(sentence, p, p) for p in people)
    assert _read(sentence, date, names).title == title


def test_a_cut_that_leaves_a_subject_without_its_verb_drops_the_subjects_between_phrase():
    s = (
        "Two rounds of technical consultations between Armenian and Azerbaijani border commissions in Tbilisi on "
        "Monday have settled the demarcation of six villages."
    )
    assert (
        _read(s, "on Monday").title
        == "Two rounds of technical consultations in Tbilisi have settled the demarcation of six villages"
    )


def test_a_day_that_was_the_day_of_a_happening_dates_that_happening():
    s = "Friday was also the day the council's mandate ran out."
    assert read(s, 0, 6) == Reading("event", "Council's mandate ran out")
    assert read("Friday had been the deadline for the vote.", 0, 6).kind == "background"
    assert read("Monday is the day the new rules take effect.", 0, 6).kind == "background"


def test_a_plan_told_in_reported_speech_with_would_is_a_scheduled_happening_not_a_hedge():
    for s, title in (
        ("The minister said on Saturday that the envoy would visit Kyiv on Monday.", "Envoy would visit Kyiv"),
        (
            "Starmer said the coalition would meet by video call on Monday.",
            "Starmer said the coalition would meet by video call",
        ),
    ):
        at = s.index("Monday")
        assert read(s, at, at + 6) == Reading("event", title)
    for s in (
        "Analysts said the talks could resume on Monday.",  # a guess
        "He said he would like to meet on Monday.",  # a wish
        "The meeting would take place on Monday if Putin agreed.",  # a condition, no report
    ):
        at = s.index("Monday")
        assert read(s, at, at + 6).kind == "hedge"
