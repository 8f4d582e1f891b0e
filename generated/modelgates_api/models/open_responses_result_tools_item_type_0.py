from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_responses_result_tools_item_type_0_type import (
    OpenResponsesResultToolsItemType0Type,
    check_open_responses_result_tools_item_type_0_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.open_responses_result_tools_item_type_0_parameters_type_0 import (
        OpenResponsesResultToolsItemType0ParametersType0,
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

    _json_fields_ = (
        "name",
        "parameters",
        ("type_", "type"),
        "description",
        "strict",
        "defer_loading",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "parameters"
            parameters = d.pop("parameters")
            if not isinstance(parameters, (_NoneType,)):
                parameters = _parse_union(
                    parameters,
                    (
                        (
                            "OpenResponsesResultToolsItemType0ParametersType0",
                            OpenResponsesResultToolsItemType0ParametersType0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "type"
            type_ = check_open_responses_result_tools_item_type_0_type(d.pop("type"))

            _at_field_ = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, _NoneType, Unset)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "strict"
            strict = d.pop("strict", UNSET)
            if not isinstance(strict, (bool, _NoneType, Unset)):
                strict = _parse_union(
                    strict,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "defer_loading"
            defer_loading = d.pop("defer_loading", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_responses_result_tools_item_type_0 = cls(
            name=name,
            parameters=parameters,
            type_=type_,
            description=description,
            strict=strict,
            defer_loading=defer_loading,
        )

        open_responses_result_tools_item_type_0.additional_properties = d
        return open_responses_result_tools_item_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenResponsesResultToolsItemType0ParametersType0 = _LazyModel(
        globals(),
        "modelgates_api.models.open_responses_result_tools_item_type_0_parameters_type_0",
        "OpenResponsesResultToolsItemType0ParametersType0",
    )
