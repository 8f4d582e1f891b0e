from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ResponseOutputTextLogprobsItemTopLogprobsItem(_ModelBase):
    bytes_: list[int]
    logprob: float
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("bytes", None, "bytes_"),
        "logprob",
        "token",
    )
