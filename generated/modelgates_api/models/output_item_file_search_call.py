from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_file_search_call_type import (
    OutputItemFileSearchCallType,
    check_output_item_file_search_call_type,
)
from ..models.web_search_status import WebSearchStatus, check_web_search_status
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputItemFileSearchCall(_ModelBase):
    """
    Example:
        {'id': 'filesearch-abc123', 'queries': ['machine learning algorithms', 'neural networks'], 'status':
            'completed', 'type': 'file_search_call'}

    """

    id: str
    queries: list[str]
    status: WebSearchStatus
    type_: OutputItemFileSearchCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "queries",
        "status",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "queries"
            queries = cast(list[str], d.pop("queries"))

            _at_field_ = "status"
            status = check_web_search_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_item_file_search_call_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_file_search_call = cls(
            id=id,
            queries=queries,
            status=status,
            type_=type_,
        )

        output_item_file_search_call.additional_properties = d
        return output_item_file_search_call
