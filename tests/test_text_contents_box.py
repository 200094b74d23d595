"""Text dumps: a table of contents between a story's lead and its body lists the sub-headings said again below
(``block_scores.contents_entries``). An entry's outline number ("3.1 ") and a heading's permalink mark ("[edit]",
"¶") are no part of what the two say, so one-word sections are read too; the box's entries cost nothing, so a
long box does not cut a short lead off the story. Made-up dumps."""

from __future__ import annotations

import pagesplit

TITLE = "Harbour of Holm"
LEAD = ("The harbour of Holm is a small fishing port on the north coast of the island, sheltered by two stone piers "
        "that were built in the last century and widened twice since.")
SECTIONS = ["History", "Piers", "Boats", "Trade", "Ferries", "Lifeboat", "Market", "Chapel", "Lighthouse", "Floods",
            "Dredging", "Festivals"]
SECTION_TEXT = ("The {0} of the harbour has its own chapter in every guide to the island, and the people who live "
                "by the quay still tell visitors about it on long summer evenings by the water.")
FOOTER = ["Privacy", "Contact", "Imprint"]


def _page(entries: list[str], headings: list[str]) -> pagesplit.Page:
    lines = ["Main menu", "Search", TITLE, LEAD, "Contents", *entries]
    for heading, section in zip(headings, SECTIONS, strict=True):
        lines += [heading, SECTION_TEXT.format(section.lower())]
    return pagesplit.split_text("\n\n".join([*lines, *FOOTER]))


def test_numbered_entries_of_marked_one_word_sections_keep_the_lead() -> None:
    entries = [f"{n} {section}" for n, section in enumerate(SECTIONS, 1)]
    page = _page(entries, [f"{section}[edit]" for section in SECTIONS])
    assert page.article is not None
    assert LEAD in page.article.paragraphs


def test_a_menu_said_again_in_the_footer_is_no_contents_box() -> None:
    menu = ["1 News", "2 Sport", "3 Weather", "4 Travel"]
    lines = ["Main menu", *menu, TITLE, LEAD, *[SECTION_TEXT.format(s.lower()) for s in SECTIONS[:3]], *menu]
    page = pagesplit.split_text("\n\n".join([*lines, *FOOTER]))
    assert page.article is not None
    assert not any(entry in page.article.paragraphs for entry in menu)
