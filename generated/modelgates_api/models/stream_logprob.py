from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.stream_logprob_top_logprob import StreamLogprobTopLogprob


@_attrs_define(repr=False, eq=False)
class StreamLogprob(_ModelBase):
    """Log probability information for a token

    Example:
        {'bytes': [72, 101, 108, 108, 111], 'logprob': -0.5, 'token': 'Hello', 'top_logprobs': []}

    """

    logprob: float
    token: str
    bytes_: list[int] | Unset = UNSET
    top_logprobs: list[StreamLogprobTopLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "logprob",
        "token",
        ("bytes_", "bytes"),
        "top_logprobs",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                for _top_logprobs_item_data_index, top_logprobs_item_data in enumerate(_as_list(_top_logprobs)):
                    try:
                        top_logprobs_item = StreamLogprobTopLogprob.from_dict(top_logprobs_item_data)

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


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    StreamLogprobTopLogprob = _LazyModel(
        globals(), "modelgates_api.models.stream_logprob_top_logprob", "StreamLogprobTopLogprob"
    )
