#!/usr/bin/env python3
"""Writes the second part of the inflater's corpus: two inputs compressed by Python's zlib as raw
DEFLATE streams at levels 1, 6 and 9 with windows of 2^9, 2^12 and 2^15 bytes (wbits -9, -12,
-15), and with the strategies Z_HUFFMAN_ONLY and Z_RLE: levels-INPUT-LEVEL-WBITS.deflate and
levels-INPUT-STRATEGY.deflate beside levels-INPUT.raw. The inputs mix random bytes, runs of
every length and distance and text like a sheet's, so that every length and distance code and
overlapping copies of distance 1 to 15 occur. Run it from this folder; the output is
deterministic for one zlib version."""
import random
import zlib

def inputs():
    rng = random.Random(2026)
    parts = []
    for _ in range(300):
        kind = rng.randrange(4)
        if kind == 0:
            parts.append(bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 80))))
        elif kind == 1:
            unit = bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 16)))
            parts.append(unit * rng.randrange(1, 40))
        elif kind == 2 and parts:
            parts.append(rng.choice(parts)[: rng.randrange(3, 300)])
        else:
            parts.append(f'<c r="B{rng.randrange(1, 999)}" s="{rng.randrange(9)}"><v>'
                         f'{rng.randrange(100000)}</v></c>'.encode())
    yield "mixed", b"".join(parts)
    row = '<row r="{0}" spans="1:7" ht="12.8" customHeight="1"><c r="A{0}" s="3" t="s"><v>{1}</v></c></row>'
    yield "rows", "".join(row.format(i, rng.randrange(500)) for i in range(1, 700)).encode()

def compress(data, level, wbits, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -wbits, 8, strategy)
    return c.compress(data) + c.flush()

for name, data in inputs():
    streams = {}
    for level in (1, 6, 9):
        for wbits in (9, 12, 15):
            streams[f"{level}-{wbits}"] = compress(data, level, wbits)
    streams["huffman"] = compress(data, 6, 15, zlib.Z_HUFFMAN_ONLY)
    streams["rle"] = compress(data, 6, 15, zlib.Z_RLE)
    for suffix, stream in streams.items():
        assert zlib.decompress(stream, -15) == data
        open(f"levels-{name}-{suffix}.deflate", "wb").write(stream)
    open(f"levels-{name}.raw", "wb").write(data)
