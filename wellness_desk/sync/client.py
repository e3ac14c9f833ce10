"""The desk side of the hub sync: connect, push count cells, remember what happened (no Qt).

docs/sync-protocol.md is the contract. In short:

- `connect` trades a one-time enrolment code for a device id. The laptop makes its own
  token first and keeps it in the OS keyring (service `PENDING_SERVICE`, username = the
  code) before asking, so an enrolment whose answer was lost can be asked again with the
  same token, even after a restart, and the hub answers the same device. Once enrolled the
  token moves to service `HUB_SERVICE`, username = device id, and is nowhere else: not the
  database, not a log, not an exception message. The link binds to one local activation
  and starts with nothing acknowledged, so a new binding sends that activation's cells
  from the start.
- `sync_once` refreshes the cells, then sends the linked activation's cells above the
  acknowledged revision, oldest first, in gzip batches. A batch the hub holds in full moves
  the acknowledgement to its highest revision; a batch the hub itself refuses as malformed
  (400, 413, 415 or 422 with the hub's JSON `detail`) is quarantined and the
  acknowledgement moves past it; 401 stops syncing until the laptop is connected again;
  429, 5xx, any other 4xx (a wrong address, a proxy) and network trouble end the run and
  leave the queue as it is (the next run resends, and the hub's "keep the higher revision"
  makes that harmless).
- Network trouble is an outcome, never an exception: a laptop at a festival is offline more
  often than not. `SyncError` is for local misuse only (a bad address, no safe keyring).
- Every request is bounded by wall time, not only per read (a hub trickling one byte a
  second never times out a read): `HubTransport` clamps every connect, read and write to
  what is left of the request's deadline, and a sync run starts no batch past its own
  (`run_limit_s`; what waits goes with the next run). Every answer is read up to
  `MAX_ANSWER` bytes and no further: a bigger one is not the hub's answer.

Each call takes the caller's connection: a background worker opens its own (DESIGN rule 4).
"""

from __future__ import annotations

import contextlib
import contextvars
import gzip
import ipaddress
import json
import random
import re
import secrets
import time
import urllib.parse
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from .. import __version__
from ..clock import from_utc_text, to_utc_text, utcnow, zone
from ..db import immediate
from ..errors import WellnessError
from .cells import (
    PAYLOAD_VERSION,
    Cell,
    cell_payload,
    current_revision,
    pending_cells,
    pending_count,
    refresh_cells,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

HUB_SERVICE = "wellness-desk-hub"
# A token made for an enrolment not finished yet, by code: a lost answer is asked again.
PENDING_SERVICE = "wellness-desk-hub-pending"
ENROL_ATTEMPTS = 3  # tries of one enrolment on network trouble (the same token each time)
MAX_BATCH = 1000  # the hub's limit per request
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
# Wall time one request may take in all, from connecting to the answer's last byte, when the
# caller gives per-operation timeouts (a float `timeout` is the request's limit too).
REQUEST_LIMIT_S = 30.0
# Wall time a sync run may start batches in; the rest waits for the next run.
RUN_LIMIT_S = 300.0
# The hub's answers are a few hundred bytes (a held list of ≤ 1,000 numbers): anything past
# this is not the hub's, and is not read.
MAX_ANSWER = 1024 * 1024
LOG_KEEP = 2000  # sync_log rows kept: months of a worker syncing every few minutes
REASON_MAX = 500  # characters of a hub's refusal kept and shown

OUTCOMES = ("synced", "up_to_date", "offline", "unauthorized", "rate_limited", "server_error",
            "not_connected", "quarantined", "time_up")
STOPPED_TEXT = ("Sync stopped: the hub no longer accepts this laptop — reconnect it on the "
                "Sync page")
NOT_CONNECTED_TEXT = "Sync: not connected to a hub"
NOT_THE_HUB = "not the hub's answer"

_DEVICE_ID = re.compile(r"^dev_[0-9a-f]{24}$")  # the hub's DEVICE_ID_PATTERN
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43,128}$")
# The hub's own refusals of a malformed batch; any other 4xx is not about the batch.
_REFUSALS = (400, 413, 415, 422)
_CODE = re.compile(r"^[A-Z0-9-]{1,64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


class SyncError(WellnessError):
    """Local misuse of the sync (a bad address or code, no safe keyring): plain words."""


@dataclass(frozen=True)
class Link:
    """This laptop's connection to a hub (the token is in the keyring, not here)."""

    hub_url: str
    device_id: str
    hub_activation: str  # the activation's name on the hub
    activation_uid: str  # the local activation whose cells are sent
    activation_name: str  # its local name, for people (never sent)
    acked_revision: int
    connected_utc: str
    stopped: bool = False  # the hub answered 401: nothing is sent until connected again


@dataclass(frozen=True)
class SyncResult:
    outcome: str  # one of OUTCOMES
    cells_sent: int
    batches: int
    quarantined: int
    retry_after_s: float | None
    message: str  # plain words for the status bar

    @property
    def ok(self) -> bool:
        """Everything waiting went out (some of it possibly quarantined)."""
        return self.outcome in ("synced", "up_to_date", "quarantined")


@dataclass(frozen=True)
class SyncStatus:
    connected: bool
    hub_url: str | None
    hub_activation: str | None
    activation_name: str | None
    last_synced_utc: str | None
    pending: int
    last_error: str | None
    stopped: bool
    quarantined: int = 0  # refused batches kept on the Sync page


@dataclass(frozen=True)
class LogEntry:
    at_utc: str
    cells: int
    bytes: int  # as sent on the wire (gzip)
    outcome: str
    detail: str


@dataclass(frozen=True)
class QuarantinedBatch:
    id: int
    at_utc: str
    status: int
    reason: str
    cells: int
    body: bytes | None  # the uncompressed JSON body as sent (None when not asked for)


# -- small helpers -----------------------------------------------------------------------------


def normalise_hub_url(url: str) -> str:
    """The hub's base address as stored: trimmed, no trailing slash, http(s) only."""
    text = url.strip() if isinstance(url, str) else ""
    if not text:
        raise SyncError("hub address: empty (give it as https://hub.example.org)")
    if any(ch.isspace() for ch in text):
        raise SyncError(f"hub address: {text!r} has a space in it")
    try:
        parts = urllib.parse.urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a port that is not a number)
    except ValueError as e:
        raise SyncError(f"hub address: {text!r} is not a web address") from e
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SyncError(
            f"hub address: {text!r} is not a web address (it starts with https:// or http://)"
        )
    if parts.username is not None or parts.password is not None:
        # It would be stored and shown as is: a password does not belong in the address.
        raise SyncError("hub address: leave the user name and password out of it")
    if parts.query or parts.fragment:
        raise SyncError(f"hub address: {text!r} has a '?' or '#' part: give the hub's address")
    if parts.scheme.lower() == "http" and not _nearby(parts.hostname):
        raise SyncError(
            f"hub address: use https:// for a hub on the internet ({text!r}): the token would "
            "cross the network in clear"
        )
    return urllib.parse.urlunsplit(
        (parts.scheme.lower(), parts.netloc, parts.path.rstrip("/"), "", "")
    )


def _nearby(host: str) -> bool:
    """A host plain http:// may go to: this computer, or a private or link-local address
    (a hub on the festival's own network). Names other than localhost are not resolved:
    a name could point anywhere."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])  # fe80::1%eth0
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_private or address.is_link_local


def _clean_code(code: str) -> str:
    # The hub ignores case and dashes; spaces people type between the groups go too.
    text = "".join(code.split()).upper() if isinstance(code, str) else ""
    if not text:
        raise SyncError("enrolment code: empty (it looks like K7QF-2MXD-9PLA)")
    if not _CODE.match(text):
        raise SyncError("enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)")
    return text


def _plain(text: str, limit: int = REASON_MAX) -> str:
    """One line of at most `limit` characters: what a hub said, safe to store and show."""
    flat = _CONTROL.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _waiting(pending: int) -> str:
    return "all sent" if pending == 0 else f"{_plural(pending, 'change')} waiting"


def _keyring():
    import keyring

    return keyring


def _keyring_usable() -> tuple[bool, str]:
    from ..vault import keyring_usable

    return keyring_usable()


# -- bounded requests --------------------------------------------------------------------------

# The monotonic instant the request on this thread must be over by (None: no deadline).
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "wellness_desk_sync_deadline", default=None)


def _left(timeout: float | None, late: type[Exception]) -> float | None:
    """An operation's timeout, shortened to what is left of the request's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise late("the request took longer than its limit")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(
            ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, every operation clamped to the request's deadline (name
    resolution, done by the system, is the one wait it cannot shorten)."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), local_address,
            socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(
            path, _left(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class HubTransport(httpx.HTTPTransport):
    """httpx's transport, with every request bounded by wall time (see `_DeadlineBackend`).

    httpx takes no network backend of its own: the one of its connection pool is swapped
    (tests/sync/test_sync_limits.py fails if an upgrade of httpx undoes this).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pool._network_backend = _DeadlineBackend()


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for `url` (http_proxy, https_proxy, all_proxy,
    no_proxy), as httpx would use it."""
    parts = urllib.parse.urlsplit(url)
    proxies = urllib.request.getproxies()
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


def _client(transport: httpx.BaseTransport | None,
            timeout: httpx.Timeout | float | None, hub_url: str) -> httpx.Client:
    if transport is None:
        transport = HubTransport(proxy=proxy_for(hub_url))
    return httpx.Client(
        transport=transport,
        timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
        # A redirect is a captive portal or a misconfigured proxy, never the hub: a token
        # must not follow it anywhere.
        follow_redirects=False,
        # The proxy is chosen above, so that it too is bounded by the deadline.
        trust_env=False,
        headers={"User-Agent": f"wellness-desk/{__version__}", "Accept": "application/json",
                 # The hub never compresses its answers; gzip is read with a ceiling below.
                 "Accept-Encoding": "gzip"},
    )


def _request_limit(timeout: httpx.Timeout | float | None, request_limit_s: float | None) -> float:
    if request_limit_s is not None:
        return request_limit_s
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        return float(timeout)
    return REQUEST_LIMIT_S


class _TooBig(Exception):
    """An answer past `MAX_ANSWER` (or in a coding the hub never uses): not the hub's. The
    message says which, in a few words."""


_OVER = f"over {MAX_ANSWER // (1024 * 1024)} MiB"


@contextlib.contextmanager
def _until(deadline: float) -> Iterator[None]:
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _exchange(client: httpx.Client, request: httpx.Request, deadline: float) -> httpx.Response:
    """Send `request` and read its answer, all of it before `deadline` and at most
    `MAX_ANSWER` bytes of it (or `_TooBig`). Network trouble raises httpx's errors."""
    with _until(deadline):
        response = client.send(request, stream=True)
        try:
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > MAX_ANSWER:
                raise _TooBig(_OVER)
            coding = response.headers.get("Content-Encoding", "identity").strip().lower()
            if coding not in ("identity", "gzip", ""):
                raise _TooBig(f"compressed as {_plain(coding, 40)!r}, which the hub never is")
            chunks: list[bytes] = []
            size = 0
            if response.is_stream_consumed:
                # Made whole in memory by a transport that is no network (a test's).
                chunks, size, coding = [response.content], len(response.content), "identity"
            for chunk in () if chunks else response.iter_raw():
                size += len(chunk)
                if size > MAX_ANSWER:
                    raise _TooBig(_OVER)
                chunks.append(chunk)
            if size > MAX_ANSWER:
                raise _TooBig(_OVER)
        finally:
            response.close()
    body = b"".join(chunks)
    if coding == "gzip":
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflate.decompress(body, MAX_ANSWER + 1)
        except zlib.error:
            raise _TooBig("broken gzip") from None
        if len(body) > MAX_ANSWER or inflate.unconsumed_tail:
            raise _TooBig(_OVER)
    headers = [(k, v) for k, v in response.headers.multi_items()
               if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
    return httpx.Response(response.status_code, headers=headers, content=body,
                          request=request)


def _network_words(error: httpx.HTTPError) -> str:
    """Plain words for a request that got no answer (never the request's headers)."""
    if isinstance(error, httpx.ConnectTimeout):
        return "hub unreachable (no answer to the connection)"
    if isinstance(error, httpx.TimeoutException):
        return "hub unreachable (it did not answer in time)"
    text = str(error).lower()
    if isinstance(error, httpx.ConnectError):
        if "certificate" in text or "ssl" in text:
            return "hub unreachable (its certificate is not trusted)"
        if "refused" in text:
            return "hub unreachable (connection refused)"
        if ("name or service" in text or "nodename" in text or "getaddrinfo" in text
                or "name resolution" in text):
            return "hub unreachable (its address cannot be found: no network?)"
        if "unreachable" in text:
            return "hub unreachable (no network)"
        return "hub unreachable (cannot connect)"
    if isinstance(error, httpx.TransportError):
        return "hub unreachable (the connection broke off)"
    return "hub unreachable"


def _hub_reason(response: httpx.Response) -> str:
    """The hub's `detail`, flattened to one line (a 422 lists where the body is wrong)."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str):
        return _plain(detail)
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict):
                loc = ".".join(str(p) for p in item.get("loc", []) if not isinstance(p, dict))
                parts.append(f"{loc}: {item.get('msg', '')}" if loc else str(item.get("msg", "")))
        if parts:
            return _plain("; ".join(parts))
    return f"HTTP {response.status_code}"


def _retry_after(response: httpx.Response, now: datetime) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - now).total_seconds()
        except (TypeError, ValueError):
            return None
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), 24 * 3600.0)


# -- the link ----------------------------------------------------------------------------------

_LINK_SQL = (
    "SELECT s.hub_url, s.device_id, s.hub_activation, s.activation_uid, a.name,"
    " s.acked_revision, s.connected_utc, s.stopped, s.last_sync_utc, s.last_error"
    " FROM sync_link s LEFT JOIN activation a ON a.uid = s.activation_uid WHERE s.id = 1"
)


def _link_row(db: Database) -> tuple | None:
    return db.execute(_LINK_SQL).fetchone()


def _to_link(row: tuple) -> Link:
    return Link(hub_url=row[0], device_id=row[1], hub_activation=row[2],
                activation_uid=row[3], activation_name=row[4] or "(a removed activation)",
                acked_revision=row[5], connected_utc=row[6], stopped=bool(row[7]))


def link(db: Database) -> Link | None:
    """The connection to the hub, or None when this laptop is not connected."""
    row = _link_row(db)
    return _to_link(row) if row else None


def _resolve_activation(db: Database, activation_id: int | None) -> tuple[str, str]:
    from ..activations import current_activation, get_activation

    if activation_id is not None:
        activation = get_activation(db, activation_id)
    else:
        current = current_activation(db)
        if current is None:
            raise SyncError("no activation yet: create the festival or tour first; the hub "
                            "receives the counts of one activation")
        activation = current
    uid = db.execute("SELECT uid FROM activation WHERE id = ?", [activation.id]).fetchone()[0]
    return uid, activation.name


class _CodeRefused(SyncError):
    """The hub refused the code itself (unknown, used by another laptop, expired)."""


def _enrol(hub_url: str, code: str, token: str, transport: httpx.BaseTransport | None,
           timeout: httpx.Timeout | float | None, limit_s: float) -> tuple[str, str]:
    """(device id, hub activation) for a code and this laptop's token, or SyncError.

    Network trouble is tried again, up to `ENROL_ATTEMPTS` times, with the same token: if
    the hub enrolled the laptop and only its answer was lost, it answers the same device.
    Each try takes at most `limit_s` seconds of wall time.
    """
    response: httpx.Response | None = None
    trouble: httpx.HTTPError | None = None
    with _client(transport, timeout, hub_url) as client:
        for _ in range(ENROL_ATTEMPTS):
            request = client.build_request("POST", f"{hub_url}/v1/enroll",
                                           json={"code": code, "token": token})
            try:
                response = _exchange(client, request, time.monotonic() + limit_s)
                break
            except _TooBig as e:
                raise SyncError(f"{hub_url} gave {NOT_THE_HUB} ({e}): check the address; "
                                "the code is still unused") from None
            except httpx.TransportError as e:  # timeouts, refused or lost connections
                trouble = e
            except httpx.HTTPError as e:
                trouble = e
                break
    if response is None:
        words = _network_words(trouble) if trouble is not None else "hub unreachable"
        raise SyncError(f"cannot connect to {hub_url}: {words} (the same code works when "
                        "you try again)") from None
    status = response.status_code
    if status == 403:
        raise _CodeRefused(f"the hub refused the code: {_hub_reason(response)} "
                           "(ask the coordinator for a new one)")
    if status == 429:
        raise SyncError("the hub is busy: try again in a minute")
    if status >= 500:
        raise SyncError(f"the hub at {hub_url} has a problem (HTTP {status}): try again later")
    if status == 422:
        raise SyncError("the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)")
    not_a_hub = SyncError(
        f"{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address"
    )
    if status != 200:
        raise not_a_hub
    try:
        answer = response.json()
    except ValueError:
        raise not_a_hub from None
    if not isinstance(answer, dict):
        raise not_a_hub
    device_id, activation = answer.get("device_id"), answer.get("activation")
    if not (isinstance(device_id, str) and _DEVICE_ID.match(device_id)
            and isinstance(activation, str) and activation.strip()):
        raise not_a_hub
    return device_id, _plain(activation, 200)


def _pending_token(code: str, keyring_name: str) -> tuple[str, str]:
    """(keyring username, token) for an enrolment: the one made for this code before, if
    an earlier try did not finish, else a new one, kept before it is sent."""
    username = code.replace("-", "")  # how the hub reads a code: no dashes, upper case
    keyring = _keyring()
    try:
        token = keyring.get_password(PENDING_SERVICE, username)
    except Exception as e:
        raise SyncError(f"the keyring ({keyring_name}) cannot be read ({type(e).__name__}): "
                        "is it locked? The code is still unused") from None
    if token and _TOKEN.match(token):
        return username, token
    token = secrets.token_urlsafe(32)
    try:
        keyring.set_password(PENDING_SERVICE, username, token)
    except Exception as e:
        raise SyncError(f"the keyring ({keyring_name}) refused to store the hub token "
                        f"({type(e).__name__}): nothing was sent, and the code is still "
                        "unused") from None
    return username, token


def _forget_pending(username: str) -> None:
    with contextlib.suppress(Exception):
        _keyring().delete_password(PENDING_SERVICE, username)


def connect(db: Database, hub_url: str, code: str, *, activation_id: int | None = None,
            transport: httpx.BaseTransport | None = None,
            timeout: httpx.Timeout | float = 10.0,
            request_limit_s: float | None = None) -> Link:
    """Trade an enrolment code (and this laptop's own token) for a device id; bind to an
    activation.

    The token is made here and goes into the keyring only, before it is sent. Nothing
    else is stored unless everything worked; a keyring that cannot hold secrets safely is
    refused before the code is used. Safe to call again with the same code after any
    failure: the same token is sent, and the hub answers the same device.
    """
    url = normalise_hub_url(hub_url)
    clean = _clean_code(code)
    usable, keyring_name = _keyring_usable()
    if not usable:
        raise SyncError(
            f"no safe system keyring on this computer ({keyring_name}): the hub token would "
            "have nowhere safe to go, so this laptop cannot connect. Set up the system "
            "keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused"
        )
    uid, name = _resolve_activation(db, activation_id)
    pending, token = _pending_token(clean, keyring_name)
    try:
        device_id, hub_activation = _enrol(url, clean, token, transport, timeout,
                                           _request_limit(timeout, request_limit_s))
    except _CodeRefused:
        _forget_pending(pending)  # the hub will never take this token with this code
        raise
    keyring = _keyring()
    try:
        keyring.set_password(HUB_SERVICE, device_id, token)
    except Exception as e:
        raise SyncError(
            f"the keyring ({keyring_name}) refused to store the hub token "
            f"({type(e).__name__}): nothing was stored; try again with the same code"
        ) from None
    previous = link(db)
    connected = to_utc_text(utcnow())
    try:
        with immediate(db):
            db.execute("DELETE FROM sync_link")
            db.execute(
                "INSERT INTO sync_link (id, hub_url, device_id, hub_activation, activation_uid,"
                " acked_revision, connected_utc, stopped) VALUES (1, ?, ?, ?, ?, 0, ?, 0)",
                [url, device_id, hub_activation, uid, connected],
            )
            _log(db, connected, 0, 0, "connected",
                 f"to {url} as {device_id}; nothing acknowledged yet")
    except BaseException:
        # The pending token stays: the same code, tried again, gets the same device.
        _forget_token(device_id)
        raise
    _forget_pending(pending)
    if previous is not None and previous.device_id != device_id:
        _forget_token(previous.device_id)
    return Link(hub_url=url, device_id=device_id, hub_activation=hub_activation,
                activation_uid=uid, activation_name=name, acked_revision=0,
                connected_utc=connected)


def _forget_token(device_id: str) -> None:
    """Best effort: an old device's token is useless once its link is gone."""
    # Already gone, or a keyring that cannot be reached right now: nothing more to do.
    with contextlib.suppress(Exception):
        _keyring().delete_password(HUB_SERVICE, device_id)


def _entry(device_id: str) -> str:
    return f"service {HUB_SERVICE!r}, entry {device_id!r}"


def disconnect(db: Database) -> bool | None:
    """Forget the hub: the token leaves the keyring, then the link goes.

    True when the token was removed, False when it was not in the keyring any more, None
    when there was no link. A keyring that cannot be reached, or that still holds the token
    after removing it, is a SyncError and the laptop stays connected: a removal that did
    not happen is never reported. Refused cells, the log and the quarantine stay: they are
    this laptop's own history.
    """
    current = link(db)
    if current is None:
        return None
    usable, keyring_name = _keyring_usable()
    still = (f"still connected, and the token is still there ({_entry(current.device_id)}); "
             "unlock the keyring and try again")
    if not usable:
        # The token went into a keyring that worked (connect refuses any other): that
        # keyring is away now, not empty.
        raise SyncError(f"the keyring cannot be reached ({keyring_name}), so the hub token "
                        f"was not removed: {still}")
    from keyring.errors import PasswordDeleteError

    keyring = _keyring()
    try:
        # Some keyrings remove a missing entry without a word: asked first, so that an
        # entry already gone is not reported removed.
        removed = keyring.get_password(HUB_SERVICE, current.device_id) is not None
    except Exception:
        removed = True  # cannot tell; the removal below says whether it worked
    try:
        keyring.delete_password(HUB_SERVICE, current.device_id)
    except PasswordDeleteError:
        removed = False  # already gone: the goal is reached
    except Exception as e:
        raise SyncError(f"the keyring ({keyring_name}) could not remove the hub token "
                        f"({type(e).__name__}): {still}") from None
    try:
        left = keyring.get_password(HUB_SERVICE, current.device_id)
    except Exception:
        left = None  # it said it removed it; a keyring that cannot be read now holds no proof
    if left:
        raise SyncError(f"the keyring ({keyring_name}) kept the hub token although asked to "
                        f"remove it: {still}")
    with immediate(db):
        db.execute("DELETE FROM sync_link WHERE device_id = ?", [current.device_id])
        _log(db, to_utc_text(utcnow()), 0, 0, "disconnected", f"from {current.hub_url}")
    return removed


def _token(current: Link) -> str:
    usable, keyring_name = _keyring_usable()
    if not usable:
        raise SyncError(f"no safe system keyring on this computer ({keyring_name}): the hub "
                        "token cannot be read")
    try:
        token = _keyring().get_password(HUB_SERVICE, current.device_id)
    except Exception as e:
        raise SyncError(f"the keyring ({keyring_name}) cannot be read "
                        f"({type(e).__name__}): is it locked?") from None
    if not token:
        raise SyncError("the hub token of this laptop is not in the keyring: reconnect it on "
                        "the Sync page")
    if not isinstance(token, str) or not _TOKEN.match(token):
        # Changed outside this app (or by a damaged keyring): sent as it is, it would be a
        # traceback, or a header the hub cannot read. What it holds is never shown.
        raise SyncError(
            f"the hub token in the keyring ({_entry(current.device_id)}) is not the one this "
            f"app stored ({_token_fault(token)}): reconnect this laptop on the Sync page "
            "with a new code from the coordinator (that stores a new token)")
    return token


def _token_fault(token: object) -> str:
    if not isinstance(token, str):
        return "not text"
    if not 43 <= len(token) <= 128:
        return f"{len(token)} characters where it has 43 to 128"
    return "characters a token never has"


# -- records -----------------------------------------------------------------------------------


def _log(db: Database, at: str, cells: int, size: int, outcome: str, detail: str) -> None:
    db.execute("INSERT INTO sync_log (at_utc, cells, bytes, outcome, detail)"
               " VALUES (?, ?, ?, ?, ?)", [at, cells, size, outcome, _plain(detail)])
    db.execute("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?",
               [LOG_KEEP])


def sync_log(db: Database, limit: int = 100) -> list[LogEntry]:
    """Past requests to the hub (and connects and disconnects), newest first."""
    return [LogEntry(*row) for row in db.execute(
        "SELECT at_utc, cells, bytes, outcome, detail FROM sync_log ORDER BY id DESC LIMIT ?",
        [max(0, limit)])]


def quarantined(db: Database, *, bodies: bool = True) -> list[QuarantinedBatch]:
    """Batches the hub refused as malformed, newest first; with `bodies=False` without
    their bodies (up to 1,000 cells each), for a list on screen."""
    body = "body" if bodies else "NULL"
    return [QuarantinedBatch(*[*row[:5], None if row[5] is None else bytes(row[5])])
            for row in db.execute(f"SELECT id, at_utc, status, reason, cells, {body}"
                                  " FROM sync_quarantine ORDER BY id DESC")]


def _set_error(db: Database, device_id: str, words: str, *, stop: bool = False) -> None:
    db.execute("UPDATE sync_link SET last_error = ?, stopped = max(stopped, ?)"
               " WHERE id = 1 AND device_id = ?", [_plain(words), int(stop), device_id])


# -- what is sent ------------------------------------------------------------------------------


def body_bytes(device_id: str, cells: list[Cell]) -> bytes:
    """The exact uncompressed body of one push: what the preview shows and the hub reads."""
    body = {"cells": cell_payload(cells)["cells"], "device_id": device_id,
            "version": PAYLOAD_VERSION}
    return json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _check_batch_size(batch_size: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not (
            1 <= batch_size <= MAX_BATCH):
        raise SyncError(f"batch size: {batch_size!r} is not 1 to {MAX_BATCH} cells")


def preview(db: Database, *, max_batches: int | None = None, batch_size: int = MAX_BATCH,
            refresh: bool = True) -> list[bytes]:
    """The bodies `sync_once` would send next, batch by batch (uncompressed, exact bytes).

    With `refresh` the cells are brought up to date first (that writes); without, only
    what is stored is read (no write lock): changes since the last refresh are not shown.
    """
    _check_batch_size(batch_size)
    current = link(db)
    if current is None:
        return []
    if refresh:
        refresh_cells(db)
    bodies: list[bytes] = []
    since = current.acked_revision
    while max_batches is None or len(bodies) < max_batches:
        cells = pending_cells(db, since, activation_uid=current.activation_uid,
                              limit=batch_size)
        if not cells:
            break
        bodies.append(body_bytes(current.device_id, cells))
        since = cells[-1].revision
    return bodies


# -- one request -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Answer:
    kind: str  # "held", "rejected", or a failing outcome of OUTCOMES
    status: int | None
    words: str  # plain words for the log and the status bar
    held: list[int] | None = None
    retry_after_s: float | None = None
    differs: list[int] | None = None  # cells the hub holds otherwise (see _renumber)
    device_revision: int = 0


def _post(client: httpx.Client, current: Link, token: str, wire: bytes, cells: int,
          now: datetime, deadline: float) -> _Answer:
    request = client.build_request(
        "POST", f"{current.hub_url}/v1/sync", content=wire,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                 "Content-Encoding": "gzip"},
    )
    try:
        response = _exchange(client, request, deadline)
    except _TooBig as e:
        return _Answer("offline", None, f"{NOT_THE_HUB} ({e}): a proxy or a Wi-Fi login "
                       "page on the way?")
    except httpx.HTTPError as e:
        return _Answer("offline", None, _network_words(e))
    status = response.status_code
    if status == 200:
        try:
            answer = response.json()
            held, differs = answer.get("held"), answer.get("differs")
            device_revision = answer.get("device_revision")
        except (ValueError, AttributeError):
            held = differs = device_revision = None
        numbers = [*(held or []), *(differs or []), device_revision]
        if (not isinstance(held, list) or len(held) != cells or not isinstance(differs, list)
                or not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers)
                or not all(0 <= i < cells for i in differs)):
            # Not the hub's answer: a Wi-Fi login page or a proxy's, most likely.
            return _Answer("offline", status,
                           "the answer did not come from the hub (a Wi-Fi login page?)")
        return _Answer("held", status, f"HTTP 200: {_plural(cells, 'cell')} held", held,
                       differs=differs, device_revision=device_revision)
    if status == 401:
        return _Answer("unauthorized", status, "the hub no longer accepts this laptop")
    if status == 429:
        wait = _retry_after(response, now)
        after = f": next try in {wait:.0f} s" if wait is not None else ""
        return _Answer("rate_limited", status, f"the hub asked to slow down{after}",
                       retry_after_s=wait)
    if status == 408:
        # A proxy's "request timeout": network trouble, not a malformed batch.
        return _Answer("offline", status, "hub unreachable (it did not answer in time)")
    if 300 <= status < 400:
        return _Answer("offline", status,
                       f"the network redirected the request (HTTP {status}; a Wi-Fi login page?)")
    if status >= 500:
        return _Answer("server_error", status, f"the hub has a problem (HTTP {status})")
    if status in _REFUSALS and _hub_detail(response):
        # The hub's own refusal of this batch: sending it again as it is will not help.
        return _Answer("rejected", status, _hub_reason(response))
    if status == 403 and _hub_detail(response):
        # The hub itself refuses this laptop's counts (another hub activation holds them):
        # its words say what to do; the queue waits for a laptop connected the right way.
        return _Answer("server_error", status,
                       f"the hub refused these counts: {_hub_reason(response)}")
    if 400 <= status < 500:
        # Not about the batch (a wrong address, a proxy, a refusal in someone else's
        # words): the queue waits, nothing is set aside.
        return _Answer("server_error", status, _odd_answer(status))
    return _Answer("server_error", status, f"the hub answered oddly (HTTP {status})")


def _hub_detail(response: httpx.Response) -> bool:
    """The body is the hub's JSON error: an object with a `detail`."""
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and "detail" in body


def _odd_answer(status: int) -> str:
    if status in (403, 404, 405, 410):
        return f"the hub answered HTTP {status} — is the address right?"
    if status == 407:
        return "a proxy on this network asks for a login (HTTP 407)"
    if status in _REFUSALS:
        return (f"something on the way refused the request (HTTP {status}, not in the hub's "
                "words): a proxy?")
    return f"the hub answered HTTP {status}"


def _result(outcome: str, sent: int, batches: int, quarantined_n: int, message: str,
            retry_after_s: float | None = None) -> SyncResult:
    return SyncResult(outcome=outcome, cells_sent=sent, batches=batches,
                      quarantined=quarantined_n, retry_after_s=retry_after_s, message=message)


def _not_connected() -> SyncResult:
    return _result("not_connected", 0, 0, 0, NOT_CONNECTED_TEXT)


def _stopped() -> SyncResult:
    return _result("unauthorized", 0, 0, 0, STOPPED_TEXT)


def _failure(db: Database, current: Link, answer: _Answer, sent: int, batches: int,
             quarantined_n: int) -> SyncResult:
    """Record a failed request on the link and say what it means."""
    stop = answer.kind == "unauthorized"
    _set_error(db, current.device_id, answer.words, stop=stop)
    if stop:
        return _result("unauthorized", sent, batches, quarantined_n, STOPPED_TEXT)
    waiting = pending_count(db, _acked(db, current), activation_uid=current.activation_uid)
    words = answer.words[0].upper() + answer.words[1:]
    return _result(answer.kind, sent, batches, quarantined_n,
                   f"{words} · {_waiting(waiting)}", answer.retry_after_s)


def _acked(db: Database, current: Link) -> int:
    row = db.execute("SELECT acked_revision FROM sync_link WHERE id = 1 AND device_id = ?",
                     [current.device_id]).fetchone()
    return row[0] if row else current.acked_revision


def _start(db: Database) -> tuple[Link, str] | SyncResult:
    current = link(db)
    if current is None:
        return _not_connected()
    if current.stopped:
        return _stopped()
    try:
        token = _token(current)
    except SyncError as e:
        _set_error(db, current.device_id, str(e))
        raise
    return current, token


def sync_once(db: Database, *, transport: httpx.BaseTransport | None = None,
              timeout: httpx.Timeout | float | None = None, batch_size: int = MAX_BATCH,
              now: datetime | None = None, request_limit_s: float | None = None,
              run_limit_s: float = RUN_LIMIT_S) -> SyncResult:
    """Bring the cells up to date and push what the hub has not acknowledged yet.

    Never raises for network trouble: the outcome says what happened. Every request is
    logged (counts and outcome only). Each request takes at most `request_limit_s` seconds
    of wall time (a float `timeout`, else `REQUEST_LIMIT_S`), and the run ends within
    `run_limit_s`: a request is cut at the run's end, and no batch starts after it
    (outcome "time_up": the rest goes with the next run).
    """
    _check_batch_size(batch_size)
    run_end = time.monotonic() + run_limit_s
    limit = _request_limit(timeout, request_limit_s)
    started = _start(db)
    if isinstance(started, SyncResult):
        return started
    current, token = started
    refresh_cells(db)
    acked = current.acked_revision
    sent = batches = quarantined_n = 0
    with _client(transport, timeout, current.hub_url) as client:
        while True:
            cells = pending_cells(db, acked, activation_uid=current.activation_uid,
                                  limit=batch_size)
            if not cells:
                break
            if batches and time.monotonic() >= run_end:
                return _time_up(db, current, sent, batches, quarantined_n, run_limit_s)
            raw = body_bytes(current.device_id, cells)
            # mtime=0: the same body compresses to the same bytes (no timestamp inside).
            wire = gzip.compress(raw, mtime=0)
            request_end = time.monotonic() + limit
            answer = _post(client, current, token, wire, len(cells), now or utcnow(),
                           min(request_end, run_end))
            at = to_utc_text(now or utcnow())
            batches += 1
            if answer.kind == "offline" and run_end < request_end and time.monotonic() >= run_end:
                # Cut by the run's end, not for want of an answer: the batch goes again next
                # time (the hub keeps the higher revision, so that is harmless).
                _log(db, at, len(cells), len(wire), "time_up",
                     f"the run's {run_limit_s:g} s were up before the hub answered")
                return _time_up(db, current, sent, batches, quarantined_n, run_limit_s)
            top = cells[-1].revision
            if answer.kind == "held":
                if answer.held is None or not all(
                        h >= c.revision for h, c in zip(answer.held, cells, strict=True)):
                    answer = _Answer("server_error", answer.status,
                                     "the hub did not keep every change it was sent")
                    _log(db, at, len(cells), len(wire), answer.kind, answer.words)
                    return _failure(db, current, answer, sent, batches, quarantined_n)
                ahead = [cells[i] for i in sorted(set(answer.differs or []))]
                with immediate(db):
                    moved = _move_ack(db, current, top)
                    words = answer.words
                    if moved and ahead:
                        _renumber(db, ahead, answer.device_revision)
                        words += (f"; the hub had {_plural(len(ahead), 'change')} at a later"
                                  " revision (a database put back from a copy?): sent again")
                    _log(db, at, len(cells), len(wire), "synced", words)
                sent += len(cells)
            elif answer.kind == "rejected":
                with immediate(db):
                    moved = _move_ack(db, current, top)
                    if moved:
                        db.execute(
                            "INSERT INTO sync_quarantine (at_utc, status, reason, cells,"
                            " first_revision, last_revision, device_id, body)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [at, answer.status, answer.words, len(cells), cells[0].revision,
                             top, current.device_id, raw],
                        )
                    _log(db, at, len(cells), len(wire), "quarantined",
                         f"HTTP {answer.status}: {answer.words}")
                quarantined_n += 1
            else:
                _log(db, at, len(cells), len(wire), answer.kind,
                     f"HTTP {answer.status}: {answer.words}" if answer.status else answer.words)
                return _failure(db, current, answer, sent, batches, quarantined_n)
            if not moved:
                # Disconnected or reconnected by another thread meanwhile: the new link
                # starts from its own beginning, this run has nothing more to do.
                return _result("not_connected", sent, batches, quarantined_n,
                               "Sync: the hub connection changed during the sync")
            acked = top
    if batches == 0:
        _set_error_cleared(db, current, synced_at=None)
        return _result("up_to_date", 0, 0, 0, "Nothing to send: the hub has every change")
    # Synced "at" only when the hub held something: every batch refused is no sync.
    _set_error_cleared(db, current, synced_at=to_utc_text(now or utcnow()) if sent else None)
    message = f"Sent {_plural(sent, 'change')} in {_plural(batches, 'batch', 'batches')}"
    if quarantined_n:
        return _result("quarantined", sent, batches, quarantined_n,
                       f"{message}; the hub refused {_plural(quarantined_n, 'batch', 'batches')}"
                       " (see the Sync page)")
    return _result("synced", sent, batches, 0, message)


def _time_up(db: Database, current: Link, sent: int, batches: int, quarantined_n: int,
             run_limit_s: float) -> SyncResult:
    if sent:
        _set_error_cleared(db, current, synced_at=to_utc_text(utcnow()))
    waiting = pending_count(db, _acked(db, current), activation_uid=current.activation_uid)
    return _result("time_up", sent, batches, quarantined_n,
                   f"Sent {_plural(sent, 'change')} in {_plural(batches, 'batch', 'batches')}; "
                   f"the run's {run_limit_s:g} s were up with {_waiting(waiting)}: they go "
                   "with the next sync")


def _renumber(db: Database, ahead: list[Cell], device_revision: int) -> None:
    """The hub holds some cells with other values at the revision this laptop sent them,
    or later: the database was put back from a copy (a backup) and its revision counter
    went back with it. Those cells (and every later change) get revisions above the
    highest the hub holds from this laptop, so its values go out again instead of being
    taken for old ones."""
    revision = max(current_revision(db), device_revision)
    for cell in ahead:
        revision += 1
        db.execute(
            "UPDATE sync_cell SET revision = ? WHERE metric = ? AND activation_uid = ?"
            " AND period = ? AND dims = ? AND revision = ?",
            [revision, *cell.key, cell.revision])
    db.execute("UPDATE sync_state SET revision = ? WHERE id = 1", [revision])


def _move_ack(db: Database, current: Link, revision: int) -> bool:
    """Acknowledge up to `revision` on this link (still the same device); False if gone."""
    cursor = db.execute(
        "UPDATE sync_link SET acked_revision = max(acked_revision, ?)"
        " WHERE id = 1 AND device_id = ?", [revision, current.device_id])
    return cursor.rowcount == 1


def _set_error_cleared(db: Database, current: Link, *, synced_at: str | None) -> None:
    db.execute("UPDATE sync_link SET last_error = NULL,"
               " last_sync_utc = coalesce(?, last_sync_utc) WHERE id = 1 AND device_id = ?",
               [synced_at, current.device_id])


def retry_quarantined(db: Database, batch_id: int, *,
                      transport: httpx.BaseTransport | None = None,
                      timeout: httpx.Timeout | float | None = None,
                      now: datetime | None = None,
                      request_limit_s: float | None = None) -> SyncResult:
    """Send a refused batch again, as it was. Accepted: it leaves the quarantine."""
    row = db.execute("SELECT cells, device_id, body FROM sync_quarantine WHERE id = ?",
                     [batch_id]).fetchone()
    if row is None:
        raise SyncError(f"there is no refused batch {batch_id}")
    cells, device_id, body = row[0], row[1], bytes(row[2])
    started = _start(db)
    if isinstance(started, SyncResult):
        return started
    current, token = started
    if device_id != current.device_id:
        raise SyncError(f"batch {batch_id} was refused under an earlier connection to the hub; "
                        "the present connection sends those counts anew, so it needs no retry")
    wire = gzip.compress(body, mtime=0)
    deadline = time.monotonic() + _request_limit(timeout, request_limit_s)
    with _client(transport, timeout, current.hub_url) as client:
        answer = _post(client, current, token, wire, cells, now or utcnow(), deadline)
    at = to_utc_text(now or utcnow())
    if answer.kind == "held":
        revisions = [c["revision"] for c in json.loads(body)["cells"]]
        if answer.held is not None and all(
                h >= r for h, r in zip(answer.held, revisions, strict=True)):
            with immediate(db):
                db.execute("DELETE FROM sync_quarantine WHERE id = ?", [batch_id])
                _log(db, at, cells, len(wire), "synced",
                     f"refused batch {batch_id} accepted on retry")
            return _result("synced", cells, 1, 0, f"Batch {batch_id} accepted by the hub")
        answer = _Answer("server_error", answer.status,
                         "the hub did not keep every change it was sent")
    if answer.kind == "rejected":
        with immediate(db):
            db.execute("UPDATE sync_quarantine SET at_utc = ?, status = ?, reason = ?"
                       " WHERE id = ?", [at, answer.status, answer.words, batch_id])
            _log(db, at, cells, len(wire), "quarantined",
                 f"HTTP {answer.status}: {answer.words} (retry of batch {batch_id})")
        return _result("quarantined", 0, 1, 1,
                       f"The hub refused batch {batch_id} again: {answer.words}")
    _log(db, at, cells, len(wire), answer.kind,
         f"HTTP {answer.status}: {answer.words}" if answer.status else answer.words)
    return _failure(db, current, answer, 0, 1, 0)


# -- status ------------------------------------------------------------------------------------


def status(db: Database, *, refresh: bool = False) -> SyncStatus:
    """What the status bar and the Sync page show.

    With `refresh`, local changes not yet turned into cells are counted first (that writes,
    and on a long season takes a moment: never on the tap thread), so "waiting" is what the
    next sync really sends; without, it reads only and counts the cells as last refreshed.
    """
    if refresh and _link_row(db) is not None:
        refresh_cells(db)
    row = _link_row(db)
    refused = db.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
    if row is None:
        return SyncStatus(connected=False, hub_url=None, hub_activation=None,
                          activation_name=None, last_synced_utc=None, pending=0,
                          last_error=None, stopped=False, quarantined=refused)
    current = _to_link(row)
    return SyncStatus(
        connected=True, hub_url=current.hub_url, hub_activation=current.hub_activation,
        activation_name=current.activation_name, last_synced_utc=row[8],
        pending=pending_count(db, current.acked_revision,
                              activation_uid=current.activation_uid),
        last_error=row[9], stopped=current.stopped, quarantined=refused,
    )


def status_text(status: SyncStatus, tz: str | None = None, *,
                now: datetime | None = None) -> str:
    """One line for the status bar: the activation whose counts are sent and what waits for
    it, then the last sync or the error in plain words.

    The activation is named because it need not be the current one: a laptop connected for
    the tour sends only the tour's counts while the festival is on screen.
    """
    if not status.connected:
        return NOT_CONNECTED_TEXT
    if status.stopped:
        return STOPPED_TEXT
    head = f"Sending {status.activation_name}: {_waiting(status.pending)}"
    refused = (f" · {_plural(status.quarantined, 'batch', 'batches')} refused (see the Sync "
               "page)") if status.quarantined else ""
    if status.last_error:
        return f"{head} · {status.last_error}{refused}"
    if status.last_synced_utc:
        return f"{head} · synced {_when(status.last_synced_utc, tz, now)}{refused}"
    return f"{head} · not synced yet{refused}"


def _when(utc_text: str, tz: str | None, now: datetime | None) -> str:
    """"at 14:05" (local wall time; UTC when no zone), with the date when not today."""
    instant = from_utc_text(utc_text)
    suffix = ""
    try:
        place = zone(tz) if tz else UTC
    except WellnessError:
        place = UTC
    if place is UTC:
        suffix = " UTC"
    local = instant.astimezone(place)
    today = (now or utcnow()).astimezone(place).date()
    day = "" if local.date() == today else f"on {local.day} {local.strftime('%b')} "
    return f"{day}at {local.strftime('%H:%M')}{suffix}"


# -- retrying ----------------------------------------------------------------------------------


class Backoff:
    """When to try again after failures: exponential with full jitter.

    delay(n) is uniform in [0, min(cap, base · 2^n)], but never below `min_delay`: many
    laptops coming back online at once spread out instead of hitting the hub together.
    """

    def __init__(self, base: float = 5.0, cap: float = 900.0,
                 rng: random.Random | None = None, *, min_delay: float = 1.0) -> None:
        if not (base > 0 and cap > 0 and 0 <= min_delay <= cap):
            raise ValueError("Backoff needs base > 0, cap > 0 and 0 <= min_delay <= cap")
        self.base = float(base)
        self.cap = float(cap)
        self.min_delay = float(min_delay)
        self.rng = rng or random.Random()

    def delay(self, failures: int) -> float:
        """Seconds to wait after `failures` failures in a row (0 for the first retry)."""
        if failures < 0:
            raise ValueError("failures must not be negative")
        # 2.0 ** 1100 overflows a float; the cap is reached long before 2 ** 60 anyway.
        ceiling = min(self.cap, self.base * 2.0 ** min(failures, 60))
        return max(self.min_delay, self.rng.uniform(0.0, ceiling))

    def retry_in(self, result: SyncResult, failures: int) -> float | None:
        """Seconds until trying again after `result`, counting it among `failures`; None
        when retrying on a timer would not help: it worked, or it needs a person (stopped,
        not connected)."""
        if result.outcome == "rate_limited":
            if result.retry_after_s is not None:
                return max(self.min_delay, result.retry_after_s)
            return self.delay(failures)
        if result.outcome in ("offline", "server_error"):
            return self.delay(failures)
        if result.outcome == "time_up":  # the hub answers: the rest goes soon
            return self.min_delay
        return None
