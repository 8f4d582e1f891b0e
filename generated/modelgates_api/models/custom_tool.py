from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_type import CustomToolType, check_custom_tool_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.custom_tool_format_type_0 import CustomToolFormatType0
    from ..models.custom_tool_format_type_1 import CustomToolFormatType1


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

    _json_fields_ = (
        "name",
        ("type_", "type"),
        "description",
        ("format_", "format"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_custom_tool_type(d.pop("type"))

            _at_field_ = "description"
            description = d.pop("description", UNSET)

            _at_field_ = "format"
            format_ = d.pop("format", UNSET)
            if not isinstance(format_, (Unset,)):
                format_ = _parse_union(
                    format_,
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
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        custom_tool = cls(
            name=name,
            type_=type_,
            description=description,
            format_=format_,
        )

        custom_tool.additional_properties = d
        return custom_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CustomToolFormatType0 = _LazyModel(
        globals(), "modelgates_api.models.custom_tool_format_type_0", "CustomToolFormatType0"
    )
    CustomToolFormatType1 = _LazyModel(
        globals(), "modelgates_api.models.custom_tool_format_type_1", "CustomToolFormatType1"
    )
