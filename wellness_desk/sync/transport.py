"""Requests to the hub, each bounded by wall time and each answer by size.

Every request is bounded by wall time, not only per read (a hub trickling one byte a second
never times out a read): `HubTransport` clamps every connect, read and write to what is
left of the request's deadline. Every answer is read up to `MAX_ANSWER` bytes and no
further: a bigger one is not the hub's answer.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import ssl
import time
import zlib
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx

from .. import __version__
from ..messages import msg
from .urls import proxy_for
from .words import plain

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
# Wall time one request may take in all, from connecting to the answer's last byte, when the
# caller gives per-operation timeouts (a float `timeout` is the request's limit too).
REQUEST_LIMIT_S = 30.0
# The hub's answers are a few hundred bytes (a held list of ≤ 1,000 numbers): anything past
# this is not the hub's, and is not read.
MAX_ANSWER = 1024 * 1024
NOT_THE_HUB = msg("not the hub's answer")

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


@functools.cache
def _tls() -> ssl.SSLContext:
    # Made once per process: loading the CA bundle costs ~100 ms, more than a whole 304 pull
    # of the resource directory over loopback (bench/resources_pull.py). An SSLContext is
    # safe to share between threads and connections.
    return httpx.create_ssl_context()


class HubTransport(httpx.HTTPTransport):
    """httpx's transport, with every request bounded by wall time (see `_DeadlineBackend`).

    httpx takes no network backend of its own: the one of its connection pool is swapped
    (tests/sync/test_sync_limits.py fails if an upgrade of httpx undoes this).
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("verify", _tls())
        super().__init__(**kwargs)
        self._pool._network_backend = _DeadlineBackend()


def hub_client(transport: httpx.BaseTransport | None,
               timeout: httpx.Timeout | float | None, hub_url: str) -> httpx.Client:
    """The client every request to the hub goes through (`transport`: a test's or a
    worker's own; else a `HubTransport` through the environment's proxy)."""
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
                 # Only the resource directory comes gzipped; gzip is read with a ceiling.
                 "Accept-Encoding": "gzip"},
    )


def request_limit(timeout: httpx.Timeout | float | None, request_limit_s: float | None) -> float:
    """The wall time one request may take: as given, else a float `timeout`, else
    `REQUEST_LIMIT_S`."""
    if request_limit_s is not None:
        return request_limit_s
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        return float(timeout)
    return REQUEST_LIMIT_S


class TooBig(Exception):
    """An answer past `MAX_ANSWER` (or in a coding the hub never uses): not the hub's. The
    message says which, in a few words."""


_OVER = msg("over {mib} MiB", mib=MAX_ANSWER // (1024 * 1024))


@contextlib.contextmanager
def _until(deadline: float) -> Iterator[None]:
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _over(limit: int) -> str:
    return _OVER if limit == MAX_ANSWER else msg("over {mib} MiB", mib=limit // (1024 * 1024))


def exchange(client: httpx.Client, request: httpx.Request, deadline: float, *,
             max_answer: int = MAX_ANSWER) -> httpx.Response:
    """Send `request` and read its answer, all of it before `deadline` and at most
    `max_answer` bytes of it, as sent and once un-gzipped (or `TooBig`). Network trouble
    raises httpx's errors. Only the resource directory's answer is allowed more than
    `MAX_ANSWER`."""
    over = _over(max_answer)
    with _until(deadline):
        response = client.send(request, stream=True)
        try:
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > max_answer:
                raise TooBig(over)
            coding = response.headers.get("Content-Encoding", "identity").strip().lower()
            if coding not in ("identity", "gzip", ""):
                raise TooBig(msg("compressed as {coding}, which the hub never is",
                                  coding=repr(plain(coding, 40))))
            chunks: list[bytes] = []
            size = 0
            if response.is_stream_consumed:
                # Made whole in memory by a transport that is no network (a test's).
                chunks, size, coding = [response.content], len(response.content), "identity"
            for chunk in () if chunks else response.iter_raw():
                size += len(chunk)
                if size > max_answer:
                    raise TooBig(over)
                chunks.append(chunk)
            if size > max_answer:
                raise TooBig(over)
        finally:
            response.close()
    body = b"".join(chunks)
    if coding == "gzip":
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflate.decompress(body, max_answer + 1)
        except zlib.error:
            raise TooBig(msg("broken gzip")) from None
        if len(body) > max_answer or inflate.unconsumed_tail:
            raise TooBig(over)
    headers = [(k, v) for k, v in response.headers.multi_items()
               if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
    return httpx.Response(response.status_code, headers=headers, content=body,
                          request=request)
