"""Faults: a full disk under the index and under the feedback store; SIGKILL at many points of an ingest.

The full-disk tests put the data directory on a real tmpfs small enough to fill (we run as root in CI;
elsewhere they skip with the reason). The kill test runs `safeguard ingest` as a user would and kills
it with SIGKILL at points spread across the run, then checks what a serving process sees.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from index.embedders import HashingEmbedder
from index.indexer import Index
from index.publish import WriterLock
from tests.conftest import REPO, LiveServer, run_cli, write_corpus
from tests.test_reindex import chapter

# -- a small disk ------------------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(path: Path, size_kb: int) -> Iterator[Path]:
    """A real filesystem of `size_kb` at `path`, unmounted afterwards."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(path)],
                             check=False, capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], check=False, capture_output=True).returncode != 0:
            # A straggler still has a file open: detach now, freed when it closes.
            subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def resize(path: Path, size_kb: int) -> None:
    """Grow (or shrink) a mounted tmpfs in place: its files stay."""
    subprocess.run(["mount", "-o", f"remount,size={size_kb}k", str(path)], check=True, capture_output=True)


def fill(path: Path) -> Path:
    """Write a filler file until the filesystem refuses another byte."""
    filler = path / "filler.bin"
    block = b"\0" * 4096
    with open(filler, "wb", buffering=0) as out:
        with contextlib.suppress(OSError):
            while True:
                out.write(block)
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0")
    probe = path / "probe"
    with pytest.raises(OSError) as refused:
        probe.write_bytes(b"x" * 4096)
    assert refused.value.errno == errno.ENOSPC
    probe.unlink(missing_ok=True)
    return filler


def cli_json(*args: str) -> dict:
    """Run a command with --json; it must succeed."""
    done = run_cli(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def answer_part(reply: dict) -> dict:
    """What a practitioner reads (ids differ per call)."""
    return {k: reply[k] for k in ("answer", "status", "urgent", "citations")}


def assert_clean_failure(done: subprocess.CompletedProcess) -> str:
    """Non-zero, no traceback, and the last line says what happened and what to do."""
    output = done.stdout + done.stderr
    assert done.returncode == 2, output
    assert "Traceback" not in output and "│" not in output, output  # no plain or rich traceback
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) <= 3, output  # at most a logged reason or two, then the error
    assert lines[-1].startswith("ERROR: no space left on the disk holding the index"), output
    assert "published index is unchanged" in lines[-1] and "free some space" in lines[-1]
    return lines[-1]


def assert_complete(data: Path) -> Index:
    """The live version has every passage its manifest lists, BM25 agrees, and Chroma holds no orphans."""
    index = Index(data, HashingEmbedder())
    entries = index.catalog.all()
    assert index.store.count() == sum(e.n_passages for e in entries) == len(index.bm25)
    assert index.physical.stored_keys() == {e.doc_key for e in entries}
    assert index.physical.count() == index.store.count()
    return index


# -- a full disk under the index -----------------------------------------------------------


def test_ingest_on_a_full_disk_fails_in_one_line_keeps_the_index_and_completes_once_freed(tmp_path: Path) -> None:
    docs = write_corpus(tmp_path / "docs")
    with tmpfs(tmp_path / "disk", 1200) as disk:
        data = disk / "data"
        data_args = ("--data-dir", str(data))

        def ask() -> dict:  # a new process each time: it must open the published index from the disk
            return answer_part(cli_json("ask", "What is the LADO phone number?", "-p", "Anyshire", *data_args))

        assert not Index(data, HashingEmbedder()).ingest([docs]).failed  # fits: about 400 kB
        before = ask()
        assert "01632 960150" in before["answer"] and before["citations"]

        # Something else filled the disk: not one byte free when the ingest starts.
        filler = fill(disk)
        assert_clean_failure(run_cli("ingest", str(REPO / "corpus"), *data_args))
        assert ask() == before

        # The demo corpus needs about 2.6 MB: the disk fills part-way through staging it.
        filler.unlink()
        assert_clean_failure(run_cli("ingest", str(REPO / "corpus"), *data_args))
        assert ask() == before

        resize(disk, 16 * 1024)  # room again: the next ingest completes, whole
        report = Index(data, HashingEmbedder()).ingest([REPO / "corpus"])
        assert report.published and len(report.added) >= 40 and not report.failed, report.summary()
        index = assert_complete(data)
        assert len(index.catalog.all()) == len(report.added) + 3  # the demo corpus and the first three
        hits = index.retriever.search("Brackenford LADO telephone", 5, ["Brackenford"])
        assert hits and all(p.partnership == "Brackenford" for p in hits)
        index.catalog.close()


# -- a full disk under the feedback store --------------------------------------------------


def test_a_full_disk_keeps_answers_coming_and_feedback_fails_with_a_json_503(tmp_path: Path) -> None:
    docs = write_corpus(tmp_path / "docs")
    with tmpfs(tmp_path / "disk", 1200) as disk:
        data = disk / "data"
        Index(data, HashingEmbedder()).ingest([docs])
        server = LiveServer(data)
        try:
            ask = {"message": "What is the LADO phone number?", "partnership": "Anyshire"}
            first = httpx.post(server.url + "/api/chat", json=ask, timeout=30).json()
            assert first["answer_id"]

            filler = fill(disk)
            for _ in range(3):  # the index is only read: answers carry on, with their citations
                reply = httpx.post(server.url + "/api/chat", json=ask, timeout=30)
                assert reply.status_code == 200
                body = reply.json()
                assert body["status"] == "answered" and "01632 960150" in body["answer"]
                assert body["citations"] and body["citations"][0]["partnership"] == "Anyshire"
            rating = {"answer_id": first["answer_id"], "rating": "down", "comment": "Needs the out of hours " * 60}
            refused = httpx.post(server.url + "/api/feedback", json=rating, timeout=30)
            assert refused.status_code == 503, refused.text
            assert refused.headers["content-type"].startswith("application/json")
            assert "could not be saved" in refused.json()["detail"] and refused.headers.get("retry-after")
            assert httpx.get(server.url + "/healthz", timeout=10).status_code == 200
            assert server.proc.poll() is None

            filler.unlink()  # space again: the same rating goes through, and new answers are recorded
            assert httpx.post(server.url + "/api/feedback", json=rating, timeout=30).status_code == 204
            later = httpx.post(server.url + "/api/chat", json=ask, timeout=30).json()
            assert later["answer_id"]
            up = {"answer_id": later["answer_id"], "rating": "up"}
            assert httpx.post(server.url + "/api/feedback", json=up, timeout=30).status_code == 204
        finally:
            output = server.stop()
        assert "Exception in ASGI application" not in output, output[-3000:]


# -- SIGKILL at many points of a plain ingest ----------------------------------------------

TOPICS = 40


def write_edition(root: Path, edition: str, drop: int = 0) -> None:
    """TOPICS chapters (less `drop` from the end), each naming its edition, so a result shows its version."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(TOPICS):
        path = root / f"topic{i:02d}.md"
        if i >= TOPICS - drop:
            path.unlink(missing_ok=True)
            continue
        contact = f"Edition {edition}: for topic {i} concerns call 01632 960{i:03d} and quote edition {edition}."
        path.write_text(chapter(f"Topic {i} procedure", contact))


def served_editions(index: Index) -> set[str]:
    return {w.split(":")[0] for p in index.passages() for w in p.text.split("Edition ")[1:]}


def start_ingest(docs: Path, data: Path, crash_at: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "SAFEGUARD_TEST_CRASH_AT"}
    if crash_at:  # die at that stage (index/publish.py's checkpoints) rather than at a time
        env["SAFEGUARD_TEST_CRASH_AT"] = crash_at
    return subprocess.Popen([sys.executable, "-m", "safeguard.cli", "ingest", str(docs), "--data-dir", str(data)],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_writer(data: Path, proc: subprocess.Popen) -> bool:
    """Until the ingest holds the writer lock (imports done, work begun); False if it ended first."""
    lock = WriterLock(data)
    while proc.poll() is None:
        if data.exists() and lock.busy():
            return True
        time.sleep(0.01)
    return False


def ingest_killed_after(docs: Path, data: Path, seconds: float | None,
                        crash_at: str | None = None) -> tuple[bool, float]:
    """Run `safeguard ingest`, SIGKILL it `seconds` into its work (None: let it finish, or die at `crash_at`).

    Returns whether it died, and how long it worked (lock taken to exit or kill).
    """
    proc = start_ingest(docs, data, crash_at)
    working = wait_for_writer(data, proc)
    began = time.monotonic()
    if working and seconds is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=seconds)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
    code = proc.wait(timeout=120)
    assert code in (0, -signal.SIGKILL), code
    return code == -signal.SIGKILL, time.monotonic() - began


def check_served(index: Index, expected: set[str], topics: int) -> None:
    """One whole version: a single edition, every chapter once, BM25 and the store agreeing."""
    index.refresh_if_changed()
    assert served_editions(index) == expected
    assert len({p.doc_id for p in index.passages()}) == topics
    assert len(index.bm25) == index.store.count() == sum(e.n_passages for e in index.catalog.all())


def test_sigkill_at_many_points_of_a_plain_ingest(tmp_path: Path) -> None:
    docs, data = tmp_path / "docs", tmp_path / "data"
    rng = random.Random(8)
    write_edition(docs, "E0")
    # Killed in the very first ingest with everything staged: nothing was ever published, so nothing is served.
    # (A stage, not a time: on a quick machine 0.2 seconds was already after the flip.)
    died, _ = ingest_killed_after(docs, data, None, crash_at="staged")
    assert died and Index(data, HashingEmbedder()).store.count() == 0
    reader = Index(data, HashingEmbedder())  # a serving process, open throughout
    began = time.monotonic()
    assert reader.ingest([docs]).published  # the next run completes (the same core the command runs)
    span = time.monotonic() - began  # a full ingest's work: the kill points are spread over it
    check_served(reader, {"E0"}, TOPICS)

    served, topics, edition = "E0", TOPICS, 1
    write_edition(docs, "E1", drop=2)
    points: list[tuple[float, bool]] = []
    # Points across a whole update: parsing, embedding, mid-upsert, listing, the flip, the clean-up after it.
    for fraction in (0.2, 0.5, 0.9, 1.3, 1.7):
        died, worked = ingest_killed_after(docs, data, span * fraction * rng.uniform(0.85, 1.15))
        fresh = Index(data, HashingEmbedder())
        live = served_editions(fresh)
        flipped = live == {f"E{edition}"}
        orphans = fresh.physical.count() > fresh.store.count()
        points.append((round(worked, 2), "finished" if not died else
                       "after the flip" + (", before clean-up" if orphans else "") if flipped else "before the flip"))
        assert live in ({served}, {f"E{edition}"}), (points, live)  # the old version or the new, whole
        if flipped:  # published before it died (or it finished): move on to the next edition
            served, topics = f"E{edition}", TOPICS - 2 * (edition % 2)
            edition += 1
            write_edition(docs, f"E{edition}", drop=2 * (edition % 2))
        for index in (reader, fresh):
            check_served(index, {served}, topics)
        fresh.catalog.close()
    print("\nkill points (seconds of work, where):", points, "full run:", round(span, 2))
    assert sum(where != "finished" for _, where in points) >= 4, points  # the points really interrupted runs

    assert reader.ingest([docs]).published  # the next run completes, and leaves no orphans
    check_served(reader, {f"E{edition}"}, TOPICS - 2 * (edition % 2))
    assert_complete(data)
