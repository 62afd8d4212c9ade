"""A Power Automate Workflows trigger on 127.0.0.1: records each post it accepts (202, as
Workflows answers), and answers queued failures first: 429 with Retry-After, 500, 404."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.teams.support import start_site

SECRET = "sIg-5ecret-Do-Not-Log-0123456789abcdef"
PATH = "/workflows/abc123/triggers/manual/paths/invoke"


@dataclass
class WorkflowsStub:
    posts: list[dict[str, Any]] = field(default_factory=list)
    # Answers for the next requests, in order, before any is accepted: (status, headers).
    answers: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    calls: int = 0
    base: str = ""
    runner: web.AppRunner | None = None

    async def start(self) -> WorkflowsStub:
        app = web.Application()
        app.router.add_post(PATH, self._handle)
        self.runner, self.base = await start_site(app)
        return self

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    def url(self, flow: str = "abc123") -> str:
        """A trigger URL shaped like Workflows' own, its signature in `sig=`."""
        path = PATH.replace("abc123", flow)
        return f"{self.base}{path}?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={SECRET}"

    async def _handle(self, request: web.Request) -> web.Response:
        self.calls += 1
        if request.query.get("sig") != SECRET:
            refused = {"error": {"code": "DirectApiAuthorizationRequired"}}
            return web.json_response(refused, status=401)
        if self.answers:
            status, headers = self.answers.pop(0)
            error = {"error": {"code": f"Stubbed{status}", "message": "stubbed failure"}}
            return web.json_response(error, status=status, headers=headers)
        self.posts.append(await request.json())
        return web.Response(status=202)

    def cards(self) -> list[dict[str, Any]]:
        return [a["content"] for post in self.posts for a in post["attachments"]]
