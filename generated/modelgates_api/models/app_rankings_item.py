from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "app_id",
        "app_name",
        "rank",
        "total_requests",
        "total_tokens",
    )
