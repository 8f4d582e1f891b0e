from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.annotation_added_event import AnnotationAddedEvent
    from ..models.apply_patch_call_operation_diff_delta_event import ApplyPatchCallOperationDiffDeltaEvent
    from ..models.apply_patch_call_operation_diff_done_event import ApplyPatchCallOperationDiffDoneEvent
    from ..models.code_interpreter_call_code_delta_event import CodeInterpreterCallCodeDeltaEvent
    from ..models.code_interpreter_call_code_done_event import CodeInterpreterCallCodeDoneEvent
    from ..models.code_interpreter_call_completed_event import CodeInterpreterCallCompletedEvent
    from ..models.code_interpreter_call_in_progress_event import CodeInterpreterCallInProgressEvent
    from ..models.code_interpreter_call_interpreting_event import CodeInterpreterCallInterpretingEvent
    from ..models.content_part_added_event import ContentPartAddedEvent
    from ..models.content_part_done_event import ContentPartDoneEvent
    from ..models.custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent
    from ..models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from ..models.debug_event import DebugEvent
    from ..models.error_event import ErrorEvent
    from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent
    from ..models.fusion_call_analysis_completed_event import FusionCallAnalysisCompletedEvent
    from ..models.fusion_call_analysis_in_progress_event import FusionCallAnalysisInProgressEvent
    from ..models.fusion_call_completed_event import FusionCallCompletedEvent
    from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent
    from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from ..models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from ..models.fusion_call_panel_reasoning_delta_event import FusionCallPanelReasoningDeltaEvent
    from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent
    from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from ..models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from ..models.image_gen_call_partial_image_event import ImageGenCallPartialImageEvent
    from ..models.open_responses_created_event import OpenResponsesCreatedEvent
    from ..models.open_responses_in_progress_event import OpenResponsesInProgressEvent
    from ..models.reasoning_delta_event import ReasoningDeltaEvent
    from ..models.reasoning_done_event import ReasoningDoneEvent
    from ..models.reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent
    from ..models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from ..models.reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent
    from ..models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from ..models.refusal_delta_event import RefusalDeltaEvent
    from ..models.refusal_done_event import RefusalDoneEvent
    from ..models.stream_events_response_completed import StreamEventsResponseCompleted
    from ..models.stream_events_response_failed import StreamEventsResponseFailed
    from ..models.stream_events_response_incomplete import StreamEventsResponseIncomplete
    from ..models.stream_events_response_output_item_added import StreamEventsResponseOutputItemAdded
    from ..models.stream_events_response_output_item_done import StreamEventsResponseOutputItemDone
    from ..models.text_delta_event import TextDeltaEvent
    from ..models.text_done_event import TextDoneEvent
    from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent
    from ..models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent
else:
    AnnotationAddedEvent = _LazyModel(globals(), "annotation_added_event", "AnnotationAddedEvent")
    ApplyPatchCallOperationDiffDeltaEvent = _LazyModel(
        globals(), "apply_patch_call_operation_diff_delta_event", "ApplyPatchCallOperationDiffDeltaEvent"
    )
    ApplyPatchCallOperationDiffDoneEvent = _LazyModel(
        globals(), "apply_patch_call_operation_diff_done_event", "ApplyPatchCallOperationDiffDoneEvent"
    )
    CodeInterpreterCallCodeDeltaEvent = _LazyModel(
        globals(), "code_interpreter_call_code_delta_event", "CodeInterpreterCallCodeDeltaEvent"
    )
    CodeInterpreterCallCodeDoneEvent = _LazyModel(
        globals(), "code_interpreter_call_code_done_event", "CodeInterpreterCallCodeDoneEvent"
    )
    CodeInterpreterCallCompletedEvent = _LazyModel(
        globals(), "code_interpreter_call_completed_event", "CodeInterpreterCallCompletedEvent"
    )
    CodeInterpreterCallInProgressEvent = _LazyModel(
        globals(), "code_interpreter_call_in_progress_event", "CodeInterpreterCallInProgressEvent"
    )
    CodeInterpreterCallInterpretingEvent = _LazyModel(
        globals(), "code_interpreter_call_interpreting_event", "CodeInterpreterCallInterpretingEvent"
    )
    ContentPartAddedEvent = _LazyModel(globals(), "content_part_added_event", "ContentPartAddedEvent")
    ContentPartDoneEvent = _LazyModel(globals(), "content_part_done_event", "ContentPartDoneEvent")
    CustomToolCallInputDeltaEvent = _LazyModel(
        globals(), "custom_tool_call_input_delta_event", "CustomToolCallInputDeltaEvent"
    )
    CustomToolCallInputDoneEvent = _LazyModel(
        globals(), "custom_tool_call_input_done_event", "CustomToolCallInputDoneEvent"
    )
    DebugEvent = _LazyModel(globals(), "debug_event", "DebugEvent")
    ErrorEvent = _LazyModel(globals(), "error_event", "ErrorEvent")
    FunctionCallArgsDeltaEvent = _LazyModel(globals(), "function_call_args_delta_event", "FunctionCallArgsDeltaEvent")
    FunctionCallArgsDoneEvent = _LazyModel(globals(), "function_call_args_done_event", "FunctionCallArgsDoneEvent")
    FusionCallAnalysisCompletedEvent = _LazyModel(
        globals(), "fusion_call_analysis_completed_event", "FusionCallAnalysisCompletedEvent"
    )
    FusionCallAnalysisInProgressEvent = _LazyModel(
        globals(), "fusion_call_analysis_in_progress_event", "FusionCallAnalysisInProgressEvent"
    )
    FusionCallCompletedEvent = _LazyModel(globals(), "fusion_call_completed_event", "FusionCallCompletedEvent")
    FusionCallInProgressEvent = _LazyModel(globals(), "fusion_call_in_progress_event", "FusionCallInProgressEvent")
    FusionCallPanelAddedEvent = _LazyModel(globals(), "fusion_call_panel_added_event", "FusionCallPanelAddedEvent")
    FusionCallPanelCompletedEvent = _LazyModel(
        globals(), "fusion_call_panel_completed_event", "FusionCallPanelCompletedEvent"
    )
    FusionCallPanelDeltaEvent = _LazyModel(globals(), "fusion_call_panel_delta_event", "FusionCallPanelDeltaEvent")
    FusionCallPanelFailedEvent = _LazyModel(globals(), "fusion_call_panel_failed_event", "FusionCallPanelFailedEvent")
    FusionCallPanelReasoningDeltaEvent = _LazyModel(
        globals(), "fusion_call_panel_reasoning_delta_event", "FusionCallPanelReasoningDeltaEvent"
    )
    ImageGenCallCompletedEvent = _LazyModel(globals(), "image_gen_call_completed_event", "ImageGenCallCompletedEvent")
    ImageGenCallGeneratingEvent = _LazyModel(
        globals(), "image_gen_call_generating_event", "ImageGenCallGeneratingEvent"
    )
    ImageGenCallInProgressEvent = _LazyModel(
        globals(), "image_gen_call_in_progress_event", "ImageGenCallInProgressEvent"
    )
    ImageGenCallPartialImageEvent = _LazyModel(
        globals(), "image_gen_call_partial_image_event", "ImageGenCallPartialImageEvent"
    )
    OpenResponsesCreatedEvent = _LazyModel(globals(), "open_responses_created_event", "OpenResponsesCreatedEvent")
    OpenResponsesInProgressEvent = _LazyModel(
        globals(), "open_responses_in_progress_event", "OpenResponsesInProgressEvent"
    )
    ReasoningDeltaEvent = _LazyModel(globals(), "reasoning_delta_event", "ReasoningDeltaEvent")
    ReasoningDoneEvent = _LazyModel(globals(), "reasoning_done_event", "ReasoningDoneEvent")
    ReasoningSummaryPartAddedEvent = _LazyModel(
        globals(), "reasoning_summary_part_added_event", "ReasoningSummaryPartAddedEvent"
    )
    ReasoningSummaryPartDoneEvent = _LazyModel(
        globals(), "reasoning_summary_part_done_event", "ReasoningSummaryPartDoneEvent"
    )
    ReasoningSummaryTextDeltaEvent = _LazyModel(
        globals(), "reasoning_summary_text_delta_event", "ReasoningSummaryTextDeltaEvent"
    )
    ReasoningSummaryTextDoneEvent = _LazyModel(
        globals(), "reasoning_summary_text_done_event", "ReasoningSummaryTextDoneEvent"
    )
    RefusalDeltaEvent = _LazyModel(globals(), "refusal_delta_event", "RefusalDeltaEvent")
    RefusalDoneEvent = _LazyModel(globals(), "refusal_done_event", "RefusalDoneEvent")
    StreamEventsResponseCompleted = _LazyModel(
        globals(), "stream_events_response_completed", "StreamEventsResponseCompleted"
    )
    StreamEventsResponseFailed = _LazyModel(globals(), "stream_events_response_failed", "StreamEventsResponseFailed")
    StreamEventsResponseIncomplete = _LazyModel(
        globals(), "stream_events_response_incomplete", "StreamEventsResponseIncomplete"
    )
    StreamEventsResponseOutputItemAdded = _LazyModel(
        globals(), "stream_events_response_output_item_added", "StreamEventsResponseOutputItemAdded"
    )
    StreamEventsResponseOutputItemDone = _LazyModel(
        globals(), "stream_events_response_output_item_done", "StreamEventsResponseOutputItemDone"
    )
    TextDeltaEvent = _LazyModel(globals(), "text_delta_event", "TextDeltaEvent")
    TextDoneEvent = _LazyModel(globals(), "text_done_event", "TextDoneEvent")
    WebSearchCallCompletedEvent = _LazyModel(
        globals(), "web_search_call_completed_event", "WebSearchCallCompletedEvent"
    )
    WebSearchCallInProgressEvent = _LazyModel(
        globals(), "web_search_call_in_progress_event", "WebSearchCallInProgressEvent"
    )
    WebSearchCallSearchingEvent = _LazyModel(
        globals(), "web_search_call_searching_event", "WebSearchCallSearchingEvent"
    )


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

    _required_ = (
        (
            "data",
            _union_field(
                (
                    ("OpenResponsesCreatedEvent", OpenResponsesCreatedEvent),
                    ("OpenResponsesInProgressEvent", OpenResponsesInProgressEvent),
                    ("StreamEventsResponseCompleted", StreamEventsResponseCompleted),
                    ("StreamEventsResponseIncomplete", StreamEventsResponseIncomplete),
                    ("StreamEventsResponseFailed", StreamEventsResponseFailed),
                    ("ErrorEvent", ErrorEvent),
                    ("StreamEventsResponseOutputItemAdded", StreamEventsResponseOutputItemAdded),
                    ("StreamEventsResponseOutputItemDone", StreamEventsResponseOutputItemDone),
                    ("ContentPartAddedEvent", ContentPartAddedEvent),
                    ("ContentPartDoneEvent", ContentPartDoneEvent),
                    ("TextDeltaEvent", TextDeltaEvent),
                    ("TextDoneEvent", TextDoneEvent),
                    ("RefusalDeltaEvent", RefusalDeltaEvent),
                    ("RefusalDoneEvent", RefusalDoneEvent),
                    ("AnnotationAddedEvent", AnnotationAddedEvent),
                    ("FunctionCallArgsDeltaEvent", FunctionCallArgsDeltaEvent),
                    ("FunctionCallArgsDoneEvent", FunctionCallArgsDoneEvent),
                    ("ReasoningDeltaEvent", ReasoningDeltaEvent),
                    ("ReasoningDoneEvent", ReasoningDoneEvent),
                    ("ReasoningSummaryPartAddedEvent", ReasoningSummaryPartAddedEvent),
                    ("ReasoningSummaryPartDoneEvent", ReasoningSummaryPartDoneEvent),
                    ("ReasoningSummaryTextDeltaEvent", ReasoningSummaryTextDeltaEvent),
                    ("ReasoningSummaryTextDoneEvent", ReasoningSummaryTextDoneEvent),
                    ("ImageGenCallInProgressEvent", ImageGenCallInProgressEvent),
                    ("ImageGenCallGeneratingEvent", ImageGenCallGeneratingEvent),
                    ("ImageGenCallPartialImageEvent", ImageGenCallPartialImageEvent),
                    ("ImageGenCallCompletedEvent", ImageGenCallCompletedEvent),
                    ("CodeInterpreterCallInProgressEvent", CodeInterpreterCallInProgressEvent),
                    ("CodeInterpreterCallInterpretingEvent", CodeInterpreterCallInterpretingEvent),
                    ("CodeInterpreterCallCompletedEvent", CodeInterpreterCallCompletedEvent),
                    ("CodeInterpreterCallCodeDeltaEvent", CodeInterpreterCallCodeDeltaEvent),
                    ("CodeInterpreterCallCodeDoneEvent", CodeInterpreterCallCodeDoneEvent),
                    ("WebSearchCallInProgressEvent", WebSearchCallInProgressEvent),
                    ("WebSearchCallSearchingEvent", WebSearchCallSearchingEvent),
                    ("WebSearchCallCompletedEvent", WebSearchCallCompletedEvent),
                    ("CustomToolCallInputDeltaEvent", CustomToolCallInputDeltaEvent),
                    ("CustomToolCallInputDoneEvent", CustomToolCallInputDoneEvent),
                    ("ApplyPatchCallOperationDiffDeltaEvent", ApplyPatchCallOperationDiffDeltaEvent),
                    ("ApplyPatchCallOperationDiffDoneEvent", ApplyPatchCallOperationDiffDoneEvent),
                    ("FusionCallInProgressEvent", FusionCallInProgressEvent),
                    ("FusionCallPanelAddedEvent", FusionCallPanelAddedEvent),
                    ("FusionCallPanelDeltaEvent", FusionCallPanelDeltaEvent),
                    ("FusionCallPanelReasoningDeltaEvent", FusionCallPanelReasoningDeltaEvent),
                    ("FusionCallPanelCompletedEvent", FusionCallPanelCompletedEvent),
                    ("FusionCallPanelFailedEvent", FusionCallPanelFailedEvent),
                    ("FusionCallAnalysisInProgressEvent", FusionCallAnalysisInProgressEvent),
                    ("FusionCallAnalysisCompletedEvent", FusionCallAnalysisCompletedEvent),
                    ("FusionCallCompletedEvent", FusionCallCompletedEvent),
                    ("DebugEvent", DebugEvent),
                ),
                tag=(
                    "type",
                    (
                        "response.created",
                        "response.in_progress",
                        "response.completed",
                        "response.incomplete",
                        "response.failed",
                        "error",
                        "response.output_item.added",
                        "response.output_item.done",
                        "response.content_part.added",
                        "response.content_part.done",
                        "response.output_text.delta",
                        "response.output_text.done",
                        "response.refusal.delta",
                        "response.refusal.done",
                        "response.output_text.annotation.added",
                        "response.function_call_arguments.delta",
                        "response.function_call_arguments.done",
                        "response.reasoning_text.delta",
                        "response.reasoning_text.done",
                        "response.reasoning_summary_part.added",
                        "response.reasoning_summary_part.done",
                        "response.reasoning_summary_text.delta",
                        "response.reasoning_summary_text.done",
                        "response.image_generation_call.in_progress",
                        "response.image_generation_call.generating",
                        "response.image_generation_call.partial_image",
                        "response.image_generation_call.completed",
                        "response.code_interpreter_call.in_progress",
                        "response.code_interpreter_call.interpreting",
                        "response.code_interpreter_call.completed",
                        "response.code_interpreter_call_code.delta",
                        "response.code_interpreter_call_code.done",
                        "response.web_search_call.in_progress",
                        "response.web_search_call.searching",
                        "response.web_search_call.completed",
                        "response.custom_tool_call_input.delta",
                        "response.custom_tool_call_input.done",
                        "response.apply_patch_call_operation_diff.delta",
                        "response.apply_patch_call_operation_diff.done",
                        "response.fusion_call.in_progress",
                        "response.fusion_call.panel.added",
                        "response.fusion_call.panel.delta",
                        "response.fusion_call.panel.reasoning.delta",
                        "response.fusion_call.panel.completed",
                        "response.fusion_call.panel.failed",
                        "response.fusion_call.analysis.in_progress",
                        "response.fusion_call.analysis.completed",
                        "response.fusion_call.completed",
                        "response.debug",
                    ),
                ),
            ),
        ),
    )
