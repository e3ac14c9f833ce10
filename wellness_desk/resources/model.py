"""The resource directory as the app holds it: a subset of Open Referral HSDS 3.0.

One `Directory` is what a package (CSV tables + datapackage.json, or the HSDS JSON form)
reads into, what the hub serves (signed), what the store installs and what a search
returns parts of. Plain frozen dataclasses, no I/O: every other module of the package
reads or writes these.

The HSDS tables used, and the fields this profile adds to them (HSDS cannot say them),
are listed in `hsds.py`; the mapping:

- `organization` → `Organization`
- `service` (+ `attribute` → `taxonomy_term` for its kinds, `service_area` for its
  countries, `language` rows with a service_id) → `Service`
- `phone` (+ `language` rows with a phone_id, `schedule` rows with the profile's
  `phone_id`) → `Contact`: hours and "last verified" are per contact method
- `translation` (the profile's table, in the manner of GTFS translations.txt) → the
  `names`/`descriptions` maps of services and organizations, the `descriptions` of contacts
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# The HSDS service statuses.
STATUSES = ("active", "inactive", "defunct", "temporarily closed")
# RFC 6350 TEL types a person can use from a phone: "text" is SMS.
PHONE_TYPES = ("voice", "text", "textphone", "video")
# The taxonomy of kinds (taxonomy_term.code in the profile's taxonomy), in the order a
# result list shows them: crisis lines first.
KINDS = ("crisis-line", "counselling", "financial-aid", "substance-use", "peer-support",
         "music-industry")
TAXONOMY = "wellness-desk-kinds"
# The languages names and descriptions are translated into (ISO 639-1).
LANGUAGES = ("en", "es", "fr", "de", "pt")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # iCal BYDAY, Monday first


@dataclass(frozen=True)
class Hours:
    """One opening window on one weekday, in the service's own zone (`Service.tz`).

    `closes` before or equal to `opens` runs past midnight into the next day.
    """

    weekday: int  # 0 = Monday … 6 = Sunday
    opens: str  # "HH:MM"
    closes: str  # "HH:MM"


@dataclass(frozen=True)
class Contact:
    """One way to reach a service: a phone number by RFC 6350 type."""

    id: str  # the HSDS phone id (uuid)
    number: str  # as dialled in the country, e.g. "988", "116 123", "+44 20 7946 0000"
    type: str  # one of PHONE_TYPES
    description: str = ""  # "Text HOME", "Under 25s" (English; translations in descriptions)
    descriptions: dict[str, str] = field(default_factory=dict)  # language -> text
    languages: tuple[str, ...] = ()  # ISO 639 codes the line answers in
    always_open: bool = False  # 24/7: `hours` is then empty
    hours: tuple[Hours, ...] = ()  # none and not always open: hours unknown
    assured_date: date | None = None  # when a person last checked this number works
    source_url: str = ""  # the public page the number was checked against


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    description: str = ""
    website: str = ""
    email: str = ""
    names: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Area:
    """Where a service is available: an ISO 3166-1 alpha-2 country, optionally a region."""

    country: str  # "US"
    region: str = ""  # ISO 3166-2 subdivision, e.g. "US-CA"; "" for the whole country
    name: str = ""  # free text, as HSDS service_area.name


@dataclass(frozen=True)
class Service:
    id: str
    organization_id: str
    name: str  # English (or the source language); translations in `names`
    status: str  # one of STATUSES
    tz: str  # the IANA zone its hours are in, e.g. "America/New_York"
    description: str = ""
    url: str = ""
    email: str = ""
    assured_date: date | None = None  # when a person last checked the service as a whole
    kinds: tuple[str, ...] = ()  # codes from KINDS
    areas: tuple[Area, ...] = ()
    languages: tuple[str, ...] = ()  # languages the service is offered in (ISO 639)
    contacts: tuple[Contact, ...] = ()
    # Services with the same pair_group (an adult and a youth line, two official-language
    # lines of one country) are shown together or not at all.
    pair_group: str = ""
    names: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Directory:
    """A whole directory: what one package holds."""

    organizations: tuple[Organization, ...]
    services: tuple[Service, ...]
    published: datetime  # when the curator made this edition (UTC)
    name: str = "wellness-desk-directory"  # datapackage name
    title: str = ""
