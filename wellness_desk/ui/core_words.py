"""The core's messages on screen: translated, in sentence case.

The core writes its messages with `messages.msg("... {file} ...", file=...)` and never
imports Qt; here a Message's template is looked up with QCoreApplication.translate under
the empty context (where `pyside6-lupdate -tr-function-alias tr+=msg` puts them) and filled
with the same values. A value that is itself a Message (a problem in a list) is translated
in its turn.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import Message, drop_label, made_sentence


def sentence(text: str) -> str:
    """A message as a sentence on screen (the core writes them lower case for the CLI)."""
    return text[:1].upper() + text[1:]


def translated(message: str) -> str:
    """A core message in the interface's language; a plain str as it is.

    A translation that lost or misspelt a placeholder falls back to the English template
    (with the values still in their own language): never a crash over a message."""
    if not isinstance(message, Message):
        return str(message)
    values = {name: translated(value) for name, value in message.values.items()}
    template = QCoreApplication.translate("", message.template)
    try:
        text = template.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        text = message.template.format(**values)
    text = drop_label(text) if message.unlabelled else text
    return made_sentence(text) if message.sentence else text


def error_text(error: BaseException) -> str:
    """What to show for a core error (a WellnessError): its message, translated, as a
    sentence. Every place that shows a core message on screen goes through here."""
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, Message):
        return sentence(translated(message))
    return sentence(str(error))
