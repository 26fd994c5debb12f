/**
 * Runs a saved workflow as the editor's Execute workflow button does: through n8n's REST API, as
 * the signed-in owner, from the trigger named (a polling trigger then fetches its test event),
 * and reads the saved execution back. Unlike `n8n execute`, it starts from any trigger.
 */
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import { sleep } from 'n8n-workflow';

import type { Execution } from './execution';
import type { N8nInstance } from './instance';

type RunData = Record<
	string,
	Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> } }>
>;

export async function runFromEditor(
	n8n: N8nInstance,
	workflowId: string,
	trigger: string,
	timeoutMs = 60_000,
): Promise<Execution> {
	const headers = {
		cookie: await n8n.login(),
		'content-type': 'application/json',
		'browser-id': 'trackstar-check',
	};
	const rest = async (path: string, init: RequestInit = {}) => {
		const response = await fetch(`${n8n.url}/rest/${path}`, { ...init, headers });
		const text = await response.text();
		if (!response.ok)
			throw new Error(`n8n answered ${response.status} to ${path}: ${text.slice(0, 500)}`);
		return (JSON.parse(text) as { data: Record<string, unknown> }).data;
	};
	const workflow = await rest(`workflows/${workflowId}`);
	const { executionId } = await rest(`workflows/${workflowId}/run`, {
		method: 'POST',
		body: JSON.stringify({ workflowData: workflow, triggerToStartFrom: { name: trigger } }),
	});
	// n8n stores run data in the `flatted` format; its own copy reads it.
	const flatted = createRequire(join(n8n.appDir, 'package.json'))('flatted') as {
		parse(text: string): unknown;
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const execution = await rest(`executions/${String(executionId)}`);
		const status = execution.status as string;
		if (!['new', 'running', 'waiting'].includes(status)) {
			const data = flatted.parse(execution.data as string) as {
				resultData: { runData: RunData; error?: { message?: string } };
			};
			const items: Execution['items'] = {};
			for (const [node, runs] of Object.entries(data.resultData.runData))
				items[node] = runs[0]?.data?.main[0] ?? [];
			return {
				code: status === 'success' ? 0 : 1,
				items,
				status,
				output: data.resultData.error?.message ?? '',
			};
		}
		await sleep(250);
	}
	throw new Error(`${workflowId} was still running after ${timeoutMs / 1000} s`);
}
