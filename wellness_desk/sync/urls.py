"""The hub's address as it is stored and used: https, or plain http to a nearby host only
(the token would cross the network in clear), and the proxy the environment names for it."""

from __future__ import annotations

import ipaddress
import urllib.parse
import urllib.request

from ..messages import msg
from . import SyncError


def normalise_hub_url(url: str) -> str:
    """The hub's base address as stored: trimmed, no trailing slash, http(s) only."""
    text = url.strip() if isinstance(url, str) else ""
    if not text:
        raise SyncError(msg("hub address: empty (give it as https://hub.example.org)"))
    if any(ch.isspace() for ch in text):
        raise SyncError(msg("hub address: {text} has a space in it", text=repr(text)))
    try:
        parts = urllib.parse.urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a port that is not a number)
    except ValueError as e:
        raise SyncError(msg("hub address: {text} is not a web address", text=repr(text))) from e
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SyncError(
            msg("hub address: {text} is not a web address (it starts with https:// or http://)",
                text=repr(text))
        )
    if parts.username is not None or parts.password is not None:
        # It would be stored and shown as is: a password does not belong in the address.
        raise SyncError(msg("hub address: leave the user name and password out of it"))
    if parts.query or parts.fragment:
        raise SyncError(msg("hub address: {text} has a '?' or '#' part: give the hub's address",
                            text=repr(text)))
    if parts.scheme.lower() == "http" and not _nearby(parts.hostname):
        raise SyncError(
            msg("hub address: use https:// for a hub on the internet ({text}): the token would "
                "cross the network in clear", text=repr(text))
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


def proxy_for(url: str) -> str | None:
    """The proxy the environment names for `url` (http_proxy, https_proxy, all_proxy,
    no_proxy), as httpx would use it."""
    parts = urllib.parse.urlsplit(url)
    proxies = urllib.request.getproxies()
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")
