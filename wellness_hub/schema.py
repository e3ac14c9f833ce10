"""The hub's allow-list and the strict shape of every request body (docs/sync-protocol.md).

This is the hub's own copy of the desk's allow-list (`wellness_desk.sync.cells`), not an
import: the server must not depend on the desktop package, and a test keeps the two equal.

Bodies are validated by pydantic in strict mode with unknown fields forbidden: "5" is not
5, `true` is not 1, and a field the contract does not list is refused, anywhere. Each
metric gets its own cell model built from `METRICS`, so a cell carries exactly its
metric's dimensions — no more, no fewer — and the OpenAPI document says so too.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, Union, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model

PAYLOAD_VERSION = 1
HOUR = "hour"
WEEK = "week"
# metric -> (its dimensions, in order; its period kind). The whole allow-list.
METRICS: dict[str, tuple[tuple[str, ...], str]] = {
    "kits_handed_out": (("kit_type", "role"), HOUR),
    "workshops_held": (("kind",), HOUR),
    "workshop_attendance": (("kind",), HOUR),
    "workshop_capacity": (("kind",), HOUR),
    "therapy_offered": ((), WEEK),
    "therapy_booked": ((), WEEK),
    "therapy_held": ((), WEEK),
    "therapy_no_show": ((), WEEK),
    "cards_printed": (("template",), HOUR),
    # "This number did not work", per contact method of the resource directory and ISO week.
    "resource_not_working": (("resource",), WEEK),
}
DIMENSIONS = ("kit_type", "role", "kind", "template", "resource")
# A hand-out's role category, or none given: the hub's one list of them.
Role = Literal["unspecified", "artist", "crew", "venue_staff", "family", "other"]
ROLES: tuple[str, ...] = get_args(Role)
# Periods: the patterns are exact (a test walks the calendar), so what the OpenAPI document
# says is what the hub takes: years 0001 to 9999, no 30 February, a 29 February only in leap
# years, week 53 only in years that have one. [0-9], not \d: \d takes other scripts' digits.
_YEAR = r"(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
# A century (first two digits) by its remainder after dividing by 4.
_CENTURY_MOD_4 = (
    r"[02468][048]|[13579][26]", r"[02468][159]|[13579][37]",
    r"[02468][26]|[13579][048]", r"[02468][37]|[13579][159]",
)
_LEAP_YEAR = (r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|"
              r"(0[48]|[2468][048]|[13579][26])00)")


def _long_years() -> str:
    """The years with an ISO week 53, as a pattern: the calendar repeats every 400 years, so
    a year's first two digits (modulo 4) and its last two decide."""
    alternatives = []
    for remainder, centuries in enumerate(_CENTURY_MOD_4):
        last_two = [y for y in range(100) if _has_week_53(400 * 5 + 100 * remainder + y)]
        alternatives.append(f"({centuries})({'|'.join(f'{y:02d}' for y in last_two)})")
    return "(" + "|".join(alternatives) + ")"


def _has_week_53(year: int) -> bool:
    try:
        date.fromisocalendar(year, 53, 1)
    except ValueError:
        return False
    return True


_DAY = (r"((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|"
        r"(0[13578]|1[02])-31)")
HOUR_PATTERN = (rf"^({_YEAR}-{_DAY}|{_LEAP_YEAR}-02-29)T([01][0-9]|2[0-3]):00Z$")
WEEK_PATTERN = rf"^({_YEAR}-W(0[1-9]|[1-4][0-9]|5[0-2])|{_long_years()}-W53)$"
PERIOD_WORDS = {
    HOUR: "period is not a real UTC hour (YYYY-MM-DDTHH:00Z, years 0001 to 9999)",
    WEEK: "period is not a real ISO week (YYYY-Www; week 53 only in years that have one)",
}
UID_PATTERN = r"^[0-9a-f]{32}$"
DEVICE_ID_PATTERN = r"^dev_[0-9a-f]{24}$"
# No control characters: NUL cannot be stored in PostgreSQL text, and the others have no
# place in a kit type, workshop kind or template name.
DIMENSION_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]+$"
MAX_DIMENSION = 80
# A directory entry's contact method: its HSDS phone id, a uuid in canonical (lower-case) form.
RESOURCE_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MAX_CELLS = 1000
# The most one laptop can count in one cell (one metric, hour or week, dimensions): far
# above any real tent or tour, and bounded by what the desk lets be typed (100,000 kits or
# seats at once, 10,000 copies a print job), so only a broken or hostile client meets it.
MAX_VALUES: dict[str, int] = {
    "kits_handed_out": 1_000_000,
    "workshops_held": 10_000,
    "workshop_attendance": 1_000_000,
    "workshop_capacity": 1_000_000,
    "therapy_offered": 10_000,
    "therapy_booked": 10_000,
    "therapy_held": 10_000,
    "therapy_no_show": 10_000,
    "cards_printed": 1_000_000,
    "resource_not_working": 10_000,
}
MAX_VALUE = max(MAX_VALUES.values())
# Revisions are stored as 64-bit integers on both databases.
MAX_REVISION = 2**63 - 1
# The therapy metrics, which non-admin views show only through the one suppression
# (wellness_desk.suppression.therapy_table), in the order of its table's columns.
THERAPY_METRICS = ("therapy_offered", "therapy_booked", "therapy_held", "therapy_no_show")

_STRICT = ConfigDict(strict=True, extra="forbid")


HourPeriod = Annotated[str, Field(
    pattern=HOUR_PATTERN,
    description="UTC hour, YYYY-MM-DDTHH:00Z, a real one (years 0001 to 9999; the pattern is "
    "exact: no 30 February, 29 February only in leap years)")]
WeekPeriod = Annotated[str, Field(
    pattern=WEEK_PATTERN,
    description="ISO week, YYYY-Www, a real one (years 0001 to 9999; the pattern is exact: "
    "week 53 only in years that have one)")]
Dimension = Annotated[
    str, Field(min_length=1, max_length=MAX_DIMENSION, pattern=DIMENSION_PATTERN)
]
ActivationUid = Annotated[
    str, Field(pattern=UID_PATTERN, description="the desk's random activation uid")
]
Revision = Annotated[int, Field(ge=1, le=MAX_REVISION)]
DeviceId = Annotated[str, Field(pattern=DEVICE_ID_PATTERN)]
ResourceId = Annotated[str, Field(
    pattern=RESOURCE_PATTERN,
    description="the HSDS phone id of a directory entry's contact method (a lower-case uuid)")]


def _whole_number(given: Any) -> Any:
    # JSON's true is not the number 1, though Python's True == 1 lets Literal[1] take it
    # (and 1.0, as for every other number of the body, is not taken for 1 either).
    if type(given) is not int:
        raise ValueError("version must be the number 1")
    return given


def _model_name(metric: str) -> str:
    return "".join(part.capitalize() for part in metric.split("_")) + "Cell"


def _cell_model(metric: str) -> type[BaseModel]:
    """The strict model of one metric's cells: the common fields plus its dimensions."""
    dims, period_kind = METRICS[metric]
    fields: dict[str, Any] = {
        "metric": (Literal[metric], ...),
        "activation": (ActivationUid, ...),
        "period": (HourPeriod if period_kind == HOUR else WeekPeriod, ...),
        "value": (Annotated[int, Field(ge=0, le=MAX_VALUES[metric])], ...),
        "revision": (Revision, ...),
    }
    for dim in dims:
        kind = Role if dim == "role" else ResourceId if dim == "resource" else Dimension
        fields[dim] = (kind, ...)
    return create_model(_model_name(metric), __config__=_STRICT, **fields)


CELL_MODELS: dict[str, type[BaseModel]] = {metric: _cell_model(metric) for metric in METRICS}
# The metric picks the model, so an error names the field that is wrong for that metric.
if TYPE_CHECKING:
    # The union is built at run time from METRICS: a type checker cannot spell it, so it
    # sees a cell as Any (pydantic still checks every field).
    SyncCell: TypeAlias = Any
else:
    SyncCell = Annotated[
        Union[tuple(CELL_MODELS.values())],  # noqa: UP007
        Field(discriminator="metric"),
    ]


class SyncBody(BaseModel):
    """`POST /v1/sync`: a batch of count cells from one device."""

    model_config = _STRICT

    cells: Annotated[list[SyncCell], Field(min_length=1, max_length=MAX_CELLS)]
    device_id: DeviceId
    version: Annotated[Literal[1], BeforeValidator(_whole_number)]


class EnrollBody(BaseModel):
    """`POST /v1/enroll`: the one-time code a coordinator made with `wellness-hub enroll`."""

    model_config = _STRICT

    code: Annotated[str, Field(min_length=1, max_length=64, description="e.g. K7QF-2MXD-9PLA")]
    # Chosen by the laptop and kept in its keyring before it asks, so an enrolment whose
    # answer was lost can be asked again (same code, same token → the same device).
    token: Annotated[str, Field(min_length=43, max_length=128, pattern=r"^[A-Za-z0-9_-]+$",
                                description="the laptop's own random token (url-safe)")]


def cell_dims(cell: BaseModel) -> dict[str, str]:
    """A validated cell's dimensions, by name (empty for therapy cells)."""
    return {dim: getattr(cell, dim) for dim in METRICS[cell.metric][0]}  # type: ignore[attr-defined]


# -- response bodies (documented in the OpenAPI document) -------------------------------------


class EnrollResult(BaseModel):
    device_id: str
    activation: str
    curator_keys: list[str] = Field(
        description="the public keys (base64 of 32 raw Ed25519 bytes) of the curators whose "
        "signature on the resource directory the laptop trusts; possibly none")


class SyncResult(BaseModel):
    held: list[int] = Field(description="the revision the hub holds for each cell, in order")
    device_revision: int = Field(
        description="the highest revision the hub holds from this device: a laptop whose own "
        "counter is below it was put back from a copy and numbers its cells again")
    differs: list[int] = Field(
        description="indexes of cells the hub holds at the same or a later revision with "
        "another value: the laptop's database went back to a copy; it numbers them again "
        "above device_revision and sends them again")


class HeldCell(BaseModel):
    """One of the asking device's own cells, as the hub holds it."""

    activation: str
    metric: str
    period: str
    dims: dict[str, str]
    value: int
    revision: int


class CellsResult(BaseModel):
    """`GET /v1/cells`: the asking device's own cells above a revision (a laptop put back
    from a copy learns from it what the hub counted that its database no longer has)."""

    device_revision: int = Field(description="the highest revision the hub holds from this "
                                 "device")
    cells: list[HeldCell] = Field(description="this device's cells held at a revision above "
                                  "`after`, lowest revision first, at most `limit` (more "
                                  "only to finish the last revision's cells)")
    more: bool = Field(description="cells above the last one listed wait for the next page "
                       "(ask again with `after` = the last revision listed)")


class BehindResult(BaseModel):
    """`409` from `POST /v1/sync?expect_revision=N`: the hub holds more from this device
    than the laptop says it sent; nothing of the batch was stored."""

    detail: str
    device_revision: int


class ResourceEnvelope(BaseModel):
    """`GET /v1/resources`: the curator's signed directory, byte for byte as imported."""

    format: Literal["wellness-desk-directory/1"]
    key: str = Field(description="base64 of the curator's raw Ed25519 public key")
    signature: str = Field(description="base64 of the signature over the directory bytes")
    directory: str = Field(description="base64 of the directory (HSDS JSON, canonical)")


Why = Literal["small", "hidden"]
_VALUE = ("the sum over devices; null when it is suppressed (a therapy figure seen with a "
          "viewer or device token: see `suppressed`)")
_WHY = ("present only when `value` is null: \"small\", a therapy figure from 1 to 4 (shown "
        "\"<5\"), or \"hidden\", one not shown so that a small one beside it cannot be "
        "worked out by subtraction, or while a week's figures do not add up yet (shown "
        "\"–\"). Never present for the admin token, whose "
        "figures are exact.")


class Total(BaseModel):
    activation: str
    metric: str
    value: int | None = Field(description=_VALUE)
    suppressed: Why | None = Field(default=None, description=_WHY)


class DetailCell(BaseModel):
    activation: str
    metric: str
    period: str
    dims: dict[str, str]
    value: int | None = Field(description=_VALUE)
    suppressed: Why | None = Field(default=None, description=_WHY)


class TotalsResult(BaseModel):
    """Totals per hub activation and metric, and with `detail=cells` the cells.

    With the admin token every figure is exact. With a viewer token (every hub activation)
    or a device token (its own hub activation only), the therapy figures of each hub
    activation go through one suppression over its table of ISO weeks (offered, booked,
    held, no-show): the weekly cells and the totals shown are that table's, so that no
    subtraction among them (booked − held, a total minus the other weeks) recovers a
    figure from 1 to 4. Offered (slots, not people) is shown as it is. Such a view lists all
    four therapy metrics for every week and hub activation that has any, zeros included."""

    totals: list[Total]
    cells: list[DetailCell] | None = None


class Health(BaseModel):
    ok: bool


class ErrorBody(BaseModel):
    detail: str


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str


class ValidationErrorBody(BaseModel):
    detail: list[ValidationIssue]

