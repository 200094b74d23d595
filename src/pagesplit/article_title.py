"""Which title the article reports: the headline the page shows; what its metadata declares only stands in.

Read by ``assemble`` (``Article.title``) and by the error-page stage (``rules/error_page.py``), which must see the
title the page will report before ``assemble`` runs.
"""

from __future__ import annotations

from pagesplit.context import Hints


def article_title(shown: str | None, hints: Hints) -> str | None:
    """The article's title, given ``shown``, the text of the block ``find_title`` marked (None: no title block).

    The title is the headline the page shows, word for word: the same with or without the page's metadata.
    What the metadata says (JSON-LD, og:title, ``<title>``: often the headline with the site's name, a section
    or the author after it, or the story worded for sharing) stands in only when no block is the headline; the
    declared title is kept as it is in ``Page.declared_title``.

    >>> article_title("Ferry strike called off", Hints(title="Ferry strike called off | Daily", title_declared=True))
    'Ferry strike called off'
    >>> article_title(None, Hints(title="Ferry strike called off"))
    'Ferry strike called off'
    """
    return hints.title if shown is None else shown


def declared_title(hints: Hints) -> str | None:
    """The title the page gives itself, as it stands: what its publisher declares for the story (JSON-LD
    headline, og:title and the other meta titles; a URL slug is none), else its ``<title>`` element (site name
    and all); None for a page with neither (a text dump).

    >>> declared_title(Hints(title="Ferry strike called off | The Daily", title_declared=True))
    'Ferry strike called off | The Daily'
    >>> declared_title(Hints(title="Ferry strike called off", document_title="Ferry strike called off - The Daily"))
    'Ferry strike called off - The Daily'
    """
    return hints.title if hints.title_declared else hints.document_title
