"""pagesplit: split a scraped page into its article, teaser cards of other stories, and chrome.

>>> import pagesplit
>>> page = pagesplit.split(open("page.txt").read())          # doctest: +SKIP
>>> page.article.title, [t.title for t in page.teasers]      # doctest: +SKIP
"""

from pagesplit.api import split, split_html, split_text
from pagesplit.errors import (
    AttributeLimitError,
    BlockLimitError,
    DecodeError,
    DepthLimitError,
    ElementLimitError,
    InputError,
    InternalError,
    LexiconError,
    LimitError,
    LineLimitError,
    PagesplitError,
    SizeLimitError,
    TimeLimitError,
)
from pagesplit.limits import Limits
from pagesplit.model import (
    Article,
    Block,
    BlockKind,
    InputKind,
    Markup,
    Page,
    PageType,
    PageWarning,
    Reason,
    Role,
    Span,
    Teaser,
    TeaserPart,
    WarningKind,
)
from pagesplit.version import COMPILED, __version__

__all__ = [
    "COMPILED",
    "Article",
    "AttributeLimitError",
    "Block",
    "BlockKind",
    "BlockLimitError",
    "DecodeError",
    "DepthLimitError",
    "ElementLimitError",
    "InputError",
    "InputKind",
    "InternalError",
    "LexiconError",
    "LimitError",
    "Limits",
    "LineLimitError",
    "Markup",
    "Page",
    "PageType",
    "PageWarning",
    "PagesplitError",
    "Reason",
    "Role",
    "SizeLimitError",
    "Span",
    "Teaser",
    "TeaserPart",
    "TimeLimitError",
    "WarningKind",
    "__version__",
    "split",
    "split_html",
    "split_text",
]
