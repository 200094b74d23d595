"""Pipeline stage, the last: whatever no rule claimed is outside the article and every card.

Short lines are chrome (``chrome.outside``); prose is "other" (comments, asides), or ``other.no-article``
when the page has no article.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Roles
from pagesplit.rules.release import release


def mark_outside(drafts: list[Draft], ctx: Context) -> None:
    """Whatever no rule claimed: short lines are chrome, prose is 'other' (comments, asides)."""
    for d in drafts:
        if d.role is Roles.OTHER and not d.decided:
            release(d, has_article=ctx.article_start is not None)
