from typing import Literal

from ..types import check_enum

CreateObservabilityDestinationRequestType = (
    Literal[
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
    ]
    | str
)

CREATE_OBSERVABILITY_DESTINATION_REQUEST_TYPE_VALUES: set[CreateObservabilityDestinationRequestType] = {
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
}


def check_create_observability_destination_request_type(value: str) -> CreateObservabilityDestinationRequestType:
    return check_enum(
        value, CREATE_OBSERVABILITY_DESTINATION_REQUEST_TYPE_VALUES, "CreateObservabilityDestinationRequestType"
    )
