from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.function_tool_type import FunctionToolType, check_function_tool_type
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)

if TYPE_CHECKING:
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0


T = TypeVar("T", bound="FunctionTool")


@_attrs_define
class FunctionTool:
    """Function tool definition

    Example:
        {'description': 'Get the current weather in a location', 'name': 'get_weather', 'parameters': {'properties':
            {'location': {'description': 'The city and state', 'type': 'string'}, 'unit': {'enum': ['celsius',
            'fahrenheit'], 'type': 'string'}}, 'required': ['location'], 'type': 'object'}, 'type': 'function'}

    Attributes:
        name (str):
        parameters (FunctionToolParametersType0 | None):
        type_ (FunctionToolType):
        description (None | str | Unset):
        strict (bool | None | Unset):
    """

    name: str
    parameters: FunctionToolParametersType0 | None
    type_: FunctionToolType
    description: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (FunctionToolParametersType0,) = _lazy_imports()
        name = self.name

        parameters: dict[str, Any] | None
        if isinstance(self.parameters, FunctionToolParametersType0):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        type_: str = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (FunctionToolParametersType0,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "parameters"

            def _parse_parameters(data: object) -> FunctionToolParametersType0 | None:
                if data is None:
                    return data
                from modelgates_api.types import parse_union

                def _parameters_member_0(data: object) -> FunctionToolParametersType0:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parameters_type_0 = FunctionToolParametersType0.from_dict(data)

                    return parameters_type_0

                return parse_union(
                    data,
                    (("FunctionToolParametersType0", _parameters_member_0),),
                    plain=(type(None),),
                )

            parameters = _parse_parameters(d.pop("parameters"))

            _at_field_ = "type"
            type_ = check_function_tool_type(d.pop("type"))

            _at_field_ = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                return parse_union(
                    data,
                    (),
                    plain=(
                        str,
                        type(None),
                    ),
                )

            description = _parse_description(d.pop("description", UNSET))

            _at_field_ = "strict"

            def _parse_strict(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                return parse_union(
                    data,
                    (),
                    plain=(
                        bool,
                        type(None),
                    ),
                )

            strict = _parse_strict(d.pop("strict", UNSET))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        function_tool = cls(
            name=name,
            parameters=parameters,
            type_=type_,
            description=description,
            strict=strict,
        )

        function_tool.additional_properties = d
        return function_tool

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.function_tool_parameters_type_0 import (
        FunctionToolParametersType0,
    )

    return (FunctionToolParametersType0,)
