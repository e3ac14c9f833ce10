"""Connecting this laptop to a hub with a one-time enrolment code, and disconnecting it.

`connect` trades the code and the laptop's own token (`hub_token`) for a device id and binds
the link to one local activation, keeping the curator keys the hub hands out (the keys the
resource directory's signature is checked against: `resources_pull`); `disconnect` takes
the token out of the keyring, then the link goes. Each call takes the caller's connection:
a background worker opens its own (DESIGN rule 4).
"""

from __future__ import annotations

import json
import re
import time
from typing import TYPE_CHECKING

import httpx

from ..clock import to_utc_text, utcnow
from ..db import immediate
from ..messages import message_of, msg
from ..system_keyring import keyring_usable
from . import SyncError
from .answers import hub_reason, network_words
from .catch_up import note_sent
from .hub_token import (
    forget_pending,
    forget_token,
    keep_token,
    pending_token,
    remove_token,
)
from .link import Link, bind, link, unbind
from .log import record
from .transport import NOT_THE_HUB, TooBig, exchange, hub_client, request_limit
from .urls import normalise_hub_url
from .words import plain

if TYPE_CHECKING:
    from sqlite_utils import Database

ENROL_ATTEMPTS = 3  # tries of one enrolment on network trouble (the same token each time)
_DEVICE_ID = re.compile(r"^dev_[0-9a-f]{24}$")  # the hub's DEVICE_ID_PATTERN
_CODE = re.compile(r"^[A-Z0-9-]{1,64}$")
MAX_CURATOR_KEYS = 50


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
    usable, keyring_name = keyring_usable()
    if not usable:
        raise SyncError(
            msg("no safe system keyring on this computer ({keyring_name}): the hub token would "
                "have nowhere safe to go, so this laptop cannot connect. Set up the system "
                "keyring (e.g. GNOME Keyring or KWallet) and try again; the code is still unused",
                keyring_name=keyring_name)
        )
    uid, name = _resolve_activation(db, activation_id)
    pending, token = pending_token(clean, keyring_name)
    try:
        device_id, hub_activation, curator_keys = _enrol(
            url, clean, token, transport, timeout, request_limit(timeout, request_limit_s))
    except _CodeRefused:
        forget_pending(pending)  # the hub will never take this token with this code
        raise
    keep_token(device_id, token, keyring_name)
    previous = link(db)
    new = Link(hub_url=url, device_id=device_id, hub_activation=hub_activation,
               activation_uid=uid, activation_name=name, acked_revision=0,
               connected_utc=to_utc_text(utcnow()))
    try:
        with immediate(db):
            bind(db, new)
            # A new device: the hub holds nothing from it yet (catch_up compares).
            note_sent(db, device_id, 0)
            keep_curator_keys(db, curator_keys)
            record(db, new.connected_utc, 0, 0, "connected",
                   f"to {url} as {device_id}; nothing acknowledged yet")
    except BaseException:
        # The pending token stays: the same code, tried again, gets the same device.
        forget_token(device_id)
        raise
    forget_pending(pending)
    if previous is not None and previous.device_id != device_id:
        forget_token(previous.device_id)
    return new


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
    removed = remove_token(current.device_id)
    with immediate(db):
        unbind(db, current)
        record(db, to_utc_text(utcnow()), 0, 0, "disconnected", f"from {current.hub_url}")
    return removed


CURATOR_KEYS = "resources_curator_keys"  # setting: JSON list of base64 keys from the hub


def keep_curator_keys(db: Database, keys: list[str]) -> None:
    """The curator keys of the hub this laptop is connected to (replacing an earlier hub's)."""
    from .. import settings

    settings.put(db, CURATOR_KEYS, json.dumps(sorted(set(keys))))


def curator_keys(db: Database) -> list[str]:
    """The curator keys received at enrolment (base64), possibly none."""
    from .. import settings

    try:
        keys = json.loads(settings.get(db, CURATOR_KEYS) or "[]")
    except ValueError:
        return []
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


def _clean_code(code: str) -> str:
    # The hub ignores case and dashes; spaces people type between the groups go too.
    text = "".join(code.split()).upper() if isinstance(code, str) else ""
    if not text:
        raise SyncError(msg("enrolment code: empty (it looks like K7QF-2MXD-9PLA)"))
    if not _CODE.match(text):
        raise SyncError(
            msg("enrolment code: letters, digits and dashes only (like K7QF-2MXD-9PLA)"))
    return text


def _resolve_activation(db: Database, activation_id: int | None) -> tuple[str, str]:
    from ..activations import current_activation, get_activation

    if activation_id is not None:
        activation = get_activation(db, activation_id)
    else:
        current = current_activation(db)
        if current is None:
            raise SyncError(msg("no activation yet: create the festival or tour first; the hub "
                                "receives the counts of one activation"))
        activation = current
    uid = db.execute("SELECT uid FROM activation WHERE id = ?", [activation.id]).fetchone()[0]
    return uid, activation.name


class _CodeRefused(SyncError):
    """The hub refused the code itself (unknown, used by another laptop, expired)."""


def _enrol(hub_url: str, code: str, token: str, transport: httpx.BaseTransport | None,
           timeout: httpx.Timeout | float | None, limit_s: float
           ) -> tuple[str, str, list[str]]:
    """(device id, hub activation, curator keys) for a code and this laptop's token, or
    SyncError.

    Network trouble is tried again, up to `ENROL_ATTEMPTS` times, with the same token: if
    the hub enrolled the laptop and only its answer was lost, it answers the same device.
    Each try takes at most `limit_s` seconds of wall time.
    """
    response: httpx.Response | None = None
    trouble: httpx.HTTPError | None = None
    with hub_client(transport, timeout, hub_url) as client:
        for _ in range(ENROL_ATTEMPTS):
            request = client.build_request("POST", f"{hub_url}/v1/enroll",
                                           json={"code": code, "token": token})
            try:
                response = exchange(client, request, time.monotonic() + limit_s)
                break
            except TooBig as e:
                raise SyncError(msg("{hub_url} gave {answer} ({reason}): check the address; "
                                    "the code is still unused",
                                    hub_url=hub_url, answer=NOT_THE_HUB,
                                    reason=message_of(e))) from None
            except httpx.TransportError as e:  # timeouts, refused or lost connections
                trouble = e
            except httpx.HTTPError as e:
                trouble = e
                break
    if response is None:
        words = network_words(trouble) if trouble is not None else msg("hub unreachable")
        raise SyncError(msg("cannot connect to {hub_url}: {words} (the same code works when "
                            "you try again)", hub_url=hub_url, words=words)) from None
    return _enrolled(response, hub_url)


def _enrolled(response: httpx.Response, hub_url: str) -> tuple[str, str, list[str]]:
    """What the hub's answer to an enrolment means: (device id, hub activation, curator
    keys). A hub from before the resource directory sends no keys: none, then."""
    status = response.status_code
    if status == 403:
        raise _CodeRefused(msg("the hub refused the code: {reason} "
                               "(ask the coordinator for a new one)", reason=hub_reason(response)))
    if status == 429:
        raise SyncError(msg("the hub is busy: try again in a minute"))
    if status >= 500:
        raise SyncError(msg("the hub at {hub_url} has a problem (HTTP {status}): try again later",
                            hub_url=hub_url, status=status))
    if status == 422:
        raise SyncError(
            msg("the hub did not accept the code's form (it looks like K7QF-2MXD-9PLA)"))
    not_a_hub = SyncError(
        msg("{hub_url} does not answer like a Wellness hub (HTTP {status}): check the address",
            hub_url=hub_url, status=status)
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
    keys = answer.get("curator_keys", [])
    if not isinstance(keys, list) or len(keys) > MAX_CURATOR_KEYS:
        raise not_a_hub
    from ..resources.signing import CuratorKeyError, key_text, parse_public_key

    try:
        clean = [key_text(parse_public_key(k)) for k in keys if isinstance(k, str)]
    except CuratorKeyError:
        raise not_a_hub from None
    if len(clean) != len(keys):
        raise not_a_hub
    return device_id, plain(activation, 200), clean
