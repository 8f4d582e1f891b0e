from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.observability_s3_destination_config_headers import ObservabilityS3DestinationConfigHeaders
else:
    ObservabilityS3DestinationConfigHeaders = _LazyModel(
        globals(), "observability_s3_destination_config_headers", "ObservabilityS3DestinationConfigHeaders"
    )


@_attrs_define(repr=False, eq=False)
class ObservabilityS3DestinationConfig(_ModelBase):
    """
    Attributes:
        endpoint (str | Unset): Only for S3-compatible services like Cloudflare R2 (https://account-
            id.r2.cloudflarestorage.com) or MinIO. Leave blank for standard AWS S3.
        headers (ObservabilityS3DestinationConfigHeaders | Unset): Custom HTTP headers to include in requests to this
            destination.
        path_template (str | Unset): Template for S3 object path. The filename ({traceId}-{timestamp}.json) is
            automatically appended. Available variables: {prefix}, {date}, {year}, {month}, {day}, {apiKeyName} Default:
            '{prefix}/{date}'.
    """

    access_key_id: str
    bucket_name: str
    secret_access_key: str
    endpoint: str | Unset = UNSET
    headers: ObservabilityS3DestinationConfigHeaders | Unset = UNSET
    path_template: str | Unset = "{prefix}/{date}"
    prefix: str | Unset = "openrouter-traces"
    region: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("accessKeyId", None, "access_key_id"),
        ("bucketName", None, "bucket_name"),
        ("secretAccessKey", None, "secret_access_key"),
    )
    _optional_ = (
        "endpoint",
        ("headers", _model_field(ObservabilityS3DestinationConfigHeaders)),
        ("pathTemplate", None, "path_template"),
        "prefix",
        "region",
        ("sessionToken", None, "session_token"),
    )
