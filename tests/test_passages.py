"""Passage boundaries: sizes, sections, pages, sentences."""

from __future__ import annotations

from index.passages import MAX_WORDS, MIN_WORDS, document_passages, pack_blocks, split_sentences
from safeguard.model import Document, Section


def _words(n: int, word: str = "word") -> str:
    return " ".join(f"{word}{i}" for i in range(n)) + "."


def test_passages_never_straddle_sections_or_pages() -> None:
    doc = Document(
        source="/tmp/x.pdf", title="T", format="pdf",
        sections=[
            Section(("Intro",), [_words(60, "a")], page=1),
            Section(("Intro",), [_words(60, "b")], page=2),
            Section(("Referral", "How"), [_words(40, "c"), _words(40, "d")], page=2),
        ],
    )
    passages = document_passages(doc)
    assert [(p.heading_path, p.page) for p in passages] == [
        (("Intro",), 1), (("Intro",), 2), (("Referral", "How"), 2)
    ]
    assert "a0" in passages[0].text and "b0" not in passages[0].text
    assert passages[2].text.count("\n") == 1  # two blocks kept as separate lines
    assert [p.ordinal for p in passages] == [0, 1, 2]
    assert len({p.passage_id for p in passages}) == 3


def test_long_sections_split_within_limits_and_keep_every_word() -> None:
    blocks = [" ".join(f"w{i}_{j}" for j in range(12)) + "." for i in range(90)]  # 1080 words
    chunks = pack_blocks(blocks)
    sizes = [len(c.split()) for c in chunks]
    assert max(sizes) <= MAX_WORDS
    assert min(sizes) >= MIN_WORDS
    assert sum(sizes) == 1080
    # Blocks are packed whole: no block is cut in two.
    assert all(line in blocks for c in chunks for line in c.split("\n"))


def test_short_tail_is_balanced_with_previous_chunk() -> None:
    blocks = [_words(20)] * 13  # 260 words: a naive packer leaves a 20-word tail
    sizes = [len(c.split()) for c in pack_blocks(blocks)]
    assert sum(sizes) == 260
    assert min(sizes) >= 100


def test_overlong_single_block_is_split_at_sentences() -> None:
    sentence = "Care " + " ".join(["plan"] * 28) + " ends."
    chunks = pack_blocks([" ".join([sentence] * 20)])  # 600 words in one paragraph
    assert all(len(c.split()) <= MAX_WORDS for c in chunks)
    assert all(c.rstrip().endswith("ends.") for c in chunks)


def test_sentence_splitter_keeps_abbreviations_and_numbers() -> None:
    text = "Call the LADO, e.g. on 01632 960150. Then tell the DSL. Dr. Khan leads. Section 47 applies."
    assert split_sentences(text) == [
        "Call the LADO, e.g. on 01632 960150.", "Then tell the DSL.", "Dr. Khan leads.", "Section 47 applies."
    ]


def test_a_numbered_items_marker_stays_with_its_item() -> None:
    """"1." is not a sentence: an answer made of it says nothing."""
    assert split_sentences("1. Neglect: spotting it sooner. It matters.") == ["1. Neglect: spotting it sooner.",
                                                                                "It matters."]
    assert split_sentences("Our priorities follow. 2. Exploitation: disrupting adults.") == [
        "Our priorities follow.", "2. Exploitation: disrupting adults."]
    assert split_sentences("Call 999. I will wait.") == ["Call 999.", "I will wait."]
