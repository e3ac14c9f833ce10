"""The report PDF as a funder reads it: the totals in the text, the small therapy figures
never, every language, the fonts embedded, and the command line's plain sentences."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from tests.core.test_print_engine import _fonts
from tests.pdf_pages import pages, text
from wellness_desk import activations, kits, settings, therapy, vault
from wellness_desk.cli import main
from wellness_desk.db import connect
from wellness_desk.paths import ASSETS, db_path
from wellness_desk.report import build_report
from wellness_desk.report_pdf import report_pdf, save_report
from wellness_desk.therapy import DayPlan

NOW = datetime(2026, 7, 6, 9, 0, tzinfo=UTC)
TITLES = {"en": "Activation report", "es": "Informe de la activación",
          "fr": "Rapport d’activation", "de": "Bericht zur Aktivierung",
          "pt": "Relatório da ativação"}


def _all_text(path) -> str:
    return " ".join(text(p) for p in pages(path))


@pytest.fixture
def handed_out(db, festival):
    tent = festival["tent"]
    for kit, n, day in ((festival["earplugs"], 12, 3), (festival["water"], 7, 4),
                        (festival["earplugs"], 1234, 4)):
        kits.receive_stock(db, kit_type_id=kit.id, location_id=tent.id, count=n,
                           now=datetime(2026, 7, 2, 9, tzinfo=UTC))
        kits.hand_out(db, kit_type_id=kit.id, location_id=tent.id, count=min(n, 1000),
                      now=datetime(2026, 7, day, 14, tzinfo=UTC))
    return festival


def test_the_pdf_holds_the_totals_and_the_sentences(db, handed_out, tmp_path):
    settings.put(db, settings.ORG_NAME, "Backline Care")
    settings.put(db, settings.ORG_LOGO, str(ASSETS / "logos" / "wellness-desk.png"))
    out = tmp_path / "report.pdf"
    made = report_pdf(db, out, now=NOW)
    found = _all_text(out)
    first = text(pages(out)[0])
    assert "Test Fest" in first and "Backline Care" in first
    assert "3 July 2026 – 5 July 2026" in first
    assert "Kits handed out 1,019 of 1,293 stocked" in found
    assert made.chart("kits_per_day").sentence in found.replace("\u00a0", " ")
    assert "Fri 3 Jul 12 0" in found  # the table per day
    # Its headline figures are kept for the next report's changes.
    assert db.execute("SELECT count(*) FROM report_made").fetchone()[0] == 1


def test_the_small_therapy_figures_print_as_marks(db, tmp_path):
    tour = activations.create_activation(db, name="Quiet Tour", kind="tour",
                                         start=date(2026, 7, 1), end=date(2026, 7, 31),
                                         tz="Europe/London")
    key = vault.set_up(db, "4821")
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 10),
                                     city="Leeds", venue="Hall", tz="Europe/London")
    day = therapy.create_therapy_day(db, key, location_id=stop.id, provider_name="Dr. Winter",
                                     plan=DayPlan(time(10), time(18)),
                                     cost_per_session=Decimal("75"))
    therapy.set_budget(db, tour.id, amount="1000", currency="GBP")
    for i, s in enumerate(therapy.slots(db, day.id)[:3]):
        therapy.set_status(db, therapy.book(db, key, s.id, person=f"Crew {i}", now=NOW).id,
                           "attended")
    out = tmp_path / "tour.pdf"
    report_pdf(db, out, now=NOW, activation_id=tour.id)
    found = _all_text(out)
    assert "Therapy sessions held <5 of 8 offered" in found
    assert "Therapy budget spent – of 1,000.00 GBP budget" in found
    assert "225.00" not in found  # 3 × 75: it would tell how many came
    assert "<5 therapy sessions were held" in found
    assert "<5: fewer than 5, not shown so that no one can be singled out." in found
    assert not re.search(r"Week 28 8 \d", found)  # offered 8, then a mark, never a 3
    # The raw 3 is not in what was kept for the next report either.
    kept = db.execute("SELECT figures FROM report_made").fetchone()[0]
    assert '"therapy": null' in kept


@pytest.mark.parametrize("lang", list(TITLES))
def test_every_language_renders(db, handed_out, tmp_path, lang):
    out = tmp_path / f"{lang}.pdf"
    report_pdf(db, out, now=NOW, start=date(2026, 7, 4), end=date(2026, 7, 4), lang=lang)
    found = _all_text(out)
    assert TITLES[lang].upper() in text(pages(out)[0])
    day = {"en": "4 July 2026", "es": "4 de julio de 2026", "fr": "4 juillet 2026",
           "de": "4. Juli 2026", "pt": "4 de julho de 2026"}[lang]
    assert day in found
    assert {"en": "1,007", "es": "1.007", "fr": "1\u00a0007", "de": "1.007",
            "pt": "1.007"}[lang] in _all_text(out).replace(" ", "\u00a0")


def test_every_font_is_embedded_and_none_is_helvetica(db, handed_out, tmp_path):
    out = save_report(build_report(db, now=NOW), tmp_path / "r.pdf")
    named = _fonts(out)  # asserts each one embedded
    assert named and not [n for n in named if "Helvetica" in n]


def test_an_unprintable_logo_is_named(db, handed_out, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    settings.put(db, settings.ORG_LOGO, str(bad))
    with pytest.raises(Exception, match="logo"):
        save_report(build_report(db, now=NOW), tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def cli_data(data_dir):
    database = connect(db_path(data_dir))
    try:
        fest = activations.create_activation(database, name="CLI Fest", kind="festival",
                                             start=date(2026, 7, 3), end=date(2026, 7, 5),
                                             tz="Europe/London")
        tent = activations.add_location(database, activation_id=fest.id, name="Tent")
        kit = kits.add_kit_type(database, name="Earplugs")
        kits.hand_out(database, kit_type_id=kit.id, location_id=tent.id, count=42,
                      now=datetime(2026, 7, 4, 14, tzinfo=UTC))
    finally:
        database.close()
    return data_dir


def test_the_cli_writes_the_report(cli_data, tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    assert main(["report", "--data-dir", cli_data, "--pdf", str(out), "--from", "2026-07-04",
                 "--to", "2026-07-04", "--location", "tent", "--lang", "es"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"wrote {out}: the report of CLI Fest, 2026-07-04 to 2026-07-04")
    found = _all_text(out)
    assert "Kits entregados 42" in found and "Kits por hora" in found


@pytest.mark.parametrize(("args", "message"), [
    (["--location", "Stage"], "location 'Stage' is not in this activation (known: Tent)"),
    (["--from", "2026-07-32"], "--from: '2026-07-32' is not a date like 2026-07-03"),
    (["--from", "2026-07-05", "--to", "2026-07-04"],
     "dates: the end 2026-07-04 is before the start 2026-07-05"),
])
def test_the_cli_names_what_is_wrong(cli_data, tmp_path, capsys, args, message):
    out = tmp_path / "cli.pdf"
    assert main(["report", "--data-dir", cli_data, "--pdf", str(out), *args]) == 2
    assert capsys.readouterr().err == f"wellness-desk: error: {message}\n"
    assert not out.exists()


def test_the_cli_names_a_file_it_cannot_write(cli_data, tmp_path, capsys):
    (tmp_path / "a-file").write_text("")
    out = tmp_path / "a-file" / "report.pdf"
    assert main(["report", "--data-dir", cli_data, "--pdf", str(out)]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"wellness-desk: error: {out}: cannot write it (")
    assert said.count("\n") == 1
