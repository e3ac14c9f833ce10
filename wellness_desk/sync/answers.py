"""What the hub's answer to a push means, or the lack of one, in plain words.

A batch the hub holds in full moves the acknowledgement; a batch the hub itself refuses as
malformed (400, 413, 415 or 422 with its JSON `detail`) is set aside; 401 stops syncing
until the laptop is connected again; 429, 5xx, any other 4xx (a wrong address, a proxy) and
network trouble leave the queue as it is (the next run resends, and the hub's "keep the
higher revision" makes that harmless).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

import httpx

from ..messages import Message, message_of, msg
from .words import plain, plural

# The hub's own refusals of a malformed batch; any other 4xx is not about the batch.
_REFUSALS = (400, 413, 415, 422)


@dataclass(frozen=True)
class Answer:
    kind: str  # "held", "rejected", or a failing outcome of outcomes.OUTCOMES
    status: int | None
    # Plain words for the log and the status bar: a Message (messages.msg), so the window
    # shows them in its own language, or the hub's own refusal as it came.
    words: str
    held: list[int] | None = None
    retry_after_s: float | None = None
    differs: list[int] | None = None  # cells the hub holds otherwise (see push._renumber)
    device_revision: int = 0
    # When the hub answered, by its own clock (its Date header): None without an answer.
    hub_date: datetime | None = None

    @property
    def detail(self) -> str:
        """The log's words: the words, after the HTTP status when there was one (a
        Message of placeholders only: nothing in it to translate but the words)."""
        if not self.status:
            return self.words
        return Message("HTTP {status}: {words}", {"status": self.status, "words": self.words})


def kept(answer: Answer, revisions: list[int]) -> Answer:
    """`answer`, unless it says "held" without holding every cell sent at its revision or
    later: then the hub has a problem, and the acknowledgement must not move."""
    if answer.kind == "held" and (answer.held is None or not all(
            h >= r for h, r in zip(answer.held, revisions, strict=True))):
        return Answer("server_error", None, msg("the hub did not keep every change it was sent"))
    return answer


def network_words(error: httpx.HTTPError) -> Message:
    """Plain words for a request that got no answer (never the request's headers)."""
    if isinstance(error, httpx.ConnectTimeout):
        return msg("hub unreachable (no answer to the connection)")
    if isinstance(error, httpx.TimeoutException):
        return msg("hub unreachable (it did not answer in time)")
    text = str(error).lower()
    if isinstance(error, httpx.ConnectError):
        if "certificate" in text or "ssl" in text:
            return msg("hub unreachable (its certificate is not trusted)")
        if "refused" in text:
            return msg("hub unreachable (connection refused)")
        if ("name or service" in text or "nodename" in text or "getaddrinfo" in text
                or "name resolution" in text):
            return msg("hub unreachable (its address cannot be found: no network?)")
        if "unreachable" in text:
            return msg("hub unreachable (no network)")
        return msg("hub unreachable (cannot connect)")
    if isinstance(error, httpx.TransportError):
        return msg("hub unreachable (the connection broke off)")
    return msg("hub unreachable")


def not_the_hub(problem: BaseException) -> Message:
    """An answer too big or oddly coded to be the hub's (transport.TooBig says which)."""
    return msg("not the hub's answer ({reason}): a proxy or a Wi-Fi login page on the way?",
               reason=message_of(problem))


def hub_reason(response: httpx.Response) -> str:
    """The hub's `detail`, flattened to one line (a 422 lists where the body is wrong)."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str):
        return plain(detail)
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict):
                loc = ".".join(str(p) for p in item.get("loc", []) if not isinstance(p, dict))
                parts.append(f"{loc}: {item.get('msg', '')}" if loc else str(item.get("msg", "")))
        if parts:
            return plain("; ".join(parts))
    return f"HTTP {response.status_code}"


def push_answer(response: httpx.Response, cells: int, now: datetime) -> Answer:
    """What the hub's answer to a push of `cells` cells means."""
    status = response.status_code
    if status == 200:
        return _held(response, cells)
    if status == 401:
        return Answer("unauthorized", status, msg("the hub no longer accepts this laptop"))
    if status == 429:
        wait = retry_after(response, now)
        words = (msg("the hub asked to slow down: next try in {seconds} s",
                     seconds=f"{wait:.0f}") if wait is not None
                 else msg("the hub asked to slow down"))
        return Answer("rate_limited", status, words, retry_after_s=wait)
    if status == 408:
        # A proxy's "request timeout": network trouble, not a malformed batch.
        return Answer("offline", status, msg("hub unreachable (it did not answer in time)"))
    if 300 <= status < 400:
        return Answer("offline", status, msg(
            "the network redirected the request (HTTP {status}; a Wi-Fi login page?)",
            status=status))
    if status >= 500:
        return Answer("server_error", status, msg("the hub has a problem (HTTP {status})",
                                                   status=status))
    if status == 409:
        ahead = _device_revision(response)
        if ahead is not None:
            # The hub holds later changes from this laptop than its database sent: it was
            # put back from a copy (catch_up), and the hub stored nothing of the batch.
            return Answer("behind", status, msg("the hub holds later counts from this laptop "
                                                "than its database has (put back from a copy?)"),
                          device_revision=ahead)
    if status in _REFUSALS and _hub_detail(response):
        # The hub's own refusal of this batch: sending it again as it is will not help.
        return Answer("rejected", status, hub_reason(response))
    if status == 403 and _hub_detail(response):
        # The hub itself refuses this laptop's counts (another hub activation holds them):
        # its words say what to do; the queue waits for a laptop connected the right way.
        return Answer("server_error", status, msg("the hub refused these counts: {reason}",
                                                  reason=hub_reason(response)))
    if 400 <= status < 500:
        # Not about the batch (a wrong address, a proxy, a refusal in someone else's
        # words): the queue waits, nothing is set aside.
        return Answer("server_error", status, _odd_answer(status))
    return Answer("server_error", status, msg("the hub answered oddly (HTTP {status})",
                                              status=status))


def _held(response: httpx.Response, cells: int) -> Answer:
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
        return Answer("offline", response.status_code,
                      msg("the answer did not come from the hub (a Wi-Fi login page?)"))
    return Answer("held", response.status_code, f"HTTP 200: {plural(cells, 'cell')} held",
                  held, differs=differs, device_revision=device_revision)


def retry_after(response: httpx.Response, now: datetime) -> float | None:
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


def _device_revision(response: httpx.Response) -> int | None:
    """The `device_revision` of the hub's 409 (a JSON object with a `detail`), else None."""
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, dict) or "detail" not in body:
        return None
    top = body.get("device_revision")
    return top if isinstance(top, int) and not isinstance(top, bool) and top >= 0 else None


def _hub_detail(response: httpx.Response) -> bool:
    """The body is the hub's JSON error: an object with a `detail`."""
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and "detail" in body


def _odd_answer(status: int) -> Message:
    if status in (403, 404, 405, 410):
        return msg("the hub answered HTTP {status} — is the address right?", status=status)
    if status == 407:
        return msg("a proxy on this network asks for a login (HTTP 407)")
    if status in _REFUSALS:
        return msg("something on the way refused the request (HTTP {status}, not in the "
                   "hub's words): a proxy?", status=status)
    return msg("the hub answered HTTP {status}", status=status)
