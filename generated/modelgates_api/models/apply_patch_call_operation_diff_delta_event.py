from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_call_operation_diff_delta_event_type import (
    ApplyPatchCallOperationDiffDeltaEventType,
    check_apply_patch_call_operation_diff_delta_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ApplyPatchCallOperationDiffDeltaEvent(_ModelBase):
    """Incremental chunk of `operation.diff` for an `apply_patch_call`. Matches OpenAI's streaming shape.

    Example:
        {'delta': '+console.log("hi");\\n', 'item_id': 'apc_abc123', 'output_index': 0, 'sequence_number': 5, 'type':
            'response.apply_patch_call_operation_diff.delta'}

    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: ApplyPatchCallOperationDiffDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "delta",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_apply_patch_call_operation_diff_delta_event_type, "type_"),
    )
