"""The hub token's life in the OS keyring: made, kept, read and removed.

The laptop makes its own token before it asks to enrol and keeps it in the keyring
(service `PENDING_SERVICE`, username = the code) before it is sent, so an enrolment whose
answer was lost can be asked again with the same token, even after a restart, and the hub
answers the same device. Once enrolled the token moves to service `HUB_SERVICE`, username =
device id, and is nowhere else: not the database, not a log, not an exception message.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from typing import TYPE_CHECKING

from ..messages import msg
from ..system_keyring import keyring_failure, keyring_usable, system_keyring
from . import SyncError

if TYPE_CHECKING:
    from .link import Link

HUB_SERVICE = "wellness-desk-hub"
# A token made for an enrolment not finished yet, by code: a lost answer is asked again.
PENDING_SERVICE = "wellness-desk-hub-pending"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43,128}$")


def entry(device_id: str) -> str:
    """Where the device's token is, for a person to find it."""
    return f"service {HUB_SERVICE!r}, entry {device_id!r}"


def pending_token(code: str, keyring_name: str) -> tuple[str, str]:
    """(keyring username, token) for an enrolment: the one made for this code before, if
    an earlier try did not finish, else a new one, kept before it is sent."""
    username = code.replace("-", "")  # how the hub reads a code: no dashes, upper case
    keyring = system_keyring()
    with keyring_failure(lambda kind: msg(
            "the keyring ({keyring_name}) cannot be read ({error_type}): is it locked? The "
            "code is still unused", keyring_name=keyring_name, error_type=kind),
            error=SyncError):
        token = keyring.get_password(PENDING_SERVICE, username)
    if token and _TOKEN.match(token):
        return username, token
    token = secrets.token_urlsafe(32)
    with keyring_failure(lambda kind: msg(
            "the keyring ({keyring_name}) refused to store the hub token ({error_type}): "
            "nothing was sent, and the code is still unused", keyring_name=keyring_name,
            error_type=kind), error=SyncError):
        keyring.set_password(PENDING_SERVICE, username, token)
    return username, token


def forget_pending(username: str) -> None:
    """Best effort: the enrolment is over (done, or refused for good)."""
    _forget(PENDING_SERVICE, username)


def keep_token(device_id: str, token: str, keyring_name: str) -> None:
    """The enrolled device's token, kept where every sync reads it."""
    with keyring_failure(lambda kind: msg(
            "the keyring ({keyring_name}) refused to store the hub token ({error_type}): "
            "nothing was stored; try again with the same code", keyring_name=keyring_name,
            error_type=kind), error=SyncError):
        system_keyring().set_password(HUB_SERVICE, device_id, token)


def forget_token(device_id: str) -> None:
    """Best effort: an old device's token is useless once its link is gone."""
    _forget(HUB_SERVICE, device_id)


def _forget(service: str, username: str) -> None:
    # Already gone, or a keyring that cannot be reached right now: nothing more to do.
    with contextlib.suppress(Exception):
        system_keyring().delete_password(service, username)


def hub_token(current: Link) -> str:
    """The token of the linked device, or SyncError saying what to do."""
    usable, keyring_name = keyring_usable()
    if not usable:
        raise SyncError(msg("no safe system keyring on this computer ({keyring_name}): the hub "
                            "token cannot be read", keyring_name=keyring_name))
    with keyring_failure(lambda kind: msg(
            "the keyring ({keyring_name}) cannot be read ({error_type}): is it locked?",
            keyring_name=keyring_name, error_type=kind), error=SyncError):
        token = system_keyring().get_password(HUB_SERVICE, current.device_id)
    if not token:
        raise SyncError(msg("the hub token of this laptop is not in the keyring: reconnect it on "
                            "the Sync page"))
    if not isinstance(token, str) or not _TOKEN.match(token):
        # Changed outside this app (or by a damaged keyring): sent as it is, it would be a
        # traceback, or a header the hub cannot read. What it holds is never shown.
        raise SyncError(
            msg("the hub token in the keyring ({entry}) is not the one this "
                "app stored ({fault}): reconnect this laptop on the Sync page "
                "with a new code from the coordinator (that stores a new token)",
                entry=entry(current.device_id), fault=_token_fault(token)))
    return token


def _token_fault(token: object) -> str:
    if not isinstance(token, str):
        return "not text"
    if not 43 <= len(token) <= 128:
        return f"{len(token)} characters where it has 43 to 128"
    return "characters a token never has"


def remove_token(device_id: str) -> bool:
    """Take the device's token out of the keyring: True when it was removed, False when it
    was not there any more.

    A keyring that cannot be reached, or that still holds the token after removing it, is
    a SyncError: a removal that did not happen is never reported.
    """
    usable, keyring_name = keyring_usable()
    still = msg("still connected, and the token is still there ({entry}); unlock the "
                "keyring and try again", entry=entry(device_id))
    if not usable:
        # The token went into a keyring that worked (connect refuses any other): that
        # keyring is away now, not empty.
        raise SyncError(msg("the keyring cannot be reached ({keyring_name}), so the hub token "
                            "was not removed: {still}", keyring_name=keyring_name, still=still))
    from keyring.errors import PasswordDeleteError

    keyring = system_keyring()
    try:
        # Some keyrings remove a missing entry without a word: asked first, so that an
        # entry already gone is not reported removed.
        removed = keyring.get_password(HUB_SERVICE, device_id) is not None
    except Exception:
        removed = True  # cannot tell; the removal below says whether it worked
    with keyring_failure(lambda kind: msg(
            "the keyring ({keyring_name}) could not remove the hub token ({error_type}): "
            "{still}", keyring_name=keyring_name, error_type=kind, still=still),
            error=SyncError):
        try:
            keyring.delete_password(HUB_SERVICE, device_id)
        except PasswordDeleteError:
            removed = False  # already gone: the goal is reached
    try:
        left = keyring.get_password(HUB_SERVICE, device_id)
    except Exception:
        left = None  # it said it removed it; a keyring that cannot be read now holds no proof
    if left:
        raise SyncError(msg("the keyring ({keyring_name}) kept the hub token although asked to "
                            "remove it: {still}", keyring_name=keyring_name, still=still))
    return removed
