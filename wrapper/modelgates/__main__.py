"""``python -m modelgates``: the same as the ``modelgates`` command."""

import sys

from ._cli import main

sys.exit(main())
