"""Errors the core raises for people to read: each says what is wrong and where."""


class WellnessError(Exception):
    """Bad input or state a person can fix; the message is shown as is.

    `field` names the input that is wrong, as the keyword the core function takes (e.g.
    "stop_date", "amount"), so a form can show the message beside that field.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DataFileError(WellnessError):
    """The database file cannot be used (not SQLite, corrupt, unreadable). It is left untouched."""
