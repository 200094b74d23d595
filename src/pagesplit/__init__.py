"""pagesplit: split a scraped page into its article, teaser cards of other stories, and chrome.

>>> import pagesplit
>>> page = pagesplit.split(open("page.txt").read())          # doctest: +SKIP
>>> page.article.title, [t.title for t in page.teasers]      # doctest: +SKIP
"""

from pagesplit.api import split, split_html, split_text
from pagesplit.errors import DecodeError, InputError, InternalError, LexiconError, LimitError, PagesplitError
from pagesplit.model import (
    Article,
    Block,
    BlockKind,
    InputKind,
    Markup,
    Page,
    PageType,
    Reason,
    Role,
    Span,
    Teaser,
    TeaserPart,
)
from pagesplit.version import __version__

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "DecodeError",
    "InputError",
    "InputKind",
    "InternalError",
    "LexiconError",
    "LimitError",
    "Markup",
    "Page",
    "PageType",
    "PagesplitError",
    "Reason",
    "Role",
    "Span",
    "Teaser",
    "TeaserPart",
    "__version__",
    "split",
    "split_html",
    "split_text",
]
