"""Run-time cost of a static-embedding feature against the current term extraction (issue 18).

On the CT24 dev sentences (a dev set): per sentence, the number of table probes of the
current model (word 1-2-grams + char_wb 2-5-grams, one key lookup each) and of a WordPiece
tokenisation (BERT uncased basic tokenizer + greedy longest match: one vocabulary probe per
candidate substring) plus the d-dim adds of the mean; and a pure-Python timing of both. The
pure-Python WordPiece is checked against the model's own tokenizer (same token ids).
Run through embeddings.py: `python bench/checkworthiness/embeddings.py cost`.
"""
import time, unicodedata
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

import explore as ex


def is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text):
    """BERT's BasicTokenizer, uncased: clean, split CJK, lower-case, strip accents, split punctuation."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
            continue
        if is_cjk(cp):
            out.append(f" {ch} ")
        elif ch in " \t\n\r" or unicodedata.category(ch) == "Zs":
            out.append(" ")
        else:
            out.append(ch)
    words = []
    for w in "".join(out).split():
        w = "".join(c for c in unicodedata.normalize("NFD", w.lower()) if unicodedata.category(c) != "Mn")
        cur = ""
        for c in w:
            if is_punct(c):
                if cur:
                    words.append(cur)
                words.append(c)
                cur = ""
            else:
                cur += c
        if cur:
            words.append(cur)
    return words


def wordpiece(words, vocab, unk, probes):
    """Greedy longest match; probes[0] counts vocabulary probes."""
    ids = []
    for w in words:
        if len(w) > 100:
            ids.append(unk)
            continue
        start, sub = 0, []
        while start < len(w):
            end, cur = len(w), None
            while start < end:
                s = w[start:end] if start == 0 else "##" + w[start:end]
                probes[0] += 1
                if s in vocab:
                    cur = vocab[s]
                    break
                end -= 1
            if cur is None:
                sub = [unk]
                break
            sub.append(cur)
            start = end
        ids.extend(sub)
    return ids


def main():
    from embeddings import static_model
    tok = static_model(64).tokenizer  # the distilled model's vocabulary ([unused*] dropped)
    tok.no_padding()
    tok.no_truncation()
    vocab = tok.get_vocab()
    unk = vocab["[UNK]"]
    texts = [t for t, _ in ex.ct24("dev")]
    # the pure-Python WordPiece against the distilled model's tokenizer
    same = sum(wordpiece(basic_tokens(t), vocab, unk, [0]) == tok.encode(t, add_special_tokens=False).ids for t in texts)
    print(f"pure-Python WordPiece = the model's tokenizer on {same}/{len(texts)} dev sentences")
    # probes per sentence
    vw = TfidfVectorizer(ngram_range=(1, 2), lowercase=True).build_analyzer()
    vc = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    n_terms = np.array([len(vw(t)) + len(vc(t)) for t in texts])
    probes, n_tok = [], []
    for t in texts:
        p = [0]
        n_tok.append(len(wordpiece(basic_tokens(t), vocab, unk, p)))
        probes.append(p[0])
    chars = np.array([len(t) for t in texts])
    print(f"per sentence: {chars.mean():.0f} chars; TF-IDF terms (probes) {n_terms.mean():.0f}; "
          f"WordPiece tokens {np.mean(n_tok):.1f}, probes {np.mean(probes):.1f}")
    # pure-Python timing: term extraction + lookups, against tokenisation + lookups + mean
    table = {k: i for i, k in enumerate(set(g for t in texts for g in vw(t) + vc(t)))}
    for d in (64, 128, 256):
        emb = np.asarray(static_model(d).embedding, dtype=np.float32)
        q = np.round(emb / (np.abs(emb).max(1, keepdims=True) / 127)).astype(np.int8)
        t0 = time.perf_counter()
        for _ in range(3):
            for t in texts:
                s = 0
                for g in vw(t) + vc(t):
                    s += table.get(g, 0)
        t1 = time.perf_counter()
        for _ in range(3):
            for t in texts:
                ids = wordpiece(basic_tokens(t), vocab, unk, [0])
                v = q[ids].astype(np.float32).mean(0)
        t2 = time.perf_counter()
        print(f"d {d}: pure Python, TF-IDF terms {1e6 * (t1 - t0) / (3 * len(texts)):.0f} us/sentence, "
              f"WordPiece + int8 mean {1e6 * (t2 - t1) / (3 * len(texts)):.0f} us/sentence "
              f"(ratio {(t2 - t1) / (t1 - t0):.2f}); int8 table {q.nbytes / 2**20:.2f} MiB + scales", flush=True)
    del v, s
