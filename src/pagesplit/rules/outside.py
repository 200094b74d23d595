"""Pipeline stage, the last: whatever no rule claimed is outside the article and every card.

Short lines are chrome (``chrome.outside``); prose is "other" (comments, asides), or ``other.no-article``
when the page has no article.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import UNDECIDED, Draft
from pagesplit.members import Roles


def mark_outside(drafts: list[Draft], ctx: Context) -> None:
    """Whatever no rule claimed: short lines are chrome, prose is 'other' (comments, asides)."""
    for d in drafts:
        if d.role is not Roles.OTHER or d.verdict is not UNDECIDED:
            continue
        if d.prose:
            d.decide(Roles.OTHER, "other.outside" if ctx.article_start is not None else "other.no-article")
        else:
            d.decide(Roles.CHROME, "chrome.outside")
