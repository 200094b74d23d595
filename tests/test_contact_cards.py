"""A card whose headline holds an e-mail address is a contact line (``rules.contact_cards``)."""

from __future__ import annotations

import pytest

from pagesplit import split_text
from pagesplit.rules.contact_cards import holds_email

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
