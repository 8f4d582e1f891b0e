from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.model import Model


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

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = Model.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        model_response = cls(
            data=data,
        )

        model_response.additional_properties = d
        return model_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    Model = _LazyModel(globals(), "modelgates_api.models.model", "Model")
