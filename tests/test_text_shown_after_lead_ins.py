"""Text dumps: the lines a sentence leads into ("So we set up two clones again:") are the story's up to its next
paragraph, however many they are and though they repeat (``block_scores.shown_after_lead_ins``): a how-to's
commands and their output, which a dump prints as bare short lines, do not cut the story in two. A label ending
with a colon is no such sentence, a form's field ends the lines, and a paragraph standing alone below them (a
closing note) does not carry them. Made-up dumps."""

from __future__ import annotations

import pagesplit

HEAD = "Home\nGuides\nAbout\n\n"
TITLE = "Sharing a repository between two clones"
OPENING = (
    "This guide shows how two people can work on one repository without a server, each with a clone of their own, "
    "and how changes travel between the two clones when both of them commit on the same afternoon.",
    "Both clones start from the same public repository, which nobody writes to directly, so that any mistake made "
    "in one of them can be thrown away and made again without losing anything that was already shared.",
)
LEAD_IN = "So we throw away both clones and make them again:"
COMMANDS = "\n".join([
    "$ rm -rf north south",
    "$ hg clone public north",
    "updating to branch default",
    "2 files updated, 0 files merged, 0 files removed",
    "$ hg clone public south",
    "updating to branch default",
    "2 files updated, 0 files merged, 0 files removed",
    "$ cd north",
    "$ echo 'first fix' >> notes",
    "$ hg commit -m 'first fix'",
    "$ hg push ../south",
    "pushing to ../south",
    "searching for changes",
    "added 1 changesets with 1 changes to 1 files",
    "$ cd ../south",
    "$ hg log -r tip",
    "first fix",
    "$ hg update",
    "1 files updated, 0 files merged, 0 files removed",
    "$ cat notes",
])
AFTER = (
    "The second clone now holds the first fix, and its working copy shows it too.",
    "Nothing was published on the way: both clones still treat the change as a draft that either may amend.",
)
FOOTER = "\n\nPrivacy\nContact\nImprint\n"


def _page(lead_in: str, lines: str, after: tuple[str, ...] = AFTER) -> pagesplit.Page:
    return pagesplit.split_text(HEAD + TITLE + "\n\n" + "\n\n".join(OPENING) + "\n\n" + lead_in + "\n\n" + lines
                                + "\n\n" + "\n\n".join(after) + FOOTER)


def test_a_story_goes_on_past_the_commands_its_sentence_leads_into() -> None:
    page = _page(LEAD_IN, COMMANDS)
    assert page.article is not None
    assert OPENING[0] in page.article.paragraphs
    assert AFTER[-1] in page.article.paragraphs


def test_a_label_leads_into_no_lines_of_the_story() -> None:
    page = _page("Useful commands:", COMMANDS)
    assert page.article is not None
    assert OPENING[0] in page.article.paragraphs
    assert AFTER[-1] not in page.article.paragraphs


def test_a_form_field_ends_the_lines_a_sentence_leads_into() -> None:
    form = COMMANDS.replace("$ hg log -r tip", "______________________ Name (required)")
    page = _page(LEAD_IN, form)
    assert page.article is not None
    assert AFTER[-1] not in page.article.paragraphs


def test_a_closing_note_alone_below_the_lines_does_not_carry_them() -> None:
    note = ("Links marked with a star earn this site a small fee when a reader buys something after following "
            "them, at no extra cost to the reader.",)
    page = _page(LEAD_IN, COMMANDS, note)
    assert page.article is not None
    assert OPENING[0] in page.article.paragraphs
    assert note[0] not in page.article.paragraphs


def test_a_comment_header_leads_into_no_lines_of_the_story() -> None:
    header = "Robin Vale on May 2, 2018 at 4:47 pm said:"
    page = _page(header, COMMANDS)
    assert page.article is not None
    assert AFTER[-1] not in page.article.paragraphs


def test_a_chrome_phrase_ends_the_lines_a_sentence_leads_into() -> None:
    page = _page(LEAD_IN, COMMANDS.replace("$ hg log -r tip", "Subscribe"))
    assert page.article is not None
    assert AFTER[-1] not in page.article.paragraphs


def test_a_sentence_over_a_picture_marker_leads_into_nothing_shown() -> None:
    page = _page(LEAD_IN, "[player.png]\n" + COMMANDS)
    assert page.article is not None
    assert AFTER[-1] not in page.article.paragraphs


def test_a_paragraph_over_a_cookie_notice_does_not_carry_the_lines() -> None:
    cookies = ("This website uses cookies. By continuing to use this website you agree to our use of cookies, as "
               "explained in our cookie policy.")
    page = _page(LEAD_IN, COMMANDS, (AFTER[0], cookies))
    assert page.article is not None
    assert AFTER[0] not in page.article.paragraphs


def test_a_line_of_symbols_among_the_lines_goes_on_with_them() -> None:
    page = _page(LEAD_IN, COMMANDS.replace("searching for changes", "[...]"))
    assert page.article is not None
    assert AFTER[-1] in page.article.paragraphs


def test_a_comments_opener_ends_the_lines_a_sentence_leads_into() -> None:
    page = _page(LEAD_IN, COMMANDS.replace("$ hg log -r tip", "3 thoughts on \u201cSharing a repository\u201d"))
    assert page.article is not None
    assert AFTER[-1] not in page.article.paragraphs


def test_a_one_element_per_line_dump_goes_on_past_the_commands_too() -> None:
    """A get_text-style dump (no blank lines; a paragraph broken where an inline link sits) is read the same way:
    there short lines are cheap already, but the commands are chrome until a sentence leads into them."""
    lead_in = ("So we throw away both clones, make them again from the public repository, and push one fix from "
               "the first to the second:")
    after = ("The second clone now holds the first fix, and its working copy shows it too, because the update ran "
             "after the push arrived.",
             "Nothing was published on the way, since both clones still treat the change as a draft that either of "
             "them may amend later.")

    def pieces(paragraph: str) -> str:
        words = paragraph.split(" ")
        return "\n".join([" ".join(words[:7]), " ".join(words[7:9]), " ".join(words[9:])])

    dump = "\n".join([*HEAD.split(), TITLE, *(pieces(p) for p in OPENING), lead_in, COMMANDS,
                      *(pieces(p) for p in after), "Privacy", "Contact", "Imprint"])
    page = pagesplit.split_text(dump)
    assert page.article is not None
    assert "$ hg push ../south" in " ".join(page.article.paragraphs)
    assert page.article.paragraphs[-1].startswith("Nothing was published")
