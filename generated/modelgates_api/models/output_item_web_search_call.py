from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_item_web_search_call_type import (
    OutputItemWebSearchCallType,
    check_output_item_web_search_call_type,
)
from ..models.web_search_status import WebSearchStatus, check_web_search_status
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_type_0 import OutputItemWebSearchCallActionType0
    from ..models.output_item_web_search_call_action_type_1 import OutputItemWebSearchCallActionType1
    from ..models.output_item_web_search_call_action_type_2 import OutputItemWebSearchCallActionType2
else:
    OutputItemWebSearchCallActionType0 = _LazyModel(
        globals(), "output_item_web_search_call_action_type_0", "OutputItemWebSearchCallActionType0"
    )
    OutputItemWebSearchCallActionType1 = _LazyModel(
        globals(), "output_item_web_search_call_action_type_1", "OutputItemWebSearchCallActionType1"
    )
    OutputItemWebSearchCallActionType2 = _LazyModel(
        globals(), "output_item_web_search_call_action_type_2", "OutputItemWebSearchCallActionType2"
    )


@_attrs_define(repr=False, eq=False)
class OutputItemWebSearchCall(_ModelBase):
    """
    Example:
        {'action': {'query': 'OpenAI API', 'type': 'search'}, 'id': 'search-abc123', 'status': 'completed', 'type':
            'web_search_call'}

    """

    id: str
    status: WebSearchStatus
    type_: OutputItemWebSearchCallType
    action: (
        OutputItemWebSearchCallActionType0
        | OutputItemWebSearchCallActionType1
        | OutputItemWebSearchCallActionType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("status", check_web_search_status),
        ("type", check_output_item_web_search_call_type, "type_"),
    )
    _optional_ = (
        (
            "action",
            _union_field(
                (
                    ("OutputItemWebSearchCallActionType0", OutputItemWebSearchCallActionType0),
                    ("OutputItemWebSearchCallActionType1", OutputItemWebSearchCallActionType1),
                    ("OutputItemWebSearchCallActionType2", OutputItemWebSearchCallActionType2),
                ),
                tag=(
                    "type",
                    (
                        "search",
                        "open_page",
                        "find_in_page",
                    ),
                ),
            ),
        ),
    )
