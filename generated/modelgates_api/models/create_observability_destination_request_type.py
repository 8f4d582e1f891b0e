from typing import Literal

CreateObservabilityDestinationRequestType = Literal[
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

CREATE_OBSERVABILITY_DESTINATION_REQUEST_TYPE_VALUES: set[
    CreateObservabilityDestinationRequestType
] = {
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


def check_create_observability_destination_request_type(
    value: str,
) -> CreateObservabilityDestinationRequestType:
    if value in CREATE_OBSERVABILITY_DESTINATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OBSERVABILITY_DESTINATION_REQUEST_TYPE_VALUES!r}"
    )
