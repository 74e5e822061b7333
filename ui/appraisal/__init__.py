"""The 绩效考核 Appraisals page (R-4.3)."""

from ui.appraisal.page import AppraisalPage

__all__ = ["AppraisalPage"]
