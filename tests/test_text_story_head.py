"""Text dumps: the story sits under its head (``rules/story_head.py``), on made-up dumps: a short post under its
headline and date line is the article even when a longer paragraph elsewhere (the blog's "who writes here" box
in the sidebar) outweighs it; without a date under the headline, or with a head over every teaser, the longer
paragraph still wins."""

from __future__ import annotations

import pagesplit
from pagesplit import Role

MENU = "Home\nRecipes\nGarden\nContact\n\n"
HEAD = "A record year for the pear tree\nPosted on 12 October 2024\n\n"
POST = ("Our pear tree gave more fruit this autumn than in the ten years before, and the shed is full of crates of "
        "pears that we picked by hand.\n\n"
        "We will make jam with half of it and give the rest to the school fair next weekend, if the rain holds off "
        "long enough.\n\n")
SIDEBAR = ("Share this\nFiled under Garden and Fruit\nOlder post\nNewer post\nSearch this blog\nBlogroll\n"
           "Categories\n\n"
           "Who writes here?\n\n"
           "Jo Quill has kept a garden on the edge of town for twenty years, writes about fruit trees, old tools and "
           "the weather, and answers every letter that readers send about pruning, pests and the best time to pick "
           "pears from a tree that has grown too tall for the ladder in the shed, which is most of them by now, and "
           "she still thinks the old ladder will do for one more year.\n\n")
FOOTER = "".join(f"{line}\n" for line in ("Archive", "Tags", "Garden", "Fruit", "Tools", "Weather", "Imprint",
                                           "Privacy", "Follow us", "Newsletter", "Top"))


def _article(page: pagesplit.Page) -> str:
    return page.article.text if page.article is not None else ""


def test_a_short_post_under_its_head_outweighed_by_a_sidebar_box_is_the_article() -> None:
    page = pagesplit.split_text(f"{MENU}{HEAD}{POST}{SIDEBAR}{FOOTER}")
    assert _article(page).startswith("Our pear tree gave more fruit")
    assert "Jo Quill has kept a garden" not in _article(page)
    first = next(b for b in page.blocks if b.text.startswith("Our pear tree"))
    assert (first.role, first.reason.rule) == (Role.ARTICLE, "article.body")
    assert "story's head" in first.reason.detail


def test_without_a_date_under_the_headline_the_longer_paragraph_wins() -> None:
    page = pagesplit.split_text(f"{MENU}A record year for the pear tree\n\n{POST}{SIDEBAR}{FOOTER}")
    assert "Jo Quill has kept a garden" in _article(page)


def test_heads_over_several_teasers_are_no_head() -> None:
    heads = "".join(f"{title}\nPosted on {day} October 2024\n\n{summary}\n\n" for title, day, summary in (
        ("Pruning the old apple tree", 3, "Why we cut the old apple tree back by a third this year, and what the "
                                          "tree made of it by the end of the summer."),
        ("A new roof for the shed", 5, "The roof of the shed leaked all summer long, so in the end we took it "
                                       "off and put a new one on it."),
    ))
    page = pagesplit.split_text(f"{MENU}{heads}{SIDEBAR}{FOOTER}")
    assert "Jo Quill has kept a garden" in _article(page)


HEADLINES = ("Council votes to close the old swimming baths", "Storm brings down trees along the coast road",
             "New bus timetable starts on Monday", "Library opens on Sundays from next month",
             "Harbour wall repairs run over budget", "School choir wins the regional final",
             "Rail strike called off after late talks", "Market traders fight rent rise",
             "Football club names its new manager", "Hospital car park fees to go up")


def test_a_list_of_headlines_above_the_head_is_no_part_of_the_story() -> None:
    listed = "".join(f"  * {title}\n" for title in HEADLINES)
    story = ("The pear tree at the school gave a record crop\nBy Jo Quill\n1 day ago\n\n"
             + POST + "The head teacher said the children would plant two more trees in "
             "the spring, one of them a cherry, and that the jam would be sold at the fair.\n\n")
    page = pagesplit.split_text(f"{MENU}{listed}\n{story}{FOOTER}")
    assert _article(page).startswith("Our pear tree gave more fruit")
    assert not any(title in _article(page) for title in HEADLINES)
