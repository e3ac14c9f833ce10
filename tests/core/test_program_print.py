"""The printed day program: a page per day and space, a QR code to the resource hub."""

from __future__ import annotations

import pickle

import pytest

from tests import pdf_pages
from tests.core.test_schedule_io import FRI, GOOD, HEADER, SAT, SPACES, SUN, _csv
from wellness_desk import schedule, settings
from wellness_desk.errors import WellnessError
from wellness_desk.print.page import day_text
from wellness_desk.program_print import plan_program, program_pdf, save_program
from wellness_desk.schedule_io import SAMPLE_PROGRAM, import_csv

_pages, _text, _qr_codes = pdf_pages.pages, pdf_pages.text, pdf_pages.qr_codes


def test_the_day_program_has_a_page_per_day_and_space_with_a_readable_qr(db, fest, tmp_path):
    added = import_csv(db, fest.id, SAMPLE_PROGRAM)
    cancelled = schedule.set_status(db, added[3].id, "cancelled")
    settings.set_hub_url(db, "https://hub.example.org/r/test-fest")
    path = tmp_path / "program.pdf"

    pages = program_pdf(db, fest.id, path)

    pairs = sorted({(w.local_start.date(), w.space) for w in added},
                   key=lambda p: (p[0], SPACES.index(p[1])))
    assert pages == pairs
    rendered = _pages(path)
    assert len(rendered) == len(pairs) == 9
    for (day, space), page in zip(pairs, rendered, strict=True):
        assert _qr_codes(page) == ["https://hub.example.org/r/test-fest"]
        text = _text(page)
        assert space in text and day_text(day) in text
        assert "https://hub.example.org/r/test-fest" in text
        here = [w for w in added if (w.local_start.date(), w.space) == (day, space)]
        for w in here:
            assert f"{w.local_start:%H:%M} to {w.local_end:%H:%M}" in text and w.title in text
        elsewhere = {w.title for w in added} - {w.title for w in here}
        assert [title for title in elsewhere if title in text] == []
    cancelled_page = _text(rendered[pairs.index((FRI, "Wellness tent"))])
    assert cancelled.title in cancelled_page and "CANCELLED" in cancelled_page
    assert "CANCELLED" not in _text(rendered[pairs.index((SAT, "Wellness tent"))])


def test_days_and_spaces_without_sessions_get_no_page(db, fest, tmp_path):
    path = _csv(tmp_path, HEADER,
                "2026-07-03,10:00,11:00,Wellness tent,Łódź breathing — ćwiczenia,Breathwork,,,",
                "2026-07-03,12:00,13:00,Wellness tent,Ζεν and tea,Meditation,Zoë Ng,,",
                "2026-07-05,12:00,13:00,Quiet room,Peer circle,Support group,,,")
    import_csv(db, fest.id, path)
    pdf = tmp_path / "out" / "program.pdf"

    pages = program_pdf(db, fest.id, pdf, hub_url="https://example.org/help")

    assert pages == [(FRI, "Wellness tent"), (SUN, "Quiet room")]
    first, second = _pages(pdf)
    # The embedded font carries Polish and Greek letters through to the page's text.
    assert "Łódź breathing — ćwiczenia" in _text(first) and "Ζεν and tea" in _text(first)
    assert "with Zoë Ng" in _text(first)
    assert "Peer circle" in _text(second) and "Łódź" not in _text(second)
    assert _qr_codes(second) == ["https://example.org/help"]


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(db, fest, tmp_path, paper, size):
    import_csv(db, fest.id, _csv(tmp_path, HEADER, GOOD[0]))
    path = tmp_path / "program.pdf"

    program_pdf(db, fest.id, path, paper=paper)

    (page,) = _pages(path)
    assert tuple(round(v) for v in page.get_size()) == size
    assert _qr_codes(page) == [settings.DEFAULT_HUB_URL]


def test_a_crowded_day_goes_on_to_a_second_page_and_loses_no_session(db, fest, tmp_path):
    rows = [f"2026-07-04,{8 + i // 3}:{(i % 3) * 20:02d},{8 + i // 3}:{(i % 3) * 20 + 15:02d},"
            f"Wellness tent,Drop-in number {i + 1},Breathwork,,," for i in range(36)]
    import_csv(db, fest.id, _csv(tmp_path, HEADER, *rows))
    path = tmp_path / "program.pdf"

    pages = program_pdf(db, fest.id, path)

    assert len(pages) >= 2 and set(pages) == {(SAT, "Wellness tent")}
    texts = [_text(p) for p in _pages(path)]
    assert "(continued)" in texts[1]
    for i in range(36):
        assert sum(f"Drop-in number {i + 1} " in t + " " for t in texts) == 1


def test_the_program_is_read_then_drawn_without_the_database(db, fest, tmp_path):
    import_csv(db, fest.id, _csv(tmp_path, HEADER, GOOD[0]))
    plan = plan_program(db, fest.id, hub_url="https://example.org/help")
    db.close()  # drawing needs nothing more from it
    assert pickle.loads(pickle.dumps(plan)) == plan  # as it crosses to the drawing process
    path = tmp_path / "program.pdf"

    assert save_program(plan, path) == [(plan.pages[0][0], plan.pages[0][1].name)]

    (page,) = _pages(path)
    assert plan.pages[0][2][0].title in _text(page)
    assert _qr_codes(page) == ["https://example.org/help"]


def test_nothing_to_print_and_bad_paper_are_refused(db, fest, tmp_path):
    with pytest.raises(WellnessError, match="no workshops in Test Fest to print"):
        program_pdf(db, fest.id, tmp_path / "p.pdf")
    import_csv(db, fest.id, _csv(tmp_path, HEADER, GOOD[0]))
    with pytest.raises(WellnessError, match="paper: 'a3' is not one of a4, letter"):
        program_pdf(db, fest.id, tmp_path / "p.pdf", paper="a3")
    (tmp_path / "taken").mkdir()
    with pytest.raises(WellnessError, match="taken: cannot write it"):
        program_pdf(db, fest.id, tmp_path / "taken")
    assert not (tmp_path / "p.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
