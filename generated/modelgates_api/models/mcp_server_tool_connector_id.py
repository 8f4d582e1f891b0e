from typing import Literal

McpServerToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

MCP_SERVER_TOOL_CONNECTOR_ID_VALUES: set[McpServerToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_mcp_server_tool_connector_id(value: str) -> McpServerToolConnectorId:
    if value in MCP_SERVER_TOOL_CONNECTOR_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_SERVER_TOOL_CONNECTOR_ID_VALUES!r}"
    )
