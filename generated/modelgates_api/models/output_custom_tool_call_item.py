from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_custom_tool_call_item_type import (
    OutputCustomToolCallItemType,
    check_output_custom_tool_call_item_type,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputCustomToolCallItem(_ModelBase):
    """A call to a custom (freeform-grammar) tool created by the model — distinct from `function_call`. Used for tools like
    Codex CLI's `apply_patch` whose payload is opaque text rather than JSON arguments.

        Example:
            {'call_id': 'call-abc123', 'id': 'ctc-abc123', 'input': '*** Begin Patch\\n*** End Patch', 'name':
                'apply_patch', 'type': 'custom_tool_call'}

        Attributes:
            namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
                server)
    """

    call_id: str
    input_: str
    name: str
    type_: OutputCustomToolCallItemType
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        ("input", None, "input_"),
        "name",
        ("type", check_output_custom_tool_call_item_type, "type_"),
    )
    _optional_ = (
        "id",
        "namespace",
    )
