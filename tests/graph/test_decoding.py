"""Graph's answers are decoded with orjson, and what only the stdlib accepts still is."""

from bot.graph.decoding import decoded


def test_a_page_of_devices_decodes_to_plain_python_values() -> None:
    page = b'{"value": [{"serialNumber": "C02XK1ZZJG5H", "isDeleted": false}], "n": 1.5}'
    assert decoded(page) == {
        "value": [{"serialNumber": "C02XK1ZZJG5H", "isDeleted": False}],
        "n": 1.5,
    }


def test_an_escaped_lone_surrogate_is_not_lost() -> None:
    # orjson refuses it; JSON allows it, and Graph has sent one in a display name.
    assert decoded(b'{"displayName": "x\\ud800y"}') == {"displayName": "x\ud800y"}


def test_what_is_not_json_decodes_to_none() -> None:
    assert decoded(b"<html>gateway timeout</html>") is None
    assert decoded(b"[" * 100_000) is None
