/**
 * What the n8n app (2.40) shows when a "From List" picker fails, reproduced from its dist so a
 * test can assert the words the user reads. The server answers the editor's
 * POST /rest/dynamic-node-parameters/resource-locator-results with the body of
 * `sendErrorResponse` (n8n/dist/response-helper.js); the editor's resource locator
 * (n8n-editor-ui/dist/assets/ParameterInputList-*.js) reads that body and renders it.
 */
import { NodeApiError } from 'n8n-workflow';

/** The server's error body: a NodeApiError is a "serverError" with its own fields spread on top. */
export interface ServerErrorBody {
	code: number;
	message: string;
	name?: string;
	httpCode?: string | null;
	description?: string | null;
	[field: string]: unknown;
}

export function serverErrorBody(error: Error): ServerErrorBody {
	const body: ServerErrorBody = { code: 0, message: error.message };
	if (error instanceof NodeApiError) Object.assign(body, error);
	return JSON.parse(JSON.stringify(body)) as ServerErrorBody;
}

// The editor drops any part of the message that tells the user to check the credential (it
// links to the credential instead), splitting at dashes when there is one, else at sentences.
const CHECK_CREDENTIALS = /check\s+(your\s+)?credentials?/i;
const CREDENTIAL_STATUSES = ['401', '403'];
const CREDENTIAL_MESSAGES = [
	'NodeApiError: Authorization failed',
	'NodeApiError: Unable to sign without access token',
	'secretOrPrivateKey must be an asymmetric key when using RS256',
];

export function editorMessage(message: string): string {
	const parts = /[-–—]/.test(message)
		? message.split(/\s*[-–—]\s*/)
		: message.split(/(?<=[.!?])\s+/);
	return parts
		.filter((part) => (part.trim() ? !CHECK_CREDENTIALS.test(part) : false))
		.join(' ')
		.trim();
}

/**
 * The picker's error box, a line per element: its title, "<httpCode> - <message>", the
 * description (a callout), and the link to the credential when the status is 401 or 403.
 */
export function pickerErrorAsShown(body: ServerErrorBody): string {
	// Only a body named NodeApiError keeps its httpCode and description in the editor.
	const nodeApiError = body.name === 'NodeApiError';
	const httpCode = nodeApiError ? (body.httpCode ?? undefined) : undefined;
	const description = nodeApiError ? (body.description ?? undefined) : undefined;
	const message = editorMessage(body.message);
	return [
		'Could not load list',
		`${httpCode ? `${httpCode} - ` : ''}${message}`,
		description,
		CREDENTIAL_STATUSES.includes(httpCode ?? '') || CREDENTIAL_MESSAGES.includes(message)
			? 'Check your credential'
			: undefined,
	]
		.filter((line) => line !== undefined)
		.join('\n');
}
