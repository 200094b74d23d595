"""Which class tokens rule a run of card records out (``Evidence.record_tokens``), and a card of the page's own
story above its headline (``rules/own_story.py``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://harbour-gazette.example/news/harbour-board-votes-to-rebuild-the-pier"
PROSE = ("<p>The harbour board met on Tuesday, and after a long debate, it voted to rebuild the old ferry pier "
         "before the winter storms, at a cost the town can carry.</p>")
HEADLINE = "Harbour board votes to rebuild the old ferry pier"
STORY = f"<main><article><h1>{HEADLINE}</h1>{PROSE * 6}</article></main>"
TITLES = ("Lighthouse keepers return to the northern cape after fifty years",
          "Night trains are back on the coast line from next spring",
          "The bakery that bakes its bread with seaweed wins the national prize",
          "Ferry company orders two electric boats for the island crossing")


def _records(titles: tuple[str, ...] = TITLES, href: str = "/news/story-{n}") -> str:
    return "".join(f'<div class="item"><h3><a href="{href.format(n=n)}">{t}</a></h3></div>'
                   for n, t in enumerate(titles))


def _teasers(html: str) -> list[str]:
    # the metadata's headline is worded apart from the page's (a social-media title)
    head = '<head><meta property="og:title" content="Pier to be rebuilt, the harbour board decides"></head>'
    return [t.title for t in split_html(f"<html>{head}<body>{html}</body></html>", url=URL).teasers]


def test_a_widget_token_above_the_run_names_the_wider_box_not_the_records() -> None:
    box = f'<div class="block-with-ajax-pagination"><div class="row">{_records()}</div><a href="#">Next</a></div>'
    assert _teasers(box + STORY) == list(TITLES)


def test_a_widget_token_on_the_run_itself_rules_it_out() -> None:
    box = f'<div class="wrap"><div class="share-buttons">{_records()}</div></div>'
    assert _teasers(box + STORY) == []


def test_a_menu_token_above_the_run_still_rules_it_out() -> None:
    box = f'<div class="dropdown"><div class="wrap"><div class="row">{_records()}</div></div></div>'
    assert _teasers(box + STORY) == []


def test_a_card_of_the_page_own_story_above_its_headline_is_no_teaser() -> None:
    titles = (*TITLES[:3], HEADLINE)
    hrefs = [f"/news/story-{n}" for n in range(3)] + [URL.replace("https://", "https://www.") + "/"]
    run = "".join(f'<div class="item"><h3><a href="{h}">{t}</a></h3></div>' for h, t in zip(hrefs, titles, strict=True))
    menu = (f"<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news/'>News</a>"
            f"<div class='row'>{run}</div></li></ul></nav></header>")  # a mega menu's latest stories
    assert _teasers(menu + STORY) == list(TITLES[:3])
