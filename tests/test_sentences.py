from __future__ import annotations

from generator.sentences import sentence_at, sentence_index, split_sentences


def test_offsets_index_the_text_exactly(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        assert sentences
        for s in sentences:
            assert text[s.start : s.end] == s.text


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = "President Vladimir V. Putin met Mr. Trump in the U.S. capital. Then he left."
    assert [s.text for s in split_sentences(text)] == [
        "President Vladimir V. Putin met Mr. Trump in the U.S. capital.",
        "Then he left.",
    ]


def test_closing_quote_stays_with_its_sentence_and_lines_are_paragraphs():
    text = "“It is time,” he said. “Thanks to all.”\nNext paragraph"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["“It is time,” he said.", "“Thanks to all.”", "Next paragraph"]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert sentence_at(sentences, text.index("Thanks")).text == "“Thanks to all.”"
    assert sentence_at(sentences, len(text) + 5) is None


def test_sentence_index_is_the_position_of_the_sentence_at_an_offset(seeds_dir):
    text = (seeds_dir / "000_6859b91112f1818d.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text)
    for offset in range(-1, len(text) + 2):
        s = sentence_at(sentences, offset)
        assert sentence_index(sentences, offset) == (sentences.index(s) if s else -1)


def test_a_live_blogs_time_stamp_is_a_sentence_of_its_own():
    from generator.sentences import is_time_stamp

    text = (
        "**09:15 BST** — The minister has arrived at the summit venue.\n\n"
        "14:20: Talks resumed after lunch.\n\n"
        "10.30am | A second convoy crossed the border.\n\n"
        "3.5 million people voted. It was 10:30 when he spoke."
    )
    got = [(s.text, is_time_stamp(s)) for s in split_sentences(text)]
    assert got == [
        ("**09:15 BST** —", True),
        ("The minister has arrived at the summit venue.", False),
        ("14:20:", True),
        ("Talks resumed after lunch.", False),
        ("10.30am |", True),
        ("A second convoy crossed the border.", False),
        ("3.5 million people voted.", False),
        ("It was 10:30 when he spoke.", False),
    ]
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


def test_a_time_stamp_on_a_line_of_its_own_is_a_stamp():
    from generator.sentences import is_stamp_line, is_time_stamp

    text = (
        "**Updated 3:40 p.m. ET**\n\nThe leaders have moved to the dining room.\n\n"
        "15:40 BST\n\nAug 15, 3:40 PM\n\nLast updated: 09:05\n\n"
        "It was 10:30.\n\nThe vote closed at 10:30 and counting began."
    )
    got = [(s.text, is_time_stamp(s), is_stamp_line(s)) for s in split_sentences(text)]
    assert got == [
        ("**Updated 3:40 p.m. ET**", True, True),
        ("The leaders have moved to the dining room.", False, False),
        ("15:40 BST", True, True),
        ("Aug 15, 3:40 PM", True, True),
        ("Last updated: 09:05", True, True),
        ("It was 10:30.", False, False),
        ("The vote closed at 10:30 and counting began.", False, False),
    ]


def test_a_wire_dateline_is_a_sentence_of_its_own():
    """Where the story was filed is no part of the first sentence's subject ("WASHINGTON — Rubio said")."""
    text = (
        "WASHINGTON — Secretary of State Marco Rubio on Monday defended the plan.\n\n"
        "KYIV, Ukraine — The delegation said it would not attend.\n\n"
        "MOSCOW, Aug. 8 (Reuters) - The Kremlin said talks were set.\n\n"
        "ANCHORAGE, Alaska (AP) — Trump landed.\n\n"
        "NATO — the Western alliance — said on Monday it would meet.\n\n"
        "US — Russia talks resumed."
    )
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "WASHINGTON —",
        "Secretary of State Marco Rubio on Monday defended the plan.",
        "KYIV, Ukraine —",
        "The delegation said it would not attend.",
        "MOSCOW, Aug. 8 (Reuters) -",
        "The Kremlin said talks were set.",
        "ANCHORAGE, Alaska (AP) —",
        "Trump landed.",
        "NATO — the Western alliance — said on Monday it would meet.",
        "US — Russia talks resumed.",
    ]
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))
