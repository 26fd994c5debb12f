import { DEFAULT_BASE_URL } from '../../transport/request';

/** The credential's Base URL as the nodes read it (trimmed, default when empty, no trailing slash), or undefined when not http(s). */
export function trackstarBaseUrl(raw: unknown): string | undefined {
	const text = String(raw ?? '').trim() || DEFAULT_BASE_URL;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	return text.replace(/\/+$/, '');
}

/** The Base URL for messages: without the user:password a proxy's URL may carry. */
export function displayedBaseUrl(baseUrl: string): string {
	const url = new URL(baseUrl);
	url.username = '';
	url.password = '';
	return url.toString().replace(/\/+$/, '');
}
