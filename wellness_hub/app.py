"""The hub's HTTP API and dashboard (FastAPI), as written down in docs/sync-protocol.md.

Bodies are read as raw bytes here rather than by FastAPI: the size limits must hold before
anything is parsed, gzip must be inflated with a ceiling (a small body can inflate to
gigabytes), and only then does the strict pydantic model see the JSON. The OpenAPI
document still describes every body, so the API can be fuzzed from it.

Nothing a client sent is ever echoed in an error or written to a log: a 422 names the
field and the rule, a 500 says "internal error" and the log gets the exception's type.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import parse_qs

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import dashboard
from .schema import (
    METRICS,
    PERIOD_WORDS,
    THERAPY_METRICS,
    BehindResult,
    CellsResult,
    EnrollBody,
    EnrollResult,
    ErrorBody,
    Health,
    ResourceEnvelope,
    SyncBody,
    SyncResult,
    TotalsResult,
    ValidationErrorBody,
    cell_dims,
)
from .store import (
    DeviceAhead,
    DeviceRevoked,
    EnrolmentRefused,
    ForeignActivation,
    IncomingCell,
    Store,
    StoredDirectory,
    dims_text,
)
from .views import suppressed_answer, suppressed_totals, therapy_tables

log = logging.getLogger("wellness_hub")

SESSION_COOKIE = "hub_session"
MAX_SMALL_BODY = 16 * 1024  # enrolment and login bodies are a few dozen bytes
# How much of an oversized body is read and thrown away before answering 413, so the
# client gets the answer instead of a connection reset in the middle of its upload.
DRAIN_FACTOR = 4
_BEARER = {"WWW-Authenticate": "Bearer"}
M = TypeVar("M", bound=BaseModel)
# Module level: with postponed annotations, FastAPI resolves route signatures by name here.
_bearer = HTTPBearer(auto_error=False,
                     description="a device token, a viewer token, or the admin token")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


class _Refused(Exception):
    """A request refused before it reached a route's logic (size, encoding, type)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


# -- rate limit -------------------------------------------------------------------------------


class TokenBuckets:
    """A token bucket per key (a device, or a caller's address): `rate` requests a second on
    average, `burst` at once.

    A bucket left alone for `burst / rate` seconds has filled up again, which is what a
    bucket never made holds, so it is dropped then: the store keeps only the keys seen in
    that last while, however many addresses come and go. `clock` gives seconds (monotonic).
    """

    def __init__(self, rate: float, burst: int, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be above 0 and burst at least 1")
        self.rate = rate
        self.burst = burst
        self.idle_after = burst / rate  # seconds of quiet after which a bucket is full
        self._clock = clock
        # key -> (tokens, last seen), least recently seen first.
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many buckets are kept (the idle ones are forgotten on the next take)."""
        return len(self._buckets)

    def take(self, key: str) -> float:
        """Spend one token: 0 when allowed, else the seconds until one is available."""
        now = self._clock()
        with self._lock:
            self._forget_idle(now)
            tokens = self._tokens(key, now)
            allowed = tokens >= 1
            self._buckets[key] = (tokens - 1 if allowed else tokens, now)
            self._buckets.move_to_end(key)
        return 0.0 if allowed else (1 - tokens) / self.rate

    def waiting(self, key: str) -> float:
        """The seconds until `key` may spend a token (0: now), spending nothing."""
        now = self._clock()
        with self._lock:
            tokens = self._tokens(key, now)
        return 0.0 if tokens >= 1 else (1 - tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        # The least recently seen come first: the first one not surely full ends the sweep.
        # The same sum as _tokens makes, so a bucket dropped is one that refills to `burst`.
        while self._buckets:
            key, (_, last) = next(iter(self._buckets.items()))
            if (now - last) * self.rate < self.burst:
                return
            del self._buckets[key]

    def _tokens(self, key: str, now: float) -> float:
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        return min(float(self.burst), tokens + (now - last) * self.rate)


# -- bodies -----------------------------------------------------------------------------------


def _check_headers(request: Request) -> str:
    """The body's content coding ("gzip" or "identity"), after checking its media type."""
    media = request.headers.get("content-type") or ""
    if media.split(";")[0].strip().lower() != "application/json":
        raise _Refused(415, "the body must be JSON (Content-Type: application/json)")
    coding = request.headers.get("content-encoding", "identity").strip().lower() or "identity"
    if coding not in ("gzip", "identity"):
        raise _Refused(415, "the body may only be sent gzip-encoded or as is")
    return coding


async def _read_raw(request: Request, limit: int) -> bytes:
    """The body as sent, refused with 413 once it is over `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit * DRAIN_FACTOR:
        raise _Refused(413, f"the body is over {_size(limit)}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit * DRAIN_FACTOR:
            break
        if size <= limit:
            chunks.append(chunk)
    if size > limit:
        raise _Refused(413, f"the body is over {_size(limit)}")
    return b"".join(chunks)


def _inflate(data: bytes, limit: int) -> bytes:
    """Un-gzip with a ceiling: a gzip bomb stops at `limit` bytes, not at memory's end."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise _Refused(400, "the body is not valid gzip") from None
    if len(out) > limit:
        raise _Refused(413, f"the body is over {_size(limit)} once un-gzipped")
    if not inflater.eof or inflater.unused_data:
        raise _Refused(400, "the body is not valid gzip (truncated, or data after its end)")
    return out


def _size(limit: int) -> str:
    mib = limit / (1024 * 1024)
    return f"{mib:g} MiB" if mib >= 1 else f"{limit:,} bytes"


def _parse(model: type[M], raw: bytes) -> M:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False)
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in errors]
        ) from None


def _issue(error: dict[str, Any]) -> dict[str, Any]:
    """One validation error as {loc, msg}, its message checked not to echo the input."""
    kind = error.get("type", "")
    msg = str(error.get("msg", "invalid"))
    if kind == "union_tag_invalid":
        msg = "metric is not on the allow-list"
    elif kind == "union_tag_not_found":
        msg = "a cell needs a metric"
    elif kind == "value_error":
        msg = msg.removeprefix("Value error, ")
    given = error.get("input")
    if isinstance(given, str) and len(given) >= 3 and given in msg:
        msg = f"invalid value ({kind})"
    loc = [part if isinstance(part, int) else str(part) for part in error.get("loc", ())]
    if kind == "string_pattern_mismatch" and len(loc) >= 2 and loc[-1] == "period":
        # The exact period patterns are long: say what they mean instead.
        msg = (PERIOD_WORDS[METRICS[loc[-2]][1]] if loc[-2] in METRICS
               else "period is not a real UTC hour or ISO week")
    if kind == "extra_forbidden" and loc:
        # The unknown field's name is the sender's text: never sent back.
        loc[-1] = "(unknown field)"
    return {"loc": loc, "msg": msg}


def _accepts_gzip(accept_encoding: str) -> bool:
    """Does an Accept-Encoding header take gzip (not with q=0)?"""
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() not in ("gzip", "x-gzip"):
            continue
        q = params.strip()
        if q.startswith("q="):
            try:
                return float(q[2:]) > 0
            except ValueError:
                return False
        return True
    return False


def _etag_matches(if_none_match: str, digest: str) -> bool:
    """Does If-None-Match name the directory of `digest` (either representation; weak
    comparison, as RFC 9110 says for If-None-Match)?"""
    for tag in if_none_match.split(","):
        tag = tag.strip().removeprefix("W/")
        if tag == "*" or tag in (f'"{digest}"', f'"{digest}-gzip"'):
            return True
    return False


# -- errors nobody should see the inside of ---------------------------------------------------


class InternalErrors:
    """Any unhandled exception → 500 {"detail": "internal error"}; the log gets its type.

    Outside FastAPI's own handlers, and not re-raised: a traceback (or an exception's
    message, which may quote SQL parameters) reaches neither the client nor the log.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            log.error("internal error: %s in %s %s", type(exc).__name__, scope.get("method"),
                      scope.get("path"))
            if not started:
                response = JSONResponse({"detail": "internal error"}, status_code=500)
                await response(scope, receive, send)


# -- the app ----------------------------------------------------------------------------------


def _error(status: int, description: str, *, headers: dict[str, Any] | None = None
           ) -> dict[int | str, dict[str, Any]]:
    entry: dict[str, Any] = {"model": ErrorBody, "description": description}
    if headers:
        entry["headers"] = headers
    return {status: entry}


_R401 = _error(401, "missing, wrong or revoked token",
               headers={"WWW-Authenticate": {"schema": {"type": "string"}}})
_R413 = _error(413, "body over the size limit, as sent or once un-gzipped")
_R415 = _error(415, "not JSON, or an encoding other than gzip/identity")
_R422: dict[int | str, dict[str, Any]] = {422: {"model": ValidationErrorBody,
               "description": "the request breaks the schema (fields named, input not echoed)"}}
_RETRY_AFTER = {"Retry-After": {"schema": {"type": "integer"}, "description": "seconds to wait"}}
_R429 = _error(429, "over the per-device rate, or (a token the hub does not know) over the "
               "per-address rate", headers=_RETRY_AFTER)
_R429_CALLER = _error(429, "over the per-address rate of callers without a device token",
                      headers=_RETRY_AFTER)
_R400 = _error(400, "the gzip body is not valid gzip")


def _json_body(model: type[BaseModel]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def create_app(engine_or_url: Engine | str | Store, *, rate: float = 10.0, burst: int = 100,
               caller_rate: float = 1.0, caller_burst: int = 30,
               max_body: int = 2 * 1024 * 1024,
               max_inflated: int = 8 * 1024 * 1024,
               clock: Callable[[], float] = time.monotonic) -> FastAPI:
    """The hub as an ASGI app over a database (schema created or migrated here). `clock`
    (seconds, monotonic) times the rate limits."""
    store = engine_or_url if isinstance(engine_or_url, Store) else Store(engine_or_url)
    devices = TokenBuckets(rate, burst, clock=clock)
    # Callers without a device token (enrolment, dashboard login, unknown tokens) are
    # limited per address, so guessing codes or tokens cannot crowd out the laptops.
    callers = TokenBuckets(caller_rate, caller_burst, clock=clock)
    app = FastAPI(
        title="Wellness hub", version="1",
        description="Anonymous count cells from Wellness Desk laptops "
        "(docs/sync-protocol.md).",
        docs_url=None, redoc_url=None,
    )
    app.state.store = store
    app.state.devices, app.state.callers = devices, callers
    app.add_middleware(InternalErrors)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": [_issue(e) for e in exc.errors()]}, status_code=422)

    @app.exception_handler(_Refused)
    async def _refused(_request: Request, exc: _Refused) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    def address_of(request: Request) -> str:
        # The peer's address, or what a trusted proxy (`serve --trusted-proxy`) said it was.
        return request.client.host if request.client else "unknown"

    def limit(buckets: TokenBuckets, key: str, *, spend: bool = True) -> None:
        """The one 429: over the limit, say when to come back (and spend nothing more)."""
        wait = buckets.take(key) if spend else buckets.waiting(key)
        if wait:
            seconds = max(1, math.ceil(wait))
            raise HTTPException(429, f"too many requests: retry in {seconds} s",
                                headers={"Retry-After": str(seconds)})

    def limit_caller(request: Request) -> None:
        limit(callers, address_of(request))

    def held_back(request: Request) -> None:
        limit(callers, address_of(request), spend=False)

    def unauthorised(detail: str) -> HTTPException:
        return HTTPException(401, detail, headers=_BEARER)

    async def body_of(request: Request, model: type[M], limit: int) -> M:
        coding = _check_headers(request)
        raw = await _read_raw(request, limit)

        def decode() -> M:
            return _parse(model, _inflate(raw, max_inflated) if coding == "gzip" else raw)

        # Inflating and validating up to 8 MiB is CPU work: keep it off the event loop.
        return await run_in_threadpool(decode)

    @app.get("/healthz", response_model=Health, tags=["health"])
    async def healthz() -> dict[str, bool]:
        """Is the hub up (no auth): what the desk's "reachable" check uses."""
        return {"ok": True}

    @app.post(
        "/v1/enroll", tags=["sync"], openapi_extra=_json_body(EnrollBody),
        responses={200: {"model": EnrollResult, "description": "the new device and its token"},
                   **_error(403, "unknown, used or expired code, or a token that already "
                            "belongs to another device"),
                   **_R400, **_R413, **_R415, **_R422, **_R429_CALLER},
    )
    async def enroll(request: Request) -> JSONResponse:
        """Trade a one-time enrolment code for a device id and token."""
        limit_caller(request)
        body = await body_of(request, EnrollBody, MAX_SMALL_BODY)
        try:
            done = await run_in_threadpool(store.redeem, body.code, body.token)
        except EnrolmentRefused as exc:
            raise HTTPException(403, str(exc)) from None
        keys = await run_in_threadpool(store.curator_keys)
        return JSONResponse({"device_id": done.device_id, "activation": done.activation,
                             "curator_keys": keys},
                            headers={"Cache-Control": "no-store"})

    @app.post(
        "/v1/sync", tags=["sync"], openapi_extra=_json_body(SyncBody),
        responses={200: {"model": SyncResult, "description": "the revision held for each cell"},
                   **_R400, **_R401,
                   **_error(403, "device_id is not the token's device, or a cell's activation "
                            "counts for another hub activation (nothing stored)"),
                   409: {"model": BehindResult, "description": "the hub holds a later revision "
                         "from this device than `expect_revision` (its database was put back "
                         "from a copy): nothing stored, catch up with GET /v1/cells first"},
                   **_R413, **_R415, **_R422, **_R429},
    )
    async def sync(request: Request, credentials: Credentials,
                   expect_revision: Annotated[int | None, Query(
                       ge=0, le=2**63 - 1,
                       description="the highest revision this laptop has ever sent: a hub "
                       "holding more from it answers 409")] = None) -> JSONResponse:
        """Upsert a batch of count cells, keeping the higher revision of each."""
        if credentials is None:
            raise unauthorised("a device token is required (Authorization: Bearer …)")
        device_id = await run_in_threadpool(store.device_for_token, credentials.credentials)
        if device_id is None:
            limit_caller(request)
            raise unauthorised("the hub does not accept this token: reconnect the laptop")
        limit(devices, device_id)
        body = await body_of(request, SyncBody, max_body)
        if body.device_id != device_id:
            raise HTTPException(403, "device_id is not the device this token belongs to")
        cells = [
            IncomingCell(metric=c.metric, activation_uid=c.activation, period=c.period,
                         dims=dims_text(cell_dims(c)), value=c.value, revision=c.revision)
            for c in body.cells
        ]
        try:
            done = await run_in_threadpool(
                lambda: store.sync(device_id, cells, expect_revision=expect_revision))
        except DeviceRevoked:  # between the token check and the write
            raise unauthorised("the hub does not accept this token: reconnect the laptop") from None
        except ForeignActivation as exc:
            raise HTTPException(403, str(exc)) from None
        except DeviceAhead as exc:
            return JSONResponse({"detail": str(exc), "device_revision": exc.device_revision},
                                status_code=409)
        return JSONResponse({"held": done.held, "device_revision": done.device_revision,
                             "differs": done.differs})

    @app.get(
        "/v1/cells", tags=["sync"],
        responses={200: {"model": CellsResult, "description": "this device's own cells above "
                         "`after`, lowest revision first"},
                   **_R401, **_R422, **_R429},
    )
    async def cells(request: Request, credentials: Credentials,
                    after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
                    page_size: Annotated[int, Query(alias="limit", ge=1, le=1000)] = 1000,
                    ) -> JSONResponse:
        """The asking device's own cells as the hub holds them (a laptop put back from a
        copy learns what the hub counted that its database no longer has)."""
        if credentials is None:
            raise unauthorised("a device token is required (Authorization: Bearer …)")
        device_id = await run_in_threadpool(store.device_for_token, credentials.credentials)
        if device_id is None:
            limit_caller(request)
            raise unauthorised("the hub does not accept this token: reconnect the laptop")
        limit(devices, device_id)
        page = await run_in_threadpool(
            lambda: store.device_cells(device_id, after=after, limit=page_size))
        return JSONResponse({"device_revision": page.device_revision, "cells": page.cells,
                             "more": page.more}, headers={"Cache-Control": "no-store"})

    # The last directory served, kept in memory: a 50,000-service directory is tens of MB
    # to read from the database, and every laptop fetches the same bytes.
    served: dict[str, StoredDirectory] = {}

    def directory_answer(digest: str) -> StoredDirectory | None:
        held = served.get("current")
        if held is not None and held.sha256 == digest:
            return held
        stored = store.directory()
        if stored is not None:
            served["current"] = stored
        return stored

    @app.get(
        "/v1/resources", tags=["sync"],
        responses={200: {"model": ResourceEnvelope,
                         "description": "the curator's signed directory, as imported; "
                         "gzip when the client accepts it"},
                   304: {"description": "the laptop's copy (If-None-Match) is the current "
                         "one"},
                   **_R401,
                   **_error(404, "no directory has been imported on this hub yet"),
                   **_R429},
    )
    async def resources(request: Request, credentials: Credentials) -> Response:
        """The signed resource directory, with a strong ETag: an unchanged directory costs
        one small 304."""
        if credentials is None:
            raise unauthorised("a device token is required (Authorization: Bearer …)")
        device_id = await run_in_threadpool(store.device_for_token, credentials.credentials)
        if device_id is None:
            limit_caller(request)
            raise unauthorised("the hub does not accept this token: reconnect the laptop")
        limit(devices, device_id)
        digest = await run_in_threadpool(store.directory_sha256)
        if digest is None:
            raise HTTPException(404, "no resource directory has been imported on this hub "
                                "yet (wellness-hub resources import)")
        zipped = _accepts_gzip(request.headers.get("accept-encoding", ""))
        # A strong ETag names one representation: the gzip one is another.
        etag = f'"{digest}-gzip"' if zipped else f'"{digest}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
        if _etag_matches(request.headers.get("if-none-match", ""), digest):
            return Response(status_code=304, headers=headers)
        stored = await run_in_threadpool(directory_answer, digest)
        if stored is None:  # deleted between the two reads
            raise HTTPException(404, "no resource directory has been imported on this hub yet")
        if stored.sha256 != digest:  # a new import between the two reads: serve that one
            etag = f'"{stored.sha256}-gzip"' if zipped else f'"{stored.sha256}"'
            headers["ETag"] = etag
        if zipped:
            headers["Content-Encoding"] = "gzip"
            return Response(stored.envelope_gzip, media_type="application/json",
                            headers=headers)
        return Response(stored.envelope, media_type="application/json", headers=headers)

    def suppressed(activation_name: str | None, with_cells: bool) -> dict[str, Any]:
        """The totals as a viewer (every hub activation) or a device (its own) sees them."""
        totals = store.totals(activation_name=activation_name)
        cells = store.detail(activation_name=activation_name,
                             metrics=None if with_cells else THERAPY_METRICS)
        return suppressed_answer(totals, cells, with_cells=with_cells)

    @app.get(
        "/v1/totals", tags=["totals"],
        responses={200: {"model": TotalsResult, "description": "totals, optionally cells: "
                         "exact for the admin token; for a viewer or device token, therapy "
                         "figures suppressed (null, with `suppressed`: small or hidden)"},
                   **_R401, **_R422, **_R429},
    )
    async def totals(request: Request, credentials: Credentials,
                     detail: Annotated[Literal["cells"] | None, Query()] = None,
                     ) -> JSONResponse:
        """Totals per hub activation and metric; `detail=cells` adds cells. The admin token
        sees every figure exact; a viewer token sees every hub activation and a device token
        its own, both with therapy figures suppressed (never a raw one)."""
        # Checked before the token, so an address over its limit learns nothing more; only
        # a refused token spends from it, so the admin's own scripts are never slowed.
        held_back(request)
        if credentials is None:
            limit_caller(request)
            raise unauthorised("a token is required (Authorization: Bearer …): the admin "
                               "token, a viewer token or a device token")
        token = credentials.credentials
        with_cells = detail == "cells"
        if await run_in_threadpool(store.is_admin_token, token):
            result: dict[str, Any] = {"totals": await run_in_threadpool(store.totals)}
            if with_cells:
                result["cells"] = await run_in_threadpool(store.detail)
            return JSONResponse(result, headers={"Cache-Control": "no-store"})
        if await run_in_threadpool(store.is_viewer_token, token):
            answer = await run_in_threadpool(suppressed, None, with_cells)
            return JSONResponse(answer, headers={"Cache-Control": "no-store"})
        device_id = await run_in_threadpool(store.device_for_token, token)
        if device_id is None:
            limit_caller(request)
            raise unauthorised("the hub does not accept this token (neither the admin "
                               "token, a viewer token nor a device's)")
        limit(devices, device_id)
        own = await run_in_threadpool(store.device_activation, device_id)
        answer = await run_in_threadpool(suppressed, own, with_cells)
        return JSONResponse(answer, headers={"Cache-Control": "no-store"})

    # -- dashboard (HTML, not part of the API document) --------------------------------------

    def html(content: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(content, status_code=status, headers={
            "Content-Security-Policy": dashboard.CSP, "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
        })

    async def logged_in(request: Request) -> str | None:
        """"admin" or "viewer" for a live dashboard session cookie, else None."""
        session = request.cookies.get(SESSION_COOKIE)
        if not session:
            return None
        held_back(request)
        role = await run_in_threadpool(store.session_role, session)
        if role is None:
            limit_caller(request)  # a session cookie that is not one: a guess, or an old one
        return role

    @app.get("/", include_in_schema=False)
    async def home(request: Request) -> Response:
        role = await logged_in(request)
        if role is None:
            return RedirectResponse("/login", status_code=303)
        # Suppressed for the admin too: this page is one people show others. The exact
        # figures stay on the admin API and `wellness-hub totals`.
        def page() -> str:
            tables = therapy_tables(store.detail(metrics=THERAPY_METRICS))
            return dashboard.dashboard_page(suppressed_totals(store.totals(), tables), tables,
                                            admin=role == "admin")

        return html(await run_in_threadpool(page))

    @app.get("/login", include_in_schema=False)
    async def login_form() -> Response:
        return html(dashboard.login_page())

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        limit_caller(request)
        raw = await _read_raw(request, MAX_SMALL_BODY)
        fields = parse_qs(raw.decode("utf-8", errors="replace"), max_num_fields=5)
        token = (fields.get("token") or [""])[0].strip()
        session: str | None = None
        if token:
            if await run_in_threadpool(store.is_admin_token, token):
                session = await run_in_threadpool(store.open_session)
            else:
                session = await run_in_threadpool(store.open_viewer_session, token)
        if session is None:
            return html(dashboard.login_page(
                "That is neither the hub's admin token nor a viewer token."), 401)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(
            SESSION_COOKIE, session, httponly=True, samesite="strict", path="/",
            secure=request.url.scheme == "https",
        )
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        session = request.cookies.get(SESSION_COOKIE)
        if session:
            await run_in_threadpool(store.close_session, session)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    def openapi() -> dict[str, Any]:
        # The raw-body routes name their bodies by $ref; put the models' schemas there.
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version,
                                   description=app.description, routes=app.routes)
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for model in (EnrollBody, SyncBody):
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(schema.pop("$defs", {}))
                schemas[model.__name__] = schema
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app

