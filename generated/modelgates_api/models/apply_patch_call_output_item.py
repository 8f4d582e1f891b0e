from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_output_item_status import (
    ApplyPatchCallOutputItemStatus,
    check_apply_patch_call_output_item_status,
)
from ..models.apply_patch_call_output_item_type import (
    ApplyPatchCallOutputItemType,
    check_apply_patch_call_output_item_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "call_id",
        "status",
        ("type_", "type"),
        "id",
        "output",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "status"
            status = check_apply_patch_call_output_item_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_apply_patch_call_output_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, (str, _NoneType, Unset)):
                id = _parse_union(
                    id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "output"
            output = d.pop("output", UNSET)
            if not isinstance(output, (str, _NoneType, Unset)):
                output = _parse_union(
                    output,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        apply_patch_call_output_item = cls(
            call_id=call_id,
            status=status,
            type_=type_,
            id=id,
            output=output,
        )

        apply_patch_call_output_item.additional_properties = d
        return apply_patch_call_output_item
