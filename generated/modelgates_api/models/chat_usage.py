from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_completion_tokens_details import ChatCompletionTokensDetails
    from ..models.chat_prompt_tokens_details import ChatPromptTokensDetails


@_attrs_define(repr=False, eq=False)
class ChatUsage(_ModelBase):
    """Token usage statistics.

    Attributes:
        cost (float | None | Unset): Cost of the request in credits (USD).
        is_byok (bool | Unset): Whether the request used the caller's own provider key.
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    prompt_tokens_details: ChatPromptTokensDetails | None | Unset = UNSET
    completion_tokens_details: ChatCompletionTokensDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cost",
        "is_byok",
        "prompt_tokens_details",
        "completion_tokens_details",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "prompt_tokens"
            prompt_tokens = d.pop("prompt_tokens")

            _at_field_ = "completion_tokens"
            completion_tokens = d.pop("completion_tokens")

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, _NoneType, Unset)):
                cost = _parse_union(
                    cost,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok", UNSET)

            _at_field_ = "prompt_tokens_details"
            prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
            if not isinstance(prompt_tokens_details, (_NoneType, Unset)):
                prompt_tokens_details = _parse_union(
                    prompt_tokens_details,
                    (("ChatPromptTokensDetails", ChatPromptTokensDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "completion_tokens_details"
            completion_tokens_details = d.pop("completion_tokens_details", UNSET)
            if not isinstance(completion_tokens_details, (_NoneType, Unset)):
                completion_tokens_details = _parse_union(
                    completion_tokens_details,
                    (("ChatCompletionTokensDetails", ChatCompletionTokensDetails),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            cost=cost,
            is_byok=is_byok,
            prompt_tokens_details=prompt_tokens_details,
            completion_tokens_details=completion_tokens_details,
        )

        chat_usage.additional_properties = d
        return chat_usage


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatCompletionTokensDetails = _LazyModel(
        globals(), "modelgates_api.models.chat_completion_tokens_details", "ChatCompletionTokensDetails"
    )
    ChatPromptTokensDetails = _LazyModel(
        globals(), "modelgates_api.models.chat_prompt_tokens_details", "ChatPromptTokensDetails"
    )
