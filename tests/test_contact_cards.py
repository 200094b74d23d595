"""A card whose headline holds an e-mail address or is a row of legal and service links is a contact or imprint
line (``rules.contact_cards``)."""

from __future__ import annotations

import pytest

from pagesplit import split_text
from pagesplit.lexicon import load
from pagesplit.rules.contact_cards import holds_email, is_imprint_row
from test_rules import _page as story

_STORY = "\n\n".join(
    f"Die Hilfsdienste der Stadt haben am Dienstag ihre neue Leitstelle eröffnet, die künftig {n} Einsätze am Tag "
    "für den ganzen Landkreis steuern soll, wie die Sprecherin der Verwaltung bei der Vorstellung sagte."
    for n in range(20, 26)
)
_CONTACTS = "\n\n".join((
    "Feuerwehrverband Nord: presse@feuerwehr-nord.example, Tel. 030 / 1234 567",
    "Rettungsdienst am Fluss: medien@rettung-fluss.example, Tel. 040 / 7654 321",
    "Bergwacht im Hochland: kontakt@bergwacht-hoch.example, Tel. 089 / 2468 135",
    "Wasserwacht der Seenplatte: info@wasserwacht-see.example, Tel. 0385 / 1357 246",
))


def test_a_list_of_press_contacts_under_the_story_is_no_card_list() -> None:
    page = split_text("Neue Leitstelle für den Landkreis eröffnet\n\n" + _STORY + "\n\nPressekontakte\n\n"
                      + _CONTACTS + "\n\nImpressum\n")
    assert not page.teasers, [t.title for t in page.teasers]
    contact = next(b for b in page.blocks if b.text.startswith("Feuerwehrverband"))
    assert contact.reason.rule == "chrome.contact-line"


@pytest.mark.parametrize(("text", "held"), [
    ("Kontaktieren Sie uns: redaktion@zeitung.example", True),
    ("Fax: +43 1 234 56 78 - 85 info@verein.example", True),
    ("Follow @newsdesk for the latest", False),
    ("Prices rise 5% @ the pump this week", False),
    ("The mayor's office answered our questions", False),
])
def test_holds_email(text: str, held: bool) -> None:
    assert holds_email(text) is held


def test_a_footer_row_of_legal_and_service_links_is_no_card() -> None:
    rows = ["Lighthouse keepers' cottages become a sailmaking school",
            "Night trains return to the northern coast after a decade",
            "Fishermen ask for a longer fishing season this spring",
            "Terms of use - About us - Careers at the Gazette"]
    page = split_text(story(after=["More from the coast", *rows]))
    assert [t.title for t in page.teasers] == rows[:3]
    row = next(b for b in page.blocks if b.text == rows[3])
    assert row.reason.rule == "chrome.contact-line"


@pytest.mark.parametrize(("text", "row"), [
    ("Impressum | Datenschutz | Mediadaten | Kontakt", True),
    ("FAQ - Qui sommes-nous - Mentions légales", True),
    ("Privacy / DMCA contact / Affiliate and FTC Disclosure", True),
    ("Scientist explains what happens when you die - VIDEO", False),  # a headline's tail, a navigation word
    ("Help wanted: the harbour needs pilots", False),  # no separator: one item
    ("Rock and/or roll - the story of a town band", False),
])
def test_is_imprint_row(text: str, row: bool) -> None:
    assert is_imprint_row(text, load()) is row
