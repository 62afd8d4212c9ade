"""Round 7's readings from dev batch 14 (issue 13), each on phrasings no dev batch holds."""

from __future__ import annotations

from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_a_formal_request_for_the_current_state_of_the_token_is_a_diagnosis() -> None:
    for text in (
        "Kindly advise the current status of our ADE token.",
        "Прошу сообщить актуальный статус токена DEP.",
        "请告知 ADE 令牌的当前状态",
        "Proszę o aktualny stan tokenu ADE.",
        "Solicito o status atual do token do ADE.",
        "Vui lòng cho biết trạng thái hiện tại của token ADE.",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_asking_whether_the_token_is_in_working_order_is_a_diagnosis() -> None:
    for text in (
        "is the DEP token still operational?",
        "токен ADE исправен?",
        "czy token DEP jest sprawny?",
        "o token do ADE está operacional?",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_how_the_pieces_work_with_each_other_is_the_explanation() -> None:
    for text in (
        "explain how ADE, ABM and Intune work together",
        "объясни, как ADE и ABM работают между собой",
        "wytłumacz, jak DEP i Intune współdziałają ze sobą",
        "explica como ADE e ABM trabalham juntos",
        "giải thích ADE và Intune liên kết với nhau thế nào",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_asking_whether_two_names_are_the_same_thing_is_the_explanation() -> None:
    for text in (
        "are DEP and ADE one and the same?",
        "ADE и DEP это одно и тоже?",
        "ADE 跟 DEP 是一码事吗",
        "DEP i ADE to jedno i to samo?",
        "ADE e DEP são iguais?",
        "DEP với ADE là một hả?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_looking_at_the_token_is_a_check() -> None:
    for text in (
        "users say enrollment is stuck, can you take a look at the DEP token",
        "have a look at the ADE token please",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_english_contractions_of_have_and_has_are_negations() -> None:
    for text in (
        "our iPads haven't enrolled since Monday",
        "the DEP token hasn't synced in a week",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text


def test_telling_well_ahead_of_the_expiry_asks_for_alerts_despite_a_negating_story() -> None:
    for text in (
        "we didn't notice the token lapse last spring; tell me well before it expires",
        "скажи мне заранее, когда токен DEP будет истекать",
        "powiedz mi z wyprzedzeniem, zanim token ADE wygaśnie",
        "me diga com antecedência quando o token do ADE for vencer",
    ):
        assert recognize(text).verb is Verb.ALERTS_ON, text
    assert recognize("tell me if the ADE token is still valid").verb is Verb.DIAGNOSE


def test_from_now_on_a_failure_pushed_to_me_is_an_alert_request() -> None:
    assert recognize("今后 ADE 令牌过期了推送给我").verb is Verb.ALERTS_ON
    assert recognize("下次 DEP 同步出错就发给我").verb is Verb.ALERTS_ON
    assert recognize("以后别推给我了").verb is not Verb.ALERTS_ON


def test_the_certificate_of_our_own_website_is_another_product() -> None:
    for text in (
        "the certificate on our website expires Friday, who renews it?",
        "сертификат нашего сайта истекает, кто продлит?",
        "certyfikat naszej strony wygasa w piątek",
        "o certificado do nosso site vence sexta, quem renova?",
        "chứng chỉ trang web công ty sắp hết hạn",
    ):
        assert recognize(text).verb is Verb.NOT_ADE, text
    assert recognize("как продлить сертификат на сайте Apple?").verb is not Verb.NOT_ADE


def test_russian_in_latin_letters_unsubscribes_and_asks_where_to_upload() -> None:
    assert recognize("otpishite nas ot alertov DEP").verb is Verb.ALERTS_OFF
    assert recognize("kuda zagruzit novyj fajl tokena?").verb is Verb.EXPLAIN_RENEW


def test_vietnamese_dont_with_tones_stops_the_alerts_and_is_no_use() -> None:
    for text in ("đừng gửi cảnh báo ADE nữa", "đừng spam thông báo token nữa nhé"):
        assert recognize(text).verb is Verb.ALERTS_OFF, text


def test_vietnamese_words_that_fold_into_keywords_keep_their_meaning() -> None:
    # cá nhân (personal) is no nhắn (write), hè (summer) no hễ (whenever).
    text = "hè này iPad cá nhân hóa vào thẳng màn hình chính, sao ADE không đồng bộ?"
    assert recognize(text).verb is Verb.DIAGNOSE


def test_a_screen_shown_instead_of_the_expected_one_is_a_symptom() -> None:
    for text in (
        "the iPhones show the home screen instead of the setup assistant",
        "айпады показывают экран входа вместо удалённого управления",
        "iPady pokazują ekran logowania zamiast zdalnego zarządzania",
        "os iPads abrem a tela inicial em vez do gerenciamento remoto",
    ):
        assert recognize(text).verb is Verb.DIAGNOSE, text
    assert recognize("answer in Polish instead of English").verb is Verb.LANGUAGE


def test_an_equals_sign_and_a_question_mark_ask_what_the_name_is() -> None:
    for text in ("DEP=?", "ABM = ?? first week on the job, never touched it"):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_a_lower_case_serial_with_five_letters_in_a_run_is_a_device() -> None:
    intent = recognize("ipad fkqwr3a41234 ekran konfiguracji się zawiesił")
    assert intent.verb is Verb.DEVICE
    assert intent.serials == ("FKQWR3A41234",)
    assert recognize("macos14beta breaks enrollment").verb is not Verb.DEVICE
