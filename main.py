"""Marketing Desk (营销工作台): the composition root and the command line.

`main.py` with no command opens the GUI; the other commands are headless and never import
Qt. Exit codes: 0 success, 1 the input had errors and nothing was written, 2 unusable
arguments or unreadable files.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TextIO

import models
from models import db as dbmod
from models import messages
from models.base import Actor
from models.errors import DeskError

HELP = {
    "description": ("Marketing Desk — a workbench for online-marketing teams.",
                    "营销工作台 —— 网络营销团队的日常工具。"),
    "db": ("database file (default: $MARKETING_DESK_DB or the user data folder)",
           "数据库文件（默认：$MARKETING_DESK_DB 或用户数据目录）"),
    "lang": ("language of the interface and messages", "界面和消息的语言"),
    "as": ("member name recorded as the author of changes", "记录为修改人的成员姓名"),
    "demo": ("add a realistic sample team", "添加示例团队数据"),
    "kinds": ("list the kinds of records and their columns", "列出可导入导出的数据类型及其列"),
    "template": ("write an import template for KIND", "生成 KIND 的导入模板"),
    "export": ("export the records of KIND", "导出 KIND 的全部记录"),
    "import": ("import a workbook (preview with --dry-run)", "导入工作簿（--dry-run 仅预览）"),
    "dry_run": ("check and show what would change, write nothing",
                "只检查并显示将要做的更改，不写入"),
    "skip_errors": ("import the good rows, skip the rows in error", "导入正确的行，跳过有错误的行"),
    "errors_to": ("write an annotated copy with the errors marked", "将错误标注写入工作簿副本"),
    "adcheck": ("check a text against the Advertising Law word list (广告法)",
                "按广告法词库检查文本"),
    "adcheck_text": ("the text, or - to read standard input",
                     "要检查的文本；用 - 表示从标准输入读取"),
    "adcheck_file": ("read the text from a file (UTF-8)", "从文件读取文本（UTF-8）"),
    "appraisal_sheets": ("export the appraisal sheets of a period (team lead, with --as)",
                         "导出某期间的绩效考核表（团队负责人，需配合 --as）"),
    "period": ("the period, e.g. 2026-Q4", "考核期间，例如 2026-Q4"),
    "backup": ("write a consistent copy of the database", "将数据库完整备份到文件"),
    "restore": ("replace the database by a backup (the current one is kept)",
                "用备份替换当前数据库（当前数据会先另存）"),
}  # fmt: skip


def _h(key: str) -> str:
    en, zh = HELP[key]
    return zh if messages.language() == "zh_CN" else en


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py", description=_h("description"))
    p.add_argument("--version", action="version", version=f"Marketing Desk {models.__version__}")
    p.add_argument("--db", metavar="PATH", help=_h("db"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=_h("lang"))
    p.add_argument("--as", dest="as_member", metavar="NAME", help=_h("as"))
    sub = p.add_subparsers(dest="command")
    sub.add_parser("demo", help=_h("demo"))
    sub.add_parser("kinds", help=_h("kinds"))
    for name in ("template", "export"):
        c = sub.add_parser(name, help=_h(name))
        c.add_argument("kind")
        c.add_argument("file")
    c = sub.add_parser("import", help=_h("import"))
    c.add_argument("file")
    c.add_argument("--dry-run", action="store_true", help=_h("dry_run"))
    c.add_argument("--skip-errors", action="store_true", help=_h("skip_errors"))
    c.add_argument("--errors-to", metavar="ANNOTATED.xlsx", help=_h("errors_to"))
    c = sub.add_parser("adcheck", help=_h("adcheck"))
    c.add_argument("text", nargs="?", help=_h("adcheck_text"))
    c.add_argument("--file", metavar="FILE", help=_h("adcheck_file"))
    c = sub.add_parser("appraisal-sheets", help=_h("appraisal_sheets"))
    c.add_argument("--period", required=True, help=_h("period"))
    c.add_argument("file")
    c = sub.add_parser("backup", help=_h("backup"))
    c.add_argument("file")
    c = sub.add_parser("restore", help=_h("restore"))
    c.add_argument("file")
    return p


def _actor(name: str | None) -> Actor:
    from models import team

    if name:
        member = team.find_by_name(name)
        if member is not None:
            return member.actor()
        return Actor(None, name)
    return Actor(None, "命令行" if messages.language() == "zh_CN" else "command line")


def _rights(actor: Actor) -> AbstractContextManager[None]:
    """The team lead's rights over the kinds that need them (appraisals), when --as names
    the lead; the GUI's Appraisals page works the same way."""
    from models.appraisal import visibility
    from models.appraisal.excel import as_lead

    return as_lead(actor) if visibility.is_lead(actor) else nullcontext()


def run_exchange(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _rights(_actor(args.as_member)):
        return _run_exchange(args, out, err)


def _run_exchange(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from models.exchange import commands as xc

    if args.command == "kinds":
        return xc.kinds_cmd(out)
    if args.command == "template":
        return xc.template_cmd(args.kind, Path(args.file), out, err)
    if args.command == "export":
        return xc.export_cmd(args.kind, Path(args.file), out, err)
    return xc.import_cmd(
        Path(args.file),
        actor=_actor(args.as_member),
        dry_run=args.dry_run,
        skip_errors=args.skip_errors,
        errors_to=Path(args.errors_to) if args.errors_to else None,
        out=out,
        err=err,
    )


def run_adcheck(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """R-2.1: print the Advertising-Law hits of a text; exit 1 while a blocking one remains."""
    from models.reviews.adlaw import adcheck_cmd

    if args.file:
        source = Path(args.file)
        if not source.is_file():
            print(messages.text("cli_file_missing", path=source), file=err)
            return 2
        text = source.read_text(encoding="utf-8", errors="replace")
    elif args.text == "-":
        text = sys.stdin.read()
    elif args.text is not None:
        text = args.text
    else:
        print(messages.text("cli_adcheck_no_text"), file=err)
        return 2
    return adcheck_cmd(text, out)


def run_command(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    if args.command in ("kinds", "template", "export", "import"):
        return run_exchange(args, out, err)
    if args.command == "adcheck":
        return run_adcheck(args, out, err)
    if args.command == "appraisal-sheets":
        from models.appraisal.sheets import appraisal_sheets_cmd

        return appraisal_sheets_cmd(
            args.period,
            Path(args.file),
            actor=_actor(args.as_member),
            out=out,
            err=err,
            lang=args.lang,
        )
    if args.command == "demo":
        from models import demo

        counts = demo.fill(_actor(args.as_member))
        print(messages.text("cli_demo_done", **counts), file=out)
        return 0
    if args.command == "backup":
        dest = dbmod.backup_to(args.file)
        print(messages.text("cli_backup_done", path=dest), file=out)
        return 0
    if args.command == "restore":
        src = Path(args.file)
        if not src.is_file():
            print(messages.text("cli_file_missing", path=src), file=err)
            return 2
        safety = dbmod.restore_from(src)
        print(messages.text("cli_restore_done", src=src, safety=safety), file=out)
        return 0
    raise AssertionError(args.command)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The language must be known before argparse words its help and errors.
    lang = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--lang"), None)
    lang = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), lang)
    messages.set_language(lang)
    args = build_parser().parse_args(argv)
    location = dbmod.default_location(args.db)
    if args.command is None:
        from ui.app import run

        return run(location, args.lang, [sys.argv[0], *argv])
    try:
        models.open(location)
        return run_command(args)
    except DeskError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    finally:
        dbmod.close()


if __name__ == "__main__":
    sys.exit(main())
