from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class UpdateBYOKKeyRequest(_ModelBase):
    """
    Example:
        {'disabled': False, 'name': 'Updated OpenAI Key'}

    Attributes:
        allowed_api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes
            (`api_keys.hash`) that may use this credential. `null` clears the restriction. Must contain at least one hash if
            provided. Hashes that do not belong to your account return a 400. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None | Unset): Optional allowlist of model slugs this credential may be used for.
            `null` means no restriction.
        allowed_user_ids (list[str] | None | Unset): Optional allowlist of user IDs that may use this credential. `null`
            means no restriction.
        disabled (bool | Unset): Whether this credential is disabled. Example: False.
        is_fallback (bool | Unset): Whether this credential is treated as a fallback — used only after non-fallback keys
            for the same provider have been tried. Example: False.
        key (str | Unset): A new raw provider API key to rotate the credential in-place. The previous key material is
            overwritten and the masked label is regenerated. Encrypted at rest and never returned in API responses. Example:
            sk-proj-newkey456....
        name (None | str | Unset): Optional human-readable name for the credential. Example: Updated OpenAI Key.
    """

    allowed_api_key_hashes: list[str] | None | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    allowed_user_ids: list[str] | None | Unset = UNSET
    disabled: bool | Unset = UNSET
    is_fallback: bool | Unset = UNSET
    key: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "allowed_api_key_hashes",
            _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("allowed_models", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("allowed_user_ids", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        "disabled",
        "is_fallback",
        "key",
        (
            "name",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
