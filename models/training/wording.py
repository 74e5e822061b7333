"""The wording of training's messages and field labels, in English and Chinese (R-4.2)."""

from __future__ import annotations

from models import messages

messages.register_fields(
    {
        "title": ("Title", "标题"),
        "category": ("Category", "类别"),
        "delivery": ("Internal or external", "内训/外训"),
        "trainer": ("Trainer or provider", "讲师/机构"),
        "hours": ("Hours", "学时"),
        "cost": ("Cost", "费用"),
        "capacity": ("Capacity", "人数上限"),
        "pass_mark": ("Pass mark", "及格分"),
        "required_roles": ("Required for roles", "必修角色"),
        "recur_months": ("Repeat every (months)", "复训周期（月）"),
        "course": ("Course", "课程"),
        "session": ("Session", "场次"),
        "starts_at": ("Starts at", "开始时间"),
        "ends_at": ("Ends at", "结束时间"),
        "place": ("Place or link", "地点/链接"),
        "plan": ("Training plan", "培训计划"),
        "audience_roles": ("Audience roles", "参训角色"),
        "audience_members": ("Audience members", "参训成员"),
        "planned_sessions": ("Planned sessions", "计划场次"),
        "member": ("Member", "成员"),
        "status": ("Attendance", "出勤"),
        "signed_in_at": ("Signed in at", "签到时间"),
        "score": ("Score", "成绩"),
        "passed": ("Passed", "是否通过"),
        "certificate_name": ("Certificate", "证书名称"),
        "certificate_no": ("Certificate number", "证书编号"),
        "certificate_expires": ("Certificate expires", "证书有效期至"),
    }
)

messages.register(
    {
        "training_not_number": (
            "{field}: “{value}” is not a number; type digits such as 85 or 1.5.",
            "「{field}」：“{value}”不是数字，请填写如 85 或 1.5 的数字。",
        ),
        "training_out_of_range": (
            "{field} must be between {min} and {max} (it is {value}).",
            "「{field}」应在 {min} 到 {max} 之间（当前为 {value}）。",
        ),
        "training_negative": (
            "{field} cannot be negative (it is {value}).",
            "「{field}」不能为负数（当前为 {value}）。",
        ),
        "training_whole_number": (
            "{field} must be a whole number of at least {min} (it is {value}).",
            "「{field}」应为不小于 {min} 的整数（当前为 {value}）。",
        ),
        "training_bad_choice": (
            "{field}: “{value}” is not one of the choices.",
            "「{field}」：“{value}”不是可选的值。",
        ),
        "training_bad_datetime": (
            "{field}: “{value}” is not a date and time; write it like 2026/11/20 14:00.",
            "「{field}」：“{value}”不是有效的日期时间，请写成 2026/11/20 14:00 这样的格式。",
        ),
        "training_ends_before_start": (
            "The session ends before it starts; check the start and end times.",
            "场次的结束时间早于开始时间，请检查开始和结束时间。",
        ),
        "training_duplicate_course": (
            "A course named “{value}” already exists; open it, or choose another title.",
            "已存在名为“{value}”的课程；请打开该课程，或换一个标题。",
        ),
        "training_duplicate_session": (
            "“{course}” already has a session starting at {value}.",
            "课程“{course}”在 {value} 已有一个场次。",
        ),
        "training_duplicate_plan": (
            "There is already a plan “{value}” for {period}.",
            "{period} 已有名为“{value}”的培训计划。",
        ),
        "training_duplicate_plan_item": (
            "This plan already lists the course “{value}”; edit that line instead.",
            "该计划已包含课程“{value}”，请修改那一行。",
        ),
        "training_duplicate_record": (
            "{member} already has a record for this session; edit that record instead.",
            "{member} 在该场次已有记录，请修改原记录。",
        ),
        "training_absent_with_score": (
            "{member} is marked absent but has a score; remove the score or mark them present.",
            "{member} 标记为缺席却有成绩；请删除成绩，或改为出席。",
        ),
        "training_signin_not_xlsx": (
            "{file} cannot be read as an Excel workbook (.xlsx): {reason}",
            "无法将 {file} 作为 Excel 工作簿（.xlsx）读取：{reason}",
        ),
        "training_signin_no_header": (
            "No header row with a “姓名” (name) column was found in the first {rows} rows of "
            "{file}; add a column titled 姓名 above the names and try again.",
            "在 {file} 的前 {rows} 行中没有找到含“姓名”列的表头；"
            "请在姓名上方加一列“姓名”表头后重试。",
        ),
        "training_signin_bad_time": (
            "Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a sign-in time; "
            "write it like 2026/11/20 14:02.",
            "工作表“{sheet}”第 {row} 行 {column} 列：“{value}”不是有效的签到时间，"
            "请写成 2026/11/20 14:02 这样的格式。",
        ),
        "training_signin_bad_score": (
            "Sheet “{sheet}”, row {row}, column {column}: “{value}” is not a score; "
            "write a number such as 85.",
            "工作表“{sheet}”第 {row} 行 {column} 列：“{value}”不是有效的成绩，请填写如 85 的数字。",
        ),
        "training_signin_unmapped": (
            "These names on the sheet are not yet matched to a member or skipped: {names}.",
            "签到表中以下姓名尚未对应到成员，也未选择跳过：{names}。",
        ),
        "training_signin_same_member": (
            "Rows {rows} of the sheet all go to {member}; each member may appear once.",
            "签到表第 {rows} 行都对应到 {member}；每位成员只能出现一次。",
        ),
        "training_signin_row": (
            "Sign-in sheet row {row} ({name}):",
            "签到表第 {row} 行（{name}）：",
        ),
    }
)
