"""A made-up story about a harbour council, shared by the text-dump tests of list styles and post-navigation
teasers: its headline and three paragraphs."""

from __future__ import annotations

TITLE = "Harbour council keeps the mooring dues for another year"
STORY = [
    "The council met on Tuesday evening to settle the harbour dues, and after three hours of argument the "
    "members agreed to keep them as they were until the spring.",
    "Boat owners had asked for a cut after a poor summer season, while the harbour master wanted a rise to pay "
    "for dredging the inner basin before the winter storms.",
    "The decision will be reviewed in March, when the council expects the first figures from the new "
    "visitor moorings on the east quay.",
]
