"""``rules/topic_names.py``: an ASCII text's words are read in C; they are the words the patterns read."""

from __future__ import annotations

import pytest
import regex

from pagesplit.rules.topic_names import _capitalized, _lower_case, topic_names

_WORD = regex.compile(r"(?<!\w)\w*\p{Lu}\w*")
_LOWER_WORD = regex.compile(r"(?<!\w)\p{Ll}+(?!\w)")
TEXTS = [
    "", "plain words only", "The Harbour Board met the iPhone team in U.S. waters.", "ABC_def x_Y 2Go go2 (Quill)",
    "a-B c'D \"Eve\" [Fen] Gil", "Ångström and Ærø: the Harbour's name", "new news renew New",
    "UPPER lower Mixed_case9",
]


@pytest.mark.parametrize("text", TEXTS)
def test_capitalized_words_are_the_word_patterns(text: str) -> None:
    assert _capitalized(text) == [(match[0], match.start()) for match in _WORD.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_lower_case_words_are_the_word_patterns(text: str) -> None:
    wanted = {"words", "harbour", "new", "a_b", "go2", "lower", "name", "and"}
    assert _lower_case(text, wanted) == [word for word in _LOWER_WORD.findall(text) if word in wanted]


def test_a_name_also_written_as_part_of_other_words_stays_a_name() -> None:
    """"Harbour" three times inside sentences is the page's subject; "harbourside" holds its letters, as no word."""
    prose = [("The plan for the Harbour went ahead, and Harbour staff backed it with harbourside shops.", 15),
             ("Work on the Harbour starts in May, near the harbourside.", 10)]
    assert "harbour" in topic_names(prose)


def test_a_word_also_written_in_lower_case_as_often_is_no_name() -> None:
    prose = [("Then the New plan, a new idea, and the New board, a new start.", 14),
             ("The New hall is new, as new as the New pier.", 11)]
    assert "new" not in topic_names(prose)
