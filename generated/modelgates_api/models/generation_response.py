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

    from ..models.generation_response_data import GenerationResponseData


@_attrs_define(repr=False, eq=False)
class GenerationResponse(_ModelBase):
    """Generation response

    Example:
        {'data': {'api_type': 'completions', 'app_id': 12345, 'cache_discount': None, 'cancelled': False, 'created_at':
            '2024-07-15T23:33:19.433273+00:00', 'data_region': 'global', 'external_user': 'user-123', 'finish_reason':
            'stop', 'generation_time': 1200, 'http_referer': 'https://openrouter.ai/', 'id':
            'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG', 'is_byok': False, 'latency': 1250, 'model': 'sao10k/l3-stheno-8b',
            'moderation_latency': 50, 'native_finish_reason': 'stop', 'native_tokens_cached': 3, 'native_tokens_completion':
            25, 'native_tokens_completion_images': 0, 'native_tokens_prompt': 10, 'native_tokens_reasoning': 5,
            'num_fetches': 0, 'num_input_audio_prompt': 0, 'num_media_completion': 0, 'num_media_prompt': 1,
            'num_search_results': 5, 'origin': 'https://openrouter.ai/', 'preset_id':
            'a9e8d400-592a-494f-908c-375efa66cafd', 'provider_name': 'Infermatic', 'provider_responses': None, 'request_id':
            'req-1727282430-aBcDeFgHiJkLmNoPqRsT', 'router': 'openrouter/auto', 'service_tier': 'priority', 'session_id':
            None, 'streamed': True, 'tokens_completion': 25, 'tokens_prompt': 10, 'total_cost': 0.0015, 'upstream_id':
            'chatcmpl-791bcf62-080e-4568-87d0-94c72e3b4946', 'upstream_inference_cost': 0.0012, 'usage': 0.0015,
            'user_agent': 'Mozilla/5.0', 'web_search_engine': 'exa', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}}

    Attributes:
        data (GenerationResponseData): Generation data
    """

    data: GenerationResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = GenerationResponseData.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_response = cls(
            data=data,
        )

        generation_response.additional_properties = d
        return generation_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    GenerationResponseData = _LazyModel(
        globals(), "modelgates_api.models.generation_response_data", "GenerationResponseData"
    )
