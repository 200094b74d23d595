"""Pipeline stage, the last: an error page (404, access denied, a bot check) has no story.

``page_type.error_note`` reads what the page calls itself and its first lines; on an error page the blocks that
made up a story become ``other.no-article``, the note saying why joins ``Context.notes``, and
``Context.error_page`` tells ``assemble`` the page's type.
"""

from __future__ import annotations

from pagesplit.article_title import article_title
from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Kinds, Roles
from pagesplit.page_type import MAX_ERROR_PAGE_WORDS, error_note

#: The roles of a story's blocks: on an error page none of them is one.
_STORY_ROLES = (Roles.ARTICLE, Roles.TITLE, Roles.BYLINE, Roles.DATE, Roles.ATTRIBUTION, Roles.CAPTION)


def drop_error_page(drafts: list[Draft], ctx: Context) -> None:
    """A page that says it is an error page and carries little text keeps no story: its story blocks are
    nobody's (``other.no-article``)."""
    body = [d for d in drafts if d.role is Roles.ARTICLE]
    shown = next((d.text for d in drafts if d.role is Roles.TITLE), None)
    title = article_title(shown, ctx.hints) if body else None
    note = error_note(
        body_words=_body_words(body),
        titles=(ctx.hints.document_title, ctx.hints.title, title),
        lines=(d.text for d in drafts if d.kind is not Kinds.HIDDEN))
    if note is None:
        return
    ctx.notes.append(note)
    ctx.error_page = True
    for d in drafts:
        if d.role in _STORY_ROLES:
            d.decide(Roles.OTHER, "other.no-article", note)


def _body_words(body: list[Draft]) -> int:
    """The story's words, counted only until they pass ``page_type.MAX_ERROR_PAGE_WORDS`` (the one figure
    ``error_note`` compares them with): a story's first paragraphs do, and the rest are not split into words."""
    words = 0
    for d in body:
        words += len(d.text.split())
        if words > MAX_ERROR_PAGE_WORDS:
            break
    return words
