"""The 选题库 topic backlog, drafts, publishing plan, calendar and clean-up pages (R-5)."""
