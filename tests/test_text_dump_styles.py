"""How text browsers print a thing, read the same way in every dump style, on made-up dumps: the marker of every
list level (w3m "☆", lynx "#" and "@"), a list nested in a list item (a menu tree), a picture's text printed twice
where the picture stands, w3m's horizontal rule, a form's field."""

from __future__ import annotations

import textwrap

import pytest

import pagesplit
from harbour import STORY, TITLE
from pagesplit import Page, Role
from pagesplit.frontend.text import blocks_from_text

HEADLINES = [
    "Ferry timetable changes again for the coming winter months",
    "A second pier is planned for the north bay by the council",
    "Lifeboat crew rescues two kayakers off the western headland",
    "Fish market moves to the north quay while the basin is dredged",
    "Storm damage to the sea wall will cost more than first thought",
]


def _teasers(page: Page) -> list[str]:
    return [t.title or "" for t in page.teasers]


# -- list markers of every level ---------------------------------------------------------------------


@pytest.mark.parametrize(("top", "deep"), [("•", "☆"), ("*", "#"), ("*", "@")])
def test_a_deep_list_level_marker_opens_an_item_of_its_own(top: str, deep: str) -> None:
    # a wrapped dump: each item on its line; without the marker read as one, the greedy-wrap test ran two long
    # items of a deep level into one line ("# Harbour dues and fees # Moorings for visitors")
    dump = "\n".join([
        "The harbour board approved a plan on Tuesday to dredge the inner basin for the first time in twenty years,",
        "after fishing boats ran aground twice during the spring tides and the ferry had to wait outside.",
        "",
        f"  {top} Harbour",
        f"        {deep} Harbour dues and fees for the boats that stay in the inner basin all winter",
        f"        {deep} Moorings for visitors",
    ])
    texts = [d.text for d in blocks_from_text(dump)[0]]
    assert texts[-2:] == ["Harbour dues and fees for the boats that stay in the inner basin all winter",
                          "Moorings for visitors"]


@pytest.mark.parametrize("line", ["# 1 hit of the summer", "@ home with the harbour master"])
def test_a_deep_level_marker_outside_a_list_stays_text(line: str) -> None:
    texts = [d.text for d in blocks_from_text(f"A short note.\n\n{line}\n\nAnother note.")[0]]
    assert line in texts


def test_a_lone_hash_line_is_no_empty_list_item() -> None:
    # a permalink's "#" alone on a line: the dialogue dash under it stays the page's text
    texts = [d.text for d in blocks_from_text("#\n- Olá, disse ele.\n#\n- Tudo bem?")[0]]
    assert "- Olá, disse ele." in texts


# -- nested lists: a menu tree ------------------------------------------------------------------------


def _menu_tree(top: str, sub: str) -> list[str]:
    """A site menu whose branch holds a sub-menu of story-like entries, as w3m and lynx print it."""
    return [f"  {top} Harbour", *(f"      {sub} {h}" for h in HEADLINES), f"  {top} Weather", f"  {top} Contact"]


@pytest.mark.parametrize(("top", "sub"), [("•", "□"), ("*", "+")])
def test_entries_of_a_nested_list_are_nested(top: str, sub: str) -> None:
    drafts = blocks_from_text("\n".join(_menu_tree(top, sub)))[0]
    assert [d.nested for d in drafts] == [False] + [True] * len(HEADLINES) + [False, False]


def test_a_numbered_sub_list_is_an_outline_not_a_menu() -> None:
    drafts = blocks_from_text("\n".join([" 1. Opening talks", "     1. Harbour dues", "     2. Moorings",
                                         " 2. Questions"]))[0]
    assert not any(d.nested for d in drafts)


def test_flush_left_text_ends_the_list() -> None:
    drafts = blocks_from_text("\n".join(["  • Harbour", "      □ Dues", "Next paragraph", "      □ Moorings"]))[0]
    assert [d.nested for d in drafts] == [False, True, False, False]


def _indented_by_depth(related: str) -> str:
    """A dump whose tool indents every block by how deep it sits in the page (inscriptis): the site menu's list,
    the story further in than the menu's markers, then a related box's list further in still."""
    return "\n".join([
        "    * Home", "    * Contact", "",
        *(f"          {paragraph}\n" for paragraph in (TITLE, *STORY)),
        f"          {related}",
        *(f"            * {h}\n" for h in HEADLINES),
        "          About us",
    ])


def test_prose_outside_the_items_ends_the_list() -> None:
    drafts = blocks_from_text(_indented_by_depth("More from the harbour"))[0]
    assert not any(d.nested for d in drafts)


def test_an_items_own_paragraph_keeps_its_list_open() -> None:
    # w3m prints an item's second paragraph where the item's text starts: the sub-list under it stays nested
    drafts = blocks_from_text("\n".join(["  • Harbour", "", f"    {STORY[0]}", "", "      □ Dues",
                                         "      □ Moorings"]))[0]
    assert [d.nested for d in drafts] == [False, False, True, True]


def test_a_related_list_after_an_indented_story_is_teasers() -> None:
    page = pagesplit.split_text(_indented_by_depth("More from the harbour"))
    assert _teasers(page) == HEADLINES


def test_headlines_in_a_menu_tree_are_no_teasers() -> None:
    # a branch of the menu named like a section label ("Featured") over its sub-menu
    tree = "\n".join(["  • Weather", "  • Featured", *(f"      □ {h}" for h in HEADLINES), "  • Contact"])
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, "Share this story", "Skip to navigation", tree,
                                             "About us")))
    assert _teasers(page) == []
    assert not any(b.role is Role.TEASER for b in page.blocks)


def test_the_same_headlines_as_a_flat_list_are_teasers() -> None:
    flat = "\n".join(f"  • {h}" for h in HEADLINES)
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, "More from the harbour", flat)))
    assert _teasers(page) == HEADLINES


def _deep_menu_tree() -> list[str]:
    """A site's menu tree four lists deep (w3m "•" / "□" / "☆" / "○"), its deepest entries long topic lines,
    longer in all than the story below it."""
    places = ("harbour", "river", "old town", "north bay", "market", "school")
    lines = ["  • Topics"]
    for place in places:
        lines.append(f"      □ Living by the {place}")
        for topic in ("rights", "history", "work"):
            lines.append(f"          ☆ Theme: {topic} by the {place}")
            lines += [f"              ○ The meaning of {topic} for the people who live by the {place} {n}"
                      for n in ("today", "in winter", "after the flood")]
    return lines


def test_a_deep_menu_tree_is_no_story_content() -> None:
    # an outermost or once-nested list may be the story's own (steps, a contents list); entries three lists deep
    # are a site's sub-menus, however much text they hold
    story = [*STORY, *(f"{paragraph} Members will meet again in {month}." for paragraph, month in
                       zip(STORY, ("April", "May", "June"), strict=True))]
    menu = "\n".join(_deep_menu_tree())
    page = pagesplit.split_text("\n\n".join((menu, TITLE, *story, "About us")))
    assert page.article is not None
    assert all(paragraph in page.article.text for paragraph in story)
    assert "The meaning of rights" not in page.article.text


# -- a picture's text printed where the picture stands ----------------------------------------------------


@pytest.mark.parametrize(("line", "shown"), [
    ("Red Kiwi TartRed Kiwi Tart", "Red Kiwi Tart"),
    ("red kiwi tart red kiwi tart Red Kiwi Tart", "red kiwi tart Red Kiwi Tart"),
    ("A roofer at work on a barn.A roofer at work on a barn.", "A roofer at work on a barn."),
    ("Harbour walk photosHarbour walk photosHarbour walk photos", "Harbour walk photos"),
])
def test_a_picture_text_printed_twice_is_shown_once(line: str, shown: str) -> None:
    assert [d.text for d in blocks_from_text(line)[0]] == [shown]


@pytest.mark.parametrize("line", [
    "It rained all day. It rained all day. The ferry stayed in port.",  # prose said twice
    "Harbour Harbour news",  # a run too short to be a picture's text
    "the harbour board met the ferry company, the fishermen and the sailing club to talk about the dues for the "
    "boats that stay in the inner basin " * 2,  # a run longer than a picture's text
])
def test_the_page_own_text_said_twice_is_kept(line: str) -> None:
    assert [d.text for d in blocks_from_text(line)[0]] == [line.strip()]


def test_lower_case_picture_text_does_not_run_a_line_on() -> None:
    # a recipe grid printed by w3m: each line a picture's slug twice and its link; lower case, it read as a
    # sentence broken by a <br> and the grid as one paragraph
    grid = ["kiwi tart with cream kiwi tart with cream Kiwi Tart with Cream",
            "plum cake from the tray plum cake from the tray Plum Cake from the Tray",
            "apple crumble in a glass apple crumble in a glass Apple Crumble in a Glass"]
    # (an innerText-like dump: its story lines are longer than any wrap width)
    dump = "\n".join([TITLE, "", *STORY, *STORY, "", "Our favourite recipes for the autumn", *grid])
    texts = [d.text for d in blocks_from_text(dump)[0]]
    assert texts[-3:] == ["kiwi tart with cream Kiwi Tart with Cream",
                          "plum cake from the tray Plum Cake from the Tray",
                          "apple crumble in a glass Apple Crumble in a Glass"]


def test_a_headline_under_its_picture_text_is_one_card() -> None:
    # lynx prints a card's picture text ("<headline> - Photo") over the headline link; a kicker over each card
    kickers = ["Transport", "Harbour", "Rescue", "Market"]
    lines = [line for k, h in zip(kickers, HEADLINES, strict=False) for line in (k, f"{h} - Photo", h)]
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, "Share", *lines, "About us")))
    assert _teasers(page) == [f"{h} - Photo" for h in HEADLINES[:4]]
    repeats = [b.text for b in page.blocks if b.reason.rule == "teaser.repeat"]
    assert repeats == HEADLINES[:4]


# -- w3m's horizontal rule ------------------------------------------------------------------------------


def test_a_horizontal_rule_is_a_line_of_its_own() -> None:
    # w3m wraps at its width and draws <hr> as a line of that width: the greedy-wrap test ran the next line into it
    width = 100
    wrapped = [line for p in STORY for line in (*textwrap.wrap(p, width), "")]
    rule = "━" * width
    texts = [d.text for d in blocks_from_text("\n".join([*wrapped, rule, "More from the harbour"]))[0]]
    assert texts[-2:] == [rule, "More from the harbour"]


# -- a form inside a list of headline-shaped lines -------------------------------------------------------


def test_a_form_field_ends_a_headline_list() -> None:
    # a widget's lines around its text field (w3m draws an empty box, a chrome line by its button) read like headlines
    lines = ["Tides", "Your tide table is set to the harbour of Holm",
             "Weather", "You can change the harbour at any time from here", "[                    ] [Go]",
             "Tides", "The tides shown are for the next seven days at sea",
             "Ports", "Pick another harbour from the full list of the coast",
             "Times", "Times are given in local time for every port"]
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, "Share", *lines, "About us")))
    assert _teasers(page) == []


# -- a reference the page escaped twice, as the tool printed it -----------------------------------------------


def _wrapped_story(width: int) -> list[str]:
    return [line for p in STORY for line in (*(f"   {w}" for w in textwrap.wrap(p, width - 3)), "")]


def test_a_wrapped_line_is_measured_as_printed_with_its_references() -> None:
    # the page escaped an apostrophe twice: the tool printed "&#39;" and wrapped the line counting its five
    # characters; read as "'" the line looks short, and the greedy-wrap test broke the paragraph there
    width = 72
    caption = ("A fisherman mends his nets on the north quay of Holm&#39;s old harbour Holm Bay will see the "
               "ferries start their summer timetable and the basin fill with visiting yachts again")
    lines = textwrap.wrap(caption, width)
    assert lines[1].startswith("Holm") and len(lines[0]) + len(" Holm") > width >= len(lines[0]) - 4 + len(" Holm")
    texts = [d.text for d in blocks_from_text("\n".join([*_wrapped_story(width), *lines]))[0]]
    assert texts[-1] == caption.replace("&#39;", "'")
