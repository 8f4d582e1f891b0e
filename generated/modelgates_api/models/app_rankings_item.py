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
class AppRankingsItem(_ModelBase):
    """
    Example:
        {'app_id': 12345, 'app_name': 'Cline', 'rank': 1, 'total_requests': 4321, 'total_tokens': '12345678'}

    Attributes:
        app_id (int): Stable numeric identifier of the app on OpenRouter. Example: 12345.
        app_name (str): Public display name of the app. Example: Cline.
        rank (int): 1-based position of the app within this response, per the requested `sort`. Example: 1.
        total_requests (int): Number of requests attributed to the app inside the date window. Example: 4321.
        total_tokens (str): Sum of `prompt_tokens + completion_tokens` attributed to the app inside the date window,
            returned as a decimal string so 64-bit values are not truncated. Example: 12345678.
    """

    app_id: int
    app_name: str
    rank: int
    total_requests: int
    total_tokens: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "app_id",
        "app_name",
        "rank",
        "total_requests",
        "total_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "app_id"
            app_id = d.pop("app_id")

            _at_field_ = "app_name"
            app_name = d.pop("app_name")

            _at_field_ = "rank"
            rank = d.pop("rank")

            _at_field_ = "total_requests"
            total_requests = d.pop("total_requests")

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        app_rankings_item = cls(
            app_id=app_id,
            app_name=app_name,
            rank=rank,
            total_requests=total_requests,
            total_tokens=total_tokens,
        )

        app_rankings_item.additional_properties = d
        return app_rankings_item
