from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_server_tool_engine import ShellServerToolEngine, check_shell_server_tool_engine
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.container_auto_environment import ContainerAutoEnvironment
    from ..models.container_reference_environment import ContainerReferenceEnvironment


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

    _json_fields_ = (
        "engine",
        "environment",
        "sleep_after_seconds",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: ShellServerToolEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_shell_server_tool_engine(_engine)

            _at_field_ = "environment"
            environment = d.pop("environment", UNSET)
            if not isinstance(environment, (Unset,)):
                environment = _parse_union(
                    environment,
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
                )

            _at_field_ = "sleep_after_seconds"
            sleep_after_seconds = d.pop("sleep_after_seconds", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        shell_server_tool_config = cls(
            engine=engine,
            environment=environment,
            sleep_after_seconds=sleep_after_seconds,
        )

        shell_server_tool_config.additional_properties = d
        return shell_server_tool_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContainerAutoEnvironment = _LazyModel(
        globals(), "modelgates_api.models.container_auto_environment", "ContainerAutoEnvironment"
    )
    ContainerReferenceEnvironment = _LazyModel(
        globals(), "modelgates_api.models.container_reference_environment", "ContainerReferenceEnvironment"
    )
