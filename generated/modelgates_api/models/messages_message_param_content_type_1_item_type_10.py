from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_type_1_item_type_10_type import (
    MessagesMessageParamContentType1ItemType10Type,
    check_messages_message_param_content_type_1_item_type_10_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective


@_attrs_define(repr=False, eq=False)
class MessagesMessageParamContentType1ItemType10(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    content: None | str
    type_: MessagesMessageParamContentType1ItemType10Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content",
        ("type_", "type"),
        "cache_control",
        "encrypted_content",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")
            if not isinstance(content, (str, _NoneType)):
                content = _parse_union(
                    content,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_messages_message_param_content_type_1_item_type_10_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content", UNSET)
            if not isinstance(encrypted_content, (str, _NoneType, Unset)):
                encrypted_content = _parse_union(
                    encrypted_content,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_message_param_content_type_1_item_type_10 = cls(
            content=content,
            type_=type_,
            cache_control=cache_control,
            encrypted_content=encrypted_content,
        )

        messages_message_param_content_type_1_item_type_10.additional_properties = d
        return messages_message_param_content_type_1_item_type_10


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
