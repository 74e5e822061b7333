"""Tables of the review chain (R-5.4) and the Advertising-Law checker (R-2.1, R-2.2), with their
enums. The tables are created by migration step 5 (``_v5_reviews``), frozen there.
"""

from __future__ import annotations

from enum import StrEnum

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import Record, now
from models.team import Member
from models.topics.model import DraftVersion, Topic


class RoundStatus(StrEnum):
    """Where one submission of a draft version stands."""

    OPEN = "open"  # waiting at its pending level
    APPROVED = "approved"  # every level approved
    CHANGES = "changes"  # a level asked for changes; the author resubmits
    REJECTED = "rejected"  # a level rejected it; a resubmission starts again at level 1
    SUPERSEDED = "superseded"  # the draft changed; a newer round took over


class Decision(StrEnum):
    """What a reviewer decides at a level (R-5.4)."""

    APPROVE = "approve"
    CHANGES = "changes"
    REJECT = "reject"


class CommentStatus(StrEnum):
    """A review comment is followed until done (R-5.4): open → addressed → resolved."""

    OPEN = "open"  # raised, waiting for the author
    ADDRESSED = "addressed"  # the author says it is dealt with; the reviewer checks
    RESOLVED = "resolved"  # the reviewer accepted the author's answer
    WITHDRAWN = "withdrawn"  # the reviewer took it back


DONE_COMMENTS = (CommentStatus.RESOLVED.value, CommentStatus.WITHDRAWN.value)


class Policy(StrEnum):
    """What an edit after approval sends back through review (a team setting)."""

    ALL = "all"  # every level signs again, from the first
    INVALIDATED = "invalidated"  # from the first level whose approval the edit invalidates


class ChangeKind(StrEnum):
    """What an edit changed, as the re-check rules of the levels see it."""

    TEXT = "text"  # the wording (anything left after folding spaces, punctuation, width)
    ATTACHMENTS = "attachments"  # images, videos, files attached
    LAYOUT = "layout"  # only spaces, line breaks, punctuation, width or the body format


class Severity(StrEnum):
    """How an Advertising-Law hit weighs: blocking stops 合规 until fixed or waived."""

    BLOCKING = "blocking"
    WARNING = "warning"


class Category(StrEnum):
    """What kind of wording an entry of the word list catches (R-2.1, R-2.2)."""

    ABSOLUTE = "absolute"  # 广告法 第九条（三）: 国家级, 最高级, 最佳 …
    UNPROVABLE = "unprovable"  # claims that cannot be proven: 根治, 零风险, 永久 …
    MEDICAL = "medical"  # medical wording outside medical ads (第十七条)
    INDUCEMENT = "inducement"  # pressure or misleading prices to buy
    SHARING = "sharing"  # induced sharing or interaction (platform rules)
    DIVERSION = "diversion"  # sending users off the platform (platform rules)


class ContentField(StrEnum):
    """The parts of a piece of content the checker scans and comments point at."""

    TITLE = "title"
    BODY = "body"
    HASHTAGS = "hashtags"


class ReviewLevel(Record):
    """One level of a review chain: the default chain (scope ''), or one for a content form
    ('form:直播') or a channel ('channel:抖音'); levels are signed in ``position`` order."""

    id = AutoField()
    scope = CharField(max_length=40, default="")
    position = IntegerField()
    name = CharField(max_length=30)
    role = CharField(max_length=30)
    independent = BooleanField(default=True)  # nobody signs it on content they wrote
    recheck = CharField(max_length=60, default=",text,")  # ChangeKinds that void its approval

    class Meta:
        table_name = "review_level"


class ReviewSetting(Record):
    """A team setting of the review (key → value), e.g. the re-review policy."""

    id = AutoField()
    key = CharField(max_length=40, unique=True)
    value = CharField(max_length=200, default="")

    class Meta:
        table_name = "review_setting"


class ReviewRound(Record):
    """One submission of one draft version to the chain; ``level`` is the pending position
    (1-based; past the last level once approved). ``chain`` keeps the levels as JSON, so a
    later change of the configuration does not reshuffle a round in progress."""

    id = AutoField()
    topic_id: int
    draft_id: int
    previous_id: int | None
    submitted_by_id: int
    topic = ForeignKeyField(Topic, index=True, on_delete="CASCADE")
    draft = ForeignKeyField(DraftVersion, on_delete="CASCADE")
    draft_number = IntegerField()
    number = IntegerField()
    chain = TextField()
    level = IntegerField(default=1)
    status = CharField(max_length=12, default=RoundStatus.OPEN.value, index=True)
    reason = CharField(max_length=12, default="submit")
    previous = ForeignKeyField("self", null=True, on_delete="SET NULL")
    submitted_by = ForeignKeyField(Member, on_delete="RESTRICT")
    submitted_by_name = CharField(max_length=100, default="")
    submitted_at = DateTimeField(default=now, index=True)
    level_since = DateTimeField(default=now)
    closed_at = DateTimeField(null=True)

    class Meta:
        table_name = "review_round"
        indexes = ((("topic", "number"), True),)


class ReviewDecision(Record):
    """A reviewer's decision at one level of a round; an approval carried over from an
    earlier round points at the original (``carried_from``)."""

    id = AutoField()
    round_id: int
    reviewer_id: int
    carried_from_id: int | None
    round = ForeignKeyField(ReviewRound, index=True, on_delete="CASCADE")
    draft_number = IntegerField()
    level = IntegerField()
    level_name = CharField(max_length=30)
    role = CharField(max_length=30)
    reviewer = ForeignKeyField(Member, on_delete="RESTRICT")
    reviewer_name = CharField(max_length=100, default="")
    decision = CharField(max_length=10)
    comment = TextField(default="")
    arrived_at = DateTimeField(default=now)  # when the item reached this level
    decided_at = DateTimeField(default=now, index=True)
    carried_from = ForeignKeyField("self", null=True, on_delete="SET NULL")

    class Meta:
        table_name = "review_decision"


class ReviewComment(Record):
    """A review comment, optionally pointing at a passage of one draft version (or of the
    title or hashtags), followed until the reviewer accepts the author's answer (R-5.4)."""

    id = AutoField()
    topic_id: int
    round_id: int | None
    author_id: int
    addressed_by_id: int | None
    resolved_by_id: int | None
    topic = ForeignKeyField(Topic, index=True, on_delete="CASCADE")
    round = ForeignKeyField(ReviewRound, null=True, on_delete="SET NULL")
    draft_number = IntegerField(null=True)
    level_name = CharField(max_length=30, default="")
    author = ForeignKeyField(Member, on_delete="RESTRICT")
    author_name = CharField(max_length=100, default="")
    body = TextField()
    field = CharField(max_length=10, default="")  # '' general, or a ContentField
    start = IntegerField(null=True)
    end = IntegerField(null=True)
    quote = TextField(default="")
    status = CharField(max_length=10, default=CommentStatus.OPEN.value, index=True)
    raised_at = DateTimeField(default=now)
    reply = TextField(default="")
    addressed_by = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    addressed_at = DateTimeField(null=True)
    resolved_by = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    resolved_at = DateTimeField(null=True)

    class Meta:
        table_name = "review_comment"


class AdlawTerm(Record):
    """A word the team adds to the checker, for every channel or one platform; ``allow``
    entries are harmless phrases that silence a look-alike hit (R-2.1, R-2.2)."""

    id = AutoField()
    term = CharField(max_length=50)
    category = CharField(max_length=20, default=Category.ABSOLUTE.value)
    severity = CharField(max_length=10, default=Severity.WARNING.value)
    basis = CharField(max_length=200, default="")
    suggestion = CharField(max_length=200, default="")
    platform = CharField(max_length=20, default="", index=True)
    allow = BooleanField(default=False)
    active = BooleanField(default=True)

    class Meta:
        table_name = "adlaw_term"


class AdlawWaiver(Record):
    """A compliance reviewer's written waiver of one hit on a topic (audited, R-2.1).

    It covers the same wording (``matched``, folded) of the same term in the same field, so
    edits elsewhere in the text keep it; ``start``/``end``/``quote`` record where it was.
    """

    id = AutoField()
    topic_id: int
    by_id: int
    revoked_by_id: int | None
    topic = ForeignKeyField(Topic, index=True, on_delete="CASCADE")
    field = CharField(max_length=10)
    term = CharField(max_length=50)
    matched = CharField(max_length=100)
    draft_number = IntegerField(null=True)
    start = IntegerField(default=0)
    end = IntegerField(default=0)
    quote = CharField(max_length=200, default="")
    reason = TextField()
    by = ForeignKeyField(Member, on_delete="RESTRICT")
    by_name = CharField(max_length=100, default="")
    waived_at = DateTimeField(default=now)
    revoked_at = DateTimeField(null=True)
    revoked_by = ForeignKeyField(Member, null=True, on_delete="RESTRICT")
    revoke_reason = TextField(default="")

    class Meta:
        table_name = "adlaw_waiver"


class ReviewLogEntry(Record):
    """A read-only view (``review_log``) over decisions, comments and waivers: the rows of
    the exchange kind ``reviews`` (see excel.py). Never written through this model."""

    topic = CharField()
    draft_number = IntegerField(null=True)
    level_name = CharField()
    entry = CharField()
    person = CharField()
    outcome = CharField()
    body = TextField()
    quote = TextField()
    at = DateTimeField(null=True)

    class Meta:
        table_name = "review_log"
        primary_key = False
