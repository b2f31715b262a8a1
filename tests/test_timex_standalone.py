"""Dates that stand alone: holidays, a year on its own, a short year, a date in another language, each read
by its rule of generator/timex/standalone.py."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.timex import standalone, tag

DCT = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    "sentence, expression, value, rule",
    [
        ("El puerto cerró el 16 de agosto, 2025.", "16 de agosto, 2025", "2025-08-16", "foreign-date"),
        ("Le port a fermé le 3 mars 2023.", "3 mars 2023", "2023-03-03", "foreign-date"),
        ("The mine closed in 2019, the union said.", "2019", "2019", "year"),
        ("Revenue rose in fiscal 2023, the firm said.", "fiscal 2023", "2023", "year"),
        ("Prices have doubled since '08.", "'08", "2008", "short-year"),
        ("The shops closed on Christmas Eve 2023.", "Christmas Eve 2023", "2023-12-24", "holiday"),
        ("The firm reported its FY2024 results.", "FY2024", "2024", "fiscal-year"),
        ("The plan runs through FY27.", "FY27", "2027", "fiscal-year"),
        ("Its FY99 results were restated.", "FY99", "1999", "fiscal-year"),
        ("The dam was finished in '99.", "'99", "1999", "short-year"),
        ("Output fell in the 2022 fiscal year.", "the 2022 fiscal year", "2022", "fiscal-year"),
        ("The budget for financial year 2025 was approved.", "financial year 2025", "2025", "fiscal-year"),
    ],
)
def test_each_form_is_read_by_its_rule(sentence, expression, value, rule):
    found = {t.text: t for t in tag(sentence, DCT)}
    assert (found[expression].value, found[expression].rule) == (value, rule)
    assert rule in {r.name for r in standalone.RULES}


@pytest.mark.parametrize(
    "sentence",
    [
        "He drove his 1987 Chevrolet to the port.",
        "She restored a 1965 Mustang in her garage.",
        "The firm still runs Windows 2000 on its tills.",
    ],
)
def test_a_number_in_a_name_is_no_date(sentence):
    assert tag(sentence, DCT) == []
