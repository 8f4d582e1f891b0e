from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_server_tool_engine import ShellServerToolEngine, check_shell_server_tool_engine
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ..models.container_auto_environment import ContainerAutoEnvironment
    from ..models.container_reference_environment import ContainerReferenceEnvironment
else:
    ContainerAutoEnvironment = _LazyModel(globals(), "container_auto_environment", "ContainerAutoEnvironment")
    ContainerReferenceEnvironment = _LazyModel(
        globals(), "container_reference_environment", "ContainerReferenceEnvironment"
    )


@_attrs_define(repr=False, eq=False)
class ShellServerToolConfig(_ModelBase):
    """Configuration for the openrouter:shell server tool

    Example:
        {'engine': 'openrouter', 'environment': {'type': 'container_auto'}}

    Attributes:
        engine (ShellServerToolEngine | Unset): Which shell engine to use. "openrouter" runs commands server-side in the
            OpenRouter sandbox. "auto" (default) keeps the provider's native hosted shell when available (OpenAI); on other
            providers the call is routed to the OpenRouter sandbox. Example: openrouter.
        environment (ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset): Server-side execution
            environment for the shell tool. Only container-backed environments are supported; "local" shells are not.
            Example: {'type': 'container_auto'}.
        sleep_after_seconds (int | Unset): How long (in seconds) the container stays warm after its last command before
            sleeping, freeing its capacity slot. Idle-based: each command renews the timer. Defaults to 900 (15 minutes);
            capped at 2592000 (30 days). Example: 900.
    """

    engine: ShellServerToolEngine | Unset = UNSET
    environment: ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset = UNSET
    sleep_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("engine", check_shell_server_tool_engine),
        (
            "environment",
            _union_field(
                (
                    ("ContainerAutoEnvironment", ContainerAutoEnvironment),
                    ("ContainerReferenceEnvironment", ContainerReferenceEnvironment),
                ),
                tag=(
                    "type",
                    (
                        "container_auto",
                        "container_reference",
                    ),
                ),
            ),
        ),
        "sleep_after_seconds",
    )
