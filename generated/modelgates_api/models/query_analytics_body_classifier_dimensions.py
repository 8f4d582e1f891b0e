from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _required_ = ("classifier_id",)
    _optional_ = (
        "dimension_names",
        "include_nulls",
    )
