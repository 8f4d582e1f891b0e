from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.namespace_function_tool_allowed_callers_type_0_item import (
    NamespaceFunctionToolAllowedCallersType0Item,
    check_namespace_function_tool_allowed_callers_type_0_item,
)
from ..models.namespace_function_tool_type import NamespaceFunctionToolType, check_namespace_function_tool_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.namespace_function_tool_output_schema_type_0 import NamespaceFunctionToolOutputSchemaType0
    from ..models.namespace_function_tool_parameters_type_0 import NamespaceFunctionToolParametersType0
else:
    NamespaceFunctionToolOutputSchemaType0 = _LazyModel(
        globals(), "namespace_function_tool_output_schema_type_0", "NamespaceFunctionToolOutputSchemaType0"
    )
    NamespaceFunctionToolParametersType0 = _LazyModel(
        globals(), "namespace_function_tool_parameters_type_0", "NamespaceFunctionToolParametersType0"
    )


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

    _required_ = (
        "name",
        ("type", check_namespace_function_tool_type, "type_"),
    )
    _optional_ = (
        (
            "allowed_callers",
            _union_field(
                (
                    (
                        "list[NamespaceFunctionToolAllowedCallersType0Item]",
                        _guarded((list,), _list_field(check_namespace_function_tool_allowed_callers_type_0_item)),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "defer_loading",
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
            "output_schema",
            _union_field(
                (("NamespaceFunctionToolOutputSchemaType0", NamespaceFunctionToolOutputSchemaType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "parameters",
            _union_field(
                (("NamespaceFunctionToolParametersType0", NamespaceFunctionToolParametersType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
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
