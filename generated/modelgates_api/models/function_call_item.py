from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.function_call_item_type import FunctionCallItemType, check_function_call_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.function_call_item_subagent_items_item import FunctionCallItemSubagentItemsItem
else:
    FunctionCallItemSubagentItemsItem = _LazyModel(
        globals(), "function_call_item_subagent_items_item", "FunctionCallItemSubagentItemsItem"
    )


@_attrs_define(repr=False, eq=False)
class FunctionCallItem(_ModelBase):
    """A function call initiated by the model

    Example:
        {'arguments': '{"location":"San Francisco"}', 'call_id': 'call-abc123', 'id': 'call-abc123', 'name':
            'get_weather', 'status': 'completed', 'type': 'function_call'}

    Attributes:
        namespace (str | Unset): Namespace qualifier for tools registered as part of a namespace tool group (e.g. an MCP
            server)
        subagent_id (str | Unset): EXPERIMENTAL — subject to change without notice. String id that matches the `call_id`
            of the `openrouter:subagent` server tool call that spawned the subagent. Present on every `function_call` item
            the subagent projects; absent on ordinary function calls.
        subagent_items (list[FunctionCallItemSubagentItemsItem] | Unset): EXPERIMENTAL — subject to change without
            notice. The subagent's output items produced on this turn. Treat this as an opaque object; you must replay it in
            the request so that the subagent can continue execution of the tool with the same context. If a subagent created
            multiple parallel tool calls, only the first tool call will have this field. The other tool calls will only have
            `subagent_id`. Present only if the tool call originates from a subagent spawned by the `openrouter:subagent`
            server tool.
    """

    arguments: str
    call_id: str
    id: str
    name: str
    type_: FunctionCallItemType
    namespace: str | Unset = UNSET
    status: ToolCallStatus | Unset = UNSET
    subagent_id: str | Unset = UNSET
    subagent_items: list[FunctionCallItemSubagentItemsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "arguments",
        "call_id",
        "id",
        "name",
        ("type", check_function_call_item_type, "type_"),
    )
    _optional_ = (
        "namespace",
        ("status", check_tool_call_status),
        "subagent_id",
        ("subagent_items", _list_field(_model_field(FunctionCallItemSubagentItemsItem))),
    )
