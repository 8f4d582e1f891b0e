from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.query_analytics_response_200_data_data_item import QueryAnalyticsResponse200DataDataItem
    from ..models.query_analytics_response_200_data_metadata import QueryAnalyticsResponse200DataMetadata


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsResponse200Data(_ModelBase):
    """
    Attributes:
        warnings (list[str] | Unset): Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes). The
            query still runs normally; these inform the caller that some filter values could not be resolved.
    """

    data: list[QueryAnalyticsResponse200DataDataItem]
    metadata: QueryAnalyticsResponse200DataMetadata
    cached_at: float | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "data",
        "metadata",
        ("cached_at", "cachedAt"),
        "warnings",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = QueryAnalyticsResponse200DataDataItem.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "metadata"
            metadata = QueryAnalyticsResponse200DataMetadata.from_dict(d.pop("metadata"))

            _at_field_ = "cachedAt"
            cached_at = d.pop("cachedAt", UNSET)

            _at_field_ = "warnings"
            warnings = cast(list[str], d.pop("warnings", UNSET))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_response_200_data = cls(
            data=data,
            metadata=metadata,
            cached_at=cached_at,
            warnings=warnings,
        )

        query_analytics_response_200_data.additional_properties = d
        return query_analytics_response_200_data


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    QueryAnalyticsResponse200DataDataItem = _LazyModel(
        globals(),
        "modelgates_api.models.query_analytics_response_200_data_data_item",
        "QueryAnalyticsResponse200DataDataItem",
    )
    QueryAnalyticsResponse200DataMetadata = _LazyModel(
        globals(),
        "modelgates_api.models.query_analytics_response_200_data_metadata",
        "QueryAnalyticsResponse200DataMetadata",
    )
