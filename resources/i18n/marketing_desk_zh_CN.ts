<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../ui/topics/attachments.py" line="+65"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file, or a link starting with https://</source>
        <translation>文件，或以 https:// 开头的链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it shows, e.g. 主图 or 拍摄脚本</source>
        <translation>说明内容，如：主图、拍摄脚本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File or link:</source>
        <translation>文件或链接：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a file with Browse…, or paste a link.</source>
        <translation>请点“浏览…”选择文件，或粘贴链接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a File</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images and videos (%1);;All files (*)</source>
        <translation>图片和视频 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location line="+21"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or link</source>
        <translation>文件或链接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The file “%1” cannot be found; it may have been moved or renamed. Use Edit… to point the attachment to its new place.</source>
        <translation>找不到文件“%1”，可能已被移动或改名。请用“编辑…”重新指定附件的位置。</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <location filename="../../ui/topics/backlog_model.py" line="+57"/>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../ui/topics/board.py" line="+102"/>
        <source>Show more (%1 left)</source>
        <translation>显示更多（还有 %1 张）</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location line="-53"/>
        <source>Move to %1</source>
        <translation>移到「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does “%1” move to %2? (kept in the stage history)</source>
        <translation>“%1”为什么移到「%2」？（记入阶段历史）</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Moved “%1” to %2.</source>
        <translation>已将“%1”移到「%2」。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/topics/calendar_page.py" line="+71"/>
        <source>Previous month or week</source>
        <translation>上个月或上一周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next month or week</source>
        <translation>下个月或下一周</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean Up…</source>
        <translation>内容清理…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive published content that is old or did poorly (R-5.7)</source>
        <translation>归档过时或效果不佳的已发布内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ published   ◷ planned   ✕ cancelled — double-click an item to open it</source>
        <translation>✓ 已发布   ◷ 计划中   ✕ 已取消 —— 双击条目可打开</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Content Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%2/%1</source>
        <comment>year and month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n published</source>
        <translation>
            <numerusform>已发布 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n planned</source>
        <translation>
            <numerusform>，计划中 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit Publication…</source>
        <translation>编辑发布计划…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Published…</source>
        <translation>标记为已发布…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Draft…</source>
        <translation>打开草稿…</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../ui/topics/cards.py" line="+91"/>
        <source>Due %1</source>
        <translation>截止 %1</translation>
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
    <name>CleanupDialog</name>
    <message>
        <location filename="../../ui/topics/cleanup.py" line="+147"/>
        <source>Clean Up Published Content</source>
        <translation>清理已发布内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published more than</source>
        <translation>发布超过</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days ago</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or flagged as weak</source>
        <translation>或标记为效果不佳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Archive Ticked</source>
        <translation>归档所选</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Unarchive Ticked</source>
        <translation>恢复所选</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Archived topics keep everything; unarchive brings them back.</source>
        <translation>归档的选题保留全部内容；“恢复所选”可将其放回选题库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidates</source>
        <translation>待清理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Candidates (%1)</source>
        <translation>待清理（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived (%1)</source>
        <translation>已归档（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Archived %n topic(s). The Archived tab brings them back.</source>
        <translation>
            <numerusform>已归档 %n 个选题，可在“已归档”页恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n topic(s) back in the backlog.</source>
        <translation>
            <numerusform>%n 个选题已恢复到选题库。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Archive Ticked (%1)</source>
        <translation>归档所选（%1）</translation>
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
        <location filename="../../ui/topics/diff_view.py" line="+125"/>
        <source>Side by side</source>
        <translation>左右对照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline</source>
        <translation>合并显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save two versions to see what changed.</source>
        <translation>保存两个版本后即可查看修改内容。</translation>
    </message>
</context>
<context>
    <name>DraftEditorDialog</name>
    <message>
        <location filename="../../ui/topics/draft_editor.py" line="+73"/>
        <source>Draft — %1</source>
        <translation>草稿 — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This topic is dropped or archived: the draft can be read but not changed.</source>
        <translation>该选题已废弃或归档：草稿只能查看，不能修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the copy or the script here.</source>
        <translation>在这里撰写文案或脚本。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write</source>
        <translation>撰写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>History and Changes</source>
        <translation>历史版本与修改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What changed in this round (optional)</source>
        <translation>本轮修改说明（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this text as a new version (Ctrl+S)</source>
        <translation>将当前内容保存为新版本（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+97"/>
        <source> · not saved</source>
        <translation> · 未保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>No change since version %1.</source>
        <translation>与第 %1 版相比没有修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Version %1 is in the editor; save to keep it as the newest version.</source>
        <translation>第 %1 版已载入编辑区，保存后成为最新版本。</translation>
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
    <name>ExchangeActions</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="+87"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview an Excel workbook, then import its records (you can also drop it)</source>
        <translation>先预览 Excel 工作簿，再导入其中的记录（也可以把文件拖到窗口上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save records to an Excel workbook</source>
        <translation>把记录保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Import &amp;Template…</source>
        <translation>下载导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty workbook with the right columns, hints and drop-downs</source>
        <translation>含正确的列、填写提示和下拉选项的空白工作簿</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (%1);;All files (*)</source>
        <translation>Excel 工作簿 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Download Import Template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which records will you fill in? The template has their columns.</source>
        <translation>要填写哪类数据？模板中会包含相应的列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Next…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+20"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Which records do you want to export? Records in the trash are left out.</source>
        <translation>要导出哪类数据？回收站中的记录不会导出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 import template.xlsx</source>
        <translation>%1导入模板.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Import Template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2.xlsx</source>
        <translation>%1 %2.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the template…</source>
        <translation>正在生成模板…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to “%1”…</source>
        <translation>正在导出到“%1”…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/topics/filters.py" line="+66"/>
        <source>Search titles, keywords and notes (Ctrl+F), e.g. 618 大促</source>
        <translation>搜索标题、关键词和备注（Ctrl+F），如：618 大促</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My topics first</source>
        <translation>我的选题优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the topics you own before everyone else&apos;s</source>
        <translation>先列出由我负责的选题，再列出其他人的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any due date</source>
        <translation>不限截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due between…</source>
        <translation>截止日期介于…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All forms</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/topics/diff_view.py" line="+46"/>
        <source>Load into Editor</source>
        <translation>载入编辑区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the newer version&apos;s text into the editor (saved as a new version)</source>
        <translation>将右侧版本的内容复制到编辑区（保存后成为新版本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one version, or two with Ctrl, to compare them.</source>
        <translation>选择一个版本（与上一版比较），或按住 Ctrl 选择两个版本进行比较。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>v0 · empty</source>
        <translation>v0 · 空白</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+133"/>
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
    <name>MappingWidget</name>
    <message>
        <location filename="../../ui/exchange/mapping_widget.py" line="+75"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Columns: mapped as you chose for a file with the same headers last time. Change a column’s field below, or choose “not imported”.</source>
        <translation>列对应：沿用上次导入相同表头的文件时您的选择。可在下方更改某列对应的字段，或选择“不导入”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns: each column of the sheet and the field it fills. Change a column’s field below, or choose “not imported”.</source>
        <translation>列对应：工作表的每一列及其填入的字段。可在下方更改某列对应的字段，或选择“不导入”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognised from the header</source>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As you mapped it last time</source>
        <translation>沿用上次的对应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header matches no field; not imported</source>
        <translation>表头与任何字段都不对应，不导入</translation>
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
        <location filename="../../ui/training/member_view.py" line="+60"/>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Transcript…</source>
        <translation>导出培训档案…</translation>
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
        <location line="+15"/>
        <source>Training transcript %1 %2.xlsx</source>
        <translation>培训档案 %1 %2.xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export training transcript</source>
        <translation>导出培训档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transcript saved to %1.</source>
        <translation>培训档案已保存到 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>OptionListEditor</name>
    <message>
        <location filename="../../ui/topics/options_dialog.py" line="+47"/>
        <source>New entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Hidden entries stay on existing topics but are not offered for new ones</source>
        <translation>隐藏的条目仍保留在已有选题上，但新选题不再提供该选项</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Hidden: not offered for new topics</source>
        <translation>已隐藏：新选题不再提供</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <location line="+8"/>
        <source>Content Forms and Channels</source>
        <translation>内容形式与渠道</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lists the whole team chooses from. Double-click an entry to rename it: topics and publications that use it are renamed too.</source>
        <translation>全团队共用的选项列表。双击条目可重命名：使用该条目的选题和发布记录会一并更新。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content forms</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>渠道</translation>
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
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/exchange/preview_dialog.py" line="+76"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — nothing is written until you click Import.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (errors marked).xlsx</source>
        <translation>%1（已标注错误）.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save annotated copy</source>
        <translation>保存标注副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another name: the file being imported is kept.</source>
        <translation>请换一个文件名：正在导入的原文件须保持不变。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving the annotated copy…</source>
        <translation>正在保存标注副本…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved “%1”. Each cell in error is filled red and carries a comment that says what to correct. Correct them in Excel or WPS, save, and import that file.

Open the folder?</source>
        <translation>已保存“%1”。每个出错的单元格都已标红，并附有批注说明如何更正。请在 Excel 或 WPS 中更正并保存后，再导入该文件。

打开所在文件夹？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>PreviewLayout</name>
    <message>
        <location filename="../../ui/exchange/preview_layout.py" line="+50"/>
        <source>Only rows with problems</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine for All Conflicts</source>
        <translation>冲突全部保留本机数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the File’s for All Conflicts</source>
        <translation>冲突全部采用文件数据</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skip rows with errors</source>
        <translation>跳过出错的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the other rows now and leave the rows in error out</source>
        <translation>现在导入其余各行，出错的行不导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Annotated Copy…</source>
        <translation>保存标注副本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the workbook with every cell in error marked and explained</source>
        <translation>工作簿的副本：每个出错的单元格都会标出并注明原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet “%1”</source>
        <translation>工作表「%1」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> Choose the column that holds it in the fields above.</source>
        <translation> 请在上方的列对应中选择包含它的列。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No sheet holds records that can be imported. Choose what a sheet holds above.</source>
        <translation>没有包含可导入记录的工作表。请在上方为工作表选择数据类型。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s). Correct them in Excel (Save Annotated Copy… marks them) and import the file again, or tick “Skip rows with errors”.</source>
        <translation>
            <numerusform>有 %n 处错误。请在 Excel 中更正（“保存标注副本…”会标出它们）后重新导入，或勾选“跳过出错的行”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to import: every row is unchanged or in error.</source>
        <translation>没有可导入的内容：每一行都未变或有错误。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) in error will be left out; the others are imported.</source>
        <translation>
            <numerusform>将跳过 %n 个出错的行，其余各行照常导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s): changed here since the export. Tick “Take the file’s” where the file is right; the others keep what is here.</source>
        <translation>
            <numerusform>%n 处冲突：导出后本机也修改过这些记录。文件正确的请勾选“采用文件数据”，其余保留本机数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ready. Nothing is written until you click Import.</source>
        <translation>已就绪。点击“导入”之前不会写入任何数据。</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <location filename="../../ui/exchange/rows_model.py" line="+80"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Take the file’s</source>
        <translation>采用文件数据</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>What happens / what is wrong</source>
        <translation>导入结果 / 错误说明</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Keep mine</source>
        <translation>保留本机数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked: the file’s values are written. Not ticked: the record here is kept.</source>
        <translation>勾选：写入文件中的数据。不勾选：保留本机的记录。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Changed here as well since the export (here → file): %1</source>
        <translation>导出后本机也修改过（本机 → 文件）：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../ui/topics/publication_dialog.py" line="+101"/>
        <source>Edit Publication — %1</source>
        <translation>编辑发布计划 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a Publication — %1</source>
        <translation>新建发布计划 — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty: the topic&apos;s title (%1)</source>
        <translation>留空则使用选题标题（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Separated by commas, e.g. 双11，轻乳茶</source>
        <translation>用逗号分隔，如：双11，轻乳茶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned time:</source>
        <translation>计划发布时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title on the channel:</source>
        <translation>渠道标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtags or keywords:</source>
        <translation>话题标签/关键词：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link:</source>
        <translation>链接：</translation>
    </message>
</context>
<context>
    <name>PublicationsWidget</name>
    <message>
        <location filename="../../ui/topics/publications.py" line="+94"/>
        <source>Plan Publication…</source>
        <translation>新建发布计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Published…</source>
        <translation>标记为已发布…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the link of the published content and the topic at 发布</source>
        <translation>需要填写已发布内容的链接，且选题须处于「发布」阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Publication</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan Again</source>
        <translation>重新计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <location filename="../../ui/topics/quick_add.py" line="+35"/>
        <source>Quick add: title #form #channel #tag @owner !高 12-01, then Enter</source>
        <translation>快速添加：标题 #形式 #渠道 #标签 @负责人 !高 12-01，按回车</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One line adds a topic at 选题:
  618大促预热 #短视频 #抖音 #预热 @张伟 !高 2026-12-01
#word — a content form from the team&apos;s list, else a channel, else a tag
@name — the owner (a team member)
!高 !中 !低 — the priority
a date — the due date: 2026-12-01, 12-01, 12月1日
every other word is the title.</source>
        <translation>一行添加一个处于「选题」阶段的选题：
  618大促预热 #短视频 #抖音 #预热 @张伟 !高 2026-12-01
#词 —— 团队列表中的内容形式，否则为渠道，再否则为标签
@姓名 —— 负责人（团队成员）
!高 !中 !低 —— 优先级
日期 —— 截止日期：2026-12-01、12-01、12月1日
其余文字为标题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds: %1</source>
        <translation>将添加：%1</translation>
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
    <name>SheetsTable</name>
    <message>
        <location filename="../../ui/exchange/sheets_table.py" line="+32"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kind of record this sheet holds; choose one to change it</source>
        <translation>此工作表包含的数据类型；可改选其他类型</translation>
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
    <name>StagePanel</name>
    <message>
        <location filename="../../ui/topics/stage_panel.py" line="+57"/>
        <source>Reason for the move (optional; kept in the stage history)</source>
        <translation>移动理由（可选，记入阶段历史）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current stage: &lt;b&gt;%1&lt;/b&gt; (since %2)</source>
        <translation>当前阶段：&lt;b&gt;%1&lt;/b&gt;（自 %2 起）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The topic is at this stage now</source>
        <translation>选题当前处于此阶段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the topic to %1</source>
        <translation>将选题移到「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ready for the next step, %1.</source>
        <translation>可以进入下一步「%1」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before %1: %2</source>
        <translation>进入「%1」前：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(created)</source>
        <translation>（创建）</translation>
    </message>
</context>
<context>
    <name>StyleGuideDialog</name>
    <message>
        <location filename="../../ui/topics/styleguide.py" line="+230"/>
        <source>Brand Style Guide</source>
        <translation>品牌规范</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:</source>
        <comment>a field&apos;s label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line, or separated by commas</source>
        <translation>每行一个，或用逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line; these are highlighted in drafts</source>
        <translation>每行一个；草稿中出现时会标红提示</translation>
    </message>
</context>
<context>
    <name>StyleGuidePanel</name>
    <message>
        <location line="-116"/>
        <source>Edit Style Guide…</source>
        <translation>编辑品牌规范…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Brand style guide&lt;/b&gt;</source>
        <translation>&lt;b&gt;品牌规范&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ No words to avoid in this draft.</source>
        <translation>✓ 草稿中没有禁用词。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Words to avoid in this draft: %1. Click one to find it.</source>
        <translation>⚠ 草稿中有禁用词：%1。点击下方条目可定位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: “%2”</source>
        <translation>第 %1 行：“%2”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last changed by %1 on %2</source>
        <translation>最近由 %1 修改于 %2</translation>
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
        <location line="+198"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-197"/>
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
        <location line="+54"/>
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
    <name>TopicDialog</name>
    <message>
        <location filename="../../ui/topics/topic_dialog.py" line="+70"/>
        <source>Topic</source>
        <translation>选题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>策划方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;&amp; history</source>
        <translation>阶段与历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write / Edit Draft…</source>
        <translation>撰写/编辑稿件…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New topic</source>
        <translation>新建选题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic — %1</source>
        <translation>选题 — %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No draft saved yet.</source>
        <translation>尚未保存稿件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 by %2, %3</source>
        <translation>第 %1 版，%2，%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The publishing plan is not available.</source>
        <translation>发布计划暂不可用。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>The draft editor is not available.</source>
        <translation>稿件编辑器暂不可用。</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../../ui/topics/topic_form.py" line="+165"/>
        <location line="+11"/>
        <source>Separate with 、 or commas</source>
        <translation>用顿号或逗号分隔</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Has a due date</source>
        <translation>有截止日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 18–30 year-old women in big cities</source>
        <translation>如：一二线城市 18–30 岁女性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The one thing the audience should remember</source>
        <translation>希望受众记住的一句话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 5,000 reads, 300 sign-ups</source>
        <translation>如：阅读 5000，报名 300</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline of the copy, or the video script</source>
        <translation>文案大纲或视频脚本</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content form</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing starts when every item of the plan is filled in.</source>
        <translation>策划方案的各项都填写完整后，才能开始撰写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target audience</source>
        <translation>目标受众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core message</source>
        <translation>核心信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>计划渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected effect</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline or script</source>
        <translation>大纲/脚本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (left the team)</source>
        <translation>%1（已离职）</translation>
    </message>
</context>
<context>
    <name>TopicTrashDialog</name>
    <message>
        <location filename="../../ui/topics/trash_dialog.py" line="+35"/>
        <source>Deleted topics</source>
        <translation>已删除的选题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted topics wait here. Restore them, or delete them for good.</source>
        <translation>已删除的选题保留在这里，可以恢复，也可以彻底删除。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete “%1” for good, with its plan, drafts and publications? This cannot be undone.</source>
        <translation>彻底删除“%1”及其策划方案、稿件和发布记录？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../ui/topics/page.py" line="+66"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Topic…</source>
        <translation>新建选题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms &amp;&amp; Channels…</source>
        <translation>形式与渠道…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the team&apos;s lists of content forms and channels</source>
        <translation>编辑团队的内容形式和渠道列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted topics; restore them from here</source>
        <translation>已删除的选题，可在此恢复</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Topics</source>
        <translation>选题库</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Moved %n topic(s) to the trash. Use Trash… to restore.</source>
        <translation>
            <numerusform>已将 %n 个选题移到回收站，可在“回收站…”中恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n topic(s)</source>
        <translation>
            <numerusform>共 %n 个选题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 match the filters</source>
        <translation>%1符合筛选条件</translation>
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
        <location filename="../../ui/training/trash.py" line="+65"/>
        <source>Training trash</source>
        <translation>培训回收站</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted training records wait here. Restore brings one back with everything that belongs to it.</source>
        <translation>已删除的培训数据在这里。恢复后，其下的内容一并恢复。</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-23"/>
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
        <location line="+17"/>
        <source>Nothing of this kind is in the trash.</source>
        <translation>回收站中没有此类内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/trash_dialog.py" line="+25"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted members wait here. Restore them, or delete them for good.</source>
        <translation>已删除的成员保留在这里，可以恢复，也可以永久删除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久删除“%1”吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>TrashDialogBase</name>
    <message>
        <location filename="../../ui/trash_base.py" line="+61"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete for good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
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
    <name>attachments</name>
    <message>
        <location filename="../../ui/topics/attachments.py" line="-159"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web link</source>
        <translation>网页链接</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/topics/calendar_grid.py" line="+42"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic: %1</source>
        <translation>选题：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>+%n more…</source>
        <translation>
            <numerusform>还有 %n 条…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cleanup</name>
    <message>
        <location filename="../../ui/topics/cleanup.py" line="-162"/>
        <source>Topic</source>
        <translation>选题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last published</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>效果不佳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archived on</source>
        <translation>归档日期</translation>
    </message>
</context>
<context>
    <name>diff_view</name>
    <message>
        <location filename="../../ui/topics/diff_view.py" line="-164"/>
        <source>%1 character(s) added, %2 removed</source>
        <translation>新增 %1 字，删除 %2 字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is the same in both versions.</source>
        <translation>两个版本的正文相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments added:</source>
        <translation>新增附件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments removed:</source>
        <translation>删除附件：</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>draft_editor</name>
    <message>
        <location filename="../../ui/topics/draft_editor.py" line="-238"/>
        <source>The draft has changes that are not saved. Save them?</source>
        <translation>草稿有未保存的修改，是否保存？</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../ui/exchange/row_text.py" line="+45"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
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
        <location filename="../../ui/topics/backlog_model.py" line="-81"/>
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
    <name>publications</name>
    <message>
        <location filename="../../ui/topics/publication_dialog.py" line="-70"/>
        <source>Mark as Published</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the link (URL) where “%1” can be seen on %2.
Only a topic at 发布 (review passed) can be marked published.</source>
        <translation>请粘贴“%1”在%2上的链接（URL）。
只有处于「发布」阶段（已通过审核）的选题才能标记为已发布。</translation>
    </message>
    <message>
        <location filename="../../ui/topics/publications.py" line="-58"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>styleguide</name>
    <message>
        <location filename="../../ui/topics/styleguide.py" line="-131"/>
        <source>The style guide says to avoid this word</source>
        <translation>品牌规范建议避免使用该词</translation>
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
