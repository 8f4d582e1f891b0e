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

    from ..models.open_responses_top_logprobs import OpenResponsesTopLogprobs


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
            top_logprobs: list[OpenResponsesTopLogprobs] | Unset = UNSET
            if _top_logprobs is not UNSET:
                top_logprobs = []
                for _top_logprobs_item_data_index, top_logprobs_item_data in enumerate(_as_list(_top_logprobs)):
                    try:
                        top_logprobs_item = OpenResponsesTopLogprobs.from_dict(top_logprobs_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _top_logprobs_item_data_index)
                    top_logprobs.append(top_logprobs_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_responses_log_probs = cls(
            logprob=logprob,
            token=token,
            bytes_=bytes_,
            top_logprobs=top_logprobs,
        )

        open_responses_log_probs.additional_properties = d
        return open_responses_log_probs


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenResponsesTopLogprobs = _LazyModel(
        globals(), "modelgates_api.models.open_responses_top_logprobs", "OpenResponsesTopLogprobs"
    )
