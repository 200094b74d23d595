"""Which title the article reports: the headline the page shows, or the one its publisher declares.

Read by ``assemble`` (``Article.title``) and by the error-page stage (``rules/error_page.py``), which must see the
title the page will report before ``assemble`` runs.
"""

from __future__ import annotations

from pagesplit.context import Hints
from pagesplit.lexicon import normalize


def article_title(shown: str | None, hints: Hints) -> str | None:
    """The article's title, given ``shown``, the text of the block ``find_title`` marked (None: no title block).

    The title is the headline the page shows, unless the publisher declares one (JSON-LD, og:/meta title; a URL
    slug is none) or the metadata title says the shown headline in fuller words ("Story | Site"): Readability
    returns those, and its expected titles are them. A ``<title>`` that says something else (a site's name) never
    replaces the shown headline; with no headline block it stands in.

    >>> article_title("Ferry strike called off", Hints(title="Ferry strike called off | The Daily"))
    'Ferry strike called off | The Daily'
    >>> article_title("Ferry strike called off", Hints(title="The Daily"))
    'Ferry strike called off'
    >>> article_title("The ferry strike is called off", Hints(title="Ferry strike is called off"))
    'The ferry strike is called off'
    """
    hint = hints.title
    if shown is None or (hint is not None and (hints.title_declared or fuller_headline(hint, shown))):
        return hint or shown
    return shown


def fuller_headline(title: str, shown: str) -> bool:
    """The ``<title>`` holds the shown headline and more ("Story | Site"); one that holds less ("Doobie Brothers
    Unite" under the shown "The Doobie Brothers Unite") says the headline in fewer words, and the shown one stands."""
    title, shown = normalize(title), normalize(shown)
    return bool(title and shown) and shown in title
