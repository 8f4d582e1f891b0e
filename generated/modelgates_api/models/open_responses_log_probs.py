from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.open_responses_top_logprobs import OpenResponsesTopLogprobs
else:
    OpenResponsesTopLogprobs = _LazyModel(globals(), "open_responses_top_logprobs", "OpenResponsesTopLogprobs")


@_attrs_define(repr=False, eq=False)
class OpenResponsesLogProbs(_ModelBase):
    """Log probability information for a token

    Example:
        {'logprob': -0.1, 'token': 'world', 'top_logprobs': [{'logprob': -0.5, 'token': 'hello'}]}

    """

    logprob: float
    token: str
    bytes_: list[int] | Unset = UNSET
    top_logprobs: list[OpenResponsesTopLogprobs] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "logprob",
        "token",
    )
    _optional_ = (
        ("bytes", None, "bytes_"),
        ("top_logprobs", _list_field(_model_field(OpenResponsesTopLogprobs))),
    )
