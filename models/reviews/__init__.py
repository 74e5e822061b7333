"""The review chain (R-5.4) and the Advertising-Law checker (R-2.1, R-2.2): rules and
queries, no Qt.

Importing this package registers the review gate of 审核 → 发布 with
``models.topics.stages`` (workflow.review_approved) and the review's messages. Submodules:

- ``schema``    tables and enums (created by migration step 5)
- ``chain``     levels per content form or channel, the re-review policy, who may sign
- ``rounds``    what carries from one round to the next (read-only rules)
- ``status``    a topic's review snapshot for the review screen
- ``workflow``  submit, approve, request changes, reject, resubmit; the gate
- ``comments``  comments on passages, addressed → accepted
- ``adlaw``     the checker itself and ``adcheck_cmd``; ``terms`` the team's words;
  ``hits`` a topic's hits and the compliance reviewer's waivers
- ``queue``     each reviewer's queue, counts for the sidebar, the author's view
- ``metrics``   per reviewer and level: waiting, time to decide, comments
- ``history``   the audit trail of a topic, and its export for a self-audit (R-7.3)
- ``excel``     the exchange kind ``reviews``; ``package`` writes the review package and
  ``package_import`` reads it back; ``report`` the small workbooks' writer
- ``wording``   messages and labels in English and Chinese
- ``demo``      sample reviews
"""

from models.reviews import wording as _wording  # noqa: F401 - registers the messages
from models.reviews import workflow as _workflow  # noqa: F401 - registers the review gate
