"""render.py on hand-built pages (independent of the back end) and on the bundled example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pagesplit
from pagesplit import render
from pagesplit.model import Article, Block, BlockKind, InputKind, Markup, Page, Reason, Role, Span, Teaser, TeaserPart

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "example" / "page.txt"


def _block(index: int, text: str, role: Role, rule: str, detail: str = "", *, card: int | None = None,
           part: TeaserPart | None = None) -> Block:
    return Block(index=index, text=text, kind=BlockKind.LINE, role=role, reason=Reason(rule, detail),
                 span=Span(index + 1, index + 1), card=card, part=part)


@pytest.fixture
def page() -> Page:
    blocks = (
        _block(0, "Skip to content", Role.CHROME, "chrome.lexicon", "[en] navigation: skip to content"),
        _block(1, "Owls return to the * old mill", Role.TITLE, "article.title"),
        _block(2, "By Ada Field", Role.BYLINE, "article.byline"),
        _block(3, "2 May 2024", Role.DATE, "article.date"),
        _block(4, "# The barn owls came back in April after the roof was mended.", Role.ARTICLE, "article.body"),
        _block(5, "1. Nobody expected a second pair so soon.", Role.ARTICLE, "article.body"),
        _block(6, "(Example Wire)", Role.ATTRIBUTION, "article.attribution", "Example Wire"),
        _block(7, "More For You", Role.CHROME, "chrome.section-label", "More For You"),
        _block(8, "Bats find a home in the [church] tower", Role.TEASER, "teaser.title", card=0,
               part=TeaserPart.TITLE),
        _block(9, "Keep ReadingShow less", Role.CHROME, "chrome.glued-label", "keep reading + show less"),
        _block(10, "Hedgehog crossing signs go up", Role.TEASER, "teaser.title", card=1, part=TeaserPart.TITLE),
    )
    article = Article(title="Owls return to the * old mill", byline="By Ada Field", published="2 May 2024",
                      attribution="Example Wire",
                      paragraphs=(blocks[4].text, blocks[5].text), block_indexes=(4, 5))
    teasers = (
        Teaser(title=blocks[8].text, url="https://example.org/bats", section="More For You", block_indexes=(8,)),
        Teaser(title=blocks[10].text, section="More For You", block_indexes=(10,)),
    )
    return Page(kind=InputKind.TEXT, article=article, teasers=teasers, blocks=blocks, notes=("dump-style: lines",))


@pytest.fixture
def index_page(page: Page) -> Page:
    blocks = tuple(b for b in page.blocks if b.role in (Role.CHROME, Role.TEASER))
    return Page(kind=InputKind.TEXT, article=None, teasers=page.teasers, blocks=blocks)


def test_json_is_exactly_to_dict(page: Page) -> None:
    assert json.loads(render.to_json(page)) == page.to_dict()
    assert json.loads(render.render(page, "json")) == page.to_dict()


def test_jsonl_is_one_line_with_the_path(page: Page) -> None:
    line = render.to_jsonl(page, "pages/owls.txt")
    assert "\n" not in line
    record = json.loads(line)
    assert record["path"] == "pages/owls.txt"
    assert {k: v for k, v in record.items() if k != "path"} == page.to_dict()


def test_error_record_names_the_type() -> None:
    record = render.error_record("bad.bin", pagesplit.DecodeError("the input is not text"))
    assert record == {"path": "bad.bin", "error": {"type": "DecodeError", "message": "the input is not text"}}


def test_text_is_title_then_paragraphs(page: Page) -> None:
    assert render.to_text(page).split("\n\n") == [
        "Owls return to the * old mill",
        "# The barn owls came back in April after the roof was mended.",
        "1. Nobody expected a second pair so soon.",
    ]


def test_text_without_article_is_empty(index_page: Page) -> None:
    assert render.to_text(index_page) == ""


def test_markdown_title_meta_paragraphs_and_teasers(page: Page) -> None:
    md = render.to_markdown(page)
    lines = md.splitlines()
    assert lines[0] == r"# Owls return to the \* old mill"
    assert "*By Ada Field · 2 May 2024*" in lines
    # a paragraph that starts like markdown block syntax stays a paragraph
    assert r"\# The barn owls came back in April after the roof was mended." in lines
    assert r"1\. Nobody expected a second pair so soon." in lines
    assert "*(Example Wire)*" in lines
    assert lines.index("## Teasers") > lines.index("*(Example Wire)*")
    assert r"- [Bats find a home in the \[church\] tower](<https://example.org/bats>) (More For You)" in lines
    assert "- Hedgehog crossing signs go up (More For You)" in lines
    assert md.endswith("\n") and not md.endswith("\n\n")


def _article_page(kind: InputKind, *blocks: Block) -> Page:
    """A page whose article is exactly the given blocks (ARTICLE ones in its paragraphs)."""
    body = [b for b in blocks if b.role is Role.ARTICLE]
    article = Article(title="Owls return to the old mill", byline=None, published=None, attribution=None,
                      paragraphs=tuple(b.text for b in body), block_indexes=tuple(b.index for b in body))
    return Page(kind=kind, article=article, teasers=(), blocks=blocks)


def _body(index: int, text: str, kind: BlockKind, rule: str = "article.body", *, role: Role = Role.ARTICLE,
          markup: Markup | None = None) -> Block:
    return Block(index=index, text=text, kind=kind, role=role, reason=Reason(rule), span=Span(path=f"p[{index}]"),
                 markup=markup)


def test_markdown_keeps_the_structure_of_html() -> None:
    page = _article_page(
        InputKind.HTML,
        _body(0, "Owls return to the old mill", BlockKind.HEADING, "article.title", role=Role.TITLE,
              markup=Markup.of(heading_level=1)),
        _body(1, "The barn owls came back in April.", BlockKind.PARAGRAPH),
        _body(2, "What the wardens saw", BlockKind.HEADING, "article.heading", markup=Markup.of(heading_level=2)),
        _body(3, "Two adults", BlockKind.LIST_ITEM),
        _body(4, "Four owlets | maybe five", BlockKind.LIST_ITEM),
        _body(5, "Where they nest", BlockKind.HEADING, "article.heading", markup=Markup.of(heading_level=3)),
        _body(6, "Climb the ladder", BlockKind.LIST_ITEM, markup=Markup.of(ordered=True)),
        _body(7, "Open the *hatch*", BlockKind.LIST_ITEM, markup=Markup.of(ordered=True)),
        _body(8, "Count the pellets", BlockKind.LIST_ITEM, markup=Markup.of(ordered=True)),
        _body(9, "We never expected a second pair.", BlockKind.PARAGRAPH, markup=Markup.of(quoted=True)),
        _body(10, "Owls need quiet above all.", BlockKind.QUOTE),
        _body(11, "An owlet on the mill's beam at dusk.", BlockKind.CAPTION, "article.caption", role=Role.CAPTION),
        _body(12, "Year\tPairs\tOwlets\n2023\t1\t3\n2024\t2 | 3\n", BlockKind.TABLE),
        _body(13, "Counting goes on until October.", BlockKind.PARAGRAPH),
        _body(14, "A heading of level one inside the story", BlockKind.HEADING, "article.heading",
              markup=Markup.of(heading_level=1)),
    )
    assert render.to_markdown(page).split("\n") == [
        "# Owls return to the old mill", "",
        "The barn owls came back in April.", "",
        "## What the wardens saw", "",
        "- Two adults",
        "- Four owlets | maybe five", "",
        "### Where they nest", "",
        "1. Climb the ladder",
        r"2. Open the \*hatch\*",
        "3. Count the pellets", "",
        "> We never expected a second pair.", "",
        "> Owls need quiet above all.", "",
        "*An owlet on the mill's beam at dusk.*", "",
        "| Year | Pairs | Owlets |",
        "| --- | --- | --- |",
        "| 2023 | 1 | 3 |",
        r"| 2024 | 2 \| 3 |  |", "",
        "Counting goes on until October.", "",
        "## A heading of level one inside the story",  # the title alone is '#'
        "",
    ]


def test_markdown_of_a_dump_keeps_its_item_numbers_and_headings() -> None:
    page = _article_page(
        InputKind.TEXT,
        _body(0, "To get ready:", BlockKind.PARAGRAPH),
        _body(1, "1. Check your collection day.", BlockKind.LIST_ITEM, markup=Markup.of(ordered=True)),
        _body(2, "2. Put the caddy out by seven.", BlockKind.LIST_ITEM, markup=Markup.of(ordered=True)),
        _body(3, "What happens next", BlockKind.LINE, "article.heading"),
        _body(4, "Food waste goes in the grey caddy.", BlockKind.LIST_ITEM),
    )
    assert render.to_markdown(page).split("\n\n")[1:] == [
        "To get ready:", "1. Check your collection day.\n2. Put the caddy out by seven.", "## What happens next",
        "- Food waste goes in the grey caddy.\n",
    ]


def test_markdown_structure_from_the_fixtures() -> None:
    fixtures = EXAMPLE.parents[1]
    html = render.to_markdown(pagesplit.split_html(
        (fixtures / "html" / "subheadings-lists-quotes-in-article" / "input.html").read_text(encoding="utf-8")))
    assert "\n## Lights and visibility\n" in html
    assert "\n- A red rear light, plus a second one on your bag or helmet\n" in html
    assert "\n1. Rinse the frame and wheels with plain water to remove the salt.\n2. Wipe the chain" in html
    assert "\n> “Most of the bikes we see in January" in html
    table = render.to_markdown(pagesplit.split_html(
        (fixtures / "html" / "table-inside-article" / "input.html").read_text(encoding="utf-8")))
    assert "\n| Ward | People waiting | Typical wait |\n| --- | --- | --- |\n| Abbeygate | 412 | 9 years |\n" in table
    dump = render.to_markdown(pagesplit.split_text(
        (fixtures / "text" / "list-inside-article-w3m" / "input.txt").read_text(encoding="utf-8")))
    assert "\n1. Check your collection day on the council website.\n2. Put the caddy out" in dump
    assert "\n- Food waste goes in the grey caddy" in dump
    captions = render.to_markdown(pagesplit.split_html(
        (fixtures / "html" / "figure-captions-and-credits" / "input.html").read_text(encoding="utf-8")))
    assert "\n*A detail of the ceiling shows a barge loaded with sacks of barley.*\n" in captions


def test_text_stays_plain_when_the_page_has_structure() -> None:
    page = pagesplit.split_html((EXAMPLE.parents[1] / "html" / "subheadings-lists-quotes-in-article" /
                                 "input.html").read_text(encoding="utf-8"))
    text = render.to_text(page)
    assert "Lights and visibility\n\n" in text
    assert not any(line.startswith(("#", "- ", "> ", "1. ", "|")) for line in text.splitlines())


def test_markdown_without_article_lists_teasers(index_page: Page) -> None:
    md = render.to_markdown(index_page)
    assert md.startswith("## Teasers\n")


def _table(explained: str) -> list[str]:
    """The lines of ``explain`` output before its legend: the header, the block rows and the counts line."""
    return explained.split("\n\n" + render.LEGEND_TITLE + "\n")[0].splitlines()


def test_explain_has_every_block_and_a_counts_line(page: Page) -> None:
    lines = _table(render.explain(page, width=100))
    assert lines[0].split()[:5] == ["#", "line", "role", "rule", "text"]
    rows = [line for line in lines[1:-1] if not line.lstrip().startswith("=")]
    assert len(rows) == len(page.blocks)
    for row, block in zip(rows, page.blocks, strict=True):
        assert row.split()[0] == str(block.index)
        assert block.reason.rule in row
    assert "teaser[0]:title" in rows[8]
    assert lines[-1] == "11 blocks: 1 title, 1 byline, 1 date, 2 article, 1 attribution, 2 teaser (2 cards), 3 chrome"


def test_explain_ends_with_a_legend_of_the_rules_it_shows(page: Page) -> None:
    out = render.explain(page, width=100)
    legend = out.split("\n\n" + render.LEGEND_TITLE + "\n")[1].splitlines()
    shown = sorted({b.reason.rule for b in page.blocks})
    assert [line.split(":")[0].strip() for line in legend if not line.startswith("      ")] == shown
    assert "  chrome.glued-label: several button labels run together without spaces ('Keep ReadingShow less')" \
        in legend
    assert not any(line.strip().startswith("article.heading") for line in legend)  # not on this page


def test_the_legend_counts_earlier_verdicts_and_wraps(page: Page) -> None:
    block = Block(index=0, text="Related", kind=BlockKind.LINE, role=Role.CHROME, reason=Reason("chrome.outside"),
                  span=Span(1, 1), trail=(Reason("chrome.section-label"), Reason("made.up")))
    legend = render.legend(Page(kind=InputKind.TEXT, article=None, teasers=(), blocks=(block,)), width=60)
    assert legend[:2] == ["", render.LEGEND_TITLE]
    assert [line.split(":")[0].strip() for line in legend[2:] if not line.startswith("      ")] == [
        "chrome.outside", "chrome.section-label", "made.up"]
    assert f"  made.up: {render.UNREGISTERED_TEXT}" in legend
    assert all(len(line) <= 60 for line in legend)
    assert render.legend(Page(kind=InputKind.TEXT, article=None, teasers=(), blocks=())) == []


def test_explain_shows_detail_unless_it_repeats_the_text(page: Page) -> None:
    out = render.explain(page)
    assert "= [en] navigation: skip to content" in out
    assert "= More For You" not in out


def test_explain_lines_fit_the_width(page: Page) -> None:
    long = Block(index=0, text="word " * 200, kind=BlockKind.PARAGRAPH, role=Role.ARTICLE,
                 reason=Reason("article.body"), span=Span(1, 1))
    wide = Page(kind=InputKind.TEXT, article=None, teasers=(), blocks=(long,))
    for width in (80, 120):
        assert all(len(line) <= width for line in render.explain(wide, width=width).splitlines())


def test_explain_html_span_is_a_shortened_path() -> None:
    block = Block(index=0, text="Home", kind=BlockKind.LINE, role=Role.CHROME, reason=Reason("chrome.lexicon"),
                  span=Span(path="/html/body/div[2]/header/nav/ul/li[1]/a"))
    out = render.explain(Page(kind=InputKind.HTML, article=None, teasers=(), blocks=(block,)))
    assert out.splitlines()[0].split()[1] == "path"
    assert "…" in out.splitlines()[1] and "li[1]/a" in out


def test_summary(page: Page) -> None:
    out = render.summary(page)
    assert "Title:       Owls return to the * old mill" in out
    assert "Byline:      By Ada Field" in out
    assert "Date:        2 May 2024" in out
    assert "Paragraphs:  2 (" in out
    assert "1. Bats find a home in the [church] tower  [More For You]" in out
    assert "Chrome:      3 blocks (chrome.lexicon 1, chrome.section-label 1, chrome.glued-label 1)" in out


def test_summary_without_article(index_page: Page) -> None:
    out = render.summary(index_page)
    assert out.startswith(render.NO_ARTICLE_TEXT)
    assert "Teasers:     2" in out


def test_unknown_format_is_a_value_error(page: Page) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render.render(page, "yaml")  # type: ignore[arg-type]


def test_shorten() -> None:
    assert render.shorten("a  b\n c", 10) == "a b c"
    assert render.shorten("abcdefghij", 5) == "abcd…"


def test_every_format_renders_the_bundled_example() -> None:
    page = pagesplit.split(EXAMPLE.read_bytes())
    for fmt in render.FORMATS:
        assert render.render(page, fmt, path=str(EXAMPLE)).strip()
    assert render.to_markdown(page).startswith("# Harbour town turns its old ferry pier into a floating tidal garden")
