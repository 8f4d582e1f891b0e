from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_item_file_search_call_type import (
    OutputItemFileSearchCallType,
    check_output_item_file_search_call_type,
)
from ..models.web_search_status import WebSearchStatus, check_web_search_status
from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "id",
        "queries",
        ("status", check_web_search_status),
        ("type", check_output_item_file_search_call_type, "type_"),
    )
