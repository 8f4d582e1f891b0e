from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_plugin_file_parser_id import (
    ChatRequestPluginFileParserId,
    check_chat_request_plugin_file_parser_id,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.file_parser_pdf_options import FileParserPdfOptions


@_attrs_define(repr=False, eq=False)
class ChatRequestPluginFileParser(_ModelBase):
    """File parser plugin (PDF inputs).

    Attributes:
        enabled (bool | Unset): Set to false to disable the plugin for this request.
        pdf (FileParserPdfOptions | Unset): PDF parsing options.
    """

    id: ChatRequestPluginFileParserId
    enabled: bool | Unset = UNSET
    pdf: FileParserPdfOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "enabled",
        "pdf",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_chat_request_plugin_file_parser_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "pdf"
            _pdf = d.pop("pdf", UNSET)
            pdf: FileParserPdfOptions | Unset
            if isinstance(_pdf, Unset):
                pdf = UNSET
            else:
                pdf = FileParserPdfOptions.from_dict(_pdf)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_request_plugin_file_parser = cls(
            id=id,
            enabled=enabled,
            pdf=pdf,
        )

        chat_request_plugin_file_parser.additional_properties = unknown_fields(d)
        return chat_request_plugin_file_parser


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FileParserPdfOptions = _LazyModel(
        globals(), "modelgates_api.models.file_parser_pdf_options", "FileParserPdfOptions"
    )
