from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_weave_destination_config_headers import ObservabilityWeaveDestinationConfigHeaders


@_attrs_define(repr=False, eq=False)
class ObservabilityWeaveDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityWeaveDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
    """

    api_key: str
    entity: str
    project: str
    base_url: str | Unset = "https://trace.wandb.ai"
    headers: ObservabilityWeaveDestinationConfigHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("api_key", "apiKey"),
        "entity",
        "project",
        ("base_url", "baseUrl"),
        "headers",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "apiKey"
            api_key = d.pop("apiKey")

            _at_field_ = "entity"
            entity = d.pop("entity")

            _at_field_ = "project"
            project = d.pop("project")

            _at_field_ = "baseUrl"
            base_url = d.pop("baseUrl", UNSET)

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilityWeaveDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityWeaveDestinationConfigHeaders.from_dict(_headers)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_weave_destination_config = cls(
            api_key=api_key,
            entity=entity,
            project=project,
            base_url=base_url,
            headers=headers,
        )

        observability_weave_destination_config.additional_properties = d
        return observability_weave_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityWeaveDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_weave_destination_config_headers",
        "ObservabilityWeaveDestinationConfigHeaders",
    )
