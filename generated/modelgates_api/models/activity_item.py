from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ActivityItem(_ModelBase):
    """
    Example:
        {'byok_usage_inference': 0.012, 'completion_tokens': 125, 'date': '2025-08-24', 'endpoint_id':
            '550e8400-e29b-41d4-a716-446655440000', 'model': 'openai/gpt-4.1', 'model_permaslug':
            'openai/gpt-4.1-2025-04-14', 'prompt_tokens': 50, 'provider_name': 'OpenAI', 'reasoning_tokens': 25, 'requests':
            5, 'usage': 0.015}

    Attributes:
        byok_usage_inference (float): BYOK inference cost in USD (external credits spent) Example: 0.012.
        completion_tokens (int): Total completion tokens generated Example: 125.
        date (str): Date of the activity (YYYY-MM-DD format) Example: 2025-08-24.
        endpoint_id (str): Unique identifier for the endpoint Example: 550e8400-e29b-41d4-a716-446655440000.
        model (str): Model slug (e.g., "openai/gpt-4.1") Example: openai/gpt-4.1.
        model_permaslug (str): Model permaslug (e.g., "openai/gpt-4.1-2025-04-14") Example: openai/gpt-4.1-2025-04-14.
        prompt_tokens (int): Total prompt tokens used Example: 50.
        provider_name (str): Name of the provider serving this endpoint Example: OpenAI.
        reasoning_tokens (int): Total reasoning tokens used Example: 25.
        requests (int): Number of requests made Example: 5.
        usage (float): Total cost in USD (OpenRouter credits spent) Example: 0.015.
        workspace_id (str | Unset): ID of the workspace this activity is attributed to. Only present when
            `group_by=workspace` is passed; the response is then split per workspace. Activity recorded before workspace
            resolution existed is attributed to the account default workspace. Example:
            550e8400-e29b-41d4-a716-446655440000.
    """

    byok_usage_inference: float
    completion_tokens: int
    date: str
    endpoint_id: str
    model: str
    model_permaslug: str
    prompt_tokens: int
    provider_name: str
    reasoning_tokens: int
    requests: int
    usage: float
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "byok_usage_inference",
        "completion_tokens",
        "date",
        "endpoint_id",
        "model",
        "model_permaslug",
        "prompt_tokens",
        "provider_name",
        "reasoning_tokens",
        "requests",
        "usage",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "byok_usage_inference"
            byok_usage_inference = d.pop("byok_usage_inference")

            _at_field_ = "completion_tokens"
            completion_tokens = d.pop("completion_tokens")

            _at_field_ = "date"
            date = d.pop("date")

            _at_field_ = "endpoint_id"
            endpoint_id = d.pop("endpoint_id")

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "model_permaslug"
            model_permaslug = d.pop("model_permaslug")

            _at_field_ = "prompt_tokens"
            prompt_tokens = d.pop("prompt_tokens")

            _at_field_ = "provider_name"
            provider_name = d.pop("provider_name")

            _at_field_ = "reasoning_tokens"
            reasoning_tokens = d.pop("reasoning_tokens")

            _at_field_ = "requests"
            requests = d.pop("requests")

            _at_field_ = "usage"
            usage = d.pop("usage")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        activity_item = cls(
            byok_usage_inference=byok_usage_inference,
            completion_tokens=completion_tokens,
            date=date,
            endpoint_id=endpoint_id,
            model=model,
            model_permaslug=model_permaslug,
            prompt_tokens=prompt_tokens,
            provider_name=provider_name,
            reasoning_tokens=reasoning_tokens,
            requests=requests,
            usage=usage,
            workspace_id=workspace_id,
        )

        activity_item.additional_properties = d
        return activity_item
