"""One test per back-end rule, on small dumps written for it: the role *and* the rule id must match.

Each case is a page built from the same invented story (`_page`) with one block put where the rule
under test looks for it. HTML-only rules (chrome.hidden, chrome.dom-*, teaser.dom-card) are tested
in test_html_frontend.py. ``test_rule_coverage.py`` checks that every rule id of the registry is
exercised by some fixture or unit input, so a new rule cannot land unseen.
"""

from __future__ import annotations

import pytest

import pagesplit
from pagesplit import Block, Page, Role

PARAGRAPHS = [
    "The ferry between Holm and the mainland will run twice as often from next month, the island council said on "
    "Tuesday, after a year in which queues at the harbour stretched past the church.",
    "A second boat, bought second-hand from a company in the north, has been refitted over the winter and passed its "
    "safety checks last week, according to the harbour master.",
    "Residents have long complained that the single crossing left them stranded when the weather turned, and local "
    "shops said deliveries often arrived a day late during the busy summer months.",
    "The council expects the new timetable to cost about a third more to run, and it will ask the regional "
    "government to share the bill once the first season has been counted.",
]
TITLE = "Island ferry to double its crossings after a year of long queues"


def _page(before: list[str] | None = None, middle: list[str] | None = None, after: list[str] | None = None) -> str:
    head = ["Skip to content", "", "Search", ""] + [x for b in before or [] for x in (b, "")]
    body = [TITLE, "", PARAGRAPHS[0], "", PARAGRAPHS[1], ""]
    body += [x for m in middle or [] for x in (m, "")]
    body += [PARAGRAPHS[2], "", PARAGRAPHS[3], ""]
    tail = [x for a in after or [] for x in (a, "")]
    return "\n".join(head + body + tail)


def _block(page: Page, text: str) -> Block:
    return next(b for b in page.blocks if b.text == text)


def _assert(page: Page, text: str, role: Role, rule: str) -> None:
    block = _block(page, text)
    assert (block.role, block.reason.rule) == (role, rule), f"{text!r}: {block.role} {block.reason}"


# -- chrome -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "rule"), [
    ("Skip to content", "chrome.lexicon"),
    ("Share on Facebook", "chrome.lexicon"),
    ("Copyright 2024 Holm Gazette", "chrome.lexicon-prefix"),
    ("We use cookies to make this site work. Accept them to continue reading.", "chrome.notice"),
    ("Read moreShare", "chrome.glued-label"),
    ("= = = = =", "chrome.symbols"),
    ("Home | News | Sport | Weather", "chrome.menu-line"),
    ("Table of contents", "chrome.lexicon"),
    ("Schon registriert? Hier anmelden", "chrome.lexicon-prefix"),
    ("Hat dir der Artikel gefallen? Dann teile ihn mit deinen Freunden!", "chrome.notice"),
    ("Welcome! You are using a browser version that this site no longer supports fully.", "chrome.notice"),
    ("Your email address will not be published. Required fields are marked with a star.", "chrome.notice"),
    ("Deine E-Mail-Adresse wird nicht veröffentlicht. Pflichtfelder sind markiert.", "chrome.notice"),
    ("Informujemy, że na tej stronie korzystamy z cookies.", "chrome.notice"),
    ("One e-mail a week about the island. You can unsubscribe at any time.", "chrome.notice"),
    ("Die Post kommt einmal im Monat und lässt sich jederzeit abbestellen.", "chrome.notice"),
    ("harbour-ferry-at-dawn.jpg", "chrome.image"),
    ("[ferry-photo]", "chrome.image"),
    ("[svg][harbour_ferry-2]", "chrome.image"),  # w3m: the image's type, then its alt text or file name
    ("IMG_2041-2", "chrome.image"),
    ("017_harbour_ferry-3", "chrome.image"),
    ("Page 2 of 5", "chrome.counter"),
    ("Send us a tip", "chrome.lexicon"),
    ("Advertise on the Holm Gazette", "chrome.lexicon-prefix"),
])
def test_chrome_rules(line: str, rule: str) -> None:
    page = pagesplit.split_text(_page(after=[line]))
    _assert(page, line, Role.CHROME, rule)
    # inside the story too, where no "outside the article" fallback would take it (the ablation's zero-cost
    # rules are kept for this case: benchmarks/ablation.md)
    page = pagesplit.split_text(_page(middle=[line]))
    _assert(page, line, Role.CHROME, rule)


@pytest.mark.parametrize("line", [
    "This photo gallery requires JavaScript.",
    "JavaScript is required to watch this clip.",
    "Turn on JavaScript to see the tide chart.",
    "Sie haben JavaScript in Ihrem Browser deaktiviert.",
    "Ce lecteur nécessite JavaScript.",
    "Este mapa requiere JavaScript.",
    "Questo video richiede JavaScript.",
])
def test_script_notice_between_paragraphs_is_chrome_not_story(line: str) -> None:
    page = pagesplit.split_text(_page(middle=[line]))
    _assert(page, line, Role.CHROME, "chrome.notice")
    assert page.article is not None and line not in page.article.text


@pytest.mark.parametrize("line", [
    "This story is subject to copyright. No part may be reproduced without the written permission of the Gazette.",
    "© 2024 Holm Gazette. All rights reserved. Reproduction in whole or in part without permission is prohibited.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Nachdruck nur mit Genehmigung der Redaktion.",
    "Reproduction interdite sans l'accord de la rédaction.",
])
def test_copyright_fine_print_after_the_story_is_chrome(line: str) -> None:
    page = pagesplit.split_text(_page(after=[line, "Share on Facebook"]))
    block = _block(page, line)
    assert block.role is Role.CHROME and block.reason.rule in ("chrome.notice", "chrome.lexicon-prefix")
    assert page.article is not None and line not in page.article.text


def test_section_label_opens_a_zone_and_is_chrome() -> None:
    page = pagesplit.split_text(_page(after=["More For You", "Lighthouse keepers' cottages become a sailmaking school",
                                             "Night trains return to the northern coast after a decade"]))
    _assert(page, "More For You", Role.CHROME, "chrome.section-label")
    assert [t.section for t in page.teasers] == ["More For You", "More For You"]


def test_card_listing_the_pages_own_story_is_no_teaser() -> None:
    most_read = ["Most read", "Lighthouse keepers' cottages become a sailmaking school", TITLE,
                 "Night trains return to the northern coast after a decade"]
    page = pagesplit.split_text(_page(after=most_read))
    assert [t.title for t in page.teasers] == [most_read[1], most_read[3]]
    own = [b for b in page.blocks if b.text == TITLE]
    assert [(b.role, b.reason.rule) for b in own] == [(Role.TITLE, "article.title"),
                                                      (Role.CHROME, "chrome.own-story")]


def test_toggle_closes_a_card() -> None:
    page = pagesplit.split_text(_page(after=[
        "Related", "Village bakery wins a prize for a loaf made with seaweed",
        "The judges praised the crust and the colour of the crumb, the bakery said on Friday.", "Keep ReadingShow less",
    ]))
    _assert(page, "Keep ReadingShow less", Role.CHROME, "chrome.glued-label")
    summary = _block(page, "The judges praised the crust and the colour of the crumb, the bakery said on Friday.")
    assert summary.role is Role.TEASER


def test_meta_line_inside_the_body() -> None:
    page = pagesplit.split_text(_page(middle=["2 hours ago"]))
    _assert(page, "2 hours ago", Role.CHROME, "chrome.meta-line")


def test_short_line_outside_the_article_is_chrome() -> None:
    page = pagesplit.split_text(_page(before=["Holm Gazette"]))
    _assert(page, "Holm Gazette", Role.CHROME, "chrome.outside")


# -- article ------------------------------------------------------------------------------------------


def test_body_title_byline_date() -> None:
    page = pagesplit.split_text(_page(before=[]).replace(TITLE + "\n", TITLE + "\n\nBy Mairi Lund\n\n12 March 2024\n"))
    _assert(page, TITLE, Role.TITLE, "article.title")
    _assert(page, "By Mairi Lund", Role.BYLINE, "article.byline")
    _assert(page, "12 March 2024", Role.DATE, "article.date")
    _assert(page, PARAGRAPHS[0], Role.ARTICLE, "article.body")


def test_page_running_on_into_the_next_story_keeps_its_own() -> None:
    """An endless feed appends the next story below the page's own: the first of two comparable runs of
    prose is the article, even when the second is a little longer."""
    second = [
        "The lighthouse on the north point will be painted for the first time in thirty years, the trust that "
        "looks after it said, once the spring storms have passed and the scaffolding can go up.",
        "Volunteers have scraped the old paint from the lower walls over the winter, and the trust has raised "
        "most of the money for the work from visitors who climb the tower in the summer.",
        "The keeper's cottage next to the tower will be opened to visitors for the first time when the work is "
        "done, with a small exhibition about the families who kept the light over two centuries.",
        "A local school has asked to help choose the colours, and the trust said it would put the children's "
        "three favourite designs to a vote of everyone who visits the point in June.",
        "The trust expects the painting to take about six weeks if the weather holds.",
    ]
    page = pagesplit.split_text("\n\n".join([
        TITLE, *PARAGRAPHS, "Tags: ferry, harbour", "Share", "Related", "Village bakery wins a prize for a loaf",
        "Night trains return to the northern coast", "Home", "Contact", "Privacy policy",
        "Lighthouse to get its first coat of paint in thirty years", *second,
        "Share", "Comments", "Home", "News", "Sport", "Weather", "Contact", "Privacy policy", "Terms of use",
        "Cookie settings", "Subscribe", "Newsletter", "Advertise", "Jobs"]))
    assert page.article is not None and page.article.paragraphs == tuple(PARAGRAPHS)


def test_chart_labels_do_not_cut_the_story() -> None:
    """A chart in the story prints its axis labels and figures one per line; the story goes on after it."""
    chart = ["Ferry crossings per week", "1,200", "900", "600", "300", "0", "'21", "'22", "'23", "'24", "'25",
             "Source: Holm council"]
    footer = ["Share", "Home", "News", "Sport", "Weather", "Contact", "Privacy policy", "Terms of use"]
    page = pagesplit.split_text("\n\n".join([TITLE, *PARAGRAPHS[:2], *chart, *PARAGRAPHS[2:], *footer]))
    assert page.article is not None and set(PARAGRAPHS) <= set(page.article.paragraphs)


def test_heading_inside_the_body() -> None:
    page = pagesplit.split_text(_page(middle=["What the new timetable means"]))
    _assert(page, "What the new timetable means", Role.ARTICLE, "article.heading")


def test_attribution_closes_the_article() -> None:
    page = pagesplit.split_text(_page(after=["(Holm Press Agency)"]))
    _assert(page, "(Holm Press Agency)", Role.ATTRIBUTION, "article.attribution")
    assert page.article is not None and page.article.attribution == "Holm Press Agency"


def test_caption_inside_the_body() -> None:
    caption = "The refitted boat at the north quay on Monday. (Holm Gazette Photo)"
    page = pagesplit.split_text(_page(middle=[caption]))
    _assert(page, caption, Role.CAPTION, "article.caption")


def test_tiny_page_is_all_article() -> None:
    page = pagesplit.split_text("A short note\n\nThe office is closed on Monday.\n")
    _assert(page, "The office is closed on Monday.", Role.ARTICLE, "article.whole-page")


def test_table_of_contents_does_not_cut_the_lead_off() -> None:
    """A contents box between the lead and the body lists the sub-headings the story uses further down: its
    lines cost little, and the lead stays with the story."""
    heads = ["Why the queues grew", "A second boat for the island", "Who pays for the crossings"]
    lead = ("From May the island ferry will cross twice a day, with a second boat and a new timetable: what changes "
            "for the people who travel, for the shops that wait for deliveries, and for the council that pays.")
    lines = ["Skip to content", "Search", TITLE, lead, *heads]
    for head, paragraph in zip(heads, PARAGRAPHS[1:], strict=True):
        lines += [head, paragraph]
    page = pagesplit.split_text("\n\n".join([*lines, "Share on Facebook", "Contact us", "Privacy policy"]))
    _assert(page, lead, Role.ARTICLE, "article.body")
    _assert(page, TITLE, Role.TITLE, "article.title")


def test_contents_whose_sub_headings_stand_over_pictures_do_not_cut_the_lead_off() -> None:
    """A text browser prints a section's picture (its alt text, once or twice) between the sub-heading and the
    prose, and the last section of a list cut short has no prose at all: the contents box's entries are still
    the sub-headings said again below, and the lead above the box stays with the story."""
    heads = ["1. The old quay", "2. The harbour chapel", "3. The fish market", "4. The lighthouse"]
    lead = ("Five places on the island tell its story better than any guide book: we walked to each of them on a "
            "windy week in March, and here is what we found, from the quay to the school.")
    lines = ["Skip to content", "Search", TITLE, lead, "Contents", *heads, "5. The school"]
    for head, paragraph in zip(heads, PARAGRAPHS, strict=True):
        picture = head.split(". ", 1)[1]
        lines += [head, picture, picture, paragraph]
    lines += ["5. The school", "The school"]
    page = pagesplit.split_text("\n\n".join([*lines, "Share on Facebook", "Contact us", "Privacy policy"]))
    _assert(page, lead, Role.ARTICLE, "article.body")


def test_a_table_of_rows_after_the_last_paragraph_stays_with_the_story() -> None:
    """The story prints its data as rows after its last paragraph, under a lead-in line ("The dates:"): every row
    has the same mark between its fields. The rows cost a short line each and nothing of the story follows, yet
    they are the story's; a list of other stories' headlines after it (no shared mark) stays out."""
    rows = ["May 2 -- Harbour Hall, Holm", "May 9 -- The Old Quay, Northport", "May 16 -- Chapel Green, Eastby",
            "May 23 -- Market Square, Westwick", "May 30 -- Lighthouse Lawn, Holm", "June 6 -- Ferry Terminal, Skerry"]
    lines = ["Skip to content", "Search", TITLE, *PARAGRAPHS, "The crossings with a band on board:", *rows]
    headlines = ["Lifeboat crew rescues two kayakers off the point", "Fish market moves to the north quay",
                 "A second pier for the bay is approved", "School choir sings at the chapel",
                 "Storm closes the harbour road for a day"]
    page = pagesplit.split_text("\n\n".join([*lines, "Contact us", "Privacy policy"]))
    assert all(_block(page, row).role is Role.ARTICLE for row in rows)  # the first may read as the rows' heading
    _assert(page, rows[-1], Role.ARTICLE, "article.body")
    page = pagesplit.split_text("\n\n".join([*lines[:-len(rows) - 1], *headlines, "Contact us", "Privacy policy"]))
    assert _block(page, headlines[0]).role is not Role.ARTICLE


def test_summary_the_body_repeats_as_its_first_paragraph_is_said_once() -> None:
    """A standfirst between the title and the body that the body opens with again (case and spacing aside)
    is not taken as the lead: the article says it once. A standfirst with other words stays the lead."""
    summary = "Our pick of the month: three walks along the cliffs, a boat trip and a fish market worth the detour."
    repeated = "Our pick of the month:  three walks along the cliffs, a boat trip and a fish market worth the DETOUR."
    lines = ["Skip to content", "Search", TITLE, summary, "By Mara Lindqvist", "12 March 2024", repeated, *PARAGRAPHS]
    page = pagesplit.split_text("\n\n".join([*lines, "Share on Facebook", "Contact us"]))
    assert page.article is not None
    assert sum("three walks along the cliffs" in p for p in page.article.paragraphs) == 1
    _assert(page, summary, Role.OTHER, "other.outside")
    _assert(page, repeated, Role.ARTICLE, "article.body")
    other = "What changes for the people who travel, for the shops that wait, and for the council that pays."
    lines = ["Skip to content", "Search", TITLE, other, "By Mara Lindqvist", "12 March 2024", repeated, *PARAGRAPHS]
    page = pagesplit.split_text("\n\n".join([*lines, "Share on Facebook", "Contact us"]))
    _assert(page, other, Role.ARTICLE, "article.body")


def test_short_story_with_a_line_of_prose_elsewhere_is_the_article() -> None:
    """One paragraph between menus is the article even when a shorter line of prose stands in the footer."""
    menu = ["Harbour", "Ferries", "Tides", "Boats", "Market", "Chapel", "School", "Council"]
    story = ("No ferry leaves on Sunday because of the storm, the harbour master said, and the first crossing "
             "is now on Monday.")
    footer = "Our hall is open on weekday mornings to all."
    page = pagesplit.split_text("\n\n".join([*menu[:4], story, *menu[4:], footer, *menu[:4]]))
    _assert(page, story, Role.ARTICLE, "article.body")


def test_captioned_cards_under_a_label_do_not_outweigh_a_short_story() -> None:
    """Headline / caption pairs under "Editors' picks" below the story's share bar are cards: their long
    captions do not make them the article, even when together they hold more text than the short story."""
    story = PARAGRAPHS[:1]
    picks = [
        ("Lifeboat crew rescues two kayakers off the north point",
         "Volunteers from the Holm station bring a kayak ashore on Saturday afternoon after the wind turned and "
         "the sea rose faster than the two paddlers had expected on their way round the headland."),
        ("School choir wins the regional festival for a second year",
         "Pupils from the island school sing on the stage of the festival hall on Friday evening, in front of "
         "parents who had crossed on the early ferry to hear them."),
        ("New bakery opens in the old post office on Harbour Street",
         "The owner lays out the first loaves of the morning in the window of the old post office, which stood "
         "empty for six years before the council sold it."),
        ("Chapel roof repairs finished ahead of the winter storms",
         "Roofers take down the last of the scaffolding around the chapel on Wednesday, a week before the first "
         "storm of the season was forecast to reach the island."),
    ]
    share = ["Share this story", "Print", "Facebook", "Keywords", "ferries, harbour, council"]
    lines = ["Skip to content", TITLE, *story, *share, "Editors' picks", *[x for pair in picks for x in pair]]
    page = pagesplit.split_text("\n\n".join(lines))
    assert page.article is not None and list(page.article.paragraphs) == story
    assert [t.title for t in page.teasers] == [title for title, _ in picks]
    assert [t.summary for t in page.teasers] == [caption for _, caption in picks]


def test_index_page_has_no_article_and_says_so() -> None:
    headlines = [f"Harbour story number {n} about boats, tides and the people of Holm" for n in range(12)]
    page = pagesplit.split_text("\n\n".join(["Latest Stories", *headlines]))
    assert page.article is None
    assert any(note.startswith("no-article") for note in page.notes)


# -- teasers ------------------------------------------------------------------------------------------


def test_toggled_card_parts() -> None:
    page = pagesplit.split_text(_page(after=[
        "More For You",
        "Village bakery wins a prize for a loaf made with seaweed",
        "A baker lifts loaves from the oven at dawn",
        "Holm Images",
        "Village bakery wins prize for seaweed loaf",
        "The judges praised the crust and the colour of the crumb, the bakery said on Friday afternoon.",
        "Keep ReadingShow less",
    ]))
    _assert(page, "Village bakery wins a prize for a loaf made with seaweed", Role.TEASER, "teaser.title")
    _assert(page, "A baker lifts loaves from the oven at dawn", Role.TEASER, "teaser.caption")
    _assert(page, "Holm Images", Role.TEASER, "teaser.credit")
    _assert(page, "Village bakery wins prize for seaweed loaf", Role.TEASER, "teaser.repeat")
    _assert(page, "The judges praised the crust and the colour of the crumb, the bakery said on Friday afternoon.",
            Role.TEASER, "teaser.summary")
    (card,) = page.teasers
    assert (card.caption, card.credit) == ("A baker lifts loaves from the oven at dawn", "Holm Images")


def test_date_line_above_a_toggled_cards_headline_is_its_meta_not_its_title() -> None:
    page = pagesplit.split_text(_page(after=[
        "More For You",
        "March 3, 2024 | 6:15pm",
        "Village bakery wins a prize for a loaf made with seaweed",
        "Keep ReadingShow less",
        "Most Popular",
        "March 4, 2024 | 9:05am",
        "Keep ReadingShow less",
    ]))
    assert [t.title for t in page.teasers] == ["Village bakery wins a prize for a loaf made with seaweed"]
    _assert(page, "March 3, 2024 | 6:15pm", Role.TEASER, "teaser.meta")
    assert _block(page, "March 4, 2024 | 9:05am").role is not Role.TEASER


def test_card_meta_line() -> None:
    page = pagesplit.split_text(_page(after=[
        "Latest Stories", "Night trains return to the northern coast after a decade", "3 hours ago",
        "Lighthouse keepers' cottages become a sailmaking school", "5 hours ago",
    ]))
    _assert(page, "3 hours ago", Role.TEASER, "teaser.meta")


def test_comments_end_a_zone_of_cards() -> None:
    """Readers' comments under a "Comments" label are not cards, though they look like headlines; a card's
    comment count ("12 comments") does not end the zone."""
    page = pagesplit.split_text(_page(after=[
        "Latest Stories", "Night trains return to the northern coast after a decade", "12 comments",
        "Lighthouse keepers' cottages become a sailmaking school", "Comments",
        "Ann Roe: The night train was the best thing about my childhood summers",
        "Jo Doe: About time the coast got a decent connection again",
    ]))
    assert [t.title for t in page.teasers] == ["Night trains return to the northern coast after a decade",
                                               "Lighthouse keepers' cottages become a sailmaking school"]


def test_count_line_before_a_zones_first_card() -> None:
    """A zone whose cards put a count above their headline ("Shared 1,204 times.") still holds its cards."""
    page = pagesplit.split_text(_page(after=[
        "Trending", "This story has been shared 1,204 times.", "1,204",
        "Night trains return to the northern coast after a decade", "This story has been shared 988 times.", "988",
        "Lighthouse keepers' cottages become a sailmaking school",
    ]))
    assert [t.title for t in page.teasers] == ["Night trains return to the northern coast after a decade",
                                               "Lighthouse keepers' cottages become a sailmaking school"]


#: A mega-menu's row as innerText prints it: its items' link texts in Title Case, spaces alone between them.
TITLE_ROW = ("Latest News Harbour Works Ferries Tides Island Council Market Days Chapel Restoration Letters Weather "
             "Warnings Boats Puzzles Games Lighthouse Tours Sailing School Events Harbour Masters Fishing Fleet Island "
             "Walks Local History Photo Galleries")


def test_row_of_title_case_items_is_a_menu_line() -> None:
    """A row of items in Title Case with spaces alone between them, longer than a headline, heads no article:
    it is a menu line, and the story's run starts at its headline."""
    page = pagesplit.split_text(_page(before=[TITLE_ROW, "Harbour Works"]))
    _assert(page, TITLE_ROW, Role.CHROME, "chrome.menu-line")
    assert page.article is not None and page.article.title == TITLE
    assert TITLE_ROW not in page.article.text


@pytest.mark.parametrize("line", [
    # a headline in Title Case is shorter, however long it runs
    "Ferry Timetable Doubles As Second Boat Joins The Island Run After A Winter In Dry Dock And The Harbour Master "
    "Says Queues Will Ease",
    # prose whose nouns are capitalized has verbs and articles in small letters
    "Die Fähre zwischen Holm und dem Festland fährt ab dem nächsten Monat doppelt so oft wie bisher nach Plan",
    # a row that ends a sentence, or holds a comma, is a sentence
    "Residents Say The Ferry Should Run Twice As Often From Next Month And The Council Agrees With Them All.",
])
def test_title_case_text_that_is_no_row_of_items(line: str) -> None:
    page = pagesplit.split_text(_page(middle=[line]))
    assert _block(page, line).reason.rule != "chrome.menu-line"


def test_section_name_in_a_menu_opens_no_zone() -> None:
    """A section name among menu items ("Top Stories" / "Crime" / "Politics" / "Weather") is a menu item: the
    headline-like menu entry after them is not a card."""
    page = pagesplit.split_text(_page(before=[
        "Top Stories", "Harbour", "Politics", "Weather", "Life on the Island", "Ferries",
    ]))
    assert page.teasers == ()


def test_inline_read_more_line() -> None:
    line = "Read more: Lighthouse keepers' cottages become a sailmaking school"
    page = pagesplit.split_text(_page(middle=[line]))
    _assert(page, line, Role.TEASER, "teaser.inline")
    assert [t.title for t in page.teasers] == ["Lighthouse keepers' cottages become a sailmaking school"]
    assert len(page.article.paragraphs if page.article else ()) == 4


def test_definition_opening_like_a_label_is_no_inline_teaser() -> None:
    line = "Related to each other: for example, the ferry and the bus that meets it"
    page = pagesplit.split_text(_page(middle=[line]))
    assert page.teasers == ()
    assert _block(page, line).role is not Role.TEASER


def test_inline_box_before_a_short_sub_heading_of_the_story() -> None:
    """A "Related" box inside the story, then a sub-heading too short for a box headline, then the story goes on."""
    box = ["Related", "Lighthouse keepers' cottages become a sailmaking school",
           "Night trains return to the northern coast after a decade", "Who pays?"]
    footer = ["Share on Facebook", "Contact us", "Privacy policy", "Terms of use", "About us", "Newsletter"]
    page = pagesplit.split_text(_page(middle=box, after=footer))
    _assert(page, "Related", Role.CHROME, "chrome.section-label")
    _assert(page, box[1], Role.TEASER, "teaser.inline")
    _assert(page, PARAGRAPHS[3], Role.ARTICLE, "article.body")
    assert page.article is not None and PARAGRAPHS[0] in page.article.text


def test_comment_button_above_the_story_does_not_discount_it() -> None:
    """A "Leave a comment" button under the headline follows a newsletter box that reads like prose, but no run
    of prose leads up to it: the story below it is the article, not readers' comments."""
    box = ("Join the readers who get the island's news from us every morning, free of charge, in a short e-mail "
           "that lists the ferries, the tides and what the council decided the night before. " * 2)
    menu = ["Harbour", "Ferries", "Tides", "Boats", "Market", "Chapel", "School", "Council", "Weather", "Letters"]
    text = _page(before=[box, *menu, "Leave a comment"], after=["Leave a comment", "Share on Facebook"])
    page = pagesplit.split_text(text)
    for paragraph in PARAGRAPHS:
        _assert(page, paragraph, Role.ARTICLE, "article.body")


def test_comment_button_said_again_below_the_story_does_not_discount_it() -> None:
    """A share bar printed above and below the story holds the same "Write a comment" button twice; under a
    newsletter box long enough to pass for a run of prose, the first button is no thread's opener (the thread
    follows the last one), so the story between the two is the article, not readers' comments."""
    box = ("Join the readers who get the island's news from us every morning, free of charge, in a short e-mail "
           "that lists the ferries, the tides and what the council decided the night before. " * 2)
    bar = ["Write a comment", "Share this article:"]
    text = _page(before=[box, "Harbour", "Ferries", "Tides", *bar], after=[*bar, "Harbour", "Ferries"])
    page = pagesplit.split_text(text)
    for paragraph in PARAGRAPHS:
        _assert(page, paragraph, Role.ARTICLE, "article.body")


def test_story_running_on_below_a_comment_opener_is_not_discounted() -> None:
    """A story's own sub-heading can read as a comment opener ("Discussion"); under it the story's paragraphs run
    on, one after another with no name or date line between, as no readers' thread does: they stay article."""
    more = [f"Boat number {n} of the winter fleet was checked on the slipway at the north quay, and the harbour "
            f"master said its hull and engine had passed every test the insurers asked for." for n in range(1, 8)]
    text = _page(middle=["Discussion", *more])
    page = pagesplit.split_text(text)
    for paragraph in [*PARAGRAPHS, *more]:
        _assert(page, paragraph, Role.ARTICLE, "article.body")


def test_each_story_of_an_edition_closing_on_its_own_comment_count_is_not_discounted() -> None:
    """A weekly edition prints several stories, each closed by its own "Comments (N posted)" line: the counts
    aside, the opener is said again further down, so the thread follows the last of them, and the next story's
    paragraphs, broken by its headline, byline and sub-headings before they run on, stay article."""
    first = [f"Boat number {n} of the winter fleet was checked on the slipway at the north quay, and the harbour "
             f"master said its hull and engine had passed every test the insurers asked for." for n in range(1, 7)]
    second = [f"The lighthouse on point number {n} was painted for the first time in years this spring, and the "
              f"volunteers who did it said the work took longer than any of them had planned for." for n in range(12)]
    story = ["Comments (5 posted)", "Volunteers repaint the island's lighthouses", "By Ann Writer", "March 25, 2015",
             *second[:4], "Ladders and weather", *second[4:8], "Paint and money", *second[8:], "Comments (12 posted)"]
    text = _page(middle=first, after=[*story, "Contact us", "Privacy policy", "Terms of use"])
    page = pagesplit.split_text(text)
    for paragraph in [*PARAGRAPHS, *first, *second]:
        _assert(page, paragraph, Role.ARTICLE, "article.body")


def test_inline_box_before_short_paragraphs_of_the_story() -> None:
    """After a "Related" box the story may resume with a few short paragraphs rather than one long one."""
    short = ["The crossing takes forty minutes in good weather.", "In a storm it can take twice as long, or more."]
    box = ["Related", "Lighthouse keepers' cottages become a sailmaking school",
           "Night trains return to the northern coast after a decade", *short]
    footer = ["Share on Facebook", "Contact us", "Privacy policy", "Terms of use", "About us", "Newsletter"]
    page = pagesplit.split_text(_page(middle=box, after=footer))
    _assert(page, box[1], Role.TEASER, "teaser.inline")
    _assert(page, short[0], Role.ARTICLE, "article.body")
    _assert(page, PARAGRAPHS[0], Role.ARTICLE, "article.body")


def test_inline_box_followed_by_an_advertisement_line() -> None:
    """An "Advertisement" line between a "Related" box and the story's next paragraph: the box is inline, the
    story goes on through it, and its first paragraphs stay in the article."""
    box = ["Related", "Lighthouse keepers' cottages become a sailmaking school",
           "Night trains return to the northern coast after a decade", "Advertisement"]
    footer = ["Share on Facebook", "Contact us", "Privacy policy", "Terms of use", "About us", "Newsletter"]
    page = pagesplit.split_text(_page(middle=box, after=footer))
    _assert(page, box[1], Role.TEASER, "teaser.inline")
    _assert(page, PARAGRAPHS[0], Role.ARTICLE, "article.body")
    _assert(page, PARAGRAPHS[3], Role.ARTICLE, "article.body")
    assert page.article is not None and page.article.title == TITLE


@pytest.mark.parametrize("markers", [("[keepers-cottage]", "[night-train]"), ("*", "*")], ids=["picture", "bullet"])
def test_inline_box_with_a_marker_line_over_each_headline(markers: tuple[str, str]) -> None:
    """A text browser prints a card's picture as a marker ("[night-train]"), and lynx a list bullet ("*"), on a
    line of its own over each headline of a "Related" box that cuts into the story: the box is still inline and
    the story goes on through it."""
    box = ["Related", markers[0], "Lighthouse keepers' cottages become a sailmaking school",
           markers[1], "Night trains return to the northern coast after a decade"]
    footer = ["Share on Facebook", "Contact us", "Privacy policy", "Terms of use", "About us", "Newsletter"]
    page = pagesplit.split_text(_page(middle=box, after=footer))
    _assert(page, box[2], Role.TEASER, "teaser.inline")
    _assert(page, box[4], Role.TEASER, "teaser.inline")
    if markers[1].startswith("["):
        _assert(page, markers[1], Role.CHROME, "chrome.image")
    _assert(page, PARAGRAPHS[0], Role.ARTICLE, "article.body")
    _assert(page, PARAGRAPHS[3], Role.ARTICLE, "article.body")


def test_caption_repeated_for_every_slide_is_said_once() -> None:
    """A text dump prints a gallery's caption once per slide: the first copy stays, the others are captions."""
    caption = "The refitted second boat leaves the north quay for its first crossing on a grey morning."
    page = pagesplit.split_text(_page(middle=[caption, caption, caption]))
    copies = [b for b in page.blocks if b.text == caption]
    assert [b.reason.rule for b in copies[1:]] == ["article.caption", "article.caption"]
    assert page.article is not None and page.article.text.count(caption) == 1


# -- other --------------------------------------------------------------------------------------------


def test_prose_outside_the_article_is_other() -> None:
    comment = ("I have taken that ferry every week for twenty years and I never once saw it leave on time, so I will "
               "believe the new timetable when I see it running in the winter.")
    page = pagesplit.split_text(_page(after=["Comments", comment]))
    _assert(page, comment, Role.OTHER, "other.outside")


_MENU = ["Harbour", "Ferries", "Tides", "Boats", "Market", "Chapel", "School", "Council"]


def test_prose_on_a_page_without_article_is_other_no_article() -> None:
    """Lists of names are prose by length, with no stopwords: no running text for a dump's last resort either."""
    names = " ".join(f"{first} {last}," for first in ("Anna", "Carl") for last in ("Berg", "Dahl", "Falk", "Holm",
                                                                                  "Lind", "Strand", "Wik")) + " Ek."
    others = " ".join(f"{last} {first}," for first in ("Ida", "Nils") for last in ("Ask", "Borg", "Ekman", "Frost",
                                                                                  "Gran", "Hed", "Ring")) + " Ek."
    page = pagesplit.split_text("\n\n".join([*_MENU[:4], names, *_MENU[4:], others, *_MENU[:4]]))
    assert page.article is None
    _assert(page, names, Role.OTHER, "other.no-article")


def test_a_dump_with_no_article_run_keeps_its_best_run_of_prose() -> None:
    """Two lines of prose among menus, neither long enough for an article nor holding most of the page's prose: the
    last resort takes the best run (``rules.page_prose``); the page does not come back empty."""
    summary = "A longer line of prose that tells what one of the stories is about, ending with a full stop."
    other = "Another line of prose about a second story, long enough to read as a sentence of its own."
    # a menu after the second line too: prose in the page's tail weighs less, and would leave the first line
    # holding most of the page's prose
    page = pagesplit.split_text("\n\n".join([*_MENU[:4], summary, *_MENU[4:], other, *_MENU[:4]]))
    _assert(page, summary, Role.ARTICLE, "article.page-prose")
    _assert(page, other, Role.OTHER, "other.outside")



def test_footer_links_after_a_zone_do_not_hide_its_headline_summary_pairs() -> None:
    """Headline / summary pairs under a label are read up to the footer (two chrome lines in a row) where the
    zone ends: the footer's own short links after it would pair with nothing."""
    pairs = [  # summaries one and a half times their headline, one ending a sentence
        ("Night trains return to the northern coast", "The sleeper leaves at ten and reaches the sea by eight"),
        ("Keepers' cottages to house a sailing school", "Sailmakers will teach in the old lighthouse yard from May."),
        ("Harbour seals counted from the air again", "Volunteers flew over the sandbanks and found more pups"),
    ]
    footer = ["Help", "About Us", "Careers", "Closed Captioning", "Mobile Apps", "Reader Services", "Print Edition"]
    page = pagesplit.split_text(_page(after=["Latest Stories", *[x for p in pairs for x in p], *footer]))
    assert [(t.title, t.summary) for t in page.teasers] == pairs


def test_dek_under_each_headline_of_a_zone_is_its_cards_summary() -> None:
    """Cards under a label printed as headline, a longer dek line, author and section: each dek is the summary
    of the card above it, not a card of its own, though it reads like a headline too."""
    records = [
        ("Night trains return to the northern coast", "The sleeper leaves the city at ten, reaches the sea by eight"),
        ("Keepers' cottages to house a sailing school", "Sailmakers will teach in the old lighthouse yard from May"),
        ("Harbour seals counted from the air again", "Volunteers flew over the sandbanks twice and found more pups"),
        ("New bridge for the island school opens", "Children no longer walk the long way round the bay to school"),
    ]
    lines = [x for title, dek in records for x in (title, dek, "Jo Doe", "TRANSPORT")]
    page = pagesplit.split_text(_page(after=["Recent Articles", *lines]))
    assert [(t.title, t.summary) for t in page.teasers] == records


def test_headline_list_under_a_label_keeps_each_headline() -> None:
    """A zone of bare headlines, each with its author line, has no deks: every headline is a card of its own,
    though every second one is the longer."""
    titles = ["Night trains return to the northern coast after a decade",
              "Keepers' cottages to house a sailing school",
              "Harbour seals counted from the air again by volunteers",
              "New bridge for the island school opens"]
    page = pagesplit.split_text(_page(after=["Recent Articles", *[x for t in titles for x in (t, "Jo Doe")]]))
    assert [t.title for t in page.teasers] == titles


def test_footer_after_a_zones_only_card_ends_the_zone() -> None:
    """Two chrome lines in a row after a zone's card end the zone even when that card is its first and only one:
    a headline-like line of the footer after them is no card."""
    page = pagesplit.split_text(_page(after=[
        "Latest Stories", "Night trains return to the northern coast after a decade",
        "Privacy Policy", "Terms of Use", "Place a classified advert in the island weekly",
    ]))
    assert [t.title for t in page.teasers] == ["Night trains return to the northern coast after a decade"]


def test_toggle_after_a_list_of_cards_does_not_make_them_one_card() -> None:
    """A zone's kicker / headline cards followed by another box's toggle ("Play Video") are several cards: the
    toggle closes no card when the blocks before it tell several stories."""
    titles = ["Night trains return to the northern coast after a decade",
              "Keepers' cottages to house a sailing school next spring",
              "Harbour seals counted from the air again by volunteers",
              "New bridge for the island school opens in the autumn"]
    lines = [x for title, kicker in zip(titles, ["Ferries", "Schools", "Seals", "Bridges"], strict=True)
             for x in (kicker, title)]
    page = pagesplit.split_text(_page(after=["Trending Stories", *lines, "Video", "Play Video", "Sponsored"]))
    assert [t.title for t in page.teasers] == titles
