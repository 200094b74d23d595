"""Text dumps: a how-to's lines of code do not cut its story in two (``block_scores._is_figure_or_code``); innerText
keeps no ``<pre>``, so each code line would cost what a menu line costs. Made-up dumps."""

from __future__ import annotations

import pagesplit

HEAD = "Home\nGuides\nAbout\n\nHow to count the words in a file\nMarch 3, 2024\n\n"
STEPS = (
    "First we open the file and read it whole, which is fine for the small text files we deal with in this guide; "
    "a file of a few hundred pages still fits in memory, and reading it in one go keeps the script short.",
    "Then we split the text on white space and count the pieces, which gives the number of words in the file; "
    "a word with a hyphen counts once, and so does a number, which is what most word counters do as well.",
    "Finally we print the count, and the script is done; run it with the name of any text file to try it out, "
    "and compare its answer with what your editor says about the same file to see that the two agree.",
)
CODE = (
    'path = get_path()\nhandle = open(path)\ntext = handle.read()\nwords = text.split()\n'
    'count = len(words)\nif count == 0: { print("empty") }'
)
FOOTER = "\n\nShare\nTwitter\nFacebook\nPrivacy\nContact\n"


def test_code_lines_between_the_steps_keep_the_story_whole() -> None:
    page = pagesplit.split_text(HEAD + f"\n\n{CODE}\n\n".join(STEPS) + FOOTER)
    assert page.article is not None
    assert all(step in page.article.paragraphs for step in STEPS)


def test_a_line_of_words_with_code_punctuation_is_no_code() -> None:
    menu = "\n".join(f"Section {name} = all the stories about {name} (new)" for name in ("trains", "boats", "roads",
                                                                                         "planes", "bridges", "ports"))
    page = pagesplit.split_text(HEAD + f"\n\n{menu}\n\n".join(STEPS) + FOOTER)
    assert page.article is None or not all(step in page.article.paragraphs for step in STEPS)
