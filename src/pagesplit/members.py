"""The model's enum members as plain attributes of one object each, for the back end's per-block loops.

On CPython 3.10 and 3.11 every ``Role.CHROME`` runs ``EnumType.__getattr__``: measured here at about
seven times the cost of a plain class attribute, and the stages test a role or a kind on every block
of every page (a fifth of a text page's time went there). ``Roles.CHROME`` is the very same object as
``Role.CHROME``: compare with ``is`` as usual, annotate with the enum. CPython 3.12 removed the hook;
there these names cost what ``Role.CHROME`` does.

``Roles``, ``Kinds``, ``Parts`` and ``Inputs`` are instances, their members instance attributes: CPython 3.11
specializes reading an instance's attribute (a few dozen instructions), not a class's (``type.__getattribute__``
looks the name up in the metaclass, then in the class: about 150 instructions more a read, callgrind). The
stages read some 7,000 of them in a text dump (dev sh innerText).
"""

from __future__ import annotations

from typing import Final

from pagesplit.model import BlockKind, InputKind, Role, TeaserPart


class _Roles:
    """``Role``'s members (one instance: ``Roles``)."""

    def __init__(self) -> None:
        self.TITLE: Final = Role.TITLE
        self.BYLINE: Final = Role.BYLINE
        self.DATE: Final = Role.DATE
        self.ATTRIBUTION: Final = Role.ATTRIBUTION
        self.ARTICLE: Final = Role.ARTICLE
        self.CAPTION: Final = Role.CAPTION
        self.TEASER: Final = Role.TEASER
        self.CHROME: Final = Role.CHROME
        self.OTHER: Final = Role.OTHER


Roles: Final = _Roles()


class _Kinds:
    """``BlockKind``'s members (one instance: ``Kinds``)."""

    def __init__(self) -> None:
        self.PARAGRAPH: Final = BlockKind.PARAGRAPH
        self.HEADING: Final = BlockKind.HEADING
        self.LIST_ITEM: Final = BlockKind.LIST_ITEM
        self.QUOTE: Final = BlockKind.QUOTE
        self.TABLE: Final = BlockKind.TABLE
        self.CODE: Final = BlockKind.CODE
        self.CAPTION: Final = BlockKind.CAPTION
        self.LINE: Final = BlockKind.LINE
        self.HIDDEN: Final = BlockKind.HIDDEN


Kinds: Final = _Kinds()


class _Parts:
    """``TeaserPart``'s members (one instance: ``Parts``)."""

    def __init__(self) -> None:
        self.TITLE: Final = TeaserPart.TITLE
        self.SUMMARY: Final = TeaserPart.SUMMARY
        self.CAPTION: Final = TeaserPart.CAPTION
        self.CREDIT: Final = TeaserPart.CREDIT
        self.REPEAT: Final = TeaserPart.REPEAT
        self.META: Final = TeaserPart.META


Parts: Final = _Parts()


class _Inputs:
    """``InputKind``'s members (one instance: ``Inputs``)."""

    def __init__(self) -> None:
        self.HTML: Final = InputKind.HTML
        self.TEXT: Final = InputKind.TEXT


Inputs: Final = _Inputs()
