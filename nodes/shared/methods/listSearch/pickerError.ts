import type { INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { nodeApiError } from '../../transport/errors';

/** "/wms/inbound-shipments/suppliers" -> "suppliers"; "/wms/labor-activities" -> "labor activities". */
function listName(path: string): string {
	return (path.split('/').filter(Boolean).pop() ?? 'records').replace(/-/g, ' ');
}

/** Which secret Trackstar's 401 names ("Invalid x-trackstar-api-key header"). */
function refusedSecret(words: string): string {
	if (/api.?key/i.test(words)) return 'API key';
	if (/access.?token/i.test(words)) return 'access token';
	return 'API key or access token';
}

function sentence(status: number, list: string, words: string): string {
	// The editor drops "Check your credential" from the message; for a 401 or 403 it links there instead.
	if (status === 401) {
		return `Trackstar refused the ${refusedSecret(words)} (${words}). Check your credential.`;
	}
	if (status === 403) return `Trackstar refused to list ${list} (${words}). Check your credential.`;
	if (status === 429)
		return `Trackstar's rate limit was reached (${words}). Try again in a moment.`;
	if (status >= 500) return `Trackstar could not list ${list} (${words}). Try again later.`;
	return `Trackstar could not list ${list} (${words}).`;
}

/**
 * n8n's editor cuts a picker's error message at every dash and joins the pieces with spaces, so
 * "x-trackstar-api-key" would read "x trackstar api key"; a non-breaking hyphen looks the same.
 */
function keepHyphens(text: string): string {
	return text.replace(/[-–—]/g, '\u2011');
}

/**
 * A request's error as a picker shows it: one sentence, with no item (a picker has none) and no
 * status (the editor puts httpCode in front of it, "401 - ..."). The description is left out:
 * the editor shows it in a small box below, where the run's advice and request ID only crowd.
 */
export function pickerError(node: INode, error: unknown, path: string): unknown {
	if (!(error instanceof NodeApiError)) return error;
	const response = error.errorResponse ?? {};
	const status = Number(error.httpCode);
	// A Trackstar error answer carries Trackstar's words in `error` (see trackstarApiError).
	const words =
		typeof response.error === 'string' ? response.error.replace(/[.\s]+$/, '') : undefined;

	let message: string;
	let httpCode: string | undefined;
	if (status >= 400 && words !== undefined) {
		message = sentence(status, listName(path), words);
		httpCode = String(status);
	} else if (status >= 200 && status < 300) {
		message = `Trackstar answered with something other than a list of ${listName(path)}. Try again later.`;
	} else {
		message = `${error.message.replace(/[.\s]+$/, '')}.`;
		httpCode = error.httpCode ?? undefined;
	}
	const picker = nodeApiError(node, { ...response }, { message: keepHyphens(message) });
	// Set after: NodeApiError would otherwise take them from the response (a 200, Trackstar's words).
	picker.httpCode = httpCode ?? null;
	picker.description = undefined;
	return picker;
}
