"""`wellness-hub`: serve the hub, and the coordinator's admin commands.

    wellness-hub [--db URL] serve [--host 127.0.0.1] [--port 8750] [--rate R] [--burst B]
                                  [--trusted-proxy ADDR ...]
    wellness-hub [--db URL] enroll --activation NAME [--label TEXT] [--expires 7d]
    wellness-hub [--db URL] devices | revoke DEVICE | totals [--json] | admin-token
    wellness-hub [--db URL] viewer-token [--label TEXT] | viewers | revoke-viewer LABEL
    wellness-hub resources keygen --out FILE            (the curator's machine, not the hub)
    wellness-hub resources sign PACKAGE --key FILE [--out FILE]
    wellness-hub [--db URL] resources trust PUBKEY | import SIGNED | status

The database is a SQLite file by default (in the platform's user-data folder), or
whatever `--db` / `$WELLNESS_HUB_DB` names: a path, or a postgresql+psycopg:// URL.
Commands whose output a script reads (enroll, admin-token, viewer-token) print it as their
last line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

DB_ENV = "WELLNESS_HUB_DB"
PROG = "wellness-hub"
EXIT_BAD_INPUT = 2
EXIT_BROKEN = 1
# 128 + SIGPIPE, as a shell reports `yes | head`.
EXIT_PIPE_CLOSED = 141


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr (no usage dump) and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def default_db() -> str:
    """$WELLNESS_HUB_DB, else hub.sqlite3 in the platform's user-data folder."""
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("wellness-hub")) / "hub.sqlite3")


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be above 0")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _proxy(text: str) -> str:
    """A trusted proxy: an IP address or a network (10.0.0.0/8), never a wildcard."""
    import ipaddress

    try:
        return str(ipaddress.ip_network(text.strip(), strict=False)
                   if "/" in text else ipaddress.ip_address(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an IP address or network (e.g. 127.0.0.1 or 10.0.0.0/8)") from None


def _port(text: str) -> int:
    value = _positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1 to 65535)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="The Wellness hub: receives anonymous counts from Wellness Desk laptops.",
    )
    db_help = (f"database: a SQLite file path or a postgresql+psycopg:// URL (default: "
               f"${DB_ENV}, else hub.sqlite3 in the user-data folder)")
    parser.add_argument("--db", metavar="URL", default=None, help=db_help)
    # Subcommands accept --db too; SUPPRESS keeps one given before them.
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True,
                                parser_class=_Parser)

    serve = sub.add_parser(
        "serve", parents=[common], help="run the hub's HTTP server",
        description="Serve the sync API, its OpenAPI document and the dashboard. The schema "
        "is created or migrated first.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                       "(default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8750, help="port (default: 8750)")
    serve.add_argument("--rate", type=_positive_float, default=10.0,
                       help="requests a second per device, on average (default: 10)")
    serve.add_argument("--burst", type=_positive_int, default=100,
                       help="requests per device at once before the rate applies (default: 100)")
    serve.add_argument("--caller-rate", type=_positive_float, default=1.0,
                       help="requests a second per address without a device token (enrolment,"
                            " dashboard login, unknown tokens; default: 1)")
    serve.add_argument("--caller-burst", type=_positive_int, default=30,
                       help="such requests per address at once (default: 30)")
    serve.add_argument(
        "--trusted-proxy", type=_proxy, action="append", default=[], metavar="ADDR",
        help="a reverse proxy (IP address or network) whose X-Forwarded-For and "
             "X-Forwarded-Proto headers are believed: the caller's address for the per-address "
             "limit, and https for the dashboard cookie's Secure flag (repeatable; default: "
             "none, the headers are ignored and the peer's own address counts)")
    serve.add_argument("--log-level", choices=("warning", "info"), default="info",
                       help="server log detail (default: info; request bodies are never logged)")

    enroll = sub.add_parser(
        "enroll", parents=[common], help="make a one-time enrolment code for a laptop",
        description="Make a one-time code a laptop trades for its token. The activation is "
        "created by name if it does not exist. The code is the last line printed.",
    )
    enroll.add_argument("--activation", required=True, metavar="NAME",
                        help='hub activation the laptop will count in, e.g. "Summer Fest 2026"')
    enroll.add_argument("--label", metavar="TEXT", help='which laptop, e.g. "Tent laptop 2"')
    enroll.add_argument("--expires", default="7d", metavar="SPAN",
                        help="how long the code stays valid: 7d, 12h, 30m (default: 7d)")

    sub.add_parser("devices", parents=[common], help="list enrolled laptops",
                   description="Every enrolled device: id, activation, label, last sync.")
    revoke = sub.add_parser("revoke", parents=[common], help="refuse a laptop's token",
                            description="Refuse a device's token from now on (its counts stay).")
    revoke.add_argument("device", metavar="DEVICE", help="device id, as `devices` lists it")

    totals = sub.add_parser("totals", parents=[common], help="print totals per activation",
                            description="Totals per hub activation and metric, exact.")
    totals.add_argument("--json", action="store_true", help="print the JSON the API returns")

    resources = sub.add_parser(
        "resources", parents=[common], help="the signed resource directory laptops pull",
        description="The curator signs the directory on their own machine (keygen, sign: "
        "the private key never goes on the hub); the hub trusts the curator's public key, "
        "imports the signed file and serves it at GET /v1/resources.")
    res = resources.add_subparsers(dest="resources_command", metavar="ACTION", required=True,
                                   parser_class=_Parser)
    keygen = res.add_parser(
        "keygen", help="make a curator key pair (on the curator's machine)",
        description="Write a new Ed25519 private key (PEM, readable by you only) and print "
        "its public key, the last line, for `resources trust` on the hub.")
    keygen.add_argument("--out", required=True, metavar="FILE",
                        help="where the private key goes (never overwritten)")
    sign = res.add_parser(
        "sign", help="sign an HSDS package with the curator's key",
        description="Read and check an HSDS package (a folder with datapackage.json, or the "
        "HSDS JSON form) and write its signed envelope.")
    sign.add_argument("package", metavar="PACKAGE", help="folder or .json file")
    sign.add_argument("--key", required=True, metavar="FILE", help="the curator's private key")
    sign.add_argument("--out", metavar="FILE",
                      help="where the signed file goes (default: PACKAGE.signed.json)")
    trust = res.add_parser(
        "trust", parents=[common], help="trust a curator's public key",
        description="Hand this curator public key to laptops at enrolment, and accept "
        "directories it signed on import.")
    trust.add_argument("pubkey", metavar="PUBKEY",
                       help="the public key `resources keygen` printed (base64)")
    imp = res.add_parser(
        "import", parents=[common], help="serve a signed directory to the laptops",
        description="Check a signed file (a trusted curator's signature, then the directory "
        "inside with the desk's own validation) and serve it from now on. Nothing changes "
        "if any check fails.")
    imp.add_argument("signed", metavar="SIGNED", help="the file `resources sign` wrote")
    res.add_parser("status", parents=[common], help="the directory served and the keys trusted")

    sub.add_parser(
        "admin-token", parents=[common], help="make a new admin token (replaces the old one)",
        description="Make the admin token for GET /v1/totals and the dashboard, replacing "
        "the previous one (its dashboard sessions end). The token is the last line printed.",
    )
    viewer_token = sub.add_parser(
        "viewer-token", parents=[common],
        help="make a read-only token for a funder or coordinator",
        description="Make a read-only token for the dashboard and GET /v1/totals: therapy "
        "figures are suppressed there (never exact). It replaces the previous token of the "
        "same label (its dashboard sessions end). The token is the last line printed.",
    )
    viewer_token.add_argument("--label", metavar="TEXT",
                              help='whose token, e.g. "Arts Council" (default: viewer)')
    sub.add_parser("viewers", parents=[common], help="list the viewer tokens' labels",
                   description="Every viewer token: its label and when it was made.")
    revoke_viewer = sub.add_parser(
        "revoke-viewer", parents=[common], help="refuse a viewer token",
        description="Refuse a viewer's token from now on (its dashboard sessions end).")
    revoke_viewer.add_argument("label", metavar="LABEL", help="the label, as `viewers` lists it")
    return parser


def _serve(args: argparse.Namespace, db: str) -> int:
    import uvicorn

    from .app import create_app
    from .store import open_store

    store = open_store(db)
    app = create_app(store, rate=args.rate, burst=args.burst,
                     caller_rate=args.caller_rate, caller_burst=args.caller_burst)
    print(f"{PROG}: serving on http://{args.host}:{args.port} (database: {_shown(db)})",
          flush=True)
    # uvicorn's access log is one line per request (method, path, status): never a body.
    # uvicorn believes X-Forwarded-* from 127.0.0.1 unless told otherwise: then any local
    # client could pick its own address for the per-address limit. Only named proxies count.
    trusted = args.trusted_proxy
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                access_log=True, server_header=False, proxy_headers=bool(trusted),
                forwarded_allow_ips=trusted or None)
    return 0


def _shown(db: str) -> str:
    """The database for a log line, without a password if the URL carries one."""
    if "://" not in db:
        return db
    from sqlalchemy.engine import make_url

    return make_url(db).render_as_string(hide_password=True)


def run(args: argparse.Namespace) -> int:
    if args.command == "resources" and args.resources_command in ("keygen", "sign"):
        from . import resources

        return resources.run_offline(args)
    db = args.db or default_db()
    if args.command == "serve":
        return _serve(args, db)
    if args.command == "resources":
        from . import resources
        from .store import open_store

        return resources.run_on_hub(args, open_store(db))

    from .store import open_store, parse_expiry

    if args.command == "enroll":
        expires = parse_expiry(args.expires)  # before opening: bad input changes nothing
        store = open_store(db)
        code = store.create_enrolment(args.activation, label=args.label, expires=expires)
        print(f"Enrolment code for {args.activation.strip()!r}, valid {args.expires}, "
              "single use. On the laptop: File → Settings → Sync hub, or "
              "`wellness-desk sync --hub URL --enroll CODE`.")
        print(code)
    elif args.command == "devices":
        rows = open_store(db).devices()
        if not rows:
            print("No devices enrolled yet (make a code with: wellness-hub enroll).")
        for row in rows:
            state = f"revoked {row.revoked_utc}" if row.revoked_utc else "active"
            seen = row.last_seen_utc or "never synced"
            print(f"{row.id}\t{row.activation}\t{row.label or '-'}\t"
                  f"enrolled {row.enrolled_utc}\tlast sync {seen}\t{state}")
    elif args.command == "revoke":
        if open_store(db).revoke(args.device.strip()):
            print(f"Revoked {args.device.strip()}: the hub refuses its token from now on.")
        else:
            print(f"{args.device.strip()} was already revoked.")
    elif args.command == "totals":
        totals = open_store(db).totals()
        if args.json:
            print(json.dumps({"totals": totals}, ensure_ascii=False, indent=2))
        elif not totals:
            print("No counts have reached the hub yet.")
        else:
            width = max(len(t["activation"]) for t in totals)
            for t in totals:
                print(f"{t['activation']:<{width}}  {t['metric']:<20}  {t['value']:>12,}")
    elif args.command == "admin-token":
        token = open_store(db).new_admin_token()
        print("New admin token (the previous one no longer works). Keep it secret:")
        print(token)
    elif args.command == "viewer-token":
        from .store import DEFAULT_VIEWER

        token = open_store(db).new_viewer_token(args.label)
        label = (args.label or "").strip() or DEFAULT_VIEWER
        print(f"New read-only token for {label!r} (therapy figures suppressed; the previous "
              "token of this label no longer works):")
        print(token)
    elif args.command == "viewers":
        viewers = open_store(db).viewers()
        if not viewers:
            print("No viewer tokens yet (make one with: wellness-hub viewer-token).")
        for viewer in viewers:
            print(f"{viewer.label}\tmade {viewer.created_utc}")
    elif args.command == "revoke-viewer":
        if open_store(db).revoke_viewer(args.label):
            print(f"Revoked the viewer token of {args.label.strip()!r}.")
        else:
            print(f"No viewer token is labelled {args.label.strip()!r} (see: wellness-hub "
                  "viewers).")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a reader that stops reading (`| head`) ends it quietly."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python's recipe for SIGPIPE: the exit's last flush must not fail again. A stdout
        # that is not a real file (a test's capture) has nothing to flush.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    from wellness_desk.errors import WellnessError

    from .store import HubError

    try:
        return run(args)
    except (HubError, WellnessError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SQLAlchemyError as exc:
        # The driver's message can quote a URL or parameters: say what kind of failure it was.
        print(f"{PROG}: error: the database could not be used ({type(exc).__name__}: "
              f"{_first_line(exc)})", file=sys.stderr)
        return EXIT_BROKEN
    except BrokenPipeError:
        raise
    except OSError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BROKEN


def _first_line(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__ or exc
    return str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__


if __name__ == "__main__":
    sys.exit(main())
