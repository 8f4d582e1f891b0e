from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.code_interpreter_file_output_type import (
    CodeInterpreterFileOutputType,
    check_code_interpreter_file_output_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


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

    _required_ = (("type", check_code_interpreter_file_output_type, "type_"),)
    _optional_ = (
        "download_url",
        (
            "error_code",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "expires_at",
        "filename",
        "id",
        "media_type",
        "sha256",
        "size_bytes",
        "status",
    )
