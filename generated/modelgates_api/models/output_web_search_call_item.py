from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_search_call_item_type import (
    OutputWebSearchCallItemType,
    check_output_web_search_call_item_type,
)
from ..models.web_search_status import WebSearchStatus, check_web_search_status
from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, union_field as _union_field

if TYPE_CHECKING:
    from ..models.output_web_search_call_item_action_type_0 import OutputWebSearchCallItemActionType0
    from ..models.output_web_search_call_item_action_type_1 import OutputWebSearchCallItemActionType1
    from ..models.output_web_search_call_item_action_type_2 import OutputWebSearchCallItemActionType2
else:
    OutputWebSearchCallItemActionType0 = _LazyModel(
        globals(), "output_web_search_call_item_action_type_0", "OutputWebSearchCallItemActionType0"
    )
    OutputWebSearchCallItemActionType1 = _LazyModel(
        globals(), "output_web_search_call_item_action_type_1", "OutputWebSearchCallItemActionType1"
    )
    OutputWebSearchCallItemActionType2 = _LazyModel(
        globals(), "output_web_search_call_item_action_type_2", "OutputWebSearchCallItemActionType2"
    )


@_attrs_define(repr=False, eq=False)
class OutputWebSearchCallItem(_ModelBase):
    """
    Example:
        {'id': 'ws-abc123', 'status': 'completed', 'type': 'web_search_call'}

    """

    id: str
    status: WebSearchStatus
    type_: OutputWebSearchCallItemType
    action: (
        OutputWebSearchCallItemActionType0
        | OutputWebSearchCallItemActionType1
        | OutputWebSearchCallItemActionType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("status", check_web_search_status),
        ("type", check_output_web_search_call_item_type, "type_"),
    )
    _optional_ = (
        (
            "action",
            _union_field(
                (
                    ("OutputWebSearchCallItemActionType0", OutputWebSearchCallItemActionType0),
                    ("OutputWebSearchCallItemActionType1", OutputWebSearchCallItemActionType1),
                    ("OutputWebSearchCallItemActionType2", OutputWebSearchCallItemActionType2),
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
