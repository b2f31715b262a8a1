"""Safe YAML in and deterministic YAML out, shared by articles and content pages.

Aliases are refused: contributors have no need for them, and a "billion laughs"
document built from them would exhaust memory before any check could run.
Duplicate keys are refused rather than the last one silently winning, and so are
documents no page needs and Python cannot take: nesting past ``MAX_DEPTH``, numbers
of more than ``MAX_NUMBER_DIGITS`` digits, text that is not Unicode (lone surrogates).
"""

from __future__ import annotations

from typing import Any

import yaml


class YamlProblem(ValueError):
    """A YAML document could not be read; ``line`` is 1-based within the document."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


MAX_DEPTH = 32
_STR = "tag:yaml.org,2002:str"
MAX_NUMBER_DIGITS = 100


class _StrictConstructor:
    """Construction shared by both loaders: duplicate keys and over-long numbers are errors at their line."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        # Keys that are all strings (nearly every page's) are equal only when their texts are: no need to
        # construct each key twice to find out.
        texts = {key_node.value for key_node, _ in node.value if key_node.tag == _STR}
        if len(texts) != len(node.value):
            self._refuse_duplicates(node)
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]

    def _refuse_duplicates(self, node) -> None:  # type: ignore[no-untyped-def]
        seen: set = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)  # type: ignore[attr-defined]
            try:
                duplicate = key in seen
            except TypeError:
                continue  # an unhashable key: the base constructor words that error
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {str(key)[:60]!r}", key_node.start_mark
                )
            seen.add(key)

    def construct_yaml_int(self, node):  # type: ignore[no-untyped-def]
        return super().construct_yaml_int(_short_number(node))  # type: ignore[misc]

    def construct_yaml_float(self, node):  # type: ignore[no-untyped-def]
        return super().construct_yaml_float(_short_number(node))  # type: ignore[misc]


def _short_number(node: yaml.ScalarNode) -> yaml.ScalarNode:
    # Python refuses to convert more than 4,300 digits, and no page needs a hundred.
    if len(node.value) > MAX_NUMBER_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, f"a number of more than {MAX_NUMBER_DIGITS} digits", node.start_mark
        )
    return node


class _NoAliasLoader(_StrictConstructor, yaml.SafeLoader):
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

    class _FastLoader(_StrictConstructor, yaml.CSafeLoader):  # type: ignore[no-redef]
        yaml_implicit_resolvers = _NoAliasLoader.yaml_implicit_resolvers


# The SafeConstructor registers its methods by function, not name: point int and float at the checked ones.
for _loader in (_NoAliasLoader, _FastLoader):
    if _loader is not None:
        _loader.add_constructor("tag:yaml.org,2002:int", _StrictConstructor.construct_yaml_int)
        _loader.add_constructor("tag:yaml.org,2002:float", _StrictConstructor.construct_yaml_float)


def _check_tree(data: Any) -> None:
    """Refuse what loaded but nothing downstream should walk: deep nesting, strings with lone surrogates."""
    todo = [(data, 1)]
    while todo:
        value, depth = todo.pop()
        if depth > MAX_DEPTH:
            raise YamlProblem(f"invalid YAML: nested more than {MAX_DEPTH} levels deep", None)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise YamlProblem("invalid YAML: text with a lone surrogate (not Unicode)", None) from None
        elif isinstance(value, dict):
            todo.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            todo.extend((item, depth + 1) for item in value)


def load(text: str) -> Any:
    """Parse one YAML document safely; raise YamlProblem with the line of the error."""
    data = _load(text)
    _check_tree(data)
    return data


def _load(text: str) -> Any:
    if _FastLoader is not None and "&" not in text and "*" not in text:
        try:
            return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a CSafeLoader subclass, no aliases
        except (yaml.YAMLError, RecursionError):
            pass  # read again below, for the error's words and line
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise YamlProblem(f"invalid YAML: nested more than {MAX_DEPTH} levels deep", None) from None
    except yaml.MarkedYAMLError as exc:
        # The context mark is where the unfinished construct began (an unclosed "[" or quote):
        # the line a person must fix, where the problem mark is often the end of the document.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        raise YamlProblem(f"invalid YAML: {reason}", line) from None
    except yaml.reader.ReaderError as exc:  # a control character: one line naming it and its line, not libyaml's two
        line = text.count("\n", 0, exc.position) + 1
        raise YamlProblem(f"invalid YAML: character #x{exc.character:04x} is not allowed", line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {' '.join(str(exc).split())}", None) from None


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
