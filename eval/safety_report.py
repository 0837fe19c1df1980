"""Safety figures for the README, and the trainer of the urgent-message model.

Why: the thresholds in tests are minimums; this shows the actual numbers for
the training set (rules were tuned on it, model fitted on it) and for the two
held-out sets that neither rules nor model were fitted on.
Run:   python -m eval.safety_report                 (figures)
       python -m eval.safety_report --build-model   (refit bot/data/urgent_model.json)
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from bot.redact import redact
from bot.safety import MODEL_PATH, assess_urgency, decide_urgency, model_features, normalise

EVAL_DIR = Path(__file__).parent
TRAIN_FILE = "urgent_messages.jsonl"
HOLDOUT_FILE = "urgent_holdout.jsonl"
C_GRID = (1.0, 4.0, 16.0)
THRESHOLD_GRID = tuple(round(0.20 + 0.05 * i, 2) for i in range(11))  # 0.20 .. 0.70
MAX_TRAIN_FAR = 0.08  # combined rules+model, with margin under the 0.10 target
MAX_MODEL_FAR = 0.10  # the model alone must not lean on the framing vetoes to stay quiet
CV_FOLDS, CV_SEEDS = 5, 3


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


def holdout_sets() -> dict[str, list[dict]]:
    """Held-out rows grouped by their "set" field (holdout, holdout2, ...)."""
    groups: dict[str, list[dict]] = {}
    for row in load_jsonl(HOLDOUT_FILE):
        groups.setdefault(row.get("set", "holdout"), []).append(row)
    return groups


# ---------------------------------------------------------------------------
# Model training (scikit-learn is imported only here, never at serving time)
# ---------------------------------------------------------------------------

def _matrix(norm_texts: list[str], vocab: dict[str, int]):  # -> scipy.sparse.csr_matrix
    """Binary features scaled by 1/sqrt(n present), exactly as UrgencyModel.score does."""
    from scipy.sparse import csr_matrix
    rows, cols, vals = [], [], []
    for i, text in enumerate(norm_texts):
        idx = [vocab[f] for f in model_features(text) if f in vocab]
        for j in idx:
            rows.append(i)
            cols.append(j)
            vals.append(1.0 / len(idx) ** 0.5)
    return csr_matrix((vals, (rows, cols)), shape=(len(norm_texts), len(vocab)))


def _fit(norm_texts: list[str], labels: list[bool], c: float):
    """Balanced logistic regression; returns (vocab, fitted model)."""
    from sklearn.linear_model import LogisticRegression
    vocab: dict[str, int] = {}
    for text in norm_texts:
        for f in model_features(text):
            vocab.setdefault(f, len(vocab))
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    return vocab, clf.fit(_matrix(norm_texts, vocab), labels)


def _oof_scores(norm_texts: list[str], labels: list[bool], c: float) -> list[float]:
    """Out-of-fold scores averaged over several shuffled stratified splits."""
    from sklearn.model_selection import StratifiedKFold
    scores = [0.0] * len(norm_texts)
    for seed in range(CV_SEEDS):
        for fit_idx, test_idx in StratifiedKFold(CV_FOLDS, shuffle=True, random_state=seed).split(norm_texts, labels):
            vocab, clf = _fit([norm_texts[i] for i in fit_idx], [labels[i] for i in fit_idx], c)
            probs = clf.predict_proba(_matrix([norm_texts[i] for i in test_idx], vocab))[:, 1]
            for i, p in zip(test_idx, probs):
                scores[i] += float(p) / CV_SEEDS
    return scores


def _choose(norm_texts: list[str], labels: list[bool]) -> dict[str, float]:
    """Pick C and threshold by cross-validation on the training rows only.

    Criterion: highest out-of-fold recall of the model on its own (the rules
    were tuned on these rows, so combined recall says nothing), subject to the
    combined rules+model false-alarm rate staying <= MAX_TRAIN_FAR and the
    model's own rate <= MAX_MODEL_FAR.
    """
    best: dict[str, float] = {}
    n_calm = sum(not y for y in labels)
    for c in C_GRID:
        oof = _oof_scores(norm_texts, labels, c)
        for t in THRESHOLD_GRID:
            recall = sum(p >= t for p, y in zip(oof, labels) if y) / sum(labels)
            model_far = sum(p >= t for p, y in zip(oof, labels) if not y) / n_calm
            far = sum(decide_urgency(x, p >= t).urgent for x, p, y in zip(norm_texts, oof, labels) if not y) / n_calm
            key = (recall, -t, -far)  # ties: the lower threshold keeps more recall margin on unseen text
            ok = far <= MAX_TRAIN_FAR and model_far <= MAX_MODEL_FAR
            if ok and (not best or key > (best["cv_recall"], -best["threshold"], -best["cv_far"])):
                best = {"C": c, "threshold": t, "cv_recall": recall, "cv_far": far}
    return best


def build_urgency_model(rows: list[dict]) -> dict:
    """Fit the model on training rows; returns the JSON-ready dict."""
    texts = [normalise(r["text"]) for r in rows]
    labels = [bool(r["urgent"]) for r in rows]
    choice = _choose(texts, labels)
    vocab, clf = _fit(texts, labels, choice["C"])
    weights = {f: round(float(clf.coef_[0][j]), 5) for f, j in sorted(vocab.items())}
    return {"bias": round(float(clf.intercept_[0]), 5), "threshold": choice["threshold"],
            "C": choice["C"], "cv_recall": round(choice["cv_recall"], 4), "cv_far": round(choice["cv_far"], 4),
            "training_rows": len(rows), "training_sha256": training_digest(), "weights": weights}


def training_digest() -> str:
    """SHA-256 of the training file, stored in the model to detect staleness."""
    return hashlib.sha256((EVAL_DIR / TRAIN_FILE).read_bytes()).hexdigest()


def write_model(path: Path = MODEL_PATH) -> dict:
    """Rebuild the committed model file from the training set."""
    model = build_urgency_model(load_jsonl(TRAIN_FILE))
    path.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    return model


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

def redaction_case_passes(case: dict) -> bool:
    """No must_remove string survives, every must_keep stays, clean text unchanged."""
    out = redact(case["text"]).text
    if any(s in out for s in case.get("must_remove", [])):
        return False
    if any(s not in out for s in case.get("must_keep", [])):
        return False
    return not (case.get("unchanged") and out != case["text"])


def _line(name: str, f: dict[str, float | int]) -> str:
    return (f"| {name} | {f['recall']:.3f} ({f['hits']}/{f['urgent']}) "
            f"| {f['false_alarm_rate']:.3f} ({f['false_alarms']}/{f['near_misses']}) |")


def main() -> None:
    """Print urgency figures per set as a Markdown table, then redaction figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-model", action="store_true", help="refit bot/data/urgent_model.json first")
    if parser.parse_args().build_model:
        m = write_model()
        print(f"model: C={m['C']} threshold={m['threshold']} cv_recall={m['cv_recall']} cv_far={m['cv_far']} "
              f"features={len(m['weights'])}")
        from bot.safety import load_urgency_model
        load_urgency_model.cache_clear()
    print("| Set | Urgent recall | False-alarm rate |")
    print("|---|---|---|")
    print(_line("training (tuned on)", urgency_figures(load_jsonl(TRAIN_FILE))))
    for name, rows in holdout_sets().items():
        print(_line(name, urgency_figures(rows)))
    cases = load_jsonl("redaction_cases.jsonl")
    passed = sum(redaction_case_passes(c) for c in cases)
    clean = [c for c in cases if c.get("unchanged")]
    clean_ok = sum(redaction_case_passes(c) for c in clean)
    print(f"Redaction pass rate: {passed / len(cases):.3f} ({passed}/{len(cases)}); "
          f"clean questions unchanged: {clean_ok}/{len(clean)}")


if __name__ == "__main__":
    main()
