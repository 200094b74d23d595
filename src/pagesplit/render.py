"""Output formats for a ``Page``: JSON, a JSON line, plain text, markdown, explain, and a summary.

Every function here is pure: a ``Page`` (and a few options) in, a ``str`` out, no I/O. The CLI
picks one by name through ``render``; library users can call them directly.

>>> from pagesplit import split_text
>>> page = split_text("Skip to content\\n\\nA headline for the story\\n\\n" + "Words in a sentence. " * 30)
>>> print(to_text(page).splitlines()[0])
A headline for the story
>>> print(explain(page).split("\\n\\nrules:\\n")[1])
  article.body: inside the main run of prose chosen as the article
  article.title: the headline of the article
  chrome.lexicon: the whole block is a known chrome phrase (navigation, share, notice, toggle,
      legal)
"""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from typing import Any, Literal, get_args

from pagesplit.model import Block, BlockKind, InputKind, Page, Role
from pagesplit.rules.registry import RULES, describe

Format = Literal["json", "jsonl", "text", "markdown", "explain", "summary"]
FORMATS: tuple[Format, ...] = get_args(Format)

#: Default width of ``explain`` and ``summary`` lines when the caller does not know the terminal's.
DEFAULT_WIDTH = 100
#: Columns of an ``explain`` line: role (with card and part), rule id; a longer HTML path is cut on the left.
_ROLE_W, _RULE_W, _SPAN_W = 17, 21, 24
#: A block's text is never cut shorter than this, however narrow the terminal.
_MIN_TEXT_W = 20
#: Order of roles in the counts line, so the line reads like the page: chrome, head, body, cards.
_ROLE_ORDER = (Role.TITLE, Role.BYLINE, Role.DATE, Role.ARTICLE, Role.CAPTION, Role.ATTRIBUTION,
               Role.TEASER, Role.OTHER, Role.CHROME)
NO_ARTICLE_TEXT = "no article found (an index page, or a page of teasers only)"
LEGEND_TITLE = "rules:"
UNREGISTERED_TEXT = "(not a registered rule id)"


def shorten(text: str, width: int) -> str:
    """Collapse whitespace and cut to ``width`` characters with an ellipsis.

    >>> shorten("one  two\\nthree four", 12)
    'one two thr…'
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    return flat[:max(width - 1, 0)] + "…"


def to_json(page: Page, *, indent: int | None = 2) -> str:
    """Exactly ``page.to_dict()`` as JSON (UTF-8 characters kept, not escaped)."""
    return json.dumps(page.to_dict(), ensure_ascii=False, indent=indent)


def record(page: Page, path: str | None = None) -> dict[str, Any]:
    """The batch record of one input: ``{"path": ..., **page.to_dict()}``."""
    return {"path": path, **page.to_dict()}


def error_record(path: str | None, error: BaseException) -> dict[str, Any]:
    """The batch record of an input that failed: ``{"path": ..., "error": {"type", "message"}}``."""
    return failure_record(path, type(error).__name__, str(error))


def failure_record(path: str | None, error_type: str, message: str) -> dict[str, Any]:
    """``error_record`` from the error's type name and message (as a worker process reports them)."""
    return {"path": path, "error": {"type": error_type, "message": message}}


def to_jsonl(page: Page, path: str | None = None) -> str:
    """One line of JSON (no trailing newline): the input's path and the page."""
    return json.dumps(record(page, path), ensure_ascii=False, separators=(",", ":"))


def to_text(page: Page) -> str:
    """The article only: the title, then the paragraphs, separated by blank lines. Empty without an article."""
    article = page.article
    if article is None:
        return ""
    parts = [article.title] if article.title else []
    parts.extend(article.paragraphs)
    return "\n\n".join(parts)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>"})


def _md_inline(text: str) -> str:
    return " ".join(text.split()).translate(_MD_SPECIAL)


def _md_paragraph(text: str) -> str:
    """A paragraph as markdown: inline markup escaped, and a leading '#', '>', '-', '+' or '1.' defused."""
    out = _md_inline(text)
    if out[:1] in "#>-+=|" and out:
        return "\\" + out
    head, dot, _ = out.partition(". ")
    if dot and head.isdigit():
        return f"{head}\\. {out[len(head) + 2:]}"
    return out


#: Markdown heading level of the article's sub-headings when the input gives none (a text dump); the title is 1.
DEFAULT_SUBHEADING_LEVEL = 2
#: Markdown has six heading levels.
MAX_HEADING_LEVEL = 6
_HEADING_RULE = "article.heading"  # a dump's sub-heading: a LINE block the article stage calls a heading


def _md_cell(text: str) -> str:
    return _md_inline(text).replace("|", "\\|")


def _md_table(text: str) -> list[str]:
    """A TABLE block (rows on lines, cells separated by tabs, as both front ends make it) as a GFM table, its
    first row the header; short rows are padded with empty cells."""
    rows = [row.split("\t") for row in text.split("\n") if row.strip()]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    out = []
    for number, row in enumerate(rows):
        cells = [_md_cell(cell) for cell in row] + [""] * (width - len(row))
        out.append("| " + " | ".join(cells) + " |")
        if number == 0:
            out.append("|" + " --- |" * width)
    return out


def _md_code(text: str) -> list[str]:
    fence = "```"
    while fence in text:
        fence += "`"
    return [fence, *text.splitlines(), fence]


def _md_body(page: Page) -> list[list[str]]:
    """The article's blocks (body and captions, in page order) as markdown chunks; the items of one list are one
    chunk, so no blank line splits the list."""
    chunks: list[list[str]] = []
    in_list = False
    number = 0  # an HTML numbered item's place in its list (a dump's item keeps its number in its text)
    for block in page.blocks:
        if block.role is not Role.ARTICLE and block.role is not Role.CAPTION:
            continue
        markup = block.markup
        kind = block.kind
        if kind is BlockKind.LIST_ITEM and block.role is Role.ARTICLE:
            ordered = markup is not None and markup.ordered
            number = number + 1 if in_list and ordered else 1
            if not ordered:
                item = f"- {_md_inline(block.text)}"
            elif page.kind is InputKind.TEXT:
                item = _md_inline(block.text)
            else:
                item = f"{number}. {_md_inline(block.text)}"
            if in_list:
                chunks[-1].append(item)
            else:
                chunks.append([item])
            in_list = True
            continue
        in_list = False
        if kind is BlockKind.TABLE:  # the block's shape first: a table or code keeps it whatever its rule
            chunks.append(_md_table(block.text))
        elif kind is BlockKind.CODE:
            chunks.append(_md_code(block.text))
        elif block.role is Role.CAPTION or kind is BlockKind.CAPTION:
            chunks.append([f"*{_md_inline(block.text)}*"])
        elif kind is BlockKind.HEADING or block.reason.rule == _HEADING_RULE:
            level = markup.heading_level if markup is not None and markup.heading_level else DEFAULT_SUBHEADING_LEVEL
            chunks.append(["#" * min(max(level, 2), MAX_HEADING_LEVEL) + " " + _md_inline(block.text)])
        elif kind is BlockKind.QUOTE or (markup is not None and markup.quoted):
            chunks.append([f"> {_md_paragraph(block.text)}"])
        else:
            chunks.append([_md_paragraph(block.text)])
    return chunks


def to_markdown(page: Page) -> str:
    """The article as markdown: '# title', a byline/date line, then the body with its structure (sub-headings
    by level, '-' and '1.' lists, GFM tables, '>' quotes, captions in italics), then '## Teasers' when present.
    """
    lines: list[str] = []
    article = page.article
    if article is not None:
        if article.title:
            lines += [f"# {_md_inline(article.title)}", ""]
        meta = [_md_inline(v) for v in (article.byline, article.published_text or article.published) if v]
        if meta:
            lines += ["*" + " · ".join(meta) + "*", ""]
        for chunk in _md_body(page):
            lines += [*chunk, ""]
        if article.attribution:
            lines += [f"*({_md_inline(article.attribution)})*", ""]
    if page.teasers:
        lines += ["## Teasers", ""]
        for teaser in page.teasers:
            title = _md_inline(teaser.title)
            item = f"- [{title}](<{teaser.url}>)" if teaser.url else f"- {title}"
            if teaser.section:
                item += f" ({_md_inline(teaser.section)})"
            lines.append(item)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n" if lines else ""


def _role_label(block: Block) -> str:
    if block.card is None:
        return block.role.value
    part = f":{block.part.value}" if block.part is not None else ""
    return f"{block.role.value}[{block.card}]{part}"


def _span_label(block: Block) -> str:
    span = block.span
    if span.path is not None:
        return span.path if len(span.path) <= _SPAN_W else "…" + span.path[-(_SPAN_W - 1):]
    if span.start_line is None:
        return "-"
    if span.start_line == span.end_line or span.end_line is None:
        return f"{span.start_line}"
    return f"{span.start_line}-{span.end_line}"


def counts_line(page: Page) -> str:
    """'56 blocks: 1 title, 13 article, … , 16 chrome' (roles in page order, zero counts left out)."""
    counts = Counter(b.role for b in page.blocks)
    parts = []
    for role in _ROLE_ORDER:
        if counts[role]:
            label = f"{counts[role]} {role.value}"
            if role is Role.TEASER:
                label += f" ({len(page.teasers)} card{'s' if len(page.teasers) != 1 else ''})"
            parts.append(label)
    noun = "block" if len(page.blocks) == 1 else "blocks"
    return f"{len(page.blocks)} {noun}: " + ", ".join(parts) if parts else f"0 {noun}"


def explain(page: Page, *, width: int = DEFAULT_WIDTH) -> str:
    """Every block on one line (index, line span or path, role, rule id, shortened text).

    A second, indented line gives the rule's detail when there is one, and the earlier verdicts
    when the page was split with ``explain=True``. The last line counts the roles.
    """
    spans = [_span_label(b) for b in page.blocks]
    span_w = max((len(s) for s in spans), default=4)
    index_w = max(len(str(len(page.blocks))), 3)
    text_w = max(width - (index_w + span_w + _ROLE_W + _RULE_W + 4), _MIN_TEXT_W)
    indent = " " * (index_w + span_w + 2)
    span_title = "path" if page.kind is InputKind.HTML else "line"
    out = [f"{'#':>{index_w}} {span_title:<{span_w}} {'role':<{_ROLE_W}} {'rule':<{_RULE_W}} text"]
    for block, span in zip(page.blocks, spans, strict=True):
        out.append(f"{block.index:>{index_w}} {span:<{span_w}} {_role_label(block):<{_ROLE_W}} "
                   f"{block.reason.rule:<{_RULE_W}} {shorten(block.text, text_w)}")
        notes = []
        detail = block.reason.detail
        if detail and " ".join(detail.split()).casefold() != " ".join(block.text.split()).casefold():
            notes.append(shorten(detail, width - len(indent) - 3))
        if block.trail:
            notes.append("was: " + " -> ".join(r.rule for r in block.trail))
        out.extend(f"{indent} = {note}" for note in notes)
    out.append(counts_line(page))
    out.extend(legend(page, width=width))
    return "\n".join(out)


def legend(page: Page, *, width: int = DEFAULT_WIDTH) -> list[str]:
    """The rule ids that ``explain`` shows (reasons and earlier verdicts), sorted, each with its one-line
    description from the registry, wrapped to ``width``; after a blank line and a title. Empty for no blocks."""
    rules = sorted({r.rule for b in page.blocks for r in (b.reason, *b.trail)})
    if not rules:
        return []
    out = ["", LEGEND_TITLE]
    for rule in rules:
        description = describe(rule) if rule in RULES else UNREGISTERED_TEXT
        out.extend(textwrap.wrap(f"{rule}: {description}", max(width, _MIN_TEXT_W),
                                 initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False))
    return out


def summary(page: Page, *, width: int = DEFAULT_WIDTH) -> str:
    """A human summary: title, byline, date, paragraph count, teasers with sections, chrome by rule."""
    label_w = 13
    value_w = max(width - label_w, _MIN_TEXT_W)
    out: list[str] = []

    def field(label: str, value: str | None) -> None:
        out.append(f"{label + ':':<{label_w}}{shorten(value, value_w) if value else '-'}")

    article = page.article
    if article is None:
        out.append(NO_ARTICLE_TEXT)
    else:
        field("Title", article.title)
        field("Byline", article.byline)
        field("Date", article.published_text or article.published)
        if article.attribution:
            field("Attribution", article.attribution)
        words = sum(len(p.split()) for p in article.paragraphs)
        field("Paragraphs", f"{len(article.paragraphs)} ({words:,} words)")
    field("Teasers", str(len(page.teasers)))
    for number, teaser in enumerate(page.teasers, 1):
        section = f"  [{teaser.section}]" if teaser.section else ""
        out.append(f"  {number:>2}. {shorten(teaser.title, value_w - len(section))}{section}")
    chrome = Counter(b.reason.rule for b in page.chrome)
    by_rule = ", ".join(f"{rule} {n}" for rule, n in chrome.most_common())
    field("Chrome", f"{len(page.chrome)} blocks" + (f" ({by_rule})" if by_rule else ""))
    if page.notes:
        field("Notes", "; ".join(page.notes))
    return "\n".join(out)


def render(page: Page, fmt: Format, *, path: str | None = None, width: int = DEFAULT_WIDTH) -> str:
    """Render ``page`` in the named format (see ``FORMATS``)."""
    if fmt == "json":
        return to_json(page)
    if fmt == "jsonl":
        return to_jsonl(page, path)
    if fmt == "text":
        return to_text(page)
    if fmt == "markdown":
        return to_markdown(page)
    if fmt == "explain":
        return explain(page, width=width)
    if fmt == "summary":
        return summary(page, width=width)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
