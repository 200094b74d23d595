"""Teaser cards found as repeated records in text dumps (``rules.records``, ``rules.headline_lists``).

The pages are made up, in the shapes dev dumps show: runs of cards with no label above or below a
story, and the story's own lists and interviews that repeat a shape as well and are no cards.
"""

from __future__ import annotations

import pytest

import pagesplit
from pagesplit import Page, Role, features, lexicon
from pagesplit.assemble import _without_glued_ranks
from pagesplit.draft import Draft
from pagesplit.model import BlockKind, Markup, Span
from pagesplit.rules.record_reading import asking_headlines, listed_headlines
from pagesplit.rules.record_runs import find_runs
from pagesplit.rules.record_shapes import read_records, shape
from pagesplit.rules.record_symbols import HEADLINE, KICKER, META, SUMMARY
from pagesplit.rules.record_titles import _opening, continues_above, names_twice

STORY = [
    "The county's libraries will stay open on Sunday afternoons from next month, the council said on Monday, "
    "after a trial last winter drew more visitors than any weekday.",
    "Staff will work the extra hours on a rota, and volunteers from the friends' groups will run the reading "
    "clubs and the children's corner, which were the busiest parts of the trial.",
    "The council expects the change to cost about eighty thousand pounds a year, paid for by closing two "
    "mobile library routes that now carry only a handful of borrowers each week.",
]
TITLE = "County libraries to open on Sunday afternoons after a busy trial"
def _symbols(shaped: list[tuple[str, Draft]]) -> str:
    """The shaped blocks' symbols as one string, as ``read_records`` passes them to each reading."""
    return "".join(s for s, _ in shaped)


HEADLINES = [
    "Bus company cuts three rural routes as its driver shortage bites",
    "Teenage chess player beats a grandmaster at the county open",
    "Old brewery site sold to a housing association for social homes",
    "Night market returns to the square with forty food stalls",
]
LEDES = [
    "The operator said it could no longer staff the evening services and would review the routes in the spring.",
    "The fifteen-year-old won in thirty moves and said afterwards that she had prepared the opening for a month.",
    "The association plans sixty flats on the site, with the old malt house kept as a community hall.",
    "Traders from across the region will sell food from six until late on the first Friday of every month.",
]


def _interleaved(first: list[str], second: list[str]) -> list[str]:
    """first[0], second[0], first[1], second[1], …: the lines of two-line records."""
    return [line for pair in zip(first, second, strict=True) for line in pair]


def _split(*parts: str) -> Page:
    return pagesplit.split_text("\n\n".join(("Skip to content", "Home | News | Sport", *parts)))


def _rules(page: Page, role: Role) -> set[str]:
    return {b.reason.rule for b in page.blocks if b.role is role}


def test_find_runs_takes_the_repeating_unit_with_one_missing_part() -> None:
    # headline + date + lede, the second card without its date; a story paragraph ('|') ends the run
    assert find_runs("kHMSHSHMSHMS|") == [(1, 12, 3)]


def test_find_runs_needs_three_records_and_a_part_besides_the_headline() -> None:
    assert find_runs("HSHS|") == []  # two records
    assert find_runs("kHkHkH|") == []  # a kicker alone is a menu's heading as often as a card's
    assert find_runs("HHHH|") == [(0, 4, 1)]  # four bare headlines: a list of one-block records


def test_find_runs_takes_kicker_and_headline_records_as_many_as_a_list_of_bare_headlines() -> None:
    # a kicker is no part a menu lacks: its records need as many as bare headlines do, and all of them whole
    assert find_runs("|kHkHkHkH|") == [(1, 9, 2)]
    assert find_runs("|kHkHHkH|") == []  # a record without its kicker is a bare headline: no run of such records
    assert find_runs("|HHkHkHkHkH|", 3) == [(3, 11, 2)]  # looked for from a place on
    assert find_runs("|kHkHkHkHkHM") == [(1, 9, 2)]  # the story's section kicker, headline and byline: no card


SECTIONS = ["Transport", "Youth", "Housing", "Food"]


def test_kicker_and_headline_records_are_cards() -> None:
    page = _split(TITLE, *STORY, "Follow us", *_interleaved(SECTIONS, HEADLINES), "Contact us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert page.article is not None and page.article.text == "\n\n".join(STORY)


def test_kicker_and_headline_records_inside_a_menu_are_no_cards() -> None:
    # a menu whose entries carry a tagline under the service's name, more entries on both sides
    taglines = ["Find a flat to rent or a house to buy in the region", "Jobs for skilled workers and managers nearby",
                "The auction where the price goes down every hour", "Courses and training for every age and trade"]
    menu = ["Services", "Classifieds", *_interleaved(SECTIONS, taglines), "More offers", "Gift cards", "Follow us"]
    page = _split(*menu, TITLE, *STORY)
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_a_run_turned_down_gives_its_last_record_to_the_next_run() -> None:
    # a menu of kicker + short headline pairs (turned down: its headlines are too short) ends on the first of a list
    menu = ["Live", "Election night 2024 live", "Budget", "Council budget vote live", "Weather", "Storm warning live",
            "Sport", "Cup final live blog"]
    page = _split(TITLE, *STORY, "Follow us", *menu, *HEADLINES, "Contact us")
    assert [t.title for t in page.teasers] == ["Cup final live blog", *HEADLINES]


def test_find_runs_does_not_end_on_a_record_missing_its_part() -> None:
    # the story's own headline right under a carousel of headline + lede cards is no fifth card
    assert find_runs("HSHSHSHM|") == [(0, 6, 2)]


def test_carousel_above_the_story_is_cards_not_its_first_paragraphs() -> None:
    cards = _interleaved(HEADLINES, LEDES)
    page = _split(*cards, TITLE, *STORY)
    assert [t.title for t in page.teasers] == HEADLINES
    assert [t.summary for t in page.teasers] == LEDES
    assert _rules(page, Role.TEASER) == {"teaser.record", "teaser.summary"}
    assert page.article is not None
    assert page.article.title == TITLE
    assert list(page.article.paragraphs) == STORY


def test_cards_with_long_ledes_never_win_the_article() -> None:
    long_ledes = [lede + " " + STORY[1] for lede in LEDES[:3]]
    cards = _interleaved(HEADLINES[:3], long_ledes)
    page = _split(TITLE, *STORY[:2], *cards)
    assert [t.title for t in page.teasers] == HEADLINES[:3]
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY[:2]


def test_headline_list_after_the_story_with_kickers_between() -> None:
    # kickers over some of the headlines only (over every one, the records are kicker + headline cards)
    kicked = ["Transport", HEADLINES[0], HEADLINES[1], "Housing", HEADLINES[2], HEADLINES[3]]
    page = _split(TITLE, *STORY, "Share", *kicked, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.headline-list"}


def test_parallel_list_inside_the_story_is_no_card() -> None:
    steps = [
        "Added late opening on Thursdays at every branch",
        "Added a reading club for teenagers in the central library",
        "Added free printing for job seekers at all branches",
        "Added a home delivery service for readers who cannot travel",
    ]
    page = _split(TITLE, *STORY[:2], *steps, "A list of everything the trial changed follows below.", "About us")
    assert page.teasers == ()


def test_repeated_menu_entries_are_no_cards() -> None:
    menu = ["Back to the main menu", "Today's weather", "Back to the main menu", "Today's weather"] * 2
    page = _split(TITLE, *STORY, *menu)
    assert page.teasers == ()


def test_table_of_contents_is_no_card_list() -> None:
    sections = [
        "Why the trial drew more visitors than any weekday",
        "What the extra hours will cost the county each year",
        "Which mobile library routes will close in the spring",
        "How volunteers will run the reading clubs on Sundays",
    ]
    body = _interleaved(sections, STORY + STORY[:1])
    page = _split(TITLE, "By Jo Marsh", *sections, *body)
    assert page.teasers == ()


def test_menu_labels_said_once_per_screen_size_are_no_cards() -> None:
    labels = ["Baking at home", "Quick weekday dinners", "Cakes for a birthday party", "Bread and rolls"]
    menu = [" ".join([label] * 3) for label in labels]  # "Baking at home Baking at home Baking at home"
    page = _split(TITLE, *STORY, "Share", *menu, "About us")
    assert page.teasers == ()


def test_menu_of_sections_joined_with_ampersands_is_no_card_list() -> None:
    menu = [
        "Garden Furniture & Outdoor Living Guides",
        "Read the latest prices for every laptop we have tested",
        "Kitchen Appliances & Small Electricals",
        "Contact the reviews desk by e-mail",
    ]
    page = _split(TITLE, *STORY, "Share", *menu, "About us")
    assert page.teasers == ()


def test_one_ampersand_in_a_list_of_headlines_keeps_it() -> None:
    headlines = [*HEADLINES[:3], "Fish & chip shop wins a national award for its batter"]
    page = _split(TITLE, *STORY, "Share", *headlines, "About us")
    assert [t.title for t in page.teasers] == headlines


ASKED = [
    "Who pays for the new bridge over the estuary",
    "Can the old lido be saved before the summer season?",
    "Why are the town's swifts nesting later every year?",
    "Will the night bus come back to the valley villages?",
]


def test_a_headline_that_asks_over_a_longer_lede_opens_its_card() -> None:
    # cards below the story, two headlines of three asking; each lede is longer than its headline
    cards = _interleaved(ASKED[1:], LEDES[:3])
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == ASKED[1:]
    assert {b.reason.rule for b in page.blocks if b.text in ASKED} == {"teaser.record"}
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_a_question_over_a_shorter_line_stays_a_sentence() -> None:
    # questions answered in a word or two, after the story: no lede tells more than its headline, and no card
    answers = ["Yes, from June.", "The heat, mostly.", "Not this year."]
    lines = _interleaved(ASKED[1:], answers)
    page = _split(TITLE, *STORY, "Share", *lines, "About us")
    assert page.teasers == ()


CUT_LEDES = [  # cut at a fixed length, mid-sentence, as card ledes are: two to three times their headline
    "The operator said on Tuesday that it could no longer staff the evening services on the three routes and "
    "that it would review the timetable in the",
    "The fifteen-year-old from the village school won in thirty moves and said afterwards that she had "
    "prepared the opening for more than a",
    "The housing association plans sixty flats on the former brewery site, with the old malt house kept "
    "as a community hall for the estate and",
    "Traders from across the region will sell hot food from six until late on the first Friday of every "
    "month, starting in the spring with",
]
FIRST_PERSON = [
    "I quit my job to sail around the coast",
    "I moved back home at thirty and liked it",
    "My neighbour built a boat in his garden",
    "I learned to swim at sixty",
]


def test_a_lede_cut_short_is_its_cards_summary_not_a_second_headline() -> None:
    # kicker, headline, a lede cut mid-sentence with no final stop (headline-shaped), after the story
    kicked = [x for trio in zip(["Transport", "Chess", "Housing", "Food"], HEADLINES, CUT_LEDES, strict=True)
              for x in trio]
    page = _split(TITLE, *STORY, "Share", *kicked, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert [t.summary for t in page.teasers] == CUT_LEDES


def test_cards_whose_headlines_open_with_the_same_pronoun_are_cards() -> None:
    # a first-person column's cards: three of four headlines open with "I", each over its lede
    cards = _interleaved(FIRST_PERSON, LEDES)
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == FIRST_PERSON


def test_bare_headlines_opening_with_the_same_pronoun_are_a_list_of_the_storys() -> None:
    # no part under them: the shared opening still tells a list written for the story
    steps = ["I checked the timetable every morning", "I wrote to the council about the route",
             "I asked the driver about the cuts", "I joined the passengers' group in May"]
    page = _split(TITLE, *STORY, "Share", *steps, "About us")
    assert page.teasers == ()


def test_a_card_printing_its_kicker_and_headline_twice_is_one_record() -> None:
    # the picture's link and the headline's link both print kicker + headline, then the lede
    cards = [x for head, lede in zip(HEADLINES[:3], LEDES[:3], strict=True) for x in ("Town", head, "Town", head, lede)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES[:3]
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.record", "teaser.repeat"}
    assert all(b.card is not None for b in page.blocks if b.text == "Town")


def test_a_headline_printed_again_with_its_kicker_glued_on_is_one_record() -> None:
    dates = ["12 March 2024", "11 March 2024", "9 March 2024"]
    cards = [x for head, date in zip(HEADLINES[:3], dates, strict=True) for x in (f"{head} TRANSPORT", head, date)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == [f"{head} TRANSPORT" for head in HEADLINES[:3]]
    assert page.article is not None
    assert page.article.title == TITLE


def test_a_short_headline_followed_by_the_parts_every_card_has_is_its_cards_headline() -> None:
    # headline / date / author / section; the third card's headline has two words only
    heads = [HEADLINES[0], HEADLINES[1], "Pier reopens", HEADLINES[2]]
    dates = ["12 March 2024", "11 March 2024", "9 March 2024", "8 March 2024"]
    authors = ["Ann Roe", "Jo Doe", "Kim Poe", "Lee Moe"]
    cards = [x for h, d, a in zip(heads, dates, authors, strict=True) for x in (h, d, a, "Local desk")]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == heads


def test_a_short_line_between_two_blocks_is_no_headline() -> None:
    # headline / lede pairs with two-word lines in between (a dump breaking sentences into lines): a record of
    # two blocks gives too little shape for a short line to take the headline's place
    lines = [HEADLINES[0], LEDES[0], "Harbour staff", LEDES[1], HEADLINES[2], LEDES[2], "Council spokesman", LEDES[3]]
    page = _split(TITLE, *STORY, "Share", *lines, "About us")
    assert {"Harbour staff", "Council spokesman"}.isdisjoint(t.title for t in page.teasers)


def test_a_bylines_opener_and_name_on_two_lines_are_one_byline_part() -> None:
    # headline / "By" / name / date, where the dump prints the opener apart from the name in some cards and not
    # others, and reads the names as a name line, a credit or a byline: the records differ until opener and name
    # are one part
    bylines = [("By", "Jo Doe"), ("By", "REUTERS"), ("By Ann Roe",), ("By", "Kim Poe")]
    dates = ["12 March 2024", "11 March 2024", "9 March 2024", "8 March 2024"]
    cards = [x for h, b, d in zip(HEADLINES, bylines, dates, strict=True) for x in (h, *b, d)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    names = {b.text: b for b in page.blocks if b.text in ("Jo Doe", "REUTERS", "Kim Poe")}
    assert {(b.role, b.reason.rule) for b in names.values()} == {(Role.TEASER, "teaser.meta")}
    by_card = {b.card: b.text for b in page.blocks if b.text in HEADLINES}
    assert [by_card[b.card] for b in names.values()] == [HEADLINES[0], HEADLINES[1], HEADLINES[3]]


def test_a_bylines_names_on_lines_of_their_own_are_one_byline_part() -> None:
    # "By Jo Doe and" / "Kim Poe", "Written by" / "Ann Roe, " / "Lee Moe": a byline line ending where its list of
    # names goes on runs on into the name under it, and a name ending so into the next
    bylines = [("By Jo Doe and", "Kim Poe"), ("By Ann Roe",), ("Written by", "Ann Roe,", "Lee Moe"), ("By Lee Moe",)]
    dates = ["12 March 2024", "11 March 2024", "9 March 2024", "8 March 2024"]
    cards = [x for h, b, d in zip(HEADLINES, bylines, dates, strict=True) for x in (h, *b, d)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    card_of = {b.text: b.card for b in page.blocks}
    assert card_of["Kim Poe"] == card_of[HEADLINES[0]]
    assert card_of["Ann Roe,"] == card_of["Lee Moe"] == card_of[HEADLINES[2]]


def test_a_relative_date_line_with_a_word_before_its_number_is_a_cards_date() -> None:
    # headline, source, "Posted 3 hours ago" under each card below the story: the date line is as long as a
    # headline, and read as one every record would hold two headlines
    sources = ["Posted on: Courier", "Posted on: Gazette", "Posted on: Herald", "Posted on: Echo"]
    ages = ["Posted 3 hours ago", "Posted 5 hours ago", "Posted 20 mins ago", "Posted 2 days ago"]
    cards = [x for trio in zip(HEADLINES, sources, ages, strict=True) for x in trio]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in ages} == {"teaser.meta"}


def test_a_read_more_toggle_closing_each_card_is_part_of_its_record() -> None:
    # kicker, headline, lede, "Read more", date under the story, no label: the toggle closes each card and keeps
    # its chrome verdict
    kickers = ["Transport", "Chess", "Housing", "Food"]
    dates = ["12 March 2024", "11 March 2024", "9 March 2024", "8 March 2024"]
    cards = [x for k, h, s, d in zip(kickers, HEADLINES, LEDES, dates, strict=True) for x in (k, h, s, "Read more", d)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert [t.summary for t in page.teasers] == LEDES
    assert {b.role for b in page.blocks if b.text == "Read more"} == {Role.CHROME}
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_tags_over_each_headline_are_one_part_of_its_record() -> None:
    # one to three tags, headline, lede, "Read more", under the story and no label: the tags over each headline, as
    # many as the card has, are one part of its record, so records that differ by how many would still repeat
    tags = [["Transport", "Study"], ["Youth"], ["Housing", "Planning", "Interview"], ["Food", "Markets"]]
    cards = [x for t, h, s in zip(tags, HEADLINES, LEDES, strict=True) for x in (*t, h, s, "Read more")]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert [t.summary for t in page.teasers] == LEDES
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_tags_over_a_headline_with_no_part_of_a_card_under_it_stay_a_menus_entries() -> None:
    # a menu's short entries over a headline that nothing of a card follows: no tags, no kicker + headline run
    menu = [x for k, h in enumerate(HEADLINES) for x in (SECTIONS[k], SECTIONS[(k + 1) % 4], h)]
    drafts = [Draft(k, text, BlockKind.PARAGRAPH, Span.lines(k + 1, k + 1)) for k, text in enumerate(menu)]
    features.compute(drafts, lexicon.load())
    shaped, _, _, _ = read_records(drafts)
    assert "".join(s for s, _ in shaped) == (KICKER * 2 + HEADLINE) * 4


def test_a_cards_comment_count_is_part_of_its_record() -> None:
    # headline, date, lede, "12 comments" under the story: a count line, not the opening of the comments
    dates = ["12 March 2024", "11 March 2024", "9 March 2024", "8 March 2024"]
    counts = ["12 comments", "3 comments", "48 comments", "7 comments"]
    cards = [x for h, d, s, c in zip(HEADLINES, dates, LEDES, counts, strict=True) for x in (h, d, s, c)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.role for b in page.blocks if b.text in counts} == {Role.CHROME}


def test_a_prompt_broken_into_lines_is_no_list_of_headlines() -> None:
    # a sign-up prompt under the story, its sentence broken over two lines: the second opens in lower case and
    # goes on from the first, which no headline does
    prompt = [
        "Want to keep reading this story",
        "and get three free articles every month with your own account",
        "Already a reader here with an account of your own",
        "Choose a password for your new reader account",
        "Confirm the password for your new reader account",
    ]
    page = _split(TITLE, *STORY, "Share", *prompt, "About us")
    assert page.teasers == ()


def test_a_headline_opening_with_a_lower_case_brand_keeps_its_list() -> None:
    headlines = [*HEADLINES[:3], "iPhone repair shop opens on the high street after a long wait"]
    page = _split(TITLE, *STORY, "Share", *headlines, "About us")
    assert [t.title for t in page.teasers] == headlines


SHORT_HEADLINES = [
    "Harbour fees rise for boats",
    "Ferry strike ends after talks",
    "Bakery opens in old bank",
    "Mayor tours the flooded lanes",
]


#: A card's district line above its date ("Quayside" / "Mar. 14" / headline / lede).
DISTRICTS = ["Quayside", "Uplands", "Old Town", "Riverside"]


def test_dated_cards_with_short_headlines_are_cards() -> None:
    # each record dates its headline ("Mar. 14", no year): a menu or a directory dates no entry, so the
    # headlines need not be as long as a bare list's
    dates = ["Mar. 14", "Mar. 12", "Mar. 9", "Mar. 2"]
    cards = [x for record in zip(DISTRICTS, dates, SHORT_HEADLINES, LEDES, strict=True) for x in record]
    page = _split(TITLE, *STORY, *cards)
    assert [t.title for t in page.teasers] == SHORT_HEADLINES
    assert [t.summary for t in page.teasers] == LEDES
    assert "teaser.record" in _rules(page, Role.TEASER)


def test_undated_records_with_short_headlines_are_no_cards() -> None:
    # the same records with no date: short headlines over a line each read as a directory's entries
    cards = [x for record in zip(DISTRICTS, SHORT_HEADLINES, LEDES, strict=True) for x in record]
    page = _split(TITLE, *STORY, *cards)
    assert "teaser.record" not in _rules(page, Role.TEASER)
    longer = [f"{headline} this spring" for headline in SHORT_HEADLINES]  # as long as a story's headline
    cards = [x for record in zip(DISTRICTS, longer, LEDES, strict=True) for x in record]
    assert "teaser.record" in _rules(_split(TITLE, *STORY, *cards), Role.TEASER)


#: Five-word headlines: shorter than a bare list's (``record_titles.MIN_MEAN_TITLE_WORDS``), as a ranked list's often
#: are.
RANKED = [
    "Harbour fees rise for yachts",
    "Ferry strike ends after talks",
    "Bakery opens in the bank",
    "Mayor tours the flooded lanes",
]


def test_a_ranked_list_is_cards_by_its_counting_numbers() -> None:
    # "1" / headline / "2" / headline …, no label: numbers that count up are a part every card has, as a date is
    ranked = _interleaved(["1", "2", "3", "4"], RANKED)
    page = _split(TITLE, *STORY, "Share", *ranked, "About us")
    assert [t.title for t in page.teasers] == RANKED
    assert {b.reason.rule for b in page.blocks if b.text in RANKED} == {"teaser.record"}


def test_ranks_glued_onto_bare_headlines_are_read_past() -> None:
    # a dump that joins a ranked list's number to its item ("1Bus company …"): the headlines open with their own words,
    # not alike with a number, and the cards' titles are the headlines without the rank
    glued = [f"{rank}{headline}" for rank, headline in enumerate(HEADLINES, 1)]
    page = _split(TITLE, *STORY, "Share", *glued, "About us")
    assert [t.title for t in page.teasers] == HEADLINES


def test_a_number_glued_to_a_capital_in_a_few_titles_is_kept() -> None:
    titles = ["3D printers go on sale in the high street", HEADLINES[0], "5G masts rise along the coast road"]
    assert _without_glued_ranks(titles) == titles  # two names, not MIN_RECORDS ranks
    unordered = [f"{rank}{headline}" for rank, headline in zip((4, 2, 9), HEADLINES, strict=False)]
    assert _without_glued_ranks(unordered) == unordered  # numbers that do not rise are no ranks
    rising = [f"{rank}{headline}" for rank, headline in zip((1, 3, 4), HEADLINES, strict=False)]
    assert _without_glued_ranks(rising) == HEADLINES[:3]  # a rank in no card (the second) leaves the others rising


def test_numbers_that_do_not_count_up_are_no_ranks() -> None:
    # comment counts between the same headlines: a kicker line each, no part that tells cards from a menu
    counted = _interleaved(["12", "7", "30", "4"], RANKED)
    page = _split(TITLE, *STORY, "Share", *counted, "About us")
    assert page.teasers == ()


@pytest.mark.parametrize("asked_at", [1, 0], ids=["record-above", "record-below"])
def test_a_headline_that_asks_over_the_parts_of_the_record_above_or_below_heads_its_record(asked_at: int) -> None:
    # headline / author / date / lede; one headline asks, and has the same parts under it as the record above it (the
    # second card) or, the run's first card, as the record below it
    authors, dates = ["Jo Marsh", "Sam Reid", "Ann Roe"], ["Mar. 14, 2024", "Mar. 12, 2024", "Mar. 9, 2024"]
    headlines = [HEADLINES[0], HEADLINES[1], HEADLINES[2]]
    headlines[asked_at] = ASKED[1]
    cards = [x for record in zip(headlines, authors, dates, LEDES[:3], strict=True) for x in record]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == headlines


def test_headlines_that_ask_one_record_after_another_head_their_records() -> None:
    # headline / date, then two asking headlines with their dates: the second asks under the first, which heads its
    # record once read, and has no record below it
    lines = [(HEADLINE, HEADLINES[0]), (META, "Mar. 14, 2024"), (SUMMARY, ASKED[1]), (META, "Mar. 12, 2024"),
             (SUMMARY, ASKED[2]), (META, "Mar. 9, 2024")]
    shaped = [(symbol, _line(text)) for symbol, text in lines]
    assert "".join(s for s, _ in asking_headlines(shaped, _symbols(shaped))) == "HMHMHM"


def test_a_question_over_a_headline_with_other_parts_keeps_its_shape() -> None:
    # a question over a date, then a headline over a kicker: the parts under them differ, no record repeats
    lines = [(SUMMARY, ASKED[1]), (META, "Mar. 14, 2024"), (HEADLINE, HEADLINES[0]), (KICKER, "Transport")]
    shaped = [(symbol, _line(text)) for symbol, text in lines]
    assert "".join(s for s, _ in asking_headlines(shaped, _symbols(shaped))) == "SMHk"


def test_a_label_over_cards_found_already_opens_no_zone_over_the_form_below() -> None:
    # "Most read" over a ranked list the records took; a comment form comes next, and no card of its own
    ranked = _interleaved(["1", "2", "3", "4"], RANKED)
    form = ["Name", "(required)", "Email", "(required)", "Comment", "(required)", "Submit", "Enlarge Image"]
    page = _split("Most read", *ranked, *form, TITLE, *STORY)
    assert [t.title for t in page.teasers] == RANKED


#: Dated cards of one site's topic: two of five headlines open with its name, as a list's items open alike.
TOPICAL = [
    "Harbour fees rise for visiting yachts this summer",
    "Harbour wall repairs to start after the winter storms",
    "Ferry timetable changes for the winter months",
    "New cafe opens in the old customs house",
    "Fishing fleet lands its biggest catch in years",
]
TOPICAL_DATES = ["Mar. 14", "Mar. 12", "Mar. 9", "Mar. 2", "Feb. 27"]
TOPICAL_CARDS = _interleaved(TOPICAL, TOPICAL_DATES)


def test_dated_cards_on_one_topic_may_open_alike() -> None:
    # every record the same parts (headline, date): the parts tell cards, a shared opening does not make them a list
    page = _split(TITLE, *STORY, "Share", *TOPICAL_CARDS, "About us")
    assert [t.title for t in page.teasers] == TOPICAL
    assert _rules(page, Role.TEASER) >= {"teaser.record"}


def test_bare_headlines_opening_alike_as_often_are_a_list_of_the_storys() -> None:
    page = _split(TITLE, *STORY, "Share", *TOPICAL, "About us")
    assert page.teasers == ()


def test_a_labels_cards_go_on_past_the_cards_found_inside_its_zone() -> None:
    # "Most popular": two cards of its own, a run the records take, then a sub-label, a card too short to open
    # one ("Harbour lights tonight") with its date, and more dated cards: still the label's
    own = [HEADLINES[0], LEDES[0], "12", HEADLINES[1], LEDES[1], "4"]
    after = ["From the forum", "Harbour lights tonight", "2 hours ago",
             "Ferry crew answer questions about the new timetable", "3 hours ago",
             "Old lighthouse keeper shares his photographs", "5 hours ago"]
    page = _split(TITLE, *STORY, "Most popular", *own, *TOPICAL_CARDS, *after, "About us")
    titles = [t.title for t in page.teasers]
    assert titles[:2] == HEADLINES[:2] and titles[2:7] == TOPICAL
    assert titles[7:] == [after[3], after[5]]
    assert {t.section for t in page.teasers if t.title in (after[3], after[5])} == {"Most popular"}


def test_a_comment_form_after_cards_found_under_a_label_is_no_card() -> None:
    # the records take the label's cards; "User comments" opens the comments, and its form's lines are theirs
    form = ["User comments", "What do you make of the harbour plans?", "Your note goes straight to the newsroom.",
            "Your message to the newsroom", "Your email (only if you want a reply)", "Send"]
    page = _split(TITLE, *STORY, "Recommended for you", *TOPICAL_CARDS, *form, "About us")
    assert [t.title for t in page.teasers] == TOPICAL


#: Headlines cut short to fit a sidebar box, with an ellipsis: each reads as a sentence's end.
CUT_HEADLINES = [
    "Bus company cuts three rural routes as its driver …",
    "Teenage chess player beats a grandmaster at the county …",
    "Old brewery site sold to a housing association for …",
    "Night market returns to the square with forty food..",
]


def test_headlines_cut_short_in_a_row_are_a_list_of_headlines() -> None:
    # under a label no lexicon knows, right after the story: one whole headline above four cut ones, which read as
    # sentences (short paragraphs the story would run on into) but are cut to fit a box, as no story's own list is
    whole = "Mayor tours the flooded lanes by boat with the river wardens"
    page = _split(TITLE, *STORY, "Share", "Elsewhere today", whole, *CUT_HEADLINES, "About us")
    assert [t.title for t in page.teasers] == [whole, *CUT_HEADLINES]
    assert {b.reason.rule for b in page.blocks if b.text in CUT_HEADLINES} == {"teaser.record"}
    assert page.article is not None and page.article.text.endswith(STORY[-1])


def test_two_cut_lines_in_a_row_are_no_list_of_headlines() -> None:
    # readers' comments cut short, each over the headline of the story it is on: two cut lines repeat no record
    comments = ["Well said, and about time the council listened to …", "I have taken that bus for thirty years and…"]
    page = _split(TITLE, *STORY, "Share", HEADLINES[0], *comments, HEADLINES[1], "About us")
    assert not any(b.text in comments for b in page.blocks if b.role is Role.TEASER)


def test_find_runs_keeps_a_last_record_missing_its_part_when_the_list_goes_on() -> None:
    # a guide's fifth card printed as a bare title, a few short entries and one more title after it
    assert find_runs("HSHSHSHSHkkkHk|") == [(0, 9, 2)]
    # the story's own headline under the cards: its byline and first paragraph come next, no other headline
    assert find_runs("HSHSHSHSHMP") == [(0, 8, 2)]


def test_a_last_card_without_its_lede_is_a_card_when_the_box_goes_on() -> None:
    fifth = "Harbour fees rise for visiting yachts from the spring"
    page = _split(TITLE, *STORY, "Share", *_interleaved(HEADLINES, LEDES), fifth,
                  "Ferry times", "Tide tables", "Car parks", "Walking routes along the old coast road", "About us")
    assert [t.title for t in page.teasers] == [*HEADLINES, fifth]


def test_the_storys_headline_under_a_carousel_stays_the_storys() -> None:
    headline = "Harbour fees rise for visiting yachts from the spring"
    page = _split(*_interleaved(HEADLINES, LEDES), headline, "By Jo Doe", *STORY, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert page.article is not None and page.article.title == headline


NAMED_STORY = [
    "Norvik said on Tuesday that it would build its new ferry yard on the north quay, after the council approved "
    "the plans and the harbour board agreed to lease the land to Norvik for forty years.",
    "The yard will employ about three hundred people once it opens, and Norvik expects the first hull to be laid "
    "there in the spring of next year, the company's chief executive told reporters.",
    "Local unions welcomed the news, though they said they would press Norvik for apprenticeships for young people "
    "from the town, which has lost most of its shipbuilding jobs since the old yard closed.",
]
NAMED_HEADLINES = [
    "Norvik wins contract for two electric ferries on the fjord route",
    "Harbour board approves a second berth for cruise ships in summer",
    "Norvik chief executive says the order book is full until next winter",
    "Fishermen protest against the new quotas outside the town hall",
    "Norvik shares climb after the company reports a record year of orders",
]


def test_headlines_opening_with_the_name_the_story_is_about_are_cards() -> None:
    # three of five headlines open with the company the story keeps naming: cards on the page's subject
    page = _split("Norvik to build a ferry yard on the north quay", *NAMED_STORY, "Follow us", *NAMED_HEADLINES,
                  "Contact us")
    assert [t.title for t in page.teasers] == NAMED_HEADLINES


def test_lines_opening_with_a_common_word_alike_are_no_cards() -> None:
    # the same list opening with a word the story does not name ("New"): a list of the story's, turned down
    headlines = [h.replace("Norvik", "New", 1) for h in NAMED_HEADLINES]
    page = _split("Norvik to build a ferry yard on the north quay", *NAMED_STORY, "Follow us", *headlines,
                  "Contact us")
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_dates_opening_alike_are_no_cards_though_the_story_names_the_month() -> None:
    story = [p.replace("Norvik", "June") for p in NAMED_STORY]  # a story that writes "June" over and over
    dates = ["June 9 -- Harbour Arena, Northport, with the town band",
             "June 12 -- Old Market Hall, Westby, with the choir from Eastholm",
             "June 17 -- Castle Green, Southam, an open-air show for families",
             "July 2 -- Pier Pavilion, Seaton, the last night of the summer tour",
             "June 21 -- Riverside Park, Milton, with fireworks after dark"]
    page = _split("Band announces a summer tour of the coast", *story, "Follow us", *dates, "Contact us")
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_a_language_that_writes_every_noun_with_a_capital_names_nothing_by_it() -> None:
    story = [
        "Der Verein hat am Dienstag die neue Werkstatt eröffnet, in der Mitglieder ihre Reifen selbst wechseln und die "
        "Bremsen prüfen können, wie der Vorstand auf der Versammlung sagte.",
        "Für die Reifen gibt es eigene Regale, und die Werkzeuge hängen an der Wand neben der Tür, damit jedes "
        "Mitglied sie nach der Arbeit wieder an ihren Platz bringt.",
        "Die Reifen der Lastenräder sind schwerer, deshalb hilft am Samstag ein Mechaniker aus der Stadt, der die "
        "Mitglieder auch bei größeren Reparaturen berät.",
    ]
    steps = ["Reifen von der Felge nehmen und auf Schäden prüfen", "Ventil mit dem Schlüssel aus der Felge schrauben",
             "Reifen mit Wasser und Seife gründlich reinigen lassen", "Felgenband prüfen und bei Bedarf neu einziehen",
             "Reifen wieder aufziehen und langsam aufpumpen lassen"]
    page = _split("Verein eröffnet eine Werkstatt für Fahrräder", *story, "Teilen", *steps, "Kontakt")
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_headlines_each_printed_twice_in_a_row_are_one_card_each() -> None:
    # a box printing each card's headline under its picture's link and again as its own line
    doubled = [line for headline in HEADLINES for line in (headline, headline)]
    page = _split(TITLE, *STORY, "Follow us", *doubled, "Contact us")
    assert [t.title for t in page.teasers] == HEADLINES
    # found as a run of records, before the article is selected (a carousel above the story is never its text)
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.record", "teaser.repeat"}


def test_a_menu_printed_twice_is_no_cards() -> None:
    entries = ["Council tax and benefits for residents", "Bins, recycling and street cleaning services",
               "Parking permits and fines for the town centre", "Libraries, museums and the leisure centres"]
    page = _split(*entries, *entries, TITLE, *STORY)
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_sections_over_their_entries_run_together_are_a_menu_not_cards() -> None:
    # a dump that joins each menu section's links into one line: "kicker" + long line with no stopword, four times
    menu = ["Ferries", "Sailings Routes Fares Tickets Season Passes Group Travel Accessibility Lost Property",
            "Buses", "Timetables Night Buses School Buses Park Ride Service Updates Contact Fares",
            "Trains", "Stations Railcards Engineering Works Delays Refunds Assistance Timetables",
            "Bikes", "Docking Stations Prices Memberships Electric Bikes Safety Tips Cycle Routes Repairs"]
    page = _split(*menu, TITLE, *STORY)
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_the_story_headline_printed_twice_is_no_card_on_the_page_subject() -> None:
    # the story's own headline, once with its section glued on, among lines that open with the page's subject
    title = "Norvik to build a ferry yard on the north quay"
    lines = [f"{title} Business News", title, "Hello, I am the reporter who wrote this story",
             "Norvik shares climb after the company reports a record year", "More stories from our business desk"]
    page = _split("Business News", *lines, *NAMED_STORY)
    assert not any(b.reason.rule == "teaser.record" for b in page.blocks)


def test_find_runs_from_a_later_place_reads_the_places_tried_before_alike() -> None:
    """Runs looked for again from a later place with the places already tried (``tried``) are the runs found
    without them."""
    symbols = "HSHSHS|kHkHkHkH|HHHHH|HMSHMSHMS"
    tried: dict[int, tuple[int, int, int]] = {}
    assert find_runs(symbols, 0, tried) == find_runs(symbols)
    for at in range(len(symbols)):
        assert find_runs(symbols, at, tried) == find_runs(symbols, at)


@pytest.mark.parametrize(("text", "skipped", "opening"), [
    ("Harbour board backs dredging", frozenset(), "harbour"),
    ("I quit my job to sail", frozenset({"i"}), "i quit"),
    ("On 9 June: the regatta", frozenset({"on"}), "on"),
    ("1st round: city win", frozenset(), "#"),
    ("2a etapa: Lugo", frozenset(), "#"),
    ("3Harbour board backs dredging", frozenset(), "harbour"),
    ("1Ñandú escapes from the zoo", frozenset(), "ñandú"),
    ("2024 budget passes", frozenset(), "2024"),
    ("• “Harbour” board", frozenset(), "harbour"),
    ("-- __ !!", frozenset(), "__"),
    ("", frozenset(), ""),
])
def test_a_lines_opening(text: str, skipped: frozenset[str], opening: str) -> None:
    """ASCII lines are read without the word pattern; the openings are the same."""
    assert _opening(text, skipped) == opening


def test_a_labels_zone_goes_on_past_records_with_a_chrome_line_after_each_pair() -> None:
    # a label's box: a card of its own, a run of bare headlines (found as records, before the label's cards) with
    # "Advertisement" after every second one, a byline, then one more card: the two chrome lines are no run ending
    # the zone
    more = "Harbour board backs plan to dredge the old channel"
    page = _split(TITLE, *STORY, "More For You", "Ferry operator adds a late sailing on summer weekends", "By Ann Roe",
                  HEADLINES[0], HEADLINES[1], "Advertisement", HEADLINES[2], HEADLINES[3], "Advertisement",
                  "By Jo Doe", more, "About us")
    assert [t.title for t in page.teasers][-1] == more
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.record"}


def test_dated_cards_whose_ledes_are_shorter_than_their_headlines_are_cards() -> None:
    # headline / a one-line lede shorter than it / date: the date line tells a card, whatever the lede's length
    ledes = ["Drivers are short.", "She prepared for a month.", "Sixty flats are planned.", "Open until late."]
    dates = ["12 March 2024", "11 March 2024", "9 March 2024", "8 March 2024"]
    cards = [x for h, lede, d in zip(HEADLINES, ledes, dates, strict=True) for x in (h, lede, d)]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.record"}


def test_headline_list_holding_a_text_browsers_button_is_no_card_list() -> None:
    # lynx writes a <button> as "(BUTTON) label": a pop-up's question with its answers, between lines as long as
    # headlines, makes the run the page's controls, not a list of stories (without the pop-up, the run is one)
    popup = "Get alerts on the latest news? (BUTTON) No, thanks (BUTTON) Allow"
    kicked = ["Transport", HEADLINES[0], popup, "Housing", HEADLINES[2], HEADLINES[3]]
    page = _split(TITLE, *STORY, "Share", *kicked, "About us")
    assert not any(popup in t.title for t in page.teasers)
    assert "teaser.headline-list" not in _rules(page, Role.TEASER)


def test_a_form_field_among_a_footers_lines_breaks_their_run() -> None:
    # lynx prints a search box as underscores; the line holding it is no record of a run, so the footer's lines
    # around it are two short stretches, no list of four headlines (record_shapes._text_shape: a barrier)
    footer = ["Get the county desk's newsletter every Friday morning",
              "Privacy policy and the accessibility statement of the site",
              "____________________ Search the county's archive of stories",
              "The Herald's public information bulletin for the county",
              "County Herald, 6 Market Street, Shiretown, open weekdays"]
    page = _split(TITLE, *STORY, *footer)
    assert not page.teasers
    assert page.article is not None and page.article.text == "\n\n".join(STORY)


#: A question among a list's headlines: it ends a sentence, and ``record_shapes.shape`` reads it as a summary.
QUESTION = "Will the harbour wall hold through another winter of storms?"


def test_a_question_between_two_headlines_is_one_more_of_their_list() -> None:
    # right under the story, with no label or chrome line between: ``headline_lists`` leaves such a list to the story,
    # so only ``records`` can find it, and only with the question read as a headline (three headlines are no list)
    listed = [HEADLINES[0], QUESTION, HEADLINES[1], HEADLINES[2]]
    page = _split(TITLE, *STORY, *listed, "About us")
    assert [t.title for t in page.teasers] == listed
    assert {b.reason.rule for b in page.blocks if b.text in listed} == {"teaser.record"}


def test_a_question_over_the_storys_first_paragraph_stays_a_sentence() -> None:
    # the story's own headline asked as a question, between its dateline and byline read as headlines, right over
    # its first paragraph: no list's
    shaped = [(_shape_of(text), _line(text)) for text in
              ("Harbour Gazette on Monday, March 4th, 2024, in a piece on the sea wall", QUESTION,
               "By Jo Doe and Ann Roe on Tuesday, March 5th, 2024 at quarter past nine",
               "The harbour wall at low tide seen from the ferry pier on the north side", STORY[0])]
    assert [s for s, _ in listed_headlines(shaped, _symbols(shaped))] == ["H", "S", "H", "H", "S"]
    assert [s for s, _ in listed_headlines(shaped[:-1], _symbols(shaped[:-1]))] == ["H", "H", "H", "H"]


#: A picture's keywords, its alternative text that text browsers print over a card's headline link.
KEYWORDS = [
    "bus company rural routes driver shortage timetable",
    "teenage chess player grandmaster county open",
    "old brewery site housing association social homes",
    "night market square food stalls summer evening",
]


def test_a_pictures_keywords_over_each_headline_are_the_cards_pictures() -> None:
    listed = _interleaved(KEYWORDS, HEADLINES)
    page = _split(TITLE, *STORY, "Share", *listed, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in KEYWORDS} == {"teaser.caption"}


def test_a_pictures_keywords_longer_than_the_headline_above_go_on_from_nothing() -> None:
    # keywords open in lower case and run longer than the headline above them, as a sentence broken into lines does;
    # they say no stopword, which a sentence does ("and get three free articles every month …")
    titles = [_line(HEADLINES[1]), _line(KEYWORDS[0] + " bus depot evening services spring review")]
    assert not continues_above(titles)
    sentence = "and get three free articles every month with your own account"
    assert continues_above([_line(HEADLINES[1]), _line(sentence)])


#: A picture's keywords that say a stopword, longer than the headline above it (``HEADLINES[2]``): alone, the shape
#: of a sentence going on.
SAYING_KEYWORDS = "night market what is on in the square food stalls summer evening crowds"


def test_a_keyword_line_saying_a_stopword_is_one_more_picture_in_a_list_of_keyword_lines() -> None:
    # three keyword lines, each over its headline, show the list's device: the fourth, saying "what is on in the",
    # is one more picture's keywords, not a sentence going on from the headline above it
    titles = [_line(text) for text in _interleaved([*KEYWORDS[:3], SAYING_KEYWORDS], HEADLINES)]
    assert not continues_above(titles)
    assert continues_above(titles[5:7])  # alone, under a shorter headline, it reads as a sentence going on
    # keyword lines two in a row are no headline's pictures (a command's output): no device
    assert continues_above([_line(text) for text in (*KEYWORDS[:3], *HEADLINES[:3], SAYING_KEYWORDS)])


def test_the_line_in_a_keyword_lines_place_is_its_cards_picture() -> None:
    # the list alternates picture and headline: the keyword line with a stopword is the last card's picture, no card
    listed = _interleaved([*KEYWORDS[:3], SAYING_KEYWORDS], HEADLINES)
    page = _split(TITLE, *STORY, "Share", *listed, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text == SAYING_KEYWORDS} == {"teaser.caption"}


#: A picture's alternative text in small letters, accents spelled out, glued before the headline it names.
NAMED_TWICE = "kaese spaetzle pfanne Käse-Spätzle-Pfanne"


def test_a_line_spelling_its_headline_twice_names_a_picture() -> None:
    assert names_twice(_line(NAMED_TWICE))
    assert names_twice(_line("night market returns to the square Night Market Returns to the Square"))
    assert not names_twice(_line("and get three free articles every month with your own account"))
    assert not names_twice(_line("bus company rural routes Bus Company"))  # four small words, two capitalized
    assert not names_twice(_line(HEADLINES[0]))


def test_a_line_spelling_its_headline_twice_goes_on_from_nothing() -> None:
    # small letters, longer than the line above, a stopword: a sentence going on, were it not its headline spelled twice
    said_twice = "night market returns to the square Night Market Returns to the Square"
    assert not continues_above([_line(NAMED_TWICE), _line(said_twice)])
    assert continues_above([_line(NAMED_TWICE), _line("and get three free articles every month with your own account")])


def _line(text: str) -> Draft:
    """An undecided line of a text dump, its features computed."""
    d = Draft(0, text, BlockKind.PARAGRAPH, Span.lines(1, 1))
    features.compute([d], lexicon.load())
    return d


def _shape_of(text: str) -> str:
    return shape(_line(text))


def test_a_short_question_over_the_parts_of_the_record_above_heads_its_record() -> None:
    # section / headline / byline / lede; the third headline is a question too short for ``asks`` (three words)
    sections = ["TRANSPORT", "SPORT", "BUSINESS", "HOUSING"]
    bylines = ["By JO MARSH", "By SAM REID", "By ANN ROE", "By TOM HILL"]
    headlines = [HEADLINES[0], HEADLINES[1], "Who owns breweries?", HEADLINES[3]]
    cards = [x for record in zip(sections, headlines, bylines, LEDES, strict=True) for x in record]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == headlines


def test_a_date_line_right_under_a_headline_keeps_its_place() -> None:
    # headline / lede / byline, then headline / date / lede / byline (the first card's date glued to its lede): the
    # second card's date stands where the first card's parts under its headline would put a headline, and is its
    # card's date all the same, right under its headline
    lines = [(HEADLINE, HEADLINES[0]), (SUMMARY, f"Mar. 14, 2024 — {LEDES[0]}"), (META, "By Jo Marsh"),
             (HEADLINE, HEADLINES[1]), (META, "2 days ago on Town Blog"), (SUMMARY, LEDES[1]), (META, "By Sam Reid"),
             (HEADLINE, HEADLINES[2])]
    shaped = [(symbol, _line(text)) for symbol, text in lines]
    assert "".join(s for s, _ in asking_headlines(shaped, _symbols(shaped))) == "HSMHMSMH"


def test_two_records_are_no_record_whose_headline_place_a_date_takes() -> None:
    # headline / source / date cards after a bare headline: a date line under its source has two records of three
    # blocks above it that look like one of six, and stays a date (a record holds one headline)
    lines = [(HEADLINE, HEADLINES[0]), (HEADLINE, TITLE), (KICKER, "Town Blog"), (META, "Posted 4 mins ago"),
             (HEADLINE, HEADLINES[1]), (KICKER, "Harbour News"), (META, "Posted 4 hours ago"),
             (HEADLINE, HEADLINES[2]), (KICKER, "Town Blog"), (META, "Posted 6 hours ago"),
             (HEADLINE, HEADLINES[3]), (KICKER, "Harbour News")]
    shaped = [(symbol, _line(text)) for symbol, text in lines]
    assert "".join(s for s, _ in asking_headlines(shaped, _symbols(shaped))) == "HHkMHkMHkMHk"


#: a headline-shaped line of a site's footer, a link to one of the site's own pages
FOOTER_LINK = "Letters to the editor and reader corrections"


def test_headline_list_running_into_the_footer_ends_at_the_sites_own_links() -> None:
    # four story headlines (kickers over some), then the footer: a "Contact us" link, a line as long as a headline,
    # "Privacy Policy"; the site's own links part the list, and the footer's part (one line) is no list of its own
    kicked = ["Transport", HEADLINES[0], HEADLINES[1], "Housing", HEADLINES[2], HEADLINES[3]]
    page = _split(TITLE, *STORY, "Share", *kicked, "Contact us", FOOTER_LINK, "Privacy Policy")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.headline-list"}
    assert not any(b.role is Role.TEASER for b in page.blocks if b.text == FOOTER_LINK)


def test_headline_list_under_a_header_bar_with_a_sign_in_link_is_still_a_list() -> None:
    # a header's bar (a long line, then "Sign in") runs into a list of stories: the part after the link holds four
    # headlines, a list of its own
    bar = "Switch to the dark reading mode for the evening hours"
    kicked = ["Transport", HEADLINES[0], HEADLINES[1], "Housing", HEADLINES[2], HEADLINES[3]]
    page = _split(TITLE, *STORY, "Share", bar, "Sign in", *kicked, "Advertisement")
    assert [t.title for t in page.teasers][-4:] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.headline-list"}


def test_cards_whose_parts_vary_but_each_ends_with_its_date_are_cards() -> None:
    # a box of cards printed with a kicker over some headlines and a lede under others: no one unit repeats, but every
    # card closes with its date line
    cards = ["Transport", HEADLINES[0], "12 March 2024",
             HEADLINES[1], LEDES[1], "11 March 2024",
             HEADLINES[2], "9 March 2024",
             "Markets", HEADLINES[3], LEDES[3], "8 March 2024"]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert all("closed by a date or byline" in str(b.reason) for b in page.blocks if b.text in HEADLINES)
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_a_dated_card_with_a_dek_under_its_headline_takes_the_shorter_line_as_its_title() -> None:
    # headline, then a dek as long as a headline and longer than it, then the date: the dek tells more
    deks = ["Drivers say the cuts leave the villages with one bus a day and none on Sundays",
            "She prepared the opening for a month and won in thirty moves against the champion"]
    cards = [HEADLINES[0], deks[0], "12 March 2024",
             "Transport", HEADLINES[1], "11 March 2024",
             HEADLINES[2], deks[1], "9 March 2024",
             "Markets", HEADLINES[3], LEDES[3], "8 March 2024"]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES


#: A picture's caption with its credit over some of the topical cards, not over others.
PICTURED_TOPICAL = [
    "Yachts moored along the outer wall on a calm evening. (Photo: Jo Example)", TOPICAL[0], TOPICAL_DATES[0],
    TOPICAL[1], TOPICAL_DATES[1],
    "The ferry turns in the channel at first light. (Photo: Jo Example)", TOPICAL[2], TOPICAL_DATES[2],
    TOPICAL[3], TOPICAL_DATES[3],
    "Crates of fish stacked on the quay before the auction. (Photo: Jo Example)", TOPICAL[4], TOPICAL_DATES[4],
]


def test_dated_cards_on_one_topic_may_open_alike_with_a_picture_over_some_of_them() -> None:
    # a picture over some cards and not others: the records' parts vary by a part that comes and goes, and are cards
    # by their shape as much as cards that all print the same parts
    page = _split(TITLE, *STORY, "Share", *PICTURED_TOPICAL, "About us")
    assert [t.title for t in page.teasers] == TOPICAL
    assert _rules(page, Role.TEASER) >= {"teaser.record", "teaser.caption"}


def test_records_alike_but_for_a_picture_or_a_date_line_and_each_with_a_part() -> None:
    from pagesplit.rules.records import _alike

    def records(*shapes: str) -> list[list[tuple[str, Draft]]]:
        block = Draft(0, "Harbour fees rise for visiting yachts", BlockKind.LINE, Span.lines(1, 1))
        return [[(s, block) for s in shape] for shape in shapes]

    assert _alike(records("CHM", "HM", "CH", "HM"), 3)
    assert _alike(records("HS", "HS", "HS"), 2)
    assert not _alike(records("HS", "H", "HS"), 2)  # a dek under some headlines: may be a headline read as a dek
    assert not _alike(records("MH", "H", "MH", "H"), 2)  # a bare headline among them: no card by its shape
    assert not _alike(records("H", "H", "H", "H"), 1)


NIGHT_MARKET_PICTURE = "Food stalls on the square at dusk. (Photo: Jo Example)"


def test_a_pictures_caption_over_some_headlines_does_not_break_their_list() -> None:
    # a box prints a picture over some of its headlines: the caption is that card's picture, the list goes on
    listed = [HEADLINES[0], HEADLINES[1], NIGHT_MARKET_PICTURE, HEADLINES[2], HEADLINES[3]]
    page = _split(TITLE, *STORY, "Share", *listed, "About us")
    assert [t.title for t in page.teasers] == HEADLINES
    assert {b.reason.rule for b in page.blocks if b.text in HEADLINES} == {"teaser.headline-list"}
    # over its kicker and headline as well
    kicked = [HEADLINES[0], HEADLINES[1], NIGHT_MARKET_PICTURE, "Food", HEADLINES[2], HEADLINES[3]]
    assert [t.title for t in _split(TITLE, *STORY, "Share", *kicked, "About us").teasers] == HEADLINES


#: A picture's alternative text with no credit, printed over a card's kicker and headline: it reads as a headline.
UNCREDITED_PICTURES = [
    "Volunteers stacking returned books on the library trolley",
    "Two players shaking hands over the board after the final",
    "Scaffolding along the old malt house beside the canal",
]
#: A fifth card's picture, caption with a credit, and headline.
FERRY_PICTURE = "The ferry leaving the harbour at first light. (Photo: Kim Example)"
FERRY_HEADLINE = "Harbour ferry keeps its winter timetable for another year"


def test_a_pictures_text_over_kicker_and_headline_is_no_card_of_its_own() -> None:
    # a box prints a picture over each card's kicker and headline: its caption with a credit over some cards, its
    # alternative text alone over the others; the cards' titles are the headlines under their kickers
    box = [NIGHT_MARKET_PICTURE, "Transport", HEADLINES[0]]
    for picture, kicker, headline in zip(UNCREDITED_PICTURES, ["Chess", "Housing", "Food"], HEADLINES[1:], strict=True):
        box += [picture, kicker, headline]
    box += [FERRY_PICTURE, "Transport", FERRY_HEADLINE]
    page = _split(TITLE, *STORY, "Share", *box, "About us")
    assert [t.title for t in page.teasers] == [*HEADLINES, FERRY_HEADLINE]
    assert not any(b.role is Role.TEASER for b in page.blocks if b.text in UNCREDITED_PICTURES)
    # with no credited caption beside any of those lines, they may be a section's last entries over the next
    # section's label: they keep their cards
    page = _split(TITLE, *STORY, "Share", *box[:-3], "About us")
    assert [t.title for t in page.teasers] == [HEADLINES[0], *_interleaved(UNCREDITED_PICTURES, HEADLINES[1:])]


def test_one_headline_over_a_kicker_and_headline_is_still_a_card() -> None:
    # one such line on the page is as often a bare headline over a kicker + headline card: it keeps its card
    box = [NIGHT_MARKET_PICTURE, "Transport", HEADLINES[0], HEADLINES[1], "Housing", HEADLINES[2], HEADLINES[3]]
    page = _split(TITLE, *STORY, "Share", *box, "About us")
    assert [t.title for t in page.teasers] == HEADLINES


def test_a_caption_over_no_headline_breaks_a_list() -> None:
    # a caption over two menu lines is no card's picture: the lines on either side of it are two short lists
    broken = [HEADLINES[0], HEADLINES[1], NIGHT_MARKET_PICTURE, "Food", "Drink", HEADLINES[2], HEADLINES[3]]
    assert _split(TITLE, *STORY, "Share", *broken, "About us").teasers == ()


def _items(texts: list[str]) -> list[Draft]:
    """The lines of a text browser's numbered list, their features computed."""
    drafts = [Draft(k, text, BlockKind.LIST_ITEM, Span.lines(k + 1, k + 1)) for k, text in enumerate(texts)]
    for d in drafts:
        d.markup = Markup(ordered=True)
    features.compute(drafts, lexicon.load())
    return drafts


def test_an_item_of_a_numbered_headline_list_that_asks_or_exclaims_is_one_more_headline() -> None:
    # a text browser's ordered list ("1. …", "2. …"): the first item asks and the fourth exclaims, and their own shape
    # is a summary's; the number every item has tells the list, and each item is a headline
    items = [ASKED[1], HEADLINES[0], HEADLINES[1], "Record crowds line the harbour wall for the regatta!", HEADLINES[2]]
    numbered = _items([f"{n}. {item}" for n, item in enumerate(items, 1)])
    assert [shape(d) for d in numbered].count(SUMMARY) == 2
    shaped, symbols, _, _ = read_records(numbered)
    assert [s for s, _ in shaped] == [HEADLINE] * 5
    assert symbols == HEADLINE * 5
    unnumbered = _items(items)
    for d in unnumbered:
        d.markup = None
    assert [s for s, _ in read_records(unnumbered)[0]].count(SUMMARY) >= 1  # no number, no list to tell


def test_numbered_steps_that_end_sentences_keep_their_shape() -> None:
    # a how-to's steps end with a stop (and one exclaims): mostly no headlines, so no headline list to join
    steps = _items(["1. Soak the beans overnight in plenty of cold water.", "2. Drain them and cover with fresh water.",
                    "3. Simmer for an hour until they are soft!", "4. Season with salt only at the very end."])
    assert HEADLINE not in [s for s, _ in read_records(steps)[0]]


RANKED_BOX = [*HEADLINES, "Council votes to keep the lido open for another summer",
              "Ferry fares rise again for island families this winter"]


def test_a_numbered_box_of_headlines_over_the_story_is_cards() -> None:
    # a text browser prints a ranked box's numbers ("1. …"): its items are list items, which count as a story's list
    # to the story's run, but a box of headlines counting up one right after the other is other stories' titles
    numbered = [f"{n}. {headline}" for n, headline in enumerate(RANKED_BOX, 1)]
    page = _split("Share", *numbered, "Print | Email", TITLE, *STORY, "About us")
    assert [t.title for t in page.teasers] == RANKED_BOX
    assert {b.role for b in page.blocks if b.text == TITLE} == {Role.TITLE}


def test_the_story_headline_right_under_a_numbered_box_is_no_card_of_it() -> None:
    # the run of bare headlines would go on into the story's headline: it ends with the list's last number
    numbered = [f"{n}. {headline}" for n, headline in enumerate(RANKED_BOX, 1)]
    page = _split("Share", *numbered, "[photo.jpg]", TITLE, "Mar. 14, 2024", *STORY, "About us")
    assert [t.title for t in page.teasers] == RANKED_BOX
    assert {b.role for b in page.blocks if b.text == TITLE} == {Role.TITLE}


def test_numbered_sub_headings_between_the_story_paragraphs_stay_the_story() -> None:
    # a story's numbered sections: each item stands between paragraphs, no list of headlines one after the other
    sections = [f"{n}. {headline}" for n, headline in enumerate(HEADLINES[:3], 1)]
    page = _split(TITLE, STORY[0], sections[0], STORY[1], sections[1], STORY[2], sections[2], STORY[0], "About us")
    assert page.teasers == ()


def test_numbered_steps_between_the_story_paragraphs_stay_the_story() -> None:
    # a how-to's steps with no final stop, headline-shaped, with the story's prose above and below them: its own list
    steps = ["Take the old tyre off the rim with two levers", "Clean the rim bed and check the tape for holes",
             "Screw the new valve into the hole by hand", "Seat the tyre on the rim all the way round",
             "Pour the sealant in through the open valve", "Pump the tyre up until it clicks into place"]
    numbered = [f"{n}. {step}" for n, step in enumerate(steps, 1)]
    page = _split(TITLE, STORY[0], STORY[1], *numbered, STORY[2], STORY[0], "About us")
    assert {b.role for b in page.blocks if b.text in numbered} == {Role.ARTICLE}


def test_a_label_said_under_every_card_is_a_part_of_each_card() -> None:
    # headline / lede / a "More like this" button under each card, printed on a line of its own: the label names no
    # section when the page says it card after card, and the cards are not boxed apart by it
    cards = [x for pair in zip(HEADLINES, LEDES, strict=True) for x in (*pair, "More like this")]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES


def test_a_comment_count_said_under_every_card_is_a_part_of_each_card() -> None:
    # kicker / headline / "| 4 Comments": each card's link to its comments, counts aside the same line every time,
    # opens no thread
    counts = ["| 4 Comments", "| 12 Comments", "| 1 Comments", "| 7 Comments"]
    cards = [x for record in zip(SECTIONS, HEADLINES, counts, strict=True) for x in record]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [t.title for t in page.teasers] == HEADLINES


def test_a_label_said_twice_still_names_the_section_under_it() -> None:
    # the same cards with the button under the first two only: said twice, it may name a section, and the cards
    # under it are that label's (``rules.label_zones``), not one run of records over the labels
    cards = [HEADLINES[0], LEDES[0], "More like this", HEADLINES[1], LEDES[1], "More like this",
             HEADLINES[2], LEDES[2]]
    page = _split(TITLE, *STORY, "Share", *cards, "About us")
    assert [(t.title, t.section) for t in page.teasers] == [(h, "More like this") for h in HEADLINES[1:3]]


def test_read_records_gives_the_symbols_of_the_blocks_as_read() -> None:
    # a ranked list ("1" / headline / "2" / headline …): the ranks read as kickers by their own text and as the
    # list's ranks by the reading (a date or byline part); the string of symbols is the one of the blocks as read
    lines = [x for n, h in enumerate(HEADLINES[:4], 1) for x in (str(n), h)]
    drafts = [Draft(k, text, BlockKind.PARAGRAPH, Span.lines(k + 1, k + 1)) for k, text in enumerate(lines)]
    features.compute(drafts, lexicon.load())
    assert [shape(d) for d in drafts][:2] == [KICKER, HEADLINE]
    shaped, symbols, _, _ = read_records(drafts)
    assert symbols == "".join(s for s, _ in shaped) == (META + HEADLINE) * 4


MORE_HEADLINES = [
    "Harbour ferry timetable changes for the winter season",
    "Village school wins a national award for its reading scheme",
    "Farmers market moves indoors while the town hall roof is mended",
]


def test_three_headlines_right_beside_a_box_of_cards_are_cards() -> None:
    # a box of headline + lede cards, then a box of three bare headlines printed right under it: too few for a
    # list alone, but the page's confirmed box shows what its boxes are
    cards = _interleaved(HEADLINES[:3], LEDES[:3])
    page = _split(TITLE, *STORY, "Share", *cards, *MORE_HEADLINES, "About us")
    assert [t.title for t in page.teasers] == [*HEADLINES[:3], *MORE_HEADLINES]
    assert {b.reason.rule for b in page.blocks if b.text in MORE_HEADLINES} == {"teaser.headline-list"}


def test_three_headlines_alone_are_no_list() -> None:
    # the same three lines with no box of cards beside them: a footer's or a form's lines as often
    page = _split(TITLE, *STORY, "Share", *MORE_HEADLINES, "About us")
    assert not page.teasers
