"""The tour sheet and the country card: printed from the directory, read back as people do."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from tests import pdf_pages
from wellness_desk import activations, cards, resource_labels, settings
from wellness_desk.errors import WellnessError
from wellness_desk.print.fonts import glyph_problems
from wellness_desk.resource_labels import label
from wellness_desk.resource_print import (
    ResourcePrintRefused,
    by_country,
    card_languages,
    hours_text,
    plan_country_card,
    plan_tour_sheet,
    save_country_card,
    save_tour_sheet,
)
from wellness_desk.resources.model import Area, Contact, Hours, Service

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
CHECKED = date(2026, 3, 1)
HUB = "https://backline.care/global-resources/"


def _service(sid: str, name: str, country: str, contacts: tuple[Contact, ...], *,
             kinds: tuple[str, ...] = ("crisis-line",), tz: str = "UTC",
             languages: tuple[str, ...] = ("en",), names: dict[str, str] | None = None,
             status: str = "active") -> Service:
    return Service(id=sid, organization_id=f"org-{sid}", name=name, status=status, tz=tz,
                   url=f"https://example.org/{sid}", kinds=kinds,
                   areas=(Area(country),), languages=languages, contacts=contacts,
                   names=names or {})


def _contact(cid: str, number: str, kind: str = "voice", *, checked: date | None = CHECKED,
             languages: tuple[str, ...] = (), always: bool = True,
             hours: tuple[Hours, ...] = (), description: str = "",
             descriptions: dict[str, str] | None = None) -> Contact:
    return Contact(id=cid, number=number, type=kind, languages=languages,
                   always_open=always, hours=hours, assured_date=checked,
                   source_url=f"https://example.org/source/{cid}", description=description,
                   descriptions=descriptions or {})


# Real, publicly listed national lines (as a directory would hold them).
US_988 = _service("us-988", "988 Suicide & Crisis Lifeline", "US", (
    _contact("us-988-call", "988", languages=("en", "es")),
    _contact("us-988-text", "988", "text", languages=("en", "es"))),
    tz="America/New_York", languages=("en", "es"),
    names={"es": "988 Línea de Prevención del Suicidio y Crisis"})
CA_988 = _service("ca-988", "9-8-8 Suicide Crisis Helpline", "CA", (
    _contact("ca-988-call", "988", languages=("en", "fr")),
    _contact("ca-988-text", "988", "text", languages=("en", "fr"))),
    tz="America/Toronto", languages=("en", "fr"),
    names={"fr": "9-8-8 Ligne d'aide en cas de crise de suicide"})
GB_SAMARITANS = _service("gb-sam", "Samaritans", "GB", (
    _contact("gb-sam-call", "116 123"),), tz="Europe/London")
GB_MMM = replace(_service("gb-mmm", "Music Minds Matter", "GB", (
    _contact("gb-mmm-call", "0808 802 8008"),), kinds=("music-industry",),
    tz="Europe/London", names={"es": "Music Minds Matter (industria musical)"}),
    description="Help Musicians' 24/7 mental-health support line for people in music.",
    descriptions={"es": "La línea de apoyo 24/7 de Help Musicians para gente de la música."})
MX_VIDA = _service("mx-vida", "Línea de la Vida", "MX", (
    _contact("mx-vida-call", "800 911 2000", languages=("es",)),), tz="America/Mexico_City",
    languages=("es",))
DIRECTORY = by_country([US_988, CA_988, GB_SAMARITANS, GB_MMM, MX_VIDA])


@pytest.fixture
def tour(db):
    tour = activations.create_activation(db, name="Northern Lights Tour 2026", kind="tour",
                                         start=date(2026, 7, 1), end=date(2026, 7, 20),
                                         tz="America/Chicago")
    for day, city, country, tz in [(2, "Chicago", "US", "America/Chicago"),
                                   (5, "Toronto", "CA", "America/Toronto"),
                                   (9, "Mexico City", "MX", "America/Mexico_City"),
                                   (14, "London", "GB", "Europe/London"),
                                   (18, "Tokyo", "JP", "Asia/Tokyo")]:
        activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, day),
                                  city=city, venue="", tz=tz, country=country)
    return tour


def _sheet(db, tour, tmp_path, directory=DIRECTORY, **kwargs):
    plan = plan_tour_sheet(tour, activations.list_locations(db, tour.id), directory,
                           now=NOW, hub_url=HUB, **kwargs)
    path = tmp_path / f"tour-{kwargs.get('language', 'en')}.pdf"
    pages = save_tour_sheet(pickle.loads(pickle.dumps(plan)), path)
    rendered = pdf_pages.pages(path)
    assert len(rendered) == pages
    return plan, rendered


def _all_text(pages) -> str:
    return " ".join(pdf_pages.text(p) for p in pages)


def test_the_tour_sheet_gives_each_stop_its_date_city_and_its_countrys_numbers(db, tour,
                                                                               tmp_path):
    settings.set_help_line(db, settings.HelpLine(name="Music Support 24/7",
                                                 number="0800 030 6789"))
    _, pages = _sheet(db, tour, tmp_path, help_line=settings.help_line(db))
    text = _all_text(pages)
    for day, city in [(2, "Chicago"), (5, "Toronto"), (9, "Mexico City"), (14, "London"),
                      (18, "Tokyo")]:
        assert f"{resource_labels.long_date(date(2026, 7, day), 'en')}" in text
        assert city in text
    order = [text.index(city) for city in ("Chicago", "Toronto", "Mexico City", "London")]
    assert order == sorted(order)
    # Each stop's block holds its own country's numbers, with their kind and check date.
    chicago = text[text.index("Chicago"):text.index("Toronto")]
    assert "988 Suicide & Crisis Lifeline" in chicago and "CALL" in chicago
    assert "CALL · TEXT" in chicago and "24/7" in chicago and "English, Español" in chicago
    assert "checked 2026-03-01" in chicago
    london = text[text.index("London, United Kingdom"):]
    assert "116 123" in london and "Samaritans" in london
    assert "0808 802 8008" in london and "OTHER SUPPORT" in london
    mexico = text[text.index("Mexico City"):text.index("London, United Kingdom")]
    assert "800 911 2000" in mexico and "116 123" not in mexico
    # The industry help line from Settings, on every page.
    for page in pages:
        assert "Music Support 24/7" in pdf_pages.text(page)
        assert "0800 030 6789" in pdf_pages.text(page)
        assert pdf_pages.qr_codes(page) == [f"{HUB}?src=tour-sheet"]


def test_a_stop_whose_country_has_no_entry_says_so_plainly(db, tour, tmp_path):
    _, pages = _sheet(db, tour, tmp_path)
    text = _all_text(pages)
    tokyo = text[text.index("Tokyo"):]
    assert ("No verified crisis line for Japan (JP) in this directory: call local emergency "
            "services.") in tokyo
    assert "CALL" not in tokyo.split("No verified")[1]


def test_the_language_changes_the_labels_and_the_services_names(db, tour, tmp_path):
    _, english = _sheet(db, tour, tmp_path, language="en")
    _, spanish = _sheet(db, tour, tmp_path, language="es")
    _, french = _sheet(db, tour, tmp_path, language="fr")
    en, es, fr = _all_text(english), _all_text(spanish), _all_text(french)
    assert "TOUR SHEET" in en and "HOJA DE GIRA" in es and "FEUILLE DE TOURNÉE" in fr
    assert "LÍNEAS DE CRISIS" in es and "LLAMAR" in es and "verificado el 2026-03-01" in es
    assert "jueves, 2 de julio de 2026" in es and "jeudi 2 juillet 2026" in fr
    assert "988 Línea de Prevención del Suicidio y Crisis" in es
    assert "La línea de apoyo 24/7 de Help Musicians para gente de la música." in es
    assert "Help Musicians' 24/7 mental-health support line for people in music." in en
    assert "9-8-8 Ligne d'aide en cas de crise de suicide" in fr
    assert "Ningun" not in es and "Este directorio no tiene ninguna línea de crisis " \
        "verificada para Japón (JP)" in es
    assert cards.load_texts("es").headline in es
    # The numbers are the same in every language.
    for number in ("988", "116 123", "800 911 2000"):
        assert number in en and number in es and number in fr


def test_a_stale_line_is_refused_unless_asked_for_and_then_marked(db, tour, tmp_path):
    old = date(2025, 5, 2)
    stale = replace(GB_SAMARITANS, contacts=(replace(GB_SAMARITANS.contacts[0],
                                                     assured_date=old),))
    directory = by_country([US_988, CA_988, stale, GB_MMM, MX_VIDA])
    with pytest.raises(ResourcePrintRefused) as refused:
        _sheet(db, tour, tmp_path, directory=directory)
    assert refused.value.field == "include_stale"
    assert refused.value.problems == [
        "GB · Samaritans · 116 123: last checked 2025-05-02, more than 12 months ago: "
        "re-check it, or print stale lines marked \"not re-checked since\""]
    _, pages = _sheet(db, tour, tmp_path, directory=directory, include_stale=True)
    text = _all_text(pages)
    assert "116 123" in text and "NOT RE-CHECKED SINCE 2025-05-02" in text
    # Eleven months is not stale.
    fresh = replace(stale, contacts=(replace(stale.contacts[0], assured_date=date(2025, 8, 1)),))
    _, pages = _sheet(db, tour, tmp_path, directory=by_country([fresh]))
    assert "checked 2025-08-01" in _all_text(pages)


def test_a_number_without_a_check_date_or_a_placeholder_never_prints(db, tour, tmp_path):
    unchecked = replace(US_988, contacts=(replace(US_988.contacts[0], assured_date=None),))
    unchecked = replace(unchecked, assured_date=None)
    fake = replace(GB_SAMARITANS, contacts=(replace(GB_SAMARITANS.contacts[0],
                                                    number="+44 20 7946 0123"),))
    with pytest.raises(ResourcePrintRefused) as refused:
        _sheet(db, tour, tmp_path, directory=by_country([unchecked, fake]),
               include_stale=True)
    assert refused.value.field is None
    assert len(refused.value.problems) == 2
    assert refused.value.problems[0].startswith("US · 988 Suicide & Crisis Lifeline · 988: no "
                                                "source and check date")
    assert "UK's numbers for drama" in refused.value.problems[1]


def test_closed_services_are_left_off(db, tour, tmp_path):
    closed = replace(MX_VIDA, status="temporarily closed")
    _, pages = _sheet(db, tour, tmp_path, directory=by_country([closed]))
    text = _all_text(pages)
    assert "800 911 2000" not in text
    assert "No verified crisis line for Mexico (MX)" in text


def test_hours_at_a_glance():
    weekdays = (*(Hours(d, "09:00", "17:00") for d in range(5)), Hours(5, "10:00", "14:00"))
    line = _contact("x", "116 123", always=False, hours=weekdays)
    assert hours_text(line, "en") == "Mon–Fri 09:00–17:00; Sat 10:00–14:00"
    assert hours_text(line, "de") == "Mo–Fr 09:00–17:00; Sa 10:00–14:00"
    assert hours_text(line, "en", tz="Europe/London", local_tz="Europe/Dublin") == (
        "Mon–Fri 09:00–17:00; Sat 10:00–14:00 (Europe/London time)")
    every_day = _contact("y", "1", always=False,
                         hours=tuple(Hours(d, "18:00", "02:00") for d in range(7)))
    assert hours_text(every_day, "fr") == "tous les jours 18:00–02:00"
    assert hours_text(_contact("z", "1", always=False), "pt") == "horário não informado"
    assert hours_text(_contact("z", "1"), "en") == "24/7"


def test_a_festival_or_a_tour_without_stops_gets_a_reason_by_its_field(db, tour):
    fest = activations.create_activation(db, name="Fest", kind="festival",
                                         start=date(2026, 7, 1), end=date(2026, 7, 3),
                                         tz="Europe/London")
    with pytest.raises(WellnessError) as refused:
        plan_tour_sheet(fest, [], DIRECTORY, now=NOW)
    assert refused.value.field == "activation"
    with pytest.raises(WellnessError) as refused:
        plan_tour_sheet(tour, activations.list_locations(db, tour.id), DIRECTORY, now=NOW,
                        language="it")
    assert refused.value.field == "language"


# -- the country card ---------------------------------------------------------------------------


def _card(tmp_path, country, services, **kwargs):
    plan = plan_country_card(country, services, now=NOW, hub_url=HUB, **kwargs)
    path = tmp_path / f"card-{country}.pdf"
    pages = save_country_card(pickle.loads(pickle.dumps(plan)), path)
    rendered = pdf_pages.pages(path)
    assert len(rendered) == pages
    return plan, rendered


def test_the_canadian_card_prints_in_english_on_the_front_and_french_on_the_back(tmp_path):
    plan, pages = _card(tmp_path, "CA", DIRECTORY["CA"])
    assert [f.language for f in plan.faces] == ["en", "fr"]
    assert len(pages) == 2  # one sheet of ten, both sides
    front, back = (pdf_pages.text(p) for p in pages)
    # One row for the number that takes calls and texts, on each of the ten cards.
    assert front.count("9-8-8 Suicide Crisis Helpline") == 10 and "CALL · TEXT" in front
    assert "Crisis lines · Canada (CA)" in front and "checked 2026-03-01" in front
    assert "Lignes de crise · Canada (CA)" in back and "vérifié le 2026-03-01" in back
    assert "APPELER" in back and "SMS" in back and "English, Français" in back
    for page in pages:
        assert pdf_pages.qr_codes(page) == [f"{HUB}?src=country-card-ca"] * 10


def test_a_card_of_a_country_answered_in_one_language_has_one_side(tmp_path):
    plan, pages = _card(tmp_path, "mx", DIRECTORY["MX"], copies=11)
    assert [f.language for f in plan.faces] == ["es"]
    assert plan.copies == 20 and len(pages) == 2
    assert "Líneas de crisis · México (MX)" in pdf_pages.text(pages[0])
    assert "800 911 2000" in pdf_pages.text(pages[1])


def test_the_card_carries_the_help_line_and_marks_a_stale_line(tmp_path):
    old = replace(CA_988, contacts=tuple(replace(c, assured_date=date(2024, 1, 5))
                                         for c in CA_988.contacts))
    with pytest.raises(ResourcePrintRefused) as refused:
        _card(tmp_path, "CA", [old])
    assert refused.value.field == "include_stale" and len(refused.value.problems) == 2
    _, pages = _card(tmp_path, "CA", [old], include_stale=True,
                     help_line=settings.HelpLine(name="", number="0800 030 6789"))
    front, back = (pdf_pages.text(p) for p in pages)
    assert "NOT RE-CHECKED SINCE 2024-01-05" in front
    assert "NON REVÉRIFIÉ DEPUIS LE 2024-01-05" in back
    assert "0800 030 6789" in front and cards.load_texts("fr").help_name in back


def test_a_country_without_a_line_has_no_card_and_bad_input_names_its_field(tmp_path):
    for country, copies, wrong in [("JP", 10, "country"), ("Canada", 10, "country"),
                                   ("CA", 0, "copies"), ("CA", 5000, "copies")]:
        with pytest.raises(WellnessError) as refused:
            plan_country_card(country, DIRECTORY.get(country, []), now=NOW, copies=copies)
        assert refused.value.field == wrong, country
    with pytest.raises(WellnessError, match="no verified crisis line for JP"):
        plan_country_card("JP", [], now=NOW)


def test_too_many_lines_for_a_wallet_card_are_refused():
    many = replace(US_988, contacts=tuple(
        _contact(f"c{i}", f"0800 000 {1000 + i * 37}", description="A line with a note")
        for i in range(9)))
    with pytest.raises(ResourcePrintRefused, match="do not fit a wallet card"):
        plan_country_card("US", [many], now=NOW)


def test_card_languages_are_those_the_lines_answer_in():
    plan = plan_country_card("US", DIRECTORY["US"], now=NOW)
    assert card_languages(plan.faces[0].lines) == ("en", "es")
    gb = plan_country_card("GB", DIRECTORY["GB"], now=NOW)
    assert [f.language for f in gb.faces] == ["en"]


def test_every_word_either_document_prints_is_in_the_shipped_fonts():
    assert glyph_problems(resource_labels.every_text()) == []
    assert set(resource_labels.LABELS) == set(cards.LANGUAGES)
    keys = set(resource_labels.LABELS["en"])
    for language, labels in resource_labels.LABELS.items():
        assert set(labels) == keys, language


# -- from the laptop's directory file ------------------------------------------------------------


def install_directory(data_dir, services) -> None:
    """Put `services` in the directory file of a data folder, as an import would."""
    from wellness_desk.resources.model import Directory, Organization
    from wellness_desk.resources.store import install, open_store, store_path

    organizations = tuple(Organization(id=s.organization_id, name=f"Org of {s.name}")
                          for s in services)
    with open_store(store_path(data_dir)) as store:
        install(store, Directory(organizations, tuple(services), published=NOW),
                source="test", now=NOW)


def test_the_tour_sheet_reads_its_lines_from_the_laptops_directory(db, db_path, tour,
                                                                  tmp_path):
    from wellness_desk.resource_print import plan_tour_sheet_from, read_inputs

    install_directory(db_path.parent, [US_988, CA_988, GB_SAMARITANS, GB_MMM, MX_VIDA])
    inputs = read_inputs(db, activation="northern lights tour 2026")
    plan = plan_tour_sheet_from(inputs, now=NOW, language="de")
    by_city = {b.city: b for b in plan.stops}
    assert [line.number for line in by_city["London"].lines] == ["116 123"]
    assert [line.number for line in by_city["London"].services] == ["0808 802 8008"]
    assert by_city["Tokyo"].lines == ()
    assert [line.kinds for line in by_city["Chicago"].lines] == [("voice", "text")]
    path = tmp_path / "tour.pdf"
    save_tour_sheet(plan, path)
    text = _all_text(pdf_pages.pages(path))
    assert "TOURBLATT" in text and "Samstag, 18. Juli 2026" in text
    with pytest.raises(WellnessError) as refused:
        read_inputs(db, activation="Summer Fest")
    assert refused.value.field == "activation" and "Northern Lights Tour 2026" in str(
        refused.value)


def test_the_country_card_reads_its_lines_from_the_laptops_directory(db, db_path, tour,
                                                                    tmp_path):
    from wellness_desk.resource_print import plan_country_card_from, read_inputs

    install_directory(db_path.parent, [US_988, CA_988, GB_SAMARITANS, GB_MMM, MX_VIDA])
    plan = plan_country_card_from(read_inputs(db), "gb", now=NOW, copies=3)
    assert plan.country == "GB" and plan.copies == 10
    # The music-industry line is a service, not a crisis line: not on the crisis card.
    assert [line.number for line in plan.faces[0].lines] == ["116 123"]


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture
def tour_data_dir(data_dir):
    """A data folder with the tour and the directory, as the commands find them."""
    from pathlib import Path

    from wellness_desk.db import connect
    from wellness_desk.paths import db_path

    database = connect(db_path(data_dir))
    try:
        tour = activations.create_activation(
            database, name="Northern Lights Tour 2026", kind="tour", start=date(2026, 7, 1),
            end=date(2026, 7, 20), tz="America/Chicago")
        for day, city, country, tz in [(2, "Chicago", "US", "America/Chicago"),
                                       (18, "Tokyo", "JP", "Asia/Tokyo")]:
            activations.add_tour_stop(database, activation_id=tour.id,
                                      stop_date=date(2026, 7, day), city=city, venue="",
                                      tz=tz, country=country)
    finally:
        database.close()
    install_directory(Path(data_dir), [US_988, CA_988, GB_SAMARITANS, MX_VIDA])
    return data_dir


def test_resources_tour_sheet_and_country_card_on_the_command_line(tour_data_dir, tmp_path,
                                                                   capsys, monkeypatch,
                                                                   decoy_data_dir):
    from wellness_desk import clock
    from wellness_desk.cli import main

    monkeypatch.setattr(clock, "utcnow", lambda: NOW)
    sheet = tmp_path / "out" / "sheet.pdf"
    resources = ["resources", "--data-dir", tour_data_dir]
    assert main([*resources, "tour-sheet", "--pdf", str(sheet), "--lang", "es",
                 "--activation", "NORTHERN LIGHTS TOUR 2026"]) == 0
    said = capsys.readouterr().out
    assert said.splitlines() == [
        f"{sheet}: tour sheet of Northern Lights Tour 2026, 2 stops on 1 page (es)",
        "  no verified crisis line in the directory for: Tokyo (the sheet says to call local "
        "emergency services)"]
    (page,) = pdf_pages.pages(sheet)
    assert "HOJA DE GIRA" in pdf_pages.text(page) and "988" in pdf_pages.text(page)
    assert pdf_pages.qr_codes(page) == [f"{settings.DEFAULT_HUB_URL}?src=tour-sheet"]

    card = tmp_path / "card.pdf"
    assert main([*resources, "country-card", "ca", "--pdf", str(card), "--copies", "20"]) == 0
    assert capsys.readouterr().out == (f"{card}: 20 country cards for CA (1 crisis line, in "
                                       "en and fr) on 4 pages\n")
    assert len(pdf_pages.pages(card)) == 4

    assert main([*resources, "country-card", "JP", "--pdf", str(tmp_path / "jp.pdf")]) == 2
    assert "no verified crisis line for JP" in capsys.readouterr().err
    assert not (tmp_path / "jp.pdf").exists()
    assert main([*resources, "tour-sheet", "--pdf", str(tmp_path / "x.pdf"),
                 "--activation", "Summer Fest"]) == 2
    assert "'Summer Fest' is not one of this laptop's" in capsys.readouterr().err
    assert not decoy_data_dir.exists()


def test_every_text_of_the_shipped_directory_is_in_the_printed_fonts():
    """Names, descriptions and their translations, as the tour sheet and card print them."""
    import csv

    from wellness_desk.paths import ASSETS

    folder = ASSETS / "resources"
    fields = []
    for table, columns in [("translation.csv", ("translation",)),
                           ("service.csv", ("name", "description")),
                           ("phone.csv", ("number", "description")),
                           ("organization.csv", ("name", "description"))]:
        with open(folder / table, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert rows, table
        fields += [(f"{table} line {n}, {column}", row[column])
                   for n, row in enumerate(rows, start=2) for column in columns]
    translated = {row[1] for row in fields if row[0].startswith("translation.csv")}
    assert len(translated) > 100
    assert glyph_problems(fields) == []


# -- with the directory shipped with the app ---------------------------------------------------

TOUR_STOPS = [("Chicago", "US", "America/Chicago"), ("Toronto", "CA", "America/Toronto"),
              ("Mexico City", "MX", "America/Mexico_City"), ("London", "GB", "Europe/London"),
              ("Dublin", "IE", "Europe/Dublin"), ("Paris", "FR", "Europe/Paris"),
              ("Berlin", "DE", "Europe/Berlin"), ("Madrid", "ES", "Europe/Madrid"),
              ("Lisbon", "PT", "Europe/Lisbon"), ("Amsterdam", "NL", "Europe/Amsterdam"),
              ("São Paulo", "BR", "America/Sao_Paulo"), ("Sydney", "AU", "Australia/Sydney"),
              ("Tokyo", "JP", "Asia/Tokyo"), ("Seoul", "KR", "Asia/Seoul")]


def _shipped(tmp_path):
    """The shipped package, read as the app reads it.

    res-sample's datapackage.json names its edition "created" where res-package's reader
    asks for "published"; until the two agree, a copy with both is read (the tables are
    the shipped ones, untouched)."""
    import json
    import shutil

    from wellness_desk.resources import package

    try:
        return package.read_package(package.SHIPPED)
    except package.DirectoryError as e:
        if [p.field for p in e.problems] != ["published"]:
            raise
    copy = tmp_path / "shipped"
    shutil.copytree(package.SHIPPED, copy)
    meta = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    meta["published"] = meta["created"]
    (copy / "datapackage.json").write_text(json.dumps(meta), encoding="utf-8")
    return package.read_package(copy)


@pytest.fixture
def world_tour(db, db_path, tmp_path):
    from wellness_desk.resources.store import install, open_store, store_path

    directory = _shipped(tmp_path)
    checked = max(c.assured_date for s in directory.services for c in s.contacts
                  if c.assured_date)
    with open_store(store_path(db_path.parent)) as store:
        install(store, directory, source="shipped with the app", now=NOW)
    # The tour starts the month after the directory's checks and the sheet is printed on
    # its first day: nothing is stale, whenever the directory was checked.
    start = checked + timedelta(days=30)
    tour = activations.create_activation(db, name="World Tour", kind="tour", start=start,
                                         end=start + timedelta(days=60), tz="UTC")
    for n, (city, country, tz) in enumerate(TOUR_STOPS):
        activations.add_tour_stop(db, activation_id=tour.id,
                                  stop_date=start + timedelta(days=2 * n), city=city,
                                  venue="", tz=tz, country=country)
    return tour, datetime.combine(start, datetime.min.time(), UTC)


@pytest.mark.parametrize("language", cards.LANGUAGES)
def test_the_tour_sheet_of_the_shipped_directory_prints_each_countrys_own_numbers(
        db, db_path, world_tour, tmp_path, language):
    from wellness_desk.resource_print import plan_tour_sheet_from, read_inputs
    from wellness_desk.resources.search import crisis_lines
    from wellness_desk.resources.store import open_store, store_path

    _, now = world_tour
    plan = plan_tour_sheet_from(read_inputs(db), now=now, language=language)
    path = tmp_path / f"world-{language}.pdf"
    save_tour_sheet(plan, path)
    pages = pdf_pages.pages(path)
    text = _all_text(pages)
    with open_store(store_path(db_path.parent)) as store:
        for block, (city, country, _) in zip(plan.stops, TOUR_STOPS, strict=True):
            assert (block.city, block.country) == (city, country)
            assert city in text
            numbers = {c.number for s in crisis_lines(store, country) for c in s.contacts}
            assert {line.number for line in block.lines} == numbers, country
            assert all(n in text for n in numbers)
            if country == "KR":
                assert numbers == set()  # not in the directory: said in words
    none = label(language, "none", country=resource_labels.country_name("KR", language))
    assert " ".join(none.split()) in text
    assert text.count(none[:25]) == 1  # every shipped country has a line
    for page in pages:
        assert pdf_pages.qr_codes(page) == [f"{settings.DEFAULT_HUB_URL}?src=tour-sheet"]


def test_every_shipped_country_has_a_country_card(db, world_tour, tmp_path):
    from wellness_desk.resource_print import plan_country_card_from, read_inputs

    _, now = world_tour
    inputs = read_inputs(db)
    for _, country, _ in TOUR_STOPS[:-1]:
        plan = plan_country_card_from(inputs, country, now=now)
        path = tmp_path / f"{country}.pdf"
        save_country_card(plan, path)
        pages = pdf_pages.pages(path)
        assert len(pages) == len(plan.faces)
        for face, page in zip(plan.faces, pages, strict=True):
            text = pdf_pages.text(page)
            assert face.title in text
            assert all(text.count(line.number) >= 10 for line in face.lines), country
            assert pdf_pages.qr_codes(page) == [
                f"{settings.DEFAULT_HUB_URL}?src=country-card-{country.lower()}"] * 10
    ca = plan_country_card_from(inputs, "CA", now=now)
    assert [f.language for f in ca.faces] == ["en", "fr"]


def test_a_youth_line_paired_with_a_crisis_line_prints_beside_it(db, tour, tmp_path):
    youth = _service("gb-childline", "Childline", "GB", (_contact("gb-cl", "0800 1111"),),
                     kinds=("counselling",), tz="Europe/London")
    adult = replace(GB_SAMARITANS, pair_group="gb-lines")
    youth = replace(youth, pair_group="gb-lines")
    others = [replace(_service(f"gb-s{i}", f"Service {i}", "GB",
                               (_contact(f"gb-c{i}", f"0800 {i}47 2{i}3{i}"),),
                               kinds=("counselling",)),
                      pair_group="two" if i in (3, 4) else "")
              for i in range(1, 5)]
    plan, _ = _sheet(db, tour, tmp_path, directory=by_country([adult, *others, youth]))
    london = next(b for b in plan.stops if b.city == "London")
    assert [line.service for line in london.lines] == ["Samaritans", "Childline"]
    # Three services, and the fourth because it is the third's pair.
    assert [line.service for line in london.services] == [
        "Service 1", "Service 2", "Service 3", "Service 4"]


def test_a_stop_that_goes_on_to_the_next_page_is_named_again_there(db, tour, tmp_path):
    many = replace(GB_SAMARITANS, contacts=tuple(
        _contact(f"gb-{i}", f"0800 {i}47 2{i}3{i % 10}", description=f"Branch {i}")
        for i in range(1, 16)))
    _, pages = _sheet(db, tour, tmp_path, directory=by_country([many]))
    texts = [pdf_pages.text(p) for p in pages]
    london = [n for n, t in enumerate(texts) if "London, United Kingdom" in t]
    assert len(london) >= 2
    for n in london[1:]:
        assert "Tuesday 14 July 2026 (continued) London, United Kingdom (GB) CRISIS LINES" in (
            texts[n])
    printed = " ".join(texts)
    assert all(f"Samaritans · Branch {i}" in printed for i in range(1, 16))


@pytest.mark.parametrize("language", cards.LANGUAGES)
def test_a_stop_without_a_country_says_so_on_letter_paper(db, tour, tmp_path, language):
    stop = activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 7, 20),
                                     city="Somewhere", venue="", tz="UTC")
    assert stop.country == ""
    plan, pages = _sheet(db, tour, tmp_path, language=language, paper="letter")
    assert tuple(round(v) for v in pages[0].get_size()) == (612, 792)
    assert next(b for b in plan.stops if b.city == "Somewhere").lines == ()
    text = " ".join(_all_text(pages).split())
    assert " ".join(label(language, "no_country").split()) in text


def test_a_card_says_the_zone_of_listed_hours_and_a_sheet_only_when_it_is_not_the_stops():
    weekdays = tuple(Hours(d, "09:00", "17:00") for d in range(5))
    line = _contact("x", "116 123", always=False, hours=weekdays)
    service = replace(GB_SAMARITANS, contacts=(line,))
    card = plan_country_card("GB", [service], now=NOW)
    assert card.faces[0].lines[0].hours == "Mon–Fri 09:00–17:00 (Europe/London time)"
    assert hours_text(line, "en", tz="Europe/London", local_tz="Europe/London") == (
        "Mon–Fri 09:00–17:00")


def test_a_character_no_shipped_font_has_is_refused_naming_where_it_is(db, tour, tmp_path):
    odd = replace(GB_SAMARITANS, names={"en": "Samaritans \u0d05"})
    with pytest.raises(ResourcePrintRefused) as refused:
        _sheet(db, tour, tmp_path, directory=by_country([odd]))
    (problem,) = refused.value.problems
    assert problem.startswith("stop London, line 1, service name: the character 'അ' (U+0D05)")
    with pytest.raises(ResourcePrintRefused, match="card side en, line 1, service name"):
        plan_country_card("GB", [odd], now=NOW)
