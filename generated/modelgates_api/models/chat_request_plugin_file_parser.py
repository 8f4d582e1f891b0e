from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_request_plugin_file_parser_id import (
    ChatRequestPluginFileParserId,
    check_chat_request_plugin_file_parser_id,
)
from ..types import CLOSED, UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.file_parser_pdf_options import FileParserPdfOptions
else:
    FileParserPdfOptions = _LazyModel(globals(), "file_parser_pdf_options", "FileParserPdfOptions")


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

    _required_ = (("id", check_chat_request_plugin_file_parser_id),)
    _optional_ = (
        "enabled",
        ("pdf", _model_field(FileParserPdfOptions)),
    )
    _extras_ = CLOSED
