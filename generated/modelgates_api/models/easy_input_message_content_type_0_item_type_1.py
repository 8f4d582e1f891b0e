from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.easy_input_message_content_type_0_item_type_1_detail import (
    EasyInputMessageContentType0ItemType1Detail,
    check_easy_input_message_content_type_0_item_type_1_detail,
)
from ..models.easy_input_message_content_type_0_item_type_1_type import (
    EasyInputMessageContentType0ItemType1Type,
    check_easy_input_message_content_type_0_item_type_1_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class EasyInputMessageContentType0ItemType1(_ModelBase):
    """Image input content item

    Example:
        {'detail': 'auto', 'image_url': 'https://example.com/image.jpg', 'type': 'input_image'}

    """

    detail: EasyInputMessageContentType0ItemType1Detail
    type_: EasyInputMessageContentType0ItemType1Type
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("detail", check_easy_input_message_content_type_0_item_type_1_detail),
        ("type", check_easy_input_message_content_type_0_item_type_1_type, "type_"),
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
