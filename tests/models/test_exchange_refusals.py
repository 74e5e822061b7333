"""Files that must be refused, quickly, with one clear message and nothing written; and every
workbook made by other programs imported or refused that way."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from models.base import Actor, AuditEntry
from models.errors import DeskError
from models.exchange import ImportFailed, ImportRefused, RowStatus, apply, preview, safety
from models.exchange.commands import import_cmd
from models.team import Member, list_members

WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="团队成员" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t>'
    '</is></c><c r="B1" t="inlineStr"><is><t>角色</t></is></c></row></sheetData></worksheet>'
)


def crafted(path: Path, parts: dict[str, bytes | str]) -> Path:
    """A workbook zip put together part by part (what a hostile tool could send)."""
    base: dict[str, bytes | str] = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": SHEET,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (base | parts).items():
            zf.writestr(name, data)
    return path


def roster(path: Path, rows: int = 3) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "团队成员"
    sheet.append(["姓名", "角色"])
    for i in range(rows):
        sheet.append([f"成员{i}", "编辑"])
    book.save(path)
    return path


def counts() -> tuple[int, int]:
    return Member.select().count(), AuditEntry.select().count()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    + WORKBOOK.split("?>", 1)[1].replace("团队成员", "&xxe;")
)


def _not_a_zip(p: Path) -> Path:
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return p


def _truncated(p: Path) -> Path:
    data = roster(p).read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _csv(p: Path) -> Path:
    p.write_bytes("姓名,角色\n张伟,编辑\n".encode())
    return p


def _csv_gbk(p: Path) -> Path:
    p.write_bytes("姓名\t角色\r\n张伟\t编辑\r\n".encode("gbk"))
    return p


def _xls(p: Path) -> Path:
    p.write_bytes(safety.OLE2_MAGIC + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 512)
    return p


def _zip_bomb(p: Path) -> Path:
    return crafted(p, {"xl/sharedStrings.xml": "<sst>" + " " * 3_000_000 + "</sst>"})


def _xml_bomb(p: Path) -> Path:
    return crafted(p, {"xl/sharedStrings.xml": BILLION_LAUGHS})


def _xxe(p: Path) -> Path:
    return crafted(p, {"xl/workbook.xml": XXE})


def _odd_part_name(p: Path) -> Path:
    # The sheet's XML under a name that does not end in .xml, carrying entities.
    rels = WORKBOOK_RELS.replace("worksheets/sheet1.xml", "worksheets/sheet1.dat")
    doctype = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaa">]>'
    return crafted(
        p,
        {
            "xl/_rels/workbook.xml.rels": rels,
            "xl/worksheets/sheet1.dat": doctype + SHEET.split("?>", 1)[1],
        },
    )


def _docx(p: Path) -> Path:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return p


def _xlsb(p: Path) -> Path:
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("xl/workbook.bin", b"\x00\x01")
    return p


def _far_cell(p: Path) -> Path:
    # Two cells far apart: the reader would lay out 150,000 × 16,384 cells between them.
    book = openpyxl.Workbook()
    book.active["A1"] = "姓名"
    book.active["XFD150000"] = "x"
    book.save(p)
    return p


def _no_sheets_part(p: Path) -> Path:
    return crafted(p, {"xl/_rels/workbook.xml.rels": WORKBOOK_RELS.replace("sheet1", "gone")})


REFUSALS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("not-a-zip.xlsx", _not_a_zip, "xlsx_not_workbook"),
    ("truncated.xlsx", _truncated, "xlsx_truncated"),
    ("renamed.xlsx", _csv, "xlsx_csv"),
    ("renamed-gbk.xlsx", _csv_gbk, "xlsx_csv"),
    ("old.xlsx", _xls, "xlsx_old_xls"),
    ("bomb.xlsx", _zip_bomb, "xlsx_zip_bomb"),
    ("laughs.xlsx", _xml_bomb, "xlsx_xml_entities"),
    ("xxe.xlsx", _xxe, "xlsx_xml_entities"),
    ("odd-part.xlsx", _odd_part_name, "xlsx_xml_entities"),
    ("report.xlsx", _docx, "xlsx_not_workbook"),
    ("binary.xlsx", _xlsb, "xlsx_xlsb"),
    ("far.xlsx", _far_cell, "xlsx_too_many_cells"),
    ("broken-rels.xlsx", _no_sheets_part, "xlsx_damaged"),
]


@pytest.mark.parametrize("name, make, code", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refused_quickly_with_a_message_and_nothing_written(
    db: object, tmp_path: Path, name: str, make: Callable[[Path], Path], code: str
) -> None:
    path = make(tmp_path / name)
    before = counts()
    start = time.perf_counter()
    with pytest.raises(ImportRefused) as info:
        preview(path)
    assert time.perf_counter() - start < 1.0
    assert info.value.code == code
    for lang in ("zh_CN", "en"):
        message = info.value.message(lang)
        assert name in message and "{" not in message
    assert counts() == before


def test_password_protected_workbook(db: object, fixtures_dir: Path) -> None:
    with pytest.raises(ImportRefused) as info:
        preview(fixtures_dir / "xlsx-other-programs" / "pass_protected.xlsx")
    assert info.value.code == "xlsx_encrypted"
    assert "密码" in info.value.message("zh_CN")


def test_old_xls_message_says_save_as_xlsx(db: object, tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as info:
        preview(_xls(tmp_path / "名单.xls"))
    assert "另存为" in info.value.message("zh_CN") and ".xlsx" in info.value.message("en")


def test_over_the_row_limit(db: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_ROWS_PER_SHEET", 50)
    path = roster(tmp_path / "big.xlsx", rows=60)
    with pytest.raises(ImportRefused) as info:
        preview(path)
    assert info.value.code == "xlsx_too_many_rows"
    assert info.value.params["rows"] == 61 and "团队成员" in info.value.message("zh_CN")
    assert counts() == (0, 0)


def test_over_the_size_limits(db: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = roster(tmp_path / "team.xlsx", rows=200)
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRefused) as info:
        preview(path)
    assert info.value.code == "xlsx_too_big"
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 5000)
    with pytest.raises(ImportRefused) as info:
        preview(path)
    assert info.value.code == "xlsx_zip_bomb"


def test_missing_file(db: object, tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as info:
        preview(tmp_path / "nowhere.xlsx")
    assert info.value.code == "xlsx_missing"


def test_refusal_through_the_command_line(db: object, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = import_cmd(_csv(tmp_path / "x.xlsx"), actor=Actor(None, "t"), out=out, err=err)
    assert code == 2 and "x.xlsx" in err.getvalue()
    assert counts() == (0, 0)


FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"  # as tests/conftest.py


def _fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.xlsx")) if FIXTURES.is_dir() else []


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.name)
def test_every_workbook_from_other_programs_is_imported_or_refused(
    db: object, path: Path, actor: Actor
) -> None:
    before = counts()
    try:
        result = preview(path)
    except ImportRefused as exc:
        assert exc.message("zh_CN") and path.name in exc.message("en")
        assert counts() == before
        return
    if not result.data_sheets:  # nothing in it is a kind we import: said, not written
        for sheet in result.sheets:
            assert sheet.note("zh_CN") and sheet.note("en")
        with pytest.raises(ImportFailed) as info:
            apply(result, actor)
        assert info.value.code == "import_no_kind"
        assert counts() == before
        return
    applied = apply(result, actor, skip_errors=True)
    assert Member.select().count() == before[0] + applied.created


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: p.name)
def test_forcing_a_kind_onto_any_fixture_never_crashes(
    db: object, path: Path, actor: Actor
) -> None:
    try:
        names = [s.name for s in safety.inspect(path).sheets]
        result = preview(path, kind_overrides={n: "members" for n in names})
        apply(result, actor, skip_errors=True)
    except DeskError as exc:  # refused or nothing to import: in words, not a traceback
        assert exc.message("zh_CN")


def test_team_roster_by_hand(db: object, fixtures_dir: Path, actor: Actor) -> None:
    result = preview(fixtures_dir / "as-users-make-them" / "team-roster-by-hand.xlsx")
    assert result.is_clean and result.counts()["new"] == 7
    apply(result, actor)
    members = {m.name: m for m in list_members()}
    assert len(members) == 7
    assert members["杨帆"].roles == ("compliance",)
    assert set(members["李娜"].roles) == {"data_analyst", "content_planner"}
    assert members["陈静"].joined_on.isoformat() == "2023-03-15"  # serial 45000
    assert members["刘洋"].active is False and members["张伟"].active is True
    assert members["刘洋"].joined_on.isoformat() == "2021-05-10"  # 2021年5月10日
    assert AuditEntry.select().where(AuditEntry.action == "create").count() == 7


def test_training_sign_in_sheet_matches_no_kind(db: object, fixtures_dir: Path) -> None:
    result = preview(fixtures_dir / "as-users-make-them" / "training-signin-as-circulated.xlsx")
    (sheet,) = result.sheets
    assert sheet.status.value == "no_kind" and not result.data_sheets
    assert sheet.header_row == 3  # found below the merged title block
    assert "签到时间" in sheet.note("zh_CN")
    out, err = io.StringIO(), io.StringIO()
    path = fixtures_dir / "as-users-make-them" / "training-signin-as-circulated.xlsx"
    assert import_cmd(path, actor=Actor(None, "t"), out=out, err=err) == 2
    assert counts() == (0, 0)
    assert all(r.status is not RowStatus.NEW for r in sheet.rows)
