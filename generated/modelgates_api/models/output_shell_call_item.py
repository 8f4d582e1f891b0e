from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_shell_call_item_type import OutputShellCallItemType, check_output_shell_call_item_type
from ..models.shell_call_status import ShellCallStatus, check_shell_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.output_shell_call_item_action import OutputShellCallItemAction
else:
    OutputShellCallItemAction = _LazyModel(globals(), "output_shell_call_item_action", "OutputShellCallItemAction")


@_attrs_define(repr=False, eq=False)
class OutputShellCallItem(_ModelBase):
    """A native `shell_call` output item matching OpenAI's Responses API shape. Emitted for the sandbox-backed `shell`
    tool.

        Example:
            {'action': {'commands': ['echo hello'], 'max_output_length': None, 'timeout_ms': None}, 'call_id':
                'call_abc123', 'id': 'shc_abc123', 'status': 'completed', 'type': 'shell_call'}

        Attributes:
            status (ShellCallStatus): Status of a shell call or its output. Example: completed.
            arguments (None | str | Unset): The raw tool-call arguments string as emitted by the model. Echo back unchanged
                when replaying history; used verbatim to preserve provider prompt-cache prefixes.
    """

    call_id: str
    id: str
    status: ShellCallStatus
    type_: OutputShellCallItemType
    action: OutputShellCallItemAction | Unset = UNSET
    arguments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        "id",
        ("status", check_shell_call_status),
        ("type", check_output_shell_call_item_type, "type_"),
    )
    _optional_ = (
        ("action", _model_field(OutputShellCallItemAction)),
        (
            "arguments",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
