"""The text front end on its own: dump-style detection, rejoining wrapped lines and bs4 fragments,
bullets, glued labels. Every dump here is invented, shaped like the real dumps of each tool.
"""

from __future__ import annotations

import textwrap

import pytest

import pagesplit
from pagesplit import BlockKind, Role
from pagesplit.frontend.dump_style import DumpStyle, detect_style
from pagesplit.frontend.line_joins import continues_in_column
from pagesplit.frontend.text import blocks_from_text

# One invented story, long enough to wrap, reused by the style tests.
PARAGRAPHS = [
    "The harbour board approved a plan on Tuesday to dredge the inner basin for the first time in twenty years, "
    "after fishing boats ran aground twice during the spring tides.",
    "Dredging will start in November and take about six weeks, during which the fish market will move to a "
    "temporary site on the north quay beside the lifeboat station.",
    "Skippers said they were relieved but worried about the cost of berthing elsewhere while the work goes on, "
    "and asked the board to waive mooring fees until the basin reopens.",
]
CHROME = ["Skip to content", "Search", "Sign in"]


def _innertext() -> str:
    return "\n".join(CHROME + ["", "Harbour board backs dredging plan", ""] + [p + "\n" for p in PARAGRAPHS])


def _wrapped(width: int, indent: str) -> str:
    lines = [indent + c for c in CHROME] + ["", "Harbour board backs dredging plan", ""]
    for p in PARAGRAPHS:
        lines += textwrap.wrap(p, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)
        lines.append("")
    return "\n".join(lines)


def _bs4() -> str:
    return "\n".join(["Harbour board backs dredging plan | The Quay Post", *CHROME,
                      "Harbour board backs dredging plan", *PARAGRAPHS])


def _texts(text: str) -> list[str]:
    return [d.text for d in blocks_from_text(text)[0]]


# -- style detection ---------------------------------------------------------------------------------


def test_innertext_is_lines() -> None:
    assert detect_style(_innertext().splitlines())[0] is DumpStyle.LINES


def test_w3m_is_wrapped_at_its_width() -> None:
    style, width = detect_style(_wrapped(119, "").splitlines())
    assert style is DumpStyle.WRAPPED
    assert 105 <= width <= 120


def test_lynx_is_wrapped_at_its_width() -> None:
    style, width = detect_style(_wrapped(77, "   ").splitlines())
    assert style is DumpStyle.WRAPPED
    assert 65 <= width <= 80


def test_bs4_is_fragments() -> None:
    assert detect_style(_bs4().splitlines())[0] is DumpStyle.FRAGMENTS


def test_short_menu_only_dump_is_lines() -> None:
    assert detect_style(["Home", "News", "Sport", "", "Weather"]) == (DumpStyle.LINES, 0)


def test_empty_dump_is_lines() -> None:
    assert detect_style([]) == (DumpStyle.LINES, 0)
    assert detect_style(["", "   "]) == (DumpStyle.LINES, 0)


def test_long_innertext_lines_are_not_a_wrap_width() -> None:
    """innerText paragraphs run past any wrap width: many lines longer than 132 mean LINES."""
    lines = []
    for p in PARAGRAPHS * 3:
        lines += [p + " " + p, ""]
    assert detect_style(lines)[0] is DumpStyle.LINES


def test_prose_past_any_width_skips_only_what_shows_no_width() -> None:
    """``detect_style`` stops before testing every long line for a word no tool breaks when more lines than a
    wrapped dump allows are wider than any width and hold no such word (innerText paragraphs): the width the full
    test finds without the lines that may run past one is then 0 as well. A wrapped dump does not stop there."""
    from pagesplit.frontend import dump_style

    long_word = "https://quay-post.example/" + "harbour-board-backs-dredging-plan-" * 4
    for lines in ([p + " " + p for p in PARAGRAPHS * 3] + [long_word] * 3,
                  _innertext().splitlines() * 3,
                  _wrapped(72, "").splitlines()):
        widths = [len(line) for line in lines]
        non_blank = len(lines) - lines.count("")
        past = [len(line) > dump_style.MAX_WORD_CHARS and dump_style._may_run_past_width(line) for line in lines]
        lengths = sorted([w for w, runs_past in zip(widths, past, strict=True) if w and not runs_past])
        if dump_style._prose_past_any_width(lines, widths, non_blank, False):
            assert dump_style._wrap_width(lines, widths, non_blank, lengths, past) == 0
    innertext = [p + " " + p for p in PARAGRAPHS * 3]
    assert dump_style._prose_past_any_width(innertext, list(map(len, innertext)), len(innertext), False)
    wrapped = _wrapped(72, "").splitlines()
    assert not dump_style._prose_past_any_width(wrapped, list(map(len, wrapped)), len(wrapped), False)


def test_unwrapped_menu_links_of_one_length_propose_no_wrap_width() -> None:
    """A page-to-markdown tool wraps paragraphs but leaves a menu's list items whole, each with its link's long
    target, and a footer line with a link past the width too: list items of similar lengths near the footer's
    length are no wrapped lines, and the paragraphs' width shows."""
    sections = ["Harbour news", "Fishing fleet", "Tide tables", "Ferry timetable", "Lifeboat station", "Fish market",
                "Weather at sea", "Letters to the editor"]
    menu = [f"  * [{name}](https://quay-post.example/category/news-and-features/{name.lower().replace(' ', '-')}/)"
            for name in sections]
    lines = [*menu, "", "# Harbour board backs dredging plan", ""]
    for p in PARAGRAPHS * 2:
        lines += [*textwrap.wrap(p, 78, break_on_hyphens=False), ""]
    lines.append("Copyright 2024 The Quay Post | Design and hosting: [Harbour Web Studio](https://harbour-web.example/)")
    style, width = detect_style(lines)
    assert style is DumpStyle.WRAPPED
    assert 66 <= width <= 78


# An invented story in Chinese: a text browser gives each of its characters two columns, so a line wrapped at 76
# columns holds 38 of them, and the lines of a paragraph meet with no space between them.
CHINESE = [
    "港口管理局周二批准了一项计划，将在二十年来首次疏浚内港，因为渔船在春季大潮期间两次搁浅，渡轮也不得不在港外等候。",
    "疏浚工程将于十一月开始，大约需要六个星期，在此期间鱼市将搬到北码头救生艇站旁边的临时场地，船只将被拖到外港停泊。",
    "船长们对这项计划表示欢迎，但担心在工程进行期间另找泊位的费用，并要求管理局在内港重新开放之前免除所有的停泊费用。",
]


def _wide_wrapped(columns: int) -> str:
    per_line = columns // 2
    lines = ["首页", "新闻", "体育", "", "港口管理局支持疏浚计划", ""]
    for p in CHINESE:
        lines += [p[k:k + per_line] for k in range(0, len(p), per_line)] + [""]
    return "\n".join(lines)


def test_wide_characters_take_two_columns_of_the_wrap_width() -> None:
    drafts, style = blocks_from_text(_wide_wrapped(76))
    assert style is DumpStyle.WRAPPED
    texts = [d.text for d in drafts]
    for paragraph in CHINESE:
        assert paragraph in texts  # rejoined, and with no space where the lines met


def test_unwrapped_wide_paragraphs_are_lines() -> None:
    """innerText prints each Chinese paragraph on a line of its own, one after the other: the longer ones run past
    any wrap width (a run of wide characters is no unbreakable word), so the shorter ones propose no width."""
    story = "".join(CHINESE)
    short = [story[k:k + 57] for k in range(0, 10)]  # 114 columns each
    long = [story[k:k + 80] for k in range(10, 20)]  # 160 columns each
    lines = ["首页", "新闻", "", *[line for pair in zip(short, long, strict=True) for line in (*pair, "")]]
    drafts, style = blocks_from_text("\n".join(lines))
    assert style is DumpStyle.LINES
    assert len(drafts) == len([line for line in lines if line])


# -- wrapped lines: the greedy-wrap test ----------------------------------------------------------------


@pytest.mark.parametrize(("width", "indent"), [(119, ""), (77, "   ")], ids=["w3m", "lynx"])
def test_wrapped_paragraphs_are_rejoined(width: int, indent: str) -> None:
    assert _texts(_wrapped(width, indent)) == [*CHROME, "Harbour board backs dredging plan", *PARAGRAPHS]


def test_wrapped_spans_cover_the_wrapped_lines() -> None:
    drafts, _ = blocks_from_text(_wrapped(77, "   "))
    first = next(d for d in drafts if d.text == PARAGRAPHS[0])
    wrapped_lines = textwrap.wrap(PARAGRAPHS[0], 77, initial_indent="   ", subsequent_indent="   ")
    assert first.span.end_line - first.span.start_line + 1 == len(wrapped_lines)


def test_short_line_ends_a_wrapped_paragraph_without_a_blank_line() -> None:
    """lynx puts no blank line between a paragraph and a caption: the short last line must not pull it in."""
    text = _wrapped(77, "   ") + "\n   A fishing boat in the basin at low tide\n"
    texts = _texts(text)
    assert texts[-1] == "A fishing boat in the basin at low tide"
    assert texts[-2] == PARAGRAPHS[-1]


def test_short_menu_lines_are_never_joined_in_a_wrapped_dump() -> None:
    text = _wrapped(119, "") + "\nHome\nNews\nSport\n"
    assert _texts(text)[-3:] == ["Home", "News", "Sport"]


# -- bullets --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bullet", ["  • ", "     * ", "- ", "+ "])
def test_bullets_make_list_items_without_the_bullet(bullet: str) -> None:
    drafts, _ = blocks_from_text(f"{bullet}Pack a waterproof coat\n{bullet}Bring the tide table\n")
    assert [d.text for d in drafts] == ["Pack a waterproof coat", "Bring the tide table"]
    assert all(d.kind is BlockKind.LIST_ITEM for d in drafts)


@pytest.mark.parametrize("marker", ["1.", "2)"])
def test_numbered_items_keep_their_number(marker: str) -> None:
    # "3. Choose the right pot": the number is part of the content (steps, rankings), a bullet is not.
    drafts, _ = blocks_from_text(f"  {marker} Pack a waterproof coat\n  {marker} Bring the tide table\n")
    assert [d.text for d in drafts] == [f"{marker} Pack a waterproof coat", f"{marker} Bring the tide table"]
    assert all(d.kind is BlockKind.LIST_ITEM for d in drafts)


def test_a_wrapped_bullet_item_keeps_its_continuation_line() -> None:
    item = ("Boats moored in the inner basin must move to the north quay by the end of October, or they will be "
            "towed there at the owner's expense by the harbour master's launch.")
    lines = textwrap.wrap(item, 119, initial_indent="  • ", subsequent_indent="    ")
    assert len(lines) == 2
    text = _wrapped(119, "") + "\n" + "\n".join(lines) + "\n  • Short second item\n"
    drafts, style = blocks_from_text(text)
    assert style is DumpStyle.WRAPPED
    assert [d.text for d in drafts[-2:]] == [item, "Short second item"]
    assert drafts[-2].kind is BlockKind.LIST_ITEM


def test_a_bare_bullet_is_kept_as_text() -> None:
    drafts, _ = blocks_from_text("  •\n\nSomething else\n")
    assert drafts[0].text == "•"
    assert drafts[0].kind is not BlockKind.LIST_ITEM


def test_a_hyphenated_word_is_not_a_bullet() -> None:
    drafts, _ = blocks_from_text("-40 degrees overnight in the hills\n")
    assert drafts[0].text == "-40 degrees overnight in the hills"


# -- bs4 fragments ----------------------------------------------------------------------------------------


def test_a_sentence_split_around_a_link_is_one_block() -> None:
    text = "\n".join([
        "Skip to content",
        "Harbour board backs dredging plan",
        "The plan was drawn up after a survey published by the",
        "county marine trust",
        "last winter, which found silt two metres deep in places.",
        "Work starts in November.",
    ])
    assert _texts(text) == [
        "Skip to content",
        "Harbour board backs dredging plan",
        "The plan was drawn up after a survey published by the county marine trust last winter, which found "
        "silt two metres deep in places.",
        "Work starts in November.",
    ]


def test_punctuation_after_a_link_is_glued_without_a_space() -> None:
    text = "\n".join(["Intro line one", "Intro line two", "Skippers will meet the board on Friday, the chair",
                      "said", ".", "Another sentence follows here."])
    assert _texts(text)[2] == "Skippers will meet the board on Friday, the chair said."


def test_a_label_and_its_colon_are_one_block() -> None:
    text = "\n".join(["Menu", "Search", "Sign in", "Notes", ":", "Bring a coat."])
    assert "Notes:" in _texts(text)


def test_separate_headlines_are_not_joined() -> None:
    text = "\n".join(["Menu", "Search", "Ferry fares rise in April", "New café opens on the quay",
                      "Lifeboat crew rescue two kayakers"])
    assert _texts(text)[2:] == ["Ferry fares rise in April", "New café opens on the quay",
                                "Lifeboat crew rescue two kayakers"]


def test_a_count_in_parentheses_stays_on_its_title_line() -> None:
    # bs4 prints a post's comment count in an element of its own: innerText shows it after the title
    text = "\n".join(["Menu", "Search", "Most commented", "Is the ferry worth its fare?", "(8)",
                      "New café opens on the quay", "(12)", "Tide tables for 2019", "Ferry (1)"])
    assert _texts(text)[2:] == ["Most commented", "Is the ferry worth its fare? (8)", "New café opens on the quay (12)",
                                "Tide tables for 2019", "Ferry (1)"]


def test_an_inline_element_after_a_function_word_alone_runs_the_sentence_on() -> None:
    # a link of any length inside a sentence, after its first word: "The" / link / the sentence going on
    text = "\n".join(["Menu", "Search", "The", "Harbour Board of the North Quay Fishing Cooperative",
                      "approved a plan on Tuesday.", "All", "×", "share", "Ferry times", "opening soon"])
    assert _texts(text)[2:] == ["The Harbour Board of the North Quay Fishing Cooperative approved a plan on Tuesday.",
                                "All", "× share", "Ferry times opening soon"]


def test_a_kicker_before_a_lone_colon_opens_a_record_not_an_inline_run() -> None:
    # bs4 prints "Kicker" / ":" / "Headline" for a card whose kicker is an element of its own: the short kicker
    # after the previous card's headline is not a link inside that headline's sentence
    text = "\n".join(["Menu", "Search", "Ferry timetable changes for the winter season", "Harbour news", ":",
                      "Lifeboat crew rescues two kayakers off the point", "Fish market", ":",
                      "Prices rise as the fleet stays in port"])
    assert _texts(text)[2:] == ["Ferry timetable changes for the winter season", "Harbour news:",
                                "Lifeboat crew rescues two kayakers off the point", "Fish market:",
                                "Prices rise as the fleet stays in port"]


@pytest.mark.parametrize("colon_alone", [False, True])
def test_a_kicker_break_repeated_card_after_card_joins_kicker_and_headline(colon_alone: bool) -> None:
    # bs4 prints a card's kicker in an element of its own, "Kicker:" / "Headline" (or "Kicker" / ":" / "Headline"),
    # card after card; innerText shows "Kicker: Headline" on one line
    cards = [("Harbour news", "Lifeboat crew rescues two kayakers off the point"),
             ("Fish market", "Prices rise as the fleet stays in port"), ("Ferry", "Winter timetable starts on Monday")]
    lines = [part for kicker, headline in cards
             for part in ([kicker, ":", headline] if colon_alone else [kicker + ":", headline])]
    text = "\n".join(["Menu", "Search", *lines, "About us"])
    assert _texts(text)[2:] == [f"{kicker}: {headline}" for kicker, headline in cards] + ["About us"]


@pytest.mark.parametrize(("lines", "why"), [
    (["Edited by:", "Jo Doe", "Subjects:", "Harbour", "Crime", "Sources:", "The Quay Gazette"],
     "a record's fields at uneven distances"),
    (["Purpose:", "Video playback", "Stored for:", "Two years", "Purpose:", "Harbour camera", "Stored for:",
      "One year"], "a field label said again over another value"),
    (["Share:", "Facebook", "Share:", "Twitter", "Share:", "E-mail"], "a lexicon phrase"),
    (["Harbour news:", "The lifeboat crew rescued two kayakers.", "Fish market:",
      "Prices rose as the fleet stayed in port.", "Ferry:", "The winter timetable starts on Monday."],
     "prose after the colon"),
])
def test_a_colon_over_a_line_stays_apart_unless_cards_repeat_it(lines: list[str], why: str) -> None:
    text = "\n".join(["Menu", "Search", *lines])
    assert _texts(text)[2:] == lines, why


def test_fragment_spans_cover_every_joined_line() -> None:
    text = "\n".join(["Menu", "Search", "Sign in", "The plan was drawn up after a survey published by the",
                      "county marine trust", "last winter."])
    drafts, style = blocks_from_text(text)
    assert style is DumpStyle.FRAGMENTS
    assert (drafts[-1].span.start_line, drafts[-1].span.end_line) == (4, 6)


# -- glued labels ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("glued", "parts"), [
    ("Keep ReadingShow less", "Keep Reading + Show less"),
    ("Read moreShare", "Read more + Share"),
])
def test_glued_labels_stay_one_block_and_are_chrome(glued: str, parts: str) -> None:
    drafts, _ = blocks_from_text(f"Menu\n\n{glued}\n")
    assert [d.text for d in drafts] == ["Menu", glued]
    block = pagesplit.split_text(f"Menu\n\n{glued}\n").blocks[1]
    assert (block.role, block.reason.rule) == (Role.CHROME, "chrome.glued-label")
    assert block.reason.detail.casefold() == parts.casefold()


def test_a_real_word_is_not_a_glued_label() -> None:
    block = pagesplit.split_text("Menu\n\nReadmission rates fell\n").blocks[1]
    assert block.reason.rule != "chrome.glued-label"


def test_innertext_table_of_block_cells_is_one_table_block() -> None:
    """innerText prints cells that hold paragraphs one per paragraph, a tab-only line between two cells
    of a row and only blank lines between rows: the table is one block, cells by tabs, rows by newlines."""
    cells = [["Berth", "Vessel", "Arrives"], ["North quay", "Morning Star", "Tuesday"],
             ["Lifeboat slip", "Gannet", "Friday"]]
    table = "\n\n\n\n".join("\n\n\t\n\n".join(row) for row in cells)
    dump = "\n\n".join([PARAGRAPHS[0], table, PARAGRAPHS[1]]) + "\n"
    drafts, style = blocks_from_text(dump)
    assert style is DumpStyle.LINES
    assert [d.kind for d in drafts] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert drafts[1].text == "\n".join("\t".join(row) for row in cells)
    assert (drafts[1].span.start_line, drafts[1].span.end_line) == (3, 3 + table.count("\n"))
    assert [d.index for d in drafts] == [0, 1, 2]


def test_tab_lines_that_are_not_a_cell_break_keep_blocks_apart() -> None:
    """A gallery widget prints runs of tab-only lines: they are not a cell break, the blocks stay apart."""
    dump = f"{PARAGRAPHS[0]}\n\n" + "\t\n" * 6 + "0\n" + "\t\n" * 3 + f"\n{PARAGRAPHS[1]}\n"
    drafts, _ = blocks_from_text(dump)
    assert [d.text for d in drafts] == [PARAGRAPHS[0], "0", PARAGRAPHS[1]]


def test_soft_hyphens_inside_words_are_left_out() -> None:
    """innerText keeps a page's hyphenation hints (U+00AD) in its words; a reader sees none of them."""
    hinted = PARAGRAPHS[0].replace("harbour", "har\u00adbour").replace("approved", "ap\u00adproved")
    drafts, _ = blocks_from_text(f"Har\u00adbour news\n\n{hinted}\n\n\u00ad\n")
    assert [d.text for d in drafts] == ["Harbour news", PARAGRAPHS[0], "\u00ad"]  # a lone hint stays a line


@pytest.mark.parametrize("line", ["o menino comeu a banana inteira antes do almoço.",
                                  "- Olá, disse ele, e saiu para a rua sem olhar para trás.",
                                  "+ 3 pontos para a equipa da casa no fim do jogo."])
def test_a_marker_that_is_page_text_is_kept_outside_a_list(line: str) -> None:
    """"o", "-" and "+" open sentences too: outside a list (no marker on the lines around) the line is kept whole
    (these lost their first word or character)."""
    text = f"A first paragraph of plain words, ending here.\n\n{line}\n\nA last paragraph, ending here too.\n"
    assert [d.text for d in blocks_from_text(text)[0]][1] == line


def test_a_lone_marker_line_still_makes_a_list_of_its_neighbours() -> None:
    """lynx prints an empty item as its marker alone: the items around it are still list items."""
    drafts, _ = blocks_from_text("          + Spanien\n          +\n          + Portugal\n")
    assert [d.text for d in drafts][::2] == ["Spanien", "Portugal"]


@pytest.mark.parametrize("marker", ["+", "-", "o"])
def test_the_first_item_of_a_list_after_prose_is_an_item(marker: str) -> None:
    """The line before a list's first item is no item; the line after it is: the first item's marker goes too
    (w3m and lynx print nested lists with "+", "-" and "o", and the first item kept its "+ ")."""
    dump = (f"A release note for the new version, with a list below.\n\n{marker} Added stone blocks\n"
            f"{marker} Added a trapdoor\n{marker} Added lanterns\n")
    drafts, _ = blocks_from_text(dump)
    assert [d.text for d in drafts][1:] == ["Added stone blocks", "Added a trapdoor", "Added lanterns"]
    assert {d.kind.value for d in drafts[1:]} == {"list_item"}


def test_max_lines_refuses_before_splitting() -> None:
    from pagesplit.errors import LineLimitError

    with pytest.raises(LineLimitError) as caught:
        blocks_from_text("a\n" * 50, max_lines=10)
    assert caught.value.limit == "max_lines"


def test_byline_under_a_headline_is_a_line_of_its_own() -> None:
    """A line of one lower-case opener and a name ("by: Jo Doe", "von Ana Ruiz") under a headline is its byline,
    in any language; a sentence running on in lower case after a line break is still joined."""
    text = "\n".join(["Harbour board backs the dredging plan at last", "by: Mara Lindqvist", "",
                      "Hafenamt stimmt dem Ausbaggern endlich zu", "von Jonas Q. Albrecht", "",
                      "The board met on Tuesday and agreed, after a long debate", "in Afrika und anderswo", "",
                      "The harbour master said the vote came after years", "in Kingston"])
    assert _texts(text) == ["Harbour board backs the dredging plan at last", "by: Mara Lindqvist",
                            "Hafenamt stimmt dem Ausbaggern endlich zu", "von Jonas Q. Albrecht",
                            "The board met on Tuesday and agreed, after a long debate in Afrika und anderswo",
                            "The harbour master said the vote came after years in Kingston"]


def test_every_wide_character_passes_the_quick_range_test() -> None:
    # _MAY_BE_WIDE and _MAY_BE_WIDE_JAMO only gate the wide-character pattern: a wide character outside their ranges
    # would be missed, and the pattern runs from the first character they find
    from pagesplit.frontend import dump_style
    missed = [code for code in range(0x110000) if not 0xD800 <= code < 0xE000
              and dump_style.WIDE.match(chr(code)) and dump_style.first_may_be_wide(f"ab{chr(code)}c") != 2]
    assert missed == []
    assert dump_style.first_may_be_wide("It’s a “quoted” line — with dashes…") == -1


@pytest.mark.parametrize(("text", "first"), [
    ("plain", -1), ("a 港 b", 2), ("a \u1100 b 港", 2), ("a 港 b \u1100", 2), ("emoji 🙂 then 港", 6), ("\u11ff", 0),
])
def test_the_first_character_that_may_be_wide(text: str, first: int) -> None:
    from pagesplit.frontend import dump_style
    assert dump_style.first_may_be_wide(text) == first


def test_a_line_at_the_margin_does_not_run_on_into_an_indented_column() -> None:
    # a card list drawn in a column indented 12 spaces, and a headline printed at the page's margin between two
    # cards: the next card's line does not continue it, though its first word would not have fit in the column
    column = " " * 12
    raws = [column + "Ferry timetable changes again for the winter season and", column + "the spring",
            "Lifeboat crew rescues two kayakers off the north quay at dusk",
            column + "[31]Harbourmaster warns of fog on the quay all weekend long", column + "and beyond"]
    assert not continues_in_column(raws, 2, 3)
    # at the margin on both lines, or a hanging indent under an indented line: the column's text runs on
    flush = [line.lstrip() for line in raws]
    assert continues_in_column(flush, 2, 3)
    hanging = [*raws[:2], "   " + raws[2], raws[3].replace(column, "       "), raws[4]]
    assert continues_in_column(hanging, 2, 3)
    item = [*raws[:2], "15. " + raws[2], raws[3].replace(column, "    "), raws[4]]  # an item's text after its marker
    assert continues_in_column(item, 2, 3)


def test_a_list_number_alone_numbers_the_item_under_it() -> None:
    # lynx prints an ordered list's number on a line of its own, indented, over an item that holds a heading: the
    # number under a long heading at the margin does not run on into it; a sentence wrapped before its last number
    # goes on at its own margin and still runs on into it
    first = "Harbour board approves the long-awaited plan to dredge the whole inner basin"
    second = "Fish market moves to a temporary site on the north quay while work goes on"
    dump = "\n".join([
        _wrapped(77, "   "), "",
        "    1.", "", first, "    2.", "", second, "    3.", "",
        "   The berths that the dredging closes for six weeks are shown on the plan at",
        "   8.", "",
    ])
    drafts, style = blocks_from_text(dump)
    assert style is DumpStyle.WRAPPED
    texts = [d.text for d in drafts]
    assert first in texts and second in texts
    assert "2." in texts and "3." in texts
    assert "The berths that the dredging closes for six weeks are shown on the plan at 8." in texts
