from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyFiltersItem(_ModelBase):
    """
    Attributes:
        field (str): Dimension to filter on. Use the /meta endpoint for available dimensions. Example: model.
        operator (str): Filter operator Example: eq.
        value (float | list[float | str] | str): Filter value (scalar or array depending on operator). Several
            dimensions are enriched in responses (returned as human-readable labels), but filters must use the underlying
            ID: `api_key_id` — numeric ID (from generation metadata) or key hash (64-char hex from GET /api/v1/keys,
            resolved server-side); `user` — Clerk user ID (e.g. "user_abc123"), not the display name; `workspace` —
            workspace UUID, not the workspace name (filtering or grouping by the account default workspace also covers
            activity recorded before workspace resolution existed, which is attributed to that default workspace); `app` —
            numeric app ID, not the app title; `model` — permaslug (e.g. "openai/gpt-4o"), not the display name. Other
            dimensions (provider, origin, country, etc.) are not enriched and accept the value as returned.
        include_unset (bool | Unset): Include rows where the dimension has no value. Applies only to the `in` and
            `not_in` operators and dimensions that have an unset bucket.
    """

    field: str
    operator: str
    value: float | list[float | str] | str
    include_unset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "field",
        "operator",
        "value",
        "include_unset",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "field"
            field = d.pop("field")

            _at_field_ = "operator"
            operator = d.pop("operator")

            _at_field_ = "value"
            value = d.pop("value")

            def _value_member_2(data: object) -> list[float | str]:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_2 = []
                _value_type_2 = data
                for _value_type_2_item_data_index, value_type_2_item_data in enumerate(_as_list(_value_type_2)):
                    try:
                        value_type_2_item = value_type_2_item_data
                        if not isinstance(value_type_2_item, (str, float, int)):
                            value_type_2_item = _parse_union(
                                value_type_2_item,
                                (),
                                plain=(str, float, int),
                            )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _value_type_2_item_data_index)
                    value_type_2.append(value_type_2_item)

                return value_type_2

            value = _parse_union(
                value,
                (("list[float | str]", _value_member_2),),
                plain=(str, float, int),
            )

            _at_field_ = "include_unset"
            include_unset = d.pop("include_unset", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body_filters_item = cls(
            field=field,
            operator=operator,
            value=value,
            include_unset=include_unset,
        )

        query_analytics_body_filters_item.additional_properties = d
        return query_analytics_body_filters_item
