"""Metadata as display text and the fields trafilatura users read: entities, bylines, titles, description,
image, tags, categories, teaser URLs, and the language of a text dump. Made-up pages."""

from __future__ import annotations

import json

import pytest

import pagesplit
from pagesplit.frontend.entities import unescape
from pagesplit.frontend.html import parse
from pagesplit.frontend.metadata import read_metadata
from pagesplit.language import guess_language
from pagesplit.lexicon import load

STORY = "".join(
    f"<p>{s}</p>" for s in (
        "The town council voted on Tuesday to turn the old ferry pier into a floating garden, ending a long "
        "argument about what to do with the concrete structure since the last ferry left in the spring.",
        "Boxes of salt-tolerant shrubs and seagrass will rise and fall with the tide, and a path of planks will "
        "let visitors walk out to the end of the pier, where benches face the islands across the bay.",
        "The work is paid for by a grant from the regional heritage fund and by donations from residents, who "
        "raised more than half of the money in a year of bake sales, concerts and sponsored swims.",
    )
)


def doc(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(("raw", "display"), [
    ("O&#039;Donnell", "O'Donnell"),
    ("Spreads Via &#8216;Game&#8217;", "Spreads Via ‘Game’"),
    ("Bike &amp;amp; Style", "Bike & Style"),
    ("&#x201E;Zitat&#x201C;", "„Zitat“"),
    ("x&lt;y &quot;z&quot; &nbsp;w", 'x<y "z" \u00a0w'),
    ("AT&T and R&D", "AT&T and R&D"),  # no reference: left alone
    ("a?x=1&para=2", "a?x=1&para=2"),  # no ';': no reference
    ("line&#10;break", "line break"),  # a reference to a line break would add a line
])
def test_unescape(raw: str, display: str) -> None:
    assert unescape(raw) == display


def test_metadata_values_are_display_text() -> None:
    head = ('<meta property="og:title" content="Bike &amp;amp; Style: a review">'
            + ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Lindsey O&#039;Donnell"},
                  "description": "A book &#8216;with a soundtrack&#8217;"}))
    hints = read_metadata(parse(doc(head, "<p>x</p>")))
    assert hints.title == "Bike & Style: a review"
    assert hints.byline == "Lindsey O'Donnell"
    assert hints.description == "A book ‘with a soundtrack’"


def test_text_dump_block_text_is_display_text() -> None:
    dump = "Ferry &#8216;garden&#8217; opens on the old pier\n\n" + "The town&#039;s pier has a garden now. " * 12
    page = pagesplit.split_text(dump)
    assert page.article is not None
    assert page.article.title == "Ferry ‘garden’ opens on the old pier"
    assert "&#" not in page.article.text


def test_jsonld_author_by_reference_beats_a_footer_theme_credit() -> None:
    graph = {"@graph": [
        {"@type": "Article", "headline": "Pier becomes a garden", "author": {"@id": "https://t.example/#/person/1"}},
        {"@type": "Person", "@id": "https://t.example/#/person/1", "name": "Mara Lind"},
    ]}
    body = ("<article><h1>Pier becomes a garden</h1>" + STORY + "</article>"
            '<footer><p>Theme: Newsy by <a href="https://themes.example" rel="author">ThemeShop</a></p></footer>')
    page = pagesplit.split_html(doc(ld(graph), body))
    assert page.article is not None
    assert page.article.byline == "Mara Lind"


def test_a_footer_theme_credit_is_no_byline() -> None:
    body = ("<article><h1>Pier becomes a garden</h1>" + STORY + "</article>"
            '<div id="footer">Theme by <a href="https://themes.example" rel="author">ThemeShop</a></div>')
    assert read_metadata(parse(doc("", body))).byline is None


def test_a_url_slug_is_no_title() -> None:
    head = ('<meta property="og:title" content="harbour-pier-garden-2018">'
            "<title>The old pier becomes a floating garden | Times</title>")
    assert read_metadata(parse(doc(head, "<p>x</p>"))).title == "The old pier becomes a floating garden"


def test_the_byline_shown_next_to_the_story_beats_the_meta_author() -> None:
    head = '<meta name="author" content="Newsdesk">'
    body = '<article><h1>Pier becomes a garden</h1><p class="byline">By Mara Lind</p>' + STORY + "</article>"
    page = pagesplit.split_html(doc(head, body))
    assert page.article is not None
    assert page.article.byline == "By Mara Lind"


def test_description_image_tags_categories() -> None:
    head = ('<link rel="canonical" href="https://times.example/news/pier-garden">'
            '<meta property="og:description" content="The old pier gets a garden.">'
            '<meta property="og:image" content="/img/pier.jpg">'
            '<meta property="article:tag" content="Harbour"><meta property="article:tag" content="Gardens">'
            '<meta property="article:section" content="Local">')
    page = pagesplit.split_html(doc(head, "<article><h1>Pier becomes a garden</h1>" + STORY + "</article>"))
    assert page.description == "The old pier gets a garden."
    assert page.image == "https://times.example/img/pier.jpg"
    assert page.tags == ("Harbour", "Gardens")
    assert page.categories == ("Local",)
    out = page.to_dict()
    assert out["tags"] == ["Harbour", "Gardens"] and out["categories"] == ["Local"]


def test_jsonld_keywords_and_section() -> None:
    head = ld({"@type": "NewsArticle", "keywords": "harbour, gardens, harbour", "articleSection": ["Local", "Life"],
               "image": {"@type": "ImageObject", "url": "https://times.example/a.jpg"}})
    hints = read_metadata(parse(doc(head, "<p>x</p>")))
    assert hints.tags == ("harbour", "gardens")
    assert hints.categories == ("Local", "Life")
    assert hints.image == "https://times.example/a.jpg"


def test_teaser_urls_resolve_against_the_canonical_url() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/news/story-{i}'>{headline}</a></h3><p>{summary}</p></div>"
        for i, (headline, summary) in enumerate([
            ("Night trains return to the northern coast", "A sleeper service links the capital with three towns."),
            ("Village bakery wins a prize for its seaweed loaf", "The judges praised the crust and the salt."),
            ("Lighthouse cottages to become a sailmaking school", "Twelve students will start in the autumn."),
        ]))
    page_html = doc('<link rel="canonical" href="https://times.example/news/pier-garden">',
                    "<article><h1>Pier becomes a garden</h1>" + STORY + "</article><aside><h2>More news</h2>"
                    + cards + "</aside>")
    page = pagesplit.split_html(page_html)
    assert page.teasers
    assert all((t.url or "").startswith("https://times.example/news/story-") for t in page.teasers)
    given = pagesplit.split_html(page_html, url="https://mirror.example/a/b")
    assert all((t.url or "").startswith("https://mirror.example/news/story-") for t in given.teasers)


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Hafen der Stadt wird im Sommer wieder für die Fähre geöffnet, und die Bewohner freuen sich auf den "
     "Verkehr mit den Inseln, der seit dem Winter ruht und nun wieder beginnt.", "de"),
    ("The harbour of the town will open again for the ferry in the summer, and the people who live there are "
     "glad that the boats to the islands will run again after the winter.", "en"),
    ("Le port de la ville sera de nouveau ouvert au ferry cet été, et les habitants se réjouissent de retrouver "
     "les bateaux pour les îles, qui ne circulent plus depuis l'hiver.", "fr"),
    ("El puerto de la ciudad se abrirá de nuevo para el ferry en el verano, y los vecinos se alegran de que los "
     "barcos a las islas vuelvan a salir después del invierno.", "es"),
    ("町の港は夏にフェリーのために再び開かれ、住民は冬の間止まっていた島への船が戻ることを喜んでいる。", "ja"),
    ("Menu Search Login", None),
])
def test_language_of_a_dump(text: str, lang: str | None) -> None:
    assert guess_language([text], load()) == lang


def test_page_language_for_a_text_dump() -> None:
    dump = "Fähre kehrt zurück\n\n" + ("Der Hafen der Stadt wird im Sommer wieder für die Fähre geöffnet, und "
                                       "die Bewohner freuen sich auf den Verkehr mit den Inseln. ") * 5
    assert pagesplit.split_text(dump).language == "de"


STORY_PAGE = "<nav><a href='/'>Home</a></nav><h1>Pier becomes a floating garden</h1>" + STORY


def test_a_site_name_in_title_does_not_beat_the_headline() -> None:
    page = pagesplit.split_html(doc("<title>News Site</title>", STORY_PAGE))
    assert page.article is not None
    assert page.article.title == "Pier becomes a floating garden"


@pytest.mark.parametrize("declared", [
    '<meta property="og:title" content="Pier becomes a floating garden | Harbour Times">',
    '<meta name="twitter:title" content="The old pier will be a garden on the water">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council turns the pier into a '
    'garden"}</script>',
])
def test_the_shown_headline_is_the_title_and_the_declared_one_is_kept(declared: str) -> None:
    """A site suffix or other words in og:title or JSON-LD: the article's title is the headline shown, the same
    as without the metadata; what the publisher declares is the page's ``declared_title``."""
    with_meta = pagesplit.split_html(doc(declared, STORY_PAGE))
    without = pagesplit.split_html(doc("", STORY_PAGE))
    assert with_meta.article is not None and without.article is not None
    assert with_meta.article.title == without.article.title == "Pier becomes a floating garden"
    assert [b.text for b in with_meta.blocks if b.role is pagesplit.Role.TITLE] == ["Pier becomes a floating garden"]
    assert with_meta.declared_title is not None and with_meta.declared_title in declared
    assert without.declared_title is None


def test_the_title_element_is_kept_as_the_declared_title_when_no_metadata_declares_one() -> None:
    page = pagesplit.split_html(doc("<title>Pier becomes a floating garden | Harbour Times</title>", STORY_PAGE))
    assert page.article is not None
    assert page.article.title == "Pier becomes a floating garden"
    assert page.declared_title == "Pier becomes a floating garden | Harbour Times"


def test_with_no_headline_block_the_declared_title_stands_in() -> None:
    page = pagesplit.split_html(doc('<meta property="og:title" content="Pier becomes a floating garden">', STORY))
    assert page.article is not None
    assert not [b for b in page.blocks if b.role is pagesplit.Role.TITLE]
    assert page.article.title == "Pier becomes a floating garden"


def test_a_title_element_saying_the_headline_in_fuller_words_is_the_title() -> None:
    page = pagesplit.split_html(doc("<title>Pier becomes a floating garden | Harbour Times</title>", STORY_PAGE))
    assert page.article is not None
    assert page.article.title == "Pier becomes a floating garden"


@pytest.mark.parametrize("head", [
    '<meta property="og:title" content="harbour-pier-garden-2018"><title>Harbour Times</title>',
    pytest.param("<title>Harbour Times: pier becomes a floating garden, says council</title>", marks=pytest.mark.xfail(
        strict=True, reason="rules.parts.find_title takes the <title> element's own block when the hint matches "
                            "no block of the body; the h1 should win (issue 12, left to the rules rework)")),
    "",
])
def test_the_title_is_the_headline_block(head: str) -> None:
    page = pagesplit.split_html(doc(head, STORY_PAGE))
    assert page.article is not None
    blocks = [b.text for b in page.blocks if b.role is pagesplit.Role.TITLE]
    assert blocks == ["Pier becomes a floating garden"]
    assert page.article.title == blocks[0]
