"""The reply language chosen from the message itself when the Teams client is English, on the
development phrasings of tests/understanding/dev_reply_language.py (issue 13). The frozen set
(tests/understanding/frozen/) is measured by bench/bench_understanding.py, never here."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.core.i18n.languages import detect, reply_language
from tests.understanding.dev_reply_language import SAMPLES


def reply(text: str) -> str:
    return reply_language(text=text, locales=("en-US",)).code


def test_the_development_phrasings_get_their_language_90_percent_in_each_and_95_overall() -> None:
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses = []
    for sample in SAMPLES:
        total[sample.reply] += 1
        if reply(sample.text) == sample.reply:
            right[sample.reply] += 1
        else:
            misses.append(sample)
    for lang, count in total.items():
        assert right[lang] / count >= 0.9, (lang, [m.text for m in misses if m.reply == lang])
    assert sum(right.values()) / sum(total.values()) >= 0.95, misses


@pytest.mark.parametrize(
    "text", ["lista os tokens", "verifica de novo", "valeu, resolveu", "vlw", "oi, tudo bem?"]
)
def test_short_portuguese_chat_is_answered_in_portuguese(text: str) -> None:
    assert reply(text) == "pt-BR"


@pytest.mark.parametrize(
    "text", ["tokeny", "jakie mamy tokeny?", "co z tokenem", "dzieki dziala", "siema"]
)
def test_short_polish_with_or_without_diacritics_is_answered_in_polish(text: str) -> None:
    assert reply(text) == "pl"


@pytest.mark.parametrize(
    "text", ["tai sao ADE khong hoat dong", "cam on", "kiem tra lai", "token ADE hết hạn rồi"]
)
def test_vietnamese_without_tones_or_mixed_with_product_words_is_answered_in_vietnamese(
    text: str,
) -> None:
    assert reply(text) == "vi"


@pytest.mark.parametrize(
    "text",
    ["pochemu ADE ne rabotaet", "chto s tokenom", "spasibo, vse rabotaet", "proverь eshche raz"],
)
def test_russian_typed_in_latin_letters_is_answered_in_russian(text: str) -> None:
    assert reply(text) == "ru"


def test_a_russian_question_followed_by_a_pasted_english_error_is_answered_in_russian() -> None:
    assert reply("вот ошибка: Sync failed: the token has expired") == "ru"


def test_a_portuguese_question_followed_by_a_pasted_english_error_is_answered_in_portuguese() -> (
    None
):
    text = "o sync do ABM falhou de novo, segue o erro: Failed to sync: the token has expired"
    assert reply(text) == "pt-BR"


@pytest.mark.parametrize("text", ["ADE", "DEP?", "tokens", "intune", "ABM token", "0x80180014"])
def test_one_product_word_tells_no_language_so_the_teams_locale_answers(text: str) -> None:
    assert detect(text) is None
    assert reply_language(text=text, locales=("pl-PL",)).code == "pl"


@pytest.mark.parametrize(
    "text",
    [
        "el token de ADE no funciona",
        "warum geht ADE nicht",
        "perché il token non funziona",
        "proč nefunguje token",
        "kenapa token ADE gagal",
    ],
)
def test_a_language_we_do_not_ship_is_not_passed_off_as_one_of_ours(text: str) -> None:
    assert detect(text) is None


def test_nothing_after_the_sixtieth_word_changes_the_language() -> None:
    question = "por que o ADE não funciona? o token venceu de novo, segue o erro: "
    log = "the token has expired "
    assert detect(question + log * 10) is not None
    assert detect(question + log * 14 + "привет 你好 " * 5_000) is detect(question + log * 14)
