"""HTML: what marks a block as a picture's caption rather than story text.

A ``<figcaption>`` (or a paragraph boxed with an image alone), caption class names, and a photo credit set
right after the block in the same box. Text dumps carry none of this; their captions are found by text shape
(``features``: credit tails, "FILE PHOTO:").
"""

from __future__ import annotations

from collections import Counter

import regex

from pagesplit.draft import Draft
from pagesplit.lexicon import Lexicon
from pagesplit.members import Kinds
from pagesplit.rules.dom_paths import in_element, parent_path
from pagesplit.timed_match import timed

#: HTML: a ``<figcaption>`` up to this long is a caption even when it reads as prose (dev captions run one
#: to three sentences; a diagram's caption explaining its numbered parts runs to 99 words). Swept 60/100/120/
#: 150 on dev HTML: from 100 up, one sh page loses 0.10 of its precision less, no page loses.
MAX_FIGCAPTION_WORDS = 120
#: HTML: the class/id token that marks an element as a picture's caption.
CAPTION_TOKEN = "caption"
#: HTML: a figcaption with this many paragraphs of sentences tells the story (a slideshow article).
MIN_CAPTION_STORY_PARAGRAPHS = 2
#: HTML: a photo credit line set right after a block is at most this long ("Jo Doe | Agency | Archive"), and
#: the block it credits at most MAX_CREDITED_CAPTION_WORDS (a post's last paragraph over its "Posted on …
#: by …" line, marked up as a credit, is longer).
MAX_SIBLING_CREDIT_WORDS = 12
MAX_CREDITED_CAPTION_WORDS = 60
#: A photo credit line names its source last, after a separator: "Jo Doe | Agency", "Jo Doe, Agency", "Jo Doe /
#: Agency", "A court file photo via Agency". The source is at most a few words, without a separator of its own.
_CREDIT_SOURCE = timed(regex.compile(r"(?:[|,/]|\bvia)\s*([^|,/]{2,40}?)\s*$"), "captions.credit-source")
#: Lexicon categories that name a photo's source ("Getty Images", "Associated Press").
_SOURCES = ("credits", "agencies")


def is_figcaption(d: Draft) -> bool:
    """HTML: the text of a ``<figcaption>`` (or of a paragraph boxed with an image alone, which the front
    end gives the CAPTION kind) describes a picture, whatever its shape; a table's ``<caption>`` does not.
    Nor does a line inside a ``<figcaption>`` that is its own paragraph element (``figcaption/div/p``)."""
    if d.dom is None or d.words > MAX_FIGCAPTION_WORDS:
        return False
    if d.kind is Kinds.CAPTION:
        return d.dom.tag != "caption"
    return d.kind in (Kinds.PARAGRAPH, Kinds.LINE) and figcaption_of(d) is not None


def is_caption_markup(d: Draft) -> bool:
    """HTML: a block whose own element is marked up as a caption (``class="caption"``, ``photo-caption``): a
    figure drawn without the figure tags, a gallery's slide text. ``find_parts`` takes it for a caption only
    when the body says it more than once (a gallery's caption under the slide and again in its viewer): one
    such caption alone is kept, as Readability keeps it (dev: dropping every one cost rd F1 0.001)."""
    return d.dom is not None and CAPTION_TOKEN in d.dom.own_tokens and d.words <= MAX_FIGCAPTION_WORDS \
        and d.kind in (Kinds.PARAGRAPH, Kinds.LINE)


def figcaption_of(d: Draft) -> str | None:
    """HTML: the path of the ``<figcaption>`` holding the block, or None."""
    if d.dom is None or "figcaption" not in d.dom.path:
        return None
    segs = d.dom.path.split("/")
    at = next((i for i, seg in enumerate(segs) if seg.partition("[")[0] == "figcaption"), None)
    return None if at is None else "/".join(segs[:at + 1])


def told_in_captions(body: list[Draft]) -> set[str]:
    """HTML: figcaptions holding two paragraphs of sentences or more: a slideshow told in its captions (each
    slide's text under its picture), which is the story, not a description of a picture."""
    counts = Counter(key for d in body if d.kind is Kinds.PARAGRAPH and d.ends_sentence
                     and (key := figcaption_of(d)) is not None)
    return {key for key, n in counts.items() if n >= MIN_CAPTION_STORY_PARAGRAPHS}


def names_photo_source(d: Draft, lex: Lexicon) -> bool:
    """A short line, no sentence, that is a credit (``is_credit_like``) or ends with a photo agency or credit the
    lexicon knows, after a separator: "Jo Doe | Agency", "Jo Doe, Associated Press", "A file photo via AP"; the
    credit line under a picture when no markup names it."""
    if d.words > MAX_SIBLING_CREDIT_WORDS or d.ends_sentence:
        return False
    if d.is_credit_like:
        return True  # a credit whole: "Getty Images", "Photo: Jo Doe"
    match = _CREDIT_SOURCE.search(d.text)
    return match is not None and lex.lookup(match.group(1), _SOURCES) is not None


def captioned_by_named_source(drafts: list[Draft], i: int, lex: Lexicon) -> int | None:
    """HTML: the block and a photo credit line beside it (``names_photo_source``, above or below) are all the text
    of a box: a picture's caption and its credit, drawn without figure tags or credit markup. Returns the credit's
    index. The box must hold the two alone (a box's blocks come one after another): a story's paragraph above a
    "Jo Doe, Agency" line shares the story's column with the paragraphs before it."""
    d = drafts[i]
    box = parent_path(d)
    if box is None or d.words > MAX_CREDITED_CAPTION_WORDS or d.kind not in (Kinds.PARAGRAPH, Kinds.LINE):
        return None
    for j in (i + 1, i - 1):
        if not 0 <= j < len(drafts) or not in_element(drafts[j], box) or not names_photo_source(drafts[j], lex):
            continue
        first, last = min(i, j), max(i, j)
        if (first == 0 or not in_element(drafts[first - 1], box)) and (
                last + 1 == len(drafts) or not in_element(drafts[last + 1], box)):
            return j
    return None


def captioned_by_credit(d: Draft, after: Draft | None) -> bool:
    """HTML: a short paragraph or line whose next block is a photo credit in the same box (``.credit`` markup,
    ``<small>`` in a figure: ``Evidence.is_credit``) describes that picture: a caption drawn without figure
    tags ("A ferry at the pier" / "Jo Doe | Agency"). Readability keeps such captions, the sh annotators drop
    them; the credit beside it is the evidence both would see (dev: every such pair outside rd's bodies)."""
    if d.dom is None or after is None or after.dom is None or not after.dom.is_credit:
        return False
    if d.words > MAX_CREDITED_CAPTION_WORDS or after.words > MAX_SIBLING_CREDIT_WORDS or d.dom.is_credit:
        return False
    if d.kind not in (Kinds.PARAGRAPH, Kinds.LINE, Kinds.CAPTION):
        return False
    return parent_path(d) == parent_path(after)
