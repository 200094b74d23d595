"""Dump tools that write syntax around the page's text, on made-up dumps: a text browser's link numbers ("[12]quay")
with its list of the page's links at the end, and a page-to-markdown converter's links, pictures, headings and
emphasis. The text is read as the page shows it, and the wrap width is found although such lines run past it."""

from __future__ import annotations

import textwrap

import pagesplit
from dredging import PARAGRAPHS
from pagesplit.frontend import dump_syntax
from pagesplit.frontend.dump_style import DumpStyle
from pagesplit.frontend.dump_syntax import DumpSyntax
from pagesplit.frontend.text import blocks_from_text
from pagesplit.members import Kinds


def _numbered_dump() -> tuple[str, list[str]]:
    """A text browser's dump: paragraphs indented and wrapped at 80 columns, a link number glued to each link,
    and the numbered list of the links' addresses at the end (addresses past the width)."""
    linked = [p.replace("inner basin", "[3]inner basin").replace("north quay", "[4]north quay")
              .replace("sea wall", "[5]sea wall") for p in PARAGRAPHS]
    lines = ["[1]Home [2]News", "", "Dredging the harbour at last", ""]
    for paragraph in linked:
        lines += [*textwrap.wrap(paragraph, 77, initial_indent="   ", subsequent_indent="   "), ""]
    lines += ["   [6]Ferry timetable changes again", "   [7]A second pier for the north bay",
              "   [8]Lifeboat crew rescues two kayakers", "   [9]Fish market moves to the quay", "",
              "References", "", "   Visible links"]
    lines += [f"   {n}. https://harbour.example/{'news/' * 14}story-{n}" for n in range(1, 10)]
    return "\n".join(lines) + "\n", linked


def test_link_numbers_are_read_out_of_the_text_and_the_wrapped_lines_joined() -> None:
    dump, _ = _numbered_dump()
    drafts, style = blocks_from_text(dump)
    texts = [d.text for d in drafts]
    assert style is DumpStyle.WRAPPED  # the addresses past the width do not hide it
    for paragraph in PARAGRAPHS:
        assert paragraph in texts
    assert "Ferry timetable changes again" in texts
    assert "Home News" in texts


def test_a_long_list_of_links_does_not_hide_the_wrap_width() -> None:
    """A page with hundreds of links: the tool's list of them at the end holds most of the dump's lines, and the
    wrapped lines of the page above it are no fewer for that."""
    dump, _ = _numbered_dump()
    many = dump + "\n".join(f"  {n}. https://harbour.example/s/{n}" for n in range(10, 400)) + "\n"
    drafts, style = blocks_from_text(many)
    assert style is DumpStyle.WRAPPED
    assert PARAGRAPHS[0] in [d.text for d in drafts]


def test_every_line_still_belongs_to_one_block() -> None:
    dump, _ = _numbered_dump()
    drafts, _ = blocks_from_text(dump)
    covered = [line for d in drafts for line in range(d.span.start_line or 0, (d.span.end_line or 0) + 1)]
    non_blank = [i + 1 for i, line in enumerate(dump.splitlines()) if line.strip()]
    assert covered == non_blank


def test_a_few_footnote_numbers_are_the_pages_own_text() -> None:
    dump = "The quay was built in 1887.[1] It was rebuilt twice.[2][3]\n\n[1]See the harbour history.\n"
    assert dump_syntax.detect(dump) == DumpSyntax()
    assert "[1]See the harbour history." in [d.text for d in blocks_from_text(dump)[0]]


def _markdown_dump() -> str:
    """A page-to-markdown converter's dump: paragraphs wrapped at 78 columns (links and their targets counted),
    list items left unwrapped, a heading, a picture, emphasis and escapes."""
    body = [
        PARAGRAPHS[0].replace("inner basin", "[inner basin](https://harbour.example/places/the-inner-basin-"
                                             "and-its-moorings-in-winter \"Inner basin\")"),
        PARAGRAPHS[1].replace("north quay", "**north quay**"),
        PARAGRAPHS[2].replace("sea wall", "[sea wall](/places/sea-wall)").replace("old sluice", "_old_ sluice"),
    ]
    lines = ["  * [Home](/)", "  * [News](/news/)", "", "# Dredging the harbour at last", "",
             "![The inner basin at low tide](https://img.harbour.example/basin.jpg)", ""]
    for paragraph in body:
        lines += [*textwrap.wrap(paragraph, 78, break_long_words=False, break_on_hyphens=False), ""]
    lines += [f"  * [{title}](https://harbour.example/news/2024/{'archive/' * 8}{n}/)" for n, title in enumerate([
        "Ferry timetable changes again", "A second pier for the north bay", "Lifeboat crew rescues two kayakers",
        "Fish market moves to the quay", "Storm damage to the sea wall"])]
    lines += [f"  * {item}" for item in [
        "The harbour master explains in a long interview how the new tide tables are drawn up each week",
        "Readers write in about the smell of the mud in the inner basin at low tide during the summer months",
        "Photos from the regatta that went ahead in spite of the fog and the late arrival of the ferry crew",
    ]]
    lines += ["", "1\\. Tide tables are updated weekly."]
    return "\n".join(lines) + "\n"


def test_markdown_links_pictures_and_emphasis_are_read_as_the_page_shows_them() -> None:
    drafts, style = blocks_from_text(_markdown_dump())
    texts = [d.text for d in drafts]
    assert style is DumpStyle.WRAPPED  # unwrapped list items and long targets do not hide the width
    for paragraph in PARAGRAPHS:
        assert paragraph in texts
    assert "Dredging the harbour at last" in texts
    assert "Ferry timetable changes again" in texts
    assert "1. Tide tables are updated weekly." in texts
    assert not any("](" in d.text for d in drafts if d.kind is not Kinds.HIDDEN)
    assert "The inner basin at low tide" in texts  # a picture alone shows its alt text, as a text browser's does


def test_markdown_is_read_from_the_dump_not_from_one_bracket() -> None:
    assert dump_syntax.detect(_markdown_dump()) == DumpSyntax(markdown=True)
    one = "See [the notes](https://harbour.example/notes) for details.\n\nThe * mark and the _ mark stay."
    assert dump_syntax.detect(one) == DumpSyntax()
    assert [d.text for d in blocks_from_text(one)[0]][1] == "The * mark and the _ mark stay."


def test_reading_leaves_snake_case_and_lone_marks() -> None:
    markdown = DumpSyntax(markdown=True)
    assert dump_syntax.read("set tide_table_url to 3 * 4 * 5", markdown) == "set tide_table_url to 3 * 4 * 5"
    assert dump_syntax.read("a **bold** and _light_ quay", markdown) == "a bold and light quay"
    # nothing a reader sees (a picture without alt text, an empty link)
    assert dump_syntax.read("![](https://img.harbour.example/x.gif)", markdown) == ""
    assert dump_syntax.read("![A quay](https://img.harbour.example/x.gif)", markdown) == "A quay"
    assert dump_syntax.read("[ ![](/x.gif) ](https://harbour.example/live#item-3)", markdown) == ""
    # once the dump is markdown, any target is one; the pieces of a link around paragraphs go too
    assert dump_syntax.read("[Watch]() [ Live ]( \"Watch live\")", markdown) == "Watch Live"
    assert dump_syntax.read("](https://harbour.example/pier) The new pier opens.", markdown) == "The new pier opens."
    assert dump_syntax.read("The new pier opens. [", markdown) == "The new pier opens."


def test_a_link_text_broken_across_lines_is_one_block() -> None:
    lines = [f"  * [{title}](/news/{n}/)" for n, title in enumerate(["Ferry timetable", "Second pier", "Kayakers"])]
    dump = "\n".join([*lines, "", "[The inner basin", "at low tide](https://harbour.example/" + "b" * 70 + "/)",
                      "", "Short line", "Next short line"]) + "\n"
    texts = [d.text for d in blocks_from_text(dump)[0]]
    assert "The inner basin at low tide" in texts
    assert "Short line" in texts  # lines without a link's brackets are not joined so


def test_the_tools_list_of_links_at_the_end_is_hidden() -> None:
    dump, _ = _numbered_dump()
    titled = "\n".join([dump.rstrip("\n"), "", "   Hidden links:",
                        "  10. A second pier is planned for the north bay by the council",
                        "\tfile:///news/second-pier", "  11. https://harbour.example/feed"]) + "\n"
    drafts, _ = blocks_from_text(titled)
    hidden = [d.text for d in drafts if d.kind is Kinds.HIDDEN]
    assert hidden[:2] == ["References", "Visible links"]
    assert "A second pier is planned for the north bay by the council file:///news/second-pier" in " ".join(hidden)
    assert all(PARAGRAPHS[0] != text for text in hidden)
    page = pagesplit.split_text(titled)
    assert "harbour.example" not in page.article.text
    assert PARAGRAPHS[1] in page.article.text


def test_a_numbered_list_of_steps_at_the_end_is_the_pages_own() -> None:
    steps = "\n".join(f"{n}. Check the mooring line number {n} before the tide turns." for n in range(1, 12))
    dump = "The [1]harbour [2]guide [3]for [4]skippers [5]new [6]to [7]the [8]bay [9]here.\n\n" + steps + "\n"
    assert dump_syntax.detect(dump) == DumpSyntax(link_numbers=True)
    drafts, _ = blocks_from_text(dump)
    assert not any(d.kind is Kinds.HIDDEN for d in drafts)


def test_a_block_a_reader_does_not_see_is_hidden() -> None:
    links = "\n".join(f"  * [Story {n}](/news/{n}/)" for n in range(4))
    dump = f"{links}\n\n[ ](https://harbour.example/share)\n\n![](https://img.harbour.example/x.gif)\n\nThe quay.\n"
    drafts, _ = blocks_from_text(dump)
    assert [d.kind for d in drafts[-3:]] == [Kinds.HIDDEN, Kinds.HIDDEN, Kinds.PARAGRAPH]
    assert drafts[-3].text == "[ ](https://harbour.example/share)"  # the block keeps the dump's text


def test_a_word_broken_after_its_hyphen_is_rejoined_without_a_space_in_a_dump_that_does_so() -> None:
    # every line as wide as the others and ending after the hyphen of a word the next line finishes
    lines = [f"master {n} met the skippers on the quay to talk about the dredging with the harbour-"
             for n in range(6)]
    assert len({len(line) for line in lines}) == 1
    drafts, style = blocks_from_text("\n".join(["Moorings", "", *lines, "master.", "", "The end."]) + "\n")
    assert style is DumpStyle.WRAPPED
    assert [d.text for d in drafts] == ["Moorings", "".join([*lines, "master."]), "The end."]


def test_a_line_ending_in_a_hyphen_once_keeps_its_space() -> None:
    dump = ("The harbour board met the owners of the north- and\nsouth-side moorings on Tuesday at the town hall "
            "to talk\nabout the dredging.\n")
    assert not dump_syntax.detect(dump).hyphen_breaks


def test_a_cards_picture_marker_and_link_number_are_read_out() -> None:
    numbers = DumpSyntax(link_numbers=True)
    assert dump_syntax.read("[25][IMG] Ferry timetable changes again", numbers) == "Ferry timetable changes again"
    assert dump_syntax.read("[26][IMG] [27][IMG]", numbers) == "[IMG] [IMG]"  # nothing but pictures: kept
    assert dump_syntax.read("The quay [3]reopens [4][5]today", numbers) == "The quay reopens today"


def test_a_link_number_with_no_text_after_it_is_read_out() -> None:
    # a link the browser printed no text for (a picture without alt text) leaves its number before a space or the
    # line's end; the page's own footnote mark after a link's number stays
    numbers = DumpSyntax(link_numbers=True)
    assert dump_syntax.read("Ferry timetable changes again [76]", numbers) == "Ferry timetable changes again"
    assert dump_syntax.read("Powered by[168] the harbour board", numbers) == "Powered by the harbour board"
    assert dump_syntax.read("The quay reopens today.^[19][1] The board", numbers) == \
        "The quay reopens today.^[1] The board"
    assert dump_syntax.read("[40]", numbers) == "[40]"  # nothing but a number: left as printed
    assert dump_syntax.read("Ferry timetable [76]", DumpSyntax()) == "Ferry timetable [76]"


def _few_links_dump() -> str:
    """A short page with three links, as a text browser that numbers them prints it, with its list of them."""
    lines = [f"   {PARAGRAPHS[0]}", "", "   [1]Harbour news [2]Ferries", "", f"   {PARAGRAPHS[1]} See [3]the tides.",
             "", "References", "", "   Visible links", "   1. https://harbour.example/news",
             "   2. https://harbour.example/ferries", "   3. https://harbour.example/tides"]
    return "\n".join(lines) + "\n"


def test_a_few_link_numbers_listed_at_the_end_are_the_tools() -> None:
    # fewer than MIN_LINK_NUMBERS links, but the tool's list at the end numbers exactly the marks in the text
    dump = _few_links_dump()
    assert dump_syntax.detect(dump).link_numbers
    drafts, _ = blocks_from_text(dump)
    texts = [d.text for d in drafts if d.kind is not Kinds.HIDDEN]
    assert "Harbour news Ferries" in texts
    assert not any("harbour.example" in text or text == "References" for text in texts)


def test_a_few_footnote_marks_over_a_list_of_other_numbers_stay_text() -> None:
    # the page's own notes: the numbers at the end do not run 1, 2, 3 under the marks
    dump = _few_links_dump().replace("   1. https", "   4. https")
    assert not dump_syntax.detect(dump).link_numbers
