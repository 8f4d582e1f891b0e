from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_status import ImageGenerationStatus, check_image_generation_status
from ..models.output_item_image_generation_call_type import (
    OutputItemImageGenerationCallType,
    check_output_item_image_generation_call_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputItemImageGenerationCall(_ModelBase):
    """
    Example:
        {'id': 'imagegen-abc123', 'result':
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'status':
            'completed', 'type': 'image_generation_call'}

    """

    id: str
    status: ImageGenerationStatus
    type_: OutputItemImageGenerationCallType
    result: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "status",
        ("type_", "type"),
        "result",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "status"
            status = check_image_generation_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_item_image_generation_call_type(d.pop("type"))

            _at_field_ = "result"
            result = d.pop("result", UNSET)
            if not isinstance(result, (str, _NoneType, Unset)):
                result = _parse_union(
                    result,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_image_generation_call = cls(
            id=id,
            status=status,
            type_=type_,
            result=result,
        )

        output_item_image_generation_call.additional_properties = d
        return output_item_image_generation_call
