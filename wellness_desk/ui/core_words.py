"""The core's messages on screen: translated, in sentence case."""

from __future__ import annotations


def sentence(text: str) -> str:
    """A message as a sentence on screen (the core writes them lower case for the CLI)."""
    return text[:1].upper() + text[1:]


def error_text(error: BaseException) -> str:
    """What to show for a core error (a WellnessError): its message, translated, as a
    sentence. Every place that shows a core message on screen goes through here."""
    return sentence(str(error))
