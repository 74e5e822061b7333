"""The Excel exchange: templates, exports and previewed, transactional imports of any kind.

A kind of record declares its columns (kinds.py) and registers itself; ``members`` is the
first. Typical use::

    p = preview("team.xlsx")              # nothing written; p.sheets, p.errors, p.conflicts
    if p.is_clean:
        apply(p, actor)                   # one transaction
    else:
        write_annotated(p, "team-errors.xlsx")
"""

from __future__ import annotations

from models.exchange import members, wording  # noqa: F401 - register the kind and messages
from models.exchange.annotate import AnnotateFailed, write_annotated
from models.exchange.apply import ImportFailed, apply
from models.exchange.kinds import (
    Choice,
    Column,
    ColumnType,
    Kind,
    UnknownKind,
    all_kinds,
    get_kind,
    register_kind,
)
from models.exchange.mapping import ImportMapping, remember_mapping
from models.exchange.preview import preview
from models.exchange.results import (
    CellError,
    Change,
    ColumnMapping,
    ImportResult,
    Preview,
    RowPreview,
    RowStatus,
    SheetPreview,
    SheetStatus,
)
from models.exchange.safety import (
    MAX_CELLS_PER_SHEET,
    MAX_FILE_BYTES,
    MAX_ROWS_PER_SHEET,
    MAX_UNCOMPRESSED_BYTES,
    ImportRefused,
)
from models.exchange.writer import ExportFailed, export, write_template

__all__ = [
    "AnnotateFailed",
    "CellError",
    "Change",
    "Choice",
    "Column",
    "ColumnMapping",
    "ColumnType",
    "ExportFailed",
    "ImportFailed",
    "ImportMapping",
    "ImportRefused",
    "ImportResult",
    "Kind",
    "MAX_CELLS_PER_SHEET",
    "MAX_FILE_BYTES",
    "MAX_ROWS_PER_SHEET",
    "MAX_UNCOMPRESSED_BYTES",
    "Preview",
    "RowPreview",
    "RowStatus",
    "SheetPreview",
    "SheetStatus",
    "UnknownKind",
    "all_kinds",
    "apply",
    "export",
    "get_kind",
    "preview",
    "register_kind",
    "remember_mapping",
    "write_annotated",
    "write_template",
]
