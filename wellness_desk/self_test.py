"""`wellness-desk self-test`: what an installed or bundled app checks of itself, minus the
window (ui.app.self_test builds that). Each check returns the line the command prints.

It exists for the bundle above all: a PyInstaller build that lost a data file, a keyring
backend, the drawing process's start or SQLite's library fails here, in CI, rather than on
a volunteer's laptop.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import DataFileError
from .messages import joined, msg

if TYPE_CHECKING:
    from .print.drawing import DrawingProcess

LOGGER = "wellness_desk"
LOG_FILENAME = "self-test.log"


@contextlib.contextmanager
def data_folder(override: str | None) -> Iterator[Path]:
    """The folder to test in: `override` as given (kept), else a fresh temporary one
    (removed after): a self-test never opens a person's real data by accident."""
    if override:
        yield Path(override).expanduser()
        return
    with tempfile.TemporaryDirectory(prefix="wellness-desk-self-test-") as folder:
        yield Path(folder)


def check_database(path: Path) -> str:
    """Open (creating) and migrate the database at `path`, and check its pages."""
    from .db import connect
    from .migrations import migrations

    db = connect(path)
    try:
        applied = [m.name for m in migrations.applied(db)]
        integrity = db.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        db.close()
    if integrity != "ok":
        raise DataFileError(msg("{path}: quick_check says {integrity}",
                                path=path, integrity=integrity))
    return (f"database: {path} (schema {applied[-1] if applied else 'none'}, "
            f"{len(applied)} migrations), SQLite {sqlite3.sqlite_version}")


def keyring_line() -> str:
    """The keyring backend in use, and whether the app trusts it with a secret."""
    from .system_keyring import keyring_usable

    safe, name = keyring_usable()
    return f"keyring: {name} ({'safe' if safe else 'not safe: PIN falls back to a passphrase'})"


def card_sheet(path: Path, drawing: DrawingProcess) -> str:
    """One sheet of wallet cards, planned here and drawn and rasterised in the drawing
    process (reportlab, the fonts, the QR code and pdfium, as a print preview does)."""
    from . import card_render, cards
    from .db import connect

    job = cards.CardJob(template="wallet", tag="self-test", paper="a4", language="en",
                        copies=cards.TEMPLATES["wallet"].per_sheet("a4"),
                        logo=cards.shipped_logos()[0])
    db = connect(path)
    try:
        planned = card_render.plan_preview(db, job)
    finally:
        db.close()
    preview = drawing.run(card_render.draw_preview, planned)
    if preview.image is None:
        raise DataFileError(msg("card sheet refused: {problems}",
                                problems=joined(preview.problems, "; ")))
    return (f"card sheet: {job.copies} wallet cards on a4, drawn {preview.image.width}×"
            f"{preview.image.height} px in the drawing process")


def log_line(folder: Path) -> str:
    """Write one INFO line through the app's logger, and say where it went.

    Where the app has set up its log (a handler on the `wellness_desk` logger or above),
    the line goes there; otherwise to a file of its own in `folder`, read back to prove it.
    """
    logger = logging.getLogger(LOGGER)
    own: logging.FileHandler | None = None
    if not logger.hasHandlers():
        own = logging.FileHandler(folder / LOG_FILENAME, encoding="utf-8", delay=True)
        own.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(own)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        logger.info("self-test: Wellness Desk %s, SQLite %s", __version__,
                    sqlite3.sqlite_version)
    finally:
        logger.setLevel(level)
        if own is not None:
            logger.removeHandler(own)
            own.close()
    if own is not None:
        written = Path(own.baseFilename)
        if "self-test: Wellness Desk" not in written.read_text(encoding="utf-8"):
            raise DataFileError(msg("{written}: the log line was not written", written=written))
        return f"log: {written}"
    files = [h.baseFilename for h in _handlers(logger) if isinstance(h, logging.FileHandler)]
    return f"log: {', '.join(files) if files else 'written to the app’s log handlers'}"


def _handlers(logger: logging.Logger) -> list[logging.Handler]:
    found: list[logging.Handler] = []
    current: logging.Logger | None = logger
    while current is not None:
        found += current.handlers
        current = current.parent if current.propagate else None
    return found
