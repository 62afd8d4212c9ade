"""Activities to and from JSON, fast, and the checks an incoming activity must pass.

botbuilder's msrest models (de)serialize through a generic, reflective engine: 0.24 ms to
read a Teams message and 2.2 ms to write a reply holding three cards, more than the rest of
our turn together. The schema classes keep their `_attribute_map`, so we walk it directly:
same field names, same models, about a tenth of the cost (see bench/README.md). Anything
odd falls back to msrest, so correctness never depends on the fast path.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from botbuilder import schema
from botbuilder.schema import Activity
from msrest.serialization import Model

from bot.teams.sdk_internals import attribute_map

_MODELS: dict[str, type[Model]] = {
    name: cls
    for name, cls in vars(schema).items()
    if isinstance(cls, type) and issubclass(cls, Model)
}
M = TypeVar("M", bound=Model)
_ANY = frozenset({"object", "{object}"})
# What msrest's type names mean in JSON. bool is an int in Python, and no bool is a number
# in an activity. An id that is not a string cannot go into the Bot Connector's URL, so the
# reply would be lost after the turn did its work: refused up front instead.
_KINDS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "bool": (bool,),
    "int": (int,),
    "float": (int, float),
}
_KIND_NAMES = {"str": "a string", "bool": "true or false", "int": "a number", "float": "a number"}
# Teams nests an activity a few levels deep (value.action.data, channelData.team); a card
# carried back in an invoke adds a dozen. Far deeper input is an attack on the recursion in
# botbuilder's copy.deepcopy and in the serializers.
MAX_DEPTH = 64


class ActivityError(ValueError):
    """The request body is not an activity we can answer; the message is safe to return."""


def check_tree(body: Any) -> None:
    """Refuses JSON nested deeper than MAX_DEPTH, and strings that are not Unicode text (a
    lone surrogate from a `\\ud800` escape): neither can be answered, and the second would
    fail only when the reply is encoded, after the turn. Iterative, so depth costs no stack."""
    stack: list[tuple[Any, int]] = [(body, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            _check_text(node)
        elif isinstance(node, dict | list):
            if depth > MAX_DEPTH:
                raise ActivityError(f"the activity is nested more than {MAX_DEPTH} levels deep")
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, item in items:
                if isinstance(key, str):
                    _check_text(key)
                if isinstance(item, str | dict | list):
                    stack.append((item, depth + 1))


def _check_text(text: str) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise ActivityError("a string in the activity is not valid Unicode") from None


def _read(spec: str, raw: Any, key: str = "") -> Any:
    if raw is None or spec in _ANY:
        return raw
    kinds = _KINDS.get(spec)
    if kinds is not None:
        if not isinstance(raw, kinds) or (spec != "bool" and isinstance(raw, bool)):
            raise ActivityError(f"{key or 'a field'} must be {_KIND_NAMES[spec]}")
        return raw
    if spec == "[str]":
        if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
            raise ActivityError(f"{key or 'a field'} must be a list of strings")
        return raw
    if spec == "iso-8601":
        if not isinstance(raw, str):
            raise ActivityError("a timestamp is not a string")
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            raise ActivityError(f"bad timestamp {raw[:40]!r}") from None
    if spec.startswith("["):
        if not isinstance(raw, list):
            raise ActivityError(f"expected a list of {spec[1:-1]}")
        return [_read(spec[1:-1], item, key) for item in raw]
    if spec.startswith("{"):
        if not isinstance(raw, dict):
            raise ActivityError(f"expected an object of {spec[1:-1]}")
        return {name: _read(spec[1:-1], item, key) for name, item in raw.items()}
    model = _MODELS.get(spec)
    if model is None:
        return raw
    if not isinstance(raw, dict):
        raise ActivityError(f"expected an object for {spec}")
    return _model(model, raw)


def _model(cls: type[Model], raw: dict[str, Any]) -> Model:
    attributes = attribute_map(cls)
    kwargs: dict[str, Any] = {}
    known: set[str] = set()
    for attr, spec in attributes.items():
        key = spec["key"]
        known.add(key)
        if key in raw:
            kwargs[attr] = _read(spec["type"], raw[key], key)
    obj = cls(**kwargs)
    if "additional_properties" in vars(obj):
        obj.additional_properties = {k: v for k, v in raw.items() if k not in known}
    return obj


def parse_model(cls: type[M], data: Any) -> M:
    """A schema model (e.g. a stored ConversationReference) from its JSON."""
    if not isinstance(data, dict):
        raise ActivityError(f"expected an object for {cls.__name__}")
    model = _model(cls, data)
    assert isinstance(model, cls)
    return model


def parse_activity(body: Any) -> Activity:
    """An Activity from a request body, or ActivityError saying what is missing.

    Teams always sends type, conversation and serviceUrl; without them there is no one to
    answer, so we refuse with 400 before any work.
    """
    if not isinstance(body, dict):
        raise ActivityError("the body must be a JSON object")
    for key, kind in (("type", str), ("serviceUrl", str), ("conversation", dict)):
        if not isinstance(body.get(key), kind) or not body[key]:
            raise ActivityError(f"the activity has no {key}")
    conversation = body["conversation"]
    if not isinstance(conversation.get("id"), str) or not conversation["id"]:
        raise ActivityError("the activity has no conversation.id")
    if not is_http_url(body["serviceUrl"]):
        raise ActivityError("the serviceUrl is not an http(s) URL")
    check_tree(body)
    try:
        activity = _model(Activity, body)
    except ActivityError:
        raise
    except (TypeError, ValueError, AttributeError) as error:
        raise ActivityError(f"malformed activity ({type(error).__name__})") from None
    assert isinstance(activity, Activity)
    # Both ids go into the Bot Connector's reply URL: a blank one or one with control
    # characters names no activity there, so the reply would be lost after the turn's work.
    for label, ident in (("conversation.id", body["conversation"]["id"]), ("id", body.get("id"))):
        if ident is not None and not (isinstance(ident, str) and _usable_id(ident)):
            raise ActivityError(f"the activity's {label} is not a usable id")
    return activity


def _usable_id(ident: str) -> bool:
    return bool(ident.strip()) and ident.isprintable()


def is_http_url(url: str) -> bool:
    """The Bot Connector is reached over HTTPS (HTTP on this machine, for the playground)."""
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def _default(value: Any) -> Any:
    if isinstance(value, Model):
        out: dict[str, Any] = {}
        for attr, spec in attribute_map(value).items():
            item = getattr(value, attr, None)
            if item is not None:
                out[spec["key"]] = item
        extra = getattr(value, "additional_properties", None)
        if extra:
            out.update(extra)
        return out
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return value.decode("utf-8", "replace")
    raise TypeError(f"cannot serialize {type(value).__name__}")


def to_json(value: Any) -> bytes:
    """JSON of an activity (or any model or list of them) as the Bot Connector expects it."""
    return json.dumps(value, default=_default, ensure_ascii=False).encode("utf-8")


def to_dict(value: Any) -> Any:
    """Plain JSON data of a model, for responses aiohttp serializes itself."""
    return json.loads(to_json(value))
