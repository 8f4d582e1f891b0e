from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_search_call_item_action_type_0_type import (
    OutputWebSearchCallItemActionType0Type,
    check_output_web_search_call_item_action_type_0_type,
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
    from ..models.web_search_source import WebSearchSource
else:
    WebSearchSource = _LazyModel(globals(), "web_search_source", "WebSearchSource")


@_attrs_define(repr=False, eq=False)
class OutputWebSearchCallItemActionType0(_ModelBase):
    query: str
    type_: OutputWebSearchCallItemActionType0Type
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "query",
        ("type", check_output_web_search_call_item_action_type_0_type, "type_"),
    )
    _optional_ = (
        "queries",
        ("sources", _list_field(_model_field(WebSearchSource))),
    )
