from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_allowed_callers_item import AnthropicAllowedCallersItem, check_anthropic_allowed_callers_item
from ..models.messages_request_tools_item_type_5_name import (
    MessagesRequestToolsItemType5Name,
    check_messages_request_tools_item_type_5_name,
)
from ..models.messages_request_tools_item_type_5_type import (
    MessagesRequestToolsItemType5Type,
    check_messages_request_tools_item_type_5_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType5(_ModelBase):
    """
    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    model: str
    name: MessagesRequestToolsItemType5Name
    type_: MessagesRequestToolsItemType5Type
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    caching: AnthropicCacheControlDirective | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "model",
        "name",
        ("type_", "type"),
        "allowed_callers",
        "cache_control",
        "caching",
        "defer_loading",
        "max_uses",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "name"
            name = check_messages_request_tools_item_type_5_name(d.pop("name"))

            _at_field_ = "type"
            type_ = check_messages_request_tools_item_type_5_type(d.pop("type"))

            _at_field_ = "allowed_callers"
            _allowed_callers = d.pop("allowed_callers", UNSET)
            allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
            if _allowed_callers is not UNSET:
                allowed_callers = []
                for (
                    _componentsschemas_anthropic_allowed_callers_item_data_index,
                    componentsschemas_anthropic_allowed_callers_item_data,
                ) in enumerate(_as_list(_allowed_callers)):
                    try:
                        componentsschemas_anthropic_allowed_callers_item = check_anthropic_allowed_callers_item(
                            componentsschemas_anthropic_allowed_callers_item_data
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _componentsschemas_anthropic_allowed_callers_item_data_index)
                    allowed_callers.append(componentsschemas_anthropic_allowed_callers_item)

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "caching"
            caching = d.pop("caching", UNSET)
            if not isinstance(caching, (_NoneType, Unset)):
                caching = _parse_union(
                    caching,
                    (("AnthropicCacheControlDirective", AnthropicCacheControlDirective),),
                    plain=(_NoneType,),
                )

            _at_field_ = "defer_loading"
            defer_loading = d.pop("defer_loading", UNSET)

            _at_field_ = "max_uses"
            max_uses = d.pop("max_uses", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_tools_item_type_5 = cls(
            model=model,
            name=name,
            type_=type_,
            allowed_callers=allowed_callers,
            cache_control=cache_control,
            caching=caching,
            defer_loading=defer_loading,
            max_uses=max_uses,
        )

        messages_request_tools_item_type_5.additional_properties = d
        return messages_request_tools_item_type_5


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
