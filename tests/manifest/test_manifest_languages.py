"""The manifest speaks the bot's six languages: every user-facing string is translated in every
language file, and every command title, which Teams sends to the bot as a message when an admin
picks it from the menu, is understood by `bot.core.understanding.intents.recognize` as that
command."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.core.i18n.languages import LANGUAGES, detect, negotiate
from bot.core.understanding.intents import recognize
from bot.core.understanding.verbs import Verb

SCOPES = ["personal", "team", "groupChat"]
KINDS = [Verb.DIAGNOSE, Verb.TOKENS, Verb.ALERTS_ON, Verb.ALERTS_OFF, Verb.LANGUAGE, Verb.HELP]
TAGS = ["ru", "zh-cn", "pl", "pt", "vi"]
# Words that are the same in English: Brazilian admins say "tokens" too.
SAME_AS_ENGLISH = {("pt", "tokens")}
MENTION = "<at>ADE Doctor</at> "  # what Teams puts before a command picked in a team or chat


def _lookup(document: dict[str, Any], key: str) -> Any:
    """The manifest value a localization key names: "bots[0].commandLists[1].commands[2].title"."""
    value: Any = document
    for name, index in re.findall(r"([^.\[\]]+)(?:\[(\d+)\])?", key):
        value = value[name]
        if index:
            value = value[int(index)]
    return value


def _user_facing_keys(manifest: dict[str, Any]) -> set[str]:
    keys = {"name.short", "name.full", "description.short", "description.full"}
    for i, command_list in enumerate(manifest["bots"][0]["commandLists"]):
        for j, _ in enumerate(command_list["commands"]):
            prefix = f"bots[0].commandLists[{i}].commands[{j}]"
            keys |= {f"{prefix}.title", f"{prefix}.description"}
    return keys


def _commands(manifest: dict[str, Any], strings: dict[str, str] | None = None) -> list[Any]:
    """(scope, index, title, description) of every command, in English or in `strings`."""
    found = []
    for i, command_list in enumerate(manifest["bots"][0]["commandLists"]):
        for j, command in enumerate(command_list["commands"]):
            prefix = f"bots[0].commandLists[{i}].commands[{j}]"
            title = strings[f"{prefix}.title"] if strings else command["title"]
            description = strings[f"{prefix}.description"] if strings else command["description"]
            found.append((command_list["scopes"][0], j, title, description))
    return found


def test_english_is_the_default_and_each_other_language_has_its_file(
    manifest: dict[str, Any],
) -> None:
    info = manifest["localizationInfo"]
    assert info["defaultLanguageTag"] == "en"
    assert [(e["languageTag"], e["file"]) for e in info["additionalLanguages"]] == [
        (tag, f"{tag}.json") for tag in TAGS
    ]


def test_each_language_file_reaches_the_language_the_bot_answers_in() -> None:
    """Teams picks a file by the user's language, then language + region; the bot picks its
    reply language with `negotiate`. pt serves pt-PT too, as the bot does; zh-cn is Simplified
    Chinese for China and nothing reaches zh-TW, which the bot answers in English."""
    assert [negotiate(tag).code for tag in TAGS] == [  # type: ignore[union-attr]
        lang.code for lang in LANGUAGES if lang.code != "en"
    ]
    assert negotiate("pt-PT") == negotiate("pt")
    assert negotiate("zh-TW") is None


def test_the_command_lists_offer_each_command_once_per_scope(manifest: dict[str, Any]) -> None:
    bot = manifest["bots"][0]
    assert bot["scopes"] == SCOPES
    assert bot["supportsFiles"] is False
    assert [command_list["scopes"] for command_list in bot["commandLists"]] == [[s] for s in SCOPES]
    for command_list in bot["commandLists"]:
        kinds = [recognize(command["title"]).verb for command in command_list["commands"]]
        assert kinds == KINDS, command_list["scopes"]


def test_the_alert_command_says_where_alerts_go_in_each_scope(manifest: dict[str, Any]) -> None:
    titles = [
        command_list["commands"][2]["title"] for command_list in manifest["bots"][0]["commandLists"]
    ]
    assert titles == ["alert me", "send alerts to this channel", "alerts on"]


@pytest.mark.parametrize("tag", TAGS)
def test_every_language_file_translates_exactly_the_manifests_user_facing_strings(
    tag: str, manifest: dict[str, Any], languages: dict[str, dict[str, str]]
) -> None:
    strings = {key: value for key, value in languages[tag].items() if key != "$schema"}
    assert set(strings) == _user_facing_keys(manifest)
    for key, value in strings.items():
        assert isinstance(_lookup(manifest, key), str), key
        assert value, key
        assert value.strip() == value, key
    english = _commands(manifest)
    for (scope, index, title, description), (_, _, title_en, description_en) in zip(
        _commands(manifest, strings), english, strict=True
    ):
        assert description != description_en, (scope, index)
        assert title != title_en or (tag, title) in SAME_AS_ENGLISH, (scope, index)
    assert strings["name.short"] == manifest["name"]["short"]  # the product's name stays


@pytest.mark.parametrize("tag", ["en", *TAGS])
def test_every_command_title_is_recognised_as_its_command(
    tag: str, manifest: dict[str, Any], languages: dict[str, dict[str, str]]
) -> None:
    for scope, index, title, _ in _commands(manifest, languages.get(tag)):
        intent = recognize(title)
        assert (intent.verb, intent.language) == (KINDS[index], None), (scope, title, intent)
        if scope != "personal":
            assert recognize(MENTION + title).verb == KINDS[index], (scope, title)


@pytest.mark.parametrize("tag", TAGS)
def test_no_command_title_reads_as_another_of_our_languages(
    tag: str, manifest: dict[str, Any], languages: dict[str, dict[str, str]]
) -> None:
    """The bot answers in the language a message is written in when that is clear: a menu
    command must not switch it to another language."""
    own = negotiate(tag)
    for _, _, title, _ in _commands(manifest, languages[tag]):
        assert detect(title) in (None, own), title


@pytest.mark.parametrize("tag", ["en", *TAGS])
def test_command_titles_and_descriptions_fit_the_teams_menu(
    tag: str, manifest: dict[str, Any], languages: dict[str, dict[str, str]]
) -> None:
    """Microsoft's manifest reference allows 32 characters per title and 128 per description
    (the 1.2x schemas allow more; older clients cut there), and 10 commands per menu."""
    for command_list in manifest["bots"][0]["commandLists"]:
        assert len(command_list["commands"]) <= 10
    for scope, _, title, description in _commands(manifest, languages.get(tag)):
        assert len(title) <= 32, (scope, title)
        assert len(description) <= 128, (scope, description)
