"""The SDK's exceptions, as the seeds name them: ``from modelgates import errors``.

See ``modelgates._exceptions`` for the class tree. The class of each error status the spec
declares (``BadRequestResponseError`` ...) is generated into ``modelgates_api.status_errors``.
"""

from typing import TYPE_CHECKING

from modelgates_api.status_errors import *  # noqa: F403 (one class per declared status, generated)

from ._exceptions import *  # noqa: F403 (the hand-written classes)

if not TYPE_CHECKING:
    # Every class here, sorted. Not for type checkers: they read the names the two star imports
    # bring, which a list built from the generated module's __all__ would hide from them.
    __all__ = sorted(name for name, value in globals().items() if isinstance(value, type) and name[0] != "_")  # noqa: PLE0605
