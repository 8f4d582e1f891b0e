from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_item_type import FunctionCallItemType, check_function_call_item_type
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.function_call_item_subagent_items_item import FunctionCallItemSubagentItemsItem


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

    _json_fields_ = (
        "arguments",
        "call_id",
        "id",
        "name",
        ("type_", "type"),
        "namespace",
        "status",
        "subagent_id",
        "subagent_items",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "arguments"
            arguments = d.pop("arguments")

            _at_field_ = "call_id"
            call_id = d.pop("call_id")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_function_call_item_type(d.pop("type"))

            _at_field_ = "namespace"
            namespace = d.pop("namespace", UNSET)

            _at_field_ = "status"
            _status = d.pop("status", UNSET)
            status: ToolCallStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_tool_call_status(_status)

            _at_field_ = "subagent_id"
            subagent_id = d.pop("subagent_id", UNSET)

            _at_field_ = "subagent_items"
            _subagent_items = d.pop("subagent_items", UNSET)
            subagent_items: list[FunctionCallItemSubagentItemsItem] | Unset = UNSET
            if _subagent_items is not UNSET:
                subagent_items = []
                for _subagent_items_item_data_index, subagent_items_item_data in enumerate(_as_list(_subagent_items)):
                    try:
                        subagent_items_item = FunctionCallItemSubagentItemsItem.from_dict(subagent_items_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _subagent_items_item_data_index)
                    subagent_items.append(subagent_items_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        function_call_item = cls(
            arguments=arguments,
            call_id=call_id,
            id=id,
            name=name,
            type_=type_,
            namespace=namespace,
            status=status,
            subagent_id=subagent_id,
            subagent_items=subagent_items,
        )

        function_call_item.additional_properties = d
        return function_call_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FunctionCallItemSubagentItemsItem = _LazyModel(
        globals(), "modelgates_api.models.function_call_item_subagent_items_item", "FunctionCallItemSubagentItemsItem"
    )
