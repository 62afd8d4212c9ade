"""Real-protocol peers for the bot's tests: a Bot Connector stub, a Bot Framework OpenID
endpoint with a test signing key, and a client that posts activities over HTTP."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jwt
from aiohttp import ClientSession, web
from cryptography.hazmat.primitives.asymmetric import rsa

# Captured from Microsoft 365 Agents Playground (copied from the project's shared samples, so
# the tests do not depend on where the checkout lives).
SAMPLES = Path(__file__).resolve().parent / "activities"
ISSUER = "https://api.botframework.com"
APP_ID = "11111111-2222-3333-4444-555555555555"
TENANT = "00000000-0000-0000-0000-0000000000001"


def sample(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


async def start_site(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server = site._server
    assert server is not None
    assert server.sockets
    port = server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}"


@dataclass
class Received:
    method: str
    path: str
    body: dict[str, Any]
    authorization: str | None


@dataclass
class ConnectorStub:
    """Records what the bot posts to the Bot Connector; `fail` queues error statuses."""

    received: list[Received] = field(default_factory=list)
    fail: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    url: str = ""
    runner: web.AppRunner | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    # Seconds every call waits before it is answered (a slow connector); `calls` counts
    # them all, failed ones included.
    delay: float = 0.0
    calls: int = 0
    released: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> ConnectorStub:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self.runner, self.url = await start_site(app)
        return self

    async def stop(self) -> None:
        self.released.set()  # a slow call in progress ends now, not after its delay
        if self.runner:
            await self.runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        self.calls += 1
        body = await request.json() if request.can_read_body else {}
        if self.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.released.wait(), self.delay)
        if self.fail:
            status, headers = self.fail.pop(0)
            error = {"error": {"code": "Stubbed", "message": "stubbed failure"}}
            return web.json_response(error, status=status, headers=headers)
        auth = request.headers.get("Authorization")
        self.received.append(Received(request.method, request.path, body, auth))
        self.arrived.set()
        return web.json_response({"id": f"activity-{len(self.received)}"}, status=201)

    def messages(self) -> list[dict[str, Any]]:
        return [r.body for r in self.received if r.body.get("type") == "message"]

    def cards(self) -> list[dict[str, Any]]:
        return [a["content"] for m in self.messages() for a in m.get("attachments") or ()]

    def card_ids(self) -> list[str]:
        return [card["body"][0]["id"] for card in self.cards()]


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@dataclass
class SigningKey:
    kid: str
    endorsements: list[str] | None
    private: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )

    def jwk(self) -> dict[str, Any]:
        numbers = self.private.public_key().public_numbers()
        key: dict[str, Any] = {
            "kty": "RSA",
            "use": "sig",
            "kid": self.kid,
            "n": _b64(numbers.n),
            "e": _b64(numbers.e),
        }
        if self.endorsements is not None:
            key["endorsements"] = self.endorsements
        return key


@dataclass
class OpenIdEndpoint:
    """The Bot Framework's OpenID metadata and keys, served on loopback."""

    keys: list[SigningKey] = field(default_factory=list)
    url: str = ""
    prefix: str = ""
    runner: web.AppRunner | None = None
    metadata_hits: int = 0
    # When set, the metadata answers 503, as login.botframework.com in an outage.
    failing: bool = False

    async def start(self) -> OpenIdEndpoint:
        app = web.Application()
        # A path of its own: botbuilder caches signing keys per metadata URL for the whole
        # process, and a later test's endpoint may get the same port with other keys.
        self.prefix = f"/{uuid.uuid4().hex}"
        app.router.add_get(f"{self.prefix}/v1/.well-known/openidconfiguration", self._metadata)
        app.router.add_get("/keys", self._keys)
        self.runner, self.url = await start_site(app)
        return self

    @property
    def metadata_url(self) -> str:
        return f"{self.url}{self.prefix}/v1/.well-known/openidconfiguration"

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    async def _metadata(self, request: web.Request) -> web.Response:
        self.metadata_hits += 1
        if self.failing:
            return web.json_response({"error": "unavailable"}, status=503)
        return web.json_response({"issuer": ISSUER, "jwks_uri": f"{self.url}/keys"})

    async def _keys(self, request: web.Request) -> web.Response:
        return web.json_response({"keys": [key.jwk() for key in self.keys]})


def bearer(key: SigningKey, service_url: str, **overrides: Any) -> str:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "aud": APP_ID,
        "serviceurl": service_url,
        "nbf": now - 10,
        "iat": now - 10,
        "exp": now + 3600,
    }
    claims.update(overrides)
    token = jwt.encode(claims, key.private, algorithm="RS256", headers={"kid": key.kid})
    return f"Bearer {token}"


def message(text: str | None, service_url: str, **fields: Any) -> dict[str, Any]:
    """A Teams message shaped like the captured sample, with a fresh id."""
    activity = copy.deepcopy(sample("message_text"))
    activity["id"] = str(uuid.uuid4())
    activity["serviceUrl"] = service_url
    if text is None:
        activity.pop("text", None)
    else:
        activity["text"] = text
    activity.update(fields)
    return activity


async def post(
    session: ClientSession, bot_url: str, activity: Any, **headers: str
) -> tuple[int, Any]:
    data = activity if isinstance(activity, bytes | str) else json.dumps(activity)
    headers.setdefault("Content-Type", "application/json")
    async with session.post(f"{bot_url}/api/messages", data=data, headers=headers) as resp:
        raw = await resp.read()
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        return resp.status, body
