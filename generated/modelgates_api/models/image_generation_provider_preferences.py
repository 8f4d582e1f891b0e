from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_name import ProviderName, check_provider_name
from ..models.provider_sort import ProviderSort, check_provider_sort
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

    from ..models.provider_options import ProviderOptions
    from ..models.provider_sort_config import ProviderSortConfig


@_attrs_define(repr=False, eq=False)
class ImageGenerationProviderPreferences(_ModelBase):
    """Provider routing preferences and provider-specific passthrough configuration.

    Example:
        {'allow_fallbacks': False, 'only': ['google-ai-studio']}

    Attributes:
        allow_fallbacks (bool | None | Unset): Whether to allow backup providers to serve requests
            - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next
            best provider.
            - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
        ignore (list[ProviderName | str] | None | Unset): List of provider slugs to ignore. If provided, this list is
            merged with your account-wide ignored provider settings for this request. Example: ['openai', 'anthropic'].
        only (list[ProviderName | str] | None | Unset): List of provider slugs to allow. If provided, this list is
            merged with your account-wide allowed provider settings for this request. Example: ['openai', 'anthropic'].
        options (ProviderOptions | Unset): Provider-specific options keyed by provider slug. The options for the matched
            provider are spread into the upstream request body.
        order (list[ProviderName | str] | None | Unset): An ordered list of provider slugs. The router will attempt to
            use the first provider in the subset of this list that supports your requested model, and fall back to the next
            if it is unavailable. If no providers are available, the request will fail with an error message. Example:
            ['openai', 'anthropic'].
        sort (None | ProviderSort | ProviderSortConfig | Unset): The sorting strategy to use for this request, if
            "order" is not specified. When set, no load balancing is performed. Example: price.
    """

    allow_fallbacks: bool | None | Unset = UNSET
    ignore: list[ProviderName | str] | None | Unset = UNSET
    only: list[ProviderName | str] | None | Unset = UNSET
    options: ProviderOptions | Unset = UNSET
    order: list[ProviderName | str] | None | Unset = UNSET
    sort: None | ProviderSort | ProviderSortConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "allow_fallbacks",
        "ignore",
        "only",
        "options",
        "order",
        "sort",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allow_fallbacks"
            allow_fallbacks = d.pop("allow_fallbacks", UNSET)
            if not isinstance(allow_fallbacks, (bool, _NoneType, Unset)):
                allow_fallbacks = _parse_union(
                    allow_fallbacks,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "ignore"
            ignore = d.pop("ignore", UNSET)
            if not isinstance(ignore, (_NoneType, Unset)):

                def _ignore_member_0(data: object) -> list[ProviderName | str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    ignore_type_0 = []
                    _ignore_type_0 = data
                    for _ignore_type_0_item_data_index, ignore_type_0_item_data in enumerate(_as_list(_ignore_type_0)):
                        try:
                            ignore_type_0_item = ignore_type_0_item_data

                            def _ignore_type_0_item_member_0(data: object) -> ProviderName:
                                if not isinstance(data, str):
                                    raise TypeError()
                                ignore_type_0_item_type_0 = check_provider_name(data)

                                return ignore_type_0_item_type_0

                            ignore_type_0_item = _parse_union(
                                ignore_type_0_item,
                                (("ProviderName", _ignore_type_0_item_member_0),),
                                plain=(str,),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _ignore_type_0_item_data_index)
                        ignore_type_0.append(ignore_type_0_item)

                    return ignore_type_0

                ignore = _parse_union(
                    ignore,
                    (("list[ProviderName | str]", _ignore_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "only"
            only = d.pop("only", UNSET)
            if not isinstance(only, (_NoneType, Unset)):

                def _only_member_0(data: object) -> list[ProviderName | str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    only_type_0 = []
                    _only_type_0 = data
                    for _only_type_0_item_data_index, only_type_0_item_data in enumerate(_as_list(_only_type_0)):
                        try:
                            only_type_0_item = only_type_0_item_data

                            def _only_type_0_item_member_0(data: object) -> ProviderName:
                                if not isinstance(data, str):
                                    raise TypeError()
                                only_type_0_item_type_0 = check_provider_name(data)

                                return only_type_0_item_type_0

                            only_type_0_item = _parse_union(
                                only_type_0_item,
                                (("ProviderName", _only_type_0_item_member_0),),
                                plain=(str,),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _only_type_0_item_data_index)
                        only_type_0.append(only_type_0_item)

                    return only_type_0

                only = _parse_union(
                    only,
                    (("list[ProviderName | str]", _only_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "options"
            _options = d.pop("options", UNSET)
            options: ProviderOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = ProviderOptions.from_dict(_options)

            _at_field_ = "order"
            order = d.pop("order", UNSET)
            if not isinstance(order, (_NoneType, Unset)):

                def _order_member_0(data: object) -> list[ProviderName | str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    order_type_0 = []
                    _order_type_0 = data
                    for _order_type_0_item_data_index, order_type_0_item_data in enumerate(_as_list(_order_type_0)):
                        try:
                            order_type_0_item = order_type_0_item_data

                            def _order_type_0_item_member_0(data: object) -> ProviderName:
                                if not isinstance(data, str):
                                    raise TypeError()
                                order_type_0_item_type_0 = check_provider_name(data)

                                return order_type_0_item_type_0

                            order_type_0_item = _parse_union(
                                order_type_0_item,
                                (("ProviderName", _order_type_0_item_member_0),),
                                plain=(str,),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _order_type_0_item_data_index)
                        order_type_0.append(order_type_0_item)

                    return order_type_0

                order = _parse_union(
                    order,
                    (("list[ProviderName | str]", _order_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "sort"
            sort = d.pop("sort", UNSET)
            if not isinstance(sort, (_NoneType, Unset)):

                def _sort_member_0(data: object) -> ProviderSort:
                    if not isinstance(data, str):
                        raise TypeError()
                    sort_type_0 = check_provider_sort(data)

                    return sort_type_0

                sort = _parse_union(
                    sort,
                    (
                        ("ProviderSort", _sort_member_0),
                        ("ProviderSortConfig", ProviderSortConfig),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_provider_preferences = cls(
            allow_fallbacks=allow_fallbacks,
            ignore=ignore,
            only=only,
            options=options,
            order=order,
            sort=sort,
        )

        image_generation_provider_preferences.additional_properties = d
        return image_generation_provider_preferences


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ProviderOptions = _LazyModel(globals(), "modelgates_api.models.provider_options", "ProviderOptions")
    ProviderSortConfig = _LazyModel(globals(), "modelgates_api.models.provider_sort_config", "ProviderSortConfig")
