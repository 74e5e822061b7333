"""Planning or changing one publication (R-5.5), and marking it published.

Shared by the topic's publication list and the calendar. Marking published needs the URL and
the topic at 发布: the core refuses otherwise and the refusal is shown as the core words it.
States carry a mark as well as a word (✓ ◷ ✕) so that they read without colour.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models.errors import DeskError
from models.topics import backlog, options, publishing
from models.topics.model import PubStatus, decode_items, split_items
from models.topics.publishing import PublicationRow
from ui import events, notify
from ui.form_dialog import FormDialog
from ui.page import PageContext

translate = QCoreApplication.translate  # lupdate finds calls named translate
MARKS = {PubStatus.PLANNED: "◷", PubStatus.PUBLISHED: "✓", PubStatus.CANCELLED: "✕"}


def status_text(status: PubStatus) -> str:
    """The status with a mark, so that it reads without its colour: "✓ 已发布"."""
    return f"{MARKS[status]} {status.label()}"


def when_text(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def hashtags_text(tags: tuple[str, ...]) -> str:
    return " ".join(f"#{t}" for t in tags)


def topic_title(topic_uid: str) -> str:
    """The topic's title for a dialog's caption; empty if the topic is gone."""
    try:
        return backlog.topic_row(topic_uid).title
    except DeskError:
        return ""


def mark_published(parent: QWidget, ctx: PageContext, row: PublicationRow) -> bool:
    """Ask for the link of the published content and record it; refusals go to a message."""
    url, ok = QInputDialog.getText(
        parent,
        translate("publications", "Mark as Published"),
        translate(
            "publications",
            "Paste the link (URL) where “%1” can be seen on %2.\n"
            "Only a topic at 发布 (review passed) can be marked published.",
        )
        .replace("%1", row.display_title)
        .replace("%2", row.channel),
        QLineEdit.EchoMode.Normal,
        row.url,
    )
    if not ok:
        return False
    try:
        publishing.mark_published(ctx.session.actor(), row.uid, url, expected_version=row.version)
    except DeskError as err:
        notify.desk_error(parent, err)
        return False
    events.announce("publication")
    return True


class PublicationDialog(FormDialog):
    """Plan a publication on a channel, or change one: time, title, summary, hashtags, link."""

    kind = "publication"

    def __init__(
        self,
        ctx: PageContext,
        topic_uid: str,
        row: PublicationRow | None = None,
        parent: QWidget | None = None,
        topic_title: str = "",
    ) -> None:
        super().__init__(ctx.session, row.version if row else None, parent)
        self.topic_uid = topic_uid
        self.row = row
        title = row.topic_title if row else topic_title
        self.setWindowTitle(
            (
                self.tr("Edit Publication — %1") if row else self.tr("Plan a Publication — %1")
            ).replace("%1", title)
        )
        self.channel_combo = QComboBox(self)
        labels = options.labels(options.CHANNEL)
        if row is not None and row.channel not in labels:
            labels.append(row.channel)  # a channel taken off the list stays on its records
        self.channel_combo.addItems(labels)
        self.planned_edit = QDateTimeEdit(self)
        self.planned_edit.setCalendarPopup(True)
        self.planned_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(publishing.TITLE_MAX)
        self.title_edit.setPlaceholderText(
            self.tr("Empty: the topic's title (%1)").replace("%1", title)
        )
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setFixedHeight(72)
        self.summary_edit.setTabChangesFocus(True)
        self.hashtags_edit = QLineEdit(self)
        self.hashtags_edit.setPlaceholderText(self.tr("Separated by commas, e.g. 双11，轻乳茶"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        self.add_row("channel", self.tr("Channel:"), self.channel_combo)
        self.add_row("planned_at", self.tr("Planned time:"), self.planned_edit)
        self.add_row("title", self.tr("Title on the channel:"), self.title_edit)
        self.add_row("summary", self.tr("Summary:"), self.summary_edit)
        self.add_row("hashtags", self.tr("Hashtags or keywords:"), self.hashtags_edit)
        if row is not None:
            self.add_row("url", self.tr("Link:"), self.url_edit)
        self._load(row)

    def _load(self, row: PublicationRow | None) -> None:
        if row is None:
            tomorrow = datetime.now().replace(hour=10, minute=0, second=0) + timedelta(days=1)
            self.planned_edit.setDateTime(QDateTime(tomorrow))
            return
        self.channel_combo.setCurrentText(row.channel)
        self.planned_edit.setDateTime(QDateTime(row.planned_at))
        self.title_edit.setText(row.title)
        self.summary_edit.setPlainText(row.summary)
        self.hashtags_edit.setText("，".join(row.hashtags))
        self.url_edit.setText(row.url)

    def values(self) -> dict[str, Any]:
        planned = self.planned_edit.dateTime().toPython()
        assert isinstance(planned, datetime)
        values: dict[str, Any] = {
            "channel": self.channel_combo.currentText(),
            "planned_at": planned.replace(second=0, microsecond=0),
            "title": self.title_edit.text(),
            "summary": self.summary_edit.toPlainText(),
            "hashtags": tuple(split_items(self.hashtags_edit.text())),
        }
        if self.row is not None:
            values["url"] = self.url_edit.text().strip()
        return values

    def loaded(self) -> dict[str, Any]:
        assert self.row is not None
        r = self.row
        return {
            "channel": r.channel,
            "planned_at": r.planned_at,
            "title": r.title,
            "summary": r.summary,
            "hashtags": r.hashtags,
            "url": r.url,
        }

    def snapshot(self) -> dict[str, Any]:
        values = self.loaded()
        values["planned_at"] = values["planned_at"].isoformat()
        values["hashtags"] = ",".join(values["hashtags"])
        return values

    def format_value(self, field: str, value: Any) -> str:
        if field == "hashtags":
            tags = decode_items(value) if isinstance(value, str) else tuple(value or ())
            return hashtags_text(tags)
        if field in ("planned_at", "published_at") and value:
            return str(value).replace("T", " ")[:16]
        if field == "status" and value:
            return status_text(PubStatus(value))
        return "" if value is None else str(value)

    def write_new(self, values: dict[str, Any]) -> Any:
        return publishing.add_publication(
            self.session.actor(),
            self.topic_uid,
            values.pop("channel"),
            values.pop("planned_at"),
            **values,
        )

    def write_changes(self, changes: dict[str, Any], version: int | None) -> Any:
        assert self.row is not None
        return publishing.edit_publication(self.session.actor(), self.row.uid, version, **changes)
