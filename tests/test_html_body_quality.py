"""HTML: what inside the story's container is not story text (role and rule id).

Made-up pages, one behaviour each; the dev-corpus cases that motivated them are named in the rules' comments.
"""

from __future__ import annotations

import pagesplit
from pagesplit.model import Role

PROSE = ("The committee met on a grey morning to weigh the proposal, and after a long debate, "
         "with several amendments, it agreed to send the plan back for another review. ")
URL = "https://news.example.org/2031/05/harbour-plan"


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def block_with(p: pagesplit.Page, text: str) -> pagesplit.Block:
    return next(b for b in p.blocks if text in b.text)


def paragraphs(n: int, start: int = 0) -> str:
    return "".join(f"<p>{PROSE} Paragraph number {i} adds its own detail.</p>" for i in range(start, start + n))


STORIES = ("Night ferry returns to the northern route", "Old tram depot becomes a market hall",
           "Harbour pilots train on a new simulator")


def test_list_of_headline_links_to_the_sites_stories_inside_the_story_is_teasers() -> None:
    items = "".join(f"<li><a href='https://news.example.org/2031/04/story-{i}'>{t}</a></li>"
                    for i, t in enumerate(STORIES))
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1>{paragraphs(3)}"
                                  f"<h3>Reading on the harbour</h3><ul>{items}</ul>{paragraphs(3, 3)}</article>"),
                             url=URL)
    assert p.article is not None
    b = block_with(p, STORIES[1])
    assert (b.role, b.reason.rule) == (Role.TEASER, "teaser.link-list")
    b = block_with(p, "Reading on the harbour")
    assert (b.role, b.reason.rule) == (Role.CHROME, "chrome.box-label")
    assert {t.title for t in p.teasers} == set(STORIES)
    assert all(t.section == "Reading on the harbour" for t in p.teasers)
    assert sum("Paragraph number" in para for para in p.article.paragraphs) == 6  # the box does not cut the story


#: A site menu: most of a page's links lead to its own site, which tells the page's site.
NAV = "<ul>" + "".join(f"<li><a href='https://news.example.org/{s}'>{s.title()}</a></li>"
                       for s in ("about", "jobs", "contact", "archive", "weather")) + "</ul>"


def test_a_table_of_contents_and_a_list_of_references_stay_story_text() -> None:
    toc = "".join(f"<li><a href='#part-{i}'>{t}</a></li>" for i, t in enumerate(STORIES))
    refs = "".join(f"<li><a href='https://archive.example.net/doc/{i}'>{t}</a></li>" for i, t in enumerate(STORIES))
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1><ul>{toc}</ul>"
                                  f"{paragraphs(4)}<h3>Sources</h3><ol>{refs}</ol></article>"
                                  f"<footer>{NAV}</footer>"), url=URL)
    assert not p.teasers
    assert all(block_with(p, t).role is not Role.TEASER for t in STORIES)


def test_paragraph_with_a_photo_credit_after_it_in_the_same_box_is_a_caption() -> None:
    photo = ("<div class='media'><img src='/pier.jpg' alt=''><div class='media-text'>Two ferry crews tie up at "
             "the old pier while the tide is out</div><div class='media-credit'>Jo Dunmore, Harbour Wire</div></div>")
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1>{paragraphs(2)}{photo}"
                                  f"{paragraphs(3, 2)}</article>"), url=URL)
    assert p.article is not None
    b = block_with(p, "Two ferry crews")
    assert (b.role, b.reason.rule) == (Role.CAPTION, "article.caption")
    assert block_with(p, "Jo Dunmore").role is Role.CAPTION
    assert sum("Paragraph number" in para for para in p.article.paragraphs) == 5


def test_a_paragraph_before_a_credit_in_another_box_stays_text() -> None:
    credit = "<div class='media'><img src='/pier.jpg' alt=''><small class='credit'>Jo Dunmore</small></div>"
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1>{paragraphs(2)}"
                                  f"<p>The ferry crews were not asked.</p>{credit}{paragraphs(3, 2)}</article>"),
                             url=URL)
    b = block_with(p, "ferry crews were not asked")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")


def test_a_long_figcaption_explaining_a_diagram_is_a_caption() -> None:
    parts = ", ".join(f"({n}) the {w} deck" for n, w in enumerate(
        ("upper", "lower", "car", "crew", "engine", "cargo", "rescue", "sun", "bridge", "galley"), start=1))
    caption = (f"Cut-away drawing of the new harbour ferry showing its levels: {parts}. The drawing was made "
               "for the council by the yard that will build the ship, and it shows the plan as it stood last spring.")
    assert 60 < len(caption.split()) <= 120
    gallery = f"<ul><li><figure><img src='/ferry.png' alt=''><figcaption>{caption}</figcaption></figure></li></ul>"
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1>{paragraphs(3)}{gallery}"
                                  f"{paragraphs(3, 3)}</article>"), url=URL)
    b = block_with(p, "Cut-away drawing")
    assert (b.role, b.reason.rule) == (Role.CAPTION, "article.caption")


def test_a_long_byline_with_its_date_and_time_under_the_title_is_no_story_text() -> None:
    line = "<p>By Ana Roe and Tim Vale | May 3, 2031 at 2:26 PM - Updated May 3 at 4:46 PM</p>"
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1>{line}{paragraphs(4)}"
                                  "</article>"), url=URL)
    assert p.article is not None
    b = block_with(p, "Ana Roe")
    assert (b.role, b.reason.rule) == (Role.BYLINE, "article.byline")
    assert all("Ana Roe" not in para for para in p.article.paragraphs)


def test_a_story_sentence_opening_with_by_and_a_date_stays_text() -> None:
    first = "<p>By May 3, 2031 the harbour board wants the new ferry berth open for the first summer boats.</p>"
    p = pagesplit.split_html(page(f"<article><h1>Council sends the harbour plan back</h1>{first}{paragraphs(4)}"
                                  "</article>"), url=URL)
    b = block_with(p, "harbour board wants")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")
