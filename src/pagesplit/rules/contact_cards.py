"""Pipeline stage: a card whose headline is a contact or imprint line is no teaser.

An e-mail address: a story's headline never gives an e-mail address; a contact or imprint line does ("Kontaktieren
Sie uns: redaktion@…", "Service abonnement : contact@…", "Fax: … info@…", a press office's name, address and mail).
A dump prints such lines in a footer or a box of contacts one under another, shaped like a list of short headlines,
and the record and headline-list stages take them for cards (dev dumps, all 609 pages: 29 such cards on 12 sites,
in both folds and all four dumps, and none of them is a card of the page's HTML reading). Only cards are asked: in
the story, a line with an address ("Write to the author at …") is the story's.

A row of links, one of which is a legal or a service page: a footer prints its links on one line, set apart by
bars, slashes or dashes ("Impressum | Datenschutz | Kontakt", "FAQ - Qui sommes-nous - Mentions légales", "Privacy
/ DMCA contact / Affiliate and FTC Disclosure"), and the dump's record and headline-list stages take the line for a
card's headline (dev dumps, all 609 pages: 21 such cards on 11 sites, both folds; two are cards of the page's HTML
reading, both "Sign in / Sign up"). A whole item must be the lexicon's legal or service link: a headline's tail
after a dash ("… - VIDEO", "… - Photos") is a navigation word, not one of these.
"""

from __future__ import annotations

import regex

from pagesplit.context import Context
from pagesplit.draft import Draft
from pagesplit.lexicon import Lexicon, first_of
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.members import Parts, Roles
from pagesplit.rules.release import drop_cards
from pagesplit.timed_match import timed

#: An e-mail address inside a line: a name, "@", a domain with a dot ("info@example.org"); a handle ("@name") has
#: no name before its "@" and no dot after it.
_EMAIL = timed(regex.compile(r"[\w.+-]@[\w-]+(?:\.[\w-]+)*\.\w{2,}"), "contact-cards.email")


def holds_email(text: str) -> bool:
    """The text holds an e-mail address (tested only when it has an "@")."""
    return "@" in text and _EMAIL.search(text) is not None


#: What sets a row's links apart on its one line: a bar (spaces optional), or a slash, a bullet or a dash between
#: spaces (a hyphen inside a word, "e-mail", or a slash in "and/or" sets nothing apart).
_ROW_SEPARATORS = timed(regex.compile(r"\||(?<=\s)[/•·–—-](?=\s)"), "contact-cards.row-separators")
#: The characters ``_ROW_SEPARATORS`` needs one of: a line with none (most headlines) is not split at all (a pattern
#: call costs thousands of instructions, the set test a C scan).
_SEPARATOR_CHARS = frozenset("|/•·–—-")
#: The lexicon categories whose entries name the legal and service pages a footer links.
_IMPRINT_CATEGORIES = ("legal", "services")


def is_imprint_row(text: str, lex: Lexicon) -> bool:
    """Two or more items set apart by ``_ROW_SEPARATORS``, one of which is, whole, a legal or service link of the
    lexicon ("Impressum", "Kontakt", "Privacy", "Mentions légales")."""
    if _SEPARATOR_CHARS.isdisjoint(text):
        return False
    # the pattern matches the separator alone, the spaces around it stay in the items: a pattern starting with a
    # run of spaces would be tried again at every space of a long run (quadratic); the items are stripped here
    items = [stripped for item in _ROW_SEPARATORS.split(text) if (stripped := item.strip())]
    return len(items) >= 2 and any(
        first_of(lex.exact.get(normalize(item)), _IMPRINT_CATEGORIES) is not None for item in items)


def drop_contact_cards(drafts: list[Draft], ctx: Context) -> None:
    """Cards whose headline holds an e-mail address or is a row of links to legal or service pages: the headline
    becomes chrome, the card's other lines go back to nobody (as ``own_story`` drops a card)."""
    lex = ctx.lexicon
    dropped = {d.card for d in drafts
               if d.role is Roles.TEASER and d.part is Parts.TITLE and d.card is not None
               and (holds_email(title := d.teaser_title or d.text) or is_imprint_row(title, lex))}
    if not dropped:
        return
    drop_cards(drafts, dropped, "chrome.contact-line")
