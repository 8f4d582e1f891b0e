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

    from ..models.public_endpoint import PublicEndpoint


@_attrs_define(repr=False, eq=False)
class ListEndpointsZdrResponse200(_ModelBase):
    """
    Example:
        {'data': [{'context_length': 8192, 'latency_last_30m': {'p50': 0.25, 'p75': 0.35, 'p90': 0.48, 'p99': 0.85},
            'max_completion_tokens': 4096, 'max_prompt_tokens': 8192, 'model_id': 'openai/gpt-4', 'model_name': 'GPT-4',
            'name': 'OpenAI: GPT-4', 'pricing': {'completion': '0.00006', 'image': '0', 'prompt': '0.00003', 'request':
            '0'}, 'provider_name': 'OpenAI', 'quantization': 'fp16', 'status': 0, 'supported_parameters': ['temperature',
            'top_p', 'max_tokens'], 'supports_implicit_caching': True, 'supports_voice_cloning': False, 'tag': 'openai',
            'throughput_last_30m': {'p50': 45.2, 'p75': 38.5, 'p90': 28.3, 'p99': 15.1}, 'uptime_last_1d': 99.8,
            'uptime_last_30m': 99.5, 'uptime_last_5m': 100}]}

    """

    data: list[PublicEndpoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = PublicEndpoint.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        list_endpoints_zdr_response_200 = cls(
            data=data,
        )

        list_endpoints_zdr_response_200.additional_properties = d
        return list_endpoints_zdr_response_200


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PublicEndpoint = _LazyModel(globals(), "modelgates_api.models.public_endpoint", "PublicEndpoint")
