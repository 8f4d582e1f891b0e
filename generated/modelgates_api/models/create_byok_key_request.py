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

    _json_fields_ = (
        "key",
        "provider",
        "allowed_api_key_hashes",
        "allowed_models",
        "allowed_user_ids",
        "disabled",
        "is_fallback",
        "name",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "key"
            key = d.pop("key")

            _at_field_ = "provider"
            provider = check_byok_provider_slug(d.pop("provider"))

            _at_field_ = "allowed_api_key_hashes"
            allowed_api_key_hashes = d.pop("allowed_api_key_hashes", UNSET)
            if not isinstance(allowed_api_key_hashes, (_NoneType, Unset)):

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
            allowed_models = d.pop("allowed_models", UNSET)
            if not isinstance(allowed_models, (_NoneType, Unset)):

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
            allowed_user_ids = d.pop("allowed_user_ids", UNSET)
            if not isinstance(allowed_user_ids, (_NoneType, Unset)):

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

            _at_field_ = "disabled"
            disabled = d.pop("disabled", UNSET)

            _at_field_ = "is_fallback"
            is_fallback = d.pop("is_fallback", UNSET)

            _at_field_ = "name"
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, _NoneType, Unset)):
                name = _parse_union(
                    name,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_byok_key_request = cls(
            key=key,
            provider=provider,
            allowed_api_key_hashes=allowed_api_key_hashes,
            allowed_models=allowed_models,
            allowed_user_ids=allowed_user_ids,
            disabled=disabled,
            is_fallback=is_fallback,
            name=name,
            workspace_id=workspace_id,
        )

        create_byok_key_request.additional_properties = d
        return create_byok_key_request
