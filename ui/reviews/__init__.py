"""The review area: queue page, review screen, and the review tools (R-5.4, R-2.1, R-2.2)."""
