"""An annotated copy of the user's workbook: every bad cell filled and commented.

The user fixes the cells in Excel and imports again. The copy is written with openpyxl
(which keeps the user's sheets, formats and merged cells) to a new file; the original is
never touched.
"""

from __future__ import annotations

import os
import warnings
from collections import defaultdict
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from models import messages
from models.errors import DeskError
from models.exchange.results import CellError, Preview

ERROR_FILL = PatternFill(fill_type="solid", start_color="FFFFC7CE", end_color="FFFFC7CE")
AUTHOR = "营销工作台 Marketing Desk"


class AnnotateFailed(DeskError):
    code = "annotate_failed"


def write_annotated(
    preview: Preview, dest: str | os.PathLike[str], lang: str | None = None
) -> Path:
    """Copy the previewed workbook to ``dest`` with its errors marked; returns ``dest``."""
    lang = messages.normalize_language(lang or messages.language())
    target = Path(dest).expanduser()
    if target.resolve() == preview.path.resolve():
        raise AnnotateFailed(file=str(target), detail="same file as the original")
    by_cell: dict[tuple[str, str], list[CellError]] = defaultdict(list)
    for error in preview.errors:
        by_cell[(error.sheet, f"{error.column}{error.row}")].append(error)
    try:
        with warnings.catch_warnings():  # openpyxl warns about extensions it drops
            warnings.simplefilter("ignore")
            book = load_workbook(preview.path, rich_text=True)
        for (sheet_name, ref), errors in by_cell.items():
            if sheet_name not in book.sheetnames:
                continue
            sheet = book[sheet_name]
            cell = sheet[ref]
            if type(cell).__name__ == "MergedCell":  # comment the range's top-left cell
                for merged in sheet.merged_cells.ranges:
                    if ref in merged:
                        cell = sheet.cell(merged.min_row, merged.min_col)
                        break
            cell.fill = ERROR_FILL
            text = "\n".join(e.message(lang) for e in errors)
            comment = Comment(text, AUTHOR)
            comment.width = 320
            comment.height = 40 + 20 * len(errors) + len(text) // 2
            cell.comment = comment
            sheet.sheet_properties.tabColor = "FFC00000"
        tmp = target.with_name(f".{target.stem}.partial.xlsx")
        book.save(tmp)
        os.replace(tmp, target)
    except DeskError:
        raise
    except Exception as exc:  # openpyxl cannot write every odd file back
        raise AnnotateFailed(file=str(target), detail=str(exc) or type(exc).__name__) from None
    return target
