"""Text dumps: the lines a sentence leads into ("So we set up two clones again:") are the story's up to its next
paragraph, however many they are and though they repeat (``block_scores.shown_after_lead_ins``): a how-to's
commands and their output, which a dump prints as bare short lines, do not cut the story in two. A label ending
with a colon is no such sentence, a form's field ends the lines, and a paragraph standing alone below them (a
closing note) does not carry them. A how-to goes on in turns of prose and code: a paragraph with more such lines
under it is read through, up to a paragraph the story goes on with; a form's lines take no such turn. Made-up
dumps."""

from __future__ import annotations

import pagesplit
from pagesplit import features, lexicon
from pagesplit.draft import Draft
from pagesplit.model import BlockKind, Span
from pagesplit.rules.block_scores import colon_lines, shown_after_lead_ins

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


def test_the_lines_go_on_over_turns_of_prose_and_code() -> None:
    # a how-to in turns: its sentence leads into commands, a paragraph comments on them, more commands follow
    # with no sentence leading into them, and a later paragraph is followed by more of the story
    half = len(COMMANDS.splitlines()) // 2
    first, second = "\n".join(COMMANDS.splitlines()[:half]), "\n".join(COMMANDS.splitlines()[half:])
    turn = ("Both clones now hold the same history, and each of them can commit on its own before the next push "
            "brings the two together again.")
    page = _page(LEAD_IN, first + "\n\n" + turn + "\n\n" + second)
    assert page.article is not None
    assert OPENING[0] in page.article.paragraphs
    assert turn in page.article.paragraphs
    assert AFTER[-1] in page.article.paragraphs


def test_turns_of_prose_and_code_with_no_story_after_them_carry_nothing() -> None:
    half = len(COMMANDS.splitlines()) // 2
    first, second = "\n".join(COMMANDS.splitlines()[:half]), "\n".join(COMMANDS.splitlines()[half:])
    turn = ("Both clones now hold the same history, and each of them can commit on its own before the next push "
            "brings the two together again.")
    page = pagesplit.split_text(HEAD + TITLE + "\n\n" + "\n\n".join(OPENING) + "\n\n" + LEAD_IN + "\n\n" + first
                                + "\n\n" + turn + "\n\n" + second + FOOTER)
    assert page.article is not None
    assert OPENING[0] in page.article.paragraphs
    assert turn not in page.article.paragraphs


def _drafts(*texts: str) -> list[Draft]:
    """Undecided paragraphs of a text dump, in page order, their features computed."""
    drafts = [Draft(i, text, BlockKind.PARAGRAPH, Span.lines(i + 1, i + 1)) for i, text in enumerate(texts)]
    features.compute(drafts, lexicon.load())
    return drafts


def test_a_comment_form_takes_no_turns() -> None:
    # a comment form's instruction leads into its fields; a checkbox's sentence under them is no how-to's turn, so
    # the button and the line under it are not carried up to the blurb's prose
    blurb = ("This is the personal blog of a writer from a port city, with the longer texts and pictures that "
             "matter more to her than what her social media channels carry away.")
    drafts = _drafts(
        "Enter your details below or click an icon to log in:",
        "Email (required) (Address never made public) _____________________",
        "Name (required)",
        "Website",
        "[ ] Tick this box to read the answers to your comment as well.",
        "[ Post Comment ]",
        "A series on founders",
        blurb,
        blurb.replace("personal blog", "own notebook"),
    )
    colons = colon_lines(drafts)
    assert shown_after_lead_ins(drafts, colons) == []
    code = _drafts(*[d.text.replace("_____________________", "(see the notes)") for d in drafts])
    assert shown_after_lead_ins(code, colon_lines(code)) == [1, 2, 3, 5, 6]  # a how-to's turn, by its form
