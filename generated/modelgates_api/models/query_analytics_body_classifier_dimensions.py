from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class QueryAnalyticsBodyClassifierDimensions(_ModelBase):
    """Group results by custom classifier tags, breaking down metrics by the specified dimension values. Requires an active
    classifier on the workspace.

        Attributes:
            classifier_id (str): UUID of the classifier whose tags to group by. Example:
                550e8400-e29b-41d4-a716-446655440000.
            include_nulls (bool | Unset): When true, also include generations that have no tag from this classifier.
                Defaults to false, which returns only classified generations.
    """

    classifier_id: str
    dimension_names: list[str] | Unset = UNSET
    include_nulls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "classifier_id",
        "dimension_names",
        "include_nulls",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "classifier_id"
            classifier_id = d.pop("classifier_id")

            _at_field_ = "dimension_names"
            dimension_names = cast(list[str], d.pop("dimension_names", UNSET))

            _at_field_ = "include_nulls"
            include_nulls = d.pop("include_nulls", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        query_analytics_body_classifier_dimensions = cls(
            classifier_id=classifier_id,
            dimension_names=dimension_names,
            include_nulls=include_nulls,
        )

        query_analytics_body_classifier_dimensions.additional_properties = d
        return query_analytics_body_classifier_dimensions
