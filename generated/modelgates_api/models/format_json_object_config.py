from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.format_json_object_config_type import FormatJsonObjectConfigType, check_format_json_object_config_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FormatJsonObjectConfig(_ModelBase):
    """JSON object response format

    Example:
        {'type': 'json_object'}

    """

    type_: FormatJsonObjectConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_format_json_object_config_type, "type_"),)
