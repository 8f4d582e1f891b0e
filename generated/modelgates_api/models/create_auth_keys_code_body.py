from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_auth_keys_code_body_code_challenge_method import (
    CreateAuthKeysCodeBodyCodeChallengeMethod,
    check_create_auth_keys_code_body_code_challenge_method,
)
from ..models.create_auth_keys_code_body_usage_limit_type import (
    CreateAuthKeysCodeBodyUsageLimitType,
    check_create_auth_keys_code_body_usage_limit_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, parse_datetime
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CreateAuthKeysCodeBody(_ModelBase):
    """
    Example:
        {'callback_url': 'https://myapp.com/auth/callback', 'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-
            cM', 'code_challenge_method': 'S256', 'limit': 100}

    Attributes:
        callback_url (str): The callback URL to redirect to after authorization. Supports https URLs and
            localhost/127.0.0.1 URLs on any port for local CLI tools. Example: https://myapp.com/auth/callback.
        code_challenge (str | Unset): PKCE code challenge for enhanced security Example:
            E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM.
        code_challenge_method (CreateAuthKeysCodeBodyCodeChallengeMethod | Unset): The method used to generate the code
            challenge Example: S256.
        expires_at (datetime.datetime | None | Unset): Optional expiration time for the API key to be created Example:
            2027-12-31T23:59:59Z.
        key_label (str | Unset): Optional custom label for the API key. Defaults to the app name if not provided.
            Example: My Custom Key.
        limit (float | Unset): Credit limit for the API key to be created Example: 100.
        spawn_agent (str | Unset): Agent identifier for spawn telemetry Example: my-agent.
        spawn_cloud (str | Unset): Cloud identifier for spawn telemetry Example: aws-us-east-1.
        usage_limit_type (CreateAuthKeysCodeBodyUsageLimitType | Unset): Optional credit limit reset interval. When set,
            the credit limit resets on this interval. Example: monthly.
        workspace_id (str | Unset): Optional workspace ID to associate the API key with
    """

    callback_url: str
    code_challenge: str | Unset = UNSET
    code_challenge_method: CreateAuthKeysCodeBodyCodeChallengeMethod | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    key_label: str | Unset = UNSET
    limit: float | Unset = UNSET
    spawn_agent: str | Unset = UNSET
    spawn_cloud: str | Unset = UNSET
    usage_limit_type: CreateAuthKeysCodeBodyUsageLimitType | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "callback_url",
        "code_challenge",
        "code_challenge_method",
        "expires_at",
        "key_label",
        "limit",
        "spawn_agent",
        "spawn_cloud",
        "usage_limit_type",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "callback_url"
            callback_url = d.pop("callback_url")

            _at_field_ = "code_challenge"
            code_challenge = d.pop("code_challenge", UNSET)

            _at_field_ = "code_challenge_method"
            _code_challenge_method = d.pop("code_challenge_method", UNSET)
            code_challenge_method: CreateAuthKeysCodeBodyCodeChallengeMethod | Unset
            if isinstance(_code_challenge_method, Unset):
                code_challenge_method = UNSET
            else:
                code_challenge_method = check_create_auth_keys_code_body_code_challenge_method(_code_challenge_method)

            _at_field_ = "expires_at"
            expires_at = d.pop("expires_at", UNSET)
            if not isinstance(expires_at, (_NoneType, Unset)):

                def _expires_at_member_0(data: object) -> datetime.datetime:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = parse_datetime(data)

                    return expires_at_type_0

                expires_at = _parse_union(
                    expires_at,
                    (("datetime.datetime", _expires_at_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "key_label"
            key_label = d.pop("key_label", UNSET)

            _at_field_ = "limit"
            limit = d.pop("limit", UNSET)

            _at_field_ = "spawn_agent"
            spawn_agent = d.pop("spawn_agent", UNSET)

            _at_field_ = "spawn_cloud"
            spawn_cloud = d.pop("spawn_cloud", UNSET)

            _at_field_ = "usage_limit_type"
            _usage_limit_type = d.pop("usage_limit_type", UNSET)
            usage_limit_type: CreateAuthKeysCodeBodyUsageLimitType | Unset
            if isinstance(_usage_limit_type, Unset):
                usage_limit_type = UNSET
            else:
                usage_limit_type = check_create_auth_keys_code_body_usage_limit_type(_usage_limit_type)

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_auth_keys_code_body = cls(
            callback_url=callback_url,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            expires_at=expires_at,
            key_label=key_label,
            limit=limit,
            spawn_agent=spawn_agent,
            spawn_cloud=spawn_cloud,
            usage_limit_type=usage_limit_type,
            workspace_id=workspace_id,
        )

        create_auth_keys_code_body.additional_properties = d
        return create_auth_keys_code_body
