<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdlawHits</name>
    <message>
        <location filename="../../ui/reviews/highlight.py" line="+75"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested wording</source>
        <translation>建议改写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waived by %1: %2</source>
        <translation>%1 已豁免：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiver</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Comment by %1 (%2)</source>
        <translation>%1 的意见（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>blocking</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commented</source>
        <translation>有意见</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <location filename="../../ui/appraisal/appraisal_dialog.py" line="+68"/>
        <source>What went well, what did not, and why</source>
        <translation>哪些做得好、哪些不足，原因是什么</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-assessment:</source>
        <translation>员工自评：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead&apos;s comment:</source>
        <translation>上级评语：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance interview</source>
        <translation>绩效面谈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh KPIs</source>
        <translation>刷新KPI数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the targets and actuals again from the KPI data</source>
        <translation>从指标数据重新读取目标值和实际值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand In Self-Assessment</source>
        <translation>提交自评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Reviewed</source>
        <translation>完成上级评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Interview</source>
        <translation>记录绩效面谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>Make Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Appraisal of %1, %2</source>
        <translation>%1 的绩效考核（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Total (computed): %1&#x3000;Grade: %2</source>
        <translation>总分（自动计算）：%1&#x3000;等级：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scored yet: %1</source>
        <translation>尚未得分：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Someone else saved this appraisal meanwhile; it now shows their version. Make your change again.</source>
        <translation>其他人刚刚保存了这份考核，现已显示最新内容。请重新修改。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Make the appraisal of %1 final? It is locked then; only the team lead can reopen it, and the reopening is recorded.</source>
        <translation>确定将 %1 的考核定稿吗？定稿后即锁定，只有团队负责人可以重新打开，重新打开会被记录。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen Appraisal</source>
        <translation>重新打开考核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the final appraisal of %1 reopened? (kept in the audit log)</source>
        <translation>为什么要重新打开 %1 已定稿的考核？（原因将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../ui/appraisal/page.py" line="+77"/>
        <source>Start Cycle…</source>
        <translation>发起考核…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Appraisal Sheets…</source>
        <translation>导出考核表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print-ready workbook of the cycle: a summary and one page per member</source>
        <translation>本期可打印的考核工作簿：一张汇总表，每位成员一页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Appraisal Sheets…</source>
        <translation>导入考核表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an edited appraisal workbook back, after a preview of the changes</source>
        <translation>预览修改内容后，导回编辑过的考核工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Sheets…</source>
        <translation>导出考核表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Sheets…</source>
        <translation>导入考核表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Item List…</source>
        <translation>导出考核明细…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Item List…</source>
        <translation>导入考核明细…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item List Template…</source>
        <translation>考核明细模板…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item List (Excel)</source>
        <translation>考核明细（Excel）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+33"/>
        <source>Appraisals</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle:</source>
        <translation>考核周期：</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 (%2 of %3 final)</source>
        <translation>%1（已定稿 %2/%3）</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+13"/>
        <source>Excel workbooks (%1)</source>
        <translation>Excel 工作簿 (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appraisal sheets %1.xlsx</source>
        <translation>绩效考核表 %1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Appraisal Sheets</source>
        <translation>导出考核表</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+41"/>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="-35"/>
        <source>Saved “%1”: a summary and %n member sheet(s).</source>
        <translation>
            <numerusform>已保存“%1”：汇总表及 %n 张成员考核表。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Appraisal Sheets</source>
        <translation>导入考核表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appraisal items %1.xlsx</source>
        <translation>考核明细 %1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Item List</source>
        <translation>导出考核明细</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Saved “%1”: %n item(s).</source>
        <translation>
            <numerusform>已保存“%1”：共 %n 个考核项目。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Item List</source>
        <translation>导入考核明细</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item List Template</source>
        <translation>考核明细模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appraisal items template.xlsx</source>
        <translation>考核明细导入模板.xlsx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
</context>
<context>
    <name>AreaTab</name>
    <message>
        <location filename="../../ui/area_tab.py" line="+55"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
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
    <name>BandsTable</name>
    <message>
        <location filename="../../ui/appraisal/template_tables.py" line="+89"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From (total)</source>
        <translation>最低总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
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
    <name>BuiltinTab</name>
    <message>
        <location filename="../../ui/reviews/wordlist_dialog.py" line="+63"/>
        <source>General list (every channel)</source>
        <translation>通用词库（所有渠道）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 list</source>
        <translation>%1词库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search words and suggestions</source>
        <translation>搜索词语或建议改写</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These lists ship with the app and are updated with it. Add the team&apos;s own words on the next tab; a team word with the same spelling takes precedence.</source>
        <translation>以下词库随软件提供，并随软件更新。团队自己的词语请在“团队词库”中添加；与内置词语写法相同时，以团队词库为准。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/topics/calendar_page.py" line="+69"/>
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
        <location line="+77"/>
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
    <name>ChainDialog</name>
    <message>
        <location filename="../../ui/reviews/chain_dialog.py" line="+57"/>
        <source>Review Chain Settings</source>
        <translation>审核链设置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the team lead can change the review chain; you can look at it here.</source>
        <translation>只有团队负责人可以修改审核流程；您可以在此查看。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A content form or channel that needs its own chain, e.g. live streams with a script check</source>
        <translation>需要单独审核流程的内容形式或渠道，例如直播增加脚本审核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Chain</source>
        <translation>添加流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove This Chain</source>
        <translation>删除此流程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chains:</source>
        <translation>审核流程：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Level</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Level</source>
        <translation>删除级别</translation>
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
        <location line="+23"/>
        <source>When approved content is edited</source>
        <translation>审核通过后内容又被修改时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels sign again, from the first</source>
        <translation>所有级别从第一级起重新审核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only from the first level whose approval the edit voids (see the columns on the right)</source>
        <translation>仅从修改影响到的第一个级别起重新审核（见右侧各列）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A level is done when one member holding its role approves it. A topic uses the chain of its content form if there is one, else the longest chain among its channels, else the default chain. Drafts already in review keep the chain they started with; the next submission uses these settings.</source>
        <translation>每个级别由一名具有相应角色的成员审核通过即完成。选题优先使用其内容形式的流程；没有时使用其渠道中级别最多的流程；都没有时使用默认流程。已在审核中的稿件沿用开始时的流程，下次送审起使用新设置。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Content form: %1</source>
        <translation>内容形式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default chain</source>
        <translation>默认流程</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Levels of this chain, signed from top to bottom; it replaces the default chain for its topics.</source>
        <translation>此流程的审核级别，自上而下依次签核；适用的选题以此代替默认流程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels of the default chain, signed from top to bottom.</source>
        <translation>默认流程的审核级别，自上而下依次签核。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New level</source>
        <translation>新级别</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1, level %2</source>
        <translation>%1第 %2 级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChangesPane</name>
    <message>
        <location filename="../../ui/reviews/review_screen_draft.py" line="+99"/>
        <source>No draft has been saved yet.</source>
        <translation>尚未保存任何稿件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First round: version %1 is compared with the version before it.</source>
        <translation>首轮送审：第 %1 版与其上一版对比。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First round of the first version: nothing to compare yet.</source>
        <translation>首轮送审的第一版：暂无可对比的版本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes since the last round: version %1 → version %2.</source>
        <translation>上一轮以来的修改：第 %1 版 → 第 %2 版。</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../ui/appraisal/charts_tab.py" line="+27"/>
        <source>Grade distribution (members)</source>
        <translation>等级分布（人数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total per member</source>
        <translation>成员总分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs achieved per member (average of the KPI items)</source>
        <translation>成员KPI达成率（各KPI项目平均）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appraisal has a total yet</source>
        <translation>还没有考核得出总分</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only the team lead sees the charts of the whole team; your own appraisal is on the Appraisals tab.</source>
        <translation>只有团队负责人可以查看全队的图表；您本人的考核请在“绩效考核”标签页查看。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a cycle.</source>
        <translation>请选择考核周期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Achieved</source>
        <translation>达成率</translation>
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
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/reviews/comments_dialog.py" line="+56"/>
        <source>On the passage: “%1”</source>
        <translation>针对原文：“%1”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write something first: the author reads it.</source>
        <translation>请先填写内容：作者会根据它修改。</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/reviews/comments_panel.py" line="+54"/>
        <source>%1 at %2, %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply: %1</source>
        <translation>作者回复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passage is no longer in the latest version.</source>
        <translation>最新版本中已找不到所指的原文。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Mark Addressed…</source>
        <translation>标记已处理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the author: say the comment is dealt with</source>
        <translation>作者：说明该意见已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>确认解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the reviewer: the answer settles it</source>
        <translation>审核人：作者的处理已解决该意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the reviewer: the answer does not settle it</source>
        <translation>审核人：作者的处理尚未解决该意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back a comment you raised</source>
        <translation>撤回您提出的意见</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;Comments&lt;/b&gt; — %1 not resolved</source>
        <translation>&lt;b&gt;审核意见&lt;/b&gt; — %1 条未解决</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark the comment addressed</source>
        <translation>标记意见已处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did you change? (optional; the reviewer reads it)</source>
        <translation>您做了哪些修改？（选填，审核人会看到）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reopen the comment</source>
        <translation>重新打开意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the comment not settled? (optional; the author reads it)</source>
        <translation>为什么该意见尚未解决？（选填，作者会看到）</translation>
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
        <location filename="../../ui/training/courses.py" line="+39"/>
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
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted courses, sessions and plans; restore here</source>
        <translation>已删除的课程、场次和计划，可在此恢复</translation>
    </message>
    <message>
        <location line="+46"/>
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
    <name>DraftPane</name>
    <message>
        <location filename="../../ui/reviews/review_screen_draft.py" line="-79"/>
        <source>Select words in the text, then “Comment on Selection…” to point at them.</source>
        <translation>在文中选中文字，再点“对选中文字提意见…”，意见即指向该处。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy (version %1)</source>
        <translation>正文（第 %1 版）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>正文</translation>
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
    <name>HitsPanel</name>
    <message>
        <location filename="../../ui/reviews/review_screen_panels.py" line="+169"/>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance: keep this wording, with a written reason (recorded)</source>
        <translation>合规：保留该用语，须填写理由（留存记录）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Advertising Law&lt;/b&gt; — no hits</source>
        <translation>&lt;b&gt;广告法检查&lt;/b&gt; — 未发现问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Advertising Law&lt;/b&gt; — %1 hit(s), %2 blocking</source>
        <translation>&lt;b&gt;广告法检查&lt;/b&gt; — %1 处命中，其中 %2 处禁止</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../ui/appraisal/interview_form.py" line="+72"/>
        <source>What was decided, e.g. a 10% bonus</source>
        <translation>决定的具体内容，如奖金上浮10%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held on / decision:</source>
        <translation>面谈日期／奖惩：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths:</source>
        <translation>优点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To improve:</source>
        <translation>不足与改进方向：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>改进行动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new action of the plan</source>
        <translation>新增一项改进行动</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Done / Open</source>
        <translation>完成／未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Development plan</source>
        <translation>个人发展计划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>or a topic when no course fits</source>
        <translation>或填写培训主题（无合适课程时）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no course)</source>
        <translation>（不选课程）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (still due)</source>
        <translation>%1（待完成必修）</translation>
    </message>
</context>
<context>
    <name>ItemsPreviewDialog</name>
    <message>
        <location filename="../../ui/appraisal/items_exchange.py" line="+72"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../../ui/appraisal/items_table.py" line="+45"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self (1–5)</source>
        <translation>自评(1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead (1–5)</source>
        <translation>上级评分(1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>说明/评语</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Scored from %1% achieved, capped at %2 points</source>
        <translation>达成率 %1% 起计分，封顶 %2 分</translation>
    </message>
</context>
<context>
    <name>KpiChartsTab</name>
    <message>
        <location filename="../../ui/kpi/charts_tab.py" line="+49"/>
        <source>No figures for this KPI in these periods yet.</source>
        <translation>该指标在这些期间还没有数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPI:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · %2 · threshold ±%3%</source>
        <translation>%1 · %2 · 偏差阈值 ±%3%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1%2: target and actual</source>
        <translation>%1%2：目标与实际</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Achievement over the periods</source>
        <translation>完成率趋势</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievement</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%2: against the same period last year</source>
        <translation>%1%2：与去年同期对比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: target %2, actual %3, achievement %4; same period last year %5 (%6).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：目标 %2，实际 %3，完成率 %4；去年同期 %5（%6）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change %1</source>
        <translation>同比 %1</translation>
    </message>
</context>
<context>
    <name>KpiDefinitionsTab</name>
    <message>
        <location filename="../../ui/kpi/definitions_tab.py" line="+36"/>
        <source>Show KPIs not in use</source>
        <translation>显示已停用的指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New KPI…</source>
        <translation>新增指标…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KPI Definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed how</source>
        <translation>取值方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combined by</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Threshold</source>
        <translation>偏差阈值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n KPI(s)</source>
        <translation>
            <numerusform>共 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Built-in KPIs are not deleted: switch off “In use” instead</source>
        <translation>内置指标不能删除；如不再使用，请在编辑中取消“启用”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Moved “%1” to the trash.</source>
        <translation>已将“%1”移到回收站。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <location filename="../../ui/kpi/kpi_dialog.py" line="+41"/>
        <source>Edit KPI</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New KPI</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How a quarter follows from its months, and a year from its quarters</source>
        <translation>季度如何由各月汇总、年度如何由各季度汇总</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed from two other KPIs</source>
        <translation>由另外两项指标自动计算</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>100 gives a percentage</source>
        <translation>乘以 100 即为百分比</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A deviation from the target beyond this asks for a cause and an action</source>
        <translation>与目标的偏差超过此值时，需要填写原因和改进措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>指标名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combined by:</source>
        <translation>汇总方式：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numerator ÷ denominator:</source>
        <translation>分子 ÷ 分母：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deviation threshold:</source>
        <translation>偏差阈值：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A built-in KPI keeps its formula</source>
        <translation>内置指标的计算公式不能修改</translation>
    </message>
    <message>
        <location line="+61"/>
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
    <name>KpiGoalDialog</name>
    <message>
        <location filename="../../ui/kpi/goal_dialog.py" line="+46"/>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New SMART goal</source>
        <translation>新增 SMART 目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Raise the repurchase rate to 30% in 2026</source>
        <translation>如：2026年复购率达到30%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where it stands now (optional)</source>
        <translation>当前水平（可不填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2026, 2026-Q4, 2026-11 or 2026-W05; empty: the deadline’s year</source>
        <translation>如 2026、2026-Q4、2026-11 或 2026-W05；留空则为截止日期所在年度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The strategy, campaign or product it serves</source>
        <translation>该目标服务的战略、项目或产品</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal (specific):</source>
        <translation>目标描述（具体）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured by:</source>
        <translation>衡量指标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target value:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline:</source>
        <translation>基线值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured over:</source>
        <translation>衡量期间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serves:</source>
        <translation>对应战略/项目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>KpiGoalsTab</name>
    <message>
        <location filename="../../ui/kpi/goals_tab.py" line="+89"/>
        <source>New Goal…</source>
        <translation>新增目标…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMART Goals</source>
        <translation>SMART 目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal</source>
        <translation>目标描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured by</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured over</source>
        <translation>衡量期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Serves</source>
        <translation>对应战略/项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n goal(s)</source>
        <translation>
            <numerusform>共 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 achieved</source>
        <translation>，已达成 %1 个</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Moved the goal “%1” to the trash.</source>
        <translation>已将目标“%1”移到回收站。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>KpiOverviewTab</name>
    <message>
        <location filename="../../ui/kpi/overview.py" line="+53"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only KPIs with figures</source>
        <translation>只看有数据的指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter Figures…</source>
        <translation>录入数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or double-click a target or an actual in the table</source>
        <translation>也可以在表格中双击目标值或实际值直接修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Platform Report…</source>
        <translation>导入平台报表…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deviation: cause and action</source>
        <translation>偏差说明：原因与改进措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why did the actual differ from the target?</source>
        <translation>实际值为什么偏离目标？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What will be done about it, by whom?</source>
        <translation>将采取什么措施，由谁负责？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Explanation</source>
        <translation>保存说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause:</source>
        <translation>偏差原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 KPIs, %3 with a target, %4 met; %5 deviations beyond their threshold, &lt;b&gt;%6 to explain&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：共 %2 项指标，%3 项有目标，%4 项达标；%5 项偏差超出阈值，&lt;b&gt;%6 项待说明&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a KPI in the table.</source>
        <translation>请在表格中选择一项指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 Say why, and what will be done about it.</source>
        <translation>%1：%2请说明原因及改进措施。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no achievement yet; it needs a target and an actual.</source>
        <translation>%1：尚无完成率，需要同时有目标值和实际值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: within its threshold (±%2%); nothing to explain.</source>
        <translation>%1：偏差在阈值（±%2%）以内，无需说明。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Moved the figures of “%1” for %2 to the trash.</source>
        <translation>已将“%1”在 %2 的数据移到回收站。</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../ui/kpi/page.py" line="+69"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Platform Report…</source>
        <translation>导入平台报表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actuals from a daily report exported by an ad or shop back-end (.xlsx)</source>
        <translation>从广告或店铺后台导出的日报（.xlsx）导入实际值</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>KPI</source>
        <translation>KPI 指标</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+42"/>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Import Platform Report</source>
        <translation>导入平台报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <location filename="../../ui/kpi/value_dialog.py" line="+38"/>
        <source>KPI figures</source>
        <translation>指标数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Target%1:</source>
        <translation>目标值%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual%1:</source>
        <translation>实际值%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause of the deviation:</source>
        <translation>偏差原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>改进措施：</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Combined from its parts: %1</source>
        <translation>由各组成期间汇总：%1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Computed: %1 = %2</source>
        <translation>自动计算：%1 = %2</translation>
    </message>
</context>
<context>
    <name>LevelTable</name>
    <message>
        <location filename="../../ui/reviews/chain_table.py" line="+47"/>
        <source>Level</source>
        <translation>级别名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name reviewers and authors see, e.g. 初审</source>
        <translation>审核人和作者看到的名称，例如“初审”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>签核角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One member holding this role approves the level</source>
        <translation>由一名具有该角色的成员审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not by authors</source>
        <translation>作者回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separation of duties: nobody signs this level on content they wrote</source>
        <translation>职责分离：参与撰写的成员不得签核此级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording edits</source>
        <translation>改文字需重审</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An edit of the wording after approval voids it</source>
        <translation>通过后修改文字，本级别须重新审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment edits</source>
        <translation>改附件需重审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or changed images, videos or files after approval void it</source>
        <translation>通过后新增或更换图片、视频、文件，本级别须重新审核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout edits</source>
        <translation>改排版需重审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces, line breaks or punctuation changed after approval void it</source>
        <translation>通过后仅改空格、换行或标点，本级别也须重新审核</translation>
    </message>
</context>
<context>
    <name>LevelsTable</name>
    <message>
        <location filename="../../ui/reviews/review_screen_panels.py" line="-121"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by role</source>
        <translation>签核角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../ui/appraisal/list_tab.py" line="+38"/>
        <source>Member</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPIs achieved (avg.)</source>
        <translation>KPI平均达成率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interview</source>
        <translation>面谈日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reward or penalty</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n appraisal(s)</source>
        <translation>
            <numerusform>共 %n 份考核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+145"/>
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
    <name>MeasureModel</name>
    <message>
        <location filename="../../ui/kpi/measure_model.py" line="+34"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Achievement</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Computed: %1</source>
        <translation>自动计算：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deviation threshold: ±%1%</source>
        <translation>偏差阈值：±%1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Combined from the parts of %1 (%2); typing a figure sets the period’s own.</source>
        <translation>由 %1 的各组成期间汇总（%2）；在此输入将设定该期间自己的数值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computed from its parts, never typed: %1</source>
        <translation>由组成指标自动计算，不可手工录入：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not every part of the period has an actual yet.</source>
        <translation>该期间尚有部分时段没有实际值。</translation>
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
    <name>PackageLevelsDialog</name>
    <message>
        <location filename="../../ui/reviews/package_export.py" line="+26"/>
        <source>Export Review Package</source>
        <translation>导出审核包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a reviewer who does not share this database: the drafts waiting at the levels you tick, with their comments, in one Excel workbook. The reviewer fills in decisions and comments and sends it back; import it with “Import Review Package…”.</source>
        <translation>供不使用本数据库的审核人使用：把所勾选级别的待审稿件及其意见导出为一个 Excel 工作簿。审核人填写决定和意见后寄回，再通过“导入审核包…”导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items waiting at:</source>
        <translation>导出以下级别的待审事项：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next…</source>
        <translation>下一步…</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <location filename="../../ui/reviews/package_preview.py" line="+64"/>
        <source>Import Review Package</source>
        <translation>导入审核包</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>选题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>To apply (%n)</source>
        <translation>
            <numerusform>将应用（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Conflicts, not applied (%n)</source>
        <translation>
            <numerusform>冲突，不应用（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Errors (%n)</source>
        <translation>
            <numerusform>错误（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the rows in error and import the rest</source>
        <translation>跳过有错误的行，导入其余内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1”: </source>
        <translation>“%1”：</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) to apply, </source>
        <translation>
            <numerusform>%n 项更改将应用，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s) that will not be applied, </source>
        <translation>
            <numerusform>%n 项冲突不会应用，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) in error. </source>
        <translation>
            <numerusform>%n 行有错误。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet.</source>
        <translation>目前尚未写入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>%1, row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Decision at %1: %2</source>
        <translation>「%1」决定：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New comment</source>
        <translation>新意见</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the author&apos;s answer</source>
        <translation>确认意见已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the comment</source>
        <translation>重新打开意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the comment</source>
        <translation>撤回意见</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, column “%1”</source>
        <translation>「%1」列</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the rows in error in the workbook, or tick the box to skip them</source>
        <translation>请在工作簿中改正有错误的行，或勾选下方选项跳过这些行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing the review package…</source>
        <translation>正在导入审核包…</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/reviews/exports.py" line="+72"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the days…</source>
        <translation>自选日期…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>all time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
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
    <message>
        <location line="+24"/>
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
        <location filename="../../ui/training/plans.py" line="+52"/>
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
    <name>PlatformDialog</name>
    <message>
        <location filename="../../ui/kpi/platform_dialog.py" line="+75"/>
        <source>Import platform report “%1”</source>
        <translation>导入平台报表“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/platform_parts.py" line="+90"/>
        <source>Columns and the KPI each one fills</source>
        <translation>报表各列及其对应的指标</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/platform_dialog.py" line="+14"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Combine the days into:</source>
        <translation>按天汇总为：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actuals of:</source>
        <translation>实际值归属：</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/platform_parts.py" line="-49"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days in the file</source>
        <translation>文件中的天数</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Saved now</source>
        <translation>当前已有值</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only part of the period is in the report; its total would replace the actual saved now.</source>
        <translation>报表只包含该期间的一部分，其合计将替换当前已保存的实际值。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (period not complete)</source>
        <translation>（期间未满）</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/platform_dialog.py" line="+40"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” has no date column; it is previewed as an import sheet.</source>
        <translation>“%1”没有日期列，已按普通导入表预览。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, sheet “%2” — nothing is written until you click Import.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，工作表“%2”——点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report has no figures for the KPIs chosen.</source>
        <translation>报表中没有所选指标的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import saves %1 actual(s). Careful: %2 cover only part of their period and would replace an actual saved for the whole of it (in red); check the dates the report was exported for.</source>
        <translation>导入将保存 %1 个实际值。请注意：其中 %2 个只覆盖期间的一部分，却会替换该期间已保存的整期实际值（红色标出）；请核对报表导出的日期范围。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import saves %1 actual(s); %2 replace an actual saved before.</source>
        <translation>导入将保存 %1 个实际值，其中 %2 个将替换已有的值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import saves %1 actual(s).</source>
        <translation>导入将保存 %1 个实际值。</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/platform_parts.py" line="+69"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>computed by the app</source>
        <translation>由系统自动计算</translation>
    </message>
    <message>
        <location filename="../../ui/kpi/platform_dialog.py" line="+42"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1 actual(s) from “%2”.</source>
        <translation>已从“%2”保存 %1 个实际值。</translation>
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
    <message>
        <location line="+3"/>
        <source>%n error(s). Correct them in Excel (Save Annotated Copy… marks them) and import the file again, or tick “Skip rows with errors”.</source>
        <translation>有 %n 处错误。请在 Excel 中更正（“保存标注副本…”会标出它们）后重新导入，或勾选“跳过出错的行”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to import: every row is unchanged or in error.</source>
        <translation>没有可导入的内容：每一行都未变或有错误。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n conflict(s): changed here since the export. Tick “Take the file’s” where the file is right; the others keep what is here.</source>
        <translation>%n 处冲突：导出后本机也修改过这些记录。文件正确的请勾选“采用文件数据”，其余保留本机数据。</translation>
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
    <name>ReviewQueue</name>
    <message>
        <location filename="../../ui/reviews/queue_models.py" line="+29"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n minute(s)</source>
        <translation>%n 分钟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You wrote part of it: another member signs this level</source>
        <translation>您参与了撰写：本级别须由其他成员签核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You signed another level of this submission</source>
        <translation>您已签核本次送审的其他级别</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+62"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+114"/>
        <source>Level</source>
        <translation>审核级别</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+75"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Open comments</source>
        <translation>未解决意见</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edited since it was submitted</source>
        <translation>送审后又有修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 signs this level</source>
        <translation>本级别由%1签核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted %1</source>
        <translation>送审时间 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For me to address</source>
        <translation>待我处理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For the reviewer to check</source>
        <translation>待审核人确认</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Address the comments</source>
        <translation>处理审核意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revise and resubmit</source>
        <translation>修改后重新送审</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for review</source>
        <translation>送审</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to publish</source>
        <translation>可以发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the reviewers</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items waiting</source>
        <translation>待审</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Median hours to decide</source>
        <translation>决定用时中位数（小时）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comments open</source>
        <translation>未解决意见</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comments resolved</source>
        <translation>已解决意见</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Median hours to resolve</source>
        <translation>解决用时中位数（小时）</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/reviews/review_screen_panels.py" line="-32"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved (carried over)</source>
        <translation>已通过（沿用上一轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wording</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suggested wording</source>
        <translation>建议改写</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/review_screen.py" line="+83"/>
        <source>Draft</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since Last Round</source>
        <translation>本轮修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Review levels&lt;/b&gt;</source>
        <translation>&lt;b&gt;审核流程&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comment on Selection…</source>
        <translation>对选中文字提意见…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Draft…</source>
        <translation>编辑稿件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Submit</source>
        <translation>送审</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Move to %1</source>
        <translation>移到「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request Changes…</source>
        <translation>要求修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This topic was deleted meanwhile.</source>
        <translation>该选题已被他人删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review — %1</source>
        <translation>审核 — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resubmit</source>
        <translation>重新送审</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/review_screen_steps.py" line="+59"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change? (required; followed until resolved)</source>
        <translation>作者需要修改什么？（必填，将跟踪至解决）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the draft rejected? (required; a resubmission starts again at the first level)</source>
        <translation>驳回的原因是什么？（必填；重新送审后将从第一级重新审核）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The screen now shows the item as it is.</source>
        <translation>界面已刷新为该稿件的最新状态。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comment</source>
        <translation>提意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment (it stays open until the author addresses it and you accept):</source>
        <translation>您的意见（作者处理并经您确认后才算解决）：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Moved “%1” to %2.</source>
        <translation>已将“%1”移到「%2」。</translation>
    </message>
    <message>
        <location filename="../../ui/reviews/review_screen_hints.py" line="+29"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>round %1, version %2</source>
        <translation>第 %1 轮，第 %2 版</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The draft is being written; submit it for review.</source>
        <translation>稿件撰写中，写好后请送审。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting at %1 (signed by a %2).</source>
        <translation>等待「%1」审核（由%2签核）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You sign %1: approve, request changes or reject.</source>
        <translation>由您签核「%1」：请选择通过、要求修改或驳回。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before approving: %1</source>
        <translation>通过前：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 asked for changes: address the comments, edit the draft and resubmit; it returns to %1.</source>
        <translation>「%1」要求修改：请处理意见、修改稿件后重新送审，稿件将回到「%1」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 rejected the draft: revise it and resubmit; it starts again at the first level.</source>
        <translation>「%1」已驳回：请修改后重新送审，将从第一级重新审核。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every level approved: the item can move to %1.</source>
        <translation>各级均已通过，可以移到「%1」。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not submitted yet: submit the latest version.</source>
        <translation>尚未送审：请送审最新版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved %1 of “%2”.</source>
        <translation>已通过“%2”的「%1」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested changes at %1 of “%2”.</source>
        <translation>已在「%1」将“%2”退回修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected “%2” at %1.</source>
        <translation>已在「%1」驳回“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted “%1”; it waits at %2.</source>
        <translation>已送审“%1”，等待「%2」审核。</translation>
    </message>
</context>
<context>
    <name>ReviewTools</name>
    <message>
        <location filename="../../ui/reviews/tools.py" line="+49"/>
        <source>Review Chain…</source>
        <translation>审核链设置…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Levels, who signs them, re-review rule</source>
        <translation>审核级别、签核角色和重审规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ad-Law Word Lists…</source>
        <translation>广告法词库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Advertising-Law words the checker flags, the team&apos;s own, and a try box</source>
        <translation>广告法检查使用的词语、团队自己的词库，以及“试一试”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review Metrics…</source>
        <translation>导出审核指标…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting, time to decide, comments, per reviewer and level, to Excel</source>
        <translation>按审核人和级别统计待审数、决定用时和意见，导出到 Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review History…</source>
        <translation>导出审核历史…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every submission, decision, comment and waiver, to Excel (self-audit)</source>
        <translation>每次送审、决定、意见和豁免，导出到 Excel（合规自查）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review Package…</source>
        <translation>导出审核包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waiting drafts in a workbook for a reviewer who works elsewhere</source>
        <translation>把待审稿件导出为工作簿，供不在本库工作的审核人审核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Review Package…</source>
        <translation>导入审核包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the decisions and comments of a returned package, then import</source>
        <translation>预览寄回的审核包中的决定和意见，确认后导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review metrics, history or a review package</source>
        <translation>审核指标、审核历史或审核包</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export Review Metrics</source>
        <translation>导出审核指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions made and comments raised in the period count; what waits and what is open is counted as of now.</source>
        <translation>统计该时间范围内做出的决定和提出的意见；待审数和未解决意见按当前情况统计。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review metrics</source>
        <translation>审核指标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Review History</source>
        <translation>导出审核历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every submission, decision, comment, resolution and waiver recorded in the period, for a compliance self-audit.</source>
        <translation>导出该时间范围内的每次送审、决定、意见、解决和豁免记录，用于合规自查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review history</source>
        <translation>审核历史</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+36"/>
        <source>Writing “%1”…</source>
        <translation>正在写入“%1”…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is waiting for review, so there is nothing to send.</source>
        <translation>目前没有待审事项，无需导出审核包。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review package %1 %2.xlsx</source>
        <translation>审核包 %1 %2.xlsx</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n item(s) saved in “%1”.</source>
        <translation>
            <numerusform>已将 %n 项保存到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Review Package</source>
        <translation>导入审核包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (%1);;All files (*)</source>
        <translation>Excel 工作簿 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReviewWordList</name>
    <message>
        <location filename="../../ui/reviews/wordlist_models.py" line="+32"/>
        <source>Every channel</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team</source>
        <translation>团队词库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 list</source>
        <translation>%1词库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in</source>
        <translation>内置词库</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <location line="+22"/>
        <source>Platform</source>
        <translation>适用平台</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+31"/>
        <source>Suggested wording</source>
        <translation>建议改写</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+31"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+22"/>
        <source>In use</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Harmless phrase</source>
        <translation>白名单用语</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/reviews/page.py" line="+75"/>
        <source>Open Review…</source>
        <translation>打开审核…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected item (Enter or double-click)</source>
        <translation>打开选中的稿件（回车或双击）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything waiting</source>
        <translation>全部待审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every item waiting at any level, not only mine</source>
        <translation>显示所有级别的待审稿件，而不只是我的</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Times are in hours: from an item reaching a level to the decision, and from a comment being raised to the reviewer accepting the answer.</source>
        <translation>时间单位为小时：决定用时从稿件到达该级别算起至做出决定；解决用时从提出意见算起至审核人确认解决。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for Me</source>
        <translation>待我审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Drafts</source>
        <translation>我的稿件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Metrics</source>
        <translation>审核统计</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Review Queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose who you are (File › Switch User…)</source>
        <translation>请先选择您的身份（文件 › 切换用户…）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting now: %1</source>
        <translation>当前待审：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing waits for you now.</source>
        <translation>目前没有等待您审核的稿件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for Me (%1)</source>
        <translation>待我审核（%1）</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/training/records.py" line="+34"/>
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
    <name>ScaleTable</name>
    <message>
        <location filename="../../ui/appraisal/template_tables.py" line="-21"/>
        <source>Rating</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>说明</translation>
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
    <message>
        <location filename="../../ui/training/models.py" line="-52"/>
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
        <location filename="../../ui/training/sessions.py" line="+52"/>
        <source>New session…</source>
        <translation>新建场次…</translation>
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
        <location line="+27"/>
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
    <name>SheetsPreviewDialog</name>
    <message>
        <location filename="../../ui/appraisal/sheets_dialog.py" line="+68"/>
        <source>Import Appraisal Sheets “%1”</source>
        <translation>导入考核表“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — changed here too: the app&apos;s value stays</source>
        <translation>%1 —— 程序中也已修改：保留程序中的值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total and grade (computed)</source>
        <translation>总分及等级（自动计算）</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>共 %n 处修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> for %n member(s).</source>
        <translation>
            <numerusform>，涉及 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the problems below in the file and import it again; nothing is imported while there are any.</source>
        <translation>请先在文件中修正下列问题后重新导入；存在问题时不会导入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no changes: nothing to import.</source>
        <translation>文件中没有修改，无需导入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %n change(s) from “%1”.</source>
        <translation>
            <numerusform>已从“%1”导入 %n 处修改。</numerusform>
        </translation>
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
    <name>StartCycleDialog</name>
    <message>
        <location filename="../../ui/appraisal/start_dialog.py" line="+45"/>
        <source>Start Appraisal Cycle</source>
        <translation>发起绩效考核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(default: “2026年第四季度绩效考核”)</source>
        <translation>（默认：“2026年第四季度绩效考核”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Cycle</source>
        <translation>发起考核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period (quarter, month or year):</source>
        <translation>考核期间（季度、月或年）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Has an appraisal in this cycle already</source>
        <translation>本期已有考核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No template for these roles: not appraised here</source>
        <translation>所属岗位没有考核模板，不在此考核</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone with a template has an appraisal for this period already.</source>
        <translation>有考核模板的成员本期都已有考核。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Cycle %1 started: %n appraisal(s).</source>
        <translation>
            <numerusform>已发起 %1 考核：共 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not appraised here (no template for their roles): %1</source>
        <translation>未在此考核（所属岗位没有考核模板）：%1</translation>
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
    <name>TemplatesTab</name>
    <message>
        <location filename="../../ui/appraisal/templates_tab.py" line="+60"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>考核项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI</source>
        <translation>对应指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured for</source>
        <translation>取数范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor (%)</source>
        <translation>起计达成率(%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap</source>
        <translation>得分上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is judged</source>
        <translation>评价要点/说明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add KPI Item</source>
        <translation>添加KPI项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Quality Item</source>
        <translation>添加能力态度项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rating scale of the chosen quality item</source>
        <translation>所选能力态度项目的评分标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade bands</source>
        <translation>等级划分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (no template)</source>
        <translation>%1（无模板）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Member</source>
        <translation>本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New KPI item</source>
        <translation>新KPI项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New quality item</source>
        <translation>新能力态度项目</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Weights: not all are numbers</source>
        <translation>权重：有的不是数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights add up to %1</source>
        <translation>权重合计 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (must be 100)</source>
        <translation>（必须等于 100）</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../ui/reviews/wordlist_term.py" line="+47"/>
        <source>Edit Harmless Phrase</source>
        <translation>编辑白名单用语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Harmless Phrase</source>
        <translation>添加白名单用语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Word</source>
        <translation>编辑词语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Word</source>
        <translation>添加词语</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blocking: 合规 cannot approve until it is fixed or waived; warning: a hint</source>
        <translation>禁止：修改或豁免前合规/法务不能通过；提示：仅作提醒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every channel, or only content published on one platform</source>
        <translation>适用于所有渠道，或仅适用于某个平台发布的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 《广告法》第九条第（三）项, or the platform&apos;s rule</source>
        <translation>例如《广告法》第九条第（三）项，或平台规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to write instead</source>
        <translation>建议的替代写法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 最近 — a phrase that only looks like a word of the list</source>
        <translation>例如“最近”——只是看起来像禁用词的无害用语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harmless phrase:</source>
        <translation>白名单用语：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Platform:</source>
        <translation>适用平台：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The word or phrase to flag</source>
        <translation>需要标出的词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested wording:</source>
        <translation>建议改写：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try it (as if this entry were saved)</source>
        <translation>试一试（按此条目已保存来检查）</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <location filename="../../ui/reviews/wordlist_dialog.py" line="+33"/>
        <source>Add Phrase…</source>
        <translation>添加用语…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Word…</source>
        <translation>添加词语…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Pause</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>A paused entry stays listed but is not checked</source>
        <translation>停用的条目仍保留在列表中，但检查时不使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the trash; restore it from there</source>
        <translation>移到回收站，可从回收站恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases that contain a listed word but are harmless, e.g. 最近 or 第一季度: a hit inside one of them is not flagged.</source>
        <translation>包含禁用词但本身无害的用语，例如“最近”“第一季度”：出现在这些用语中的词不会被标出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team&apos;s own words, for every channel or for one platform (e.g. what 小红书 or 抖音 restrict). They are checked along with the built-in lists.</source>
        <translation>团队自己的词语，可适用于所有渠道或某个平台（例如小红书、抖音限制的说法），与内置词库一起检查。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Built-in harmless phrases (never flagged): %1</source>
        <translation>内置白名单（不会被标出）：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Resume</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” moved to the trash.</source>
        <translation>“%1”已移到回收站。</translation>
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
        <location filename="../../ui/topics/page.py" line="+64"/>
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
        <location line="+29"/>
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
        <location filename="../../ui/training/page.py" line="+67"/>
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
    <name>TryPanel</name>
    <message>
        <location filename="../../ui/reviews/wordlist_try.py" line="+53"/>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check as for a channel: its platform&apos;s list is added to the general one</source>
        <translation>按渠道检查：在通用词库之外加上该平台的词库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type or paste a sentence, e.g. 全网最低价，国家级品质</source>
        <translation>输入或粘贴一段文字，例如：全网最低价，国家级品质</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>命中词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested wording</source>
        <translation>建议改写</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check as for:</source>
        <translation>检查渠道：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every channel (general list)</source>
        <translation>所有渠道（通用词库）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Type a sentence to see what the checker flags.</source>
        <translation>输入一段文字，查看会被标出的词语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing flagged.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hit(s) found, </source>
        <translation>
            <numerusform>发现 %n 处，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking.</source>
        <translation>
            <numerusform>其中 %n 处为禁止用语。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../ui/reviews/waiver_dialog.py" line="+45"/>
        <source>Waive an Advertising-Law hit</source>
        <translation>豁免广告法禁用词</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The wording stays as written. Say why it is lawful here (for example, the claim is proven by a certificate on file); the reason is recorded in the review history.</source>
        <translation>该用语将保持原样。请说明在此处使用为何合法（例如已有证书等证明材料存档）；理由将记入审核记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wording:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested:</source>
        <translation>建议改写：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for keeping this wording (required)</source>
        <translation>保留该用语的理由（必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waive</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <location filename="../../ui/whoami_dialog.py" line="+39"/>
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
    <name>WordListDialog</name>
    <message>
        <location filename="../../ui/reviews/wordlist_dialog.py" line="+17"/>
        <source>Advertising-Law Word Lists</source>
        <translation>广告法词库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the team lead or a compliance reviewer edits the team&apos;s lists; you can look at them here.</source>
        <translation>只有团队负责人或合规/法务审核人可以修改团队词库；您可以在此查看。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built-in</source>
        <translation>内置词库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team Words</source>
        <translation>团队词库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harmless Phrases</source>
        <translation>白名单</translation>
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
    <name>appraisal</name>
    <message>
        <location filename="../../ui/appraisal/text.py" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI</source>
        <translation>业绩指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence</source>
        <translation>能力态度</translation>
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
    <message>
        <location line="+126"/>
        <source>+%n more…</source>
        <translation>还有 %n 条…</translation>
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
    <name>kpi</name>
    <message>
        <location filename="../../ui/kpi/text.py" line="+114"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain the deviation</source>
        <translation>待说明偏差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explained</source>
        <translation>已说明</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>worse than the target</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better than the target</source>
        <translation>优于目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The actual is %1 above the target</source>
        <translation>实际值比目标高 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actual is %1 below the target</source>
        <translation>实际值比目标低 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The actual deviates from the target</source>
        <translation>实际值偏离目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 (%3, threshold ±%4%).</source>
        <translation>%1，%2（%3，阈值 ±%4%）。</translation>
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
    <message>
        <location line="+1"/>
        <source>Every %n month(s)</source>
        <translation>每 %n 个月</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired %n day(s) ago</source>
        <translation>已过期 %n 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires in %n day(s)</source>
        <translation>%n 天后到期</translation>
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
