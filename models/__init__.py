"""The non-GUI core of Marketing Desk: database, rules, workflows and spreadsheets.

Never imports PySide6 (a test checks it), so it runs from tests, the command line or a
future server.
"""

from models.db import open  # noqa: A004 - the documented entry point

__version__ = "0.1.0"
__all__ = ["open", "__version__"]
