from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reasoning")


@_attrs_define
class Reasoning:
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

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        exclude = self.exclude

        enabled = self.enabled

        summary: str | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _effort = d.pop("effort", UNSET)
        effort: ReasoningEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = check_reasoning_effort(_effort)

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        exclude = d.pop("exclude", UNSET)

        enabled = d.pop("enabled", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: ReasoningSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = check_reasoning_summary(_summary)

        reasoning = cls(
            effort=effort,
            max_tokens=max_tokens,
            exclude=exclude,
            enabled=enabled,
            summary=summary,
        )

        return reasoning
