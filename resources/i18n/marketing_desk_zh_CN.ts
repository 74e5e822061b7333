<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../ui/topics/draft_editor.py" line="+94"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file, or a link starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it shows, e.g. 主图 or 拍摄脚本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File or link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file with Browse…, or paste a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images and videos (*.jpg *.jpeg *.png *.gif *.webp *.mp4 *.mov);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../ui/topics/backlog_model.py" line="+57"/>
        <source>Keywords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../ui/topics/board.py" line="+101"/>
        <source>Show more (%1 left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location line="+140"/>
        <source>Moved “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/topics/calendar_page.py" line="+68"/>
        <source>Previous month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive published content that is old or did poorly (R-5.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ published   ◷ planned   ✕ cancelled — double-click an item to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Content Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%2/%1</source>
        <comment>year and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit Publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Draft…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../ui/topics/cards.py" line="+91"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../ui/training/models.py" line="+188"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+62"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Keep mine” saves your changes over theirs; fields you did not change keep their values. “Take theirs” discards your changes.</source>
        <translation>“保留我的”用您的修改覆盖对方的修改，您未改动的字段保留对方的值；“采用对方的”放弃您的修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by them</source>
        <translation>对方已保存的版本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not changed by you)</source>
        <translation>（您未修改）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to editing</source>
        <translation>返回编辑</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../ui/training/course_dialog.py" line="+58"/>
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, or type your own</source>
        <translation>可选择，也可输入团队自己的类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A colleague, or the outside trainer</source>
        <translation>同事，或外部讲师/培训机构</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: attending is enough</source>
        <translation>无（出席即完成）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once is enough</source>
        <translation>只需一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance training, for example, every 12 months</source>
        <translation>例如合规培训：每 12 个月一次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal or external:</source>
        <translation>内训/外训：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer or provider:</source>
        <translation>讲师/机构：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>人数上限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark (of 100):</source>
        <translation>及格分（百分制）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required for roles:</source>
        <translation>必修角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat every:</source>
        <translation>复训周期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <location filename="../../ui/training/models.py" line="-157"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer or provider</source>
        <translation>讲师/机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required for</source>
        <translation>必修角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>复训</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <location filename="../../ui/training/courses.py" line="+38"/>
        <source>Search title, trainer or notes</source>
        <translation>搜索课程标题、讲师或备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New course…</source>
        <translation>新建课程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted courses, sessions and plans; restore here</source>
        <translation>已删除的课程、场次和计划，可在此恢复</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a course to see who took it.</source>
        <translation>选择一门课程，查看参训名单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 session(s) · %2 record(s) · attendance %3 · average score %4 · passed %5</source>
        <translation>%1 个场次 · %2 条记录 · 出勤率 %3 · 平均分 %4 · 通过率 %5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Moved “%1” to the trash. Use Trash… to restore it.</source>
        <translation>已将“%1”移到回收站。可在“回收站…”中恢复。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../ui/database_actions.py" line="+49"/>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a complete copy of the database to a file</source>
        <translation>将数据库完整备份到一个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore Database…</source>
        <translation>恢复数据库(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all data by a backup; the current data is kept as a copy first</source>
        <translation>用备份替换全部数据；当前数据会先另存一份</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Database files (*.db);;All files (*)</source>
        <translation>数据库文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restore database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace all current data by the backup “%1”?

The current data is first saved as a copy beside the database file, so this can be undone.</source>
        <translation>用备份“%1”替换当前的全部数据吗？

当前数据会先另存为数据库文件旁的一份副本，因此可以撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Choose another file: this is the database in use.</source>
        <translation>请选择其他文件：这是正在使用的数据库。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../ui/topics/diff_view.py" line="+124"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation type="unfinished">显示：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save two versions to see what changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditorDialog</name>
    <message>
        <location filename="../../ui/topics/draft_editor.py" line="+17"/>
        <source>Draft — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This topic is dropped or archived: the draft can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the copy or the script here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished">编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished">移除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+120"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-119"/>
        <source>History and Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What changed in this round (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this text as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No change since version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The file “%1” cannot be found; it may have been moved or renamed. Use Edit… to point the attachment to its new place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version %1 is in the editor; save to keep it as the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../ui/training/models.py" line="+102"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>复训</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/topics/filters.py" line="+66"/>
        <source>Search titles, keywords and notes (Ctrl+F), e.g. 618 大促</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My topics first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the topics you own before everyone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/topics/diff_view.py" line="+40"/>
        <source>Load into Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the newer version&apos;s text into the editor (saved as a new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one version, or two with Ctrl, to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>v0 · empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+115"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Switch User…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Marketing Desk</source>
        <translation>关于营销工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;h3&gt;Marketing Desk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;营销工作台 %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A workbench for online-marketing teams.&lt;/p&gt;</source>
        <translation>&lt;p&gt;网络营销团队的日常工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Database: %1&lt;br&gt;Qt %2, PySide6&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库：%1&lt;br&gt;Qt %2，PySide6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Marketing Desk</source>
        <translation>关于营销工作台</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nobody</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing Desk — %1</source>
        <translation>营销工作台 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/member_dialog.py" line="+71"/>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear this box when the date is not known</source>
        <translation>日期未知时取消勾选</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active (still on the team)</source>
        <translation>在职（仍在团队中）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>MemberTab</name>
    <message>
        <location filename="../../ui/training/member_view.py" line="+38"/>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training history, newest first:</source>
        <translation>培训记录（最近的在前）：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>By member</source>
        <translation>按成员</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The team list is empty.</source>
        <translation>团队名单为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 training hour(s) in %2 · %3 session(s) on record</source>
        <translation>%2 培训 %1 学时 · 共 %3 条培训记录</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Required training still to do as of %1 (%n course(s)):</source>
        <translation>
            <numerusform>截至 %1 尚未完成的必修培训（%n 门）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All required training is done as of %1.</source>
        <translation>截至 %1，必修培训已全部完成。</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../ui/team_model.py" line="+17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/training/overview.py" line="+33"/>
        <source>No members yet.</source>
        <translation>还没有成员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No course is required for anyone yet: set “Required for roles” on a course.</source>
        <translation>还没有必修课程：请在课程中设置“必修角色”。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required training done as of %1: &lt;b&gt;%2&lt;/b&gt; (%3 of %4)</source>
        <translation>截至 %1 必修培训完成率：&lt;b&gt;%2&lt;/b&gt;（%4 人次中完成 %3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificates: %1 expired, %2 expiring within %3 days</source>
        <translation>证书：%1 张已过期，%2 张将在 %3 天内到期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training hours per member, %1</source>
        <translation>成员培训学时（%1，按季度）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total: %1 h</source>
        <translation>合计：%1 学时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required courses done, as of %1</source>
        <translation>必修课程完成情况（截至 %1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificates expired or expiring within %1 days of %2:</source>
        <translation>已过期或将在 %1 天内到期的证书（截至 %2）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No certificate has expired or expires within %1 days.</source>
        <translation>没有已过期或将在 %1 天内到期的证书。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Still to do: %1</source>
        <translation>尚未完成：%1</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../ui/training/plan_dialogs.py" line="+49"/>
        <source>Edit training plan</source>
        <translation>编辑培训计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New training plan</source>
        <translation>新建培训计划</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quarter or year:</source>
        <translation>季度或年度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location line="+50"/>
        <source>Edit planned course in %1</source>
        <translation>编辑“%1”中的计划课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a course in %1</source>
        <translation>在“%1”中安排课程</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For roles:</source>
        <translation>参训角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And these members:</source>
        <translation>以及这些成员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned sessions:</source>
        <translation>计划场次：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role and no member chosen: the whole team.</source>
        <translation>未选角色也未选成员：面向全体成员。</translation>
    </message>
</context>
<context>
    <name>PlanItemTableModel</name>
    <message>
        <location filename="../../ui/training/models.py" line="+40"/>
        <source>Whole team</source>
        <translation>全体成员</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(+%n upcoming)</source>
        <translation>
            <numerusform>（另有 %n 场待开）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held / planned sessions</source>
        <translation>已开/计划场次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audience attended</source>
        <translation>对象已参训</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audience</source>
        <translation>参训对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../../ui/training/plans.py" line="+51"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit plan…</source>
        <translation>编辑计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan a course…</source>
        <translation>安排课程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit line…</source>
        <translation>编辑该行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>移除该行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions in the period that the plan does not list:</source>
        <translation>本期间内计划之外的场次：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Plans</source>
        <translation>培训计划</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n 门课程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No plan for %1 yet: “New plan…” makes one.</source>
        <translation>%1 还没有培训计划：点击“新建计划…”创建。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Moved the plan “%1” to the trash. Use Trash… on the Courses tab to restore.</source>
        <translation>已将计划“%1”移到回收站。可在“课程”标签页的“回收站…”中恢复。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../ui/topics/publications.py" line="+111"/>
        <source>Edit Publication — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a Publication — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty: the topic&apos;s title (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separated by commas, e.g. 双11，轻乳茶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title on the channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtags or keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationsWidget</name>
    <message>
        <location line="+116"/>
        <source>Plan Publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished">编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the link of the published content and the topic at 发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/training/record_dialog.py" line="+72"/>
        <source>Edit record: %1</source>
        <translation>编辑记录：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to the roster: %1</source>
        <translation>加入名单：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Empty: no score yet</source>
        <translation>留空：暂无成绩</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick when the certificate has an expiry date</source>
        <translation>证书有有效期时请勾选</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance:</source>
        <translation>出勤：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in at:</source>
        <translation>签到时间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (of 100):</source>
        <translation>成绩（百分制）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate:</source>
        <translation>证书名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate no.:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No pass mark: attending completes the course</source>
        <translation>无及格分：出席即完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark %1; decided when a score is entered</source>
        <translation>及格分 %1；录入成绩后判定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass mark %1: %2</source>
        <translation>及格分 %1：%2</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/training/models.py" line="-140"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/training/records.py" line="+33"/>
        <source>Add to roster…</source>
        <translation>加入名单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores and certificate…</source>
        <translation>成绩与证书…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record: score, hours, certificate</source>
        <translation>编辑所选记录：成绩、学时、证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a session to see its roster.</source>
        <translation>选择一个场次，查看其签到名单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roster: %1, %2</source>
        <translation>签到名单：%1，%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 attended, %2 absent</source>
        <translation>出席 %1 人，缺席 %2 人</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Removed %1 from the roster. Use Trash… to restore.</source>
        <translation>已将 %1 移出名单。可在“回收站…”中恢复。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/training/session_dialog.py" line="+63"/>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New session</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear this box when the end time is not known</source>
        <translation>不知道结束时间时请取消勾选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A meeting room, an address or a meeting link</source>
        <translation>会议室、地址或会议链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the course&apos;s trainer</source>
        <translation>留空：沿用课程讲师</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the course</source>
        <translation>同课程学时</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends at:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place or link:</source>
        <translation>地点/链接：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer:</source>
        <translation>讲师：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>学时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/training/models.py" line="-61"/>
        <source>(%n over)</source>
        <translation>
            <numerusform>（超出 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place or link</source>
        <translation>地点/链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended / capacity</source>
        <translation>出席/上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../ui/training/sessions.py" line="+51"/>
        <source>New session…</source>
        <translation>新建场次…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import sign-in sheet…</source>
        <translation>导入签到表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the sign-in sheet (.xlsx) of the selected session into its roster</source>
        <translation>读取所选场次的签到表（.xlsx），填入签到名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sessions and sign-in</source>
        <translation>场次与签到</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Moved the session to the trash. Use Trash… to restore.</source>
        <translation>已将该场次移到回收站。可在“回收站…”中恢复。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the session the sign-in sheet belongs to first.</source>
        <translation>请先选择签到表所属的场次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved; the session is outside the period or course shown.</source>
        <translation>已保存；该场次不在当前显示的期间或课程内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="+36"/>
        <source>Open Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Takes effect the next time you start the app.</source>
        <translation>下次启动程序时生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed changes as:</source>
        <translation>修改记录署名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing Desk %1</source>
        <translation>营销工作台 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language saved; restart the app to use it.</source>
        <translation>语言已保存，重新启动程序后生效。</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <location filename="../../ui/training/signin_dialog.py" line="+63"/>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session: &lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;File: %3, sheet “%4”, header on row %5</source>
        <translation>场次：&lt;b&gt;%1&lt;/b&gt;，%2&lt;br&gt;文件：%3，工作表“%4”，表头在第 %5 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sheet is dated %1 but the session is on %2; check the session.</source>
        <translation>签到表日期为 %1，但场次日期为 %2；请确认选择的场次。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n person(s) found on the sheet:</source>
        <translation>
            <numerusform>签到表上共 %n 人：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rows left out: correct them in the sheet and import it again</source>
        <translation>以下行未导入：请在签到表中改正后重新导入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Names not in the team list: choose the member, or skip the person</source>
        <translation>以下姓名不在团队名单中：请选择对应成员，或跳过此人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a member…</source>
        <translation>请选择成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this person</source>
        <translation>跳过此人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(skipped)</source>
        <translation>（跳过）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose below</source>
        <translation>请在下方选择</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sheet has no one to import.</source>
        <translation>签到表中没有可导入的人员。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n name(s) still need a member or “Skip”.</source>
        <translation>
            <numerusform>还有 %n 个姓名需要选择成员或“跳过此人”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: %1 to record, of whom %2 absent.</source>
        <translation>可以导入：将记录 %1 人，其中缺席 %2 人。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing the sign-in sheet…</source>
        <translation>正在导入签到表…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign-in sheet imported: %1 attended, %2 absent, %3 skipped (%4 new, %5 updated).</source>
        <translation>签到表已导入：出席 %1 人，缺席 %2 人，跳过 %3 人（新增 %4 条，更新 %5 条）。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more than the course&apos;s capacity.</source>
        <translation>
            <numerusform>出席人数超出课程人数上限 %n 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigninRowModel</name>
    <message>
        <location filename="../../ui/training/models.py" line="+170"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the sheet</source>
        <translation>签到表上的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>对应成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StyleGuideDialog</name>
    <message>
        <location filename="../../ui/topics/styleguide.py" line="+221"/>
        <source>Brand Style Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line; these are highlighted in drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleGuidePanel</name>
    <message>
        <location line="-112"/>
        <source>Edit Style Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Brand style guide&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ No words to avoid in this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Words to avoid in this draft: %1. Click one to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Last changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="+157"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/team_page.py" line="+51"/>
        <source>Search name, email or department (Ctrl+F)</source>
        <translation>搜索姓名、邮箱或部门（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New member…</source>
        <translation>新建成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted members; restore them from here</source>
        <translation>已删除的成员，可在此恢复</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You cannot delete yourself. Switch user first.</source>
        <translation>不能删除您自己。请先切换用户。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Moved %n member(s) to the trash. Use Trash… to restore.</source>
        <translation>
            <numerusform>已将 %n 名成员移入回收站，可通过“回收站…”恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>共 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n inactive</source>
        <translation>
            <numerusform>，其中 %n 名已停用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../ui/training/page.py" line="+68"/>
        <source>Import Sign-in Sheet…</source>
        <translation>导入签到表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a training sign-in sheet (.xlsx)</source>
        <translation>读取培训签到表（.xlsx）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>TrainingTrashDialog</name>
    <message>
        <location filename="../../ui/training/trash.py" line="+118"/>
        <source>Training trash</source>
        <translation>培训回收站</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted training records wait here. Restore brings one back with everything that belongs to it.</source>
        <translation>已删除的培训数据在这里。恢复后，其下的内容一并恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans</source>
        <translation>培训计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing of this kind is in the trash.</source>
        <translation>回收站中没有此类内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/trash_dialog.py" line="+32"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted members wait here. Restore them, or delete them for good.</source>
        <translation>已删除的成员保留在这里，可以恢复，也可以永久删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久删除“%1”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../ui/whoami_dialog.py" line="+38"/>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to Marketing Desk. The team list is empty: enter your name and your roles, and you become its first member. Your name is recorded on every change you make.</source>
        <translation>欢迎使用营销工作台。团队名单还是空的：请填写您的姓名和角色，您将成为第一位成员。您所做的每一项修改都会记录您的姓名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose yourself in the team list, or add yourself if you are new. Your name is recorded on every change you make.</source>
        <translation>请在团队名单中选择您自己；如果您是新成员，请添加自己。您所做的每一项修改都会记录您的姓名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I am in the team list:</source>
        <translation>我在团队名单中：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am new; add me:</source>
        <translation>我是新成员，添加我：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose yourself in the list.</source>
        <translation>请在名单中选择您自己。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+70"/>
        <source>Marketing Desk</source>
        <translation>营销工作台</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+18"/>
        <source>Content planner</source>
        <translation>内容策划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel operator</source>
        <translation>渠道运营</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data analyst</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>客户关系管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project manager</source>
        <translation>项目管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance reviewer</source>
        <translation>合规/法务审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>团队负责人</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/topics/backlog_model.py" line="-76"/>
        <location filename="../../ui/training/models.py" line="-67"/>
        <location filename="../../ui/training/overview.py" line="+1"/>
        <location filename="../../ui/training/plan_dialogs.py" line="+63"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <location filename="../../ui/notify.py" line="+13"/>
        <source>Marketing Desk</source>
        <translation>营销工作台</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/topics/board.py" line="-235"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does “%1” move to %2? (kept in the stage history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>styleguide</name>
    <message>
        <location filename="../../ui/topics/styleguide.py" line="-123"/>
        <source>The style guide says to avoid this word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../ui/training/text.py" line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>每 %n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Never completed</source>
        <translation>从未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last done %1; due again since %2</source>
        <translation>上次完成于 %1；自 %2 起需复训</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
</context>
</TS>
