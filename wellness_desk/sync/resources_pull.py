"""The pull of the signed resource directory from the connected hub (GET /v1/resources).

One conditional GET: If-None-Match carries the ETag of the directory the last pull
installed, so an unchanged directory costs one small 304. A 200 is checked before anything
in it is read: the curator's signature against the keys this laptop trusts (received at
enrolment, or shipped in `assets/resources/curator-keys/`), then the directory with the
package's own validation. Only then is it installed (one transaction in the directory's
own file) and its ETag kept, with the envelope as a file in the data folder.

A refused signature or an invalid directory changes nothing: the directory the laptop had
stays, and so does the old ETag (the next clean pull asks again). What happened is said in
one plain sentence, kept for the status bar until a pull works. Network trouble is never
raised: the outcome says it.

The ETag is sent only while the directory in the store is the one it came with: after a
`resources import` of a local package the next pull fetches the hub's in full again.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from .. import paths
from ..clock import to_utc_text, utcnow
from ..errors import WellnessError
from ..messages import as_sentence, message_of, msg, restored, stored
from .answers import hub_reason, network_words, not_the_hub, retry_after
from .enrol import curator_keys
from .hub_token import hub_token
from .link import link
from .outcomes import DIRECTORY_PROBLEM as PROBLEM
from .outcomes import NOT_CONNECTED_TEXT, STOPPED_TEXT
from .transport import TooBig, exchange, hub_client, request_limit

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..resources.store import Store

# The largest directory answer read (as sent, and once un-gzipped): bench/resources.py's
# 50,000 services in 5 languages sign to about 230 MB (about 40 MB gzipped); the limit
# leaves room and still stops a runaway answer.
MAX_DIRECTORY = 512 * 1024 * 1024
ETAG_META = "pull_etag"  # store meta: the ETag of the directory the last pull installed
HASH_META = "pull_content_hash"  # store meta: the content hash that directory had
ENVELOPE_FILENAME = "directory.signed.json"  # the last envelope installed, as served
SHIPPED_KEYS = paths.ASSETS / "resources" / "curator-keys"
OUTCOMES = ("unchanged", "installed", "refused", "no_directory", "offline", "unauthorized",
            "rate_limited", "server_error", "not_connected")


@dataclass(frozen=True)
class PullResult:
    outcome: str  # one of OUTCOMES
    services: int  # installed (0 unless "installed")
    message: str  # plain words for the status bar and the command line
    retry_after_s: float | None = None

    @property
    def ok(self) -> bool:
        """The laptop holds the hub's current directory (or the hub has none to give)."""
        return self.outcome in ("unchanged", "installed", "no_directory")


def shipped_keys(folder: Path = SHIPPED_KEYS) -> list[str]:
    """Curator keys shipped with the app (`*.pub`, base64): possibly none. A file that is no
    key is skipped (it can only ever make a directory refused, never trusted)."""
    from ..resources.signing import CuratorKeyError, key_text, parse_public_key

    keys = []
    for file in sorted(folder.glob("*.pub")) if folder.is_dir() else ():
        try:
            keys.append(key_text(parse_public_key(file.read_bytes())))
        except (CuratorKeyError, OSError):
            continue
    return keys


def trusted_keys(db: Database) -> list[str]:
    """The curator keys a directory's signature may be checked against."""
    return sorted(set(curator_keys(db)) | set(shipped_keys()))


def hub_name(hub_url: str) -> str:
    """The hub as the page header names the directory's source: "hub <host>"."""
    return f"hub {urlsplit(hub_url).netloc or hub_url}"


def pull(db: Database, data_dir: Path, *, store: Store | None = None,
         transport: httpx.BaseTransport | None = None,
         timeout: httpx.Timeout | float | None = None, now: datetime | None = None,
         request_limit_s: float | None = None) -> PullResult:
    """Fetch the hub's directory if it changed, check it, install it. `store`: an open
    directory store on this thread (else `data_dir`'s is opened and closed here)."""
    from ..resources import store as stores

    current = link(db)
    if current is None:
        return PullResult("not_connected", 0, NOT_CONNECTED_TEXT)
    if current.stopped:
        return PullResult("unauthorized", 0, STOPPED_TEXT)
    token = hub_token(current)  # SyncError when the keyring cannot give it: a person's job
    own = store is None
    opened = stores.open_store(stores.store_path(data_dir)) if store is None else store
    try:
        result = _pull(db, Path(data_dir), opened, current.hub_url, token, transport,
                       timeout, now or utcnow(), request_limit(timeout, request_limit_s))
    finally:
        if own:
            opened.close()
    _remember(db, result)
    return result


def _pull(db: Database, data_dir: Path, store: Store, hub_url: str, token: str,
          transport: httpx.BaseTransport | None, timeout: httpx.Timeout | float | None,
          now: datetime, limit_s: float) -> PullResult:
    from ..resources import store as stores

    headers = {"Authorization": f"Bearer {token}"}
    etag = stores.get_meta(store, ETAG_META)
    if etag and stores.get_meta(store, HASH_META) == stores.get_meta(store, "content_hash"):
        headers["If-None-Match"] = etag
    with hub_client(transport, timeout, hub_url) as client:
        request = client.build_request("GET", f"{hub_url}/v1/resources", headers=headers)
        try:
            response = exchange(client, request, time.monotonic() + limit_s,
                                max_answer=MAX_DIRECTORY)
        except TooBig as e:
            return PullResult("offline", 0, msg(
                "Directory: {problem}; the directory you had is kept",
                problem=not_the_hub(e)))
        except httpx.HTTPError as e:
            return PullResult("offline", 0, msg(
                "Directory: {problem}; the directory you had is kept",
                problem=network_words(e)))
    status = response.status_code
    if status == 304:
        stores.set_meta(store, stores.CHECKED_META, to_utc_text(now))
        return PullResult("unchanged", 0, msg("Directory: unchanged"))
    if status == 200:
        return _install(db, data_dir, store, hub_url, response, now)
    if status == 404:
        return PullResult("no_directory", 0, msg(
            "Directory: the hub has none to give yet; the directory you had is kept"))
    if status == 401:
        return PullResult("unauthorized", 0, msg(
            "Directory: the hub no longer accepts this laptop (reconnect it on the Sync "
            "page); the directory you had is kept"))
    if status == 429:
        return PullResult("rate_limited", 0, msg(
            "Directory: the hub is busy; the directory you had is kept"),
                          retry_after_s=retry_after(response, now))
    if status >= 500:
        return PullResult("server_error", 0, msg(
            "Directory: the hub has a problem (HTTP {status}); the directory you had is kept",
            status=status))
    return PullResult("server_error", 0, msg(
        "Directory: the hub refused the request ({reason}); the directory you had is kept",
        reason=hub_reason(response)))


def _install(db: Database, data_dir: Path, store: Store, hub_url: str,
             response: httpx.Response, now: datetime) -> PullResult:
    from ..resources import package, signing
    from ..resources import store as stores

    envelope = response.content
    try:
        directory_bytes = signing.verify(envelope, trusted_keys(db))
    except signing.SignatureRefused as e:
        return PullResult("refused", 0, as_sentence(message_of(e)))
    source = hub_name(hub_url)
    try:
        directory = package.from_json_bytes(directory_bytes, source=source)
    except WellnessError as e:
        return PullResult("refused", 0, msg(
            "The directory from the hub is not valid ({problem}): it was refused and the "
            "directory you had is kept.", problem=message_of(e)))
    # A signed edition older than one already taken from a hub is a replay (a broken-into
    # hub serving last year's file would bring back a withdrawn number): refused.
    last = stores.get_meta(store, stores.PUBLISHED_META)
    if last and directory.published < datetime.fromisoformat(last):
        return PullResult("refused", 0, msg(
            "The directory from the hub is an older edition ({published}) than the one this "
            "laptop has ({held}): it was refused and the directory you had is kept.",
            published=f"{directory.published:%Y-%m-%d}",
            held=f"{datetime.fromisoformat(last):%Y-%m-%d}"))
    installed = stores.install(store, directory, source=source, now=now)
    stores.set_meta(store, stores.PUBLISHED_META, to_utc_text(directory.published))
    stores.set_meta(store, stores.CHECKED_META, to_utc_text(now))
    # After the install: a failure before this leaves the old ETag, so the next pull asks
    # for the whole directory again rather than trust one it never installed.
    _keep_envelope(data_dir, envelope)
    stores.set_meta(store, HASH_META, stores.get_meta(store, "content_hash") or "")
    stores.set_meta(store, ETAG_META, response.headers.get("ETag", ""))
    n = installed.services
    if not installed.changed:
        return PullResult("unchanged", 0, msg("Directory: unchanged"))
    host = urlsplit(hub_url).netloc or hub_url
    return PullResult("installed", n, msg(
        "Directory: installed 1 service from the hub {host}", host=host) if n == 1 else msg(
        "Directory: installed {n} services from the hub {host}", n=f"{n:,}", host=host))


def _keep_envelope(data_dir: Path, envelope: bytes) -> None:
    """The envelope as served, beside the directory: what was checked, for anyone to check
    again (`signing.verify`)."""
    target = data_dir / ENVELOPE_FILENAME
    tmp = target.with_name(f".{target.name}.tmp")
    with open(tmp, "wb") as file:
        file.write(envelope)
        file.flush()
        os.fsync(file.fileno())
    os.replace(tmp, target)


def _remember(db: Database, result: PullResult) -> None:
    """The problem for the status bar, until a pull works (offline is no problem to show:
    the push says so already)."""
    from .. import settings

    if result.ok:
        db.execute("DELETE FROM setting WHERE key = ?", [PROBLEM])
    elif result.outcome in ("refused", "server_error", "unauthorized"):
        settings.put(db, PROBLEM, stored(result.message))


def pull_problem(db: Database) -> str | None:
    """The last pull's problem, in plain words, while no pull has worked since."""
    from .. import settings

    return restored(settings.get(db, PROBLEM))
