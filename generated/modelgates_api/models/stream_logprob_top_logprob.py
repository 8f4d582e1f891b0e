from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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
            bytes_ = cast(list[int], d.pop("bytes", UNSET))

            _at_field_ = "logprob"
            logprob = d.pop("logprob", UNSET)

            _at_field_ = "token"
            token = d.pop("token", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stream_logprob_top_logprob = cls(
            bytes_=bytes_,
            logprob=logprob,
            token=token,
        )

        stream_logprob_top_logprob.additional_properties = d
        return stream_logprob_top_logprob
