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
class UpdateGuardrailRequest(_ModelBase):
    """
    Example:
        {'description': 'Updated description', 'limit_usd': 75, 'name': 'Updated Guardrail Name', 'reset_interval':
            'weekly'}

    Attributes:
        allowed_models (list[str] | None | Unset): Array of model identifiers (slug or canonical_slug accepted) Example:
            ['openai/gpt-5.2'].
        allowed_providers (list[str] | None | Unset): New list of allowed provider IDs Example: ['openai', 'anthropic',
            'deepseek'].
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None | Unset): Builtin content filters to apply.
            Set to null to remove. Every builtin slug supports "block", "redact", and the detect-only "flag" action.
            Example: [{'action': 'block', 'slug': 'regex-prompt-injection'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters to apply. Set to null to
            remove.
        description (None | str | Unset): New description for the guardrail Example: Updated description.
        enable_free_model_publication (bool | None | Unset): Whether this guardrail allows free endpoints that publish
            prompts. Example: False.
        enable_free_model_training (bool | None | Unset): Whether this guardrail allows free endpoints that train on
            request data. Example: True.
        enable_paid_model_training (bool | None | Unset): Whether this guardrail allows paid endpoints that train on
            request data. Example: True.
        enforce_zdr (bool | None | Unset): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
            enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any
            of those per-provider fields that are not explicitly specified on the request. Example: True.
        enforce_zdr_anthropic (bool | None | Unset): Whether to enforce zero data retention for Anthropic models. Falls
            back to enforce_zdr when not provided. Example: True.
        enforce_zdr_google (bool | None | Unset): Whether to enforce zero data retention for Google models. Falls back
            to enforce_zdr when not provided. Example: True.
        enforce_zdr_openai (bool | None | Unset): Whether to enforce zero data retention for OpenAI models. Falls back
            to enforce_zdr when not provided. Example: True.
        enforce_zdr_other (bool | None | Unset): Whether to enforce zero data retention for models that are not from
            Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided. Example: True.
        enforce_zdr_xai (bool | None | Unset): Whether to enforce zero data retention for xAI models. Falls back to
            enforce_zdr when not provided. Example: True.
        ignored_models (list[str] | None | Unset): Array of model identifiers to exclude from routing (slug or
            canonical_slug accepted) Example: ['openai/gpt-4o-mini'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) inference spend counts toward this
            guardrail's limit_usd, in addition to OpenRouter credit spend. Omit to leave unchanged. Example: True.
        limit_usd (float | None | Unset): New spending limit in USD Example: 75.
        name (str | Unset): New name for the guardrail Example: Updated Guardrail Name.
    """

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
    name: str | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        "name",
        (
            "reset_interval",
            _union_field(
                (("GuardrailInterval", _guarded((str,), check_guardrail_interval)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
