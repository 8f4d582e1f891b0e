from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_operation_diff_done_event_type import (
    ApplyPatchCallOperationDiffDoneEventType,
    check_apply_patch_call_operation_diff_done_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "diff",
        "item_id",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "diff"
            diff = d.pop("diff")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_apply_patch_call_operation_diff_done_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        apply_patch_call_operation_diff_done_event = cls(
            diff=diff,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        apply_patch_call_operation_diff_done_event.additional_properties = d
        return apply_patch_call_operation_diff_done_event
