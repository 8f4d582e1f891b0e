from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.observability_arize_destination import ObservabilityArizeDestination
    from ..models.observability_braintrust_destination import (
        ObservabilityBraintrustDestination,
    )
    from ..models.observability_clickhouse_destination import (
        ObservabilityClickhouseDestination,
    )
    from ..models.observability_datadog_destination import (
        ObservabilityDatadogDestination,
    )
    from ..models.observability_grafana_destination import (
        ObservabilityGrafanaDestination,
    )
    from ..models.observability_langfuse_destination import (
        ObservabilityLangfuseDestination,
    )
    from ..models.observability_langsmith_destination import (
        ObservabilityLangsmithDestination,
    )
    from ..models.observability_newrelic_destination import (
        ObservabilityNewrelicDestination,
    )
    from ..models.observability_opik_destination import ObservabilityOpikDestination
    from ..models.observability_otel_collector_destination import (
        ObservabilityOtelCollectorDestination,
    )
    from ..models.observability_posthog_destination import (
        ObservabilityPosthogDestination,
    )
    from ..models.observability_ramp_destination import ObservabilityRampDestination
    from ..models.observability_s3_destination import ObservabilityS3Destination
    from ..models.observability_sentry_destination import ObservabilitySentryDestination
    from ..models.observability_snowflake_destination import (
        ObservabilitySnowflakeDestination,
    )
    from ..models.observability_weave_destination import ObservabilityWeaveDestination
    from ..models.observability_webhook_destination import (
        ObservabilityWebhookDestination,
    )


@_attrs_define(repr=False, eq=False)
class CreateObservabilityDestinationResponse(_ModelBase):
    """
    Example:
        {'data': {'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'baseUrl': 'https://us.cloud.langfuse.com',
            'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True,
            'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Langfuse',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'langfuse', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}}

    Attributes:
        data (ObservabilityArizeDestination | ObservabilityBraintrustDestination | ObservabilityClickhouseDestination |
            ObservabilityDatadogDestination | ObservabilityGrafanaDestination | ObservabilityLangfuseDestination |
            ObservabilityLangsmithDestination | ObservabilityNewrelicDestination | ObservabilityOpikDestination |
            ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination | ObservabilityRampDestination |
            ObservabilityS3Destination | ObservabilitySentryDestination | ObservabilitySnowflakeDestination |
            ObservabilityWeaveDestination | ObservabilityWebhookDestination):  Example: {'api_key_hashes': None,
            'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'baseUrl': 'https://us.cloud.langfuse.com',
            'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True,
            'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Langfuse',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'langfuse', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}.
    """

    data: (
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any]
        if (
            isinstance(self.data, ObservabilityArizeDestination)
            or isinstance(self.data, ObservabilityBraintrustDestination)
            or isinstance(self.data, ObservabilityClickhouseDestination)
            or isinstance(self.data, ObservabilityDatadogDestination)
            or isinstance(self.data, ObservabilityGrafanaDestination)
            or isinstance(self.data, ObservabilityLangfuseDestination)
            or isinstance(self.data, ObservabilityLangsmithDestination)
            or isinstance(self.data, ObservabilityNewrelicDestination)
            or isinstance(self.data, ObservabilityOpikDestination)
            or isinstance(self.data, ObservabilityOtelCollectorDestination)
            or isinstance(self.data, ObservabilityPosthogDestination)
            or isinstance(self.data, ObservabilityRampDestination)
            or isinstance(self.data, ObservabilityS3Destination)
            or isinstance(self.data, ObservabilitySentryDestination)
            or isinstance(self.data, ObservabilitySnowflakeDestination)
            or isinstance(self.data, ObservabilityWeaveDestination)
        ):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            def _data_member_0(data: object) -> ObservabilityArizeDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_0 = (
                    ObservabilityArizeDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_0

            def _data_member_1(data: object) -> ObservabilityBraintrustDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_1 = (
                    ObservabilityBraintrustDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_1

            def _data_member_2(data: object) -> ObservabilityClickhouseDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_2 = (
                    ObservabilityClickhouseDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_2

            def _data_member_3(data: object) -> ObservabilityDatadogDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_3 = (
                    ObservabilityDatadogDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_3

            def _data_member_4(data: object) -> ObservabilityGrafanaDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_4 = (
                    ObservabilityGrafanaDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_4

            def _data_member_5(data: object) -> ObservabilityLangfuseDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_5 = (
                    ObservabilityLangfuseDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_5

            def _data_member_6(data: object) -> ObservabilityLangsmithDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_6 = (
                    ObservabilityLangsmithDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_6

            def _data_member_7(data: object) -> ObservabilityNewrelicDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_7 = (
                    ObservabilityNewrelicDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_7

            def _data_member_8(data: object) -> ObservabilityOpikDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_8 = (
                    ObservabilityOpikDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_8

            def _data_member_9(data: object) -> ObservabilityOtelCollectorDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_9 = (
                    ObservabilityOtelCollectorDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_9

            def _data_member_10(data: object) -> ObservabilityPosthogDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_10 = (
                    ObservabilityPosthogDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_10

            def _data_member_11(data: object) -> ObservabilityRampDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_11 = (
                    ObservabilityRampDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_11

            def _data_member_12(data: object) -> ObservabilityS3Destination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_12 = (
                    ObservabilityS3Destination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_12

            def _data_member_13(data: object) -> ObservabilitySentryDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_13 = (
                    ObservabilitySentryDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_13

            def _data_member_14(data: object) -> ObservabilitySnowflakeDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_14 = (
                    ObservabilitySnowflakeDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_14

            def _data_member_15(data: object) -> ObservabilityWeaveDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_15 = (
                    ObservabilityWeaveDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_15

            def _data_member_16(data: object) -> ObservabilityWebhookDestination:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_16 = (
                    ObservabilityWebhookDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_16

            data = _parse_union(
                data,
                (
                    ("ObservabilityArizeDestination", _data_member_0),
                    ("ObservabilityBraintrustDestination", _data_member_1),
                    ("ObservabilityClickhouseDestination", _data_member_2),
                    ("ObservabilityDatadogDestination", _data_member_3),
                    ("ObservabilityGrafanaDestination", _data_member_4),
                    ("ObservabilityLangfuseDestination", _data_member_5),
                    ("ObservabilityLangsmithDestination", _data_member_6),
                    ("ObservabilityNewrelicDestination", _data_member_7),
                    ("ObservabilityOpikDestination", _data_member_8),
                    ("ObservabilityOtelCollectorDestination", _data_member_9),
                    ("ObservabilityPosthogDestination", _data_member_10),
                    ("ObservabilityRampDestination", _data_member_11),
                    ("ObservabilityS3Destination", _data_member_12),
                    ("ObservabilitySentryDestination", _data_member_13),
                    ("ObservabilitySnowflakeDestination", _data_member_14),
                    ("ObservabilityWeaveDestination", _data_member_15),
                    ("ObservabilityWebhookDestination", _data_member_16),
                ),
            )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_observability_destination_response = cls(
            data=data,
        )

        create_observability_destination_response.additional_properties = d
        return create_observability_destination_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityArizeDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_arize_destination",
        "ObservabilityArizeDestination",
    )
    ObservabilityBraintrustDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_braintrust_destination",
        "ObservabilityBraintrustDestination",
    )
    ObservabilityClickhouseDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_clickhouse_destination",
        "ObservabilityClickhouseDestination",
    )
    ObservabilityDatadogDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_datadog_destination",
        "ObservabilityDatadogDestination",
    )
    ObservabilityGrafanaDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_grafana_destination",
        "ObservabilityGrafanaDestination",
    )
    ObservabilityLangfuseDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_langfuse_destination",
        "ObservabilityLangfuseDestination",
    )
    ObservabilityLangsmithDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_langsmith_destination",
        "ObservabilityLangsmithDestination",
    )
    ObservabilityNewrelicDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_newrelic_destination",
        "ObservabilityNewrelicDestination",
    )
    ObservabilityOpikDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_opik_destination",
        "ObservabilityOpikDestination",
    )
    ObservabilityOtelCollectorDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_otel_collector_destination",
        "ObservabilityOtelCollectorDestination",
    )
    ObservabilityPosthogDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_posthog_destination",
        "ObservabilityPosthogDestination",
    )
    ObservabilityRampDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_ramp_destination",
        "ObservabilityRampDestination",
    )
    ObservabilityS3Destination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_s3_destination",
        "ObservabilityS3Destination",
    )
    ObservabilitySentryDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_sentry_destination",
        "ObservabilitySentryDestination",
    )
    ObservabilitySnowflakeDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_snowflake_destination",
        "ObservabilitySnowflakeDestination",
    )
    ObservabilityWeaveDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_weave_destination",
        "ObservabilityWeaveDestination",
    )
    ObservabilityWebhookDestination = _LazyModel(
        globals(),
        "modelgates_api.models.observability_webhook_destination",
        "ObservabilityWebhookDestination",
    )
