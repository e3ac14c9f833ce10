"""A hostile "hub" on 127.0.0.1: it forwards enrolments to a real hub, then misbehaves on
every sync request, as a proxy or a broken hub pretending to be one might.

=================  ==========================================================================
mode               what the desk's sync request meets
=================  ==========================================================================
``trickle``        a 200 answer sent one byte a second, for up to `trickle_s` seconds
``endless``        a 200 answer with no length whose body never ends (chunked), up to 200 MB
``huge``           a 200 answer announcing and sending 200 MB
``bomb``           a 200 answer of 60 KB gzip that inflates to 60 MB
``slow``           the real hub's answer, held back `delay_s` seconds
``ok``             the real hub's answer
=================  ==========================================================================

`sent` counts the body bytes written to the desk (what it could have read); `mode` and
`paths` (where the mode applies: sync requests unless told) can be changed between requests.
One request per connection.
"""

from __future__ import annotations

import functools
import gzip
import http.client
import socket
import socketserver
import threading
import time

from tests.faultproxy import FaultProxy, _read_request  # the request reader, the answer writer

HUGE = 200 * 1024 * 1024
_CHUNK = b"x" * 65536


@functools.lru_cache(maxsize=1)
def _bomb() -> bytes:
    # Made once, before any test measures memory (the server shares the test's process).
    return gzip.compress(b"[" * (60 * 1024 * 1024), mtime=0)


class HostileHub:
    def __init__(self, upstream_port: int, mode: str, *, trickle_s: float = 60.0,
                 delay_s: float = 1.0) -> None:
        self.mode = mode
        self.trickle_s = trickle_s
        self.delay_s = delay_s
        self.sent = 0
        self.upstream_port = upstream_port
        self.paths: tuple[str, ...] = ("/v1/sync",)  # where the mode applies
        self._bomb = _bomb()
        self._stop = threading.Event()
        hostile = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                hostile._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> HostileHub:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _forward(self, request) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in request.headers
                       if k.lower() not in ("host", "connection", "content-length")}
            conn.request(request.method, request.path, body=request.body, headers=headers)
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    def _handle(self, sock: socket.socket) -> None:
        request = _read_request(sock)
        if request is None:
            return
        mode = self.mode
        # Where the mode applies is a path, whatever the query (`?expect_revision=`).
        path = request.path.partition("?")[0]
        if path not in self.paths or mode in ("ok", "slow"):
            status, headers, body = self._forward(request)
            if path in self.paths and mode == "slow":
                self._stop.wait(self.delay_s)
            FaultProxy._answer(sock, status, headers, body)
            return
        try:
            if mode == "trickle":
                answer = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          b"Content-Length: 40\r\nConnection: close\r\n\r\n" + b"{" * 40)
                end = time.monotonic() + self.trickle_s
                for byte in answer:
                    if time.monotonic() > end or self._stop.wait(1.0):
                        break
                    sock.sendall(bytes([byte]))
            elif mode == "endless":
                sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                frame = f"{len(_CHUNK):x}\r\n".encode() + _CHUNK + b"\r\n"
                while self.sent < HUGE and not self._stop.is_set():
                    sock.sendall(frame)
                    self.sent += len(_CHUNK)
            elif mode == "huge":
                sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             + f"Content-Length: {HUGE}\r\nConnection: close\r\n\r\n".encode())
                while self.sent < HUGE and not self._stop.is_set():
                    sock.sendall(_CHUNK)
                    self.sent += len(_CHUNK)
            elif mode == "bomb":
                body = self._bomb
                sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Encoding: gzip\r\n"
                             + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                             .encode() + body)
                self.sent += len(body)
            else:
                raise ValueError(f"unknown mode {mode!r}")
        except OSError:
            pass  # the desk hung up: what it refused is not read any further
