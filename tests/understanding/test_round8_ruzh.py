# ruff: noqa: RUF001
"""Round 8 (issue 13, batch 16, ru and zh): readings fixed as families, in every language."""

from __future__ import annotations

from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def _verb(text: str) -> Verb:
    return recognize(text).verb


def test_russian_in_latin_letters_with_w_for_sh_and_4_for_ch_is_read() -> None:
    assert _verb("otpiwite nas ot opovewenij po ADE") is Verb.ALERTS_OFF
    assert _verb("po4emu DEP token ne rabotaet?") is Verb.DIAGNOSE
    assert _verb("4to s tokenom DEP?") is Verb.DIAGNOSE
    assert _verb("proverj ewe raz ADE") is Verb.RECHECK


def test_a_digit_four_among_plain_words_stays_a_number() -> None:
    assert _verb("4 iPads fail ADE enrollment") is Verb.DIAGNOSE
    assert _verb("our 4G iPads skip setup assistant") is Verb.DIAGNOSE


def test_a_reminder_showing_on_screen_is_the_tokens_state_not_the_bots_alerts() -> None:
    for text in (
        "в Intune висит напоминание про DEP токен, он не истёк ещё?",
        "token DEP nie wygasł? wyskakuje powiadomienie w konsoli",
        "o token DEP não expirou? aparece um aviso no Intune",
        "DEP令牌还没过期吧？Intune里弹出提醒了",
        "a reminder popped up in Intune, is the DEP token not expired yet?",
    ):
        assert _verb(text) is Verb.DIAGNOSE, text


def test_refreshing_the_result_after_uploading_a_new_token_looks_again() -> None:
    for text in (
        "загрузил новый токен в Intune, обнови статус",
        "wrzuciłem nowy token, odśwież status",
        "coloquei o token novo, atualize o status",
        "新令牌已经传上去了，刷新状态",
        "put the new token in, refresh the status",
    ):
        assert _verb(text) is Verb.RECHECK, text


def test_write_me_ahead_of_the_expiry_asks_for_alerts() -> None:
    for text in (
        "напиши мне за две недели до истечения токена ADE",
        "write me two weeks before the ADE token runs out",
        "me escreve duas semanas antes do token ADE vencer",
    ):
        assert _verb(text) is Verb.ALERTS_ON, text


def test_the_language_named_after_because_yields_to_the_one_asked() -> None:
    for text, code in (
        ("отвечай по-польски, потому что ты пишешь по-английски", "pl"),
        ("reply in Portuguese please, because you keep writing in English", "pt-BR"),
        ("用中文回复，因为你一直用英文", "zh-Hans"),
        ("pisz po polsku, bo odpisujesz po angielsku", "pl"),
    ):
        assert recognize(text).language == code, text


def test_where_to_start_is_help_alone_and_a_diagnosis_beside_an_ade_problem() -> None:
    for text in ("с чего начать?", "where do I start?", "od czego zacząć?", "从哪开始？"):
        assert _verb(text) is Verb.HELP, text
    assert _verb("iPhone'ы не получают профиль ADE, с чего начать?") is Verb.DIAGNOSE
    assert _verb("у нас айпады, подскажите как вами пользоваться") is Verb.HELP


def test_asking_whether_two_names_of_ade_are_one_thing_or_a_rename_explains() -> None:
    for text in (
        "ABM и ASM — это одно и то же?",
        "DEP to to samo co ADE, czy Apple zmieniło nazwę?",
        "a Apple renomeou o DEP para ADE?",
        "DEP改名成ADE了吗？",
    ):
        assert _verb(text) is Verb.EXPLAIN_ADE, text


def test_all_far_from_any_token_word_lists_nothing() -> None:
    assert _verb("токен DEP ещё действителен? мы всё настраивали через Configurator") is (
        Verb.DIAGNOSE
    )
    assert _verb("покажи все токены") is Verb.TOKENS
    assert _verb("把所有DEP令牌列一下") is Verb.TOKENS


def test_when_was_the_last_sync_in_chinese_is_a_status_question() -> None:
    assert _verb("上一次ADE同步是什么时候？") is Verb.DIAGNOSE
    assert _verb("最后一次和ABM同步是啥时候") is Verb.DIAGNOSE


def test_switch_before_a_language_name_asks_for_it() -> None:
    assert recognize("换波兰语").language == "pl"
    assert recognize("换葡萄牙语吧").language == "pt-BR"
