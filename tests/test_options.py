"""The plugin's settings: markers are checked entry by entry, every problem reported at once."""

from __future__ import annotations

import datetime as dt

import pytest
from mkdocs.config.base import ValidationError

from generator.site.options import Markers
from generator.site.picture import Marker


def test_good_markers_become_marked_days():
    option = Markers()
    value = [{"date": dt.date(2025, 8, 15), "label": "Alaska summit"}, {"date": "2025-02-12", "label": "A call"}]
    assert option.run_validation(value) == [
        Marker(dt.date(2025, 8, 15), "Alaska summit"),
        Marker(dt.date(2025, 2, 12), "A call"),
    ]
    assert option.run_validation(None) == []


def test_every_bad_marker_is_a_line_of_one_report():
    option = Markers()
    value = [{"date": "15 August", "label": "Summit"}, {"date": "2025-08-16", "label": " "}, "2025-08-17", {}]
    with pytest.raises(ValidationError) as raised:
        option.run_validation(value)
    assert str(raised.value).splitlines() == [
        "mkdocs.yml: timeline markers[0]: date '15 August' is not YYYY-MM-DD",
        "mkdocs.yml: timeline markers[1]: a label is needed",
        "mkdocs.yml: timeline markers[2]: a {date, label} mapping is needed",
        "mkdocs.yml: timeline markers[3]: date None is not YYYY-MM-DD",
    ]


def test_markers_must_be_a_list():
    with pytest.raises(ValidationError, match=r"^mkdocs.yml: timeline markers: a list"):
        Markers().run_validation({"date": "2025-08-15", "label": "Summit"})
