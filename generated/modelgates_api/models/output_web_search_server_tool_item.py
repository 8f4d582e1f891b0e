from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_search_server_tool_item_type import (
    OutputWebSearchServerToolItemType,
    check_output_web_search_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action import OutputWebSearchServerToolItemAction
else:
    OutputWebSearchServerToolItemAction = _LazyModel(
        globals(), "output_web_search_server_tool_item_action", "OutputWebSearchServerToolItemAction"
    )


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

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_web_search_server_tool_item_type, "type_"),
    )
    _optional_ = (
        ("action", _model_field(OutputWebSearchServerToolItemAction)),
        "id",
    )
