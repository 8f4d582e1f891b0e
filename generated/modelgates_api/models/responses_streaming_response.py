from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.annotation_added_event import AnnotationAddedEvent
    from ..models.apply_patch_call_operation_diff_delta_event import (
        ApplyPatchCallOperationDiffDeltaEvent,
    )
    from ..models.apply_patch_call_operation_diff_done_event import (
        ApplyPatchCallOperationDiffDoneEvent,
    )
    from ..models.code_interpreter_call_code_delta_event import (
        CodeInterpreterCallCodeDeltaEvent,
    )
    from ..models.code_interpreter_call_code_done_event import (
        CodeInterpreterCallCodeDoneEvent,
    )
    from ..models.code_interpreter_call_completed_event import (
        CodeInterpreterCallCompletedEvent,
    )
    from ..models.code_interpreter_call_in_progress_event import (
        CodeInterpreterCallInProgressEvent,
    )
    from ..models.code_interpreter_call_interpreting_event import (
        CodeInterpreterCallInterpretingEvent,
    )
    from ..models.content_part_added_event import ContentPartAddedEvent
    from ..models.content_part_done_event import ContentPartDoneEvent
    from ..models.custom_tool_call_input_delta_event import (
        CustomToolCallInputDeltaEvent,
    )
    from ..models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from ..models.debug_event import DebugEvent
    from ..models.error_event import ErrorEvent
    from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent
    from ..models.fusion_call_analysis_completed_event import (
        FusionCallAnalysisCompletedEvent,
    )
    from ..models.fusion_call_analysis_in_progress_event import (
        FusionCallAnalysisInProgressEvent,
    )
    from ..models.fusion_call_completed_event import FusionCallCompletedEvent
    from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent
    from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from ..models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from ..models.fusion_call_panel_reasoning_delta_event import (
        FusionCallPanelReasoningDeltaEvent,
    )
    from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent
    from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from ..models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from ..models.image_gen_call_partial_image_event import (
        ImageGenCallPartialImageEvent,
    )
    from ..models.open_responses_created_event import OpenResponsesCreatedEvent
    from ..models.open_responses_in_progress_event import OpenResponsesInProgressEvent
    from ..models.reasoning_delta_event import ReasoningDeltaEvent
    from ..models.reasoning_done_event import ReasoningDoneEvent
    from ..models.reasoning_summary_part_added_event import (
        ReasoningSummaryPartAddedEvent,
    )
    from ..models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from ..models.reasoning_summary_text_delta_event import (
        ReasoningSummaryTextDeltaEvent,
    )
    from ..models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from ..models.refusal_delta_event import RefusalDeltaEvent
    from ..models.refusal_done_event import RefusalDoneEvent
    from ..models.stream_events_response_completed import StreamEventsResponseCompleted
    from ..models.stream_events_response_failed import StreamEventsResponseFailed
    from ..models.stream_events_response_incomplete import (
        StreamEventsResponseIncomplete,
    )
    from ..models.stream_events_response_output_item_added import (
        StreamEventsResponseOutputItemAdded,
    )
    from ..models.stream_events_response_output_item_done import (
        StreamEventsResponseOutputItemDone,
    )
    from ..models.text_delta_event import TextDeltaEvent
    from ..models.text_done_event import TextDoneEvent
    from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent
    from ..models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent


@_attrs_define(repr=False, eq=False)
class ResponsesStreamingResponse(_ModelBase):
    """
    Example:
        {'data': {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}}

    Attributes:
        data (AnnotationAddedEvent | ApplyPatchCallOperationDiffDeltaEvent | ApplyPatchCallOperationDiffDoneEvent |
            CodeInterpreterCallCodeDeltaEvent | CodeInterpreterCallCodeDoneEvent | CodeInterpreterCallCompletedEvent |
            CodeInterpreterCallInProgressEvent | CodeInterpreterCallInterpretingEvent | ContentPartAddedEvent |
            ContentPartDoneEvent | CustomToolCallInputDeltaEvent | CustomToolCallInputDoneEvent | DebugEvent | ErrorEvent |
            FunctionCallArgsDeltaEvent | FunctionCallArgsDoneEvent | FusionCallAnalysisCompletedEvent |
            FusionCallAnalysisInProgressEvent | FusionCallCompletedEvent | FusionCallInProgressEvent |
            FusionCallPanelAddedEvent | FusionCallPanelCompletedEvent | FusionCallPanelDeltaEvent |
            FusionCallPanelFailedEvent | FusionCallPanelReasoningDeltaEvent | ImageGenCallCompletedEvent |
            ImageGenCallGeneratingEvent | ImageGenCallInProgressEvent | ImageGenCallPartialImageEvent |
            OpenResponsesCreatedEvent | OpenResponsesInProgressEvent | ReasoningDeltaEvent | ReasoningDoneEvent |
            ReasoningSummaryPartAddedEvent | ReasoningSummaryPartDoneEvent | ReasoningSummaryTextDeltaEvent |
            ReasoningSummaryTextDoneEvent | RefusalDeltaEvent | RefusalDoneEvent | StreamEventsResponseCompleted |
            StreamEventsResponseFailed | StreamEventsResponseIncomplete | StreamEventsResponseOutputItemAdded |
            StreamEventsResponseOutputItemDone | TextDeltaEvent | TextDoneEvent | WebSearchCallCompletedEvent |
            WebSearchCallInProgressEvent | WebSearchCallSearchingEvent): Union of all possible event types emitted during
            response streaming Example: {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None,
            'frequency_penalty': None, 'id': 'resp-abc123', 'incomplete_details': None, 'instructions': None,
            'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4', 'object': 'response', 'output': [],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'in_progress', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}, 'sequence_number': 0, 'type': 'response.created'}.
    """

    data: (
        AnnotationAddedEvent
        | ApplyPatchCallOperationDiffDeltaEvent
        | ApplyPatchCallOperationDiffDoneEvent
        | CodeInterpreterCallCodeDeltaEvent
        | CodeInterpreterCallCodeDoneEvent
        | CodeInterpreterCallCompletedEvent
        | CodeInterpreterCallInProgressEvent
        | CodeInterpreterCallInterpretingEvent
        | ContentPartAddedEvent
        | ContentPartDoneEvent
        | CustomToolCallInputDeltaEvent
        | CustomToolCallInputDoneEvent
        | DebugEvent
        | ErrorEvent
        | FunctionCallArgsDeltaEvent
        | FunctionCallArgsDoneEvent
        | FusionCallAnalysisCompletedEvent
        | FusionCallAnalysisInProgressEvent
        | FusionCallCompletedEvent
        | FusionCallInProgressEvent
        | FusionCallPanelAddedEvent
        | FusionCallPanelCompletedEvent
        | FusionCallPanelDeltaEvent
        | FusionCallPanelFailedEvent
        | FusionCallPanelReasoningDeltaEvent
        | ImageGenCallCompletedEvent
        | ImageGenCallGeneratingEvent
        | ImageGenCallInProgressEvent
        | ImageGenCallPartialImageEvent
        | OpenResponsesCreatedEvent
        | OpenResponsesInProgressEvent
        | ReasoningDeltaEvent
        | ReasoningDoneEvent
        | ReasoningSummaryPartAddedEvent
        | ReasoningSummaryPartDoneEvent
        | ReasoningSummaryTextDeltaEvent
        | ReasoningSummaryTextDoneEvent
        | RefusalDeltaEvent
        | RefusalDoneEvent
        | StreamEventsResponseCompleted
        | StreamEventsResponseFailed
        | StreamEventsResponseIncomplete
        | StreamEventsResponseOutputItemAdded
        | StreamEventsResponseOutputItemDone
        | TextDeltaEvent
        | TextDoneEvent
        | WebSearchCallCompletedEvent
        | WebSearchCallInProgressEvent
        | WebSearchCallSearchingEvent
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any]
        if (
            isinstance(self.data, OpenResponsesCreatedEvent)
            or isinstance(self.data, OpenResponsesInProgressEvent)
            or isinstance(self.data, StreamEventsResponseCompleted)
            or isinstance(self.data, StreamEventsResponseIncomplete)
            or isinstance(self.data, StreamEventsResponseFailed)
            or isinstance(self.data, ErrorEvent)
            or isinstance(self.data, StreamEventsResponseOutputItemAdded)
            or isinstance(self.data, StreamEventsResponseOutputItemDone)
            or isinstance(self.data, ContentPartAddedEvent)
            or isinstance(self.data, ContentPartDoneEvent)
            or isinstance(self.data, TextDeltaEvent)
            or isinstance(self.data, TextDoneEvent)
            or isinstance(self.data, RefusalDeltaEvent)
            or isinstance(self.data, RefusalDoneEvent)
            or isinstance(self.data, AnnotationAddedEvent)
            or isinstance(self.data, FunctionCallArgsDeltaEvent)
            or isinstance(self.data, FunctionCallArgsDoneEvent)
            or isinstance(self.data, ReasoningDeltaEvent)
            or isinstance(self.data, ReasoningDoneEvent)
            or isinstance(self.data, ReasoningSummaryPartAddedEvent)
            or isinstance(self.data, ReasoningSummaryPartDoneEvent)
            or isinstance(self.data, ReasoningSummaryTextDeltaEvent)
            or isinstance(self.data, ReasoningSummaryTextDoneEvent)
            or isinstance(self.data, ImageGenCallInProgressEvent)
            or isinstance(self.data, ImageGenCallGeneratingEvent)
            or isinstance(self.data, ImageGenCallPartialImageEvent)
            or isinstance(self.data, ImageGenCallCompletedEvent)
            or isinstance(self.data, CodeInterpreterCallInProgressEvent)
            or isinstance(self.data, CodeInterpreterCallInterpretingEvent)
            or isinstance(self.data, CodeInterpreterCallCompletedEvent)
            or isinstance(self.data, CodeInterpreterCallCodeDeltaEvent)
            or isinstance(self.data, CodeInterpreterCallCodeDoneEvent)
            or isinstance(self.data, WebSearchCallInProgressEvent)
            or isinstance(self.data, WebSearchCallSearchingEvent)
            or isinstance(self.data, WebSearchCallCompletedEvent)
            or isinstance(self.data, CustomToolCallInputDeltaEvent)
            or isinstance(self.data, CustomToolCallInputDoneEvent)
            or isinstance(self.data, ApplyPatchCallOperationDiffDeltaEvent)
            or isinstance(self.data, ApplyPatchCallOperationDiffDoneEvent)
            or isinstance(self.data, FusionCallInProgressEvent)
            or isinstance(self.data, FusionCallPanelAddedEvent)
            or isinstance(self.data, FusionCallPanelDeltaEvent)
            or isinstance(self.data, FusionCallPanelReasoningDeltaEvent)
            or isinstance(self.data, FusionCallPanelCompletedEvent)
            or isinstance(self.data, FusionCallPanelFailedEvent)
            or isinstance(self.data, FusionCallAnalysisInProgressEvent)
            or isinstance(self.data, FusionCallAnalysisCompletedEvent)
            or isinstance(self.data, FusionCallCompletedEvent)
        ):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "data": data,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = d.pop("data")

            def _data_member_0(data: object) -> OpenResponsesCreatedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_0 = (
                    OpenResponsesCreatedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_0

            def _data_member_1(data: object) -> OpenResponsesInProgressEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_1 = (
                    OpenResponsesInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_1

            def _data_member_2(data: object) -> StreamEventsResponseCompleted:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_2 = (
                    StreamEventsResponseCompleted.from_dict(data)
                )

                return componentsschemas_stream_events_type_2

            def _data_member_3(data: object) -> StreamEventsResponseIncomplete:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_3 = (
                    StreamEventsResponseIncomplete.from_dict(data)
                )

                return componentsschemas_stream_events_type_3

            def _data_member_4(data: object) -> StreamEventsResponseFailed:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_4 = (
                    StreamEventsResponseFailed.from_dict(data)
                )

                return componentsschemas_stream_events_type_4

            def _data_member_5(data: object) -> ErrorEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_5 = ErrorEvent.from_dict(data)

                return componentsschemas_stream_events_type_5

            def _data_member_6(data: object) -> StreamEventsResponseOutputItemAdded:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_6 = (
                    StreamEventsResponseOutputItemAdded.from_dict(data)
                )

                return componentsschemas_stream_events_type_6

            def _data_member_7(data: object) -> StreamEventsResponseOutputItemDone:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_7 = (
                    StreamEventsResponseOutputItemDone.from_dict(data)
                )

                return componentsschemas_stream_events_type_7

            def _data_member_8(data: object) -> ContentPartAddedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_8 = (
                    ContentPartAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_8

            def _data_member_9(data: object) -> ContentPartDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_9 = ContentPartDoneEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_9

            def _data_member_10(data: object) -> TextDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_10 = TextDeltaEvent.from_dict(data)

                return componentsschemas_stream_events_type_10

            def _data_member_11(data: object) -> TextDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_11 = TextDoneEvent.from_dict(data)

                return componentsschemas_stream_events_type_11

            def _data_member_12(data: object) -> RefusalDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_12 = RefusalDeltaEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_12

            def _data_member_13(data: object) -> RefusalDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_13 = RefusalDoneEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_13

            def _data_member_14(data: object) -> AnnotationAddedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_14 = (
                    AnnotationAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_14

            def _data_member_15(data: object) -> FunctionCallArgsDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_15 = (
                    FunctionCallArgsDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_15

            def _data_member_16(data: object) -> FunctionCallArgsDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_16 = (
                    FunctionCallArgsDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_16

            def _data_member_17(data: object) -> ReasoningDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_17 = ReasoningDeltaEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_17

            def _data_member_18(data: object) -> ReasoningDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_18 = ReasoningDoneEvent.from_dict(
                    data
                )

                return componentsschemas_stream_events_type_18

            def _data_member_19(data: object) -> ReasoningSummaryPartAddedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_19 = (
                    ReasoningSummaryPartAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_19

            def _data_member_20(data: object) -> ReasoningSummaryPartDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_20 = (
                    ReasoningSummaryPartDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_20

            def _data_member_21(data: object) -> ReasoningSummaryTextDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_21 = (
                    ReasoningSummaryTextDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_21

            def _data_member_22(data: object) -> ReasoningSummaryTextDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_22 = (
                    ReasoningSummaryTextDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_22

            def _data_member_23(data: object) -> ImageGenCallInProgressEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_23 = (
                    ImageGenCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_23

            def _data_member_24(data: object) -> ImageGenCallGeneratingEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_24 = (
                    ImageGenCallGeneratingEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_24

            def _data_member_25(data: object) -> ImageGenCallPartialImageEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_25 = (
                    ImageGenCallPartialImageEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_25

            def _data_member_26(data: object) -> ImageGenCallCompletedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_26 = (
                    ImageGenCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_26

            def _data_member_27(data: object) -> CodeInterpreterCallInProgressEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_27 = (
                    CodeInterpreterCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_27

            def _data_member_28(data: object) -> CodeInterpreterCallInterpretingEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_28 = (
                    CodeInterpreterCallInterpretingEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_28

            def _data_member_29(data: object) -> CodeInterpreterCallCompletedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_29 = (
                    CodeInterpreterCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_29

            def _data_member_30(data: object) -> CodeInterpreterCallCodeDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_30 = (
                    CodeInterpreterCallCodeDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_30

            def _data_member_31(data: object) -> CodeInterpreterCallCodeDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_31 = (
                    CodeInterpreterCallCodeDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_31

            def _data_member_32(data: object) -> WebSearchCallInProgressEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_32 = (
                    WebSearchCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_32

            def _data_member_33(data: object) -> WebSearchCallSearchingEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_33 = (
                    WebSearchCallSearchingEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_33

            def _data_member_34(data: object) -> WebSearchCallCompletedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_34 = (
                    WebSearchCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_34

            def _data_member_35(data: object) -> CustomToolCallInputDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_35 = (
                    CustomToolCallInputDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_35

            def _data_member_36(data: object) -> CustomToolCallInputDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_36 = (
                    CustomToolCallInputDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_36

            def _data_member_37(data: object) -> ApplyPatchCallOperationDiffDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_37 = (
                    ApplyPatchCallOperationDiffDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_37

            def _data_member_38(data: object) -> ApplyPatchCallOperationDiffDoneEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_38 = (
                    ApplyPatchCallOperationDiffDoneEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_38

            def _data_member_39(data: object) -> FusionCallInProgressEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_39 = (
                    FusionCallInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_39

            def _data_member_40(data: object) -> FusionCallPanelAddedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_40 = (
                    FusionCallPanelAddedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_40

            def _data_member_41(data: object) -> FusionCallPanelDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_41 = (
                    FusionCallPanelDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_41

            def _data_member_42(data: object) -> FusionCallPanelReasoningDeltaEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_42 = (
                    FusionCallPanelReasoningDeltaEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_42

            def _data_member_43(data: object) -> FusionCallPanelCompletedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_43 = (
                    FusionCallPanelCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_43

            def _data_member_44(data: object) -> FusionCallPanelFailedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_44 = (
                    FusionCallPanelFailedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_44

            def _data_member_45(data: object) -> FusionCallAnalysisInProgressEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_45 = (
                    FusionCallAnalysisInProgressEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_45

            def _data_member_46(data: object) -> FusionCallAnalysisCompletedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_46 = (
                    FusionCallAnalysisCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_46

            def _data_member_47(data: object) -> FusionCallCompletedEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_47 = (
                    FusionCallCompletedEvent.from_dict(data)
                )

                return componentsschemas_stream_events_type_47

            def _data_member_48(data: object) -> DebugEvent:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_events_type_48 = DebugEvent.from_dict(data)

                return componentsschemas_stream_events_type_48

            data = _parse_union(
                data,
                (
                    ("OpenResponsesCreatedEvent", _data_member_0),
                    ("OpenResponsesInProgressEvent", _data_member_1),
                    ("StreamEventsResponseCompleted", _data_member_2),
                    ("StreamEventsResponseIncomplete", _data_member_3),
                    ("StreamEventsResponseFailed", _data_member_4),
                    ("ErrorEvent", _data_member_5),
                    ("StreamEventsResponseOutputItemAdded", _data_member_6),
                    ("StreamEventsResponseOutputItemDone", _data_member_7),
                    ("ContentPartAddedEvent", _data_member_8),
                    ("ContentPartDoneEvent", _data_member_9),
                    ("TextDeltaEvent", _data_member_10),
                    ("TextDoneEvent", _data_member_11),
                    ("RefusalDeltaEvent", _data_member_12),
                    ("RefusalDoneEvent", _data_member_13),
                    ("AnnotationAddedEvent", _data_member_14),
                    ("FunctionCallArgsDeltaEvent", _data_member_15),
                    ("FunctionCallArgsDoneEvent", _data_member_16),
                    ("ReasoningDeltaEvent", _data_member_17),
                    ("ReasoningDoneEvent", _data_member_18),
                    ("ReasoningSummaryPartAddedEvent", _data_member_19),
                    ("ReasoningSummaryPartDoneEvent", _data_member_20),
                    ("ReasoningSummaryTextDeltaEvent", _data_member_21),
                    ("ReasoningSummaryTextDoneEvent", _data_member_22),
                    ("ImageGenCallInProgressEvent", _data_member_23),
                    ("ImageGenCallGeneratingEvent", _data_member_24),
                    ("ImageGenCallPartialImageEvent", _data_member_25),
                    ("ImageGenCallCompletedEvent", _data_member_26),
                    ("CodeInterpreterCallInProgressEvent", _data_member_27),
                    ("CodeInterpreterCallInterpretingEvent", _data_member_28),
                    ("CodeInterpreterCallCompletedEvent", _data_member_29),
                    ("CodeInterpreterCallCodeDeltaEvent", _data_member_30),
                    ("CodeInterpreterCallCodeDoneEvent", _data_member_31),
                    ("WebSearchCallInProgressEvent", _data_member_32),
                    ("WebSearchCallSearchingEvent", _data_member_33),
                    ("WebSearchCallCompletedEvent", _data_member_34),
                    ("CustomToolCallInputDeltaEvent", _data_member_35),
                    ("CustomToolCallInputDoneEvent", _data_member_36),
                    ("ApplyPatchCallOperationDiffDeltaEvent", _data_member_37),
                    ("ApplyPatchCallOperationDiffDoneEvent", _data_member_38),
                    ("FusionCallInProgressEvent", _data_member_39),
                    ("FusionCallPanelAddedEvent", _data_member_40),
                    ("FusionCallPanelDeltaEvent", _data_member_41),
                    ("FusionCallPanelReasoningDeltaEvent", _data_member_42),
                    ("FusionCallPanelCompletedEvent", _data_member_43),
                    ("FusionCallPanelFailedEvent", _data_member_44),
                    ("FusionCallAnalysisInProgressEvent", _data_member_45),
                    ("FusionCallAnalysisCompletedEvent", _data_member_46),
                    ("FusionCallCompletedEvent", _data_member_47),
                    ("DebugEvent", _data_member_48),
                ),
            )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        responses_streaming_response = cls(
            data=data,
        )

        responses_streaming_response.additional_properties = d
        return responses_streaming_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnnotationAddedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.annotation_added_event",
        "AnnotationAddedEvent",
    )
    ApplyPatchCallOperationDiffDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.apply_patch_call_operation_diff_delta_event",
        "ApplyPatchCallOperationDiffDeltaEvent",
    )
    ApplyPatchCallOperationDiffDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.apply_patch_call_operation_diff_done_event",
        "ApplyPatchCallOperationDiffDoneEvent",
    )
    CodeInterpreterCallCodeDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_call_code_delta_event",
        "CodeInterpreterCallCodeDeltaEvent",
    )
    CodeInterpreterCallCodeDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_call_code_done_event",
        "CodeInterpreterCallCodeDoneEvent",
    )
    CodeInterpreterCallCompletedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_call_completed_event",
        "CodeInterpreterCallCompletedEvent",
    )
    CodeInterpreterCallInProgressEvent = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_call_in_progress_event",
        "CodeInterpreterCallInProgressEvent",
    )
    CodeInterpreterCallInterpretingEvent = _LazyModel(
        globals(),
        "modelgates_api.models.code_interpreter_call_interpreting_event",
        "CodeInterpreterCallInterpretingEvent",
    )
    ContentPartAddedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.content_part_added_event",
        "ContentPartAddedEvent",
    )
    ContentPartDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.content_part_done_event",
        "ContentPartDoneEvent",
    )
    CustomToolCallInputDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.custom_tool_call_input_delta_event",
        "CustomToolCallInputDeltaEvent",
    )
    CustomToolCallInputDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.custom_tool_call_input_done_event",
        "CustomToolCallInputDoneEvent",
    )
    DebugEvent = _LazyModel(
        globals(), "modelgates_api.models.debug_event", "DebugEvent"
    )
    ErrorEvent = _LazyModel(
        globals(), "modelgates_api.models.error_event", "ErrorEvent"
    )
    FunctionCallArgsDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.function_call_args_delta_event",
        "FunctionCallArgsDeltaEvent",
    )
    FunctionCallArgsDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.function_call_args_done_event",
        "FunctionCallArgsDoneEvent",
    )
    FusionCallAnalysisCompletedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_analysis_completed_event",
        "FusionCallAnalysisCompletedEvent",
    )
    FusionCallAnalysisInProgressEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_analysis_in_progress_event",
        "FusionCallAnalysisInProgressEvent",
    )
    FusionCallCompletedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_completed_event",
        "FusionCallCompletedEvent",
    )
    FusionCallInProgressEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_in_progress_event",
        "FusionCallInProgressEvent",
    )
    FusionCallPanelAddedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_panel_added_event",
        "FusionCallPanelAddedEvent",
    )
    FusionCallPanelCompletedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_panel_completed_event",
        "FusionCallPanelCompletedEvent",
    )
    FusionCallPanelDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_panel_delta_event",
        "FusionCallPanelDeltaEvent",
    )
    FusionCallPanelFailedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_panel_failed_event",
        "FusionCallPanelFailedEvent",
    )
    FusionCallPanelReasoningDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_call_panel_reasoning_delta_event",
        "FusionCallPanelReasoningDeltaEvent",
    )
    ImageGenCallCompletedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.image_gen_call_completed_event",
        "ImageGenCallCompletedEvent",
    )
    ImageGenCallGeneratingEvent = _LazyModel(
        globals(),
        "modelgates_api.models.image_gen_call_generating_event",
        "ImageGenCallGeneratingEvent",
    )
    ImageGenCallInProgressEvent = _LazyModel(
        globals(),
        "modelgates_api.models.image_gen_call_in_progress_event",
        "ImageGenCallInProgressEvent",
    )
    ImageGenCallPartialImageEvent = _LazyModel(
        globals(),
        "modelgates_api.models.image_gen_call_partial_image_event",
        "ImageGenCallPartialImageEvent",
    )
    OpenResponsesCreatedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.open_responses_created_event",
        "OpenResponsesCreatedEvent",
    )
    OpenResponsesInProgressEvent = _LazyModel(
        globals(),
        "modelgates_api.models.open_responses_in_progress_event",
        "OpenResponsesInProgressEvent",
    )
    ReasoningDeltaEvent = _LazyModel(
        globals(), "modelgates_api.models.reasoning_delta_event", "ReasoningDeltaEvent"
    )
    ReasoningDoneEvent = _LazyModel(
        globals(), "modelgates_api.models.reasoning_done_event", "ReasoningDoneEvent"
    )
    ReasoningSummaryPartAddedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.reasoning_summary_part_added_event",
        "ReasoningSummaryPartAddedEvent",
    )
    ReasoningSummaryPartDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.reasoning_summary_part_done_event",
        "ReasoningSummaryPartDoneEvent",
    )
    ReasoningSummaryTextDeltaEvent = _LazyModel(
        globals(),
        "modelgates_api.models.reasoning_summary_text_delta_event",
        "ReasoningSummaryTextDeltaEvent",
    )
    ReasoningSummaryTextDoneEvent = _LazyModel(
        globals(),
        "modelgates_api.models.reasoning_summary_text_done_event",
        "ReasoningSummaryTextDoneEvent",
    )
    RefusalDeltaEvent = _LazyModel(
        globals(), "modelgates_api.models.refusal_delta_event", "RefusalDeltaEvent"
    )
    RefusalDoneEvent = _LazyModel(
        globals(), "modelgates_api.models.refusal_done_event", "RefusalDoneEvent"
    )
    StreamEventsResponseCompleted = _LazyModel(
        globals(),
        "modelgates_api.models.stream_events_response_completed",
        "StreamEventsResponseCompleted",
    )
    StreamEventsResponseFailed = _LazyModel(
        globals(),
        "modelgates_api.models.stream_events_response_failed",
        "StreamEventsResponseFailed",
    )
    StreamEventsResponseIncomplete = _LazyModel(
        globals(),
        "modelgates_api.models.stream_events_response_incomplete",
        "StreamEventsResponseIncomplete",
    )
    StreamEventsResponseOutputItemAdded = _LazyModel(
        globals(),
        "modelgates_api.models.stream_events_response_output_item_added",
        "StreamEventsResponseOutputItemAdded",
    )
    StreamEventsResponseOutputItemDone = _LazyModel(
        globals(),
        "modelgates_api.models.stream_events_response_output_item_done",
        "StreamEventsResponseOutputItemDone",
    )
    TextDeltaEvent = _LazyModel(
        globals(), "modelgates_api.models.text_delta_event", "TextDeltaEvent"
    )
    TextDoneEvent = _LazyModel(
        globals(), "modelgates_api.models.text_done_event", "TextDoneEvent"
    )
    WebSearchCallCompletedEvent = _LazyModel(
        globals(),
        "modelgates_api.models.web_search_call_completed_event",
        "WebSearchCallCompletedEvent",
    )
    WebSearchCallInProgressEvent = _LazyModel(
        globals(),
        "modelgates_api.models.web_search_call_in_progress_event",
        "WebSearchCallInProgressEvent",
    )
    WebSearchCallSearchingEvent = _LazyModel(
        globals(),
        "modelgates_api.models.web_search_call_searching_event",
        "WebSearchCallSearchingEvent",
    )
