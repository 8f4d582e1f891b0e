from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_generation_status import ImageGenerationStatus, check_image_generation_status
from ..models.output_item_image_generation_call_type import (
    OutputItemImageGenerationCallType,
    check_output_item_image_generation_call_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


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

    _required_ = (
        "id",
        ("status", check_image_generation_status),
        ("type", check_output_item_image_generation_call_type, "type_"),
    )
    _optional_ = (
        (
            "result",
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
