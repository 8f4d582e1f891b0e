from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pdf_parser_engine import PdfParserEngine, check_pdf_parser_engine
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class FileParserPdfOptions(_ModelBase):
    """PDF parsing options.

    Attributes:
        engine (PdfParserEngine | Unset): Engine used to parse PDF files.
    """

    engine: PdfParserEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("engine",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: PdfParserEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_pdf_parser_engine(_engine)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        file_parser_pdf_options = cls(
            engine=engine,
        )

        file_parser_pdf_options.additional_properties = unknown_fields(d)
        return file_parser_pdf_options
