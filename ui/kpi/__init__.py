"""The KPI 指标 page (R-1.1–R-1.3): overview per period, charts, definitions, SMART goals."""

from ui.kpi.page import KpiPage

__all__ = ["KpiPage"]
