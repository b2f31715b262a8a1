"""Clause boundaries, lead-ins, quotations and modals."""

from __future__ import annotations

from generator.clauses import clause_at, clauses, has_modal, is_quotation, lead_end, quoted_share


def test_quoted_share_counts_letters_inside_quote_marks():
    assert quoted_share("“abcd” said ab") == 4 / 10
    assert quoted_share("no quotes here") == 0.0


def test_quotations():
    assert is_quotation("“It was a very good meeting and we made progress,” she said.")
    assert is_quotation("“I’m here to end it,” said the governor on Friday.")
    assert not is_quotation("The minister said on Friday that the “door is open” to talks with the unions.")


def test_clauses_open_at_relatives_complements_side_clauses_and_dashes():
    s = "The mayor said that the bridge, which opened in 1990, will close — the council agrees."
    kinds = [(c.opener, c.word) for c in clauses(s)]
    assert kinds == [("start", ""), ("that", "that"), ("rel", "which"), ("resume", "will"), ("aside", "—")]
    assert clauses(s)[clause_at(clauses(s), s.index("1990"))].opener == "rel"


def test_a_list_comma_is_no_boundary():
    assert len(clauses("Russia, China and India signed the accord on Monday.")) == 1


def test_lead_end_skips_prepositional_and_participial_lead_ins():
    s = "On Monday, speaking in Rome, the pope called for a truce."
    assert s[lead_end(s, 0, (3, 9)) :] == "the pope called for a truce."
    said = "On the eve of the vote the leader said that he was ready, while his rivals waited."
    assert lead_end(said, 0, (3, 10)) == 0  # a clause with its own verb of saying is no lead-in


def test_may_inside_a_sentence_is_the_month():
    assert has_modal("the deal may collapse")
    assert not has_modal("talks held from May to July ended")
    assert has_modal("May they succeed")


def test_non_happening_sayings():
    from generator.clauses import non_happening

    assert non_happening("that no agreement has been reached on the border")
    assert non_happening(" there was a 30 per cent chance of rain")
    assert non_happening("“It is premature to comment,”")
    assert not non_happening(" the talks were a chance to restore trust")
    assert not non_happening(" that the two sides had agreed to meet")


def test_reported_head_ends_after_the_saying_and_its_date():
    from generator.clauses import reported_head

    s = "The envoy told reporters on Monday the meeting could happen soon."
    assert s[: reported_head(s, 0, len(s), (s.index("Monday"), s.index("Monday") + 6))].endswith("on Monday")
    s = "Officials said the vote might be held on Sunday."
    assert reported_head(s, 0, len(s), (s.index("Sunday"), s.index("Sunday") + 6)) == len(s)


def test_quote_tag_is_the_speech_tag_after_an_opening_quotation():
    from generator.clauses import quote_tag

    s = "“We will see,” the coach told reporters on Monday, adding that the squad was tired."
    start, end = quote_tag(s)
    assert s[start:end] == "the coach told reporters on Monday"
    assert quote_tag("The coach said “we will see” on Monday.") is None
    assert quote_tag("“We will see,” and the coach left on Monday.") is None


def test_a_reporting_verb_resumes_the_main_clause_after_a_relative_or_participle_aside():
    s = "The envoy, who met the king in May, said on Monday the talks were over."
    assert [c.opener for c in clauses(s)] == ["start", "rel", "resume"]
    s = "The envoy, speaking in Rome on Monday, said the talks were over."
    assert [c.opener for c in clauses(s)] == ["start", "side", "resume"]
    s = "The delegation walked out of the talks on Monday, saying they were over, said aides."  # no aside
    assert [c.opener for c in clauses(s)][:2] == ["start", "side"] and "resume" not in [c.opener for c in clauses(s)]


def test_an_en_dash_with_no_space_joins_two_words_and_opens_no_aside():
    s = "The Putin–Erdogan talks ended in Sochi – after three hours – on Monday."
    first = clauses(s)[0]
    assert s[first.start : first.end].strip() == "The Putin–Erdogan talks ended in Sochi"
    assert [c.opener for c in clauses(s)] == ["start", "aside", "aside"]  # the spaced dashes open and close one
