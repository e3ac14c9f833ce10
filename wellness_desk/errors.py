"""Errors the core raises for people to read: each says what is wrong and where."""

from typing import Any


class WellnessError(Exception):
    """Bad input or state a person can fix; the message is shown as is.

    `field` names the input that is wrong, as the keyword the core function takes (e.g.
    "stop_date", "amount"), so a form can show the message beside that field. `line` is
    the line of an imported file it is about (1 for the first), for a reader that points
    at it.
    """

    def __init__(self, message: str, *, field: str | None = None,
                 line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__, whose arguments differ from class to class (an
        # Exception pickles as `cls(*args)`): so an error raised in the drawing process
        # arrives as its own type with its attributes (`problems`, `file`, `field`...).
        return _rebuilt, (type(self), self.args, self.__dict__)


def _rebuilt(cls: type[WellnessError], args: tuple[Any, ...], state: dict[str, Any]
             ) -> WellnessError:
    error = cls.__new__(cls, *args)  # sets `args`, as Exception's own pickling does
    error.__dict__.update(state)
    return error



class DataFileError(WellnessError):
    """The database file cannot be used (not SQLite, corrupt, unreadable). It is left untouched."""


# What the disk or the file did to a command: each has its own sentence (built in db.py from
# SQLite's error code) and the command exits 1. The window shows the same sentence.


class DamagedDatabase(DataFileError):
    """SQLite found a broken page: the file is kept as it is and nothing more is written to it."""


class ReadOnlyData(DataFileError):
    """The data folder (or the file in it) cannot be written to; `folder` says which."""

    def __init__(self, message: str, folder: str) -> None:
        super().__init__(message)
        self.folder = folder


class DiskFull(DataFileError):
    """The disk holding the data folder is full; `needed` is the free space to make, in bytes."""

    def __init__(self, message: str, needed: int) -> None:
        super().__init__(message)
        self.needed = needed


class DiskError(DataFileError):
    """The disk failed to read or write the database file (and has space left)."""


class DatabaseBusy(DataFileError):
    """Another program held the database longer than the busy timeout; nothing was saved."""


class AlreadyOpen(WellnessError):
    """The app is already open on this data folder; `pid` is the process that holds it."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid
