from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.response_format_text_type import ResponseFormatTextType, check_response_format_text_type
from ..types import CLOSED, ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ResponseFormatText(_ModelBase):
    """Plain text output (the default)."""

    type_: ResponseFormatTextType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_response_format_text_type, "type_"),)
    _extras_ = CLOSED
