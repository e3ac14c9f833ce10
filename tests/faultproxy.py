"""A fault-injecting HTTP proxy between the desk and a real hub, on 127.0.0.1.

Each request the desk makes takes the next fault from a plan (then `ok` once the plan is
used up), so a test says exactly what the network does:

=================  ==========================================================================
fault              what the desk sees
=================  ==========================================================================
``ok``             the hub's answer
``refuse``         the connection closed before the request reached the hub
``lose_answer``    the hub handled the request, the answer never arrived (connection closed)
``500``, ``503``   that status from "a load balancer", the hub never saw the request
``stall``          nothing at all until the desk's read timeout (the hub never saw it)
``replay``         the hub's answer; the same request is sent to the hub again later, after
                   the next request, as a confused middlebox might
``tamper``         the hub's status and headers, its body (gzip undone) changed by `tamper`
                   (default: one byte in the middle flipped), as a meddling proxy would
=================  ==========================================================================

One request per connection (the proxy answers ``Connection: close``), so a fault never
leaks into the next request. Every request body that passes is kept in `bodies` (as the
desk sent it, gzip undone) for privacy checks.
"""

from __future__ import annotations

import gzip
import http.client
import socket
import socketserver
import threading
from collections import deque
from collections.abc import Callable, Iterable

FAULTS = ("ok", "refuse", "lose_answer", "500", "503", "stall", "replay", "tamper")


def flip_middle_byte(body: bytes) -> bytes:
    """The body with its middle byte's lowest bit flipped (an empty body stays empty)."""
    if not body:
        return body
    changed = bytearray(body)
    changed[len(body) // 2] ^= 0x01
    return bytes(changed)


class _Request:
    def __init__(self, method: str, path: str, headers: list[tuple[str, str]], body: bytes):
        self.method, self.path, self.headers, self.body = method, path, headers, body

    @property
    def plain_body(self) -> bytes:
        encoding = dict((k.lower(), v) for k, v in self.headers).get("content-encoding", "")
        return gzip.decompress(self.body) if encoding.lower() == "gzip" else self.body


def _read_request(sock: socket.socket) -> _Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:] if line]
    length = int(dict((k.lower(), v) for k, v in headers).get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return _Request(method, path, headers, body)  # type: ignore[arg-type]


class FaultProxy:
    """`FaultProxy(hub_port)`; `.url` for the desk; `.plan([...])` the next faults."""

    def __init__(self, upstream_port: int, *, stall_s: float = 30.0,
                 tamper: Callable[[bytes], bytes] = flip_middle_byte) -> None:
        self.upstream_port = upstream_port
        self.stall_s = stall_s
        self.tamper = tamper
        self._plan: deque[str] = deque()
        self._replays: list[_Request] = []
        self._lock = threading.Lock()
        self._release = threading.Event()
        self.seen: list[str] = []  # the fault each request met, in order
        self.bodies: list[bytes] = []  # every request body that reached the proxy
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def plan(self, faults: Iterable[str]) -> None:
        faults = list(faults)
        unknown = set(faults) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults: {sorted(unknown)}")
        with self._lock:
            self._plan.extend(faults)

    @property
    def planned(self) -> int:
        with self._lock:
            return len(self._plan)

    def close(self) -> None:
        self._release.set()  # stalled handlers end
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one connection --------------------------------------------------------------------

    def _handle(self, sock: socket.socket) -> None:
        request = _read_request(sock)
        if request is None:
            return
        with self._lock:
            fault = self._plan.popleft() if self._plan else "ok"
            replays, self._replays = self._replays, []
            self.seen.append(fault)
            self.bodies.append(request.plain_body)
        if fault == "refuse":
            sock.close()
        elif fault in ("500", "503"):
            reason = "Internal Server Error" if fault == "500" else "Service Unavailable"
            body = b'{"detail": "upstream trouble"}'
            sock.sendall(
                f"HTTP/1.1 {fault} {reason}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
        elif fault == "stall":
            self._release.wait(self.stall_s)
        else:
            status, headers, body = self._forward(request)
            for old in replays:
                self._forward(old)
            if fault == "replay":
                with self._lock:
                    self._replays.append(request)
            if fault == "lose_answer":
                sock.close()
                return
            if fault == "tamper":
                coding = {k.lower(): v for k, v in headers}.get("content-encoding", "")
                if coding.lower() == "gzip":
                    body = gzip.decompress(body)
                    headers = [(k, v) for k, v in headers if k.lower() != "content-encoding"]
                body = self.tamper(body)
            self._answer(sock, status, headers, body)
            return
        # Requests held for replay still go out even when this one failed.
        for old in replays:
            self._forward(old)

    def _forward(self, request: _Request) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            headers = {k: v for k, v in request.headers
                       if k.lower() not in ("host", "connection", "content-length")}
            conn.request(request.method, request.path, body=request.body, headers=headers)
            response = conn.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            conn.close()

    @staticmethod
    def _answer(sock: socket.socket, status: int, headers: list[tuple[str, str]],
                body: bytes) -> None:
        kept = [(k, v) for k, v in headers
                if k.lower() not in ("connection", "content-length", "transfer-encoding")]
        head = f"HTTP/1.1 {status} {http.client.responses.get(status, '')}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in kept)
        head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        sock.sendall(head.encode("latin-1") + body)
