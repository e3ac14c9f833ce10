"""The five languages: install() loads our catalogue and Qt's, the locale follows (dates,
numbers, money), the choice is kept per laptop, and Settings switches without a restart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject

from tests.ui.test_settings_dialog import _drive_settings
from wellness_desk.ui import design, i18n

# A string of the Settings dialog, and what each catalogue makes of it.
GROUP = "Help line (printed on cards and signs)"
TRANSLATED = {
    "es": "Línea de ayuda (impresa en tarjetas y carteles)",
    "fr": "Ligne d’écoute (imprimée sur les cartes et les affiches)",
    "de": "Hilfetelefon (auf Karten und Schildern gedruckt)",
    "pt": "Linha de apoio (impressa nos cartões e cartazes)",
    "en": GROUP,
}


@pytest.fixture
def english_after(qapp):
    """Back to English and to the locale the other tests run in, after the test."""
    before = QLocale()
    yield qapp
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_install_loads_the_catalogue_and_the_locale_follows(english_after, lang):
    qm = i18n.TRANSLATIONS / f"wellness_desk_{lang}.qm"
    assert qm.is_file(), f"{qm.name} missing: `make qm` (run by make test) builds it"
    assert i18n.install(english_after, lang) == lang
    assert f"wellness_desk_{lang}.qm" in i18n.installed()
    if lang != "en":  # Qt's own words: PySide6 has Portuguese only as Brazil's
        assert any(name.startswith(f"qtbase_{lang}") for name in i18n.installed())
    assert QCoreApplication.translate("SettingsDialog", GROUP) == TRANSLATED[lang]
    assert QLocale.languageToCode(QLocale().language()) == lang
    assert i18n.language() == lang


def test_switching_removes_the_earlier_translators(english_after):
    i18n.install(english_after, "de")
    i18n.install(english_after, "fr")
    assert not any(name.endswith("_de.qm") for name in i18n.installed())
    assert QCoreApplication.translate("SettingsDialog", GROUP) == TRANSLATED["fr"]


def test_numbers_dates_and_money_follow_the_locale(english_after):
    i18n.install(english_after, "de")
    assert i18n.number_text(1234) == "1.234"
    assert i18n.money_text(123456, "EUR") == "1.234,56 EUR"
    assert i18n.money_text(-5, "EUR") == "-0,05 EUR"
    assert i18n.date_text(date(2026, 12, 1)) == "01.12.26"
    i18n.install(english_after, "fr")
    assert i18n.number_text(1234) == "1\u202f234"  # a narrow no-break space
    assert i18n.money_text(100, "EUR") == "1,00 EUR"
    i18n.install(english_after, "es")
    assert i18n.date_text(date(2026, 12, 1)).startswith("1/12/")


def test_none_is_the_systems_language_if_ours_else_english(english_after, monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.install(english_after, None) == "es"
    assert QLocale().name() == "es_MX"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.install(english_after, None) == "en"


def test_the_choice_is_kept_in_the_data_folder(tmp_path):
    assert i18n.stored_language(tmp_path) is None
    assert i18n.stored_appearance(tmp_path) == "system"
    i18n.store_language(tmp_path, "pt")
    design.set_appearance("dark", i18n.ui_state(tmp_path))
    assert i18n.stored_language(tmp_path) == "pt"
    assert i18n.stored_appearance(tmp_path) == "dark"
    assert "language=pt" in (tmp_path / i18n.UI_STATE).read_text()
    i18n.store_language(tmp_path, None)
    assert i18n.stored_language(tmp_path) is None


class _LanguageChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.seen += 1
        return False


def test_settings_switches_the_language_without_a_restart(qtbot, open_window, db_path,
                                                          english_after):
    window = open_window()
    changes = _LanguageChanges()
    window.installEventFilter(changes)

    def choose_spanish(dialog) -> None:
        assert dialog.language.itemText(0) == "System language"
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
        dialog.ok_button.click()

    _drive_settings(qtbot, window, choose_spanish)
    qtbot.waitUntil(lambda: changes.seen > 0)
    assert i18n.stored_language(db_path.parent) == "es"
    assert i18n.stored_appearance(db_path.parent) == "dark"
    assert i18n.language() == "es"
    seen: dict[str, str] = {}

    def read(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["group"] = dialog.findChildren(type(dialog.backups))[0].title()
        seen["language"] = dialog.language.currentText()

    _drive_settings(qtbot, window, read)
    assert seen == {"title": "Ajustes", "group": "Copias de seguridad",
                    "language": "Español"}
    # The window's own words: the main window sets them again once its reads are back.
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Archivo", timeout=5_000)
