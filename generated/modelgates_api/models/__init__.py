"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): scripts/lazy_models.py rewrote the generator's
eager version of this file, so importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aa_benchmark_entry import AABenchmarkEntry
    from .activity_item import ActivityItem
    from .activity_response import ActivityResponse
    from .additional_tools_item import AdditionalToolsItem
    from .additional_tools_item_role import AdditionalToolsItemRole
    from .additional_tools_item_tools_item_type_0 import (
        AdditionalToolsItemToolsItemType0,
    )
    from .additional_tools_item_tools_item_type_0_parameters_type_0 import (
        AdditionalToolsItemToolsItemType0ParametersType0,
    )
    from .additional_tools_item_tools_item_type_0_type import (
        AdditionalToolsItemToolsItemType0Type,
    )
    from .additional_tools_item_tools_item_type_28 import (
        AdditionalToolsItemToolsItemType28,
    )
    from .additional_tools_item_type import AdditionalToolsItemType
    from .advisor_reasoning import AdvisorReasoning
    from .advisor_reasoning_effort import AdvisorReasoningEffort
    from .advisor_server_tool_config import AdvisorServerToolConfig
    from .advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from .advisor_server_tool_open_router_type import AdvisorServerToolOpenRouterType
    from .agent_message_item import AgentMessageItem
    from .agent_message_item_agent_type_0 import AgentMessageItemAgentType0
    from .agent_message_item_content_item_type_1 import AgentMessageItemContentItemType1
    from .agent_message_item_content_item_type_1_detail import (
        AgentMessageItemContentItemType1Detail,
    )
    from .agent_message_item_content_item_type_1_type import (
        AgentMessageItemContentItemType1Type,
    )
    from .agent_message_item_content_item_type_2 import AgentMessageItemContentItemType2
    from .agent_message_item_content_item_type_2_type import (
        AgentMessageItemContentItemType2Type,
    )
    from .agent_message_item_type import AgentMessageItemType
    from .annotation_added_event import AnnotationAddedEvent
    from .annotation_added_event_type import AnnotationAddedEventType
    from .anthropic_advisor_message_usage_iteration import (
        AnthropicAdvisorMessageUsageIteration,
    )
    from .anthropic_advisor_message_usage_iteration_type import (
        AnthropicAdvisorMessageUsageIterationType,
    )
    from .anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from .anthropic_advisor_tool_result_content import AnthropicAdvisorToolResultContent
    from .anthropic_advisor_tool_result_type import AnthropicAdvisorToolResultType
    from .anthropic_allowed_callers_item import AnthropicAllowedCallersItem
    from .anthropic_base_64_image_source import AnthropicBase64ImageSource
    from .anthropic_base_64_image_source_type import AnthropicBase64ImageSourceType
    from .anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from .anthropic_base_64_pdf_source_media_type import (
        AnthropicBase64PdfSourceMediaType,
    )
    from .anthropic_base_64_pdf_source_type import AnthropicBase64PdfSourceType
    from .anthropic_base_usage_iteration import AnthropicBaseUsageIteration
    from .anthropic_bash_code_execution_output import AnthropicBashCodeExecutionOutput
    from .anthropic_bash_code_execution_output_type import (
        AnthropicBashCodeExecutionOutputType,
    )
    from .anthropic_bash_code_execution_result import AnthropicBashCodeExecutionResult
    from .anthropic_bash_code_execution_result_type import (
        AnthropicBashCodeExecutionResultType,
    )
    from .anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult,
    )
    from .anthropic_bash_code_execution_tool_result_error import (
        AnthropicBashCodeExecutionToolResultError,
    )
    from .anthropic_bash_code_execution_tool_result_error_error_code import (
        AnthropicBashCodeExecutionToolResultErrorErrorCode,
    )
    from .anthropic_bash_code_execution_tool_result_error_type import (
        AnthropicBashCodeExecutionToolResultErrorType,
    )
    from .anthropic_bash_code_execution_tool_result_type import (
        AnthropicBashCodeExecutionToolResultType,
    )
    from .anthropic_cache_control_directive import AnthropicCacheControlDirective
    from .anthropic_cache_control_directive_type import (
        AnthropicCacheControlDirectiveType,
    )
    from .anthropic_cache_control_ttl import AnthropicCacheControlTtl
    from .anthropic_cache_creation import AnthropicCacheCreation
    from .anthropic_citation_char_location import AnthropicCitationCharLocation
    from .anthropic_citation_char_location_param import (
        AnthropicCitationCharLocationParam,
    )
    from .anthropic_citation_char_location_param_type import (
        AnthropicCitationCharLocationParamType,
    )
    from .anthropic_citation_char_location_type import AnthropicCitationCharLocationType
    from .anthropic_citation_content_block_location import (
        AnthropicCitationContentBlockLocation,
    )
    from .anthropic_citation_content_block_location_param import (
        AnthropicCitationContentBlockLocationParam,
    )
    from .anthropic_citation_content_block_location_param_type import (
        AnthropicCitationContentBlockLocationParamType,
    )
    from .anthropic_citation_content_block_location_type import (
        AnthropicCitationContentBlockLocationType,
    )
    from .anthropic_citation_page_location import AnthropicCitationPageLocation
    from .anthropic_citation_page_location_param import (
        AnthropicCitationPageLocationParam,
    )
    from .anthropic_citation_page_location_param_type import (
        AnthropicCitationPageLocationParamType,
    )
    from .anthropic_citation_page_location_type import AnthropicCitationPageLocationType
    from .anthropic_citation_search_result_location import (
        AnthropicCitationSearchResultLocation,
    )
    from .anthropic_citation_search_result_location_param import (
        AnthropicCitationSearchResultLocationParam,
    )
    from .anthropic_citation_search_result_location_param_type import (
        AnthropicCitationSearchResultLocationParamType,
    )
    from .anthropic_citation_search_result_location_type import (
        AnthropicCitationSearchResultLocationType,
    )
    from .anthropic_citation_web_search_result_location import (
        AnthropicCitationWebSearchResultLocation,
    )
    from .anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )
    from .anthropic_citation_web_search_result_location_param_type import (
        AnthropicCitationWebSearchResultLocationParamType,
    )
    from .anthropic_citation_web_search_result_location_type import (
        AnthropicCitationWebSearchResultLocationType,
    )
    from .anthropic_citations_config import AnthropicCitationsConfig
    from .anthropic_code_execution_20250825_caller import (
        AnthropicCodeExecution20250825Caller,
    )
    from .anthropic_code_execution_20250825_caller_type import (
        AnthropicCodeExecution20250825CallerType,
    )
    from .anthropic_code_execution_20260120_caller import (
        AnthropicCodeExecution20260120Caller,
    )
    from .anthropic_code_execution_20260120_caller_type import (
        AnthropicCodeExecution20260120CallerType,
    )
    from .anthropic_code_execution_output import AnthropicCodeExecutionOutput
    from .anthropic_code_execution_output_type import AnthropicCodeExecutionOutputType
    from .anthropic_code_execution_result import AnthropicCodeExecutionResult
    from .anthropic_code_execution_result_type import AnthropicCodeExecutionResultType
    from .anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult
    from .anthropic_code_execution_tool_result_error import (
        AnthropicCodeExecutionToolResultError,
    )
    from .anthropic_code_execution_tool_result_error_type import (
        AnthropicCodeExecutionToolResultErrorType,
    )
    from .anthropic_code_execution_tool_result_type import (
        AnthropicCodeExecutionToolResultType,
    )
    from .anthropic_compaction_block import AnthropicCompactionBlock
    from .anthropic_compaction_block_type import AnthropicCompactionBlockType
    from .anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from .anthropic_compaction_usage_iteration_type import (
        AnthropicCompactionUsageIterationType,
    )
    from .anthropic_container import AnthropicContainer
    from .anthropic_container_upload import AnthropicContainerUpload
    from .anthropic_container_upload_type import AnthropicContainerUploadType
    from .anthropic_direct_caller import AnthropicDirectCaller
    from .anthropic_direct_caller_type import AnthropicDirectCallerType
    from .anthropic_document_block import AnthropicDocumentBlock
    from .anthropic_document_block_param import AnthropicDocumentBlockParam
    from .anthropic_document_block_param_citations_type_0 import (
        AnthropicDocumentBlockParamCitationsType0,
    )
    from .anthropic_document_block_param_source_type_2 import (
        AnthropicDocumentBlockParamSourceType2,
    )
    from .anthropic_document_block_param_source_type_2_type import (
        AnthropicDocumentBlockParamSourceType2Type,
    )
    from .anthropic_document_block_param_type import AnthropicDocumentBlockParamType
    from .anthropic_document_block_type import AnthropicDocumentBlockType
    from .anthropic_encrypted_code_execution_result import (
        AnthropicEncryptedCodeExecutionResult,
    )
    from .anthropic_encrypted_code_execution_result_type import (
        AnthropicEncryptedCodeExecutionResultType,
    )
    from .anthropic_file import AnthropicFile
    from .anthropic_file_deleted import AnthropicFileDeleted
    from .anthropic_file_deleted_shape import AnthropicFileDeletedShape
    from .anthropic_file_deleted_type import AnthropicFileDeletedType
    from .anthropic_file_document_source import AnthropicFileDocumentSource
    from .anthropic_file_document_source_type import AnthropicFileDocumentSourceType
    from .anthropic_file_list import AnthropicFileList
    from .anthropic_file_list_shape import AnthropicFileListShape
    from .anthropic_file_shape import AnthropicFileShape
    from .anthropic_file_type import AnthropicFileType
    from .anthropic_image_block_param import AnthropicImageBlockParam
    from .anthropic_image_block_param_type import AnthropicImageBlockParamType
    from .anthropic_image_mime_type import AnthropicImageMimeType
    from .anthropic_input_tokens_clear_at_least import AnthropicInputTokensClearAtLeast
    from .anthropic_input_tokens_clear_at_least_type import (
        AnthropicInputTokensClearAtLeastType,
    )
    from .anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from .anthropic_input_tokens_trigger_type import AnthropicInputTokensTriggerType
    from .anthropic_iteration_cache_creation import AnthropicIterationCacheCreation
    from .anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from .anthropic_message_usage_iteration_type import (
        AnthropicMessageUsageIterationType,
    )
    from .anthropic_messages_error_response import AnthropicMessagesErrorResponse
    from .anthropic_messages_error_response_error import (
        AnthropicMessagesErrorResponseError,
    )
    from .anthropic_messages_error_response_error_type import (
        AnthropicMessagesErrorResponseErrorType,
    )
    from .anthropic_messages_error_response_metadata import (
        AnthropicMessagesErrorResponseMetadata,
    )
    from .anthropic_messages_error_response_openrouter_metadata_type_0 import (
        AnthropicMessagesErrorResponseOpenrouterMetadataType0,
    )
    from .anthropic_messages_error_response_type import (
        AnthropicMessagesErrorResponseType,
    )
    from .anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from .anthropic_plain_text_source import AnthropicPlainTextSource
    from .anthropic_plain_text_source_media_type import (
        AnthropicPlainTextSourceMediaType,
    )
    from .anthropic_plain_text_source_type import AnthropicPlainTextSourceType
    from .anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from .anthropic_redacted_thinking_block_type import (
        AnthropicRedactedThinkingBlockType,
    )
    from .anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from .anthropic_refusal_stop_details_category_type_1 import (
        AnthropicRefusalStopDetailsCategoryType1,
    )
    from .anthropic_refusal_stop_details_category_type_2_type_1 import (
        AnthropicRefusalStopDetailsCategoryType2Type1,
    )
    from .anthropic_refusal_stop_details_category_type_3_type_1 import (
        AnthropicRefusalStopDetailsCategoryType3Type1,
    )
    from .anthropic_refusal_stop_details_type import AnthropicRefusalStopDetailsType
    from .anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from .anthropic_search_result_block_param_citations import (
        AnthropicSearchResultBlockParamCitations,
    )
    from .anthropic_search_result_block_param_type import (
        AnthropicSearchResultBlockParamType,
    )
    from .anthropic_server_tool_error_code import AnthropicServerToolErrorCode
    from .anthropic_server_tool_usage import AnthropicServerToolUsage
    from .anthropic_service_tier import AnthropicServiceTier
    from .anthropic_speed import AnthropicSpeed
    from .anthropic_text_block import AnthropicTextBlock
    from .anthropic_text_block_param import AnthropicTextBlockParam
    from .anthropic_text_block_param_type import AnthropicTextBlockParamType
    from .anthropic_text_block_type import AnthropicTextBlockType
    from .anthropic_text_editor_code_execution_create_result import (
        AnthropicTextEditorCodeExecutionCreateResult,
    )
    from .anthropic_text_editor_code_execution_create_result_type import (
        AnthropicTextEditorCodeExecutionCreateResultType,
    )
    from .anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from .anthropic_text_editor_code_execution_str_replace_result_type import (
        AnthropicTextEditorCodeExecutionStrReplaceResultType,
    )
    from .anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from .anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,
    )
    from .anthropic_text_editor_code_execution_tool_result_error_error_code import (
        AnthropicTextEditorCodeExecutionToolResultErrorErrorCode,
    )
    from .anthropic_text_editor_code_execution_tool_result_error_type import (
        AnthropicTextEditorCodeExecutionToolResultErrorType,
    )
    from .anthropic_text_editor_code_execution_tool_result_type import (
        AnthropicTextEditorCodeExecutionToolResultType,
    )
    from .anthropic_text_editor_code_execution_view_result import (
        AnthropicTextEditorCodeExecutionViewResult,
    )
    from .anthropic_text_editor_code_execution_view_result_file_type import (
        AnthropicTextEditorCodeExecutionViewResultFileType,
    )
    from .anthropic_text_editor_code_execution_view_result_type import (
        AnthropicTextEditorCodeExecutionViewResultType,
    )
    from .anthropic_thinking_block import AnthropicThinkingBlock
    from .anthropic_thinking_block_type import AnthropicThinkingBlockType
    from .anthropic_thinking_display import AnthropicThinkingDisplay
    from .anthropic_thinking_turns import AnthropicThinkingTurns
    from .anthropic_thinking_turns_type import AnthropicThinkingTurnsType
    from .anthropic_tool_reference import AnthropicToolReference
    from .anthropic_tool_reference_type import AnthropicToolReferenceType
    from .anthropic_tool_search_result import AnthropicToolSearchResult
    from .anthropic_tool_search_result_error import AnthropicToolSearchResultError
    from .anthropic_tool_search_result_error_type import (
        AnthropicToolSearchResultErrorType,
    )
    from .anthropic_tool_search_result_type import AnthropicToolSearchResultType
    from .anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from .anthropic_tool_search_tool_bm_25_name import AnthropicToolSearchToolBm25Name
    from .anthropic_tool_search_tool_bm_25_type import AnthropicToolSearchToolBm25Type
    from .anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from .anthropic_tool_search_tool_regex_name import AnthropicToolSearchToolRegexName
    from .anthropic_tool_search_tool_regex_type import AnthropicToolSearchToolRegexType
    from .anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from .anthropic_tool_search_tool_result_type import (
        AnthropicToolSearchToolResultType,
    )
    from .anthropic_tool_use_block import AnthropicToolUseBlock
    from .anthropic_tool_use_block_type import AnthropicToolUseBlockType
    from .anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from .anthropic_tool_uses_keep_type import AnthropicToolUsesKeepType
    from .anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
    from .anthropic_tool_uses_trigger_type import AnthropicToolUsesTriggerType
    from .anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from .anthropic_url_image_source import AnthropicUrlImageSource
    from .anthropic_url_image_source_type import AnthropicUrlImageSourceType
    from .anthropic_url_pdf_source import AnthropicUrlPdfSource
    from .anthropic_url_pdf_source_type import AnthropicUrlPdfSourceType
    from .anthropic_usage import AnthropicUsage
    from .anthropic_web_fetch_block import AnthropicWebFetchBlock
    from .anthropic_web_fetch_block_type import AnthropicWebFetchBlockType
    from .anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from .anthropic_web_fetch_tool_result_error import AnthropicWebFetchToolResultError
    from .anthropic_web_fetch_tool_result_error_error_code import (
        AnthropicWebFetchToolResultErrorErrorCode,
    )
    from .anthropic_web_fetch_tool_result_error_type import (
        AnthropicWebFetchToolResultErrorType,
    )
    from .anthropic_web_fetch_tool_result_type import AnthropicWebFetchToolResultType
    from .anthropic_web_search_result import AnthropicWebSearchResult
    from .anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParam,
    )
    from .anthropic_web_search_result_block_param_type import (
        AnthropicWebSearchResultBlockParamType,
    )
    from .anthropic_web_search_result_type import AnthropicWebSearchResultType
    from .anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from .anthropic_web_search_tool_result_error import (
        AnthropicWebSearchToolResultError,
    )
    from .anthropic_web_search_tool_result_error_error_code import (
        AnthropicWebSearchToolResultErrorErrorCode,
    )
    from .anthropic_web_search_tool_result_error_type import (
        AnthropicWebSearchToolResultErrorType,
    )
    from .anthropic_web_search_tool_result_type import AnthropicWebSearchToolResultType
    from .anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation,
    )
    from .anthropic_web_search_tool_user_location_type import (
        AnthropicWebSearchToolUserLocationType,
    )
    from .api_error_type import ApiErrorType
    from .app_rankings_item import AppRankingsItem
    from .app_rankings_response import AppRankingsResponse
    from .apply_patch_call_item import ApplyPatchCallItem
    from .apply_patch_call_item_type import ApplyPatchCallItemType
    from .apply_patch_call_operation_diff_delta_event import (
        ApplyPatchCallOperationDiffDeltaEvent,
    )
    from .apply_patch_call_operation_diff_delta_event_type import (
        ApplyPatchCallOperationDiffDeltaEventType,
    )
    from .apply_patch_call_operation_diff_done_event import (
        ApplyPatchCallOperationDiffDoneEvent,
    )
    from .apply_patch_call_operation_diff_done_event_type import (
        ApplyPatchCallOperationDiffDoneEventType,
    )
    from .apply_patch_call_output_item import ApplyPatchCallOutputItem
    from .apply_patch_call_output_item_status import ApplyPatchCallOutputItemStatus
    from .apply_patch_call_output_item_type import ApplyPatchCallOutputItemType
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_type import (
        ApplyPatchCreateFileOperationType,
    )
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_type import (
        ApplyPatchDeleteFileOperationType,
    )
    from .apply_patch_engine_enum import ApplyPatchEngineEnum
    from .apply_patch_server_tool import ApplyPatchServerTool
    from .apply_patch_server_tool_config import ApplyPatchServerToolConfig
    from .apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from .apply_patch_server_tool_open_router_type import (
        ApplyPatchServerToolOpenRouterType,
    )
    from .apply_patch_server_tool_type import ApplyPatchServerToolType
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_type import (
        ApplyPatchUpdateFileOperationType,
    )
    from .auto_beta_router_plugin import AutoBetaRouterPlugin
    from .auto_beta_router_plugin_cost_tier import AutoBetaRouterPluginCostTier
    from .auto_beta_router_plugin_id import AutoBetaRouterPluginId
    from .auto_router_plugin import AutoRouterPlugin
    from .auto_router_plugin_cost_tier import AutoRouterPluginCostTier
    from .auto_router_plugin_id import AutoRouterPluginId
    from .bad_gateway_response import BadGatewayResponse
    from .bad_gateway_response_error_data import BadGatewayResponseErrorData
    from .bad_gateway_response_error_data_metadata_type_0 import (
        BadGatewayResponseErrorDataMetadataType0,
    )
    from .bad_gateway_response_modelgates_metadata_type_0 import (
        BadGatewayResponseModelgatesMetadataType0,
    )
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_error_data import BadRequestResponseErrorData
    from .bad_request_response_error_data_metadata_type_0 import (
        BadRequestResponseErrorDataMetadataType0,
    )
    from .bad_request_response_modelgates_metadata_type_0 import (
        BadRequestResponseModelgatesMetadataType0,
    )
    from .base_annotation_added_event import BaseAnnotationAddedEvent
    from .base_annotation_added_event_type import BaseAnnotationAddedEventType
    from .base_content_part_added_event import BaseContentPartAddedEvent
    from .base_content_part_added_event_type import BaseContentPartAddedEventType
    from .base_content_part_done_event import BaseContentPartDoneEvent
    from .base_content_part_done_event_type import BaseContentPartDoneEventType
    from .base_custom_tool_call_input_delta_event import (
        BaseCustomToolCallInputDeltaEvent,
    )
    from .base_custom_tool_call_input_delta_event_type import (
        BaseCustomToolCallInputDeltaEventType,
    )
    from .base_custom_tool_call_input_done_event import BaseCustomToolCallInputDoneEvent
    from .base_custom_tool_call_input_done_event_type import (
        BaseCustomToolCallInputDoneEventType,
    )
    from .base_error_event import BaseErrorEvent
    from .base_error_event_type import BaseErrorEventType
    from .base_function_call_args_delta_event import BaseFunctionCallArgsDeltaEvent
    from .base_function_call_args_delta_event_type import (
        BaseFunctionCallArgsDeltaEventType,
    )
    from .base_function_call_args_done_event import BaseFunctionCallArgsDoneEvent
    from .base_function_call_args_done_event_type import (
        BaseFunctionCallArgsDoneEventType,
    )
    from .base_inputs_type_1_item_type_0 import BaseInputsType1ItemType0
    from .base_inputs_type_1_item_type_0_phase_type_0 import (
        BaseInputsType1ItemType0PhaseType0,
    )
    from .base_inputs_type_1_item_type_0_phase_type_1 import (
        BaseInputsType1ItemType0PhaseType1,
    )
    from .base_inputs_type_1_item_type_0_role_type_0 import (
        BaseInputsType1ItemType0RoleType0,
    )
    from .base_inputs_type_1_item_type_0_role_type_1 import (
        BaseInputsType1ItemType0RoleType1,
    )
    from .base_inputs_type_1_item_type_0_role_type_2 import (
        BaseInputsType1ItemType0RoleType2,
    )
    from .base_inputs_type_1_item_type_0_role_type_3 import (
        BaseInputsType1ItemType0RoleType3,
    )
    from .base_inputs_type_1_item_type_0_type import BaseInputsType1ItemType0Type
    from .base_messages_result import BaseMessagesResult
    from .base_messages_result_role import BaseMessagesResultRole
    from .base_messages_result_type import BaseMessagesResultType
    from .base_messages_result_usage import BaseMessagesResultUsage
    from .base_reasoning_config import BaseReasoningConfig
    from .base_reasoning_delta_event import BaseReasoningDeltaEvent
    from .base_reasoning_delta_event_type import BaseReasoningDeltaEventType
    from .base_reasoning_done_event import BaseReasoningDoneEvent
    from .base_reasoning_done_event_type import BaseReasoningDoneEventType
    from .base_reasoning_summary_part_added_event import (
        BaseReasoningSummaryPartAddedEvent,
    )
    from .base_reasoning_summary_part_added_event_type import (
        BaseReasoningSummaryPartAddedEventType,
    )
    from .base_reasoning_summary_part_done_event import (
        BaseReasoningSummaryPartDoneEvent,
    )
    from .base_reasoning_summary_part_done_event_type import (
        BaseReasoningSummaryPartDoneEventType,
    )
    from .base_reasoning_summary_text_delta_event import (
        BaseReasoningSummaryTextDeltaEvent,
    )
    from .base_reasoning_summary_text_delta_event_type import (
        BaseReasoningSummaryTextDeltaEventType,
    )
    from .base_reasoning_summary_text_done_event import (
        BaseReasoningSummaryTextDoneEvent,
    )
    from .base_reasoning_summary_text_done_event_type import (
        BaseReasoningSummaryTextDoneEventType,
    )
    from .base_refusal_delta_event import BaseRefusalDeltaEvent
    from .base_refusal_delta_event_type import BaseRefusalDeltaEventType
    from .base_refusal_done_event import BaseRefusalDoneEvent
    from .base_refusal_done_event_type import BaseRefusalDoneEventType
    from .base_responses_result import BaseResponsesResult
    from .base_responses_result_object import BaseResponsesResultObject
    from .base_responses_result_tools_item_type_0 import (
        BaseResponsesResultToolsItemType0,
    )
    from .base_responses_result_tools_item_type_0_parameters_type_0 import (
        BaseResponsesResultToolsItemType0ParametersType0,
    )
    from .base_responses_result_tools_item_type_0_type import (
        BaseResponsesResultToolsItemType0Type,
    )
    from .base_text_delta_event import BaseTextDeltaEvent
    from .base_text_delta_event_type import BaseTextDeltaEventType
    from .base_text_done_event import BaseTextDoneEvent
    from .base_text_done_event_type import BaseTextDoneEventType
    from .bash_server_tool import BashServerTool
    from .bash_server_tool_config import BashServerToolConfig
    from .bash_server_tool_engine import BashServerToolEngine
    from .bash_server_tool_type import BashServerToolType
    from .boolean_capability import BooleanCapability
    from .boolean_capability_type import BooleanCapabilityType
    from .bulk_add_workspace_members_request import BulkAddWorkspaceMembersRequest
    from .bulk_add_workspace_members_response import BulkAddWorkspaceMembersResponse
    from .bulk_assign_keys_request import BulkAssignKeysRequest
    from .bulk_assign_keys_response import BulkAssignKeysResponse
    from .bulk_assign_members_request import BulkAssignMembersRequest
    from .bulk_assign_members_response import BulkAssignMembersResponse
    from .bulk_remove_workspace_members_request import BulkRemoveWorkspaceMembersRequest
    from .bulk_remove_workspace_members_response import (
        BulkRemoveWorkspaceMembersResponse,
    )
    from .bulk_unassign_keys_request import BulkUnassignKeysRequest
    from .bulk_unassign_keys_response import BulkUnassignKeysResponse
    from .bulk_unassign_members_request import BulkUnassignMembersRequest
    from .bulk_unassign_members_response import BulkUnassignMembersResponse
    from .byok_key import BYOKKey
    from .byok_provider_slug import BYOKProviderSlug
    from .chat_assistant_message import ChatAssistantMessage
    from .chat_assistant_message_role import ChatAssistantMessageRole
    from .chat_assistant_response_message import ChatAssistantResponseMessage
    from .chat_assistant_response_message_role import ChatAssistantResponseMessageRole
    from .chat_choice import ChatChoice
    from .chat_choice_logprobs_type_0 import ChatChoiceLogprobsType0
    from .chat_completion_tokens_details import ChatCompletionTokensDetails
    from .chat_content_audio import ChatContentAudio
    from .chat_content_audio_type import ChatContentAudioType
    from .chat_content_file import ChatContentFile
    from .chat_content_file_type import ChatContentFileType
    from .chat_content_image import ChatContentImage
    from .chat_content_image_type import ChatContentImageType
    from .chat_content_text import ChatContentText
    from .chat_content_text_type import ChatContentTextType
    from .chat_content_video import ChatContentVideo
    from .chat_content_video_type import ChatContentVideoType
    from .chat_debug_options import ChatDebugOptions
    from .chat_developer_message import ChatDeveloperMessage
    from .chat_developer_message_role import ChatDeveloperMessageRole
    from .chat_file_data import ChatFileData
    from .chat_finish_reason import ChatFinishReason
    from .chat_function_definition import ChatFunctionDefinition
    from .chat_function_definition_parameters import ChatFunctionDefinitionParameters
    from .chat_function_tool import ChatFunctionTool
    from .chat_function_tool_type import ChatFunctionToolType
    from .chat_image_url import ChatImageUrl
    from .chat_image_url_detail import ChatImageUrlDetail
    from .chat_input_audio import ChatInputAudio
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from .chat_named_tool_choice_type import ChatNamedToolChoiceType
    from .chat_prompt_tokens_details import ChatPromptTokensDetails
    from .chat_reasoning_detail import ChatReasoningDetail
    from .chat_request import ChatRequest
    from .chat_request_image_config import ChatRequestImageConfig
    from .chat_request_logit_bias import ChatRequestLogitBias
    from .chat_request_metadata import ChatRequestMetadata
    from .chat_request_plugin_context_compression import (
        ChatRequestPluginContextCompression,
    )
    from .chat_request_plugin_context_compression_engine import (
        ChatRequestPluginContextCompressionEngine,
    )
    from .chat_request_plugin_context_compression_id import (
        ChatRequestPluginContextCompressionId,
    )
    from .chat_request_plugin_file_parser import ChatRequestPluginFileParser
    from .chat_request_plugin_file_parser_id import ChatRequestPluginFileParserId
    from .chat_request_plugin_moderation import ChatRequestPluginModeration
    from .chat_request_plugin_moderation_id import ChatRequestPluginModerationId
    from .chat_request_plugin_response_healing import ChatRequestPluginResponseHealing
    from .chat_request_plugin_response_healing_id import (
        ChatRequestPluginResponseHealingId,
    )
    from .chat_request_plugin_web import ChatRequestPluginWeb
    from .chat_request_plugin_web_id import ChatRequestPluginWebId
    from .chat_request_service_tier import ChatRequestServiceTier
    from .chat_response_audio import ChatResponseAudio
    from .chat_response_image import ChatResponseImage
    from .chat_result import ChatResult
    from .chat_result_modelgates_metadata_type_0 import (
        ChatResultModelgatesMetadataType0,
    )
    from .chat_stream_choice import ChatStreamChoice
    from .chat_stream_choice_logprobs_type_0 import ChatStreamChoiceLogprobsType0
    from .chat_stream_chunk import ChatStreamChunk
    from .chat_stream_chunk_modelgates_metadata_type_0 import (
        ChatStreamChunkModelgatesMetadataType0,
    )
    from .chat_stream_delta import ChatStreamDelta
    from .chat_stream_error import ChatStreamError
    from .chat_stream_error_metadata_type_0 import ChatStreamErrorMetadataType0
    from .chat_stream_options import ChatStreamOptions
    from .chat_stream_tool_call_delta import ChatStreamToolCallDelta
    from .chat_stream_tool_call_function_delta import ChatStreamToolCallFunctionDelta
    from .chat_system_message import ChatSystemMessage
    from .chat_system_message_role import ChatSystemMessageRole
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_call_type import ChatToolCallType
    from .chat_tool_choice_mode import ChatToolChoiceMode
    from .chat_tool_message import ChatToolMessage
    from .chat_tool_message_role import ChatToolMessageRole
    from .chat_usage import ChatUsage
    from .chat_user_message import ChatUserMessage
    from .chat_user_message_role import ChatUserMessageRole
    from .chat_video_url import ChatVideoUrl
    from .code_interpreter_call_code_delta_event import (
        CodeInterpreterCallCodeDeltaEvent,
    )
    from .code_interpreter_call_code_delta_event_type import (
        CodeInterpreterCallCodeDeltaEventType,
    )
    from .code_interpreter_call_code_done_event import CodeInterpreterCallCodeDoneEvent
    from .code_interpreter_call_code_done_event_type import (
        CodeInterpreterCallCodeDoneEventType,
    )
    from .code_interpreter_call_completed_event import CodeInterpreterCallCompletedEvent
    from .code_interpreter_call_completed_event_type import (
        CodeInterpreterCallCompletedEventType,
    )
    from .code_interpreter_call_in_progress_event import (
        CodeInterpreterCallInProgressEvent,
    )
    from .code_interpreter_call_in_progress_event_type import (
        CodeInterpreterCallInProgressEventType,
    )
    from .code_interpreter_call_interpreting_event import (
        CodeInterpreterCallInterpretingEvent,
    )
    from .code_interpreter_call_interpreting_event_type import (
        CodeInterpreterCallInterpretingEventType,
    )
    from .code_interpreter_call_item import CodeInterpreterCallItem
    from .code_interpreter_call_item_status import CodeInterpreterCallItemStatus
    from .code_interpreter_call_item_type import CodeInterpreterCallItemType
    from .code_interpreter_file_output import CodeInterpreterFileOutput
    from .code_interpreter_file_output_type import CodeInterpreterFileOutputType
    from .code_interpreter_image_output import CodeInterpreterImageOutput
    from .code_interpreter_image_output_type import CodeInterpreterImageOutputType
    from .code_interpreter_logs_output import CodeInterpreterLogsOutput
    from .code_interpreter_logs_output_type import CodeInterpreterLogsOutputType
    from .code_interpreter_server_tool import CodeInterpreterServerTool
    from .code_interpreter_server_tool_container_type_1 import (
        CodeInterpreterServerToolContainerType1,
    )
    from .code_interpreter_server_tool_container_type_1_memory_limit_type_1 import (
        CodeInterpreterServerToolContainerType1MemoryLimitType1,
    )
    from .code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1 import (
        CodeInterpreterServerToolContainerType1MemoryLimitType2Type1,
    )
    from .code_interpreter_server_tool_container_type_1_memory_limit_type_3_type_1 import (
        CodeInterpreterServerToolContainerType1MemoryLimitType3Type1,
    )
    from .code_interpreter_server_tool_container_type_1_type import (
        CodeInterpreterServerToolContainerType1Type,
    )
    from .code_interpreter_server_tool_type import CodeInterpreterServerToolType
    from .codex_local_shell_tool import CodexLocalShellTool
    from .codex_local_shell_tool_type import CodexLocalShellToolType
    from .compaction_item import CompactionItem
    from .compaction_item_type import CompactionItemType
    from .completed_event import CompletedEvent
    from .completed_event_type import CompletedEventType
    from .compound_filter import CompoundFilter
    from .compound_filter_filters_item import CompoundFilterFiltersItem
    from .compound_filter_type import CompoundFilterType
    from .computer_use_server_tool import ComputerUseServerTool
    from .computer_use_server_tool_environment import ComputerUseServerToolEnvironment
    from .computer_use_server_tool_type import ComputerUseServerToolType
    from .conflict_response import ConflictResponse
    from .conflict_response_error_data import ConflictResponseErrorData
    from .conflict_response_error_data_metadata_type_0 import (
        ConflictResponseErrorDataMetadataType0,
    )
    from .conflict_response_openrouter_metadata_type_0 import (
        ConflictResponseOpenrouterMetadataType0,
    )
    from .container_auto_environment import ContainerAutoEnvironment
    from .container_auto_environment_type import ContainerAutoEnvironmentType
    from .container_reference_environment import ContainerReferenceEnvironment
    from .container_reference_environment_type import ContainerReferenceEnvironmentType
    from .content_filter_action import ContentFilterAction
    from .content_filter_builtin_action import ContentFilterBuiltinAction
    from .content_filter_builtin_entry import ContentFilterBuiltinEntry
    from .content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
    from .content_filter_builtin_slug import ContentFilterBuiltinSlug
    from .content_filter_entry import ContentFilterEntry
    from .content_part_added_event import ContentPartAddedEvent
    from .content_part_added_event_type import ContentPartAddedEventType
    from .content_part_audio import ContentPartAudio
    from .content_part_audio_audio_url import ContentPartAudioAudioUrl
    from .content_part_audio_type import ContentPartAudioType
    from .content_part_done_event import ContentPartDoneEvent
    from .content_part_done_event_type import ContentPartDoneEventType
    from .content_part_image import ContentPartImage
    from .content_part_image_image_url import ContentPartImageImageUrl
    from .content_part_image_type import ContentPartImageType
    from .content_part_input_audio import ContentPartInputAudio
    from .content_part_input_audio_type import ContentPartInputAudioType
    from .content_part_input_file import ContentPartInputFile
    from .content_part_input_file_type import ContentPartInputFileType
    from .content_part_input_video import ContentPartInputVideo
    from .content_part_input_video_type import ContentPartInputVideoType
    from .content_part_video import ContentPartVideo
    from .content_part_video_type import ContentPartVideoType
    from .content_part_video_video_url import ContentPartVideoVideoUrl
    from .context_compaction_item import ContextCompactionItem
    from .context_compaction_item_type import ContextCompactionItemType
    from .context_compression_engine import ContextCompressionEngine
    from .context_compression_plugin import ContextCompressionPlugin
    from .context_compression_plugin_id import ContextCompressionPluginId
    from .cost_details import CostDetails
    from .create_audio_transcriptions_files_body import (
        CreateAudioTranscriptionsFilesBody,
    )
    from .create_audio_transcriptions_files_body_response_format import (
        CreateAudioTranscriptionsFilesBodyResponseFormat,
    )
    from .create_audio_transcriptions_files_body_timestamp_granularities_item import (
        CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
    )
    from .create_auth_keys_code_body import CreateAuthKeysCodeBody
    from .create_auth_keys_code_body_code_challenge_method import (
        CreateAuthKeysCodeBodyCodeChallengeMethod,
    )
    from .create_auth_keys_code_body_usage_limit_type import (
        CreateAuthKeysCodeBodyUsageLimitType,
    )
    from .create_auth_keys_code_response_200 import CreateAuthKeysCodeResponse200
    from .create_auth_keys_code_response_200_data import (
        CreateAuthKeysCodeResponse200Data,
    )
    from .create_byok_key_request import CreateBYOKKeyRequest
    from .create_byok_key_response import CreateBYOKKeyResponse
    from .create_embeddings_body import CreateEmbeddingsBody
    from .create_embeddings_body_encoding_format import (
        CreateEmbeddingsBodyEncodingFormat,
    )
    from .create_embeddings_body_input_type_4_item import (
        CreateEmbeddingsBodyInputType4Item,
    )
    from .create_embeddings_body_input_type_4_item_content_item_type_0 import (
        CreateEmbeddingsBodyInputType4ItemContentItemType0,
    )
    from .create_embeddings_body_input_type_4_item_content_item_type_0_type import (
        CreateEmbeddingsBodyInputType4ItemContentItemType0Type,
    )
    from .create_embeddings_body_input_type_4_item_content_item_type_1 import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1,
    )
    from .create_embeddings_body_input_type_4_item_content_item_type_1_image_url import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl,
    )
    from .create_embeddings_body_input_type_4_item_content_item_type_1_type import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1Type,
    )
    from .create_embeddings_response_200 import CreateEmbeddingsResponse200
    from .create_embeddings_response_200_data_item import (
        CreateEmbeddingsResponse200DataItem,
    )
    from .create_embeddings_response_200_data_item_object import (
        CreateEmbeddingsResponse200DataItemObject,
    )
    from .create_embeddings_response_200_object import CreateEmbeddingsResponse200Object
    from .create_embeddings_response_200_usage import CreateEmbeddingsResponse200Usage
    from .create_embeddings_response_200_usage_prompt_tokens_details import (
        CreateEmbeddingsResponse200UsagePromptTokensDetails,
    )
    from .create_guardrail_request import CreateGuardrailRequest
    from .create_guardrail_response import CreateGuardrailResponse
    from .create_keys_body import CreateKeysBody
    from .create_keys_body_limit_reset_type_1 import CreateKeysBodyLimitResetType1
    from .create_keys_body_limit_reset_type_2_type_1 import (
        CreateKeysBodyLimitResetType2Type1,
    )
    from .create_keys_body_limit_reset_type_3_type_1 import (
        CreateKeysBodyLimitResetType3Type1,
    )
    from .create_keys_response_201 import CreateKeysResponse201
    from .create_keys_response_201_data import CreateKeysResponse201Data
    from .create_observability_destination_request import (
        CreateObservabilityDestinationRequest,
    )
    from .create_observability_destination_request_config import (
        CreateObservabilityDestinationRequestConfig,
    )
    from .create_observability_destination_request_type import (
        CreateObservabilityDestinationRequestType,
    )
    from .create_observability_destination_response import (
        CreateObservabilityDestinationResponse,
    )
    from .create_preset_from_inference_response import CreatePresetFromInferenceResponse
    from .create_rerank_body import CreateRerankBody
    from .create_rerank_body_documents_item_type_1 import (
        CreateRerankBodyDocumentsItemType1,
    )
    from .create_rerank_response_200 import CreateRerankResponse200
    from .create_rerank_response_200_results_item import (
        CreateRerankResponse200ResultsItem,
    )
    from .create_rerank_response_200_results_item_document import (
        CreateRerankResponse200ResultsItemDocument,
    )
    from .create_rerank_response_200_usage import CreateRerankResponse200Usage
    from .create_scim_group_mapping_request import CreateScimGroupMappingRequest
    from .create_scim_group_mapping_request_role import (
        CreateScimGroupMappingRequestRole,
    )
    from .create_scim_group_mapping_response import CreateScimGroupMappingResponse
    from .create_workspace_request import CreateWorkspaceRequest
    from .create_workspace_response import CreateWorkspaceResponse
    from .created_event import CreatedEvent
    from .created_event_type import CreatedEventType
    from .custom_tool import CustomTool
    from .custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent
    from .custom_tool_call_input_delta_event_type import (
        CustomToolCallInputDeltaEventType,
    )
    from .custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from .custom_tool_call_input_done_event_type import CustomToolCallInputDoneEventType
    from .custom_tool_call_item import CustomToolCallItem
    from .custom_tool_call_item_type import CustomToolCallItemType
    from .custom_tool_call_output_item import CustomToolCallOutputItem
    from .custom_tool_call_output_item_output_type_1_item_type_1 import (
        CustomToolCallOutputItemOutputType1ItemType1,
    )
    from .custom_tool_call_output_item_output_type_1_item_type_1_detail import (
        CustomToolCallOutputItemOutputType1ItemType1Detail,
    )
    from .custom_tool_call_output_item_output_type_1_item_type_1_type import (
        CustomToolCallOutputItemOutputType1ItemType1Type,
    )
    from .custom_tool_call_output_item_type import CustomToolCallOutputItemType
    from .custom_tool_format_type_0 import CustomToolFormatType0
    from .custom_tool_format_type_0_type import CustomToolFormatType0Type
    from .custom_tool_format_type_1 import CustomToolFormatType1
    from .custom_tool_format_type_1_syntax import CustomToolFormatType1Syntax
    from .custom_tool_format_type_1_type import CustomToolFormatType1Type
    from .custom_tool_type import CustomToolType
    from .da_benchmark_entry import DABenchmarkEntry
    from .data_collection import DataCollection
    from .datetime_server_tool import DatetimeServerTool
    from .datetime_server_tool_config import DatetimeServerToolConfig
    from .datetime_server_tool_type import DatetimeServerToolType
    from .debug_event import DebugEvent
    from .debug_event_debug import DebugEventDebug
    from .debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody
    from .debug_event_debug_timings import DebugEventDebugTimings
    from .debug_event_debug_timings_event import DebugEventDebugTimingsEvent
    from .debug_event_type import DebugEventType
    from .default_parameters import DefaultParameters
    from .delete_byok_key_response import DeleteBYOKKeyResponse
    from .delete_guardrail_response import DeleteGuardrailResponse
    from .delete_keys_response_200 import DeleteKeysResponse200
    from .delete_observability_destination_response import (
        DeleteObservabilityDestinationResponse,
    )
    from .delete_scim_group_mapping_keep_members_type_0 import (
        DeleteScimGroupMappingKeepMembersType0,
    )
    from .delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
    from .delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from .delete_workspace_response import DeleteWorkspaceResponse
    from .deprecated_route import DeprecatedRoute
    from .easy_input_message import EasyInputMessage
    from .easy_input_message_content_type_0_item_type_1 import (
        EasyInputMessageContentType0ItemType1,
    )
    from .easy_input_message_content_type_0_item_type_1_detail import (
        EasyInputMessageContentType0ItemType1Detail,
    )
    from .easy_input_message_content_type_0_item_type_1_type import (
        EasyInputMessageContentType0ItemType1Type,
    )
    from .easy_input_message_phase_type_0 import EasyInputMessagePhaseType0
    from .easy_input_message_phase_type_1 import EasyInputMessagePhaseType1
    from .easy_input_message_role_type_0 import EasyInputMessageRoleType0
    from .easy_input_message_role_type_1 import EasyInputMessageRoleType1
    from .easy_input_message_role_type_2 import EasyInputMessageRoleType2
    from .easy_input_message_role_type_3 import EasyInputMessageRoleType3
    from .easy_input_message_type import EasyInputMessageType
    from .edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from .edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )
    from .edge_network_timeout_response_error_data_metadata_type_0 import (
        EdgeNetworkTimeoutResponseErrorDataMetadataType0,
    )
    from .edge_network_timeout_response_modelgates_metadata_type_0 import (
        EdgeNetworkTimeoutResponseModelgatesMetadataType0,
    )
    from .endpoint_info import EndpointInfo
    from .endpoint_status import EndpointStatus
    from .endpoints_metadata import EndpointsMetadata
    from .enum_capability import EnumCapability
    from .enum_capability_type import EnumCapabilityType
    from .error_event import ErrorEvent
    from .error_event_type import ErrorEventType
    from .exchange_auth_code_for_api_key_body import ExchangeAuthCodeForApiKeyBody
    from .exchange_auth_code_for_api_key_body_code_challenge_method_type_1 import (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1,
    )
    from .exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1 import (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1,
    )
    from .exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1 import (
        ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1,
    )
    from .exchange_auth_code_for_api_key_response_200 import (
        ExchangeAuthCodeForApiKeyResponse200,
    )
    from .failable_tool_call_status import FailableToolCallStatus
    from .failed_event import FailedEvent
    from .failed_event_type import FailedEventType
    from .file_citation import FileCitation
    from .file_citation_type import FileCitationType
    from .file_parser_pdf_options import FileParserPdfOptions
    from .file_parser_plugin import FileParserPlugin
    from .file_parser_plugin_id import FileParserPluginId
    from .file_path import FilePath
    from .file_path_type import FilePathType
    from .file_provider import FileProvider
    from .file_search_server_tool import FileSearchServerTool
    from .file_search_server_tool_filters_type_0 import FileSearchServerToolFiltersType0
    from .file_search_server_tool_filters_type_0_type import (
        FileSearchServerToolFiltersType0Type,
    )
    from .file_search_server_tool_ranking_options import (
        FileSearchServerToolRankingOptions,
    )
    from .file_search_server_tool_ranking_options_ranker import (
        FileSearchServerToolRankingOptionsRanker,
    )
    from .file_search_server_tool_type import FileSearchServerToolType
    from .files_server_tool import FilesServerTool
    from .files_server_tool_config import FilesServerToolConfig
    from .files_server_tool_type import FilesServerToolType
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_error_data import ForbiddenResponseErrorData
    from .forbidden_response_error_data_metadata_type_0 import (
        ForbiddenResponseErrorDataMetadataType0,
    )
    from .forbidden_response_modelgates_metadata_type_0 import (
        ForbiddenResponseModelgatesMetadataType0,
    )
    from .format_json_object_config import FormatJsonObjectConfig
    from .format_json_object_config_type import FormatJsonObjectConfigType
    from .format_json_schema_config import FormatJsonSchemaConfig
    from .format_json_schema_config_schema import FormatJsonSchemaConfigSchema
    from .format_json_schema_config_type import FormatJsonSchemaConfigType
    from .format_text_config import FormatTextConfig
    from .format_text_config_type import FormatTextConfigType
    from .frame_image import FrameImage
    from .frame_image_frame_type import FrameImageFrameType
    from .frame_image_image_url import FrameImageImageUrl
    from .frame_image_type import FrameImageType
    from .function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from .function_call_args_delta_event_type import FunctionCallArgsDeltaEventType
    from .function_call_args_done_event import FunctionCallArgsDoneEvent
    from .function_call_args_done_event_type import FunctionCallArgsDoneEventType
    from .function_call_item import FunctionCallItem
    from .function_call_item_subagent_items_item import (
        FunctionCallItemSubagentItemsItem,
    )
    from .function_call_item_type import FunctionCallItemType
    from .function_call_output_item import FunctionCallOutputItem
    from .function_call_output_item_output_type_1_item_type_1 import (
        FunctionCallOutputItemOutputType1ItemType1,
    )
    from .function_call_output_item_output_type_1_item_type_1_detail import (
        FunctionCallOutputItemOutputType1ItemType1Detail,
    )
    from .function_call_output_item_output_type_1_item_type_1_type import (
        FunctionCallOutputItemOutputType1ItemType1Type,
    )
    from .function_call_output_item_type import FunctionCallOutputItemType
    from .function_tool import FunctionTool
    from .function_tool_parameters_type_0 import FunctionToolParametersType0
    from .function_tool_type import FunctionToolType
    from .fusion_analysis_result import FusionAnalysisResult
    from .fusion_analysis_result_contradictions_item import (
        FusionAnalysisResultContradictionsItem,
    )
    from .fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )
    from .fusion_analysis_result_partial_coverage_item import (
        FusionAnalysisResultPartialCoverageItem,
    )
    from .fusion_analysis_result_unique_insights_item import (
        FusionAnalysisResultUniqueInsightsItem,
    )
    from .fusion_call_analysis_completed_event import FusionCallAnalysisCompletedEvent
    from .fusion_call_analysis_completed_event_type import (
        FusionCallAnalysisCompletedEventType,
    )
    from .fusion_call_analysis_in_progress_event import (
        FusionCallAnalysisInProgressEvent,
    )
    from .fusion_call_analysis_in_progress_event_type import (
        FusionCallAnalysisInProgressEventType,
    )
    from .fusion_call_completed_event import FusionCallCompletedEvent
    from .fusion_call_completed_event_type import FusionCallCompletedEventType
    from .fusion_call_in_progress_event import FusionCallInProgressEvent
    from .fusion_call_in_progress_event_type import FusionCallInProgressEventType
    from .fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from .fusion_call_panel_added_event_type import FusionCallPanelAddedEventType
    from .fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from .fusion_call_panel_completed_event_type import (
        FusionCallPanelCompletedEventType,
    )
    from .fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from .fusion_call_panel_delta_event_type import FusionCallPanelDeltaEventType
    from .fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from .fusion_call_panel_failed_event_type import FusionCallPanelFailedEventType
    from .fusion_call_panel_reasoning_delta_event import (
        FusionCallPanelReasoningDeltaEvent,
    )
    from .fusion_call_panel_reasoning_delta_event_type import (
        FusionCallPanelReasoningDeltaEventType,
    )
    from .fusion_plugin import FusionPlugin
    from .fusion_plugin_id import FusionPluginId
    from .fusion_plugin_preset import FusionPluginPreset
    from .fusion_plugin_tools_item import FusionPluginToolsItem
    from .fusion_plugin_tools_item_parameters import FusionPluginToolsItemParameters
    from .fusion_plugin_tools_item_parameters_additional_property_type_5 import (
        FusionPluginToolsItemParametersAdditionalPropertyType5,
    )
    from .fusion_server_tool_config import FusionServerToolConfig
    from .fusion_server_tool_config_reasoning import FusionServerToolConfigReasoning
    from .fusion_server_tool_config_reasoning_effort import (
        FusionServerToolConfigReasoningEffort,
    )
    from .fusion_server_tool_config_tools_item import FusionServerToolConfigToolsItem
    from .fusion_server_tool_config_tools_item_parameters import (
        FusionServerToolConfigToolsItemParameters,
    )
    from .fusion_server_tool_open_router import FusionServerToolOpenRouter
    from .fusion_server_tool_open_router_type import FusionServerToolOpenRouterType
    from .fusion_source import FusionSource
    from .generation_content_data import GenerationContentData
    from .generation_content_data_input_type_0 import GenerationContentDataInputType0
    from .generation_content_data_input_type_1 import GenerationContentDataInputType1
    from .generation_content_data_output import GenerationContentDataOutput
    from .generation_content_error import GenerationContentError
    from .generation_content_error_attempt import GenerationContentErrorAttempt
    from .generation_content_response import GenerationContentResponse
    from .generation_response import GenerationResponse
    from .generation_response_data import GenerationResponseData
    from .generation_response_data_api_type_type_1 import (
        GenerationResponseDataApiTypeType1,
    )
    from .generation_response_data_api_type_type_2_type_1 import (
        GenerationResponseDataApiTypeType2Type1,
    )
    from .generation_response_data_api_type_type_3_type_1 import (
        GenerationResponseDataApiTypeType3Type1,
    )
    from .generation_response_data_data_region import GenerationResponseDataDataRegion
    from .get_analytics_meta_response_200 import GetAnalyticsMetaResponse200
    from .get_analytics_meta_response_200_data import GetAnalyticsMetaResponse200Data
    from .get_analytics_meta_response_200_data_dimensions_item import (
        GetAnalyticsMetaResponse200DataDimensionsItem,
    )
    from .get_analytics_meta_response_200_data_granularities_item import (
        GetAnalyticsMetaResponse200DataGranularitiesItem,
    )
    from .get_analytics_meta_response_200_data_granularities_item_name import (
        GetAnalyticsMetaResponse200DataGranularitiesItemName,
    )
    from .get_analytics_meta_response_200_data_metrics_item import (
        GetAnalyticsMetaResponse200DataMetricsItem,
    )
    from .get_analytics_meta_response_200_data_metrics_item_display_format import (
        GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat,
    )
    from .get_analytics_meta_response_200_data_operators_item import (
        GetAnalyticsMetaResponse200DataOperatorsItem,
    )
    from .get_analytics_meta_response_200_data_operators_item_name import (
        GetAnalyticsMetaResponse200DataOperatorsItemName,
    )
    from .get_analytics_meta_response_200_data_operators_item_value_type import (
        GetAnalyticsMetaResponse200DataOperatorsItemValueType,
    )
    from .get_app_rankings_category import GetAppRankingsCategory
    from .get_app_rankings_sort import GetAppRankingsSort
    from .get_app_rankings_subcategory import GetAppRankingsSubcategory
    from .get_benchmarks_arena import GetBenchmarksArena
    from .get_benchmarks_benchmark_type import GetBenchmarksBenchmarkType
    from .get_benchmarks_search_surface import GetBenchmarksSearchSurface
    from .get_benchmarks_source import GetBenchmarksSource
    from .get_benchmarks_task_type import GetBenchmarksTaskType
    from .get_byok_key_response import GetBYOKKeyResponse
    from .get_credits_response_200 import GetCreditsResponse200
    from .get_credits_response_200_data import GetCreditsResponse200Data
    from .get_current_key_response_200 import GetCurrentKeyResponse200
    from .get_current_key_response_200_data import GetCurrentKeyResponse200Data
    from .get_current_key_response_200_data_rate_limit import (
        GetCurrentKeyResponse200DataRateLimit,
    )
    from .get_guardrail_response import GetGuardrailResponse
    from .get_key_response_200 import GetKeyResponse200
    from .get_key_response_200_data import GetKeyResponse200Data
    from .get_models_category import GetModelsCategory
    from .get_models_distillable import GetModelsDistillable
    from .get_models_region import GetModelsRegion
    from .get_models_sort import GetModelsSort
    from .get_models_zdr import GetModelsZdr
    from .get_observability_destination_response import (
        GetObservabilityDestinationResponse,
    )
    from .get_preset_response import GetPresetResponse
    from .get_preset_version_response import GetPresetVersionResponse
    from .get_rankings_daily_category import GetRankingsDailyCategory
    from .get_rankings_daily_context_bucket import GetRankingsDailyContextBucket
    from .get_rankings_daily_language_type import GetRankingsDailyLanguageType
    from .get_rankings_daily_modality import GetRankingsDailyModality
    from .get_rankings_daily_period import GetRankingsDailyPeriod
    from .get_scim_group_mapping_response import GetScimGroupMappingResponse
    from .get_session_cost_turn_range import GetSessionCostTurnRange
    from .get_task_classifications_window import GetTaskClassificationsWindow
    from .get_user_activity_group_by import GetUserActivityGroupBy
    from .get_workspace_budget_response import GetWorkspaceBudgetResponse
    from .get_workspace_response import GetWorkspaceResponse
    from .gone_response import GoneResponse
    from .gone_response_error_data import GoneResponseErrorData
    from .gone_response_error_data_metadata_type_0 import (
        GoneResponseErrorDataMetadataType0,
    )
    from .gone_response_openrouter_metadata_type_0 import (
        GoneResponseOpenrouterMetadataType0,
    )
    from .guardrail import Guardrail
    from .guardrail_interval import GuardrailInterval
    from .image_endpoint import ImageEndpoint
    from .image_gen_call_completed_event import ImageGenCallCompletedEvent
    from .image_gen_call_completed_event_type import ImageGenCallCompletedEventType
    from .image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from .image_gen_call_generating_event_type import ImageGenCallGeneratingEventType
    from .image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from .image_gen_call_in_progress_event_type import ImageGenCallInProgressEventType
    from .image_gen_call_partial_image_event import ImageGenCallPartialImageEvent
    from .image_gen_call_partial_image_event_type import (
        ImageGenCallPartialImageEventType,
    )
    from .image_gen_completed_event import ImageGenCompletedEvent
    from .image_gen_completed_event_type import ImageGenCompletedEventType
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_partial_image_event_type import ImageGenPartialImageEventType
    from .image_gen_stream_error_event import ImageGenStreamErrorEvent
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError
    from .image_gen_stream_error_event_type import ImageGenStreamErrorEventType
    from .image_gen_text_chunk_event import ImageGenTextChunkEvent
    from .image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase
    from .image_gen_text_chunk_event_type import ImageGenTextChunkEventType
    from .image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from .image_generation_request import ImageGenerationRequest
    from .image_generation_request_aspect_ratio import ImageGenerationRequestAspectRatio
    from .image_generation_request_background import ImageGenerationRequestBackground
    from .image_generation_request_output_format import (
        ImageGenerationRequestOutputFormat,
    )
    from .image_generation_request_quality import ImageGenerationRequestQuality
    from .image_generation_request_resolution import ImageGenerationRequestResolution
    from .image_generation_response import ImageGenerationResponse
    from .image_generation_response_data_item import ImageGenerationResponseDataItem
    from .image_generation_server_tool import ImageGenerationServerTool
    from .image_generation_server_tool_background import (
        ImageGenerationServerToolBackground,
    )
    from .image_generation_server_tool_config import ImageGenerationServerToolConfig
    from .image_generation_server_tool_input_fidelity_type_1 import (
        ImageGenerationServerToolInputFidelityType1,
    )
    from .image_generation_server_tool_input_fidelity_type_2_type_1 import (
        ImageGenerationServerToolInputFidelityType2Type1,
    )
    from .image_generation_server_tool_input_fidelity_type_3_type_1 import (
        ImageGenerationServerToolInputFidelityType3Type1,
    )
    from .image_generation_server_tool_input_image_mask import (
        ImageGenerationServerToolInputImageMask,
    )
    from .image_generation_server_tool_moderation import (
        ImageGenerationServerToolModeration,
    )
    from .image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from .image_generation_server_tool_open_router_type import (
        ImageGenerationServerToolOpenRouterType,
    )
    from .image_generation_server_tool_output_format import (
        ImageGenerationServerToolOutputFormat,
    )
    from .image_generation_server_tool_quality import ImageGenerationServerToolQuality
    from .image_generation_server_tool_type import ImageGenerationServerToolType
    from .image_generation_status import ImageGenerationStatus
    from .image_generation_usage import ImageGenerationUsage
    from .image_generation_usage_completion_tokens_details_type_0 import (
        ImageGenerationUsageCompletionTokensDetailsType0,
    )
    from .image_generation_usage_prompt_tokens_details_type_0 import (
        ImageGenerationUsagePromptTokensDetailsType0,
    )
    from .image_generation_usage_server_tool_use_type_0 import (
        ImageGenerationUsageServerToolUseType0,
    )
    from .image_input_modality import ImageInputModality
    from .image_model_architecture import ImageModelArchitecture
    from .image_model_endpoints_response import ImageModelEndpointsResponse
    from .image_model_list_item import ImageModelListItem
    from .image_models_list_response import ImageModelsListResponse
    from .image_output_modality import ImageOutputModality
    from .image_pricing_entry import ImagePricingEntry
    from .image_pricing_entry_billable import ImagePricingEntryBillable
    from .image_pricing_entry_unit import ImagePricingEntryUnit
    from .image_streaming_response import ImageStreamingResponse
    from .in_progress_event import InProgressEvent
    from .in_progress_event_type import InProgressEventType
    from .incomplete_details import IncompleteDetails
    from .incomplete_details_reason import IncompleteDetailsReason
    from .incomplete_event import IncompleteEvent
    from .incomplete_event_type import IncompleteEventType
    from .input_audio import InputAudio
    from .input_audio_input_audio import InputAudioInputAudio
    from .input_audio_input_audio_format import InputAudioInputAudioFormat
    from .input_audio_type import InputAudioType
    from .input_file import InputFile
    from .input_file_type import InputFileType
    from .input_image import InputImage
    from .input_image_detail import InputImageDetail
    from .input_image_type import InputImageType
    from .input_message_item import InputMessageItem
    from .input_message_item_content_type_0_item_type_1 import (
        InputMessageItemContentType0ItemType1,
    )
    from .input_message_item_content_type_0_item_type_1_detail import (
        InputMessageItemContentType0ItemType1Detail,
    )
    from .input_message_item_content_type_0_item_type_1_type import (
        InputMessageItemContentType0ItemType1Type,
    )
    from .input_message_item_role_type_0 import InputMessageItemRoleType0
    from .input_message_item_role_type_1 import InputMessageItemRoleType1
    from .input_message_item_role_type_2 import InputMessageItemRoleType2
    from .input_message_item_type import InputMessageItemType
    from .input_modality import InputModality
    from .input_text import InputText
    from .input_text_type import InputTextType
    from .input_video import InputVideo
    from .input_video_type import InputVideoType
    from .inputs_type_1_item_type_7 import InputsType1ItemType7
    from .inputs_type_1_item_type_7_phase_type_0 import InputsType1ItemType7PhaseType0
    from .inputs_type_1_item_type_7_phase_type_1 import InputsType1ItemType7PhaseType1
    from .inputs_type_1_item_type_7_role import InputsType1ItemType7Role
    from .inputs_type_1_item_type_7_status_type_0 import InputsType1ItemType7StatusType0
    from .inputs_type_1_item_type_7_status_type_1 import InputsType1ItemType7StatusType1
    from .inputs_type_1_item_type_7_status_type_2 import InputsType1ItemType7StatusType2
    from .inputs_type_1_item_type_7_type import InputsType1ItemType7Type
    from .inputs_type_1_item_type_8 import InputsType1ItemType8
    from .inputs_type_1_item_type_8_status_type_0 import InputsType1ItemType8StatusType0
    from .inputs_type_1_item_type_8_status_type_1 import InputsType1ItemType8StatusType1
    from .inputs_type_1_item_type_8_status_type_2 import InputsType1ItemType8StatusType2
    from .inputs_type_1_item_type_8_type import InputsType1ItemType8Type
    from .instruct_type import InstructType
    from .internal_server_response import InternalServerResponse
    from .internal_server_response_error_data import InternalServerResponseErrorData
    from .internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0,
    )
    from .internal_server_response_modelgates_metadata_type_0 import (
        InternalServerResponseModelgatesMetadataType0,
    )
    from .item_reference_item import ItemReferenceItem
    from .item_reference_item_type import ItemReferenceItemType
    from .json_schema_config import JsonSchemaConfig
    from .json_schema_config_schema import JsonSchemaConfigSchema
    from .key_assignment import KeyAssignment
    from .legacy_web_search_server_tool import LegacyWebSearchServerTool
    from .legacy_web_search_server_tool_type import LegacyWebSearchServerToolType
    from .list_byok_keys_provider import ListByokKeysProvider
    from .list_byok_keys_response import ListBYOKKeysResponse
    from .list_endpoints_response import ListEndpointsResponse
    from .list_endpoints_response_200 import ListEndpointsResponse200
    from .list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from .list_endpoints_zdr_response_200 import ListEndpointsZdrResponse200
    from .list_files_order import ListFilesOrder
    from .list_guardrails_response import ListGuardrailsResponse
    from .list_key_assignments_response import ListKeyAssignmentsResponse
    from .list_member_assignments_response import ListMemberAssignmentsResponse
    from .list_observability_destinations_response import (
        ListObservabilityDestinationsResponse,
    )
    from .list_organization_members_response_200 import (
        ListOrganizationMembersResponse200,
    )
    from .list_organization_members_response_200_data_item import (
        ListOrganizationMembersResponse200DataItem,
    )
    from .list_organization_members_response_200_data_item_role import (
        ListOrganizationMembersResponse200DataItemRole,
    )
    from .list_preset_versions_response import ListPresetVersionsResponse
    from .list_presets_response import ListPresetsResponse
    from .list_providers_response_200 import ListProvidersResponse200
    from .list_providers_response_200_data_item import ListProvidersResponse200DataItem
    from .list_providers_response_200_data_item_datacenters_type_0_item import (
        ListProvidersResponse200DataItemDatacentersType0Item,
    )
    from .list_providers_response_200_data_item_headquarters_type_1 import (
        ListProvidersResponse200DataItemHeadquartersType1,
    )
    from .list_providers_response_200_data_item_headquarters_type_2_type_1 import (
        ListProvidersResponse200DataItemHeadquartersType2Type1,
    )
    from .list_providers_response_200_data_item_headquarters_type_3_type_1 import (
        ListProvidersResponse200DataItemHeadquartersType3Type1,
    )
    from .list_response_200 import ListResponse200
    from .list_response_200_data_item import ListResponse200DataItem
    from .list_scim_group_mappings_response import ListScimGroupMappingsResponse
    from .list_scim_groups_response import ListScimGroupsResponse
    from .list_workspace_budgets_response import ListWorkspaceBudgetsResponse
    from .list_workspace_members_response import ListWorkspaceMembersResponse
    from .list_workspaces_response import ListWorkspacesResponse
    from .local_shell_call_item import LocalShellCallItem
    from .local_shell_call_item_action import LocalShellCallItemAction
    from .local_shell_call_item_action_env import LocalShellCallItemActionEnv
    from .local_shell_call_item_action_type import LocalShellCallItemActionType
    from .local_shell_call_item_type import LocalShellCallItemType
    from .local_shell_call_output_item import LocalShellCallOutputItem
    from .local_shell_call_output_item_type import LocalShellCallOutputItemType
    from .mcp_approval_request_item import McpApprovalRequestItem
    from .mcp_approval_request_item_type import McpApprovalRequestItemType
    from .mcp_approval_response_item import McpApprovalResponseItem
    from .mcp_approval_response_item_type import McpApprovalResponseItemType
    from .mcp_call_item import McpCallItem
    from .mcp_call_item_type import McpCallItemType
    from .mcp_list_tools_item import McpListToolsItem
    from .mcp_list_tools_item_tools_item import McpListToolsItemToolsItem
    from .mcp_list_tools_item_tools_item_input_schema import (
        McpListToolsItemToolsItemInputSchema,
    )
    from .mcp_list_tools_item_type import McpListToolsItemType
    from .mcp_server_tool import McpServerTool
    from .mcp_server_tool_allowed_tools_type_1 import McpServerToolAllowedToolsType1
    from .mcp_server_tool_connector_id import McpServerToolConnectorId
    from .mcp_server_tool_headers_type_0 import McpServerToolHeadersType0
    from .mcp_server_tool_require_approval_type_0 import (
        McpServerToolRequireApprovalType0,
    )
    from .mcp_server_tool_require_approval_type_0_always import (
        McpServerToolRequireApprovalType0Always,
    )
    from .mcp_server_tool_require_approval_type_0_never import (
        McpServerToolRequireApprovalType0Never,
    )
    from .mcp_server_tool_require_approval_type_1 import (
        McpServerToolRequireApprovalType1,
    )
    from .mcp_server_tool_require_approval_type_2 import (
        McpServerToolRequireApprovalType2,
    )
    from .mcp_server_tool_type import McpServerToolType
    from .member_assignment import MemberAssignment
    from .messages_advisor_tool_result_block import MessagesAdvisorToolResultBlock
    from .messages_advisor_tool_result_block_content import (
        MessagesAdvisorToolResultBlockContent,
    )
    from .messages_advisor_tool_result_block_type import (
        MessagesAdvisorToolResultBlockType,
    )
    from .messages_bash_tool_result_block import MessagesBashToolResultBlock
    from .messages_bash_tool_result_block_content import (
        MessagesBashToolResultBlockContent,
    )
    from .messages_bash_tool_result_block_type import MessagesBashToolResultBlockType
    from .messages_content_block_delta_event import MessagesContentBlockDeltaEvent
    from .messages_content_block_delta_event_delta_type_0 import (
        MessagesContentBlockDeltaEventDeltaType0,
    )
    from .messages_content_block_delta_event_delta_type_0_type import (
        MessagesContentBlockDeltaEventDeltaType0Type,
    )
    from .messages_content_block_delta_event_delta_type_1 import (
        MessagesContentBlockDeltaEventDeltaType1,
    )
    from .messages_content_block_delta_event_delta_type_1_type import (
        MessagesContentBlockDeltaEventDeltaType1Type,
    )
    from .messages_content_block_delta_event_delta_type_2 import (
        MessagesContentBlockDeltaEventDeltaType2,
    )
    from .messages_content_block_delta_event_delta_type_2_type import (
        MessagesContentBlockDeltaEventDeltaType2Type,
    )
    from .messages_content_block_delta_event_delta_type_3 import (
        MessagesContentBlockDeltaEventDeltaType3,
    )
    from .messages_content_block_delta_event_delta_type_3_type import (
        MessagesContentBlockDeltaEventDeltaType3Type,
    )
    from .messages_content_block_delta_event_delta_type_4 import (
        MessagesContentBlockDeltaEventDeltaType4,
    )
    from .messages_content_block_delta_event_delta_type_4_type import (
        MessagesContentBlockDeltaEventDeltaType4Type,
    )
    from .messages_content_block_delta_event_delta_type_5 import (
        MessagesContentBlockDeltaEventDeltaType5,
    )
    from .messages_content_block_delta_event_delta_type_5_type import (
        MessagesContentBlockDeltaEventDeltaType5Type,
    )
    from .messages_content_block_delta_event_type import (
        MessagesContentBlockDeltaEventType,
    )
    from .messages_content_block_start_event import MessagesContentBlockStartEvent
    from .messages_content_block_start_event_content_block_type_16 import (
        MessagesContentBlockStartEventContentBlockType16,
    )
    from .messages_content_block_start_event_content_block_type_16_type import (
        MessagesContentBlockStartEventContentBlockType16Type,
    )
    from .messages_content_block_start_event_type import (
        MessagesContentBlockStartEventType,
    )
    from .messages_content_block_stop_event import MessagesContentBlockStopEvent
    from .messages_content_block_stop_event_type import (
        MessagesContentBlockStopEventType,
    )
    from .messages_delta_event import MessagesDeltaEvent
    from .messages_delta_event_delta import MessagesDeltaEventDelta
    from .messages_delta_event_type import MessagesDeltaEventType
    from .messages_delta_event_usage import MessagesDeltaEventUsage
    from .messages_delta_event_usage_server_tool_use_type_0 import (
        MessagesDeltaEventUsageServerToolUseType0,
    )
    from .messages_error_event import MessagesErrorEvent
    from .messages_error_event_error import MessagesErrorEventError
    from .messages_error_event_type import MessagesErrorEventType
    from .messages_fallback_param import MessagesFallbackParam
    from .messages_message_param import MessagesMessageParam
    from .messages_message_param_content_type_1_item_type_3 import (
        MessagesMessageParamContentType1ItemType3,
    )
    from .messages_message_param_content_type_1_item_type_3_type import (
        MessagesMessageParamContentType1ItemType3Type,
    )
    from .messages_message_param_content_type_1_item_type_4 import (
        MessagesMessageParamContentType1ItemType4,
    )
    from .messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2 import (
        MessagesMessageParamContentType1ItemType4ContentType1ItemType2,
    )
    from .messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2_type import (
        MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type,
    )
    from .messages_message_param_content_type_1_item_type_4_type import (
        MessagesMessageParamContentType1ItemType4Type,
    )
    from .messages_message_param_content_type_1_item_type_5 import (
        MessagesMessageParamContentType1ItemType5,
    )
    from .messages_message_param_content_type_1_item_type_5_type import (
        MessagesMessageParamContentType1ItemType5Type,
    )
    from .messages_message_param_content_type_1_item_type_6 import (
        MessagesMessageParamContentType1ItemType6,
    )
    from .messages_message_param_content_type_1_item_type_6_type import (
        MessagesMessageParamContentType1ItemType6Type,
    )
    from .messages_message_param_content_type_1_item_type_7 import (
        MessagesMessageParamContentType1ItemType7,
    )
    from .messages_message_param_content_type_1_item_type_7_type import (
        MessagesMessageParamContentType1ItemType7Type,
    )
    from .messages_message_param_content_type_1_item_type_8 import (
        MessagesMessageParamContentType1ItemType8,
    )
    from .messages_message_param_content_type_1_item_type_8_content_type_1 import (
        MessagesMessageParamContentType1ItemType8ContentType1,
    )
    from .messages_message_param_content_type_1_item_type_8_content_type_1_error_code import (
        MessagesMessageParamContentType1ItemType8ContentType1ErrorCode,
    )
    from .messages_message_param_content_type_1_item_type_8_content_type_1_type import (
        MessagesMessageParamContentType1ItemType8ContentType1Type,
    )
    from .messages_message_param_content_type_1_item_type_8_type import (
        MessagesMessageParamContentType1ItemType8Type,
    )
    from .messages_message_param_content_type_1_item_type_10 import (
        MessagesMessageParamContentType1ItemType10,
    )
    from .messages_message_param_content_type_1_item_type_10_type import (
        MessagesMessageParamContentType1ItemType10Type,
    )
    from .messages_message_param_role import MessagesMessageParamRole
    from .messages_output_config import MessagesOutputConfig
    from .messages_output_config_effort_type_1 import MessagesOutputConfigEffortType1
    from .messages_output_config_effort_type_2_type_1 import (
        MessagesOutputConfigEffortType2Type1,
    )
    from .messages_output_config_effort_type_3_type_1 import (
        MessagesOutputConfigEffortType3Type1,
    )
    from .messages_output_config_format_type_0 import MessagesOutputConfigFormatType0
    from .messages_output_config_format_type_0_schema import (
        MessagesOutputConfigFormatType0Schema,
    )
    from .messages_output_config_format_type_0_type import (
        MessagesOutputConfigFormatType0Type,
    )
    from .messages_output_config_task_budget_type_0 import (
        MessagesOutputConfigTaskBudgetType0,
    )
    from .messages_output_config_task_budget_type_0_type import (
        MessagesOutputConfigTaskBudgetType0Type,
    )
    from .messages_ping_event import MessagesPingEvent
    from .messages_ping_event_type import MessagesPingEventType
    from .messages_request import MessagesRequest
    from .messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,
    )
    from .messages_request_context_management_type_0_edits_item_type_0 import (
        MessagesRequestContextManagementType0EditsItemType0,
    )
    from .messages_request_context_management_type_0_edits_item_type_0_type import (
        MessagesRequestContextManagementType0EditsItemType0Type,
    )
    from .messages_request_context_management_type_0_edits_item_type_1 import (
        MessagesRequestContextManagementType0EditsItemType1,
    )
    from .messages_request_context_management_type_0_edits_item_type_1_keep_type_1 import (
        MessagesRequestContextManagementType0EditsItemType1KeepType1,
    )
    from .messages_request_context_management_type_0_edits_item_type_1_keep_type_1_type import (
        MessagesRequestContextManagementType0EditsItemType1KeepType1Type,
    )
    from .messages_request_context_management_type_0_edits_item_type_1_keep_type_2 import (
        MessagesRequestContextManagementType0EditsItemType1KeepType2,
    )
    from .messages_request_context_management_type_0_edits_item_type_1_type import (
        MessagesRequestContextManagementType0EditsItemType1Type,
    )
    from .messages_request_context_management_type_0_edits_item_type_2 import (
        MessagesRequestContextManagementType0EditsItemType2,
    )
    from .messages_request_context_management_type_0_edits_item_type_2_trigger_type_0 import (
        MessagesRequestContextManagementType0EditsItemType2TriggerType0,
    )
    from .messages_request_context_management_type_0_edits_item_type_2_trigger_type_0_type import (
        MessagesRequestContextManagementType0EditsItemType2TriggerType0Type,
    )
    from .messages_request_context_management_type_0_edits_item_type_2_type import (
        MessagesRequestContextManagementType0EditsItemType2Type,
    )
    from .messages_request_metadata import MessagesRequestMetadata
    from .messages_request_thinking_type_0 import MessagesRequestThinkingType0
    from .messages_request_thinking_type_0_type import MessagesRequestThinkingType0Type
    from .messages_request_thinking_type_1 import MessagesRequestThinkingType1
    from .messages_request_thinking_type_1_type import MessagesRequestThinkingType1Type
    from .messages_request_thinking_type_2 import MessagesRequestThinkingType2
    from .messages_request_thinking_type_2_type import MessagesRequestThinkingType2Type
    from .messages_request_tool_choice_type_0 import MessagesRequestToolChoiceType0
    from .messages_request_tool_choice_type_0_type import (
        MessagesRequestToolChoiceType0Type,
    )
    from .messages_request_tool_choice_type_1 import MessagesRequestToolChoiceType1
    from .messages_request_tool_choice_type_1_type import (
        MessagesRequestToolChoiceType1Type,
    )
    from .messages_request_tool_choice_type_2 import MessagesRequestToolChoiceType2
    from .messages_request_tool_choice_type_2_type import (
        MessagesRequestToolChoiceType2Type,
    )
    from .messages_request_tool_choice_type_3 import MessagesRequestToolChoiceType3
    from .messages_request_tool_choice_type_3_type import (
        MessagesRequestToolChoiceType3Type,
    )
    from .messages_request_tools_item_type_0 import MessagesRequestToolsItemType0
    from .messages_request_tools_item_type_0_input_schema import (
        MessagesRequestToolsItemType0InputSchema,
    )
    from .messages_request_tools_item_type_0_type import (
        MessagesRequestToolsItemType0Type,
    )
    from .messages_request_tools_item_type_1 import MessagesRequestToolsItemType1
    from .messages_request_tools_item_type_1_name import (
        MessagesRequestToolsItemType1Name,
    )
    from .messages_request_tools_item_type_1_type import (
        MessagesRequestToolsItemType1Type,
    )
    from .messages_request_tools_item_type_2 import MessagesRequestToolsItemType2
    from .messages_request_tools_item_type_2_name import (
        MessagesRequestToolsItemType2Name,
    )
    from .messages_request_tools_item_type_2_type import (
        MessagesRequestToolsItemType2Type,
    )
    from .messages_request_tools_item_type_3 import MessagesRequestToolsItemType3
    from .messages_request_tools_item_type_3_name import (
        MessagesRequestToolsItemType3Name,
    )
    from .messages_request_tools_item_type_3_type import (
        MessagesRequestToolsItemType3Type,
    )
    from .messages_request_tools_item_type_4 import MessagesRequestToolsItemType4
    from .messages_request_tools_item_type_4_name import (
        MessagesRequestToolsItemType4Name,
    )
    from .messages_request_tools_item_type_4_type import (
        MessagesRequestToolsItemType4Type,
    )
    from .messages_request_tools_item_type_5 import MessagesRequestToolsItemType5
    from .messages_request_tools_item_type_5_name import (
        MessagesRequestToolsItemType5Name,
    )
    from .messages_request_tools_item_type_5_type import (
        MessagesRequestToolsItemType5Type,
    )
    from .messages_request_tools_item_type_12 import MessagesRequestToolsItemType12
    from .messages_result import MessagesResult
    from .messages_result_context_management_type_0 import (
        MessagesResultContextManagementType0,
    )
    from .messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )
    from .messages_result_role import MessagesResultRole
    from .messages_result_type import MessagesResultType
    from .messages_result_usage import MessagesResultUsage
    from .messages_search_models_server_tool import MessagesSearchModelsServerTool
    from .messages_search_models_server_tool_type import (
        MessagesSearchModelsServerToolType,
    )
    from .messages_shell_tool_result_block import MessagesShellToolResultBlock
    from .messages_shell_tool_result_block_content import (
        MessagesShellToolResultBlockContent,
    )
    from .messages_shell_tool_result_block_type import MessagesShellToolResultBlockType
    from .messages_start_event import MessagesStartEvent
    from .messages_start_event_message import MessagesStartEventMessage
    from .messages_start_event_message_provider import MessagesStartEventMessageProvider
    from .messages_start_event_message_role import MessagesStartEventMessageRole
    from .messages_start_event_message_type import MessagesStartEventMessageType
    from .messages_start_event_message_usage import MessagesStartEventMessageUsage
    from .messages_start_event_type import MessagesStartEventType
    from .messages_stop_event import MessagesStopEvent
    from .messages_stop_event_type import MessagesStopEventType
    from .messages_streaming_response import MessagesStreamingResponse
    from .messages_tool_addition_block import MessagesToolAdditionBlock
    from .messages_tool_addition_block_tool_type_0 import (
        MessagesToolAdditionBlockToolType0,
    )
    from .messages_tool_addition_block_tool_type_0_type import (
        MessagesToolAdditionBlockToolType0Type,
    )
    from .messages_tool_addition_block_tool_type_1 import (
        MessagesToolAdditionBlockToolType1,
    )
    from .messages_tool_addition_block_tool_type_1_type import (
        MessagesToolAdditionBlockToolType1Type,
    )
    from .messages_tool_addition_block_tool_type_2 import (
        MessagesToolAdditionBlockToolType2,
    )
    from .messages_tool_addition_block_tool_type_2_type import (
        MessagesToolAdditionBlockToolType2Type,
    )
    from .messages_tool_addition_block_type import MessagesToolAdditionBlockType
    from .messages_tool_removal_block import MessagesToolRemovalBlock
    from .messages_tool_removal_block_tool_type_0 import (
        MessagesToolRemovalBlockToolType0,
    )
    from .messages_tool_removal_block_tool_type_0_type import (
        MessagesToolRemovalBlockToolType0Type,
    )
    from .messages_tool_removal_block_tool_type_1 import (
        MessagesToolRemovalBlockToolType1,
    )
    from .messages_tool_removal_block_tool_type_1_type import (
        MessagesToolRemovalBlockToolType1Type,
    )
    from .messages_tool_removal_block_tool_type_2 import (
        MessagesToolRemovalBlockToolType2,
    )
    from .messages_tool_removal_block_tool_type_2_type import (
        MessagesToolRemovalBlockToolType2Type,
    )
    from .messages_tool_removal_block_type import MessagesToolRemovalBlockType
    from .metadata_level import MetadataLevel
    from .modality import Modality
    from .model import Model
    from .model_alias_target import ModelAliasTarget
    from .model_architecture import ModelArchitecture
    from .model_benchmarks import ModelBenchmarks
    from .model_group import ModelGroup
    from .model_links import ModelLinks
    from .model_reasoning import ModelReasoning
    from .model_response import ModelResponse
    from .models_count_response import ModelsCountResponse
    from .models_count_response_data import ModelsCountResponseData
    from .models_list_response import ModelsListResponse
    from .models_list_response_links import ModelsListResponseLinks
    from .moderation_plugin import ModerationPlugin
    from .moderation_plugin_id import ModerationPluginId
    from .multimodal_media import MultimodalMedia
    from .namespace_function_tool import NamespaceFunctionTool
    from .namespace_function_tool_allowed_callers_type_0_item import (
        NamespaceFunctionToolAllowedCallersType0Item,
    )
    from .namespace_function_tool_output_schema_type_0 import (
        NamespaceFunctionToolOutputSchemaType0,
    )
    from .namespace_function_tool_parameters_type_0 import (
        NamespaceFunctionToolParametersType0,
    )
    from .namespace_function_tool_type import NamespaceFunctionToolType
    from .namespace_tool import NamespaceTool
    from .namespace_tool_type import NamespaceToolType
    from .not_found_response import NotFoundResponse
    from .not_found_response_error_data import NotFoundResponseErrorData
    from .not_found_response_error_data_metadata_type_0 import (
        NotFoundResponseErrorDataMetadataType0,
    )
    from .not_found_response_modelgates_metadata_type_0 import (
        NotFoundResponseModelgatesMetadataType0,
    )
    from .observability_arize_destination import ObservabilityArizeDestination
    from .observability_arize_destination_config import (
        ObservabilityArizeDestinationConfig,
    )
    from .observability_arize_destination_config_headers import (
        ObservabilityArizeDestinationConfigHeaders,
    )
    from .observability_arize_destination_type import ObservabilityArizeDestinationType
    from .observability_braintrust_destination import ObservabilityBraintrustDestination
    from .observability_braintrust_destination_config import (
        ObservabilityBraintrustDestinationConfig,
    )
    from .observability_braintrust_destination_config_headers import (
        ObservabilityBraintrustDestinationConfigHeaders,
    )
    from .observability_braintrust_destination_type import (
        ObservabilityBraintrustDestinationType,
    )
    from .observability_clickhouse_destination import ObservabilityClickhouseDestination
    from .observability_clickhouse_destination_config import (
        ObservabilityClickhouseDestinationConfig,
    )
    from .observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )
    from .observability_clickhouse_destination_type import (
        ObservabilityClickhouseDestinationType,
    )
    from .observability_datadog_destination import ObservabilityDatadogDestination
    from .observability_datadog_destination_config import (
        ObservabilityDatadogDestinationConfig,
    )
    from .observability_datadog_destination_config_headers import (
        ObservabilityDatadogDestinationConfigHeaders,
    )
    from .observability_datadog_destination_type import (
        ObservabilityDatadogDestinationType,
    )
    from .observability_filter_rule_group import ObservabilityFilterRuleGroup
    from .observability_filter_rule_group_logic import ObservabilityFilterRuleGroupLogic
    from .observability_filter_rule_group_rules_item import (
        ObservabilityFilterRuleGroupRulesItem,
    )
    from .observability_filter_rule_group_rules_item_field import (
        ObservabilityFilterRuleGroupRulesItemField,
    )
    from .observability_filter_rule_group_rules_item_operator import (
        ObservabilityFilterRuleGroupRulesItemOperator,
    )
    from .observability_filter_rules_config import ObservabilityFilterRulesConfig
    from .observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )
    from .observability_grafana_destination import ObservabilityGrafanaDestination
    from .observability_grafana_destination_config import (
        ObservabilityGrafanaDestinationConfig,
    )
    from .observability_grafana_destination_config_headers import (
        ObservabilityGrafanaDestinationConfigHeaders,
    )
    from .observability_grafana_destination_type import (
        ObservabilityGrafanaDestinationType,
    )
    from .observability_langfuse_destination import ObservabilityLangfuseDestination
    from .observability_langfuse_destination_config import (
        ObservabilityLangfuseDestinationConfig,
    )
    from .observability_langfuse_destination_config_headers import (
        ObservabilityLangfuseDestinationConfigHeaders,
    )
    from .observability_langfuse_destination_type import (
        ObservabilityLangfuseDestinationType,
    )
    from .observability_langsmith_destination import ObservabilityLangsmithDestination
    from .observability_langsmith_destination_config import (
        ObservabilityLangsmithDestinationConfig,
    )
    from .observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
    )
    from .observability_langsmith_destination_type import (
        ObservabilityLangsmithDestinationType,
    )
    from .observability_newrelic_destination import ObservabilityNewrelicDestination
    from .observability_newrelic_destination_config import (
        ObservabilityNewrelicDestinationConfig,
    )
    from .observability_newrelic_destination_config_headers import (
        ObservabilityNewrelicDestinationConfigHeaders,
    )
    from .observability_newrelic_destination_config_region import (
        ObservabilityNewrelicDestinationConfigRegion,
    )
    from .observability_newrelic_destination_type import (
        ObservabilityNewrelicDestinationType,
    )
    from .observability_opik_destination import ObservabilityOpikDestination
    from .observability_opik_destination_config import (
        ObservabilityOpikDestinationConfig,
    )
    from .observability_opik_destination_config_headers import (
        ObservabilityOpikDestinationConfigHeaders,
    )
    from .observability_opik_destination_type import ObservabilityOpikDestinationType
    from .observability_otel_collector_destination import (
        ObservabilityOtelCollectorDestination,
    )
    from .observability_otel_collector_destination_config import (
        ObservabilityOtelCollectorDestinationConfig,
    )
    from .observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,
    )
    from .observability_otel_collector_destination_type import (
        ObservabilityOtelCollectorDestinationType,
    )
    from .observability_posthog_destination import ObservabilityPosthogDestination
    from .observability_posthog_destination_config import (
        ObservabilityPosthogDestinationConfig,
    )
    from .observability_posthog_destination_config_headers import (
        ObservabilityPosthogDestinationConfigHeaders,
    )
    from .observability_posthog_destination_type import (
        ObservabilityPosthogDestinationType,
    )
    from .observability_ramp_destination import ObservabilityRampDestination
    from .observability_ramp_destination_config import (
        ObservabilityRampDestinationConfig,
    )
    from .observability_ramp_destination_config_headers import (
        ObservabilityRampDestinationConfigHeaders,
    )
    from .observability_ramp_destination_type import ObservabilityRampDestinationType
    from .observability_s3_destination import ObservabilityS3Destination
    from .observability_s3_destination_config import ObservabilityS3DestinationConfig
    from .observability_s3_destination_config_headers import (
        ObservabilityS3DestinationConfigHeaders,
    )
    from .observability_s3_destination_type import ObservabilityS3DestinationType
    from .observability_sentry_destination import ObservabilitySentryDestination
    from .observability_sentry_destination_config import (
        ObservabilitySentryDestinationConfig,
    )
    from .observability_sentry_destination_config_headers import (
        ObservabilitySentryDestinationConfigHeaders,
    )
    from .observability_sentry_destination_type import (
        ObservabilitySentryDestinationType,
    )
    from .observability_snowflake_destination import ObservabilitySnowflakeDestination
    from .observability_snowflake_destination_config import (
        ObservabilitySnowflakeDestinationConfig,
    )
    from .observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )
    from .observability_snowflake_destination_type import (
        ObservabilitySnowflakeDestinationType,
    )
    from .observability_weave_destination import ObservabilityWeaveDestination
    from .observability_weave_destination_config import (
        ObservabilityWeaveDestinationConfig,
    )
    from .observability_weave_destination_config_headers import (
        ObservabilityWeaveDestinationConfigHeaders,
    )
    from .observability_weave_destination_type import ObservabilityWeaveDestinationType
    from .observability_webhook_destination import ObservabilityWebhookDestination
    from .observability_webhook_destination_config import (
        ObservabilityWebhookDestinationConfig,
    )
    from .observability_webhook_destination_config_headers import (
        ObservabilityWebhookDestinationConfigHeaders,
    )
    from .observability_webhook_destination_config_method import (
        ObservabilityWebhookDestinationConfigMethod,
    )
    from .observability_webhook_destination_type import (
        ObservabilityWebhookDestinationType,
    )
    from .open_ai_file import OpenAIFile
    from .open_ai_file_deleted import OpenAIFileDeleted
    from .open_ai_file_deleted_object import OpenAIFileDeletedObject
    from .open_ai_file_deleted_shape import OpenAIFileDeletedShape
    from .open_ai_file_list import OpenAIFileList
    from .open_ai_file_list_object import OpenAIFileListObject
    from .open_ai_file_list_shape import OpenAIFileListShape
    from .open_ai_file_object import OpenAIFileObject
    from .open_ai_file_purpose import OpenAIFilePurpose
    from .open_ai_file_shape import OpenAIFileShape
    from .open_ai_file_status import OpenAIFileStatus
    from .open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall
    from .open_ai_response_custom_tool_call_output import (
        OpenAIResponseCustomToolCallOutput,
    )
    from .open_ai_response_custom_tool_call_output_type import (
        OpenAIResponseCustomToolCallOutputType,
    )
    from .open_ai_response_custom_tool_call_type import OpenAIResponseCustomToolCallType
    from .open_ai_response_function_tool_call import OpenAIResponseFunctionToolCall
    from .open_ai_response_function_tool_call_output import (
        OpenAIResponseFunctionToolCallOutput,
    )
    from .open_ai_response_function_tool_call_output_type import (
        OpenAIResponseFunctionToolCallOutputType,
    )
    from .open_ai_response_function_tool_call_subagent_items_item import (
        OpenAIResponseFunctionToolCallSubagentItemsItem,
    )
    from .open_ai_response_function_tool_call_type import (
        OpenAIResponseFunctionToolCallType,
    )
    from .open_ai_response_input_message_item import OpenAIResponseInputMessageItem
    from .open_ai_response_input_message_item_role_type_0 import (
        OpenAIResponseInputMessageItemRoleType0,
    )
    from .open_ai_response_input_message_item_role_type_1 import (
        OpenAIResponseInputMessageItemRoleType1,
    )
    from .open_ai_response_input_message_item_role_type_2 import (
        OpenAIResponseInputMessageItemRoleType2,
    )
    from .open_ai_response_input_message_item_type import (
        OpenAIResponseInputMessageItemType,
    )
    from .open_ai_responses_code_interpreter_call_code_delta import (
        OpenAIResponsesCodeInterpreterCallCodeDelta,
    )
    from .open_ai_responses_code_interpreter_call_code_delta_type import (
        OpenAIResponsesCodeInterpreterCallCodeDeltaType,
    )
    from .open_ai_responses_code_interpreter_call_code_done import (
        OpenAIResponsesCodeInterpreterCallCodeDone,
    )
    from .open_ai_responses_code_interpreter_call_code_done_type import (
        OpenAIResponsesCodeInterpreterCallCodeDoneType,
    )
    from .open_ai_responses_code_interpreter_call_completed import (
        OpenAIResponsesCodeInterpreterCallCompleted,
    )
    from .open_ai_responses_code_interpreter_call_completed_type import (
        OpenAIResponsesCodeInterpreterCallCompletedType,
    )
    from .open_ai_responses_code_interpreter_call_in_progress import (
        OpenAIResponsesCodeInterpreterCallInProgress,
    )
    from .open_ai_responses_code_interpreter_call_in_progress_type import (
        OpenAIResponsesCodeInterpreterCallInProgressType,
    )
    from .open_ai_responses_code_interpreter_call_interpreting import (
        OpenAIResponsesCodeInterpreterCallInterpreting,
    )
    from .open_ai_responses_code_interpreter_call_interpreting_type import (
        OpenAIResponsesCodeInterpreterCallInterpretingType,
    )
    from .open_ai_responses_image_gen_call_completed import (
        OpenAIResponsesImageGenCallCompleted,
    )
    from .open_ai_responses_image_gen_call_completed_type import (
        OpenAIResponsesImageGenCallCompletedType,
    )
    from .open_ai_responses_image_gen_call_generating import (
        OpenAIResponsesImageGenCallGenerating,
    )
    from .open_ai_responses_image_gen_call_generating_type import (
        OpenAIResponsesImageGenCallGeneratingType,
    )
    from .open_ai_responses_image_gen_call_in_progress import (
        OpenAIResponsesImageGenCallInProgress,
    )
    from .open_ai_responses_image_gen_call_in_progress_type import (
        OpenAIResponsesImageGenCallInProgressType,
    )
    from .open_ai_responses_image_gen_call_partial_image import (
        OpenAIResponsesImageGenCallPartialImage,
    )
    from .open_ai_responses_image_gen_call_partial_image_type import (
        OpenAIResponsesImageGenCallPartialImageType,
    )
    from .open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from .open_ai_responses_refusal_content_type import (
        OpenAIResponsesRefusalContentType,
    )
    from .open_ai_responses_response_status import OpenAIResponsesResponseStatus
    from .open_ai_responses_search_completed import OpenAIResponsesSearchCompleted
    from .open_ai_responses_search_completed_type import (
        OpenAIResponsesSearchCompletedType,
    )
    from .open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
    from .open_ai_responses_tool_choice_type_1 import OpenAIResponsesToolChoiceType1
    from .open_ai_responses_tool_choice_type_2 import OpenAIResponsesToolChoiceType2
    from .open_ai_responses_tool_choice_type_3 import OpenAIResponsesToolChoiceType3
    from .open_ai_responses_tool_choice_type_3_type import (
        OpenAIResponsesToolChoiceType3Type,
    )
    from .open_ai_responses_tool_choice_type_4 import OpenAIResponsesToolChoiceType4
    from .open_ai_responses_tool_choice_type_4_type_type_0 import (
        OpenAIResponsesToolChoiceType4TypeType0,
    )
    from .open_ai_responses_tool_choice_type_4_type_type_1 import (
        OpenAIResponsesToolChoiceType4TypeType1,
    )
    from .open_ai_responses_tool_choice_type_6 import OpenAIResponsesToolChoiceType6
    from .open_ai_responses_tool_choice_type_6_type import (
        OpenAIResponsesToolChoiceType6Type,
    )
    from .open_ai_responses_tool_choice_type_7 import OpenAIResponsesToolChoiceType7
    from .open_ai_responses_tool_choice_type_7_type import (
        OpenAIResponsesToolChoiceType7Type,
    )
    from .open_ai_responses_truncation import OpenAIResponsesTruncation
    from .open_ai_responses_usage import OpenAIResponsesUsage
    from .open_ai_responses_usage_input_tokens_details import (
        OpenAIResponsesUsageInputTokensDetails,
    )
    from .open_ai_responses_usage_output_tokens_details import (
        OpenAIResponsesUsageOutputTokensDetails,
    )
    from .open_ai_responses_web_search_call_in_progress import (
        OpenAIResponsesWebSearchCallInProgress,
    )
    from .open_ai_responses_web_search_call_in_progress_type import (
        OpenAIResponsesWebSearchCallInProgressType,
    )
    from .open_ai_responses_web_search_call_searching import (
        OpenAIResponsesWebSearchCallSearching,
    )
    from .open_ai_responses_web_search_call_searching_type import (
        OpenAIResponsesWebSearchCallSearchingType,
    )
    from .open_responses_created_event import OpenResponsesCreatedEvent
    from .open_responses_created_event_type import OpenResponsesCreatedEventType
    from .open_responses_in_progress_event import OpenResponsesInProgressEvent
    from .open_responses_in_progress_event_type import OpenResponsesInProgressEventType
    from .open_responses_log_probs import OpenResponsesLogProbs
    from .open_responses_result import OpenResponsesResult
    from .open_responses_result_object import OpenResponsesResultObject
    from .open_responses_result_tools_item_type_0 import (
        OpenResponsesResultToolsItemType0,
    )
    from .open_responses_result_tools_item_type_0_parameters_type_0 import (
        OpenResponsesResultToolsItemType0ParametersType0,
    )
    from .open_responses_result_tools_item_type_0_type import (
        OpenResponsesResultToolsItemType0Type,
    )
    from .open_responses_top_logprobs import OpenResponsesTopLogprobs
    from .open_router_file import OpenRouterFile
    from .open_router_file_deleted import OpenRouterFileDeleted
    from .open_router_file_deleted_shape import OpenRouterFileDeletedShape
    from .open_router_file_deleted_type import OpenRouterFileDeletedType
    from .open_router_file_list import OpenRouterFileList
    from .open_router_file_list_shape import OpenRouterFileListShape
    from .open_router_file_shape import OpenRouterFileShape
    from .open_router_file_type import OpenRouterFileType
    from .open_router_metadata import OpenRouterMetadata
    from .open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from .open_router_web_search_server_tool_type import (
        OpenRouterWebSearchServerToolType,
    )
    from .or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from .or_anthropic_bash_tool_result_content import ORAnthropicBashToolResultContent
    from .or_anthropic_bash_tool_result_type import ORAnthropicBashToolResultType
    from .or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock
    from .or_anthropic_server_tool_use_block_type import (
        ORAnthropicServerToolUseBlockType,
    )
    from .or_anthropic_shell_tool_result import ORAnthropicShellToolResult
    from .or_anthropic_shell_tool_result_content import (
        ORAnthropicShellToolResultContent,
    )
    from .or_anthropic_shell_tool_result_type import ORAnthropicShellToolResultType
    from .or_anthropic_stop_reason import ORAnthropicStopReason
    from .output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from .output_advisor_server_tool_item_type import OutputAdvisorServerToolItemType
    from .output_apply_patch_call_item import OutputApplyPatchCallItem
    from .output_apply_patch_call_item_type import OutputApplyPatchCallItemType
    from .output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from .output_apply_patch_server_tool_item_type import (
        OutputApplyPatchServerToolItemType,
    )
    from .output_bash_server_tool_item import OutputBashServerToolItem
    from .output_bash_server_tool_item_type import OutputBashServerToolItemType
    from .output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from .output_browser_use_server_tool_item_type import (
        OutputBrowserUseServerToolItemType,
    )
    from .output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from .output_code_interpreter_call_item_status import (
        OutputCodeInterpreterCallItemStatus,
    )
    from .output_code_interpreter_call_item_type import (
        OutputCodeInterpreterCallItemType,
    )
    from .output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItem,
    )
    from .output_code_interpreter_server_tool_item_type import (
        OutputCodeInterpreterServerToolItemType,
    )
    from .output_computer_call_item import OutputComputerCallItem
    from .output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )
    from .output_computer_call_item_status import OutputComputerCallItemStatus
    from .output_computer_call_item_type import OutputComputerCallItemType
    from .output_custom_tool_call_item import OutputCustomToolCallItem
    from .output_custom_tool_call_item_type import OutputCustomToolCallItemType
    from .output_datetime_item import OutputDatetimeItem
    from .output_datetime_item_type import OutputDatetimeItemType
    from .output_file_search_call_item import OutputFileSearchCallItem
    from .output_file_search_call_item_type import OutputFileSearchCallItemType
    from .output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from .output_file_search_server_tool_item_type import (
        OutputFileSearchServerToolItemType,
    )
    from .output_files_server_tool_item import OutputFilesServerToolItem
    from .output_files_server_tool_item_type import OutputFilesServerToolItemType
    from .output_function_call_item import OutputFunctionCallItem
    from .output_function_call_item_status_type_0 import (
        OutputFunctionCallItemStatusType0,
    )
    from .output_function_call_item_status_type_1 import (
        OutputFunctionCallItemStatusType1,
    )
    from .output_function_call_item_status_type_2 import (
        OutputFunctionCallItemStatusType2,
    )
    from .output_function_call_item_subagent_items_item import (
        OutputFunctionCallItemSubagentItemsItem,
    )
    from .output_function_call_item_type import OutputFunctionCallItemType
    from .output_fusion_server_tool_item import OutputFusionServerToolItem
    from .output_fusion_server_tool_item_failed_models_item import (
        OutputFusionServerToolItemFailedModelsItem,
    )
    from .output_fusion_server_tool_item_responses_item import (
        OutputFusionServerToolItemResponsesItem,
    )
    from .output_fusion_server_tool_item_type import OutputFusionServerToolItemType
    from .output_image_generation_call_item import OutputImageGenerationCallItem
    from .output_image_generation_call_item_type import (
        OutputImageGenerationCallItemType,
    )
    from .output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItem,
    )
    from .output_image_generation_server_tool_item_type import (
        OutputImageGenerationServerToolItemType,
    )
    from .output_item_added_event import OutputItemAddedEvent
    from .output_item_added_event_type import OutputItemAddedEventType
    from .output_item_apply_patch_call import OutputItemApplyPatchCall
    from .output_item_apply_patch_call_status import OutputItemApplyPatchCallStatus
    from .output_item_apply_patch_call_type import OutputItemApplyPatchCallType
    from .output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from .output_item_code_interpreter_call_status import (
        OutputItemCodeInterpreterCallStatus,
    )
    from .output_item_code_interpreter_call_type import (
        OutputItemCodeInterpreterCallType,
    )
    from .output_item_custom_tool_call import OutputItemCustomToolCall
    from .output_item_custom_tool_call_type import OutputItemCustomToolCallType
    from .output_item_done_event import OutputItemDoneEvent
    from .output_item_done_event_type import OutputItemDoneEventType
    from .output_item_file_search_call import OutputItemFileSearchCall
    from .output_item_file_search_call_type import OutputItemFileSearchCallType
    from .output_item_function_call import OutputItemFunctionCall
    from .output_item_function_call_status_type_0 import (
        OutputItemFunctionCallStatusType0,
    )
    from .output_item_function_call_status_type_1 import (
        OutputItemFunctionCallStatusType1,
    )
    from .output_item_function_call_status_type_2 import (
        OutputItemFunctionCallStatusType2,
    )
    from .output_item_function_call_type import OutputItemFunctionCallType
    from .output_item_image_generation_call import OutputItemImageGenerationCall
    from .output_item_image_generation_call_type import (
        OutputItemImageGenerationCallType,
    )
    from .output_item_reasoning import OutputItemReasoning
    from .output_item_reasoning_status_type_0 import OutputItemReasoningStatusType0
    from .output_item_reasoning_status_type_1 import OutputItemReasoningStatusType1
    from .output_item_reasoning_status_type_2 import OutputItemReasoningStatusType2
    from .output_item_reasoning_type import OutputItemReasoningType
    from .output_item_web_search_call import OutputItemWebSearchCall
    from .output_item_web_search_call_action_type_0 import (
        OutputItemWebSearchCallActionType0,
    )
    from .output_item_web_search_call_action_type_0_type import (
        OutputItemWebSearchCallActionType0Type,
    )
    from .output_item_web_search_call_action_type_1 import (
        OutputItemWebSearchCallActionType1,
    )
    from .output_item_web_search_call_action_type_1_type import (
        OutputItemWebSearchCallActionType1Type,
    )
    from .output_item_web_search_call_action_type_2 import (
        OutputItemWebSearchCallActionType2,
    )
    from .output_item_web_search_call_action_type_2_type import (
        OutputItemWebSearchCallActionType2Type,
    )
    from .output_item_web_search_call_type import OutputItemWebSearchCallType
    from .output_mcp_server_tool_item import OutputMcpServerToolItem
    from .output_mcp_server_tool_item_type import OutputMcpServerToolItemType
    from .output_memory_server_tool_item import OutputMemoryServerToolItem
    from .output_memory_server_tool_item_action import OutputMemoryServerToolItemAction
    from .output_memory_server_tool_item_type import OutputMemoryServerToolItemType
    from .output_message import OutputMessage
    from .output_message_item import OutputMessageItem
    from .output_message_item_phase_type_0 import OutputMessageItemPhaseType0
    from .output_message_item_phase_type_1 import OutputMessageItemPhaseType1
    from .output_message_item_role import OutputMessageItemRole
    from .output_message_item_status_type_0 import OutputMessageItemStatusType0
    from .output_message_item_status_type_1 import OutputMessageItemStatusType1
    from .output_message_item_status_type_2 import OutputMessageItemStatusType2
    from .output_message_item_type import OutputMessageItemType
    from .output_message_phase_type_0 import OutputMessagePhaseType0
    from .output_message_phase_type_1 import OutputMessagePhaseType1
    from .output_message_role import OutputMessageRole
    from .output_message_status_type_0 import OutputMessageStatusType0
    from .output_message_status_type_1 import OutputMessageStatusType1
    from .output_message_status_type_2 import OutputMessageStatusType2
    from .output_message_type import OutputMessageType
    from .output_modality import OutputModality
    from .output_modality_enum import OutputModalityEnum
    from .output_reasoning_item import OutputReasoningItem
    from .output_reasoning_item_status_type_0 import OutputReasoningItemStatusType0
    from .output_reasoning_item_status_type_1 import OutputReasoningItemStatusType1
    from .output_reasoning_item_status_type_2 import OutputReasoningItemStatusType2
    from .output_reasoning_item_type import OutputReasoningItemType
    from .output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from .output_search_models_server_tool_item_type import (
        OutputSearchModelsServerToolItemType,
    )
    from .output_shell_call_item import OutputShellCallItem
    from .output_shell_call_item_action import OutputShellCallItemAction
    from .output_shell_call_item_type import OutputShellCallItemType
    from .output_shell_call_output_item import OutputShellCallOutputItem
    from .output_shell_call_output_item_type import OutputShellCallOutputItemType
    from .output_shell_server_tool_item import OutputShellServerToolItem
    from .output_shell_server_tool_item_action import OutputShellServerToolItemAction
    from .output_shell_server_tool_item_type import OutputShellServerToolItemType
    from .output_subagent_server_tool_item import OutputSubagentServerToolItem
    from .output_subagent_server_tool_item_type import OutputSubagentServerToolItemType
    from .output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from .output_text_editor_server_tool_item_command import (
        OutputTextEditorServerToolItemCommand,
    )
    from .output_text_editor_server_tool_item_type import (
        OutputTextEditorServerToolItemType,
    )
    from .output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from .output_tool_search_server_tool_item_type import (
        OutputToolSearchServerToolItemType,
    )
    from .output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from .output_web_fetch_server_tool_item_type import OutputWebFetchServerToolItemType
    from .output_web_search_call_item import OutputWebSearchCallItem
    from .output_web_search_call_item_action_type_0 import (
        OutputWebSearchCallItemActionType0,
    )
    from .output_web_search_call_item_action_type_0_type import (
        OutputWebSearchCallItemActionType0Type,
    )
    from .output_web_search_call_item_action_type_1 import (
        OutputWebSearchCallItemActionType1,
    )
    from .output_web_search_call_item_action_type_1_type import (
        OutputWebSearchCallItemActionType1Type,
    )
    from .output_web_search_call_item_action_type_2 import (
        OutputWebSearchCallItemActionType2,
    )
    from .output_web_search_call_item_action_type_2_type import (
        OutputWebSearchCallItemActionType2Type,
    )
    from .output_web_search_call_item_type import OutputWebSearchCallItemType
    from .output_web_search_server_tool_item import OutputWebSearchServerToolItem
    from .output_web_search_server_tool_item_action import (
        OutputWebSearchServerToolItemAction,
    )
    from .output_web_search_server_tool_item_action_sources_item import (
        OutputWebSearchServerToolItemActionSourcesItem,
    )
    from .output_web_search_server_tool_item_action_sources_item_type import (
        OutputWebSearchServerToolItemActionSourcesItemType,
    )
    from .output_web_search_server_tool_item_action_type import (
        OutputWebSearchServerToolItemActionType,
    )
    from .output_web_search_server_tool_item_type import (
        OutputWebSearchServerToolItemType,
    )
    from .parameter import Parameter
    from .pareto_router_plugin import ParetoRouterPlugin
    from .pareto_router_plugin_id import ParetoRouterPluginId
    from .pareto_router_plugin_price_source import ParetoRouterPluginPriceSource
    from .payload_too_large_response import PayloadTooLargeResponse
    from .payload_too_large_response_error_data import PayloadTooLargeResponseErrorData
    from .payload_too_large_response_error_data_metadata_type_0 import (
        PayloadTooLargeResponseErrorDataMetadataType0,
    )
    from .payload_too_large_response_modelgates_metadata_type_0 import (
        PayloadTooLargeResponseModelgatesMetadataType0,
    )
    from .payment_required_response import PaymentRequiredResponse
    from .payment_required_response_error_data import PaymentRequiredResponseErrorData
    from .payment_required_response_error_data_metadata_type_0 import (
        PaymentRequiredResponseErrorDataMetadataType0,
    )
    from .payment_required_response_modelgates_metadata_type_0 import (
        PaymentRequiredResponseModelgatesMetadataType0,
    )
    from .pdf_parser_engine import PdfParserEngine
    from .pdf_parser_engine_type_0 import PDFParserEngineType0
    from .pdf_parser_engine_type_1 import PDFParserEngineType1
    from .pdf_parser_options import PDFParserOptions
    from .per_request_limits import PerRequestLimits
    from .percentile_stats import PercentileStats
    from .pipeline_stage import PipelineStage
    from .pipeline_stage_data import PipelineStageData
    from .pipeline_stage_type import PipelineStageType
    from .preset import Preset
    from .preset_designated_version import PresetDesignatedVersion
    from .preset_designated_version_config import PresetDesignatedVersionConfig
    from .preset_status import PresetStatus
    from .preset_with_designated_version import PresetWithDesignatedVersion
    from .preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from .preview_20250311_web_search_server_tool_type import (
        Preview20250311WebSearchServerToolType,
    )
    from .preview_web_search_server_tool import PreviewWebSearchServerTool
    from .preview_web_search_server_tool_type import PreviewWebSearchServerToolType
    from .preview_web_search_user_location import PreviewWebSearchUserLocation
    from .preview_web_search_user_location_type import PreviewWebSearchUserLocationType
    from .pricing_override import PricingOverride
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_breakpoint_mode import PromptCacheBreakpointMode
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .prompt_injection_scan_scope import PromptInjectionScanScope
    from .provider_max_price import ProviderMaxPrice
    from .provider_name import ProviderName
    from .provider_options import ProviderOptions
    from .provider_options_01_ai import ProviderOptions01Ai
    from .provider_options_ai_21 import ProviderOptionsAi21
    from .provider_options_aion_labs import ProviderOptionsAionLabs
    from .provider_options_akashml import ProviderOptionsAkashml
    from .provider_options_alibaba import ProviderOptionsAlibaba
    from .provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from .provider_options_amazon_nova import ProviderOptionsAmazonNova
    from .provider_options_ambient import ProviderOptionsAmbient
    from .provider_options_anthropic import ProviderOptionsAnthropic
    from .provider_options_anyscale import ProviderOptionsAnyscale
    from .provider_options_arcee_ai import ProviderOptionsArceeAi
    from .provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from .provider_options_atoma import ProviderOptionsAtoma
    from .provider_options_avian import ProviderOptionsAvian
    from .provider_options_azure import ProviderOptionsAzure
    from .provider_options_baidu import ProviderOptionsBaidu
    from .provider_options_baseten import ProviderOptionsBaseten
    from .provider_options_black_forest_labs import ProviderOptionsBlackForestLabs
    from .provider_options_byteplus import ProviderOptionsByteplus
    from .provider_options_centml import ProviderOptionsCentml
    from .provider_options_cerebras import ProviderOptionsCerebras
    from .provider_options_chutes import ProviderOptionsChutes
    from .provider_options_cirrascale import ProviderOptionsCirrascale
    from .provider_options_clarifai import ProviderOptionsClarifai
    from .provider_options_cloudflare import ProviderOptionsCloudflare
    from .provider_options_cohere import ProviderOptionsCohere
    from .provider_options_crofai import ProviderOptionsCrofai
    from .provider_options_crucible import ProviderOptionsCrucible
    from .provider_options_crusoe import ProviderOptionsCrusoe
    from .provider_options_deepinfra import ProviderOptionsDeepinfra
    from .provider_options_deepseek import ProviderOptionsDeepseek
    from .provider_options_dekallm import ProviderOptionsDekallm
    from .provider_options_enfer import ProviderOptionsEnfer
    from .provider_options_fake_provider import ProviderOptionsFakeProvider
    from .provider_options_featherless import ProviderOptionsFeatherless
    from .provider_options_fireworks import ProviderOptionsFireworks
    from .provider_options_friendli import ProviderOptionsFriendli
    from .provider_options_gmicloud import ProviderOptionsGmicloud
    from .provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from .provider_options_google_vertex import ProviderOptionsGoogleVertex
    from .provider_options_gopomelo import ProviderOptionsGopomelo
    from .provider_options_groq import ProviderOptionsGroq
    from .provider_options_huggingface import ProviderOptionsHuggingface
    from .provider_options_hyperbolic import ProviderOptionsHyperbolic
    from .provider_options_hyperbolic_quantized import (
        ProviderOptionsHyperbolicQuantized,
    )
    from .provider_options_inception import ProviderOptionsInception
    from .provider_options_inceptron import ProviderOptionsInceptron
    from .provider_options_inference_net import ProviderOptionsInferenceNet
    from .provider_options_infermatic import ProviderOptionsInfermatic
    from .provider_options_inflection import ProviderOptionsInflection
    from .provider_options_inocloud import ProviderOptionsInocloud
    from .provider_options_io_net import ProviderOptionsIoNet
    from .provider_options_ionstream import ProviderOptionsIonstream
    from .provider_options_klusterai import ProviderOptionsKlusterai
    from .provider_options_lambda import ProviderOptionsLambda
    from .provider_options_lepton import ProviderOptionsLepton
    from .provider_options_liquid import ProviderOptionsLiquid
    from .provider_options_lynn import ProviderOptionsLynn
    from .provider_options_lynn_private import ProviderOptionsLynnPrivate
    from .provider_options_mancer import ProviderOptionsMancer
    from .provider_options_mancer_old import ProviderOptionsMancerOld
    from .provider_options_mara import ProviderOptionsMara
    from .provider_options_meta import ProviderOptionsMeta
    from .provider_options_minimax import ProviderOptionsMinimax
    from .provider_options_mistral import ProviderOptionsMistral
    from .provider_options_modal import ProviderOptionsModal
    from .provider_options_modelrun import ProviderOptionsModelrun
    from .provider_options_modular import ProviderOptionsModular
    from .provider_options_moonshotai import ProviderOptionsMoonshotai
    from .provider_options_morph import ProviderOptionsMorph
    from .provider_options_ncompass import ProviderOptionsNcompass
    from .provider_options_nebius import ProviderOptionsNebius
    from .provider_options_nex_agi import ProviderOptionsNexAgi
    from .provider_options_nextbit import ProviderOptionsNextbit
    from .provider_options_nineteen import ProviderOptionsNineteen
    from .provider_options_novita import ProviderOptionsNovita
    from .provider_options_nvidia import ProviderOptionsNvidia
    from .provider_options_octoai import ProviderOptionsOctoai
    from .provider_options_open_inference import ProviderOptionsOpenInference
    from .provider_options_openai import ProviderOptionsOpenai
    from .provider_options_parasail import ProviderOptionsParasail
    from .provider_options_perceptron import ProviderOptionsPerceptron
    from .provider_options_perplexity import ProviderOptionsPerplexity
    from .provider_options_phala import ProviderOptionsPhala
    from .provider_options_poolside import ProviderOptionsPoolside
    from .provider_options_recraft import ProviderOptionsRecraft
    from .provider_options_recursal import ProviderOptionsRecursal
    from .provider_options_reflection import ProviderOptionsReflection
    from .provider_options_reka import ProviderOptionsReka
    from .provider_options_relace import ProviderOptionsRelace
    from .provider_options_replicate import ProviderOptionsReplicate
    from .provider_options_sambanova import ProviderOptionsSambanova
    from .provider_options_sambanova_cloaked import ProviderOptionsSambanovaCloaked
    from .provider_options_seed import ProviderOptionsSeed
    from .provider_options_sf_compute import ProviderOptionsSfCompute
    from .provider_options_siliconflow import ProviderOptionsSiliconflow
    from .provider_options_sourceful import ProviderOptionsSourceful
    from .provider_options_stealth import ProviderOptionsStealth
    from .provider_options_stepfun import ProviderOptionsStepfun
    from .provider_options_streamlake import ProviderOptionsStreamlake
    from .provider_options_switchpoint import ProviderOptionsSwitchpoint
    from .provider_options_targon import ProviderOptionsTargon
    from .provider_options_together import ProviderOptionsTogether
    from .provider_options_together_lite import ProviderOptionsTogetherLite
    from .provider_options_ubicloud import ProviderOptionsUbicloud
    from .provider_options_upstage import ProviderOptionsUpstage
    from .provider_options_venice import ProviderOptionsVenice
    from .provider_options_wandb import ProviderOptionsWandb
    from .provider_options_xai import ProviderOptionsXai
    from .provider_options_xiaomi import ProviderOptionsXiaomi
    from .provider_options_z_ai import ProviderOptionsZAi
    from .provider_overloaded_response import ProviderOverloadedResponse
    from .provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )
    from .provider_overloaded_response_error_data_metadata_type_0 import (
        ProviderOverloadedResponseErrorDataMetadataType0,
    )
    from .provider_overloaded_response_modelgates_metadata_type_0 import (
        ProviderOverloadedResponseModelgatesMetadataType0,
    )
    from .provider_preferences import ProviderPreferences
    from .provider_response import ProviderResponse
    from .provider_response_provider_name import ProviderResponseProviderName
    from .provider_response_routed_service_tier import ProviderResponseRoutedServiceTier
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig
    from .provider_sort_config_by_type_1 import ProviderSortConfigByType1
    from .provider_sort_config_by_type_2_type_1 import ProviderSortConfigByType2Type1
    from .provider_sort_config_by_type_3_type_1 import ProviderSortConfigByType3Type1
    from .provider_sort_config_partition_type_1 import ProviderSortConfigPartitionType1
    from .provider_sort_config_partition_type_2_type_1 import (
        ProviderSortConfigPartitionType2Type1,
    )
    from .provider_sort_config_partition_type_3_type_1 import (
        ProviderSortConfigPartitionType3Type1,
    )
    from .public_endpoint import PublicEndpoint
    from .public_endpoint_pricing import PublicEndpointPricing
    from .public_pricing import PublicPricing
    from .quantization import Quantization
    from .query_analytics_body import QueryAnalyticsBody
    from .query_analytics_body_classifier_dimensions import (
        QueryAnalyticsBodyClassifierDimensions,
    )
    from .query_analytics_body_classifier_filters import (
        QueryAnalyticsBodyClassifierFilters,
    )
    from .query_analytics_body_classifier_filters_filters_item import (
        QueryAnalyticsBodyClassifierFiltersFiltersItem,
    )
    from .query_analytics_body_filters_item import QueryAnalyticsBodyFiltersItem
    from .query_analytics_body_order_by import QueryAnalyticsBodyOrderBy
    from .query_analytics_body_order_by_direction import (
        QueryAnalyticsBodyOrderByDirection,
    )
    from .query_analytics_body_time_range import QueryAnalyticsBodyTimeRange
    from .query_analytics_response_200 import QueryAnalyticsResponse200
    from .query_analytics_response_200_data import QueryAnalyticsResponse200Data
    from .query_analytics_response_200_data_data_item import (
        QueryAnalyticsResponse200DataDataItem,
    )
    from .query_analytics_response_200_data_metadata import (
        QueryAnalyticsResponse200DataMetadata,
    )
    from .range_capability import RangeCapability
    from .range_capability_type import RangeCapabilityType
    from .rankings_daily_item import RankingsDailyItem
    from .rankings_daily_meta import RankingsDailyMeta
    from .rankings_daily_meta_version import RankingsDailyMetaVersion
    from .rankings_daily_response import RankingsDailyResponse
    from .reasoning import Reasoning
    from .reasoning_config import ReasoningConfig
    from .reasoning_context import ReasoningContext
    from .reasoning_delta_event import ReasoningDeltaEvent
    from .reasoning_delta_event_type import ReasoningDeltaEventType
    from .reasoning_done_event import ReasoningDoneEvent
    from .reasoning_done_event_type import ReasoningDoneEventType
    from .reasoning_effort import ReasoningEffort
    from .reasoning_format import ReasoningFormat
    from .reasoning_item import ReasoningItem
    from .reasoning_item_status_type_0 import ReasoningItemStatusType0
    from .reasoning_item_status_type_1 import ReasoningItemStatusType1
    from .reasoning_item_status_type_2 import ReasoningItemStatusType2
    from .reasoning_item_type import ReasoningItemType
    from .reasoning_mode import ReasoningMode
    from .reasoning_summary import ReasoningSummary
    from .reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent
    from .reasoning_summary_part_added_event_type import (
        ReasoningSummaryPartAddedEventType,
    )
    from .reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from .reasoning_summary_part_done_event_type import (
        ReasoningSummaryPartDoneEventType,
    )
    from .reasoning_summary_text import ReasoningSummaryText
    from .reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent
    from .reasoning_summary_text_delta_event_type import (
        ReasoningSummaryTextDeltaEventType,
    )
    from .reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from .reasoning_summary_text_done_event_type import (
        ReasoningSummaryTextDoneEventType,
    )
    from .reasoning_summary_text_type import ReasoningSummaryTextType
    from .reasoning_summary_verbosity import ReasoningSummaryVerbosity
    from .reasoning_text_content import ReasoningTextContent
    from .reasoning_text_content_type import ReasoningTextContentType
    from .refusal_delta_event import RefusalDeltaEvent
    from .refusal_delta_event_type import RefusalDeltaEventType
    from .refusal_done_event import RefusalDoneEvent
    from .refusal_done_event_type import RefusalDoneEventType
    from .request_metadata import RequestMetadata
    from .request_timeout_response import RequestTimeoutResponse
    from .request_timeout_response_error_data import RequestTimeoutResponseErrorData
    from .request_timeout_response_error_data_metadata_type_0 import (
        RequestTimeoutResponseErrorDataMetadataType0,
    )
    from .request_timeout_response_modelgates_metadata_type_0 import (
        RequestTimeoutResponseModelgatesMetadataType0,
    )
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_object_type import ResponseFormatJsonObjectType
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_type import ResponseFormatJsonSchemaType
    from .response_format_text import ResponseFormatText
    from .response_format_text_type import ResponseFormatTextType
    from .response_healing_plugin import ResponseHealingPlugin
    from .response_healing_plugin_id import ResponseHealingPluginId
    from .response_includes_enum import ResponseIncludesEnum
    from .response_output_text import ResponseOutputText
    from .response_output_text_logprobs_item import ResponseOutputTextLogprobsItem
    from .response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )
    from .response_output_text_type import ResponseOutputTextType
    from .responses_error_field import ResponsesErrorField
    from .responses_error_field_code import ResponsesErrorFieldCode
    from .responses_request import ResponsesRequest
    from .responses_request_service_tier_type_1 import ResponsesRequestServiceTierType1
    from .responses_request_service_tier_type_2_type_1 import (
        ResponsesRequestServiceTierType2Type1,
    )
    from .responses_request_service_tier_type_3_type_1 import (
        ResponsesRequestServiceTierType3Type1,
    )
    from .responses_request_tools_item_type_0 import ResponsesRequestToolsItemType0
    from .responses_request_tools_item_type_0_parameters_type_0 import (
        ResponsesRequestToolsItemType0ParametersType0,
    )
    from .responses_request_tools_item_type_0_type import (
        ResponsesRequestToolsItemType0Type,
    )
    from .responses_streaming_response import ResponsesStreamingResponse
    from .router_attempt import RouterAttempt
    from .router_params import RouterParams
    from .routing_strategy import RoutingStrategy
    from .scim_group import ScimGroup
    from .scim_group_mapping import ScimGroupMapping
    from .scim_group_mapping_role import ScimGroupMappingRole
    from .search_context_size_enum import SearchContextSizeEnum
    from .search_models_server_tool_config import SearchModelsServerToolConfig
    from .search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from .search_models_server_tool_open_router_type import (
        SearchModelsServerToolOpenRouterType,
    )
    from .search_quality_level import SearchQualityLevel
    from .server_tool_use_details import ServerToolUseDetails
    from .service_tier import ServiceTier
    from .service_unavailable_response import ServiceUnavailableResponse
    from .service_unavailable_response_error_data import (
        ServiceUnavailableResponseErrorData,
    )
    from .service_unavailable_response_error_data_metadata_type_0 import (
        ServiceUnavailableResponseErrorDataMetadataType0,
    )
    from .service_unavailable_response_modelgates_metadata_type_0 import (
        ServiceUnavailableResponseModelgatesMetadataType0,
    )
    from .session_cost_item import SessionCostItem
    from .session_cost_item_turn_range import SessionCostItemTurnRange
    from .session_cost_meta import SessionCostMeta
    from .session_cost_meta_version import SessionCostMetaVersion
    from .session_cost_response import SessionCostResponse
    from .shell_call_item import ShellCallItem
    from .shell_call_item_action import ShellCallItemAction
    from .shell_call_item_type import ShellCallItemType
    from .shell_call_output_content import ShellCallOutputContent
    from .shell_call_output_content_outcome_type_0 import (
        ShellCallOutputContentOutcomeType0,
    )
    from .shell_call_output_content_outcome_type_0_type import (
        ShellCallOutputContentOutcomeType0Type,
    )
    from .shell_call_output_content_outcome_type_1 import (
        ShellCallOutputContentOutcomeType1,
    )
    from .shell_call_output_content_outcome_type_1_type import (
        ShellCallOutputContentOutcomeType1Type,
    )
    from .shell_call_output_item import ShellCallOutputItem
    from .shell_call_output_item_type import ShellCallOutputItemType
    from .shell_call_status import ShellCallStatus
    from .shell_server_tool import ShellServerTool
    from .shell_server_tool_config import ShellServerToolConfig
    from .shell_server_tool_engine import ShellServerToolEngine
    from .shell_server_tool_open_router import ShellServerToolOpenRouter
    from .shell_server_tool_open_router_type import ShellServerToolOpenRouterType
    from .shell_server_tool_type import ShellServerToolType
    from .speech_request import SpeechRequest
    from .speech_request_provider import SpeechRequestProvider
    from .speech_request_response_format import SpeechRequestResponseFormat
    from .stop_server_tools_when_finish_reason_is import (
        StopServerToolsWhenFinishReasonIs,
    )
    from .stop_server_tools_when_finish_reason_is_type import (
        StopServerToolsWhenFinishReasonIsType,
    )
    from .stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from .stop_server_tools_when_has_tool_call_type import (
        StopServerToolsWhenHasToolCallType,
    )
    from .stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from .stop_server_tools_when_max_cost_type import StopServerToolsWhenMaxCostType
    from .stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from .stop_server_tools_when_max_tokens_used_type import (
        StopServerToolsWhenMaxTokensUsedType,
    )
    from .stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from .stop_server_tools_when_step_count_is_type import (
        StopServerToolsWhenStepCountIsType,
    )
    from .stored_prompt_template import StoredPromptTemplate
    from .stored_prompt_template_variables_type_0 import (
        StoredPromptTemplateVariablesType0,
    )
    from .stream_events_response_completed import StreamEventsResponseCompleted
    from .stream_events_response_completed_type import StreamEventsResponseCompletedType
    from .stream_events_response_failed import StreamEventsResponseFailed
    from .stream_events_response_failed_type import StreamEventsResponseFailedType
    from .stream_events_response_incomplete import StreamEventsResponseIncomplete
    from .stream_events_response_incomplete_type import (
        StreamEventsResponseIncompleteType,
    )
    from .stream_events_response_output_item_added import (
        StreamEventsResponseOutputItemAdded,
    )
    from .stream_events_response_output_item_added_type import (
        StreamEventsResponseOutputItemAddedType,
    )
    from .stream_events_response_output_item_done import (
        StreamEventsResponseOutputItemDone,
    )
    from .stream_events_response_output_item_done_type import (
        StreamEventsResponseOutputItemDoneType,
    )
    from .stream_logprob import StreamLogprob
    from .stream_logprob_top_logprob import StreamLogprobTopLogprob
    from .stt_input_audio import STTInputAudio
    from .stt_request import STTRequest
    from .stt_request_provider import STTRequestProvider
    from .stt_request_response_format import STTRequestResponseFormat
    from .stt_response import STTResponse
    from .stt_segment import STTSegment
    from .stt_timestamp_granularity import STTTimestampGranularity
    from .stt_usage import STTUsage
    from .stt_word import STTWord
    from .subagent_nested_tool import SubagentNestedTool
    from .subagent_nested_tool_parameters import SubagentNestedToolParameters
    from .subagent_reasoning import SubagentReasoning
    from .subagent_reasoning_effort import SubagentReasoningEffort
    from .subagent_server_tool_config import SubagentServerToolConfig
    from .subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from .subagent_server_tool_open_router_type import SubagentServerToolOpenRouterType
    from .submit_generation_feedback_request import SubmitGenerationFeedbackRequest
    from .submit_generation_feedback_request_category import (
        SubmitGenerationFeedbackRequestCategory,
    )
    from .submit_generation_feedback_response import SubmitGenerationFeedbackResponse
    from .submit_generation_feedback_response_data import (
        SubmitGenerationFeedbackResponseData,
    )
    from .supported_parameters import SupportedParameters
    from .task_classification_item import TaskClassificationItem
    from .task_classification_macro_category import TaskClassificationMacroCategory
    from .task_classification_model import TaskClassificationModel
    from .task_classification_response import TaskClassificationResponse
    from .task_classification_response_data import TaskClassificationResponseData
    from .text_config import TextConfig
    from .text_config_verbosity_type_1 import TextConfigVerbosityType1
    from .text_config_verbosity_type_2_type_1 import TextConfigVerbosityType2Type1
    from .text_config_verbosity_type_3_type_1 import TextConfigVerbosityType3Type1
    from .text_delta_event import TextDeltaEvent
    from .text_delta_event_type import TextDeltaEventType
    from .text_done_event import TextDoneEvent
    from .text_done_event_type import TextDoneEventType
    from .text_extended_config import TextExtendedConfig
    from .text_extended_config_verbosity_type_1 import TextExtendedConfigVerbosityType1
    from .text_extended_config_verbosity_type_2_type_1 import (
        TextExtendedConfigVerbosityType2Type1,
    )
    from .text_extended_config_verbosity_type_3_type_1 import (
        TextExtendedConfigVerbosityType3Type1,
    )
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_error_data import TooManyRequestsResponseErrorData
    from .too_many_requests_response_error_data_metadata_type_0 import (
        TooManyRequestsResponseErrorDataMetadataType0,
    )
    from .too_many_requests_response_modelgates_metadata_type_0 import (
        TooManyRequestsResponseModelgatesMetadataType0,
    )
    from .tool_call_status import ToolCallStatus
    from .tool_choice_allowed import ToolChoiceAllowed
    from .tool_choice_allowed_mode_type_0 import ToolChoiceAllowedModeType0
    from .tool_choice_allowed_mode_type_1 import ToolChoiceAllowedModeType1
    from .tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
    from .tool_choice_allowed_type import ToolChoiceAllowedType
    from .tool_search_server_tool import ToolSearchServerTool
    from .tool_search_server_tool_config import ToolSearchServerToolConfig
    from .tool_search_server_tool_type import ToolSearchServerToolType
    from .top_provider_info import TopProviderInfo
    from .trace_config import TraceConfig
    from .truncation import Truncation
    from .unauthorized_response import UnauthorizedResponse
    from .unauthorized_response_error_data import UnauthorizedResponseErrorData
    from .unauthorized_response_error_data_metadata_type_0 import (
        UnauthorizedResponseErrorDataMetadataType0,
    )
    from .unauthorized_response_modelgates_metadata_type_0 import (
        UnauthorizedResponseModelgatesMetadataType0,
    )
    from .unified_benchmark_pricing import UnifiedBenchmarkPricing
    from .unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from .unified_benchmarks_aa_item_source import UnifiedBenchmarksAAItemSource
    from .unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from .unified_benchmarks_da_item_source import UnifiedBenchmarksDAItemSource
    from .unified_benchmarks_da_item_tournament_stats import (
        UnifiedBenchmarksDAItemTournamentStats,
    )
    from .unified_benchmarks_meta import UnifiedBenchmarksMeta
    from .unified_benchmarks_meta_source_type_1 import UnifiedBenchmarksMetaSourceType1
    from .unified_benchmarks_meta_source_type_2_type_1 import (
        UnifiedBenchmarksMetaSourceType2Type1,
    )
    from .unified_benchmarks_meta_source_type_3_type_1 import (
        UnifiedBenchmarksMetaSourceType3Type1,
    )
    from .unified_benchmarks_meta_version import UnifiedBenchmarksMetaVersion
    from .unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from .unified_benchmarks_or_item_benchmark_type import (
        UnifiedBenchmarksORItemBenchmarkType,
    )
    from .unified_benchmarks_or_item_source import UnifiedBenchmarksORItemSource
    from .unified_benchmarks_response import UnifiedBenchmarksResponse
    from .unified_benchmarks_search_item import UnifiedBenchmarksSearchItem
    from .unified_benchmarks_search_item_benchmark_type import (
        UnifiedBenchmarksSearchItemBenchmarkType,
    )
    from .unified_benchmarks_search_item_primary_metric import (
        UnifiedBenchmarksSearchItemPrimaryMetric,
    )
    from .unified_benchmarks_search_item_search_surface import (
        UnifiedBenchmarksSearchItemSearchSurface,
    )
    from .unified_benchmarks_search_item_source import UnifiedBenchmarksSearchItemSource
    from .unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig
    from .unprocessable_entity_response import UnprocessableEntityResponse
    from .unprocessable_entity_response_error_data import (
        UnprocessableEntityResponseErrorData,
    )
    from .unprocessable_entity_response_error_data_metadata_type_0 import (
        UnprocessableEntityResponseErrorDataMetadataType0,
    )
    from .unprocessable_entity_response_modelgates_metadata_type_0 import (
        UnprocessableEntityResponseModelgatesMetadataType0,
    )
    from .update_byok_key_request import UpdateBYOKKeyRequest
    from .update_byok_key_response import UpdateBYOKKeyResponse
    from .update_guardrail_request import UpdateGuardrailRequest
    from .update_guardrail_response import UpdateGuardrailResponse
    from .update_keys_body import UpdateKeysBody
    from .update_keys_body_limit_reset_type_1 import UpdateKeysBodyLimitResetType1
    from .update_keys_body_limit_reset_type_2_type_1 import (
        UpdateKeysBodyLimitResetType2Type1,
    )
    from .update_keys_body_limit_reset_type_3_type_1 import (
        UpdateKeysBodyLimitResetType3Type1,
    )
    from .update_keys_response_200 import UpdateKeysResponse200
    from .update_keys_response_200_data import UpdateKeysResponse200Data
    from .update_observability_destination_request import (
        UpdateObservabilityDestinationRequest,
    )
    from .update_observability_destination_request_config import (
        UpdateObservabilityDestinationRequestConfig,
    )
    from .update_observability_destination_response import (
        UpdateObservabilityDestinationResponse,
    )
    from .update_scim_group_mapping_request import UpdateScimGroupMappingRequest
    from .update_scim_group_mapping_request_role import (
        UpdateScimGroupMappingRequestRole,
    )
    from .update_scim_group_mapping_response import UpdateScimGroupMappingResponse
    from .update_workspace_request import UpdateWorkspaceRequest
    from .update_workspace_response import UpdateWorkspaceResponse
    from .upload_file_body import UploadFileBody
    from .upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
    from .upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
    from .url_citation import URLCitation
    from .url_citation_type import URLCitationType
    from .usage import Usage
    from .usage_cost_details import UsageCostDetails
    from .usage_input_tokens_details import UsageInputTokensDetails
    from .usage_output_tokens_details import UsageOutputTokensDetails
    from .video_generation_request import VideoGenerationRequest
    from .video_generation_request_aspect_ratio import VideoGenerationRequestAspectRatio
    from .video_generation_request_provider import VideoGenerationRequestProvider
    from .video_generation_request_resolution import VideoGenerationRequestResolution
    from .video_generation_response import VideoGenerationResponse
    from .video_generation_response_status import VideoGenerationResponseStatus
    from .video_generation_usage import VideoGenerationUsage
    from .video_model import VideoModel
    from .video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from .video_model_supported_aspect_ratios_type_0_item import (
        VideoModelSupportedAspectRatiosType0Item,
    )
    from .video_model_supported_frame_images_type_0_item import (
        VideoModelSupportedFrameImagesType0Item,
    )
    from .video_model_supported_resolutions_type_0_item import (
        VideoModelSupportedResolutionsType0Item,
    )
    from .video_model_supported_sizes_type_0_item import (
        VideoModelSupportedSizesType0Item,
    )
    from .video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0
    from .video_models_list_response import VideoModelsListResponse
    from .web_fetch_engine_enum import WebFetchEngineEnum
    from .web_fetch_plugin import WebFetchPlugin
    from .web_fetch_plugin_id import WebFetchPluginId
    from .web_fetch_server_tool import WebFetchServerTool
    from .web_fetch_server_tool_config import WebFetchServerToolConfig
    from .web_fetch_server_tool_type import WebFetchServerToolType
    from .web_search_call_completed_event import WebSearchCallCompletedEvent
    from .web_search_call_completed_event_type import WebSearchCallCompletedEventType
    from .web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from .web_search_call_in_progress_event_type import WebSearchCallInProgressEventType
    from .web_search_call_searching_event import WebSearchCallSearchingEvent
    from .web_search_call_searching_event_type import WebSearchCallSearchingEventType
    from .web_search_config import WebSearchConfig
    from .web_search_domain_filter import WebSearchDomainFilter
    from .web_search_engine import WebSearchEngine
    from .web_search_engine_enum import WebSearchEngineEnum
    from .web_search_mode import WebSearchMode
    from .web_search_plugin import WebSearchPlugin
    from .web_search_plugin_id import WebSearchPluginId
    from .web_search_plugin_user_location_type_0 import WebSearchPluginUserLocationType0
    from .web_search_plugin_user_location_type_0_type import (
        WebSearchPluginUserLocationType0Type,
    )
    from .web_search_server_tool import WebSearchServerTool
    from .web_search_server_tool_config import WebSearchServerToolConfig
    from .web_search_server_tool_open_router import WebSearchServerToolOpenRouter
    from .web_search_server_tool_open_router_type import (
        WebSearchServerToolOpenRouterType,
    )
    from .web_search_server_tool_type import WebSearchServerToolType
    from .web_search_source import WebSearchSource
    from .web_search_source_type import WebSearchSourceType
    from .web_search_status import WebSearchStatus
    from .web_search_user_location import WebSearchUserLocation
    from .web_search_user_location_server_tool import WebSearchUserLocationServerTool
    from .web_search_user_location_server_tool_type import (
        WebSearchUserLocationServerToolType,
    )
    from .web_search_user_location_type import WebSearchUserLocationType
    from .workspace import Workspace
    from .workspace_budget import WorkspaceBudget
    from .workspace_budget_interval import WorkspaceBudgetInterval
    from .workspace_budget_reset_interval_type_1 import (
        WorkspaceBudgetResetIntervalType1,
    )
    from .workspace_budget_reset_interval_type_2_type_1 import (
        WorkspaceBudgetResetIntervalType2Type1,
    )
    from .workspace_budget_reset_interval_type_3_type_1 import (
        WorkspaceBudgetResetIntervalType3Type1,
    )
    from .workspace_member import WorkspaceMember
    from .workspace_member_role import WorkspaceMemberRole

_MODULE_OF = {
    "AABenchmarkEntry": "aa_benchmark_entry",
    "ActivityItem": "activity_item",
    "ActivityResponse": "activity_response",
    "AdditionalToolsItem": "additional_tools_item",
    "AdditionalToolsItemRole": "additional_tools_item_role",
    "AdditionalToolsItemToolsItemType0": "additional_tools_item_tools_item_type_0",
    "AdditionalToolsItemToolsItemType0ParametersType0": "additional_tools_item_tools_item_type_0_parameters_type_0",
    "AdditionalToolsItemToolsItemType0Type": "additional_tools_item_tools_item_type_0_type",
    "AdditionalToolsItemToolsItemType28": "additional_tools_item_tools_item_type_28",
    "AdditionalToolsItemType": "additional_tools_item_type",
    "AdvisorReasoning": "advisor_reasoning",
    "AdvisorReasoningEffort": "advisor_reasoning_effort",
    "AdvisorServerToolConfig": "advisor_server_tool_config",
    "AdvisorServerToolOpenRouter": "advisor_server_tool_open_router",
    "AdvisorServerToolOpenRouterType": "advisor_server_tool_open_router_type",
    "AgentMessageItem": "agent_message_item",
    "AgentMessageItemAgentType0": "agent_message_item_agent_type_0",
    "AgentMessageItemContentItemType1": "agent_message_item_content_item_type_1",
    "AgentMessageItemContentItemType1Detail": "agent_message_item_content_item_type_1_detail",
    "AgentMessageItemContentItemType1Type": "agent_message_item_content_item_type_1_type",
    "AgentMessageItemContentItemType2": "agent_message_item_content_item_type_2",
    "AgentMessageItemContentItemType2Type": "agent_message_item_content_item_type_2_type",
    "AgentMessageItemType": "agent_message_item_type",
    "AnnotationAddedEvent": "annotation_added_event",
    "AnnotationAddedEventType": "annotation_added_event_type",
    "AnthropicAdvisorMessageUsageIteration": "anthropic_advisor_message_usage_iteration",
    "AnthropicAdvisorMessageUsageIterationType": "anthropic_advisor_message_usage_iteration_type",
    "AnthropicAdvisorToolResult": "anthropic_advisor_tool_result",
    "AnthropicAdvisorToolResultContent": "anthropic_advisor_tool_result_content",
    "AnthropicAdvisorToolResultType": "anthropic_advisor_tool_result_type",
    "AnthropicAllowedCallersItem": "anthropic_allowed_callers_item",
    "AnthropicBase64ImageSource": "anthropic_base_64_image_source",
    "AnthropicBase64ImageSourceType": "anthropic_base_64_image_source_type",
    "AnthropicBase64PdfSource": "anthropic_base_64_pdf_source",
    "AnthropicBase64PdfSourceMediaType": "anthropic_base_64_pdf_source_media_type",
    "AnthropicBase64PdfSourceType": "anthropic_base_64_pdf_source_type",
    "AnthropicBaseUsageIteration": "anthropic_base_usage_iteration",
    "AnthropicBashCodeExecutionOutput": "anthropic_bash_code_execution_output",
    "AnthropicBashCodeExecutionOutputType": "anthropic_bash_code_execution_output_type",
    "AnthropicBashCodeExecutionResult": "anthropic_bash_code_execution_result",
    "AnthropicBashCodeExecutionResultType": "anthropic_bash_code_execution_result_type",
    "AnthropicBashCodeExecutionToolResult": "anthropic_bash_code_execution_tool_result",
    "AnthropicBashCodeExecutionToolResultError": "anthropic_bash_code_execution_tool_result_error",
    "AnthropicBashCodeExecutionToolResultErrorErrorCode": "anthropic_bash_code_execution_tool_result_error_error_code",
    "AnthropicBashCodeExecutionToolResultErrorType": "anthropic_bash_code_execution_tool_result_error_type",
    "AnthropicBashCodeExecutionToolResultType": "anthropic_bash_code_execution_tool_result_type",
    "AnthropicCacheControlDirective": "anthropic_cache_control_directive",
    "AnthropicCacheControlDirectiveType": "anthropic_cache_control_directive_type",
    "AnthropicCacheControlTtl": "anthropic_cache_control_ttl",
    "AnthropicCacheCreation": "anthropic_cache_creation",
    "AnthropicCitationCharLocation": "anthropic_citation_char_location",
    "AnthropicCitationCharLocationParam": "anthropic_citation_char_location_param",
    "AnthropicCitationCharLocationParamType": "anthropic_citation_char_location_param_type",
    "AnthropicCitationCharLocationType": "anthropic_citation_char_location_type",
    "AnthropicCitationContentBlockLocation": "anthropic_citation_content_block_location",
    "AnthropicCitationContentBlockLocationParam": "anthropic_citation_content_block_location_param",
    "AnthropicCitationContentBlockLocationParamType": "anthropic_citation_content_block_location_param_type",
    "AnthropicCitationContentBlockLocationType": "anthropic_citation_content_block_location_type",
    "AnthropicCitationPageLocation": "anthropic_citation_page_location",
    "AnthropicCitationPageLocationParam": "anthropic_citation_page_location_param",
    "AnthropicCitationPageLocationParamType": "anthropic_citation_page_location_param_type",
    "AnthropicCitationPageLocationType": "anthropic_citation_page_location_type",
    "AnthropicCitationSearchResultLocation": "anthropic_citation_search_result_location",
    "AnthropicCitationSearchResultLocationParam": "anthropic_citation_search_result_location_param",
    "AnthropicCitationSearchResultLocationParamType": "anthropic_citation_search_result_location_param_type",
    "AnthropicCitationSearchResultLocationType": "anthropic_citation_search_result_location_type",
    "AnthropicCitationWebSearchResultLocation": "anthropic_citation_web_search_result_location",
    "AnthropicCitationWebSearchResultLocationParam": "anthropic_citation_web_search_result_location_param",
    "AnthropicCitationWebSearchResultLocationParamType": "anthropic_citation_web_search_result_location_param_type",
    "AnthropicCitationWebSearchResultLocationType": "anthropic_citation_web_search_result_location_type",
    "AnthropicCitationsConfig": "anthropic_citations_config",
    "AnthropicCodeExecution20250825Caller": "anthropic_code_execution_20250825_caller",
    "AnthropicCodeExecution20250825CallerType": "anthropic_code_execution_20250825_caller_type",
    "AnthropicCodeExecution20260120Caller": "anthropic_code_execution_20260120_caller",
    "AnthropicCodeExecution20260120CallerType": "anthropic_code_execution_20260120_caller_type",
    "AnthropicCodeExecutionOutput": "anthropic_code_execution_output",
    "AnthropicCodeExecutionOutputType": "anthropic_code_execution_output_type",
    "AnthropicCodeExecutionResult": "anthropic_code_execution_result",
    "AnthropicCodeExecutionResultType": "anthropic_code_execution_result_type",
    "AnthropicCodeExecutionToolResult": "anthropic_code_execution_tool_result",
    "AnthropicCodeExecutionToolResultError": "anthropic_code_execution_tool_result_error",
    "AnthropicCodeExecutionToolResultErrorType": "anthropic_code_execution_tool_result_error_type",
    "AnthropicCodeExecutionToolResultType": "anthropic_code_execution_tool_result_type",
    "AnthropicCompactionBlock": "anthropic_compaction_block",
    "AnthropicCompactionBlockType": "anthropic_compaction_block_type",
    "AnthropicCompactionUsageIteration": "anthropic_compaction_usage_iteration",
    "AnthropicCompactionUsageIterationType": "anthropic_compaction_usage_iteration_type",
    "AnthropicContainer": "anthropic_container",
    "AnthropicContainerUpload": "anthropic_container_upload",
    "AnthropicContainerUploadType": "anthropic_container_upload_type",
    "AnthropicDirectCaller": "anthropic_direct_caller",
    "AnthropicDirectCallerType": "anthropic_direct_caller_type",
    "AnthropicDocumentBlock": "anthropic_document_block",
    "AnthropicDocumentBlockParam": "anthropic_document_block_param",
    "AnthropicDocumentBlockParamCitationsType0": "anthropic_document_block_param_citations_type_0",
    "AnthropicDocumentBlockParamSourceType2": "anthropic_document_block_param_source_type_2",
    "AnthropicDocumentBlockParamSourceType2Type": "anthropic_document_block_param_source_type_2_type",
    "AnthropicDocumentBlockParamType": "anthropic_document_block_param_type",
    "AnthropicDocumentBlockType": "anthropic_document_block_type",
    "AnthropicEncryptedCodeExecutionResult": "anthropic_encrypted_code_execution_result",
    "AnthropicEncryptedCodeExecutionResultType": "anthropic_encrypted_code_execution_result_type",
    "AnthropicFile": "anthropic_file",
    "AnthropicFileDeleted": "anthropic_file_deleted",
    "AnthropicFileDeletedShape": "anthropic_file_deleted_shape",
    "AnthropicFileDeletedType": "anthropic_file_deleted_type",
    "AnthropicFileDocumentSource": "anthropic_file_document_source",
    "AnthropicFileDocumentSourceType": "anthropic_file_document_source_type",
    "AnthropicFileList": "anthropic_file_list",
    "AnthropicFileListShape": "anthropic_file_list_shape",
    "AnthropicFileShape": "anthropic_file_shape",
    "AnthropicFileType": "anthropic_file_type",
    "AnthropicImageBlockParam": "anthropic_image_block_param",
    "AnthropicImageBlockParamType": "anthropic_image_block_param_type",
    "AnthropicImageMimeType": "anthropic_image_mime_type",
    "AnthropicInputTokensClearAtLeast": "anthropic_input_tokens_clear_at_least",
    "AnthropicInputTokensClearAtLeastType": "anthropic_input_tokens_clear_at_least_type",
    "AnthropicInputTokensTrigger": "anthropic_input_tokens_trigger",
    "AnthropicInputTokensTriggerType": "anthropic_input_tokens_trigger_type",
    "AnthropicIterationCacheCreation": "anthropic_iteration_cache_creation",
    "AnthropicMessageUsageIteration": "anthropic_message_usage_iteration",
    "AnthropicMessageUsageIterationType": "anthropic_message_usage_iteration_type",
    "AnthropicMessagesErrorResponse": "anthropic_messages_error_response",
    "AnthropicMessagesErrorResponseError": "anthropic_messages_error_response_error",
    "AnthropicMessagesErrorResponseErrorType": "anthropic_messages_error_response_error_type",
    "AnthropicMessagesErrorResponseMetadata": "anthropic_messages_error_response_metadata",
    "AnthropicMessagesErrorResponseOpenrouterMetadataType0": "anthropic_messages_error_response_openrouter_metadata_type_0",
    "AnthropicMessagesErrorResponseType": "anthropic_messages_error_response_type",
    "AnthropicOutputTokensDetails": "anthropic_output_tokens_details",
    "AnthropicPlainTextSource": "anthropic_plain_text_source",
    "AnthropicPlainTextSourceMediaType": "anthropic_plain_text_source_media_type",
    "AnthropicPlainTextSourceType": "anthropic_plain_text_source_type",
    "AnthropicRedactedThinkingBlock": "anthropic_redacted_thinking_block",
    "AnthropicRedactedThinkingBlockType": "anthropic_redacted_thinking_block_type",
    "AnthropicRefusalStopDetails": "anthropic_refusal_stop_details",
    "AnthropicRefusalStopDetailsCategoryType1": "anthropic_refusal_stop_details_category_type_1",
    "AnthropicRefusalStopDetailsCategoryType2Type1": "anthropic_refusal_stop_details_category_type_2_type_1",
    "AnthropicRefusalStopDetailsCategoryType3Type1": "anthropic_refusal_stop_details_category_type_3_type_1",
    "AnthropicRefusalStopDetailsType": "anthropic_refusal_stop_details_type",
    "AnthropicSearchResultBlockParam": "anthropic_search_result_block_param",
    "AnthropicSearchResultBlockParamCitations": "anthropic_search_result_block_param_citations",
    "AnthropicSearchResultBlockParamType": "anthropic_search_result_block_param_type",
    "AnthropicServerToolErrorCode": "anthropic_server_tool_error_code",
    "AnthropicServerToolUsage": "anthropic_server_tool_usage",
    "AnthropicServiceTier": "anthropic_service_tier",
    "AnthropicSpeed": "anthropic_speed",
    "AnthropicTextBlock": "anthropic_text_block",
    "AnthropicTextBlockParam": "anthropic_text_block_param",
    "AnthropicTextBlockParamType": "anthropic_text_block_param_type",
    "AnthropicTextBlockType": "anthropic_text_block_type",
    "AnthropicTextEditorCodeExecutionCreateResult": "anthropic_text_editor_code_execution_create_result",
    "AnthropicTextEditorCodeExecutionCreateResultType": "anthropic_text_editor_code_execution_create_result_type",
    "AnthropicTextEditorCodeExecutionStrReplaceResult": "anthropic_text_editor_code_execution_str_replace_result",
    "AnthropicTextEditorCodeExecutionStrReplaceResultType": "anthropic_text_editor_code_execution_str_replace_result_type",
    "AnthropicTextEditorCodeExecutionToolResult": "anthropic_text_editor_code_execution_tool_result",
    "AnthropicTextEditorCodeExecutionToolResultError": "anthropic_text_editor_code_execution_tool_result_error",
    "AnthropicTextEditorCodeExecutionToolResultErrorErrorCode": "anthropic_text_editor_code_execution_tool_result_error_error_code",
    "AnthropicTextEditorCodeExecutionToolResultErrorType": "anthropic_text_editor_code_execution_tool_result_error_type",
    "AnthropicTextEditorCodeExecutionToolResultType": "anthropic_text_editor_code_execution_tool_result_type",
    "AnthropicTextEditorCodeExecutionViewResult": "anthropic_text_editor_code_execution_view_result",
    "AnthropicTextEditorCodeExecutionViewResultFileType": "anthropic_text_editor_code_execution_view_result_file_type",
    "AnthropicTextEditorCodeExecutionViewResultType": "anthropic_text_editor_code_execution_view_result_type",
    "AnthropicThinkingBlock": "anthropic_thinking_block",
    "AnthropicThinkingBlockType": "anthropic_thinking_block_type",
    "AnthropicThinkingDisplay": "anthropic_thinking_display",
    "AnthropicThinkingTurns": "anthropic_thinking_turns",
    "AnthropicThinkingTurnsType": "anthropic_thinking_turns_type",
    "AnthropicToolReference": "anthropic_tool_reference",
    "AnthropicToolReferenceType": "anthropic_tool_reference_type",
    "AnthropicToolSearchResult": "anthropic_tool_search_result",
    "AnthropicToolSearchResultError": "anthropic_tool_search_result_error",
    "AnthropicToolSearchResultErrorType": "anthropic_tool_search_result_error_type",
    "AnthropicToolSearchResultType": "anthropic_tool_search_result_type",
    "AnthropicToolSearchToolBm25": "anthropic_tool_search_tool_bm_25",
    "AnthropicToolSearchToolBm25Name": "anthropic_tool_search_tool_bm_25_name",
    "AnthropicToolSearchToolBm25Type": "anthropic_tool_search_tool_bm_25_type",
    "AnthropicToolSearchToolRegex": "anthropic_tool_search_tool_regex",
    "AnthropicToolSearchToolRegexName": "anthropic_tool_search_tool_regex_name",
    "AnthropicToolSearchToolRegexType": "anthropic_tool_search_tool_regex_type",
    "AnthropicToolSearchToolResult": "anthropic_tool_search_tool_result",
    "AnthropicToolSearchToolResultType": "anthropic_tool_search_tool_result_type",
    "AnthropicToolUseBlock": "anthropic_tool_use_block",
    "AnthropicToolUseBlockType": "anthropic_tool_use_block_type",
    "AnthropicToolUsesKeep": "anthropic_tool_uses_keep",
    "AnthropicToolUsesKeepType": "anthropic_tool_uses_keep_type",
    "AnthropicToolUsesTrigger": "anthropic_tool_uses_trigger",
    "AnthropicToolUsesTriggerType": "anthropic_tool_uses_trigger_type",
    "AnthropicUnknownUsageIteration": "anthropic_unknown_usage_iteration",
    "AnthropicUrlImageSource": "anthropic_url_image_source",
    "AnthropicUrlImageSourceType": "anthropic_url_image_source_type",
    "AnthropicUrlPdfSource": "anthropic_url_pdf_source",
    "AnthropicUrlPdfSourceType": "anthropic_url_pdf_source_type",
    "AnthropicUsage": "anthropic_usage",
    "AnthropicWebFetchBlock": "anthropic_web_fetch_block",
    "AnthropicWebFetchBlockType": "anthropic_web_fetch_block_type",
    "AnthropicWebFetchToolResult": "anthropic_web_fetch_tool_result",
    "AnthropicWebFetchToolResultError": "anthropic_web_fetch_tool_result_error",
    "AnthropicWebFetchToolResultErrorErrorCode": "anthropic_web_fetch_tool_result_error_error_code",
    "AnthropicWebFetchToolResultErrorType": "anthropic_web_fetch_tool_result_error_type",
    "AnthropicWebFetchToolResultType": "anthropic_web_fetch_tool_result_type",
    "AnthropicWebSearchResult": "anthropic_web_search_result",
    "AnthropicWebSearchResultBlockParam": "anthropic_web_search_result_block_param",
    "AnthropicWebSearchResultBlockParamType": "anthropic_web_search_result_block_param_type",
    "AnthropicWebSearchResultType": "anthropic_web_search_result_type",
    "AnthropicWebSearchToolResult": "anthropic_web_search_tool_result",
    "AnthropicWebSearchToolResultError": "anthropic_web_search_tool_result_error",
    "AnthropicWebSearchToolResultErrorErrorCode": "anthropic_web_search_tool_result_error_error_code",
    "AnthropicWebSearchToolResultErrorType": "anthropic_web_search_tool_result_error_type",
    "AnthropicWebSearchToolResultType": "anthropic_web_search_tool_result_type",
    "AnthropicWebSearchToolUserLocation": "anthropic_web_search_tool_user_location",
    "AnthropicWebSearchToolUserLocationType": "anthropic_web_search_tool_user_location_type",
    "ApiErrorType": "api_error_type",
    "AppRankingsItem": "app_rankings_item",
    "AppRankingsResponse": "app_rankings_response",
    "ApplyPatchCallItem": "apply_patch_call_item",
    "ApplyPatchCallItemType": "apply_patch_call_item_type",
    "ApplyPatchCallOperationDiffDeltaEvent": "apply_patch_call_operation_diff_delta_event",
    "ApplyPatchCallOperationDiffDeltaEventType": "apply_patch_call_operation_diff_delta_event_type",
    "ApplyPatchCallOperationDiffDoneEvent": "apply_patch_call_operation_diff_done_event",
    "ApplyPatchCallOperationDiffDoneEventType": "apply_patch_call_operation_diff_done_event_type",
    "ApplyPatchCallOutputItem": "apply_patch_call_output_item",
    "ApplyPatchCallOutputItemStatus": "apply_patch_call_output_item_status",
    "ApplyPatchCallOutputItemType": "apply_patch_call_output_item_type",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationType": "apply_patch_create_file_operation_type",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationType": "apply_patch_delete_file_operation_type",
    "ApplyPatchEngineEnum": "apply_patch_engine_enum",
    "ApplyPatchServerTool": "apply_patch_server_tool",
    "ApplyPatchServerToolConfig": "apply_patch_server_tool_config",
    "ApplyPatchServerToolOpenRouter": "apply_patch_server_tool_open_router",
    "ApplyPatchServerToolOpenRouterType": "apply_patch_server_tool_open_router_type",
    "ApplyPatchServerToolType": "apply_patch_server_tool_type",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationType": "apply_patch_update_file_operation_type",
    "AutoBetaRouterPlugin": "auto_beta_router_plugin",
    "AutoBetaRouterPluginCostTier": "auto_beta_router_plugin_cost_tier",
    "AutoBetaRouterPluginId": "auto_beta_router_plugin_id",
    "AutoRouterPlugin": "auto_router_plugin",
    "AutoRouterPluginCostTier": "auto_router_plugin_cost_tier",
    "AutoRouterPluginId": "auto_router_plugin_id",
    "BYOKKey": "byok_key",
    "BYOKProviderSlug": "byok_provider_slug",
    "BadGatewayResponse": "bad_gateway_response",
    "BadGatewayResponseErrorData": "bad_gateway_response_error_data",
    "BadGatewayResponseErrorDataMetadataType0": "bad_gateway_response_error_data_metadata_type_0",
    "BadGatewayResponseModelgatesMetadataType0": "bad_gateway_response_modelgates_metadata_type_0",
    "BadRequestResponse": "bad_request_response",
    "BadRequestResponseErrorData": "bad_request_response_error_data",
    "BadRequestResponseErrorDataMetadataType0": "bad_request_response_error_data_metadata_type_0",
    "BadRequestResponseModelgatesMetadataType0": "bad_request_response_modelgates_metadata_type_0",
    "BaseAnnotationAddedEvent": "base_annotation_added_event",
    "BaseAnnotationAddedEventType": "base_annotation_added_event_type",
    "BaseContentPartAddedEvent": "base_content_part_added_event",
    "BaseContentPartAddedEventType": "base_content_part_added_event_type",
    "BaseContentPartDoneEvent": "base_content_part_done_event",
    "BaseContentPartDoneEventType": "base_content_part_done_event_type",
    "BaseCustomToolCallInputDeltaEvent": "base_custom_tool_call_input_delta_event",
    "BaseCustomToolCallInputDeltaEventType": "base_custom_tool_call_input_delta_event_type",
    "BaseCustomToolCallInputDoneEvent": "base_custom_tool_call_input_done_event",
    "BaseCustomToolCallInputDoneEventType": "base_custom_tool_call_input_done_event_type",
    "BaseErrorEvent": "base_error_event",
    "BaseErrorEventType": "base_error_event_type",
    "BaseFunctionCallArgsDeltaEvent": "base_function_call_args_delta_event",
    "BaseFunctionCallArgsDeltaEventType": "base_function_call_args_delta_event_type",
    "BaseFunctionCallArgsDoneEvent": "base_function_call_args_done_event",
    "BaseFunctionCallArgsDoneEventType": "base_function_call_args_done_event_type",
    "BaseInputsType1ItemType0": "base_inputs_type_1_item_type_0",
    "BaseInputsType1ItemType0PhaseType0": "base_inputs_type_1_item_type_0_phase_type_0",
    "BaseInputsType1ItemType0PhaseType1": "base_inputs_type_1_item_type_0_phase_type_1",
    "BaseInputsType1ItemType0RoleType0": "base_inputs_type_1_item_type_0_role_type_0",
    "BaseInputsType1ItemType0RoleType1": "base_inputs_type_1_item_type_0_role_type_1",
    "BaseInputsType1ItemType0RoleType2": "base_inputs_type_1_item_type_0_role_type_2",
    "BaseInputsType1ItemType0RoleType3": "base_inputs_type_1_item_type_0_role_type_3",
    "BaseInputsType1ItemType0Type": "base_inputs_type_1_item_type_0_type",
    "BaseMessagesResult": "base_messages_result",
    "BaseMessagesResultRole": "base_messages_result_role",
    "BaseMessagesResultType": "base_messages_result_type",
    "BaseMessagesResultUsage": "base_messages_result_usage",
    "BaseReasoningConfig": "base_reasoning_config",
    "BaseReasoningDeltaEvent": "base_reasoning_delta_event",
    "BaseReasoningDeltaEventType": "base_reasoning_delta_event_type",
    "BaseReasoningDoneEvent": "base_reasoning_done_event",
    "BaseReasoningDoneEventType": "base_reasoning_done_event_type",
    "BaseReasoningSummaryPartAddedEvent": "base_reasoning_summary_part_added_event",
    "BaseReasoningSummaryPartAddedEventType": "base_reasoning_summary_part_added_event_type",
    "BaseReasoningSummaryPartDoneEvent": "base_reasoning_summary_part_done_event",
    "BaseReasoningSummaryPartDoneEventType": "base_reasoning_summary_part_done_event_type",
    "BaseReasoningSummaryTextDeltaEvent": "base_reasoning_summary_text_delta_event",
    "BaseReasoningSummaryTextDeltaEventType": "base_reasoning_summary_text_delta_event_type",
    "BaseReasoningSummaryTextDoneEvent": "base_reasoning_summary_text_done_event",
    "BaseReasoningSummaryTextDoneEventType": "base_reasoning_summary_text_done_event_type",
    "BaseRefusalDeltaEvent": "base_refusal_delta_event",
    "BaseRefusalDeltaEventType": "base_refusal_delta_event_type",
    "BaseRefusalDoneEvent": "base_refusal_done_event",
    "BaseRefusalDoneEventType": "base_refusal_done_event_type",
    "BaseResponsesResult": "base_responses_result",
    "BaseResponsesResultObject": "base_responses_result_object",
    "BaseResponsesResultToolsItemType0": "base_responses_result_tools_item_type_0",
    "BaseResponsesResultToolsItemType0ParametersType0": "base_responses_result_tools_item_type_0_parameters_type_0",
    "BaseResponsesResultToolsItemType0Type": "base_responses_result_tools_item_type_0_type",
    "BaseTextDeltaEvent": "base_text_delta_event",
    "BaseTextDeltaEventType": "base_text_delta_event_type",
    "BaseTextDoneEvent": "base_text_done_event",
    "BaseTextDoneEventType": "base_text_done_event_type",
    "BashServerTool": "bash_server_tool",
    "BashServerToolConfig": "bash_server_tool_config",
    "BashServerToolEngine": "bash_server_tool_engine",
    "BashServerToolType": "bash_server_tool_type",
    "BooleanCapability": "boolean_capability",
    "BooleanCapabilityType": "boolean_capability_type",
    "BulkAddWorkspaceMembersRequest": "bulk_add_workspace_members_request",
    "BulkAddWorkspaceMembersResponse": "bulk_add_workspace_members_response",
    "BulkAssignKeysRequest": "bulk_assign_keys_request",
    "BulkAssignKeysResponse": "bulk_assign_keys_response",
    "BulkAssignMembersRequest": "bulk_assign_members_request",
    "BulkAssignMembersResponse": "bulk_assign_members_response",
    "BulkRemoveWorkspaceMembersRequest": "bulk_remove_workspace_members_request",
    "BulkRemoveWorkspaceMembersResponse": "bulk_remove_workspace_members_response",
    "BulkUnassignKeysRequest": "bulk_unassign_keys_request",
    "BulkUnassignKeysResponse": "bulk_unassign_keys_response",
    "BulkUnassignMembersRequest": "bulk_unassign_members_request",
    "BulkUnassignMembersResponse": "bulk_unassign_members_response",
    "ChatAssistantMessage": "chat_assistant_message",
    "ChatAssistantMessageRole": "chat_assistant_message_role",
    "ChatAssistantResponseMessage": "chat_assistant_response_message",
    "ChatAssistantResponseMessageRole": "chat_assistant_response_message_role",
    "ChatChoice": "chat_choice",
    "ChatChoiceLogprobsType0": "chat_choice_logprobs_type_0",
    "ChatCompletionTokensDetails": "chat_completion_tokens_details",
    "ChatContentAudio": "chat_content_audio",
    "ChatContentAudioType": "chat_content_audio_type",
    "ChatContentFile": "chat_content_file",
    "ChatContentFileType": "chat_content_file_type",
    "ChatContentImage": "chat_content_image",
    "ChatContentImageType": "chat_content_image_type",
    "ChatContentText": "chat_content_text",
    "ChatContentTextType": "chat_content_text_type",
    "ChatContentVideo": "chat_content_video",
    "ChatContentVideoType": "chat_content_video_type",
    "ChatDebugOptions": "chat_debug_options",
    "ChatDeveloperMessage": "chat_developer_message",
    "ChatDeveloperMessageRole": "chat_developer_message_role",
    "ChatFileData": "chat_file_data",
    "ChatFinishReason": "chat_finish_reason",
    "ChatFunctionDefinition": "chat_function_definition",
    "ChatFunctionDefinitionParameters": "chat_function_definition_parameters",
    "ChatFunctionTool": "chat_function_tool",
    "ChatFunctionToolType": "chat_function_tool_type",
    "ChatImageUrl": "chat_image_url",
    "ChatImageUrlDetail": "chat_image_url_detail",
    "ChatInputAudio": "chat_input_audio",
    "ChatNamedToolChoice": "chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": "chat_named_tool_choice_function",
    "ChatNamedToolChoiceType": "chat_named_tool_choice_type",
    "ChatPromptTokensDetails": "chat_prompt_tokens_details",
    "ChatReasoningDetail": "chat_reasoning_detail",
    "ChatRequest": "chat_request",
    "ChatRequestImageConfig": "chat_request_image_config",
    "ChatRequestLogitBias": "chat_request_logit_bias",
    "ChatRequestMetadata": "chat_request_metadata",
    "ChatRequestPluginContextCompression": "chat_request_plugin_context_compression",
    "ChatRequestPluginContextCompressionEngine": "chat_request_plugin_context_compression_engine",
    "ChatRequestPluginContextCompressionId": "chat_request_plugin_context_compression_id",
    "ChatRequestPluginFileParser": "chat_request_plugin_file_parser",
    "ChatRequestPluginFileParserId": "chat_request_plugin_file_parser_id",
    "ChatRequestPluginModeration": "chat_request_plugin_moderation",
    "ChatRequestPluginModerationId": "chat_request_plugin_moderation_id",
    "ChatRequestPluginResponseHealing": "chat_request_plugin_response_healing",
    "ChatRequestPluginResponseHealingId": "chat_request_plugin_response_healing_id",
    "ChatRequestPluginWeb": "chat_request_plugin_web",
    "ChatRequestPluginWebId": "chat_request_plugin_web_id",
    "ChatRequestServiceTier": "chat_request_service_tier",
    "ChatResponseAudio": "chat_response_audio",
    "ChatResponseImage": "chat_response_image",
    "ChatResult": "chat_result",
    "ChatResultModelgatesMetadataType0": "chat_result_modelgates_metadata_type_0",
    "ChatStreamChoice": "chat_stream_choice",
    "ChatStreamChoiceLogprobsType0": "chat_stream_choice_logprobs_type_0",
    "ChatStreamChunk": "chat_stream_chunk",
    "ChatStreamChunkModelgatesMetadataType0": "chat_stream_chunk_modelgates_metadata_type_0",
    "ChatStreamDelta": "chat_stream_delta",
    "ChatStreamError": "chat_stream_error",
    "ChatStreamErrorMetadataType0": "chat_stream_error_metadata_type_0",
    "ChatStreamOptions": "chat_stream_options",
    "ChatStreamToolCallDelta": "chat_stream_tool_call_delta",
    "ChatStreamToolCallFunctionDelta": "chat_stream_tool_call_function_delta",
    "ChatSystemMessage": "chat_system_message",
    "ChatSystemMessageRole": "chat_system_message_role",
    "ChatToolCall": "chat_tool_call",
    "ChatToolCallFunction": "chat_tool_call_function",
    "ChatToolCallType": "chat_tool_call_type",
    "ChatToolChoiceMode": "chat_tool_choice_mode",
    "ChatToolMessage": "chat_tool_message",
    "ChatToolMessageRole": "chat_tool_message_role",
    "ChatUsage": "chat_usage",
    "ChatUserMessage": "chat_user_message",
    "ChatUserMessageRole": "chat_user_message_role",
    "ChatVideoUrl": "chat_video_url",
    "CodeInterpreterCallCodeDeltaEvent": "code_interpreter_call_code_delta_event",
    "CodeInterpreterCallCodeDeltaEventType": "code_interpreter_call_code_delta_event_type",
    "CodeInterpreterCallCodeDoneEvent": "code_interpreter_call_code_done_event",
    "CodeInterpreterCallCodeDoneEventType": "code_interpreter_call_code_done_event_type",
    "CodeInterpreterCallCompletedEvent": "code_interpreter_call_completed_event",
    "CodeInterpreterCallCompletedEventType": "code_interpreter_call_completed_event_type",
    "CodeInterpreterCallInProgressEvent": "code_interpreter_call_in_progress_event",
    "CodeInterpreterCallInProgressEventType": "code_interpreter_call_in_progress_event_type",
    "CodeInterpreterCallInterpretingEvent": "code_interpreter_call_interpreting_event",
    "CodeInterpreterCallInterpretingEventType": "code_interpreter_call_interpreting_event_type",
    "CodeInterpreterCallItem": "code_interpreter_call_item",
    "CodeInterpreterCallItemStatus": "code_interpreter_call_item_status",
    "CodeInterpreterCallItemType": "code_interpreter_call_item_type",
    "CodeInterpreterFileOutput": "code_interpreter_file_output",
    "CodeInterpreterFileOutputType": "code_interpreter_file_output_type",
    "CodeInterpreterImageOutput": "code_interpreter_image_output",
    "CodeInterpreterImageOutputType": "code_interpreter_image_output_type",
    "CodeInterpreterLogsOutput": "code_interpreter_logs_output",
    "CodeInterpreterLogsOutputType": "code_interpreter_logs_output_type",
    "CodeInterpreterServerTool": "code_interpreter_server_tool",
    "CodeInterpreterServerToolContainerType1": "code_interpreter_server_tool_container_type_1",
    "CodeInterpreterServerToolContainerType1MemoryLimitType1": "code_interpreter_server_tool_container_type_1_memory_limit_type_1",
    "CodeInterpreterServerToolContainerType1MemoryLimitType2Type1": "code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1",
    "CodeInterpreterServerToolContainerType1MemoryLimitType3Type1": "code_interpreter_server_tool_container_type_1_memory_limit_type_3_type_1",
    "CodeInterpreterServerToolContainerType1Type": "code_interpreter_server_tool_container_type_1_type",
    "CodeInterpreterServerToolType": "code_interpreter_server_tool_type",
    "CodexLocalShellTool": "codex_local_shell_tool",
    "CodexLocalShellToolType": "codex_local_shell_tool_type",
    "CompactionItem": "compaction_item",
    "CompactionItemType": "compaction_item_type",
    "CompletedEvent": "completed_event",
    "CompletedEventType": "completed_event_type",
    "CompoundFilter": "compound_filter",
    "CompoundFilterFiltersItem": "compound_filter_filters_item",
    "CompoundFilterType": "compound_filter_type",
    "ComputerUseServerTool": "computer_use_server_tool",
    "ComputerUseServerToolEnvironment": "computer_use_server_tool_environment",
    "ComputerUseServerToolType": "computer_use_server_tool_type",
    "ConflictResponse": "conflict_response",
    "ConflictResponseErrorData": "conflict_response_error_data",
    "ConflictResponseErrorDataMetadataType0": "conflict_response_error_data_metadata_type_0",
    "ConflictResponseOpenrouterMetadataType0": "conflict_response_openrouter_metadata_type_0",
    "ContainerAutoEnvironment": "container_auto_environment",
    "ContainerAutoEnvironmentType": "container_auto_environment_type",
    "ContainerReferenceEnvironment": "container_reference_environment",
    "ContainerReferenceEnvironmentType": "container_reference_environment_type",
    "ContentFilterAction": "content_filter_action",
    "ContentFilterBuiltinAction": "content_filter_builtin_action",
    "ContentFilterBuiltinEntry": "content_filter_builtin_entry",
    "ContentFilterBuiltinEntryInput": "content_filter_builtin_entry_input",
    "ContentFilterBuiltinSlug": "content_filter_builtin_slug",
    "ContentFilterEntry": "content_filter_entry",
    "ContentPartAddedEvent": "content_part_added_event",
    "ContentPartAddedEventType": "content_part_added_event_type",
    "ContentPartAudio": "content_part_audio",
    "ContentPartAudioAudioUrl": "content_part_audio_audio_url",
    "ContentPartAudioType": "content_part_audio_type",
    "ContentPartDoneEvent": "content_part_done_event",
    "ContentPartDoneEventType": "content_part_done_event_type",
    "ContentPartImage": "content_part_image",
    "ContentPartImageImageUrl": "content_part_image_image_url",
    "ContentPartImageType": "content_part_image_type",
    "ContentPartInputAudio": "content_part_input_audio",
    "ContentPartInputAudioType": "content_part_input_audio_type",
    "ContentPartInputFile": "content_part_input_file",
    "ContentPartInputFileType": "content_part_input_file_type",
    "ContentPartInputVideo": "content_part_input_video",
    "ContentPartInputVideoType": "content_part_input_video_type",
    "ContentPartVideo": "content_part_video",
    "ContentPartVideoType": "content_part_video_type",
    "ContentPartVideoVideoUrl": "content_part_video_video_url",
    "ContextCompactionItem": "context_compaction_item",
    "ContextCompactionItemType": "context_compaction_item_type",
    "ContextCompressionEngine": "context_compression_engine",
    "ContextCompressionPlugin": "context_compression_plugin",
    "ContextCompressionPluginId": "context_compression_plugin_id",
    "CostDetails": "cost_details",
    "CreateAudioTranscriptionsFilesBody": "create_audio_transcriptions_files_body",
    "CreateAudioTranscriptionsFilesBodyResponseFormat": "create_audio_transcriptions_files_body_response_format",
    "CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem": "create_audio_transcriptions_files_body_timestamp_granularities_item",
    "CreateAuthKeysCodeBody": "create_auth_keys_code_body",
    "CreateAuthKeysCodeBodyCodeChallengeMethod": "create_auth_keys_code_body_code_challenge_method",
    "CreateAuthKeysCodeBodyUsageLimitType": "create_auth_keys_code_body_usage_limit_type",
    "CreateAuthKeysCodeResponse200": "create_auth_keys_code_response_200",
    "CreateAuthKeysCodeResponse200Data": "create_auth_keys_code_response_200_data",
    "CreateBYOKKeyRequest": "create_byok_key_request",
    "CreateBYOKKeyResponse": "create_byok_key_response",
    "CreateEmbeddingsBody": "create_embeddings_body",
    "CreateEmbeddingsBodyEncodingFormat": "create_embeddings_body_encoding_format",
    "CreateEmbeddingsBodyInputType4Item": "create_embeddings_body_input_type_4_item",
    "CreateEmbeddingsBodyInputType4ItemContentItemType0": "create_embeddings_body_input_type_4_item_content_item_type_0",
    "CreateEmbeddingsBodyInputType4ItemContentItemType0Type": "create_embeddings_body_input_type_4_item_content_item_type_0_type",
    "CreateEmbeddingsBodyInputType4ItemContentItemType1": "create_embeddings_body_input_type_4_item_content_item_type_1",
    "CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl": "create_embeddings_body_input_type_4_item_content_item_type_1_image_url",
    "CreateEmbeddingsBodyInputType4ItemContentItemType1Type": "create_embeddings_body_input_type_4_item_content_item_type_1_type",
    "CreateEmbeddingsResponse200": "create_embeddings_response_200",
    "CreateEmbeddingsResponse200DataItem": "create_embeddings_response_200_data_item",
    "CreateEmbeddingsResponse200DataItemObject": "create_embeddings_response_200_data_item_object",
    "CreateEmbeddingsResponse200Object": "create_embeddings_response_200_object",
    "CreateEmbeddingsResponse200Usage": "create_embeddings_response_200_usage",
    "CreateEmbeddingsResponse200UsagePromptTokensDetails": "create_embeddings_response_200_usage_prompt_tokens_details",
    "CreateGuardrailRequest": "create_guardrail_request",
    "CreateGuardrailResponse": "create_guardrail_response",
    "CreateKeysBody": "create_keys_body",
    "CreateKeysBodyLimitResetType1": "create_keys_body_limit_reset_type_1",
    "CreateKeysBodyLimitResetType2Type1": "create_keys_body_limit_reset_type_2_type_1",
    "CreateKeysBodyLimitResetType3Type1": "create_keys_body_limit_reset_type_3_type_1",
    "CreateKeysResponse201": "create_keys_response_201",
    "CreateKeysResponse201Data": "create_keys_response_201_data",
    "CreateObservabilityDestinationRequest": "create_observability_destination_request",
    "CreateObservabilityDestinationRequestConfig": "create_observability_destination_request_config",
    "CreateObservabilityDestinationRequestType": "create_observability_destination_request_type",
    "CreateObservabilityDestinationResponse": "create_observability_destination_response",
    "CreatePresetFromInferenceResponse": "create_preset_from_inference_response",
    "CreateRerankBody": "create_rerank_body",
    "CreateRerankBodyDocumentsItemType1": "create_rerank_body_documents_item_type_1",
    "CreateRerankResponse200": "create_rerank_response_200",
    "CreateRerankResponse200ResultsItem": "create_rerank_response_200_results_item",
    "CreateRerankResponse200ResultsItemDocument": "create_rerank_response_200_results_item_document",
    "CreateRerankResponse200Usage": "create_rerank_response_200_usage",
    "CreateScimGroupMappingRequest": "create_scim_group_mapping_request",
    "CreateScimGroupMappingRequestRole": "create_scim_group_mapping_request_role",
    "CreateScimGroupMappingResponse": "create_scim_group_mapping_response",
    "CreateWorkspaceRequest": "create_workspace_request",
    "CreateWorkspaceResponse": "create_workspace_response",
    "CreatedEvent": "created_event",
    "CreatedEventType": "created_event_type",
    "CustomTool": "custom_tool",
    "CustomToolCallInputDeltaEvent": "custom_tool_call_input_delta_event",
    "CustomToolCallInputDeltaEventType": "custom_tool_call_input_delta_event_type",
    "CustomToolCallInputDoneEvent": "custom_tool_call_input_done_event",
    "CustomToolCallInputDoneEventType": "custom_tool_call_input_done_event_type",
    "CustomToolCallItem": "custom_tool_call_item",
    "CustomToolCallItemType": "custom_tool_call_item_type",
    "CustomToolCallOutputItem": "custom_tool_call_output_item",
    "CustomToolCallOutputItemOutputType1ItemType1": "custom_tool_call_output_item_output_type_1_item_type_1",
    "CustomToolCallOutputItemOutputType1ItemType1Detail": "custom_tool_call_output_item_output_type_1_item_type_1_detail",
    "CustomToolCallOutputItemOutputType1ItemType1Type": "custom_tool_call_output_item_output_type_1_item_type_1_type",
    "CustomToolCallOutputItemType": "custom_tool_call_output_item_type",
    "CustomToolFormatType0": "custom_tool_format_type_0",
    "CustomToolFormatType0Type": "custom_tool_format_type_0_type",
    "CustomToolFormatType1": "custom_tool_format_type_1",
    "CustomToolFormatType1Syntax": "custom_tool_format_type_1_syntax",
    "CustomToolFormatType1Type": "custom_tool_format_type_1_type",
    "CustomToolType": "custom_tool_type",
    "DABenchmarkEntry": "da_benchmark_entry",
    "DataCollection": "data_collection",
    "DatetimeServerTool": "datetime_server_tool",
    "DatetimeServerToolConfig": "datetime_server_tool_config",
    "DatetimeServerToolType": "datetime_server_tool_type",
    "DebugEvent": "debug_event",
    "DebugEventDebug": "debug_event_debug",
    "DebugEventDebugEchoUpstreamBody": "debug_event_debug_echo_upstream_body",
    "DebugEventDebugTimings": "debug_event_debug_timings",
    "DebugEventDebugTimingsEvent": "debug_event_debug_timings_event",
    "DebugEventType": "debug_event_type",
    "DefaultParameters": "default_parameters",
    "DeleteBYOKKeyResponse": "delete_byok_key_response",
    "DeleteGuardrailResponse": "delete_guardrail_response",
    "DeleteKeysResponse200": "delete_keys_response_200",
    "DeleteObservabilityDestinationResponse": "delete_observability_destination_response",
    "DeleteScimGroupMappingKeepMembersType0": "delete_scim_group_mapping_keep_members_type_0",
    "DeleteScimGroupMappingResponse": "delete_scim_group_mapping_response",
    "DeleteWorkspaceBudgetResponse": "delete_workspace_budget_response",
    "DeleteWorkspaceResponse": "delete_workspace_response",
    "DeprecatedRoute": "deprecated_route",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageContentType0ItemType1": "easy_input_message_content_type_0_item_type_1",
    "EasyInputMessageContentType0ItemType1Detail": "easy_input_message_content_type_0_item_type_1_detail",
    "EasyInputMessageContentType0ItemType1Type": "easy_input_message_content_type_0_item_type_1_type",
    "EasyInputMessagePhaseType0": "easy_input_message_phase_type_0",
    "EasyInputMessagePhaseType1": "easy_input_message_phase_type_1",
    "EasyInputMessageRoleType0": "easy_input_message_role_type_0",
    "EasyInputMessageRoleType1": "easy_input_message_role_type_1",
    "EasyInputMessageRoleType2": "easy_input_message_role_type_2",
    "EasyInputMessageRoleType3": "easy_input_message_role_type_3",
    "EasyInputMessageType": "easy_input_message_type",
    "EdgeNetworkTimeoutResponse": "edge_network_timeout_response",
    "EdgeNetworkTimeoutResponseErrorData": "edge_network_timeout_response_error_data",
    "EdgeNetworkTimeoutResponseErrorDataMetadataType0": "edge_network_timeout_response_error_data_metadata_type_0",
    "EdgeNetworkTimeoutResponseModelgatesMetadataType0": "edge_network_timeout_response_modelgates_metadata_type_0",
    "EndpointInfo": "endpoint_info",
    "EndpointStatus": "endpoint_status",
    "EndpointsMetadata": "endpoints_metadata",
    "EnumCapability": "enum_capability",
    "EnumCapabilityType": "enum_capability_type",
    "ErrorEvent": "error_event",
    "ErrorEventType": "error_event_type",
    "ExchangeAuthCodeForApiKeyBody": "exchange_auth_code_for_api_key_body",
    "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1": "exchange_auth_code_for_api_key_body_code_challenge_method_type_1",
    "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1": "exchange_auth_code_for_api_key_body_code_challenge_method_type_2_type_1",
    "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1": "exchange_auth_code_for_api_key_body_code_challenge_method_type_3_type_1",
    "ExchangeAuthCodeForApiKeyResponse200": "exchange_auth_code_for_api_key_response_200",
    "FailableToolCallStatus": "failable_tool_call_status",
    "FailedEvent": "failed_event",
    "FailedEventType": "failed_event_type",
    "FileCitation": "file_citation",
    "FileCitationType": "file_citation_type",
    "FileParserPdfOptions": "file_parser_pdf_options",
    "FileParserPlugin": "file_parser_plugin",
    "FileParserPluginId": "file_parser_plugin_id",
    "FilePath": "file_path",
    "FilePathType": "file_path_type",
    "FileProvider": "file_provider",
    "FileSearchServerTool": "file_search_server_tool",
    "FileSearchServerToolFiltersType0": "file_search_server_tool_filters_type_0",
    "FileSearchServerToolFiltersType0Type": "file_search_server_tool_filters_type_0_type",
    "FileSearchServerToolRankingOptions": "file_search_server_tool_ranking_options",
    "FileSearchServerToolRankingOptionsRanker": "file_search_server_tool_ranking_options_ranker",
    "FileSearchServerToolType": "file_search_server_tool_type",
    "FilesServerTool": "files_server_tool",
    "FilesServerToolConfig": "files_server_tool_config",
    "FilesServerToolType": "files_server_tool_type",
    "ForbiddenResponse": "forbidden_response",
    "ForbiddenResponseErrorData": "forbidden_response_error_data",
    "ForbiddenResponseErrorDataMetadataType0": "forbidden_response_error_data_metadata_type_0",
    "ForbiddenResponseModelgatesMetadataType0": "forbidden_response_modelgates_metadata_type_0",
    "FormatJsonObjectConfig": "format_json_object_config",
    "FormatJsonObjectConfigType": "format_json_object_config_type",
    "FormatJsonSchemaConfig": "format_json_schema_config",
    "FormatJsonSchemaConfigSchema": "format_json_schema_config_schema",
    "FormatJsonSchemaConfigType": "format_json_schema_config_type",
    "FormatTextConfig": "format_text_config",
    "FormatTextConfigType": "format_text_config_type",
    "FrameImage": "frame_image",
    "FrameImageFrameType": "frame_image_frame_type",
    "FrameImageImageUrl": "frame_image_image_url",
    "FrameImageType": "frame_image_type",
    "FunctionCallArgsDeltaEvent": "function_call_args_delta_event",
    "FunctionCallArgsDeltaEventType": "function_call_args_delta_event_type",
    "FunctionCallArgsDoneEvent": "function_call_args_done_event",
    "FunctionCallArgsDoneEventType": "function_call_args_done_event_type",
    "FunctionCallItem": "function_call_item",
    "FunctionCallItemSubagentItemsItem": "function_call_item_subagent_items_item",
    "FunctionCallItemType": "function_call_item_type",
    "FunctionCallOutputItem": "function_call_output_item",
    "FunctionCallOutputItemOutputType1ItemType1": "function_call_output_item_output_type_1_item_type_1",
    "FunctionCallOutputItemOutputType1ItemType1Detail": "function_call_output_item_output_type_1_item_type_1_detail",
    "FunctionCallOutputItemOutputType1ItemType1Type": "function_call_output_item_output_type_1_item_type_1_type",
    "FunctionCallOutputItemType": "function_call_output_item_type",
    "FunctionTool": "function_tool",
    "FunctionToolParametersType0": "function_tool_parameters_type_0",
    "FunctionToolType": "function_tool_type",
    "FusionAnalysisResult": "fusion_analysis_result",
    "FusionAnalysisResultContradictionsItem": "fusion_analysis_result_contradictions_item",
    "FusionAnalysisResultContradictionsItemStancesItem": "fusion_analysis_result_contradictions_item_stances_item",
    "FusionAnalysisResultPartialCoverageItem": "fusion_analysis_result_partial_coverage_item",
    "FusionAnalysisResultUniqueInsightsItem": "fusion_analysis_result_unique_insights_item",
    "FusionCallAnalysisCompletedEvent": "fusion_call_analysis_completed_event",
    "FusionCallAnalysisCompletedEventType": "fusion_call_analysis_completed_event_type",
    "FusionCallAnalysisInProgressEvent": "fusion_call_analysis_in_progress_event",
    "FusionCallAnalysisInProgressEventType": "fusion_call_analysis_in_progress_event_type",
    "FusionCallCompletedEvent": "fusion_call_completed_event",
    "FusionCallCompletedEventType": "fusion_call_completed_event_type",
    "FusionCallInProgressEvent": "fusion_call_in_progress_event",
    "FusionCallInProgressEventType": "fusion_call_in_progress_event_type",
    "FusionCallPanelAddedEvent": "fusion_call_panel_added_event",
    "FusionCallPanelAddedEventType": "fusion_call_panel_added_event_type",
    "FusionCallPanelCompletedEvent": "fusion_call_panel_completed_event",
    "FusionCallPanelCompletedEventType": "fusion_call_panel_completed_event_type",
    "FusionCallPanelDeltaEvent": "fusion_call_panel_delta_event",
    "FusionCallPanelDeltaEventType": "fusion_call_panel_delta_event_type",
    "FusionCallPanelFailedEvent": "fusion_call_panel_failed_event",
    "FusionCallPanelFailedEventType": "fusion_call_panel_failed_event_type",
    "FusionCallPanelReasoningDeltaEvent": "fusion_call_panel_reasoning_delta_event",
    "FusionCallPanelReasoningDeltaEventType": "fusion_call_panel_reasoning_delta_event_type",
    "FusionPlugin": "fusion_plugin",
    "FusionPluginId": "fusion_plugin_id",
    "FusionPluginPreset": "fusion_plugin_preset",
    "FusionPluginToolsItem": "fusion_plugin_tools_item",
    "FusionPluginToolsItemParameters": "fusion_plugin_tools_item_parameters",
    "FusionPluginToolsItemParametersAdditionalPropertyType5": "fusion_plugin_tools_item_parameters_additional_property_type_5",
    "FusionServerToolConfig": "fusion_server_tool_config",
    "FusionServerToolConfigReasoning": "fusion_server_tool_config_reasoning",
    "FusionServerToolConfigReasoningEffort": "fusion_server_tool_config_reasoning_effort",
    "FusionServerToolConfigToolsItem": "fusion_server_tool_config_tools_item",
    "FusionServerToolConfigToolsItemParameters": "fusion_server_tool_config_tools_item_parameters",
    "FusionServerToolOpenRouter": "fusion_server_tool_open_router",
    "FusionServerToolOpenRouterType": "fusion_server_tool_open_router_type",
    "FusionSource": "fusion_source",
    "GenerationContentData": "generation_content_data",
    "GenerationContentDataInputType0": "generation_content_data_input_type_0",
    "GenerationContentDataInputType1": "generation_content_data_input_type_1",
    "GenerationContentDataOutput": "generation_content_data_output",
    "GenerationContentError": "generation_content_error",
    "GenerationContentErrorAttempt": "generation_content_error_attempt",
    "GenerationContentResponse": "generation_content_response",
    "GenerationResponse": "generation_response",
    "GenerationResponseData": "generation_response_data",
    "GenerationResponseDataApiTypeType1": "generation_response_data_api_type_type_1",
    "GenerationResponseDataApiTypeType2Type1": "generation_response_data_api_type_type_2_type_1",
    "GenerationResponseDataApiTypeType3Type1": "generation_response_data_api_type_type_3_type_1",
    "GenerationResponseDataDataRegion": "generation_response_data_data_region",
    "GetAnalyticsMetaResponse200": "get_analytics_meta_response_200",
    "GetAnalyticsMetaResponse200Data": "get_analytics_meta_response_200_data",
    "GetAnalyticsMetaResponse200DataDimensionsItem": "get_analytics_meta_response_200_data_dimensions_item",
    "GetAnalyticsMetaResponse200DataGranularitiesItem": "get_analytics_meta_response_200_data_granularities_item",
    "GetAnalyticsMetaResponse200DataGranularitiesItemName": "get_analytics_meta_response_200_data_granularities_item_name",
    "GetAnalyticsMetaResponse200DataMetricsItem": "get_analytics_meta_response_200_data_metrics_item",
    "GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat": "get_analytics_meta_response_200_data_metrics_item_display_format",
    "GetAnalyticsMetaResponse200DataOperatorsItem": "get_analytics_meta_response_200_data_operators_item",
    "GetAnalyticsMetaResponse200DataOperatorsItemName": "get_analytics_meta_response_200_data_operators_item_name",
    "GetAnalyticsMetaResponse200DataOperatorsItemValueType": "get_analytics_meta_response_200_data_operators_item_value_type",
    "GetAppRankingsCategory": "get_app_rankings_category",
    "GetAppRankingsSort": "get_app_rankings_sort",
    "GetAppRankingsSubcategory": "get_app_rankings_subcategory",
    "GetBYOKKeyResponse": "get_byok_key_response",
    "GetBenchmarksArena": "get_benchmarks_arena",
    "GetBenchmarksBenchmarkType": "get_benchmarks_benchmark_type",
    "GetBenchmarksSearchSurface": "get_benchmarks_search_surface",
    "GetBenchmarksSource": "get_benchmarks_source",
    "GetBenchmarksTaskType": "get_benchmarks_task_type",
    "GetCreditsResponse200": "get_credits_response_200",
    "GetCreditsResponse200Data": "get_credits_response_200_data",
    "GetCurrentKeyResponse200": "get_current_key_response_200",
    "GetCurrentKeyResponse200Data": "get_current_key_response_200_data",
    "GetCurrentKeyResponse200DataRateLimit": "get_current_key_response_200_data_rate_limit",
    "GetGuardrailResponse": "get_guardrail_response",
    "GetKeyResponse200": "get_key_response_200",
    "GetKeyResponse200Data": "get_key_response_200_data",
    "GetModelsCategory": "get_models_category",
    "GetModelsDistillable": "get_models_distillable",
    "GetModelsRegion": "get_models_region",
    "GetModelsSort": "get_models_sort",
    "GetModelsZdr": "get_models_zdr",
    "GetObservabilityDestinationResponse": "get_observability_destination_response",
    "GetPresetResponse": "get_preset_response",
    "GetPresetVersionResponse": "get_preset_version_response",
    "GetRankingsDailyCategory": "get_rankings_daily_category",
    "GetRankingsDailyContextBucket": "get_rankings_daily_context_bucket",
    "GetRankingsDailyLanguageType": "get_rankings_daily_language_type",
    "GetRankingsDailyModality": "get_rankings_daily_modality",
    "GetRankingsDailyPeriod": "get_rankings_daily_period",
    "GetScimGroupMappingResponse": "get_scim_group_mapping_response",
    "GetSessionCostTurnRange": "get_session_cost_turn_range",
    "GetTaskClassificationsWindow": "get_task_classifications_window",
    "GetUserActivityGroupBy": "get_user_activity_group_by",
    "GetWorkspaceBudgetResponse": "get_workspace_budget_response",
    "GetWorkspaceResponse": "get_workspace_response",
    "GoneResponse": "gone_response",
    "GoneResponseErrorData": "gone_response_error_data",
    "GoneResponseErrorDataMetadataType0": "gone_response_error_data_metadata_type_0",
    "GoneResponseOpenrouterMetadataType0": "gone_response_openrouter_metadata_type_0",
    "Guardrail": "guardrail",
    "GuardrailInterval": "guardrail_interval",
    "ImageEndpoint": "image_endpoint",
    "ImageGenCallCompletedEvent": "image_gen_call_completed_event",
    "ImageGenCallCompletedEventType": "image_gen_call_completed_event_type",
    "ImageGenCallGeneratingEvent": "image_gen_call_generating_event",
    "ImageGenCallGeneratingEventType": "image_gen_call_generating_event_type",
    "ImageGenCallInProgressEvent": "image_gen_call_in_progress_event",
    "ImageGenCallInProgressEventType": "image_gen_call_in_progress_event_type",
    "ImageGenCallPartialImageEvent": "image_gen_call_partial_image_event",
    "ImageGenCallPartialImageEventType": "image_gen_call_partial_image_event_type",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenCompletedEventType": "image_gen_completed_event_type",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenPartialImageEventType": "image_gen_partial_image_event_type",
    "ImageGenStreamErrorEvent": "image_gen_stream_error_event",
    "ImageGenStreamErrorEventError": "image_gen_stream_error_event_error",
    "ImageGenStreamErrorEventType": "image_gen_stream_error_event_type",
    "ImageGenTextChunkEvent": "image_gen_text_chunk_event",
    "ImageGenTextChunkEventPhase": "image_gen_text_chunk_event_phase",
    "ImageGenTextChunkEventType": "image_gen_text_chunk_event_type",
    "ImageGenerationProviderPreferences": "image_generation_provider_preferences",
    "ImageGenerationRequest": "image_generation_request",
    "ImageGenerationRequestAspectRatio": "image_generation_request_aspect_ratio",
    "ImageGenerationRequestBackground": "image_generation_request_background",
    "ImageGenerationRequestOutputFormat": "image_generation_request_output_format",
    "ImageGenerationRequestQuality": "image_generation_request_quality",
    "ImageGenerationRequestResolution": "image_generation_request_resolution",
    "ImageGenerationResponse": "image_generation_response",
    "ImageGenerationResponseDataItem": "image_generation_response_data_item",
    "ImageGenerationServerTool": "image_generation_server_tool",
    "ImageGenerationServerToolBackground": "image_generation_server_tool_background",
    "ImageGenerationServerToolConfig": "image_generation_server_tool_config",
    "ImageGenerationServerToolInputFidelityType1": "image_generation_server_tool_input_fidelity_type_1",
    "ImageGenerationServerToolInputFidelityType2Type1": "image_generation_server_tool_input_fidelity_type_2_type_1",
    "ImageGenerationServerToolInputFidelityType3Type1": "image_generation_server_tool_input_fidelity_type_3_type_1",
    "ImageGenerationServerToolInputImageMask": "image_generation_server_tool_input_image_mask",
    "ImageGenerationServerToolModeration": "image_generation_server_tool_moderation",
    "ImageGenerationServerToolOpenRouter": "image_generation_server_tool_open_router",
    "ImageGenerationServerToolOpenRouterType": "image_generation_server_tool_open_router_type",
    "ImageGenerationServerToolOutputFormat": "image_generation_server_tool_output_format",
    "ImageGenerationServerToolQuality": "image_generation_server_tool_quality",
    "ImageGenerationServerToolType": "image_generation_server_tool_type",
    "ImageGenerationStatus": "image_generation_status",
    "ImageGenerationUsage": "image_generation_usage",
    "ImageGenerationUsageCompletionTokensDetailsType0": "image_generation_usage_completion_tokens_details_type_0",
    "ImageGenerationUsagePromptTokensDetailsType0": "image_generation_usage_prompt_tokens_details_type_0",
    "ImageGenerationUsageServerToolUseType0": "image_generation_usage_server_tool_use_type_0",
    "ImageInputModality": "image_input_modality",
    "ImageModelArchitecture": "image_model_architecture",
    "ImageModelEndpointsResponse": "image_model_endpoints_response",
    "ImageModelListItem": "image_model_list_item",
    "ImageModelsListResponse": "image_models_list_response",
    "ImageOutputModality": "image_output_modality",
    "ImagePricingEntry": "image_pricing_entry",
    "ImagePricingEntryBillable": "image_pricing_entry_billable",
    "ImagePricingEntryUnit": "image_pricing_entry_unit",
    "ImageStreamingResponse": "image_streaming_response",
    "InProgressEvent": "in_progress_event",
    "InProgressEventType": "in_progress_event_type",
    "IncompleteDetails": "incomplete_details",
    "IncompleteDetailsReason": "incomplete_details_reason",
    "IncompleteEvent": "incomplete_event",
    "IncompleteEventType": "incomplete_event_type",
    "InputAudio": "input_audio",
    "InputAudioInputAudio": "input_audio_input_audio",
    "InputAudioInputAudioFormat": "input_audio_input_audio_format",
    "InputAudioType": "input_audio_type",
    "InputFile": "input_file",
    "InputFileType": "input_file_type",
    "InputImage": "input_image",
    "InputImageDetail": "input_image_detail",
    "InputImageType": "input_image_type",
    "InputMessageItem": "input_message_item",
    "InputMessageItemContentType0ItemType1": "input_message_item_content_type_0_item_type_1",
    "InputMessageItemContentType0ItemType1Detail": "input_message_item_content_type_0_item_type_1_detail",
    "InputMessageItemContentType0ItemType1Type": "input_message_item_content_type_0_item_type_1_type",
    "InputMessageItemRoleType0": "input_message_item_role_type_0",
    "InputMessageItemRoleType1": "input_message_item_role_type_1",
    "InputMessageItemRoleType2": "input_message_item_role_type_2",
    "InputMessageItemType": "input_message_item_type",
    "InputModality": "input_modality",
    "InputText": "input_text",
    "InputTextType": "input_text_type",
    "InputVideo": "input_video",
    "InputVideoType": "input_video_type",
    "InputsType1ItemType7": "inputs_type_1_item_type_7",
    "InputsType1ItemType7PhaseType0": "inputs_type_1_item_type_7_phase_type_0",
    "InputsType1ItemType7PhaseType1": "inputs_type_1_item_type_7_phase_type_1",
    "InputsType1ItemType7Role": "inputs_type_1_item_type_7_role",
    "InputsType1ItemType7StatusType0": "inputs_type_1_item_type_7_status_type_0",
    "InputsType1ItemType7StatusType1": "inputs_type_1_item_type_7_status_type_1",
    "InputsType1ItemType7StatusType2": "inputs_type_1_item_type_7_status_type_2",
    "InputsType1ItemType7Type": "inputs_type_1_item_type_7_type",
    "InputsType1ItemType8": "inputs_type_1_item_type_8",
    "InputsType1ItemType8StatusType0": "inputs_type_1_item_type_8_status_type_0",
    "InputsType1ItemType8StatusType1": "inputs_type_1_item_type_8_status_type_1",
    "InputsType1ItemType8StatusType2": "inputs_type_1_item_type_8_status_type_2",
    "InputsType1ItemType8Type": "inputs_type_1_item_type_8_type",
    "InstructType": "instruct_type",
    "InternalServerResponse": "internal_server_response",
    "InternalServerResponseErrorData": "internal_server_response_error_data",
    "InternalServerResponseErrorDataMetadataType0": "internal_server_response_error_data_metadata_type_0",
    "InternalServerResponseModelgatesMetadataType0": "internal_server_response_modelgates_metadata_type_0",
    "ItemReferenceItem": "item_reference_item",
    "ItemReferenceItemType": "item_reference_item_type",
    "JsonSchemaConfig": "json_schema_config",
    "JsonSchemaConfigSchema": "json_schema_config_schema",
    "KeyAssignment": "key_assignment",
    "LegacyWebSearchServerTool": "legacy_web_search_server_tool",
    "LegacyWebSearchServerToolType": "legacy_web_search_server_tool_type",
    "ListBYOKKeysResponse": "list_byok_keys_response",
    "ListByokKeysProvider": "list_byok_keys_provider",
    "ListEndpointsResponse": "list_endpoints_response",
    "ListEndpointsResponse200": "list_endpoints_response_200",
    "ListEndpointsResponseArchitecture": "list_endpoints_response_architecture",
    "ListEndpointsZdrResponse200": "list_endpoints_zdr_response_200",
    "ListFilesOrder": "list_files_order",
    "ListGuardrailsResponse": "list_guardrails_response",
    "ListKeyAssignmentsResponse": "list_key_assignments_response",
    "ListMemberAssignmentsResponse": "list_member_assignments_response",
    "ListObservabilityDestinationsResponse": "list_observability_destinations_response",
    "ListOrganizationMembersResponse200": "list_organization_members_response_200",
    "ListOrganizationMembersResponse200DataItem": "list_organization_members_response_200_data_item",
    "ListOrganizationMembersResponse200DataItemRole": "list_organization_members_response_200_data_item_role",
    "ListPresetVersionsResponse": "list_preset_versions_response",
    "ListPresetsResponse": "list_presets_response",
    "ListProvidersResponse200": "list_providers_response_200",
    "ListProvidersResponse200DataItem": "list_providers_response_200_data_item",
    "ListProvidersResponse200DataItemDatacentersType0Item": "list_providers_response_200_data_item_datacenters_type_0_item",
    "ListProvidersResponse200DataItemHeadquartersType1": "list_providers_response_200_data_item_headquarters_type_1",
    "ListProvidersResponse200DataItemHeadquartersType2Type1": "list_providers_response_200_data_item_headquarters_type_2_type_1",
    "ListProvidersResponse200DataItemHeadquartersType3Type1": "list_providers_response_200_data_item_headquarters_type_3_type_1",
    "ListResponse200": "list_response_200",
    "ListResponse200DataItem": "list_response_200_data_item",
    "ListScimGroupMappingsResponse": "list_scim_group_mappings_response",
    "ListScimGroupsResponse": "list_scim_groups_response",
    "ListWorkspaceBudgetsResponse": "list_workspace_budgets_response",
    "ListWorkspaceMembersResponse": "list_workspace_members_response",
    "ListWorkspacesResponse": "list_workspaces_response",
    "LocalShellCallItem": "local_shell_call_item",
    "LocalShellCallItemAction": "local_shell_call_item_action",
    "LocalShellCallItemActionEnv": "local_shell_call_item_action_env",
    "LocalShellCallItemActionType": "local_shell_call_item_action_type",
    "LocalShellCallItemType": "local_shell_call_item_type",
    "LocalShellCallOutputItem": "local_shell_call_output_item",
    "LocalShellCallOutputItemType": "local_shell_call_output_item_type",
    "McpApprovalRequestItem": "mcp_approval_request_item",
    "McpApprovalRequestItemType": "mcp_approval_request_item_type",
    "McpApprovalResponseItem": "mcp_approval_response_item",
    "McpApprovalResponseItemType": "mcp_approval_response_item_type",
    "McpCallItem": "mcp_call_item",
    "McpCallItemType": "mcp_call_item_type",
    "McpListToolsItem": "mcp_list_tools_item",
    "McpListToolsItemToolsItem": "mcp_list_tools_item_tools_item",
    "McpListToolsItemToolsItemInputSchema": "mcp_list_tools_item_tools_item_input_schema",
    "McpListToolsItemType": "mcp_list_tools_item_type",
    "McpServerTool": "mcp_server_tool",
    "McpServerToolAllowedToolsType1": "mcp_server_tool_allowed_tools_type_1",
    "McpServerToolConnectorId": "mcp_server_tool_connector_id",
    "McpServerToolHeadersType0": "mcp_server_tool_headers_type_0",
    "McpServerToolRequireApprovalType0": "mcp_server_tool_require_approval_type_0",
    "McpServerToolRequireApprovalType0Always": "mcp_server_tool_require_approval_type_0_always",
    "McpServerToolRequireApprovalType0Never": "mcp_server_tool_require_approval_type_0_never",
    "McpServerToolRequireApprovalType1": "mcp_server_tool_require_approval_type_1",
    "McpServerToolRequireApprovalType2": "mcp_server_tool_require_approval_type_2",
    "McpServerToolType": "mcp_server_tool_type",
    "MemberAssignment": "member_assignment",
    "MessagesAdvisorToolResultBlock": "messages_advisor_tool_result_block",
    "MessagesAdvisorToolResultBlockContent": "messages_advisor_tool_result_block_content",
    "MessagesAdvisorToolResultBlockType": "messages_advisor_tool_result_block_type",
    "MessagesBashToolResultBlock": "messages_bash_tool_result_block",
    "MessagesBashToolResultBlockContent": "messages_bash_tool_result_block_content",
    "MessagesBashToolResultBlockType": "messages_bash_tool_result_block_type",
    "MessagesContentBlockDeltaEvent": "messages_content_block_delta_event",
    "MessagesContentBlockDeltaEventDeltaType0": "messages_content_block_delta_event_delta_type_0",
    "MessagesContentBlockDeltaEventDeltaType0Type": "messages_content_block_delta_event_delta_type_0_type",
    "MessagesContentBlockDeltaEventDeltaType1": "messages_content_block_delta_event_delta_type_1",
    "MessagesContentBlockDeltaEventDeltaType1Type": "messages_content_block_delta_event_delta_type_1_type",
    "MessagesContentBlockDeltaEventDeltaType2": "messages_content_block_delta_event_delta_type_2",
    "MessagesContentBlockDeltaEventDeltaType2Type": "messages_content_block_delta_event_delta_type_2_type",
    "MessagesContentBlockDeltaEventDeltaType3": "messages_content_block_delta_event_delta_type_3",
    "MessagesContentBlockDeltaEventDeltaType3Type": "messages_content_block_delta_event_delta_type_3_type",
    "MessagesContentBlockDeltaEventDeltaType4": "messages_content_block_delta_event_delta_type_4",
    "MessagesContentBlockDeltaEventDeltaType4Type": "messages_content_block_delta_event_delta_type_4_type",
    "MessagesContentBlockDeltaEventDeltaType5": "messages_content_block_delta_event_delta_type_5",
    "MessagesContentBlockDeltaEventDeltaType5Type": "messages_content_block_delta_event_delta_type_5_type",
    "MessagesContentBlockDeltaEventType": "messages_content_block_delta_event_type",
    "MessagesContentBlockStartEvent": "messages_content_block_start_event",
    "MessagesContentBlockStartEventContentBlockType16": "messages_content_block_start_event_content_block_type_16",
    "MessagesContentBlockStartEventContentBlockType16Type": "messages_content_block_start_event_content_block_type_16_type",
    "MessagesContentBlockStartEventType": "messages_content_block_start_event_type",
    "MessagesContentBlockStopEvent": "messages_content_block_stop_event",
    "MessagesContentBlockStopEventType": "messages_content_block_stop_event_type",
    "MessagesDeltaEvent": "messages_delta_event",
    "MessagesDeltaEventDelta": "messages_delta_event_delta",
    "MessagesDeltaEventType": "messages_delta_event_type",
    "MessagesDeltaEventUsage": "messages_delta_event_usage",
    "MessagesDeltaEventUsageServerToolUseType0": "messages_delta_event_usage_server_tool_use_type_0",
    "MessagesErrorEvent": "messages_error_event",
    "MessagesErrorEventError": "messages_error_event_error",
    "MessagesErrorEventType": "messages_error_event_type",
    "MessagesFallbackParam": "messages_fallback_param",
    "MessagesMessageParam": "messages_message_param",
    "MessagesMessageParamContentType1ItemType3": "messages_message_param_content_type_1_item_type_3",
    "MessagesMessageParamContentType1ItemType3Type": "messages_message_param_content_type_1_item_type_3_type",
    "MessagesMessageParamContentType1ItemType4": "messages_message_param_content_type_1_item_type_4",
    "MessagesMessageParamContentType1ItemType4ContentType1ItemType2": "messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2",
    "MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type": "messages_message_param_content_type_1_item_type_4_content_type_1_item_type_2_type",
    "MessagesMessageParamContentType1ItemType4Type": "messages_message_param_content_type_1_item_type_4_type",
    "MessagesMessageParamContentType1ItemType5": "messages_message_param_content_type_1_item_type_5",
    "MessagesMessageParamContentType1ItemType5Type": "messages_message_param_content_type_1_item_type_5_type",
    "MessagesMessageParamContentType1ItemType6": "messages_message_param_content_type_1_item_type_6",
    "MessagesMessageParamContentType1ItemType6Type": "messages_message_param_content_type_1_item_type_6_type",
    "MessagesMessageParamContentType1ItemType7": "messages_message_param_content_type_1_item_type_7",
    "MessagesMessageParamContentType1ItemType7Type": "messages_message_param_content_type_1_item_type_7_type",
    "MessagesMessageParamContentType1ItemType8": "messages_message_param_content_type_1_item_type_8",
    "MessagesMessageParamContentType1ItemType8ContentType1": "messages_message_param_content_type_1_item_type_8_content_type_1",
    "MessagesMessageParamContentType1ItemType8ContentType1ErrorCode": "messages_message_param_content_type_1_item_type_8_content_type_1_error_code",
    "MessagesMessageParamContentType1ItemType8ContentType1Type": "messages_message_param_content_type_1_item_type_8_content_type_1_type",
    "MessagesMessageParamContentType1ItemType8Type": "messages_message_param_content_type_1_item_type_8_type",
    "MessagesMessageParamContentType1ItemType10": "messages_message_param_content_type_1_item_type_10",
    "MessagesMessageParamContentType1ItemType10Type": "messages_message_param_content_type_1_item_type_10_type",
    "MessagesMessageParamRole": "messages_message_param_role",
    "MessagesOutputConfig": "messages_output_config",
    "MessagesOutputConfigEffortType1": "messages_output_config_effort_type_1",
    "MessagesOutputConfigEffortType2Type1": "messages_output_config_effort_type_2_type_1",
    "MessagesOutputConfigEffortType3Type1": "messages_output_config_effort_type_3_type_1",
    "MessagesOutputConfigFormatType0": "messages_output_config_format_type_0",
    "MessagesOutputConfigFormatType0Schema": "messages_output_config_format_type_0_schema",
    "MessagesOutputConfigFormatType0Type": "messages_output_config_format_type_0_type",
    "MessagesOutputConfigTaskBudgetType0": "messages_output_config_task_budget_type_0",
    "MessagesOutputConfigTaskBudgetType0Type": "messages_output_config_task_budget_type_0_type",
    "MessagesPingEvent": "messages_ping_event",
    "MessagesPingEventType": "messages_ping_event_type",
    "MessagesRequest": "messages_request",
    "MessagesRequestContextManagementType0": "messages_request_context_management_type_0",
    "MessagesRequestContextManagementType0EditsItemType0": "messages_request_context_management_type_0_edits_item_type_0",
    "MessagesRequestContextManagementType0EditsItemType0Type": "messages_request_context_management_type_0_edits_item_type_0_type",
    "MessagesRequestContextManagementType0EditsItemType1": "messages_request_context_management_type_0_edits_item_type_1",
    "MessagesRequestContextManagementType0EditsItemType1KeepType1": "messages_request_context_management_type_0_edits_item_type_1_keep_type_1",
    "MessagesRequestContextManagementType0EditsItemType1KeepType1Type": "messages_request_context_management_type_0_edits_item_type_1_keep_type_1_type",
    "MessagesRequestContextManagementType0EditsItemType1KeepType2": "messages_request_context_management_type_0_edits_item_type_1_keep_type_2",
    "MessagesRequestContextManagementType0EditsItemType1Type": "messages_request_context_management_type_0_edits_item_type_1_type",
    "MessagesRequestContextManagementType0EditsItemType2": "messages_request_context_management_type_0_edits_item_type_2",
    "MessagesRequestContextManagementType0EditsItemType2TriggerType0": "messages_request_context_management_type_0_edits_item_type_2_trigger_type_0",
    "MessagesRequestContextManagementType0EditsItemType2TriggerType0Type": "messages_request_context_management_type_0_edits_item_type_2_trigger_type_0_type",
    "MessagesRequestContextManagementType0EditsItemType2Type": "messages_request_context_management_type_0_edits_item_type_2_type",
    "MessagesRequestMetadata": "messages_request_metadata",
    "MessagesRequestThinkingType0": "messages_request_thinking_type_0",
    "MessagesRequestThinkingType0Type": "messages_request_thinking_type_0_type",
    "MessagesRequestThinkingType1": "messages_request_thinking_type_1",
    "MessagesRequestThinkingType1Type": "messages_request_thinking_type_1_type",
    "MessagesRequestThinkingType2": "messages_request_thinking_type_2",
    "MessagesRequestThinkingType2Type": "messages_request_thinking_type_2_type",
    "MessagesRequestToolChoiceType0": "messages_request_tool_choice_type_0",
    "MessagesRequestToolChoiceType0Type": "messages_request_tool_choice_type_0_type",
    "MessagesRequestToolChoiceType1": "messages_request_tool_choice_type_1",
    "MessagesRequestToolChoiceType1Type": "messages_request_tool_choice_type_1_type",
    "MessagesRequestToolChoiceType2": "messages_request_tool_choice_type_2",
    "MessagesRequestToolChoiceType2Type": "messages_request_tool_choice_type_2_type",
    "MessagesRequestToolChoiceType3": "messages_request_tool_choice_type_3",
    "MessagesRequestToolChoiceType3Type": "messages_request_tool_choice_type_3_type",
    "MessagesRequestToolsItemType0": "messages_request_tools_item_type_0",
    "MessagesRequestToolsItemType0InputSchema": "messages_request_tools_item_type_0_input_schema",
    "MessagesRequestToolsItemType0Type": "messages_request_tools_item_type_0_type",
    "MessagesRequestToolsItemType1": "messages_request_tools_item_type_1",
    "MessagesRequestToolsItemType1Name": "messages_request_tools_item_type_1_name",
    "MessagesRequestToolsItemType1Type": "messages_request_tools_item_type_1_type",
    "MessagesRequestToolsItemType2": "messages_request_tools_item_type_2",
    "MessagesRequestToolsItemType2Name": "messages_request_tools_item_type_2_name",
    "MessagesRequestToolsItemType2Type": "messages_request_tools_item_type_2_type",
    "MessagesRequestToolsItemType3": "messages_request_tools_item_type_3",
    "MessagesRequestToolsItemType3Name": "messages_request_tools_item_type_3_name",
    "MessagesRequestToolsItemType3Type": "messages_request_tools_item_type_3_type",
    "MessagesRequestToolsItemType4": "messages_request_tools_item_type_4",
    "MessagesRequestToolsItemType4Name": "messages_request_tools_item_type_4_name",
    "MessagesRequestToolsItemType4Type": "messages_request_tools_item_type_4_type",
    "MessagesRequestToolsItemType5": "messages_request_tools_item_type_5",
    "MessagesRequestToolsItemType5Name": "messages_request_tools_item_type_5_name",
    "MessagesRequestToolsItemType5Type": "messages_request_tools_item_type_5_type",
    "MessagesRequestToolsItemType12": "messages_request_tools_item_type_12",
    "MessagesResult": "messages_result",
    "MessagesResultContextManagementType0": "messages_result_context_management_type_0",
    "MessagesResultContextManagementType0AppliedEditsItem": "messages_result_context_management_type_0_applied_edits_item",
    "MessagesResultRole": "messages_result_role",
    "MessagesResultType": "messages_result_type",
    "MessagesResultUsage": "messages_result_usage",
    "MessagesSearchModelsServerTool": "messages_search_models_server_tool",
    "MessagesSearchModelsServerToolType": "messages_search_models_server_tool_type",
    "MessagesShellToolResultBlock": "messages_shell_tool_result_block",
    "MessagesShellToolResultBlockContent": "messages_shell_tool_result_block_content",
    "MessagesShellToolResultBlockType": "messages_shell_tool_result_block_type",
    "MessagesStartEvent": "messages_start_event",
    "MessagesStartEventMessage": "messages_start_event_message",
    "MessagesStartEventMessageProvider": "messages_start_event_message_provider",
    "MessagesStartEventMessageRole": "messages_start_event_message_role",
    "MessagesStartEventMessageType": "messages_start_event_message_type",
    "MessagesStartEventMessageUsage": "messages_start_event_message_usage",
    "MessagesStartEventType": "messages_start_event_type",
    "MessagesStopEvent": "messages_stop_event",
    "MessagesStopEventType": "messages_stop_event_type",
    "MessagesStreamingResponse": "messages_streaming_response",
    "MessagesToolAdditionBlock": "messages_tool_addition_block",
    "MessagesToolAdditionBlockToolType0": "messages_tool_addition_block_tool_type_0",
    "MessagesToolAdditionBlockToolType0Type": "messages_tool_addition_block_tool_type_0_type",
    "MessagesToolAdditionBlockToolType1": "messages_tool_addition_block_tool_type_1",
    "MessagesToolAdditionBlockToolType1Type": "messages_tool_addition_block_tool_type_1_type",
    "MessagesToolAdditionBlockToolType2": "messages_tool_addition_block_tool_type_2",
    "MessagesToolAdditionBlockToolType2Type": "messages_tool_addition_block_tool_type_2_type",
    "MessagesToolAdditionBlockType": "messages_tool_addition_block_type",
    "MessagesToolRemovalBlock": "messages_tool_removal_block",
    "MessagesToolRemovalBlockToolType0": "messages_tool_removal_block_tool_type_0",
    "MessagesToolRemovalBlockToolType0Type": "messages_tool_removal_block_tool_type_0_type",
    "MessagesToolRemovalBlockToolType1": "messages_tool_removal_block_tool_type_1",
    "MessagesToolRemovalBlockToolType1Type": "messages_tool_removal_block_tool_type_1_type",
    "MessagesToolRemovalBlockToolType2": "messages_tool_removal_block_tool_type_2",
    "MessagesToolRemovalBlockToolType2Type": "messages_tool_removal_block_tool_type_2_type",
    "MessagesToolRemovalBlockType": "messages_tool_removal_block_type",
    "MetadataLevel": "metadata_level",
    "Modality": "modality",
    "Model": "model",
    "ModelAliasTarget": "model_alias_target",
    "ModelArchitecture": "model_architecture",
    "ModelBenchmarks": "model_benchmarks",
    "ModelGroup": "model_group",
    "ModelLinks": "model_links",
    "ModelReasoning": "model_reasoning",
    "ModelResponse": "model_response",
    "ModelsCountResponse": "models_count_response",
    "ModelsCountResponseData": "models_count_response_data",
    "ModelsListResponse": "models_list_response",
    "ModelsListResponseLinks": "models_list_response_links",
    "ModerationPlugin": "moderation_plugin",
    "ModerationPluginId": "moderation_plugin_id",
    "MultimodalMedia": "multimodal_media",
    "NamespaceFunctionTool": "namespace_function_tool",
    "NamespaceFunctionToolAllowedCallersType0Item": "namespace_function_tool_allowed_callers_type_0_item",
    "NamespaceFunctionToolOutputSchemaType0": "namespace_function_tool_output_schema_type_0",
    "NamespaceFunctionToolParametersType0": "namespace_function_tool_parameters_type_0",
    "NamespaceFunctionToolType": "namespace_function_tool_type",
    "NamespaceTool": "namespace_tool",
    "NamespaceToolType": "namespace_tool_type",
    "NotFoundResponse": "not_found_response",
    "NotFoundResponseErrorData": "not_found_response_error_data",
    "NotFoundResponseErrorDataMetadataType0": "not_found_response_error_data_metadata_type_0",
    "NotFoundResponseModelgatesMetadataType0": "not_found_response_modelgates_metadata_type_0",
    "ORAnthropicBashToolResult": "or_anthropic_bash_tool_result",
    "ORAnthropicBashToolResultContent": "or_anthropic_bash_tool_result_content",
    "ORAnthropicBashToolResultType": "or_anthropic_bash_tool_result_type",
    "ORAnthropicServerToolUseBlock": "or_anthropic_server_tool_use_block",
    "ORAnthropicServerToolUseBlockType": "or_anthropic_server_tool_use_block_type",
    "ORAnthropicShellToolResult": "or_anthropic_shell_tool_result",
    "ORAnthropicShellToolResultContent": "or_anthropic_shell_tool_result_content",
    "ORAnthropicShellToolResultType": "or_anthropic_shell_tool_result_type",
    "ORAnthropicStopReason": "or_anthropic_stop_reason",
    "ObservabilityArizeDestination": "observability_arize_destination",
    "ObservabilityArizeDestinationConfig": "observability_arize_destination_config",
    "ObservabilityArizeDestinationConfigHeaders": "observability_arize_destination_config_headers",
    "ObservabilityArizeDestinationType": "observability_arize_destination_type",
    "ObservabilityBraintrustDestination": "observability_braintrust_destination",
    "ObservabilityBraintrustDestinationConfig": "observability_braintrust_destination_config",
    "ObservabilityBraintrustDestinationConfigHeaders": "observability_braintrust_destination_config_headers",
    "ObservabilityBraintrustDestinationType": "observability_braintrust_destination_type",
    "ObservabilityClickhouseDestination": "observability_clickhouse_destination",
    "ObservabilityClickhouseDestinationConfig": "observability_clickhouse_destination_config",
    "ObservabilityClickhouseDestinationConfigHeaders": "observability_clickhouse_destination_config_headers",
    "ObservabilityClickhouseDestinationType": "observability_clickhouse_destination_type",
    "ObservabilityDatadogDestination": "observability_datadog_destination",
    "ObservabilityDatadogDestinationConfig": "observability_datadog_destination_config",
    "ObservabilityDatadogDestinationConfigHeaders": "observability_datadog_destination_config_headers",
    "ObservabilityDatadogDestinationType": "observability_datadog_destination_type",
    "ObservabilityFilterRuleGroup": "observability_filter_rule_group",
    "ObservabilityFilterRuleGroupLogic": "observability_filter_rule_group_logic",
    "ObservabilityFilterRuleGroupRulesItem": "observability_filter_rule_group_rules_item",
    "ObservabilityFilterRuleGroupRulesItemField": "observability_filter_rule_group_rules_item_field",
    "ObservabilityFilterRuleGroupRulesItemOperator": "observability_filter_rule_group_rules_item_operator",
    "ObservabilityFilterRulesConfig": "observability_filter_rules_config",
    "ObservabilityFilterRulesConfigNullable": "observability_filter_rules_config_nullable",
    "ObservabilityGrafanaDestination": "observability_grafana_destination",
    "ObservabilityGrafanaDestinationConfig": "observability_grafana_destination_config",
    "ObservabilityGrafanaDestinationConfigHeaders": "observability_grafana_destination_config_headers",
    "ObservabilityGrafanaDestinationType": "observability_grafana_destination_type",
    "ObservabilityLangfuseDestination": "observability_langfuse_destination",
    "ObservabilityLangfuseDestinationConfig": "observability_langfuse_destination_config",
    "ObservabilityLangfuseDestinationConfigHeaders": "observability_langfuse_destination_config_headers",
    "ObservabilityLangfuseDestinationType": "observability_langfuse_destination_type",
    "ObservabilityLangsmithDestination": "observability_langsmith_destination",
    "ObservabilityLangsmithDestinationConfig": "observability_langsmith_destination_config",
    "ObservabilityLangsmithDestinationConfigHeaders": "observability_langsmith_destination_config_headers",
    "ObservabilityLangsmithDestinationType": "observability_langsmith_destination_type",
    "ObservabilityNewrelicDestination": "observability_newrelic_destination",
    "ObservabilityNewrelicDestinationConfig": "observability_newrelic_destination_config",
    "ObservabilityNewrelicDestinationConfigHeaders": "observability_newrelic_destination_config_headers",
    "ObservabilityNewrelicDestinationConfigRegion": "observability_newrelic_destination_config_region",
    "ObservabilityNewrelicDestinationType": "observability_newrelic_destination_type",
    "ObservabilityOpikDestination": "observability_opik_destination",
    "ObservabilityOpikDestinationConfig": "observability_opik_destination_config",
    "ObservabilityOpikDestinationConfigHeaders": "observability_opik_destination_config_headers",
    "ObservabilityOpikDestinationType": "observability_opik_destination_type",
    "ObservabilityOtelCollectorDestination": "observability_otel_collector_destination",
    "ObservabilityOtelCollectorDestinationConfig": "observability_otel_collector_destination_config",
    "ObservabilityOtelCollectorDestinationConfigHeaders": "observability_otel_collector_destination_config_headers",
    "ObservabilityOtelCollectorDestinationType": "observability_otel_collector_destination_type",
    "ObservabilityPosthogDestination": "observability_posthog_destination",
    "ObservabilityPosthogDestinationConfig": "observability_posthog_destination_config",
    "ObservabilityPosthogDestinationConfigHeaders": "observability_posthog_destination_config_headers",
    "ObservabilityPosthogDestinationType": "observability_posthog_destination_type",
    "ObservabilityRampDestination": "observability_ramp_destination",
    "ObservabilityRampDestinationConfig": "observability_ramp_destination_config",
    "ObservabilityRampDestinationConfigHeaders": "observability_ramp_destination_config_headers",
    "ObservabilityRampDestinationType": "observability_ramp_destination_type",
    "ObservabilityS3Destination": "observability_s3_destination",
    "ObservabilityS3DestinationConfig": "observability_s3_destination_config",
    "ObservabilityS3DestinationConfigHeaders": "observability_s3_destination_config_headers",
    "ObservabilityS3DestinationType": "observability_s3_destination_type",
    "ObservabilitySentryDestination": "observability_sentry_destination",
    "ObservabilitySentryDestinationConfig": "observability_sentry_destination_config",
    "ObservabilitySentryDestinationConfigHeaders": "observability_sentry_destination_config_headers",
    "ObservabilitySentryDestinationType": "observability_sentry_destination_type",
    "ObservabilitySnowflakeDestination": "observability_snowflake_destination",
    "ObservabilitySnowflakeDestinationConfig": "observability_snowflake_destination_config",
    "ObservabilitySnowflakeDestinationConfigHeaders": "observability_snowflake_destination_config_headers",
    "ObservabilitySnowflakeDestinationType": "observability_snowflake_destination_type",
    "ObservabilityWeaveDestination": "observability_weave_destination",
    "ObservabilityWeaveDestinationConfig": "observability_weave_destination_config",
    "ObservabilityWeaveDestinationConfigHeaders": "observability_weave_destination_config_headers",
    "ObservabilityWeaveDestinationType": "observability_weave_destination_type",
    "ObservabilityWebhookDestination": "observability_webhook_destination",
    "ObservabilityWebhookDestinationConfig": "observability_webhook_destination_config",
    "ObservabilityWebhookDestinationConfigHeaders": "observability_webhook_destination_config_headers",
    "ObservabilityWebhookDestinationConfigMethod": "observability_webhook_destination_config_method",
    "ObservabilityWebhookDestinationType": "observability_webhook_destination_type",
    "OpenAIFile": "open_ai_file",
    "OpenAIFileDeleted": "open_ai_file_deleted",
    "OpenAIFileDeletedObject": "open_ai_file_deleted_object",
    "OpenAIFileDeletedShape": "open_ai_file_deleted_shape",
    "OpenAIFileList": "open_ai_file_list",
    "OpenAIFileListObject": "open_ai_file_list_object",
    "OpenAIFileListShape": "open_ai_file_list_shape",
    "OpenAIFileObject": "open_ai_file_object",
    "OpenAIFilePurpose": "open_ai_file_purpose",
    "OpenAIFileShape": "open_ai_file_shape",
    "OpenAIFileStatus": "open_ai_file_status",
    "OpenAIResponseCustomToolCall": "open_ai_response_custom_tool_call",
    "OpenAIResponseCustomToolCallOutput": "open_ai_response_custom_tool_call_output",
    "OpenAIResponseCustomToolCallOutputType": "open_ai_response_custom_tool_call_output_type",
    "OpenAIResponseCustomToolCallType": "open_ai_response_custom_tool_call_type",
    "OpenAIResponseFunctionToolCall": "open_ai_response_function_tool_call",
    "OpenAIResponseFunctionToolCallOutput": "open_ai_response_function_tool_call_output",
    "OpenAIResponseFunctionToolCallOutputType": "open_ai_response_function_tool_call_output_type",
    "OpenAIResponseFunctionToolCallSubagentItemsItem": "open_ai_response_function_tool_call_subagent_items_item",
    "OpenAIResponseFunctionToolCallType": "open_ai_response_function_tool_call_type",
    "OpenAIResponseInputMessageItem": "open_ai_response_input_message_item",
    "OpenAIResponseInputMessageItemRoleType0": "open_ai_response_input_message_item_role_type_0",
    "OpenAIResponseInputMessageItemRoleType1": "open_ai_response_input_message_item_role_type_1",
    "OpenAIResponseInputMessageItemRoleType2": "open_ai_response_input_message_item_role_type_2",
    "OpenAIResponseInputMessageItemType": "open_ai_response_input_message_item_type",
    "OpenAIResponsesCodeInterpreterCallCodeDelta": "open_ai_responses_code_interpreter_call_code_delta",
    "OpenAIResponsesCodeInterpreterCallCodeDeltaType": "open_ai_responses_code_interpreter_call_code_delta_type",
    "OpenAIResponsesCodeInterpreterCallCodeDone": "open_ai_responses_code_interpreter_call_code_done",
    "OpenAIResponsesCodeInterpreterCallCodeDoneType": "open_ai_responses_code_interpreter_call_code_done_type",
    "OpenAIResponsesCodeInterpreterCallCompleted": "open_ai_responses_code_interpreter_call_completed",
    "OpenAIResponsesCodeInterpreterCallCompletedType": "open_ai_responses_code_interpreter_call_completed_type",
    "OpenAIResponsesCodeInterpreterCallInProgress": "open_ai_responses_code_interpreter_call_in_progress",
    "OpenAIResponsesCodeInterpreterCallInProgressType": "open_ai_responses_code_interpreter_call_in_progress_type",
    "OpenAIResponsesCodeInterpreterCallInterpreting": "open_ai_responses_code_interpreter_call_interpreting",
    "OpenAIResponsesCodeInterpreterCallInterpretingType": "open_ai_responses_code_interpreter_call_interpreting_type",
    "OpenAIResponsesImageGenCallCompleted": "open_ai_responses_image_gen_call_completed",
    "OpenAIResponsesImageGenCallCompletedType": "open_ai_responses_image_gen_call_completed_type",
    "OpenAIResponsesImageGenCallGenerating": "open_ai_responses_image_gen_call_generating",
    "OpenAIResponsesImageGenCallGeneratingType": "open_ai_responses_image_gen_call_generating_type",
    "OpenAIResponsesImageGenCallInProgress": "open_ai_responses_image_gen_call_in_progress",
    "OpenAIResponsesImageGenCallInProgressType": "open_ai_responses_image_gen_call_in_progress_type",
    "OpenAIResponsesImageGenCallPartialImage": "open_ai_responses_image_gen_call_partial_image",
    "OpenAIResponsesImageGenCallPartialImageType": "open_ai_responses_image_gen_call_partial_image_type",
    "OpenAIResponsesRefusalContent": "open_ai_responses_refusal_content",
    "OpenAIResponsesRefusalContentType": "open_ai_responses_refusal_content_type",
    "OpenAIResponsesResponseStatus": "open_ai_responses_response_status",
    "OpenAIResponsesSearchCompleted": "open_ai_responses_search_completed",
    "OpenAIResponsesSearchCompletedType": "open_ai_responses_search_completed_type",
    "OpenAIResponsesToolChoiceType0": "open_ai_responses_tool_choice_type_0",
    "OpenAIResponsesToolChoiceType1": "open_ai_responses_tool_choice_type_1",
    "OpenAIResponsesToolChoiceType2": "open_ai_responses_tool_choice_type_2",
    "OpenAIResponsesToolChoiceType3": "open_ai_responses_tool_choice_type_3",
    "OpenAIResponsesToolChoiceType3Type": "open_ai_responses_tool_choice_type_3_type",
    "OpenAIResponsesToolChoiceType4": "open_ai_responses_tool_choice_type_4",
    "OpenAIResponsesToolChoiceType4TypeType0": "open_ai_responses_tool_choice_type_4_type_type_0",
    "OpenAIResponsesToolChoiceType4TypeType1": "open_ai_responses_tool_choice_type_4_type_type_1",
    "OpenAIResponsesToolChoiceType6": "open_ai_responses_tool_choice_type_6",
    "OpenAIResponsesToolChoiceType6Type": "open_ai_responses_tool_choice_type_6_type",
    "OpenAIResponsesToolChoiceType7": "open_ai_responses_tool_choice_type_7",
    "OpenAIResponsesToolChoiceType7Type": "open_ai_responses_tool_choice_type_7_type",
    "OpenAIResponsesTruncation": "open_ai_responses_truncation",
    "OpenAIResponsesUsage": "open_ai_responses_usage",
    "OpenAIResponsesUsageInputTokensDetails": "open_ai_responses_usage_input_tokens_details",
    "OpenAIResponsesUsageOutputTokensDetails": "open_ai_responses_usage_output_tokens_details",
    "OpenAIResponsesWebSearchCallInProgress": "open_ai_responses_web_search_call_in_progress",
    "OpenAIResponsesWebSearchCallInProgressType": "open_ai_responses_web_search_call_in_progress_type",
    "OpenAIResponsesWebSearchCallSearching": "open_ai_responses_web_search_call_searching",
    "OpenAIResponsesWebSearchCallSearchingType": "open_ai_responses_web_search_call_searching_type",
    "OpenResponsesCreatedEvent": "open_responses_created_event",
    "OpenResponsesCreatedEventType": "open_responses_created_event_type",
    "OpenResponsesInProgressEvent": "open_responses_in_progress_event",
    "OpenResponsesInProgressEventType": "open_responses_in_progress_event_type",
    "OpenResponsesLogProbs": "open_responses_log_probs",
    "OpenResponsesResult": "open_responses_result",
    "OpenResponsesResultObject": "open_responses_result_object",
    "OpenResponsesResultToolsItemType0": "open_responses_result_tools_item_type_0",
    "OpenResponsesResultToolsItemType0ParametersType0": "open_responses_result_tools_item_type_0_parameters_type_0",
    "OpenResponsesResultToolsItemType0Type": "open_responses_result_tools_item_type_0_type",
    "OpenResponsesTopLogprobs": "open_responses_top_logprobs",
    "OpenRouterFile": "open_router_file",
    "OpenRouterFileDeleted": "open_router_file_deleted",
    "OpenRouterFileDeletedShape": "open_router_file_deleted_shape",
    "OpenRouterFileDeletedType": "open_router_file_deleted_type",
    "OpenRouterFileList": "open_router_file_list",
    "OpenRouterFileListShape": "open_router_file_list_shape",
    "OpenRouterFileShape": "open_router_file_shape",
    "OpenRouterFileType": "open_router_file_type",
    "OpenRouterMetadata": "open_router_metadata",
    "OpenRouterWebSearchServerTool": "open_router_web_search_server_tool",
    "OpenRouterWebSearchServerToolType": "open_router_web_search_server_tool_type",
    "OutputAdvisorServerToolItem": "output_advisor_server_tool_item",
    "OutputAdvisorServerToolItemType": "output_advisor_server_tool_item_type",
    "OutputApplyPatchCallItem": "output_apply_patch_call_item",
    "OutputApplyPatchCallItemType": "output_apply_patch_call_item_type",
    "OutputApplyPatchServerToolItem": "output_apply_patch_server_tool_item",
    "OutputApplyPatchServerToolItemType": "output_apply_patch_server_tool_item_type",
    "OutputBashServerToolItem": "output_bash_server_tool_item",
    "OutputBashServerToolItemType": "output_bash_server_tool_item_type",
    "OutputBrowserUseServerToolItem": "output_browser_use_server_tool_item",
    "OutputBrowserUseServerToolItemType": "output_browser_use_server_tool_item_type",
    "OutputCodeInterpreterCallItem": "output_code_interpreter_call_item",
    "OutputCodeInterpreterCallItemStatus": "output_code_interpreter_call_item_status",
    "OutputCodeInterpreterCallItemType": "output_code_interpreter_call_item_type",
    "OutputCodeInterpreterServerToolItem": "output_code_interpreter_server_tool_item",
    "OutputCodeInterpreterServerToolItemType": "output_code_interpreter_server_tool_item_type",
    "OutputComputerCallItem": "output_computer_call_item",
    "OutputComputerCallItemPendingSafetyChecksItem": "output_computer_call_item_pending_safety_checks_item",
    "OutputComputerCallItemStatus": "output_computer_call_item_status",
    "OutputComputerCallItemType": "output_computer_call_item_type",
    "OutputCustomToolCallItem": "output_custom_tool_call_item",
    "OutputCustomToolCallItemType": "output_custom_tool_call_item_type",
    "OutputDatetimeItem": "output_datetime_item",
    "OutputDatetimeItemType": "output_datetime_item_type",
    "OutputFileSearchCallItem": "output_file_search_call_item",
    "OutputFileSearchCallItemType": "output_file_search_call_item_type",
    "OutputFileSearchServerToolItem": "output_file_search_server_tool_item",
    "OutputFileSearchServerToolItemType": "output_file_search_server_tool_item_type",
    "OutputFilesServerToolItem": "output_files_server_tool_item",
    "OutputFilesServerToolItemType": "output_files_server_tool_item_type",
    "OutputFunctionCallItem": "output_function_call_item",
    "OutputFunctionCallItemStatusType0": "output_function_call_item_status_type_0",
    "OutputFunctionCallItemStatusType1": "output_function_call_item_status_type_1",
    "OutputFunctionCallItemStatusType2": "output_function_call_item_status_type_2",
    "OutputFunctionCallItemSubagentItemsItem": "output_function_call_item_subagent_items_item",
    "OutputFunctionCallItemType": "output_function_call_item_type",
    "OutputFusionServerToolItem": "output_fusion_server_tool_item",
    "OutputFusionServerToolItemFailedModelsItem": "output_fusion_server_tool_item_failed_models_item",
    "OutputFusionServerToolItemResponsesItem": "output_fusion_server_tool_item_responses_item",
    "OutputFusionServerToolItemType": "output_fusion_server_tool_item_type",
    "OutputImageGenerationCallItem": "output_image_generation_call_item",
    "OutputImageGenerationCallItemType": "output_image_generation_call_item_type",
    "OutputImageGenerationServerToolItem": "output_image_generation_server_tool_item",
    "OutputImageGenerationServerToolItemType": "output_image_generation_server_tool_item_type",
    "OutputItemAddedEvent": "output_item_added_event",
    "OutputItemAddedEventType": "output_item_added_event_type",
    "OutputItemApplyPatchCall": "output_item_apply_patch_call",
    "OutputItemApplyPatchCallStatus": "output_item_apply_patch_call_status",
    "OutputItemApplyPatchCallType": "output_item_apply_patch_call_type",
    "OutputItemCodeInterpreterCall": "output_item_code_interpreter_call",
    "OutputItemCodeInterpreterCallStatus": "output_item_code_interpreter_call_status",
    "OutputItemCodeInterpreterCallType": "output_item_code_interpreter_call_type",
    "OutputItemCustomToolCall": "output_item_custom_tool_call",
    "OutputItemCustomToolCallType": "output_item_custom_tool_call_type",
    "OutputItemDoneEvent": "output_item_done_event",
    "OutputItemDoneEventType": "output_item_done_event_type",
    "OutputItemFileSearchCall": "output_item_file_search_call",
    "OutputItemFileSearchCallType": "output_item_file_search_call_type",
    "OutputItemFunctionCall": "output_item_function_call",
    "OutputItemFunctionCallStatusType0": "output_item_function_call_status_type_0",
    "OutputItemFunctionCallStatusType1": "output_item_function_call_status_type_1",
    "OutputItemFunctionCallStatusType2": "output_item_function_call_status_type_2",
    "OutputItemFunctionCallType": "output_item_function_call_type",
    "OutputItemImageGenerationCall": "output_item_image_generation_call",
    "OutputItemImageGenerationCallType": "output_item_image_generation_call_type",
    "OutputItemReasoning": "output_item_reasoning",
    "OutputItemReasoningStatusType0": "output_item_reasoning_status_type_0",
    "OutputItemReasoningStatusType1": "output_item_reasoning_status_type_1",
    "OutputItemReasoningStatusType2": "output_item_reasoning_status_type_2",
    "OutputItemReasoningType": "output_item_reasoning_type",
    "OutputItemWebSearchCall": "output_item_web_search_call",
    "OutputItemWebSearchCallActionType0": "output_item_web_search_call_action_type_0",
    "OutputItemWebSearchCallActionType0Type": "output_item_web_search_call_action_type_0_type",
    "OutputItemWebSearchCallActionType1": "output_item_web_search_call_action_type_1",
    "OutputItemWebSearchCallActionType1Type": "output_item_web_search_call_action_type_1_type",
    "OutputItemWebSearchCallActionType2": "output_item_web_search_call_action_type_2",
    "OutputItemWebSearchCallActionType2Type": "output_item_web_search_call_action_type_2_type",
    "OutputItemWebSearchCallType": "output_item_web_search_call_type",
    "OutputMcpServerToolItem": "output_mcp_server_tool_item",
    "OutputMcpServerToolItemType": "output_mcp_server_tool_item_type",
    "OutputMemoryServerToolItem": "output_memory_server_tool_item",
    "OutputMemoryServerToolItemAction": "output_memory_server_tool_item_action",
    "OutputMemoryServerToolItemType": "output_memory_server_tool_item_type",
    "OutputMessage": "output_message",
    "OutputMessageItem": "output_message_item",
    "OutputMessageItemPhaseType0": "output_message_item_phase_type_0",
    "OutputMessageItemPhaseType1": "output_message_item_phase_type_1",
    "OutputMessageItemRole": "output_message_item_role",
    "OutputMessageItemStatusType0": "output_message_item_status_type_0",
    "OutputMessageItemStatusType1": "output_message_item_status_type_1",
    "OutputMessageItemStatusType2": "output_message_item_status_type_2",
    "OutputMessageItemType": "output_message_item_type",
    "OutputMessagePhaseType0": "output_message_phase_type_0",
    "OutputMessagePhaseType1": "output_message_phase_type_1",
    "OutputMessageRole": "output_message_role",
    "OutputMessageStatusType0": "output_message_status_type_0",
    "OutputMessageStatusType1": "output_message_status_type_1",
    "OutputMessageStatusType2": "output_message_status_type_2",
    "OutputMessageType": "output_message_type",
    "OutputModality": "output_modality",
    "OutputModalityEnum": "output_modality_enum",
    "OutputReasoningItem": "output_reasoning_item",
    "OutputReasoningItemStatusType0": "output_reasoning_item_status_type_0",
    "OutputReasoningItemStatusType1": "output_reasoning_item_status_type_1",
    "OutputReasoningItemStatusType2": "output_reasoning_item_status_type_2",
    "OutputReasoningItemType": "output_reasoning_item_type",
    "OutputSearchModelsServerToolItem": "output_search_models_server_tool_item",
    "OutputSearchModelsServerToolItemType": "output_search_models_server_tool_item_type",
    "OutputShellCallItem": "output_shell_call_item",
    "OutputShellCallItemAction": "output_shell_call_item_action",
    "OutputShellCallItemType": "output_shell_call_item_type",
    "OutputShellCallOutputItem": "output_shell_call_output_item",
    "OutputShellCallOutputItemType": "output_shell_call_output_item_type",
    "OutputShellServerToolItem": "output_shell_server_tool_item",
    "OutputShellServerToolItemAction": "output_shell_server_tool_item_action",
    "OutputShellServerToolItemType": "output_shell_server_tool_item_type",
    "OutputSubagentServerToolItem": "output_subagent_server_tool_item",
    "OutputSubagentServerToolItemType": "output_subagent_server_tool_item_type",
    "OutputTextEditorServerToolItem": "output_text_editor_server_tool_item",
    "OutputTextEditorServerToolItemCommand": "output_text_editor_server_tool_item_command",
    "OutputTextEditorServerToolItemType": "output_text_editor_server_tool_item_type",
    "OutputToolSearchServerToolItem": "output_tool_search_server_tool_item",
    "OutputToolSearchServerToolItemType": "output_tool_search_server_tool_item_type",
    "OutputWebFetchServerToolItem": "output_web_fetch_server_tool_item",
    "OutputWebFetchServerToolItemType": "output_web_fetch_server_tool_item_type",
    "OutputWebSearchCallItem": "output_web_search_call_item",
    "OutputWebSearchCallItemActionType0": "output_web_search_call_item_action_type_0",
    "OutputWebSearchCallItemActionType0Type": "output_web_search_call_item_action_type_0_type",
    "OutputWebSearchCallItemActionType1": "output_web_search_call_item_action_type_1",
    "OutputWebSearchCallItemActionType1Type": "output_web_search_call_item_action_type_1_type",
    "OutputWebSearchCallItemActionType2": "output_web_search_call_item_action_type_2",
    "OutputWebSearchCallItemActionType2Type": "output_web_search_call_item_action_type_2_type",
    "OutputWebSearchCallItemType": "output_web_search_call_item_type",
    "OutputWebSearchServerToolItem": "output_web_search_server_tool_item",
    "OutputWebSearchServerToolItemAction": "output_web_search_server_tool_item_action",
    "OutputWebSearchServerToolItemActionSourcesItem": "output_web_search_server_tool_item_action_sources_item",
    "OutputWebSearchServerToolItemActionSourcesItemType": "output_web_search_server_tool_item_action_sources_item_type",
    "OutputWebSearchServerToolItemActionType": "output_web_search_server_tool_item_action_type",
    "OutputWebSearchServerToolItemType": "output_web_search_server_tool_item_type",
    "PDFParserEngineType0": "pdf_parser_engine_type_0",
    "PDFParserEngineType1": "pdf_parser_engine_type_1",
    "PDFParserOptions": "pdf_parser_options",
    "Parameter": "parameter",
    "ParetoRouterPlugin": "pareto_router_plugin",
    "ParetoRouterPluginId": "pareto_router_plugin_id",
    "ParetoRouterPluginPriceSource": "pareto_router_plugin_price_source",
    "PayloadTooLargeResponse": "payload_too_large_response",
    "PayloadTooLargeResponseErrorData": "payload_too_large_response_error_data",
    "PayloadTooLargeResponseErrorDataMetadataType0": "payload_too_large_response_error_data_metadata_type_0",
    "PayloadTooLargeResponseModelgatesMetadataType0": "payload_too_large_response_modelgates_metadata_type_0",
    "PaymentRequiredResponse": "payment_required_response",
    "PaymentRequiredResponseErrorData": "payment_required_response_error_data",
    "PaymentRequiredResponseErrorDataMetadataType0": "payment_required_response_error_data_metadata_type_0",
    "PaymentRequiredResponseModelgatesMetadataType0": "payment_required_response_modelgates_metadata_type_0",
    "PdfParserEngine": "pdf_parser_engine",
    "PerRequestLimits": "per_request_limits",
    "PercentileStats": "percentile_stats",
    "PipelineStage": "pipeline_stage",
    "PipelineStageData": "pipeline_stage_data",
    "PipelineStageType": "pipeline_stage_type",
    "Preset": "preset",
    "PresetDesignatedVersion": "preset_designated_version",
    "PresetDesignatedVersionConfig": "preset_designated_version_config",
    "PresetStatus": "preset_status",
    "PresetWithDesignatedVersion": "preset_with_designated_version",
    "Preview20250311WebSearchServerTool": "preview_20250311_web_search_server_tool",
    "Preview20250311WebSearchServerToolType": "preview_20250311_web_search_server_tool_type",
    "PreviewWebSearchServerTool": "preview_web_search_server_tool",
    "PreviewWebSearchServerToolType": "preview_web_search_server_tool_type",
    "PreviewWebSearchUserLocation": "preview_web_search_user_location",
    "PreviewWebSearchUserLocationType": "preview_web_search_user_location_type",
    "PricingOverride": "pricing_override",
    "PromptCacheBreakpoint": "prompt_cache_breakpoint",
    "PromptCacheBreakpointMode": "prompt_cache_breakpoint_mode",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsMode": "prompt_cache_options_mode",
    "PromptInjectionScanScope": "prompt_injection_scan_scope",
    "ProviderMaxPrice": "provider_max_price",
    "ProviderName": "provider_name",
    "ProviderOptions": "provider_options",
    "ProviderOptions01Ai": "provider_options_01_ai",
    "ProviderOptionsAi21": "provider_options_ai_21",
    "ProviderOptionsAionLabs": "provider_options_aion_labs",
    "ProviderOptionsAkashml": "provider_options_akashml",
    "ProviderOptionsAlibaba": "provider_options_alibaba",
    "ProviderOptionsAmazonBedrock": "provider_options_amazon_bedrock",
    "ProviderOptionsAmazonNova": "provider_options_amazon_nova",
    "ProviderOptionsAmbient": "provider_options_ambient",
    "ProviderOptionsAnthropic": "provider_options_anthropic",
    "ProviderOptionsAnyscale": "provider_options_anyscale",
    "ProviderOptionsArceeAi": "provider_options_arcee_ai",
    "ProviderOptionsAtlasCloud": "provider_options_atlas_cloud",
    "ProviderOptionsAtoma": "provider_options_atoma",
    "ProviderOptionsAvian": "provider_options_avian",
    "ProviderOptionsAzure": "provider_options_azure",
    "ProviderOptionsBaidu": "provider_options_baidu",
    "ProviderOptionsBaseten": "provider_options_baseten",
    "ProviderOptionsBlackForestLabs": "provider_options_black_forest_labs",
    "ProviderOptionsByteplus": "provider_options_byteplus",
    "ProviderOptionsCentml": "provider_options_centml",
    "ProviderOptionsCerebras": "provider_options_cerebras",
    "ProviderOptionsChutes": "provider_options_chutes",
    "ProviderOptionsCirrascale": "provider_options_cirrascale",
    "ProviderOptionsClarifai": "provider_options_clarifai",
    "ProviderOptionsCloudflare": "provider_options_cloudflare",
    "ProviderOptionsCohere": "provider_options_cohere",
    "ProviderOptionsCrofai": "provider_options_crofai",
    "ProviderOptionsCrucible": "provider_options_crucible",
    "ProviderOptionsCrusoe": "provider_options_crusoe",
    "ProviderOptionsDeepinfra": "provider_options_deepinfra",
    "ProviderOptionsDeepseek": "provider_options_deepseek",
    "ProviderOptionsDekallm": "provider_options_dekallm",
    "ProviderOptionsEnfer": "provider_options_enfer",
    "ProviderOptionsFakeProvider": "provider_options_fake_provider",
    "ProviderOptionsFeatherless": "provider_options_featherless",
    "ProviderOptionsFireworks": "provider_options_fireworks",
    "ProviderOptionsFriendli": "provider_options_friendli",
    "ProviderOptionsGmicloud": "provider_options_gmicloud",
    "ProviderOptionsGoogleAiStudio": "provider_options_google_ai_studio",
    "ProviderOptionsGoogleVertex": "provider_options_google_vertex",
    "ProviderOptionsGopomelo": "provider_options_gopomelo",
    "ProviderOptionsGroq": "provider_options_groq",
    "ProviderOptionsHuggingface": "provider_options_huggingface",
    "ProviderOptionsHyperbolic": "provider_options_hyperbolic",
    "ProviderOptionsHyperbolicQuantized": "provider_options_hyperbolic_quantized",
    "ProviderOptionsInception": "provider_options_inception",
    "ProviderOptionsInceptron": "provider_options_inceptron",
    "ProviderOptionsInferenceNet": "provider_options_inference_net",
    "ProviderOptionsInfermatic": "provider_options_infermatic",
    "ProviderOptionsInflection": "provider_options_inflection",
    "ProviderOptionsInocloud": "provider_options_inocloud",
    "ProviderOptionsIoNet": "provider_options_io_net",
    "ProviderOptionsIonstream": "provider_options_ionstream",
    "ProviderOptionsKlusterai": "provider_options_klusterai",
    "ProviderOptionsLambda": "provider_options_lambda",
    "ProviderOptionsLepton": "provider_options_lepton",
    "ProviderOptionsLiquid": "provider_options_liquid",
    "ProviderOptionsLynn": "provider_options_lynn",
    "ProviderOptionsLynnPrivate": "provider_options_lynn_private",
    "ProviderOptionsMancer": "provider_options_mancer",
    "ProviderOptionsMancerOld": "provider_options_mancer_old",
    "ProviderOptionsMara": "provider_options_mara",
    "ProviderOptionsMeta": "provider_options_meta",
    "ProviderOptionsMinimax": "provider_options_minimax",
    "ProviderOptionsMistral": "provider_options_mistral",
    "ProviderOptionsModal": "provider_options_modal",
    "ProviderOptionsModelrun": "provider_options_modelrun",
    "ProviderOptionsModular": "provider_options_modular",
    "ProviderOptionsMoonshotai": "provider_options_moonshotai",
    "ProviderOptionsMorph": "provider_options_morph",
    "ProviderOptionsNcompass": "provider_options_ncompass",
    "ProviderOptionsNebius": "provider_options_nebius",
    "ProviderOptionsNexAgi": "provider_options_nex_agi",
    "ProviderOptionsNextbit": "provider_options_nextbit",
    "ProviderOptionsNineteen": "provider_options_nineteen",
    "ProviderOptionsNovita": "provider_options_novita",
    "ProviderOptionsNvidia": "provider_options_nvidia",
    "ProviderOptionsOctoai": "provider_options_octoai",
    "ProviderOptionsOpenInference": "provider_options_open_inference",
    "ProviderOptionsOpenai": "provider_options_openai",
    "ProviderOptionsParasail": "provider_options_parasail",
    "ProviderOptionsPerceptron": "provider_options_perceptron",
    "ProviderOptionsPerplexity": "provider_options_perplexity",
    "ProviderOptionsPhala": "provider_options_phala",
    "ProviderOptionsPoolside": "provider_options_poolside",
    "ProviderOptionsRecraft": "provider_options_recraft",
    "ProviderOptionsRecursal": "provider_options_recursal",
    "ProviderOptionsReflection": "provider_options_reflection",
    "ProviderOptionsReka": "provider_options_reka",
    "ProviderOptionsRelace": "provider_options_relace",
    "ProviderOptionsReplicate": "provider_options_replicate",
    "ProviderOptionsSambanova": "provider_options_sambanova",
    "ProviderOptionsSambanovaCloaked": "provider_options_sambanova_cloaked",
    "ProviderOptionsSeed": "provider_options_seed",
    "ProviderOptionsSfCompute": "provider_options_sf_compute",
    "ProviderOptionsSiliconflow": "provider_options_siliconflow",
    "ProviderOptionsSourceful": "provider_options_sourceful",
    "ProviderOptionsStealth": "provider_options_stealth",
    "ProviderOptionsStepfun": "provider_options_stepfun",
    "ProviderOptionsStreamlake": "provider_options_streamlake",
    "ProviderOptionsSwitchpoint": "provider_options_switchpoint",
    "ProviderOptionsTargon": "provider_options_targon",
    "ProviderOptionsTogether": "provider_options_together",
    "ProviderOptionsTogetherLite": "provider_options_together_lite",
    "ProviderOptionsUbicloud": "provider_options_ubicloud",
    "ProviderOptionsUpstage": "provider_options_upstage",
    "ProviderOptionsVenice": "provider_options_venice",
    "ProviderOptionsWandb": "provider_options_wandb",
    "ProviderOptionsXai": "provider_options_xai",
    "ProviderOptionsXiaomi": "provider_options_xiaomi",
    "ProviderOptionsZAi": "provider_options_z_ai",
    "ProviderOverloadedResponse": "provider_overloaded_response",
    "ProviderOverloadedResponseErrorData": "provider_overloaded_response_error_data",
    "ProviderOverloadedResponseErrorDataMetadataType0": "provider_overloaded_response_error_data_metadata_type_0",
    "ProviderOverloadedResponseModelgatesMetadataType0": "provider_overloaded_response_modelgates_metadata_type_0",
    "ProviderPreferences": "provider_preferences",
    "ProviderResponse": "provider_response",
    "ProviderResponseProviderName": "provider_response_provider_name",
    "ProviderResponseRoutedServiceTier": "provider_response_routed_service_tier",
    "ProviderSort": "provider_sort",
    "ProviderSortConfig": "provider_sort_config",
    "ProviderSortConfigByType1": "provider_sort_config_by_type_1",
    "ProviderSortConfigByType2Type1": "provider_sort_config_by_type_2_type_1",
    "ProviderSortConfigByType3Type1": "provider_sort_config_by_type_3_type_1",
    "ProviderSortConfigPartitionType1": "provider_sort_config_partition_type_1",
    "ProviderSortConfigPartitionType2Type1": "provider_sort_config_partition_type_2_type_1",
    "ProviderSortConfigPartitionType3Type1": "provider_sort_config_partition_type_3_type_1",
    "PublicEndpoint": "public_endpoint",
    "PublicEndpointPricing": "public_endpoint_pricing",
    "PublicPricing": "public_pricing",
    "Quantization": "quantization",
    "QueryAnalyticsBody": "query_analytics_body",
    "QueryAnalyticsBodyClassifierDimensions": "query_analytics_body_classifier_dimensions",
    "QueryAnalyticsBodyClassifierFilters": "query_analytics_body_classifier_filters",
    "QueryAnalyticsBodyClassifierFiltersFiltersItem": "query_analytics_body_classifier_filters_filters_item",
    "QueryAnalyticsBodyFiltersItem": "query_analytics_body_filters_item",
    "QueryAnalyticsBodyOrderBy": "query_analytics_body_order_by",
    "QueryAnalyticsBodyOrderByDirection": "query_analytics_body_order_by_direction",
    "QueryAnalyticsBodyTimeRange": "query_analytics_body_time_range",
    "QueryAnalyticsResponse200": "query_analytics_response_200",
    "QueryAnalyticsResponse200Data": "query_analytics_response_200_data",
    "QueryAnalyticsResponse200DataDataItem": "query_analytics_response_200_data_data_item",
    "QueryAnalyticsResponse200DataMetadata": "query_analytics_response_200_data_metadata",
    "RangeCapability": "range_capability",
    "RangeCapabilityType": "range_capability_type",
    "RankingsDailyItem": "rankings_daily_item",
    "RankingsDailyMeta": "rankings_daily_meta",
    "RankingsDailyMetaVersion": "rankings_daily_meta_version",
    "RankingsDailyResponse": "rankings_daily_response",
    "Reasoning": "reasoning",
    "ReasoningConfig": "reasoning_config",
    "ReasoningContext": "reasoning_context",
    "ReasoningDeltaEvent": "reasoning_delta_event",
    "ReasoningDeltaEventType": "reasoning_delta_event_type",
    "ReasoningDoneEvent": "reasoning_done_event",
    "ReasoningDoneEventType": "reasoning_done_event_type",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningFormat": "reasoning_format",
    "ReasoningItem": "reasoning_item",
    "ReasoningItemStatusType0": "reasoning_item_status_type_0",
    "ReasoningItemStatusType1": "reasoning_item_status_type_1",
    "ReasoningItemStatusType2": "reasoning_item_status_type_2",
    "ReasoningItemType": "reasoning_item_type",
    "ReasoningMode": "reasoning_mode",
    "ReasoningSummary": "reasoning_summary",
    "ReasoningSummaryPartAddedEvent": "reasoning_summary_part_added_event",
    "ReasoningSummaryPartAddedEventType": "reasoning_summary_part_added_event_type",
    "ReasoningSummaryPartDoneEvent": "reasoning_summary_part_done_event",
    "ReasoningSummaryPartDoneEventType": "reasoning_summary_part_done_event_type",
    "ReasoningSummaryText": "reasoning_summary_text",
    "ReasoningSummaryTextDeltaEvent": "reasoning_summary_text_delta_event",
    "ReasoningSummaryTextDeltaEventType": "reasoning_summary_text_delta_event_type",
    "ReasoningSummaryTextDoneEvent": "reasoning_summary_text_done_event",
    "ReasoningSummaryTextDoneEventType": "reasoning_summary_text_done_event_type",
    "ReasoningSummaryTextType": "reasoning_summary_text_type",
    "ReasoningSummaryVerbosity": "reasoning_summary_verbosity",
    "ReasoningTextContent": "reasoning_text_content",
    "ReasoningTextContentType": "reasoning_text_content_type",
    "RefusalDeltaEvent": "refusal_delta_event",
    "RefusalDeltaEventType": "refusal_delta_event_type",
    "RefusalDoneEvent": "refusal_done_event",
    "RefusalDoneEventType": "refusal_done_event_type",
    "RequestMetadata": "request_metadata",
    "RequestTimeoutResponse": "request_timeout_response",
    "RequestTimeoutResponseErrorData": "request_timeout_response_error_data",
    "RequestTimeoutResponseErrorDataMetadataType0": "request_timeout_response_error_data_metadata_type_0",
    "RequestTimeoutResponseModelgatesMetadataType0": "request_timeout_response_modelgates_metadata_type_0",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectType": "response_format_json_object_type",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaType": "response_format_json_schema_type",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextType": "response_format_text_type",
    "ResponseHealingPlugin": "response_healing_plugin",
    "ResponseHealingPluginId": "response_healing_plugin_id",
    "ResponseIncludesEnum": "response_includes_enum",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextLogprobsItem": "response_output_text_logprobs_item",
    "ResponseOutputTextLogprobsItemTopLogprobsItem": "response_output_text_logprobs_item_top_logprobs_item",
    "ResponseOutputTextType": "response_output_text_type",
    "ResponsesErrorField": "responses_error_field",
    "ResponsesErrorFieldCode": "responses_error_field_code",
    "ResponsesRequest": "responses_request",
    "ResponsesRequestServiceTierType1": "responses_request_service_tier_type_1",
    "ResponsesRequestServiceTierType2Type1": "responses_request_service_tier_type_2_type_1",
    "ResponsesRequestServiceTierType3Type1": "responses_request_service_tier_type_3_type_1",
    "ResponsesRequestToolsItemType0": "responses_request_tools_item_type_0",
    "ResponsesRequestToolsItemType0ParametersType0": "responses_request_tools_item_type_0_parameters_type_0",
    "ResponsesRequestToolsItemType0Type": "responses_request_tools_item_type_0_type",
    "ResponsesStreamingResponse": "responses_streaming_response",
    "RouterAttempt": "router_attempt",
    "RouterParams": "router_params",
    "RoutingStrategy": "routing_strategy",
    "STTInputAudio": "stt_input_audio",
    "STTRequest": "stt_request",
    "STTRequestProvider": "stt_request_provider",
    "STTRequestResponseFormat": "stt_request_response_format",
    "STTResponse": "stt_response",
    "STTSegment": "stt_segment",
    "STTTimestampGranularity": "stt_timestamp_granularity",
    "STTUsage": "stt_usage",
    "STTWord": "stt_word",
    "ScimGroup": "scim_group",
    "ScimGroupMapping": "scim_group_mapping",
    "ScimGroupMappingRole": "scim_group_mapping_role",
    "SearchContextSizeEnum": "search_context_size_enum",
    "SearchModelsServerToolConfig": "search_models_server_tool_config",
    "SearchModelsServerToolOpenRouter": "search_models_server_tool_open_router",
    "SearchModelsServerToolOpenRouterType": "search_models_server_tool_open_router_type",
    "SearchQualityLevel": "search_quality_level",
    "ServerToolUseDetails": "server_tool_use_details",
    "ServiceTier": "service_tier",
    "ServiceUnavailableResponse": "service_unavailable_response",
    "ServiceUnavailableResponseErrorData": "service_unavailable_response_error_data",
    "ServiceUnavailableResponseErrorDataMetadataType0": "service_unavailable_response_error_data_metadata_type_0",
    "ServiceUnavailableResponseModelgatesMetadataType0": "service_unavailable_response_modelgates_metadata_type_0",
    "SessionCostItem": "session_cost_item",
    "SessionCostItemTurnRange": "session_cost_item_turn_range",
    "SessionCostMeta": "session_cost_meta",
    "SessionCostMetaVersion": "session_cost_meta_version",
    "SessionCostResponse": "session_cost_response",
    "ShellCallItem": "shell_call_item",
    "ShellCallItemAction": "shell_call_item_action",
    "ShellCallItemType": "shell_call_item_type",
    "ShellCallOutputContent": "shell_call_output_content",
    "ShellCallOutputContentOutcomeType0": "shell_call_output_content_outcome_type_0",
    "ShellCallOutputContentOutcomeType0Type": "shell_call_output_content_outcome_type_0_type",
    "ShellCallOutputContentOutcomeType1": "shell_call_output_content_outcome_type_1",
    "ShellCallOutputContentOutcomeType1Type": "shell_call_output_content_outcome_type_1_type",
    "ShellCallOutputItem": "shell_call_output_item",
    "ShellCallOutputItemType": "shell_call_output_item_type",
    "ShellCallStatus": "shell_call_status",
    "ShellServerTool": "shell_server_tool",
    "ShellServerToolConfig": "shell_server_tool_config",
    "ShellServerToolEngine": "shell_server_tool_engine",
    "ShellServerToolOpenRouter": "shell_server_tool_open_router",
    "ShellServerToolOpenRouterType": "shell_server_tool_open_router_type",
    "ShellServerToolType": "shell_server_tool_type",
    "SpeechRequest": "speech_request",
    "SpeechRequestProvider": "speech_request_provider",
    "SpeechRequestResponseFormat": "speech_request_response_format",
    "StopServerToolsWhenFinishReasonIs": "stop_server_tools_when_finish_reason_is",
    "StopServerToolsWhenFinishReasonIsType": "stop_server_tools_when_finish_reason_is_type",
    "StopServerToolsWhenHasToolCall": "stop_server_tools_when_has_tool_call",
    "StopServerToolsWhenHasToolCallType": "stop_server_tools_when_has_tool_call_type",
    "StopServerToolsWhenMaxCost": "stop_server_tools_when_max_cost",
    "StopServerToolsWhenMaxCostType": "stop_server_tools_when_max_cost_type",
    "StopServerToolsWhenMaxTokensUsed": "stop_server_tools_when_max_tokens_used",
    "StopServerToolsWhenMaxTokensUsedType": "stop_server_tools_when_max_tokens_used_type",
    "StopServerToolsWhenStepCountIs": "stop_server_tools_when_step_count_is",
    "StopServerToolsWhenStepCountIsType": "stop_server_tools_when_step_count_is_type",
    "StoredPromptTemplate": "stored_prompt_template",
    "StoredPromptTemplateVariablesType0": "stored_prompt_template_variables_type_0",
    "StreamEventsResponseCompleted": "stream_events_response_completed",
    "StreamEventsResponseCompletedType": "stream_events_response_completed_type",
    "StreamEventsResponseFailed": "stream_events_response_failed",
    "StreamEventsResponseFailedType": "stream_events_response_failed_type",
    "StreamEventsResponseIncomplete": "stream_events_response_incomplete",
    "StreamEventsResponseIncompleteType": "stream_events_response_incomplete_type",
    "StreamEventsResponseOutputItemAdded": "stream_events_response_output_item_added",
    "StreamEventsResponseOutputItemAddedType": "stream_events_response_output_item_added_type",
    "StreamEventsResponseOutputItemDone": "stream_events_response_output_item_done",
    "StreamEventsResponseOutputItemDoneType": "stream_events_response_output_item_done_type",
    "StreamLogprob": "stream_logprob",
    "StreamLogprobTopLogprob": "stream_logprob_top_logprob",
    "SubagentNestedTool": "subagent_nested_tool",
    "SubagentNestedToolParameters": "subagent_nested_tool_parameters",
    "SubagentReasoning": "subagent_reasoning",
    "SubagentReasoningEffort": "subagent_reasoning_effort",
    "SubagentServerToolConfig": "subagent_server_tool_config",
    "SubagentServerToolOpenRouter": "subagent_server_tool_open_router",
    "SubagentServerToolOpenRouterType": "subagent_server_tool_open_router_type",
    "SubmitGenerationFeedbackRequest": "submit_generation_feedback_request",
    "SubmitGenerationFeedbackRequestCategory": "submit_generation_feedback_request_category",
    "SubmitGenerationFeedbackResponse": "submit_generation_feedback_response",
    "SubmitGenerationFeedbackResponseData": "submit_generation_feedback_response_data",
    "SupportedParameters": "supported_parameters",
    "TaskClassificationItem": "task_classification_item",
    "TaskClassificationMacroCategory": "task_classification_macro_category",
    "TaskClassificationModel": "task_classification_model",
    "TaskClassificationResponse": "task_classification_response",
    "TaskClassificationResponseData": "task_classification_response_data",
    "TextConfig": "text_config",
    "TextConfigVerbosityType1": "text_config_verbosity_type_1",
    "TextConfigVerbosityType2Type1": "text_config_verbosity_type_2_type_1",
    "TextConfigVerbosityType3Type1": "text_config_verbosity_type_3_type_1",
    "TextDeltaEvent": "text_delta_event",
    "TextDeltaEventType": "text_delta_event_type",
    "TextDoneEvent": "text_done_event",
    "TextDoneEventType": "text_done_event_type",
    "TextExtendedConfig": "text_extended_config",
    "TextExtendedConfigVerbosityType1": "text_extended_config_verbosity_type_1",
    "TextExtendedConfigVerbosityType2Type1": "text_extended_config_verbosity_type_2_type_1",
    "TextExtendedConfigVerbosityType3Type1": "text_extended_config_verbosity_type_3_type_1",
    "TooManyRequestsResponse": "too_many_requests_response",
    "TooManyRequestsResponseErrorData": "too_many_requests_response_error_data",
    "TooManyRequestsResponseErrorDataMetadataType0": "too_many_requests_response_error_data_metadata_type_0",
    "TooManyRequestsResponseModelgatesMetadataType0": "too_many_requests_response_modelgates_metadata_type_0",
    "ToolCallStatus": "tool_call_status",
    "ToolChoiceAllowed": "tool_choice_allowed",
    "ToolChoiceAllowedModeType0": "tool_choice_allowed_mode_type_0",
    "ToolChoiceAllowedModeType1": "tool_choice_allowed_mode_type_1",
    "ToolChoiceAllowedToolsItem": "tool_choice_allowed_tools_item",
    "ToolChoiceAllowedType": "tool_choice_allowed_type",
    "ToolSearchServerTool": "tool_search_server_tool",
    "ToolSearchServerToolConfig": "tool_search_server_tool_config",
    "ToolSearchServerToolType": "tool_search_server_tool_type",
    "TopProviderInfo": "top_provider_info",
    "TraceConfig": "trace_config",
    "Truncation": "truncation",
    "URLCitation": "url_citation",
    "URLCitationType": "url_citation_type",
    "UnauthorizedResponse": "unauthorized_response",
    "UnauthorizedResponseErrorData": "unauthorized_response_error_data",
    "UnauthorizedResponseErrorDataMetadataType0": "unauthorized_response_error_data_metadata_type_0",
    "UnauthorizedResponseModelgatesMetadataType0": "unauthorized_response_modelgates_metadata_type_0",
    "UnifiedBenchmarkPricing": "unified_benchmark_pricing",
    "UnifiedBenchmarksAAItem": "unified_benchmarks_aa_item",
    "UnifiedBenchmarksAAItemSource": "unified_benchmarks_aa_item_source",
    "UnifiedBenchmarksDAItem": "unified_benchmarks_da_item",
    "UnifiedBenchmarksDAItemSource": "unified_benchmarks_da_item_source",
    "UnifiedBenchmarksDAItemTournamentStats": "unified_benchmarks_da_item_tournament_stats",
    "UnifiedBenchmarksMeta": "unified_benchmarks_meta",
    "UnifiedBenchmarksMetaSourceType1": "unified_benchmarks_meta_source_type_1",
    "UnifiedBenchmarksMetaSourceType2Type1": "unified_benchmarks_meta_source_type_2_type_1",
    "UnifiedBenchmarksMetaSourceType3Type1": "unified_benchmarks_meta_source_type_3_type_1",
    "UnifiedBenchmarksMetaVersion": "unified_benchmarks_meta_version",
    "UnifiedBenchmarksORItem": "unified_benchmarks_or_item",
    "UnifiedBenchmarksORItemBenchmarkType": "unified_benchmarks_or_item_benchmark_type",
    "UnifiedBenchmarksORItemSource": "unified_benchmarks_or_item_source",
    "UnifiedBenchmarksResponse": "unified_benchmarks_response",
    "UnifiedBenchmarksSearchItem": "unified_benchmarks_search_item",
    "UnifiedBenchmarksSearchItemBenchmarkType": "unified_benchmarks_search_item_benchmark_type",
    "UnifiedBenchmarksSearchItemPrimaryMetric": "unified_benchmarks_search_item_primary_metric",
    "UnifiedBenchmarksSearchItemSearchSurface": "unified_benchmarks_search_item_search_surface",
    "UnifiedBenchmarksSearchItemSource": "unified_benchmarks_search_item_source",
    "UnifiedBenchmarksSearchRunConfig": "unified_benchmarks_search_run_config",
    "UnprocessableEntityResponse": "unprocessable_entity_response",
    "UnprocessableEntityResponseErrorData": "unprocessable_entity_response_error_data",
    "UnprocessableEntityResponseErrorDataMetadataType0": "unprocessable_entity_response_error_data_metadata_type_0",
    "UnprocessableEntityResponseModelgatesMetadataType0": "unprocessable_entity_response_modelgates_metadata_type_0",
    "UpdateBYOKKeyRequest": "update_byok_key_request",
    "UpdateBYOKKeyResponse": "update_byok_key_response",
    "UpdateGuardrailRequest": "update_guardrail_request",
    "UpdateGuardrailResponse": "update_guardrail_response",
    "UpdateKeysBody": "update_keys_body",
    "UpdateKeysBodyLimitResetType1": "update_keys_body_limit_reset_type_1",
    "UpdateKeysBodyLimitResetType2Type1": "update_keys_body_limit_reset_type_2_type_1",
    "UpdateKeysBodyLimitResetType3Type1": "update_keys_body_limit_reset_type_3_type_1",
    "UpdateKeysResponse200": "update_keys_response_200",
    "UpdateKeysResponse200Data": "update_keys_response_200_data",
    "UpdateObservabilityDestinationRequest": "update_observability_destination_request",
    "UpdateObservabilityDestinationRequestConfig": "update_observability_destination_request_config",
    "UpdateObservabilityDestinationResponse": "update_observability_destination_response",
    "UpdateScimGroupMappingRequest": "update_scim_group_mapping_request",
    "UpdateScimGroupMappingRequestRole": "update_scim_group_mapping_request_role",
    "UpdateScimGroupMappingResponse": "update_scim_group_mapping_response",
    "UpdateWorkspaceRequest": "update_workspace_request",
    "UpdateWorkspaceResponse": "update_workspace_response",
    "UploadFileBody": "upload_file_body",
    "UpsertWorkspaceBudgetRequest": "upsert_workspace_budget_request",
    "UpsertWorkspaceBudgetResponse": "upsert_workspace_budget_response",
    "Usage": "usage",
    "UsageCostDetails": "usage_cost_details",
    "UsageInputTokensDetails": "usage_input_tokens_details",
    "UsageOutputTokensDetails": "usage_output_tokens_details",
    "VideoGenerationRequest": "video_generation_request",
    "VideoGenerationRequestAspectRatio": "video_generation_request_aspect_ratio",
    "VideoGenerationRequestProvider": "video_generation_request_provider",
    "VideoGenerationRequestResolution": "video_generation_request_resolution",
    "VideoGenerationResponse": "video_generation_response",
    "VideoGenerationResponseStatus": "video_generation_response_status",
    "VideoGenerationUsage": "video_generation_usage",
    "VideoModel": "video_model",
    "VideoModelPricingSkusType0": "video_model_pricing_skus_type_0",
    "VideoModelSupportedAspectRatiosType0Item": "video_model_supported_aspect_ratios_type_0_item",
    "VideoModelSupportedFrameImagesType0Item": "video_model_supported_frame_images_type_0_item",
    "VideoModelSupportedResolutionsType0Item": "video_model_supported_resolutions_type_0_item",
    "VideoModelSupportedSizesType0Item": "video_model_supported_sizes_type_0_item",
    "VideoModelUpscaleFactorType0": "video_model_upscale_factor_type_0",
    "VideoModelsListResponse": "video_models_list_response",
    "WebFetchEngineEnum": "web_fetch_engine_enum",
    "WebFetchPlugin": "web_fetch_plugin",
    "WebFetchPluginId": "web_fetch_plugin_id",
    "WebFetchServerTool": "web_fetch_server_tool",
    "WebFetchServerToolConfig": "web_fetch_server_tool_config",
    "WebFetchServerToolType": "web_fetch_server_tool_type",
    "WebSearchCallCompletedEvent": "web_search_call_completed_event",
    "WebSearchCallCompletedEventType": "web_search_call_completed_event_type",
    "WebSearchCallInProgressEvent": "web_search_call_in_progress_event",
    "WebSearchCallInProgressEventType": "web_search_call_in_progress_event_type",
    "WebSearchCallSearchingEvent": "web_search_call_searching_event",
    "WebSearchCallSearchingEventType": "web_search_call_searching_event_type",
    "WebSearchConfig": "web_search_config",
    "WebSearchDomainFilter": "web_search_domain_filter",
    "WebSearchEngine": "web_search_engine",
    "WebSearchEngineEnum": "web_search_engine_enum",
    "WebSearchMode": "web_search_mode",
    "WebSearchPlugin": "web_search_plugin",
    "WebSearchPluginId": "web_search_plugin_id",
    "WebSearchPluginUserLocationType0": "web_search_plugin_user_location_type_0",
    "WebSearchPluginUserLocationType0Type": "web_search_plugin_user_location_type_0_type",
    "WebSearchServerTool": "web_search_server_tool",
    "WebSearchServerToolConfig": "web_search_server_tool_config",
    "WebSearchServerToolOpenRouter": "web_search_server_tool_open_router",
    "WebSearchServerToolOpenRouterType": "web_search_server_tool_open_router_type",
    "WebSearchServerToolType": "web_search_server_tool_type",
    "WebSearchSource": "web_search_source",
    "WebSearchSourceType": "web_search_source_type",
    "WebSearchStatus": "web_search_status",
    "WebSearchUserLocation": "web_search_user_location",
    "WebSearchUserLocationServerTool": "web_search_user_location_server_tool",
    "WebSearchUserLocationServerToolType": "web_search_user_location_server_tool_type",
    "WebSearchUserLocationType": "web_search_user_location_type",
    "Workspace": "workspace",
    "WorkspaceBudget": "workspace_budget",
    "WorkspaceBudgetInterval": "workspace_budget_interval",
    "WorkspaceBudgetResetIntervalType1": "workspace_budget_reset_interval_type_1",
    "WorkspaceBudgetResetIntervalType2Type1": "workspace_budget_reset_interval_type_2_type_1",
    "WorkspaceBudgetResetIntervalType3Type1": "workspace_budget_reset_interval_type_3_type_1",
    "WorkspaceMember": "workspace_member",
    "WorkspaceMemberRole": "workspace_member_role",
}

__all__ = (
    "AABenchmarkEntry",
    "ActivityItem",
    "ActivityResponse",
    "AdditionalToolsItem",
    "AdditionalToolsItemRole",
    "AdditionalToolsItemToolsItemType0",
    "AdditionalToolsItemToolsItemType0ParametersType0",
    "AdditionalToolsItemToolsItemType0Type",
    "AdditionalToolsItemToolsItemType28",
    "AdditionalToolsItemType",
    "AdvisorReasoning",
    "AdvisorReasoningEffort",
    "AdvisorServerToolConfig",
    "AdvisorServerToolOpenRouter",
    "AdvisorServerToolOpenRouterType",
    "AgentMessageItem",
    "AgentMessageItemAgentType0",
    "AgentMessageItemContentItemType1",
    "AgentMessageItemContentItemType1Detail",
    "AgentMessageItemContentItemType1Type",
    "AgentMessageItemContentItemType2",
    "AgentMessageItemContentItemType2Type",
    "AgentMessageItemType",
    "AnnotationAddedEvent",
    "AnnotationAddedEventType",
    "AnthropicAdvisorMessageUsageIteration",
    "AnthropicAdvisorMessageUsageIterationType",
    "AnthropicAdvisorToolResult",
    "AnthropicAdvisorToolResultContent",
    "AnthropicAdvisorToolResultType",
    "AnthropicAllowedCallersItem",
    "AnthropicBase64ImageSource",
    "AnthropicBase64ImageSourceType",
    "AnthropicBase64PdfSource",
    "AnthropicBase64PdfSourceMediaType",
    "AnthropicBase64PdfSourceType",
    "AnthropicBaseUsageIteration",
    "AnthropicBashCodeExecutionOutput",
    "AnthropicBashCodeExecutionOutputType",
    "AnthropicBashCodeExecutionResult",
    "AnthropicBashCodeExecutionResultType",
    "AnthropicBashCodeExecutionToolResult",
    "AnthropicBashCodeExecutionToolResultError",
    "AnthropicBashCodeExecutionToolResultErrorErrorCode",
    "AnthropicBashCodeExecutionToolResultErrorType",
    "AnthropicBashCodeExecutionToolResultType",
    "AnthropicCacheControlDirective",
    "AnthropicCacheControlDirectiveType",
    "AnthropicCacheControlTtl",
    "AnthropicCacheCreation",
    "AnthropicCitationCharLocation",
    "AnthropicCitationCharLocationParam",
    "AnthropicCitationCharLocationParamType",
    "AnthropicCitationCharLocationType",
    "AnthropicCitationContentBlockLocation",
    "AnthropicCitationContentBlockLocationParam",
    "AnthropicCitationContentBlockLocationParamType",
    "AnthropicCitationContentBlockLocationType",
    "AnthropicCitationPageLocation",
    "AnthropicCitationPageLocationParam",
    "AnthropicCitationPageLocationParamType",
    "AnthropicCitationPageLocationType",
    "AnthropicCitationSearchResultLocation",
    "AnthropicCitationSearchResultLocationParam",
    "AnthropicCitationSearchResultLocationParamType",
    "AnthropicCitationSearchResultLocationType",
    "AnthropicCitationWebSearchResultLocation",
    "AnthropicCitationWebSearchResultLocationParam",
    "AnthropicCitationWebSearchResultLocationParamType",
    "AnthropicCitationWebSearchResultLocationType",
    "AnthropicCitationsConfig",
    "AnthropicCodeExecution20250825Caller",
    "AnthropicCodeExecution20250825CallerType",
    "AnthropicCodeExecution20260120Caller",
    "AnthropicCodeExecution20260120CallerType",
    "AnthropicCodeExecutionOutput",
    "AnthropicCodeExecutionOutputType",
    "AnthropicCodeExecutionResult",
    "AnthropicCodeExecutionResultType",
    "AnthropicCodeExecutionToolResult",
    "AnthropicCodeExecutionToolResultError",
    "AnthropicCodeExecutionToolResultErrorType",
    "AnthropicCodeExecutionToolResultType",
    "AnthropicCompactionBlock",
    "AnthropicCompactionBlockType",
    "AnthropicCompactionUsageIteration",
    "AnthropicCompactionUsageIterationType",
    "AnthropicContainer",
    "AnthropicContainerUpload",
    "AnthropicContainerUploadType",
    "AnthropicDirectCaller",
    "AnthropicDirectCallerType",
    "AnthropicDocumentBlock",
    "AnthropicDocumentBlockParam",
    "AnthropicDocumentBlockParamCitationsType0",
    "AnthropicDocumentBlockParamSourceType2",
    "AnthropicDocumentBlockParamSourceType2Type",
    "AnthropicDocumentBlockParamType",
    "AnthropicDocumentBlockType",
    "AnthropicEncryptedCodeExecutionResult",
    "AnthropicEncryptedCodeExecutionResultType",
    "AnthropicFile",
    "AnthropicFileDeleted",
    "AnthropicFileDeletedShape",
    "AnthropicFileDeletedType",
    "AnthropicFileDocumentSource",
    "AnthropicFileDocumentSourceType",
    "AnthropicFileList",
    "AnthropicFileListShape",
    "AnthropicFileShape",
    "AnthropicFileType",
    "AnthropicImageBlockParam",
    "AnthropicImageBlockParamType",
    "AnthropicImageMimeType",
    "AnthropicInputTokensClearAtLeast",
    "AnthropicInputTokensClearAtLeastType",
    "AnthropicInputTokensTrigger",
    "AnthropicInputTokensTriggerType",
    "AnthropicIterationCacheCreation",
    "AnthropicMessageUsageIteration",
    "AnthropicMessageUsageIterationType",
    "AnthropicMessagesErrorResponse",
    "AnthropicMessagesErrorResponseError",
    "AnthropicMessagesErrorResponseErrorType",
    "AnthropicMessagesErrorResponseMetadata",
    "AnthropicMessagesErrorResponseOpenrouterMetadataType0",
    "AnthropicMessagesErrorResponseType",
    "AnthropicOutputTokensDetails",
    "AnthropicPlainTextSource",
    "AnthropicPlainTextSourceMediaType",
    "AnthropicPlainTextSourceType",
    "AnthropicRedactedThinkingBlock",
    "AnthropicRedactedThinkingBlockType",
    "AnthropicRefusalStopDetails",
    "AnthropicRefusalStopDetailsCategoryType1",
    "AnthropicRefusalStopDetailsCategoryType2Type1",
    "AnthropicRefusalStopDetailsCategoryType3Type1",
    "AnthropicRefusalStopDetailsType",
    "AnthropicSearchResultBlockParam",
    "AnthropicSearchResultBlockParamCitations",
    "AnthropicSearchResultBlockParamType",
    "AnthropicServerToolErrorCode",
    "AnthropicServerToolUsage",
    "AnthropicServiceTier",
    "AnthropicSpeed",
    "AnthropicTextBlock",
    "AnthropicTextBlockParam",
    "AnthropicTextBlockParamType",
    "AnthropicTextBlockType",
    "AnthropicTextEditorCodeExecutionCreateResult",
    "AnthropicTextEditorCodeExecutionCreateResultType",
    "AnthropicTextEditorCodeExecutionStrReplaceResult",
    "AnthropicTextEditorCodeExecutionStrReplaceResultType",
    "AnthropicTextEditorCodeExecutionToolResult",
    "AnthropicTextEditorCodeExecutionToolResultError",
    "AnthropicTextEditorCodeExecutionToolResultErrorErrorCode",
    "AnthropicTextEditorCodeExecutionToolResultErrorType",
    "AnthropicTextEditorCodeExecutionToolResultType",
    "AnthropicTextEditorCodeExecutionViewResult",
    "AnthropicTextEditorCodeExecutionViewResultFileType",
    "AnthropicTextEditorCodeExecutionViewResultType",
    "AnthropicThinkingBlock",
    "AnthropicThinkingBlockType",
    "AnthropicThinkingDisplay",
    "AnthropicThinkingTurns",
    "AnthropicThinkingTurnsType",
    "AnthropicToolReference",
    "AnthropicToolReferenceType",
    "AnthropicToolSearchResult",
    "AnthropicToolSearchResultError",
    "AnthropicToolSearchResultErrorType",
    "AnthropicToolSearchResultType",
    "AnthropicToolSearchToolBm25",
    "AnthropicToolSearchToolBm25Name",
    "AnthropicToolSearchToolBm25Type",
    "AnthropicToolSearchToolRegex",
    "AnthropicToolSearchToolRegexName",
    "AnthropicToolSearchToolRegexType",
    "AnthropicToolSearchToolResult",
    "AnthropicToolSearchToolResultType",
    "AnthropicToolUseBlock",
    "AnthropicToolUseBlockType",
    "AnthropicToolUsesKeep",
    "AnthropicToolUsesKeepType",
    "AnthropicToolUsesTrigger",
    "AnthropicToolUsesTriggerType",
    "AnthropicUnknownUsageIteration",
    "AnthropicUrlImageSource",
    "AnthropicUrlImageSourceType",
    "AnthropicUrlPdfSource",
    "AnthropicUrlPdfSourceType",
    "AnthropicUsage",
    "AnthropicWebFetchBlock",
    "AnthropicWebFetchBlockType",
    "AnthropicWebFetchToolResult",
    "AnthropicWebFetchToolResultError",
    "AnthropicWebFetchToolResultErrorErrorCode",
    "AnthropicWebFetchToolResultErrorType",
    "AnthropicWebFetchToolResultType",
    "AnthropicWebSearchResult",
    "AnthropicWebSearchResultBlockParam",
    "AnthropicWebSearchResultBlockParamType",
    "AnthropicWebSearchResultType",
    "AnthropicWebSearchToolResult",
    "AnthropicWebSearchToolResultError",
    "AnthropicWebSearchToolResultErrorErrorCode",
    "AnthropicWebSearchToolResultErrorType",
    "AnthropicWebSearchToolResultType",
    "AnthropicWebSearchToolUserLocation",
    "AnthropicWebSearchToolUserLocationType",
    "ApiErrorType",
    "AppRankingsItem",
    "AppRankingsResponse",
    "ApplyPatchCallItem",
    "ApplyPatchCallItemType",
    "ApplyPatchCallOperationDiffDeltaEvent",
    "ApplyPatchCallOperationDiffDeltaEventType",
    "ApplyPatchCallOperationDiffDoneEvent",
    "ApplyPatchCallOperationDiffDoneEventType",
    "ApplyPatchCallOutputItem",
    "ApplyPatchCallOutputItemStatus",
    "ApplyPatchCallOutputItemType",
    "ApplyPatchCallStatus",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationType",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationType",
    "ApplyPatchEngineEnum",
    "ApplyPatchServerTool",
    "ApplyPatchServerToolConfig",
    "ApplyPatchServerToolOpenRouter",
    "ApplyPatchServerToolOpenRouterType",
    "ApplyPatchServerToolType",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationType",
    "AutoBetaRouterPlugin",
    "AutoBetaRouterPluginCostTier",
    "AutoBetaRouterPluginId",
    "AutoRouterPlugin",
    "AutoRouterPluginCostTier",
    "AutoRouterPluginId",
    "BYOKKey",
    "BYOKProviderSlug",
    "BadGatewayResponse",
    "BadGatewayResponseErrorData",
    "BadGatewayResponseErrorDataMetadataType0",
    "BadGatewayResponseModelgatesMetadataType0",
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "BadRequestResponseErrorDataMetadataType0",
    "BadRequestResponseModelgatesMetadataType0",
    "BaseAnnotationAddedEvent",
    "BaseAnnotationAddedEventType",
    "BaseContentPartAddedEvent",
    "BaseContentPartAddedEventType",
    "BaseContentPartDoneEvent",
    "BaseContentPartDoneEventType",
    "BaseCustomToolCallInputDeltaEvent",
    "BaseCustomToolCallInputDeltaEventType",
    "BaseCustomToolCallInputDoneEvent",
    "BaseCustomToolCallInputDoneEventType",
    "BaseErrorEvent",
    "BaseErrorEventType",
    "BaseFunctionCallArgsDeltaEvent",
    "BaseFunctionCallArgsDeltaEventType",
    "BaseFunctionCallArgsDoneEvent",
    "BaseFunctionCallArgsDoneEventType",
    "BaseInputsType1ItemType0",
    "BaseInputsType1ItemType0PhaseType0",
    "BaseInputsType1ItemType0PhaseType1",
    "BaseInputsType1ItemType0RoleType0",
    "BaseInputsType1ItemType0RoleType1",
    "BaseInputsType1ItemType0RoleType2",
    "BaseInputsType1ItemType0RoleType3",
    "BaseInputsType1ItemType0Type",
    "BaseMessagesResult",
    "BaseMessagesResultRole",
    "BaseMessagesResultType",
    "BaseMessagesResultUsage",
    "BaseReasoningConfig",
    "BaseReasoningDeltaEvent",
    "BaseReasoningDeltaEventType",
    "BaseReasoningDoneEvent",
    "BaseReasoningDoneEventType",
    "BaseReasoningSummaryPartAddedEvent",
    "BaseReasoningSummaryPartAddedEventType",
    "BaseReasoningSummaryPartDoneEvent",
    "BaseReasoningSummaryPartDoneEventType",
    "BaseReasoningSummaryTextDeltaEvent",
    "BaseReasoningSummaryTextDeltaEventType",
    "BaseReasoningSummaryTextDoneEvent",
    "BaseReasoningSummaryTextDoneEventType",
    "BaseRefusalDeltaEvent",
    "BaseRefusalDeltaEventType",
    "BaseRefusalDoneEvent",
    "BaseRefusalDoneEventType",
    "BaseResponsesResult",
    "BaseResponsesResultObject",
    "BaseResponsesResultToolsItemType0",
    "BaseResponsesResultToolsItemType0ParametersType0",
    "BaseResponsesResultToolsItemType0Type",
    "BaseTextDeltaEvent",
    "BaseTextDeltaEventType",
    "BaseTextDoneEvent",
    "BaseTextDoneEventType",
    "BashServerTool",
    "BashServerToolConfig",
    "BashServerToolEngine",
    "BashServerToolType",
    "BooleanCapability",
    "BooleanCapabilityType",
    "BulkAddWorkspaceMembersRequest",
    "BulkAddWorkspaceMembersResponse",
    "BulkAssignKeysRequest",
    "BulkAssignKeysResponse",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "BulkRemoveWorkspaceMembersRequest",
    "BulkRemoveWorkspaceMembersResponse",
    "BulkUnassignKeysRequest",
    "BulkUnassignKeysResponse",
    "BulkUnassignMembersRequest",
    "BulkUnassignMembersResponse",
    "ChatAssistantMessage",
    "ChatAssistantMessageRole",
    "ChatAssistantResponseMessage",
    "ChatAssistantResponseMessageRole",
    "ChatChoice",
    "ChatChoiceLogprobsType0",
    "ChatCompletionTokensDetails",
    "ChatContentAudio",
    "ChatContentAudioType",
    "ChatContentFile",
    "ChatContentFileType",
    "ChatContentImage",
    "ChatContentImageType",
    "ChatContentText",
    "ChatContentTextType",
    "ChatContentVideo",
    "ChatContentVideoType",
    "ChatDebugOptions",
    "ChatDeveloperMessage",
    "ChatDeveloperMessageRole",
    "ChatFileData",
    "ChatFinishReason",
    "ChatFunctionDefinition",
    "ChatFunctionDefinitionParameters",
    "ChatFunctionTool",
    "ChatFunctionToolType",
    "ChatImageUrl",
    "ChatImageUrlDetail",
    "ChatInputAudio",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatNamedToolChoiceType",
    "ChatPromptTokensDetails",
    "ChatReasoningDetail",
    "ChatRequest",
    "ChatRequestImageConfig",
    "ChatRequestLogitBias",
    "ChatRequestMetadata",
    "ChatRequestPluginContextCompression",
    "ChatRequestPluginContextCompressionEngine",
    "ChatRequestPluginContextCompressionId",
    "ChatRequestPluginFileParser",
    "ChatRequestPluginFileParserId",
    "ChatRequestPluginModeration",
    "ChatRequestPluginModerationId",
    "ChatRequestPluginResponseHealing",
    "ChatRequestPluginResponseHealingId",
    "ChatRequestPluginWeb",
    "ChatRequestPluginWebId",
    "ChatRequestServiceTier",
    "ChatResponseAudio",
    "ChatResponseImage",
    "ChatResult",
    "ChatResultModelgatesMetadataType0",
    "ChatStreamChoice",
    "ChatStreamChoiceLogprobsType0",
    "ChatStreamChunk",
    "ChatStreamChunkModelgatesMetadataType0",
    "ChatStreamDelta",
    "ChatStreamError",
    "ChatStreamErrorMetadataType0",
    "ChatStreamOptions",
    "ChatStreamToolCallDelta",
    "ChatStreamToolCallFunctionDelta",
    "ChatSystemMessage",
    "ChatSystemMessageRole",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolCallType",
    "ChatToolChoiceMode",
    "ChatToolMessage",
    "ChatToolMessageRole",
    "ChatUsage",
    "ChatUserMessage",
    "ChatUserMessageRole",
    "ChatVideoUrl",
    "CodeInterpreterCallCodeDeltaEvent",
    "CodeInterpreterCallCodeDeltaEventType",
    "CodeInterpreterCallCodeDoneEvent",
    "CodeInterpreterCallCodeDoneEventType",
    "CodeInterpreterCallCompletedEvent",
    "CodeInterpreterCallCompletedEventType",
    "CodeInterpreterCallInProgressEvent",
    "CodeInterpreterCallInProgressEventType",
    "CodeInterpreterCallInterpretingEvent",
    "CodeInterpreterCallInterpretingEventType",
    "CodeInterpreterCallItem",
    "CodeInterpreterCallItemStatus",
    "CodeInterpreterCallItemType",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputType",
    "CodeInterpreterImageOutput",
    "CodeInterpreterImageOutputType",
    "CodeInterpreterLogsOutput",
    "CodeInterpreterLogsOutputType",
    "CodeInterpreterServerTool",
    "CodeInterpreterServerToolContainerType1",
    "CodeInterpreterServerToolContainerType1MemoryLimitType1",
    "CodeInterpreterServerToolContainerType1MemoryLimitType2Type1",
    "CodeInterpreterServerToolContainerType1MemoryLimitType3Type1",
    "CodeInterpreterServerToolContainerType1Type",
    "CodeInterpreterServerToolType",
    "CodexLocalShellTool",
    "CodexLocalShellToolType",
    "CompactionItem",
    "CompactionItemType",
    "CompletedEvent",
    "CompletedEventType",
    "CompoundFilter",
    "CompoundFilterFiltersItem",
    "CompoundFilterType",
    "ComputerUseServerTool",
    "ComputerUseServerToolEnvironment",
    "ComputerUseServerToolType",
    "ConflictResponse",
    "ConflictResponseErrorData",
    "ConflictResponseErrorDataMetadataType0",
    "ConflictResponseOpenrouterMetadataType0",
    "ContainerAutoEnvironment",
    "ContainerAutoEnvironmentType",
    "ContainerReferenceEnvironment",
    "ContainerReferenceEnvironmentType",
    "ContentFilterAction",
    "ContentFilterBuiltinAction",
    "ContentFilterBuiltinEntry",
    "ContentFilterBuiltinEntryInput",
    "ContentFilterBuiltinSlug",
    "ContentFilterEntry",
    "ContentPartAddedEvent",
    "ContentPartAddedEventType",
    "ContentPartAudio",
    "ContentPartAudioAudioUrl",
    "ContentPartAudioType",
    "ContentPartDoneEvent",
    "ContentPartDoneEventType",
    "ContentPartImage",
    "ContentPartImageImageUrl",
    "ContentPartImageType",
    "ContentPartInputAudio",
    "ContentPartInputAudioType",
    "ContentPartInputFile",
    "ContentPartInputFileType",
    "ContentPartInputVideo",
    "ContentPartInputVideoType",
    "ContentPartVideo",
    "ContentPartVideoType",
    "ContentPartVideoVideoUrl",
    "ContextCompactionItem",
    "ContextCompactionItemType",
    "ContextCompressionEngine",
    "ContextCompressionPlugin",
    "ContextCompressionPluginId",
    "CostDetails",
    "CreateAudioTranscriptionsFilesBody",
    "CreateAudioTranscriptionsFilesBodyResponseFormat",
    "CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem",
    "CreateAuthKeysCodeBody",
    "CreateAuthKeysCodeBodyCodeChallengeMethod",
    "CreateAuthKeysCodeBodyUsageLimitType",
    "CreateAuthKeysCodeResponse200",
    "CreateAuthKeysCodeResponse200Data",
    "CreateBYOKKeyRequest",
    "CreateBYOKKeyResponse",
    "CreateEmbeddingsBody",
    "CreateEmbeddingsBodyEncodingFormat",
    "CreateEmbeddingsBodyInputType4Item",
    "CreateEmbeddingsBodyInputType4ItemContentItemType0",
    "CreateEmbeddingsBodyInputType4ItemContentItemType0Type",
    "CreateEmbeddingsBodyInputType4ItemContentItemType1",
    "CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl",
    "CreateEmbeddingsBodyInputType4ItemContentItemType1Type",
    "CreateEmbeddingsResponse200",
    "CreateEmbeddingsResponse200DataItem",
    "CreateEmbeddingsResponse200DataItemObject",
    "CreateEmbeddingsResponse200Object",
    "CreateEmbeddingsResponse200Usage",
    "CreateEmbeddingsResponse200UsagePromptTokensDetails",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "CreateKeysBody",
    "CreateKeysBodyLimitResetType1",
    "CreateKeysBodyLimitResetType2Type1",
    "CreateKeysBodyLimitResetType3Type1",
    "CreateKeysResponse201",
    "CreateKeysResponse201Data",
    "CreateObservabilityDestinationRequest",
    "CreateObservabilityDestinationRequestConfig",
    "CreateObservabilityDestinationRequestType",
    "CreateObservabilityDestinationResponse",
    "CreatePresetFromInferenceResponse",
    "CreateRerankBody",
    "CreateRerankBodyDocumentsItemType1",
    "CreateRerankResponse200",
    "CreateRerankResponse200ResultsItem",
    "CreateRerankResponse200ResultsItemDocument",
    "CreateRerankResponse200Usage",
    "CreateScimGroupMappingRequest",
    "CreateScimGroupMappingRequestRole",
    "CreateScimGroupMappingResponse",
    "CreateWorkspaceRequest",
    "CreateWorkspaceResponse",
    "CreatedEvent",
    "CreatedEventType",
    "CustomTool",
    "CustomToolCallInputDeltaEvent",
    "CustomToolCallInputDeltaEventType",
    "CustomToolCallInputDoneEvent",
    "CustomToolCallInputDoneEventType",
    "CustomToolCallItem",
    "CustomToolCallItemType",
    "CustomToolCallOutputItem",
    "CustomToolCallOutputItemOutputType1ItemType1",
    "CustomToolCallOutputItemOutputType1ItemType1Detail",
    "CustomToolCallOutputItemOutputType1ItemType1Type",
    "CustomToolCallOutputItemType",
    "CustomToolFormatType0",
    "CustomToolFormatType0Type",
    "CustomToolFormatType1",
    "CustomToolFormatType1Syntax",
    "CustomToolFormatType1Type",
    "CustomToolType",
    "DABenchmarkEntry",
    "DataCollection",
    "DatetimeServerTool",
    "DatetimeServerToolConfig",
    "DatetimeServerToolType",
    "DebugEvent",
    "DebugEventDebug",
    "DebugEventDebugEchoUpstreamBody",
    "DebugEventDebugTimings",
    "DebugEventDebugTimingsEvent",
    "DebugEventType",
    "DefaultParameters",
    "DeleteBYOKKeyResponse",
    "DeleteGuardrailResponse",
    "DeleteKeysResponse200",
    "DeleteObservabilityDestinationResponse",
    "DeleteScimGroupMappingKeepMembersType0",
    "DeleteScimGroupMappingResponse",
    "DeleteWorkspaceBudgetResponse",
    "DeleteWorkspaceResponse",
    "DeprecatedRoute",
    "EasyInputMessage",
    "EasyInputMessageContentType0ItemType1",
    "EasyInputMessageContentType0ItemType1Detail",
    "EasyInputMessageContentType0ItemType1Type",
    "EasyInputMessagePhaseType0",
    "EasyInputMessagePhaseType1",
    "EasyInputMessageRoleType0",
    "EasyInputMessageRoleType1",
    "EasyInputMessageRoleType2",
    "EasyInputMessageRoleType3",
    "EasyInputMessageType",
    "EdgeNetworkTimeoutResponse",
    "EdgeNetworkTimeoutResponseErrorData",
    "EdgeNetworkTimeoutResponseErrorDataMetadataType0",
    "EdgeNetworkTimeoutResponseModelgatesMetadataType0",
    "EndpointInfo",
    "EndpointStatus",
    "EndpointsMetadata",
    "EnumCapability",
    "EnumCapabilityType",
    "ErrorEvent",
    "ErrorEventType",
    "ExchangeAuthCodeForApiKeyBody",
    "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType1",
    "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType2Type1",
    "ExchangeAuthCodeForApiKeyBodyCodeChallengeMethodType3Type1",
    "ExchangeAuthCodeForApiKeyResponse200",
    "FailableToolCallStatus",
    "FailedEvent",
    "FailedEventType",
    "FileCitation",
    "FileCitationType",
    "FileParserPdfOptions",
    "FileParserPlugin",
    "FileParserPluginId",
    "FilePath",
    "FilePathType",
    "FileProvider",
    "FileSearchServerTool",
    "FileSearchServerToolFiltersType0",
    "FileSearchServerToolFiltersType0Type",
    "FileSearchServerToolRankingOptions",
    "FileSearchServerToolRankingOptionsRanker",
    "FileSearchServerToolType",
    "FilesServerTool",
    "FilesServerToolConfig",
    "FilesServerToolType",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataMetadataType0",
    "ForbiddenResponseModelgatesMetadataType0",
    "FormatJsonObjectConfig",
    "FormatJsonObjectConfigType",
    "FormatJsonSchemaConfig",
    "FormatJsonSchemaConfigSchema",
    "FormatJsonSchemaConfigType",
    "FormatTextConfig",
    "FormatTextConfigType",
    "FrameImage",
    "FrameImageFrameType",
    "FrameImageImageUrl",
    "FrameImageType",
    "FunctionCallArgsDeltaEvent",
    "FunctionCallArgsDeltaEventType",
    "FunctionCallArgsDoneEvent",
    "FunctionCallArgsDoneEventType",
    "FunctionCallItem",
    "FunctionCallItemSubagentItemsItem",
    "FunctionCallItemType",
    "FunctionCallOutputItem",
    "FunctionCallOutputItemOutputType1ItemType1",
    "FunctionCallOutputItemOutputType1ItemType1Detail",
    "FunctionCallOutputItemOutputType1ItemType1Type",
    "FunctionCallOutputItemType",
    "FunctionTool",
    "FunctionToolParametersType0",
    "FunctionToolType",
    "FusionAnalysisResult",
    "FusionAnalysisResultContradictionsItem",
    "FusionAnalysisResultContradictionsItemStancesItem",
    "FusionAnalysisResultPartialCoverageItem",
    "FusionAnalysisResultUniqueInsightsItem",
    "FusionCallAnalysisCompletedEvent",
    "FusionCallAnalysisCompletedEventType",
    "FusionCallAnalysisInProgressEvent",
    "FusionCallAnalysisInProgressEventType",
    "FusionCallCompletedEvent",
    "FusionCallCompletedEventType",
    "FusionCallInProgressEvent",
    "FusionCallInProgressEventType",
    "FusionCallPanelAddedEvent",
    "FusionCallPanelAddedEventType",
    "FusionCallPanelCompletedEvent",
    "FusionCallPanelCompletedEventType",
    "FusionCallPanelDeltaEvent",
    "FusionCallPanelDeltaEventType",
    "FusionCallPanelFailedEvent",
    "FusionCallPanelFailedEventType",
    "FusionCallPanelReasoningDeltaEvent",
    "FusionCallPanelReasoningDeltaEventType",
    "FusionPlugin",
    "FusionPluginId",
    "FusionPluginPreset",
    "FusionPluginToolsItem",
    "FusionPluginToolsItemParameters",
    "FusionPluginToolsItemParametersAdditionalPropertyType5",
    "FusionServerToolConfig",
    "FusionServerToolConfigReasoning",
    "FusionServerToolConfigReasoningEffort",
    "FusionServerToolConfigToolsItem",
    "FusionServerToolConfigToolsItemParameters",
    "FusionServerToolOpenRouter",
    "FusionServerToolOpenRouterType",
    "FusionSource",
    "GenerationContentData",
    "GenerationContentDataInputType0",
    "GenerationContentDataInputType1",
    "GenerationContentDataOutput",
    "GenerationContentError",
    "GenerationContentErrorAttempt",
    "GenerationContentResponse",
    "GenerationResponse",
    "GenerationResponseData",
    "GenerationResponseDataApiTypeType1",
    "GenerationResponseDataApiTypeType2Type1",
    "GenerationResponseDataApiTypeType3Type1",
    "GenerationResponseDataDataRegion",
    "GetAnalyticsMetaResponse200",
    "GetAnalyticsMetaResponse200Data",
    "GetAnalyticsMetaResponse200DataDimensionsItem",
    "GetAnalyticsMetaResponse200DataGranularitiesItem",
    "GetAnalyticsMetaResponse200DataGranularitiesItemName",
    "GetAnalyticsMetaResponse200DataMetricsItem",
    "GetAnalyticsMetaResponse200DataMetricsItemDisplayFormat",
    "GetAnalyticsMetaResponse200DataOperatorsItem",
    "GetAnalyticsMetaResponse200DataOperatorsItemName",
    "GetAnalyticsMetaResponse200DataOperatorsItemValueType",
    "GetAppRankingsCategory",
    "GetAppRankingsSort",
    "GetAppRankingsSubcategory",
    "GetBYOKKeyResponse",
    "GetBenchmarksArena",
    "GetBenchmarksBenchmarkType",
    "GetBenchmarksSearchSurface",
    "GetBenchmarksSource",
    "GetBenchmarksTaskType",
    "GetCreditsResponse200",
    "GetCreditsResponse200Data",
    "GetCurrentKeyResponse200",
    "GetCurrentKeyResponse200Data",
    "GetCurrentKeyResponse200DataRateLimit",
    "GetGuardrailResponse",
    "GetKeyResponse200",
    "GetKeyResponse200Data",
    "GetModelsCategory",
    "GetModelsDistillable",
    "GetModelsRegion",
    "GetModelsSort",
    "GetModelsZdr",
    "GetObservabilityDestinationResponse",
    "GetPresetResponse",
    "GetPresetVersionResponse",
    "GetRankingsDailyCategory",
    "GetRankingsDailyContextBucket",
    "GetRankingsDailyLanguageType",
    "GetRankingsDailyModality",
    "GetRankingsDailyPeriod",
    "GetScimGroupMappingResponse",
    "GetSessionCostTurnRange",
    "GetTaskClassificationsWindow",
    "GetUserActivityGroupBy",
    "GetWorkspaceBudgetResponse",
    "GetWorkspaceResponse",
    "GoneResponse",
    "GoneResponseErrorData",
    "GoneResponseErrorDataMetadataType0",
    "GoneResponseOpenrouterMetadataType0",
    "Guardrail",
    "GuardrailInterval",
    "ImageEndpoint",
    "ImageGenCallCompletedEvent",
    "ImageGenCallCompletedEventType",
    "ImageGenCallGeneratingEvent",
    "ImageGenCallGeneratingEventType",
    "ImageGenCallInProgressEvent",
    "ImageGenCallInProgressEventType",
    "ImageGenCallPartialImageEvent",
    "ImageGenCallPartialImageEventType",
    "ImageGenCompletedEvent",
    "ImageGenCompletedEventType",
    "ImageGenPartialImageEvent",
    "ImageGenPartialImageEventType",
    "ImageGenStreamErrorEvent",
    "ImageGenStreamErrorEventError",
    "ImageGenStreamErrorEventType",
    "ImageGenTextChunkEvent",
    "ImageGenTextChunkEventPhase",
    "ImageGenTextChunkEventType",
    "ImageGenerationProviderPreferences",
    "ImageGenerationRequest",
    "ImageGenerationRequestAspectRatio",
    "ImageGenerationRequestBackground",
    "ImageGenerationRequestOutputFormat",
    "ImageGenerationRequestQuality",
    "ImageGenerationRequestResolution",
    "ImageGenerationResponse",
    "ImageGenerationResponseDataItem",
    "ImageGenerationServerTool",
    "ImageGenerationServerToolBackground",
    "ImageGenerationServerToolConfig",
    "ImageGenerationServerToolInputFidelityType1",
    "ImageGenerationServerToolInputFidelityType2Type1",
    "ImageGenerationServerToolInputFidelityType3Type1",
    "ImageGenerationServerToolInputImageMask",
    "ImageGenerationServerToolModeration",
    "ImageGenerationServerToolOpenRouter",
    "ImageGenerationServerToolOpenRouterType",
    "ImageGenerationServerToolOutputFormat",
    "ImageGenerationServerToolQuality",
    "ImageGenerationServerToolType",
    "ImageGenerationStatus",
    "ImageGenerationUsage",
    "ImageGenerationUsageCompletionTokensDetailsType0",
    "ImageGenerationUsagePromptTokensDetailsType0",
    "ImageGenerationUsageServerToolUseType0",
    "ImageInputModality",
    "ImageModelArchitecture",
    "ImageModelEndpointsResponse",
    "ImageModelListItem",
    "ImageModelsListResponse",
    "ImageOutputModality",
    "ImagePricingEntry",
    "ImagePricingEntryBillable",
    "ImagePricingEntryUnit",
    "ImageStreamingResponse",
    "InProgressEvent",
    "InProgressEventType",
    "IncompleteDetails",
    "IncompleteDetailsReason",
    "IncompleteEvent",
    "IncompleteEventType",
    "InputAudio",
    "InputAudioInputAudio",
    "InputAudioInputAudioFormat",
    "InputAudioType",
    "InputFile",
    "InputFileType",
    "InputImage",
    "InputImageDetail",
    "InputImageType",
    "InputMessageItem",
    "InputMessageItemContentType0ItemType1",
    "InputMessageItemContentType0ItemType1Detail",
    "InputMessageItemContentType0ItemType1Type",
    "InputMessageItemRoleType0",
    "InputMessageItemRoleType1",
    "InputMessageItemRoleType2",
    "InputMessageItemType",
    "InputModality",
    "InputText",
    "InputTextType",
    "InputVideo",
    "InputVideoType",
    "InputsType1ItemType7",
    "InputsType1ItemType7PhaseType0",
    "InputsType1ItemType7PhaseType1",
    "InputsType1ItemType7Role",
    "InputsType1ItemType7StatusType0",
    "InputsType1ItemType7StatusType1",
    "InputsType1ItemType7StatusType2",
    "InputsType1ItemType7Type",
    "InputsType1ItemType8",
    "InputsType1ItemType8StatusType0",
    "InputsType1ItemType8StatusType1",
    "InputsType1ItemType8StatusType2",
    "InputsType1ItemType8Type",
    "InstructType",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataMetadataType0",
    "InternalServerResponseModelgatesMetadataType0",
    "ItemReferenceItem",
    "ItemReferenceItemType",
    "JsonSchemaConfig",
    "JsonSchemaConfigSchema",
    "KeyAssignment",
    "LegacyWebSearchServerTool",
    "LegacyWebSearchServerToolType",
    "ListBYOKKeysResponse",
    "ListByokKeysProvider",
    "ListEndpointsResponse",
    "ListEndpointsResponse200",
    "ListEndpointsResponseArchitecture",
    "ListEndpointsZdrResponse200",
    "ListFilesOrder",
    "ListGuardrailsResponse",
    "ListKeyAssignmentsResponse",
    "ListMemberAssignmentsResponse",
    "ListObservabilityDestinationsResponse",
    "ListOrganizationMembersResponse200",
    "ListOrganizationMembersResponse200DataItem",
    "ListOrganizationMembersResponse200DataItemRole",
    "ListPresetVersionsResponse",
    "ListPresetsResponse",
    "ListProvidersResponse200",
    "ListProvidersResponse200DataItem",
    "ListProvidersResponse200DataItemDatacentersType0Item",
    "ListProvidersResponse200DataItemHeadquartersType1",
    "ListProvidersResponse200DataItemHeadquartersType2Type1",
    "ListProvidersResponse200DataItemHeadquartersType3Type1",
    "ListResponse200",
    "ListResponse200DataItem",
    "ListScimGroupMappingsResponse",
    "ListScimGroupsResponse",
    "ListWorkspaceBudgetsResponse",
    "ListWorkspaceMembersResponse",
    "ListWorkspacesResponse",
    "LocalShellCallItem",
    "LocalShellCallItemAction",
    "LocalShellCallItemActionEnv",
    "LocalShellCallItemActionType",
    "LocalShellCallItemType",
    "LocalShellCallOutputItem",
    "LocalShellCallOutputItemType",
    "McpApprovalRequestItem",
    "McpApprovalRequestItemType",
    "McpApprovalResponseItem",
    "McpApprovalResponseItemType",
    "McpCallItem",
    "McpCallItemType",
    "McpListToolsItem",
    "McpListToolsItemToolsItem",
    "McpListToolsItemToolsItemInputSchema",
    "McpListToolsItemType",
    "McpServerTool",
    "McpServerToolAllowedToolsType1",
    "McpServerToolConnectorId",
    "McpServerToolHeadersType0",
    "McpServerToolRequireApprovalType0",
    "McpServerToolRequireApprovalType0Always",
    "McpServerToolRequireApprovalType0Never",
    "McpServerToolRequireApprovalType1",
    "McpServerToolRequireApprovalType2",
    "McpServerToolType",
    "MemberAssignment",
    "MessagesAdvisorToolResultBlock",
    "MessagesAdvisorToolResultBlockContent",
    "MessagesAdvisorToolResultBlockType",
    "MessagesBashToolResultBlock",
    "MessagesBashToolResultBlockContent",
    "MessagesBashToolResultBlockType",
    "MessagesContentBlockDeltaEvent",
    "MessagesContentBlockDeltaEventDeltaType0",
    "MessagesContentBlockDeltaEventDeltaType0Type",
    "MessagesContentBlockDeltaEventDeltaType1",
    "MessagesContentBlockDeltaEventDeltaType1Type",
    "MessagesContentBlockDeltaEventDeltaType2",
    "MessagesContentBlockDeltaEventDeltaType2Type",
    "MessagesContentBlockDeltaEventDeltaType3",
    "MessagesContentBlockDeltaEventDeltaType3Type",
    "MessagesContentBlockDeltaEventDeltaType4",
    "MessagesContentBlockDeltaEventDeltaType4Type",
    "MessagesContentBlockDeltaEventDeltaType5",
    "MessagesContentBlockDeltaEventDeltaType5Type",
    "MessagesContentBlockDeltaEventType",
    "MessagesContentBlockStartEvent",
    "MessagesContentBlockStartEventContentBlockType16",
    "MessagesContentBlockStartEventContentBlockType16Type",
    "MessagesContentBlockStartEventType",
    "MessagesContentBlockStopEvent",
    "MessagesContentBlockStopEventType",
    "MessagesDeltaEvent",
    "MessagesDeltaEventDelta",
    "MessagesDeltaEventType",
    "MessagesDeltaEventUsage",
    "MessagesDeltaEventUsageServerToolUseType0",
    "MessagesErrorEvent",
    "MessagesErrorEventError",
    "MessagesErrorEventType",
    "MessagesFallbackParam",
    "MessagesMessageParam",
    "MessagesMessageParamContentType1ItemType3",
    "MessagesMessageParamContentType1ItemType3Type",
    "MessagesMessageParamContentType1ItemType4",
    "MessagesMessageParamContentType1ItemType4ContentType1ItemType2",
    "MessagesMessageParamContentType1ItemType4ContentType1ItemType2Type",
    "MessagesMessageParamContentType1ItemType4Type",
    "MessagesMessageParamContentType1ItemType5",
    "MessagesMessageParamContentType1ItemType5Type",
    "MessagesMessageParamContentType1ItemType6",
    "MessagesMessageParamContentType1ItemType6Type",
    "MessagesMessageParamContentType1ItemType7",
    "MessagesMessageParamContentType1ItemType7Type",
    "MessagesMessageParamContentType1ItemType8",
    "MessagesMessageParamContentType1ItemType8ContentType1",
    "MessagesMessageParamContentType1ItemType8ContentType1ErrorCode",
    "MessagesMessageParamContentType1ItemType8ContentType1Type",
    "MessagesMessageParamContentType1ItemType8Type",
    "MessagesMessageParamContentType1ItemType10",
    "MessagesMessageParamContentType1ItemType10Type",
    "MessagesMessageParamRole",
    "MessagesOutputConfig",
    "MessagesOutputConfigEffortType1",
    "MessagesOutputConfigEffortType2Type1",
    "MessagesOutputConfigEffortType3Type1",
    "MessagesOutputConfigFormatType0",
    "MessagesOutputConfigFormatType0Schema",
    "MessagesOutputConfigFormatType0Type",
    "MessagesOutputConfigTaskBudgetType0",
    "MessagesOutputConfigTaskBudgetType0Type",
    "MessagesPingEvent",
    "MessagesPingEventType",
    "MessagesRequest",
    "MessagesRequestContextManagementType0",
    "MessagesRequestContextManagementType0EditsItemType0",
    "MessagesRequestContextManagementType0EditsItemType0Type",
    "MessagesRequestContextManagementType0EditsItemType1",
    "MessagesRequestContextManagementType0EditsItemType1KeepType1",
    "MessagesRequestContextManagementType0EditsItemType1KeepType1Type",
    "MessagesRequestContextManagementType0EditsItemType1KeepType2",
    "MessagesRequestContextManagementType0EditsItemType1Type",
    "MessagesRequestContextManagementType0EditsItemType2",
    "MessagesRequestContextManagementType0EditsItemType2TriggerType0",
    "MessagesRequestContextManagementType0EditsItemType2TriggerType0Type",
    "MessagesRequestContextManagementType0EditsItemType2Type",
    "MessagesRequestMetadata",
    "MessagesRequestThinkingType0",
    "MessagesRequestThinkingType0Type",
    "MessagesRequestThinkingType1",
    "MessagesRequestThinkingType1Type",
    "MessagesRequestThinkingType2",
    "MessagesRequestThinkingType2Type",
    "MessagesRequestToolChoiceType0",
    "MessagesRequestToolChoiceType0Type",
    "MessagesRequestToolChoiceType1",
    "MessagesRequestToolChoiceType1Type",
    "MessagesRequestToolChoiceType2",
    "MessagesRequestToolChoiceType2Type",
    "MessagesRequestToolChoiceType3",
    "MessagesRequestToolChoiceType3Type",
    "MessagesRequestToolsItemType0",
    "MessagesRequestToolsItemType0InputSchema",
    "MessagesRequestToolsItemType0Type",
    "MessagesRequestToolsItemType1",
    "MessagesRequestToolsItemType1Name",
    "MessagesRequestToolsItemType1Type",
    "MessagesRequestToolsItemType2",
    "MessagesRequestToolsItemType2Name",
    "MessagesRequestToolsItemType2Type",
    "MessagesRequestToolsItemType3",
    "MessagesRequestToolsItemType3Name",
    "MessagesRequestToolsItemType3Type",
    "MessagesRequestToolsItemType4",
    "MessagesRequestToolsItemType4Name",
    "MessagesRequestToolsItemType4Type",
    "MessagesRequestToolsItemType5",
    "MessagesRequestToolsItemType5Name",
    "MessagesRequestToolsItemType5Type",
    "MessagesRequestToolsItemType12",
    "MessagesResult",
    "MessagesResultContextManagementType0",
    "MessagesResultContextManagementType0AppliedEditsItem",
    "MessagesResultRole",
    "MessagesResultType",
    "MessagesResultUsage",
    "MessagesSearchModelsServerTool",
    "MessagesSearchModelsServerToolType",
    "MessagesShellToolResultBlock",
    "MessagesShellToolResultBlockContent",
    "MessagesShellToolResultBlockType",
    "MessagesStartEvent",
    "MessagesStartEventMessage",
    "MessagesStartEventMessageProvider",
    "MessagesStartEventMessageRole",
    "MessagesStartEventMessageType",
    "MessagesStartEventMessageUsage",
    "MessagesStartEventType",
    "MessagesStopEvent",
    "MessagesStopEventType",
    "MessagesStreamingResponse",
    "MessagesToolAdditionBlock",
    "MessagesToolAdditionBlockToolType0",
    "MessagesToolAdditionBlockToolType0Type",
    "MessagesToolAdditionBlockToolType1",
    "MessagesToolAdditionBlockToolType1Type",
    "MessagesToolAdditionBlockToolType2",
    "MessagesToolAdditionBlockToolType2Type",
    "MessagesToolAdditionBlockType",
    "MessagesToolRemovalBlock",
    "MessagesToolRemovalBlockToolType0",
    "MessagesToolRemovalBlockToolType0Type",
    "MessagesToolRemovalBlockToolType1",
    "MessagesToolRemovalBlockToolType1Type",
    "MessagesToolRemovalBlockToolType2",
    "MessagesToolRemovalBlockToolType2Type",
    "MessagesToolRemovalBlockType",
    "MetadataLevel",
    "Modality",
    "Model",
    "ModelAliasTarget",
    "ModelArchitecture",
    "ModelBenchmarks",
    "ModelGroup",
    "ModelLinks",
    "ModelReasoning",
    "ModelResponse",
    "ModelsCountResponse",
    "ModelsCountResponseData",
    "ModelsListResponse",
    "ModelsListResponseLinks",
    "ModerationPlugin",
    "ModerationPluginId",
    "MultimodalMedia",
    "NamespaceFunctionTool",
    "NamespaceFunctionToolAllowedCallersType0Item",
    "NamespaceFunctionToolOutputSchemaType0",
    "NamespaceFunctionToolParametersType0",
    "NamespaceFunctionToolType",
    "NamespaceTool",
    "NamespaceToolType",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "NotFoundResponseErrorDataMetadataType0",
    "NotFoundResponseModelgatesMetadataType0",
    "ORAnthropicBashToolResult",
    "ORAnthropicBashToolResultContent",
    "ORAnthropicBashToolResultType",
    "ORAnthropicServerToolUseBlock",
    "ORAnthropicServerToolUseBlockType",
    "ORAnthropicShellToolResult",
    "ORAnthropicShellToolResultContent",
    "ORAnthropicShellToolResultType",
    "ORAnthropicStopReason",
    "ObservabilityArizeDestination",
    "ObservabilityArizeDestinationConfig",
    "ObservabilityArizeDestinationConfigHeaders",
    "ObservabilityArizeDestinationType",
    "ObservabilityBraintrustDestination",
    "ObservabilityBraintrustDestinationConfig",
    "ObservabilityBraintrustDestinationConfigHeaders",
    "ObservabilityBraintrustDestinationType",
    "ObservabilityClickhouseDestination",
    "ObservabilityClickhouseDestinationConfig",
    "ObservabilityClickhouseDestinationConfigHeaders",
    "ObservabilityClickhouseDestinationType",
    "ObservabilityDatadogDestination",
    "ObservabilityDatadogDestinationConfig",
    "ObservabilityDatadogDestinationConfigHeaders",
    "ObservabilityDatadogDestinationType",
    "ObservabilityFilterRuleGroup",
    "ObservabilityFilterRuleGroupLogic",
    "ObservabilityFilterRuleGroupRulesItem",
    "ObservabilityFilterRuleGroupRulesItemField",
    "ObservabilityFilterRuleGroupRulesItemOperator",
    "ObservabilityFilterRulesConfig",
    "ObservabilityFilterRulesConfigNullable",
    "ObservabilityGrafanaDestination",
    "ObservabilityGrafanaDestinationConfig",
    "ObservabilityGrafanaDestinationConfigHeaders",
    "ObservabilityGrafanaDestinationType",
    "ObservabilityLangfuseDestination",
    "ObservabilityLangfuseDestinationConfig",
    "ObservabilityLangfuseDestinationConfigHeaders",
    "ObservabilityLangfuseDestinationType",
    "ObservabilityLangsmithDestination",
    "ObservabilityLangsmithDestinationConfig",
    "ObservabilityLangsmithDestinationConfigHeaders",
    "ObservabilityLangsmithDestinationType",
    "ObservabilityNewrelicDestination",
    "ObservabilityNewrelicDestinationConfig",
    "ObservabilityNewrelicDestinationConfigHeaders",
    "ObservabilityNewrelicDestinationConfigRegion",
    "ObservabilityNewrelicDestinationType",
    "ObservabilityOpikDestination",
    "ObservabilityOpikDestinationConfig",
    "ObservabilityOpikDestinationConfigHeaders",
    "ObservabilityOpikDestinationType",
    "ObservabilityOtelCollectorDestination",
    "ObservabilityOtelCollectorDestinationConfig",
    "ObservabilityOtelCollectorDestinationConfigHeaders",
    "ObservabilityOtelCollectorDestinationType",
    "ObservabilityPosthogDestination",
    "ObservabilityPosthogDestinationConfig",
    "ObservabilityPosthogDestinationConfigHeaders",
    "ObservabilityPosthogDestinationType",
    "ObservabilityRampDestination",
    "ObservabilityRampDestinationConfig",
    "ObservabilityRampDestinationConfigHeaders",
    "ObservabilityRampDestinationType",
    "ObservabilityS3Destination",
    "ObservabilityS3DestinationConfig",
    "ObservabilityS3DestinationConfigHeaders",
    "ObservabilityS3DestinationType",
    "ObservabilitySentryDestination",
    "ObservabilitySentryDestinationConfig",
    "ObservabilitySentryDestinationConfigHeaders",
    "ObservabilitySentryDestinationType",
    "ObservabilitySnowflakeDestination",
    "ObservabilitySnowflakeDestinationConfig",
    "ObservabilitySnowflakeDestinationConfigHeaders",
    "ObservabilitySnowflakeDestinationType",
    "ObservabilityWeaveDestination",
    "ObservabilityWeaveDestinationConfig",
    "ObservabilityWeaveDestinationConfigHeaders",
    "ObservabilityWeaveDestinationType",
    "ObservabilityWebhookDestination",
    "ObservabilityWebhookDestinationConfig",
    "ObservabilityWebhookDestinationConfigHeaders",
    "ObservabilityWebhookDestinationConfigMethod",
    "ObservabilityWebhookDestinationType",
    "OpenAIFile",
    "OpenAIFileDeleted",
    "OpenAIFileDeletedObject",
    "OpenAIFileDeletedShape",
    "OpenAIFileList",
    "OpenAIFileListObject",
    "OpenAIFileListShape",
    "OpenAIFileObject",
    "OpenAIFilePurpose",
    "OpenAIFileShape",
    "OpenAIFileStatus",
    "OpenAIResponseCustomToolCall",
    "OpenAIResponseCustomToolCallOutput",
    "OpenAIResponseCustomToolCallOutputType",
    "OpenAIResponseCustomToolCallType",
    "OpenAIResponseFunctionToolCall",
    "OpenAIResponseFunctionToolCallOutput",
    "OpenAIResponseFunctionToolCallOutputType",
    "OpenAIResponseFunctionToolCallSubagentItemsItem",
    "OpenAIResponseFunctionToolCallType",
    "OpenAIResponseInputMessageItem",
    "OpenAIResponseInputMessageItemRoleType0",
    "OpenAIResponseInputMessageItemRoleType1",
    "OpenAIResponseInputMessageItemRoleType2",
    "OpenAIResponseInputMessageItemType",
    "OpenAIResponsesCodeInterpreterCallCodeDelta",
    "OpenAIResponsesCodeInterpreterCallCodeDeltaType",
    "OpenAIResponsesCodeInterpreterCallCodeDone",
    "OpenAIResponsesCodeInterpreterCallCodeDoneType",
    "OpenAIResponsesCodeInterpreterCallCompleted",
    "OpenAIResponsesCodeInterpreterCallCompletedType",
    "OpenAIResponsesCodeInterpreterCallInProgress",
    "OpenAIResponsesCodeInterpreterCallInProgressType",
    "OpenAIResponsesCodeInterpreterCallInterpreting",
    "OpenAIResponsesCodeInterpreterCallInterpretingType",
    "OpenAIResponsesImageGenCallCompleted",
    "OpenAIResponsesImageGenCallCompletedType",
    "OpenAIResponsesImageGenCallGenerating",
    "OpenAIResponsesImageGenCallGeneratingType",
    "OpenAIResponsesImageGenCallInProgress",
    "OpenAIResponsesImageGenCallInProgressType",
    "OpenAIResponsesImageGenCallPartialImage",
    "OpenAIResponsesImageGenCallPartialImageType",
    "OpenAIResponsesRefusalContent",
    "OpenAIResponsesRefusalContentType",
    "OpenAIResponsesResponseStatus",
    "OpenAIResponsesSearchCompleted",
    "OpenAIResponsesSearchCompletedType",
    "OpenAIResponsesToolChoiceType0",
    "OpenAIResponsesToolChoiceType1",
    "OpenAIResponsesToolChoiceType2",
    "OpenAIResponsesToolChoiceType3",
    "OpenAIResponsesToolChoiceType3Type",
    "OpenAIResponsesToolChoiceType4",
    "OpenAIResponsesToolChoiceType4TypeType0",
    "OpenAIResponsesToolChoiceType4TypeType1",
    "OpenAIResponsesToolChoiceType6",
    "OpenAIResponsesToolChoiceType6Type",
    "OpenAIResponsesToolChoiceType7",
    "OpenAIResponsesToolChoiceType7Type",
    "OpenAIResponsesTruncation",
    "OpenAIResponsesUsage",
    "OpenAIResponsesUsageInputTokensDetails",
    "OpenAIResponsesUsageOutputTokensDetails",
    "OpenAIResponsesWebSearchCallInProgress",
    "OpenAIResponsesWebSearchCallInProgressType",
    "OpenAIResponsesWebSearchCallSearching",
    "OpenAIResponsesWebSearchCallSearchingType",
    "OpenResponsesCreatedEvent",
    "OpenResponsesCreatedEventType",
    "OpenResponsesInProgressEvent",
    "OpenResponsesInProgressEventType",
    "OpenResponsesLogProbs",
    "OpenResponsesResult",
    "OpenResponsesResultObject",
    "OpenResponsesResultToolsItemType0",
    "OpenResponsesResultToolsItemType0ParametersType0",
    "OpenResponsesResultToolsItemType0Type",
    "OpenResponsesTopLogprobs",
    "OpenRouterFile",
    "OpenRouterFileDeleted",
    "OpenRouterFileDeletedShape",
    "OpenRouterFileDeletedType",
    "OpenRouterFileList",
    "OpenRouterFileListShape",
    "OpenRouterFileShape",
    "OpenRouterFileType",
    "OpenRouterMetadata",
    "OpenRouterWebSearchServerTool",
    "OpenRouterWebSearchServerToolType",
    "OutputAdvisorServerToolItem",
    "OutputAdvisorServerToolItemType",
    "OutputApplyPatchCallItem",
    "OutputApplyPatchCallItemType",
    "OutputApplyPatchServerToolItem",
    "OutputApplyPatchServerToolItemType",
    "OutputBashServerToolItem",
    "OutputBashServerToolItemType",
    "OutputBrowserUseServerToolItem",
    "OutputBrowserUseServerToolItemType",
    "OutputCodeInterpreterCallItem",
    "OutputCodeInterpreterCallItemStatus",
    "OutputCodeInterpreterCallItemType",
    "OutputCodeInterpreterServerToolItem",
    "OutputCodeInterpreterServerToolItemType",
    "OutputComputerCallItem",
    "OutputComputerCallItemPendingSafetyChecksItem",
    "OutputComputerCallItemStatus",
    "OutputComputerCallItemType",
    "OutputCustomToolCallItem",
    "OutputCustomToolCallItemType",
    "OutputDatetimeItem",
    "OutputDatetimeItemType",
    "OutputFileSearchCallItem",
    "OutputFileSearchCallItemType",
    "OutputFileSearchServerToolItem",
    "OutputFileSearchServerToolItemType",
    "OutputFilesServerToolItem",
    "OutputFilesServerToolItemType",
    "OutputFunctionCallItem",
    "OutputFunctionCallItemStatusType0",
    "OutputFunctionCallItemStatusType1",
    "OutputFunctionCallItemStatusType2",
    "OutputFunctionCallItemSubagentItemsItem",
    "OutputFunctionCallItemType",
    "OutputFusionServerToolItem",
    "OutputFusionServerToolItemFailedModelsItem",
    "OutputFusionServerToolItemResponsesItem",
    "OutputFusionServerToolItemType",
    "OutputImageGenerationCallItem",
    "OutputImageGenerationCallItemType",
    "OutputImageGenerationServerToolItem",
    "OutputImageGenerationServerToolItemType",
    "OutputItemAddedEvent",
    "OutputItemAddedEventType",
    "OutputItemApplyPatchCall",
    "OutputItemApplyPatchCallStatus",
    "OutputItemApplyPatchCallType",
    "OutputItemCodeInterpreterCall",
    "OutputItemCodeInterpreterCallStatus",
    "OutputItemCodeInterpreterCallType",
    "OutputItemCustomToolCall",
    "OutputItemCustomToolCallType",
    "OutputItemDoneEvent",
    "OutputItemDoneEventType",
    "OutputItemFileSearchCall",
    "OutputItemFileSearchCallType",
    "OutputItemFunctionCall",
    "OutputItemFunctionCallStatusType0",
    "OutputItemFunctionCallStatusType1",
    "OutputItemFunctionCallStatusType2",
    "OutputItemFunctionCallType",
    "OutputItemImageGenerationCall",
    "OutputItemImageGenerationCallType",
    "OutputItemReasoning",
    "OutputItemReasoningStatusType0",
    "OutputItemReasoningStatusType1",
    "OutputItemReasoningStatusType2",
    "OutputItemReasoningType",
    "OutputItemWebSearchCall",
    "OutputItemWebSearchCallActionType0",
    "OutputItemWebSearchCallActionType0Type",
    "OutputItemWebSearchCallActionType1",
    "OutputItemWebSearchCallActionType1Type",
    "OutputItemWebSearchCallActionType2",
    "OutputItemWebSearchCallActionType2Type",
    "OutputItemWebSearchCallType",
    "OutputMcpServerToolItem",
    "OutputMcpServerToolItemType",
    "OutputMemoryServerToolItem",
    "OutputMemoryServerToolItemAction",
    "OutputMemoryServerToolItemType",
    "OutputMessage",
    "OutputMessageItem",
    "OutputMessageItemPhaseType0",
    "OutputMessageItemPhaseType1",
    "OutputMessageItemRole",
    "OutputMessageItemStatusType0",
    "OutputMessageItemStatusType1",
    "OutputMessageItemStatusType2",
    "OutputMessageItemType",
    "OutputMessagePhaseType0",
    "OutputMessagePhaseType1",
    "OutputMessageRole",
    "OutputMessageStatusType0",
    "OutputMessageStatusType1",
    "OutputMessageStatusType2",
    "OutputMessageType",
    "OutputModality",
    "OutputModalityEnum",
    "OutputReasoningItem",
    "OutputReasoningItemStatusType0",
    "OutputReasoningItemStatusType1",
    "OutputReasoningItemStatusType2",
    "OutputReasoningItemType",
    "OutputSearchModelsServerToolItem",
    "OutputSearchModelsServerToolItemType",
    "OutputShellCallItem",
    "OutputShellCallItemAction",
    "OutputShellCallItemType",
    "OutputShellCallOutputItem",
    "OutputShellCallOutputItemType",
    "OutputShellServerToolItem",
    "OutputShellServerToolItemAction",
    "OutputShellServerToolItemType",
    "OutputSubagentServerToolItem",
    "OutputSubagentServerToolItemType",
    "OutputTextEditorServerToolItem",
    "OutputTextEditorServerToolItemCommand",
    "OutputTextEditorServerToolItemType",
    "OutputToolSearchServerToolItem",
    "OutputToolSearchServerToolItemType",
    "OutputWebFetchServerToolItem",
    "OutputWebFetchServerToolItemType",
    "OutputWebSearchCallItem",
    "OutputWebSearchCallItemActionType0",
    "OutputWebSearchCallItemActionType0Type",
    "OutputWebSearchCallItemActionType1",
    "OutputWebSearchCallItemActionType1Type",
    "OutputWebSearchCallItemActionType2",
    "OutputWebSearchCallItemActionType2Type",
    "OutputWebSearchCallItemType",
    "OutputWebSearchServerToolItem",
    "OutputWebSearchServerToolItemAction",
    "OutputWebSearchServerToolItemActionSourcesItem",
    "OutputWebSearchServerToolItemActionSourcesItemType",
    "OutputWebSearchServerToolItemActionType",
    "OutputWebSearchServerToolItemType",
    "PDFParserEngineType0",
    "PDFParserEngineType1",
    "PDFParserOptions",
    "Parameter",
    "ParetoRouterPlugin",
    "ParetoRouterPluginId",
    "ParetoRouterPluginPriceSource",
    "PayloadTooLargeResponse",
    "PayloadTooLargeResponseErrorData",
    "PayloadTooLargeResponseErrorDataMetadataType0",
    "PayloadTooLargeResponseModelgatesMetadataType0",
    "PaymentRequiredResponse",
    "PaymentRequiredResponseErrorData",
    "PaymentRequiredResponseErrorDataMetadataType0",
    "PaymentRequiredResponseModelgatesMetadataType0",
    "PdfParserEngine",
    "PerRequestLimits",
    "PercentileStats",
    "PipelineStage",
    "PipelineStageData",
    "PipelineStageType",
    "Preset",
    "PresetDesignatedVersion",
    "PresetDesignatedVersionConfig",
    "PresetStatus",
    "PresetWithDesignatedVersion",
    "Preview20250311WebSearchServerTool",
    "Preview20250311WebSearchServerToolType",
    "PreviewWebSearchServerTool",
    "PreviewWebSearchServerToolType",
    "PreviewWebSearchUserLocation",
    "PreviewWebSearchUserLocationType",
    "PricingOverride",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointMode",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "PromptInjectionScanScope",
    "ProviderMaxPrice",
    "ProviderName",
    "ProviderOptions",
    "ProviderOptions01Ai",
    "ProviderOptionsAi21",
    "ProviderOptionsAionLabs",
    "ProviderOptionsAkashml",
    "ProviderOptionsAlibaba",
    "ProviderOptionsAmazonBedrock",
    "ProviderOptionsAmazonNova",
    "ProviderOptionsAmbient",
    "ProviderOptionsAnthropic",
    "ProviderOptionsAnyscale",
    "ProviderOptionsArceeAi",
    "ProviderOptionsAtlasCloud",
    "ProviderOptionsAtoma",
    "ProviderOptionsAvian",
    "ProviderOptionsAzure",
    "ProviderOptionsBaidu",
    "ProviderOptionsBaseten",
    "ProviderOptionsBlackForestLabs",
    "ProviderOptionsByteplus",
    "ProviderOptionsCentml",
    "ProviderOptionsCerebras",
    "ProviderOptionsChutes",
    "ProviderOptionsCirrascale",
    "ProviderOptionsClarifai",
    "ProviderOptionsCloudflare",
    "ProviderOptionsCohere",
    "ProviderOptionsCrofai",
    "ProviderOptionsCrucible",
    "ProviderOptionsCrusoe",
    "ProviderOptionsDeepinfra",
    "ProviderOptionsDeepseek",
    "ProviderOptionsDekallm",
    "ProviderOptionsEnfer",
    "ProviderOptionsFakeProvider",
    "ProviderOptionsFeatherless",
    "ProviderOptionsFireworks",
    "ProviderOptionsFriendli",
    "ProviderOptionsGmicloud",
    "ProviderOptionsGoogleAiStudio",
    "ProviderOptionsGoogleVertex",
    "ProviderOptionsGopomelo",
    "ProviderOptionsGroq",
    "ProviderOptionsHuggingface",
    "ProviderOptionsHyperbolic",
    "ProviderOptionsHyperbolicQuantized",
    "ProviderOptionsInception",
    "ProviderOptionsInceptron",
    "ProviderOptionsInferenceNet",
    "ProviderOptionsInfermatic",
    "ProviderOptionsInflection",
    "ProviderOptionsInocloud",
    "ProviderOptionsIoNet",
    "ProviderOptionsIonstream",
    "ProviderOptionsKlusterai",
    "ProviderOptionsLambda",
    "ProviderOptionsLepton",
    "ProviderOptionsLiquid",
    "ProviderOptionsLynn",
    "ProviderOptionsLynnPrivate",
    "ProviderOptionsMancer",
    "ProviderOptionsMancerOld",
    "ProviderOptionsMara",
    "ProviderOptionsMeta",
    "ProviderOptionsMinimax",
    "ProviderOptionsMistral",
    "ProviderOptionsModal",
    "ProviderOptionsModelrun",
    "ProviderOptionsModular",
    "ProviderOptionsMoonshotai",
    "ProviderOptionsMorph",
    "ProviderOptionsNcompass",
    "ProviderOptionsNebius",
    "ProviderOptionsNexAgi",
    "ProviderOptionsNextbit",
    "ProviderOptionsNineteen",
    "ProviderOptionsNovita",
    "ProviderOptionsNvidia",
    "ProviderOptionsOctoai",
    "ProviderOptionsOpenInference",
    "ProviderOptionsOpenai",
    "ProviderOptionsParasail",
    "ProviderOptionsPerceptron",
    "ProviderOptionsPerplexity",
    "ProviderOptionsPhala",
    "ProviderOptionsPoolside",
    "ProviderOptionsRecraft",
    "ProviderOptionsRecursal",
    "ProviderOptionsReflection",
    "ProviderOptionsReka",
    "ProviderOptionsRelace",
    "ProviderOptionsReplicate",
    "ProviderOptionsSambanova",
    "ProviderOptionsSambanovaCloaked",
    "ProviderOptionsSeed",
    "ProviderOptionsSfCompute",
    "ProviderOptionsSiliconflow",
    "ProviderOptionsSourceful",
    "ProviderOptionsStealth",
    "ProviderOptionsStepfun",
    "ProviderOptionsStreamlake",
    "ProviderOptionsSwitchpoint",
    "ProviderOptionsTargon",
    "ProviderOptionsTogether",
    "ProviderOptionsTogetherLite",
    "ProviderOptionsUbicloud",
    "ProviderOptionsUpstage",
    "ProviderOptionsVenice",
    "ProviderOptionsWandb",
    "ProviderOptionsXai",
    "ProviderOptionsXiaomi",
    "ProviderOptionsZAi",
    "ProviderOverloadedResponse",
    "ProviderOverloadedResponseErrorData",
    "ProviderOverloadedResponseErrorDataMetadataType0",
    "ProviderOverloadedResponseModelgatesMetadataType0",
    "ProviderPreferences",
    "ProviderResponse",
    "ProviderResponseProviderName",
    "ProviderResponseRoutedServiceTier",
    "ProviderSort",
    "ProviderSortConfig",
    "ProviderSortConfigByType1",
    "ProviderSortConfigByType2Type1",
    "ProviderSortConfigByType3Type1",
    "ProviderSortConfigPartitionType1",
    "ProviderSortConfigPartitionType2Type1",
    "ProviderSortConfigPartitionType3Type1",
    "PublicEndpoint",
    "PublicEndpointPricing",
    "PublicPricing",
    "Quantization",
    "QueryAnalyticsBody",
    "QueryAnalyticsBodyClassifierDimensions",
    "QueryAnalyticsBodyClassifierFilters",
    "QueryAnalyticsBodyClassifierFiltersFiltersItem",
    "QueryAnalyticsBodyFiltersItem",
    "QueryAnalyticsBodyOrderBy",
    "QueryAnalyticsBodyOrderByDirection",
    "QueryAnalyticsBodyTimeRange",
    "QueryAnalyticsResponse200",
    "QueryAnalyticsResponse200Data",
    "QueryAnalyticsResponse200DataDataItem",
    "QueryAnalyticsResponse200DataMetadata",
    "RangeCapability",
    "RangeCapabilityType",
    "RankingsDailyItem",
    "RankingsDailyMeta",
    "RankingsDailyMetaVersion",
    "RankingsDailyResponse",
    "Reasoning",
    "ReasoningConfig",
    "ReasoningContext",
    "ReasoningDeltaEvent",
    "ReasoningDeltaEventType",
    "ReasoningDoneEvent",
    "ReasoningDoneEventType",
    "ReasoningEffort",
    "ReasoningFormat",
    "ReasoningItem",
    "ReasoningItemStatusType0",
    "ReasoningItemStatusType1",
    "ReasoningItemStatusType2",
    "ReasoningItemType",
    "ReasoningMode",
    "ReasoningSummary",
    "ReasoningSummaryPartAddedEvent",
    "ReasoningSummaryPartAddedEventType",
    "ReasoningSummaryPartDoneEvent",
    "ReasoningSummaryPartDoneEventType",
    "ReasoningSummaryText",
    "ReasoningSummaryTextDeltaEvent",
    "ReasoningSummaryTextDeltaEventType",
    "ReasoningSummaryTextDoneEvent",
    "ReasoningSummaryTextDoneEventType",
    "ReasoningSummaryTextType",
    "ReasoningSummaryVerbosity",
    "ReasoningTextContent",
    "ReasoningTextContentType",
    "RefusalDeltaEvent",
    "RefusalDeltaEventType",
    "RefusalDoneEvent",
    "RefusalDoneEventType",
    "RequestMetadata",
    "RequestTimeoutResponse",
    "RequestTimeoutResponseErrorData",
    "RequestTimeoutResponseErrorDataMetadataType0",
    "RequestTimeoutResponseModelgatesMetadataType0",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectType",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaType",
    "ResponseFormatText",
    "ResponseFormatTextType",
    "ResponseHealingPlugin",
    "ResponseHealingPluginId",
    "ResponseIncludesEnum",
    "ResponseOutputText",
    "ResponseOutputTextLogprobsItem",
    "ResponseOutputTextLogprobsItemTopLogprobsItem",
    "ResponseOutputTextType",
    "ResponsesErrorField",
    "ResponsesErrorFieldCode",
    "ResponsesRequest",
    "ResponsesRequestServiceTierType1",
    "ResponsesRequestServiceTierType2Type1",
    "ResponsesRequestServiceTierType3Type1",
    "ResponsesRequestToolsItemType0",
    "ResponsesRequestToolsItemType0ParametersType0",
    "ResponsesRequestToolsItemType0Type",
    "ResponsesStreamingResponse",
    "RouterAttempt",
    "RouterParams",
    "RoutingStrategy",
    "STTInputAudio",
    "STTRequest",
    "STTRequestProvider",
    "STTRequestResponseFormat",
    "STTResponse",
    "STTSegment",
    "STTTimestampGranularity",
    "STTUsage",
    "STTWord",
    "ScimGroup",
    "ScimGroupMapping",
    "ScimGroupMappingRole",
    "SearchContextSizeEnum",
    "SearchModelsServerToolConfig",
    "SearchModelsServerToolOpenRouter",
    "SearchModelsServerToolOpenRouterType",
    "SearchQualityLevel",
    "ServerToolUseDetails",
    "ServiceTier",
    "ServiceUnavailableResponse",
    "ServiceUnavailableResponseErrorData",
    "ServiceUnavailableResponseErrorDataMetadataType0",
    "ServiceUnavailableResponseModelgatesMetadataType0",
    "SessionCostItem",
    "SessionCostItemTurnRange",
    "SessionCostMeta",
    "SessionCostMetaVersion",
    "SessionCostResponse",
    "ShellCallItem",
    "ShellCallItemAction",
    "ShellCallItemType",
    "ShellCallOutputContent",
    "ShellCallOutputContentOutcomeType0",
    "ShellCallOutputContentOutcomeType0Type",
    "ShellCallOutputContentOutcomeType1",
    "ShellCallOutputContentOutcomeType1Type",
    "ShellCallOutputItem",
    "ShellCallOutputItemType",
    "ShellCallStatus",
    "ShellServerTool",
    "ShellServerToolConfig",
    "ShellServerToolEngine",
    "ShellServerToolOpenRouter",
    "ShellServerToolOpenRouterType",
    "ShellServerToolType",
    "SpeechRequest",
    "SpeechRequestProvider",
    "SpeechRequestResponseFormat",
    "StopServerToolsWhenFinishReasonIs",
    "StopServerToolsWhenFinishReasonIsType",
    "StopServerToolsWhenHasToolCall",
    "StopServerToolsWhenHasToolCallType",
    "StopServerToolsWhenMaxCost",
    "StopServerToolsWhenMaxCostType",
    "StopServerToolsWhenMaxTokensUsed",
    "StopServerToolsWhenMaxTokensUsedType",
    "StopServerToolsWhenStepCountIs",
    "StopServerToolsWhenStepCountIsType",
    "StoredPromptTemplate",
    "StoredPromptTemplateVariablesType0",
    "StreamEventsResponseCompleted",
    "StreamEventsResponseCompletedType",
    "StreamEventsResponseFailed",
    "StreamEventsResponseFailedType",
    "StreamEventsResponseIncomplete",
    "StreamEventsResponseIncompleteType",
    "StreamEventsResponseOutputItemAdded",
    "StreamEventsResponseOutputItemAddedType",
    "StreamEventsResponseOutputItemDone",
    "StreamEventsResponseOutputItemDoneType",
    "StreamLogprob",
    "StreamLogprobTopLogprob",
    "SubagentNestedTool",
    "SubagentNestedToolParameters",
    "SubagentReasoning",
    "SubagentReasoningEffort",
    "SubagentServerToolConfig",
    "SubagentServerToolOpenRouter",
    "SubagentServerToolOpenRouterType",
    "SubmitGenerationFeedbackRequest",
    "SubmitGenerationFeedbackRequestCategory",
    "SubmitGenerationFeedbackResponse",
    "SubmitGenerationFeedbackResponseData",
    "SupportedParameters",
    "TaskClassificationItem",
    "TaskClassificationMacroCategory",
    "TaskClassificationModel",
    "TaskClassificationResponse",
    "TaskClassificationResponseData",
    "TextConfig",
    "TextConfigVerbosityType1",
    "TextConfigVerbosityType2Type1",
    "TextConfigVerbosityType3Type1",
    "TextDeltaEvent",
    "TextDeltaEventType",
    "TextDoneEvent",
    "TextDoneEventType",
    "TextExtendedConfig",
    "TextExtendedConfigVerbosityType1",
    "TextExtendedConfigVerbosityType2Type1",
    "TextExtendedConfigVerbosityType3Type1",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseErrorData",
    "TooManyRequestsResponseErrorDataMetadataType0",
    "TooManyRequestsResponseModelgatesMetadataType0",
    "ToolCallStatus",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedModeType0",
    "ToolChoiceAllowedModeType1",
    "ToolChoiceAllowedToolsItem",
    "ToolChoiceAllowedType",
    "ToolSearchServerTool",
    "ToolSearchServerToolConfig",
    "ToolSearchServerToolType",
    "TopProviderInfo",
    "TraceConfig",
    "Truncation",
    "URLCitation",
    "URLCitationType",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataMetadataType0",
    "UnauthorizedResponseModelgatesMetadataType0",
    "UnifiedBenchmarkPricing",
    "UnifiedBenchmarksAAItem",
    "UnifiedBenchmarksAAItemSource",
    "UnifiedBenchmarksDAItem",
    "UnifiedBenchmarksDAItemSource",
    "UnifiedBenchmarksDAItemTournamentStats",
    "UnifiedBenchmarksMeta",
    "UnifiedBenchmarksMetaSourceType1",
    "UnifiedBenchmarksMetaSourceType2Type1",
    "UnifiedBenchmarksMetaSourceType3Type1",
    "UnifiedBenchmarksMetaVersion",
    "UnifiedBenchmarksORItem",
    "UnifiedBenchmarksORItemBenchmarkType",
    "UnifiedBenchmarksORItemSource",
    "UnifiedBenchmarksResponse",
    "UnifiedBenchmarksSearchItem",
    "UnifiedBenchmarksSearchItemBenchmarkType",
    "UnifiedBenchmarksSearchItemPrimaryMetric",
    "UnifiedBenchmarksSearchItemSearchSurface",
    "UnifiedBenchmarksSearchItemSource",
    "UnifiedBenchmarksSearchRunConfig",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseErrorData",
    "UnprocessableEntityResponseErrorDataMetadataType0",
    "UnprocessableEntityResponseModelgatesMetadataType0",
    "UpdateBYOKKeyRequest",
    "UpdateBYOKKeyResponse",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
    "UpdateKeysBody",
    "UpdateKeysBodyLimitResetType1",
    "UpdateKeysBodyLimitResetType2Type1",
    "UpdateKeysBodyLimitResetType3Type1",
    "UpdateKeysResponse200",
    "UpdateKeysResponse200Data",
    "UpdateObservabilityDestinationRequest",
    "UpdateObservabilityDestinationRequestConfig",
    "UpdateObservabilityDestinationResponse",
    "UpdateScimGroupMappingRequest",
    "UpdateScimGroupMappingRequestRole",
    "UpdateScimGroupMappingResponse",
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceResponse",
    "UploadFileBody",
    "UpsertWorkspaceBudgetRequest",
    "UpsertWorkspaceBudgetResponse",
    "Usage",
    "UsageCostDetails",
    "UsageInputTokensDetails",
    "UsageOutputTokensDetails",
    "VideoGenerationRequest",
    "VideoGenerationRequestAspectRatio",
    "VideoGenerationRequestProvider",
    "VideoGenerationRequestResolution",
    "VideoGenerationResponse",
    "VideoGenerationResponseStatus",
    "VideoGenerationUsage",
    "VideoModel",
    "VideoModelPricingSkusType0",
    "VideoModelSupportedAspectRatiosType0Item",
    "VideoModelSupportedFrameImagesType0Item",
    "VideoModelSupportedResolutionsType0Item",
    "VideoModelSupportedSizesType0Item",
    "VideoModelUpscaleFactorType0",
    "VideoModelsListResponse",
    "WebFetchEngineEnum",
    "WebFetchPlugin",
    "WebFetchPluginId",
    "WebFetchServerTool",
    "WebFetchServerToolConfig",
    "WebFetchServerToolType",
    "WebSearchCallCompletedEvent",
    "WebSearchCallCompletedEventType",
    "WebSearchCallInProgressEvent",
    "WebSearchCallInProgressEventType",
    "WebSearchCallSearchingEvent",
    "WebSearchCallSearchingEventType",
    "WebSearchConfig",
    "WebSearchDomainFilter",
    "WebSearchEngine",
    "WebSearchEngineEnum",
    "WebSearchMode",
    "WebSearchPlugin",
    "WebSearchPluginId",
    "WebSearchPluginUserLocationType0",
    "WebSearchPluginUserLocationType0Type",
    "WebSearchServerTool",
    "WebSearchServerToolConfig",
    "WebSearchServerToolOpenRouter",
    "WebSearchServerToolOpenRouterType",
    "WebSearchServerToolType",
    "WebSearchSource",
    "WebSearchSourceType",
    "WebSearchStatus",
    "WebSearchUserLocation",
    "WebSearchUserLocationServerTool",
    "WebSearchUserLocationServerToolType",
    "WebSearchUserLocationType",
    "Workspace",
    "WorkspaceBudget",
    "WorkspaceBudgetInterval",
    "WorkspaceBudgetResetIntervalType1",
    "WorkspaceBudgetResetIntervalType2Type1",
    "WorkspaceBudgetResetIntervalType3Type1",
    "WorkspaceMember",
    "WorkspaceMemberRole",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
