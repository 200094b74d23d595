"""Pipeline stage: chrome from a block's own text (lexicon and shape), and section labels.

A block's own text can prove it is chrome ("Skip to content", "Keep ReadingShow less", a line of
pipes); it cannot prove it is article. So this stage only ever sets CHROME; later stages decide
the rest and may take a chrome verdict back only where the rule says so (a heading that happens
to be a lexicon word inside the article body).
"""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.model import BlockKind, Role

#: "Home | News | Sport", "Politics • Economy • World": three or more short items.
_MENU_LINE = regex.compile(r"^(?:[^|•·/]{1,30}\s*[|•·]\s*){2,}[^|•·]{1,30}$")
#: Shape rules look only at blocks this short (menus, URLs and counters are a few words).
MAX_SHAPE_WORDS = 12
_URL = regex.compile(r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$", regex.IGNORECASE)
_COUNTER = regex.compile(
    r"^(?:\d+\s*(?:/|of|von|de|di|z|из)\s*\d+|page\s+\d+(?:\s+of\s+\d+)?|\d+\s+(?:comments?|replies|shares?))$",
    regex.IGNORECASE,
)


def _has_menu_separators(text: str) -> bool:
    """Cheap gate before the menu-line pattern."""
    return "|" in text or "•" in text or "·" in text


def _could_be_counter(text: str) -> bool:
    """Cheap gate before the counter pattern: counters open with a digit or with "page"."""
    head = text.lstrip()[:4]
    return head[:1].isdigit() or head.lower() == "page"


def mark_chrome(drafts: list[Draft], ctx: Context) -> None:
    """Chrome that a block's own text proves, and section labels."""
    for d in drafts:
        if d.kind is BlockKind.HIDDEN:
            d.decide(Role.CHROME, "chrome.hidden", d.dom.tag if d.dom is not None else "")
        elif d.is_section_label and not d.is_toggle:
            d.decide(Role.CHROME, "chrome.section-label", d.text.strip())
        elif d.is_chrome_phrase and d.chrome_rule is not None:
            d.decide(Role.CHROME, d.chrome_rule, d.chrome_detail)
        elif d.words > MAX_SHAPE_WORDS:
            continue
        elif _has_menu_separators(d.text) and _MENU_LINE.match(d.text.strip()):
            d.decide(Role.CHROME, "chrome.menu-line")
        elif d.words == 1 and _URL.match(d.text.strip()):
            d.decide(Role.CHROME, "chrome.url")
        elif _could_be_counter(d.text) and _COUNTER.match(d.text.strip()):
            d.decide(Role.CHROME, "chrome.counter")
