#!/usr/bin/env python3
"""Writes the real-news ingest benchmark input: every article of ../shared/corpus-open/wikinews and
../shared/corpus, COPIES times, each copy made distinct (a marker line and its own URL and id) so the
store keeps all of them. Usage: python3 bench/real-news-jsonl.py ../shared COPIES > /tmp/real30u.jsonl"""
import json, pathlib, sys

shared, copies = pathlib.Path(sys.argv[1]), int(sys.argv[2])
files = sorted((shared / "corpus-open" / "wikinews").glob("*.txt")) + sorted((shared / "corpus").glob("*.txt"))
for k in range(1, copies + 1):
    for f in files:
        text = f.read_text(encoding="utf-8")
        print(json.dumps({"id": f"{f.stem}-{k}", "url": f"https://bench.invalid/{f.stem}/{k}",
                          "text": f"{text}\n\nBenchmark copy {k}.\n"}, ensure_ascii=False))
