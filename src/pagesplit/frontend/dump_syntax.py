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
counted the syntax when it wrapped, so the greedy-wrap test (``frontend.text``) runs on the raw lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pagesplit.timed_match import timed

#: A link number glued to the link's text: "[22]tweeted", "[5]Home" (a footnote reference "[5] " or "[5][6]"
#: is followed by a space or another bracket, and is the page's own text).
_LINK_NUMBER = timed(regex.compile(r"\[(\d{1,5})\](?=[^\s\[\]])"), "dump-syntax.link-number")
#: A dump has link numbers when it holds at least this many different ones…
MIN_LINK_NUMBERS = 8
#: …covering at least this share of 1..highest: a browser numbers every link in order, so the numbers seen run
#: without large gaps (some stand on lines of their own, before a picture or an empty link). A page citing a few
#: sources ("[3]Ibid.") has a handful of scattered numbers.
MIN_LINK_NUMBER_COVER = 0.5

#: A markdown link or picture's target: "(url)" or "(url "title")"; a url may hold one level of parentheses
#: ("…/Tide_(sea)") and, when the tool wrapped it, a space where a line was broken. Possessive: no backtracking.
_TARGET = r"\((?:[^()\n]++|\([^()\n]*+\))*+\)"
#: The text between brackets, one level of brackets inside it ("[![alt](src)](href)" once the picture is read).
_BRACKETED = r"\[((?:[^\[\]\n]++|\[[^\[\]\n]*+\])*+)\]"
_MD_IMAGE = timed(regex.compile(r"!" + _BRACKETED + _TARGET), "dump-syntax.md-image")
_MD_LINK = timed(regex.compile(_BRACKETED + _TARGET), "dump-syntax.md-link")
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
#: What tells a markdown dump: "](" closing a link's text and opening its target, on at least this many links.
#: Plain text almost never writes it (a dev innerText, w3m, lynx or bs4 dump has none or one: a code sample).
MIN_MARKDOWN_LINKS = 3
_MD_LINK_SEAM = "]("
#: The spaces left where the syntax stood: a picture between two words leaves two.
_SPACES = timed(regex.compile(r" {2,}"), "dump-syntax.spaces")


@dataclass(frozen=True)
class DumpSyntax:
    """The syntax a dump tool wrote around the text, as far as the dump tells."""

    link_numbers: bool = False  #: "[22]tweeted"
    markdown: bool = False  #: "[tweeted](https://…)", "**bold**", "# Title"

    @property
    def any(self) -> bool:
        return self.link_numbers or self.markdown


NONE = DumpSyntax()


def detect(text: str) -> DumpSyntax:
    """The syntax traits of a whole dump."""
    markdown = text.count(_MD_LINK_SEAM) >= MIN_MARKDOWN_LINKS and \
        len(_MD_LINK.findall(text)) >= MIN_MARKDOWN_LINKS
    link_numbers = False
    if "[" in text and not markdown:
        numbers = {int(m.group(1)) for m in _LINK_NUMBER.finditer(text)}
        link_numbers = len(numbers) >= MIN_LINK_NUMBERS and len(numbers) >= MIN_LINK_NUMBER_COVER * max(numbers)
    return DumpSyntax(link_numbers=link_numbers, markdown=markdown)


def read(text: str, syntax: DumpSyntax) -> str:
    """``text`` (a block's) as the page shows it, without the syntax; unchanged when that leaves nothing (a
    picture alone, an empty link): every block keeps some text, and such a block is chrome anyway."""
    if not syntax.any:
        return text
    out = text
    if syntax.link_numbers and "[" in out:
        out = _LINK_NUMBER.sub("", out)
    if syntax.markdown:
        out = _read_markdown(out)
    if out != text:
        out = _SPACES.sub(" ", out).strip()
    if out:
        return out
    if syntax.markdown:  # a picture alone: its alt text, if it has one
        alts = " ".join(" ".join(m.group(1).split()) for m in _MD_IMAGE.finditer(text)).strip()
        if alts:
            return alts
    return text


def _read_markdown(text: str) -> str:
    out = text
    if "#" in out[:1]:
        out = _MD_HEADING.sub("", out)
    if "](" in out or "]\n(" in out:
        out = _MD_IMAGE.sub("", out)  # a picture is no text (innerText shows none of it)
        out = _MD_LINK.sub(r"\1", out)
        out = _MD_LINK.sub(r"\1", out)  # a link inside a link's text ("[[text](a)](b)") comes out on the second pass
    if "<" in out:
        out = _MD_AUTOLINK.sub(r"\1", out)
    if "*" in out or "_" in out:
        out = _MD_EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), out)
    if "\\" in out:
        out = _MD_ESCAPE.sub(r"\1", out)
    return out
