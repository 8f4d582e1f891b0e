from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.model import Model
else:
    Model = _LazyModel(globals(), "model", "Model")


@_attrs_define(repr=False, eq=False)
class ModelResponse(_ModelBase):
    """Single model response

    Example:
        {'data': {'architecture': {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text',
            'output_modalities': ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192,
            'created': 1692901234, 'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can
            solve difficult problems with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4',
            'knowledge_cutoff': None, 'links': {'details': '/api/v1/models/openai/gpt-4/endpoints'}, 'name': 'GPT-4',
            'per_request_limits': None, 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens'], 'supported_voices': None, 'top_provider':
            {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}}}

    Attributes:
        data (Model): Information about an AI model available on OpenRouter Example: {'architecture':
            {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}, 'canonical_slug': 'openai/gpt-4', 'context_length': 8192, 'created': 1692901234,
            'default_parameters': None, 'description': 'GPT-4 is a large multimodal model that can solve difficult problems
            with greater accuracy.', 'expiration_date': None, 'id': 'openai/gpt-4', 'knowledge_cutoff': None, 'links':
            {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}, 'name': 'GPT-4', 'per_request_limits': None, 'pricing':
            {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request': '0'}, 'reasoning': {'default_effort':
            'medium', 'default_enabled': True, 'mandatory': False, 'supported_efforts': ['high', 'medium', 'low',
            'minimal']}, 'supported_parameters': ['temperature', 'top_p', 'max_tokens'], 'supported_voices': None,
            'top_provider': {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}}.
    """

    data: Model
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(Model)),)
