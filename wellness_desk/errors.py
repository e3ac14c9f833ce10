"""Errors the core raises for people to read: each says what is wrong and where."""


class WellnessError(Exception):
    """Bad input or state a person can fix; the message is shown as is."""


class DataFileError(WellnessError):
    """The database file cannot be used (not SQLite, corrupt, unreadable). It is left untouched."""
