from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.bash_server_tool_engine import BashServerToolEngine, check_bash_server_tool_engine
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
class BashServerToolConfig(_ModelBase):
    """Configuration for the openrouter:bash server tool

    Example:
        {'environment': {'type': 'container_auto'}}

    Attributes:
        engine (BashServerToolEngine | Unset): Which bash engine to use. "openrouter" runs commands server-side in the
            OpenRouter sandbox. "auto" (default) and "native" use native passthrough, returning the tool call to your
            application to run client-side; OpenRouter does not execute the commands. Example: auto.
        environment (ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset): Execution environment for the
            bash server tool. Example: {'type': 'container_auto'}.
        sleep_after_seconds (int | Unset): How long (in seconds) the container stays warm after its last command before
            sleeping, freeing its capacity slot. Idle-based: each command renews the timer. Defaults to 900 (15 minutes);
            capped at 2592000 (30 days). Example: 900.
    """

    engine: BashServerToolEngine | Unset = UNSET
    environment: ContainerAutoEnvironment | ContainerReferenceEnvironment | Unset = UNSET
    sleep_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("engine", check_bash_server_tool_engine),
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
