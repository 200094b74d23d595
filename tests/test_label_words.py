"""A card whose headline is worded like a section label is that list's label (``rules.label_words``), on made-up
pages."""

from __future__ import annotations

import pytest

import pagesplit
from harbour import STORY, TITLE
from pagesplit.lexicon import load
from pagesplit.rules.label_words import MAX_LABEL_WORDS, MAX_NAME_WORDS, MIN_LABEL_HEAD_ENTRIES, worded_like_label

HEADLINES = ["New ferry sails to the island from Monday", "Fishermen ask for a longer fishing season",
             "Council votes to rebuild the old lighthouse", "School choir wins the regional contest"]


def _page(lines: list[str]) -> pagesplit.Page:
    return pagesplit.split_text("\n\n".join((TITLE, *STORY, *lines)), explain=True)


@pytest.mark.parametrize("label", ["Jo Doe's Most Recent Stories", "Recent from Jo Doe", "Aktuelle News & Themen"])
def test_a_label_the_lexicon_does_not_list_heads_no_card(label: str) -> None:
    page = _page([label, *HEADLINES])
    assert [t.title for t in page.teasers] == HEADLINES
    assert next(b for b in page.blocks if b.text == label).reason.rule == "chrome.label-words"


def test_a_link_worded_like_a_label_in_a_list_of_stories_is_no_card() -> None:
    titles = ("Jo Doe's Most Recent Stories", *HEADLINES)
    items = "".join(f"<li><h3><a href='https://news.example.org/2031/04/story-{i}'>{t}</a></h3>"
                    f"<p>By Jo Doe, 3 May 2031</p></li>" for i, t in enumerate(titles))
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = pagesplit.split_html(f"<html><body><article><h1>{TITLE}</h1>{story}{story}</article>"
                                f"<aside><ul>{items}</ul></aside></body></html>",
                                url="https://news.example.org/2031/05/harbour", explain=True)
    assert [t.title for t in page.teasers] == HEADLINES
    assert next(b for b in page.blocks if b.text == titles[0]).reason.rule == "chrome.label-words"


def test_a_headline_that_uses_a_labels_word_is_still_a_card() -> None:
    headlines = [*HEADLINES[:3], "Divers find the latest wreck in the bay"]
    assert [t.title for t in _page(headlines).teasers] == headlines


@pytest.mark.parametrize(("text", "label"), [
    ("Jo Doe's Most Recent Stories", True),
    ("The latest from Jo Doe", True),  # stopwords count toward the share: "the", "from"
    ("Top 10 Harbour Stories", False),  # a count: a listicle's headline
    ("Read the latest stories.", False),  # a sentence
    ("More Great Harbour Gazette Stories", False),  # two of five words: under half
    ("Harbour Gazette Dich Auch", False),  # label words, but none that recurs across labels
    ("The latest on the ferry strike today", False),  # seven words: longer than any label of the lexicon
    ("Our recent visit to Harbour Town", False),  # three words no label has: more than a name
])
def test_what_is_worded_like_a_label(text: str, label: bool) -> None:
    assert worded_like_label(text, load()) is label


def test_a_label_head_word_recurs_in_several_lexicon_labels() -> None:
    lex = load()
    # "stories" is in many labels of the lexicon; a word of one label alone ("dich") names no label's kind
    assert worded_like_label("Stories Harbour", lex)
    assert not worded_like_label("Dich Harbour", lex)
    assert (MIN_LABEL_HEAD_ENTRIES, MAX_LABEL_WORDS, MAX_NAME_WORDS) == (3, 6, 2)


def test_switched_off_it_drops_no_card() -> None:
    # The ablation's measure (``split(disable=…)``): with the rule off the label stays the card it was made, not a
    # headline left out of its card (which drops the card all the same and makes the rule look worth nothing).
    label = "Jo Doe's Most Recent Stories"
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, label, *HEADLINES)), explain=True,
                                disable=("chrome.label-words",))
    assert [t.title for t in page.teasers] == [label, *HEADLINES]
