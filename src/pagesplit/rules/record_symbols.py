"""The shape symbols the record stage (``rules.records``, ``rules.record_shapes``) reads a text dump's blocks as,
and the record sizes it looks for."""

from __future__ import annotations

#: Shape symbols of the blocks a record can hold.
HEADLINE, KICKER, META, PICTURE, SUMMARY = "H", "k", "M", "C", "S"
#: A paragraph too long for a card's lede: the story's prose. No record holds it, and a run stops there.
PROSE = "P"
#: A read-more toggle closing a card: no record holds it, and a run stops there (toggled cards are
#: ``rules.label_zones``' to find, in the zone their label opens).
TOGGLE = "T"
#: Any other block no record holds (a section label, a table row, a block decided already): a run stops there.
BARRIER = "|"
#: Headlines of cards have at least this many words (a card's kicker or a menu item has fewer); the same
#: floor as ``rules.card_shapes.MIN_BARE_TITLE_WORDS``, which bare cards under a label use.
MIN_RECORD_TITLE_WORDS = 4
#: A run holds at least this many records (two could be a headline and a sub-heading pair by chance), all
#: complete when there are no more (three with a part missing could be a story's sub-headed sections).
MIN_RECORDS = 3
#: A list of bare headlines (records of one block, no part to tell them from a menu's entries but their
#: length) holds at least this many. Dev innertext: sidebar lists hold 4-10; three headline-shaped lines in a
#: row are as often a footer's or a form's lines.
MIN_LIST_TITLES = 4
#: Records with parts are two to six blocks long (the issue's card shapes: a headline with up to five parts).
MIN_PERIOD, MAX_PERIOD = 2, 6
#: …or it is a kicker line over a headline ("Transport" / "Bus company cuts three rural routes"): a kicker is a
#: menu's heading as often as a card's, so such records are all whole and as many as MIN_LIST_TITLES (a record
#: without its kicker is a bare headline). Dev dumps read: card boxes printing each card's section over its
#: headline, four to six cards, with or without a label.
KICKED = KICKER + HEADLINE
#: A record holds a headline and at least one part a card has and a menu has not: a summary, a date or
#: byline, a picture's caption or credit (a kicker line alone is a menu's heading as often as a card's).
EVIDENCE = frozenset((SUMMARY, META, PICTURE))
