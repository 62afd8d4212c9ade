"""Reply language from the message (issue 13): accuracy on the development phrasings with an
English Teams locale, time per message, and the memory the word tables take.

Run: .venv/bin/python bench/bench_reply_language.py [--rounds N]

Development phrasings only: tests/core/intent_phrases.py (without the ones that ask for a
language by name) and tests/understanding/dev_reply_language.py. The frozen set's figure comes
from bench/bench_understanding.py --set frozen, which prints aggregates only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50, help="timed calls per message")
    args = parser.parse_args()

    before, start = rss_mib(), time.perf_counter()
    from bot.core.i18n.languages import detect, reply_language  # noqa: PLC0415

    imported, grown = time.perf_counter() - start, rss_mib() - before
    from bot.core.understanding.intents import recognize  # noqa: PLC0415
    from tests.core.intent_phrases import PHRASES  # noqa: PLC0415
    from tests.understanding.dev_batch8 import NEW  # noqa: PLC0415
    from tests.understanding.dev_batch9 import NEW as NEW9  # noqa: PLC0415
    from tests.understanding.dev_batch10 import NEW as NEW10  # noqa: PLC0415
    from tests.understanding.dev_batch11 import NEW as NEW11  # noqa: PLC0415
    from tests.understanding.dev_batch12 import NEW as NEW12  # noqa: PLC0415
    from tests.understanding.dev_batch13 import NEW as NEW13  # noqa: PLC0415
    from tests.understanding.dev_reply_language import SAMPLES  # noqa: PLC0415

    reply_of = {"en": "en", "ru": "ru", "zh": "zh-Hans", "pl": "pl", "pt": "pt-BR", "vi": "vi"}
    sets = {
        "intent_phrases": [
            (p.reply or reply_of[p.lang], p.text)
            for p in PHRASES + NEW + NEW9 + NEW10 + NEW11 + NEW12 + NEW13
            if p.language is None
        ],
        "dev_reply_language": [(s.reply, s.text) for s in SAMPLES],
    }
    print(f"import bot.core.i18n.languages: {imported * 1000:.0f} ms, RSS +{grown:.1f} MiB")
    langs = ("en", "ru", "zh-Hans", "pl", "pt-BR", "vi")
    print("| set | " + " | ".join(langs) + " | all |")
    print("|---|" + "---|" * (len(langs) + 1))
    for name, items in sets.items():
        total: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for want, text in items:
            got = reply_language(text=text, locales=("en-US",)).code
            for key in (want, "all"):
                total[key] += 1
                right[key] += got == want
        cells = [f"{right[k] / total[k]:.1%}" if total[k] else "-" for k in (*langs, "all")]
        print(f"| {name} | " + " | ".join(cells) + " |")

    texts = [text for items in sets.values() for _, text in items]
    timings: dict[str, list[float]] = {"detect": [], "recognize": [], "recognize + detect": []}
    for text in texts:
        for label, call in (
            ("detect", lambda t=text: detect(t)),
            ("recognize", lambda t=text: recognize(t)),
            ("recognize + detect", lambda t=text: (recognize(t), detect(t))),
        ):
            times = []
            for _ in range(args.rounds):
                begin = time.perf_counter_ns()
                call()
                times.append((time.perf_counter_ns() - begin) / 1000)
            timings[label].append(statistics.median(times))
    print(f"\n{len(texts)} messages, {args.rounds} timed calls each (median per message, µs)")
    for label, values in timings.items():
        ordered = sorted(values)
        p95 = ordered[int(len(ordered) * 0.95)]
        print(f"  {label:20} median {statistics.median(values):6.1f}   p95 {p95:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
