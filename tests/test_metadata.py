"""Page metadata: JSON-LD, Open Graph, meta tags, markup and <title>."""

from __future__ import annotations

import json

import pytest

from pagesplit.frontend.html import parse
from pagesplit.frontend.metadata import clean_title, read_metadata


def doc(head: str, body: str = "<p>Body text.</p>", lang: str = "") -> str:
    attr = f' lang="{lang}"' if lang else ""
    return f"<html{attr}><head>{head}</head><body>{body}</body></html>"


def test_json_ld_article() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry timetable changes in May",
          "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Tom Berg"}],
          "datePublished": "2024-04-02T08:00:00Z", "publisher": {"@type": "Organization", "name": "Coast Daily"}}
    hints = read_metadata(parse(doc(f'<script type="application/ld+json">{json.dumps(ld)}</script>')))
    assert hints.title == "Ferry timetable changes in May"
    assert hints.byline == "Ann Lee, Tom Berg"
    assert hints.published == "2024-04-02T08:00:00Z"
    assert hints.site_name == "Coast Daily"


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    ld = {"@type": "NewsArticle", "headline": "Ferry timetable changes in May", "author": {"name": "Ann Lee"}}
    head = (f'<meta property="og:title" content="Ferry timetable | Coast Daily">'
            f'<script type="application/ld+json">\n  <![CDATA[\n {json.dumps(ld)}\n ]]>\n</script>')
    hints = read_metadata(parse(doc(head)))
    assert (hints.title, hints.byline) == ("Ferry timetable changes in May", "Ann Lee")


def test_json_ld_graph_and_broken_json() -> None:
    graph = {"@graph": [{"@type": "WebSite", "name": "x"},
                        {"@type": "BlogPosting", "headline": "Notes from the allotment", "author": "Mo Reed"}]}
    head = ('<script type="application/ld+json">{not json</script>'
            f'<script type="application/ld+json">{json.dumps(graph)}</script>')
    hints = read_metadata(parse(doc(head)))
    assert hints.title == "Notes from the allotment"
    assert hints.byline == "Mo Reed"


def test_open_graph_and_meta() -> None:
    head = ('<meta property="og:title" content="Bridge reopens after repairs">'
            '<meta property="og:site_name" content="Valley News"><meta name="author" content="Kim Park">'
            '<meta property="article:published_time" content="2023-11-05T10:30:00+01:00">'
            '<meta property="og:locale" content="fr_CA"><meta property="og:url" content="/bridge">')
    hints = read_metadata(parse(doc(head)), "https://valley.example/news/x")
    assert hints.title == "Bridge reopens after repairs"
    assert hints.site_name == "Valley News"
    assert hints.byline == "Kim Park"
    assert hints.published == "2023-11-05T10:30:00+01:00"
    assert hints.language == "fr-CA"
    assert hints.canonical_url == "https://valley.example/bridge"


def test_markup_fallbacks() -> None:
    body = ('<h1>Only heading</h1><span class="byline-name">Lee Moss</span>'
            '<time datetime="2022-01-09">9 Jan</time><p>Text.</p>')
    head = '<title>A walk along the old canal path | Towpath Times</title><link rel="canonical" href="https://t.example/c">'
    hints = read_metadata(parse(doc(head, body, lang="en-GB")))
    assert hints.title == "A walk along the old canal path"
    assert hints.byline == "Lee Moss"
    assert hints.published == "2022-01-09"
    assert hints.language == "en-GB"
    assert hints.canonical_url == "https://t.example/c"


def test_one_h1_when_no_title_element() -> None:
    hints = read_metadata(parse(doc("", "<h1>A walk along the old canal path</h1><p>Text.</p>")))
    assert hints.title == "A walk along the old canal path"


def test_rel_author() -> None:
    hints = read_metadata(parse(doc("", '<p>By <a rel="author" href="/u/jo">Jo Hart</a></p>')))
    assert hints.byline == "Jo Hart"


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Twelve ways to fold a paper crane | Paper Weekly", None, "Twelve ways to fold a paper crane"),
    ("Paper Weekly - Twelve ways to fold a paper crane", "Paper Weekly", "Twelve ways to fold a paper crane"),
    ("Short one | Site", None, "Short one | Site"),
    ("No separator in this title", None, "No separator in this title"),
])
def test_clean_title(title: str, site: str | None, expected: str) -> None:
    assert clean_title(title, site) == expected


def test_author_box_heading_is_not_the_byline() -> None:
    """Markup marked "author" may hold the heading of an author box ("About the author"): a label, not a
    name, so the byline line of the story stands."""
    import pagesplit

    paragraphs = "".join(
        f"<p>The harbour wall on the east side of the island will be rebuilt over the summer, the council said, "
        f"after the winter storms opened a second breach in it ({n}).</p>" for n in range(5))
    html = (f"<html><body><article><h1>Harbour wall to be rebuilt before autumn</h1><p>By Ann Lee</p>{paragraphs}"
            '<div class="author-box"><h3 class="author-title">About the author</h3>'
            "<p>Ann Lee covers the islands for the paper.</p></div></article></body></html>")
    page = pagesplit.split_html(html)
    assert page.article is not None and page.article.byline == "By Ann Lee"


def test_markup_byline_is_the_first_box_not_the_shortest_name_on_the_page() -> None:
    """The story's byline box comes first; a side card's author line later may be shorter. Within the first
    box, the tightest element holding a name is the byline."""
    body = ('<h1>Harbour plan goes back to the committee</h1>'
            '<div class="byline">Story by <span class="author-name">Marta Lindqvist-Oyelaran</span></div>'
            '<p>Text.</p><aside><h3>Opinion</h3><a href="/o/1">Why the ferry matters</a>'
            '<em class="byline">Jo Bay</em></aside>')
    hints = read_metadata(parse(doc("", body)))
    assert hints.byline == "Marta Lindqvist-Oyelaran"
