"""Command-line functions of the exchange (main.py wires them into argparse).

Each writes messages in ``messages.language()`` to the given text streams and returns the
exit code: 0 done, 1 the file had errors and nothing was written, 2 unusable input.
"""

from __future__ import annotations

import os
from typing import TextIO

from models import messages
from models.base import Actor
from models.errors import DeskError
from models.exchange.annotate import write_annotated
from models.exchange.apply import apply
from models.exchange.kinds import BOOKKEEPING_COLUMNS, all_kinds, get_kind
from models.exchange.preview import preview
from models.exchange.writer import export, write_template

PathLike = str | os.PathLike[str]


def _say(stream: TextIO, text: str) -> None:
    stream.write(text + "\n")


def kinds_cmd(out: TextIO) -> int:
    """List the kinds and their columns."""
    lang = messages.language()
    for kind in all_kinds():
        _say(out, messages.text("cli_kind_line", lang, name=kind.name, title=kind.title(lang)))
        for column in (*kind.columns, *BOOKKEEPING_COLUMNS):
            mark = messages.text("required_mark" if column.required else "optional_mark", lang)
            kind_of = messages.text(f"type_{column.type.value}", lang)
            _say(out, f"  {column.header(lang)} [{column.field}] {kind_of}; {mark}")
    return 0


def template_cmd(kind: str, path: PathLike, out: TextIO, err: TextIO) -> int:
    lang = messages.language()
    try:
        dest = write_template(get_kind(kind), path, lang)
    except DeskError as exc:
        _say(err, exc.message(lang))
        return 2
    _say(out, messages.text("cli_template_done", lang, file=str(dest)))
    return 0


def export_cmd(kind: str, path: PathLike, out: TextIO, err: TextIO) -> int:
    lang = messages.language()
    try:
        count = export(get_kind(kind), path, lang)
    except DeskError as exc:
        _say(err, exc.message(lang))
        return 2
    _say(out, messages.text("cli_export_done", lang, count=count, file=str(path)))
    return 0


def import_cmd(
    path: PathLike,
    *,
    actor: Actor,
    dry_run: bool = False,
    skip_errors: bool = False,
    errors_to: PathLike | None = None,
    out: TextIO,
    err: TextIO,
) -> int:
    """Preview, report, and (unless dry_run or errors) import ``path``.

    Conflicts keep the record here (the command line cannot ask); they are listed.
    """
    lang = messages.language()
    try:
        result = preview(path)
    except DeskError as exc:
        _say(err, exc.message(lang))
        return 2
    for sheet in result.sheets:
        _say(out, sheet.note(lang))
    if not result.data_sheets:
        _say(err, messages.text("import_no_kind", lang, file=result.file_name))
        return 2
    errors = result.errors
    for error in errors:
        _say(err, error.line(lang))
    for sheet, row in result.conflicts:
        fields = "、".join(messages.field_label(c.field, lang) for c in row.changes)
        _say(out, messages.text("conflict_row", lang, sheet=sheet.name, row=row.row, fields=fields))
    if errors and errors_to is not None:
        try:
            written = write_annotated(result, errors_to, lang)
            _say(out, messages.text("annotated_written", lang, file=str(written)))
        except DeskError as exc:
            _say(err, exc.message(lang))
    if errors and not skip_errors:
        _say(
            err, messages.text("import_has_errors", lang, file=result.file_name, count=len(errors))
        )
        return 1
    if dry_run:
        _say(out, messages.text("dry_run_done", lang))
        return 0
    try:
        done = apply(result, actor, skip_errors=skip_errors)
    except DeskError as exc:
        _say(err, exc.message(lang))
        return 1
    _say(out, done.message(lang))
    return 0
