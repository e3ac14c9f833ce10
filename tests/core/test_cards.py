"""QR cards and signs: every page of every template scans to the exact link, or is refused."""

from __future__ import annotations

import json
import math
import pickle
import random
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from tests import pdf_pages
from wellness_desk import card_batch, card_render, cards, settings
from wellness_desk.cards import CardJob, CardJobRefused
from wellness_desk.cli import main
from wellness_desk.db import connect
from wellness_desk.errors import WellnessError
from wellness_desk.print import qr

HUB = "https://backline.care/global-resources/"
DPI = 150


def _pages(pdf: bytes) -> list[pdfium.PdfPage]:
    return list(pdfium.PdfDocument(pdf))


def _codes(page: pdfium.PdfPage) -> list[str]:
    image = page.render(scale=DPI / 72).to_pil()
    return [c.text for c in zxingcpp.read_barcodes(image)
            if c.format == zxingcpp.BarcodeFormat.QRCode]


ALL = [(t, p) for t, tpl in cards.TEMPLATES.items() for p in tpl.sheets]
# What "Print a card for this" fills in on the resource card (a real national line).
RESOURCE = {"resource_name": "Samaritans", "resource_number": "116 123",
            "resource_hours": "24/7"}


def _fields(template: str) -> dict[str, str]:
    """The resource card needs a resource; the other templates take none."""
    return RESOURCE if template == "resource" else {}


@pytest.mark.parametrize(("template", "paper"), ALL)
def test_every_template_on_every_paper_scans_to_its_unique_links(db, template, paper):
    per = cards.TEMPLATES[template].per_sheet(paper)
    copies = per + 1  # a second, partly filled sheet
    job = CardJob(template=template, tag="green-room-chicago-2026", paper=paper,
                  copies=copies, unique=True, **_fields(template))
    pdf = card_render.render(db, job)
    pages = _pages(pdf)
    assert len(pages) == 2
    width, height = (v * 72 / 25.4 for v in cards.PAPERS[paper])
    assert pages[0].get_size() == pytest.approx((width, height), abs=0.1)
    found = [code for page in pages for code in _codes(page)]
    expected = [f"{HUB}?src=green-room-chicago-2026&c={i:04d}" for i in range(1, copies + 1)]
    faces = cards.TEMPLATES[template].faces
    assert sorted(set(found)) == expected
    # Both faces of a tent carry its code; zxing reports each symbol it sees.
    assert len(found) in (copies, copies * faces)


@pytest.mark.parametrize("language", cards.LANGUAGES)
def test_every_language_prints_a_shared_code_on_every_card(db, language):
    settings.set_hub_url(db, "https://hub.example.org/r?lang=x")
    job = CardJob(template="wallet", tag="tent é/ñ & more", language=language, copies=3)
    pages = _pages(card_render.render(db, job))
    assert len(pages) == 1
    # Not unique: the sheet is filled, and the one code is drawn once and reused.
    link = "https://hub.example.org/r?lang=x&src=tent+%C3%A9%2F%C3%B1+%26+more"
    assert _codes(pages[0]) == [link] * 10
    assert card_render.render(db, job).count(b"/Subtype /Form") >= 2


def test_links_respect_an_existing_query_and_fragment():
    assert cards.job_url("https://h.org/a?x=1#top", "a b", "0007") == (
        "https://h.org/a?x=1&src=a+b&c=0007#top")
    assert cards.job_url("https://h.org", "t") == "https://h.org/?src=t"
    assert cards.short_link(HUB) == "backline.care/global-resources"


def test_the_code_is_vector_paths_never_an_image(db):
    pdf = card_render.render(db, CardJob(template="poster", tag="x", paper="a3"))
    assert b"/Subtype /Image" not in pdf
    page = _pages(pdf)[0]
    kinds = {obj.type for obj in page.get_objects(max_depth=3)}
    assert pdfium.raw.FPDF_PAGEOBJ_IMAGE not in kinds
    assert pdfium.raw.FPDF_PAGEOBJ_PATH in kinds


def test_error_correction_falls_as_the_link_grows_and_is_h_under_a_logo():
    levels = [qr.qr_plan(n).level for n in (30, 80, 150, 400)]
    assert levels == ["H", "Q", "M", "L"]
    assert qr.qr_plan(150, logo_on_code=True).level == "H"
    assert [qr.qr_plan(n).version for n in (14, 15, 74)] == [2, 3, 6]


def _varied_links(count: int) -> list[str]:
    """Hub links with tags and codes, query and fragment links, random ASCII and
    non-ASCII text (multi-byte UTF-8): a few bytes to over 300."""
    rng = random.Random(20260)
    hubs = [HUB, "https://hub.example.org/r?lang=x", "http://x.co", "https://backline.care/r?"
            "campaign=" + "summer-tour-2026-" * 12]
    links = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            tag = "".join(rng.choice("abcdefghij-é/ñ &") for _ in range(rng.randint(1, 40)))
            links.append(cards.job_url(rng.choice(hubs), tag, f"{i:04d}"))
        elif kind == 1:
            links.append(cards.job_url(rng.choice(hubs), "t") + "#" + "x" * rng.randint(0, 60))
        elif kind == 2:
            links.append("".join(chr(rng.randint(32, 126)) for _ in range(rng.randint(1, 300))))
        else:
            links.append("".join(rng.choice("aé€😀Ωж\u00a0z") for _ in range(rng.randint(1, 90))))
    return links


def test_the_fast_qr_path_gives_qrcodes_own_symbol_module_for_module():
    import qrcode
    from qrcode import util

    checked: set[tuple[str, int]] = set()
    for link in _varied_links(240):
        data = link.encode("utf-8")
        for level in "LMQH":  # every level, not only the one its length picks
            plan = qr.QrPlan(level, *_version(len(data), level))
            code = qrcode.QRCode(version=plan.version, error_correction=qr._LEVELS[level],
                                 border=0, mask_pattern=qr.MASK_PATTERN)
            code.add_data(util.QRData(data, mode=util.MODE_8BIT_BYTE))
            code.make(fit=False)  # its own util.create_data, kept in data_cache
            ours = qr.qr_matrix(link, plan)
            assert list(qr.qr_codewords(data, plan.version, level)) == code.data_cache
            assert [[bool(m) for m in row] for row in ours] == code.modules, (link, level)
            checked.add((level, plan.version))
    versions = {v for _, v in checked}
    assert {lv for lv, _ in checked} == set("LMQH")
    assert min(versions) == 1 and max(versions) >= 15  # 8- and 16-bit count fields, one block
    # and blocks of two sizes, version information (from version 7)


def _version(length: int, level: str) -> tuple[int, int]:
    """The smallest version holding `length` bytes at `level` (qr_plan's rule, any level)."""
    from qrcode import util

    limits = util.BIT_LIMIT_TABLE[qr._LEVELS[level]]
    version = next(v for v in range(1, 41)
                   if limits[v] >= 4 + util.length_in_bits(util.MODE_8BIT_BYTE, v) + 8 * length)
    return version, 17 + 4 * version


def test_a_logo_over_the_code_still_scans(db, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(logo)
    job = CardJob(template="postcard", tag="logo", logo=logo, logo_on_code=True, copies=4)
    plan, problems = cards.plan_job(db, job)
    assert not problems and plan is not None and plan.qr.level == "H"
    assert _codes(_pages(card_render.render(db, job))[0]) == [f"{HUB}?src=logo"] * 4


def test_a_logo_on_a_code_too_fine_for_one_is_refused_saying_what_to_change(db):
    job = CardJob(template="wallet", tag="green-room-chicago-2026", unique=True,
                  logo="wellness-desk.png", logo_on_code=True)
    assert cards.preflight(db, job) == [
        "logo on the code: on the wallet card 85×55 mm the QR modules would be 0.58 mm "
        "(version 8, level H for a 74-byte link), and under a logo they must be at least "
        "0.6 mm to scan reliably: take the logo off the code, use a link of at most 64 bytes "
        "(a shorter tag or hub address) or print it bigger, on the postcard A6, the table "
        "tent or the green-room poster"]
    with pytest.raises(CardJobRefused, match="logo on the code"):
        card_render.render(db, job)
    # Each way out it names is taken.
    assert cards.preflight(db, replace(job, logo_on_code=False)) == []
    shorter = replace(job, tag="green-room-26")
    assert len(cards.card_urls(db, shorter)[0]) == 64
    assert cards.preflight(db, shorter) == []
    for bigger in ("postcard", "table-tent", "poster"):
        assert cards.preflight(db, replace(job, template=bigger)) == []
    stickers = cards.preflight(db, replace(job, template="stickers"))
    assert len(stickers) == 1 and stickers[0].startswith(
        "logo on the code: on the sticker sheet 3×8 the QR modules would be 0.54 mm")


def test_a_code_with_no_room_for_a_logo_so_shaped_is_refused(db, tmp_path):
    from PIL import Image

    banner = tmp_path / "banner.png"
    Image.new("RGB", (1000, 100), (200, 30, 30)).save(banner)
    problems = cards.preflight(db, CardJob(template="poster", tag="x", logo=banner,
                                           logo_on_code=True))
    assert problems == [
        "logo on the code: the QR code of the green-room poster (version 6) has no room for a "
        "logo of 1000×100 pixels that leaves it scannable: take the logo off the code"]


# -- preflight refusals -----------------------------------------------------------------


@pytest.mark.parametrize(("paper", "code_cm", "reach_m"),
                         [("a4", 15.2, 1.5), ("letter", 14.3, 1.4), ("a3", 21.6, 2.1)])
def test_a_poster_on_its_defaults_prints_for_what_its_paper_serves(db, paper, code_cm,
                                                                     reach_m):
    job = CardJob(template="poster", tag="x", paper=paper)
    plan, problems = cards.plan_job(db, job)
    assert problems == [] and plan is not None
    assert (plan.code_cm, plan.reach_m, plan.scan_distance_m) == (code_cm, reach_m, reach_m)
    shown = card_render.preview(db, job, 300)
    assert shown.image is not None and shown.reach_m == reach_m and shown.code_cm == code_cm


def test_a_poster_too_small_for_the_distance_asked_says_what_it_supports(db):
    problems = cards.preflight(db, CardJob(template="poster", tag="x", paper="a4",
                                           scan_distance_m=2))
    assert problems == [
        "scan distance: the QR code is 15.2 cm, which scans from about 1.5 m, not the 2 m "
        "asked for: print on A3, or set the scan distance to 1.5 m or less"]
    assert cards.preflight(db, CardJob(template="poster", tag="x", paper="a3",
                                       scan_distance_m=2)) == []
    with pytest.raises(CardJobRefused, match="scan distance"):
        card_render.render(db, CardJob(template="poster", tag="x", paper="letter",
                                 scan_distance_m=1.5))
    refused = card_render.preview(db, CardJob(template="poster", tag="x", scan_distance_m=3), 300)
    assert refused.image is None and refused.problems[0].startswith("scan distance: the QR")


def test_a_code_too_dense_for_a_sticker_is_refused(db):
    job = CardJob(template="stickers", tag="tent", copies=3,
                  hub_url="https://backline.care/r?campaign=" + "summer-tour-2026-" * 30)
    problems = cards.preflight(db, job)
    assert len(problems) == 1 and problems[0].startswith("QR modules are 0.3")
    assert "at least 0.4 mm" in problems[0]


def test_a_quiet_zone_under_four_modules_is_refused(db, monkeypatch):
    wallet = cards.TEMPLATES["wallet"]
    boxes = tuple(replace(b, quiet=2, x=b.x + 0.5) if b.kind == "qr" else b
                  for b in wallet.boxes)
    monkeypatch.setitem(cards.TEMPLATES, "wallet", replace(wallet, boxes=boxes))
    problems = cards.preflight(db, CardJob(template="wallet", tag="x"))
    assert len(problems) == 1
    assert re.fullmatch(r"quiet zone: 2\.\d modules of blank space around the QR code, "
                        r"scanners need 4", problems[0])


def _user_text(db_path: Path, language: str = "en", **fields: str) -> Path:
    folder = db_path.parent / "card-texts"
    folder.mkdir(exist_ok=True)
    data = json.loads((cards.TEXTS_DIR / f"{language}.json").read_text(encoding="utf-8"))
    data.update(fields)
    path = folder / f"{language}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_users_copy_of_the_texts_wins(db, db_path):
    _user_text(db_path, "de", headline="Reden hilft. Wir sind da.")
    texts = cards.load_texts("de", cards.user_texts_dir(db))
    assert texts.headline == "Reden hilft. Wir sind da."
    assert cards.load_texts("fr", cards.user_texts_dir(db)).source == cards.TEXTS_DIR / "fr.json"
    page = _pages(card_render.render(db, CardJob(template="postcard", tag="x", language="de")))[0]
    assert "Reden hilft. Wir sind da." in pdf_pages.text(page)


# -- the help line: a setting, never a placeholder ------------------------------------------

HELP_NUMBER = "+44 800 088 2045"


def _saved_text(db, tmp_path, job: CardJob) -> str:
    out = tmp_path / f"{job.template}-{job.language}.pdf"
    card_render.save(db, job, out)
    return " ".join(pdf_pages.text(page) for page in pdf_pages.pages(out))


def test_no_shipped_text_carries_a_help_line_number():
    for path in sorted(cards.TEXTS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert "help_number" not in data
        assert not re.search(r"\d{3}", json.dumps(data, ensure_ascii=False)), path.name


@pytest.mark.parametrize("template", list(cards.TEMPLATES))
def test_with_no_number_set_cards_print_without_a_help_line(db, tmp_path, template):
    for language in cards.LANGUAGES:
        text = _saved_text(db, tmp_path, CardJob(template=template, tag="t",
                                                 language=language, **_fields(template)))
        words = cards.load_texts(language).help_name
        assert "555" not in text and "0100" not in text
        assert " ".join(words.split()[:2]) not in text, (template, language)
    shown = card_render.preview(db, CardJob(template=template, tag="t", **_fields(template)),
                                300)
    assert shown.image is not None and shown.help_line.number == ""


@pytest.mark.parametrize("template", list(cards.TEMPLATES))
def test_a_help_line_set_in_settings_prints_on_every_template(db, tmp_path, template):
    settings.set_help_line(db, settings.HelpLine(name="Music Minds Matter",
                                                 number=HELP_NUMBER))
    text = _saved_text(db, tmp_path, CardJob(template=template, tag="t", language="es",
                                                 **_fields(template)))
    assert HELP_NUMBER in text and "Music Minds Matter" in text
    settings.set_help_line(db, settings.HelpLine(number="988"))
    text = _saved_text(db, tmp_path, CardJob(template=template, tag="t", language="es",
                                                 **_fields(template)))
    # No name set: the language's own words name it.
    assert "988" in text and cards.load_texts("es").help_name.split()[0] in text


def test_an_old_copy_of_the_texts_with_the_placeholder_never_prints_it(db, db_path, tmp_path):
    _user_text(db_path, "en", help_number="+1 555 0100")
    text = _saved_text(db, tmp_path, CardJob(template="poster", tag="t"))
    assert "555" not in text


@pytest.mark.parametrize("number", [
    "+1 555 0100", "555-0123", "(312) 555-0142", "+1 312 555 0199", "1-800-555-0100",
    "+44 20 7946 0123", "020 7946 0999", "07700 900123", "+44 1632 960 001",
    "+49 30 0000 0000", "0000", "123456789", "987654", "TBD", "+1 555 XXXX", "12",
    "call us", "+" + "1" * 16])
def test_a_placeholder_or_implausible_number_is_refused(db, number):
    with pytest.raises(WellnessError, match=r"^help line number: "):
        settings.set_help_line(db, settings.HelpLine(name="Line", number=number))
    assert settings.help_line(db) == settings.HelpLine()  # all or nothing: no name either


@pytest.mark.parametrize("number", ["988", "116 123", "+1 800 273 8255", "+44 800 030 3434",
                                    "0800 111 0 111", "+33 1 55 50 12 34", "(312) 555-0242"])
def test_a_real_looking_number_is_kept_as_typed(db, number):
    assert settings.set_help_line(db, settings.HelpLine(number=f"  {number} ")).number == number


def test_a_placeholder_put_in_the_database_by_hand_still_never_prints(db):
    settings.put(db, settings.HELP_LINE_NUMBER, "+1 555 0100")
    problems = cards.preflight(db, CardJob(template="poster", tag="t"))
    assert len(problems) == 1 and problems[0].startswith("help line number: '+1 555 0100'")
    with pytest.raises(CardJobRefused, match="555-01xx"):
        card_render.render(db, CardJob(template="wallet", tag="t"))


def test_settings_can_ask_to_refuse_cards_without_a_help_line(db):
    settings.set_help_line(db, settings.HelpLine(required=True))
    problems = cards.preflight(db, CardJob(template="wallet", tag="t"))
    assert problems == ["help line: no number is set, and Settings asks to refuse cards and "
                        "signs without one: set it in File → Settings → Help line"]
    settings.set_help_line(db, settings.HelpLine(number=HELP_NUMBER, required=True))
    assert cards.preflight(db, CardJob(template="wallet", tag="t")) == []


# Characters no shipped font has (a CJK extension B ideograph, an emoji of Unicode 14): 需
# and 🤙 now print with the fallback fonts (tests/core/test_print_engine.py).
@pytest.mark.parametrize(("text", "char"), [("Besoin d’aide ? 𠮷", "𠮷"),
                                            ("Call us 🫠 now", "🫠")])
def test_a_character_the_font_lacks_is_refused_by_name(db, db_path, text, char):
    _user_text(db_path, "fr", body=text)
    problems = cards.preflight(db, CardJob(template="wallet", tag="x", language="fr"))
    assert len(problems) == 1
    assert problems[0].startswith(f"body ({db_path.parent / 'card-texts' / 'fr.json'}): the "
                                  f"character {char!r} (U+{ord(char):04X}) is not in the card")


def test_greek_and_cyrillic_print(db, db_path):
    _user_text(db_path, headline="Χρειάζεσαι βοήθεια; Нужна помощь? Łódź")
    assert cards.preflight(db, CardJob(template="wallet", tag="x")) == []


def test_text_too_long_shrinks_then_is_refused(db, db_path):
    _user_text(db_path, body="Longer body text. " * 16)
    plan, problems = cards.plan_job(db, CardJob(template="wallet", tag="x"))
    assert not problems and plan is not None
    assert plan.fits["body"].size < cards.TEMPLATES["wallet"].box("body").size  # type: ignore[union-attr]
    _user_text(db_path, body="Far too much to say on a card. " * 40)
    problems = cards.preflight(db, CardJob(template="wallet", tag="x"))
    assert len(problems) == 1
    assert problems[0].startswith("body (")
    assert "does not fit the wallet card 85×55 mm even at 5 pt" in problems[0]


def test_bad_jobs_are_refused_with_each_reason(db):
    problems = cards.preflight(db, CardJob(template="wallet", tag=" ", paper="a3",
                                           language="it", copies=0))
    assert [p.split(":")[0] for p in problems] == ["paper", "language", "copies", "tag"]


# -- crop marks ---------------------------------------------------------------------------


# On Letter the grid comes within 2.2 mm of the top and bottom edges, where a desktop printer
# prints nothing: those marks are left off (tests/core/test_print_engine.py).
@pytest.mark.parametrize("paper", ["a4"])
def test_crop_marks_sit_on_every_cut_of_the_wallet_sheet(db, paper):
    pdf = card_render.render(db, CardJob(template="wallet", tag="x", paper=paper))
    page = _pages(pdf)[0]
    page_h = cards.PAPERS[paper][1]
    lines = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            lines.append((left / 72 * 25.4, page_h - top / 72 * 25.4,
                          right / 72 * 25.4, page_h - bottom / 72 * 25.4))
    xs, ys = card_render.crop_mark_positions("wallet", paper)
    assert len(xs) == 3 and len(ys) == 6
    grid_top, grid_bottom = ys[0], ys[-1]
    grid_left, grid_right = xs[0], xs[-1]
    for x in xs:  # a mark above and below the grid on every vertical cut
        marks = [ln for ln in lines if abs((ln[0] + ln[2]) / 2 - x) < 0.2 and ln[2] - ln[0] < 0.5]
        assert any(ln[3] <= grid_top for ln in marks) and any(ln[1] >= grid_bottom
                                                                 for ln in marks)
    for y in ys:  # left and right of the grid on every horizontal cut
        marks = [ln for ln in lines if abs((ln[1] + ln[3]) / 2 - y) < 0.2 and ln[3] - ln[1] < 0.5]
        assert any(ln[2] <= grid_left for ln in marks) and any(ln[0] >= grid_right
                                                                  for ln in marks)
    assert math.isclose(grid_right - grid_left, 170) and math.isclose(grid_bottom - grid_top, 275)


# -- batch, records, preview, CLI ------------------------------------------------------------

BATCH_HEADER = "name,tag,language,copies,template"


def test_a_locations_csv_prints_every_location_in_one_pdf_and_records_each(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER},scan_distance\nChicago green room,gr-chicago,en,1,poster,1.4\n"
                   "Berlin green room,gr-berlin,de,2,table-tent,\n\n"
                   "Paris,gr-paris,fr,24,stickers,\n", encoding="utf-8")
    out = tmp_path / "tour.pdf"
    done = card_batch.save_batch(db, csv, out)
    assert [(j.tag, n) for j, n in done] == [("gr-chicago", 1), ("gr-berlin", 2),
                                            ("gr-paris", 24)]
    pages = _pages(out.read_bytes())
    assert len(pages) == 1 + 2 + 1
    assert set(_codes(pages[0])) == {f"{HUB}?src=gr-chicago"}
    assert set(_codes(pages[2])) == {f"{HUB}?src=gr-berlin"}
    assert _codes(pages[3]) == [f"{HUB}?src=gr-paris"] * 24
    rows = cards.print_jobs(db)
    assert [(r["template"], r["tag"], r["language"], r["copies"], r["cards"]) for r in rows] == [
        ("poster", "gr-chicago", "en", 1, 1), ("table-tent", "gr-berlin", "de", 2, 2),
        ("stickers", "gr-paris", "fr", 24, 24)]


def test_a_bad_locations_csv_names_file_line_and_field_and_writes_nothing(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER}\nChicago,gr-chicago,en,1,poster\nBerlin,,de,two,wallet\n"
                   "Paris,gr-paris,it,1,banner\n", encoding="utf-8")
    out = tmp_path / "tour.pdf"
    with pytest.raises(card_batch.BatchError) as caught:
        card_batch.save_batch(db, csv, out)
    assert str(caught.value).splitlines() == [
        "tour.csv: nothing printed, 4 problems:",
        "tour.csv line 3, field copies: 'two' is not a number from 1 to 10000",
        "tour.csv line 3, field tag: is empty (it tells the hub which signs were scanned)",
        "tour.csv line 4, field template: 'banner' is not one of wallet, postcard, "
        "table-tent, poster, stickers, resource",
        "tour.csv line 4, field language: 'it' is not one of en, es, fr, de, pt",
    ]
    assert not out.exists() and cards.print_jobs(db) == []


def test_a_locations_csv_saved_by_a_european_excel_prints(db, tmp_path):
    csv = tmp_path / "tour.csv"
    # Before the shared reader: "missing column(s)" (the sep= line was read as the header).
    csv.write_bytes("\ufeffsep=;\r\nName;Tag;Language;Copies;Template;Scan distance\r\n"
                    "Köln, Halle 1;gr-koeln;de;1;poster;1.2\r\n"
                    "Lyon;gr-lyon;fr;3;wallet;\r\n".encode())
    jobs = card_batch.read_locations(csv)
    assert [(line, j.location, j.tag, j.scan_distance_m) for line, j in jobs] == [
        (3, "Köln, Halle 1", "gr-koeln", 1.2), (4, "Lyon", "gr-lyon", None)]
    assert len(card_batch.plan_batch(db, csv)) == 2


def test_a_quote_never_closed_is_named_not_read_as_an_empty_template(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f'{BATCH_HEADER}\nChicago,gr-chicago,en,1,poster\n"Berlin,gr-b,de,1,wallet\n'
                   "Paris,gr-paris,fr,1,poster\n", encoding="utf-8")
    with pytest.raises(card_batch.BatchError) as caught:
        card_batch.save_batch(db, csv, tmp_path / "out.pdf")
    assert str(caught.value).splitlines() == [
        "tour.csv: nothing printed, 1 problem:",
        "tour.csv line 3, field name: a quote opens here and is never closed (the rest of "
        "the file would be this one field)",
    ]
    assert cards.print_jobs(db) == []


def test_a_batch_names_a_column_twice_and_text_past_the_last_column(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER},Template\nChicago,gr-chicago,en,1,poster,wallet\n",
                   encoding="utf-8")
    with pytest.raises(card_batch.BatchError, match=r"tour.csv line 1: column 'template' "
                                                    r"appears twice$"):
        card_batch.plan_batch(db, csv)
    csv.write_text(f"{BATCH_HEADER}\nChicago,gr-chicago,en,1,poster,,\n"
                   "Berlin,gr-b,de,two,wallet,A3\n", encoding="utf-8")
    with pytest.raises(card_batch.BatchError) as caught:
        card_batch.plan_batch(db, csv)
    # Blank fields past the header are what spreadsheets leave; a filled one is not.
    assert str(caught.value).splitlines()[1:] == [
        "tour.csv line 3: 6 fields but the header has 5 (a separator inside a field needs "
        "quotes)"]


def test_a_batch_refused_by_preflight_names_the_line(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER},scan_distance\nChicago,gr-chicago,en,1,wallet,\n"
                   "Berlin,gr-b,de,1,poster,3\n", encoding="utf-8")
    with pytest.raises(card_batch.BatchError, match=r"tour.csv line 3, field scan distance: "):
        card_batch.save_batch(db, csv, tmp_path / "out.pdf")
    assert cards.print_jobs(db) == []


def test_a_batch_takes_each_lines_paper_else_its_templates_default(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER},paper\nChicago,gr-chicago,en,1,poster,A3\n"
                   "Berlin,gr-berlin,de,10,wallet,\nAustin,gr-austin,en,1,poster,letter\n"
                   "Paris,gr-paris,fr,1,poster,\n", encoding="utf-8")
    out = tmp_path / "tour.pdf"
    done = card_batch.save_batch(db, csv, out)
    assert [j.paper for j, _ in done] == ["a3", "a4", "letter", "a4"]
    sizes = [tuple(round(v / 72 * 25.4) for v in page.get_size())
             for page in pdf_pages.pages(out)]
    assert sizes == [(297, 420), (210, 297), (216, 279), (210, 297)]
    # A wallet card cannot go on A3: said on its line, in the paper field.
    csv.write_text(f"{BATCH_HEADER},paper\nBerlin,gr-berlin,de,10,wallet,a3\n",
                   encoding="utf-8")
    with pytest.raises(card_batch.BatchError, match=r"line 2, field paper: wallet prints on a4, "):
        card_batch.plan_batch(db, csv)


def test_a_batch_lists_twenty_problems_and_counts_the_rest(db, tmp_path):
    csv = tmp_path / "many.csv"
    csv.write_text(BATCH_HEADER + "\n" + "".join(f"Venue {i},,en,1,wallet\n"
                                                 for i in range(32)), encoding="utf-8")
    with pytest.raises(card_batch.BatchError) as caught:
        card_batch.plan_batch(db, csv)
    assert len(caught.value.problems) == 32
    lines = str(caught.value).splitlines()
    assert lines[0] == "many.csv: nothing printed, 32 problems:"
    assert len(lines) == 1 + 20 + 1 and lines[-1] == "… and 12 more"


def test_saving_records_the_job_without_personal_data(db, tmp_path):
    card_render.save(db, CardJob(template="wallet", tag="tent", copies=3), tmp_path / "a.pdf")
    card_render.save(db, CardJob(template="wallet", tag="tent", copies=12, unique=True),
               tmp_path / "b.pdf")
    rows = cards.print_jobs(db)
    assert [(r["copies"], r["cards"], r["unique_codes"], r["paper"]) for r in rows] == [
        (3, 10, 0, "a4"), (12, 12, 1, "a4")]
    assert set(rows[0]) == {"id", "template", "tag", "language", "copies", "cards", "paper",
                            "unique_codes", "printed_utc", "first_code"}
    card_render.render(db, CardJob(template="wallet", tag="preview"))  # a preview is not a print
    assert len(cards.print_jobs(db)) == 2


def test_preview_is_the_first_page_as_pixels(db):
    from PIL import Image

    raster = card_render.preview(db, CardJob(template="postcard", tag="x"), 400).image
    assert raster is not None
    mode = "RGB" if raster.channels == 3 else "RGBA"
    image = Image.frombuffer(mode, (raster.width, raster.height), raster.pixels, "raw", mode,
                             raster.stride, 1)
    assert image.width == 400 and abs(image.height - round(400 * 297 / 210)) <= 1
    assert {c.text for c in zxingcpp.read_barcodes(image)} == {f"{HUB}?src=x"}


def test_cli_prints_cards_and_refuses_in_full(tmp_path, capsys):
    data = str(tmp_path)
    out = tmp_path / "w.pdf"
    assert main(["cards", "--template", "wallet", "--tag", "tent", "--copies", "12",
                 "--unique", "-o", str(out), "--data-dir", data]) == 0
    captured = capsys.readouterr()
    assert captured.out == (f"wrote {out}: 12 × Wallet card 85×55 mm, 10-up on 2 a4 sheets, "
                            "unique codes c=0001 to c=0012\n")
    assert captured.err == ("note: no help line number is set, so these print without a help "
                            "line: set it with 'wellness-desk settings --help-line-number "
                            "NUMBER'\n")
    assert main(["cards", "--template", "poster", "--tag", "x", "--scan-distance", "2",
                 "-o", str(tmp_path / "p.pdf"), "--data-dir", data]) == 2
    assert capsys.readouterr().err.startswith(
        "wellness-desk: error: refused to print:\n- scan distance: the QR code is 15.2 cm")
    assert main(["cards", "--template", "poster", "--tag", "x",
                 "-o", str(tmp_path / "p.pdf"), "--data-dir", data]) == 0
    with pytest.raises(SystemExit) as bad:
        main(["cards", "--template", "banner", "--tag", "x", "-o", "x.pdf"])
    assert bad.value.code == 2
    assert main(["cards", "--tag", "x", "-o", "x.pdf", "--data-dir", data]) == 2


def test_unknown_language_file_errors_are_clear(db, db_path):
    folder = db_path.parent / "card-texts"
    folder.mkdir()
    (folder / "es.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(WellnessError, match=r"es.json: not valid JSON"):
        cards.preflight(db, CardJob(template="wallet", tag="x", language="es"))


@pytest.mark.parametrize("tag", ["a b", "café-zürich", "R&D #1", "x?y=z/ü"])
def test_an_odd_tag_scans_to_a_safely_encoded_link(db, tag):
    import pypdfium2

    from wellness_desk.card_render import render
    from wellness_desk.cards import CardJob, job_url

    hub = "https://h.example/res?lang=fr#top"
    pdf = pypdfium2.PdfDocument(render(db, CardJob(template="wallet", tag=tag, hub_url=hub)))
    image = pdf[0].render(scale=150 / 72).to_pil()
    decoded = {r.text for r in zxingcpp.read_barcodes(image)}
    assert decoded == {job_url(hub, tag)}
    assert all(ord(ch) < 128 and ch != " " for ch in job_url(hub, tag))


def test_a_non_ascii_hub_host_is_encoded_for_the_code_and_refused_in_print_if_unprintable(db):
    from wellness_desk.cards import CardJob, job_url, preflight

    assert job_url("https://bäcklíne.example/r/", "t").startswith(
        "https://xn--")
    # 例え.jp prints (the CJK fallback font has it); 𠮷 is in no shipped font.
    assert preflight(db, CardJob(template="wallet", tag="t", hub_url="https://例え.jp/")) == []
    problems = preflight(db, CardJob(template="wallet", tag="t", hub_url="https://𠮷野家.jp/"))
    assert any("𠮷" in p for p in problems)


# -- unique codes continue per tag -----------------------------------------------------------


def _pdf_codes(path: Path) -> list[str]:
    return sorted({code for page in pdf_pages.pages(path) for code in pdf_pages.qr_codes(page)})


def _numbers(codes: list[str]) -> list[int]:
    return [int(code.rsplit("&c=", 1)[1]) for code in codes]


def test_unique_codes_continue_the_tags_numbering_across_runs(db, tmp_path):
    first = tmp_path / "first.pdf"
    card_render.save(db, CardJob(template="wallet", tag="tent", copies=12, unique=True), first)
    assert _numbers(_pdf_codes(first)) == list(range(1, 13))
    # Previews and renders use nothing up; another tag has its own numbering.
    for _ in range(2):
        assert card_render.preview(db, CardJob(template="wallet", tag="tent", unique=True),
                             300).first_code == 13
        card_render.render(db, CardJob(template="wallet", tag="tent", copies=3, unique=True))
    other = tmp_path / "other.pdf"
    card_render.save(db, CardJob(template="stickers", tag="bar", copies=2, unique=True), other)
    assert _numbers(_pdf_codes(other)) == [1, 2]
    card_render.save(db, CardJob(template="wallet", tag="tent", copies=4), tmp_path / "shared.pdf")
    second = tmp_path / "second.pdf"
    card_render.save(db, CardJob(template="postcard", tag=" tent ", copies=5, unique=True), second)
    assert _pdf_codes(second) == [f"{HUB}?src=tent&c={i:04d}" for i in range(13, 18)]
    printed = cards.with_codes(db, CardJob(template="wallet", tag="tent", copies=2,
                                           unique=True))
    cards.record_printed(db, printed)
    assert cards.next_code(db, "tent") == 20
    assert [r["first_code"] for r in cards.print_jobs(db)] == [1, 1, None, 13, 18]


def test_codes_another_print_took_meanwhile_are_refused_and_nothing_is_written(db, tmp_path):
    planned = cards.with_codes(db, CardJob(template="wallet", tag="tent", copies=3, unique=True))
    card_render.save(db, CardJob(template="wallet", tag="tent", copies=3, unique=True),
               tmp_path / "cli.pdf")
    out = tmp_path / "app.pdf"
    with pytest.raises(WellnessError, match=r"tag tent: codes from c=1 were printed by "):
        card_render.save(db, planned, out)
    assert not out.exists() and len(cards.print_jobs(db)) == 1


def _left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_drawing_whose_codes_were_taken_while_it_drew_is_neither_saved_nor_recorded(
        db, tmp_path):
    # Planned on the database's thread, drawn elsewhere: meanwhile the command line takes
    # the same codes.
    plan = cards.planned(db, CardJob(template="wallet", tag="tent", copies=3, unique=True))
    out = tmp_path / "app" / "cards.pdf"
    drawn = card_render.draw_file([plan], out)
    assert not out.exists()  # written beside its place, not yet under its name
    card_render.save(db, CardJob(template="wallet", tag="tent", copies=3, unique=True),
                     tmp_path / "cli.pdf")
    with pytest.raises(WellnessError, match=r"tag tent: codes from c=1 were printed by "):
        card_render.keep(db, drawn)
    assert _left_in(out.parent) == [] and len(cards.print_jobs(db)) == 1


def test_a_file_that_cannot_take_its_name_records_nothing(db, tmp_path):
    out = tmp_path / "out" / "cards.pdf"
    out.mkdir(parents=True)  # something that is not a file already has the name
    plan = cards.planned(db, CardJob(template="wallet", tag="tent", copies=3, unique=True))
    with pytest.raises(WellnessError, match=r"cards.pdf: cannot write it"):
        card_render.keep(db, card_render.draw_file([plan], out))
    assert cards.print_jobs(db) == [] and cards.next_code(db, "tent") == 1
    assert _left_in(out.parent) == ["cards.pdf"] and _left_in(out) == []


def test_a_record_the_database_refuses_at_commit_takes_the_named_file_away(db, tmp_path):
    # A deferred foreign key is checked at COMMIT, after the file got its name: the real
    # way SQLite refuses a transaction at its very end (as a full disk would).
    db.execute("CREATE TABLE print_audit (kit_type_id INTEGER REFERENCES kit_type(id) "
               "DEFERRABLE INITIALLY DEFERRED)")
    db.execute("CREATE TEMP TRIGGER refuse AFTER INSERT ON print_job "
               "BEGIN INSERT INTO print_audit VALUES (-1); END")
    out = tmp_path / "out" / "cards.pdf"
    plan = cards.planned(db, CardJob(template="wallet", tag="tent", copies=3, unique=True))
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        card_render.keep(db, card_render.draw_file([plan], out))
    assert _left_in(out.parent) == [] and cards.print_jobs(db) == []


def test_a_plan_is_drawn_without_its_database(db_path, tmp_path):
    database = connect(db_path)
    plan = cards.planned(database, CardJob(template="wallet", tag="tent", copies=12,
                                           unique=True))
    database.close()
    drawing = card_render.draw([plan])
    assert drawing.jobs == [(plan.job, 12)]
    out = tmp_path / "drawn.pdf"
    out.write_bytes(drawing.pdf)
    assert _numbers(_pdf_codes(out)) == list(range(1, 13))


def test_a_save_drawn_in_the_drawing_process_is_kept_as_one_drawn_here(db, tmp_path,
                                                                      drawing):
    plan = cards.planned(db, CardJob(template="wallet", tag="tent", copies=12, unique=True))
    assert pickle.loads(pickle.dumps(plan)) == plan  # as it crosses to the process
    out = tmp_path / "cards.pdf"
    drawn = drawing.run(card_render.draw_file, [plan], out)
    assert drawn.jobs == [(plan.job, 12)] and not out.exists()
    assert card_render.keep(db, drawn) == out
    assert _numbers(_pdf_codes(out)) == list(range(1, 13))
    assert [j["cards"] for j in cards.print_jobs(db)] == [12]
    # Printing draws in the process too, and gets the PDF back.
    printed = drawing.run(card_render.draw, [plan])
    assert printed.pdf.startswith(b"%PDF") and printed.jobs == drawn.jobs


def test_a_preview_plan_and_its_picture_cross_to_a_process_and_back(db):
    planned = card_render.plan_preview(db, CardJob(template="stickers", tag="tent"))
    assert pickle.loads(pickle.dumps(planned)) == planned
    shown = card_render.draw_preview(planned, 480)
    assert shown.image is not None and pickle.loads(pickle.dumps(shown)) == shown


def test_jobs_recorded_before_the_numbering_continue_after_them(db):
    db.execute("INSERT INTO print_job (template, tag, language, copies, cards, paper, "
               "unique_codes, printed_utc) VALUES ('wallet', 'tent', 'en', 30, 30, 'a4', 1, "
               "'2026-07-01T10:00:00Z')")
    assert cards.next_code(db, "tent") == 31


def test_a_batch_continues_each_tags_numbering_from_line_to_line(db, tmp_path):
    card_render.save(db, CardJob(template="wallet", tag="gr-a", copies=2, unique=True),
               tmp_path / "before.pdf")
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER}\nA,gr-a,en,3,wallet\nB,gr-b,en,2,wallet\n"
                   "A again,gr-a,en,2,stickers\n", encoding="utf-8")
    out = tmp_path / "tour.pdf"
    card_batch.save_batch(db, csv, out, unique=True)
    numbers = {tag: sorted(n for c, n in zip(codes, _numbers(codes), strict=True)
                           if f"src={tag}&" in c)
               for codes in [_pdf_codes(out)] for tag in ("gr-a", "gr-b")}
    assert numbers == {"gr-a": [3, 4, 5, 6, 7], "gr-b": [1, 2]}
    assert cards.next_code(db, "gr-a") == 8


# -- the help line from the command line ---------------------------------------------------


def test_cli_sets_the_help_line_and_refuses_a_placeholder(tmp_path, capsys):
    data = str(tmp_path)
    assert main(["settings", "--data-dir", data, "--help-line-number", "+1 555 0100"]) == 2
    assert "555-01xx" in capsys.readouterr().err
    assert main(["settings", "--data-dir", data, "--help-line-name", "Music Minds Matter",
                 "--help-line-number", HELP_NUMBER]) == 0
    out = capsys.readouterr().out
    assert f"help line number: {HELP_NUMBER}\n" in out
    assert "help line name: Music Minds Matter\n" in out
    poster = tmp_path / "p.pdf"
    assert main(["cards", "--template", "poster", "--tag", "x", "-o", str(poster),
                 "--data-dir", data]) == 0
    assert capsys.readouterr().err == ""
    assert HELP_NUMBER in pdf_pages.text(pdf_pages.pages(poster)[0])
    assert main(["settings", "--data-dir", data, "--help-line-number", "",
                 "--refuse-without-help-line"]) == 0
    capsys.readouterr()
    assert main(["cards", "--template", "poster", "--tag", "x", "-o", str(poster),
                 "--data-dir", data]) == 2
    assert "help line: no number is set" in capsys.readouterr().err



def test_the_fast_qr_path_lays_out_masks_and_corrects_as_segno_does_module_for_module():
    """segno is an encoder written apart from qrcode. It pads the data differently (an
    extra zero byte after the terminator: both are legal), so its data codewords are taken
    as they are; from them our EC, interleaving, placement, mask, format and version bits
    must give segno's symbol module for module."""
    import segno

    checked: set[tuple[str, int]] = set()
    for link in _varied_links(120):
        data = link.encode("utf-8")
        for level in "LMQH":
            plan = qr.QrPlan(level, *_version(len(data), level))
            theirs = [bytes(row) for row in segno.make_qr(
                data, version=plan.version, error=level, mask=qr.MASK_PATTERN, mode="byte",
                boost_error=False).matrix]
            blocks = qr.rs_blocks(plan.version, level)
            where = qr.bit_positions(plan.version)
            blank = qr._qr_blank(plan.version, level)
            bits = "".join(str(theirs[r][c] ^ blank[r][c]) for r, c in where)
            stream = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
            # De-interleave the data codewords: column by column over the blocks.
            taken = [bytearray() for _ in blocks]
            at = 0
            for column in range(max(d for d, _ in blocks)):
                for b, (d, _) in enumerate(blocks):
                    if column < d:
                        taken[b].append(stream[at])
                        at += 1
            their_data = b"".join(taken)
            # ... which say the same thing: byte mode, the count, the link.
            count_bits = 8 if plan.version <= 9 else 16
            said = "".join(f"{b:08b}" for b in their_data)
            assert said[:4 + count_bits + 8 * len(data)] == (
                f"0100{len(data):0{count_bits}b}" + "".join(f"{b:08b}" for b in data)), link
            ours = qr.place(qr.interleave(their_data, plan.version, level), plan)
            assert [bytes(row) for row in ours] == theirs, (link, level)
            checked.add((level, plan.version))
    assert {lv for lv, _ in checked} == set("LMQH") and max(v for _, v in checked) >= 15


# -- the resource card ("Print a card for this") ---------------------------------------------


def test_the_resource_card_carries_the_resources_name_number_and_hours(db, tmp_path):
    settings.set_help_line(db, settings.HelpLine(number=HELP_NUMBER))
    job = CardJob(template="resource", tag="tent", copies=10, language="fr",
                  resource_name="SOS Amitié", resource_number="09 72 39 40 50",
                  resource_hours="24 h/24, 7 j/7 · Français")
    out = tmp_path / "resource.pdf"
    card_render.save(db, job, out)
    (page,) = pdf_pages.pages(out)
    text = pdf_pages.text(page)
    assert text.count("SOS Amitié") == 10 and text.count("09 72 39 40 50") == 10
    assert "24 h/24, 7 j/7 · Français" in text and HELP_NUMBER in text
    assert cards.load_texts("fr").headline.split()[0] in text
    assert pdf_pages.qr_codes(page) == [f"{HUB}?src=tent"] * 10
    assert [j["template"] for j in cards.print_jobs(db)] == ["resource"]


def test_the_resource_card_refuses_no_number_a_placeholder_and_a_template_without_room(db):
    assert cards.preflight(db, CardJob(template="resource", tag="t")) == [
        "resource: no number: choose one in Resources (Print a card for this)"]
    (fake,) = cards.preflight(db, CardJob(template="resource", tag="t",
                                          resource_number="+1 212 555 0123"))
    assert fake.startswith("resource number: '+1 212 555 0123' is not a real number")
    assert cards.preflight(db, CardJob(template="poster", tag="t", **RESOURCE)) == [
        "resource: the green-room poster has no place for a resource's number: choose the "
        "resource card"]
    (long_name,) = cards.preflight(db, CardJob(template="resource", tag="t",
                                               **{**RESOURCE, "resource_name": "x" * 201}))
    assert long_name == "resource name: longer than 200 characters"
    (tofu,) = cards.preflight(db, CardJob(template="resource", tag="t",
                                          **{**RESOURCE, "resource_hours": "24/7 \u0D05"}))
    assert tofu.startswith("resource_hours (the resource): the character")
