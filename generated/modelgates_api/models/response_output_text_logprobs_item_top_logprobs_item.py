from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ResponseOutputTextLogprobsItemTopLogprobsItem(_ModelBase):
    bytes_: list[int]
    logprob: float
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("bytes_", "bytes"),
        "logprob",
        "token",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "bytes"
            bytes_ = cast(list[int], d.pop("bytes"))

            _at_field_ = "logprob"
            logprob = d.pop("logprob")

            _at_field_ = "token"
            token = d.pop("token")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        response_output_text_logprobs_item_top_logprobs_item = cls(
            bytes_=bytes_,
            logprob=logprob,
            token=token,
        )

        response_output_text_logprobs_item_top_logprobs_item.additional_properties = d
        return response_output_text_logprobs_item_top_logprobs_item
