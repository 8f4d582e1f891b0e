from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyClassifierFiltersFiltersItem(_ModelBase):
    """
    Attributes:
        field (str): Classifier dimension name to filter on (snake_case identifier, e.g. "department", "work_type").
            Example: department.
        operator (str): Filter operator. Only equality/set operators are supported (eq, neq, in, not_in) — ordered
            comparisons are not available because classification values are strings. Example: eq.
        value (float | list[float | str] | str): Filter value. Use a scalar (string or number) for eq/neq, or an array
            for in/not_in. Example: Engineering.
    """

    field: str
    operator: str
    value: float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "field",
        "operator",
        "value",
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

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body_classifier_filters_filters_item = cls(
            field=field,
            operator=operator,
            value=value,
        )

        query_analytics_body_classifier_filters_filters_item.additional_properties = d
        return query_analytics_body_classifier_filters_filters_item
