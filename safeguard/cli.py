"""`safeguard` command line: ingest, search, ask, serve.

Each command is a thin adapter over the same core the HTTP API uses.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Optional

import typer

from safeguard.settings import Settings, get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Safeguarding procedures assistant.")

KEEP_ALIVE_SECONDS = 75  # see serve(): longer than any client or proxy keeps an idle connection
DataDir = typer.Option(None, "--data-dir", help="Index folder (default: $SAFEGUARD_DATA_DIR, else ./data).")
Partnership = typer.Option(None, "--partnership", "-p", help="Partnership name, e.g. Anyshire.")


def _settings(data_dir: Optional[Path]) -> Settings:
    settings = get_settings()
    return settings.model_copy(update={"data_dir": data_dir}) if data_dir else settings


def _setup_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _assistant(data_dir: Optional[Path]):
    from bot.assistant import Assistant

    return Assistant(_settings(data_dir))


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders to index."),
    partnership: Optional[str] = Partnership,
    data_dir: Optional[Path] = DataDir,
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Index documents; re-running updates changed files and removes vanished ones."""
    _setup_logging()
    core = _assistant(data_dir)
    with _index_errors(core.settings.data_dir):
        index = core.require_index()
        report = _run_with_progress(lambda progress: index.ingest(paths, partnership, progress))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        for source, reason in report.failed:
            typer.echo(f"FAILED {source}: {reason}", err=True)
        typer.echo(report.summary())
        typer.echo(f"index: {core.index.store.count()} passages from {len(core.index.catalog.all())} documents "
                   f"({core.index.embedder.status})")
    raise typer.Exit(code=1 if report.failed else 0)


@contextlib.contextmanager
def _index_errors(data_dir: Path) -> Iterator[None]:
    """An index that cannot be opened or written (a Chroma server down, a full disk) is one clear line, exit 2.

    Publishing is atomic, so the version being served is unchanged; the next run completes the job.
    """
    import httpx

    from bot.assistant import IndexUnavailable
    from index.publish import write_failure

    try:
        yield
    except Exception as exc:
        reason = write_failure(exc, data_dir)
        if reason is None:
            if not isinstance(exc, (IndexUnavailable, httpx.HTTPError, ConnectionError)):
                raise
            reason = (f"cannot write the index ({exc.__class__.__name__}: {exc}). "
                      "The published index is unchanged; run the command again when the store is back.")
        typer.echo(f"ERROR: {reason}", err=True)
        raise typer.Exit(code=2) from None


def _run_with_progress(job):
    """Show a progress bar on a terminal; stay quiet in pipes and CI logs."""
    if not sys.stderr.isatty():
        return job(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        task = bar.add_task("indexing", total=None)
        return job(lambda done, total, name: bar.update(task, completed=done, total=total, description=name[:40]))


@app.command()
def search(
    query: str,
    partnership: Optional[str] = Partnership,
    top_k: int = typer.Option(5, "--top-k", "-k", min=1, max=50),
    data_dir: Optional[Path] = DataDir,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show the passages that best match QUERY."""
    _setup_logging()
    from bot.schemas import search_result

    results = [search_result(p) for p in _assistant(data_dir).search(query, top_k, partnership)]
    if as_json:
        typer.echo(json.dumps({"results": [r.model_dump() for r in results]}, indent=2))
        return
    if not results:
        typer.echo("No matching passages.")
    for i, r in enumerate(results, 1):
        where = " · ".join(filter(None, [r.partnership, r.section, f"page {r.page}" if r.page else ""]))
        typer.echo(f"{i}. {r.title} — {where}\n   {r.text[:300]}{'…' if len(r.text) > 300 else ''}\n   {r.source}")


@app.command()
def ask(
    question: str,
    partnership: Optional[str] = Partnership,
    data_dir: Optional[Path] = DataDir,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Answer QUESTION from the indexed documents, with citations."""
    _setup_logging()
    from bot.schemas import chat_response

    response = chat_response(_assistant(data_dir).answer(question, partnership, channel="cli"))
    if as_json:
        typer.echo(response.model_dump_json(indent=2))
        return
    typer.echo(response.answer)
    for c in response.citations:
        where = " · ".join(filter(None, [c.partnership, c.section, f"page {c.page}" if c.page else ""]))
        typer.echo(f"  [{c.n}] {c.title} — {where} ({c.source})")


@app.command()
def reindex(
    data_dir: Optional[Path] = DataDir,
    sources: Optional[Path] = typer.Option(None, "--sources", help="Sources file (default: $SAFEGUARD_SOURCES_FILE)."),
    gate: bool = typer.Option(True, "--gate/--no-gate", help="Refuse to publish a version that scores worse."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Refresh every configured source into a new index version (atomic, gated)."""
    _setup_logging()
    from index.reindex import format_report, run_reindex_command

    with _index_errors(_settings(data_dir).data_dir):
        report, code = _run_with_progress(
            lambda progress: run_reindex_command(_settings(data_dir), gate, sources, progress)
        )
    typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else format_report(report))
    raise typer.Exit(code=code)


@app.command("eval")
def evaluate(
    questions: Path = typer.Option(None, help="Question set (JSONL); default eval/questions.jsonl."),
    corpus: Path = typer.Option(None, help="Documents to index; default corpus/."),
    report: Path = typer.Option(Path("eval-report.json"), help="Where to write the JSON report."),
    baseline: bool = typer.Option(True, help="Also run the plain llama-index baseline."),
) -> None:
    """Measure search and answer quality on the question set, beside the baseline."""
    _setup_logging()
    from eval.harness import CORPUS, QUESTIONS, table
    from eval.harness import evaluate as run_eval

    result = run_eval(questions or QUESTIONS, corpus or CORPUS, with_baseline=baseline)
    report.write_text(json.dumps(result, indent=2))
    typer.echo(f"questions: {result['questions']}")
    typer.echo(table(result))
    typer.echo(f"report: {report}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port."),
    data_dir: Optional[Path] = DataDir,
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, envvar="SAFEGUARD_WORKERS",
                                help="Server processes (more than 1 needs a Chroma server: SAFEGUARD_CHROMA_URL)."),
) -> None:
    """Serve the chat page and the HTTP API."""
    _setup_logging()
    import uvicorn

    from bot.api import create_app
    from bot.observability import configure_logging

    settings = _settings(data_dir)
    if workers > 1 and not settings.chroma_url:
        typer.echo("ERROR: --workers above 1 needs a Chroma server (set SAFEGUARD_CHROMA_URL). Embedded Chroma "
                   "is not safe to open from several processes; use one worker, or run `chroma run`.", err=True)
        raise typer.Exit(code=2)
    configure_logging()  # one JSON line per event, never message text
    # proxy_headers off: X-Forwarded-For is honoured only from SAFEGUARD_TRUSTED_PROXIES (bot/limits.py).
    # Idle connections are kept 75 s, longer than clients and proxies keep theirs (httpx 5 s, nginx 60 s):
    # otherwise a client may reuse one just as the server closes it, and the request is reset unanswered
    # (RELIABILITY.md, "the load ReadError").
    options = {"host": host, "port": port, "log_level": "info", "proxy_headers": False, "access_log": False,
               "timeout_keep_alive": KEEP_ALIVE_SECONDS}
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return
    # Worker processes build their own app from the environment: pass the data folder on through it.
    os.environ["SAFEGUARD_DATA_DIR"] = str(settings.data_dir.resolve())
    uvicorn.run("safeguard.cli:worker_app", factory=True, workers=workers, **options)


def worker_app():
    """The app in one of `serve --workers N`'s processes (settings from the environment)."""
    from bot.api import create_app
    from bot.observability import configure_logging

    configure_logging()
    return create_app(get_settings())


if __name__ == "__main__":
    app()
