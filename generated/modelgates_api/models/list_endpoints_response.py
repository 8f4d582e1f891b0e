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

    from ..models.list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from ..models.public_endpoint import PublicEndpoint


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

    _json_fields_ = (
        "architecture",
        "created",
        "description",
        "endpoints",
        "id",
        "name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "architecture"
            architecture = ListEndpointsResponseArchitecture.from_dict(d.pop("architecture"))

            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "description"
            description = d.pop("description")

            _at_field_ = "endpoints"
            endpoints = []
            _endpoints = d.pop("endpoints")
            for _endpoints_item_data_index, endpoints_item_data in enumerate(_as_list(_endpoints)):
                try:
                    endpoints_item = PublicEndpoint.from_dict(endpoints_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _endpoints_item_data_index)
                endpoints.append(endpoints_item)

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "name"
            name = d.pop("name")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_endpoints_response = cls(
            architecture=architecture,
            created=created,
            description=description,
            endpoints=endpoints,
            id=id,
            name=name,
        )

        list_endpoints_response.additional_properties = d
        return list_endpoints_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ListEndpointsResponseArchitecture = _LazyModel(
        globals(), "modelgates_api.models.list_endpoints_response_architecture", "ListEndpointsResponseArchitecture"
    )
    PublicEndpoint = _LazyModel(globals(), "modelgates_api.models.public_endpoint", "PublicEndpoint")
