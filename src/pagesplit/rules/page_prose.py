"""The last resort of ``select_article`` in a text dump: a page that holds running text does not come back empty.

A dump whose best run scores under the bars of ``rules.article`` (a story whose lines the dump broke into short pieces,
a note among a long menu, a story set between tables) still holds its story in that run. When no run is long enough
to be an article, the best run is, as long as it holds prose that reads as running text and is not the page's closing
blurb:

- a run in the page's tail (``rules.block_scores.TAIL_START``) with no prose below it is a footer's (a copyright line,
  an ad for the blog host) below a page of menus or tables;
- a run whose prose has no stopwords (``rules.block_scores.LOW_STOPWORD_RATIO``) is a list of names or a table layout's
  columns glued into lines: too little to trust as the story (a language with no stopword list gets no last resort).

Dev (all four dumps): every page that came back empty while its gold had text was such a no-article verdict.
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Roles
from pagesplit.rules.block_scores import TAIL_START, reads_as_text


def take_best_run(drafts: list[Draft], ctx: Context, run: tuple[int, int]) -> bool:
    """Mark the unclaimed blocks of the best run ``run`` (start, end; start -1 when no block scored) ARTICLE
    (``article.page-prose``) when one of them reads as running text (``block_scores.reads_as_text``), unless the run
    starts past TAIL_START of the page with no prose below it; False when it does not qualify."""
    start, end = run
    if start < 0:
        return False
    if start / max(1, len(drafts) - 1) > TAIL_START and not any(d.role is Roles.OTHER and d.prose
                                                                for d in drafts[end + 1:]):
        return False  # the footer's blurb closing the page
    body = [d for d in drafts[start:end + 1] if d.role is Roles.OTHER]
    if not any(map(reads_as_text, body)):
        return False
    ctx.article_start, ctx.article_end = body[0].index, body[-1].index
    for d in body:
        d.decide(Roles.ARTICLE, "article.page-prose")
    return True
