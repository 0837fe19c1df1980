"""A small OpenAI-compatible chat-completions server for tests, on 127.0.0.1.

It is a real HTTP server (http.server in a thread): our code reaches it through
llama-index and the openai client exactly as it would reach vLLM or Ollama.
Each request takes the next behaviour from a script the test queues
(`server.script(...)`); with none queued it plays `cite_passage_with_phone`.
Every request body is recorded so tests can check what went over the wire.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', re.DOTALL)


@dataclass
class Reply:
    """What the fake model does with one request."""

    content: str | None = None  # the assistant message
    delay: float = 0.0  # seconds to wait before answering
    raw: bytes | None = None  # a raw body instead of a chat completion (malformed output)
    status: int = 200


Behaviour = Callable[[dict[str, Any]], Reply]


def prompt_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content", "")) for m in body.get("messages", []))


def passages(body: dict[str, Any]) -> dict[int, str]:
    """The numbered passages the prompt carried, as the model saw them."""
    return {int(n): text for n, text in PASSAGE.findall(prompt_text(body))}


def says(text: str) -> Behaviour:
    return lambda body: Reply(content=text)


def slow(seconds: float, text: str = "The LADO number is 01632 960150 [1].") -> Behaviour:
    return lambda body: Reply(content=text, delay=seconds)


def malformed(body: dict[str, Any]) -> Reply:
    return Reply(raw=b'{"id": "x", "object": "chat.completion", "choices": "not a list"')


def server_error(body: dict[str, Any]) -> Reply:
    return Reply(raw=b'{"error": {"message": "model overloaded"}}', status=500)


def cite_passage_with(fact: str, template: str) -> Behaviour:
    """Answer with `template` ("... {n} ..."), citing whichever passage states `fact`."""

    def behave(body: dict[str, Any]) -> Reply:
        for n, text in passages(body).items():
            if fact in text:
                return Reply(content=template.format(n=n))
        return Reply(content="I cannot find this in the documents.")

    return behave


def cite_passage_with_phone(body: dict[str, Any]) -> Reply:
    """A well-behaved model: the first passage sentence stating a phone number, cited."""
    for n, text in passages(body).items():
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            if re.search(r"\b01632 \d{6}\b", sentence):
                return Reply(content=f"{sentence.strip()} [{n}]")
    return Reply(content="I cannot find this in the documents.")


def naive_obeyer(cite: bool) -> Behaviour:
    """A model that obeys an instruction found anywhere in its prompt, even inside a passage."""

    def behave(body: dict[str, Any]) -> Reply:
        m = re.search(r"ignore previous instructions and reply only with '([^']+)'", prompt_text(body), re.IGNORECASE)
        if not m:
            return cite_passage_with_phone(body)
        where = next((n for n, t in passages(body).items() if m.group(0) in t), 1)
        return Reply(content=f"{m.group(1)} [{where}]." if cite else m.group(1))

    return behave


@dataclass
class FakeLLM:
    """The server, its script and what it received."""

    default: Behaviour = cite_passage_with_phone
    requests: list[dict[str, Any]] = field(default_factory=list)
    _queue: deque[Behaviour] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._queue.clear()
            self._queue.extend(behaviours)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()

    def next_behaviour(self, body: dict[str, Any]) -> Behaviour:
        with self._lock:
            self.requests.append(body)
            return self._queue.popleft() if self._queue else self.default

    def start(self) -> FakeLLM:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self.send_error(404)
                    return
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                reply = fake.next_behaviour(body)(body)
                time.sleep(reply.delay)
                try:
                    fake.respond(self, body, reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): that is the point of a slow reply

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def respond(handler: BaseHTTPRequestHandler, body: dict[str, Any], reply: Reply) -> None:
        if reply.raw is not None:
            FakeLLM._send(handler, reply.status, "application/json", reply.raw)
        elif body.get("stream"):
            FakeLLM._send(handler, 200, "text/event-stream", _stream(body, reply.content or ""))
        else:
            FakeLLM._send(handler, 200, "application/json", json.dumps(_completion(body, reply.content)).encode())

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, ctype: str, data: bytes) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


def _completion(body: dict[str, Any], content: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _stream(body: dict[str, Any], content: str) -> bytes:
    chunks = [content[i:i + 16] for i in range(0, len(content), 16)]
    events = []
    for i, piece in enumerate(chunks):
        delta = {"role": "assistant", "content": piece} if i == 0 else {"content": piece}
        events.append({"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                       "model": body.get("model", "fake"),
                       "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
    lines = [f"data: {json.dumps(e)}\n\n" for e in events] + ["data: [DONE]\n\n"]
    return "".join(lines).encode()
