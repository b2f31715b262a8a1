"""The plugin's own kinds of setting in mkdocs.yml, as MkDocs' ``config_options`` declares its own."""

from __future__ import annotations

import datetime as dt
import os

from mkdocs.config.base import BaseConfigOption, Config, ValidationError

from .picture import Marker


class Markers(BaseConfigOption[list[Marker]]):
    """Days marked across the timeline's picture: a list of ``{date: YYYY-MM-DD, label: ...}``.

    Every entry is checked before one report, a line per problem naming the configuration file, so a
    contributor fixes them all at once rather than one per build.
    """

    def __init__(self) -> None:
        super().__init__()
        self.default = []
        self.file = "mkdocs.yml"

    def pre_validation(self, config: Config, key_name: str) -> None:
        if config.config_file_path:
            relative = os.path.relpath(config.config_file_path)
            self.file = config.config_file_path if relative.startswith("..") else relative

    def run_validation(self, value: object) -> list[Marker]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValidationError(f"{self.file}: timeline markers: a list of {{date, label}} is needed")
        markers, problems = [], []
        for i, entry in enumerate(value):
            marker = _marker(entry)
            if isinstance(marker, Marker):
                markers.append(marker)
            else:
                problems.append(f"{self.file}: timeline markers[{i}]: {marker}")
        if problems:
            raise ValidationError("\n".join(problems))
        return markers


def _marker(entry: object) -> Marker | str:
    """The marker an entry declares, or what is wrong with it."""
    if not isinstance(entry, dict):
        return "a {date, label} mapping is needed"
    day, label = entry.get("date"), entry.get("label")
    if not isinstance(day, dt.date):
        try:
            day = dt.date.fromisoformat(str(day))
        except ValueError:
            return f"date {day!r} is not YYYY-MM-DD"
    if not isinstance(label, str) or not label.strip():
        return "a label is needed"
    return Marker(day, label)
