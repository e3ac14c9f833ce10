"""Small remembered choices (current activation, undo window, window layout) in the database."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import WellnessError
from .messages import msg

if TYPE_CHECKING:
    # Only for type hints: importing sqlite_utils costs ~0.1 s of start-up.
    from sqlite_utils import Database

UNDO_WINDOW_S = "undo_window_s"
DEFAULT_UNDO_WINDOW_S = 30


def get(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def undo_window_s(db: Database) -> int:
    return int(get(db, UNDO_WINDOW_S, str(DEFAULT_UNDO_WINDOW_S)) or DEFAULT_UNDO_WINDOW_S)


def check_undo_window_s(seconds: int) -> int:
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not 3 <= seconds <= 600:
        raise WellnessError(msg("undo window: {seconds} is not between 3 and 600 seconds",
                                seconds=repr(seconds)))
    return seconds


def set_undo_window_s(db: Database, seconds: int) -> int:
    put(db, UNDO_WINDOW_S, str(check_undo_window_s(seconds)))
    return seconds


HUB_URL = "hub_url"
DEFAULT_HUB_URL = "https://backline.care/global-resources/"


def hub_url(db: Database) -> str:
    """The resource hub the printed QR codes point to."""
    return get(db, HUB_URL, DEFAULT_HUB_URL) or DEFAULT_HUB_URL


def check_hub_url(url: str) -> str:
    url = url.strip()
    if not (url.startswith("https://") or url.startswith("http://")) or " " in url:
        raise WellnessError(msg("hub address: {url} is not a web address (https://…)",
                                url=repr(url)))
    return url


def set_hub_url(db: Database, url: str) -> str:
    url = check_hub_url(url)
    put(db, HUB_URL, url)
    return url


THERAPY_LOCK_MIN = "therapy_lock_min"
DEFAULT_THERAPY_LOCK_MIN = 5


def therapy_lock_min(db: Database) -> int:
    """Minutes without a touch before the Therapy section hides names again."""
    return int(get(db, THERAPY_LOCK_MIN, str(DEFAULT_THERAPY_LOCK_MIN))
               or DEFAULT_THERAPY_LOCK_MIN)


def check_therapy_lock_min(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 120:
        raise WellnessError(msg("therapy lock: {minutes} is not 1 to 120 minutes",
                                minutes=repr(minutes)))
    return minutes


def set_therapy_lock_min(db: Database, minutes: int) -> int:
    put(db, THERAPY_LOCK_MIN, str(check_therapy_lock_min(minutes)))
    return minutes


HELP_LINE_NAME = "help_line_name"
HELP_LINE_NUMBER = "help_line_number"
HELP_LINE_REQUIRED = "help_line_required"
MAX_HELP_LINE_NAME = 80
# Numbers made for films and examples, never a real line, matched on the digits after the
# country code: North America's 555-0100 to 555-0199 (with or without an area code) and the
# UK's ranges for drama (Ofcom) in London, for mobiles and for the 01632 area.
_FICTIONAL = {
    "1": (re.compile(r"(\d{3})?55501\d\d"), "555-01xx numbers are fictional in North America"),
    "44": (re.compile(r"(2079460|7700900|1632960)\d{3}"),
           "020 7946 0xxx, 07700 900xxx and 01632 960xxx are the UK's numbers for drama"),
}


@dataclass(frozen=True)
class HelpLine:
    """The crisis line printed on cards and signs; no number: cards print without one."""

    name: str = ""
    number: str = ""
    required: bool = False  # refuse to print cards and signs while no number is set


def check_help_line_number(text: str) -> str:
    """The number as it will print (spaces tidied), or WellnessError saying what is wrong.

    Empty is allowed: no help line. A placeholder can never be saved, so never printed.
    """
    number = " ".join(text.split())
    if not number:
        return ""
    if not re.fullmatch(r"\+?[0-9(][0-9 ().\-/]*", number):
        raise WellnessError(msg("help line number: {number} is not a phone number (digits, "
                                "spaces, + - ( ) only, e.g. +44 800 123 4567 or 988)",
                                number=repr(number)))
    digits = re.sub(r"[^0-9]", "", number)
    if not 3 <= len(digits) <= 15:
        raise WellnessError(msg("help line number: {number} has {digits} digits; a phone "
                                "number has 3 (a short code such as 988) to 15",
                                number=repr(number), digits=len(digits)))
    # Without a +, the number may be written the North American or the British way.
    if number.startswith("+"):
        national = [(c, digits[len(c):]) for c in _FICTIONAL if digits.startswith(c)]
    else:
        national = [("1", digits.removeprefix("1")), ("44", digits.removeprefix("0"))]
    for country, rest in national:
        pattern, why = _FICTIONAL[country]
        if pattern.fullmatch(rest):
            raise WellnessError(msg("help line number: {number} is not a real number ({why}): "
                                    "put your help line's own number",
                                    number=repr(number), why=why))
    if re.search(r"(\d)\1{5}", digits) or (len(digits) > 3 and len(set(digits)) == 1):
        raise WellnessError(msg("help line number: {number} looks like a placeholder (one digit "
                                "repeated): put your help line's own number", number=repr(number)))
    if len(digits) >= 6 and (digits in "01234567890123456789"
                             or digits in "98765432109876543210"):
        raise WellnessError(msg("help line number: {number} looks like a placeholder (digits "
                                "in a row): put your help line's own number", number=repr(number)))
    return number


def check_help_line_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > MAX_HELP_LINE_NAME:
        raise WellnessError(msg("help line name: longer than {max} characters",
                                max=MAX_HELP_LINE_NAME))
    if any(not ch.isprintable() for ch in name):
        raise WellnessError(msg("help line name: holds a control character"))
    return name


def help_line(db: Database) -> HelpLine:
    return HelpLine(name=get(db, HELP_LINE_NAME, "") or "",
                    number=get(db, HELP_LINE_NUMBER, "") or "",
                    required=get(db, HELP_LINE_REQUIRED, "0") == "1")


def set_help_line(db: Database, line: HelpLine) -> HelpLine:
    """All or nothing: a bad number keeps the old name too."""
    name = check_help_line_name(line.name)
    number = check_help_line_number(line.number)
    with db.atomic():
        put(db, HELP_LINE_NAME, name)
        put(db, HELP_LINE_NUMBER, number)
        put(db, HELP_LINE_REQUIRED, "1" if line.required else "0")
    return help_line(db)


ORG_NAME = "org_name"
ORG_LOGO = "org_logo"
MAX_ORG_NAME = 120


def check_org_name(text: str) -> str:
    """The nonprofit's name as the report's title page prints it (empty: none)."""
    name = " ".join(text.split())
    if len(name) > MAX_ORG_NAME:
        raise WellnessError(msg("nonprofit's name: longer than {max} characters", max=MAX_ORG_NAME))
    if any(not ch.isprintable() for ch in name):
        raise WellnessError(msg("nonprofit's name: holds a control character"))
    return name


def check_org_logo(text: str) -> str:
    """The path of the logo the report's title page prints (empty: no logo)."""
    path = text.strip()
    if path and not Path(path).is_file():
        raise WellnessError(msg("logo: {path} is not a file (pick a PNG or JPEG image, or leave "
                                "it empty)", path=path))
    return path


def org_name(db: Database) -> str:
    return get(db, ORG_NAME, "") or ""


def org_logo(db: Database) -> str | None:
    return get(db, ORG_LOGO) or None


@dataclass(frozen=True)
class Choices:
    """What the Settings dialog edits."""

    undo_window_s: int
    hub_url: str
    therapy_lock_min: int = DEFAULT_THERAPY_LOCK_MIN
    help_line_name: str = ""
    help_line_number: str = ""
    help_line_required: bool = False
    org_name: str = ""
    org_logo: str = ""


def read_choices(db: Database) -> Choices:
    line = help_line(db)
    return Choices(undo_window_s=undo_window_s(db), hub_url=hub_url(db),
                   therapy_lock_min=therapy_lock_min(db), help_line_name=line.name,
                   help_line_number=line.number, help_line_required=line.required,
                   org_name=org_name(db), org_logo=org_logo(db) or "")


def choice_problems(choices: Choices) -> dict[str, str]:
    """What is wrong with each field of `choices` (by Choices field name); empty: all good.

    The Settings dialog shows each beside its field and stays open; nothing is saved.
    """
    checks: dict[str, tuple[Callable[[Any], object], object]] = {
        "undo_window_s": (check_undo_window_s, choices.undo_window_s),
        "hub_url": (check_hub_url, choices.hub_url),
        "therapy_lock_min": (check_therapy_lock_min, choices.therapy_lock_min),
        "help_line_name": (check_help_line_name, choices.help_line_name),
        "help_line_number": (check_help_line_number, choices.help_line_number),
        "org_name": (check_org_name, choices.org_name),
        "org_logo": (check_org_logo, choices.org_logo),
    }
    problems: dict[str, str] = {}
    for name, (check, value) in checks.items():
        try:
            check(value)
        except WellnessError as e:
            problems[name] = str(e)
    return problems


def save_choices(db: Database, choices: Choices) -> Choices:
    """All or nothing: a bad hub address keeps the old undo window too."""
    with db.atomic():
        set_undo_window_s(db, choices.undo_window_s)
        set_hub_url(db, choices.hub_url)
        set_therapy_lock_min(db, choices.therapy_lock_min)
        set_help_line(db, HelpLine(choices.help_line_name, choices.help_line_number,
                                   choices.help_line_required))
        put(db, ORG_NAME, check_org_name(choices.org_name))
        put(db, ORG_LOGO, check_org_logo(choices.org_logo))
    return read_choices(db)
