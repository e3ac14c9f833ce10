"""1,000 wallet cards, each with its own code: our vector renderer against the naive way.

Naive: a `qrcode` PIL image per card (automatic version and mask search, `qrcode.make`)
placed with `drawImage`, plus the same texts drawn on every card. Both run in turn in one
process; the figure is the best of `--rounds` for each.

    .venv/bin/python bench/cards.py [--cards 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import io
import sys
import time

from wellness_desk import card_render, cards
from wellness_desk.db import memory_db

TARGETS = "# targets: cards_s <= 2, cards_speedup >= 10, cards_pdf_kb <= naive_pdf_kb / 4"
MM = 72 / 25.4


def ours(db, n: int) -> bytes:
    return card_render.render(db, cards.CardJob(template="wallet", tag="green-room-chicago-2026",
                                          copies=n, unique=True))


def naive(db, n: int) -> bytes:
    """One raster QR per card, every text drawn again on every card."""
    import qrcode
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    job = cards.CardJob(template="wallet", tag="green-room-chicago-2026", copies=n, unique=True)
    plan, problems = cards.plan_job(db, job)
    assert plan is not None and not problems
    renderer = card_render.Renderer()
    c: canvas.Canvas = renderer.canvas
    template, sheet = plan.template, plan.sheet
    qbox = template.box("qr")
    assert qbox is not None
    cols, rows = sheet.grid
    page_w, page_h = cards.PAPERS["a4"]
    x0 = (page_w - cols * sheet.cell[0]) / 2
    y0 = (page_h - rows * sheet.cell[1]) / 2
    for i, url in enumerate(plan.urls):
        cell = i % (cols * rows)
        if i and cell == 0:
            c.showPage()
        cx = x0 + (cell % cols) * sheet.cell[0]
        top = y0 + (cell // cols) * sheet.cell[1]
        c.saveState()
        c.translate(cx * MM, (page_h - top - sheet.cell[1]) * MM)
        for box in template.boxes:
            fit = plan.fits.get(box.kind)
            if fit is not None:
                renderer._text(box, fit, template.size[1])
        image = qrcode.make(url)
        c.drawImage(ImageReader(image.get_image()), qbox.x * MM,
                    (template.size[1] - qbox.y - qbox.h) * MM, qbox.w * MM, qbox.h * MM)
        c.restoreState()
    c.showPage()
    return renderer.finish()


def best(fn, db, n: int, rounds: int) -> tuple[float, bytes]:
    times, data = [], b""
    for _ in range(rounds):
        started = time.perf_counter()
        data = fn(db, n)
        times.append(time.perf_counter() - started)
    return min(times), data


def check(pdf: bytes, n: int) -> None:
    """The first sheet of each PDF scans: the comparison is between working outputs."""
    import pypdfium2 as pdfium
    import zxingcpp

    page = pdfium.PdfDocument(io.BytesIO(pdf))[0]
    found = {c.text for c in zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil())}
    assert len(found) == min(n, 10), found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    db = memory_db()
    ours(db, 10)  # fonts registered, modules imported: both start warm
    cards_s, pdf = best(ours, db, args.cards, args.rounds)
    naive_s, naive_pdf = best(naive, db, args.cards, 1)
    check(pdf, args.cards)
    check(naive_pdf, args.cards)
    print(f"cards: {args.cards}")
    print(f"cards_s: {cards_s:.2f}")
    print(f"naive_s: {naive_s:.2f}")
    print(f"cards_speedup: {naive_s / cards_s:.1f}")
    print(f"cards_pdf_kb: {len(pdf) / 1024:.0f}")
    print(f"naive_pdf_kb: {len(naive_pdf) / 1024:.0f}")
    print(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
