# ruff: noqa: RUF001
"""Round 5 (issue 13): another product's token, alert, certificate or sync is not ADE's, and
an inventory of tokens is the list where "when does it run out" asks the tenant. Phrasings no
dev batch holds."""

from __future__ import annotations

import pytest

from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb


@pytest.mark.parametrize(
    "text",
    [
        "our GitLab personal access token is expired, where do I rotate it",
        "истёк API key от Jira, как перевыпустить",
        "npm token hết hạn rồi",
        "我的硬件令牌丢了怎么办",
        "YubiKey nie działa po aktualizacji",
        "o token RSA do VPN expirou",
    ],
)
def test_a_developer_or_mfa_token_of_another_product_reads_no_tenant(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    [
        "the SSL certificate on our website expires friday",
        "сертификат сайта истекает, как продлить Let's Encrypt",
        "网站SSL证书过期了",
        "o certificado SSL do site venceu",
        "chứng chỉ SSL của website sắp hết hạn",
    ],
)
def test_a_website_certificate_is_not_the_apns_certificate(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    [
        "mute Sentinel alerts for the lab subscription",
        "выключи алерты Defender на тестовом ноуте",
        "关闭Azure Monitor的告警",
        "wyłącz alerty z Defendera dla laptopów testowych",
        "desliga os alertas do Azure Monitor",
        "tắt cảnh báo Defender trên máy test",
    ],
)
def test_turning_off_another_products_alerts_leaves_ours_on(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    [
        "turn off the ADE alerts",
        "выключи оповещения по ADE",
        "关掉ADE告警",
        "wyłącz alerty ADE",
        "desliga os alertas do ADE",
        "tắt cảnh báo ADE",
    ],
)
def test_turning_off_the_ade_alerts_still_turns_them_off(text: str) -> None:
    assert recognize(text).verb is Verb.ALERTS_OFF


def test_an_ade_alert_request_that_names_another_product_is_still_ours() -> None:
    text = "alert me when the ADE token is about to expire, Defender already covers the rest"
    assert recognize(text).verb is Verb.ALERTS_ON


@pytest.mark.parametrize(
    "text",
    [
        "contacts stopped syncing on the CEO iPhone",
        "WeChat на айфоне не синхронизирует сообщения",
        "微信在iPad上不同步聊天记录",
        "WhatsApp nie synchronizuje się na iPhonie",
        "os contatos não sincronizam no iPhone",
        "danh bạ trên iPhone không đồng bộ",
    ],
)
def test_another_apps_sync_on_an_iphone_is_not_the_ade_sync(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


def test_the_ade_sync_on_an_iphone_is_still_a_diagnosis() -> None:
    assert recognize("o ADE não sincroniza no iPhone").verb is Verb.DIAGNOSE
    assert recognize("chứng chỉ APNs sắp hết hạn").verb is Verb.DIAGNOSE


@pytest.mark.parametrize(
    "text",
    [
        "Jamf vs Intune for ADE, which is better?",
        "Mosyle лучше чем Intune для ADE?",
        "Kandji的ADE比Intune好用吗",
        "Jamf czy Intune lepszy do ADE?",
        "Mosyle é melhor que o Intune pro ADE?",
    ],
)
def test_another_mdm_weighed_against_intune_is_a_product_question_even_about_ade(
    text: str,
) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    [
        "how long until our DEP token expires",
        "сколько осталось до истечения токена ADE",
        "ADE令牌还有多久到期",
        "ile zostało do wygaśnięcia tokenu ADE",
        "quanto tempo falta pro token do ADE vencer",
        "token ADE còn bao lâu nữa hết hạn",
    ],
)
def test_how_long_a_token_has_left_asks_the_tenant(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE


@pytest.mark.parametrize(
    "text",
    [
        "need an inventory of all enrollment tokens",
        "перечень всех токенов ADE с датами",
        "给我一份ADE令牌的台账",
        "zestawienie tokenów ADE z datami wygaśnięcia",
        "inventário dos tokens do ADE com validade",
        "thống kê các token ADE",
    ],
)
def test_an_inventory_of_tokens_is_the_token_list(text: str) -> None:
    assert recognize(text).verb is Verb.TOKENS


def test_vietnamese_nao_without_tone_marks_asks_which_tokens() -> None:
    assert recognize("nhung token ABM nao dang co").verb is Verb.TOKENS
    assert recognize("cho mình xem token nào là ASM").verb is Verb.TOKENS
    assert recognize("co may token ABM, cai nao la ASM").verb is Verb.TOKENS
    # In Portuguese "nao" is still a negation: a failure of the token.
    assert recognize("o token do ABM nao sincroniza").verb is Verb.DIAGNOSE


@pytest.mark.parametrize(
    "text",
    [
        "turn off the Autopilot alerts",
        "выключи оповещения по Android",
        "Outlook notifications on the iPhones, turn them off",
    ],
)
def test_another_platforms_alerts_are_that_platforms(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


def test_alerts_about_iphones_beside_another_platform_or_sent_to_a_mailbox_stay_ours() -> None:
    assert recognize("alert me when iPhones or Android devices fail enrollment").verb is (
        Verb.ALERTS_ON
    )
    assert recognize("send the alerts to my inbox too").verb is Verb.ALERTS_ON


@pytest.mark.parametrize(
    "text",
    [
        "iPads fail enrollment behind SSL inspection",
        "iPady nie rejestrują się, na firewallu jest inspekcja SSL",
        "os iPads não registram, temos inspeção SSL no proxy",
    ],
)
def test_ssl_inspection_on_a_proxy_is_a_cause_of_enrollment_failures_not_a_website(
    text: str,
) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE


@pytest.mark.parametrize(
    "text",
    [
        "аппаратный токен не работает",
        "mój token MFA wygasł",
        "meu token de MFA expirou",
        "token phần cứng bị hỏng",
        "klucz API do Jiry wygasł",
    ],
)
def test_mfa_hardware_tokens_and_api_keys_are_not_the_enrollment_token(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    [
        "Service Health alerts are noisy, mute them",
        "выключи уведомления Центра обновления Windows",
        "wycisz alerty Purview",
        "desativa os alertas do Entra ID Protection",
        "tắt thông báo của Windows Update",
    ],
)
def test_muting_another_alert_source_is_not_muting_ade_doctor(text: str) -> None:
    assert recognize(text).verb is Verb.NOT_ADE


@pytest.mark.parametrize(
    "text",
    ["когда закончится токен ADE?", "ADE令牌什么时候用完", "quando acaba o token do ADE"],
)
def test_when_a_token_runs_out_asks_the_tenant(text: str) -> None:
    assert recognize(text).verb is Verb.DIAGNOSE


def test_a_bare_expired_token_is_still_ours() -> None:
    for text in ("токен истёк", "token wygasł", "o token expirou", "token hết hạn"):
        assert recognize(text).verb is Verb.DIAGNOSE, text
