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

    from ..models.observability_s3_destination_config_headers import ObservabilityS3DestinationConfigHeaders


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

    _json_fields_ = (
        ("access_key_id", "accessKeyId"),
        ("bucket_name", "bucketName"),
        ("secret_access_key", "secretAccessKey"),
        "endpoint",
        "headers",
        ("path_template", "pathTemplate"),
        "prefix",
        "region",
        ("session_token", "sessionToken"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "accessKeyId"
            access_key_id = d.pop("accessKeyId")

            _at_field_ = "bucketName"
            bucket_name = d.pop("bucketName")

            _at_field_ = "secretAccessKey"
            secret_access_key = d.pop("secretAccessKey")

            _at_field_ = "endpoint"
            endpoint = d.pop("endpoint", UNSET)

            _at_field_ = "headers"
            _headers = d.pop("headers", UNSET)
            headers: ObservabilityS3DestinationConfigHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ObservabilityS3DestinationConfigHeaders.from_dict(_headers)

            _at_field_ = "pathTemplate"
            path_template = d.pop("pathTemplate", UNSET)

            _at_field_ = "prefix"
            prefix = d.pop("prefix", UNSET)

            _at_field_ = "region"
            region = d.pop("region", UNSET)

            _at_field_ = "sessionToken"
            session_token = d.pop("sessionToken", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        observability_s3_destination_config = cls(
            access_key_id=access_key_id,
            bucket_name=bucket_name,
            secret_access_key=secret_access_key,
            endpoint=endpoint,
            headers=headers,
            path_template=path_template,
            prefix=prefix,
            region=region,
            session_token=session_token,
        )

        observability_s3_destination_config.additional_properties = d
        return observability_s3_destination_config


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ObservabilityS3DestinationConfigHeaders = _LazyModel(
        globals(),
        "modelgates_api.models.observability_s3_destination_config_headers",
        "ObservabilityS3DestinationConfigHeaders",
    )
