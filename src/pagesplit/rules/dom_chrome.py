"""Pipeline stage (HTML only): chrome that markup proves.

Navigation/header/footer/aside landmarks without article evidence, form controls, class/id tokens that name chrome
(``lexicon/_dom/chrome_tokens.txt``), a post's tag list, and link lists outside the main content. Text dumps
pass through untouched. These verdicts are guesses from markup: later stages may override them
(``registry.RuleInfo.overridable``).
"""

from __future__ import annotations

import functools

from pagesplit.context import Context
from pagesplit.draft import Draft, Facts
from pagesplit.lexicon.dom_tokens import CHROME_LANDMARKS, STRONG_CHROME_STEMS, chrome_hits
from pagesplit.members import Inputs, Roles

#: A block with at least this share of its text in ``rel="tag"`` links is the post's tag list ("Tags: a, b,
#: c", "Filed under …"): keywords, not story text, wherever it sits. Dev: such blocks are outside every
#: annotated body; 0.5 leaves a sentence that merely links one keyword in place.
MIN_TAG_LINK_SHARE = 0.5
#: Chrome landmarks (``lexicon.dom_tokens.CHROME_LANDMARKS``, all of them) hold chrome unless the block also
#: sits in one of these.
ARTICLE_LANDMARKS = frozenset({"article", "main"})
#: A block outside the main content with at least this share of link text is a link list.
LINK_LIST_DENSITY = 0.7
#: Form controls: their text is a control's label or choices, never prose, in or out of the story's box (dev:
#: a video player's caption-settings pickers and a newsletter form's country picker inside the story's box,
#: kept as story text once the page's class names were gone). A control inside a link is the link's text (a
#: teaser's headline drawn as a button).
FORM_CONTROL_TAGS = frozenset({"option", "select", "button"})
#: How many landmark sets ``_chrome_landmark`` remembers: the sets are combinations of the walk's few landmark
#: names, so a few hundred exist at most.
LANDMARK_CACHE_SIZE = 1024


def mark_dom_chrome(drafts: list[Draft], ctx: Context) -> None:
    """Chrome that the markup proves: landmarks, class/id tokens, tag lists, link lists."""
    if ctx.kind is not Inputs.HTML:
        return  # text dumps carry no markup
    _mark_chrome(drafts)


def _mark_chrome(drafts: list[Draft]) -> None:
    for d in drafts:
        dom = d.dom
        if dom is None or d.role is not Roles.OTHER:
            continue
        if dom.tag in FORM_CONTROL_TAGS and dom.href is None:  # a button inside a link is the link's text
            d.decide(Roles.CHROME, "chrome.form-control", f"<{dom.tag}>")
            continue
        main = dom.in_main_content
        if not dom.landmarks.isdisjoint(CHROME_LANDMARKS):  # most blocks are in no chrome landmark
            landmark, outside_article = _chrome_landmark(dom.landmarks)
            if landmark == "nav" or (outside_article and not main):
                d.decide(Roles.CHROME, "chrome.dom-landmark", landmark,
                         Facts.PAGE_HEADER if landmark == "header" else Facts.CHROME_LANDMARK)
                continue
        if dom.tag_link_chars and dom.tag_link_chars >= MIN_TAG_LINK_SHARE * d.chars:
            d.decide(Roles.CHROME, "chrome.dom-tags", f"{dom.tag_link_chars / max(d.chars, 1):.0%} tag-link text")
            continue
        hits = chrome_hits(dom.tokens)
        if hits and main and _quoted(dom.path) and not any(h.startswith(STRONG_CHROME_STEMS) for h in hits):
            hits = frozenset()  # an embedded post quoted in the story ("twitter-tweet", "social-embed")
        if hits:
            d.decide(Roles.CHROME, "chrome.dom-token", " ".join(sorted(hits)), Facts.CHROME_TOKENS)
        elif not main and d.link_density >= LINK_LIST_DENSITY and (dom.href is None or not d.is_headline_like):
            d.decide(Roles.CHROME, "chrome.link-list", f"{d.link_density:.0%} link text")


@functools.lru_cache(maxsize=LANDMARK_CACHE_SIZE)
def _chrome_landmark(landmarks: frozenset[str]) -> tuple[str, bool]:
    """The first chrome landmark of a block in one (``CHROME_LANDMARKS`` order), and whether it makes chrome of
    blocks outside the main content: it is not inside an article or main landmark, or it is an aside.
    Cached: a page's blocks share a few landmark sets, and so do all pages."""
    landmark = next(lm for lm in CHROME_LANDMARKS if lm in landmarks)
    return landmark, not landmarks & ARTICLE_LANDMARKS or "aside" in landmarks


def _quoted(path: str) -> bool:
    """The block is (in) a ``<blockquote>``: quoted content, whatever platform its class names."""
    return "blockquote" in path and any(seg.partition("[")[0] == "blockquote" for seg in path.split("/"))
