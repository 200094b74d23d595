"""Headline / summary pairs: a teaser card printed as its headline and a longer line under it.

Two stages look for such pairs: ``select_article`` (a run of pairs under a section label earns the article
run nothing) and ``group_teasers`` (a zone printed as pairs takes each second line as its card's summary).
Both ask this one test.
"""

from __future__ import annotations

from pagesplit.draft import Draft

#: The summary of a pair is at least this many times as long as its headline, in characters. Both stages used
#: 1.3 when each defined it (the value has not been swept since; a headline's caption or summary is longer).
PAIR_LENGTH_RATIO = 1.3


def is_longer_summary(headline: Draft, summary: Draft) -> bool:
    """``summary`` is long enough, beside ``headline``, to be the summary of the headline's card."""
    return summary.chars >= PAIR_LENGTH_RATIO * headline.chars
