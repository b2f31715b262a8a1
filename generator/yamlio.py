"""Safe YAML in and deterministic YAML out, shared by articles and content pages.

Aliases are refused: contributors have no need for them, and a "billion laughs"
document built from them would exhaust memory before any check could run.
"""

from __future__ import annotations

from typing import Any

import yaml


class YamlProblem(ValueError):
    """A YAML document could not be read; ``line`` is 1-based within the document."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


# Dates stay strings: a page's date is "2025-08" or "2025-W33" as often as a day,
# and one type for all of them keeps validation and sorting simple.
_NoAliasLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# libyaml's parser when PyYAML has it, with the same resolvers. It composes aliases in C where they cannot be
# refused, so it only reads documents without '&' or '*' (no anchor, no alias); those, and any document it
# finds fault with, go through the pure-Python loader, which refuses aliases and words the error.
_FastLoader: type | None = None
if hasattr(yaml, "CSafeLoader"):

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        yaml_implicit_resolvers = _NoAliasLoader.yaml_implicit_resolvers


def load(text: str) -> Any:
    """Parse one YAML document safely; raise YamlProblem with the line of the error."""
    if _FastLoader is not None and "&" not in text and "*" not in text:
        try:
            return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a CSafeLoader subclass, no aliases
        except yaml.YAMLError:
            pass  # read again below, for the error's words and line
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        # The context mark is where the unfinished construct began (an unclosed "[" or quote):
        # the line a person must fix, where the problem mark is often the end of the document.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(f"invalid YAML: {reason}", line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}", None) from None


# libyaml's emitter when PyYAML was built with it: the same output, several times faster.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):
    def ignore_aliases(self, data):  # noqa: ARG002 - never write anchors either
        return True


def _str_presenter(dumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump(data: Any) -> str:
    """Serialise with the keys in the order given (the schema's order), UTF-8, no wrapping."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000)
