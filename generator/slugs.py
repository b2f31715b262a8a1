"""Stable ids: lowercase ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, max_words: int | None = None) -> str:
    """``"Steve Witkoff's visit"`` -> ``"steve-witkoffs-visit"``; accents are folded to ASCII."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"['’]", "", folded.lower())
    words = re.findall(r"[a-z0-9]+", folded)
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)
