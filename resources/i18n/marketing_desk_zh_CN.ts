<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+113"/>
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
        <location line="+26"/>
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
        <location line="+197"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-196"/>
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
        <location line="+24"/>
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
        <location line="+60"/>
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
</TS>
