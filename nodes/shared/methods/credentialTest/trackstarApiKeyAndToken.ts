import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { credentialSecrets, redactSecrets } from '../../transport/redact';
import { ask, type Answer } from './ask';
import { displayedBaseUrl, trackstarBaseUrl } from './baseUrl';
import * as say from './messages';

const API_KEY_HEADER = 'x-trackstar-api-key';
const ACCESS_TOKEN_HEADER = 'x-trackstar-access-token';

const isSuccess = (status: number) => status >= 200 && status < 300;

const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Trackstar's `error` (a proxy's `message`), without any secret. */
function errorText(body: unknown, secrets: readonly string[]): string {
	const fields = typeof body === 'object' && body !== null ? (body as IDataObject) : {};
	const text = textOf(fields.error) ?? textOf(fields.message) ?? 'no error message';
	return String(redactSecrets(text, secrets));
}

/** Why no answer, or one that is not JSON, is not Trackstar's. */
function notJsonMessage(
	answer: Exclude<Answer, { kind: 'json' }>,
	baseUrl: string,
	request: string,
): string {
	const shown = displayedBaseUrl(baseUrl);
	if (answer.kind === 'nothing') return say.nothingAnswered(shown, answer.reason);
	const what = answer.html ? 'an HTML page' : `a ${answer.status} that is not JSON`;
	return say.notTrackstar(shown, request, what);
}

/**
 * The organization's connections, or why not. GET /connections takes the API key alone (the
 * access token is not even sent), so a 401 here can only be the key's.
 */
async function organizationConnections(
	context: ICredentialTestFunctions,
	baseUrl: string,
	apiKey: string,
	secrets: readonly string[],
): Promise<IDataObject[] | string> {
	const request = 'GET /connections';
	const answer = await ask(
		context,
		{ method: 'GET', url: `${baseUrl}/connections`, headers: { [API_KEY_HEADER]: apiKey } },
		secrets,
	);
	if (answer.kind !== 'json') return notJsonMessage(answer, baseUrl, request);
	const shown = displayedBaseUrl(baseUrl);
	if (answer.status === 401) return say.API_KEY_REFUSED;
	if (answer.status === 404)
		return say.notTrackstar(shown, request, '404: it has no such endpoint');
	if (!isSuccess(answer.status))
		return say.unexpectedAnswer(answer.status, 'API key', errorText(answer.body, secrets));
	const data = (answer.body as IDataObject | null)?.data;
	if (!Array.isArray(data))
		return say.notTrackstar(shown, request, 'JSON that holds no list of connections');
	return data as IDataObject[];
}

/**
 * The access token's connection ID, or why not. Trackstar has no read that takes any connection's
 * token (its reads are per type: /wms, /cart, /freight); of the /connections requests that take it
 * (update, sync, delete), only an update of nothing leaves the connection as it was:
 * UpdateConnectionSchema requires no field, and the answer carries the connection's ID.
 */
async function accessTokenConnectionId(
	context: ICredentialTestFunctions,
	baseUrl: string,
	headers: IDataObject,
	secrets: readonly string[],
): Promise<{ id?: string } | string> {
	const request = 'PATCH /connections';
	const answer = await ask(
		context,
		{ method: 'PATCH', url: `${baseUrl}/connections`, headers, body: '{}' },
		secrets,
	);
	if (answer.kind !== 'json') return notJsonMessage(answer, baseUrl, request);
	if (answer.status === 401) return say.ACCESS_TOKEN_REFUSED;
	if (!isSuccess(answer.status))
		return say.unexpectedAnswer(answer.status, 'access token', errorText(answer.body, secrets));
	return { id: textOf((answer.body as IDataObject | null)?.id) };
}

/**
 * The Trackstar API credential's test: the API key alone first, then the access token, so the
 * message says which of the two Trackstar refused, or that the Base URL is not Trackstar at all.
 * A credential without an access token (for the key-only endpoints) is tested on its key alone.
 */
export async function trackstarApiKeyAndToken(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const secrets = credentialSecrets(data);
	// Every message goes through here: a Base URL could carry a secret too.
	const result = (status: 'OK' | 'Error', message: string): INodeCredentialTestResult => ({
		status,
		message: String(redactSecrets(message, secrets)),
	});

	const baseUrl = trackstarBaseUrl(data.baseUrl);
	if (baseUrl === undefined) return result('Error', say.BASE_URL_NOT_HTTP);
	const apiKey = String(data.apiKey ?? '').trim();
	const accessToken = String(data.accessToken ?? '').trim();

	const connections = await organizationConnections(this, baseUrl, apiKey, secrets);
	if (typeof connections === 'string') return result('Error', connections);
	if (accessToken === '') return result('OK', say.API_KEY_ONLY_ACCEPTED);
	const checked = await accessTokenConnectionId(
		this,
		baseUrl,
		{ [API_KEY_HEADER]: apiKey, [ACCESS_TOKEN_HEADER]: accessToken },
		secrets,
	);
	if (typeof checked === 'string') return result('Error', checked);

	const connection = connections.find((candidate) => candidate.connection_id === checked.id);
	return result(
		'OK',
		say.bothAccepted({
			id: checked.id,
			integrationName: textOf(connection?.integration_name),
			integrationType: textOf(connection?.integration_type),
		}),
	);
}
