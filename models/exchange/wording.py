"""Messages of the Excel exchange in English and Chinese (registered into models.messages).

Refusals name the file and say what to do; cell errors are worded to follow
"第 7 行「入职日期」：" (see results.CellError.message).
"""

from __future__ import annotations

from models import messages

REFUSALS: dict[str, tuple[str, str]] = {
    "xlsx_missing": ("File not found: {file}", "找不到文件：{file}"),
    "xlsx_too_big": (
        "{file} is {size_mb} MB; files up to {max_mb} MB can be imported. "
        "Split it into smaller workbooks.",
        "{file} 有 {size_mb} MB，最多只能导入 {max_mb} MB 的文件。请拆分为较小的工作簿后再导入。",
    ),
    "xlsx_old_xls": (
        "{file} is in the old Excel 97-2003 format (.xls). Open it in Excel or WPS and "
        "save it as “Excel Workbook (.xlsx)”, then import that file.",
        "{file} 是旧版 Excel 97-2003 格式（.xls）。请用 Excel 或 WPS 打开后"
        "“另存为”Excel 工作簿（.xlsx），再导入新文件。",
    ),
    "xlsx_encrypted": (
        "{file} is protected by a password. Open it in Excel or WPS, remove the password "
        "(File › Info › Protect Workbook) and save it, then import it again.",
        "{file} 设置了打开密码。请用 Excel 或 WPS 打开，取消密码保护（文件 › 信息 › 保护工作簿）"
        "并保存后再导入。",
    ),
    "xlsx_csv": (
        "{file} is a text (CSV) file with an .xlsx name. Open it in Excel or WPS and save it "
        "as “Excel Workbook (.xlsx)”, then import that file.",
        "{file} 实际上是文本（CSV）文件，只是扩展名为 .xlsx。请用 Excel 或 WPS 打开后"
        "“另存为”Excel 工作簿（.xlsx），再导入。",
    ),
    "xlsx_xlsb": (
        "{file} is a binary Excel workbook (.xlsb). Save it as “Excel Workbook (.xlsx)” "
        "and import that file.",
        "{file} 是二进制 Excel 工作簿（.xlsb）。请另存为 Excel 工作簿（.xlsx）后再导入。",
    ),
    "xlsx_not_workbook": (
        "{file} is not an Excel workbook. Choose an .xlsx file saved by Excel, WPS or LibreOffice.",
        "{file} 不是 Excel 工作簿。请选择由 Excel、WPS 或 LibreOffice 保存的 .xlsx 文件。",
    ),
    "xlsx_truncated": (
        "{file} is damaged or incomplete (perhaps the download or copy did not finish). "
        "Get the file again or open and re-save it in Excel.",
        "{file} 已损坏或不完整（可能下载或复制未完成）。"
        "请重新获取文件，或用 Excel 打开后重新保存。",
    ),
    "xlsx_damaged": (
        "{file} cannot be read: its contents are damaged ({detail}). Open it in Excel or "
        "WPS and save it again, then import it.",
        "无法读取 {file}：文件内容已损坏（{detail}）。请用 Excel 或 WPS 打开并重新保存后再导入。",
    ),
    "xlsx_zip_bomb": (
        "{file} unpacks to far more data than a workbook of its size should "
        "({part}); it was not opened, for safety.",
        "{file} 解压后的数据量远超正常工作簿（{part}），为安全起见未打开。",
    ),
    "xlsx_xml_entities": (
        "{file} contains XML entity declarations ({part}), which workbooks from Excel, WPS "
        "or LibreOffice never have; it was not opened, for safety.",
        "{file} 含有 XML 实体声明（{part}），正常的 Excel、WPS、LibreOffice 文件不会有，"
        "为安全起见未打开。",
    ),
    "xlsx_too_many_rows": (
        "Sheet “{sheet}” of {file} has {rows} rows; at most {max} rows per sheet can be "
        "imported. Split it into several files.",
        "{file} 的工作表「{sheet}」有 {rows} 行，每个工作表最多导入 {max} 行。请拆分后再导入。",
    ),
    "xlsx_too_many_cells": (
        "Sheet “{sheet}” of {file} spans {rows} rows × {cols} columns, more than can be "
        "read safely ({max} cells). Delete unused columns and rows far from the data.",
        "{file} 的工作表「{sheet}」占用 {rows} 行 × {cols} 列，超出可安全读取的范围"
        "（{max} 个单元格）。请删除数据以外的空行和空列后再导入。",
    ),
}

CELLS: dict[str, tuple[str, str]] = {
    "cell_error": ("Row {row}, “{header}”: {detail}", "第 {row} 行「{header}」：{detail}"),
    "cell_error_row": ("Row {row}: {detail}", "第 {row} 行：{detail}"),
    "sheet_prefix": ("Sheet “{sheet}”, {text}", "工作表「{sheet}」{text}"),
    "cell_error_sheet": (
        "Sheet “{sheet}”, row {row}, “{header}”: {detail}",
        "工作表「{sheet}」第 {row} 行「{header}」：{detail}",
    ),
    "cell_required": ("required, but empty", "必填，但为空"),
    "cell_roles_required": ("required, but empty", "必填，但为空"),
    "cell_bad_date": ("unrecognised date “{value}”", "无法识别的日期“{value}”"),
    "cell_bad_number": ("“{value}” is not a number", "“{value}”不是数字"),
    "cell_not_integer": ("“{value}” is not a whole number", "“{value}”不是整数"),
    "cell_bad_bool": (
        "“{value}” is not yes/no (use 是/否, Y/N, TRUE/FALSE or √/×)",
        "“{value}”不是“是/否”（可填 是/否、Y/N、TRUE/FALSE 或 √/×）",
    ),
    "cell_bad_choice": ("“{value}” is not one of: {allowed}", "“{value}”不在可选值中：{allowed}"),
    "cell_unknown_member": ("no member named “{value}”", "没有名为“{value}”的成员"),
    "cell_too_long": ("longer than {max} characters", "超过 {max} 个字符"),
    "cell_bad_email": ("“{value}” is not an email address", "“{value}”不是有效的邮箱地址"),
    "cell_duplicate_name": (
        "“{value}” is already the name of another member",
        "“{value}”已是另一名成员的姓名",
    ),
    "cell_duplicate_key": (
        "“{value}” appears again (first on row {first}); keep one of the rows",
        "“{value}”重复出现（首次在第 {first} 行），请只保留一行",
    ),
    "cell_duplicate_uid": (
        "this record appears again (first on row {first}); keep one of the rows",
        "此记录重复出现（首次在第 {first} 行），请只保留一行",
    ),
    "cell_bad_uid": (
        "“{value}” is not a record ID; leave this column as exported, or clear the cell",
        "“{value}”不是有效的记录编号；请保持导出时的内容，或清空该单元格",
    ),
    "cell_bad_version": (
        "“{value}” is not a version; leave this column as exported, or clear the cell",
        "“{value}”不是有效的版本；请保持导出时的内容，或清空该单元格",
    ),
    "cell_uid_trashed": (
        "this record is in the trash here; restore it first, or clear the ID cell to "
        "import the row as a new record",
        "该记录在本机的回收站中；请先恢复它，或清空编号单元格以作为新记录导入",
    ),
    "cell_key_taken": (
        "“{value}” already belongs to another record here",
        "本机已有另一条记录使用“{value}”",
    ),
    "cell_uid_key_clash": (
        "“{value}” already belongs to another record here; clear the ID cell to update "
        "that record instead",
        "本机已有另一条记录使用“{value}”；如要更新那条记录，请清空编号单元格",
    ),
    "cell_formula_no_value": (
        "a formula without a computed value; open and save the file in Excel or WPS, or "
        "type the value",
        "公式没有计算结果；请用 Excel 或 WPS 打开并保存文件，或直接填写数值",
    ),
    "cell_formula_error": (
        "the formula gives the error {value}; correct it or type the value",
        "公式结果为错误值 {value}；请修正公式或直接填写数值",
    ),
    "cell_missing_column": (
        "the sheet has no column “{column}”, which is required",
        "工作表缺少必填列「{column}」",
    ),
}

SHEETS: dict[str, tuple[str, str]] = {
    "sheet_no_kind": (
        "Sheet “{sheet}”: its columns ({headers}) match no kind of record that can be "
        "imported; choose a kind for it or leave it out.",
        "工作表「{sheet}」：其列（{headers}）与可导入的任何数据类型都不对应；请为它选择数据类型，或不导入。",
    ),
    "sheet_no_header": (
        "Sheet “{sheet}”: no header row found in the first {rows} rows.",
        "工作表「{sheet}」：前 {rows} 行中找不到表头行。",
    ),
    "sheet_hidden": ("Sheet “{sheet}” is hidden; skipped.", "工作表「{sheet}」已隐藏，已跳过。"),
    "sheet_instructions": (
        "Sheet “{sheet}” holds instructions; skipped.",
        "工作表「{sheet}」是填写说明，已跳过。",
    ),
    "sheet_skipped": ("Sheet “{sheet}” is left out.", "工作表「{sheet}」不导入。"),
    "sheet_empty": ("Sheet “{sheet}” is empty; skipped.", "工作表「{sheet}」为空，已跳过。"),
    "sheet_not_worksheet": (
        "Sheet “{sheet}” is a chart or macro sheet; skipped.",
        "工作表「{sheet}」是图表或宏表，已跳过。",
    ),
    "sheet_ignored_column": (
        "Sheet “{sheet}”: column {letter} “{header}” is not imported.",
        "工作表「{sheet}」：第 {letter} 列「{header}」不导入。",
    ),
}

RESULTS: dict[str, tuple[str, str]] = {
    "import_has_errors": (
        "{file} has {count} errors; nothing was imported. Correct them, or choose to skip "
        "the rows in error.",
        "{file} 有 {count} 处错误，未导入任何数据。请更正后再导入，或选择跳过出错的行。",
    ),
    "import_no_kind": (
        "No sheet of {file} matches a kind of record that can be imported; nothing was imported.",
        "{file} 中没有与可导入数据类型对应的工作表，未导入任何数据。",
    ),
    "preview_stale": (
        "The data changed since the preview was made; nothing was imported. Preview the "
        "file again.",
        "预览之后数据已发生变化，未导入任何数据。请重新预览该文件。",
    ),
    "annotate_failed": (
        "Could not write the annotated copy {file}: {detail}",
        "无法写出带批注的副本 {file}：{detail}",
    ),
    "export_write_failed": (
        "Could not write {file}: {detail}. Close it in Excel if it is open, or choose "
        "another folder.",
        "无法写入 {file}：{detail}。如果该文件已在 Excel 中打开，请先关闭，或换一个文件夹。",
    ),
    "sheet_summary": (
        "Sheet “{sheet}” ({kind}): {new} new, {update} to update, {unchanged} unchanged, "
        "{conflict} conflicts, {error} in error.",
        "工作表「{sheet}」（{kind}）：新增 {new}，更新 {update}，未变 {unchanged}，"
        "冲突 {conflict}，错误 {error}。",
    ),
    "import_done": (
        "Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows "
        "in error skipped, {kept} conflicts kept as they were here.",
        "已导入：新增 {created}，更新 {updated}，未变 {unchanged}，跳过出错行 {skipped}，"
        "冲突保留本机数据 {kept}。",
    ),
    "dry_run_done": (
        "Dry run: nothing was written.",
        "试运行：未写入任何数据。",
    ),
    "conflict_row": (
        "Sheet “{sheet}”, row {row}: changed here since the export ({fields}); kept as here.",
        "工作表「{sheet}」第 {row} 行：导出后本机已修改（{fields}），保留本机数据。",
    ),
    "annotated_written": (
        "An annotated copy with the errors marked was saved to {file}.",
        "已将标出错误的批注副本保存到 {file}。",
    ),
    "cli_template_done": ("Template written to {file}.", "导入模板已保存到 {file}。"),
    "cli_export_done": ("{count} records exported to {file}.", "已导出 {count} 条记录到 {file}。"),
    "cli_kind_line": ("{name}: {title}", "{name}：{title}"),
    "required_mark": ("required", "必填"),
    "optional_mark": ("optional", "选填"),
}

TYPE_LABELS: dict[str, tuple[str, str]] = {
    "type_text": ("text", "文本"),
    "type_longtext": ("long text (line breaks allowed)", "长文本（可换行）"),
    "type_int": ("whole number", "整数"),
    "type_number": ("number", "数字"),
    "type_date": ("date, e.g. 2026-11-26", "日期，如 2026-11-26"),
    "type_datetime": ("date and time, e.g. 2026-11-26 14:30", "日期时间，如 2026-11-26 14:30"),
    "type_bool": ("yes / no", "是 / 否"),
    "type_choice": ("one of the list", "从下拉列表中选一项"),
    "type_multi_choice": (
        "one or more of the list, separated by 、",
        "从下拉列表中选一项或多项，多项用“、”分隔",
    ),
    "type_member_ref": ("a member's name", "成员姓名"),
}

TEMPLATE: dict[str, tuple[str, str]] = {
    "tpl_sheet": ("Instructions", "填写说明"),
    "tpl_title": ("How to fill in “{kind}”", "「{kind}」填写说明"),
    "tpl_rows": (
        "Enter one record per row of the sheet “{kind}”, from row 2 on. Keep the header row "
        "as it is; the order of the columns does not matter.",
        "在工作表「{kind}」中从第 2 行起每行填写一条记录。"
        "请勿修改第 1 行的表头；列的顺序可以调整。",
    ),
    "tpl_required": (
        "Columns with a red header are required.",
        "表头为红色的列为必填。",
    ),
    "tpl_dates": (
        "Dates may be typed as 2026-11-26, 2026/11/26, 2026.11.26 or 2026年11月26日.",
        "日期可填写为 2026-11-26、2026/11/26、2026.11.26 或 2026年11月26日。",
    ),
    "tpl_multi": (
        "Several values in one cell: separate them with 、 or a comma.",
        "一个单元格填写多个值时，用“、”或逗号分隔。",
    ),
    "tpl_bool": (
        "Yes/no columns accept 是/否, Y/N, TRUE/FALSE or √/×.",
        "“是/否”列可填写 是/否、Y/N、TRUE/FALSE 或 √/×。",
    ),
    "tpl_uid": (
        "In exported files, the columns “{uid}” and “{version}” let the app recognise each "
        "record on any computer: do not change them; leave them empty for new records.",
        "导出文件中的「{uid}」「{version}」两列用于在任何电脑上识别记录，请勿修改；新增记录时留空。",
    ),
    "tpl_limits": (
        "Up to {rows} rows per sheet and {mb} MB per file.",
        "每个工作表最多 {rows} 行，文件不超过 {mb} MB。",
    ),
    "tpl_col_header": ("Column", "列名"),
    "tpl_col_required": ("Required", "必填"),
    "tpl_col_type": ("What to enter", "填写内容"),
    "tpl_col_choices": ("Allowed values", "可选值"),
    "tpl_col_example": ("Example", "示例"),
    "tpl_hint": ("{type}\n{required}\nExample: {example}", "{type}\n{required}\n示例：{example}"),
    "tpl_bookkeeping_hint": (
        "Filled in by the app; do not change. Empty for new records.",
        "由程序填写，请勿修改；新增记录留空。",
    ),
    "yes": ("Yes", "是"),
    "no": ("No", "否"),
}

messages.register(REFUSALS | CELLS | SHEETS | RESULTS | TYPE_LABELS | TEMPLATE)
