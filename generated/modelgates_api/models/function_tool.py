from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.function_tool_type import FunctionToolType, check_function_tool_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0
else:
    FunctionToolParametersType0 = _LazyModel(
        globals(), "function_tool_parameters_type_0", "FunctionToolParametersType0"
    )


@_attrs_define(repr=False, eq=False)
class FunctionTool(_ModelBase):
    """Function tool definition

    Example:
        {'description': 'Get the current weather in a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'The city and state', 'type': 'string'}, 'unit': {'enum': ['celsius',
            'fahrenheit'], 'type': 'string'}}, 'required': ['location'], 'type': 'object'}, 'type': 'function'}

    """

    name: str
    parameters: FunctionToolParametersType0 | None
    type_: FunctionToolType
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        (
            "parameters",
            _union_field(
                (("FunctionToolParametersType0", FunctionToolParametersType0),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        ("type", check_function_tool_type, "type_"),
    )
    _optional_ = (
        (
            "description",
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
        (
            "strict",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
    )
