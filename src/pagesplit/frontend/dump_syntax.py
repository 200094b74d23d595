"""What a dump tool writes around the page's text, and how to read the text without it.

Some tools that turn a page into text mark its links and formatting in the text itself:

- link numbers: a text browser that lists the page's links at the end numbers each link where it stands,
  glued to its text ("Trump [22]tweeted before…", lynx and elinks without ``-nolist``);
- markdown: a page-to-markdown converter writes a link as ``[text](url "title")``, a picture as
  ``![alt](src)``, emphasis as ``**bold**`` / ``_italic_``, a heading as ``# Title``, and escapes the
  characters markdown would read (``1\\.``, ``\\*``).

None of it is the page's text: a reader of the page sees "tweeted", not "[22]tweeted". The traits are read
from the dump itself (how often each syntax occurs), never from the tool's name, and the text of every block
is then read without them. The lines and their lengths are left as the tool wrote them: a wrapping tool
counted the syntax when it wrapped, so the greedy-wrap test (``frontend.line_joins``) runs on the raw lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pagesplit.timed_match import timed

#: A link number glued to the link's text: "[22]tweeted", "[5]Home", "[7]“Quote”" (a footnote reference, "[5] ",
#: "[5][6]", "[5]).", is followed by a space, a bracket or punctuation, and is the page's own text).
_LINK_NUMBER = timed(regex.compile(r"\[(\d{1,5})\](?=[\w\"'“‘«„¿¡])"), "dump-syntax.link-number")
#: A dump has link numbers when it holds at least this many different ones…
MIN_LINK_NUMBERS = 8
#: …covering at least this share of 1..highest: a browser numbers every link in order, so the numbers seen run
#: without large gaps (some stand on lines of their own, before a picture or an empty link). A page citing a few
#: sources ("[3]Ibid.") has a handful of scattered numbers. Probe dumps of the dev pages by a text browser that
#: numbers links: 583 of 609 pass both (the rest have fewer than 8 links); of the 2,436 dev dumps (innerText, w3m,
#: lynx, bs4) and 609 plain-text ones of a converter citing footnotes "[12])", none does. A page of fewer links has
#: them when the tool's list of links closes the dump and holds every number marked in the text (13 more of the 1,218
#: probe dumps; none of the dev dumps).
MIN_LINK_NUMBER_COVER = 0.5
#: Once a dump has link numbers, every one is read out, also before a picture's marker ("[25][IMG] Headline").
_ANY_LINK_NUMBER = timed(regex.compile(r"\[\d{1,5}\](?=\S)"), "dump-syntax.any-link-number")
#: …and so is one standing before a space or the line's end: a link whose text the browser did not print (a picture
#: without alt text, an empty link) leaves its number alone ("A headline [76]", "Powered by[168]", "* [40]"). Not one
#: right after a bracket: "[23][5]" is a link's number and the page's own footnote mark. Read out only when the block
#: has other text (a block of nothing but numbers is left as printed).
_LONE_LINK_NUMBER = timed(regex.compile(r"(?<!\])\[\d{1,5}\](?=\s|$)"), "dump-syntax.lone-link-number")
#: Such a browser prints a picture as a bracketed word where it stands ("[IMG]", "[team-photo]"): at the head of a
#: block with text after it (a card's picture before its headline) it is no text of the block.
_PICTURE_HEAD = timed(regex.compile(r"^(?:\[[^\[\]\s]{1,60}\]\s*)++(?=[^\s\[])"), "dump-syntax.picture-head")

#: A markdown link or picture's target: "(url)" or "(url "title")"; a url may hold one level of parentheses
#: ("…/Tide_(sea)") and, when the tool wrapped it, a space where a line was broken. Possessive: no backtracking.
#: Its first token is an address: it holds a "/" or a "." ("/news/", "page.html"), opens with "#", or is a scheme
#: and what follows it ("https://…", "mailto:…", "javascript:"); a caption in brackets and a credit in parentheses
#: ("[photo](Picture: Jo Doe)") or a script's "[e]()" is none.
_ADDRESS = r"(?=[^\s()]*[/.]|#|[a-zA-Z][\w+.-]*:(?:[^\s()]|\)))"
_TARGET = r"\((" + _ADDRESS + r"(?:[^()\n]++|\([^()\n]*+\))*+)\)"
#: The text between brackets, one level of brackets inside it ("[![alt](src)](href)" once the picture is read).
_BRACKETED = r"\[((?:[^\[\]\n]++|\[[^\[\]\n]*+\])*+)\]"
_MD_LINK = timed(regex.compile(_BRACKETED + _TARGET), "dump-syntax.md-link")
#: Once a dump is markdown, any target is one: "[Watch]()", "[ ]( "Watch live")" (a script's link, a title only).
_ANY_TARGET = r"\(((?:[^()\n]++|\([^()\n]*+\))*+)\)"
_MD_IMAGE_IN = timed(regex.compile(r"!" + _BRACKETED + _ANY_TARGET), "dump-syntax.md-image-in")
_MD_LINK_IN = timed(regex.compile(_BRACKETED + _ANY_TARGET), "dump-syntax.md-link-in")
#: What is left of a link whose text spans paragraphs: its closing "](target)" opening a block, an opening "[" (or
#: a picture's "![") ending one.
_MD_LINK_TAIL = timed(regex.compile(r"^\]" + _ANY_TARGET), "dump-syntax.md-link-tail")
_MD_LINK_HEAD = timed(regex.compile(r"!?\[\s*$"), "dump-syntax.md-link-head")
#: "<https://example.org>": an address written as a link to itself.
_MD_AUTOLINK = timed(regex.compile(r"<((?:https?|ftp|mailto):[^\s<>]++)>"), "dump-syntax.md-autolink")
#: Emphasis: a pair of "**", "__", "*" or "_" hugging a run of text (not a "* " bullet, not snake_case).
_MD_EMPHASIS = timed(regex.compile(
    r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])|(?<![\w*\\])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_\\])\3(?![\w*])"),
    "dump-syntax.md-emphasis")
#: A heading's hashes ("## Results") at the start of a block.
_MD_HEADING = timed(regex.compile(r"^#{1,6}\s+"), "dump-syntax.md-heading")
#: A character escaped so that markdown reads it as itself ("1\\.", "\\*", "\\[").
_MD_ESCAPE = timed(regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])"), "dump-syntax.md-escape")
#: What tells a markdown dump: "](" closing a link's text and opening its target (an address), on at least this
#: many links. Plain text does not write it: none of the 2,436 dev dumps has one; a converter's probe dumps of the dev
#: pages have it on 584 of 609 (the rest hold fewer than 3 links).
MIN_MARKDOWN_LINKS = 3
_MD_LINK_SEAM = "]("
#: The spaces left where the syntax stood: a picture between two words leaves two.
_SPACES = timed(regex.compile(r" {2,}"), "dump-syntax.spaces")


@dataclass(frozen=True)
class DumpSyntax:
    """The syntax a dump tool wrote around the text, as far as the dump tells."""

    link_numbers: bool = False  #: "[22]tweeted"
    markdown: bool = False  #: "[tweeted](https://…)", "**bold**", "# Title"
    #: Not syntax but a habit of the same tools: the wrap breaks a line after a hyphen inside a word ("Hightech-" /
    #: "Beamer"), and the rejoined word takes no space there. (Not part of ``any``: no block text is read for it.)
    hyphen_breaks: bool = False
    #: Link numbers or markdown: some block text is read without syntax. Set once, not a property: the text front
    #: end asks it for every block (a property's call cost about 1,000 instructions each, callgrind).
    any: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "any", self.link_numbers or self.markdown)


NONE = DumpSyntax()


#: A line that ends in a letter and a hyphen, and a next line that opens with a letter: a word broken after its hyphen.
_HYPHEN_BREAK = timed(regex.compile(r"\p{L}-\n[ \t]*+\p{L}"), "dump-syntax.hyphen-break")
#: A dump breaks words after their hyphen when it does so at least this often. Dev dumps: a page-to-markdown tool's
#: 536 of 609 dumps do it 3 times or more (median 19); of the 2,436 innerText, w3m, lynx and bs4 dumps none does it
#: more than 3 times but one lynx dump, which breaks a long address after its hyphens 27 times.
MIN_HYPHEN_BREAKS = 5


def detect(text: str) -> DumpSyntax:
    """The syntax traits of a whole dump."""
    markdown = text.count(_MD_LINK_SEAM) >= MIN_MARKDOWN_LINKS and \
        len(_MD_LINK.findall(text)) >= MIN_MARKDOWN_LINKS
    link_numbers = False
    if "[" in text and not markdown:
        numbers = {int(m.group(1)) for m in _LINK_NUMBER.finditer(text)}
        link_numbers = len(numbers) >= MIN_LINK_NUMBERS and len(numbers) >= MIN_LINK_NUMBER_COVER * max(numbers)
        if numbers and not link_numbers and _ends_with_list_item(text):
            # a page of few links: the tool's list of them closing the dump holds every number marked in the text
            link_numbers = numbers <= _listed_numbers(text.splitlines())
    hyphen_breaks = "-\n" in text and len(_HYPHEN_BREAK.findall(text)) >= MIN_HYPHEN_BREAKS
    return DumpSyntax(link_numbers=link_numbers, markdown=markdown, hyphen_breaks=hyphen_breaks)


def read(text: str, syntax: DumpSyntax) -> str:
    """``text`` (a block's) as the page shows it, without the syntax: a picture alone as its alt text; "" when
    nothing is left (a picture without alt text, an empty link), a block a reader does not see."""
    if not syntax.any:
        return text
    out = text
    if syntax.link_numbers and "[" in out:
        rest = _LONE_LINK_NUMBER.sub("", out)  # before the glued ones: "[19][1] " keeps the page's own "[1]"
        out = _ANY_LINK_NUMBER.sub("", rest if any(map(str.isalpha, rest)) else out)
        if out.startswith("["):
            rest = _PICTURE_HEAD.sub("", out)
            out = rest if any(map(str.isalpha, rest)) else out
    if syntax.markdown:
        out = _read_markdown(out)
    if out != text:
        out = _SPACES.sub(" ", out).strip()
    if not out and syntax.markdown:  # a picture alone: its alt text, as a text browser shows it
        out = " ".join(" ".join(m.group(1).split()) for m in _MD_IMAGE_IN.finditer(text)).strip()
    return out


def _read_markdown(text: str) -> str:
    out = text
    if "#" in out[:1]:
        out = _MD_HEADING.sub("", out)
    if "](" in out:
        if out.startswith("]("):
            out = _MD_LINK_TAIL.sub("", out)
        out = _MD_IMAGE_IN.sub("", out)  # a picture is no text (innerText shows none of it)
        out = _MD_LINK_IN.sub(r"\1", out)
        out = _MD_LINK_IN.sub(r"\1", out)  # a link in a link's text ("[[text](a)](b)") comes out on the second pass
    if out.endswith("["):
        out = _MD_LINK_HEAD.sub("", out)
    if "<" in out:
        out = _MD_AUTOLINK.sub(r"\1", out)
    if "*" in out or "_" in out:
        out = _MD_EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), out)
    if "\\" in out:
        out = _MD_ESCAPE.sub(r"\1", out)
    return out


def link_runs_on(line: str, nxt: str) -> bool:
    """A markdown link's (or picture's) text opened on ``line`` is closed on ``nxt``: "[the new" / "pier](/pier)".
    A wrapping tool breaks a link's text like any other, and moves a long target to the next line however short
    the line it leaves (the greedy-wrap test does not look at words that long)."""
    if "[" not in line or "](" not in nxt:
        return False
    if "]" in line[line.rfind("["):]:
        return False  # the line's last bracket is closed on it
    closing = nxt.find("](")
    opening = nxt.find("[")
    return opening < 0 or closing < opening  # the next line closes a bracket before it opens one


#: An item of a tool's list of the page's links: "12. https://…", "12. file:///…", or "12. A link's title" with its
#: address on the next line, indented ("\thttps://…").
_LINK_LIST_ITEM = timed(regex.compile(r"^\s*(\d{1,5})\.\s+\S"), "dump-syntax.link-list-item")
_ADDRESS_LINE = timed(regex.compile(r"^\s*(?:\d{1,5}\.\s+)?[a-zA-Z][\w+.-]*:\S"), "dump-syntax.address-line")
#: Words at most in a heading of the list ("References", "Visible links", "Hidden links").
MAX_LINK_LIST_HEADING_WORDS = 3
#: …and at most this many in a row: the list's heading and its part's ("References", "Visible links").
MAX_LINK_LIST_HEADINGS = 2


#: How far from its end a dump's last line is looked for (a cheap gate before the whole dump is split into
#: lines): longer than any address a list of links ends with (not swept; it passes the same 13 probe dumps as no gate).
_TAIL_CHARS = 2000


def _ends_with_list_item(text: str) -> bool:
    """The dump's last line is an item of a list of links ("12. https://…", or a titled item's address): the cheap
    gate before ``_listed_numbers`` reads the whole dump's lines."""
    tail = text[-_TAIL_CHARS:].rstrip().rpartition("\n")[2]
    return _LINK_LIST_ITEM.match(tail) is not None or _ADDRESS_LINE.match(tail) is not None


def _listed_numbers(lines: list[str]) -> set[int]:
    """The numbers of the list of the page's links closing the dump, however short (``link_list_start``); none when
    the dump does not end with one."""
    start = link_list_start(lines, min_items=1)
    if start is None:
        return set()
    return {int(m.group(1)) for m in map(_LINK_LIST_ITEM.match, lines[start:]) if m is not None}


def link_list_start(lines: list[str], min_items: int = MIN_LINK_NUMBERS) -> int | None:
    """The first line (0-based) of the list of the page's links that a tool numbering the links prints at the end
    of its dump, with the list's headings; None when the dump does not end with one. Read from the end up: numbered
    items, their addresses, and short headings between them ("Hidden links"). At least ``min_items`` items, half
    of them with an address."""
    start = None
    items = addresses = headings = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        if _LINK_LIST_ITEM.match(line) is not None:
            items += 1
            headings = 0
            addresses += _ADDRESS_LINE.match(line) is not None
            start = i
        elif _ADDRESS_LINE.match(line) is not None:
            addresses += 1  # a titled item's address, on the line under its title
        elif len(line.split()) <= MAX_LINK_LIST_HEADING_WORDS and items and not any(map(str.isdigit, line)) \
                and headings < MAX_LINK_LIST_HEADINGS:
            start = i  # a heading of the list, or of one of its parts
            headings += 1
        else:
            break
    if items < min_items or 2 * addresses < items:
        return None
    return start
