"""A windowed bundle (Windows, macOS) starts with sys.stdout and sys.stderr set to None:
nothing on the way to the window, nor a refusal, may fail on writing to them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The child starts as a windowed bundle does: no stdout, no stderr. Every exception that
# reaches a hook (the main thread's, a thread's, a Qt slot's, an unraisable one) is noted
# in the report file, with the exit code of main().
WINDOWED = """\
import json, sys, threading, traceback
report = sys.argv[1]
seen = []
def note(*args):
    seen.append("".join(traceback.format_exception(*args)))
sys.excepthook = note
threading.excepthook = lambda a: note(a.exc_type, a.exc_value, a.exc_traceback)
sys.unraisablehook = lambda u: seen.append(repr(u.exc_value))
sys.stdout = None
sys.stderr = None
from wellness_desk.cli import main
try:
    code = main(sys.argv[2:])
except SystemExit as e:  # argparse's way out of a bad option
    code = e.code
except BaseException as e:
    note(type(e), e, e.__traceback__)
    code = None
with open(report, "w", encoding="utf-8") as f:
    json.dump({"code": code, "exceptions": seen}, f)
"""


def _start_windowed(tmp_path: Path, *args: str, env_extra: dict[str, str] | None = None):
    report = tmp_path / "report.json"
    env = {k: v for k, v in os.environ.items() if k != "WELLNESS_DESK_DATA"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), **(env_extra or {})}
    done = subprocess.run([sys.executable, "-c", WINDOWED, str(report), *args],
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, env=env, timeout=60)
    assert report.exists(), done.stderr
    return json.loads(report.read_text(encoding="utf-8"))


def test_the_window_opens_and_closes_without_stdout_or_stderr(tmp_path):
    # Shown, first data loaded, closed: the start-up path of `make run` and the bundle.
    result = _start_windowed(tmp_path, "--data-dir", str(tmp_path / "data"),
                             env_extra={"WELLNESS_DESK_QUIT_WHEN_SHOWN": "1"})
    assert result == {"code": 0, "exceptions": []}


def test_a_refusal_without_stderr_exits_with_its_code(tmp_path):
    # A bad option and a damaged database: each is told on stderr, which is not there.
    assert _start_windowed(tmp_path, "--no-such-option") == {"code": 2, "exceptions": []}
    data = tmp_path / "data"
    data.mkdir()
    (data / "wellness-desk.sqlite3").write_bytes(b"not a database, just some bytes" * 100)
    result = _start_windowed(tmp_path, "--data-dir", str(data),
                             env_extra={"WELLNESS_DESK_QUIT_WHEN_SHOWN": "1"})
    assert result == {"code": 1, "exceptions": []}


def test_the_self_test_runs_without_stdout_or_stderr(tmp_path):
    result = _start_windowed(tmp_path, "--data-dir", str(tmp_path / "data"), "self-test")
    assert result == {"code": 0, "exceptions": []}
