import type { IncomingMessage, ServerResponse } from '@n8n-nodes-trackstar/node-runtime/http';
import { createServer } from '@n8n-nodes-trackstar/node-runtime/http';
import type { AddressInfo } from '@n8n-nodes-trackstar/node-runtime/net';

import { WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionBaseError,
	IDataObject,
	INodeExecutionData,
	IWebhookData,
} from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import {
	triggerOutput,
	triggerWorkflow,
	type TriggerWorkflow,
	type TriggerWorkflowOptions,
} from './triggerWorkflow';

export interface WebhookCall {
	status: number;
	/** Whether the call started an execution. */
	started: boolean;
	/** The trigger's output in that execution; [] when nothing started. */
	items: INodeExecutionData[];
	error?: ExecutionBaseError | Error;
}

export interface WebhookEndpoint {
	/** The URL Trackstar would be given: POST deliveries here. */
	url: string;
	/** Every call received, in order. */
	calls: WebhookCall[];
	nodeStaticData(): IDataObject;
	close(): Promise<void>;
}

/** n8n's rawBodyReader + parseBody: the bytes as `rawBody`, JSON bodies parsed into `body`. */
async function readLikeN8n(request: IncomingMessage): Promise<void> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const augmented = request as IncomingMessage & { body?: unknown; params: object; query: object };
	augmented.rawBody = Buffer.concat(chunks);
	augmented.readRawBody = async () => {};
	augmented.params = {};
	augmented.query = {};
	augmented.body = {};
	if (
		request.headers['content-type']?.startsWith('application/json') &&
		augmented.rawBody.length > 0
	) {
		try {
			augmented.body = JSON.parse(augmented.rawBody.toString('utf8'));
		} catch {
			augmented.body = {};
		}
	}
}

function answer(response: ServerResponse, status: number, body: unknown) {
	if (response.headersSent) return;
	response.writeHead(status, { 'content-type': 'application/json' });
	response.end(JSON.stringify(body));
}

/**
 * Serves a webhook trigger the way n8n's webhook server does, over real HTTP on 127.0.0.1: each
 * request becomes a WebhookContext with the request and response objects, the node's `webhook`
 * runs, and returned items start an execution (mode 'webhook'). 'webhook' mode is an active
 * workflow: its static data lives across calls, as n8n saves it after each production call.
 * 'manual' is the editor's test URL: each call gets the saved static data afresh and nothing is kept.
 */
export async function serveWebhook(
	options: TriggerWorkflowOptions & { mode?: 'webhook' | 'manual' },
): Promise<WebhookEndpoint> {
	const mode = options.mode ?? 'webhook';
	const production = triggerWorkflow(options);
	const calls: WebhookCall[] = [];

	const handle = async (request: IncomingMessage, response: ServerResponse, call: WebhookCall) => {
		await readLikeN8n(request);
		const harness: TriggerWorkflow = mode === 'webhook' ? production : triggerWorkflow(options);
		const additionalData = harness.additionalData(mode);
		additionalData.httpRequest = request as never;
		additionalData.httpResponse = response as never;
		const webhookData: IWebhookData = {
			httpMethod: 'POST',
			node: harness.node.name,
			path: 'webhook',
			webhookDescription: options.node.description.webhooks![0],
			workflowId: harness.workflow.id,
			workflowExecuteAdditionalData: additionalData,
			isTest: mode === 'manual',
		};
		const context = new WebhookContext(
			harness.workflow,
			harness.node,
			additionalData,
			mode,
			webhookData,
			[],
			null,
		);
		try {
			const result = await options.node.webhook!.call(context);
			if (result.noWebhookResponse) return;
			if (result.workflowData === undefined) {
				return answer(
					response,
					200,
					result.webhookResponse ?? { message: 'Webhook call received' },
				);
			}
			const runExecutionData = createRunExecutionData({
				executionData: {
					nodeExecutionStack: [
						{ node: harness.node, data: { main: result.workflowData }, source: null },
					],
				},
			});
			const run = await new WorkflowExecute(
				additionalData,
				mode,
				runExecutionData,
			).processRunExecutionData(harness.workflow);
			call.started = true;
			call.items = triggerOutput(run);
			answer(response, 200, { message: 'Workflow was started' });
		} catch (error) {
			call.error = error as Error;
			answer(response, 500, { code: 0, message: (error as Error).message });
		}
	};

	const server = createServer((request, response) => {
		const call: WebhookCall = { status: 0, started: false, items: [] };
		calls.push(call);
		response.on('finish', () => (call.status = response.statusCode));
		void handle(request, response, call);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/webhook/harness/webhook`,
		calls,
		nodeStaticData: production.nodeStaticData,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}
