from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class TopProviderInfo(_ModelBase):
    """Information about the top provider for this model

    Example:
        {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}

    Attributes:
        is_moderated (bool): Whether the top provider moderates content Example: True.
        context_length (int | None | Unset): Context length from the top provider Example: 8192.
        max_completion_tokens (int | None | Unset): Maximum completion tokens from the top provider Example: 4096.
    """

    is_moderated: bool
    context_length: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "is_moderated",
        "context_length",
        "max_completion_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "is_moderated"
            is_moderated = d.pop("is_moderated")

            _at_field_ = "context_length"
            context_length = d.pop("context_length", UNSET)
            if not isinstance(context_length, (int, _NoneType, Unset)):
                context_length = _parse_union(
                    context_length,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "max_completion_tokens"
            max_completion_tokens = d.pop("max_completion_tokens", UNSET)
            if not isinstance(max_completion_tokens, (int, _NoneType, Unset)):
                max_completion_tokens = _parse_union(
                    max_completion_tokens,
                    (),
                    plain=(int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        top_provider_info = cls(
            is_moderated=is_moderated,
            context_length=context_length,
            max_completion_tokens=max_completion_tokens,
        )

        top_provider_info.additional_properties = d
        return top_provider_info
