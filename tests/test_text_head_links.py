"""Text dumps: lynx prints the links of the page's head (its translations, feeds, publisher) as the dump's first line,
each after a "#" with no space (``chrome._is_head_links``): the line is chrome, however long, and a list of
language names does not win the article. A markdown heading ("# Title") has a space after its mark, and a line
further down the page is no head. Made-up dumps."""

from __future__ import annotations

import pagesplit
from pagesplit import Role

LANGUAGES = ("Afrikaans Asturianu Brezhoneg Català Čeština Cymraeg Dansk Deutsch Eesti Ελληνικά English Español "
             "Esperanto Euskara Français Frysk Gaeilge Galego Hrvatski Íslenska Italiano Latviešu Lietuvių Magyar "
             "Nederlands Norsk Occitan Polski Português Română Русский Shqip Slovenčina Slovenščina Српски Suomi "
             "Svenska Türkçe Українська Tiếng Việt 中文 日本語 한국어 العربية עברית हिन्दी ไทย")
TITLE = "Make the browser your own"
STORY = (
    "There are more ways than ever to change how the browser looks and works, from its colours to its toolbar.",
    "Themes",
    "Pick one of many themes and the whole window changes with a single click, no restart needed.",
    "Add-ons",
    "Add-ons bring new features, from price comparisons to the weather.",
)
NAV = "Home\nDownloads\nHelp\n\n"


def _dump(first: str) -> str:
    return "   " + first + "\n\n" + NAV + TITLE + "\n\n" + "\n\n".join(STORY) + "\n\nPrivacy\nContact\n"


def test_the_head_links_line_is_chrome_and_wins_no_article() -> None:
    page = pagesplit.split_text(_dump("#alternate " + LANGUAGES))
    assert page.blocks[0].role is Role.CHROME
    assert page.article is not None
    assert not any("Afrikaans" in p for p in page.article.paragraphs)
    assert STORY[0] in page.article.paragraphs


def test_a_markdown_heading_is_no_head_links_line() -> None:
    page = pagesplit.split_text(_dump("# " + TITLE))
    assert page.blocks[0].role is not Role.CHROME
