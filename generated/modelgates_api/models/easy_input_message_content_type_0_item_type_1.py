from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.easy_input_message_content_type_0_item_type_1_detail import (
    EasyInputMessageContentType0ItemType1Detail,
    check_easy_input_message_content_type_0_item_type_1_detail,
)
from ..models.easy_input_message_content_type_0_item_type_1_type import (
    EasyInputMessageContentType0ItemType1Type,
    check_easy_input_message_content_type_0_item_type_1_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "detail",
        ("type_", "type"),
        "image_url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "detail"
            detail = check_easy_input_message_content_type_0_item_type_1_detail(d.pop("detail"))

            _at_field_ = "type"
            type_ = check_easy_input_message_content_type_0_item_type_1_type(d.pop("type"))

            _at_field_ = "image_url"
            image_url = d.pop("image_url", UNSET)
            if not isinstance(image_url, (str, _NoneType, Unset)):
                image_url = _parse_union(
                    image_url,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        easy_input_message_content_type_0_item_type_1 = cls(
            detail=detail,
            type_=type_,
            image_url=image_url,
        )

        easy_input_message_content_type_0_item_type_1.additional_properties = d
        return easy_input_message_content_type_0_item_type_1
