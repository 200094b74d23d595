"""Text front end: a raw dump of a rendered page -> blocks with line spans.

Four dump styles reach us, and one routine reads them all:

- ``innerText``: one line per block element, blank lines between paragraphs;
- ``w3m -dump`` and ``lynx -dump``: paragraphs hard-wrapped at a fixed width (lynx indents them);
- BeautifulSoup ``get_text("\\n")``: no blank lines, one *inline* element per line, so a sentence
  with a link in it arrives as three lines.

The style and its wrap width come from ``frontend.dump_style``, whether a line runs on into the next from
``frontend.line_joins``, list markers from ``frontend.list_markers``, a picture's text printed twice from
``frontend.shown_twice``, and innerText's tables of block cells from ``frontend.block_cells``; this module reads
the dump's lines into drafts.
"""

from __future__ import annotations

import regex

from pagesplit.draft import Draft
from pagesplit.errors import LineLimitError
from pagesplit.frontend import SOFT_HYPHEN, dump_syntax, grid_tables, markdown_links
from pagesplit.frontend.block_cells import join_block_cells
from pagesplit.frontend.dump_style import WIDE, DumpStyle, detect_style, first_may_be_wide
from pagesplit.frontend.dump_syntax import DumpSyntax
from pagesplit.frontend.entities import unescape
from pagesplit.frontend.line_joins import (
    RULE_CHARS,
    SENTENCE_STOPS,
    continues_fragment,
    continues_in_column,
    continues_line,
    continues_wrapped,
    is_rule,
    join_lines,
    kicker_breaks,
    numbers_next_item,
    stops,
)
from pagesplit.frontend.list_markers import BULLET_CHARS, TEXT_MARKERS, bullet, in_list, nested_items
from pagesplit.frontend.shown_twice import MIN_DOUBLED_CHARS, shown_once
from pagesplit.frozen import line_span
from pagesplit.members import Kinds
from pagesplit.model import BlockKind, Markup
from pagesplit.timed_match import timed

#: A line this long is a paragraph even without a final stop (a wrapped or cut sentence).
MIN_PARAGRAPH_CHARS = 80
_SOFT_HYPHENS_IN_WORDS = timed(regex.compile(rf"(?<=\S){SOFT_HYPHEN}+(?=\S)"), "text.soft-hyphens-in-words")


#: A numbered list item ("1. Choose a pot": its number stays in its text).
_NUMBERED = Markup(ordered=True)


def _reads_as_paragraph(text: str) -> bool:
    return len(text) >= MIN_PARAGRAPH_CHARS or stops(text)


def _kind_of(text: str, bulleted: bool) -> BlockKind:
    if bulleted:
        return Kinds.LIST_ITEM
    return Kinds.PARAGRAPH if _reads_as_paragraph(text) else Kinds.LINE



def _draft(stripped: list[str], first: int, last: int, style: DumpStyle, index: int,
           syntax: DumpSyntax = dump_syntax.NONE, markdown: markdown_links.MarkdownReading | None = None) -> Draft:
    """The draft of lines ``first``..``last`` (0-based, inclusive); its text read without the dump tool's
    ``syntax``. ``markdown``: a markdown dump's lines as a reader sees them (``markdown_links``), read in their
    place when they show anything."""
    if markdown is not None and (draft := _shown_draft(stripped, markdown, first, last, style, index, syntax)):
        return draft
    line = stripped[first]
    head = line[0]
    if first == last and not (head in BULLET_CHARS or head.isdigit() or head == "o"):
        # the common case (most blocks of every dump): one line, no list marker
        # a picture's text twice needs two copies of MIN_DOUBLED_CHARS: most lines are shorter, and not looked at
        text = shown_once(line) if len(line) >= 2 * MIN_DOUBLED_CHARS else line
        if syntax.any:
            text = dump_syntax.read(text, syntax)
            if not text:  # a picture, an empty link: nothing a reader sees
                return Draft(index, line, Kinds.HIDDEN, line_span(first + 1, first + 1))
        paragraph = len(text) >= MIN_PARAGRAPH_CHARS or text[-1] in SENTENCE_STOPS
        kind = Kinds.PARAGRAPH if paragraph else Kinds.LINE
        return Draft(index, text, kind, line_span(first + 1, first + 1))
    marker = bullet(line)
    if marker and head in TEXT_MARKERS and not in_list(stripped, first, last):
        marker = None  # "- Olá, disse ele.", "+ 3 pontos", "o menino comeu…": the page's own text
    if marker and head == "#" and syntax.markdown:
        marker = None  # markdown's "#" opens a heading, never a list item
    parts = stripped[first:last + 1]
    if marker and not head.isdigit():  # "1. Choose a pot": the number is content, a "•" is not
        parts[0] = line[marker.end():].strip() or line
    # a picture's text printed twice may wrap onto the next line ("Kiwi TartKiwi" / "Tart"): looked for once joined
    body = shown_once(parts[0] if len(parts) == 1 else join_lines(parts, style, syntax.hyphen_breaks))
    if syntax.any:
        read = dump_syntax.read(body, syntax)
        if not read:  # pictures, empty links: nothing a reader sees
            return Draft(index, body, Kinds.HIDDEN, line_span(first + 1, last + 1))
        body = read
    kind = _kind_of(body, marker is not None and bool(line[marker.end():].strip()))
    draft = Draft(index, body, kind, line_span(first + 1, last + 1))
    if kind is Kinds.LIST_ITEM and head.isdigit():
        draft.markup = _NUMBERED
    return draft



def _shown_draft(stripped: list[str], markdown: markdown_links.MarkdownReading, first: int, last: int,
                 style: DumpStyle, index: int, syntax: DumpSyntax) -> Draft | None:
    """The draft of lines ``first``..``last`` of a markdown dump, its text from the lines as a reader sees them,
    with the share of it inside links (``Draft.link_share``); None when they show nothing (a picture alone, which
    ``_draft`` reads as its alt text, as a text browser shows it)."""
    shown = markdown.shown
    # the spaces a hidden picture or target left are one (a line with nothing hidden keeps its own: a table's)
    parts = [part if part == stripped[k] else " ".join(part.split())
             for k, part in enumerate(shown[first:last + 1], first) if part.strip()]
    if not parts:
        return None
    line = parts[0].strip()
    head = line[0]
    marker = bullet(line)
    if marker and ((head in TEXT_MARKERS and not in_list(stripped, first, last)) or head == "#"):
        marker = None  # the page's own text, or markdown's heading
    if len(line) == 1 and len(parts) == 1 and head in BULLET_CHARS:
        return None  # "* [](/basket)": an empty link's item, which ``_draft`` reads as nothing shown
    parts[0] = line[marker.end():].strip() or line if marker and not head.isdigit() else line
    body = shown_once(parts[0] if len(parts) == 1 else join_lines(parts, style, syntax.hyphen_breaks))
    text = dump_syntax.read(body, syntax)
    if not text:
        return None
    kind = _kind_of(text, marker is not None and bool(line[marker.end():].strip()))
    draft = Draft(index, text, kind, line_span(first + 1, last + 1))
    if kind is Kinds.LIST_ITEM and head.isdigit():
        draft.markup = _NUMBERED
    if linked := sum(markdown.linked[first:last + 1]):
        draft.link_share = min(1.0, linked / sum(map(len, shown[first:last + 1])))
    return draft


def _unescape_line(line: str) -> str:
    """A line with its references undone, unless that leaves it blank ("&nbsp;" alone): every non-blank
    line of the dump stays in a block."""
    undone = unescape(line)
    return undone if undone.strip() else line


def blocks_from_text(text: str, max_blocks: int | None = None,
                     max_lines: int | None = None) -> tuple[list[Draft], DumpStyle]:
    """Split a dump into drafts: every non-blank line belongs to exactly one draft.

    With ``max_blocks``, stops as soon as the dump has made more drafts than that (the caller raises);
    with ``max_lines``, a dump of more lines raises ``LineLimitError`` before any work on them.

    Soft hyphens inside words (U+00AD, invisible hyphenation hints that innerText keeps) are left out of
    the blocks' text, as a reader sees it; a line of them alone stays a line. Character references a page
    escaped twice ("O&#039;Donnell") are undone (``entities.unescape``): display text, not markup.
    """
    if SOFT_HYPHEN in text:
        text = _SOFT_HYPHENS_IN_WORDS.sub("", text)
    source = text.splitlines()
    if max_lines is not None and len(source) > max_lines:
        raise LineLimitError(f"the dump has {len(source):,} lines, over max_lines={max_lines:,}; "
                             "pass a larger max_lines in Limits to accept it", allowed=max_lines)
    printed: list[str] | None = None  # the lines as the tool printed them, when references were undone
    if "&" in text:  # references the page escaped twice, which the browser showed as markup
        undone = [_unescape_line(line) if "&" in line else line for line in source]
        if undone != source:
            printed = [line.rstrip() for line in source]
        source = undone
    raws = [raw.rstrip() for raw in source]
    stripped = [raw.lstrip() for raw in raws]
    # a wrapping tool measured each line as it printed it, "China&#39;s" and all: the greedy-wrap test reads those
    # lengths, the blocks the text a reader sees. (The wrap width is read from the lines as a reader sees them, as
    # before: the few lines a tool let run past it hold most of the references, "?a=1&amp;b=2", and would hide it.)
    measured = raws if printed is None else printed
    syntax = dump_syntax.detect(text)
    # the tool's list of the page's links at the end of the dump is no text of the page: its long numbered addresses
    # would run past any wrap width, and its many lines would make the page's wrapped lines look scarce (a page of few
    # links has a short one)
    link_list = dump_syntax.link_list_start(stripped, min_items=1) if syntax.link_numbers else None
    page_lines = raws if link_list is None else raws[:link_list]
    style, width = detect_style(page_lines)
    wide = False
    if style is DumpStyle.LINES and (may_be := first_may_be_wide(text)) >= 0 \
            and WIDE.search(text, may_be) is not None:
        # a tool that gives a wide character two columns wraps Chinese or Japanese text at half the characters
        style, width = detect_style(page_lines, wide=True)
        wide = style is DumpStyle.WRAPPED
    # a table drawn as a grid is read cell by cell: each of its lines as the text of the cell holding text there
    grid = grid_tables.read_cells(raws) if grid_tables.may_hold_grid(text) else None
    if grid:
        for i, cell in grid.items():
            raws[i] = stripped[i] = measured[i] = cell.text
    # a markdown dump's links and pictures are read over the whole dump: a card's link runs over blank lines
    markdown = markdown_links.read(stripped) if syntax.markdown else None
    # a dump of fewer lines than max_blocks cannot make more blocks: no count per block then
    cap = len(source) if max_blocks is None else max_blocks
    capped = cap < len(source)
    # looked up once: an Enum member costs a hook call per lookup (see ``pagesplit.members``)
    lines, wrapped = style is DumpStyle.LINES, style is DumpStyle.WRAPPED
    # bs4's "Kicker:" / "Headline", card after card: one line each, as innerText shows them
    kickers = kicker_breaks(stripped) if style is DumpStyle.FRAGMENTS and ":" in text else frozenset()
    drafts: list[Draft] = []
    first = -1  # first line of the block being built; -1 when there is none
    prev = -1  # its last line so far
    last = len(raws) - 1
    for i, line in enumerate(stripped):
        if not line:
            if first >= 0:
                drafts.append(_draft(stripped, first, prev, style, len(drafts), syntax, markdown))
                first = -1
                if capped and len(drafts) > cap:
                    return drafts, style
            continue
        if first < 0:
            first = i
        else:
            if grid and (prev in grid or i in grid):  # a grid's cell runs on over its lines, and only there
                joined = grid_tables.runs_on(grid, prev, i)
            elif lines:  # innerText-like, the commonest: a line is a block unless a <br> ran it on
                joined = line[0].islower() and continues_line(stripped[prev], line)
            elif wrapped:
                joined = not (line[0].isdigit() and numbers_next_item(raws[prev], raws[i])) and (
                          continues_wrapped(measured[prev], measured[i], width, wide)
                          or continues_in_column(measured, prev, i)
                          or continues_line(stripped[prev], line))
            else:
                joined = prev in kickers or \
                    continues_fragment(stripped[prev], line, stripped[i + 1] if i < last else None)
            if markdown is not None:
                if not joined and (prev in markdown.runs_on or dump_syntax.link_runs_on(stripped[prev], line)):
                    # the tool wrapped its syntax ("![](https://cdn.example-" / "org/a.png)"), or a link's text:
                    # "[the new" / "pier](/news/pier)"
                    joined = True
                elif joined and i in markdown.breaks:
                    joined = False  # a run of card links: each card is a block
            if joined and (line[0] in RULE_CHARS or stripped[prev][0] in RULE_CHARS) \
                    and (is_rule(line) or is_rule(stripped[prev])):
                joined = False  # a horizontal rule is a line of its own, never a wrapped sentence's
            if not joined:
                drafts.append(_draft(stripped, first, prev, style, len(drafts), syntax, markdown))
                first = i
                if capped and len(drafts) > cap:
                    return drafts, style
        prev = i
    if first >= 0:
        drafts.append(_draft(stripped, first, prev, style, len(drafts), syntax, markdown))
    nested = nested_items(raws, stripped, _reads_as_paragraph) if text.startswith(" ") or "\n " in text else None
    if nested:
        for d in drafts:
            assert d.span.start_line is not None  # the text front end gives every draft its lines
            d.nested = nested.get(d.span.start_line - 1, 0)
    if syntax.link_numbers:
        _hide_link_list(drafts, link_list)
    if lines and "\n\t" in text:
        drafts = join_block_cells(drafts, source)
    return drafts, style


def _hide_link_list(drafts: list[Draft], start: int | None) -> None:
    """The tool's list of the page's links (from line ``start``, 0-based) is no text of the page: hidden, as the
    HTML front end hides a script's text."""
    if start is None:
        return
    for d in reversed(drafts):
        assert d.span.start_line is not None  # the text front end gives every draft its lines
        if d.span.start_line - 1 < start:
            break
        d.kind = Kinds.HIDDEN
