from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ImageGenerationServerToolInputImageMask(_ModelBase):
    file_id: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "file_id",
        "image_url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file_id"
            file_id = d.pop("file_id", UNSET)

            _at_field_ = "image_url"
            image_url = d.pop("image_url", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_server_tool_input_image_mask = cls(
            file_id=file_id,
            image_url=image_url,
        )

        image_generation_server_tool_input_image_mask.additional_properties = d
        return image_generation_server_tool_input_image_mask
