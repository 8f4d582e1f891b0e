from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_auth_keys_code_body_code_challenge_method import (
    CreateAuthKeysCodeBodyCodeChallengeMethod,
    check_create_auth_keys_code_body_code_challenge_method,
)
from ..models.create_auth_keys_code_body_usage_limit_type import (
    CreateAuthKeysCodeBodyUsageLimitType,
    check_create_auth_keys_code_body_usage_limit_type,
)
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    parse_datetime,
    union_field as _union_field,
)


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

    _required_ = ("callback_url",)
    _optional_ = (
        "code_challenge",
        ("code_challenge_method", check_create_auth_keys_code_body_code_challenge_method),
        (
            "expires_at",
            _union_field(
                (("datetime.datetime", _guarded((str,), parse_datetime)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        "key_label",
        "limit",
        "spawn_agent",
        "spawn_cloud",
        ("usage_limit_type", check_create_auth_keys_code_body_usage_limit_type),
        "workspace_id",
    )
