"""The bare botbuilder 4.17.1 echo bot, built as the official Python sample (02.echo-bot) builds it.

aiohttp app, ``CloudAdapter(ConfigurationBotFrameworkAuthentication(config))`` with an empty app
id (anonymous, as the Bot Framework Emulator expects), an ``ActivityHandler`` that echoes.
Nothing is tuned: this is the baseline that issue 4's targets are measured against.

Run: ``.venv/bin/python bench/peers/botbuilder_echo.py [--port 3978]``
"""

from __future__ import annotations

import argparse
import sys
import traceback
from datetime import UTC, datetime

from aiohttp import web

# botbuilder ships no type information (no py.typed).
from botbuilder.core import (  # type: ignore[import-untyped]
    ActivityHandler,
    MessageFactory,
    TurnContext,
)
from botbuilder.core.integration import (  # type: ignore[import-untyped]
    aiohttp_error_middleware,
)
from botbuilder.integration.aiohttp import (  # type: ignore[import-untyped]
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import (  # type: ignore[import-untyped]
    Activity,
    ActivityTypes,
    ChannelAccount,
)


class DefaultConfig:
    """The sample's config.py; the app id is empty, so the bot runs anonymously."""

    PORT = 3978
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


class EchoBot(ActivityHandler):  # type: ignore[misc]
    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContext
    ) -> None:
        for member in members_added:
            if member.id != turn_context.activity.recipient.id:
                await turn_context.send_activity("Hello and welcome!")

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(MessageFactory.text(f"Echo: {turn_context.activity.text}"))


CONFIG = DefaultConfig()
ADAPTER = CloudAdapter(ConfigurationBotFrameworkAuthentication(CONFIG))


async def on_error(context: TurnContext, error: Exception) -> None:
    # As in the sample: log, tell the user, and send a trace activity for the Emulator.
    print(f"\n [on_turn_error] unhandled error: {error}", file=sys.stderr)
    traceback.print_exc()
    await context.send_activity("The bot encountered an error or bug.")
    if context.activity.channel_id == "emulator":
        await context.send_activity(
            Activity(
                label="TurnError",
                name="on_turn_error Trace",
                timestamp=datetime.now(UTC),
                type=ActivityTypes.trace,
                value=f"{error}",
                value_type="https://www.botframework.com/schemas/error",
            )
        )


ADAPTER.on_turn_error = on_error
BOT = EchoBot()


async def messages(req: web.Request) -> web.StreamResponse:
    return await ADAPTER.process(req, BOT)  # type: ignore[no-any-return]


def make_app() -> web.Application:
    app = web.Application(middlewares=[aiohttp_error_middleware])
    app.router.add_post("/api/messages", messages)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="bare botbuilder 4.17.1 echo bot")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=CONFIG.PORT)
    args = parser.parse_args()
    web.run_app(make_app(), host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
