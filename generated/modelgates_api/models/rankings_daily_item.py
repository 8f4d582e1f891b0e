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
class RankingsDailyItem(_ModelBase):
    """
    Example:
        {'date': '2026-05-11', 'model_permaslug': 'openai/gpt-4o-2024-05-13', 'total_tokens': '12345678'}

    Attributes:
        date (str): UTC calendar date the row is aggregated over (YYYY-MM-DD). Example: 2026-05-11.
        model_permaslug (str): Model variant permaslug (e.g. `openai/gpt-4o-2024-05-13`,
            `openai/gpt-4o-2024-05-13:free`). Non-default variants include a `:variant` suffix and are ranked as their own
            entry. The reserved value `other` denotes the aggregated row covering every model outside the daily top 50 for
            that date — always sorted last within its date. Example: openai/gpt-4o-2024-05-13.
        total_tokens (str): Sum of `prompt_tokens + completion_tokens` for the day, returned as a decimal string so
            64-bit values are not truncated. Example: 12345678.
    """

    date: str
    model_permaslug: str
    total_tokens: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "date",
        "model_permaslug",
        "total_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "date"
            date = d.pop("date")

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        rankings_daily_item = cls(
            date=date,
            model_permaslug=model_permaslug,
            total_tokens=total_tokens,
        )

        rankings_daily_item.additional_properties = d
        return rankings_daily_item
