from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.byok_provider_slug import BYOKProviderSlug, check_byok_provider_slug
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class CreateBYOKKeyRequest(_ModelBase):
    """
    Example:
        {'key': 'sk-proj-abc123...', 'name': 'Production OpenAI Key', 'provider': 'openai'}

    Attributes:
        key (str): The raw provider API key or credential. This value is encrypted at rest and never returned in API
            responses. Example: sk-proj-abc123....
        provider (BYOKProviderSlug): The upstream provider this credential authenticates against, as a lowercase slug
            (e.g. `openai`, `anthropic`, `amazon-bedrock`). Example: openai.
        allowed_api_key_hashes (list[str] | None | Unset): Optional allowlist of OpenRouter API key hashes
            (`api_keys.hash`) that may use this credential. `null` means no restriction. Must contain at least one hash if
            provided. Hashes that do not belong to your account return a 400. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None | Unset): Optional allowlist of model slugs this credential may be used for.
            `null` means no restriction.
        allowed_user_ids (list[str] | None | Unset): Optional allowlist of user IDs that may use this credential. `null`
            means no restriction.
        disabled (bool | Unset): Whether this credential should be created in a disabled state. Example: False.
        is_fallback (bool | Unset): Whether this credential is treated as a fallback — used only after non-fallback keys
            for the same provider have been tried. Example: False.
        name (None | str | Unset): Optional human-readable name for the credential. Example: Production OpenAI Key.
        workspace_id (str | Unset): Optional workspace ID to scope the credential to. When omitted, the credential is
            created in the account's default workspace; if that default has been deleted, the request returns a 400 and you
            must pass `workspace_id` explicitly. Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    key: str
    provider: BYOKProviderSlug
    allowed_api_key_hashes: list[str] | None | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    allowed_user_ids: list[str] | None | Unset = UNSET
    disabled: bool | Unset = UNSET
    is_fallback: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "key",
        ("provider", check_byok_provider_slug),
    )
    _optional_ = (
        (
            "allowed_api_key_hashes",
            _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("allowed_models", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("allowed_user_ids", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        "disabled",
        "is_fallback",
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
        "workspace_id",
    )
