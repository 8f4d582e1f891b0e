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
class BYOKKey(_ModelBase):
    """
    Example:
        {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None, 'created_at':
            '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555', 'is_fallback': False,
            'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai', 'sort_order': 0, 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        allowed_api_key_hashes (list[str] | None): Optional allowlist of OpenRouter API key hashes (`api_keys.hash`)
            that may use this credential. `null` means no restriction. Example:
            ['f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943'].
        allowed_models (list[str] | None): Optional allowlist of model slugs this credential may be used for. `null`
            means no restriction.
        allowed_user_ids (list[str] | None): Optional allowlist of user IDs that may use this credential. `null` means
            no restriction.
        created_at (str): ISO timestamp of when the credential was created. Example: 2025-08-24T10:30:00Z.
        disabled (bool): Whether this credential is currently disabled. Example: False.
        id (str): Stable public identifier for this BYOK credential. Example: 11111111-2222-3333-4444-555555555555.
        is_fallback (bool): Whether this credential is treated as a fallback — used only after non-fallback keys for the
            same provider have been tried. Example: False.
        label (str): Short masked snippet of the key (e.g. the first/last few characters) used to identify it in the UI.
            Example: sk-...AbCd.
        provider (BYOKProviderSlug): The upstream provider this credential authenticates against, as a lowercase slug
            (e.g. `openai`, `anthropic`, `amazon-bedrock`). Example: openai.
        sort_order (int): Position within the provider — credentials are tried in ascending sort order. Example: 0.
        workspace_id (None | str): The workspace this credential is scoped to, or `null` when it is global — usable
            across every workspace in the account. A `null` value does not mean the default workspace. Example:
            550e8400-e29b-41d4-a716-446655440000.
        name (None | str | Unset): Optional human-readable name for the credential. Example: Production OpenAI Key.
    """

    allowed_api_key_hashes: list[str] | None
    allowed_models: list[str] | None
    allowed_user_ids: list[str] | None
    created_at: str
    disabled: bool
    id: str
    is_fallback: bool
    label: str
    provider: BYOKProviderSlug
    sort_order: int
    workspace_id: None | str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "allowed_api_key_hashes",
            _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("allowed_models", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("allowed_user_ids", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        "created_at",
        "disabled",
        "id",
        "is_fallback",
        "label",
        ("provider", check_byok_provider_slug),
        "sort_order",
        (
            "workspace_id",
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
    _optional_ = (
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
