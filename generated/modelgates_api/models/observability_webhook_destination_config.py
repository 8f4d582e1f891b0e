from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_webhook_destination_config_method import (
    ObservabilityWebhookDestinationConfigMethod,
    check_observability_webhook_destination_config_method,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_webhook_destination_config_headers import ObservabilityWebhookDestinationConfigHeaders


@_attrs_define(repr=False, eq=False)
class ObservabilityWebhookDestinationConfig(_ModelBase):
    url: str
    headers: ObservabilityWebhookDestinationConfigHeaders | Unset = UNSET
    method: ObservabilityWebhookDestinationConfigMethod | Unset = "POST"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "url",
        "headers",
        "method",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "url"
            url = d.pop("url")

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilityWebhookDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityWebhookDestinationConfigHeaders.from_dict(_headers)

            _at_field_ = "method"
            _method = d.pop("method", UNSET)
            method: ObservabilityWebhookDestinationConfigMethod | Unset
            if isinstance(_method, Unset):
                method = UNSET
            else:
                method = check_observability_webhook_destination_config_method(_method)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_webhook_destination_config = cls(
            url=url,
            headers=headers,
            method=method,
        )

        observability_webhook_destination_config.additional_properties = d
        return observability_webhook_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityWebhookDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_webhook_destination_config_headers",
        "ObservabilityWebhookDestinationConfigHeaders",
    )
