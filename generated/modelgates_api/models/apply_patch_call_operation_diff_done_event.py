from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_call_operation_diff_done_event_type import (
    ApplyPatchCallOperationDiffDoneEventType,
    check_apply_patch_call_operation_diff_done_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ApplyPatchCallOperationDiffDoneEvent(_ModelBase):
    """Emitted when `operation.diff` streaming completes for an `apply_patch_call`.

    Example:
        {'diff': '@@\\n+console.log("hi");\\n', 'item_id': 'apc_abc123', 'output_index': 0, 'sequence_number': 12,
            'type': 'response.apply_patch_call_operation_diff.done'}

    """

    diff: str
    item_id: str
    output_index: int
    sequence_number: int
    type_: ApplyPatchCallOperationDiffDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "diff",
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_apply_patch_call_operation_diff_done_event_type, "type_"),
    )
