from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class StreamLogprobTopLogprob(_ModelBase):
    """Alternative token with its log probability

    Example:
        {'bytes': [72, 101, 108, 108, 111], 'logprob': -0.5, 'token': 'Hello'}

    """

    bytes_: list[int] | Unset = UNSET
    logprob: float | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("bytes", None, "bytes_"),
        "logprob",
        "token",
    )
