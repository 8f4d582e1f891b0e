from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_file_output_type import (
    CodeInterpreterFileOutputType,
    check_code_interpreter_file_output_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class CodeInterpreterFileOutput(_ModelBase):
    """
    Example:
        {'download_url': 'https://example.com/download/file_abc123', 'filename': 'summary.txt', 'id': 'file_abc123',
            'type': 'file'}

    Attributes:
        download_url (str | Unset): Provider-issued download URL for the generated file. Typically signed and time-
            limited (see `expires_at`); fetch promptly rather than persisting the URL.
        error_code (None | str | Unset): Provider error code when generating or persisting the file failed; null or
            absent on success.
        expires_at (str | Unset): When the `download_url` stops working, as an ISO 8601 timestamp. After this time the
            file must be regenerated.
        status (str | Unset): Provider-reported readiness of the generated file (e.g. `ready`). Values other than
            `ready` indicate the artifact may not be downloadable.
    """

    type_: CodeInterpreterFileOutputType
    download_url: str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    expires_at: str | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    media_type: str | Unset = UNSET
    sha256: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "download_url",
        "error_code",
        "expires_at",
        "filename",
        "id",
        "media_type",
        "sha256",
        "size_bytes",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_code_interpreter_file_output_type(d.pop("type"))

            _at_field_ = "download_url"
            download_url = d.pop("download_url", UNSET)

            _at_field_ = "error_code"
            error_code = d.pop("error_code", UNSET)
            if not isinstance(error_code, (str, _NoneType, Unset)):
                error_code = _parse_union(
                    error_code,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "expires_at"
            expires_at = d.pop("expires_at", UNSET)

            _at_field_ = "filename"
            filename = d.pop("filename", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "media_type"
            media_type = d.pop("media_type", UNSET)

            _at_field_ = "sha256"
            sha256 = d.pop("sha256", UNSET)

            _at_field_ = "size_bytes"
            size_bytes = d.pop("size_bytes", UNSET)

            _at_field_ = "status"
            status = d.pop("status", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        code_interpreter_file_output = cls(
            type_=type_,
            download_url=download_url,
            error_code=error_code,
            expires_at=expires_at,
            filename=filename,
            id=id,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
            status=status,
        )

        code_interpreter_file_output.additional_properties = d
        return code_interpreter_file_output
