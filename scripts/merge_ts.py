"""Merge the helpers' translations into the app's catalogues.

    python scripts/merge_ts.py            (every language)
    python scripts/merge_ts.py es fr      (some)
    python scripts/merge_ts.py --refresh  (`make ts`: the catalogues from the code)

Each part `wellness_desk/ui/translations/parts/<part>_<lang>.ts` holds the words of some
files, translated by someone working beside the others (none is kept once merged: a part
left behind would bring back a translation corrected since in the catalogue);
`wellness_desk/ui/translations/wellness_desk_<lang>.ts` is the one the
Makefile builds the app's `.qm` from. A message is matched by (context, source,
disambiguation): its translation (plural forms too) is copied from the part, and a message
the catalogue lacks yet is added (`make ts` drops any the code no longer has). A part's
unfinished message never replaces a finished one. Prints what it did per language.

`--refresh` makes each catalogue again from the code with pyside6-lupdate and keeps every
translation it had. It does not let lupdate update the catalogue in place: lupdate's Python
reader marks a `%n` text as plural only for `self.tr(text, "", n)`, not for
`QCoreApplication.translate(context, text, "", n)`, and rewriting the catalogue would fold
that message's plural forms into one. Here every `%n` text is made plural first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "wellness_desk" / "ui" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
LANGS = ("en", "es", "fr", "de", "pt")

Key = tuple[str, str, str]


def _key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                             "vanished"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def _messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found[_key(name, message)] = message
    return found


def merge(target: Path, parts: list[Path], *, add: bool = True) -> tuple[int, int]:
    """Copy the parts' translations into `target`; (updated, added). With `add` False a
    message `target` lacks is left out (a refresh: the code no longer has it)."""
    tree = ET.parse(target)
    root = tree.getroot()
    have = _messages(tree)
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    updated = added = 0
    for part in parts:
        for key, message in _messages(ET.parse(part)).items():
            if not _finished(message):
                continue
            mine = have.get(key)
            if mine is None and not add:
                continue
            if mine is None:
                context = contexts.get(key[0])
                if context is None:
                    context = ET.SubElement(root, "context")
                    ET.SubElement(context, "name").text = key[0]
                    contexts[key[0]] = context
                copy = ET.fromstring(ET.tostring(message))
                for location in copy.findall("location"):
                    copy.remove(location)  # the part's paths are not the catalogue's
                context.append(copy)
                have[key] = copy
                added += 1
                continue
            old = mine.find("translation")
            new = ET.fromstring(ET.tostring(message.find("translation")))  # type: ignore[arg-type]
            new.tail = old.tail if old is not None else None
            if old is not None:
                if ET.tostring(old) == ET.tostring(new):
                    continue
                mine.insert(list(mine).index(old), new)
                mine.remove(old)
            else:
                mine.append(new)
            if message.get("numerus") == "yes":
                mine.set("numerus", "yes")
            updated += 1
    ET.indent(tree, space="    ")
    with target.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="unicode"))
        f.write("\n")
    return updated, added


def _plural_everywhere(catalogue: Path) -> int:
    """Mark every `%n` text plural (lupdate misses those of translate()); how many."""
    tree = ET.parse(catalogue)
    marked = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes" or ("%n" not in source and "%Ln" not in source):
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", type="unfinished")
        translation.text = None
        ET.SubElement(translation, "numerusform")
        marked += 1
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    return marked


def refresh(lang: str) -> None:
    """The catalogue of `lang` made again from the code, keeping its translations."""
    target = FOLDER / f"wellness_desk_{lang}.ts"
    language = ET.parse(target).getroot().get("language") or lang
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "wellness_desk").rglob("*.py")
                     if "__pycache__" not in p.parts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / target.name
        subprocess.run([str(LUPDATE), "-silent", "-locations", "none", "-no-obsolete",
                        "-tr-function-alias", "tr+=msg", "-target-language", language,
                        *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
        _plural_everywhere(fresh)
        updated, _ = merge(fresh, [target], add=False)
        unfinished = sum(1 for m in _messages(ET.parse(fresh)).values() if not _finished(m))
        dropped = len(set(_messages(ET.parse(target))) - set(_messages(ET.parse(fresh))))
        shutil.copyfile(fresh, target)
    print(f"{target.name}: {updated} translations kept, {unfinished} to translate, "
          f"{dropped} no longer in the code")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--refresh"]:
        for lang in argv[1:] or LANGS:
            refresh(lang)
        return 0
    langs = argv or list(LANGS)
    for lang in langs:
        if lang not in LANGS:
            print(f"merge_ts: {lang!r} is not one of {', '.join(LANGS)}", file=sys.stderr)
            return 2
        target = FOLDER / f"wellness_desk_{lang}.ts"
        if not target.is_file():
            print(f"merge_ts: {target} is missing: run `make ts` first", file=sys.stderr)
            return 1
        parts = sorted((FOLDER / "parts").glob(f"*_{lang}.ts"))
        updated, added = merge(target, parts)
        print(f"{target.name}: {len(parts)} parts, {updated} translations updated, "
              f"{added} messages added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
