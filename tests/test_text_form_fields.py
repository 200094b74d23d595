"""A form printed after a text dump's story ends the story's run (``rules/run_ends.above_form_fields``), on made-up
w3m-shaped dumps."""

from __future__ import annotations

from footbridge import LAST, P1, P3, story_article_text

BLURB = ("This is the blog of a small group of railway historians who write about bridges, stations and the lines "
         "that were closed, and about the people who built and ran them over the last two centuries. We meet once a "
         "month in the back room of the station hotel, and anyone who has a story about a line, a bridge or a "
         "station of the old company is welcome to come along, to write for the blog, or to send us old pictures.")
COMMENT_FORM = ("Tell us what you think\n\nYour email address will not be published. Required fields are marked *\n\n"
                "Name * [                              ]\n\nEmail * [                              ]\n\n"
                "Website [                              ]\n\n"
                "[ ] Save my name, email and website in this browser for the next time I comment.\n\n"
                "[Post Comment]")
SIDEBAR = f"Who we are\n\n{BLURB}\n\nFrom our desk\n\nThe old signal box finds a new owner 3 March 2014\n\n" \
          "Ten stations that closed in one year and what stands there now 14 February 2014\n\n" \
          "The viaduct over the river valley that was never built 2 January 2014\n\n" \
          "How the old company named its engines after the towns on its line 20 December 2013\n\n" \
          "A walk along the closed branch line from the junction to the coast 2 December 2013\n\n" \
          "The station master who kept a diary for forty years on the same platform 11 November 2013"


def test_a_comment_form_and_the_sidebar_below_it_are_not_the_story() -> None:
    text = story_article_text(f"{COMMENT_FORM}\n\n{SIDEBAR}")
    assert P3 in text
    assert "Website" not in text and BLURB not in text and "Tell us what you think" not in text


def test_a_sign_up_box_between_the_story_s_paragraphs_stays_in_its_run() -> None:
    text = story_article_text(f"Get our daily newsletter\n\nEmail [                    ] Sign up\n\n{LAST}\n\n{P1}")
    assert LAST in text


def test_checkboxes_alone_are_no_form() -> None:
    text = story_article_text(f"Ingredients\n\n[ ] 2 cups flour\n\n[ ] 1 cup milk\n\n{LAST}\n\n{BLURB}")
    assert "[ ] 2 cups flour" in text and LAST in text


def test_underscores_inside_a_paragraph_are_no_form_field() -> None:
    notes = ("In the old drawings the second bridge is marked plan___two and sits at the station's far end, where the "
             "level crossing still stands, and the council says the drawings will be shown at the library next month.")
    text = story_article_text(f"{notes}\n\n{LAST}")
    assert notes in text and LAST in text
