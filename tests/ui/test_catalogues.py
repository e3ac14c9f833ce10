"""The five catalogues hold every text the code asks Qt to translate, translated.

The texts are read from the code itself (every `self.tr`, `translate`, `QT_TRANSLATE_NOOP`
and the core's `msg`), the way lupdate reads them, and looked up in each committed .ts: a
text added without its translations, a `%n` text without its plural forms, or a call
lupdate cannot read (the count given by keyword) fails here, naming the file and line.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wellness_desk"
CATALOGUES = PACKAGE / "ui" / "translations"
LANGS = ("en", "es", "fr", "de", "pt")

Key = tuple[str, str]


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _calls(path: Path) -> list[tuple[Key | None, int, str]]:
    """(key or None when lupdate cannot read it, line, why) of every translating call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[Key | None, int, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                f = child.func
                name = f.attr if isinstance(f, ast.Attribute) else (
                    f.id if isinstance(f, ast.Name) else "")
                owner = f.value if isinstance(f, ast.Attribute) else None
                if name == "tr" and isinstance(owner, ast.Name) and owner.id == "self":
                    text = _literal(child.args[0]) if child.args else None
                    found.append(((cls, text) if text is not None else None, child.lineno,
                                  "self.tr"))
                elif name == "translate" and (owner is None or (
                        isinstance(owner, ast.Name)
                        and owner.id in ("QCoreApplication", "QApplication"))):
                    ctx = _literal(child.args[0]) if child.args else None
                    text = _literal(child.args[1]) if len(child.args) > 1 else None
                    if any(k.arg == "n" for k in child.keywords):
                        found.append((None, child.lineno, "translate"))
                    elif ctx is not None and text is not None:
                        found.append(((ctx, text), child.lineno, "translate"))
                    # else a text in a variable: its words are marked with
                    # QT_TRANSLATE_NOOP where they are written, and checked there
                elif name == "QT_TRANSLATE_NOOP":
                    ctx = _literal(child.args[0]) if child.args else None
                    text = _literal(child.args[1]) if len(child.args) > 1 else None
                    found.append(((ctx, text) if ctx is not None and text is not None
                                  else None, child.lineno, name))
                elif name == "msg" and isinstance(f, ast.Name):
                    text = _literal(child.args[0]) if child.args else None
                    found.append((("", text) if text is not None else None, child.lineno,
                                  "msg"))
            visit(child, cls)

    visit(tree, "")
    return found


def _catalogue(lang: str) -> dict[Key, ET.Element]:
    root = ET.parse(CATALOGUES / f"wellness_desk_{lang}.ts").getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.findall("message")}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _finished(message: ET.Element, plural: bool) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = [f.text for f in t.findall("numerusform")]
    if plural:
        return message.get("numerus") == "yes" and len(forms) == 2 and all(forms)
    return bool(t.text)


def test_every_translating_call_is_one_lupdate_can_read() -> None:
    unreadable = [f"{p.relative_to(ROOT)}:{line}: {how}(...) with a text lupdate cannot read"
                  for p in _sources() for key, line, how in _calls(p) if key is None]
    assert unreadable == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_is_in_the_catalogue_translated(lang: str) -> None:
    catalogue = _catalogue(lang)
    missing = []
    for path in _sources():
        for key, line, _ in _calls(path):
            if key is None:
                continue
            plural = "%n" in key[1] or "%Ln" in key[1]
            if lang == "en" and not plural:
                continue  # English shows its source; only its plural forms are written
            message = catalogue.get(key)
            where = f"{path.relative_to(ROOT)}:{line} {key[1][:60]!r}"
            if message is None:
                missing.append(f"{where}: not in wellness_desk_{lang}.ts (run `make ts`)")
            elif not _finished(message, plural):
                missing.append(f"{where}: not translated in wellness_desk_{lang}.ts")
    assert missing == []


@pytest.mark.parametrize("lang", ("es", "fr", "de", "pt"))
def test_translations_are_not_the_english_left_in_place(lang: str) -> None:
    """A few texts are the same words in a language ("Status" in German, a placeholder
    pattern like "{start}–{end}"); more than one in ten means a catalogue was not done."""
    words = [(s, m.find("translation")) for (_, s), m in _catalogue(lang).items()
             if m.get("numerus") != "yes" and any(ch.isalpha() for ch in
                                                  s.replace("{", " {").split("{")[0])]
    same = [s for s, t in words if t is not None and t.text == s]
    assert len(same) <= len(words) // 10, same
