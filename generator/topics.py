"""The topic registry: subjects of dispute and the keywords that tag a sentence with them."""

from __future__ import annotations

import re

from .model import Topic


class Topics:
    """Tags text with the topics whose keywords it contains (whole words, any case)."""

    def __init__(self, topics: list[Topic]):
        self.topics = {t.id: t for t in sorted(topics, key=lambda t: t.id)}
        self._patterns = {
            t.id: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in t.keywords) + r")", re.IGNORECASE)
            for t in self.topics.values()
            if t.keywords
        }

    def tag(self, text: str) -> list[str]:
        """Ids of the topics ``text`` touches, sorted."""
        return sorted(tid for tid, rx in self._patterns.items() if rx.search(text))
