"""A client library for accessing ModelGates API"""

# modelgates: the client classes load on first use, so that importing the resource groups (which
# `import modelgates` does) costs nothing of attrs or httpx.
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
