"""Every rule id a ``Reason`` can carry, once, with what it means, what kind of verdict it sets, and
whether a later stage may override it.

``--explain`` and ``docs/rules.md`` are generated from this table; tests assert rule ids, so
renaming one is an API change. Code never compares rule ids: stages read the kind and overridability a
verdict carries (``Draft.verdict.kind``, ``Draft.verdict.overridable``, looked up here when the verdict is set)
and the typed facts of ``draft.Fact``.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class VerdictKind(enum.Enum):
    """What kind of evidence set a verdict: how sure the stage that set it was."""

    PROOF = "proof"  #: the block's own text or markup proves it (a lexicon phrase, a chrome shape, hidden markup)
    GUESS = "guess"  #: inferred from context or from weak markup (a landmark, the article run, a card's shape)
    FALLBACK = "fallback"  #: nothing claimed the block: where it sits decides (outside the article, no article)


class RuleInfo(NamedTuple):
    """What a rule id means, what kind of verdict it sets, and whether a later stage may take it back."""

    description: str
    kind: VerdictKind
    #: a later stage may give the block another role (a card, a list box) without strong evidence of its own:
    #: the verdict came from markup alone or from nothing claiming the block
    overridable: bool = False


PROOF, GUESS, FALLBACK = VerdictKind.PROOF, VerdictKind.GUESS, VerdictKind.FALLBACK

RULES: dict[str, RuleInfo] = {
    # chrome
    "chrome.lexicon": RuleInfo(
        "the whole block is a known chrome phrase (navigation, share, notice, toggle, legal)",
        PROOF),
    "chrome.lexicon-prefix": RuleInfo(
        "a short block that opens with a known chrome phrase ('Share on …', 'Copyright …')",
        PROOF),
    "chrome.notice": RuleInfo(
        "a short block containing a cookie, consent, newsletter or JavaScript notice phrase",
        PROOF),
    "chrome.glued-label": RuleInfo(
        "several button labels run together without spaces ('Keep ReadingShow less')",
        PROOF),
    "chrome.symbols": RuleInfo(
        "a block with no letters or digits (separators, icons, bullets)",
        PROOF),
    "chrome.menu-line": RuleInfo(
        "a line of short items separated by pipes or bullets ('Home | News | Sport'), or in a text dump a long row of "
        "Title Case items with spaces alone between them",
        PROOF),
    "chrome.glued-list": RuleInfo(
        "link texts run together with no separator ('Our TeamContact UsCareers')",
        PROOF),
    "chrome.data-blob": RuleInfo(
        "data printed as text: a settings object, minified script, an encoded URL, form lines",
        PROOF),
    "chrome.image": RuleInfo(
        "an image printed by a text browser: its file name or a bracketed alt marker",
        PROOF),
    "chrome.head-links": RuleInfo(
        "a text browser's line of the page head's links, first in the dump ('#alternate …', '#Site » Feed …')",
        PROOF),
    "chrome.counter": RuleInfo(
        "a counter or pager ('1 / 12', 'Page 2 of 5', '23 comments')",
        PROOF),
    "chrome.section-label": RuleInfo(
        "a label that opens a zone of teaser cards ('More For You', 'Related')",
        PROOF),
    "chrome.label-words": RuleInfo(
        "a card's headline worded like a section label the lexicon does not list ('Most Recent Stories', "
        "'Aktuelle News & Themen'): the list's label, no card",
        PROOF),
    "chrome.contact-line": RuleInfo(
        "a card's headline that holds an e-mail address ('Kontaktieren Sie uns: redaktion@…') or is a row of links "
        "one of which is a legal or service page ('Impressum | Datenschutz | Kontakt'): a contact or imprint line, "
        "no card",
        PROOF),
    "chrome.box-label": RuleInfo(
        "a heading right above a list of headline links set inside the story, or a short line above teaser "
        "cards that end it (HTML)",
        GUESS),
    "chrome.hidden": RuleInfo(
        "script, style, template or hidden-element text (HTML)",
        PROOF),
    "chrome.dom-landmark": RuleInfo(
        "inside navigation, header, footer or aside markup with no article evidence (HTML)",
        GUESS, overridable=True),
    "chrome.dom-token": RuleInfo(
        "class/id/role tokens name it chrome: nav, menu, share, cookie, newsletter, ad (HTML)",
        GUESS, overridable=True),
    "chrome.dom-tags": RuleInfo(
        "a post's tag list: mostly text of rel=\"tag\" links ('Tags: a, b, c', 'Filed under …') (HTML)",
        PROOF),
    "chrome.form-control": RuleInfo(
        "the text of a form control: a button's label, a picker's options (HTML)",
        PROOF),
    "chrome.link-list": RuleInfo(
        "a block that is mostly link text outside the article (HTML)",
        GUESS, overridable=True),
    "chrome.meta-line": RuleInfo(
        "a date, time or byline line inside the article body (HTML: a short line of its own)",
        GUESS),
    "chrome.comment-prompt": RuleInfo(
        "a short line closing the post that asks the reader to comment ('Tell us in the comments: …') (HTML)",
        GUESS),
    "chrome.pre-body": RuleInfo(
        "a short line ending no sentence between the headline and the first paragraph: a dateline, "
        "an agency line, a share or print bar, a comment count (HTML: with a link or in the byline's box; "
        "a text dump: with a figure or next to the byline or date line)",
        GUESS),
    "chrome.copy": RuleInfo(
        "a text dump's block that says again, word for word, several earlier paragraphs of the story (a copy "
        "the page's CSS hides, printed by a text browser)",
        GUESS),
    "chrome.own-story": RuleInfo(
        "a teaser card's headline that is the page's own headline ('Most read' listing this story)",
        GUESS),
    "chrome.outside": RuleInfo(
        "a short line outside the article and outside any teaser zone",
        FALLBACK, overridable=True),
    # article
    "article.body": RuleInfo(
        "inside the main run of prose chosen as the article",
        GUESS),
    "article.whole-page": RuleInfo(
        "a tiny page with no run of prose: its few non-chrome blocks are the article",
        FALLBACK),
    "article.page-prose": RuleInfo(
        "a text dump with no run long enough to be an article: its best run, holding prose, outside the page's tail",
        FALLBACK),
    "article.heading": RuleInfo(
        "a heading inside the article body",
        GUESS),
    "article.title": RuleInfo(
        "the headline of the article",
        GUESS),
    "article.byline": RuleInfo(
        "the author line next to the title or body",
        GUESS),
    "article.date": RuleInfo(
        "the date line next to the title or body",
        GUESS),
    "article.attribution": RuleInfo(
        "an agency or foundation signature that closes the article ('(Reuters)')",
        GUESS),
    "article.caption": RuleInfo(
        "an image caption or photo credit inside the article",
        GUESS),
    # teasers
    "teaser.title": RuleInfo(
        "the headline of a teaser card",
        GUESS),
    "teaser.repeat": RuleInfo(
        "the card's headline shown a second time",
        GUESS),
    "teaser.caption": RuleInfo(
        "the image caption of a teaser card",
        GUESS),
    "teaser.credit": RuleInfo(
        "the photo credit of a teaser card",
        GUESS),
    "teaser.summary": RuleInfo(
        "the summary text of a teaser card",
        GUESS),
    "teaser.meta": RuleInfo(
        "date, author or category line of a teaser card",
        GUESS),
    "teaser.inline": RuleInfo(
        "an inline 'Read more: <headline>' box inside or beside the article; a text dump's post navigation "
        "headline ('Previous post:' over it or before it)",
        GUESS),
    "teaser.link-list": RuleInfo(
        "an item of a list of 3+ headline links to the site's own stories inside the story (HTML)",
        GUESS),
    "teaser.dom-card": RuleInfo(
        "a repeated sibling structure with a headline link (HTML)",
        GUESS),
    "teaser.record": RuleInfo(
        "the headline of a card in a run of 3+ records of the same shape, label or none (text dumps)",
        GUESS),
    "teaser.headline-list": RuleInfo(
        "a headline in a list of 4+ bare story headlines outside the article (text dumps)",
        GUESS),
    # other
    "other.outside": RuleInfo(
        "prose outside the article and outside any teaser zone (comments, asides)",
        FALLBACK),
    "other.no-article": RuleInfo(
        "no article: no main run of prose was found (an index, a stub), or the page is an error page",
        FALLBACK),
    "none": RuleInfo(
        "no rule decided (should not survive the pipeline)",
        FALLBACK, overridable=True),
}


def describe(rule: str) -> str:
    """The one-line description of a registered rule id, as ``--explain``'s legend prints it.

    >>> describe("chrome.glued-label")
    "several button labels run together without spaces ('Keep ReadingShow less')"
    """
    return RULES[rule].description
