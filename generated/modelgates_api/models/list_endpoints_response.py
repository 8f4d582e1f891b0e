from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from ..models.public_endpoint import PublicEndpoint
else:
    ListEndpointsResponseArchitecture = _LazyModel(
        globals(), "list_endpoints_response_architecture", "ListEndpointsResponseArchitecture"
    )
    PublicEndpoint = _LazyModel(globals(), "public_endpoint", "PublicEndpoint")


@_attrs_define(repr=False, eq=False)
class ListEndpointsResponse(_ModelBase):
    """List of available endpoints for a model

    Example:
        {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'created': 1692901234, 'description': 'GPT-4 is a large
            multimodal model that can solve difficult problems with greater accuracy.', 'endpoints': [{'context_length':
            8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85}, 'max_completion_tokens': 4096,
            'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4', 'name': 'OpenAI: GPT-4',
            'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'provider_name':
            'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature', 'top_p', 'max_tokens',
            'frequency_penalty', 'presence_penalty'], 'supports_implicit_caching': True, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}], 'id': 'openai/gpt-4', 'name': 'GPT-4'}

    Attributes:
        architecture (ListEndpointsResponseArchitecture): Model architecture information Example: {'input_modalities':
            ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer':
            'GPT'}.
        created (int): Unix timestamp of when the model was created Example: 1692901234.
        description (str): Description of the model Example: GPT-4 is a large multimodal model that can solve difficult
            problems with greater accuracy..
        endpoints (list[PublicEndpoint]): List of available endpoints for this model
        id (str): Unique identifier for the model Example: openai/gpt-4.
        name (str): Display name of the model Example: GPT-4.
    """

    architecture: ListEndpointsResponseArchitecture
    created: int
    description: str
    endpoints: list[PublicEndpoint]
    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("architecture", _model_field(ListEndpointsResponseArchitecture)),
        "created",
        "description",
        ("endpoints", _list_field(_model_field(PublicEndpoint))),
        "id",
        "name",
    )
