"""Reading cell values the way people type them: pure functions, one per column type.

Each parser takes a raw cell (str, float, int, bool, date, datetime, time, timedelta or None
as python-calamine gives it) and returns the value, or raises ValidationError with a code
(bad_date, bad_number…) and the text as the user sees it in ``value``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from models.errors import ValidationError
from models.text import clean_cell_text, normalize

EMPTY = ("", None)

_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1900_EARLY = datetime(1899, 12, 31)  # serials 1-59, before Excel's phantom 1900-02-29
_EPOCH_1904 = datetime(1904, 1, 1)
MIN_YEAR, MAX_YEAR = 1900, 2200


# Whitespace as str.strip() knows it, plus the zero-width characters it does not.
BLANKS = " \t\n\r\x0b\x0c\xa0\u3000\u2002\u2003\u2009\u200b\ufeff"
ODD_SPACES = re.compile("[\xa0\u3000\u2002\u2003\u2009\u200b\ufeff]")


def is_empty(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip(BLANKS))


def shown(raw: Any) -> str:
    """The cell as the user sees it, for messages."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e15 else repr(raw)
    if isinstance(raw, datetime):
        return raw.strftime("%Y-%m-%d %H:%M" if raw.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(raw, date | time):
        return raw.isoformat()
    return clean_cell_text(str(raw))


def parse_text(raw: Any) -> str:
    """Text with outer (also non-breaking) spaces trimmed; numbers typed as numbers kept whole."""
    if type(raw) is str:
        text = raw.strip(BLANKS)
        if not text.isascii() and ODD_SPACES.search(text):
            text = clean_cell_text(text)
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text
    return shown(raw)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")
_NUMBER = re.compile(
    r"^(?P<neg>[-+])?(?:¥|\$|€|£|rmb|cny)?(?P<neg2>[-+])?"
    r"(?P<num>\d+(?:\.\d*)?|\.\d+)(?:e(?P<exp>[-+]?\d+))?"
    r"(?P<mult>[万亿千])?(?P<pct>%)?(?P<unit>[^\W\d_]{1,6})?$"
)
_MULTIPLIERS = {"万": 1e4, "亿": 1e8, "千": 1e3}


def parse_number(raw: Any) -> float | None:
    """A number from a number cell or typed text: ¥1,234.5 · ８５分 · 3小时 · 85% · 1.2万 · (12)."""
    if raw is None:
        return None
    if type(raw) is float or type(raw) is int:
        if isinstance(raw, float) and not math.isfinite(raw):
            raise ValidationError("bad_number", value=shown(raw))
        return float(raw)
    if not isinstance(raw, str):
        raise ValidationError("bad_number", value=shown(raw))
    text = "".join(_fold(raw).casefold().split())
    if not text:
        return None
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accounting style (1,234)
        negative, text = True, text[1:-1]
    text = _THOUSANDS.sub("", text)
    m = _NUMBER.match(text)
    if m is None:
        raise ValidationError("bad_number", value=shown(raw))
    value = float(m["num"] + (f"e{m['exp']}" if m["exp"] else ""))
    if m["mult"]:
        value *= _MULTIPLIERS[m["mult"]]
    if m["pct"]:
        value /= 100
    if negative or "-" in (m["neg"] or "", m["neg2"] or ""):
        value = -value
    if not math.isfinite(value):
        raise ValidationError("bad_number", value=shown(raw))
    return value


def parse_int(raw: Any) -> int | None:
    value = parse_number(raw)
    if value is None:
        return None
    if not value.is_integer():
        raise ValidationError("not_integer", value=shown(raw))
    return int(value)


_DATE = re.compile(
    r"^(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*[日号]?"
    r"(?:(?:\s+|t|(?=\d{1,2}[:时]))(?P<H>\d{1,2})\s*[:时]\s*(?P<M>\d{1,2})"
    r"(?::(?P<S>\d{1,2})(?:\.\d+)?|\s*分(?:\s*(?P<S2>\d{1,2})\s*秒)?)?"
    r"\s*(?:z|[+-]\d{2}:?\d{2})?)?$"
)
_COMPACT_DATE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")


def from_serial(serial: float, *, date1904: bool = False) -> datetime:
    """An Excel date serial in the workbook's date system (1900 or 1904)."""
    if date1904:
        epoch = _EPOCH_1904
    elif serial >= 61:
        epoch = _EPOCH_1900
    elif 1 <= serial < 60:
        epoch = _EPOCH_1900_EARLY
    else:  # 0, negatives and Excel's phantom 1900-02-29
        raise ValueError(serial)
    # Round to the second: serials carry float noise (0.999999 of a second).
    return epoch + timedelta(seconds=round(serial * 86400))


def _checked(value: datetime, raw: Any) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValidationError("bad_date", value=shown(raw))
    return value


def parse_datetime(raw: Any, *, date1904: bool = False) -> datetime | None:
    """A date and time from a date cell, a serial number or typed text (2026年11月26日 14:02)."""
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return _checked(raw, raw)
    if isinstance(raw, date):
        return _checked(datetime(raw.year, raw.month, raw.day), raw)
    if isinstance(raw, timedelta):  # a duration-formatted serial
        raw = raw.total_seconds() / 86400
    if type(raw) is float or type(raw) is int:
        try:
            return _checked(from_serial(float(raw), date1904=date1904), raw)
        except (ValueError, OverflowError):
            raise ValidationError("bad_date", value=shown(raw)) from None
    if not isinstance(raw, str):
        raise ValidationError("bad_date", value=shown(raw))
    text = _fold(clean_cell_text(raw)).casefold()
    if not text:
        return None
    m = _DATE.match(text) or _COMPACT_DATE.match(text)
    if m is None:
        raise ValidationError("bad_date", value=shown(raw))
    parts = m.groupdict()
    try:
        value = datetime(
            int(parts["y"]),
            int(parts["m"]),
            int(parts["d"]),
            int(parts.get("H") or 0),
            int(parts.get("M") or 0),
            int(parts.get("S") or parts.get("S2") or 0),
        )
    except ValueError:
        raise ValidationError("bad_date", value=shown(raw)) from None
    return _checked(value, raw)


def parse_date(raw: Any, *, date1904: bool = False) -> date | None:
    """A date; a time of day typed with it is dropped (2026/11/20 14:02 → 2026-11-20)."""
    if type(raw) is date:
        return _checked(datetime(raw.year, raw.month, raw.day), raw).date()
    value = parse_datetime(raw, date1904=date1904)
    return None if value is None else value.date()


TRUE_WORDS = frozenset({"是", "y", "yes", "true", "√", "✓", "✔", "1", "对", "有", "t", "真"})
FALSE_WORDS = frozenset({"否", "n", "no", "false", "×", "✗", "✘", "0", "错", "无", "f", "假"})


def parse_bool(
    raw: Any, *, true_words: Iterable[str] = (), false_words: Iterable[str] = ()
) -> bool | None:
    """是/否, Y/N, TRUE/FALSE, √/×, 1/0 (and a column's own words, e.g. 在职/离职)."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        return raw
    if type(raw) is float or type(raw) is int:
        if raw in (0, 1):
            return bool(raw)
        raise ValidationError("bad_bool", value=shown(raw))
    key = normalize(str(raw))
    if not key:
        return None
    if key in TRUE_WORDS or key in {normalize(w) for w in true_words}:
        return True
    if key in FALSE_WORDS or key in {normalize(w) for w in false_words}:
        return False
    raise ValidationError("bad_bool", value=shown(raw))


_SEPARATORS = re.compile(r"[、,;\n\r|]+")


def split_multi(raw: Any) -> list[str]:
    """Several values in one cell: separated by 、 ， , ; ； | or new lines."""
    text = _fold(parse_text(raw))
    return [part.strip() for part in _SEPARATORS.split(text) if part.strip()]


def parse_choice(raw: Any, lookup: Callable[[str], Any]) -> Any:
    text = parse_text(raw)
    if not text:
        return None
    value = lookup(text)
    if value is None:
        raise ValidationError("bad_choice", value=text)
    return value


def parse_multi_choice(raw: Any, lookup: Callable[[str], Any]) -> list[Any]:
    """Each part looked up; the first unknown part is named in the error. Duplicates dropped."""
    out: list[Any] = []
    for part in split_multi(raw):
        value = lookup(part)
        if value is None:
            raise ValidationError("bad_choice", value=part)
        if value not in out:
            out.append(value)
    return out


_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_VERSION = re.compile(r"^v?(?P<version>\d+)(?:\.(?P<hash>[0-9a-f]{8}))?$")


def parse_uid(raw: Any) -> str | None:
    text = parse_text(raw).lower()
    if not text:
        return None
    if not _UID.match(text):
        raise ValidationError("bad_uid", value=shown(raw))
    return text


def parse_version(raw: Any) -> tuple[int, str | None] | None:
    """The export's version token: v3.1a2b3c4d (version and fingerprint) or a bare number."""
    text = parse_text(raw).lower()
    if not text:
        return None
    m = _VERSION.match(text[:-2] if text.endswith(".0") else text)
    if m is None:
        raise ValidationError("bad_version", value=shown(raw))
    return int(m["version"]), m["hash"]
