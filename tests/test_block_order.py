"""Block order follows document order in HTML, checked on random small trees (hypothesis).

*Document text* here is all the text of the parsed page in document order: text nodes and tails
(``itertext()`` of the tree pagesplit walks), hidden elements' text included, since that text is kept too,
as HIDDEN blocks that the back end marks chrome (nothing is dropped silently). Blocks normalise white space
(runs collapse, a ``<br>`` is a line break) and never add other characters, so the property compares the two
with all white space taken out: the page's block texts, in ``Page.blocks`` order, concatenated, equal the
document text. A hidden element with text inside a block's text therefore ends that block: the text before
it, the hidden block, then the text after it.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pagesplit
from pagesplit.frontend.html import parse

#: lowercase letters only: no capital starts a piece, so no space is put between pieces ("runs on" rule)
_WORDS = st.text(alphabet="abcdefgh ", min_size=1, max_size=12)
_CONTAINERS = ("div", "section", "article", "ul", "li", "p", "h2", "blockquote", "span", "em", "b")
#: opening tags of elements the walk keeps as HIDDEN blocks (by tag or by attribute)
_HIDDEN = ("script", "template", 'div hidden=""', 'span hidden=""', 'span aria-hidden="true"',
           'div style="display:none"', "style", "noscript")


def _tree(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return _WORDS
    inner = _tree(depth - 1)
    element = st.builds(lambda tag, kids: f"<{tag}>{''.join(kids)}</{tag}>",
                        st.sampled_from(_CONTAINERS), st.lists(inner, max_size=4))
    link = st.builds(lambda kids: f'<a href="/story">{"".join(kids)}</a>', st.lists(_WORDS, min_size=1, max_size=2))
    hidden = st.builds(lambda tag, text: f"<{tag}>{text}</{tag.split()[0]}>", st.sampled_from(_HIDDEN), _WORDS)
    return st.one_of(_WORDS, element, link, hidden)


def _no_space(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_tree(3), min_size=1, max_size=5))
def test_block_texts_in_order_are_the_document_text(body: list[str]) -> None:
    html = f"<html><body>{''.join(body)}</body></html>"
    document = _no_space("".join(parse(html).itertext()))
    blocks = _no_space("".join(block.text for block in pagesplit.split_html(html).blocks))
    assert blocks == document


def test_a_hidden_element_inside_text_ends_the_block_before_it() -> None:
    html = ("<html><body><div>Text before the script<script>var tracker = 1;</script>and after it"
            "<p>A paragraph of the story.</p></div></body></html>")
    blocks = [(block.kind.value, block.text) for block in pagesplit.split_html(html).blocks]
    assert blocks == [("line", "Text before the script"), ("hidden", "var tracker = 1;"), ("line", "and after it"),
                      ("paragraph", "A paragraph of the story.")]
