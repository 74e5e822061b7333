"""The wording of the review's messages, labels and errors, in English and Chinese (R-5.4)."""

from __future__ import annotations

from typing import Any

from models import messages
from models.errors import PermissionDenied, ValidationError, WorkflowError
from models.team import Role, role_label

messages.register_fields(
    {
        "level_name": ("Review level", "审核级别"),
        "role": ("Role", "角色"),
        "comment": ("Comment", "审核意见"),
        "reason": ("Reason", "理由"),
        "term": ("Word", "词语"),
        "category": ("Category", "类别"),
        "severity": ("Severity", "严重程度"),
        "basis": ("Legal basis", "法律依据"),
        "suggestion": ("Suggested wording", "建议改写"),
        "platform": ("Platform", "平台"),
        "passage": ("Passage", "原文位置"),
        "decision": ("Decision", "审核决定"),
        "reviewer": ("Reviewer", "审核人"),
    }
)

messages.register(
    {
        # labels
        "review_status_none": ("Not submitted", "未送审"),
        "review_status_open": ("Waiting at {level}", "待「{level}」审核"),
        "review_status_approved": ("Approved", "审核通过"),
        "review_status_changes": ("Changes requested at {level}", "「{level}」退回修改"),
        "review_status_rejected": ("Rejected at {level}", "「{level}」已驳回"),
        "review_state_none": ("not submitted", "未送审"),
        "review_state_open": ("in review", "审核中"),
        "review_state_approved": ("approved", "已通过"),
        "review_state_changes": ("changes requested", "已退回修改"),
        "review_state_rejected": ("rejected", "已驳回"),
        "review_state_superseded": ("replaced by a newer submission", "已被新的送审取代"),
        "review_decision_approve": ("Approve", "通过"),
        "review_decision_changes": ("Request changes", "退回修改"),
        "review_decision_reject": ("Reject", "驳回"),
        "comment_status_open": ("Open", "待处理"),
        "comment_status_addressed": ("Addressed, to be checked", "已修改，待确认"),
        "comment_status_resolved": ("Resolved", "已解决"),
        "comment_status_withdrawn": ("Withdrawn", "已撤回"),
        "review_policy_all": ("All levels sign again", "所有级别重新审核"),
        "review_policy_invalidated": (
            "Only from the first level whose approval the edit voids",
            "仅从修改影响到的第一个级别起重新审核",
        ),
        "review_change_text": ("wording", "文字"),
        "review_change_attachments": ("attachments", "附件"),
        "review_change_layout": ("layout only", "仅排版"),
        "adlaw_cat_absolute": ("Absolute claim", "绝对化用语"),
        "adlaw_cat_unprovable": ("Unprovable claim", "无法证实的承诺"),
        "adlaw_cat_medical": ("Medical claim", "医疗用语"),
        "adlaw_cat_inducement": ("Inducement to buy", "诱导购买"),
        "adlaw_cat_sharing": ("Induced sharing or interaction", "诱导分享/互动"),
        "adlaw_cat_diversion": ("Sending users off the platform", "站外引流"),
        "adlaw_sev_blocking": ("Blocking", "禁止"),
        "adlaw_sev_warning": ("Warning", "提示"),
        "adlaw_field_title": ("Title", "标题"),
        "adlaw_field_body": ("Copy", "正文"),
        "adlaw_field_hashtags": ("Hashtags", "话题标签"),
        # errors
        "review_lead_only": (
            "Only the team lead may change the review chain or its settings.",
            "只有团队负责人可以修改审核流程及其设置。",
        ),
        "review_level_duplicate": (
            "{field}: “{value}” appears twice in the chain; give each level its own name.",
            "「{field}」：“{value}”在流程中重复出现，请为每个级别取不同的名称。",
        ),
        "review_level_role": (
            "{field}: “{value}” is not a role of the team.",
            "「{field}」：“{value}”不是团队中的角色。",
        ),
        "review_bad_scope": (
            "“{value}” is neither the default chain, a content form nor a channel.",
            "“{value}”既不是默认流程，也不是内容形式或渠道。",
        ),
        "review_chain_empty": (
            "The default chain needs at least one level.",
            "默认审核流程至少需要一个级别。",
        ),
        "review_bad_policy": (
            "“{value}” is not a re-review policy.",
            "“{value}”不是有效的重审规则。",
        ),
        "review_actor_unknown": (
            "Choose who you are (Settings › Me) before reviewing; members who left cannot review.",
            "请先在“设置 › 我是谁”中选择您的身份再审核；已离职的成员不能审核。",
        ),
        "review_role_required": (
            "{level} is signed by a {role}; you do not hold that role.",
            "「{level}」须由{role}签核，您没有该角色。",
        ),
        "review_own_content": (
            "You wrote part of this content, so you may not sign {level} on it (separation of "
            "duties); another member with the role signs it.",
            "您参与撰写了该内容，因此不能签核其「{level}」（职责分离），请由具有该角色的其他成员审核。",
        ),
        "review_one_level": (
            "You already signed {other} of this submission; one member signs one level, so "
            "{level} needs another member.",
            "您已签核本次送审的「{other}」；每人只能签核一个级别，「{level}」须由其他成员审核。",
        ),
        "review_submit_stage": (
            "Only a topic at 撰写 or 审核 can be sent to review (this one is at {stage}).",
            "只有处于「撰写」或「审核」阶段的选题才能送审（该选题处于「{stage}」）。",
        ),
        "review_already_submitted": (
            "Version {number} is already in review; save a new version to submit again.",
            "第 {number} 版已在审核中；如需重新送审，请先保存新版本。",
        ),
        "review_not_in_review": (
            "The topic is not at 审核, so it cannot be reviewed now.",
            "该选题不在「审核」阶段，现在不能审核。",
        ),
        "review_not_waiting": (
            "Nothing of this topic is waiting for review (status: {status}).",
            "该选题当前没有待审核的内容（状态：{status}）。",
        ),
        "review_draft_changed": (
            "The draft changed since you opened it (you saw version {seen}, it is now version "
            "{now}); look at the new version before deciding.",
            "您打开后稿件已被修改（您看到的是第 {seen} 版，现在是第 {now} 版），"
            "请查看新版本后再审核。",
        ),
        "review_level_moved": (
            "{level} is no longer the level waiting (now: {now}); someone decided meanwhile.",
            "「{level}」已不是当前待审级别（现在是「{now}」），已有人在此期间做出决定。",
        ),
        "review_comment_required": (
            "Write a comment: requesting changes or rejecting needs a reason the author can "
            "act on.",
            "请填写审核意见：退回修改或驳回时须说明原因，便于作者修改。",
        ),
        "review_comments_open": (
            "{count} comment(s) at this level are still open; the author addresses them and "
            "the reviewer accepts them before approving.",
            "本级别还有 {count} 条意见未解决；须作者处理并经审核人确认后才能通过。",
        ),
        "review_blocking_hits": (
            "{count} blocking Advertising-Law hit(s) remain ({terms}); fix the wording or waive "
            "each hit with a written reason before approving.",
            "仍有 {count} 处广告法禁用词（{terms}）；请修改文字，或逐条填写理由豁免后再通过。",
        ),
        "review_needs_member": (
            "Only a member of the team can do this; choose who you are first.",
            "只有团队成员可以执行此操作，请先选择您的身份。",
        ),
        "comment_passage_bad": (
            "The passage {start}–{end} is outside version {number} of the draft.",
            "位置 {start}–{end} 超出了第 {number} 版稿件的范围。",
        ),
        "comment_not_reviewer": (
            "Only a member holding a role of the review chain may raise review comments.",
            "只有具有审核流程中某一角色的成员才能提出审核意见。",
        ),
        "comment_not_author": (
            "Only an author of the content (its owner or a draft's author) marks a comment "
            "addressed.",
            "只有内容的作者（选题负责人或稿件作者）可以将意见标记为已处理。",
        ),
        "comment_not_signer": (
            "Only a member who may sign {level} accepts or reopens its comments.",
            "只有可以签核「{level}」的成员才能确认或重新打开该级别的意见。",
        ),
        "comment_wrong_status": (
            "The comment is {state}; this step does not apply to it now.",
            "该意见当前为「{state}」，不能执行此操作。",
        ),
        "comment_not_raiser": (
            "Only the reviewer who raised a comment withdraws it.",
            "只有提出意见的审核人可以撤回该意见。",
        ),
        "adlaw_not_compliance": (
            "Only a compliance reviewer who did not write the content waives a hit.",
            "只有未参与撰写该内容的合规/法务审核人可以豁免禁用词。",
        ),
        "adlaw_hit_gone": (
            "“{text}” is no longer in the {field}; nothing to waive.",
            "“{text}”已不在{field}中，无需豁免。",
        ),
        "adlaw_already_waived": (
            "“{text}” is already waived for this topic.",
            "该选题的“{text}”已豁免。",
        ),
        "adlaw_waiver_revoked": ("The waiver was already revoked.", "该豁免已被撤销。"),
        "adlaw_term_denied": (
            "Only the team lead or a compliance reviewer edits the word list.",
            "只有团队负责人或合规/法务审核人可以修改词库。",
        ),
        "adlaw_term_empty": (
            "{field}: “{value}” has no letters or characters left to match.",
            "「{field}」：“{value}”去掉空格和符号后没有可匹配的文字。",
        ),
        "adlaw_bad_platform": (
            "{field}: “{value}” is neither a platform with its own list nor a channel of the "
            "team ({known}); add the channel first with Topics › Forms & Channels….",
            "「{field}」：“{value}”既不是有专属词库的平台，也不是团队的渠道（{known}）；"
            "请先在“选题库 › 形式与渠道…”中添加该渠道。",
        ),
        "adlaw_bad_choice": (
            "{field}: “{value}” is not one of the choices.",
            "「{field}」：“{value}”不是可选的值。",
        ),
    }
)


# the review package's import (package_import.py)
messages.register(
    {
        "pkg_not_package": (
            "{file} is not a review package (made with Reviews › Export review package).",
            "{file} 不是审核包（请使用“审核 › 导出审核包”生成的文件）。",
        ),
        "pkg_unknown_topic": (
            "no topic has the ID “{value}” here",
            "本库中没有编号为“{value}”的选题",
        ),
        "pkg_unknown_member": (
            "no member of the team is called “{value}”",
            "团队中没有名为“{value}”的成员",
        ),
        "pkg_bad_decision": (
            "“{value}” is not a decision; write 通过, 退回修改 or 驳回",
            "“{value}”不是有效的决定，请填写“通过”“退回修改”或“驳回”",
        ),
        "pkg_bad_status": (
            "“{value}” is not a comment status; write 已解决, 待处理 or 已撤回",
            "“{value}”不是有效的意见状态，请填写“已解决”“待处理”或“已撤回”",
        ),
        "pkg_needs_comment": (
            "a decision other than 通过 needs a comment in this row",
            "选择“通过”以外的决定时，须在本行填写意见",
        ),
        "pkg_quote_not_found": (
            "the quoted passage is not in version {number} of the draft",
            "引用的原文不在第 {number} 版稿件中",
        ),
        "pkg_draft_changed": (
            "“{title}” changed since the package was made (version {old} then, {new} now); "
            "the decision was not applied — review the new version",
            "“{title}”在审核包生成后已修改（当时第 {old} 版，现在第 {new} 版），该决定未生效，"
            "请审核新版本",
        ),
        "pkg_level_moved": (
            "{level} of “{title}” was decided here meanwhile (now: {now}); the decision was "
            "not applied",
            "“{title}”的「{level}」已在本库中处理（现在：{now}），该决定未生效",
        ),
        "pkg_comment_not_addressed": (
            "the author has not marked this comment addressed here yet (it is {state}); "
            "it was left as it is",
            "作者尚未在本库中将该意见标记为已处理（当前：{state}），保持不变",
        ),
        "pkg_refused": ("{detail}", "{detail}"),
        "pkg_done": (
            "{file}: {applied} change(s) applied, {conflicts} conflict(s) not applied, "
            "{errors} row(s) in error skipped.",
            "{file}：已应用 {applied} 项，{conflicts} 项冲突未应用，跳过 {errors} 行错误。",
        ),
    }
)

_STATUS_CODES = ("none", "open", "approved", "changes", "rejected", "superseded")


def _localized(params: dict[str, Any], lang: str) -> dict[str, Any]:
    out = dict(params)
    if "role" in out:
        try:
            out["role"] = role_label(Role(str(out["role"])), lang)
        except ValueError:
            pass
    if "stage" in out:
        from models.topics.model import Stage

        out["stage"] = Stage[str(out["stage"]).upper()].label(lang)
    if "status" in out and "level" not in out and str(out["status"]) in _STATUS_CODES:
        out["status"] = messages.text(f"review_state_{out['status']}", lang)
    if "state" in out:
        out["state"] = messages.text(f"comment_status_{out['state']}", lang)
    if "field" in out and str(out["field"]) in ("title", "body", "hashtags"):
        out["field"] = messages.text(f"adlaw_field_{out['field']}", lang)
    return out


class ReviewDenied(PermissionDenied):
    """A review step the acting member may not take; role codes are worded as role names."""

    def message(self, lang: str | None = None) -> str:
        lang = messages.normalize_language(lang or messages.language())
        return messages.text(self.code, lang, **_localized(self.params, lang))


class ReviewRefused(WorkflowError):
    """A review step that does not fit the state of the review now."""

    def message(self, lang: str | None = None) -> str:
        lang = messages.normalize_language(lang or messages.language())
        return messages.text(self.code, lang, **_localized(self.params, lang))


class ReviewInvalid(ValidationError):
    """A value given to the review that breaks a rule (names the field)."""


def status_text(status: str, level: str, lang: str | None = None) -> str:
    """How a review state reads: 待「二审」审核, 审核通过 …"""
    return messages.text(f"review_status_{status}", lang, level=level)


def decision_label(decision: str, lang: str | None = None) -> str:
    return messages.text(f"review_decision_{decision}", lang)


def comment_status_label(status: str, lang: str | None = None) -> str:
    return messages.text(f"comment_status_{status}", lang)
