"""A form's text field or button in a line of a text dump: the lines around it are a form's or the page's controls,
not a card or a story list.

Read by the zones of cards (``label_zones``: a form after the cards ends the zone), by inline teasers
(``inline_boxes``: "Search for: ____" heads no teaser), and by ``rules.records`` and ``rules.headline_lists``.
"""

from __future__ import annotations

#: A text browser draws a form's text field with underscores (lynx) or as an empty box (w3m).
_UNDERSCORED_FIELD, _BOXED_FIELD = "___", "[    "
#: lynx writes a <button> as this mark before its label ("(BUTTON) Close the menu", "… (BUTTON) No, thanks"); no page's
#: text is written so.
_BUTTON = "(BUTTON)"


def holds_form_field(text: str) -> bool:
    """The line holds a form's text field: the lines around it are a form's (a newsletter sign-up, a search box, a
    weather widget's place picker), not a card or a list of stories (``rules.records``, ``rules.headline_lists``
    read it too)."""
    return _UNDERSCORED_FIELD in text or _BOXED_FIELD in text


def holds_button(text: str) -> bool:
    """The line holds a text browser's button ("(BUTTON) Close the menu", a pop-up's "Get alerts? (BUTTON) No
    (BUTTON) Yes"): a control of the page (a menu's toggle, a pop-up's answer), no story's headline
    (``rules.headline_lists`` claims no list holding one)."""
    return _BUTTON in text


#: A text browser draws a checkbox as brackets around a space or its tick ("[ ] Save my name …", "[*] I would like to
#: subscribe …"), opening the line.
_CHECKBOXES = ("[ ]", "[*]", "[X]", "[x]")


def ticks(text: str) -> bool:
    """The line opens with a checkbox: a form's option (a comment form's "[ ] Save my name", a sign-up's consent), or
    a recipe's ingredient to tick off; ``rules.run_ends`` reads it as part of a form only next to the form's fields."""
    return text.startswith(_CHECKBOXES)


def fills_in(text: str) -> bool:
    """The text holds a form's field with words after it ("Search for: ____ Search", "____ Name (required)") or a
    w3m box ("Leave this field empty [    ]"): a form (a comment form, a newsletter's sign-up), which ends a zone of
    cards. Underscores that end the text are lynx's rule (``<hr>``) under a headline, whose line a dump's block
    joins to the headline's."""
    return _BOXED_FIELD in text or _UNDERSCORED_FIELD in text.rstrip("_ \t\n")
