"""Field checks shared by training's write services; each raises ValidationError(field=...)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from models.errors import ValidationError
from models.team import Role, encode_roles
from models.text import normalize

E = TypeVar("E", bound=StrEnum)

SCORE_MAX = 100.0  # scores and pass marks are out of 100 (百分制)
HOURS_MAX = 1000.0


def check_fields(values: dict[str, Any], allowed: tuple[str, ...]) -> None:
    for key in values:
        if key not in allowed:
            raise ValidationError("unknown_field", field=key)


def text(value: Any, field: str, *, max_len: int, required: bool = False) -> str:
    """Trimmed text (inner spaces kept); notes keep their line breaks."""
    out = str(value if value is not None else "").strip()
    if required and not out:
        raise ValidationError("required", field=field)
    if len(out) > max_len:
        raise ValidationError("too_long", field=field, max=max_len)
    return out


def one_line(value: Any, field: str, *, max_len: int, required: bool = False) -> str:
    collapsed = " ".join(str(value if value is not None else "").split())
    return text(collapsed, field, max_len=max_len, required=required)


def number(
    value: Any, field: str, *, maximum: float | None = None, optional: bool = True
) -> float | None:
    """A non-negative number (int, float, Decimal or digits typed as text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise ValidationError("required", field=field)
    if isinstance(value, bool):
        raise ValidationError("training_not_number", field=field, value=str(value))
    try:
        out = float(normalize(value) if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ValidationError("training_not_number", field=field, value=str(value)) from None
    if out != out or out in (float("inf"), float("-inf")):
        raise ValidationError("training_not_number", field=field, value=str(value))
    if out < 0:
        raise ValidationError("training_negative", field=field, value=_show(out))
    if maximum is not None and out > maximum:
        raise ValidationError(
            "training_out_of_range", field=field, min=0, max=_show(maximum), value=_show(out)
        )
    return out


def score(value: Any, field: str = "score") -> float | None:
    return number(value, field, maximum=SCORE_MAX)


def whole(value: Any, field: str, *, minimum: int, optional: bool = True) -> int | None:
    amount = number(value, field, optional=optional)
    if amount is None:
        return None
    if amount != int(amount) or amount < minimum:
        raise ValidationError(
            "training_whole_number", field=field, min=minimum, value=_show(amount)
        )
    return int(amount)


def money(value: Any, field: str = "cost") -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal(0)
    typed = normalize(value).replace(",", "").lstrip("¥") if isinstance(value, str) else value
    try:
        amount = Decimal(str(typed))
    except InvalidOperation:
        raise ValidationError("training_not_number", field=field, value=str(value)) from None
    if not amount.is_finite():
        raise ValidationError("training_not_number", field=field, value=str(value))
    if amount < 0:
        raise ValidationError("training_negative", field=field, value=str(amount))
    return amount.quantize(Decimal("0.01"))


def day(value: Any, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise ValidationError("bad_date", field=field, value=str(value))


def moment(value: Any, field: str, *, optional: bool = True) -> datetime | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError("required", field=field)
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise ValidationError("training_bad_datetime", field=field, value=str(value))


def choice(value: Any, enum: type[E], field: str) -> E:
    try:
        return enum(str(value))
    except ValueError:
        raise ValidationError("training_bad_choice", field=field, value=str(value)) from None


def roles(value: Any, field: str) -> str:
    """Roles (Role members or their codes) stored as team.encode_roles does."""
    out: list[Role] = []
    for item in value or ():
        try:
            out.append(Role(item))
        except ValueError:
            raise ValidationError("training_bad_choice", field=field, value=str(item)) from None
    return encode_roles(out)


def _show(amount: float) -> str:
    return f"{amount:g}"
