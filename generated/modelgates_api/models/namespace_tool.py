from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_type import NamespaceToolType, check_namespace_tool_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.custom_tool import CustomTool
    from ..models.namespace_function_tool import NamespaceFunctionTool


@_attrs_define(repr=False, eq=False)
class NamespaceTool(_ModelBase):
    """Groups function/custom tools under a shared namespace

    Example:
        {'description': 'Tools for spawning and managing sub-agents.', 'name': 'multi_agent_v1', 'tools': [{'name':
            'spawn_agent', 'type': 'function'}], 'type': 'namespace'}

    """

    description: str
    name: str
    tools: list[CustomTool | NamespaceFunctionTool]
    type_: NamespaceToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "description",
        "name",
        "tools",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "description"
            description = d.pop("description")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "tools"
            tools = []
            _tools = d.pop("tools")
            for _tools_item_data_index, tools_item_data in enumerate(_as_list(_tools)):
                try:
                    tools_item = tools_item_data
                    tools_item = _parse_union(
                        tools_item,
                        (
                            ("NamespaceFunctionTool", NamespaceFunctionTool),
                            ("CustomTool", CustomTool),
                        ),
                        tag=(
                            "type",
                            (
                                "function",
                                "custom",
                            ),
                        ),
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _tools_item_data_index)
                tools.append(tools_item)

            _at_field_ = "type"
            type_ = check_namespace_tool_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        namespace_tool = cls(
            description=description,
            name=name,
            tools=tools,
            type_=type_,
        )

        namespace_tool.additional_properties = d
        return namespace_tool


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CustomTool = _LazyModel(globals(), "modelgates_api.models.custom_tool", "CustomTool")
    NamespaceFunctionTool = _LazyModel(
        globals(), "modelgates_api.models.namespace_function_tool", "NamespaceFunctionTool"
    )
