"""Teaser card ids: every stage draws them from ``Context.new_card``, so no two cards of a page share one.

Before, each stage counted from a base of its own, and two bases were equal: a linked box's card and the
first card of an unlabelled headline list were one card, and the page lost a teaser.
"""

from __future__ import annotations

import pagesplit
from conftest import structure_problems
from pagesplit.model import Role, TeaserPart

PROSE = ("The committee met on a grey morning to weigh the proposal, and after a long debate, "
         "with several amendments, it agreed to send the plan back for another review. ")
#: A box that is one link around a headline and a summary, set between the story's paragraphs.
LINKED_BOX = ('<figure><a href="https://example.org/story/77"><div><h3>Night ferry crews ask for a second '
              "rest day</h3><p>The union wants a change to the rota before the summer timetable starts.</p>"
              "</div></a></figure>")
#: Three headline-plus-byline cards after the story, with no label, each headline linking its story (on a page with
#: markup a line that links nothing titles no card: ``dom_card_drops``). They are cards of a later stage than the linked
#: box's, so the two stages still draw ids one after the other.
UNLABELED = ('<div><h4><a href="https://example.org/story/81">Lighthouse keepers open their cottages to summer '
             "visitors</a></h4><span>By Jo Doe</span></div>"
             '<div><p><a href="https://example.org/story/82">Harbour market moves indoors for the winter months</a>'
             "</p><p>By Ann Roe</p></div>"
             '<div><h2><a href="https://example.org/story/83">School of sailmakers takes its first twelve students</a>'
             "</h2><p>By Al Berg</p></div>")


def _page() -> str:
    ps = [f'<p>{PROSE} Paragraph number {i} adds <a href="https://example.org/n/{i}">its own detail</a>.</p>'
          for i in range(4)]
    return ("<!doctype html><html><body><article><h1>Council sends the harbour plan back for review</h1>"
            + "".join(ps[:2]) + LINKED_BOX + "".join(ps[2:]) + "</article><div>" + UNLABELED + "</div></body></html>")


def test_linked_box_and_three_unlabelled_cards_are_four_teasers() -> None:
    page = pagesplit.split_html(_page())
    assert [t.title for t in page.teasers] == [
        "Night ferry crews ask for a second rest day",
        "Lighthouse keepers open their cottages to summer visitors",
        "Harbour market moves indoors for the winter months",
        "School of sailmakers takes its first twelve students",
    ]
    assert structure_problems(page) == []


def test_each_card_of_the_page_has_its_own_title_block() -> None:
    page = pagesplit.split_html(_page())
    titles = [b.card for b in page.blocks if b.role is Role.TEASER and b.part is TeaserPart.TITLE]
    assert titles == list(range(len(page.teasers)))
