from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )
else:
    ResponseOutputTextLogprobsItemTopLogprobsItem = _LazyModel(
        globals(),
        "response_output_text_logprobs_item_top_logprobs_item",
        "ResponseOutputTextLogprobsItemTopLogprobsItem",
    )


@_attrs_define(repr=False, eq=False)
class ResponseOutputTextLogprobsItem(_ModelBase):
    bytes_: list[int]
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsItemTopLogprobsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("bytes", None, "bytes_"),
        "logprob",
        "token",
        ("top_logprobs", _list_field(_model_field(ResponseOutputTextLogprobsItemTopLogprobsItem))),
    )
