#!/usr/bin/env python3
"""Writes the inflater's reference corpus: each input compressed by Python's zlib as a raw
DEFLATE stream (wbits=-15), NAME.deflate, beside the input itself, NAME.raw.

The corpus covers stored blocks (level 0), fixed-Huffman blocks (strategy Z_FIXED), dynamic
Huffman blocks (the default), several blocks in one stream, empty input, long runs (length
258, distance 1) and far back-references. Run it from this folder; the output is deterministic
for one zlib version."""
import random
import zlib

def inputs():
    rng = random.Random(1951)
    row = '<row r="{0}"><c r="F{0}" t="inlineStr"><is><t>Ya</t></is></c></row>'
    yield "empty", b""
    yield "one-byte", b"A"
    yield "run", b"a" * 5000
    yield "sheet", "".join(row.format(i) for i in range(1, 400)).encode()
    yield "random", bytes(rng.getrandbits(8) for _ in range(1000))
    words = ["Kode", "Penilaian", "Bobot", "Jawaban", "Nilai", "Bukti", "dukung", "Catatan",
             "é", "ñ", "zona", "integritas"]
    yield "words", " ".join(rng.choice(words) for _ in range(4000)).encode()
    far = bytes(rng.getrandbits(8) for _ in range(12000))
    yield "far", far + b"-" + far[:3000]

def compress(data, level, strategy):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)
    return c.compress(data) + c.flush()

for name, data in inputs():
    for suffix, level, strategy in [("stored", 0, zlib.Z_DEFAULT_STRATEGY),
                                    ("fixed", 6, zlib.Z_FIXED),
                                    ("dynamic", 9, zlib.Z_DEFAULT_STRATEGY)]:
        stream = compress(data, level, strategy)
        assert zlib.decompress(stream, -15) == data
        open(f"{name}-{suffix}.deflate", "wb").write(stream)
    open(f"{name}.raw", "wb").write(data)
