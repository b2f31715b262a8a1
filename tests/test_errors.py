"""Problems name their file and line; an error carries every problem, sorted."""

from __future__ import annotations

from generator.errors import Problem, TimelineError


def test_a_problem_names_its_file_and_line_when_it_has_one():
    assert str(Problem("content/events/a.md", 4, "bad date")) == "content/events/a.md:4: bad date"
    assert str(Problem("seeds/a.txt", None, "the file is empty")) == "seeds/a.txt: the file is empty"


def test_an_error_reports_all_its_problems_in_file_and_line_order():
    error = TimelineError([Problem("b.md", 2, "two"), Problem("a.md", 9, "nine"), Problem("a.md", 3, "three")])
    assert [str(p) for p in error.problems] == ["a.md:3: three", "a.md:9: nine", "b.md:2: two"]
    assert str(error) == "a.md:3: three\na.md:9: nine\nb.md:2: two"
    assert TimelineError(Problem("c.md", None, "one")).problems == [Problem("c.md", None, "one")]
