from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class TaskClassificationModel(_ModelBase):
    """
    Example:
        {'id': 'openai/gpt-4.1-mini', 'tag_token_share': 0.75, 'tag_usage_share': 0.55}

    Attributes:
        id (str): Model identifier (permaslug). Example: openai/gpt-4.1-mini.
        tag_token_share (float): Fraction of this classification's sampled token volume attributed to this model (0–1).
            Sums to ≤1 across the returned models (only top-N are included and unattributed requests are excluded). Example:
            0.75.
        tag_usage_share (float): Fraction of this classification's sampled requests attributed to this model (0–1). Sums
            to ≤1 across the returned models (only top-N are included and unattributed requests are excluded). Example:
            0.55.
    """

    id: str
    tag_token_share: float
    tag_usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "tag_token_share",
        "tag_usage_share",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "tag_token_share"
            tag_token_share = d.pop("tag_token_share")

            _at_field_ = "tag_usage_share"
            tag_usage_share = d.pop("tag_usage_share")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        task_classification_model = cls(
            id=id,
            tag_token_share=tag_token_share,
            tag_usage_share=tag_usage_share,
        )

        task_classification_model.additional_properties = d
        return task_classification_model
