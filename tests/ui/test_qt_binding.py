"""Guards against a Qt binding that would crash the app after a few thousand taps."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="True, False and None are immortal: the 6.12.0 bug cannot crash")
def test_emitting_a_signal_keeps_reference_counts_intact(qapp):
    # PySide6 6.12.0 drops a reference to True on every emit(): after enough taps the
    # interpreter aborts with "deallocating True". pyproject.toml excludes that release.
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for i in range(200):
        emitter.ping.emit(i)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert received == list(range(200))
    assert after[0] >= before[0] - 5
    assert after[1] >= before[1] - 5
    assert after[2] >= before[2] - 5
