from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.provider_name import ProviderName, check_provider_name
from ..models.provider_sort import ProviderSort, check_provider_sort
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions
    from ..models.provider_sort_config import ProviderSortConfig
else:
    ProviderOptions = _LazyModel(globals(), "provider_options", "ProviderOptions")
    ProviderSortConfig = _LazyModel(globals(), "provider_sort_config", "ProviderSortConfig")


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

    _optional_ = (
        (
            "allow_fallbacks",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "ignore",
            _union_field(
                (
                    (
                        "list[ProviderName | str]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field((("ProviderName", _guarded((str,), check_provider_name)),), plain=(str,))
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "only",
            _union_field(
                (
                    (
                        "list[ProviderName | str]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field((("ProviderName", _guarded((str,), check_provider_name)),), plain=(str,))
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("options", _model_field(ProviderOptions)),
        (
            "order",
            _union_field(
                (
                    (
                        "list[ProviderName | str]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field((("ProviderName", _guarded((str,), check_provider_name)),), plain=(str,))
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "sort",
            _union_field(
                (
                    ("ProviderSort", _guarded((str,), check_provider_sort)),
                    ("ProviderSortConfig", ProviderSortConfig),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
