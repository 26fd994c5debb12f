/** What `n8n execute --rawOutput` printed, read into run data. */
export interface Execution {
	code: number;
	/** Run data by node name: the items of each node's first output. */
	items: Record<string, Array<{ json: Record<string, unknown> }>>;
	status?: string;
	output: string;
}

/** The JSON document `n8n execute --rawOutput` prints between its log lines. */
function executionDocument(output: string): Record<string, unknown> | undefined {
	const lines = output.split('\n');
	const start = lines.indexOf('{');
	if (start === -1) return undefined;
	for (let end = lines.length - 1; end > start; end--) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n')) as Record<string, unknown>;
		} catch {
			// a later closing brace may end it
		}
	}
	return undefined;
}

type RunData = Record<
	string,
	Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> } }>
>;

export function readExecution(result: { code: number; stdout: string; stderr: string }): Execution {
	const output = `${result.stdout}\n${result.stderr}`;
	const document = executionDocument(result.stdout);
	if (!document && result.code === 0) {
		throw new Error(
			`n8n execute succeeded but printed no execution document:\n${output.slice(-2000)}`,
		);
	}
	const data = document?.data as { resultData: { runData: RunData } } | undefined;
	const items: Execution['items'] = {};
	for (const [node, runs] of Object.entries(data?.resultData.runData ?? {})) {
		items[node] = runs[0]?.data?.main[0] ?? [];
	}
	return { code: result.code, items, status: document?.status as string | undefined, output };
}
