"""Finding quoted stretches: any kind of quote marks, quotes over paragraphs, interview answers, and
unbalanced marks that never swallow the article."""

from __future__ import annotations

from generator.quotes import find_quotes, trim, words


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_curly_and_guillemet_quotes():
    text = 'He said "we are ready," and she said “not yet”. The aide added: «Soon».'
    assert _quoted(text) == ["we are ready,", "not yet", "Soon"]


def test_double_apostrophes_are_one_mark():
    text = "''I'm sure it will work,'' he said."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "I'm sure it will work,"
    assert text[q.close - 2 : q.close] == "''"


def test_a_quote_goes_on_into_the_next_paragraph_when_that_one_opens_with_a_mark():
    text = 'She said: "The first part of it,\n"and the second part," she said.'
    assert _quoted(text) == ["The first part of it,", "and the second part,"]
    assert _quoted('He said "an opening never closed\nThe next paragraph is text.') == []


def test_a_paragraph_opened_by_a_mark_it_never_closes_is_quoted_to_its_end_and_no_further():
    text = 'Obama said:\n"Today is a new beginning.\n"We did not want to run a company.\nShares fell.'
    assert _quoted(text) == ["Today is a new beginning.", "We did not want to run a company."]
    assert _quoted('"An opening never closed\nThe next paragraph is text.') == ["An opening never closed"]
    assert _quoted('"Too short\nThe next paragraph is text.') == []


def test_a_dash_led_paragraph_of_eight_words_or_more_is_an_interview_answer():
    text = "- This is where it will become clear who wants peace and who does not."
    (q,) = find_quotes(text)
    assert q.answer and text[q.start : q.end].startswith("This is where")
    assert find_quotes("- Too short to count.") == []


def test_trim_and_words():
    text = '  "we will see, ",'
    assert trim(text, 3, 16) == (3, 14)
    assert words("We're ready for talks, he said") == 6


def labels(text: str) -> list[str]:
    return [text[q.label[0] : q.label[1]] for q in find_quotes(text) if q.label]


def test_transcript_turns_need_two_speakers():
    text = "PENCE: We will stand with our allies.\nHARRIS: That is not what happened.\nPENCE: It is exactly so."
    assert labels(text) == ["PENCE", "HARRIS", "PENCE"]
    (first, *_) = find_quotes(text)
    assert text[first.start : first.end] == "We will stand with our allies."


def test_a_dateline_or_a_note_is_no_turn():
    assert labels("MOSCOW: The Kremlin said on Monday that talks would resume.\nOther news followed.") == []
    assert labels("Update: The company has since withdrawn the claim.\nCorrection: The date was wrong here.") == []


def test_mixed_case_labels_need_two_turns_each_and_a_quoted_paragraph_is_no_turn():
    text = "Smith: We had no choice at all.\nJones: You always had a choice.\nSmith: Not this time, no."
    assert labels(text) == []
    text += "\nJones: I do not believe that for a second."
    assert labels(text) == ["Smith", "Jones", "Smith", "Jones"]
    assert labels('PENCE: He said "no" twice.\nHARRIS: I heard it too, yes.') == []
