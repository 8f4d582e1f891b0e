from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter import Parameter, check_parameter
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.default_parameters import DefaultParameters
    from ..models.model_alias_target import ModelAliasTarget
    from ..models.model_architecture import ModelArchitecture
    from ..models.model_benchmarks import ModelBenchmarks
    from ..models.model_links import ModelLinks
    from ..models.model_reasoning import ModelReasoning
    from ..models.per_request_limits import PerRequestLimits
    from ..models.public_pricing import PublicPricing
    from ..models.top_provider_info import TopProviderInfo


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

    _json_fields_ = (
        "architecture",
        "canonical_slug",
        "context_length",
        "created",
        "default_parameters",
        "id",
        "links",
        "name",
        "per_request_limits",
        "pricing",
        "supported_parameters",
        "supported_voices",
        "top_provider",
        "alias_target",
        "benchmarks",
        "description",
        "expiration_date",
        "hugging_face_id",
        "knowledge_cutoff",
        "reasoning",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "architecture"
            architecture = ModelArchitecture.from_dict(d.pop("architecture"))

            _at_field_ = "canonical_slug"
            canonical_slug = d.pop("canonical_slug")

            _at_field_ = "context_length"
            context_length = d.pop("context_length")
            if not isinstance(context_length, (int, _NoneType)):
                context_length = _parse_union(
                    context_length,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "default_parameters"
            default_parameters = d.pop("default_parameters")
            if not isinstance(default_parameters, (_NoneType,)):
                default_parameters = _parse_union(
                    default_parameters,
                    (("DefaultParameters", DefaultParameters),),
                    plain=(_NoneType,),
                )

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "links"
            links = ModelLinks.from_dict(d.pop("links"))

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "per_request_limits"
            per_request_limits = d.pop("per_request_limits")
            if not isinstance(per_request_limits, (_NoneType,)):
                per_request_limits = _parse_union(
                    per_request_limits,
                    (("PerRequestLimits", PerRequestLimits),),
                    plain=(_NoneType,),
                )

            _at_field_ = "pricing"
            pricing = PublicPricing.from_dict(d.pop("pricing"))

            _at_field_ = "supported_parameters"
            supported_parameters = []
            _supported_parameters = d.pop("supported_parameters")
            for _supported_parameters_item_data_index, supported_parameters_item_data in enumerate(
                _as_list(_supported_parameters)
            ):
                try:
                    supported_parameters_item = check_parameter(supported_parameters_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _supported_parameters_item_data_index)
                supported_parameters.append(supported_parameters_item)

            _at_field_ = "supported_voices"
            supported_voices = d.pop("supported_voices")
            if not isinstance(supported_voices, (_NoneType,)):

                def _supported_voices_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    supported_voices_type_0 = cast(list[str], data)

                    return supported_voices_type_0

                supported_voices = _parse_union(
                    supported_voices,
                    (("list[str]", _supported_voices_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "top_provider"
            top_provider = TopProviderInfo.from_dict(d.pop("top_provider"))

            _at_field_ = "alias_target"
            _alias_target = d.pop("alias_target", UNSET)
            alias_target: ModelAliasTarget | Unset
            if isinstance(_alias_target, Unset):
                alias_target = UNSET
            else:
                alias_target = ModelAliasTarget.from_dict(_alias_target)

            _at_field_ = "benchmarks"
            _benchmarks = d.pop("benchmarks", UNSET)
            benchmarks: ModelBenchmarks | Unset
            if isinstance(_benchmarks, Unset):
                benchmarks = UNSET
            else:
                benchmarks = ModelBenchmarks.from_dict(_benchmarks)

            _at_field_ = "description"
            description = d.pop("description", UNSET)

            _at_field_ = "expiration_date"
            expiration_date = d.pop("expiration_date", UNSET)
            if not isinstance(expiration_date, (str, _NoneType, Unset)):
                expiration_date = _parse_union(
                    expiration_date,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "hugging_face_id"
            hugging_face_id = d.pop("hugging_face_id", UNSET)
            if not isinstance(hugging_face_id, (str, _NoneType, Unset)):
                hugging_face_id = _parse_union(
                    hugging_face_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "knowledge_cutoff"
            knowledge_cutoff = d.pop("knowledge_cutoff", UNSET)
            if not isinstance(knowledge_cutoff, (str, _NoneType, Unset)):
                knowledge_cutoff = _parse_union(
                    knowledge_cutoff,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "reasoning"
            _reasoning = d.pop("reasoning", UNSET)
            reasoning: ModelReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = ModelReasoning.from_dict(_reasoning)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        model = cls(
            architecture=architecture,
            canonical_slug=canonical_slug,
            context_length=context_length,
            created=created,
            default_parameters=default_parameters,
            id=id,
            links=links,
            name=name,
            per_request_limits=per_request_limits,
            pricing=pricing,
            supported_parameters=supported_parameters,
            supported_voices=supported_voices,
            top_provider=top_provider,
            alias_target=alias_target,
            benchmarks=benchmarks,
            description=description,
            expiration_date=expiration_date,
            hugging_face_id=hugging_face_id,
            knowledge_cutoff=knowledge_cutoff,
            reasoning=reasoning,
        )

        model.additional_properties = d
        return model


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    DefaultParameters = _LazyModel(globals(), "modelgates_api.models.default_parameters", "DefaultParameters")
    ModelAliasTarget = _LazyModel(globals(), "modelgates_api.models.model_alias_target", "ModelAliasTarget")
    ModelArchitecture = _LazyModel(globals(), "modelgates_api.models.model_architecture", "ModelArchitecture")
    ModelBenchmarks = _LazyModel(globals(), "modelgates_api.models.model_benchmarks", "ModelBenchmarks")
    ModelLinks = _LazyModel(globals(), "modelgates_api.models.model_links", "ModelLinks")
    ModelReasoning = _LazyModel(globals(), "modelgates_api.models.model_reasoning", "ModelReasoning")
    PerRequestLimits = _LazyModel(globals(), "modelgates_api.models.per_request_limits", "PerRequestLimits")
    PublicPricing = _LazyModel(globals(), "modelgates_api.models.public_pricing", "PublicPricing")
    TopProviderInfo = _LazyModel(globals(), "modelgates_api.models.top_provider_info", "TopProviderInfo")
