"""Build tiny, randomly initialised sentence-transformers models for tests.

The test suite must exercise the *real* sentence-transformers code paths
(``SentenceTransformer`` for embeddings and ``CrossEncoder`` for reranking)
without ever downloading a model.  The helpers below create complete model
folders on disk from scratch:

* a WordPiece tokenizer trained with the ``tokenizers`` library on a small
  corpus of short safeguarding-flavoured sentences, wrapped in a
  ``transformers.BertTokenizerFast`` so ``AutoTokenizer`` can load it;
* a tiny BERT (hidden size 32, 2 layers, 2 heads) with random weights.

Everything is seeded, so two builds with the same corpus produce identical
weights, vocabularies and therefore identical embeddings/scores.  A build
takes well under a second on CPU and never touches the network.

Usage::

    from tests.tiny_models import build_tiny_sentence_transformer
    path = build_tiny_sentence_transformer(tmp_path / "st")
    model = SentenceTransformer(str(path), device="cpu")
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import string
import tempfile
from pathlib import Path

# Never reach for the model hub from here, whatever the caller's environment.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Keep tokenizer training single-threaded-deterministic and quiet in forked workers.
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

__all__ = [
    "DEFAULT_CORPUS",
    "EMBEDDING_DIM",
    "SEED",
    "build_tiny_cross_encoder",
    "build_tiny_sentence_transformer",
    "build_tiny_tokenizer",
]

SEED = 1234
EMBEDDING_DIM = 32
MAX_POSITION_EMBEDDINGS = 256
MAX_SEQ_LENGTH = 128
VOCAB_SIZE = 1000
SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
# BERT's default init (std 0.02) makes a random classification head output
# an almost constant logit (scores equal to ~1e-5), so reranking order would be
# decided by float noise.  A wider init gives clearly different, still
# unsaturated, scores for different pairs.
CROSS_ENCODER_INITIALIZER_RANGE = 0.2

DEFAULT_CORPUS: list[str] = [
    "All staff must complete safeguarding training every year.",
    "Report any concern about a child's welfare to the designated safeguarding lead.",
    "The designated safeguarding lead is responsible for child protection referrals.",
    "If a child is in immediate danger, call the police on 999.",
    "Record concerns accurately, using the child's own words where possible.",
    "Do not promise confidentiality to a child who makes a disclosure.",
    "Listen calmly and reassure the child that they were right to tell you.",
    "Concerns about a member of staff should be reported to the headteacher.",
    "Allegations against the headteacher are reported to the chair of governors.",
    "The local authority designated officer manages allegations against adults.",
    "Signs of neglect include poor hygiene, hunger and frequent absence.",
    "Physical abuse may present as unexplained bruises, burns or fractures.",
    "Emotional abuse can harm a child's self-esteem and development.",
    "Sexual abuse includes both contact and non-contact activities.",
    "Online safety lessons teach pupils how to report harmful content.",
    "Children missing from education may be at risk of exploitation.",
    "Child criminal exploitation includes county lines drug dealing.",
    "Child sexual exploitation is a form of child sexual abuse.",
    "Female genital mutilation must be reported to the police by teachers.",
    "The Prevent duty requires staff to recognise signs of radicalisation.",
    "Early help offers support before problems become more serious.",
    "A child protection plan sets out how the child will be kept safe.",
    "Section 47 enquiries are made when a child is suffering significant harm.",
    "Section 17 covers children in need of additional support.",
    "Keep safeguarding records secure and separate from the general pupil file.",
    "Share information with children's social care when a child is at risk.",
    "Data protection law does not prevent sharing information to keep children safe.",
    "Safer recruitment checks include an enhanced DBS certificate.",
    "The single central record lists the checks carried out on staff.",
    "Volunteers in regulated activity need an enhanced check with barred list.",
    "Peer-on-peer abuse should never be dismissed as banter.",
    "Sexual harassment between pupils must be taken seriously.",
    "Bullying, including cyberbullying, can be a safeguarding issue.",
    "Domestic abuse affects children who witness it at home.",
    "Looked after children have a designated teacher in school.",
    "Private fostering arrangements must be notified to the local authority.",
    "Young carers may need extra help with attendance and homework.",
    "Mental health concerns should be discussed with the safeguarding lead.",
    "Self-harm disclosures need an immediate and sensitive response.",
    "Staff should follow the code of conduct on contact with pupils online.",
    "Use of mobile phones and cameras is restricted in the early years setting.",
    "Filtering and monitoring systems protect pupils using school devices.",
    "Governors receive annual reports on safeguarding arrangements.",
    "Keeping Children Safe in Education is statutory guidance for schools.",
    "Working Together to Safeguard Children describes multi-agency working.",
    "Whistleblowing procedures allow staff to raise concerns about practice.",
    "Parents are informed of concerns unless this would put the child at risk.",
    "A referral form should include the child's name, age and the concern.",
    "Attendance officers follow up when a pupil is absent without explanation.",
    "After a disclosure, write up your notes on the same day and sign them.",
    "Honour-based abuse and forced marriage are safeguarding concerns.",
    "Visitors must sign in at reception and wear a visitor badge.",
]


def _seed_everything(seed: int = SEED) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    try:  # transformers' own helper also seeds CUDA etc. when present
        from transformers import set_seed

        set_seed(seed)
    except Exception:  # pragma: no cover - very old/new transformers
        pass


def _corpus(corpus: list[str] | None) -> list[str]:
    texts = list(DEFAULT_CORPUS if corpus is None else corpus)
    if not texts:
        raise ValueError("corpus must contain at least one text")
    return texts


def build_tiny_tokenizer(corpus: list[str] | None = None, vocab_size: int = VOCAB_SIZE):
    """Train a lowercase WordPiece tokenizer on ``corpus`` and wrap it as a
    ``transformers.BertTokenizerFast`` (which ``AutoTokenizer`` can reload)."""
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece
    from tokenizers.trainers import WordPieceTrainer
    from transformers import BertTokenizerFast

    texts = _corpus(corpus)
    normalizer = normalizers.BertNormalizer(lowercase=True)
    pre_tokenizer = pre_tokenizers.BertPreTokenizer()

    # 1) Train a WordPiece model on the corpus with the tokenizers library.
    trained = Tokenizer(WordPiece(unk_token="[UNK]"))
    trained.normalizer = normalizer
    trained.pre_tokenizer = pre_tokenizer
    trainer = WordPieceTrainer(
        vocab_size=vocab_size,
        min_frequency=1,
        special_tokens=SPECIAL_TOKENS,
        show_progress=False,
    )
    trained.train_from_iterator(texts, trainer=trainer)

    # 2) Canonicalise the vocabulary.  The Rust trainer breaks ties between
    #    equally frequent merges in hash-map order, which is randomised per
    #    process, so the learnt intermediate sub-words (and all ids) differ
    #    from run to run.  To make builds reproducible we keep the trained
    #    alphabet (every character, bare and "##"-prefixed - this set does not
    #    depend on merge order) and add every whole word of the corpus, all in
    #    sorted order.  Unseen words fall back to character pieces, so [UNK]
    #    only appears for characters never seen in the corpus.
    chars = {t.removeprefix("##") for t in trained.get_vocab() if t not in SPECIAL_TOKENS}
    # Always include printable ASCII so unseen English words split into
    # character pieces rather than collapsing to [UNK].
    chars = {c for c in chars if len(c) == 1} | set(string.ascii_lowercase + string.digits + string.punctuation)
    alphabet = chars | {f"##{c}" for c in chars}
    words: set[str] = set()
    for text in texts:
        words.update(w for w, _ in pre_tokenizer.pre_tokenize_str(normalizer.normalize_str(text)))
    budget = max(vocab_size - len(SPECIAL_TOKENS) - len(alphabet), 0)
    extra = sorted(words - alphabet)[:budget]
    tokens = SPECIAL_TOKENS + sorted(alphabet) + extra
    vocab = {t: i for i, t in enumerate(tokens)}

    tok = Tokenizer(WordPiece(vocab, unk_token="[UNK]", continuing_subword_prefix="##"))
    tok.normalizer = normalizer
    tok.pre_tokenizer = pre_tokenizer
    tok.decoder = decoders.WordPiece(prefix="##")
    cls_id, sep_id = vocab["[CLS]"], vocab["[SEP]"]
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS]:0 $A:0 [SEP]:0",
        pair="[CLS]:0 $A:0 [SEP]:0 $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )

    ordered = sorted(vocab.items(), key=lambda kv: kv[1])
    common = dict(
        do_lower_case=True,
        unk_token="[UNK]",
        sep_token="[SEP]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        mask_token="[MASK]",
        model_max_length=MAX_SEQ_LENGTH,
    )
    try:
        hf_tok = BertTokenizerFast(tokenizer_object=tok, **common)
    except Exception:  # pragma: no cover - depends on the transformers version
        hf_tok = None
    if hf_tok is None or hf_tok.get_vocab() != vocab:  # pragma: no cover
        # Fallback: the classic vocab.txt route (same pipeline: BERT normaliser,
        # BERT pre-tokeniser, WordPiece, [CLS]/[SEP] template).
        with tempfile.TemporaryDirectory() as tmp:
            vocab_file = Path(tmp) / "vocab.txt"
            vocab_file.write_text("".join(f"{t}\n" for t, _ in ordered), encoding="utf-8")
            hf_tok = BertTokenizerFast(str(vocab_file), **common)
    if hf_tok.get_vocab() != vocab:
        raise RuntimeError("could not wrap the trained tokenizer in BertTokenizerFast")
    return hf_tok


def _bert_config(vocab_size: int, tokenizer, **extra):
    from transformers import BertConfig

    return BertConfig(
        vocab_size=vocab_size,
        hidden_size=EMBEDDING_DIM,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=MAX_POSITION_EMBEDDINGS,
        type_vocab_size=2,
        pad_token_id=tokenizer.pad_token_id,
        **extra,
    )


@contextlib.contextmanager
def _quiet_transformers():
    """Silence transformers' progress bars/info logs while building, then restore."""
    try:
        from transformers.utils import logging as hf_logging
    except Exception:  # pragma: no cover
        yield
        return
    bars_were_on = hf_logging.is_progress_bar_enabled()
    verbosity = hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars_were_on:
            hf_logging.enable_progress_bar()


def _prepare_dest(dest: Path) -> Path:
    dest = Path(dest)
    if dest.exists():
        if not dest.is_dir():
            raise NotADirectoryError(dest)
        if any(dest.iterdir()):
            shutil.rmtree(dest)
    dest.mkdir(parents=True, exist_ok=True)
    return dest


def build_tiny_sentence_transformer(dest: Path, corpus: list[str] | None = None) -> Path:
    """Create a complete sentence-transformers model folder at ``dest``.

    Modules: Transformer (tiny random BERT) -> mean Pooling -> Normalize.
    ``SentenceTransformer(str(dest), device="cpu").encode([...])`` returns
    unit-length vectors of size 32.  Deterministic for a given corpus.
    Any existing content of ``dest`` is replaced.
    """
    from sentence_transformers import SentenceTransformer
    from transformers import BertModel

    try:  # sentence-transformers >= 5.4 layout
        from sentence_transformers.sentence_transformer import modules as models
    except ImportError:  # pragma: no cover - older releases
        from sentence_transformers import models

    dest = _prepare_dest(dest)
    _seed_everything()
    tokenizer = build_tiny_tokenizer(corpus)
    config = _bert_config(len(tokenizer.get_vocab()), tokenizer)
    _seed_everything()
    bert = BertModel(config).eval()  # pooler unused by ST, kept to avoid a load warning

    with _quiet_transformers(), tempfile.TemporaryDirectory(prefix="tiny_st_hf_") as staging:
        bert.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        word = models.Transformer(staging, max_seq_length=MAX_SEQ_LENGTH)
        pooling = models.Pooling(EMBEDDING_DIM, pooling_mode="mean")
        model = SentenceTransformer(modules=[word, pooling, models.Normalize()], device="cpu")
        model.save(str(dest))
    return dest


def build_tiny_cross_encoder(dest: Path, corpus: list[str] | None = None) -> Path:
    """Create a CrossEncoder model folder at ``dest``.

    A tiny random ``BertForSequenceClassification`` with ``num_labels=1``;
    ``CrossEncoder(str(dest), device="cpu").predict([(q, p), ...])`` returns
    one float per pair.  Deterministic for a given corpus.  Any existing
    content of ``dest`` is replaced.
    """
    from sentence_transformers import CrossEncoder
    from transformers import BertForSequenceClassification

    dest = _prepare_dest(dest)
    _seed_everything()
    tokenizer = build_tiny_tokenizer(corpus)
    config = _bert_config(
        len(tokenizer.get_vocab()), tokenizer, num_labels=1, initializer_range=CROSS_ENCODER_INITIALIZER_RANGE
    )
    _seed_everything()
    bert = BertForSequenceClassification(config).eval()

    with _quiet_transformers(), tempfile.TemporaryDirectory(prefix="tiny_ce_hf_") as staging:
        bert.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        # Load through CrossEncoder itself so the saved folder carries whatever
        # sentence-transformers metadata the installed version writes.
        model = CrossEncoder(staging, device="cpu", max_length=MAX_SEQ_LENGTH, local_files_only=True)
        model.save(str(dest))
    return dest
