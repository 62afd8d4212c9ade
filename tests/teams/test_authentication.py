"""With an app id, only activities carrying a valid Bot Framework JWT are served.

Tokens are signed by test keys that a local OpenID endpoint serves, exactly as
login.botframework.com serves Microsoft's; botbuilder's metadata URL setting points at it.
"""

from __future__ import annotations

import time
from pathlib import Path

import jwt
import pytest

from bot.chat.service import ChatConfig
from bot.graph.connector_token import connector_token
from bot.settings import Settings
from bot.teams.auth import BotFrameworkCloud
from tests.graph.conftest import serving
from tests.graph.fake_aad import CLIENT_ID, SECRET, FakeAzureAD
from tests.graph.fake_aad import TENANT as AAD_TENANT
from tests.graph.tls import make_tls
from tests.teams.conftest import Launcher, Running
from tests.teams.support import (
    APP_ID,
    ISSUER,
    TENANT,
    OpenIdEndpoint,
    SigningKey,
    bearer,
    message,
)

pytestmark = pytest.mark.anyio

OUTBOUND = "Bearer outbound-token-for-the-connector"


async def _token(refresh: bool) -> str:
    return OUTBOUND


async def _secured(launch: Launcher, openid: OpenIdEndpoint, **config: object) -> Running:
    cloud = BotFrameworkCloud(openid_metadata=openid.metadata_url)
    chat = ChatConfig(tenant_id=TENANT, **config)  # type: ignore[arg-type]
    return await launch(None, chat, app_id=APP_ID, cloud=cloud, token=_token)


async def test_a_valid_token_is_served_and_the_reply_carries_the_bots_token(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    bot = await _secured(launch, openid)
    activity = message("why is ADE failing?", bot.stub.url)
    status, _ = await bot.send(activity, Authorization=bearer(openid.keys[0], bot.stub.url))
    assert status == 200
    assert "token-expired" in bot.stub.card_ids()
    assert {r.authorization for r in bot.stub.received} == {OUTBOUND}


async def test_the_signing_keys_are_fetched_once_not_per_turn(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    bot = await _secured(launch, openid)
    for _ in range(3):
        activity = message("help", bot.stub.url)
        status, _ = await bot.send(activity, Authorization=bearer(openid.keys[0], bot.stub.url))
        assert status == 200
    assert openid.metadata_hits == 1


@pytest.mark.parametrize(
    ("case", "key_index", "claims"),
    [
        ("expired", 0, {"exp": int(time.time()) - 3600, "nbf": int(time.time()) - 7200}),
        ("wrong audience", 0, {"aud": "someone-else"}),
        ("wrong issuer", 0, {"iss": "https://evil.example"}),
        ("other service url", 0, {"serviceurl": "https://evil.example/"}),
        ("key endorsed for another channel", 1, {}),
        ("key without endorsements", 2, {}),
    ],
)
async def test_invalid_tokens_get_401_and_no_work_is_done(
    launch: Launcher,
    openid: OpenIdEndpoint,
    case: str,
    key_index: int,
    claims: dict[str, object],
) -> None:
    bot = await _secured(launch, openid)
    auth = bearer(openid.keys[key_index], bot.stub.url, **claims)
    status, body = await bot.send(message("why is ADE failing?", bot.stub.url), Authorization=auth)
    assert (status, body) == (401, {"error": "unauthorized"}), case
    assert bot.stub.received == []


@pytest.mark.parametrize(
    "header",
    ["", "Bearer", "Basic dXNlcjpwYXNz", "Bearer not.a.jwt", "Bearer a.b"],
)
async def test_missing_or_garbled_authorization_gets_401(
    launch: Launcher, openid: OpenIdEndpoint, header: str
) -> None:
    bot = await _secured(launch, openid)
    headers = {"Authorization": header} if header else {}
    status, _ = await bot.send(message("help", bot.stub.url), **headers)
    assert status == 401
    assert bot.stub.received == []


async def test_a_token_signed_by_an_unknown_key_gets_401(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    from tests.teams.support import SigningKey

    bot = await _secured(launch, openid)
    stranger = SigningKey("stranger", ["msteams"])
    auth = bearer(stranger, bot.stub.url)
    status, _ = await bot.send(message("help", bot.stub.url), Authorization=auth)
    assert status == 401


async def test_an_activity_from_another_tenant_gets_no_tenant_data(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    bot = await _secured(launch, openid)
    activity = message("why is ADE failing?", bot.stub.url)
    activity["conversation"]["tenantId"] = "99999999-9999-9999-9999-999999999999"
    activity["channelData"] = {"tenant": {"id": "99999999-9999-9999-9999-999999999999"}}
    status, _ = await bot.send(activity, Authorization=bearer(openid.keys[0], bot.stub.url))
    assert status == 200
    assert bot.stub.card_ids() == ["other-tenant"]


async def test_only_listed_admins_may_start_a_sync(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    bot = await _secured(launch, openid, admins=frozenset({"admin-object-id"}))
    value = {"action": "sync", "token": "6f0c3c9e-2b8e-4a5e-9d51-6a1f0e1c0004"}
    auth = bearer(openid.keys[0], bot.stub.url)
    status, _ = await bot.send(message(None, bot.stub.url, value=value), Authorization=auth)
    assert status == 200
    # The demo tenant cannot sync at all; a live tenant is covered with the Graph fake.
    assert bot.stub.card_ids() == ["sync-unavailable"]


async def test_replies_carry_a_token_from_entra_id_fetched_once_for_many_turns(
    launch: Launcher, openid: OpenIdEndpoint, tmp_path: Path
) -> None:
    tls = make_tls(tmp_path)
    aad = FakeAzureAD()
    async with serving(aad.app(), tls) as aad.url:
        settings = Settings(
            app_id=CLIENT_ID,
            app_password=SECRET,
            app_type="SingleTenant",
            app_tenant_id=AAD_TENANT,
            bot_login_url=f"{aad.url}/{AAD_TENANT}",
            graph_ca_bundle=tls.ca_file,
        )
        token = connector_token(settings)
        cloud = BotFrameworkCloud(openid_metadata=openid.metadata_url)
        chat = ChatConfig(tenant_id=TENANT)
        bot = await launch(None, chat, app_id=CLIENT_ID, cloud=cloud, token=token)
        for _ in range(3):
            inbound = bearer(openid.keys[0], bot.stub.url, aud=CLIENT_ID)
            status, _ = await bot.send(message("help", bot.stub.url), Authorization=inbound)
            assert status == 200
    assert aad.token_requests == 1
    sent = {r.authorization for r in bot.stub.received}
    assert len(sent) == 1
    assert next(iter(sent)).startswith("Bearer fake-at-")


async def test_a_wrong_bot_secret_is_logged_as_what_to_fix_and_never_printed(
    launch: Launcher, openid: OpenIdEndpoint, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    tls = make_tls(tmp_path)
    aad = FakeAzureAD()
    wrong = "Q~wrong.secret_do-not-log~0000"
    async with serving(aad.app(), tls) as aad.url:
        settings = Settings(
            app_id=CLIENT_ID,
            app_password=wrong,
            app_tenant_id=AAD_TENANT,
            bot_login_url=f"{aad.url}/{AAD_TENANT}",
            graph_ca_bundle=tls.ca_file,
        )
        cloud = BotFrameworkCloud(openid_metadata=openid.metadata_url)
        bot = await launch(
            None, ChatConfig(), app_id=CLIENT_ID, cloud=cloud, token=connector_token(settings)
        )
        inbound = bearer(openid.keys[0], bot.stub.url, aud=CLIENT_ID)
        status, _ = await bot.send(message("help", bot.stub.url), Authorization=inbound)
    assert status == 200  # the turn ends; the reply could not be sent, and that is logged
    assert bot.stub.received == []
    assert "AADSTS7000215" in caplog.text
    assert wrong not in caplog.text


def _without(claim: str, key: SigningKey, service_url: str) -> str:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": APP_ID,
        "serviceurl": service_url,
        "nbf": now - 10,
        "iat": now - 10,
        "exp": now + 3600,
    }
    del claims[claim]
    token = jwt.encode(claims, key.private, algorithm="RS256", headers={"kid": key.kid})
    return f"Bearer {token}"


@pytest.mark.parametrize("claim", ["exp", "iss", "aud"])
async def test_a_correctly_signed_token_missing_a_required_claim_gets_401(
    launch: Launcher, openid: OpenIdEndpoint, claim: str, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await _secured(launch, openid)
    auth = _without(claim, openid.keys[0], bot.stub.url)
    status, body = await bot.send(message("why is ADE failing?", bot.stub.url), Authorization=auth)
    assert (status, body) == (401, {"error": "unauthorized"})
    assert bot.stub.received == []
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize(
    "issuer",
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ],
)
async def test_an_emulator_token_gets_401_without_any_outbound_call(
    launch: Launcher, openid: OpenIdEndpoint, issuer: str
) -> None:
    # The emulator's metadata lives elsewhere: point it at the local endpoint too, so a
    # fetch would be counted here rather than leave the machine.
    cloud = BotFrameworkCloud(
        openid_metadata=openid.metadata_url, emulator_metadata=openid.metadata_url
    )
    bot = await launch(None, ChatConfig(tenant_id=TENANT), app_id=APP_ID, cloud=cloud, token=_token)
    for _ in range(5):
        auth = bearer(openid.keys[0], bot.stub.url, iss=issuer, appid=APP_ID, ver="1.0")
        status, _ = await bot.send(message("help", bot.stub.url), Authorization=auth)
        assert status == 401
    assert openid.metadata_hits == 0
    assert bot.stub.received == []


async def test_tokens_with_unknown_keys_do_not_make_a_fetch_per_request(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    bot = await _secured(launch, openid)
    stranger = SigningKey("stranger", ["msteams"])
    for _ in range(5):
        status, _ = await bot.send(
            message("help", bot.stub.url), Authorization=bearer(stranger, bot.stub.url)
        )
        assert status == 401
    assert openid.metadata_hits <= 1


async def test_an_unreachable_openid_endpoint_is_not_asked_again_for_every_request(
    launch: Launcher, openid: OpenIdEndpoint
) -> None:
    openid.failing = True
    bot = await _secured(launch, openid)
    for _ in range(5):
        auth = bearer(openid.keys[0], bot.stub.url)
        status, _ = await bot.send(message("help", bot.stub.url), Authorization=auth)
        assert status == 401
    assert openid.metadata_hits == 1
