from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_responses_result_tools_item_type_0_type import (
    OpenResponsesResultToolsItemType0Type,
    check_open_responses_result_tools_item_type_0_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.open_responses_result_tools_item_type_0_parameters_type_0 import (
        OpenResponsesResultToolsItemType0ParametersType0,
    )
else:
    OpenResponsesResultToolsItemType0ParametersType0 = _LazyModel(
        globals(),
        "open_responses_result_tools_item_type_0_parameters_type_0",
        "OpenResponsesResultToolsItemType0ParametersType0",
    )


@_attrs_define(repr=False, eq=False)
class OpenResponsesResultToolsItemType0(_ModelBase):
    """Function tool definition

    Example:
        {'description': 'Get the current weather in a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'The city and state', 'type': 'string'}, 'unit': {'enum': ['celsius',
            'fahrenheit'], 'type': 'string'}}, 'required': ['location'], 'type': 'object'}, 'type': 'function'}

    Attributes:
        defer_loading (bool | Unset): Withhold this tool from the model until `openrouter:tool_search` finds it.
            Requires the tool search server tool; at least one tool must remain non-deferred. Example: True.
    """

    name: str
    parameters: None | OpenResponsesResultToolsItemType0ParametersType0
    type_: OpenResponsesResultToolsItemType0Type
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "name",
        (
            "parameters",
            _union_field(
                (
                    (
                        "OpenResponsesResultToolsItemType0ParametersType0",
                        OpenResponsesResultToolsItemType0ParametersType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("type", check_open_responses_result_tools_item_type_0_type, "type_"),
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
        "defer_loading",
    )
