import type { Sandbox, SandboxOptions } from '../../sandbox';
import { startSandbox } from '../../sandbox';

/** Fixed reference time of the seeded orders. */
export const NOW = new Date('2025-06-15T12:00:00Z');

export async function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	return await startSandbox({ port: 0, now: NOW, ...options });
}

export interface Answer<T = any> {
	status: number;
	headers: Headers;
	body: T;
}

/** Calls the sandbox with both Trackstar headers (unless overridden) and parses the JSON answer. */
export async function call<T = any>(
	sandbox: Sandbox,
	method: string,
	path: string,
	options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
	const headers: Record<string, string> = {
		'x-trackstar-api-key': sandbox.apiKey,
		'x-trackstar-access-token': sandbox.accessToken,
		...options.headers,
	};
	let body: string | undefined = options.rawBody;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['content-type'] = 'application/json';
	}
	const response = await fetch(`${sandbox.url}${path}`, { method, headers, body });
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

export const get = <T = any>(sandbox: Sandbox, path: string, headers?: Record<string, string>) =>
	call<T>(sandbox, 'GET', path, { headers });

export const put = <T = any>(sandbox: Sandbox, path: string, body?: unknown) =>
	call<T>(sandbox, 'PUT', path, { body });

/** Builds a query string, percent-encoding names and values. */
export function qs(params: Record<string, string | number>): string {
	return new URLSearchParams(
		Object.entries(params).map(([key, value]) => [key, String(value)]),
	).toString();
}
