"""The topic backlog and content pipeline (R-5.1 … R-5.7): rules and queries, no Qt.

Import the submodules you need (``from models.topics import backlog, stages``); this package
file stays empty so that importing one part does not load them all.

- ``model``      tables, enums and their labels
- ``options``    the team-edited lists (content forms, channels)
- ``editing``    topics and their plans: add, edit, trash, restore, weak flag
- ``stages``     the workflow: allowed moves, gates, who may move, stage history
- ``quickadd``   one-line quick add ("618预热 #短视频 @张伟 !高 2026-12-01")
- ``backlog``    rows in pages, the count and the board (snapshots); ``backlog_query``
  turns a BacklogQuery into SQL (search, filters, order, plan choice)
- ``drafts``     append-only draft versions; ``textdiff`` the readable diff
- ``publishing`` per-channel publications; ``schedule`` the calendar (month, week)
- ``styleguide`` the brand style guide; ``cleanup`` archiving old or weak content
- the SQLite FTS5 index behind the search lives in ``models/db.py`` (SQLite-only code)
- ``demo``       sample data (``demo_data`` holds the texts)
"""
