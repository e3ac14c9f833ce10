"""The checks the print engine makes for every PDF: text in fonts that have its characters,
every font embedded, crop marks where a desktop printer prints."""

from __future__ import annotations

import ctypes
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from tests import pdf_pages
from wellness_desk import activations, card_batch, card_render, cards, therapy, vault
from wellness_desk.errors import WellnessError
from wellness_desk.print import fonts
from wellness_desk.print.page import PAPERS, PRINTABLE_MARGIN_MM
from wellness_desk.program_print import program_pdf
from wellness_desk.schedule_io import import_csv
from wellness_desk.therapy_io import day_sheet_pdf, signup_sheet_pdf

NOW = datetime(2026, 9, 13, 18, 0, tzinfo=UTC)
MM = 72 / 25.4
CJK_NAME = "名前 テスト"
HEADER = "date,start,end,space,title,kind,facilitators,capacity,description"


@pytest.fixture
def key(db):
    return vault.set_up(db, "4821")


@pytest.fixture
def stop(db):
    tour = activations.create_activation(db, name="Night Owls Asia Tour", kind="tour",
                                         start=date(2026, 9, 1), end=date(2026, 9, 30),
                                         tz="Asia/Tokyo")
    return activations.add_tour_stop(db, activation_id=tour.id, stop_date=date(2026, 9, 14),
                                     city="Tokyo", venue="Zepp Haneda", tz="Asia/Tokyo",
                                     country="JP")


def _therapy_day(db, key, stop, **booking):
    """10:00–12:00, two slots: the first booked with `booking`, the second free."""
    therapy_day = therapy.create_therapy_day(db, key, location_id=stop.id,
                                             provider_name="Dr Aiko Mori",
                                             plan=therapy.DayPlan(time(10), time(12)))
    first = therapy.slots(db, therapy_day.id)[0]
    therapy.book(db, key, first.id, **booking)
    return therapy_day


# -- text the embedded fonts lack ---------------------------------------------------------------

DPI = 200


def _grey(pdf: bytes | Path, index: int = 0) -> tuple[np.ndarray, pdfium.PdfPage]:
    page = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))[index]
    image = page.render(scale=DPI / 72).to_pil().convert("L")
    return np.asarray(image, dtype=float) / 255, page


def _ink_crop(grey: np.ndarray) -> np.ndarray:
    """The smallest box around every inked pixel."""
    rows, cols = np.nonzero(grey < 0.6)
    return grey[rows.min():rows.max() + 1, cols.min():cols.max() + 1]


def _line_image(text: str, font_file: str, size: float) -> np.ndarray:
    """`text` drawn alone with one font file, outside our engine, as the reference."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    name = f"Reference-{font_file}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(fonts.FONT_DIR / font_file)))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(400, 60))
    c.setFont(name, size)
    c.drawString(20, 20, text)
    c.save()
    return _ink_crop(_grey(out.getvalue())[0])


def _difference(a: np.ndarray, b: np.ndarray) -> float:
    """Mean difference of two inked boxes laid top-left on top-left (1: all different)."""
    h, w = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    pa, pb = np.ones((h, w)), np.ones((h, w))
    pa[:a.shape[0], :a.shape[1]] = a
    pb[:b.shape[0], :b.shape[1]] = b
    inked = (pa < 0.6) | (pb < 0.6)
    return float(np.abs(pa - pb)[inked].mean())


def _text_objects(page: pdfium.PdfPage) -> list[tuple[float, tuple[float, float, float, float]]]:
    """(font size, bounds in points) of every text object on the page."""
    found = []
    for obj in page.get_objects():
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_TEXT:
            size = ctypes.c_float()
            pdfium.raw.FPDFTextObj_GetFontSize(obj.raw, size)
            found.append((round(size.value, 2), obj.get_bounds()))
    return found


def test_a_booked_cjk_name_prints_as_its_glyphs_on_the_day_sheet(db, key, stop, tmp_path):
    therapy_day = _therapy_day(db, key, stop, person=CJK_NAME)
    path = tmp_path / "sheet.pdf"

    day_sheet_pdf(db, key, therapy_day.id, path, now=NOW)

    grey, page = _grey(path)
    # The name is the one 13 pt line in the text column (18 mm margin + 30 mm for the times).
    name = [bounds for size, bounds in _text_objects(page)
            if size == 13 and abs(bounds[0] - 48 * MM) < 2]
    assert name
    left = min(b[0] for b in name) - 2
    right = max(b[2] for b in name) + 2
    top = page.get_height() - max(b[3] for b in name) - 2
    bottom = page.get_height() - min(b[1] for b in name) + 2
    s = DPI / 72
    printed = _ink_crop(grey[int(top * s):int(bottom * s), int(left * s):int(right * s)])
    fallback = _line_image(CJK_NAME, "DroidSansFallback.ttf", 13)
    boxes = _line_image(CJK_NAME, "DejaVuSans-Bold.ttf", 13)  # what printed before: tofu
    # Measured: 0.18 against the fallback (anti-aliasing), 0.72 against the boxes.
    assert _difference(printed, fallback) < 0.35 < 0.55 < _difference(printed, boxes)
    assert CJK_NAME in pdf_pages.text(pdf_pages.pages(path)[0])


def test_a_long_note_in_japanese_wraps_inside_the_page(db, key, stop, tmp_path):
    # No spaces to break at: the line breaks between characters, measured in the fallback.
    notes = "来週の月曜日に東京のスタジオでリハーサルがあるので午前中の時間を希望します。" * 3
    therapy_day = _therapy_day(db, key, stop, person="Aki", notes=notes)
    path = tmp_path / "sheet.pdf"

    day_sheet_pdf(db, key, therapy_day.id, path, now=NOW)

    (page,) = pdf_pages.pages(path)
    notes_lines = [b for size, b in _text_objects(page) if size == 9.5]
    assert len(notes_lines) >= 3
    assert max(b[2] for b in notes_lines) <= page.get_width() - 18 * MM + 0.5
    assert pdf_pages.text(page).replace(" ", "").count("午前中の時間を希望します。") == 3


def test_emoji_and_cjk_print_with_the_fallback_fonts_everywhere(db, festival, tmp_path,
                                                                 db_path):
    csv = tmp_path / "program.csv"
    csv.write_text(f"{HEADER}\n2026-07-04,10:00,11:00,Wellness tent,瞑想 Meditation 🌿,"
                   "Meditation,김민지,,\n", encoding="utf-8")
    import_csv(db, festival["activation"].id, csv)
    path = tmp_path / "program.pdf"

    program_pdf(db, festival["activation"].id, path, now=NOW)

    text = pdf_pages.text(pdf_pages.pages(path)[0])
    assert "瞑想 Meditation 🌿" in text and "with 김민지" in text
    assert {"DroidSansFallback", "Symbola"} <= {f.split("+")[-1] for f in _fonts(path)}
    # Cards too: a headline in Japanese with an emoji.
    texts = db_path.parent / "card-texts"
    texts.mkdir()
    (texts / "en.json").write_text('{"headline": "話しませんか? 🤙", "body": "Any time."}',
                                   encoding="utf-8")
    pdf = card_render.render(db, cards.CardJob(template="wallet", tag="x"))
    assert "話しませんか? 🤙" in pdf_pages.text(pdfium.PdfDocument(pdf)[0])


def test_a_character_no_font_has_is_refused_by_field_before_anything_is_written(
        db, key, stop, festival, tmp_path):
    therapy_day = _therapy_day(db, key, stop, person=CJK_NAME, notes="Feels 🫠 today")
    sheet = tmp_path / "sheet.pdf"
    with pytest.raises(WellnessError) as refused:
        day_sheet_pdf(db, key, therapy_day.id, sheet, now=NOW)
    assert str(refused.value) == (
        "booking at 10:00, notes: the character '🫠' (U+1FAE0) is not in the printed fonts "
        f"({fonts.FONT_NAMES}): replace it")
    assert CJK_NAME not in str(refused.value)  # named by its time, never by the person

    venue = activations.add_tour_stop(db, activation_id=stop.activation_id,
                                      stop_date=date(2026, 9, 15), city="Osaka",
                                      venue="Zepp 𠮷 Namba", tz="Asia/Tokyo", country="JP")
    signup = tmp_path / "signup.pdf"
    osaka = therapy.create_therapy_day(db, key, location_id=venue.id, provider_name="Dr Mori",
                                       plan=therapy.DayPlan(time(10), time(11)))
    with pytest.raises(WellnessError, match=r"^venue: the character '𠮷' \(U\+20BB7\)"):
        signup_sheet_pdf(db, osaka.id, signup, now=NOW)

    csv = tmp_path / "program.csv"
    csv.write_text(f"{HEADER}\n2026-07-04,10:00,11:00,Wellness tent,Yoga 🫠,Yoga,,,\n",
                   encoding="utf-8")
    import_csv(db, festival["activation"].id, csv)
    program = tmp_path / "program.pdf"
    with pytest.raises(WellnessError, match=r"^workshop at 2026-07-04 10:00 in Wellness tent, "
                                            r"title: the character '🫠' \(U\+1FAE0\)"):
        program_pdf(db, festival["activation"].id, program, now=NOW)
    assert not [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]


def test_two_workshops_at_one_time_and_place_are_each_checked(db, festival, tmp_path):
    # A cancelled session and its replacement share a space and a start: the check must
    # read both, whichever of them holds the character no font has.
    csv = tmp_path / "program.csv"
    csv.write_text(f"{HEADER}\n2026-07-04,10:00,11:00,Wellness tent,Yoga 🫠,Yoga,,,\n"
                   "2026-07-04,10:00,11:00,Wellness tent,Good title,Yoga,,,\n",
                   encoding="utf-8")
    import_csv(db, festival["activation"].id, csv)
    with pytest.raises(WellnessError, match=r"title: the character '🫠'"):
        program_pdf(db, festival["activation"].id, tmp_path / "program.pdf", now=NOW)


def test_wrapping_measures_the_fonts_it_draws_with():
    # Without CJK, the lines are reportlab's own (simpleSplit).
    from reportlab.lib.utils import simpleSplit

    fonts.register_fonts()
    latin = "Breathwork for the crew, with Zoë Ng — Łódź ćwiczenia and tea " * 3
    for width in (60, 120, 200):
        assert fonts.wrap(latin, fonts.FONT, 9.5, width) == simpleSplit(
            latin, fonts.FONT, 9.5, width)
    mixed = "Yoga 瞑想のクラスは午前十時から始まります。 🌿 bring a mat"
    lines = fonts.wrap(mixed, fonts.FONT_BOLD, 13, 120)
    assert "".join(lines).replace(" ", "") == mixed.replace(" ", "")
    assert all(fonts.text_width(line, fonts.FONT_BOLD, 13) <= 120 for line in lines)
    assert not any(line.startswith("。") for line in lines)


# -- every font embedded ------------------------------------------------------------------------


def _fonts(pdf: bytes | Path) -> list[str]:
    """The BaseFont of every font any page or form of `pdf` names; asserts each is embedded."""
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    names: list[str] = []
    seen: set[int] = set()

    def walk(resources: DictionaryObject) -> None:
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font
                          else font).get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']}: no font descriptor"
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object()), (
                f"{font['/BaseFont']}: not embedded")
            names.append(str(font["/BaseFont"]).lstrip("/"))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if id(xobject) not in seen and "/Resources" in xobject:
                seen.add(id(xobject))
                walk(xobject["/Resources"].get_object())

    for page in reader.pages:
        walk(page["/Resources"].get_object())
    return names


def _every_pdf(db, key, stop, festival, tmp_path) -> dict[str, bytes]:
    resource = {"resource_name": "Samaritans", "resource_number": "116 123",
                "resource_hours": "24/7"}
    made = {f"cards: {name}": card_render.render(db, cards.CardJob(
        template=name, tag="t", **(resource if name == "resource" else {})))
            for name in cards.TEMPLATES}
    batch = tmp_path / "tour.csv"
    batch.write_text("name,tag,language,copies,template\nTokyo,gr-tokyo,en,1,poster\n"
                     "Osaka,gr-osaka,de,2,wallet\n", encoding="utf-8")
    made["cards: batch"] = card_render.draw(card_batch.plan_batch(db, batch),
                                            card_batch.batch_title(batch)).pdf
    csv = tmp_path / "program.csv"
    csv.write_text(f"{HEADER}\n2026-07-04,10:00,11:00,Wellness tent,Morning yoga,Yoga,,,\n",
                   encoding="utf-8")
    import_csv(db, festival["activation"].id, csv)
    program_pdf(db, festival["activation"].id, tmp_path / "program.pdf", now=NOW)
    therapy_day = _therapy_day(db, key, stop, person=CJK_NAME)
    day_sheet_pdf(db, key, therapy_day.id, tmp_path / "sheet.pdf", now=NOW)
    signup_sheet_pdf(db, therapy_day.id, tmp_path / "signup.pdf", now=NOW)
    for name in ("program", "sheet", "signup"):
        made[name] = (tmp_path / f"{name}.pdf").read_bytes()
    return made


def test_every_pdf_embeds_every_font_and_names_no_helvetica(db, key, stop, festival, tmp_path):
    for kind, pdf in _every_pdf(db, key, stop, festival, tmp_path).items():
        names = _fonts(pdf)
        assert names, kind
        assert not [n for n in names if "Helvetica" in n], kind
        assert b"Helvetica" not in pdf, kind


# -- crop marks ---------------------------------------------------------------------------------

WITH_MARKS = [(t, p) for t, tpl in cards.TEMPLATES.items() if tpl.crop_marks for p in tpl.sheets]


def _lines_mm(page: pdfium.PdfPage, paper: str) -> list[tuple[float, float, float, float]]:
    """The page's own paths (cards are forms) as (left, top, right, bottom) from the top-left."""
    page_h = PAPERS[paper][1]
    lines = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            lines.append((left / MM, page_h - top / MM, right / MM, page_h - bottom / MM))
    return lines


@pytest.mark.parametrize(("template", "paper"), WITH_MARKS)
def test_crop_marks_stay_inside_the_printable_zone(db, template, paper):
    resource = {"resource_name": "Samaritans", "resource_number": "116 123"}
    pdf = card_render.render(db, cards.CardJob(template=template, tag="x", paper=paper,
                                               **(resource if template == "resource" else {})))
    lines = _lines_mm(pdfium.PdfDocument(pdf)[0], paper)
    width, height = PAPERS[paper]
    edge = PRINTABLE_MARGIN_MM - 0.1  # the stroke's half width
    for left, top, right, bottom in lines:
        assert left >= edge and top >= edge, (left, top)
        assert right <= width - edge and bottom <= height - edge, (right, bottom)
    # Still a mark on every cut where the zone leaves room for one.
    xs, ys = card_render.crop_mark_positions(template, paper)
    room = card_render.CROP_OFFSET_MM + card_render.MIN_CROP_MM
    for x in xs:
        marks = [ln for ln in lines if abs((ln[0] + ln[2]) / 2 - x) < 0.2 and ln[2] - ln[0] < 0.5]
        inside = PRINTABLE_MARGIN_MM <= x <= width - PRINTABLE_MARGIN_MM
        above = inside and ys[0] - room >= PRINTABLE_MARGIN_MM
        below = inside and ys[-1] + room <= height - PRINTABLE_MARGIN_MM
        assert any(ln[3] <= ys[0] for ln in marks) == above
        assert any(ln[1] >= ys[-1] for ln in marks) == below
    for y in ys:
        marks = [ln for ln in lines if abs((ln[1] + ln[3]) / 2 - y) < 0.2 and ln[3] - ln[1] < 0.5]
        inside = PRINTABLE_MARGIN_MM <= y <= height - PRINTABLE_MARGIN_MM
        assert any(ln[2] <= xs[0] for ln in marks) == inside
        assert any(ln[0] >= xs[-1] for ln in marks) == inside
    assert len(lines) >= 8
