from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_shell_call_output_item_type import (
    OutputShellCallOutputItemType,
    check_output_shell_call_output_item_type,
)
from ..models.shell_call_status import ShellCallStatus, check_shell_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.shell_call_output_content import ShellCallOutputContent
else:
    ShellCallOutputContent = _LazyModel(globals(), "shell_call_output_content", "ShellCallOutputContent")


@_attrs_define(repr=False, eq=False)
class OutputShellCallOutputItem(_ModelBase):
    """A native `shell_call_output` item matching OpenAI's Responses API shape. Carries per-command stdout, stderr, and the
    exit/timeout outcome.

        Example:
            {'call_id': 'call_abc123', 'id': 'sho_abc123', 'output': [{'outcome': {'exit_code': 0, 'type': 'exit'},
                'stderr': '', 'stdout': 'hello\\n'}], 'status': 'completed', 'type': 'shell_call_output'}

        Attributes:
            status (ShellCallStatus): Status of a shell call or its output. Example: completed.
    """

    call_id: str
    id: str
    output: list[ShellCallOutputContent]
    status: ShellCallStatus
    type_: OutputShellCallOutputItemType
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        "id",
        ("output", _list_field(_model_field(ShellCallOutputContent))),
        ("status", check_shell_call_status),
        ("type", check_output_shell_call_output_item_type, "type_"),
    )
    _optional_ = (
        (
            "max_output_length",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
