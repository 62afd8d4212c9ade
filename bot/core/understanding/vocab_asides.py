"""Round 6 (issue 13, batch 13): words around asides, polite stops and status small talk, per
language. Added to the same tables as `vocab_requests` (words.py merges them cue by cue), kept
apart so each round's vocabulary can be read and measured on its own; `asides.py` reads the
frames these words sit in.

- Unsubscribing, as a mailing list says it: "cancelar inscrição", "descadastrar", "退订",
  "hủy đăng ký", "anuluj subskrypcję". In Vietnamese and Portuguese the same words also cancel
  a device's enrollment ("hủy đăng ký thiết bị"): `asides.unsubscribe_or_unenroll` decides.
- Formal stops: "proszę o zaprzestanie wysyłania", "solicito que deixem de enviar", "please
  discontinue": a stop said in a letter's words.
- A false alarm is a question whether the failure is real: "báo động giả", "误报", "alarme
  falso" ask for a diagnosis, they name no alert to switch.
- How the token is doing, in speech: "como tá", "sao rồi".
- Words that look like requests and are not: Polish "do wiadomości" (a copy sent to someone,
  "CC"), "jak zawsze" / "jak zwykle" (as always: no colloquial "if").
"""

from __future__ import annotations

from bot.core.understanding.cues import Cue

ASIDE_WORDS: dict[tuple[Cue, ...], dict[str, str]] = {
    (Cue.ALERT, Cue.OFF): {
        "en": "opt out, opt me out, unsub",
        "ru": "отписка, отпишись, отпиши меня, отписать",
        "zh": "退订, 取消订阅, 不再订阅",
        "pl": "anuluj subskrypcję, wypisz się, wypiszcie mnie, rezygnuję z subskrypcji",
        "pt": """cancelar inscrição, cancelar a inscrição, cancelar minha inscrição,
            cancela a inscrição, descadastrar, descadastra, descadastre, me descadastra""",
        "vi": "hủy đăng ký, huỷ đăng ký, hủy theo dõi, bỏ theo dõi",
    },
    (Cue.OFF,): {
        "en": "discontinue, cease, no longer send",
        "ru": "прекратить, прекратите, прошу прекратить",
        "zh": "停止发送, 不再发送",
        "pl": "zaprzestanie, zaprzestania, zaprzestać, zaprzestańcie, anuluj",
        "pt": "deixem de, deixe de, deixar de me, parem de, parar de me",
        "vi": "ngừng gửi, thôi gửi",
    },
    (Cue.DIAGNOSE,): {
        "en": "false alarm, false positive, false alert",
        "ru": "ложная тревога, ложное срабатывание, ложный алерт",
        "zh": "误报, 假警报, 虚警",
        "pl": "fałszywy alarm, fałszywy alert, fałszywe ostrzeżenie",
        "pt": "alarme falso, falso alarme, falso positivo, alerta falso",
        "vi": "báo động giả, báo động nhầm, báo nhầm, cảnh báo giả, cảnh báo nhầm",
    },
    (Cue.STATUS,): {
        "pt": "como tá, como que tá, como anda, como andam, como estão, como tão",
        "vi": "sao rồi, thế nào rồi, ra sao rồi",
    },
    (Cue.FILLER,): {
        "pl": "do wiadomości, jak zawsze, jak zwykle",
    },
}
