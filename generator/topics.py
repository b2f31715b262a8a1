"""The topic registry: subjects of dispute and the keywords that tag a sentence with them."""

from __future__ import annotations

import re

from .model import Topic


def _keyword(keyword: str) -> str:
    """A keyword as a pattern: acronyms as written, other words and phrases in any case."""
    escaped = re.escape(keyword)
    return escaped if keyword.isupper() and len(keyword) > 1 else f"(?i:{escaped})"


class Topics:
    """Tags text with the topics whose keywords it contains (whole words and phrases, any case).

    A keyword matches only between word boundaries, with a plural ending at most ("sanction" tags
    "sanctions"): the treaty "START" does not match "started". A keyword in capitals (an acronym:
    "START", "NATO") matches only in capitals, so "the start of the talks" is not the treaty.
    """

    def __init__(self, topics: list[Topic]):
        self.topics = {t.id: t for t in sorted(topics, key=lambda t: t.id)}
        self._patterns = {
            t.id: re.compile(r"(?<!\w)(?:" + "|".join(_keyword(k) for k in t.keywords) + r")(?:s|es)?(?!\w)")
            for t in self.topics.values()
            if t.keywords
        }

    def tag(self, text: str) -> list[str]:
        """Ids of the topics ``text`` touches, sorted."""
        return sorted(tid for tid, rx in self._patterns.items() if rx.search(text))
