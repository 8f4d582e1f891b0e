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
    from ..models.content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
    from ..models.content_filter_entry import ContentFilterEntry
else:
    ContentFilterBuiltinEntryInput = _LazyModel(
        globals(), "content_filter_builtin_entry_input", "ContentFilterBuiltinEntryInput"
    )
    ContentFilterEntry = _LazyModel(globals(), "content_filter_entry", "ContentFilterEntry")


@_attrs_define(repr=False, eq=False)
class CreateGuardrailRequest(_ModelBase):
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins':
            [{'action': 'block', 'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'ignored_models': None, 'ignored_providers': None,
            'limit_usd': 50, 'name': 'My New Guardrail', 'reset_interval': 'monthly'}

    Attributes:
        name (str): Name for the new guardrail Example: My New Guardrail.
        allowed_models (list[str] | None | Unset): Array of model identifiers (slug or canonical_slug accepted) Example:
            ['openai/gpt-5.2', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None | Unset): List of allowed provider IDs Example: ['openai', 'anthropic',
            'deepseek'].
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None | Unset): Builtin content filters to apply.
            Every builtin slug supports "block", "redact", and the detect-only "flag" action. Example: [{'action': 'block',
            'slug': 'regex-prompt-injection'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters to apply to request
            messages Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (None | str | Unset): Description of the guardrail Example: A guardrail for limiting API usage.
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
        ignored_models (list[str] | None | Unset): Array of model identifiers to exclude from routing (slug or
            canonical_slug accepted) Example: ['openai/gpt-4o-mini'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) inference spend counts toward this
            guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false. Example: False.
        limit_usd (float | None | Unset): Spending limit in USD Example: 50.
        workspace_id (str | Unset): The workspace to create the guardrail in. When omitted, the guardrail is created in
            the default workspace; if that default has been deleted, the request returns a 400 and you must pass
            `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces
            nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a
            workspace, update the workspace's default guardrail instead. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    name: str
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | None | Unset = UNSET
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
    include_byok_in_budgets: bool | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("name",)
    _optional_ = (
        ("allowed_models", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("allowed_providers", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        (
            "content_filter_builtins",
            _union_field(
                (
                    (
                        "list[ContentFilterBuiltinEntryInput]",
                        _guarded((list,), _list_field(_model_field(ContentFilterBuiltinEntryInput))),
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
        "include_byok_in_budgets",
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
        "workspace_id",
    )
