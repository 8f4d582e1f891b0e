from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, guarded as _guarded, list_field as _list_field, union_field as _union_field


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

    _required_ = (
        "field",
        "operator",
        (
            "value",
            _union_field(
                (
                    (
                        "list[float | str]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (),
                                    plain=(
                                        str,
                                        float,
                                        int,
                                    ),
                                    skip=(
                                        str,
                                        float,
                                        int,
                                    ),
                                )
                            ),
                        ),
                    ),
                ),
                plain=(
                    str,
                    float,
                    int,
                ),
            ),
        ),
    )
