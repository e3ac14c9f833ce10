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

import json
from collections.abc import Iterable
from typing import Any


class Message(str):
    """English text (the str itself) plus the template and values it was filled from."""

    template: str
    values: dict[str, str]
    unlabelled: bool
    sentence: bool  # shown with a capital and a full stop (as_sentence)

    def __new__(cls, template: str, values: dict[str, Any] | None = None,
                unlabelled: bool = False, sentence: bool = False) -> Message:
        kept = {name: _kept(value) for name, value in (values or {}).items()}
        english = template.format(**kept) if kept else _plain(template)
        english = drop_label(english) if unlabelled else english
        text = super().__new__(cls, made_sentence(english) if sentence else english)
        text.template = template
        text.values = kept
        text.unlabelled = unlabelled
        text.sentence = sentence
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # An error crosses to the drawing process and back pickled; a str subclass would
        # come back as its bare text without this (or fail on the keyword-only state).
        return Message, (self.template, self.values, self.unlabelled, self.sentence)

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


def as_sentence(message: str) -> str:
    """`message` on its own as a sentence: a capital and a full stop (a core message is
    written lower case, to follow a "label:" or another message)."""
    if isinstance(message, Message):
        return Message(message.template, message.values, message.unlabelled, sentence=True)
    return made_sentence(message)


def made_sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if not text or text.endswith((".", "!", "?")) else text + "."


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


def message_of(error: BaseException) -> str:
    """An error's message: the Message it was raised with, so it can still be translated
    where it is shown; else its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


def stored(message: str) -> str:
    """`message` as text to keep in the database and read back whole with `restored`: a
    Message keeps its template and values (the sync's last problem is shown days later, in
    whatever language the window has by then); a plain str is kept as it is."""
    if not isinstance(message, Message):
        return str(message)
    return json.dumps(_as_data(message), ensure_ascii=False, separators=(",", ":"))


def restored(text: str | None) -> str | None:
    """What `stored` kept: the Message again, or the plain text (words saved before
    messages were kept whole, or a part of it damaged) as it is."""
    if not text or not text.startswith('{"msg":'):
        return text
    try:
        return _from_data(json.loads(text))
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        return text


def _as_data(message: Message) -> dict[str, Any]:
    return {"msg": message.template, "unlabelled": message.unlabelled,
            "sentence": message.sentence,
            "values": {name: _as_data(value) if isinstance(value, Message) else value
                       for name, value in message.values.items()}}


def _from_data(data: dict[str, Any]) -> Message:
    values = {name: _from_data(value) if isinstance(value, dict) else str(value)
              for name, value in data["values"].items()}
    return Message(str(data["msg"]), values, unlabelled=bool(data.get("unlabelled")),
                   sentence=bool(data.get("sentence")))


def _kept(value: Any) -> str:
    return value if isinstance(value, Message) else str(value)


def _plain(template: str) -> str:
    # A template with no values still has {{ }} for a literal brace; format() undoes them.
    return template.format() if "{" in template or "}" in template else template
