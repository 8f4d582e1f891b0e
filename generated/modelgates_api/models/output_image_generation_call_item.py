from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_generation_status import ImageGenerationStatus, check_image_generation_status
from ..models.output_image_generation_call_item_type import (
    OutputImageGenerationCallItemType,
    check_output_image_generation_call_item_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class OutputImageGenerationCallItem(_ModelBase):
    """
    Example:
        {'id': 'img-abc123', 'result': None, 'status': 'completed', 'type': 'image_generation_call'}

    Attributes:
        prompt (str | Unset): The prompt (possibly rewritten) that the image was generated from.
    """

    id: str
    status: ImageGenerationStatus
    type_: OutputImageGenerationCallItemType
    result: None | str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("status", check_image_generation_status),
        ("type", check_output_image_generation_call_item_type, "type_"),
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
        "prompt",
    )
