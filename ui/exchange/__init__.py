"""The Excel exchange in the window: File-menu actions, dropped workbooks, the import preview."""

from ui.exchange.actions import ExchangeActions
from ui.exchange.preview_dialog import PreviewDialog

__all__ = ["ExchangeActions", "PreviewDialog"]
