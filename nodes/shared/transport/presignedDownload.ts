import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { nodeApiError } from './errors';
import { readRetryPolicy } from './requestOptions';

/** A downloaded file: its bytes and the type its host gave it. */
export interface DownloadedFile {
	body: Buffer;
	contentType?: string;
}

/** The URL without its query: a presigned URL's signature is a credential while it lasts. */
function shownUrl(url: URL): string {
	return `${url.origin}${url.pathname}`;
}

/** What to do about a refused download, where the host's status says it. */
function downloadHint(status: number, expiresAt: string | undefined): string {
	if (status === 403 || status === 400) {
		const when = expiresAt ? ` (this one at ${expiresAt})` : '';
		return `The file store refused the presigned URL. Trackstar's download URLs expire 20 minutes after the list is read${when}: run the node again for fresh URLs.`;
	}
	if (status === 404) return 'The file store has no such file any more. Run the node again.';
	return 'The file store failed to answer. Try again later.';
}

/**
 * GETs a presigned download URL that Trackstar handed out (a carrier file's `download_url`): a
 * URL that carries its own signature, on the file store's host rather than Trackstar's. It goes
 * through n8n's plain request helper with no headers at all, so the credential's API key and
 * access token never leave for another host (the credential's authenticated helper would add
 * them to any URL). One attempt: a URL that failed may have expired, and a new list read gives
 * fresh ones.
 */
export async function downloadPresignedUrl(
	context: IExecuteFunctions,
	download: { url: unknown; fileName: string; expiresAt?: string },
	itemIndex: number,
): Promise<DownloadedFile> {
	let url: URL | undefined;
	try {
		url = typeof download.url === 'string' ? new URL(download.url) : undefined;
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
		throw new NodeOperationError(
			context.getNode(),
			`The download URL of "${download.fileName}" is not an http(s) URL`,
			{ description: 'Trackstar answered the file without a usable download_url.', itemIndex },
		);
	}
	const { timeoutMs } = readRetryPolicy(context, itemIndex);
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url: url.toString(),
			encoding: 'arraybuffer',
			json: false,
			timeout: timeoutMs,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw new NodeOperationError(
			context.getNode(),
			`The download of "${download.fileName}" from ${url.host} got no answer`,
			{ description: (error as Error).message, itemIndex },
		);
	}
	const { statusCode } = response;
	if (statusCode < 200 || statusCode >= 300) {
		throw nodeApiError(
			context.getNode(),
			{ status: statusCode, url: shownUrl(url) },
			{
				message: `The download of "${download.fileName}" was refused: ${url.host} answered ${statusCode}`,
				description: downloadHint(statusCode, download.expiresAt),
				httpCode: String(statusCode),
				itemIndex,
			},
		);
	}
	const contentType = response.headers?.['content-type'];
	return {
		body: response.body as Buffer,
		contentType: typeof contentType === 'string' ? contentType : undefined,
	};
}
