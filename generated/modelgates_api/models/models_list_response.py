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
    from ..models.model import Model
    from ..models.models_list_response_links import ModelsListResponseLinks
else:
    Model = _LazyModel(globals(), "model", "Model")
    ModelsListResponseLinks = _LazyModel(globals(), "models_list_response_links", "ModelsListResponseLinks")


@_attrs_define(repr=False, eq=False)
class ModelsListResponse(_ModelBase):
    """List of available models

    Example:
        {'data': [{'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens', 'frequency_penalty', 'presence_penalty'],
            'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}], 'links': {'next': '/api/v1/models?offset=500&limit=500'}, 'total_count': 150}

    Attributes:
        data (list[Model]): List of available models Example: [{'architecture': {'input_modalities': ['text'],
            'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities': ['text'], 'tokenizer': 'GPT'},
            'canonical_slug': 'openai/gpt-4', 'context_length': 8192, 'created': 1692901234, 'default_parameters': None,
            'description': 'GPT-4 is a large multimodal model that can solve difficult problems with greater accuracy.',
            'expiration_date': None, 'id': 'openai/gpt-4', 'knowledge_cutoff': None, 'links': {'details':
            '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4', 'per_request_limits': None, 'pricing': {'completion':
            '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'supported_parameters': ['temperature', 'top_p',
            'max_tokens'], 'supported_voices': None, 'top_provider': {'context_length': 8192, 'is_moderated': True,
            'max_completion_tokens': 4096}}].
        links (ModelsListResponseLinks): Pagination links
        total_count (int): Total number of models matching the query Example: 150.
    """

    data: list[Model]
    links: ModelsListResponseLinks
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(Model))),
        ("links", _model_field(ModelsListResponseLinks)),
        "total_count",
    )
