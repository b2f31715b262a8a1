"""Attribution frames around a quote: before it, after it, and on a line that announces it."""

from __future__ import annotations

from generator.frames import after_quote, before_quote, colon_line, detached, subject_of


def _named(text: str, frame) -> str | None:
    return frame.head.text if frame and frame.head else None


def test_the_frame_after_a_quote():
    text = '"We are ready," Transport Minister John Hale said on Monday.'
    close = text.index(',"') + 2
    assert _named(text, after_quote(text, close, len(text))) == "John Hale"
    dashed = '"We are ready" — Ana Ruiz, a local trader.'
    assert _named(dashed, after_quote(dashed, dashed.index("—") - 1, len(dashed))) == "Ana Ruiz"


def test_the_frame_before_a_quote_and_its_verb():
    text = 'Ana Ruiz, who runs a cafe, told reporters: "We have waited ten years."'
    frame, verb = before_quote(text, 0, text.index('"'))
    assert _named(text, frame) == "Ana Ruiz" and verb.group(0) == "told"
    inverted = 'Said Hale: "It is on time."'
    frame, _ = before_quote(inverted, 0, inverted.index('"'))
    assert _named(inverted, frame) == "Hale"
    assert before_quote('The bridge opened. "It is on time."', 19, 19) == (None, None)


def test_the_subject_of_a_reporting_verb_passes_appositions():
    text = "Ana Ruiz, an adviser to the mayor, said the bridge was late."
    assert _named(text, subject_of(text, 0, text.index("said"))) == "Ana Ruiz"


def test_a_line_ending_in_a_colon_announces_a_quote():
    text = "Hale continued:"
    assert _named(text, colon_line(text, 0, len(text))) == "Hale"
    assert colon_line("Hale continued.", 0, 15) is None


def test_a_participle_clause_after_a_quote_is_no_attribution():
    text = 'The agency says the law will "make care more affordable," pointing to a study by the CBO that says so.'
    close = text.index(',"') + 2
    assert after_quote(text, close, len(text)) is None
    text = '"Prices will rise," citing a report that says so, the bank warned.'
    assert after_quote(text, text.index(',"') + 2, len(text)) is None


def test_an_aside_between_the_subject_and_its_verb_is_passed():
    text = 'Memorial director Arseny Roginsky, quoted by the news website Vesti, said it was "a complete check".'
    frame = subject_of(text, 0, text.index(" said"))
    assert _named(text, frame) == "Arseny Roginsky"
    text = "Ann Ruiz, speaking to reporters in Madrid, said the talks would resume."
    assert _named(text, subject_of(text, 0, text.index(" said"))) == "Ann Ruiz"


def test_party_tags_and_title_adjectives_after_a_quote():
    tagged = '"This bill will cost jobs," Rep. Linda Burke (D-Mich.) said on Thursday.'
    close = tagged.index(',"') + 2
    assert _named(tagged, after_quote(tagged, close, len(tagged))) == "Linda Burke"
    outgoing = '"We achieved a lot," outgoing NATO Secretary General Jens Halvorsen said.'
    close = outgoing.index(',"') + 2
    assert _named(outgoing, after_quote(outgoing, close, len(outgoing))) == "Jens Halvorsen"
    clause = '"It is over," pointing to an analysis by the CBO that says so.'
    assert after_quote(clause, clause.index(',"') + 2, len(clause)) is None


def test_an_attribution_that_is_a_sentence_of_its_own():
    text = '"Nobody listened." Dana Wells said on Friday.'
    close = text.index('."') + 2
    assert _named(text, detached(text, close, len(text))) == "Dana Wells"
    paragraph = '"Nobody listened."\n\nsaid Bill Ross, a trader.'
    assert _named(paragraph, detached(paragraph, paragraph.index('."') + 2, len(paragraph))) == "Bill Ross"
    reported = '"Nobody listened." Dana Wells said the talks had failed.'
    assert detached(reported, reported.index('."') + 2, len(reported)) is None
    declined = '"Nobody listened."\n\nThe company declined to comment.'
    assert detached(declined, declined.index('."') + 2, len(declined)) is None


def test_an_of_phrase_after_a_name_is_its_description():
    text = "Jim Carter, of the Daily Star, remarked that the paper would close."
    assert _named(text, subject_of(text, 0, text.index("remarked"))) == "Jim Carter"
    text = "Ana Ruiz, from the teachers' union, said the schools were falling apart."
    assert _named(text, subject_of(text, 0, text.index("said"))) == "Ana Ruiz"


def test_a_verb_nested_in_an_earlier_verbs_clause_is_not_the_attribution():
    text = 'He observed that the government had stated to him that it had "no interest in running it."'
    frame, verb = before_quote(text, 0, text.index('"'))
    assert verb.group(0) == "observed" and frame.head.text == "He"
    text = 'Ana Ruiz said that the plan was dead, and Tom Hale warned that "the money is gone."'
    frame, verb = before_quote(text, 0, text.index('"'))
    assert verb.group(0) == "warned" and _named(text, frame) == "Tom Hale"


def test_an_outlet_reporting_names_the_speaker_or_is_one():
    text = 'The BBC reported that the minister, Karl Weiss, said "there will be no more delays."'
    assert before_quote(text, 0, text.index('"'))[1].group(0) == "said"
    text = 'The Times reported that someone familiar with the case said he had "ups and downs."'
    assert before_quote(text, 0, text.index('"'))[1].group(0) == "reported"


def test_a_possessive_and_a_colon_announce_the_owner_s_words():
    text = 'Dingell\'s reaction: "This is a bridge to nowhere."'
    frame, verb = before_quote(text, 0, text.index('"'))
    assert verb is None and _named(text, frame) == "Dingell"
    text = 'Barack Obama\'s message to the workers: "Your jobs are safe."'
    assert _named(text, before_quote(text, 0, text.index('"'))[0]) == "Barack Obama"


def test_a_subject_is_looked_for_near_its_verb_in_a_paragraph_with_no_full_stop():
    # A hostile article: 80 KB of "and said that x" in one sentence. Each verb's subject is read back
    # among the words near it, not from the sentence's start (was quadratic: two minutes for 160 KB).
    unit = "and said that x "
    text = "He said that x " + unit * 5000
    for i in range(0, 5000, 5):
        subject_of(text, 0, 15 + i * len(unit) + 4)
    assert subject_of("Ana Ruiz, the mayor, said that it rained.", 0, 21).head.text == "Ana Ruiz"
