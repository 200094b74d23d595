"""A made-up local paper's page written the way pages before CSS were (paragraphs ended by ``<br><br>``), shared by
the tests of inline records and of cards drawn as one link: its address, a paragraph of its story and three
headlines of its other stories."""

from __future__ import annotations

URL = "https://harbour-gazette.example/news/the-story"
PROSE = ("The harbour board met on Tuesday, and after a long debate, it voted to rebuild the old ferry pier "
         "before the winter storms, at a cost the town can carry.<br><br>")
HEADLINES = ("Lighthouse keepers return to the northern cape after fifty years",
             "Night trains are back on the coast line from next spring",
             "The bakery that bakes with seaweed wins the national prize")
