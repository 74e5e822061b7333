"""The Qt desktop interface of Marketing Desk: windows, pages, dialogs and item models.

Only this package imports PySide6; it calls functions of :mod:`models` and shows the results.
The entry point is :func:`ui.app.run`.
"""
