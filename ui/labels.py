"""How values read in the interface: role names, dates, yes/no (through Qt's translator)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models.team import Role

translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)


def role_label(role: Role | str) -> str:
    """The name of a procedure role (R-4.1) in the interface language."""
    # Literal strings so that lupdate finds them; the Chinese matches models.team.ROLE_NAMES.
    names = {
        Role.CONTENT_PLANNER: translate("labels", "Content planner"),
        Role.CHANNEL_OPERATOR: translate("labels", "Channel operator"),
        Role.DATA_ANALYST: translate("labels", "Data analyst"),
        Role.CRM: translate("labels", "CRM"),
        Role.PROJECT_MANAGER: translate("labels", "Project manager"),
        Role.EDITOR: translate("labels", "Editor"),
        Role.COMPLIANCE: translate("labels", "Compliance reviewer"),
        Role.TEAM_LEAD: translate("labels", "Team lead"),
    }
    return names[Role(role)]


def roles_text(roles: tuple[Role, ...] | list[Role]) -> str:
    # Chinese lists use the enumeration comma 、 rather than ", ".
    return translate("labels", ", ").join(role_label(r) for r in roles)


def date_text(value: date | str | None) -> str:
    """ISO dates (2024-07-15) read the same in both languages and sort as text."""
    if value is None or value == "":
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def active_text(active: bool) -> str:
    return translate("labels", "Active") if active else translate("labels", "Inactive")


def yes_no(value: bool) -> str:
    return translate("labels", "Yes") if value else translate("labels", "No")
