from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.byok_provider_slug import BYOKProviderSlug, check_byok_provider_slug
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "allowed_api_key_hashes",
        "allowed_models",
        "allowed_user_ids",
        "created_at",
        "disabled",
        "id",
        "is_fallback",
        "label",
        "provider",
        "sort_order",
        "workspace_id",
        "name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "allowed_api_key_hashes"
            allowed_api_key_hashes = d.pop("allowed_api_key_hashes")
            if not isinstance(allowed_api_key_hashes, (_NoneType,)):

                def _allowed_api_key_hashes_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_api_key_hashes_type_0 = cast(list[str], data)

                    return allowed_api_key_hashes_type_0

                allowed_api_key_hashes = _parse_union(
                    allowed_api_key_hashes,
                    (("list[str]", _allowed_api_key_hashes_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "allowed_models"
            allowed_models = d.pop("allowed_models")
            if not isinstance(allowed_models, (_NoneType,)):

                def _allowed_models_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_models_type_0 = cast(list[str], data)

                    return allowed_models_type_0

                allowed_models = _parse_union(
                    allowed_models,
                    (("list[str]", _allowed_models_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "allowed_user_ids"
            allowed_user_ids = d.pop("allowed_user_ids")
            if not isinstance(allowed_user_ids, (_NoneType,)):

                def _allowed_user_ids_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_user_ids_type_0 = cast(list[str], data)

                    return allowed_user_ids_type_0

                allowed_user_ids = _parse_union(
                    allowed_user_ids,
                    (("list[str]", _allowed_user_ids_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "disabled"
            disabled = d.pop("disabled")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "is_fallback"
            is_fallback = d.pop("is_fallback")

            _at_field_ = "label"
            label = d.pop("label")

            _at_field_ = "provider"
            provider = check_byok_provider_slug(d.pop("provider"))

            _at_field_ = "sort_order"
            sort_order = d.pop("sort_order")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")
            if not isinstance(workspace_id, (str, _NoneType)):
                workspace_id = _parse_union(
                    workspace_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, _NoneType, Unset)):
                name = _parse_union(
                    name,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        byok_key = cls(
            allowed_api_key_hashes=allowed_api_key_hashes,
            allowed_models=allowed_models,
            allowed_user_ids=allowed_user_ids,
            created_at=created_at,
            disabled=disabled,
            id=id,
            is_fallback=is_fallback,
            label=label,
            provider=provider,
            sort_order=sort_order,
            workspace_id=workspace_id,
            name=name,
        )

        byok_key.additional_properties = d
        return byok_key
