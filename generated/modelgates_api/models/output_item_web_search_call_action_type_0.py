from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_action_type_0_type import (
    OutputItemWebSearchCallActionType0Type,
    check_output_item_web_search_call_action_type_0_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.web_search_source import WebSearchSource


@_attrs_define(repr=False, eq=False)
class OutputItemWebSearchCallActionType0(_ModelBase):
    query: str
    type_: OutputItemWebSearchCallActionType0Type
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "query",
        ("type_", "type"),
        "queries",
        "sources",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "query"
            query = d.pop("query")

            _at_field_ = "type"
            type_ = check_output_item_web_search_call_action_type_0_type(d.pop("type"))

            _at_field_ = "queries"
            queries = cast(list[str], d.pop("queries", UNSET))

            _at_field_ = "sources"
            _sources = d.pop("sources", UNSET)
            sources: list[WebSearchSource] | Unset = UNSET
            if _sources is not UNSET:
                sources = []
                for _sources_item_data_index, sources_item_data in enumerate(_as_list(_sources)):
                    try:
                        sources_item = WebSearchSource.from_dict(sources_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _sources_item_data_index)
                    sources.append(sources_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_web_search_call_action_type_0 = cls(
            query=query,
            type_=type_,
            queries=queries,
            sources=sources,
        )

        output_item_web_search_call_action_type_0.additional_properties = d
        return output_item_web_search_call_action_type_0


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    WebSearchSource = _LazyModel(globals(), "modelgates_api.models.web_search_source", "WebSearchSource")
