"""The core's errors on screen in the interface's language, with their values in place."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from wellness_desk.activations import add_tour_stop, create_activation
from wellness_desk.csv_table import Problem
from wellness_desk.errors import WellnessError
from wellness_desk.messages import msg, restored, stored, unlabelled
from wellness_desk.schedule_io import CsvImportError
from wellness_desk.ui import core_words

CATALOGUES = Path(core_words.__file__).resolve().parent / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _qm(ts: Path, out: Path) -> Path:
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(out)], check=True,
                   capture_output=True)
    return out


@pytest.fixture
def spanish(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(_qm(CATALOGUES / "wellness_desk_es.ts", tmp_path / "es.qm")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_a_real_core_error_comes_back_in_spanish_with_its_values(spanish, db):
    tour = create_activation(db, name="Autumn Tour", kind="tour", start=date(2026, 10, 1),
                             end=date(2026, 10, 20), tz="Europe/London")
    with pytest.raises(WellnessError) as caught:
        add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 9, 1), city="Leeds",
                      venue="Arena", tz="Europe/London")
    assert core_words.error_text(caught.value) == (
        "Fecha de la parada: 2026-09-01 está fuera de Autumn Tour (2026-10-01 a 2026-10-20)")
    # The CLI still reads English.
    assert str(caught.value).startswith("stop date: 2026-09-01 is outside Autumn Tour")


def test_problems_in_a_list_are_translated_one_by_one(spanish):
    error = CsvImportError("program.csv", [
        Problem(3, "title", unlabelled(msg("title: longer than {max} characters", max=120),
                                       "title")),
        Problem(4, "start", msg("is empty"))])
    assert core_words.error_text(error) == (
        "Program.csv: no se importó nada, 2 problemas:\n"
        "program.csv línea 3, campo title: más de 120 caracteres\n"
        "program.csv línea 4, campo start: está vacío")


def test_a_refused_directory_package_comes_back_in_spanish_line_by_line(spanish):
    from wellness_desk.resources.package import DirectoryError
    from wellness_desk.resources.package import Problem as PackageProblem

    error = DirectoryError([
        PackageProblem("phone.csv", 3, "number", msg("is empty: it is required")),
        PackageProblem("service.csv", None, None, msg("is a folder, not a CSV file"))])
    assert core_words.error_text(error) == (
        "El paquete del directorio se rechazó, no se cambió nada: 2 problemas:\n"
        "phone.csv línea 3, campo number: está vacío: es obligatorio\n"
        "service.csv: es una carpeta, no un archivo CSV")


def test_a_label_passed_into_a_message_is_translated_with_it(spanish, db):
    from wellness_desk.kits import hand_out

    with pytest.raises(WellnessError) as caught:
        hand_out(db, kit_type_id=1, location_id=1, count=0)
    assert str(caught.value) == "hand-out count: 0 is not between 1 and 100000"
    assert core_words.error_text(caught.value) == (
        "Cantidad entregada: 0 no está entre 1 y 100000")


def test_without_a_translation_the_english_shows_as_a_sentence(qapp):
    error = WellnessError(msg("kit name: {name} already exists", name="'Earplugs'"))
    assert core_words.error_text(error) == "Kit name: 'Earplugs' already exists"
    assert core_words.error_text(WellnessError("plain text")) == "Plain text"


def test_a_broken_translation_falls_back_to_the_english(qapp, tmp_path):
    ts = tmp_path / "broken_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es"><context><name></name><message>'
        "<source>kit name: {name} already exists</source>"
        "<translation>nombre del kit: {nombre} ya existe</translation>"
        "</message></context></TS>\n", encoding="utf-8")
    translator = QTranslator()
    assert translator.load(str(_qm(ts, tmp_path / "broken_es.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        # The translation is found (so the fallback is what saves it) ...
        assert QCoreApplication.translate("", "kit name: {name} already exists") \
            == "nombre del kit: {nombre} ya existe"
        error = WellnessError(msg("kit name: {name} already exists", name="'Earplugs'"))
        # ... and the message still shows, in English, with its value.
        assert core_words.error_text(error) == "Kit name: 'Earplugs' already exists"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_sync_line_says_the_clock_and_the_directory_in_spanish(spanish):
    from datetime import timedelta

    from wellness_desk.clock_check import duration_text, skew_warning
    from wellness_desk.sync.answers import network_words
    from wellness_desk.sync.status import SyncStatus
    from wellness_desk.ui.sync_worker import status_line

    hub_clock = datetime(2026, 7, 4, 13, 0, tzinfo=UTC)
    clock = skew_warning(hub_clock, hub_clock + timedelta(hours=2, minutes=5))
    directory = msg("Directory: {problem}; the directory you had is kept",
                    problem=network_words(httpx.ConnectError("Connection refused")))
    state = SyncStatus(connected=True, hub_url="https://hub.example.org",
                       hub_activation="Summer Fest", activation_name="Summer Fest",
                       last_synced_utc=None, pending=3, last_error=None, stopped=False,
                       directory_problem=restored(stored(directory)),
                       clock_warning=restored(stored(clock)))
    assert status_line(state) == (
        "Enviando Summer Fest: 3 cambios pendientes · aún sin sincronizar · Directorio: hub "
        "inaccesible (conexión rechazada); se conserva el directorio que tenías · el reloj "
        "de este portátil va 2 h 5 min adelantado respecto al del hub: ponlo en hora (lo "
        "registrado se conserva y se cuenta tal cual)")
    assert core_words.translated(duration_text(timedelta(days=3))) == "3 días"
