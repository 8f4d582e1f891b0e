from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from ..models.stream_logprob_top_logprob import StreamLogprobTopLogprob


T = TypeVar("T", bound="StreamLogprob")


@_attrs_define(repr=False, eq=False)
class StreamLogprob(_ModelBase):
    """Log probability information for a token

    Example:
        {'bytes': [72, 101, 108, 108, 111], 'logprob': -0.5, 'token': 'Hello', 'top_logprobs': []}

    Attributes:
        logprob (float):
        token (str):
        bytes_ (list[int] | Unset):
        top_logprobs (list[StreamLogprobTopLogprob] | Unset):
    """

    logprob: float
    token: str
    bytes_: list[int] | Unset = UNSET
    top_logprobs: list[StreamLogprobTopLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (StreamLogprobTopLogprob,) = _lazy_imports()
        bytes_: list[int] | Unset = UNSET
        if not isinstance(self.bytes_, Unset):
            bytes_ = self.bytes_

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "logprob": self.logprob,
            "token": self.token,
        }
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (StreamLogprobTopLogprob,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "logprob"
            logprob = d.pop("logprob")

            _at_field_ = "token"
            token = d.pop("token")

            _at_field_ = "bytes"
            bytes_ = cast(list[int], d.pop("bytes", UNSET))

            _at_field_ = "top_logprobs"
            _top_logprobs = d.pop("top_logprobs", UNSET)
            top_logprobs: list[StreamLogprobTopLogprob] | Unset = UNSET
            if _top_logprobs is not UNSET:
                top_logprobs = []
                for _top_logprobs_item_data_index, top_logprobs_item_data in enumerate(
                    _as_list(_top_logprobs)
                ):
                    try:
                        top_logprobs_item = StreamLogprobTopLogprob.from_dict(
                            top_logprobs_item_data
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _top_logprobs_item_data_index)
                    top_logprobs.append(top_logprobs_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stream_logprob = cls(
            logprob=logprob,
            token=token,
            bytes_=bytes_,
            top_logprobs=top_logprobs,
        )

        stream_logprob.additional_properties = d
        return stream_logprob


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.stream_logprob_top_logprob import StreamLogprobTopLogprob

    return (StreamLogprobTopLogprob,)
