"""The model's enum members as plain class attributes, for the back end's per-block loops.

On CPython 3.10 and 3.11 every ``Role.CHROME`` runs ``EnumType.__getattr__``: measured here at about
seven times the cost of a plain class attribute, and the stages test a role or a kind on every block
of every page (a fifth of a text page's time went there). ``Roles.CHROME`` is the very same object as
``Role.CHROME``: compare with ``is`` as usual, annotate with the enum. CPython 3.12 removed the hook;
there these names cost what ``Role.CHROME`` does.
"""

from __future__ import annotations

from typing import Final

from pagesplit.model import BlockKind, InputKind, Role, TeaserPart


class Roles:
    TITLE: Final = Role.TITLE
    BYLINE: Final = Role.BYLINE
    DATE: Final = Role.DATE
    ATTRIBUTION: Final = Role.ATTRIBUTION
    ARTICLE: Final = Role.ARTICLE
    CAPTION: Final = Role.CAPTION
    TEASER: Final = Role.TEASER
    CHROME: Final = Role.CHROME
    OTHER: Final = Role.OTHER


class Kinds:
    PARAGRAPH: Final = BlockKind.PARAGRAPH
    HEADING: Final = BlockKind.HEADING
    LIST_ITEM: Final = BlockKind.LIST_ITEM
    QUOTE: Final = BlockKind.QUOTE
    TABLE: Final = BlockKind.TABLE
    CODE: Final = BlockKind.CODE
    CAPTION: Final = BlockKind.CAPTION
    LINE: Final = BlockKind.LINE
    HIDDEN: Final = BlockKind.HIDDEN


class Parts:
    TITLE: Final = TeaserPart.TITLE
    SUMMARY: Final = TeaserPart.SUMMARY
    CAPTION: Final = TeaserPart.CAPTION
    CREDIT: Final = TeaserPart.CREDIT
    REPEAT: Final = TeaserPart.REPEAT
    META: Final = TeaserPart.META


class Inputs:
    HTML: Final = InputKind.HTML
    TEXT: Final = InputKind.TEXT
