"""Re-indexing by content hash: exact Chroma and BM25 contents after edits, deletions, renames and additions,
the change report, and a July procedures update that leaves no January-only fact findable or quoted."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.embedders import HashingEmbedder
from index.indexer import Index, IngestReport
from index.store import open_client

CHAPTER = """# {title}

{area} Safeguarding Children Partnership. Amended: {date}

## Who to contact

{contact}

## What to record

Record the concern, the date and time, what the child said in their own words, what you saw and who you told.
Keep the record factual, sign it and pass it to the designated safeguarding lead on the same day so that the
decision about a referral is made quickly and by the right person in the setting.
"""


def chapter(title: str, contact: str, area: str = "Anyshire", date: str = "10 January 2026") -> str:
    return CHAPTER.format(title=title, contact=contact, area=area, date=date)


def stored(data_dir: Path) -> dict[str, list[str]]:
    """What Chroma physically holds, read through a fresh client: file name → passage texts."""
    got = open_client(data_dir).get_collection("passages").get(include=["documents", "metadatas"])
    out: dict[str, list[str]] = {}
    for text, meta in zip(got["documents"], got["metadatas"]):
        out.setdefault(Path(meta["source"]).name, []).append(text)
    return out


def bm25_files(index: Index) -> set[str]:
    return {Path(p.source).name for p in index.bm25.passages}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "lado.md").write_text(chapter("Allegations against staff: LADO", "Call the LADO on 01632 960150."))
    (root / "referral.md").write_text(chapter("Making a referral", "Call the front door on 01632 960100."))
    (root / "neglect.md").write_text(chapter("Neglect", "Use the neglect toolkit and call 01632 960110."))
    return root


def test_edit_delete_rename_add_leave_exactly_the_current_documents(docs: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data", HashingEmbedder())
    first = index.ingest([docs])
    assert len(first.added) == 3 and first.published and index.version == 1
    assert set(stored(index.data_dir)) == {"lado.md", "referral.md", "neglect.md"} == bm25_files(index)

    # Nothing changed: no new version, nothing re-embedded.
    again = index.ingest([docs])
    assert len(again.unchanged) == 3 and not again.published and index.version == 1

    (docs / "lado.md").write_text(chapter("Allegations against staff: LADO", "Call the LADO on 01632 960151."))
    (docs / "neglect.md").unlink()
    (docs / "referral.md").rename(docs / "making-a-referral.md")
    (docs / "escalation.md").write_text(chapter("Escalation", "Escalate to the named nurse on 01632 960120."))
    report = index.ingest([docs])

    assert [Path(s).name for s in report.updated] == ["lado.md"]
    assert sorted(Path(s).name for s in report.added) == ["escalation.md", "making-a-referral.md"]
    assert sorted(Path(s).name for s in report.removed) == ["neglect.md", "referral.md"]
    assert index.version == 2
    chroma = stored(index.data_dir)
    assert set(chroma) == {"lado.md", "making-a-referral.md", "escalation.md"} == bm25_files(index)
    everything = "\n".join(t for texts in chroma.values() for t in texts)
    assert "960151" in everything and "960150" not in everything  # the old edition is physically gone
    assert "960110" not in everything  # the deleted chapter too
    assert sum(len(t) for t in chroma.values()) == index.store.count() == len(index.bm25)
    assert not index.bm25.search("960150", 5) and not index.bm25.search("neglect toolkit", 5)
    assert index.bm25.search("960151", 5) and index.bm25.search("960100", 5)


def test_change_report_names_the_sections_whose_text_changed(docs: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data", HashingEmbedder())
    index.ingest([docs])
    text = (docs / "lado.md").read_text().replace("01632 960150", "01632 960151")
    (docs / "lado.md").write_text(text)
    report = index.ingest([docs])
    (source,) = report.updated
    assert report.sections[source] == ["Who to contact"]
    assert report.as_dict()["sections_changed"] == {source: ["Who to contact"]}


def test_published_date_of_the_new_edition_is_on_every_passage(docs: Path, tmp_path: Path) -> None:
    index = Index(tmp_path / "data", HashingEmbedder())
    index.ingest([docs])
    assert {p.published for p in index.passages()} == {"2026-01-10"}
    (docs / "lado.md").write_text(chapter("Allegations against staff: LADO", "Call 01632 960151.", date="3 July 2026"))
    index.ingest([docs])
    lado = [p for p in index.passages() if p.source.endswith("lado.md")]
    assert lado and {p.published for p in lado} == {"2026-07-03"}


JANUARY = {
    "lado.md": ("Allegations against staff: LADO", "Call the LADO on 01632 960150 within one working day."),
    "missing.md": ("Children missing from home", "Offer a return interview within 72 hours; call 01632 960160."),
    "referral.md": ("Making a referral", "Phone the front door on 01632 960100 and follow up in writing in 48 hours."),
}
JULY = {
    "lado.md": ("Allegations against staff: LADO", "Call the LADO on 01632 960155 within one working day."),
    "missing.md": ("Children missing from home", "Offer a return interview within 72 hours; call 01632 960165."),
    "referral.md": ("Making a referral", "Phone the front door on 01632 960105 and follow up in writing in 24 hours."),
}
AMENDMENTS = """# Amendments to these procedures: July 2026

Anyshire Safeguarding Children Partnership. Published: 1 July 2026

## Changes in this update

The LADO telephone number changed to 01632 960155. The front door number changed to 01632 960105 and written
confirmation of a phone referral is now due within 24 hours. The missing children coordinator number changed to
01632 960165. Practitioners should replace any printed copies of the January edition.
"""


def test_july_update_leaves_no_january_fact_findable_or_quoted(tmp_path: Path) -> None:
    from bot.assistant import Assistant
    from safeguard.settings import get_settings

    site = tmp_path / "anyshire"
    site.mkdir()
    for name, (title, contact) in JANUARY.items():
        (site / name).write_text(chapter(title, contact))
    data = tmp_path / "data"
    settings = get_settings().model_copy(update={"data_dir": data})
    bot = Assistant(settings)
    bot.index.ingest([site], partnership="Anyshire")
    assert "960150" in bot.answer("what is the LADO phone number", "Anyshire").answer.text

    for name, (title, contact) in JULY.items():
        (site / name).write_text(chapter(title, contact, date="1 July 2026"))
    (site / "amendments-july-2026.md").write_text(AMENDMENTS)
    report = Assistant(settings).index.ingest([site], partnership="Anyshire")  # another process's writer
    assert len(report.updated) == 3 and len(report.added) == 1

    january_only = ["960150", "960160", "960100", "48 hours"]
    questions = ["what is the LADO phone number", "missing children coordinator number",
                 "front door phone number", "how long to confirm a phone referral in writing"]
    for q in questions:
        hits = bot.search(q, 10, "Anyshire")  # the long-running bot picks up the new version by itself
        assert hits and all(p.published in {"2026-07-01"} for p in hits)
        reply = bot.answer(q, "Anyshire").answer
        quoted = reply.text + " ".join(c.text for c in reply.citations)
        assert not any(fact in quoted for fact in january_only), (q, quoted)
    for fact in january_only[:3]:
        assert not bot.index.bm25.search(fact, 10)
    assert "960155" in bot.answer("what is the LADO phone number", "Anyshire").answer.text
    everything = "\n".join(t for texts in stored(data).values() for t in texts)
    assert not any(fact in everything for fact in january_only)


def test_regression_gate_refuses_a_version_that_loses_answers(docs: Path, tmp_path: Path) -> None:
    import json

    from eval.gate import regression_reason
    from safeguard.settings import get_settings

    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({
        "id": "g1", "question": "LADO phone number", "kind": "answerable", "partnership": "Anyshire",
        "expected_doc": "lado.md", "grounding": "Call the LADO on 01632 960150", "key_fact": "01632 960150",
    }) + "\n")
    settings = get_settings().model_copy(update={"data_dir": tmp_path / "data"})
    index = Index(settings.data_dir, HashingEmbedder())
    index.ingest([docs], partnership="Anyshire")
    (docs / "lado.md").write_text(chapter("Allegations against staff: LADO", "Ask your manager."))
    with index.writer():
        build = index.begin()
        report = IngestReport()
        index.ingest_paths(build, [docs], "Anyshire", report)
        index.finish(build, report, lambda b: regression_reason(index, b, settings, questions))
    assert not report.published and "recall@5 1.000 → 0.000" in report.notes[0]
    assert index.version == 1 and "960150" in "\n".join(t for ts in stored(index.data_dir).values() for t in ts)


def test_admin_reindex_endpoint_needs_the_token_and_runs_one_at_a_time(docs: Path, tmp_path: Path) -> None:
    import time

    from fastapi.testclient import TestClient

    from bot.admin import install_admin
    from bot.api import create_app
    from safeguard.settings import get_settings

    sources = tmp_path / "sources.yaml"
    sources.write_text(f"defaults: {{delay_seconds: 0}}\nsources:\n  - partnership: Anyshire\n    folders: [{docs}]\n")
    settings = get_settings().model_copy(update={"data_dir": tmp_path / "data", "sources_file": sources,
                                                 "admin_token": "s3cret"})
    app = create_app(settings)
    install_admin(app, settings, lambda: app.state.assistant)
    with TestClient(app) as client:
        assert client.post("/api/admin/reindex").status_code == 401
        assert client.post("/api/admin/reindex", headers={"Authorization": "Bearer nope"}).status_code == 403
        auth = {"Authorization": "Bearer s3cret"}
        assert client.get("/api/admin/reports/latest", headers=auth).status_code == 404
        assert client.post("/api/admin/reindex?gate=false", headers=auth).status_code == 202
        assert client.post("/api/admin/reindex?gate=false", headers=auth).status_code in (202, 409)
        for _ in range(300):
            status = client.get("/api/admin/reindex", headers=auth).json()
            if status["state"] != "running":
                break
            time.sleep(0.1)
        assert status["state"] == "finished" and status["published"], status
        latest = client.get("/api/admin/reports/latest", headers=auth).json()
        assert len(latest["added"]) == 3
        hits = client.post("/api/search", json={"query": "LADO phone", "partnership": "Anyshire"}).json()["results"]
        assert any("960150" in r["text"] for r in hits)

    off = get_settings().model_copy(update={"data_dir": tmp_path / "data2", "admin_token": ""})
    app2 = create_app(off)
    install_admin(app2, off, lambda: app2.state.assistant)
    with TestClient(app2) as client:
        assert client.post("/api/admin/reindex", headers={"Authorization": "Bearer x"}).status_code == 404


def test_chroma_server_mode_ingests_searches_and_flips_the_same_way(docs: Path, tmp_path: Path) -> None:
    from tests.conftest import chroma_server

    with chroma_server(tmp_path / "server") as url:
        index = Index(tmp_path / "data", HashingEmbedder(), chroma_url=url)
        assert type(index.physical.client).__name__ != "PersistentClient" and not (tmp_path / "data" / "chroma").exists()
        index.ingest([docs])
        reader = Index(tmp_path / "data", HashingEmbedder(), chroma_url=url)  # another API process
        assert reader.retriever.search("960150", 3)
        (docs / "lado.md").write_text(chapter("Allegations against staff: LADO", "Call the LADO on 01632 960151."))
        report = index.ingest([docs])
        assert report.published and reader.refresh_if_changed() and reader.version == 2
        assert not reader.bm25.search("960150", 5) and reader.bm25.search("960151", 5)
        got = index.physical.collection.get(include=["documents"])["documents"]
        assert any("960151" in t for t in got) and not any("960150" in t for t in got)