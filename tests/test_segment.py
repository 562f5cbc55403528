"""kg.segment.cut must give exactly the words of jieba's own accurate mode
with HMM (the owned tokenizer's lcut): it is a faster reimplementation, not
a different segmenter."""
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SHARED
from kg.segment import cut, tokenizer

FUZZ = settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", 300)), deadline=None)


def _texts():
    folders = [ROOT / "seeds", ROOT / "tests" / "heldout", ROOT / "tests" / "heldout_fresh",
               SHARED / "dev" / "docs"]
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.suffix in (".txt", ".md") and p.is_file():
                yield p.read_text(encoding="utf-8", errors="replace")


def test_same_words_as_jieba_on_every_article_we_have():
    texts = list(_texts())
    assert len(texts) >= 20
    for text in texts:
        assert cut(text) == tokenizer().lcut(text)


# Characters where the two could part: dictionary words and their prefixes,
# single characters the HMM joins into names, digits, Latin, spaces, punctuation.
ALPHABET = "区委书记长副县市镇召开会议推进主持出席签约项目产业园有限公司集团科技年月日第次张王李明华岚浩" \
           "的了和与在中国人民共和国0123456789.%abcXYZ-_ \n\t，。、；：“”（）"


@FUZZ
@given(st.one_of(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60), st.text(max_size=60)))
def test_same_words_as_jieba_on_any_text(text):
    assert cut(text) == tokenizer().lcut(text)


def test_a_name_the_dictionary_lacks_is_one_word_both_times():
    # The second call answers from the remembered HMM result; it must be the same.
    s = "岚浩区委书记岑晓峦主持会议，岑晓峦强调"
    assert cut(s) == cut(s) == tokenizer().lcut(s)
