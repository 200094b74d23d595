"""Every rule id a ``Reason`` can carry, once, with what it means.

``--explain`` and ``docs/rules.md`` are generated from this table; tests assert rule ids, so
renaming one is an API change.
"""

from __future__ import annotations

RULES: dict[str, str] = {
    # chrome
    "chrome.lexicon": "the whole block is a known chrome phrase (navigation, share, notice, toggle, legal)",
    "chrome.lexicon-prefix": "a short block that opens with a known chrome phrase ('Share on …', 'Copyright …')",
    "chrome.notice": "a short block containing a cookie, consent, newsletter or JavaScript notice phrase",
    "chrome.glued-label": "several button labels run together without spaces ('Keep ReadingShow less')",
    "chrome.symbols": "a block with no letters or digits (separators, icons, bullets)",
    "chrome.menu-line": "a line of short items separated by pipes or bullets ('Home | News | Sport')",
    "chrome.glued-list": "link texts run together with no separator ('Our TeamContact UsCareers')",
    "chrome.data-blob": "data printed as text: a settings object, minified script, an encoded URL, form lines",
    "chrome.image": "an image printed by a text browser: its file name or a bracketed alt marker",
    "chrome.url": "a bare URL or e-mail address on its own",
    "chrome.counter": "a counter or pager ('1 / 12', 'Page 2 of 5', '23 comments')",
    "chrome.section-label": "a label that opens a zone of teaser cards ('More For You', 'Related')",
    "chrome.box-label": "a heading right above a list of headline links set inside the story (HTML)",
    "chrome.toggle": "a read-more / show-less control that closes a teaser card",
    "chrome.hidden": "script, style, template or hidden-element text (HTML)",
    "chrome.dom-landmark": "inside navigation, header, footer or aside markup with no article evidence (HTML)",
    "chrome.dom-token": "class/id/role tokens name it chrome: nav, menu, share, cookie, newsletter, ad (HTML)",
    "chrome.dom-tags": "a post's tag list: mostly text of rel=\"tag\" links ('Tags: a, b, c', 'Filed under …') (HTML)",
    "chrome.link-list": "a block that is mostly link text outside the article (HTML)",
    "chrome.meta-line": "a date, time or byline line inside the article body (HTML: a short line of its own)",
    "chrome.pre-body": "a short line ending no sentence between the headline and the first paragraph: a dateline, "
                       "an agency line, a share or print bar, a comment count (HTML)",
    "chrome.own-story": "a teaser card's headline that is the page's own headline ('Most read' listing this story)",
    "chrome.outside": "a short line outside the article and outside any teaser zone",
    # article
    "article.body": "inside the main run of prose chosen as the article",
    "article.whole-page": "a tiny page with no run of prose: its few non-chrome blocks are the article",
    "article.heading": "a heading inside the article body",
    "article.title": "the headline of the article",
    "article.byline": "the author line next to the title or body",
    "article.date": "the date line next to the title or body",
    "article.attribution": "an agency or foundation signature that closes the article ('(Reuters)')",
    "article.caption": "an image caption or photo credit inside the article",
    # teasers
    "teaser.title": "the headline of a teaser card",
    "teaser.repeat": "the card's headline shown a second time",
    "teaser.caption": "the image caption of a teaser card",
    "teaser.credit": "the photo credit of a teaser card",
    "teaser.summary": "the summary text of a teaser card",
    "teaser.meta": "date, author or category line of a teaser card",
    "teaser.inline": "an inline 'Read more: <headline>' box inside or beside the article",
    "teaser.link-list": "an item of a list of 3+ headline links to the site's own stories inside the story (HTML)",
    "teaser.record": "the headline of a card in a run of 3+ records of the same shape, label or none (text dumps)",
    "teaser.headline-list": "a headline in a list of 4+ bare story headlines outside the article (text dumps)",
    "teaser.dom-card": "a repeated sibling structure with a headline link (HTML)",
    # other
    "other.outside": "prose outside the article and outside any teaser zone (comments, asides)",
    "other.no-article": "no main run of prose was found: the page is an index or a stub",
    "none": "no rule decided (should not survive the pipeline)",
}


def describe(rule: str) -> str:
    """The one-line description of a rule id."""
    return RULES[rule]
