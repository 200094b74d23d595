"""Pipeline stage: chrome from a block's own text (lexicon and shape), and section labels.

A block's own text can prove it is chrome ("Skip to content", "Keep ReadingShow less", a line of
pipes); it cannot prove it is article. So this stage only ever sets CHROME; later stages decide
the rest and may take a chrome verdict back only where the rule says so (a heading that happens
to be a lexicon word inside the article body).
"""

from __future__ import annotations

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Kinds, Roles


def mark_chrome(drafts: list[Draft], ctx: Context) -> None:
    """Chrome that a block's own text proves, and section labels."""
    for d in drafts:
        if d.kind is Kinds.HIDDEN:
            d.decide(Roles.CHROME, "chrome.hidden", d.dom.tag if d.dom is not None else "")
        elif d.is_section_label and not d.is_toggle:
            d.decide(Roles.CHROME, "chrome.section-label", d.text.strip())
        elif d.is_chrome_phrase and d.chrome_rule is not None:
            d.decide(Roles.CHROME, d.chrome_rule, d.chrome_detail)
        elif d.shape_rule is not None:  # a menu line, a bare URL, a counter (``features.chrome_shape``)
            d.decide(Roles.CHROME, d.shape_rule)
