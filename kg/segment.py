"""Word segmentation with an owned jieba tokenizer.

jieba's module-level functions share one global dictionary: `jieba.add_word`
in one place changes segmentation for every caller in the process.  We keep
our own `jieba.Tokenizer` instead, created once and only on first use (loading
the dictionary takes about a second, and `kg --help` should not pay for it).

>>> cut("东湖区召开全区产业推进大会")[:2]
['东湖区', '召开']
"""
from __future__ import annotations

import logging
import threading

_lock = threading.Lock()
_tokenizer = None


def tokenizer():
    """The process's own jieba.Tokenizer, initialised on first use."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                _add_head_words(tok)
                _tokenizer = tok
    return _tokenizer


# The genre's head words are whole words to our tokenizer, so a name never
# swallows them: without 经开区 in the dictionary the HMM glues 区 to the next
# name (江南经开|区岚城).
_HEAD_LISTS = ("project_heads", "company_suffixes", "meeting_heads")


def _add_head_words(tok) -> None:
    from kg.lexicon import builtin_words
    for name in _HEAD_LISTS:
        for w in builtin_words(name):
            if len(w) >= 2 and not tok.FREQ.get(w):
                tok.add_word(w, tag="n")


def cut(text: str) -> list[str]:
    """Accurate-mode segmentation of `text` into words."""
    return tokenizer().lcut(text)
