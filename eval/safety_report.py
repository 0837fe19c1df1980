"""Print safety figures for the README: urgent recall, false alarms, redaction pass rate.

Why: the thresholds in tests are minimums; this shows the actual numbers,
including the held-out 'fresh' batches written after the rules.
Run: python -m eval.safety_report
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.redact import redact
from bot.safety import assess_urgency

EVAL_DIR = Path(__file__).parent


def load_jsonl(name: str) -> list[dict]:
    """Rows of a JSONL file in eval/."""
    lines = (EVAL_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def urgency_figures(rows: list[dict]) -> dict[str, float | int]:
    """Recall on urgent rows and false-alarm rate on near misses."""
    urgent = [r for r in rows if r["urgent"]]
    calm = [r for r in rows if not r["urgent"]]
    hits = sum(assess_urgency(r["text"]).urgent for r in urgent)
    alarms = sum(assess_urgency(r["text"]).urgent for r in calm)
    return {"urgent": len(urgent), "hits": hits, "recall": hits / max(len(urgent), 1),
            "near_misses": len(calm), "false_alarms": alarms,
            "false_alarm_rate": alarms / max(len(calm), 1)}


def redaction_case_passes(case: dict) -> bool:
    """No must_remove string survives, every must_keep stays, clean text unchanged."""
    out = redact(case["text"]).text
    if any(s in out for s in case.get("must_remove", [])):
        return False
    if any(s not in out for s in case.get("must_keep", [])):
        return False
    return not (case.get("unchanged") and out != case["text"])


def main() -> None:
    rows = load_jsonl("urgent_messages.jsonl")
    f = urgency_figures(rows)
    print(f"Urgent recall: {f['recall']:.3f} ({f['hits']}/{f['urgent']})")
    print(f"False-alarm rate: {f['false_alarm_rate']:.3f} ({f['false_alarms']}/{f['near_misses']})")
    cases = load_jsonl("redaction_cases.jsonl")
    passed = sum(redaction_case_passes(c) for c in cases)
    clean = [c for c in cases if c.get("unchanged")]
    clean_ok = sum(redaction_case_passes(c) for c in clean)
    print(f"Redaction pass rate: {passed / len(cases):.3f} ({passed}/{len(cases)}); "
          f"clean questions unchanged: {clean_ok}/{len(clean)}")


if __name__ == "__main__":
    main()
