#!/usr/bin/env python3
"""A straightforward scorer of zi-2021 worksheets, for the benchmark's side-by-side comparison.

It reads the instrument (worksheets/instrumen/zi-2021.csv) and every worksheet with the csv
module and scores them by the rules of docs/methodology.md (sections 3 and 4): option values,
percentage items over their input rows with the penyebut_nol rule and the 0..1 cap, a blank
LHKPN/LHKASN total taken from its breakdown, survey scores over 4, unanswered items counting 0,
sub-indicators as weight x mean of their items, everything above as sums. It prints one line per
worksheet, `file,unit,total` with the total to four decimals, as `pmprb compare --format csv`
gives it in its `nilai` column. It checks nothing: it is a measure of what plain Python costs,
for worksheets that pmprb reads without a problem (such as those of `pmprb generate`).

    score_zi2021.py [--instrument PATH] FILE_OR_FOLDER...
"""

import csv
import os
import re
import sys


def load_instrument(path):
    types, nodes, order = {}, {}, []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kind = row["jenis"]
            if kind == "tipe":
                rule = row["rumus"]
                if "=" in rule:
                    options = {}
                    for part in rule.split(";"):
                        label, value = part.split("=")
                        options[label.strip().lower()] = float(value)
                    types[row["kode"]] = ("options", options)
                elif rule.startswith("skala"):
                    low, high = rule.split()[1].split("..")
                    types[row["kode"]] = ("scale", float(high))
                else:
                    types[row["kode"]] = (rule, None)
            elif kind in ("komponen", "aspek", "area", "subindikator", "butir", "masukan"):
                nodes[row["kode"]] = {
                    "kind": kind,
                    "weight": float(row["bobot"]) if row["bobot"] else None,
                    "type": row["tipe_jawaban"],
                    "formula": row["rumus"],
                    "zero": row["penyebut_nol"],
                    "children": [],
                }
                order.append(row["kode"])
    roots = []
    for code in order:
        parent = code.rsplit(".", 1)[0] if "." in code else None
        if parent in nodes:
            nodes[parent]["children"].append(code)
        else:
            roots.append(code)
    return types, nodes, roots


def number(text):
    text = text.strip().replace(",", ".")
    return float(text) if text else None


def terms(expression):
    """The codes of a sum such as `A + B - C`, each with its sign."""
    signed, sign = [], 1.0
    for token in re.findall(r"[+-]|[^\s+-]+", expression):
        if token in "+-":
            sign = 1.0 if token == "+" else -1.0
        else:
            signed.append((sign, token))
            sign = 1.0
    return signed


def total_of(expression, counts):
    total = 0.0
    for sign, code in terms(expression.strip().strip("()")):
        if counts.get(code) is None:
            return None
        total += sign * counts[code]
    return total


def score(path, types, nodes, roots):
    answers, unit = {}, ""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            code = row["kode"].strip()
            if code.lower() == "#unit":
                unit = row["jawaban"].strip()
            elif code in nodes:
                answers[code] = row["jawaban"].strip()

    counts = {}
    for code, node in nodes.items():
        if node["kind"] == "masukan":
            counts[code] = number(answers.get(code, ""))
    for code, node in nodes.items():
        # A blank total takes the sum of its breakdown rows (a blank one counts 0).
        if node["kind"] == "masukan" and node["formula"] and counts[code] is None:
            parts = [counts.get(c) for _, c in terms(node["formula"])]
            if any(p is not None for p in parts):
                counts[code] = sum(p for p in parts if p is not None)

    def item_value(code):
        node = nodes[code]
        kind, rule = types[node["type"]]
        answer = answers.get(code, "")
        if kind == "options":
            key = answer.lower().rstrip(".)")
            return rule.get(key, 0.0) if answer else 0.0
        if kind == "scale":
            value = number(answer)
            return value / rule if value is not None else 0.0
        if kind == "persen":
            top, bottom = node["formula"].split("/")
            numerator, denominator = total_of(top, counts), total_of(bottom, counts)
            if numerator is None or denominator is None:
                return 0.0
            if denominator == 0:
                zero = node["zero"]
                if not zero:
                    return 0.0
                if "=" in zero:
                    rules = dict(p.strip().split("=") for p in zero.split(";"))
                    return float(rules["negatif" if numerator < 0 else "nol"])
                return float(zero)
            return min(1.0, max(0.0, numerator / denominator))
        return 0.0

    def value(code):
        node = nodes[code]
        if node["kind"] == "butir":
            item = item_value(code)
            return item * node["weight"] if node["weight"] is not None else item
        children = [c for c in node["children"] if nodes[c]["kind"] != "masukan"]
        items = [c for c in children if nodes[c]["kind"] == "butir" and nodes[c]["weight"] is None]
        if items:
            return node["weight"] * sum(item_value(c) for c in items) / len(items)
        return sum(value(c) for c in children)

    return unit, sum(value(code) for code in roots)


def worksheets(arguments):
    for argument in arguments:
        if os.path.isdir(argument):
            for name in sorted(os.listdir(argument)):
                if name.lower().endswith(".csv") and not name.startswith("."):
                    yield os.path.join(argument, name)
        else:
            yield argument


def main(arguments):
    instrument = os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "worksheets", "instrumen",
        "zi-2021.csv")
    if arguments[:1] == ["--instrument"]:
        instrument, arguments = arguments[1], arguments[2:]
    types, nodes, roots = load_instrument(instrument)
    out = sys.stdout
    for path in worksheets(arguments):
        unit, total = score(path, types, nodes, roots)
        out.write(f"{path},{unit},{total:.4f}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
