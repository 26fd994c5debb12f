/**
 * An MCP client for a workflow's MCP Server Trigger: the `@modelcontextprotocol/sdk` that ships
 * inside the n8n install, as an AI agent's client would speak to it (Streamable HTTP).
 */
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

export interface McpTool {
	name: string;
	description?: string;
	inputSchema: {
		properties?: Record<string, { type?: string; description?: string }>;
		required?: string[];
	};
}

export interface McpToolResult {
	content: Array<{ type: string; text?: string }>;
	isError?: boolean;
}

export interface McpSession {
	listTools(): Promise<McpTool[]>;
	callTool(name: string, args: Record<string, unknown>): Promise<McpToolResult>;
	close(): Promise<void>;
}

interface SdkClient {
	connect(transport: unknown): Promise<void>;
	listTools(): Promise<{ tools: McpTool[] }>;
	callTool(request: { name: string; arguments: Record<string, unknown> }): Promise<McpToolResult>;
	close(): Promise<void>;
}

/** Connects to `url` (n8n's `/mcp/<path>`) with the SDK found in n8n's own `node_modules`. */
export async function connectMcp(n8nAppDir: string, url: string): Promise<McpSession> {
	const requireFromN8n = createRequire(join(n8nAppDir, 'package.json'));
	const { Client } = requireFromN8n('@modelcontextprotocol/sdk/client/index.js') as {
		Client: new (info: { name: string; version: string }) => SdkClient;
	};
	const { StreamableHTTPClientTransport } = requireFromN8n(
		'@modelcontextprotocol/sdk/client/streamableHttp.js',
	) as {
		StreamableHTTPClientTransport: new (url: URL) => unknown;
	};
	const client = new Client({ name: 'n8n-nodes-trackstar-check', version: '1.0.0' });
	await client.connect(new StreamableHTTPClientTransport(new URL(url)));
	return {
		listTools: async () => (await client.listTools()).tools,
		callTool: async (name, args) => await client.callTool({ name, arguments: args }),
		close: async () => await client.close(),
	};
}

/** The JSON a tool answered (n8n puts the tool's output items in one text part). */
export function toolOutput(result: McpToolResult): unknown {
	const text = result.content.find((part) => part.type === 'text')?.text ?? '';
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}
