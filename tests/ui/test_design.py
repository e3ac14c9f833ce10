"""The design system: text contrast at WCAG 2.2 AA in both palettes, kit tiles readable in
every colour, the look switched without a restart, and no page styling itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wellness_desk.ui import design

UI = Path(design.__file__).resolve().parent
AA_TEXT = 4.5  # WCAG 2.2 success criterion 1.4.3, normal-size text


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), design.TEXT_PAIRS)
def test_every_text_pair_reads_at_aa(scheme, text, background):
    c = design.PALETTES[scheme]
    ratio = design.contrast(getattr(c, text), getattr(c, background))
    assert ratio >= AA_TEXT, f"{scheme}: {text} on {background} is {ratio:.2f}:1"


def test_contrast_is_the_wcag_formula():
    # The two ends of the scale and a known pair (WebAIM: #767676 on white is 4.54:1).
    assert design.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert design.contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert design.contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("colour", design.TILE_PALETTE)
def test_a_kit_tiles_text_reads_on_its_colour(colour):
    ratio = design.contrast(design.text_on(colour), colour)
    assert ratio >= AA_TEXT, f"text on the tile colour {colour} is {ratio:.2f}:1"


def test_every_pair_names_colours_of_the_palette():
    names = set(design.colour_names())
    assert {name for pair in design.TEXT_PAIRS for name in pair} <= names


def test_the_appearance_is_kept_and_applied(qapp, tmp_path):
    store = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
    try:
        assert design.start(qapp, store) == design.system_scheme()  # nothing kept: System
        assert design.appearance() == "system"
        assert design.set_appearance("dark") == "dark"
        assert qapp.palette().window().color().name().upper() == design.DARK.window
        assert design.colours() is design.DARK
        # The next start finds the choice in the laptop's ui-state.ini.
        again = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
        assert again.value(design.APPEARANCE_KEY) == "dark"
        assert design.start(qapp, again) == "dark"
        assert design.set_appearance("light") == "light"
        assert qapp.palette().window().color().name().upper() == design.LIGHT.window
        # Anything else (an old or hand-edited value) is System.
        assert design.set_appearance("sepia") == design.system_scheme()
        assert design.appearance() == "system"
    finally:
        design.start(qapp, None)
        design.apply(qapp, "light")
        qapp.setStyleSheet("")


def _ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "design.py")


# A colour written as #RGB, #RRGGBB or #AARRGGBB (not an object name's selector, QLabel#x).
HEX = re.compile(r"(?<![\w&])#(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\b")


def test_no_page_styles_itself():
    found = []
    for path in _ui_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "setStyleSheet(" in line or HEX.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert not found, "style sheets or colours outside design.py:\n" + "\n".join(found)


def test_the_style_check_finds_what_it_looks_for():
    assert HEX.search('label.setStyleSheet("color: #B3261E")')
    assert HEX.search("QColor('#fff')")
    assert not HEX.search("# a comment, item #3")
    assert not HEX.search("QListWidget#bad { }")
    assert QApplication.instance() is not None
