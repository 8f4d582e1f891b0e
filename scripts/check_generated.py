#!/usr/bin/env python3
"""Fail when generated/ is not exactly what scripts/generate.py makes from openapi.yaml.

Regenerates into a temporary folder and compares file by file (bytecode caches aside in the
committed tree, which Python and the linters write into; none may be in a fresh generation).
Since generated/ was made by another run, at another time, in another folder, a match also shows
that generation is deterministic. Exit 0: identical (prints the operation count). Exit 1: prints
which files were added, removed or changed, and the start of each diff, then says how to fix it
(`make generate`).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import ROOT, GenerationFailed, docs_dir_for, generate

IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache"}
DIFF_LINES_PER_FILE = 20


def tree(root: Path, *, keep_caches: bool = False) -> dict[str, bytes]:
    files = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        cache = bool(IGNORED_PARTS & set(rel.parts)) or path.suffix == ".pyc"
        if path.is_file() and (keep_caches or not cache):
            files[rel.as_posix()] = path.read_bytes()
    return files


def _content(name: str, data: bytes) -> bytes:
    """What a file holds: a gzipped one compared by its content (another zlib may compress it differently)."""
    return gzip.decompress(data) if name.endswith(".gz") else data


def compare(expected: dict[str, bytes], actual: dict[str, bytes], folder: str = "generated/") -> list[str]:
    """What differs between the fresh tree and the committed one in ``folder``; changed files are
    named relative to generated/ (its package), anything else with the folder's path."""
    shown = "" if folder == "generated/" else folder
    report = []
    for name in sorted(expected.keys() - actual.keys()):
        report.append(f"missing from {folder}: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        report.append(f"not produced by the generator (hand-added?): {shown}{name}")
    for name in sorted(expected.keys() & actual.keys()):
        fresh, committed = _content(name, expected[name]), _content(name, actual[name])
        if fresh != committed:
            report.append(f"differs: {shown}{name}")
            diff = difflib.unified_diff(
                committed.decode("utf-8", "replace").splitlines(),
                fresh.decode("utf-8", "replace").splitlines(),
                f"{folder}{name}",
                f"regenerated/{name}",
                lineterm="",
            )
            report.extend(f"    {line}" for line in list(diff)[:DIFF_LINES_PER_FILE])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated", help="the tree to check")
    args = parser.parse_args(argv)
    committed = args.generated
    with tempfile.TemporaryDirectory(prefix="modelgates-check-") as tmp:
        fresh = Path(tmp) / "generated"
        try:
            result = generate(args.spec, fresh)
        except GenerationFailed as err:
            print(f"check-generated: regeneration failed: {err}", file=sys.stderr)
            return 1
        # The fresh tree with its caches, if any: a cache left in the output would be committed.
        report = compare(tree(fresh, keep_caches=True), tree(committed) if committed.exists() else {})
        # The reference docs are generated too: docs/sdks must match as well.
        docs, fresh_docs = docs_dir_for(committed), docs_dir_for(fresh)
        report += compare(tree(fresh_docs), tree(docs) if docs.exists() else {}, folder="docs/sdks/")
    if report:
        print(f"check-generated: {committed} does not match {args.spec.name}:", file=sys.stderr)
        print("\n".join(report), file=sys.stderr)
        print("Run `make generate` and commit the result (never edit generated/ by hand).", file=sys.stderr)
        return 1
    print(f"check-generated: {committed} matches {args.spec.name} ({result.operations} operations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
