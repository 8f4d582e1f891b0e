from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_web_search_server_tool_item_type import (
    OutputWebSearchServerToolItemType,
    check_output_web_search_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.output_web_search_server_tool_item_action import OutputWebSearchServerToolItemAction


@_attrs_define(repr=False, eq=False)
class OutputWebSearchServerToolItem(_ModelBase):
    """An openrouter:web_search server tool output item

    Example:
        {'action': {'query': 'latest AI news', 'type': 'search'}, 'id': 'ws_tmp_abc123', 'status': 'completed', 'type':
            'openrouter:web_search'}

    Attributes:
        action (OutputWebSearchServerToolItemAction | Unset): The search action performed, matching OpenAI
            web_search_call.action shape. Includes the query the model issued and optional source URLs returned by the
            search provider.
    """

    status: ToolCallStatus
    type_: OutputWebSearchServerToolItemType
    action: OutputWebSearchServerToolItemAction | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "action",
        "id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_web_search_server_tool_item_type(d.pop("type"))

            _at_field_ = "action"
            _action = d.pop("action", UNSET)
            action: OutputWebSearchServerToolItemAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = OutputWebSearchServerToolItemAction.from_dict(_action)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_web_search_server_tool_item = cls(
            status=status,
            type_=type_,
            action=action,
            id=id,
        )

        output_web_search_server_tool_item.additional_properties = d
        return output_web_search_server_tool_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OutputWebSearchServerToolItemAction = _LazyModel(
        globals(),
        "modelgates_api.models.output_web_search_server_tool_item_action",
        "OutputWebSearchServerToolItemAction",
    )
