from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.model import Model
    from ..models.models_list_response_links import ModelsListResponseLinks


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

    _json_fields_ = (
        "data",
        "links",
        "total_count",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for (
                _componentsschemas_models_list_response_data_item_data_index,
                componentsschemas_models_list_response_data_item_data,
            ) in enumerate(_as_list(_data)):
                try:
                    componentsschemas_models_list_response_data_item = Model.from_dict(
                        componentsschemas_models_list_response_data_item_data
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _componentsschemas_models_list_response_data_item_data_index)
                data.append(componentsschemas_models_list_response_data_item)

            _at_field_ = "links"
            links = ModelsListResponseLinks.from_dict(d.pop("links"))

            _at_field_ = "total_count"
            total_count = d.pop("total_count")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        models_list_response = cls(
            data=data,
            links=links,
            total_count=total_count,
        )

        models_list_response.additional_properties = d
        return models_list_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    Model = _LazyModel(globals(), "modelgates_api.models.model", "Model")
    ModelsListResponseLinks = _LazyModel(
        globals(), "modelgates_api.models.models_list_response_links", "ModelsListResponseLinks"
    )
