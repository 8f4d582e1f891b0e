from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_container_upload_type import AnthropicContainerUploadType, check_anthropic_container_upload_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicContainerUpload(_ModelBase):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'container_upload'}

    """

    file_id: str
    type_: AnthropicContainerUploadType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "file_id",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "file_id"
            file_id = d.pop("file_id")

            _at_field_ = "type"
            type_ = check_anthropic_container_upload_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_container_upload = cls(
            file_id=file_id,
            type_=type_,
        )

        anthropic_container_upload.additional_properties = d
        return anthropic_container_upload
