from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_image_detail import InputImageDetail, check_input_image_detail
from ..models.input_image_type import InputImageType, check_input_image_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class InputImage(_ModelBase):
    """Image input content item

    Example:
        {'detail': 'auto', 'image_url': 'https://example.com/image.jpg', 'type': 'input_image'}

    """

    detail: InputImageDetail
    type_: InputImageType
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("detail", check_input_image_detail),
        ("type", check_input_image_type, "type_"),
    )
    _optional_ = (
        (
            "image_url",
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
