"""What every `ade-doctor` command shares: the exit statuses, the usage error printed as one
line, and writing cards for the designer."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_ATTENTION, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line input; the message is printed as one line."""


def write_cards(out: Path, cards: Sequence[dict[str, Any]], *, numbered: bool = True) -> None:
    """Each card as `NN-<card id>.json` (or `<card id>.json`), for the designer."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        for index, card in enumerate(cards, 1):
            card_id = card["body"][0]["id"]
            name = f"{index:02d}-{card_id}.json" if numbered else f"{card_id}.json"
            text = json.dumps(card, ensure_ascii=False, indent=2) + "\n"
            (out / name).write_text(text, encoding="utf-8")
            print(out / name)
    except OSError as error:
        raise UsageError(f"cannot write cards to {out}: {error.strerror or error}") from None
