"""Run a ``LocalServer`` in its own process for the benchmarks: print its URL, serve until stdin closes.

The parent reads the first line (the base URL) and closes our stdin to stop us, so the server never
outlives the benchmark run, even when the parent is killed.
"""

from __future__ import annotations

import argparse
import sys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--validate", action="store_true", help="check every request against the spec")
    args = parser.parse_args()
    from modelgates.testing import LocalServer

    with LocalServer(port=0, api_key=None, validate=args.validate) as server:
        print(server.url, flush=True)
        sys.stdin.read()  # returns at EOF: the parent closed the pipe or exited


if __name__ == "__main__":
    main()
