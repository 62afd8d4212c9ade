# ruff: noqa: RUF001
"""Round 7's unrelated, help, language and explain readings from dev batch 15 (issue 13), each
on phrasings no dev batch holds."""

from __future__ import annotations

from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


def test_directory_sync_to_entra_is_another_products_sync() -> None:
    for text in (
        "Azure AD Connect stopped syncing users overnight, can you check?",
        "синхронизация паролей через Azure AD Connect не работает со вчера",
        "密码哈希同步从早上开始报错",
        "synchronizacja haseł z AD nie działa od wczoraj",
        "a sincronização de senha do Azure AD Connect parou",
        "đồng bộ mật khẩu lên Entra bị lỗi từ tối qua",
    ):
        assert recognize(text).verb is Verb.NOT_ADE, text


def test_directory_sync_named_beside_ade_keeps_the_ade_question() -> None:
    text = "ADE token and Entra Connect both failing, check the token"
    assert recognize(text).verb is Verb.DIAGNOSE


def test_asking_what_the_bot_can_help_with_is_help_even_beside_apple_devices() -> None:
    for text in (
        "honestly not sure what you can help me with, I manage the iPads here",
        "чем ты можешь помочь? я только пришёл, занимаюсь айфонами",
        "我刚接手 Mac 管理，你能帮我什么？",
        "jestem nowy, w czym możesz pomóc przy iPhone'ach?",
        "sou novo aqui, no que você pode ajudar com os iPhones?",
        "mình mới vào, bạn giúp được gì cho việc quản lý iPhone?",
    ):
        assert recognize(text).verb is Verb.HELP, text


def test_the_difference_between_ade_and_another_enrollment_explains_ade() -> None:
    for text in (
        "what is the difference between ADE and user enrollment?",
        "в чем отличие ADE от ручной регистрации через Configurator?",
        "ADE 和手动注册有什么不同？",
        "jaka jest różnica między ADE a rejestracją przez Portal Firmy?",
        "qual a diferença entre o ADE e o registro pelo Portal da Empresa?",
        "ADE khác gì so với đăng ký qua Company Portal?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text


def test_not_knowing_where_to_upload_the_token_file_asks_the_renewal() -> None:
    for text in (
        "where exactly do I upload the new .p7m in Intune?",
        "не понимаю, в каком разделе Intune заливать новый токен",
        "不知道新的令牌文件要上传到哪个页面",
        "nie wiem, w którym miejscu Intune wrzucić nowy plik tokenu",
        "não sei onde subo o token novo no Intune",
        "không biết up token mới lên mục nào trong Intune",
        "kuda zalit novyj token ADE?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_not_being_sure_the_token_was_renewed_stays_a_diagnosis() -> None:
    text = "não tenho certeza se o token foi renovado, ele está sincronizando?"
    assert recognize(text).verb is Verb.DIAGNOSE


def test_the_same_apple_id_for_the_renewal_asks_the_renewal() -> None:
    for text in (
        "do I have to use the same Apple ID when renewing the ADE token?",
        "продлевать токен нужно тем же apple id?",
        "续订令牌要用同一个账号吗？",
        "czy odnowienie tokenu musi być na tym samym apple id?",
        "preciso renovar o token com o mesmo Apple ID?",
        "gia hạn token có cần cùng apple id không?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_RENEW, text


def test_talk_to_me_in_a_language_asks_for_that_language_not_alerts() -> None:
    for text, code in (
        ("from now on write to me in Portuguese", "pt-BR"),
        ("говори со мной по-английски", "en"),
        ("以后跟我说中文", "zh-Hans"),
        ("mów do mnie po angielsku", "en"),
        ("fala comigo em inglês", "en"),
        ("nói chuyện với mình bằng tiếng Anh", "en"),
    ):
        intent = recognize(text)
        assert (intent.verb, intent.language) == (Verb.LANGUAGE, code), text


def test_write_to_me_about_the_token_is_still_an_alert_request() -> None:
    for text in ("write to me when the ADE token expires", "пиши мне, если токен ADE истечёт"):
        assert recognize(text).verb is Verb.ALERTS_ON, text


def test_a_language_inside_an_even_when_clause_yields_to_the_one_asked() -> None:
    for text, code in (
        ("answer in Polish even if I write in English", "pl"),
        ("отвечай по-русски, даже если коллеги пишут по-английски", "ru"),
        ("即使同事用英文写，也请用中文回复", "zh-Hans"),
        ("odpowiadaj po polsku, nawet gdy ktoś pisze po angielsku", "pl"),
        ("responde em português mesmo quando eu escrever em inglês", "pt-BR"),
        ("trả lời bằng tiếng Việt kể cả khi mình viết tiếng Anh", "vi"),
    ):
        intent = recognize(text)
        assert (intent.verb, intent.language) == (Verb.LANGUAGE, code), text


def test_a_language_asked_beside_thanks_is_still_asked() -> None:
    for text, code in (
        ("thanks, answer in Vietnamese from now on", "vi"),
        ("спасибо, дальше отвечай по-польски", "pl"),
    ):
        intent = recognize(text)
        assert (intent.verb, intent.language) == (Verb.LANGUAGE, code), text


def test_vietnamese_small_talk_with_toi_is_not_an_alert_request() -> None:
    for text in ("bữa trưa nay ăn gì?", "tối nay đi nhậu không?"):
        assert recognize(text).verb is Verb.UNKNOWN, text


def test_a_certificate_for_the_website_or_on_ours_is_another_product() -> None:
    for text in (
        "the certificate on our website expires friday, who renews it?",
        "сертификат для сайта истёк, кто им занимается?",
        "o certificado pro site venceu ontem",
        "certyfikat dla strony wygasa jutro",
    ):
        assert recognize(text).verb is Verb.NOT_ADE, text


def test_words_with_each_other_and_link_are_no_upload_or_stuck() -> None:
    for text in (
        "jak ADE i ABM łączą się ze sobą?",
        "ADE và ABM liên kết với nhau thế nào?",
    ):
        assert recognize(text).verb is Verb.EXPLAIN_ADE, text
