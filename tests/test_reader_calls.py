"""Calls addressed to the reader (subscription offers, rating prompts) are notices, never teaser cards."""

from __future__ import annotations

from pagesplit import split_text

_STORY = "\n\n".join(
    f"Le conseil municipal a voté mardi soir le budget de l'année, après un débat de {n} heures sur les écoles "
    "et les routes du quartier, et le maire a promis de publier les comptes détaillés avant l'été prochain."
    for n in range(2, 8)
)


def _dump(offers: str) -> str:
    return ("Le Quotidien\n\nLe budget municipal adopté après un long débat\n\n" + _STORY
            + "\n\nÀ lire aussi\n\nLes écoles du quartier rouvrent leurs portes lundi\n\n"
            "Un nouveau pont pour relier les deux rives de la ville\n\n"
            "La bibliothèque centrale prolonge ses horaires d'ouverture\n\n" + offers + "\n\n© 2024 Le Quotidien\n")


def test_subscription_offers_after_a_card_list_are_no_cards() -> None:
    page = split_text(_dump("Je m'abonne au Quotidien  Je donne\n\n"
                            "Créez un compte gratuitement Obtenez 3 articles de plus par mois\n\n"
                            "Abonnez-vous au Quotidien À partir de 9 $ par mois"))
    titles = [t.title for t in page.teasers]
    assert "Les écoles du quartier rouvrent leurs portes lundi" in titles
    assert not any("abonne" in t.lower() or "compte" in t.lower() for t in titles), titles


def test_a_rating_prompt_under_the_story_is_a_notice() -> None:
    page = split_text("Stadtwerke erhöhen die Preise für Strom und Gas\n\n" + "\n\n".join(
        f"Die Stadtwerke haben am Dienstag angekündigt, die Preise zum {n}. Januar anzuheben, weil die Kosten "
        "für den Einkauf von Energie im vergangenen Jahr deutlich gestiegen sind, wie ein Sprecher sagte."
        for n in range(1, 7)) + "\n\nWie bewerten Sie diesen Artikel?\n\nBewertung abgeben\n")
    prompt = next(b for b in page.blocks if b.text.startswith("Wie bewerten"))
    assert prompt.reason.rule == "chrome.notice", prompt.reason.rule
    assert all("bewerten" not in t.title for t in page.teasers)
