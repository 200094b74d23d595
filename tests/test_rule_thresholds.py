"""Each rule family's thresholds, pinned one per test on synthetic drafts (jusText's
``tests/test_classify_paragraphs.py`` style).

One factory (``draft``) builds a block with exactly the features a test names, and every other feature at a
neutral value. Each test puts one block at a threshold and one just past it, so a changed threshold fails
here, next to its cause, before any fixture notices.
"""

from __future__ import annotations

from typing import Any

import pytest

from pagesplit import lexicon
from pagesplit.context import Context
from pagesplit.draft import Draft, Evidence, Fact
from pagesplit.features import is_prose
from pagesplit.model import BlockKind, InputKind, Role, Span, TeaserPart
from pagesplit.rules import (
    article,
    block_scores,
    card_pairs,
    card_parts,
    card_shapes,
    dom_card_claim,
    dom_cards,
    dom_chrome,
    html_story_elements,
    link_lists,
    listing,
    outside,
    own_story,
    parts,
    title,
    unlabeled_cards,
)
from pagesplit.rules.release import release

SITE = "https://example.org"


def draft(text: str = "", *, index: int = 0, kind: BlockKind = BlockKind.PARAGRAPH, words: int | None = None,
          chars: int | None = None, dom: Evidence | None = None, **features: Any) -> Draft:
    """A block with the given text and features; length features follow the text unless given."""
    d = Draft(index, text, kind, Span.lines(index + 1, index + 1), dom)
    d.chars = len(text) if chars is None else chars
    d.words = len(text.split()) if words is None else words
    for name, value in features.items():
        assert hasattr(d, name), name
        setattr(d, name, value)
    if "prose" not in features:
        d.prose = is_prose(d)  # as ``features.compute`` stores it
    return d


def evidence(**fields: Any) -> Evidence:
    """DOM evidence of a paragraph; ``fields`` override the neutral values."""
    return Evidence(**{"tag": "p", "path": "body/div/p", **fields})


def numbered(drafts: list[Draft]) -> list[Draft]:
    for i, d in enumerate(drafts):
        d.index = i
    return drafts


def context(kind: InputKind = InputKind.TEXT, **state: Any) -> Context:
    ctx = Context(lexicon=lexicon.load(), kind=kind)
    for name, value in state.items():
        setattr(ctx, name, value)
    return ctx


def words(n: int) -> str:
    return " ".join(["word"] * n)


# -- article: what counts as prose, what a block is worth ------------------------------------------------------


def test_prose_needs_min_prose_words_when_it_ends_a_sentence() -> None:
    assert block_scores.MIN_PROSE_WORDS == 8
    assert is_prose(draft(words=8, ends_sentence=True))
    assert not is_prose(draft(words=7, ends_sentence=True))


def test_prose_needs_min_long_words_when_it_ends_no_sentence() -> None:
    assert block_scores.MIN_LONG_WORDS == 25
    assert is_prose(draft(words=25))
    assert not is_prose(draft(words=24))


def test_a_section_label_costs_section_label_cost() -> None:
    assert block_scores.SECTION_LABEL_COST == 1200.0
    label = draft("More For You", role=Role.CHROME)
    label.decide(Role.CHROME, "chrome.section-label", "More For You", Fact.SECTION_LABEL)
    assert block_scores.block_score(label) == -1200.0
    label.decide(Role.CHROME, "chrome.lexicon")
    assert block_scores.block_score(label) == -block_scores.CHROME_COST


def test_list_items_count_from_min_list_item_words() -> None:
    assert (block_scores.MIN_LIST_ITEM_WORDS, block_scores.LIST_ITEM_WEIGHT) == (4, 0.5)
    assert block_scores.block_score(draft(chars=40, words=4, kind=BlockKind.LIST_ITEM)) == 20.0
    assert block_scores.block_score(draft(chars=40, words=3, kind=BlockKind.LIST_ITEM)) == -block_scores.SHORT_COST


def test_html_list_items_outside_the_main_content_earn_only_their_unlinked_text() -> None:
    text = "Where the old ferry used to land"  # a list of other pages' titles beside the story
    linked = evidence(tag="li", link_chars=len(text))
    assert block_scores.block_score(draft(text, kind=BlockKind.LIST_ITEM, dom=linked)) == 0.0
    half = evidence(tag="li", link_chars=len(text) // 2)
    half_score = block_scores.block_score(draft(text, kind=BlockKind.LIST_ITEM, dom=half))
    assert half_score == pytest.approx(len(text) / 4, abs=1)
    inside = evidence(tag="li", link_chars=len(text), in_main_content=True, content_score=1.0)
    assert block_scores.block_score(draft(text, kind=BlockKind.LIST_ITEM, dom=inside)) > 0  # a story's list of links


def test_a_dumps_paragraph_of_links_alone_from_whole_link_share() -> None:
    text = "The ferry company says the winter timetable brings two more crossings on weekdays."
    assert block_scores.WHOLE_LINK_SHARE == 0.95
    assert block_scores.block_score(draft(text, ends_sentence=True, link_share=0.95)) == 0.0
    assert block_scores.block_score(draft(text, ends_sentence=True, link_share=0.94)) > 0


def test_a_run_scoring_under_min_article_score_is_no_article() -> None:
    assert block_scores.MIN_ARTICLE_SCORE == 250.0

    def page(prose_chars: int) -> tuple[Context, str]:
        def prose() -> Draft:
            return draft(words=30, chars=prose_chars, ends_sentence=True, stopword_ratio=0.4)

        # two equal runs of prose apart (neither holds most of the page's prose), then a footer of short lines
        drafts = numbered([prose(), *(draft(words=1, chars=5) for _ in range(5)), prose(),
                           *(draft(words=1, chars=5) for _ in range(10))])
        ctx = context()
        article.select_article(drafts, ctx)
        return ctx, drafts[0].reason.rule

    assert page(250)[1] == "article.body"
    assert page(250)[0].article_start == 0
    # under the score, and too little of the page's prose for a short article: no article run; a text dump's last
    # resort takes the best run (``rules.page_prose``)
    assert page(249)[1] == "article.page-prose"


def _prose(chars: int, stopword_ratio: float = 0.4) -> Draft:
    return draft(words=30, chars=chars, ends_sentence=True, stopword_ratio=stopword_ratio)


def _fallback_page(first: Draft, second: Draft, after: list[Draft]) -> tuple[Context, list[Draft]]:
    """A menu, two prose blocks five short lines apart, neither scoring an article nor holding most of the page's
    prose, then ``after``: too many blocks for the whole page to be the article (``article.whole-page``)."""
    def short() -> Draft:
        return draft(words=1, chars=5)

    drafts = numbered([*(short() for _ in range(10)), first, *(short() for _ in range(5)), second, *after])
    ctx = context()
    article.select_article(drafts, ctx)
    return ctx, drafts


def test_a_dumps_last_resort_takes_only_prose_that_reads_as_running_text() -> None:
    assert block_scores.LOW_STOPWORD_RATIO == 0.04
    footer = [draft(words=1, chars=5) for _ in range(10)]
    ctx, drafts = _fallback_page(_prose(200, 0.04), _prose(200, 0.04), footer)
    assert (ctx.article_start, drafts[10].reason.rule) == (10, "article.page-prose")
    # prose with too few stopwords (a list of names, columns glued into lines) is no story to fall back on
    ctx, drafts = _fallback_page(_prose(200, 0.03), _prose(200, 0.03), footer)
    assert ctx.article_start is None
    assert ctx.notes == ["no-article: no run of prose long enough to be an article"]


def test_a_dumps_last_resort_skips_a_blurb_closing_the_page() -> None:
    assert block_scores.TAIL_START == 0.75
    # the best run, the last block, starts past TAIL_START with no prose below it: a footer's blurb
    ctx, _ = _fallback_page(_prose(100), _prose(600), [])
    assert ctx.article_start is None
    # …while with prose below it, the run is the story, however late it starts
    ctx, drafts = _fallback_page(_prose(100), _prose(300), [draft(words=1, chars=5), draft(words=1, chars=5),
                                                            _prose(50)])
    assert (ctx.article_start, drafts[16].reason.rule) == (16, "article.page-prose")


# -- card pairs -----------------------------------------------------------------------------------------------


def test_a_pairs_summary_is_pair_length_ratio_times_its_headline() -> None:
    assert card_pairs.PAIR_LENGTH_RATIO == 1.3
    headline = draft(chars=100)
    assert card_pairs.is_longer_summary(headline, draft(chars=130))
    assert not card_pairs.is_longer_summary(headline, draft(chars=129))


# -- teasers found by text shape ------------------------------------------------------------------------------


def _card(headline: str, meta: str | None) -> list[Draft]:
    blocks = [draft(headline, is_headline_like=True)]
    if meta is not None:
        blocks.append(draft(meta, is_meta_like=True))
    return blocks


def test_an_unlabeled_list_needs_min_unlabeled_cards() -> None:
    assert unlabeled_cards.MIN_UNLABELED_CARDS == 3

    def cards(n: int) -> list[Draft]:
        drafts = numbered([b for i in range(n) for b in _card(f"Headline number {i} of the list", "By Jo Doe")])
        unlabeled_cards.group_unlabeled_teasers(drafts, context())
        return drafts

    assert {d.role for d in cards(3)} == {Role.TEASER}
    assert {d.role for d in cards(2)} == {Role.OTHER}


def test_an_unlabeled_list_needs_min_unlabeled_share_of_cards_with_meta() -> None:
    assert unlabeled_cards.MIN_UNLABELED_SHARE == 0.8

    def cards(with_meta: int, bare: int) -> list[Draft]:
        drafts = numbered([b for i in range(with_meta) for b in _card(f"Headline number {i} of the list", "By Jo")]
                          + [b for i in range(bare) for b in _card(f"Bare headline number {i} here", None)])
        unlabeled_cards.group_unlabeled_teasers(drafts, context())
        return drafts

    assert {d.role for d in cards(4, 1)} == {Role.TEASER}  # 4 of 5 cards with a meta line: 0.8
    assert {d.role for d in cards(3, 2)} == {Role.OTHER}  # 3 of 5: 0.6


def test_a_bare_card_headline_has_min_bare_title_words() -> None:
    assert card_shapes.MIN_BARE_TITLE_WORDS == 4
    assert card_shapes.opens_bare_card(draft(words=4, is_headline_like=True))
    assert not card_shapes.opens_bare_card(draft(words=3, is_headline_like=True))


def test_a_short_line_under_a_repeated_headline_is_a_credit_up_to_max_credit_words() -> None:
    assert card_parts.MAX_CREDIT_WORDS == 4
    blocks = [draft("Lighthouse keepers open their cottages", is_headline_like=True),
              draft("Jo Doe Agency Images"),
              draft("Lighthouse keepers open their cottages", is_headline_like=True)]
    card_parts.label_card(numbered(blocks), 0, None)
    assert blocks[1].part is TeaserPart.CREDIT
    blocks[1] = draft("Jo Doe for Agency Images")
    card_parts.label_card(numbered(blocks), 0, None)
    assert blocks[1].part is TeaserPart.CAPTION


# -- DOM chrome ---------------------------------------------------------------------------------------------


def test_a_tag_list_has_min_tag_link_share_of_its_text_in_tag_links() -> None:
    assert dom_chrome.MIN_TAG_LINK_SHARE == 0.5
    tags = draft(words=6, chars=100, dom=evidence(tag_link_chars=50, in_main_content=True))
    keyword = draft(words=6, chars=100, dom=evidence(tag_link_chars=49, in_main_content=True))
    dom_chrome.mark_dom_chrome([tags, keyword], context(InputKind.HTML))
    assert (tags.role, tags.reason.rule) == (Role.CHROME, "chrome.dom-tags")
    assert keyword.role is Role.OTHER


def test_a_link_list_outside_the_main_content_has_link_list_density() -> None:
    assert dom_chrome.LINK_LIST_DENSITY == 0.7
    links = draft(words=6, chars=100, dom=evidence(link_chars=70))
    text = draft(words=6, chars=100, dom=evidence(link_chars=69))
    inside = draft(words=6, chars=100, dom=evidence(link_chars=100, in_main_content=True))
    dom_chrome.mark_dom_chrome([links, text, inside], context(InputKind.HTML))
    assert (links.role, links.reason.rule, links.verdict.overridable) == (Role.CHROME, "chrome.link-list", True)
    assert text.role is Role.OTHER and inside.role is Role.OTHER


# -- DOM cards and listings -----------------------------------------------------------------------------------


def test_a_linked_card_title_has_min_linked_title_words() -> None:
    assert dom_card_claim.MIN_LINKED_TITLE_WORDS == 3
    three = draft("Harbour market moves", is_headline_like=True, dom=evidence(href=f"{SITE}/2024/market"))
    two = draft("Harbour market", is_headline_like=True, dom=evidence(href=f"{SITE}/2024/market"))
    assert dom_card_claim.card_title([three]) is three
    assert dom_card_claim.card_title([two]) is None


def test_a_card_title_cut_short_has_at_most_max_title_words() -> None:
    assert title.MAX_TITLE_WORDS == 40
    assert dom_card_claim._truncated_headline(draft(words(40) + "..."))
    assert not dom_card_claim._truncated_headline(draft(words(41) + "..."))


def test_a_card_links_at_most_max_card_links_places() -> None:
    assert dom_card_claim.MAX_CARD_LINKS == 4

    def card(links: int) -> list[Draft]:
        headline = draft("Harbour market moves indoors for the winter", is_headline_like=True,
                         dom=evidence(href=f"{SITE}/2024/market", card_item=1, card_group=1))
        others = [draft(f"Link {i}", dom=evidence(href=f"{SITE}/2024/other-{i}", card_item=1, card_group=1))
                  for i in range(links - 1)]
        drafts = numbered([headline, *others])
        dom_cards.group_dom_cards(drafts, context(InputKind.HTML))
        return drafts

    assert card(4)[0].role is Role.TEASER
    assert card(5)[0].role is Role.OTHER


def test_a_run_with_listing_share_of_its_text_in_cards_is_a_listing() -> None:
    assert listing.LISTING_SHARE == 0.6

    def share(in_cards: int) -> bool:
        carded = draft(chars=in_cards, role=Role.ARTICLE, dom=evidence(card_item=1))
        plain = draft(chars=100 - in_cards, role=Role.ARTICLE, dom=evidence())
        return listing.is_listing([carded, plain], {1: [carded]})

    assert share(60)
    assert not share(59)


def test_a_listing_run_the_cards_took_leaves_no_article() -> None:
    heading = draft("Latest from the harbour", role=Role.TITLE)
    card = draft("Harbour market moves indoors", role=Role.TEASER)
    ctx = context(InputKind.HTML, article_start=0, article_end=1, title_index=0, listing=True)
    listing.drop_listing_article([heading, card], ctx)
    assert (heading.role, ctx.article_start, ctx.title_index) == (Role.CHROME, None, None)
    assert ctx.notes == ["no-article: the main run was a listing of teaser cards"]


# -- link-list boxes ------------------------------------------------------------------------------------------


def test_a_link_list_box_has_min_list_links_items() -> None:
    assert link_lists.MIN_LIST_LINKS == 3

    def box(items: int) -> list[Draft]:
        drafts = numbered([
            draft(f"Harbour story number {i} of the box", kind=BlockKind.LIST_ITEM, chars=34,
                  dom=evidence(tag="li", path="body/article/ul/li", href=f"{SITE}/2024/story-{i}", link_chars=34,
                               in_main_content=True))
            for i in range(items)])
        link_lists.mark_link_lists(drafts, context(InputKind.HTML))
        return drafts

    assert {d.reason.rule for d in box(3)} == {"teaser.link-list"}
    assert {d.role for d in box(2)} == {Role.OTHER}


def test_a_link_list_boxs_label_has_at_most_max_label_words() -> None:
    assert link_lists.MAX_LABEL_WORDS == 8
    label = draft(words(8), kind=BlockKind.HEADING, dom=evidence(tag="h3"))
    assert link_lists._label_above([label, draft()], draft(index=1)) is label
    longer = draft(words(9), kind=BlockKind.HEADING, dom=evidence(tag="h3"))
    assert link_lists._label_above([longer, draft()], draft(index=1)) is None


# -- title and parts ------------------------------------------------------------------------------------------


def test_a_title_has_at_most_max_title_words() -> None:
    assert title.MAX_TITLE_WORDS == 40
    assert title._headline_like_title(draft(words(40)))
    assert not title._headline_like_title(draft(words(41)))


def test_a_byline_has_at_most_max_byline_words() -> None:
    from pagesplit.features import MAX_BYLINE_WORDS

    assert MAX_BYLINE_WORDS == 12
    name = draft("Jo Doe and Al Roe", words=MAX_BYLINE_WORDS)
    opener = draft("By", words=1, names_byline=True)
    drafts = numbered([draft("Headline", role=Role.TITLE), opener, name, draft(words=30, role=Role.ARTICLE)])
    parts.find_parts(drafts, context(article_start=3, article_end=3, title_index=0))
    assert (opener.role, name.role) == (Role.BYLINE, Role.BYLINE)


def test_an_attribution_has_at_most_max_attribution_words() -> None:
    assert parts.MAX_ATTRIBUTION_WORDS == 6

    def closing(text: str) -> Draft:
        drafts = numbered([draft(words=30, role=Role.ARTICLE), draft(text)])
        parts._find_attribution(drafts, context(article_start=0, article_end=0))
        return drafts[1]

    assert closing("(Thomson Reuters Foundation press desk here)").role is Role.ATTRIBUTION
    assert closing("(Thomson Reuters Foundation press desk here today)").role is Role.OTHER


def test_a_body_meta_line_has_at_most_max_body_meta_words() -> None:
    assert parts.MAX_BODY_META_WORDS == 4
    assert parts._is_body_meta_line(draft(words=4))
    assert not parts._is_body_meta_line(draft(words=5))


# -- what nobody claimed, and taking a claim back -------------------------------------------------------------


@pytest.mark.parametrize(("prose", "has_article", "rule"), [
    (True, True, "other.outside"),
    (True, False, "other.no-article"),
    (False, True, "chrome.outside"),
])
def test_unclaimed_blocks_are_outside(prose: bool, has_article: bool, rule: str) -> None:
    d = draft(words=30 if prose else 3)
    outside.mark_outside([d], context(article_start=0 if has_article else None))
    assert (d.reason.rule, d.verdict.kind.value) == (rule, "fallback")


def test_release_takes_a_block_out_of_its_card() -> None:
    d = draft(words=30, card=4, part=TeaserPart.SUMMARY, section="Related")
    d.decide(Role.TEASER, "teaser.summary", fact=Fact.SHAPE_CARD)
    release(d)
    assert (d.role, d.reason.rule, d.card, d.part, d.section, d.verdict.fact) == (
        Role.OTHER, "other.outside", None, None, None, None)


def test_a_card_of_the_pages_own_story_is_no_teaser() -> None:
    headline = draft("Council sends the harbour plan back", card=0, part=TeaserPart.TITLE)
    headline.decide(Role.TEASER, "teaser.title", fact=Fact.SHAPE_CARD)
    meta = draft("By Jo Doe", card=0, part=TeaserPart.META)
    meta.decide(Role.TEASER, "teaser.meta", fact=Fact.SHAPE_CARD)
    ctx = context()
    ctx.hints.title = "Council sends the harbour plan back"
    own_story.drop_own_story(numbered([headline, meta]), ctx)
    assert (headline.reason.rule, meta.reason.rule) == ("chrome.own-story", "chrome.outside")


def test_html_run_ends_with_the_main_content_when_teaser_cards_follow_it_however_much_prose_lies_past_them() -> None:
    story = [draft("Story paragraph " * 12, dom=evidence(in_main_content=True, content_score=1.0)) for _ in range(2)]
    card = [draft("Harbour story about the ferry crews", kind=BlockKind.HEADING,
                  dom=evidence(card_item=7, card_group=7))]
    offers = [draft("An offer past the cards " * 8, dom=evidence()) for _ in range(4)]  # more prose than the story
    drafts = numbered(story + card + offers)
    scores = [block_scores.block_score(d) for d in drafts]
    assert html_story_elements.trim_to_main_content(drafts, scores, 0, len(drafts) - 1) == (0, 1)
    # no card box after the main content: the container may be too narrow, and the run is left as it is
    plain = numbered(story + offers)
    assert html_story_elements.trim_to_main_content(plain, [block_scores.block_score(d) for d in plain], 0, 5) == (0, 5)
