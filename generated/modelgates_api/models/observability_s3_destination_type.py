from typing import Literal

ObservabilityS3DestinationType = Literal["s3"]

OBSERVABILITY_S3_DESTINATION_TYPE_VALUES: set[ObservabilityS3DestinationType] = {
    "s3",
}


def check_observability_s3_destination_type(
    value: str,
) -> ObservabilityS3DestinationType:
    if value in OBSERVABILITY_S3_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_S3_DESTINATION_TYPE_VALUES!r}"
    )
