import { DEFAULT_BASE_URL } from '../../transport/request';

/** What the Test button says, one sentence each; none ever holds the API key or the access token. */

const CHECK_BASE_URL = `check the credential's Base URL (Trackstar's is ${DEFAULT_BASE_URL})`;

export const BASE_URL_NOT_HTTP = `The Base URL is not an http(s) address: use ${DEFAULT_BASE_URL}, or the address of your proxy or local sandbox`;

export const API_KEY_REFUSED =
	'Trackstar refused the API key: copy it again from Settings > API Keys in the Trackstar dashboard (https://dashboard.trackstarhq.com/settings/api-keys)';

export const ACCESS_TOKEN_REFUSED =
	"Trackstar accepted the API key but refused the access token: copy the token of one of this organization's connections from the Connections page of the Trackstar dashboard (https://dashboard.trackstarhq.com/connections)";

export function nothingAnswered(baseUrl: string, reason: string): string {
	return `Nothing answered at ${baseUrl}: ${reason}; ${CHECK_BASE_URL}`;
}

/** `what` completes "it answered GET /connections with …". */
export function notTrackstar(baseUrl: string, request: string, what: string): string {
	return `${baseUrl} is not Trackstar's API: it answered ${request} with ${what}; ${CHECK_BASE_URL}`;
}

export function unexpectedAnswer(status: number, checked: string, error: string): string {
	return `Trackstar answered ${status} while checking the ${checked}: ${error}`;
}

export interface CheckedConnection {
	id?: string;
	integrationName?: string;
	integrationType?: string;
}

export function bothAccepted({ id, integrationName, integrationType }: CheckedConnection): string {
	const accepted = 'Trackstar accepted the API key and the access token';
	if (id === undefined) return accepted;
	if (integrationName === undefined) return `${accepted} of connection ${id}`;
	const type = integrationType === undefined ? '' : `${integrationType}, `;
	return `${accepted} of the ${integrationName} connection (${type}${id})`;
}

/** An API-key-only credential: the key was checked, and what it serves without a token. */
export const API_KEY_ONLY_ACCEPTED =
	"Trackstar accepted the API key. The credential has no access token, so only the key was checked: it serves Magic Link, Integration and the organization's connections (Connection → Get Many, Get by ID); operations on a connection's data need that connection's access token";
