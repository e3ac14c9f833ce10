"""The HSDS 3.0 tables a directory package holds, and the fields this profile adds.

Each table is one CSV file (`<table>.csv`) of a Frictionless data package, described in
its `datapackage.json` by the Table Schema built from `TABLES`. Field names and types are
HSDS 3.0's own (openreferral/specification, schema/*.json); the fields marked PROFILE are
this app's additions, because HSDS cannot say them:

- `phone.assured_date`, `phone.source_url`, `phone.always_open`: "last verified", where
  it was checked, and 24/7 are per contact method (a line can be 24/7 by phone and 9–17
  by text).
- `schedule.phone_id`: the contact method the hours are for. `schedule.tzid`: the IANA
  zone of opens_at/closes_at (HSDS's own `timezone` is a fixed UTC offset, wrong for half
  the year wherever clocks change); the service's zone when a schedule row has none.
- `service.tzid`: the service's own zone. `service.pair_group`: services shown together or
  not at all.
- `service_area.country` (ISO 3166-1 alpha-2) and `service_area.region` (ISO 3166-2).
- `translation`: names and descriptions in other languages, in the manner of GTFS
  translations.txt (HSDS cannot hold translated text).

Kinds are HSDS attributes: an `attribute` row links a service (`link_entity` "service")
to a `taxonomy_term` of taxonomy `model.TAXONOMY`, whose `code` is one of `model.KINDS`.
"""

from __future__ import annotations

from dataclasses import dataclass

HSDS_VERSION = "3.0"
PROFILE = "https://wellness-desk.invalid/hsds-profile/1"  # names this profile in packages


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type: string, date, boolean, integer, time
    required: bool = False
    profile: bool = False  # a field this profile adds to HSDS
    format: str = ""  # Table Schema format: uuid, uri, email, "%H:%M" for times
    enum: tuple[str, ...] = ()


def _c(name: str, type_: str = "string", **kw: object) -> Column:
    return Column(name, type_, **kw)  # type: ignore[arg-type]  # keyword fields only


# table -> columns, in the order they are written. Only these tables and columns are read;
# an unknown column in a CSV is refused (named), so a typo never drops data silently.
TABLES: dict[str, tuple[Column, ...]] = {
    "organization": (
        _c("id", required=True, format="uuid"), _c("name", required=True),
        _c("description"), _c("website", format="uri"), _c("email", format="email"),
    ),
    "service": (
        _c("id", required=True, format="uuid"),
        _c("organization_id", required=True, format="uuid"),
        _c("name", required=True), _c("description"), _c("url", format="uri"),
        _c("email", format="email"),
        _c("status", required=True,
           enum=("active", "inactive", "defunct", "temporarily closed")),
        _c("assured_date", "date"),
        _c("tzid", required=True, profile=True), _c("pair_group", profile=True),
    ),
    "phone": (
        _c("id", required=True, format="uuid"), _c("service_id", required=True, format="uuid"),
        _c("number", required=True),
        _c("type", required=True, enum=("voice", "text", "textphone", "video")),
        _c("description"),
        _c("assured_date", "date", profile=True), _c("source_url", format="uri", profile=True),
        _c("always_open", "boolean", profile=True),
    ),
    "language": (
        _c("id", required=True, format="uuid"), _c("service_id", format="uuid"),
        _c("phone_id", format="uuid"), _c("name"), _c("code", required=True),
    ),
    "service_area": (
        _c("id", required=True, format="uuid"), _c("service_id", required=True, format="uuid"),
        _c("name"), _c("country", required=True, profile=True), _c("region", profile=True),
    ),
    "schedule": (
        _c("id", required=True, format="uuid"), _c("service_id", required=True, format="uuid"),
        _c("phone_id", format="uuid", profile=True),
        _c("freq", required=True, enum=("WEEKLY",)),
        _c("byday", required=True),  # one or more of MO,TU,WE,TH,FR,SA,SU, comma separated
        _c("opens_at", "time", required=True, format="%H:%M"),
        _c("closes_at", "time", required=True, format="%H:%M"),
        _c("tzid", profile=True), _c("description"),
    ),
    "taxonomy_term": (
        _c("id", required=True, format="uuid"), _c("code", required=True),
        _c("name", required=True), _c("description", required=True), _c("taxonomy"),
    ),
    "attribute": (
        _c("id", required=True, format="uuid"), _c("link_id", required=True, format="uuid"),
        _c("taxonomy_term_id", required=True, format="uuid"),
        _c("link_entity", required=True, enum=("service",)),
    ),
    "translation": (
        _c("table_name", required=True, profile=True,
           enum=("organization", "service", "phone")),
        _c("record_id", required=True, format="uuid", profile=True),
        _c("field_name", required=True, profile=True, enum=("name", "description")),
        _c("language", required=True, profile=True),
        _c("translation", required=True, profile=True),
    ),
}
