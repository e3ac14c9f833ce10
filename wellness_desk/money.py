"""Amounts of money as people type them: "150,00", "150.00", "1.234,56", "1,234.56".

Always Decimal, never float. A comma or a point may be the decimal separator; where the
text alone cannot tell (one separator followed by three digits: "1.500" is fifteen hundred
in Berlin and one and a half in Boston), the decimal separator of the laptop's locale
decides, and without it the amount is refused rather than guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import WellnessError
from .messages import msg

CENT = Decimal("0.01")
SEPARATORS = ",."
# Spaces people (and locales) put between thousands: plain, no-break, narrow no-break.
_SPACES = re.compile(r"[ \u00a0\u202f']")
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+")


_AMOUNT = msg("amount")


def parse_amount(text: Decimal | str | int, *, label: str = _AMOUNT, field: str | None = None,
                 decimal_point: str | None = None) -> Decimal:
    """A non-negative amount with at most two decimals, as Decimal cents.

    `label` starts the message, a Message so it is translated in its turn (e.g.
    `msg("cost per session")`); `field` names the input for a form. `decimal_point` is the
    locale's separator ("," or "."), used only to settle "1.500" / "1,500".
    """
    if isinstance(text, float | bool):
        raise TypeError("money is Decimal, int or text, never a float")
    if isinstance(text, Decimal | int):
        return _cents(Decimal(text), str(text), label, field)
    typed = text
    compact = _SPACES.sub("", text.strip())
    if not compact:
        raise WellnessError(msg("{label}: give an amount, e.g. 150,00 or 150.00",
                                label=label), field=field)
    if not re.fullmatch(r"[\d,.]*\d[\d,.]*", compact):
        raise WellnessError(
            msg("{label}: {typed} is not an amount of money (digits, with a comma or a point "
                "before the cents, e.g. 150,00)", label=label, typed=repr(typed)), field=field)
    plain = _plain_number(compact, typed, label, field, decimal_point)
    try:
        amount = Decimal(plain)
    except InvalidOperation as e:
        raise WellnessError(msg("{label}: {typed} is not an amount of money",
                                label=label, typed=repr(typed)), field=field) from e
    return _cents(amount, typed, label, field)


def _plain_number(text: str, typed: str, label: str, field: str | None,
                  decimal_point: str | None) -> str:
    """The text with "." as the only separator, before the cents."""
    used = [c for c in SEPARATORS if c in text]
    if not used:
        return text
    if len(used) == 2:
        # Both kinds: the last one is the decimal separator, the other groups thousands.
        point = max(used, key=text.rindex)
        group = next(c for c in used if c != point)
        whole, _, cents = text.rpartition(point)
        if point in whole or not _GROUPED.fullmatch(whole):
            raise WellnessError(
                msg("{label}: {typed} mixes separators in a way that is not an amount "
                    "(e.g. 1.234,56 or 1,234.56)", label=label, typed=repr(typed)), field=field)
        return whole.replace(group, "") + "." + cents
    sep = used[0]
    if text.count(sep) > 1:
        if not _GROUPED.fullmatch(text):
            raise WellnessError(
                msg("{label}: {typed} is not an amount of money (e.g. 1.234,56 or 1,234.56)",
                    label=label, typed=repr(typed)),
                field=field)
        return text.replace(sep, "")
    whole, _, after = text.partition(sep)
    if len(after) == 3 and whole and len(whole) <= 3:
        # "1.500": thousands or decimals, as the locale writes it; never a guess.
        if decimal_point is None or decimal_point not in SEPARATORS:
            raise WellnessError(
                msg("{label}: {typed} is unclear (thousands, or decimals?): write "
                    "{whole}{after} without the {sep}, or two decimals, e.g. "
                    "{whole}{sep2}{cents}",
                    label=label, typed=repr(typed), whole=whole, after=after, sep=repr(sep),
                    sep2=sep, cents=after[:2]), field=field)
        if decimal_point != sep:
            return whole + after
    return (whole or "0") + "." + after


def _cents(amount: Decimal, typed: str, label: str, field: str | None) -> Decimal:
    if not amount.is_finite() or amount < 0:
        raise WellnessError(msg("{label}: {typed} is not an amount of money",
                                label=label, typed=repr(typed)), field=field)
    try:
        cents = amount.quantize(CENT)
    except InvalidOperation:  # more digits than the decimal context holds
        raise WellnessError(msg("{label}: {typed} is far more money than a budget holds",
                                label=label, typed=repr(typed)),
                            field=field) from None
    if cents != amount:
        raise WellnessError(msg("{label}: {typed} has more than two decimals (cents)",
                                label=label, typed=repr(typed)),
                            field=field)
    return cents
