from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_call_output_item_status import (
    ApplyPatchCallOutputItemStatus,
    check_apply_patch_call_output_item_status,
)
from ..models.apply_patch_call_output_item_type import (
    ApplyPatchCallOutputItemType,
    check_apply_patch_call_output_item_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class ApplyPatchCallOutputItem(_ModelBase):
    """The client's echo of an `apply_patch_call` after applying the patch. `output` is an optional human-readable log;
    `status` is `completed` when the patch was applied successfully, `failed` otherwise.

        Example:
            {'call_id': 'call_abc123', 'output': 'Applied patch to /src/main.ts', 'status': 'completed', 'type':
                'apply_patch_call_output'}

    """

    call_id: str
    status: ApplyPatchCallOutputItemStatus
    type_: ApplyPatchCallOutputItemType
    id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "call_id",
        ("status", check_apply_patch_call_output_item_status),
        ("type", check_apply_patch_call_output_item_type, "type_"),
    )
    _optional_ = (
        (
            "id",
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
        (
            "output",
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
