"""The 培训 Training page (R-4.2): courses, sessions and sign-in sheets, plans, records."""

from ui.training.page import TrainingPage

__all__ = ["TrainingPage"]
