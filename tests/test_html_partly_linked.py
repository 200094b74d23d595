"""Records whose headline is linked only in part (``card_groups.partly_linked_titles``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-gazette.example/news/the-story"
PROSE = ("<p>The harbour board met on Tuesday, and after a long debate, it voted to rebuild the old ferry pier "
         "before the winter storms, at a cost the town can carry.</p>")
STORY = f"<h1>Harbour board votes to rebuild the old ferry pier</h1>{PROSE * 6}"
#: Headlines set in part as links, as a "more stories" list after a story shows them: (before, linked, after).
HEADLINES = (("Lighthouse keepers ", "return to the northern cape", ""),
             ("Could a ferry run ", "on the tide alone", "?"),
             ("Night trains are back: ", "the timetable for the coast", ""),
             ("The bakery that bakes ", "with seaweed wins a prize", ""))


#: The site's own headline links beside the story (the page's site is the one most headline links lead to).
LATEST = "".join(f'<li><a href="/news/latest-{n}">Latest headline number {n} of the harbour gazette</a></li>'
                 for n in range(5))


def _page(items: str) -> str:
    """A story ending in a list of ``items`` (no label: the records are the evidence), the site's links before it."""
    return (f"<html><body><aside><ul>{LATEST}</ul></aside><main><article>{STORY}<ul>{items}</ul></article>"
            "</main></body></html>")


def _item(before: str, linked: str, after: str, href: str) -> str:
    return f'<li>{before}<a href="{href}">{linked}</a>{after}</li>'


def test_a_list_of_partly_linked_headlines_after_the_story_is_teasers() -> None:
    items = "".join(_item(b, lk, a, f"/news/story-{n}") for n, (b, lk, a) in enumerate(HEADLINES))
    page = split_html(_page(items), url=URL)
    titles = {t.title for t in page.teasers} - {f"Latest headline number {n} of the harbour gazette" for n in range(5)}
    assert titles == {b + lk + a for b, lk, a in HEADLINES}
    assert page.article is not None and "Lighthouse" not in page.article.text
    assert {b.reason.rule for b in page.blocks if b.text in titles} == {"teaser.dom-card"}


def test_partly_linked_lines_to_other_sites_stay_in_the_story() -> None:
    items = "".join(_item(b, lk, a, f"https://other-paper.example/{n}") for n, (b, lk, a) in enumerate(HEADLINES))
    page = split_html(_page(items), url=URL)
    assert not any(t.title.startswith("Lighthouse") for t in page.teasers)
    assert page.article is not None and "Lighthouse keepers return" in page.article.text


def test_entries_of_several_lines_in_the_story_are_no_headlines() -> None:
    items = "".join(f"<li>May {n + 10}, 2019<br>{b}<a href='/news/story-{n}'>{lk}</a>{a}</li>"
                    for n, (b, lk, a) in enumerate(HEADLINES))
    page = split_html(_page(items), url=URL)
    assert not any("Lighthouse" in t.title for t in page.teasers)
    assert page.article is not None and "Lighthouse keepers return" in page.article.text


def test_a_short_headline_above_its_date_is_titled_like_its_neighbours() -> None:
    dated = "".join(f'<li><div><a href="/news/{n}">{title}</a><br>May 3, 2021 9:00 AM</div></li>'
                    for n, title in enumerate(("Lighthouse keepers return to the northern cape after fifty years",
                                               "Night trains are back on the coast line from next spring",
                                               "Mayor leaves party",
                                               "The bakery that bakes with seaweed wins the national prize")))
    html = (f"<html><body><main><article>{STORY}</article><aside><h2>Latest</h2><ul>{dated}</ul></aside>"
            "</main></body></html>")
    titles = [t.title for t in split_html(html, url=URL).teasers]
    assert any(t.startswith("Mayor leaves party") for t in titles)
    assert len(titles) == 4
