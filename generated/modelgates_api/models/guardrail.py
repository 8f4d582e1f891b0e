from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.guardrail_interval import GuardrailInterval, check_guardrail_interval
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
    from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
    from ..models.content_filter_entry import ContentFilterEntry
else:
    ContentFilterBuiltinEntry = _LazyModel(globals(), "content_filter_builtin_entry", "ContentFilterBuiltinEntry")
    ContentFilterEntry = _LazyModel(globals(), "content_filter_entry", "ContentFilterEntry")


@_attrs_define(repr=False, eq=False)
class Guardrail(_ModelBase):
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'], 'content_filter_builtins':
            [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at':
            '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enable_free_model_publication':
            False, 'enable_free_model_training': True, 'enable_paid_model_training': True, 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name': 'Production Guardrail',
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the guardrail was created Example: 2025-08-24T10:30:00Z.
        id (str): Unique identifier for the guardrail Example: 550e8400-e29b-41d4-a716-446655440000.
        include_byok_in_budgets (bool): Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's
            limit_usd, in addition to OpenRouter credit spend. Example: False.
        name (str): Name of the guardrail Example: Production Guardrail.
        workspace_id (None | str): The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail
            predating workspaces. Workspace membership organizes the guardrail; it does not apply the guardrail to the
            workspace's traffic. A `null` value does not mean the default workspace, and does not apply the guardrail across
            every workspace. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        allowed_models (list[str] | None | Unset): Array of model canonical_slugs (immutable identifiers) Example:
            ['openai/gpt-5.2-20251211', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None | Unset): List of allowed provider IDs Example: ['openai', 'anthropic',
            'google'].
        content_filter_builtins (list[ContentFilterBuiltinEntry] | None | Unset): Builtin content filters applied to
            requests. Includes PII detectors and the regex-based prompt injection detector. Example: [{'action': 'redact',
            'label': '[EMAIL]', 'slug': 'email'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters applied to request
            messages Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (None | str | Unset): Description of the guardrail Example: Guardrail for production environment.
        enable_free_model_publication (bool | None | Unset): Whether this guardrail allows free endpoints that publish
            prompts. Example: False.
        enable_free_model_training (bool | None | Unset): Whether this guardrail allows free endpoints that train on
            request data. Example: True.
        enable_paid_model_training (bool | None | Unset): Whether this guardrail allows paid endpoints that train on
            request data. Example: True.
        enforce_zdr (bool | None | Unset): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
            enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any
            of those per-provider fields that are not explicitly specified on the request. Example: False.
        enforce_zdr_anthropic (bool | None | Unset): Whether to enforce zero data retention for Anthropic models. Falls
            back to enforce_zdr when not provided. Example: False.
        enforce_zdr_google (bool | None | Unset): Whether to enforce zero data retention for Google models. Falls back
            to enforce_zdr when not provided. Example: False.
        enforce_zdr_openai (bool | None | Unset): Whether to enforce zero data retention for OpenAI models. Falls back
            to enforce_zdr when not provided. Example: False.
        enforce_zdr_other (bool | None | Unset): Whether to enforce zero data retention for models that are not from
            Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided. Example: False.
        enforce_zdr_xai (bool | None | Unset): Whether to enforce zero data retention for xAI models. Falls back to
            enforce_zdr when not provided. Example: False.
        ignored_models (list[str] | None | Unset): Array of model canonical_slugs to exclude from routing Example:
            ['openai/gpt-4o-mini-2024-07-18'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        limit_usd (float | None | Unset): Spending limit in USD Example: 100.
        updated_at (None | str | Unset): ISO 8601 timestamp of when the guardrail was last updated Example:
            2025-08-24T15:45:00Z.
    """

    created_at: str
    id: str
    include_byok_in_budgets: bool
    name: str
    workspace_id: None | str
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None | Unset = UNSET
    content_filters: list[ContentFilterEntry] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_free_model_publication: bool | None | Unset = UNSET
    enable_free_model_training: bool | None | Unset = UNSET
    enable_paid_model_training: bool | None | Unset = UNSET
    enforce_zdr: bool | None | Unset = UNSET
    enforce_zdr_anthropic: bool | None | Unset = UNSET
    enforce_zdr_google: bool | None | Unset = UNSET
    enforce_zdr_openai: bool | None | Unset = UNSET
    enforce_zdr_other: bool | None | Unset = UNSET
    enforce_zdr_xai: bool | None | Unset = UNSET
    ignored_models: list[str] | None | Unset = UNSET
    ignored_providers: list[str] | None | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "created_at",
        "id",
        "include_byok_in_budgets",
        "name",
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
        ("allowed_models", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("allowed_providers", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "content_filter_builtins",
            _union_field(
                (
                    (
                        "list[ContentFilterBuiltinEntry]",
                        _guarded((list,), _list_field(_model_field(ContentFilterBuiltinEntry))),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "content_filters",
            _union_field(
                (("list[ContentFilterEntry]", _guarded((list,), _list_field(_model_field(ContentFilterEntry)))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "description",
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
        (
            "enable_free_model_publication",
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
            "enable_free_model_training",
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
            "enable_paid_model_training",
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
            "enforce_zdr",
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
            "enforce_zdr_anthropic",
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
            "enforce_zdr_google",
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
            "enforce_zdr_openai",
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
            "enforce_zdr_other",
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
            "enforce_zdr_xai",
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
        ("ignored_models", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("ignored_providers", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "limit_usd",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "reset_interval",
            _union_field(
                (("GuardrailInterval", _guarded((str,), check_guardrail_interval)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "updated_at",
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
