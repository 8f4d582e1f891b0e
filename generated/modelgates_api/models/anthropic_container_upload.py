from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_container_upload_type import AnthropicContainerUploadType, check_anthropic_container_upload_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class AnthropicContainerUpload(_ModelBase):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'container_upload'}

    """

    file_id: str
    type_: AnthropicContainerUploadType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "file_id",
        ("type", check_anthropic_container_upload_type, "type_"),
    )
