from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_newrelic_destination_config_region import (
    ObservabilityNewrelicDestinationConfigRegion,
    check_observability_newrelic_destination_config_region,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_newrelic_destination_config_headers import ObservabilityNewrelicDestinationConfigHeaders


@_attrs_define(repr=False, eq=False)
class ObservabilityNewrelicDestinationConfig(_ModelBase):
    """
    Attributes:
        headers (ObservabilityNewrelicDestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to
            this destination.
    """

    license_key: str
    headers: ObservabilityNewrelicDestinationConfigHeaders | Unset = UNSET
    region: ObservabilityNewrelicDestinationConfigRegion | Unset = "us"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("license_key", "licenseKey"),
        "headers",
        "region",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "licenseKey"
            license_key = d.pop("licenseKey")

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilityNewrelicDestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityNewrelicDestinationConfigHeaders.from_dict(_headers)

            _at_field_ = "region"
            _region = d.pop("region", UNSET)
            region: ObservabilityNewrelicDestinationConfigRegion | Unset
            if isinstance(_region, Unset):
                region = UNSET
            else:
                region = check_observability_newrelic_destination_config_region(_region)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_newrelic_destination_config = cls(
            license_key=license_key,
            headers=headers,
            region=region,
        )

        observability_newrelic_destination_config.additional_properties = d
        return observability_newrelic_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityNewrelicDestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_newrelic_destination_config_headers",
        "ObservabilityNewrelicDestinationConfigHeaders",
    )
