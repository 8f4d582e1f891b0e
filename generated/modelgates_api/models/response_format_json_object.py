from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.response_format_json_object_type import (
    ResponseFormatJsonObjectType,
    check_response_format_json_object_type,
)
from ..types import CLOSED, ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ResponseFormatJsonObject(_ModelBase):
    """JSON mode; the model returns a valid JSON object."""

    type_: ResponseFormatJsonObjectType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_response_format_json_object_type, "type_"),)
    _extras_ = CLOSED
