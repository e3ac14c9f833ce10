"""`wellness-desk`: the GUI, and subcommands for headless work.

Kept free of Qt: only the GUI and self-test paths import `wellness_desk.ui`, lazily.
"""

from __future__ import annotations

import argparse
import errno
import logging
import multiprocessing
import os
import sqlite3
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, card_layouts
from .errors import DataFileError, WellnessError
from .kits import ROLES, UNSPECIFIED
from .messages import msg
from .print.page import PAPERS, SHEET_PAPERS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .activations import Activation, Location
    from .vault import Vault

PROG = "wellness-desk"
log = logging.getLogger(__name__)
EXIT_BAD_INPUT = 2
EXIT_BROKEN = 1
# What a shell reports for a program stopped by SIGPIPE (128 + 13), as `yes | head` does.
EXIT_PIPE_CLOSED = 141
EXIT_INTERRUPTED = 130
# Set to see the traceback of an internal error instead of its one-line summary.
TRACEBACK_ENV = "WELLNESS_DESK_TRACEBACK"


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr (no usage dump) and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def _data_dir_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help="folder of the database (default: $WELLNESS_DESK_DATA, else the platform's "
        "user-data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Wellness Desk: kits, workshops and therapy days at music-industry "
        "wellness activations. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _data_dir_option(parser, default=None)
    parser.add_argument(
        "--demo-if-empty", action="store_true",
        help="fill an empty database with the demo before opening the app (used by make run)",
    )
    # Subcommands accept --data-dir too; SUPPRESS keeps one given before them.
    common = _Parser(add_help=False)
    _data_dir_option(common, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser(
        "demo", parents=[common], help="fill an empty database with a realistic demo",
        description="Seed a 3-day festival (two locations, five kit types, a day of "
        "hand-outs) and a tour with four stops. Refuses a database that holds activations.",
    )
    sub.add_parser(
        "self-test", parents=[common],
        help="check the app: database, keyring, a card sheet, the log, every section",
        description="In a fresh temporary data folder (or --data-dir DIR): create and "
        "migrate the database, name the keyring backend and SQLite's version, draw one "
        "card sheet in the drawing process, write a log line, build the main window and "
        "every section offscreen; exit 0 when all of it works.",
    )

    backup = sub.add_parser(
        "backup", parents=[common], help="back up the database now",
        description="Write a whole, checked copy of the database (SQLite's VACUUM INTO, then "
        "an integrity check; the app may stay open meanwhile). Without FILE it goes to the "
        "backups folder of the data folder, where the app keeps its daily backups too.",
    )
    backup.add_argument("file", metavar="FILE", nargs="?", default=None,
                        help="where to write it: a new file, or a folder for the usual name")
    sub.add_parser(
        "backups", parents=[common], help="list the backups in the backups folder",
        description="List the backups in the data folder's backups folder, newest first: "
        "when (this computer's time), kind (daily, manual, pre-migration), size, file.",
    )
    restore = sub.add_parser(
        "restore", parents=[common], help="put a backup back as the database",
        description="Make FILE (a backup) the database. The current database is kept, "
        "renamed to wellness-desk.sqlite3.before-restore-<UTC time> beside it. A file that is "
        "not a whole Wellness Desk database is refused and nothing changes. Close the app "
        "first: a restore is refused while it has the data folder open.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to put back")

    kits_parser = sub.add_parser(
        "kits", parents=[common], help="log hand-outs and read today's counts",
        description="Kit hand-outs at the current activation.",
    )
    kits_sub = kits_parser.add_subparsers(
        dest="kits_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    log = kits_sub.add_parser(
        "log", parents=[common], help="log kits handed out",
        description="Log kits handed out at a location of the current activation.",
    )
    log.add_argument("kit", metavar="KIT", help="kit name, any case (e.g. Earplugs)")
    log.add_argument("--count", type=int, default=1, metavar="N", help="kits handed out (1)")
    log.add_argument(
        "--role", default=UNSPECIFIED, choices=[UNSPECIFIED, *ROLES],
        help="role category of who got it (unspecified)",
    )
    log.add_argument("--location", metavar="NAME", help="location (default: the first one)")
    undo = kits_sub.add_parser(
        "undo", parents=[common], help="undo the last hand-out",
        description="Undo the last hand-out at a location that is not undone yet (a "
        "correcting row is written; nothing is deleted).",
    )
    undo.add_argument("--location", metavar="NAME", help="location (default: the first one)")
    today = kits_sub.add_parser(
        "today", parents=[common], help="print today's counts and stock",
        description="Print today's hand-outs (local day) and stock per kit type.",
    )
    today.add_argument("--location", metavar="NAME", help="location (default: the first one)")

    schedule_parser = sub.add_parser(
        "schedule", parents=[common], help="the workshop program",
        description="The workshop program of the current activation.",
    )
    schedule_sub = schedule_parser.add_subparsers(
        dest="schedule_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    imp = schedule_sub.add_parser(
        "import", parents=[common], help="add the workshops of a CSV file",
        description="Add the workshops of a program CSV (columns: date, start, end, space, "
        "title, kind; optional end_date, facilitators, capacity, description; see the "
        "README) to the current activation. All or nothing: any bad line is reported with "
        "its line number and field, and nothing is imported.",
    )
    imp.add_argument("file", metavar="FILE.csv",
                     help="the program, UTF-8, ',', ';' or tab separated")

    export = sub.add_parser(
        "export", parents=[common],
        help="write the workshop program as .ics or PDF, or the counts and logs as CSV",
        description="Write the current activation's workshop program as a calendar file "
        "(.ics, one event per workshop, cancelled ones marked) or as a printable day "
        "program (one page per day and space, with a QR code to the resource hub). With "
        "--csv, a folder of CSV files for a spreadsheet: the anonymous counts exactly as "
        "the sync sends them (therapy figures under 5 shown as <5), and every local log "
        "(kit movements, workshops and door counts, print jobs, resource reports, therapy "
        "days, slots, bookings and waitlist) of every activation, with a README.txt. All or "
        "nothing; a folder holding a previous export is replaced whole.",
    )
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--ics", metavar="FILE", help="write an iCalendar file ('-': stdout)")
    what.add_argument("--program-pdf", metavar="FILE", help="write the printable day program")
    what.add_argument("--csv", metavar="DIR",
                      help="write the CSV exports into DIR (a new or empty folder, or a "
                      "previous export)")
    export.add_argument(
        "--personal", action="store_true",
        help="with --csv: also the names, contacts and notes of people booked into therapy "
        "or waiting. Asks for the PIN (key in the system keyring) or the passphrase (no "
        "keyring) as 'therapy slots --show-names' does. The files are then readable by you "
        "only: keep them on this laptop.",
    )
    export.add_argument("--space", metavar="NAME", help="only this space (default: all)")
    export.add_argument(
        "--paper", choices=SHEET_PAPERS, default=None, help="paper size of the PDF (default: a4)"
    )

    report_parser = sub.add_parser(
        "report", parents=[common], help="write the activation report as a PDF",
        description="Write the current activation's report: headline totals against their "
        "targets, charts of kits, workshops, therapy sessions and cards, a table per day, "
        "and what changed since the last report. Therapy figures under 5 are not shown.",
    )
    report_parser.add_argument("--pdf", required=True, metavar="FILE", help="the PDF to write")
    report_parser.add_argument("--from", dest="start", metavar="DATE",
                               help="first local day, e.g. 2026-07-03 (default: the "
                               "activation's first)")
    report_parser.add_argument("--to", dest="end", metavar="DATE",
                               help="last local day (default: the activation's last)")
    report_parser.add_argument("--location", metavar="NAME",
                               help="only this location (default: every location)")
    report_parser.add_argument("--lang", choices=card_layouts.LANGUAGES, default="en",
                               help="language of the report (en)")
    report_parser.add_argument("--paper", choices=SHEET_PAPERS, default="a4", help="(a4)")

    therapy_parser = sub.add_parser(
        "therapy", parents=[common], help="therapy days at the stops of a tour",
        description="Therapy days at the stops of the current activation, which must be a tour.",
    )
    therapy_sub = therapy_parser.add_subparsers(
        dest="therapy_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    therapy_slots = therapy_sub.add_parser(
        "slots", parents=[common], help="print the therapy slots of a stop",
        description="Print the therapy slots of a stop of the current tour, one line per slot: "
        "time range in the stop's own time zone, status (free, blocked, booked, attended, "
        "no-show) and role category. Names are printed only with --show-names, after the "
        "PIN or passphrase unlocks them.",
    )
    therapy_slots.add_argument(
        "--stop", required=True, metavar="STOP",
        help="the stop's name or its city, any case (e.g. Berlin)",
    )
    therapy_slots.add_argument(
        "--show-names", action="store_true",
        help="also print who is booked. Asks for the PIN (key in the system keyring) or the "
        "passphrase (no keyring): at a hidden prompt when run in a terminal, otherwise read "
        "as one line from standard input. A wrong one exits 2, and each wrong try makes the "
        "next wait longer.",
    )

    cards_parser = sub.add_parser(
        "cards", parents=[common], help="print QR cards and signs to a PDF",
        description="Write QR cards or signs pointing to the resource hub (the address in "
        "Settings, plus ?src=TAG) as a print-ready PDF. A job that would print badly (a code "
        "too small to scan, text that does not fit or has a character the font lacks) is "
        "refused with every reason. With --locations, one PDF for every row of a CSV "
        "(columns: name, tag, language, copies, template; optional paper, scan_distance); all "
        "or nothing. The help line prints only once its number is set (wellness-desk "
        "settings --help-line-number). Unique codes continue the tag's numbering from the "
        "last saved or printed job.",
    )
    cards_parser.add_argument("--template", choices=list(card_layouts.LAYOUTS),
                              help=", ".join(card_layouts.LAYOUTS))
    cards_parser.add_argument("--tag", metavar="TAG",
                              help="source tag the hub counts scans by "
                              "(e.g. green-room-chicago-2026)")
    cards_parser.add_argument("--lang", choices=card_layouts.LANGUAGES, default="en",
                              help="language of the card texts (en)")
    cards_parser.add_argument("--copies", type=int, default=1, metavar="N",
                              help="cards, or signs, to print (1)")
    cards_parser.add_argument("--unique", action="store_true",
                              help="a different code on every card (&c=0001, &c=0002, …)")
    cards_parser.add_argument("--paper", choices=list(PAPERS), default=None,
                              help="(a4; with --locations, for lines without a paper column: "
                              "each template's default, a4)")
    cards_parser.add_argument("--scan-distance", type=float, metavar="M", default=None,
                              help="signs: the distance in metres people scan from (default: "
                              "as far as the code on that paper serves)")
    cards_parser.add_argument("--logo", metavar="FILE", help="a logo image to print")
    cards_parser.add_argument("--locations", metavar="FILE.csv",
                              help="one PDF for every location of a CSV")
    cards_parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")

    settings_parser = sub.add_parser(
        "settings", parents=[common], help="show or set the help line printed on cards",
        description="With no option, show the settings. The help line (its name and number) "
        "prints on every card and sign; until a number is set they print without one. A "
        "number that is not a plausible phone number, or a fictional or placeholder one "
        "(555-01xx, 0000000…), is refused.",
    )
    settings_parser.add_argument("--help-line-name", metavar="NAME",
                                 help="the help line's name as printed (empty: the card "
                                 "texts' words, e.g. '24/7 music-industry help line')")
    settings_parser.add_argument("--help-line-number", metavar="NUMBER",
                                 help="the help line's phone number, e.g. '+44 800 123 4567' "
                                 "('' to print no help line)")
    required = settings_parser.add_mutually_exclusive_group()
    required.add_argument("--refuse-without-help-line", action="store_true", default=None,
                          dest="help_line_required",
                          help="refuse to print cards and signs while no number is set")
    required.add_argument("--print-without-help-line", action="store_false", default=None,
                          dest="help_line_required",
                          help="print them without a help line while no number is set "
                          "(the default)")

    sync_parser = sub.add_parser(
        "sync", parents=[common], help="send the anonymous counts to the nonprofit's hub",
        description="Connect this laptop to the hub with a one-time enrolment code, send the "
        "anonymous count cells of the connected activation, or show what would be sent. "
        "Only allow-listed counts leave the laptop (see docs/sync-protocol.md). The hub token "
        "is kept in the system keyring; a computer without a safe keyring cannot connect.",
    )
    sync_action = sync_parser.add_mutually_exclusive_group(required=True)
    sync_action.add_argument(
        "--hub", metavar="URL",
        help="connect to the hub at URL (https://…; plain http:// only to this computer or a "
        "private network address), with --enroll CODE; the counts of the current activation "
        "(or --activation NAME) are sent from then on. If the answer is lost, run it again "
        "with the same code: the hub knows this laptop's token and answers the same device",
    )
    sync_action.add_argument(
        "--once", action="store_true",
        help="send what is waiting now and print the outcome; exit 0 when everything went "
        "(or nothing waited), 1 when the hub could not be reached or refused something, 2 "
        "when not connected",
    )
    sync_action.add_argument(
        "--preview", action="store_true",
        help="print each JSON body the next sync would send, one per line, exactly as sent "
        "(before gzip); nothing is sent",
    )
    sync_action.add_argument("--status", action="store_true",
                             help="print the connection, last sync and changes waiting")
    sync_action.add_argument("--log", action="store_true",
                             help="print the last 100 requests to the hub, newest first")
    sync_action.add_argument("--disconnect", action="store_true",
                             help="forget the hub: the token leaves the keyring")
    sync_parser.add_argument("--enroll", metavar="CODE",
                             help="the one-time code from 'wellness-hub enroll' (with --hub)")
    sync_parser.add_argument("--activation", metavar="NAME",
                             help="with --hub: send this activation's counts instead of the "
                             "current one's (name, any case)")
    sync_parser.add_argument("--timeout", type=float, metavar="S", default=None,
                             help="seconds one request to the hub may take in all, from "
                             "connecting to the answer's last byte (10); a run starts no "
                             "batch after 5 minutes (the rest goes next time)")
    sync_parser.add_argument("--batch-size", type=int, metavar="N", default=None,
                             help="with --once or --preview: cells per request, 1 to 1000 "
                             "(1000)")

    resources_parser = sub.add_parser(
        "resources", parents=[common],
        help="the offline directory of crisis lines and services (HSDS 3.0)",
        description="Import, export and search the laptop's copy of the resource directory, "
        "or pull the signed directory from the connected hub.",
    )
    resources_sub = resources_parser.add_subparsers(
        dest="resources_command", metavar="ACTION", required=True, parser_class=_Parser)
    res_import = resources_sub.add_parser(
        "import", parents=[common],
        help="replace the directory with an HSDS package (all or nothing)",
        description="Read an HSDS 3.0 package (a folder of CSV files with datapackage.json, "
        "or the HSDS JSON form) and replace the laptop's directory with it. Nothing changes "
        "if any table, line or field is wrong; favourites are kept.")
    res_import.add_argument("package", metavar="PACKAGE", help="folder or .json file")
    res_export = resources_sub.add_parser(
        "export", parents=[common],
        help="write the directory as an HSDS package (CSV + datapackage.json + JSON)")
    res_export.add_argument("folder", metavar="DIR", help="folder to write (created if need be)")
    res_search = resources_sub.add_parser(
        "search", parents=[common],
        help="find crisis lines and services (accents and case ignored)")
    res_search.add_argument("text", metavar="TEXT", nargs="?", default="",
                            help="words to find in names, descriptions and numbers")
    res_search.add_argument("--country", metavar="CC", default="",
                            help="ISO 3166-1 country code, e.g. FR")
    res_search.add_argument("--lang", metavar="LL", default="",
                            help="a language the service is offered in, e.g. es")
    res_search.add_argument("--kind", metavar="K", default="",
                            help="crisis-line, counselling, financial-aid, substance-use, "
                            "peer-support or music-industry")
    res_search.add_argument("--open-now", action="store_true",
                            help="only what can be reached now, in its own time zone")
    resources_sub.add_parser(
        "pull", parents=[common],
        help="fetch the signed directory from the connected hub (if it changed)")
    res_tour = resources_sub.add_parser(
        "tour-sheet", parents=[common],
        help="a PDF of every tour stop's date and city with its country's "
        "crisis lines, for the crew's day sheets",
        description="Each stop of the tour (the current activation, or --activation) with "
        "its country's crisis lines (numbers large, call or text, hours, languages, the date "
        "each was checked) and a few services, the help line from Settings, and a QR code "
        "to the resource hub. A stop whose country has no verified line says so. A line last "
        "checked more than 12 months ago is refused, unless --include-stale prints it "
        "marked.")
    res_tour.add_argument("--pdf", required=True, metavar="FILE", help="the PDF to write")
    res_tour.add_argument("--lang", choices=card_layouts.LANGUAGES, default="en",
                          help="the sheet's language (en)")
    res_tour.add_argument("--activation", metavar="NAME",
                          help="the tour, by name (default: the current activation)")
    res_tour.add_argument("--paper", choices=SHEET_PAPERS, default="a4", help="(a4)")
    res_tour.add_argument("--include-stale", action="store_true",
                          help="print lines not re-checked for 12 months, marked so")
    res_card = resources_sub.add_parser(
        "country-card", parents=[common],
        help="wallet cards with one country's crisis lines, in its languages",
        description="Ten wallet cards a sheet, with crop marks: one country's crisis lines, "
        "front and back in the (up to two) languages they answer in, with the help line "
        "from Settings and a QR code to the resource hub.")
    res_card.add_argument("country", metavar="CC", help="ISO 3166-1 country code, e.g. CA")
    res_card.add_argument("--pdf", required=True, metavar="FILE", help="the PDF to write")
    res_card.add_argument("--copies", type=int, default=10, metavar="N",
                          help="cards (10: one sheet; rounded up to whole sheets)")
    res_card.add_argument("--paper", choices=SHEET_PAPERS, default="a4", help="(a4)")
    res_card.add_argument("--include-stale", action="store_true",
                          help="print lines not re-checked for 12 months, marked so")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Every failure is one line on stderr and a non-zero exit, never a
    traceback; a reader that stops reading (`| head`) ends the command quietly."""
    _streams_for_a_windowed_app()
    # First: in a frozen app, the drawing process is this same program started again, and
    # must become the drawing process here, before any command runs.
    multiprocessing.freeze_support()
    try:
        return _main(argv)

    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        from .logs import close_log

        close_log()


def _streams_for_a_windowed_app() -> None:
    """A windowed bundle (Windows, macOS) starts with sys.stdout and sys.stderr set to None:
    whatever writes to them (a logging handler, faulthandler, a library's warning) would
    raise. They write to the null device instead."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    _start_log(args)
    try:
        return _dispatch(args)
    except DataFileError as e:
        # Our own sentence about the file or the disk: a path, never a person's data.
        log.warning("%s failed: %s", _what(args), e)
        return _fail(str(e), EXIT_BROKEN)
    except WellnessError as e:
        # Its type only: bad input is quoted in the message, and could be a name.
        log.info("%s refused: %s", _what(args), type(e).__name__)
        return _fail(str(e), EXIT_BAD_INPUT)
    except sqlite3.Error as e:
        # Raised mid-command (a damaged page a query touches, a full disk at COMMIT): the
        # database layer names it by SQLite's error code.
        from .db import storage_error
        from .paths import db_path

        problem = storage_error(e, db_path(args.data_dir))
        if problem is not None:
            return _fail(str(problem), EXIT_BROKEN)
        return _internal_error(e)
    except BrokenPipeError:
        raise
    except OSError as e:
        return _fail(_os_error_text(e), EXIT_BROKEN)
    except Exception as e:  # the last guard: a bug, told in one line
        return _internal_error(e)


def _what(args: argparse.Namespace) -> str:
    """The command for the log, without its arguments (they could name a person)."""
    action = next((getattr(args, a) for a in ("kits_command", "schedule_command",
                                               "therapy_command", "resources_command")
                   if getattr(args, a, None)), None)
    return " ".join(filter(None, ["command", args.command or "app", action]))


def _start_log(args: argparse.Namespace) -> None:
    from .logs import log_folder, log_start, setup_logging
    from .paths import data_dir

    # The window's faults too: a windowed bundle has no stderr to show them.
    setup_logging(log_folder(args.data_dir), faults=args.command is None)
    if args.command is not None:  # the app says its own first line
        log_start(_what(args), data_dir(args.data_dir))


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def _os_error_text(e: OSError) -> str:
    where = f"{e.filename}: " if e.filename else ""
    if e.errno == errno.ENOSPC:
        return f"{where}the disk is full: nothing was written there. Make room and try again."
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"{where}may not be written ({e.strerror}): pick a folder you may write to."
    return f"{where}{e.strerror or type(e).__name__}"


def _internal_error(e: BaseException) -> int:
    from .logs import trace_text

    log.error("internal error: %s", trace_text(type(e), e, e.__traceback__))
    if os.environ.get(TRACEBACK_ENV):
        raise e
    # The type and the place only: the message could quote a name typed by a person.
    frames = traceback.extract_tb(e.__traceback__)
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return _fail(f"internal error ({type(e).__name__}{place}); this is a bug, please report "
                 f"it. {TRACEBACK_ENV}=1 shows where it happened.", EXIT_BROKEN)


def _stdout_to_devnull() -> None:
    """The recipe of Python's docs for SIGPIPE: the exit's last flush must not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout is not a real file (a test's capture): there is nothing to flush


def _open(args: argparse.Namespace) -> Database:
    from .db import connect
    from .paths import db_path

    return connect(db_path(args.data_dir))


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        return _gui(args)
    if args.command == "self-test":
        return _self_test(args)
    if args.command in ("backup", "backups", "restore"):
        # Never through `_open`: the database is only read (a backup) or replaced whole (a
        # restore), never migrated first, and a damaged one can still be put back.
        return _backups(args)
    db = _open(args)
    try:
        if args.command == "demo":
            from .demo import seed
            from .paths import db_path

            seed(db)
            print(f"demo data written to {db_path(args.data_dir)}")
            return 0
        if args.command == "kits":
            return _kits(db, args)
        if args.command == "schedule":
            return _schedule(db, args)
        if args.command == "export":
            return _export(db, args)
        if args.command == "therapy":
            return _therapy(db, args)
        if args.command == "report":
            return _report(db, args)
        if args.command == "cards":
            return _cards(db, args)
        if args.command == "settings":
            return _settings(db, args)
        if args.command == "sync":
            return _sync(db, args)
        if args.command == "resources":
            from .resources import commands

            return commands.run(db, args)
    finally:
        db.close()
    raise AssertionError(f"unhandled command {args.command}")


def _backups(args: argparse.Namespace) -> int:
    from . import backups
    from .clock import utcnow
    from .paths import db_path

    path = db_path(args.data_dir)
    if args.command == "backup":
        made = backups.make_backup(path, Path(args.file) if args.file else None, now=utcnow())
        print(f"backed up to {made.path} ({backups.size_text(made.size_bytes)})")
        return 0
    if args.command == "backups":
        found = backups.list_backups(path.parent)
        if not found:
            print(f"no backups yet in {backups.backups_dir(path.parent)}", file=sys.stderr)
            return 0
        for b in found:
            print(f"{backups.local_text(b.taken_at)}  {b.kind:<13}  "
                  f"{backups.size_text(b.size_bytes):>8}  {b.path}")
        return 0
    with backups.holding_folder(path):
        done = backups.restore(path, Path(args.file), now=utcnow())
    print(f"restored {done.source} as {done.database}")
    if done.set_aside is not None:
        print(f"the database it replaced is kept as {done.set_aside}")
    return 0


def _current(db: Database) -> Activation:
    from .activations import current_activation

    activation = current_activation(db)
    if activation is None:
        raise WellnessError(
            msg("no activation yet: create one in the app, or run 'wellness-desk demo'")
        )
    return activation


def _kits(db: Database, args: argparse.Namespace) -> int:
    from . import kits
    from .activations import find_location
    from .clock import local_time_text

    activation = _current(db)
    location = find_location(db, activation.id, args.location)
    if args.kits_command == "log":
        kit = kits.find_kit_type(db, args.kit)
        done = kits.hand_out(
            db, kit_type_id=kit.id, location_id=location.id, count=args.count, role=args.role
        )
        warning = "  (below zero: count the box)" if done.below_zero else ""
        print(f"{kit.name}: {args.count} handed out at {location.name}; "
              f"stock {done.stock_after}{warning}")
        return 0
    if args.kits_command == "undo":
        last = kits.last_undoable_handout(db, location_id=location.id)
        if last is None:
            raise WellnessError(msg("nothing to undo at {location}", location=location.name))
        kits.undo(db, last.id)
        print(f"{last.kit_name}: hand-out of {last.handed_out} at "
              f"{local_time_text(last.at, location.tz)} undone at {location.name}")
        return 0
    tiles = kits.tiles(db, location_id=location.id)
    print(f"{activation.name} · {location.name} · today")
    width = max([len(t.kit.name) for t in tiles] + [3])
    print(f"{'Kit':<{width}}  {'Today':>6}  {'Stock':>6}")
    for tile in tiles:
        flag = "  BELOW ZERO" if tile.below_zero else ("  LOW" if tile.low else "")
        print(f"{tile.kit.name:<{width}}  {tile.today:>6}  {tile.stock:>6}{flag}")
    print(f"{'Total':<{width}}  {sum(t.today for t in tiles):>6}")
    return 0


def _schedule(db: Database, args: argparse.Namespace) -> int:
    from .activations import list_locations
    from .schedule import list_workshops, program_conflicts
    from .schedule_io import import_csv

    activation = _current(db)
    added = import_csv(db, activation.id, args.file)
    days = {w.local_start.date() for w in added}
    spaces = {w.location_id for w in added}
    print(f"imported {len(added)} workshop{'s' if len(added) != 1 else ''} into "
          f"{activation.name}: {len(days)} day{'s' if len(days) != 1 else ''}, "
          f"{len(spaces)} space{'s' if len(spaces) != 1 else ''}")
    marks = program_conflicts(
        list_workshops(db, activation.id), {s.id: s for s in list_locations(db, activation.id)},
        activation,
    )
    # Marks list a screenful of messages but count every rule: take the rules from the count.
    rules = Counter(rule for w in added if w.id in marks for rule in marks[w.id].rules)
    clashing = sum(1 for w in added if w.id in marks)
    if clashing:
        kinds = ", ".join(f"{n} {rule}" for rule, n in sorted(rules.items()))
        print(f"{clashing} of them clash ({kinds}): they are marked in the schedule")
    return 0


def _export(db: Database, args: argparse.Namespace) -> int:
    if args.csv is not None:
        return _export_csv(db, args)
    if args.personal:
        raise WellnessError(msg("--personal goes with --csv DIR"))
    from .activations import find_location
    from .print.files import save_bytes
    from .program_print import program_pdf
    from .schedule import list_workshops
    from .schedule_io import export_ics

    activation = _current(db)
    location = find_location(db, activation.id, args.space) if args.space else None
    location_id = location.id if location else None
    if args.ics is not None:
        if args.paper:
            raise WellnessError(msg("--paper is for --program-pdf, not --ics"))
        data = export_ics(db, activation.id, location_id=location_id)
        events = len(list_workshops(db, activation.id, location_id=location_id))
        if args.ics == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return 0
        save_bytes(args.ics, data)
        print(f"wrote {args.ics}: {events} workshop{'s' if events != 1 else ''} of "
              f"{location.name if location else activation.name}")
        return 0
    pages = program_pdf(db, activation.id, args.program_pdf, paper=args.paper or "a4",
                        location_id=location_id)
    print(f"wrote {args.program_pdf}: {len(pages)} page{'s' if len(pages) != 1 else ''} "
          f"({args.paper or 'a4'}), one per day and space")
    return 0


def _report(db: Database, args: argparse.Namespace) -> int:
    from datetime import date

    from .activations import find_location
    from .clock import utcnow
    from .report_pdf import report_pdf

    def day(text: str | None, option: str) -> date | None:
        if text is None:
            return None
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise WellnessError(msg("{option}: {text} is not a date like 2026-07-03",
                                    option=option, text=repr(text))) from None

    start, end = day(args.start, "--from"), day(args.end, "--to")
    activation = _current(db)
    location = find_location(db, activation.id, args.location) if args.location else None
    made = report_pdf(db, args.pdf, now=utcnow(), activation_id=activation.id, start=start,
                      end=end, location_id=location.id if location else None,
                      lang=args.lang, paper=args.paper)
    where = made.location or "every location"
    print(f"wrote {args.pdf}: the report of {activation.name}, {made.start} to {made.end}, "
          f"{where} ({args.lang})")
    return 0


def _export_csv(db: Database, args: argparse.Namespace) -> int:
    from .clock import utcnow
    from .exports import export_csv

    if args.space or args.paper:
        raise WellnessError(msg("--space and --paper are for the program, not --csv (the CSV "
                                "export holds every activation)"))
    # Unlocked before anything is written: a wrong secret writes no file at all.
    key = _unlock(db, "--personal") if args.personal else None
    done = export_csv(db, args.csv, vault=key, include_personal=args.personal, now=utcnow())
    print(done.summary())
    return 0


def _cards(db: Database, args: argparse.Namespace) -> int:
    from . import card_batch, card_render, cards, settings

    if args.locations:
        if args.template or args.tag:
            raise WellnessError(msg("--locations takes template and tag from the CSV: drop "
                                    "--template and --tag"))
        done = card_batch.save_batch(db, args.locations, args.output, paper=args.paper,
                                unique=args.unique, scan_distance_m=args.scan_distance,
                                logo=args.logo)
        total = sum(n for _, n in done)
        papers = ", ".join(sorted({job.paper for job, _ in done}))
        print(f"wrote {args.output}: {total} card{'s' if total != 1 else ''} or signs for "
              f"{len(done)} location{'s' if len(done) != 1 else ''} ({papers})")
    else:
        if not args.template or not args.tag:
            raise WellnessError(msg("--template and --tag are needed (or --locations FILE.csv)"))
        job = cards.CardJob(template=args.template, tag=args.tag, paper=args.paper or "a4",
                            language=args.lang, copies=args.copies, unique=args.unique,
                            scan_distance_m=args.scan_distance, logo=args.logo)
        job = cards.with_codes(db, job)
        card_render.save(db, job, args.output)
        template = cards.TEMPLATES[job.template]
        sheets = -(-job.copies // template.per_sheet(job.paper))
        numbers = cards.code_range(job)
        codes = f", unique codes c={numbers[0]} to c={numbers[1]}" if numbers else ""
        print(f"wrote {args.output}: {job.copies} × {template.title} on {sheets} "
              f"{job.paper} sheet{'s' if sheets != 1 else ''}{codes}")
    if not settings.help_line(db).number:
        print("note: no help line number is set, so these print without a help line: set "
              "it with 'wellness-desk settings --help-line-number NUMBER'", file=sys.stderr)
    return 0


def _settings(db: Database, args: argparse.Namespace) -> int:
    from . import settings

    line = settings.help_line(db)
    if (args.help_line_name, args.help_line_number, args.help_line_required) != (
            None, None, None):
        line = settings.set_help_line(db, settings.HelpLine(
            name=line.name if args.help_line_name is None else args.help_line_name,
            number=line.number if args.help_line_number is None else args.help_line_number,
            required=line.required if args.help_line_required is None
            else args.help_line_required))
    print(f"help line name: {line.name or '(the card texts’ words)'}")
    print(f"help line number: {line.number or 'not set (cards print without a help line)'}")
    print(f"without a number: {'refuse to print' if line.required else 'print without one'}")
    print(f"resource hub address: {settings.hub_url(db)}")
    return 0


# Exit codes of `sync --once`: everything went (or nothing waited) → 0; the hub could not
# be reached, stopped accepting this laptop or refused a batch → 1.
_SYNC_OK = ("synced", "up_to_date")


def _sync(db: Database, args: argparse.Namespace) -> int:
    from .sync import SyncError
    from .sync.bodies import MAX_BATCH, preview
    from .sync.enrol import disconnect
    from .sync.link import link
    from .sync.log import sync_log
    from .sync.push import sync_once
    from .sync.status import status, status_text

    if args.hub is None and (args.enroll is not None or args.activation is not None):
        raise WellnessError(msg("--enroll and --activation go with --hub URL"))
    if args.batch_size is not None and not (args.once or args.preview):
        raise WellnessError(msg("--batch-size goes with --once or --preview"))
    if args.timeout is not None and not 0 < args.timeout <= 300:
        raise WellnessError(msg("--timeout: {timeout} is not between 0 and 300 seconds",
                                timeout=format(args.timeout, "g")))
    batch_size = MAX_BATCH if args.batch_size is None else args.batch_size
    if args.hub is not None:
        return _sync_connect(db, args)
    if args.disconnect:
        current = link(db)
        if current is None:
            print("not connected to a hub: nothing to do")
            return 0
        try:
            removed = disconnect(db)
        except SyncError as refused:
            # Still connected, and said so: nothing is shown as done.
            print(f"{PROG}: error: {refused}", file=sys.stderr)
            return EXIT_BROKEN
        print(f"disconnected from {current.hub_url}; " + (
            "the token left the keyring" if removed else
            "the token was not in the keyring any more"))
        return 0
    if args.status:
        # Counted afresh: changes not yet turned into cells wait too.
        print(status_text(status(db, refresh=True), _linked_tz(db)))
        _print_link_details(db)
        return 0
    if args.log:
        entries = sync_log(db)
        if not entries:
            print("no sync yet", file=sys.stderr)
        for e in entries:
            print(f"{e.at_utc}  {e.outcome:<12}  {e.cells:>5} cells  {e.bytes:>8} bytes  "
                  f"{e.detail}")
        return 0
    if link(db) is None:
        raise WellnessError(msg("not connected to a hub: connect first with 'wellness-desk sync "
                                "--hub URL --enroll CODE'"))
    if args.preview:
        bodies = preview(db, batch_size=batch_size)
        if not bodies:
            print("nothing waits to be sent: the hub has every change", file=sys.stderr)
            return 0
        # Bytes as they are sent (UTF-8), so a console's encoding cannot alter them.
        sys.stdout.flush()
        for body in bodies:
            sys.stdout.buffer.write(body + b"\n")
        sys.stdout.flush()
        return 0
    result = sync_once(db, timeout=args.timeout, batch_size=batch_size)
    log.info("sync: %s, %d cells sent in %d batches", result.outcome, result.cells_sent,
             result.batches)
    print(result.message)
    clock_warning = status(db).clock_warning
    if clock_warning:
        print(f"warning: {clock_warning}", file=sys.stderr)
    return 0 if result.outcome in _SYNC_OK else EXIT_BROKEN


def _sync_connect(db: Database, args: argparse.Namespace) -> int:
    from .sync.enrol import connect

    if args.enroll is None:
        raise WellnessError(msg("--hub needs --enroll CODE (the one-time code from the hub's "
                                "coordinator)"))
    activation_id = None
    if args.activation is not None:
        from .activations import list_activations

        everything = list_activations(db)
        wanted = " ".join(args.activation.split()).casefold()
        found = [a for a in everything if a.name.casefold() == wanted]
        if not found:
            known = "; ".join(a.name for a in everything) or "none yet"
            raise WellnessError(msg("activation {activation} does not exist "
                                    "(activations: {known})",
                                    activation=repr(args.activation), known=known))
        activation_id = found[0].id
    done = connect(db, args.hub, args.enroll, activation_id=activation_id,
                          timeout=10.0 if args.timeout is None else args.timeout)
    print(f"connected to {done.hub_url} as {done.device_id}: the counts of "
          f"{done.activation_name} go to {done.hub_activation!r} on the hub (the token is in "
          "the system keyring)")
    return 0


def _linked_tz(db: Database) -> str | None:
    from .sync.link import link

    current = link(db)
    if current is None:
        return None
    row = db.execute("SELECT tz FROM activation WHERE uid = ?",
                     [current.activation_uid]).fetchone()
    return row[0] if row else None


def _print_link_details(db: Database) -> None:
    from .sync.link import link
    from .sync.status import status

    current = link(db)
    if current is None:
        return
    state = status(db)
    print(f"hub: {current.hub_url} ({current.hub_activation}), device {current.device_id}")
    print(f"sending: {current.activation_name}, connected {current.connected_utc}")
    print(f"last synced: {state.last_synced_utc or 'never'}")
    print(f"waiting: {state.pending} change{'s' if state.pending != 1 else ''}")
    if state.quarantined:
        print(f"refused batches: {state.quarantined} (wellness-desk sync --log)")


def _therapy(db: Database, args: argparse.Namespace) -> int:
    from . import therapy
    from .clock import local_time_text

    activation = _current(db)
    if activation.kind != "tour":
        raise WellnessError(
            msg("{activation} is a festival: therapy days are on tours (pick the tour in "
                "the app)", activation=activation.name)
        )
    stop = _find_stop(therapy.tour_stops(db, activation.id), args.stop, activation.name)
    # Unlocked before anything is printed: a wrong secret prints no slot at all.
    key = _unlock(db) if args.show_names else None
    days = [d for d in therapy.list_therapy_days(db, activation.id) if d.location_id == stop.id]
    if not days:
        print(f"{activation.name} · {stop.name}: no therapy day yet")
        return 0
    for day in days:
        mode = "in person" if day.mode == "in_person" else day.mode
        print(f"{activation.name} · {stop.name} · {day.provider_name} ({mode})")
        for slot in therapy.slots(db, day.id, key):
            booking = slot.booking
            role = booking.role if booking else ""
            name = (booking.person or "") if booking and key else ""
            times = f"{local_time_text(slot.start, day.tz)}–{local_time_text(slot.end, day.tz)}"
            print(f"{times}  {slot.state.label:<8}  {role:<11}  {name}".rstrip())
    return 0


def _find_stop(stops: Sequence[Location], wanted: str, tour_name: str) -> Location:
    """A stop by its full name or by its city, any case; a city with two stops is ambiguous."""
    if not stops:
        raise WellnessError(msg("{tour_name} has no tour stops yet: add them in the app",
                                tour_name=tour_name))
    key = " ".join(wanted.split()).casefold()
    for stop in stops:
        if stop.name.casefold() == key:
            return stop
    in_city = [s for s in stops if (s.city or "").casefold() == key]
    if len(in_city) == 1:
        return in_city[0]
    if in_city:
        names = "; ".join(s.name for s in in_city)
        raise WellnessError(
            msg("stop {wanted}: {count} stops in {city} ({names}): give the "
                "stop's full name",
                wanted=repr(wanted), count=len(in_city), city=in_city[0].city, names=names)
        )
    known = "; ".join(s.name for s in stops)
    raise WellnessError(msg("stop {wanted} is not a stop of {tour_name} (stops: {known})",
                            wanted=repr(wanted), tour_name=tour_name, known=known))


def _unlock(db: Database, option: str = "--show-names") -> Vault:
    """The vault, with the PIN or passphrase typed at a hidden prompt or piped on stdin;
    `option` is the one that asked for it, as the refusal names it."""
    from . import vault

    mode = vault.status(db).mode
    if mode is None:
        raise WellnessError(
            msg("no key yet: set a PIN or passphrase in the app's Therapy section first")
        )
    what = "PIN" if mode == "keyring" else "passphrase"
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            secret = getpass.getpass(f"{what}: ")
        except EOFError:
            secret = ""
    else:
        secret = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not secret:
        raise WellnessError(
            msg("{option}: no {what} given (type it at the prompt, or pass it as one line "
                "on standard input)", option=option, what=what)
        )
    return vault.unlock(db, secret)


def _needs_display() -> str | None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return (
            "no display found: run it under xvfb-run (e.g. 'xvfb-run make run') or with "
            "QT_QPA_PLATFORM=offscreen"
        )
    return None


def _gui(args: argparse.Namespace) -> int:
    problem = _needs_display()
    if problem:
        print(f"{PROG}: {problem}", file=sys.stderr)
        return EXIT_BROKEN
    from .paths import db_path

    path = db_path(args.data_dir)
    # The core first: once PySide6 is loaded, its import hook reads the source of every
    # module imported after it, which costs start-up time for nothing.
    from . import db, views  # noqa: F401

    if args.demo_if_empty:
        from . import demo  # noqa: F401
    from .ui.app import run

    # The app checks the file and holds the folder before any window, and says what is
    # wrong in a message box (and on stderr).
    return run(path, prepare=_demo_if_empty(path) if args.demo_if_empty else None)


def _demo_if_empty(path: Path) -> Callable[[], None]:
    def prepare() -> None:
        from .db import connect
        from .demo import is_empty, seed

        database = connect(path)
        try:
            if is_empty(database):
                seed(database)
        finally:
            database.close()

    return prepare


def _self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from . import self_test
    from .paths import db_path
    from .print.drawing import DrawingProcess

    with self_test.data_folder(args.data_dir) as folder:
        path = db_path(folder)
        lines = [self_test.check_database(path), self_test.keyring_line()]
        drawing = DrawingProcess()
        try:
            lines.append(self_test.card_sheet(path, drawing))
        finally:
            drawing.close()
        lines.append(self_test.log_line(folder))
        from .ui.app import printing_line, text_check
        from .ui.app import self_test as window_test

        sections = window_test(path)
        lines.append(f"sections: {', '.join(sections)}")
        # Said here too, not only in the log: what a bundle that cut too much loses first.
        lines += [text_check(), printing_line()]
        for line in lines:
            print(line)
        kept = "" if args.data_dir else " (a temporary folder, removed now)"
        print(f"self-test ok: {path}{kept}, main window and its {len(sections)} sections "
              "built offscreen")
    return 0
