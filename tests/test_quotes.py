from __future__ import annotations

from generator.quotes import find_quotes


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
