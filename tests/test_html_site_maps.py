"""Lists of bare links with short names are a menu or a site map, judged on all their entries
(``dom_cards._menu_groups``), on made-up pages."""

from __future__ import annotations

from pagesplit import split_html

URL = "https://tide-office.example/news/spring-tides.html"
PROSE = ("<p>The spring tides this year will reach higher than usual along the northern coast, and the harbour "
         "office asks boat owners to check their moorings before the weekend.</p>")
STORY = f"<main><article><h1>Spring tides higher than usual</h1>{PROSE * 6}</article></main>"


def _teasers(box: str) -> list[str]:
    html = f"<html><body>{STORY}<div class='site-map'>{box}</div></body></html>"
    return [t.title for t in split_html(html, url=URL).teasers]


def _list(topic: str, names: list[str]) -> str:
    items = "".join(f"<li><a href='/{topic}/{n}.html'>{name}</a></li>" for n, name in enumerate(names))
    return f"<div class='block'><h3><a href='/{topic}/'>{topic.title()}</a></h3><ul>{items}</ul></div>"


def test_topic_lists_with_a_few_longer_names_are_a_site_map() -> None:
    # half the entries are long enough to read as headlines (3, 5 and 6 words), the others are one-word topics
    tides = ["Tide tables online", "Surges", "What are the tides made of?", "Slipways",
             "Tides and the moon explained", "Moorings"]
    assert _teasers(_list("tides", tides)) == []


def test_a_list_of_headline_links_is_still_cards() -> None:
    headlines = ["Harbour master retires after thirty years on the quay", "New lifeboat arrives for the summer season",
                 "Storm surge warning lifted for the east coast", "Fishing fleet returns early as the weather turns"]
    assert _teasers(_list("news", headlines)) == headlines


def test_a_footer_column_of_headed_entries_is_a_menu_too() -> None:
    names = ["Annual fees table", "Tide lists", "Women at sea", "Events", "Back issues",
             "Apply for the 2021 harbour prize", "Apply for the 2021 river prize",
             "Get alerts on the latest applications"]
    items = "".join(f"<li><h5><a href='/tools/{n}.html'>{name}</a></h5></li>" for n, name in enumerate(names))
    html = f"<html><body>{STORY}<footer><ul><li>Tools and resources</li>{items}</ul></footer></body></html>"
    assert [t.title for t in split_html(html, url=URL).teasers] == []
