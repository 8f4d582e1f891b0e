from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_search_server_tool_item_action_type import (
    OutputWebSearchServerToolItemActionType,
    check_output_web_search_server_tool_item_action_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action_sources_item import (
        OutputWebSearchServerToolItemActionSourcesItem,
    )
else:
    OutputWebSearchServerToolItemActionSourcesItem = _LazyModel(
        globals(),
        "output_web_search_server_tool_item_action_sources_item",
        "OutputWebSearchServerToolItemActionSourcesItem",
    )


@_attrs_define(repr=False, eq=False)
class OutputWebSearchServerToolItemAction(_ModelBase):
    """The search action performed, matching OpenAI web_search_call.action shape. Includes the query the model issued and
    optional source URLs returned by the search provider.

    """

    query: str
    type_: OutputWebSearchServerToolItemActionType
    sources: list[OutputWebSearchServerToolItemActionSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "query",
        ("type", check_output_web_search_server_tool_item_action_type, "type_"),
    )
    _optional_ = (("sources", _list_field(_model_field(OutputWebSearchServerToolItemActionSourcesItem))),)
