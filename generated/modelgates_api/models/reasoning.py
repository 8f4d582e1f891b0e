from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
    unknown_fields,
)
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

T = TypeVar("T", bound="Reasoning")


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
        field_dict.update(self.additional_properties)
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
            if not isinstance(max_tokens, (int, type(None), Unset)):
                max_tokens = _parse_union(
                    max_tokens,
                    (),
                    plain=(int, type(None)),
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
