"""Whom a headline names: a dated saying's speaker, an elliptic verb's person and place from the sentence before."""

from __future__ import annotations

import pytest

from generator.headlines import Context, Name
from generator.naming import _saying, dated_saying, elliptic, shorter_roles


def _ctx(before: tuple[str, ...], previous: str) -> Context:
    return Context((), lambda: before, lambda name: name.split()[-1], tuple, lambda: previous)


def test_an_elliptic_verb_gets_the_person_and_place_of_the_sentence_before():
    ctx = _ctx(("Antony Blinken",), "Secretary of State Antony Blinken travelled in June to Beijing.")
    assert elliptic("Janet Yellen followed", ctx) == "Janet Yellen followed Blinken to Beijing"
    assert elliptic("Macron did the same", _ctx(("Olaf Scholz",), "Scholz flew to Kyiv on Monday.")) == (
        "Macron followed Scholz to Kyiv"
    )


def test_a_headline_with_its_own_object_or_no_place_before_stays():
    ctx = _ctx(("Antony Blinken",), "Blinken travelled to Beijing in June.")
    assert elliptic("Yellen followed the talks closely", ctx) == "Yellen followed the talks closely"
    assert elliptic("Yellen followed", _ctx(("Antony Blinken",), "Blinken spoke for an hour.")) == "Yellen followed"


def test_a_quotation_dated_in_its_tag_is_the_speakers_saying():
    s = "“We are ready to sign the agreement tomorrow,” Sandu said on Tuesday."
    at = s.index("Tuesday")
    names = (Name(s.index("Sandu"), s.index("Sandu") + 5, "Sandu", True),)
    assert dated_saying(s, at, at + 7, Context(names)) == "Sandu: We are ready to sign the agreement tomorrow"
    inside = "“The vote on Tuesday was rigged,” Sandu said."
    at = inside.index("Tuesday")
    names = (Name(inside.index("Sandu"), inside.index("Sandu") + 5, "Sandu", True),)
    assert dated_saying(inside, at, at + 7, Context(names)) == ""


def test_the_person_followed_is_the_one_the_sentence_before_opens_with_when_no_registered_one_is_named_there():
    ctx = _ctx(("Vladimir Putin",), "Secretary of State Antony Blinken travelled to Beijing in June.")
    assert elliptic("Janet Yellen followed", ctx) == "Janet Yellen followed Blinken to Beijing"


def _said(s: str, date: str, *names: tuple[str, str, bool]) -> str:
    at = s.index(date)
    found = tuple(Name(s.index(w), s.index(w) + len(w), full, person) for w, full, person in names)
    return dated_saying(s, at, at + len(date), Context(found))


def test_the_speaker_is_the_one_of_the_tag_not_a_person_named_after_it():
    s = "“The border must stay open,” Okafor said in Lagos on Friday, standing beside Maria Costa."
    assert _said(s, "Friday", ("Maria Costa", "Maria Costa", True)) == "Okafor: The border must stay open"
    s = "“We expect a full recount,” the mayor, Lena Berg, said on Monday, after meeting Omar Haddad."
    named = (("Lena Berg", "Lena Berg", True), ("Omar Haddad", "Omar Haddad", True))
    assert _said(s, "Monday", *named) == "Lena Berg: We expect a full recount"


def test_a_tag_speaker_loses_role_words_and_an_institution_may_speak():
    s = "“The results are final,” Chilean President Gabriel Boric said on Sunday."
    assert _said(s, "Sunday", ("Chilean", "Chile", False)) == "Gabriel Boric: The results are final"
    s = "“The pipeline will reopen next month,” the energy ministry said in a statement on Tuesday."
    assert (
        _said(s, "Tuesday", ("energy ministry", "Energy ministry", False))
        == "Energy ministry: The pipeline will reopen next month"
    )
    s = "“The pipeline will reopen,” a senior official told reporters on Tuesday."
    assert _said(s, "Tuesday") == ""


def test_a_speaker_before_a_colon_quotation_the_registry_does_not_know():
    s = "Okafor told reporters in Abuja on Monday: “The port will reopen within days.”"
    assert _said(s, "Monday") == "Okafor: The port will reopen within days"


def test_a_country_and_a_title_before_a_name_go_after_a_verb():
    """ "met U.S. President Donald Trump" -> "met Donald Trump": "U.S." is no modifier of a lower-case role word."""
    from generator.headlines import Context, Name
    from generator.naming import names_without_roles

    s = "The envoy met U.S. President Dana Holt and foreign policy aide Yuri Ushakov in Rome on Monday."
    at, aide = s.index("President Dana Holt"), s.index("Yuri Ushakov")
    names = (Name(at, at + len("President Dana Holt"), "Dana Holt", True), Name(aide, aide + 12, "Yuri Ushakov", True))
    title = names_without_roles(s, Context(names), s)
    assert title.startswith("The envoy met Dana Holt and foreign policy aide Yuri Ushakov in Rome")


def test_a_given_name_is_no_short_form_where_it_stands_before_another_surname():
    """(events.short_form, the names headlines shorten to) "Dmitry" alone in "Dmitry Medvedev" is not Peskov."""
    from generator.events import short_form

    text = "Spokesman Dmitry Peskov spoke first. Then Dmitry Medvedev wrote. Xi Jinping came; Xi spoke."
    assert short_form(text, "Dmitry Peskov") == "Dmitry Peskov"
    assert short_form(text, "Xi Jinping") == "Xi"


def test_a_dated_saying_is_the_speakers_not_the_possessive_names():
    from generator.headlines import Context, Name
    from generator.naming import dated_saying

    s = "“The border is open to trade again,” Berg's deputy Ola Lind said in a statement on Sunday."
    names = tuple(Name(s.index(w), s.index(w) + len(w), w, True) for w in ("Berg", "Ola Lind"))
    at = s.index("Sunday")
    assert dated_saying(s, at, at + 6, Context(names)) == "Ola Lind: The border is open to trade again"


def test_a_name_is_never_replaced_inside_a_longer_spelling_of_it():
    """Transliterations differ by a letter ("Zelensky", "Zelenskyy's"): a name is replaced only where it is whole."""
    from generator.headlines import Context, Name
    from generator.naming import names_without_roles, shorter_names

    s = "President Oleksandr Ivanenko met Oleksandr Ivanenkov's envoy and Oleksandr Ivanenko's aides."
    at = s.index("Oleksandr Ivanenko")
    names = (Name(at, at + len("Oleksandr Ivanenko"), "Oleksandr Ivanenko", True),)
    ctx = Context(names, short_form=lambda name: name.split()[-1])
    assert shorter_names(s, ctx) == "President Ivanenko met Oleksandr Ivanenkov's envoy and Ivanenko's aides."
    s2 = "Envoys met Ivanenkov on Monday."
    named = (Name(s2.index("Ivanenkov"), s2.index("Ivanenkov") + 9, "Ivanenkov", True),)
    assert names_without_roles("Ivanenkovs met", Context(named), s2) == "Ivanenkovs met"


def test_a_saying_that_opens_with_a_side_clause_keeps_its_main_clause():
    s = "“Unless the shelling stops, there will be no second round,” Sybiha said on Friday."
    at = s.index("on Friday")
    ctx = Context((Name(s.index("Sybiha"), s.index("Sybiha") + 6, "Sybiha", True),), tuple, str, tuple)
    assert dated_saying(s, at, at + 9, ctx) == "Sybiha: Unless the shelling stops, there will be no second round"


def test_a_closing_unquoted_speech_tag_with_the_date_makes_the_saying_the_happening():
    from generator.headlines import read

    s = "The meeting could take place in Riyadh next month, but no date has been set, Peskov told reporters on Tuesday."
    at = s.index("Tuesday")
    assert read(s, at, at + 7).title == "Peskov: The meeting could take place in Riyadh next month"
    s = "The summit went well, the Kremlin said on Tuesday."
    at = s.index("Tuesday")
    assert read(s, at, at + 7).title == "Kremlin: The summit went well"
    # the date in the words said, not in the tag: the happening is what was said
    s = "Trump met Putin in Alaska on Friday, the Kremlin said."
    at = s.index("Friday")
    assert read(s, at, at + 6).title == "Trump met Putin in Alaska"
    # a tag naming nobody leaves the sentence as it was
    s = "Prices rose sharply in the north, officials said on Monday."
    at = s.index("Monday")
    assert read(s, at, at + 6).title == "Prices rose sharply in the north"


def test_a_closing_speech_tag_finds_its_verb_after_a_role():
    from generator.headlines import read

    s = "The summit will take place in Geneva, Kremlin spokesman Dmitry Peskov told reporters on Tuesday."
    at = s.index("Tuesday")
    assert read(s, at, at + 7).title == "Dmitry Peskov: The summit will take place in Geneva"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Iranian Foreign Minister Abbas Araghchi met the envoy", "Araghchi met the envoy"),
        ("Secretary of State Marco Rubio flew to Riyadh", "Rubio flew to Riyadh"),
        ("Kremlin spokesman Dmitry Peskov said no", "Peskov said no"),
        ("Omani Foreign Minister Albusaidi hosted them", "Albusaidi hosted them"),
        ("The Joint Base Elmendorf-Richardson hosts it", "The Joint Base Elmendorf-Richardson hosts it"),
        # a role of a place set off before the name goes, and a list's last comma before the verb with it
        (
            "The Prime Minister of Canada, Mark Carney, the President of Mexico, Sheinbaum, and the Chancellor of "
            "Austria, Stocker, signed a trade pact",
            "Mark Carney, Sheinbaum, and Stocker signed a trade pact",
        ),
        # a role's lower-case modifiers and the institution before them go with it, a verb before them stays
        ("Kremlin foreign policy adviser Yuri Ushakov told reporters", "Ushakov told reporters"),
        ("Elysee diplomatic adviser Emmanuel Bonne flew to Riyadh", "Bonne flew to Riyadh"),
        ("Lula praised national security adviser Celso Amorim", "Lula praised Amorim"),
        (  # a name that lost its comma with its own role is a list's first item
            "Mark Carney the President of Mexico, Sheinbaum, and the Chancellor of Austria, Stocker, signed a pact",
            "Mark Carney, Sheinbaum, and Stocker signed a pact",
        ),
        (  # a comma after a list's last name stays when no verb follows it
            "Merkel argued for cutting the tariffs of Japan, Korea and China, in effect, proposing a new round",
            "Merkel argued for cutting the tariffs of Japan, Korea and China, in effect, proposing a new round",
        ),
        (
            "The Bank of England, Threadneedle Street, raised rates",
            "The Bank of England, Threadneedle Street, raised rates",
        ),
    ],
)
def test_role_words_before_a_name_go_and_the_name_is_cut_to_its_last_word(text, short):
    assert shorter_roles(text) == short


@pytest.mark.parametrize(
    ("speaker", "sentence", "title"),
    [
        (  # the "and" of a pair is no clause boundary
            "Sergei Lavrov",
            "“We are ready to hold a meeting at the highest level between Putin and Zelensky as soon as the "
            "documents are agreed,” Lavrov said.",
            "Sergei Lavrov: We are ready to hold a meeting at the highest level between Putin and Zelensky",
        ),
        (
            "Scott Bessent",
            "“Washington and Beijing will sign a framework on trade between the two economies and on export "
            "controls next month,” Bessent said.",
            "Scott Bessent: Washington and Beijing will sign a framework on trade between the two economies",
        ),
        (  # a second verb joined by "and" goes, the first clause stays whole
            "Dmitry Peskov",
            "“The ministers met for six hours in Geneva and agreed on nothing of substance at all,” Peskov said.",
            "Dmitry Peskov: The ministers met for six hours in Geneva",
        ),
    ],
)
def test_a_saying_keeps_a_whole_clause_of_the_words(speaker, sentence, title):
    assert _saying(speaker, sentence) == title
