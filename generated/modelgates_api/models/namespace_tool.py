from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.namespace_tool_type import NamespaceToolType, check_namespace_tool_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.namespace_function_tool import NamespaceFunctionTool
else:
    CustomTool = _LazyModel(globals(), "custom_tool", "CustomTool")
    NamespaceFunctionTool = _LazyModel(globals(), "namespace_function_tool", "NamespaceFunctionTool")


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

    _required_ = (
        "description",
        "name",
        (
            "tools",
            _list_field(
                _union_field(
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
            ),
        ),
        ("type", check_namespace_tool_type, "type_"),
    )
