from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_function_tool_allowed_callers_type_0_item import (
    NamespaceFunctionToolAllowedCallersType0Item,
    check_namespace_function_tool_allowed_callers_type_0_item,
)
from ..models.namespace_function_tool_type import NamespaceFunctionToolType, check_namespace_function_tool_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.namespace_function_tool_output_schema_type_0 import NamespaceFunctionToolOutputSchemaType0
    from ..models.namespace_function_tool_parameters_type_0 import NamespaceFunctionToolParametersType0


@_attrs_define(repr=False, eq=False)
class NamespaceFunctionTool(_ModelBase):
    """A function tool grouped inside a namespace tool

    Example:
        {'name': 'spawn_agent', 'type': 'function'}

    """

    name: str
    type_: NamespaceFunctionToolType
    allowed_callers: list[NamespaceFunctionToolAllowedCallersType0Item] | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    output_schema: NamespaceFunctionToolOutputSchemaType0 | None | Unset = UNSET
    parameters: NamespaceFunctionToolParametersType0 | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "name",
        ("type_", "type"),
        "allowed_callers",
        "defer_loading",
        "description",
        "output_schema",
        "parameters",
        "strict",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_namespace_function_tool_type(d.pop("type"))

            _at_field_ = "allowed_callers"
            allowed_callers = d.pop("allowed_callers", UNSET)
            if not isinstance(allowed_callers, (_NoneType, Unset)):

                def _allowed_callers_member_0(data: object) -> list[NamespaceFunctionToolAllowedCallersType0Item]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_callers_type_0 = []
                    _allowed_callers_type_0 = data
                    for _allowed_callers_type_0_item_data_index, allowed_callers_type_0_item_data in enumerate(
                        _as_list(_allowed_callers_type_0)
                    ):
                        try:
                            allowed_callers_type_0_item = check_namespace_function_tool_allowed_callers_type_0_item(
                                allowed_callers_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _allowed_callers_type_0_item_data_index)
                        allowed_callers_type_0.append(allowed_callers_type_0_item)

                    return allowed_callers_type_0

                allowed_callers = _parse_union(
                    allowed_callers,
                    (("list[NamespaceFunctionToolAllowedCallersType0Item]", _allowed_callers_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "defer_loading"
            defer_loading = d.pop("defer_loading", UNSET)

            _at_field_ = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, _NoneType, Unset)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "output_schema"
            output_schema = d.pop("output_schema", UNSET)
            if not isinstance(output_schema, (_NoneType, Unset)):
                output_schema = _parse_union(
                    output_schema,
                    (("NamespaceFunctionToolOutputSchemaType0", NamespaceFunctionToolOutputSchemaType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "parameters"
            parameters = d.pop("parameters", UNSET)
            if not isinstance(parameters, (_NoneType, Unset)):
                parameters = _parse_union(
                    parameters,
                    (("NamespaceFunctionToolParametersType0", NamespaceFunctionToolParametersType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "strict"
            strict = d.pop("strict", UNSET)
            if not isinstance(strict, (bool, _NoneType, Unset)):
                strict = _parse_union(
                    strict,
                    (),
                    plain=(bool, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        namespace_function_tool = cls(
            name=name,
            type_=type_,
            allowed_callers=allowed_callers,
            defer_loading=defer_loading,
            description=description,
            output_schema=output_schema,
            parameters=parameters,
            strict=strict,
        )

        namespace_function_tool.additional_properties = d
        return namespace_function_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    NamespaceFunctionToolOutputSchemaType0 = _LazyModel(
        globals(),
        "modelgates_api.models.namespace_function_tool_output_schema_type_0",
        "NamespaceFunctionToolOutputSchemaType0",
    )
    NamespaceFunctionToolParametersType0 = _LazyModel(
        globals(),
        "modelgates_api.models.namespace_function_tool_parameters_type_0",
        "NamespaceFunctionToolParametersType0",
    )
