"""Figures for the teieplikt guard, which runs on every free-text field at every save.

Run: python benchmarks/bench_privacy.py
Prints: microseconds per `check_text` call (best of 7) for typical and hostile texts, and the
time the guard adds to a bulk add of 10,000 sessions whose topics all hold digits (the
services benchmark's topic has none, so there the guard returns at its first look).
"""

from __future__ import annotations

import random
import time

from miljologg.core.privacy import check_text

TOPIC = "Samling 12.03.2025 kl. 10:30, 90 min om traumebevisst omsorg (uke 37)"
NOTE = (
    "Veiledning 12.03.2025, 2 t 30 min. Vi snakket om 3 saker, tlf 22 33 44 55 til kontoret, "
    "konto 1234.56.78903, 120 timer totalt, kull 2024–2026. "
) * 14


def _texts() -> dict[str, str]:
    rng = random.Random(7)
    return {
        "topic without a digit": "Relasjonsbygging i miljøterapi",
        "topic with a date, a time and minutes": TOPIC,
        "topic with a grouped fødselsnummer": "Om klient 02.01.32 99997 og familien",
        "2,000-character note with numbers": NOTE[:2000],
        "10,000 characters of digits and separators": "".join(
            rng.choice("0123456789 ..-/\n") for _ in range(10_000)
        ),
    }


def _best(text: str, number: int) -> float:
    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(number):
            check_text(text, "Tema")
        best = min(best, (time.perf_counter() - start) / number)
    return best


def main() -> None:
    for name, text in _texts().items():
        number = 2_000 if len(text) < 3_000 else 20
        print(f"{name:45s} {_best(text, number) * 1e6:9.1f} µs")
    topics = [f"{TOPIC} nr. {i}" for i in range(10_000)]
    start = time.perf_counter()
    for topic in topics:
        check_text(topic, "Tema")
    elapsed_ms = (time.perf_counter() - start) * 1e3
    print(f"{'10,000 topics with digits (one bulk add)':45s} {elapsed_ms:9.1f} ms")


if __name__ == "__main__":
    main()
