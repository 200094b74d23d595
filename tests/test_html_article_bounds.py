"""HTML: where the article starts and ends, and what sits between its title and its body (role and rule id).

Made-up pages, one behaviour each; the dev-corpus cases that motivated them are named in the rules' comments.
"""

from __future__ import annotations

import pagesplit
from pagesplit.model import Role

PROSE = ("The committee met on a grey morning to weigh the proposal, and after a long debate, "
         "with several amendments, it agreed to send the plan back for another review. ")


#: The story's lead (a standfirst), its headline, the contents box between a long story's lead and its body (six
#: in-page links), and a paragraph of the page's outside the story.
LEAD = ("Can a town keep its harbour open through the winter, and who pays for the dredging if it cannot? The council "
        "wants answers first.")
HEADLINE = "<h1>Council sends the harbour plan back for review</h1>"
CONTENTS = "<ul>" + "".join(f"<li><a href='#part-{i}'>Part {i} of the story</a></li>" for i in range(6)) + "</ul>"
ELSEWHERE = ("<p>Unrelated prose outside the story element, a reader letter about parking fees that goes on for a "
             "while.</p>")


def story_paragraphs(count: int) -> list[str]:
    """``count`` paragraphs of the made-up story, each marked "Paragraph number i"."""
    return [f"<p>{PROSE} Paragraph number {i} adds its own detail.</p>" for i in range(count)]


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def block_with(p: pagesplit.Page, text: str) -> pagesplit.Block:
    return next(b for b in p.blocks if text in b.text)


def test_short_note_in_the_main_container_is_the_article_though_a_bio_outweighs_it() -> None:
    note = ("<p>We recorded this episode at the spring meet-up in the old tram depot, with two guests, "
            "who talk about what they took home from it.</p>")
    bio = ('<footer><div class="author-info"><h2>About the host</h2><div>Host of the show since its first '
           "season. Studied radio engineering, then moved to teaching, and now runs workshops on learning in "
           "teams, on shared notes and on keeping a company's knowledge alive when people move on to other "
           "jobs.</div></div></footer>")
    p = pagesplit.split_html(page('<nav><a href="/">Start</a> <a href="/archive">Archive</a></nav>'
                                  "<div><article><header><h1>Live from the spring meet-up</h1></header>"
                                  f'<div class="entry">{note}<h3>Related posts</h3></div>{bio}</article></div>'))
    assert p.article is not None and p.article.title == "Live from the spring meet-up"
    b = block_with(p, "old tram depot")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")
    b = block_with(p, "radio engineering")
    assert (b.role, b.reason.rule) == (Role.OTHER, "other.outside")


def test_page_with_no_prose_anywhere_still_has_no_article() -> None:
    links = "".join(f"<li><a href='/c/{i}'>Category {i}</a></li>" for i in range(12))
    p = pagesplit.split_html(page(f"<nav><ul>{links}</ul></nav><h3>Related posts</h3><footer>Contact</footer>"))
    assert p.article is None


def test_figure_caption_between_the_title_and_the_body_is_a_caption_not_the_lead() -> None:
    ps = "".join(story_paragraphs(4))
    figure = ("<figure><img src='/pier.jpg' alt=''><figcaption>Two ferry crews tie up at the old pier "
              "while the tide is out</figcaption></figure>")
    p = pagesplit.split_html(page(f"<article><header><h1>Council sends the harbour plan back for review</h1>"
                                  f"{figure}</header><div>{ps}</div></article>"))
    b = block_with(p, "Two ferry crews")
    assert (b.role, b.reason.rule) == (Role.CAPTION, "article.caption")
    assert p.article is not None and all("ferry crews" not in para for para in p.article.paragraphs)
    assert sum("Paragraph number" in para for para in p.article.paragraphs) == 4


def test_standfirst_above_the_headline_in_the_story_element_is_the_lead() -> None:
    ps = "".join(story_paragraphs(4))
    standfirst = f"<p class='intro'>{LEAD}</p>"
    figure = ("<figure><div>Dredgers at work in the outer basin, seen from the lighthouse on a calm and "
              "clear day.</div></figure>")
    p = pagesplit.split_html(page(f"<article><div>{standfirst}{figure}</div><nav>{CONTENTS}</nav>"
                                  f"<div>{HEADLINE}{ps}</div></article><aside>{ELSEWHERE}</aside>"))
    assert p.article is not None
    b = block_with(p, "Can a town keep its harbour open")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")
    assert p.article.paragraphs[0].startswith("Can a town keep its harbour open")
    assert block_with(p, "Dredgers at work").role is not Role.ARTICLE
    assert block_with(p, "Unrelated prose").role is not Role.ARTICLE


def test_caption_a_gallery_repeats_inside_the_body_is_a_caption_every_time() -> None:
    ps = story_paragraphs(6)
    said = "Two ferry crews tie up at the old pier while the tide is out, on a grey Tuesday morning."
    gallery = ("<div class='gallery'><ul><li><img src='/pier.jpg' alt=''>"
               f"<div class='photo-caption'>{said}</div></li></ul>"
               f"<div class='viewer'><div class='slide-caption'>{said}</div></div></div>")
    once = "<div class='caption'>A dredger works in the outer basin of the harbour, seen from the lighthouse.</div>"
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  + "".join(ps[:3]) + gallery + once + "".join(ps[3:]) + "</article>"))
    assert p.article is not None
    copies = [b for b in p.blocks if b.text == said]
    assert len(copies) == 2 and all((b.role, b.reason.rule) == (Role.CAPTION, "article.caption") for b in copies)
    assert all("ferry crews" not in para for para in p.article.paragraphs)
    assert sum("Paragraph number" in para for para in p.article.paragraphs) == 6
    b = block_with(p, "A dredger works")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")


def test_standfirst_that_the_body_opens_with_again_is_not_a_second_lead() -> None:
    summary = "Can a town keep its harbour open through the winter? The council wants answers first."
    ps = "".join(story_paragraphs(4))
    p = pagesplit.split_html(page(f"<article><div><p class='intro'>{summary}</p></div><nav>{CONTENTS}</nav>"
                                  f"<div>{HEADLINE}<p>{summary.upper()}</p>{ps}</div></article>"))
    assert p.article is not None
    assert sum("harbour open through the winter" in para.lower() for para in p.article.paragraphs) == 1
    b = block_with(p, "Can a town keep")
    assert (b.role, b.reason.rule) == (Role.OTHER, "other.outside")


def test_standfirst_in_the_story_header_under_the_headline_is_the_lead() -> None:
    ps = "".join(story_paragraphs(4))
    p = pagesplit.split_html(page("<div><header><h1>Council sends the harbour plan back for review</h1>"
                                  "<p>The vote came late, and the port will have to wait another season</p>"
                                  "<p><a href='/topics/harbour'>Harbour</a> <a href='/topics/council'>Council</a> "
                                  "<a href='/topics/port'>Port and shipping news</a></p></header>"
                                  f"<div>{ps}</div></div>"))
    assert p.article is not None and p.article.title == "Council sends the harbour plan back for review"
    b = block_with(p, "The vote came late")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")
    assert p.article.paragraphs[0].startswith("The vote came late")
    assert block_with(p, "Port and shipping news").role is Role.CHROME


def test_heading_worded_like_a_label_with_prose_under_it_is_a_sub_heading_of_the_story() -> None:
    ps = story_paragraphs(8)
    cards = "".join(f"<li><a href='/story/{i}'>Harbour town number {i} opens a new ferry line</a></li>"
                    for i in range(4))
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  + "".join(ps[:4]) + "<h2>Popular</h2>" + "".join(ps[4:])
                                  + f"</article><div><h3>Related articles</h3><ul>{cards}</ul></div>"))
    b = block_with(p, "Popular")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.heading")
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 8
    b = block_with(p, "Related articles")
    assert (b.role, b.reason.rule) == (Role.CHROME, "chrome.section-label")


def test_lead_taken_for_a_text_card_summary_goes_back_to_the_story() -> None:
    """The card stages ran first and read the standfirst as the summary of a gallery caption above it, and
    the run started below it (both pinned here by hand, as on a page where the standfirst sits outside the
    main content container): the standfirst inside the story's <article> element is the lead all the same."""
    from pagesplit import features, lexicon, pipeline
    from pagesplit.context import Context
    from pagesplit.draft import Fact
    from pagesplit.frontend.html import blocks_from_html, parse
    from pagesplit.model import InputKind, TeaserPart
    from pagesplit.rules.parts import find_parts

    ps = "".join(story_paragraphs(4))
    html = page("<main><article><header><h1>Council sends the harbour plan back for review</h1></header>"
                "<p>Cranes lift the old harbour ferry out of the water</p>"
                "<p>On Friday night the council voted the plan down, and the port now has to wait for another "
                f"season before any work on the basin can start.</p><div class='body'>{ps}</div></article></main>")
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.HTML)
    drafts, ctx.hints = blocks_from_html(parse(html))
    features.compute(drafts, ctx.lexicon)
    for stage in pipeline.STAGES[:pipeline.STAGES.index(find_parts)]:
        stage(drafts, ctx)
    caption = next(d for d in drafts if d.text.startswith("Cranes lift"))
    lead = next(d for d in drafts if d.text.startswith("On Friday night"))
    ctx.article_start = next(d.index for d in drafts if d.text.startswith("The committee met"))  # pinned too
    for d, part, rule in ((caption, TeaserPart.TITLE, "teaser.title"), (lead, TeaserPart.SUMMARY, "teaser.summary")):
        d.card, d.part = 7, part
        d.decide(Role.TEASER, rule, fact=Fact.SHAPE_CARD)  # as group_teasers decides a card's parts
    find_parts(drafts, ctx)
    assert (lead.role, lead.reason.rule, lead.card, lead.part) == (Role.ARTICLE, "article.body", None, None)


def test_headline_again_under_a_title_taken_from_the_breadcrumb_is_not_the_lead() -> None:
    """The title stage took the breadcrumb's last item (pinned here by hand); the ``<h1>`` under it says
    the same words and is no standfirst."""
    from pagesplit import features, lexicon, pipeline
    from pagesplit.context import Context
    from pagesplit.frontend.html import blocks_from_html, parse
    from pagesplit.model import InputKind
    from pagesplit.rules.parts import find_parts

    ps = "".join(story_paragraphs(4))
    html = page("<article><ul><li><a href='/'>Start</a></li><li>Council sends the harbour plan back</li></ul>"
                f"<h1>Council sends the harbour plan back</h1><div>{ps}</div></article>")
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.HTML)
    drafts, ctx.hints = blocks_from_html(parse(html))
    features.compute(drafts, ctx.lexicon)
    for stage in pipeline.STAGES[:pipeline.STAGES.index(find_parts)]:
        stage(drafts, ctx)
    crumb, h1 = (d for d in drafts if d.text == "Council sends the harbour plan back")
    for d in drafts:
        if d.role is Role.TITLE:
            d.decide(Role.OTHER, "none")
    crumb.decide(Role.TITLE, "article.title")
    ctx.title_index = crumb.index
    ctx.article_start = next(d.index for d in drafts if d.text.startswith("The committee met"))
    find_parts(drafts, ctx)
    assert h1.role is not Role.ARTICLE


def test_rating_widget_under_the_story_is_a_notice() -> None:
    ps = "".join(story_paragraphs(4))
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  f"{ps}<div>War dieser Artikel hilfreich?<br>(31 Stimmen, im Schnitt 4,2)"
                                  "<br>Lädt...</div></article>"))
    b = block_with(p, "War dieser Artikel hilfreich")
    assert (b.role, b.reason.rule) == (Role.CHROME, "chrome.notice")
    assert p.article is not None and len(p.article.paragraphs) == 4


def test_a_pickers_options_and_a_players_buttons_inside_the_story_box_are_chrome() -> None:
    ps = story_paragraphs(4)
    player = ("<div><div>Text colour</div><div><select><option>White</option><option>Amber</option>"
              "<option>Sea green</option></select></div><div><button>Reset to defaults</button>"
              "<button>Done</button></div></div>")
    p = pagesplit.split_html(page("<div><div><h1>Council sends the harbour plan back for review</h1>"
                                  + "".join(ps[:2]) + player + "".join(ps[2:]) + "</div></div>"))
    for label in ("Sea green", "Reset to defaults", "Done"):
        b = block_with(p, label)
        assert (b.role, b.reason.rule) == (Role.CHROME, "chrome.form-control")
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 4
    assert not any("Amber" in para for para in p.article.paragraphs)


def test_a_lone_bio_box_after_the_storys_text_column_is_not_the_story() -> None:
    ps = "".join(story_paragraphs(8))
    bio = ("<div><img src='/jo.jpg' alt=''><p><b>Jo Doe</b></p><p>Jo Doe has covered the harbour and its council "
           "for the paper since the spring of the flood year, and before that wrote about the ferries and the "
           "fishing fleet for ten years.</p></div>")
    p = pagesplit.split_html(page(f"<div><div><h1>Council sends the harbour plan back for review</h1>"
                                  f"<div><div>{ps}</div></div>{bio}</div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 8
    assert not any("covered the harbour" in para for para in p.article.paragraphs)


def test_a_last_paragraph_drawn_in_a_box_like_the_storys_column_stays_the_story() -> None:
    ps = "".join(story_paragraphs(8))
    last = "<div><div><p>The vote comes back to the council in the spring, once the port has answered.</p></div></div>"
    p = pagesplit.split_html(page(f"<div><div><h1>Council sends the harbour plan back for review</h1>"
                                  f"<div><div>{ps}</div></div>{last}</div></div>"))
    b = block_with(p, "The vote comes back")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")


def test_paragraph_inside_a_figcaption_is_a_caption_but_a_slideshow_told_in_captions_is_text() -> None:
    ps = story_paragraphs(4)
    figure = ("<figure><img src='/crane.jpg' alt=''><figcaption><div><p>The old crane at dawn, seen from the "
              "breakwater.</p></div><div>Photo: Port office</div></figcaption></figure>")
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  + "".join(ps[:2]) + figure + "".join(ps[2:]) + "</article>"))
    b = block_with(p, "The old crane at dawn")
    assert (b.role, b.reason.rule) == (Role.CAPTION, "article.caption")
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 4
    slides = "".join(f"<figure><img src='/boat{i}.jpg' alt=''><figcaption><p>Boat number {i} is ready.</p>"
                     f"<p>What you need: a rope, a bucket of tar and a calm afternoon to caulk hull {i}.</p>"
                     "</figcaption></figure>" for i in range(5))
    p = pagesplit.split_html(page("<article><h1>Five boats to build this winter</h1>" + ps[0] + slides
                                  + "</article>"))
    b = block_with(p, "caulk hull 3")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")


def test_permalink_line_in_the_story_footer_is_navigation() -> None:
    ps = "".join(story_paragraphs(4))
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  f"{ps}<ul><li>Date 12.03.2024</li><li>Permalien https://example.org/p/Xy12</li>"
                                  "</ul></article>"))
    b = block_with(p, "Permalien")
    assert (b.role, b.reason.rule) == (Role.CHROME, "chrome.lexicon-prefix")


def test_address_in_a_paragraph_of_its_own_inside_the_story_is_text() -> None:
    ps = story_paragraphs(4)
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  + "".join(ps[:2]) + "<p>harbour.petition@example.org</p>" + "".join(ps[2:])
                                  + "</article>"))
    b = block_with(p, "harbour.petition@example.org")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")


def test_short_time_or_author_line_inside_the_body_is_a_meta_line_but_a_dated_sentence_is_text() -> None:
    ps = story_paragraphs(4)
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  + "".join(ps[:2]) + "<div>4:15 PM</div>" + "".join(ps[2:])
                                  + "<ul><li>Minutes of the meeting, 12 March 2024.</li></ul></article>"))
    b = block_with(p, "4:15 PM")
    assert (b.role, b.reason.rule) == (Role.CHROME, "chrome.meta-line")
    assert block_with(p, "Minutes of the meeting").role is Role.ARTICLE


def test_prose_above_the_story_element_holding_the_headline_is_not_the_story() -> None:
    ps = "".join(story_paragraphs(4))
    intro = ("<div><div>Welcome to the harbour society's pages. We are a club of volunteers who keep the old "
             "quay, its cranes and its boats in good repair, and we write about the town's port every week, "
             "with notes on tides and ferries.</div></div>")
    p = pagesplit.split_html(page(f"<main>{intro}<article><header><h1>Council sends the harbour plan back for "
                                  f"review</h1></header><div>{ps}</div></article></main>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 4
    assert all("Welcome to the harbour" not in para for para in p.article.paragraphs)


def test_prose_below_the_story_element_outside_every_article_is_not_the_story() -> None:
    ps = "".join(story_paragraphs(4))
    bio = ("<div class='box'><p>Mara, 31, keeps the harbour society's log.</p><p>Reading, walking the quay, "
           "sketching the boats: that is what I love, and I write about it here every week, for you.</p></div>")
    p = pagesplit.split_html(page(f"<main><article><h1>Council sends the harbour plan back for review</h1>"
                                  f"<div>{ps}</div></article>{bio}</main>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 4
    assert all("Mara" not in para and "sketching" not in para for para in p.article.paragraphs)


def test_short_line_between_the_headline_and_the_body_is_not_the_lead() -> None:
    ps = "".join(story_paragraphs(4))
    p = pagesplit.split_html(page("<article><h1>Council sends the harbour plan back for review</h1>"
                                  "<div><div><span>Harbour crews at work during the storm</span></div></div>"
                                  f"<div>{ps}</div></article>"))
    assert p.article is not None and p.article.title == "Council sends the harbour plan back for review"
    assert all("Harbour crews at work" not in para for para in p.article.paragraphs)
    assert sum("Paragraph number" in para for para in p.article.paragraphs) == 4


def test_page_that_opens_with_a_script_or_style_tag_is_read_as_html() -> None:
    from pagesplit.ingest import looks_like_html
    from pagesplit.model import InputKind

    ps = "".join(story_paragraphs(4))
    rules = " ".join(f".menu-{i} {{ float: left; margin: 0 {i}px; }}" for i in range(200))  # past the sniff window
    for opening in (f"<script>var menuItems = {list(range(900))};</script>", f"<style>{rules}</style>",
                    f"<link rel='stylesheet' href='/site.css'><style>{rules}</style>"):
        html = opening + f"<h1>Council sends the harbour plan back for review</h1>{ps}"
        assert looks_like_html(html)
        p = pagesplit.split(html)
        assert p.kind is InputKind.HTML
        assert p.article is not None and len(p.article.paragraphs) == 4
    assert not looks_like_html("Council sends the harbour plan back\n\nThe committee met on a grey morning.")



def test_text_dump_that_opens_with_a_stray_tag_line_is_read_as_text() -> None:
    """A page that printed its tracking pixel as text: the dump's first line is markup, the rest is plain."""
    from pagesplit.ingest import looks_like_html
    from pagesplit.model import InputKind

    stray = '<div><img src="https://pixel.example/b?c1=2&c2=7" style="display:none" width="0" alt="" /></div>'
    dump = f"{stray}\nHome\nWeather\n\nCouncil sends the harbour plan back\n\n{PROSE}\n\n{PROSE}\n"
    assert not looks_like_html(dump)
    assert pagesplit.split(dump).kind is InputKind.TEXT
    # The same tag spread over lines by a dump's wrapping is still one opening run.
    assert not looks_like_html(stray.replace("&c2", "\n&c2") + "\nHome\n\n" + PROSE)
    # Fragments of real markup stay HTML: markup after the opening tags, or text on the opening line.
    assert looks_like_html(f"<div>\n<p>{PROSE}</p>\n</div>")
    assert looks_like_html(f"<div><p>{PROSE * 40}</p></div>")
    assert looks_like_html("<section>")


def _thread(comments: int) -> str:
    """A readers' thread in plain ``div``s (no class names): each comment a name and date line over prose."""
    return "".join(f"<li><div><div><b>Reader {i}</b> on 3 May 2021 at 9:{10 + i} said:</div><p>{PROSE} I would add "
                   f"point {i} to it, and a second thought, since the plan keeps coming back.</p></div></li>"
                   for i in range(comments))


def test_a_short_post_under_its_headline_beats_a_long_thread_below_the_comments_heading() -> None:
    post = ("<p>Our open thread is back: ask what you like about the harbour plan, and we will answer below, "
            "as we did in spring, with links to what we have written since.</p>")
    p = pagesplit.split_html(page("<div><div><h1>Open thread for the harbour plan</h1><div>3 May 2021</div>"
                                  f"<div>{post}</div></div><div><h3>Comments</h3><ul>{_thread(12)}</ul></div></div>"))
    assert p.article is not None
    b = block_with(p, "Our open thread is back")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")
    assert not any("I would add point" in para for para in p.article.paragraphs)


def test_a_comments_heading_with_no_prose_between_it_and_the_headline_leaves_the_run_alone() -> None:
    # a tab bar's "Comments" under the headline, above a live report: the report is the run, however it reads
    report = "".join(f"<p>{PROSE} Update {i} from the quay.</p>" for i in range(8))
    p = pagesplit.split_html(page("<div><h1>Harbour vote, live</h1><div><h3>Comments</h3></div>"
                                  f"<table><tr><td>Ayes</td><td>12</td></tr></table><div>{report}</div></div>"))
    assert p.article is not None and sum("from the quay" in para for para in p.article.paragraphs) == 8


def test_short_lines_after_the_story_outside_the_box_of_its_prose_are_not_the_story() -> None:
    # no class names: the comment prompt sits in a box beside the story's, both in the main content, and is
    # no sentence; the story's sign-off sits in the story's box
    story = "".join(story_paragraphs(3))
    after = ("<div><div>No comments yet, so far, on this, here</div><div>Write the first one, tell us, share it, "
             "with friends, family, neighbours, colleagues</div></div>")
    p = pagesplit.split_html(page(f"<div><h1>Council sends the harbour plan back</h1><div><div>{story}"
                                  f"<p>Jo Doe, at the harbour</p></div>{after}</div>"
                                  "<div><div>Contact the newsroom</div></div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 3
    assert block_with(p, "Jo Doe, at the harbour").role is Role.ARTICLE
    assert block_with(p, "No comments yet").role is not Role.ARTICLE
    assert block_with(p, "Write the first one").role is not Role.ARTICLE


def _story_in_sections_and_a_run_of_cards() -> str:
    """A story told in boxes of its own, a heading and a short paragraph each (no class names), above a run of three
    teaser cards, each a headline link, a date and a summary with commas: the run's summaries outvote any one box."""
    sections = "".join(f"<div><div><h2>Part {n} of the walk</h2></div><div><div><p>The path climbs past the mill, "
                       f"then along the ridge, and at stile {n} the view opens over the bay.</p></div></div></div>"
                       for n in range(1, 5))
    cards = "".join(f'<li><div><h3><a href="/walks/route-{n}">Another coastal walk along the cliffs number {n}</a>'
                    f"</h3><div><p>Monday 3 June</p></div><div><p>From the harbour, past the lighthouse, over the "
                    f"dunes, through the pine wood, and back along the beach, route {n} takes a whole day, with a "
                    f"picnic, a swim, a long climb, and a ferry at the end.</p></div></div></li>" for n in range(1, 4))
    return page(f"<div><div><h1>Walking the north shore</h1></div><div>{sections}</div>"
                f"<div><h3>Related posts</h3><ul>{cards}</ul></div></div>")


def test_a_run_of_teaser_cards_is_no_main_content_whatever_its_summaries_weigh() -> None:
    p = pagesplit.split_html(_story_in_sections_and_a_run_of_cards(), url="https://walks.example/north-shore")
    assert p.article is not None
    assert [b.role for b in p.blocks if "the view opens over the bay" in b.text] == [Role.ARTICLE] * 4
    assert all(b.role is not Role.ARTICLE for b in p.blocks if "takes a whole day" in b.text)


def test_lead_cut_off_by_contents_in_a_story_box_with_no_article_element_is_the_lead() -> None:
    """The story's element is a plain ``<div>`` with no class names (a page drawn without ``<article>``): the
    standfirst and the body share that box, which holds nothing else of the page's, so the standfirst above a
    contents box is the lead; prose in the page's other box is not."""
    ps = "".join(story_paragraphs(4))
    standfirst = f"<p>{LEAD}</p>"
    p = pagesplit.split_html(page(f"<div><div><div>{standfirst}</div><div>{CONTENTS}</div>"
                                  f"<div>{HEADLINE}{ps}</div></div><div>{ELSEWHERE}</div></div>"))
    assert p.article is not None
    b = block_with(p, "Can a town keep its harbour open")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.body")
    assert block_with(p, "Unrelated prose").role is not Role.ARTICLE


def test_caption_over_a_credit_in_parentheses_in_a_story_box_is_not_the_lead() -> None:
    """A picture's caption over the headline, with its credit in parentheses in the same box and no figure
    tags or class names: the caption of the lead picture, not the story's lead."""
    ps = "".join(story_paragraphs(4))
    caption = ("<div><div>The harbour master said the old dredger would be sold once the new one arrives "
               "next spring.</div><div>(Jo Doe / Coast Agency)</div></div>")
    p = pagesplit.split_html(page(f"<div><div>{caption}{HEADLINE}"
                                  f"<div><div>By Ann Roe</div><div>May 3, 2024</div></div><div>{ps}</div></div>"
                                  f"<div>{ELSEWHERE}</div></div>"))
    assert p.article is not None
    assert block_with(p, "The harbour master said").role is not Role.ARTICLE
    assert not any("harbour master" in para for para in p.article.paragraphs)



def test_prose_in_a_wrapper_that_holds_cards_too_is_not_the_story_lead() -> None:
    """With no ``<article>`` element, the box a paragraph shares with the body also holds a row of teaser
    cards: it is the page's wrapper, not the story's box, and the paragraph above the contents is not its lead
    (the run pinned below the contents by hand, as on a page where the paragraph sits outside it)."""
    from pagesplit import features, lexicon, pipeline
    from pagesplit.context import Context
    from pagesplit.frontend.html import blocks_from_html, parse
    from pagesplit.model import InputKind
    from pagesplit.rules.parts import find_parts

    ps = "".join(story_paragraphs(4))
    cards = "".join(f"<div><h3><a href='/story-{i}'>Ferry timetable changes for the island number {i}</a></h3>"
                    f"<p>The island ferry will cross more often from May, with a second boat on route {i}.</p></div>"
                    for i in range(4))
    html = page(f"<div><div>{cards}</div><div><p>A reader writes that the winter timetable leaves the island "
                "without a boat on Sundays, and asks why the council never asked the people who live there.</p>"
                f"</div><div>{CONTENTS}</div><div>{HEADLINE}{ps}"
                "</div></div>")
    ctx = Context(lexicon=lexicon.load(), kind=InputKind.HTML)
    drafts, ctx.hints = blocks_from_html(parse(html))
    features.compute(drafts, ctx.lexicon)
    for stage in pipeline.STAGES[:pipeline.STAGES.index(find_parts)]:
        stage(drafts, ctx)
    letter = next(d for d in drafts if d.text.startswith("A reader writes"))
    assert any(d.role is Role.TEASER for d in drafts[:letter.index])
    ctx.article_start = next(d.index for d in drafts if d.text.startswith("The committee met"))  # pinned
    ctx.title_index = ctx.article_start - 1
    letter.decide(Role.OTHER, "other.outside")
    find_parts(drafts, ctx)
    assert letter.role is not Role.ARTICLE


def test_heading_with_a_colon_closing_the_run_leads_into_the_page_not_the_story() -> None:
    # a share box inside the story's box, no class names: its heading leads into buttons, not into more story
    ps = "".join(story_paragraphs(2))
    share = "<div><div><h3>Tell your friends about it:</h3><ul><li><a href='/s/1'>Twitter</a></li>" \
            "<li><a href='/s/2'>Facebook</a></li></ul></div></div>"
    p = pagesplit.split_html(page(f"<div><div>{HEADLINE}</div><div>{ps}{share}</div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 2
    b = block_with(p, "Tell your friends")
    assert b.role is not Role.ARTICLE and all("Tell your friends" not in para for para in p.article.paragraphs)


def test_heading_with_a_colon_over_more_of_the_story_stays_in_it() -> None:
    ps = story_paragraphs(3)
    p = pagesplit.split_html(page(f"<div>{HEADLINE}<div>{ps[0]}{ps[1]}<h3>What the council asks for:</h3>"
                                  f"{ps[2]}</div></div>"))
    b = block_with(p, "What the council asks for")
    assert (b.role, b.reason.rule) == (Role.ARTICLE, "article.heading")


#: A shop's footer drawn in bare ``<div>`` boxes (no ``<footer>``, no class names) after the story's box: a blurb, the
#: opening hours, a "follow us" line and the copyright line with its year.
FOOTER_BOXES = ("<div><div><p>We are a small shop run by sailors for sailors, and we will gladly help you pick the "
                "board and the kite that suit the water you sail on.</p></div>"
                "<div><h4>Opening hours</h4><p>All year</p><p>Mon to Fri 11:00 - 18:00</p></div>"
                "<div><p>Follow us on the social networks too, we keep you posted there on new gear and on our "
                "courses.</p></div></div>"
                "<div><div>Copyright 2020 Example Media. All Rights Reserved.</div></div>")


def _assert_story_ends_above(tail: str, left_out: tuple[str, ...]) -> None:
    """A four-paragraph story in its own box with ``tail`` after that box: the story keeps its paragraphs, and no
    article paragraph says any of ``left_out``."""
    ps = "".join(story_paragraphs(4))
    p = pagesplit.split_html(page(f"<div><div><div>{HEADLINE}<div>{ps}</div></div>{tail}</div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 4
    for text in left_out:
        assert all(text not in para for para in p.article.paragraphs), text


def test_boxes_down_to_a_copyright_line_after_the_story_are_the_pages_footer() -> None:
    _assert_story_ends_above(FOOTER_BOXES, ("small shop run by sailors", "Opening hours", "Follow us on the social"))


def test_a_pictures_credit_between_the_storys_boxes_does_not_end_it() -> None:
    # a credit names its agency, not a year: no copyright line of the page's
    ps = story_paragraphs(6)
    figure = "<div><div><img src='/a.jpg' alt=''><div>© Example Agency/Photographer</div></div></div>"
    p = pagesplit.split_html(page(f"<div><div><div>{HEADLINE}<div>{''.join(ps[:4])}</div></div>{figure}"
                                  f"<div><div>{''.join(ps[4:])}</div></div></div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 6


def test_a_dated_copyright_line_inside_the_storys_column_does_not_end_it() -> None:
    ps = story_paragraphs(6)
    p = pagesplit.split_html(page(f"<div><div><div>{HEADLINE}<div>{''.join(ps[:3])}<p>© 2020 Example Agency</p>"
                                  f"{''.join(ps[3:])}</div></div></div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 6


def test_a_story_drawn_one_paragraph_per_box_keeps_its_paragraphs_above_its_copyright_line() -> None:
    # no box holds two paragraphs: no column to tell the story's box by (a wire story ends on its own notice)
    ps = story_paragraphs(6)
    ps[4] = f"<p>{PROSE * 2} Paragraph number 4 is the longest.</p>"
    boxes = "".join(f"<div><div>{para}</div></div>" for para in ps)
    p = pagesplit.split_html(page(f"<div><div>{HEADLINE}<div>{boxes}"
                                  "<div><div><p>Copyright 2019 Example News. All rights reserved.</p></div></div>"
                                  "</div></div></div>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 6


#: A paywall's box after the story, names stripped: its offer and its log-in line read as a heading and prose; its
#: log-in form sits lower in the same box.
PAYWALL_BOX = ("<div><div><h2>To read the rest of this story and three more each month for free, make an account</h2>"
               "<p>Or if you already have an account with us, you can log in here and read on.</p><div>"
               "<form action='/login'><div>E-mail</div><input name='m'><button>Log in</button></form>"
               "</div></div></div>")


def test_a_box_holding_a_form_after_the_storys_column_is_not_the_story() -> None:
    _assert_story_ends_above(PAYWALL_BOX, ("To read the rest", "log in here"))


def test_a_poll_form_between_the_storys_parts_stays_in_the_run() -> None:
    ps = story_paragraphs(6)
    poll = ("<div><form><h4>Would you pay a toll for the dredging of the harbour every winter?</h4>"
            "<label><input type='radio' name='q'>Yes</label><label><input type='radio' name='q'>No</label>"
            "</form></div>")
    p = pagesplit.split_html(page(f"<div><div>{HEADLINE}<div>{''.join(ps[:4])}</div>{poll}"
                                  f"<div><p>{PROSE * 2} Paragraph number 4 closes it.</p></div></div></div>"))
    assert p.article is not None and any("closes it" in para for para in p.article.paragraphs)


def test_a_page_drawn_inside_one_form_keeps_its_story() -> None:
    # the form holds the story's column: a paragraph of the column follows the first block in the form
    ps = story_paragraphs(6)
    p = pagesplit.split_html(page(f"<form action='/page'><div><div>{HEADLINE}<div>{''.join(ps[:3])}</div>"
                                  f"<div>{''.join(ps[3:])}</div></div></div></form>"))
    assert p.article is not None and sum("Paragraph number" in para for para in p.article.paragraphs) == 6


#: A side column's boxes, each under a heading: a linked picture and a sentence about another page of the site.
SIDE_BOXES = "".join(
    f"<h1>{name}</h1><div><div><a href='/{name.lower()}'><img src='/{i}.jpg'></a>"
    f"<p>Click the picture above and read every column about {name.lower()} that our writers put out this "
    "season, with the numbers behind them.</p></div></div>"
    for i, name in enumerate(("Harbour columns", "Ferry rankings", "Dredging preview")))


def test_run_ends_with_the_main_content_above_a_side_column_headed_as_high_as_the_headline() -> None:
    story = "".join(story_paragraphs(3))
    p = pagesplit.split_html(page(f"<div><div><div>{HEADLINE}<h3>What the council said</h3>{story}</div></div>"
                                  f"<div>{SIDE_BOXES}</div></div>"))
    assert p.article is not None and p.article.title == "Council sends the harbour plan back for review"
    assert block_with(p, "Paragraph number 2").role is Role.ARTICLE
    for name in ("Harbour columns", "ferry rankings", "Dredging preview"):
        assert block_with(p, name).role is not Role.ARTICLE


def test_a_story_whose_sections_are_headed_as_its_headline_keeps_its_section_outside_the_main_content() -> None:
    # every sub-heading an <h1>, and the story's last section in a box of its own after the main content
    tail = "".join(f"<p>{PROSE} The last section goes on, part {i}.</p>" for i in range(2))
    p = pagesplit.split_html(page(f"<div><div><div>{HEADLINE}{''.join(story_paragraphs(3))}<h1>What the council "
                                  f"said</h1>{''.join(story_paragraphs(3))}</div></div><div><h1>What comes next</h1>"
                                  f"{tail}</div></div>"))
    assert block_with(p, "The last section goes on, part 1").role is Role.ARTICLE
