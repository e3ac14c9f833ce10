"""Real filesystems for failure tests: a tiny tmpfs to fill, and one remounted read-only.

Root ignores permission bits, so a chmod'ed folder is no read-only folder for these tests
(they run as root here and in CI): a read-only mount is, for root too. Where mounting is not
allowed (no root, no CAP_SYS_ADMIN in a container) the test is skipped and says why.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)


@contextmanager
def small_filesystem(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` mounted at `where` for the block; skipped where mounting fails."""
    if shutil.which("mount") is None:
        pytest.skip("no 'mount' command here: cannot make a small or read-only filesystem")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(
            f"cannot mount a {size_kb} kB tmpfs here ({done.stderr.strip() or 'mount failed'});"
            " the test needs root with CAP_SYS_ADMIN"
        )
    try:
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            # Something (a test's process) still has a file open there: detach it anyway.
            _run("umount", "-l", str(where))


def make_read_only(where: Path) -> None:
    """Remount the filesystem at `where` read-only (for root too)."""
    done = _run("mount", "-o", "remount,ro", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot remount {where} read-only here ({done.stderr.strip()})")


def make_writable(where: Path) -> None:
    done = _run("mount", "-o", "remount,rw", str(where))
    assert done.returncode == 0, done.stderr


def fill(where: Path, *, leave_bytes: int = 0) -> Path:
    """Fill the filesystem at `where` with one file, then give back `leave_bytes` of it."""
    filler = where / "filler.bin"
    block = b"\0" * 4096
    with filler.open("wb", buffering=0) as f:
        try:
            while True:
                f.write(block)
        except OSError as e:
            if e.errno != errno.ENOSPC:
                raise
    if leave_bytes:
        os.truncate(filler, max(0, filler.stat().st_size - leave_bytes))
    return filler


def free_bytes(where: Path) -> int:
    return shutil.disk_usage(where).free


@contextmanager
def disk_that_turns_read_only(where: Path, image: Path, size_kb: int) -> Iterator[Path]:
    """An ext4 filesystem of `size_kb` (in the file `image`) mounted at `where` as a disk
    the kernel turns read-only on its first error, as it does a failing USB stick: with
    files open, unlike a remount. `turn_read_only(where)` sends that error. Skipped where
    loop devices or ext4's error trigger are missing."""
    if shutil.which("mkfs.ext4") is None or shutil.which("mount") is None:
        pytest.skip("no mkfs.ext4 or mount here: cannot make a disk that turns read-only")
    where.mkdir(parents=True, exist_ok=True)
    with image.open("wb") as f:
        f.truncate(size_kb * 1024)
    made = _run("mkfs.ext4", "-q", "-F", str(image))
    if made.returncode != 0:
        pytest.skip(f"mkfs.ext4 failed here ({made.stderr.strip()})")
    done = _run("mount", "-o", "loop,errors=remount-ro", str(image), str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot loop-mount an ext4 image here ({done.stderr.strip()}); the test "
                    "needs root with loop devices")
    try:
        if not _error_trigger(where).exists():
            pytest.skip("this kernel's ext4 has no trigger_fs_error: cannot fail the disk")
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))
        image.unlink(missing_ok=True)


def _error_trigger(where: Path) -> Path:
    source = _run("findmnt", "-n", "-o", "SOURCE", str(where)).stdout.strip()
    return Path("/sys/fs/ext4") / Path(source).name / "trigger_fs_error"


def turn_read_only(where: Path) -> None:
    """An ext4 error on the disk at `where`: from now on the kernel refuses every write
    there (EROFS), though the mount options and os.access still say it is writable."""
    _error_trigger(where).write_text("wellness-desk test: a failing disk\n")
