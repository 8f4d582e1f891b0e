from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.custom_tool_type import CustomToolType, check_custom_tool_type
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ..models.custom_tool_format_type_0 import CustomToolFormatType0
    from ..models.custom_tool_format_type_1 import CustomToolFormatType1
else:
    CustomToolFormatType0 = _LazyModel(globals(), "custom_tool_format_type_0", "CustomToolFormatType0")
    CustomToolFormatType1 = _LazyModel(globals(), "custom_tool_format_type_1", "CustomToolFormatType1")


@_attrs_define(repr=False, eq=False)
class CustomTool(_ModelBase):
    """Custom tool configuration

    Example:
        {'name': 'my_tool', 'type': 'custom'}

    """

    name: str
    type_: CustomToolType
    description: str | Unset = UNSET
    format_: CustomToolFormatType0 | CustomToolFormatType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        ("type", check_custom_tool_type, "type_"),
    )
    _optional_ = (
        "description",
        (
            "format",
            _union_field(
                (
                    ("CustomToolFormatType0", CustomToolFormatType0),
                    ("CustomToolFormatType1", CustomToolFormatType1),
                ),
                tag=(
                    "type",
                    (
                        "text",
                        "grammar",
                    ),
                ),
            ),
            "format_",
        ),
    )
