# ruff: noqa: RUF001
"""Issue 14: device questions in the six languages, as admins paste a serial into Teams, and
messages with serial-like strings that are not device questions (kept with their own verb)."""

from __future__ import annotations

from tests.core.intent_phrases import Phrase

DV = "DEVICE"

DEVICE_PHRASES: tuple[Phrase, ...] = (
    Phrase("en", "why won't C02XK1ZZJG5H enroll?", DV),
    Phrase("en", "status of serial F9FXYZ12AB", DV),
    Phrase("en", "C02XK1ZZJG5H", DV),
    Phrase("en", "ipad dmpxk2ab1234 stuck at setup, no remote management screen", DV),
    Phrase("en", "can you check sn GVX7Y2MNQ6 pls", DV),
    Phrase("en", "Windows laptop 5CD1234XYZ fails Autopilot with 0x80180014", "NOT_ADE"),
    Phrase("ru", "почему не регистрируется C02XK1ZZJG5H?", DV),
    Phrase("ru", "серийник F9FXYZ12AB, что с ним?", DV),
    Phrase("ru", "айпад DMPXK2AB1234 не видит удаленное управление", DV),
    Phrase("ru", "статус устройства GVX7Y2MNQ6", DV),
    Phrase("ru", "оповещай меня, если C02XK1ZZJG5H не зарегистрируется", "ALERTS_ON"),
    Phrase("zh", "序列号C02XK1ZZJG5H的设备为什么注册不了", DV),
    Phrase("zh", "F9FXYZ12AB 这台 iPad 怎么了？", DV),
    Phrase("zh", "查一下 GVX7Y2MNQ6 的状态", DV),
    Phrase("zh", "DMPXK2AB1234 一直卡在设置助理", DV),
    Phrase("pl", "dlaczego F9FXYZ12AB się nie rejestruje?", DV),
    Phrase("pl", "numer seryjny C02XK1ZZJG5H, co z nim nie tak", DV),
    Phrase("pl", "sprawdź GVX7Y2MNQ6", DV),
    Phrase("pl", "ipad dmpxk2ab1234 nie pokazuje ekranu zarządzania zdalnego", DV),
    Phrase("pt", "por que o iPad F9FXYZ12AB não registra?", DV),
    Phrase("pt", "número de série C02XK1ZZJG5H, qual o status?", DV),
    Phrase("pt", "verifica o GVX7Y2MNQ6 pra mim", DV),
    Phrase("pt", "o mac c02xk1zzjg5h não aparece no Intune", DV),
    Phrase("vi", "tại sao iPad số sê-ri F9FXYZ12AB không đăng ký được", DV),
    Phrase("vi", "kiểm tra thiết bị C02XK1ZZJG5H giúp mình", DV),
    Phrase("vi", "GVX7Y2MNQ6 bị kẹt ở màn hình thiết lập", DV),
    Phrase("vi", "serial DMPXK2AB1234 sao không vào Intune", DV),
)
