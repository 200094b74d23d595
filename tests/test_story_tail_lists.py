"""Lists of bare story headlines at a story's tail, under a label no lexicon knows, in text dumps
(``rules.headline_lists.find_headline_lists``, ``rules.article``): the story ends above the list, and the list is
teaser cards, though an author's bio and a footer paragraph below it read as prose.

The pages are made up, in the shapes dev dumps show.
"""

from __future__ import annotations

import pagesplit
from pagesplit import Page, Role

STORY = [
    "The harbour authority will dredge the inner basin this autumn for the first time in twelve years, after "
    "silt left two fishing boats aground at low tide in the spring and forced the ferry to change its berth.",
    "Engineers expect the work to take six weeks and to remove about forty thousand tonnes of mud, which will be "
    "tested for old fuel spills before it is taken out to a licensed site beyond the breakwater.",
    "Fishermen said the delay had cost them a season of early landings, and asked the authority to schedule the "
    "work around the autumn herring run so that the boats could still land their catch at the quay.",
    "The authority said it would publish the timetable next week and keep one berth open at every tide, with the "
    "harbour master directing traffic in the outer basin while the dredger works along the quay wall.",
]
MORE_STORY = [
    "Those are the stories the harbour master keeps pinned above his desk, he said, because each of them began "
    "with a boat that could not reach the quay in time, and each could have ended far worse than it did.",
    "The dredger itself will arrive from the north on the spring tide, and the crew will live aboard for the "
    "six weeks of the work, moving the spoil barge out past the breakwater twice a day on the ebb.",
    "Residents along the quay have been warned of noise at night, and the authority has promised a public "
    "meeting in the lifeboat station once the timetable is out, with the engineers there to answer questions.",
]
HEADLINES = [
    "Lifeboat crew rescues two kayakers caught by the evening tide",
    "New cycle path along the old railway line opens this weekend",
    "Can the town's last cinema survive another winter of empty seats?",
    "Bakery on the high street wins a national award for its sourdough",
    "Council approves plans for a rooftop garden on the market hall",
    "Record crowds at the regatta despite a cold and windy start",
]
BIO = ("Morgan Lake (@morganlake) is a reporter at the Gazette covering the coast, transport and local government, "
       "and the host of a weekly podcast about the people who keep the harbour running through the year. Before "
       "joining the Gazette, Morgan spent eight years on the night desk of a regional daily and two winters aboard a "
       "survey vessel charting the sandbanks of the estuary, which is where the interest in dredging, tides and the "
       "economics of small ports began.")
FOOTER = ("The Gazette is where the coast reads its news. It is the essential source of information and ideas that "
          "make sense of a town in constant change, and it has been since the first edition was printed.")


def _split(*parts: str) -> Page:
    return pagesplit.split_text("\n\n".join(("Skip to content", "Home | News | Sport", *parts)))


def _article(page: Page) -> str:
    return page.article.text if page.article is not None else ""


def test_a_list_of_headlines_at_the_storys_tail_ends_the_story_and_is_cards() -> None:
    page = _split("Harbour basin to be dredged before the herring run", *STORY, "More Fine Gazette Reads",
                  *HEADLINES, BIO, "Staff Reporter", "Watch Now", "Divers survey the wreck off the north pier",
                  "Topicsharbourtransport", FOOTER)
    body = _article(page)
    assert STORY[-1] in body
    assert not any(h in body for h in HEADLINES)
    listed = {b.text for b in page.blocks if b.role is Role.TEASER and b.reason.rule == "teaser.headline-list"}
    assert set(HEADLINES) <= listed  # the question among them too (the label reads as one more headline)


def test_a_list_of_headlines_the_story_goes_on_after_stays_in_the_story() -> None:
    listed = [h for h in HEADLINES if not h.endswith("?")]
    page = _split("Harbour basin to be dredged before the herring run", *STORY, *listed, *MORE_STORY)
    body = _article(page)
    assert all(h in body for h in listed)
    assert STORY[-1] in body


def test_a_list_a_colon_line_introduces_stays_in_the_story() -> None:
    page = _split("Harbour basin to be dredged before the herring run", *STORY, "Earlier reports in this series:",
                  *HEADLINES, BIO, FOOTER)
    body = _article(page)
    assert all(h in body for h in HEADLINES)
