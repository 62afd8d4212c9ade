# ruff: noqa: RUF001
"""Round 5's command frames (issue 13): alert requests framed by a condition or asked ahead of
time, stop said other ways, how to use the bot, qualified and negated language names; each on
phrasings no dev batch holds."""

from __future__ import annotations

from bot.core.i18n.languages import detect, reply_language
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def _verbs(*texts: str) -> dict[str, Verb]:
    return {text: recognize(text).verb for text in texts}


def test_a_stop_word_inside_a_condition_is_the_event_not_a_command_to_stop_alerts() -> None:
    texts = (
        "ping me any time the DEP sync stops",
        "пиши мне каждый раз, когда синхронизация ABM перестанет работать",
        "powiadom mnie za każdym razem, gdy token przestanie działać",
        "me avisa toda vez que o token parar de funcionar",
        "báo cho tôi mỗi lần ADE ngừng đồng bộ nhé",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.ALERTS_ON)


def test_a_stop_word_before_the_condition_still_turns_alerts_off() -> None:
    texts = (
        "stop the alerts when the token gets renewed",
        "wyłącz powiadomienia, jeśli token zostanie odnowiony",
        "para de mandar alertas quando o token for renovado",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.ALERTS_OFF)


def test_a_failure_only_inside_a_condition_is_awaited_not_reported() -> None:
    texts = (
        "could you keep the team informed if Apple Business Manager sync breaks",
        "informujcie nas, jeśli synchronizacja ABM się wysypie",
        "一有同步问题就发个消息到频道",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.ALERTS_ON)
    # A failure asked about before the condition is still a question about the tenant.
    assert recognize("why did the sync fail when I renewed the token?").verb is Verb.DIAGNOSE


def test_an_alert_asked_ahead_of_time_is_a_request_whatever_the_story_negates() -> None:
    texts = (
        "Nobody caught the expiry last time. Remind us two weeks in advance.",
        "В прошлый раз никто не заметил, что токен истёк. Напоминай заранее.",
        "上次令牌过期没人知道，以后请提前提醒",
        "Nikt nie zauważył, że token wygasł. Przypominaj z wyprzedzeniem.",
        "Ninguém percebeu que o token venceu. Me lembra com antecedência.",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.ALERTS_ON)


def test_stop_sending_and_quiet_are_alerts_off() -> None:
    texts = (
        "please stop spamming this channel about the token",
        "не присылайте больше эти напоминания",
        "hvatit spamit pro token",
        "zaglushi alerty",
        "不要再发这些提醒了",
        "cisza z tymi alertami",
        "pare de mandar esses lembretes",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.ALERTS_OFF)


def test_a_mention_of_everyone_with_a_condition_asks_for_alerts() -> None:
    assert recognize("@everyone here if the DEP token expires").verb is Verb.ALERTS_ON
    assert recognize("令牌一过期就@所有人").verb is Verb.ALERTS_ON
    # Without a dot after "@" it is no e-mail address: the Chinese still tells the language.
    assert detect("令牌一过期就@所有人") is not None


def test_a_short_message_request_with_a_condition_asks_for_alerts() -> None:
    assert recognize("msg the channel if ABM sync dies").verb is Verb.ALERTS_ON
    assert recognize("manda msg aqui se o token vencer").verb is Verb.ALERTS_ON


def test_how_to_use_the_bot_itself_is_help_not_a_status_question() -> None:
    texts = (
        "xai bot nay ra sao",
        "sử dụng bot này như thế nào",
        "jak korzystać z bota?",
        "como usar este bot?",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.HELP)
    # Round 6 (batch 13): asking how to use the bot is help whatever the task it names.
    assert recognize("how do I use the bot to check the DEP token").verb is Verb.HELP


def test_a_qualified_language_name_is_the_language_we_ship() -> None:
    for text, code in (
        ("please switch to simplified Chinese", "zh-Hans"),
        ("пиши на упрощённом китайском", "zh-Hans"),
        ("mude para chinês simplificado", "zh-Hans"),
        ("đổi sang tiếng Trung giản thể", "zh-Hans"),
        ("talk Brazilian Portuguese", "pt-BR"),
        ("говори по-бразильски", "pt-BR"),
        ("pisz po brazylijsku", "pt-BR"),
    ):
        got = recognize(text)
        assert (got.verb, got.language) == (Verb.LANGUAGE, code), text


def test_a_chinese_we_do_not_ship_shows_the_picker() -> None:
    got = recognize("switch to traditional Chinese")
    assert (got.verb, got.language) == (Verb.LANGUAGE, None)
    assert recognize("用繁体中文").language is None


def test_a_language_named_as_not_read_is_not_the_one_chosen() -> None:
    for text, code in (
        ("половина команды не понимает по-английски, давай по-польски", "pl"),
        ("szef nie czyta po angielsku, odpowiadaj po polsku", "pl"),
        ("o chefe não entende inglês, responde em português", "pt-BR"),
    ):
        assert recognize(text).language == code, text


def test_failure_slang_beside_ade_is_a_diagnosis() -> None:
    texts = (
        "ABM sync crashed again?",
        "synchronizacja z ABM się wysypała",
        "o que tá pegando com o token do ADE?",
        "синк с ABM опять вылетает",
    )
    assert _verbs(*texts) == dict.fromkeys(texts, Verb.DIAGNOSE)


def test_a_polish_perfective_command_is_a_diagnosis_answered_in_polish() -> None:
    assert recognize("przeskanuj tokeny DEP").verb is Verb.DIAGNOSE
    assert recognize("zdiagnozuj synchronizację").verb is Verb.DIAGNOSE
    assert reply_language(text="zdiagnozuj DEP", locales=("en-US",)).code == "pl"


def test_russian_commands_in_latin_letters_are_read_as_their_cyrillic_originals() -> None:
    assert recognize("proverь ADE eshche raz").verb is Verb.RECHECK
    assert recognize("pereproverь tokeny").verb is Verb.RECHECK
    assert recognize("napishi mne kogda DEP token istechet").verb is Verb.ALERTS_ON
    assert recognize("prekrati napominaniya pro token").verb is Verb.ALERTS_OFF
