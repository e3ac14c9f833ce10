"""QR cards and signs: every page of every template scans to the exact link, or is refused."""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from wellness_desk import cards, settings
from wellness_desk.cards import CardJob, CardJobRefused
from wellness_desk.cli import main
from wellness_desk.errors import WellnessError

HUB = "https://backline.care/global-resources/"
DPI = 150


def _pages(pdf: bytes) -> list[pdfium.PdfPage]:
    return list(pdfium.PdfDocument(pdf))


def _codes(page: pdfium.PdfPage) -> list[str]:
    image = page.render(scale=DPI / 72).to_pil()
    return [c.text for c in zxingcpp.read_barcodes(image)
            if c.format == zxingcpp.BarcodeFormat.QRCode]


def _distance(template: str, paper: str) -> float | None:
    # An A4 or Letter poster's code (15 cm) scans from 1.5 m, not the default 2 m.
    return 1.4 if template == "poster" and paper != "a3" else None


ALL = [(t, p) for t, tpl in cards.TEMPLATES.items() for p in tpl.sheets]


@pytest.mark.parametrize(("template", "paper"), ALL)
def test_every_template_on_every_paper_scans_to_its_unique_links(db, template, paper):
    per = cards.TEMPLATES[template].per_sheet(paper)
    copies = per + 1  # a second, partly filled sheet
    job = CardJob(template=template, tag="green-room-chicago-2026", paper=paper,
                  copies=copies, unique=True, scan_distance_m=_distance(template, paper))
    pdf = cards.render(db, job)
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
    pages = _pages(cards.render(db, job))
    assert len(pages) == 1
    # Not unique: the sheet is filled, and the one code is drawn once and reused.
    link = "https://hub.example.org/r?lang=x&src=tent+%C3%A9%2F%C3%B1+%26+more"
    assert _codes(pages[0]) == [link] * 10
    assert cards.render(db, job).count(b"/Subtype /Form") >= 2


def test_links_respect_an_existing_query_and_fragment():
    assert cards.job_url("https://h.org/a?x=1#top", "a b", "0007") == (
        "https://h.org/a?x=1&src=a+b&c=0007#top")
    assert cards.job_url("https://h.org", "t") == "https://h.org/?src=t"
    assert cards.short_link(HUB) == "backline.care/global-resources"


def test_the_code_is_vector_paths_never_an_image(db):
    pdf = cards.render(db, CardJob(template="poster", tag="x", paper="a3"))
    assert b"/Subtype /Image" not in pdf
    page = _pages(pdf)[0]
    kinds = {obj.type for obj in page.get_objects(max_depth=3)}
    assert pdfium.raw.FPDF_PAGEOBJ_IMAGE not in kinds
    assert pdfium.raw.FPDF_PAGEOBJ_PATH in kinds


def test_error_correction_falls_as_the_link_grows_and_is_h_under_a_logo():
    levels = [cards.qr_plan(n).level for n in (30, 80, 150, 400)]
    assert levels == ["H", "Q", "M", "L"]
    assert cards.qr_plan(150, logo_on_code=True).level == "H"
    assert [cards.qr_plan(n).version for n in (14, 15, 74)] == [2, 3, 6]


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
            plan = cards.QrPlan(level, *_version(len(data), level))
            code = qrcode.QRCode(version=plan.version, error_correction=cards._LEVELS[level],
                                 border=0, mask_pattern=cards.MASK_PATTERN)
            code.add_data(util.QRData(data, mode=util.MODE_8BIT_BYTE))
            code.make(fit=False)  # its own util.create_data, kept in data_cache
            ours = cards.qr_matrix(link, plan)
            assert list(cards.qr_codewords(data, plan.version, level)) == code.data_cache
            assert [[bool(m) for m in row] for row in ours] == code.modules, (link, level)
            checked.add((level, plan.version))
    versions = {v for _, v in checked}
    assert {lv for lv, _ in checked} == set("LMQH")
    assert min(versions) == 1 and max(versions) >= 15  # 8- and 16-bit count fields, one block
    # and blocks of two sizes, version information (from version 7)


def _version(length: int, level: str) -> tuple[int, int]:
    """The smallest version holding `length` bytes at `level` (qr_plan's rule, any level)."""
    from qrcode import util

    limits = util.BIT_LIMIT_TABLE[cards._LEVELS[level]]
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
    assert _codes(_pages(cards.render(db, job))[0]) == [f"{HUB}?src=logo"] * 4


# -- preflight refusals -----------------------------------------------------------------


def test_a_poster_too_small_for_its_scan_distance_says_what_it_supports(db):
    problems = cards.preflight(db, CardJob(template="poster", tag="x", paper="a4"))
    assert problems == [
        "scan distance: the QR code is 15.2 cm, which scans from about 1.5 m, not the 2 m "
        "asked for: print on A3, or set the scan distance to 1.5 m or less"]
    assert cards.preflight(db, CardJob(template="poster", tag="x", paper="a3")) == []
    with pytest.raises(CardJobRefused, match="scan distance"):
        cards.render(db, CardJob(template="poster", tag="x", paper="letter"))


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
    _user_text(db_path, "de", help_number="+49 30 0000 0000")
    texts = cards.load_texts("de", cards.user_texts_dir(db))
    assert texts.help_number == "+49 30 0000 0000" and not texts.placeholder_help_line
    assert cards.load_texts("fr", cards.user_texts_dir(db)).placeholder_help_line
    page = _pages(cards.render(db, CardJob(template="postcard", tag="x", language="de")))[0]
    assert "+49 30 0000 0000" in page.get_textpage().get_text_range()


@pytest.mark.parametrize(("text", "char"), [("Besoin d’aide ? 需", "需"),
                                            ("Call us 🤙 now", "🤙")])
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


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_crop_marks_sit_on_every_cut_of_the_wallet_sheet(db, paper):
    pdf = cards.render(db, CardJob(template="wallet", tag="x", paper=paper))
    page = _pages(pdf)[0]
    page_h = cards.PAPERS[paper][1]
    lines = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            lines.append((left / 72 * 25.4, page_h - top / 72 * 25.4,
                          right / 72 * 25.4, page_h - bottom / 72 * 25.4))
    xs, ys = cards.crop_mark_positions("wallet", paper)
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
    done = cards.save_batch(db, csv, out)
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
    with pytest.raises(cards.BatchError) as caught:
        cards.save_batch(db, csv, out)
    assert str(caught.value).splitlines() == [
        "tour.csv: nothing printed, 4 problems:",
        "tour.csv line 3, field copies: 'two' is not a number from 1 to 10000",
        "tour.csv line 3, field tag: is empty (it tells the hub which signs were scanned)",
        "tour.csv line 4, field template: 'banner' is not one of wallet, postcard, "
        "table-tent, poster, stickers",
        "tour.csv line 4, field language: 'it' is not one of en, es, fr, de, pt",
    ]
    assert not out.exists() and cards.print_jobs(db) == []


def test_a_batch_refused_by_preflight_names_the_line(db, tmp_path):
    csv = tmp_path / "tour.csv"
    csv.write_text(f"{BATCH_HEADER}\nChicago,gr-chicago,en,1,wallet\nBerlin,gr-b,de,1,poster\n",
                   encoding="utf-8")
    with pytest.raises(cards.BatchError, match=r"tour.csv line 3, field scan distance: "):
        cards.save_batch(db, csv, tmp_path / "out.pdf")
    assert cards.print_jobs(db) == []


def test_saving_records_the_job_without_personal_data(db, tmp_path):
    cards.save(db, CardJob(template="wallet", tag="tent", copies=3), tmp_path / "a.pdf")
    cards.save(db, CardJob(template="wallet", tag="tent", copies=12, unique=True),
               tmp_path / "b.pdf")
    rows = cards.print_jobs(db)
    assert [(r["copies"], r["cards"], r["unique_codes"], r["paper"]) for r in rows] == [
        (3, 10, 0, "a4"), (12, 12, 1, "a4")]
    assert set(rows[0]) == {"id", "template", "tag", "language", "copies", "cards", "paper",
                            "unique_codes", "printed_utc"}
    cards.render(db, CardJob(template="wallet", tag="preview"))  # a preview is not a print
    assert len(cards.print_jobs(db)) == 2


def test_preview_is_a_png_of_the_first_page(db):
    png = cards.preview_png(db, CardJob(template="postcard", tag="x"), 400)
    assert png.startswith(b"\x89PNG")
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png))
    assert image.width == 400 and abs(image.height - round(400 * 297 / 210)) <= 1
    assert {c.text for c in zxingcpp.read_barcodes(image)} == {f"{HUB}?src=x"}


def test_cli_prints_cards_and_refuses_in_full(tmp_path, capsys):
    data = str(tmp_path)
    out = tmp_path / "w.pdf"
    assert main(["cards", "--template", "wallet", "--tag", "tent", "--copies", "12",
                 "--unique", "-o", str(out), "--data-dir", data]) == 0
    captured = capsys.readouterr()
    assert captured.out == (f"wrote {out}: 12 × Wallet card 85×55 mm, 10-up on 2 a4 sheets, "
                            "unique codes\n")
    assert "placeholder +1 555 0100" in captured.err
    assert main(["cards", "--template", "poster", "--tag", "x", "-o", str(tmp_path / "p.pdf"),
                 "--data-dir", data]) == 2
    assert capsys.readouterr().err.startswith(
        "wellness-desk: error: refused to print:\n- scan distance: the QR code is 15.2 cm")
    assert main(["cards", "--template", "poster", "--tag", "x", "--scan-distance", "1.5",
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

    from wellness_desk.cards import CardJob, job_url, render

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
    problems = preflight(db, CardJob(template="wallet", tag="t", hub_url="https://例え.jp/"))
    assert any("例" in p for p in problems)
