"""Small directories built in Python for the store, search and hours tests.

The national lines' numbers are their real, publicly listed ones; the local services and
their numbers are made up (varied digits, so the package's placeholder check passes them).
Ids, dates and hours are the tests' own: these records are never shown to a person.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

from wellness_desk.resources.model import (
    Area,
    Contact,
    Directory,
    Hours,
    Organization,
    Service,
)

PUBLISHED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
CHECKED = date(2026, 5, 1)


def uid(name: str) -> str:
    """A stable uuid per name, so a test can find a record by what it is."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"wellness-desk-test:{name}"))


def weekdays(opens: str, closes: str, days: range = range(5)) -> tuple[Hours, ...]:
    return tuple(Hours(d, opens, closes) for d in days)


def org(name: str, **kw: object) -> Organization:
    return Organization(id=uid("org:" + name), name=name, **kw)  # type: ignore[arg-type]


def line(key: str, number: str, type_: str = "voice", **kw: object) -> Contact:
    kw.setdefault("assured_date", CHECKED)
    kw.setdefault("source_url", "https://example.org/source")
    return Contact(id=uid("phone:" + key), number=number, type=type_, **kw)  # type: ignore[arg-type]


def service(key: str, name: str, organization: Organization, *, country: str | None,
            tz: str, contacts: tuple[Contact, ...], status: str = "active",
            kinds: tuple[str, ...] = ("crisis-line",), **kw: object) -> Service:
    areas = () if country is None else (Area(country=country),)
    kw.setdefault("assured_date", CHECKED)
    return Service(id=uid("service:" + key), organization_id=organization.id, name=name,
                   status=status, tz=tz, kinds=kinds, areas=areas, contacts=contacts,
                   **kw)  # type: ignore[arg-type]


def sample() -> Directory:
    """A few real national lines across GB, FR, DE, JP, US, CA, and some plain services."""
    samaritans = org("Samaritans", names={"fr": "Samaritains"})
    sos = org("SOS Amitié")
    telefon = org("TelefonSeelsorge Deutschland")
    inochi = org("いのちの電話連盟", names={"en": "Federation of Inochi no Denwa"})
    lifeline = org("988 Suicide & Crisis Lifeline")
    kids = org("Kids Help Phone")
    local = org("Straße der Hilfe e.V.")
    services = (
        service("samaritans", "Samaritans", samaritans, country="GB", tz="Europe/London",
                contacts=(line("samaritans", "116 123", always_open=True,
                               languages=("en", "cy")),),
                languages=("en",), names={"fr": "Les Samaritains"},
                description="Someone to talk to, day or night"),
        service("sos", "SOS Amitié", sos, country="FR", tz="Europe/Paris",
                contacts=(line("sos", "09 72 39 40 50", always_open=True,
                               languages=("fr",)),),
                languages=("fr",), description="Écoute pour la santé mentale",
                names={"en": "SOS Friendship"}),
        service("3114", "3114, numéro national de prévention du suicide", sos,
                country="FR", tz="Europe/Paris",
                contacts=(line("3114", "3114", always_open=True, languages=("fr",)),),
                languages=("fr",), description="Santé mentale, prévention du suicide"),
        service("telefon-ev", "TelefonSeelsorge (evangelisch)", telefon, country="DE",
                tz="Europe/Berlin",
                contacts=(line("telefon-ev", "0800 111 0 111", always_open=True,
                               languages=("de",)),),
                languages=("de",), pair_group="de-telefonseelsorge"),
        service("telefon-rk", "TelefonSeelsorge (katholisch)", telefon, country="DE",
                tz="Europe/Berlin",
                contacts=(line("telefon-rk", "0800 111 0 222", always_open=True,
                               languages=("de",)),),
                languages=("de",), pair_group="de-telefonseelsorge"),
        service("inochi", "いのちの電話", inochi, country="JP", tz="Asia/Tokyo",
                contacts=(line("inochi", "0570-783-556",
                               hours=tuple(Hours(d, "10:00", "22:00") for d in range(7)),
                               languages=("ja",)),),
                languages=("ja",), names={"en": "Inochi no Denwa"}),
        service("988", "988 Suicide & Crisis Lifeline", lifeline, country="US",
                tz="America/New_York",
                contacts=(line("988", "988", always_open=True, languages=("en", "es")),
                          line("988-text", "988", "text", always_open=True)),
                languages=("en", "es")),
        service("kids", "Kids Help Phone", kids, country="CA", tz="America/Toronto",
                contacts=(line("kids", "1-800-668-6868", always_open=True,
                               languages=("en", "fr")),),
                languages=("en", "fr")),
        service("strasse", "Beratung an der Straße", local, country="DE",
                tz="Europe/Berlin", kinds=("counselling",),
                contacts=(line("strasse", "030 4172 9386",
                               hours=weekdays("09:00", "17:00")),),
                languages=("de", "en")),
        service("berlin-peer", "Peer support Berlin", local, country="DE",
                tz="Europe/Berlin", kinds=("peer-support",),
                contacts=(line("berlin-peer", "030 6258 1947"),),  # hours unknown
                languages=("de",)),
        service("closed-for-works", "Beratung am Sonntag", local, country="DE",
                tz="Europe/Berlin", kinds=("counselling",), status="temporarily closed",
                contacts=(line("closed-for-works", "030 7391 2864",
                               hours=(Hours(6, "10:00", "14:00"),)),),
                languages=("de",)),
        service("gone", "Beratung alt", local, country="DE", tz="Europe/Berlin",
                kinds=("counselling",), status="defunct",
                contacts=(line("gone", "030 8813 4072"),), languages=("de",)),
        service("paused", "Beratung pausiert", local, country="DE", tz="Europe/Berlin",
                kinds=("counselling",), status="inactive",
                contacts=(line("paused", "030 2946 5183"),), languages=("de",)),
        service("world-text", "Music industry text line", local, country=None,
                tz="Europe/London", kinds=("music-industry",),
                contacts=(line("world-text", "+44 20 3927 4618", "text",
                               hours=weekdays("18:00", "02:00", range(7))),),
                languages=("en",)),
    )
    organizations = (samaritans, sos, telefon, inochi, lifeline, kids, local)
    return Directory(organizations=organizations, services=services, published=PUBLISHED,
                     title="Test directory")


def by_key(directory: Directory, key: str) -> Service:
    wanted = uid("service:" + key)
    return next(s for s in directory.services if s.id == wanted)


def without(directory: Directory, *keys: str) -> Directory:
    gone = {uid("service:" + k) for k in keys}
    return replace(directory, services=tuple(s for s in directory.services
                                             if s.id not in gone))
