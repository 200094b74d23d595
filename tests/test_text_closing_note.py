"""A closing note of the page's own below a text dump's story (``rules/run_ends.before_closing_note``), and a
sentence leading out of the story's last paragraph into what it shows below (``rules/run_ends.over_closing_lead_in``),
on made-up dumps."""

from __future__ import annotations

from footbridge import LAST, P3, story_article_text

NOTE = "For the latest stories download the Example News app for phones."


def test_a_short_note_after_a_newsletter_line_is_not_the_story() -> None:
    text = story_article_text(f"Subscribe to our newsletter\n\n{NOTE}")
    assert NOTE not in text and P3 in text


def test_a_long_last_paragraph_after_an_advertisement_line_stays() -> None:
    text = story_article_text(f"Advertisement\n\n{LAST}")
    assert LAST in text


def test_a_short_note_after_a_rule_line_stays() -> None:
    text = story_article_text(f"━━━━━━━━━━━━\n\n{NOTE}")
    assert NOTE in text


LEAD_OUT = "The council's two reports on the bridge can be read here:"
SOURCES = "https://council.example.org/reports/bridge-2019.pdf\nhttps://council.example.org/reports/bridge-2020.pdf"


def test_a_sentence_leading_out_of_the_last_paragraph_ends_the_story_with_what_it_shows() -> None:
    text = story_article_text(f"{LEAD_OUT}\n{SOURCES}")
    assert LEAD_OUT in text and P3 in text and SOURCES.split("\n")[-1] in text


def test_a_last_paragraph_ending_with_a_colon_keeps_what_it_shows() -> None:
    steps = "Walk to the north stair\nCross the tracks on the bridge\nTake the lift down to the car park"
    text = story_article_text(f"Readers who want to try the bridge this weekend can take this short route:\n{steps}")
    assert "Take the lift down to the car park" in text


def test_what_a_sentence_shows_ends_at_a_label_of_its_own() -> None:
    text = story_article_text(f"{LEAD_OUT}\n{SOURCES}\nDownload:\nhttps://council.example.org/app")
    assert SOURCES.split("\n")[-1] in text and "Download:" not in text


def test_a_label_ending_with_a_colon_is_no_lead_out() -> None:
    text = story_article_text(f"Read more:\n{SOURCES}")
    assert "Read more:" not in text and P3 in text


def test_a_sentence_over_lines_the_page_says_again_is_no_lead_out() -> None:
    offers = "\n".join(["Digital plan", "Every story on the site", "Four weeks free",
                        "Print plan", "Every story on the site", "Four weeks free"])
    prompt = "Choose the plan that suits you best and read on today:"
    text = story_article_text(f"{prompt}\n{offers}")
    assert prompt not in text and P3 in text
