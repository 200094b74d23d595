"""A made-up story about a footbridge, shared by the story-bounds tests (HTML and text dumps): four long
paragraphs, and a three-paragraph dump of its opening."""

from __future__ import annotations

import pagesplit

P1 = ("The new footbridge over the railway opened on Monday morning, two months late, after the last of the steel "
      "beams arrived from the works in the north, and the mayor walked across it first with the builders.")
P2 = ("Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each way, and "
      "the council has asked for a second one at the station's far end, where the old crossing still stands.")
P3 = ("The works closed the crossing for six weeks last spring, and traders on the far side say they lost half "
      "their trade while it was shut, which the council now says it will make good from the bridge fund.")
LAST = ("The second bridge, if the council finds the money, would open in three years at the earliest: the steel "
        "works say their order book is full until then, and the railway wants the tracks closed for no more than "
        "a weekend at a time while the beams go in, which means night work and a dearer bridge than the first.")
#: The story's opening as a dump: three short paragraphs, blank lines between them.
STORY = ("The new footbridge over the railway opened on Monday morning, two months late, after the last of the steel "
         "beams arrived from the works in the north.\n\n"
         "Commuters who used to walk round by the level crossing say the bridge saves them ten minutes each way, and "
         "the council has asked for a second one at the station's far end.\n\n"
         "The works closed the crossing for six weeks last spring, and traders on the far side say they lost half "
         "their trade while it was shut.\n")



def story_article_text(after_story: str) -> str:
    """The article text pagesplit reads from a dump of the whole story (headline, P1-P3) between a menu and a footer,
    with ``after_story`` under it."""
    page = pagesplit.split_text(f"Home\nNews\n\nFootbridge over the railway opens at last\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
                                f"{after_story}\n\nContact\nImprint\n")
    assert page.article is not None
    return page.article.text
