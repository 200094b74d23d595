"""Pipeline stage: a card whose headline holds an e-mail address is a contact line, no teaser.

A story's headline never gives an e-mail address; a contact or imprint line does ("Kontaktieren Sie uns:
redaktion@…", "Service abonnement : contact@…", "Fax: … info@…", a press office's name, address and mail). A dump
prints such lines in a footer or a box of contacts one under another, shaped like a list of short headlines, and
the record and headline-list stages take them for cards (dev dumps, all 609 pages: 29 such cards on 12 sites, in
both folds and all four dumps, and none of them is a card of the page's HTML reading). Only cards are asked: in
the story, a line with an address ("Write to the author at …") is the story's.
"""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.members import Parts, Roles
from pagesplit.rules.release import drop_cards
from pagesplit.timed_match import timed

#: An e-mail address inside a line: a name, "@", a domain with a dot ("info@example.org"); a handle ("@name") has
#: no name before its "@" and no dot after it.
_EMAIL = timed(regex.compile(r"[\w.+-]@[\w-]+(?:\.[\w-]+)*\.\w{2,}"), "contact-cards.email")


def holds_email(text: str) -> bool:
    """The text holds an e-mail address (tested only when it has an "@")."""
    return "@" in text and _EMAIL.search(text) is not None


def drop_contact_cards(drafts: list[Draft], ctx: Context) -> None:
    """Cards whose headline holds an e-mail address: the headline becomes chrome, the card's other lines go back
    to nobody (as ``own_story`` drops a card)."""
    dropped = {d.card for d in drafts
               if d.role is Roles.TEASER and d.part is Parts.TITLE and d.card is not None
               and holds_email(d.teaser_title or d.text)}
    if not dropped:
        return
    drop_cards(drafts, dropped, "chrome.contact-line")
