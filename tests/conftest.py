"""Shared fixtures: small real document folders, real indexes, a real server."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

# Nothing in the suite may wait on the model hub: it is unreachable here and in CI.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("SAFEGUARD_EMBED_MODEL", "hashing")
# Every test client shares 127.0.0.1: rate limiting is tested on its own (test_limits.py).
os.environ.setdefault("SAFEGUARD_RATE_LIMIT_PER_MINUTE", "0")

pytest_plugins = ["tests.conftest_models"]

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds" / "native"

LADO_A = """# Allegations against staff: the LADO

Anyshire Safeguarding Children Partnership. Updated: 14 July 2026

## When to contact the LADO

Contact the Local Authority Designated Officer (LADO) within one working day when an adult who works with
children may have harmed a child, committed a criminal offence against a child, or behaved in a way that
suggests they may pose a risk of harm to children. Do not investigate the allegation yourself and do not
tell the adult concerned before speaking to the LADO.

## Contact details

The Anyshire LADO service can be reached on 01632 960150, Monday to Friday. Outside office hours, call the
Emergency Duty Team on 01632 960199. Email referrals go to lado@anyshire.example.org using the referral form.
"""

LADO_B = LADO_A.replace("Anyshire", "Brackenford").replace("960150", "960250").replace(
    "960199", "960299").replace("within one working day", "within 24 hours")

MISSING_A = """# Children missing from home or care

Anyshire Safeguarding Children Partnership. Published March 2026

## Return home interviews

Every child who has been missing should be offered an independent return home interview within 72 hours of
coming back. The interview gives the child a chance to talk about why they went missing, where they stayed
and whether anyone harmed or exploited them while they were away. Findings are shared with the allocated
social worker and with the police missing person coordinator.
"""


def write_corpus(root: Path) -> Path:
    """Two partnerships' small document folders, as real files."""
    (root / "anyshire").mkdir(parents=True, exist_ok=True)
    (root / "brackenford").mkdir(parents=True, exist_ok=True)
    (root / "anyshire" / "lado.md").write_text(LADO_A)
    (root / "anyshire" / "missing.md").write_text(MISSING_A)
    (root / "brackenford" / "lado.md").write_text(LADO_B)
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "docs")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """`safeguard serve` in a child process on 127.0.0.1, as a user would run it."""

    def __init__(self, data_dir: Path, env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # Output goes to a file: a pipe nobody reads fills up and stalls the server mid-request.
        self.log = tempfile.NamedTemporaryFile(prefix="safeguard-serve-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "safeguard.cli", "serve", "--port", str(self.port), "--data-dir", str(data_dir),
             *args],
            cwd=REPO, env={**os.environ, **(env or {})}, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.output()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start within 60 s")

    def output(self) -> str:
        """Everything the server has printed so far."""
        return Path(self.log.name).read_text(errors="replace")

    def stop(self) -> str:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        out = self.output()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)
        return out


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "safeguard.cli", *args], cwd=REPO, env={**os.environ, **(env or {})},
        capture_output=True, text=True, timeout=300,
    )


@contextlib.contextmanager
def chroma_server(path: Path, port: int | None = None) -> Iterator[str]:
    """A real `chroma run` server on 127.0.0.1 (skips the test if the CLI cannot start one)."""
    # The CLI installed beside this interpreter (`make test` runs .venv/bin/python without activating it), else PATH.
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if not chroma:
        pytest.skip("the chroma CLI (from the chromadb package) is not beside Python or on PATH")
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.skip("chroma run did not start within 30 s")
            time.sleep(0.2)
        yield url
    finally:
        proc.kill()
        proc.wait(timeout=20)


@pytest.fixture(scope="session")
def chroma_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One `chroma run` server for the whole session; tests keep apart by database (see `StoreMode`)."""
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@dataclass(frozen=True)
class StoreMode:
    """Embedded Chroma, or the session's Chroma server: what a test's ingest and server run against."""

    name: str
    server_url: str = ""

    def fresh_url(self) -> str:
        """A Chroma URL no other test uses ("" = embedded, which lives in the test's own data dir)."""
        return f"{self.server_url}/t{uuid.uuid4().hex[:12]}" if self.server_url else ""

    def env(self, chroma_url: str) -> dict[str, str]:
        """Set explicitly, so an ambient SAFEGUARD_CHROMA_URL never decides the mode."""
        return {"SAFEGUARD_CHROMA_URL": chroma_url}


@pytest.fixture(scope="module", params=["embedded", "server"])
def store_mode(request: pytest.FixtureRequest) -> StoreMode:
    """Run the core integration tests once against each store (issue 7)."""
    if request.param == "embedded":
        return StoreMode("embedded")
    return StoreMode("server", request.getfixturevalue("chroma_server_url"))
