"""The core's messages for people: English text that remembers how it was made.

The core never imports Qt, yet its messages reach the screen in five languages. So a
message is written once, as a template with named placeholders:

    raise WellnessError(msg("activation dates: end {end} is before start {start}",
                            end=end, start=start), field="end")

`msg` returns a `Message`: a str whose value is the English text filled in (so the CLI, the
log and every `str(error)` read as before) and which keeps its `.template` and `.values`.
The window translates the template (ui/core_words.py) and fills in the same values.
`pyside6-lupdate -tr-function-alias tr+=msg` finds every `msg("...")` call, under the
empty context "". Name placeholders for the translator ({file}, {line}, {field}, {kit});
a value that is itself a Message (a problem inside a list) is translated in its turn.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Message(str):
    """English text (the str itself) plus the template and values it was filled from."""

    template: str
    values: dict[str, str]
    unlabelled: bool

    def __new__(cls, template: str, values: dict[str, Any] | None = None,
                unlabelled: bool = False) -> Message:
        kept = {name: _kept(value) for name, value in (values or {}).items()}
        english = template.format(**kept) if kept else _plain(template)
        text = super().__new__(cls, drop_label(english) if unlabelled else english)
        text.template = template
        text.values = kept
        text.unlabelled = unlabelled
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # An error crosses to the drawing process and back pickled; a str subclass would
        # come back as its bare text without this (or fail on the keyword-only state).
        return Message, (self.template, self.values, self.unlabelled)

    def __repr__(self) -> str:
        return f"msg({self.template!r}, {self.values!r})"


def msg(template: str, /, **values: Any) -> Message:
    """A message from its template and named values; a value not a Message is kept as its
    str (a date, a number, a path as the core writes them)."""
    return Message(template, values)


def joined(parts: Iterable[str], separator: str = "\n") -> Message:
    """Parts shown as one message (a head line and its problems), each translated on its
    own: the template is only placeholders and separators, so it has nothing to translate."""
    values = {f"part{i}": part for i, part in enumerate(parts)}
    template = separator.replace("{", "{{").replace("}", "}}").join(
        "{" + name + "}" for name in values)
    return Message(template, values)


def unlabelled(message: str, label: str) -> str:
    """The message without its leading "label: " (a list that names the field already).

    A Message keeps its whole template, so it is still found among the translations; the
    window drops the translated label the same way (up to the first colon)."""
    if not message.startswith(f"{label}: "):
        return message
    if isinstance(message, Message):
        return Message(message.template, message.values, unlabelled=True)
    return message.removeprefix(f"{label}: ")


def drop_label(text: str) -> str:
    """The text after its "label:" (French writes "titre : ..."); all of it if none."""
    _, colon, rest = text.partition(":")
    return rest.lstrip() if colon and rest.strip() else text


def _kept(value: Any) -> str:
    return value if isinstance(value, Message) else str(value)


def _plain(template: str) -> str:
    # A template with no values still has {{ }} for a literal brace; format() undoes them.
    return template.format() if "{" in template or "}" in template else template
