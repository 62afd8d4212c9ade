"""The Microsoft 365 Agents SDK echo agent, built as the SDK's own samples build it.

As microsoft/Agents-for-python's ``test_samples/app_style/empty_agent.py`` and the package
READMEs do (SDK 1.9.0): configuration from the environment (``load_configuration_from_env``),
``MsalConnectionManager``, ``CloudAdapter(connection_manager=...)``, ``Authorization``,
``AgentApplication[TurnState]`` with ``MemoryStorage``, a ``membersAdded`` welcome and a
``message`` handler that echoes; served by aiohttp behind the SDK's
``jwt_authorization_middleware``. Anonymous mode, as the samples use for local testing:
``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__ANONYMOUS_ALLOWED=True`` and no client id (set
below unless the environment already says otherwise). Nothing is tuned.

Runs from its own virtualenv (``bash bench/setup_agents_venv.sh`` creates bench/.venv-agents):
``bench/.venv-agents/bin/python bench/peers/agents_echo.py [--port 3978]``
"""

from __future__ import annotations

import argparse
import os
from typing import cast

from aiohttp.web import Application, Request, Response, run_app
from microsoft_agents.activity import load_configuration_from_env
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import (
    CloudAdapter,
    jwt_authorization_middleware,
    start_agent_process,
)
from microsoft_agents.hosting.core import (
    AgentApplication,
    Authorization,
    MemoryStorage,
    TurnContext,
    TurnState,
)

# What the samples' .env holds for local, anonymous testing (no app registration).
os.environ.setdefault("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__ANONYMOUS_ALLOWED", "True")

agents_sdk_config = load_configuration_from_env(os.environ)

STORAGE = MemoryStorage()
CONNECTION_MANAGER = MsalConnectionManager(**agents_sdk_config)
ADAPTER = CloudAdapter(connection_manager=CONNECTION_MANAGER)
AUTHORIZATION = Authorization(STORAGE, CONNECTION_MANAGER, **agents_sdk_config)

AGENT_APP = AgentApplication[TurnState](
    storage=STORAGE, adapter=ADAPTER, authorization=AUTHORIZATION, **agents_sdk_config
)


async def _help(context: TurnContext, _state: TurnState) -> None:
    await context.send_activity(
        "Welcome to the Echo Agent sample. Send a message to see the echo feature in action."
    )


AGENT_APP.conversation_update("membersAdded")(_help)


@AGENT_APP.activity("message")
async def on_message(context: TurnContext, _state: TurnState) -> None:
    await context.send_activity(f"Echo: {context.activity.text}")


async def entry_point(req: Request) -> Response:
    agent: AgentApplication[TurnState] = req.app["agent_app"]
    adapter: CloudAdapter = req.app["adapter"]
    return cast(Response, await start_agent_process(req, agent, adapter))


async def _ok(_req: Request) -> Response:
    return Response(status=200)


def make_app() -> Application:
    """The samples' ``start_server``: JWT middleware, /api/messages, the agent and its config."""
    app = Application(middlewares=[jwt_authorization_middleware])
    app.router.add_post("/api/messages", entry_point)
    app.router.add_get("/api/messages", _ok)
    app["agent_configuration"] = CONNECTION_MANAGER.get_default_connection_configuration()
    app["agent_app"] = AGENT_APP
    app["adapter"] = ADAPTER  # the samples read AGENT_APP.adapter, deprecated in 1.9
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="Microsoft 365 Agents SDK echo agent")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3978)
    args = parser.parse_args()
    run_app(make_app(), host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
