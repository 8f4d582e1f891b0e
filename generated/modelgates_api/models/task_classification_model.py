from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "id",
        "tag_token_share",
        "tag_usage_share",
    )
