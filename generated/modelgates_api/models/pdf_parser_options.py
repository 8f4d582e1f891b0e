from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pdf_parser_engine_type_0 import PDFParserEngineType0, check_pdf_parser_engine_type_0
from ..models.pdf_parser_engine_type_1 import PDFParserEngineType1, check_pdf_parser_engine_type_1
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class PDFParserOptions(_ModelBase):
    """Options for PDF parsing.

    Example:
        {'engine': 'cloudflare-ai'}

    Attributes:
        engine (PDFParserEngineType0 | PDFParserEngineType1 | Unset): The engine to use for parsing PDF files. "pdf-
            text" is deprecated and automatically redirected to "cloudflare-ai". Example: cloudflare-ai.
    """

    engine: PDFParserEngineType0 | PDFParserEngineType1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("engine",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "engine"
            engine = d.pop("engine", UNSET)
            if not isinstance(engine, (Unset,)):

                def _engine_member_0(data: object) -> PDFParserEngineType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_pdf_parser_engine_type_0 = check_pdf_parser_engine_type_0(data)

                    return componentsschemas_pdf_parser_engine_type_0

                def _engine_member_1(data: object) -> PDFParserEngineType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_pdf_parser_engine_type_1 = check_pdf_parser_engine_type_1(data)

                    return componentsschemas_pdf_parser_engine_type_1

                engine = _parse_union(
                    engine,
                    (
                        ("PDFParserEngineType0", _engine_member_0),
                        ("PDFParserEngineType1", _engine_member_1),
                    ),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        pdf_parser_options = cls(
            engine=engine,
        )

        pdf_parser_options.additional_properties = d
        return pdf_parser_options
