"""Checks a file must pass before any parser sees it, and the limits the README states.

Refused within a second and with one clear message: not a workbook, a truncated zip, a
password-protected file, the old .xls format, a CSV renamed to .xlsx, zip bombs, XML with
entity declarations (billion laughs, external entities), and files over the limits.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from models.errors import DeskError

# Limits (stated in the README).
MAX_FILE_BYTES = 50 * 1024 * 1024  # the .xlsx file itself
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # all parts of the zip, unpacked
MAX_COMPRESSION_RATIO = 200  # per part larger than RATIO_CHECK_BYTES; real sheets stay < 50
RATIO_CHECK_BYTES = 1024 * 1024
MAX_ZIP_ENTRIES = 10_000
MAX_ROWS_PER_SHEET = 200_000
MAX_CELLS_PER_SHEET = 6_000_000  # rows × columns the reader would lay out (memory bound)
PROLOG_SCAN_BYTES = 64 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))

_REL_OFFICE_DOCUMENT = "/officeDocument"
_BINARY = (".bin", ".png", ".jpg", ".jpeg", ".gif", ".emf", ".wmf", ".tif", ".tiff", ".bmp")
_REL_WORKSHEET = "/worksheet"


class ImportRefused(DeskError):
    """The file cannot be imported at all; ``code`` says why, ``params['file']`` names it."""

    code = "xlsx_not_workbook"


@dataclass
class SheetInfo:
    """A sheet as the workbook lists it."""

    name: str
    part: str | None  # the zip path of its XML; None when not found
    state: str = "visible"  # visible, hidden, veryHidden
    is_worksheet: bool = True


@dataclass
class WorkbookInfo:
    """What the checks learned about a workbook, for the reader."""

    path: Path
    date1904: bool = False
    sheets: list[SheetInfo] = field(default_factory=list)


def inspect(path: Path) -> WorkbookInfo:
    """Run every check that needs no parser; raise ImportRefused on the first failure."""
    name = path.name
    if not path.is_file():
        raise ImportRefused("xlsx_missing", file=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(
            "xlsx_too_big",
            file=name,
            size_mb=round(size / 1024 / 1024, 1),
            max_mb=MAX_FILE_BYTES // 1024 // 1024,
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE2_MAGIC:
        raise ImportRefused(_ole_kind(path), file=name)
    if not head.startswith(ZIP_MAGICS):
        raise ImportRefused(
            "xlsx_csv" if _looks_like_text(path) else "xlsx_not_workbook", file=name
        )
    try:
        with zipfile.ZipFile(path) as zf:
            return _inspect_zip(path, zf)
    except DefusedXmlException:
        raise ImportRefused("xlsx_xml_entities", file=name, part="workbook") from None
    except (SafeET.ParseError, KeyError) as exc:
        raise ImportRefused("xlsx_damaged", file=name, detail=type(exc).__name__) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
        raise ImportRefused("xlsx_truncated", file=name) from None


def _ole_kind(path: Path) -> str:
    """An OLE2 file is either an encrypted .xlsx (Office wraps those in OLE2) or an old .xls."""
    data = path.read_bytes()  # bounded by MAX_FILE_BYTES
    if any(marker in data for marker in _ENCRYPTION_MARKERS):
        return "xlsx_encrypted"
    return "xlsx_old_xls"


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        sample = fh.read(4096)
    if not sample or b"\x00" in sample.lstrip(b"\xff\xfe"):
        return sample.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 text from Excel
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        return any(sep in text for sep in (",", "\t", ";", "\n"))
    return False


def _inspect_zip(path: Path, zf: zipfile.ZipFile) -> WorkbookInfo:
    name = path.name
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ImportRefused("xlsx_zip_bomb", file=name, part=f"{len(infos)} parts")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise ImportRefused("xlsx_zip_bomb", file=name, part=info.filename)
        if info.flag_bits & 0x1:  # an encrypted zip entry
            raise ImportRefused("xlsx_encrypted", file=name)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportRefused("xlsx_zip_bomb", file=name, part=f"{total // 1024 // 1024} MB")
    names = {info.filename for info in infos}
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            _check_prolog(zf, info, name)
    workbook_part = _office_document(zf, names)
    if workbook_part is None or workbook_part not in names:
        if any(n.lower().endswith("workbook.bin") for n in names):
            raise ImportRefused("xlsx_xlsb", file=name)
        raise ImportRefused("xlsx_not_workbook", file=name)
    if workbook_part.lower().endswith(".bin"):
        raise ImportRefused("xlsx_xlsb", file=name)
    book = WorkbookInfo(path)
    _read_workbook(zf, workbook_part, names, book)
    return book


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str) -> None:
    """Refuse DOCTYPE/ENTITY declarations: they only appear before the root element."""
    with zf.open(info) as fh:
        head = fh.read(PROLOG_SCAN_BYTES)
    root = re.search(rb"<[A-Za-z_]", head)
    prolog = head if root is None else head[: root.start()]
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise ImportRefused("xlsx_xml_entities", file=file_name, part=info.filename)
    if root is None and len(head) == PROLOG_SCAN_BYTES:  # padding to hide a DOCTYPE
        raise ImportRefused("xlsx_xml_entities", file=file_name, part=info.filename)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(element: Any, local_name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == local_name:
            return str(value)
    return None


def _rels(zf: zipfile.ZipFile, part: str, names: set[str]) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, resolved target path) for a part."""
    folder, base = posixpath.split(part)
    rels_path = posixpath.join(folder, "_rels", base + ".rels")
    if rels_path not in names:
        return {}
    root = SafeET.fromstring(zf.read(rels_path))
    out: dict[str, tuple[str, str]] = {}
    for rel in root:
        target = rel.get("Target") or ""
        if target.startswith("/"):
            resolved = target.lstrip("/")
        else:
            resolved = posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id") or ""] = (rel.get("Type") or "", resolved)
    return out


def _office_document(zf: zipfile.ZipFile, names: set[str]) -> str | None:
    for rel_type, target in _rels(zf, "", names).values():
        if rel_type.endswith(_REL_OFFICE_DOCUMENT):
            return target
    return "xl/workbook.xml" if "xl/workbook.xml" in names else None


def _read_workbook(zf: zipfile.ZipFile, part: str, names: set[str], info: WorkbookInfo) -> None:
    rels = _rels(zf, part, names)
    checked = {n for n in names if n.lower().endswith((".xml", ".rels"))}
    for _, target in rels.values():  # the parts the reader parses, whatever their names
        if target in names and target not in checked and not target.lower().endswith(_BINARY):
            _check_prolog(zf, zf.getinfo(target), info.path.name)
    root = SafeET.fromstring(zf.read(part))
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "workbookPr":
            info.date1904 = (element.get("date1904") or "").lower() in ("1", "true")
        elif tag == "sheet":
            rel_type, target = rels.get(_attr(element, "id") or "", ("", ""))
            info.sheets.append(
                SheetInfo(
                    name=element.get("name") or "",
                    part=target if target in names else None,
                    state=element.get("state") or "visible",
                    is_worksheet=rel_type.endswith(_REL_WORKSHEET) or not rel_type,
                )
            )


_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})\d')


def sheet_extent(xml: bytes) -> tuple[int, int, int]:
    """(rows, columns, cells) the reader would lay out for a sheet's XML, without parsing it.

    Rows come in order, so the last <row r=…> gives the height; only refs with two or three
    letters can widen a sheet past column Z, so only those are looked at; the count of cell
    tags bounds sheets whose cells carry no reference.
    """
    end = xml.rfind(b"sheetData>")
    end = len(xml) if end < 0 else end
    start = max(xml.rfind(b"<row ", 0, end), xml.rfind(b":row ", 0, end))
    rows = 0
    if start >= 0:
        m = _ROW_NUMBER.search(xml, start, min(start + 300, end))
        rows = int(m.group(1)) if m else xml.count(b"</row>") + xml.count(b":row>")
    cols = 26
    if _WIDE_REF.search(xml):
        cols = max(_col_number(m.group(1).decode()) for m in _WIDE_REF.finditer(xml))
    cells = 0
    if b'<c r="' not in xml and b':c r="' not in xml:  # cells without references
        cells = xml.count(b"<c") + xml.count(b":c ") + xml.count(b":c>")
    return rows, cols, cells


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def check_extent(xml: bytes, sheet: str, file_name: str) -> None:
    rows, cols, cells = sheet_extent(xml)
    check_rows(rows, sheet, file_name)
    if max(rows * cols, cells) > MAX_CELLS_PER_SHEET:
        raise ImportRefused(
            "xlsx_too_many_cells",
            file=file_name,
            sheet=sheet,
            rows=rows,
            cols=cols,
            max=MAX_CELLS_PER_SHEET,
        )


def check_rows(rows: int, sheet: str, file_name: str) -> None:
    if rows > MAX_ROWS_PER_SHEET:
        raise ImportRefused(
            "xlsx_too_many_rows", file=file_name, sheet=sheet, rows=rows, max=MAX_ROWS_PER_SHEET
        )
