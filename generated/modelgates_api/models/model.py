from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.parameter import Parameter, check_parameter
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
    from ..models.default_parameters import DefaultParameters
    from ..models.model_alias_target import ModelAliasTarget
    from ..models.model_architecture import ModelArchitecture
    from ..models.model_benchmarks import ModelBenchmarks
    from ..models.model_links import ModelLinks
    from ..models.model_reasoning import ModelReasoning
    from ..models.per_request_limits import PerRequestLimits
    from ..models.public_pricing import PublicPricing
    from ..models.top_provider_info import TopProviderInfo
else:
    DefaultParameters = _LazyModel(globals(), "default_parameters", "DefaultParameters")
    ModelAliasTarget = _LazyModel(globals(), "model_alias_target", "ModelAliasTarget")
    ModelArchitecture = _LazyModel(globals(), "model_architecture", "ModelArchitecture")
    ModelBenchmarks = _LazyModel(globals(), "model_benchmarks", "ModelBenchmarks")
    ModelLinks = _LazyModel(globals(), "model_links", "ModelLinks")
    ModelReasoning = _LazyModel(globals(), "model_reasoning", "ModelReasoning")
    PerRequestLimits = _LazyModel(globals(), "per_request_limits", "PerRequestLimits")
    PublicPricing = _LazyModel(globals(), "public_pricing", "PublicPricing")
    TopProviderInfo = _LazyModel(globals(), "top_provider_info", "TopProviderInfo")


@_attrs_define(repr=False, eq=False)
class Model(_ModelBase):
    """Information about an AI model available on OpenRouter

    Example:
        {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'reasoning': {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False,
            'supported_efforts': ['high', 'medium', 'low', 'minimal']}, 'supported_parameters': ['temperature', 'top_p',
            'max_tokens'], 'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}

    Attributes:
        architecture (ModelArchitecture): Model architecture information Example: {'input_modalities': ['text'],
            'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer': 'GPT'}.
        canonical_slug (str): Canonical slug for the model Example: openai/gpt-4.
        context_length (int | None): Maximum context length in tokens Example: 8192.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        id (str): Unique identifier for the model Example: openai/gpt-4.
        links (ModelLinks): Related API endpoints and resources for this model. Example: {'details':
            '/api/v1/models/openai/gpt-5.4/endpoints'}.
        name (str): Display name of the model Example: GPT-4.
        pricing (PublicPricing): Pricing information for the model Example: {'completion': '0.00006', 'image': '0',
            'prompt': '0.00003', 'request': '0'}.
        supported_parameters (list[Parameter]): List of supported parameters for this model
        supported_voices (list[str] | None): List of supported voice identifiers for TTS models. Null for non-TTS
            models.
        top_provider (TopProviderInfo): Information about the top provider for this model Example: {'context_length':
            8192, 'is_moderated': True, 'max_completion_tokens': 4096}.
        alias_target (ModelAliasTarget | Unset): Concrete model targeted by this tilde-latest alias, when applicable
            Example: {'name': 'Claude Sonnet 4.5', 'slug': 'anthropic/claude-sonnet-4.5'}.
        benchmarks (ModelBenchmarks | Unset): Third-party benchmark rankings for this model. Omitted when no benchmark
            data is available. Example: {'artificial_analysis': {'agentic_index': 55.8, 'coding_index': 63.2,
            'intelligence_index': 71.4}, 'design_arena': [{'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank':
            5, 'win_rate': 62.5}]}.
        description (str | Unset): Description of the model Example: GPT-4 is a large multimodal model that can solve
            difficult problems with greater accuracy..
        expiration_date (None | str | Unset): The date after which the model may be removed. ISO 8601 date string (YYYY-
            MM-DD) or null if no expiration. Example: 2025-06-01.
        hugging_face_id (None | str | Unset): Hugging Face model identifier, if applicable Example: microsoft/DialoGPT-
            medium.
        knowledge_cutoff (None | str | Unset): The date up to which the model was trained on data. ISO 8601 date string
            (YYYY-MM-DD) or null if unknown. Example: 2024-10-01.
        reasoning (ModelReasoning | Unset): Reasoning effort configuration. Omitted for non-reasoning models and dynamic
            router models. Example: {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False,
            'supported_efforts': ['high', 'medium', 'low', 'minimal']}.
    """

    architecture: ModelArchitecture
    canonical_slug: str
    context_length: int | None
    created: int
    default_parameters: DefaultParameters | None
    id: str
    links: ModelLinks
    name: str
    per_request_limits: None | PerRequestLimits
    pricing: PublicPricing
    supported_parameters: list[Parameter]
    supported_voices: list[str] | None
    top_provider: TopProviderInfo
    alias_target: ModelAliasTarget | Unset = UNSET
    benchmarks: ModelBenchmarks | Unset = UNSET
    description: str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    knowledge_cutoff: None | str | Unset = UNSET
    reasoning: ModelReasoning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("architecture", _model_field(ModelArchitecture)),
        "canonical_slug",
        (
            "context_length",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        "created",
        (
            "default_parameters",
            _union_field((("DefaultParameters", DefaultParameters),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        "id",
        ("links", _model_field(ModelLinks)),
        "name",
        (
            "per_request_limits",
            _union_field((("PerRequestLimits", PerRequestLimits),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        ("pricing", _model_field(PublicPricing)),
        ("supported_parameters", _list_field(check_parameter)),
        ("supported_voices", _union_field((("list[str]", _guarded((list,))),), plain=(_NoneType,), skip=(_NoneType,))),
        ("top_provider", _model_field(TopProviderInfo)),
    )
    _optional_ = (
        ("alias_target", _model_field(ModelAliasTarget)),
        ("benchmarks", _model_field(ModelBenchmarks)),
        "description",
        (
            "expiration_date",
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
            "hugging_face_id",
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
            "knowledge_cutoff",
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
        ("reasoning", _model_field(ModelReasoning)),
    )
