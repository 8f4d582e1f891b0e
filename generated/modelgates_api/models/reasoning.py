from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "effort",
        "max_tokens",
        "exclude",
        "enabled",
        "summary",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "effort"
            _effort = d.pop("effort", UNSET)
            effort: ReasoningEffort | Unset
            if isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = check_reasoning_effort(_effort)

            _at_field_ = "max_tokens"
            max_tokens = d.pop("max_tokens", UNSET)
            if not isinstance(max_tokens, (int, _NoneType, Unset)):
                max_tokens = _parse_union(
                    max_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "exclude"
            exclude = d.pop("exclude", UNSET)

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "summary"
            _summary = d.pop("summary", UNSET)
            summary: ReasoningSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = check_reasoning_summary(_summary)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        reasoning = cls(
            effort=effort,
            max_tokens=max_tokens,
            exclude=exclude,
            enabled=enabled,
            summary=summary,
        )

        reasoning.additional_properties = unknown_fields(d)
        return reasoning
