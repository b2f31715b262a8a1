"""Stable ids: lowercase ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

# Ids are file names: a 300-letter "word" in a title must not make one longer than the file system takes.
MAX_SLUG = 80


def slugify(text: str, max_words: int | None = None) -> str:
    """``"Steve Witkoff's visit"`` -> ``"steve-witkoffs-visit"``; accents are folded to ASCII.

    At most ``MAX_SLUG`` characters, cut at a hyphen unless that would leave less than half.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"['’]", "", folded.lower())
    words = re.findall(r"[a-z0-9]+", folded)
    if max_words is not None:
        words = words[:max_words]
    slug = "-".join(words)
    if len(slug) > MAX_SLUG:
        cut = slug[: MAX_SLUG + 1]
        head = cut.rsplit("-", 1)[0] if "-" in cut else ""  # one word longer than the limit: cut it
        slug = head if len(head) >= MAX_SLUG // 2 else cut[:MAX_SLUG].rstrip("-")
    return slug
