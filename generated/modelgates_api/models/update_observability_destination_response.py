from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.observability_arize_destination import ObservabilityArizeDestination
    from ..models.observability_braintrust_destination import ObservabilityBraintrustDestination
    from ..models.observability_clickhouse_destination import ObservabilityClickhouseDestination
    from ..models.observability_datadog_destination import ObservabilityDatadogDestination
    from ..models.observability_grafana_destination import ObservabilityGrafanaDestination
    from ..models.observability_langfuse_destination import ObservabilityLangfuseDestination
    from ..models.observability_langsmith_destination import ObservabilityLangsmithDestination
    from ..models.observability_newrelic_destination import ObservabilityNewrelicDestination
    from ..models.observability_opik_destination import ObservabilityOpikDestination
    from ..models.observability_otel_collector_destination import ObservabilityOtelCollectorDestination
    from ..models.observability_posthog_destination import ObservabilityPosthogDestination
    from ..models.observability_ramp_destination import ObservabilityRampDestination
    from ..models.observability_s3_destination import ObservabilityS3Destination
    from ..models.observability_sentry_destination import ObservabilitySentryDestination
    from ..models.observability_snowflake_destination import ObservabilitySnowflakeDestination
    from ..models.observability_weave_destination import ObservabilityWeaveDestination
    from ..models.observability_webhook_destination import ObservabilityWebhookDestination
else:
    ObservabilityArizeDestination = _LazyModel(
        globals(), "observability_arize_destination", "ObservabilityArizeDestination"
    )
    ObservabilityBraintrustDestination = _LazyModel(
        globals(), "observability_braintrust_destination", "ObservabilityBraintrustDestination"
    )
    ObservabilityClickhouseDestination = _LazyModel(
        globals(), "observability_clickhouse_destination", "ObservabilityClickhouseDestination"
    )
    ObservabilityDatadogDestination = _LazyModel(
        globals(), "observability_datadog_destination", "ObservabilityDatadogDestination"
    )
    ObservabilityGrafanaDestination = _LazyModel(
        globals(), "observability_grafana_destination", "ObservabilityGrafanaDestination"
    )
    ObservabilityLangfuseDestination = _LazyModel(
        globals(), "observability_langfuse_destination", "ObservabilityLangfuseDestination"
    )
    ObservabilityLangsmithDestination = _LazyModel(
        globals(), "observability_langsmith_destination", "ObservabilityLangsmithDestination"
    )
    ObservabilityNewrelicDestination = _LazyModel(
        globals(), "observability_newrelic_destination", "ObservabilityNewrelicDestination"
    )
    ObservabilityOpikDestination = _LazyModel(
        globals(), "observability_opik_destination", "ObservabilityOpikDestination"
    )
    ObservabilityOtelCollectorDestination = _LazyModel(
        globals(), "observability_otel_collector_destination", "ObservabilityOtelCollectorDestination"
    )
    ObservabilityPosthogDestination = _LazyModel(
        globals(), "observability_posthog_destination", "ObservabilityPosthogDestination"
    )
    ObservabilityRampDestination = _LazyModel(
        globals(), "observability_ramp_destination", "ObservabilityRampDestination"
    )
    ObservabilityS3Destination = _LazyModel(globals(), "observability_s3_destination", "ObservabilityS3Destination")
    ObservabilitySentryDestination = _LazyModel(
        globals(), "observability_sentry_destination", "ObservabilitySentryDestination"
    )
    ObservabilitySnowflakeDestination = _LazyModel(
        globals(), "observability_snowflake_destination", "ObservabilitySnowflakeDestination"
    )
    ObservabilityWeaveDestination = _LazyModel(
        globals(), "observability_weave_destination", "ObservabilityWeaveDestination"
    )
    ObservabilityWebhookDestination = _LazyModel(
        globals(), "observability_webhook_destination", "ObservabilityWebhookDestination"
    )


@_attrs_define(repr=False, eq=False)
class UpdateObservabilityDestinationResponse(_ModelBase):
    """
    Example:
        {'data': {'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'baseUrl': 'https://us.cloud.langfuse.com',
            'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True,
            'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Langfuse',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'langfuse', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}}

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

    _required_ = (
        (
            "data",
            _union_field(
                (
                    ("ObservabilityArizeDestination", ObservabilityArizeDestination),
                    ("ObservabilityBraintrustDestination", ObservabilityBraintrustDestination),
                    ("ObservabilityClickhouseDestination", ObservabilityClickhouseDestination),
                    ("ObservabilityDatadogDestination", ObservabilityDatadogDestination),
                    ("ObservabilityGrafanaDestination", ObservabilityGrafanaDestination),
                    ("ObservabilityLangfuseDestination", ObservabilityLangfuseDestination),
                    ("ObservabilityLangsmithDestination", ObservabilityLangsmithDestination),
                    ("ObservabilityNewrelicDestination", ObservabilityNewrelicDestination),
                    ("ObservabilityOpikDestination", ObservabilityOpikDestination),
                    ("ObservabilityOtelCollectorDestination", ObservabilityOtelCollectorDestination),
                    ("ObservabilityPosthogDestination", ObservabilityPosthogDestination),
                    ("ObservabilityRampDestination", ObservabilityRampDestination),
                    ("ObservabilityS3Destination", ObservabilityS3Destination),
                    ("ObservabilitySentryDestination", ObservabilitySentryDestination),
                    ("ObservabilitySnowflakeDestination", ObservabilitySnowflakeDestination),
                    ("ObservabilityWeaveDestination", ObservabilityWeaveDestination),
                    ("ObservabilityWebhookDestination", ObservabilityWebhookDestination),
                ),
                tag=(
                    "type",
                    (
                        "arize",
                        "braintrust",
                        "clickhouse",
                        "datadog",
                        "grafana",
                        "langfuse",
                        "langsmith",
                        "newrelic",
                        "opik",
                        "otel-collector",
                        "posthog",
                        "ramp",
                        "s3",
                        "sentry",
                        "snowflake",
                        "weave",
                        "webhook",
                    ),
                ),
            ),
        ),
    )
