"""Page types a pipeline filters on: article, listing, error (404, access denied, bot check), empty.

All pages here are made up in the shapes such pages take (server default pages, CMS "not found"
templates, CDN challenge pages).
"""

from __future__ import annotations

import pytest

import pagesplit
from conftest import structure_problems
from pagesplit import Page, PageType, Role

STORY = "".join(
    f"<p>{sentence}</p>" for sentence in (
        "The town council voted on Tuesday to turn the old ferry pier into a floating garden, ending a long "
        "argument about what to do with the concrete structure since the last ferry left in the spring.",
        "Boxes of salt-tolerant shrubs and seagrass will rise and fall with the tide, and a path of planks will "
        "let visitors walk out to the end of the pier, where benches face the islands across the bay.",
        "The work is paid for by a grant from the regional heritage fund and by donations from residents, who "
        "raised more than half of the money in a year of bake sales, concerts and sponsored swims.",
        "Planting starts next month, and the council hopes to open the garden to the public before the summer "
        "holidays, with a small kiosk selling tea and ice cream at the landward end of the pier.",
    )
)
NAV = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
       "<li><a href='/sport'>Sport</a></li></ul></nav>")


def html(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def assert_error(page: Page, reason: str) -> None:
    assert page.page_type is PageType.ERROR
    assert page.article is None
    assert any(note.startswith(f"error-page: {reason}") for note in page.notes), page.notes
    assert not [b for b in page.blocks if b.role in (Role.ARTICLE, Role.TITLE)]
    assert structure_problems(page) == []


@pytest.mark.parametrize(("name", "page"), [
    ("server-404", html("404 Not Found", "<h1>Not Found</h1><p>The requested URL was not found on this server.</p>"
                        "<hr><address>Apache Server at www.example.org Port 80</address>")),
    ("cms-soft-404", html("Page not found – Harbour Times", NAV + "<main><h1>Oops! That page can't be found.</h1>"
                          "<p>It looks like nothing was found at this location. Maybe try a search?</p>"
                          "<form><input name='s'><button>Search</button></form></main>")),
    ("german-soft-404", html("Seite nicht gefunden | Hafenblatt", NAV + "<h1>Seite nicht gefunden</h1>"
                             "<p>Die angeforderte Seite wurde nicht gefunden. Bitte nutzen Sie die Suche.</p>")),
])
def test_not_found_pages(name: str, page: str) -> None:
    assert_error(pagesplit.split(page), "not found")


@pytest.mark.parametrize("page", [
    html("Access Denied", "<h1>Access Denied</h1><p>You don't have permission to access \"http://www.example.org/"
         "news/story\" on this server.</p><p>Reference #18.5a2b3c4d.1700000000.1f2e3d4c</p>"),
    html("403 Forbidden", "<center><h1>403 Forbidden</h1></center><hr><center>nginx</center>"),
])
def test_access_denied_pages(page: str) -> None:
    assert_error(pagesplit.split(page), "access denied")


@pytest.mark.parametrize("page", [
    html("Just a moment...", "<div class='main-wrapper'><h1 class='zone-name-title'>www.example.org</h1>"
         "<h2>Checking if the site connection is secure</h2><noscript>Enable JavaScript and cookies to continue"
         "</noscript><p>www.example.org needs to review the security of your connection before proceeding.</p></div>"),
    html("Attention Required! | Cloudflare", "<h1>Sorry, you have been blocked</h1><h2>You are unable to access "
         "example.org</h2><p>This website is using a security service to protect itself from online attacks.</p>"),
])
def test_bot_challenges(page: str) -> None:
    assert_error(pagesplit.split(page), "bot challenge")


def test_a_text_dump_of_a_404() -> None:
    dump = "Skip to content\n\nHome\n\nNews\n\n404\n\nPage not found\n\nThe page you requested could not be found.\n"
    assert_error(pagesplit.split_text(dump), "not found")


def test_an_article() -> None:
    page = pagesplit.split(html("Pier becomes a garden | Harbour Times",
                                NAV + "<article><h1>Pier becomes a floating garden</h1>" + STORY + "</article>"))
    assert page.page_type is PageType.ARTICLE
    assert page.article is not None
    assert not any(note.startswith("error-page") for note in page.notes)


def test_a_story_about_a_404_error_is_an_article() -> None:
    page = pagesplit.split(html("404 errors: why links rot | Web Weekly",
                                "<article><h1>404 not found: why the links of the web rot</h1>" + STORY * 2
                                + "</article>"))
    assert page.page_type is PageType.ARTICLE
    assert page.article is not None


def test_a_listing_page() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/news/story-{i}'>{headline}</a></h3><p>{summary}</p></div>"
        for i, (headline, summary) in enumerate([
            ("Night trains return to the northern coast", "A sleeper service links the capital with three towns."),
            ("Village bakery wins a prize for its seaweed loaf", "The judges praised the crust and the salt."),
            ("Lighthouse cottages to become a sailmaking school", "Twelve students will start in the autumn."),
            ("Ferry strike called off after late-night talks", "Crossings run to the usual timetable from today."),
            ("Harbour wall repairs finish a month early", "The road along the quay opens again on Monday."),
        ]))
    page = pagesplit.split(html("News | Harbour Times", NAV + "<main><h2>Latest news</h2>" + cards + "</main>"))
    assert page.article is None
    assert page.teasers
    assert page.page_type is PageType.LISTING


def test_an_empty_page() -> None:
    page = pagesplit.split_text("Menu\n\nSearch\n")
    assert page.article is None and not page.teasers
    assert page.page_type is PageType.EMPTY


def test_page_type_in_the_json() -> None:
    page = pagesplit.split(html("404 Not Found", "<h1>Not Found</h1><p>The requested URL was not found.</p>"))
    assert page.to_dict()["page_type"] == "error"


def test_error_phrase_openings_are_found_through_their_first_word() -> None:
    """``error_phrase`` compares a line only with the ``phrase *`` entries that open with its first word; the answer
    is the one a scan of every entry, longest first, gives (made-up lines: an entry's opening with more after it, the
    opening alone, the opening glued to a longer word, a line opening with no entry's word)."""
    from pagesplit.lexicon.lookup_form import normalize
    from pagesplit.page_type import _error_phrases, error_phrase

    phrases = _error_phrases()
    every = sorted((p for group in phrases.prefixes.values() for p in group), key=lambda p: -len(p.text))
    assert every, "the error lexicon has openings"

    def scanned(line: str) -> object:
        norm = normalize(line)
        return phrases.exact.get(norm) or next(
            (p for p in every if norm.startswith(p.text) and norm[len(p.text):][:1] in ("", " ")), None)

    lines = ["Harbour pier garden opens", "404"]
    for p in every[:8]:
        lines += [f"{p.text} the harbour pier page", p.text, f"{p.text}xyz harbour", f"Sorry: {p.text}"]
    for line in lines:
        assert error_phrase([line]) == scanned(line), line
    assert any(error_phrase([line]) is not None for line in lines)
