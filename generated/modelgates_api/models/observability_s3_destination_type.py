from typing import Literal

from ..types import check_enum

ObservabilityS3DestinationType = Literal["s3"] | str

OBSERVABILITY_S3_DESTINATION_TYPE_VALUES: set[ObservabilityS3DestinationType] = {
    "s3",
}


def check_observability_s3_destination_type(value: str) -> ObservabilityS3DestinationType:
    return check_enum(value, OBSERVABILITY_S3_DESTINATION_TYPE_VALUES, "ObservabilityS3DestinationType")
