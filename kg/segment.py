"""Word segmentation with an owned jieba tokenizer.

jieba's module-level functions share one global dictionary: `jieba.add_word`
in one place changes segmentation for every caller in the process.  We keep
our own `jieba.Tokenizer` instead, created once and only on first use (loading
the dictionary takes about a second, and `kg --help` should not pay for it).

>>> cut("二七区召开全区产业发展大会")[:2]
['二七区', '召开']
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
                _tokenizer = tok
    return _tokenizer


def cut(text: str) -> list[str]:
    """Accurate-mode segmentation of `text` into words."""
    return tokenizer().lcut(text)
