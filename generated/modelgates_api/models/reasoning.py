from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class Reasoning(_ModelBase):
    """Configuration options for reasoning models.

    Attributes:
        effort (ReasoningEffort | Unset): Reasoning effort level.
        max_tokens (int | None | Unset): Token budget for reasoning (alternative to `effort`).
        exclude (bool | Unset): Reason internally but leave the reasoning out of the response.
        enabled (bool | Unset): Enable reasoning with default settings.
        summary (ReasoningSummary | Unset): Verbosity of the reasoning summary.
    """

    effort: ReasoningEffort | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    exclude: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    summary: ReasoningSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("effort", check_reasoning_effort),
        (
            "max_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        "exclude",
        "enabled",
        ("summary", check_reasoning_summary),
    )
    _extras_ = CLOSED
