import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** Secrets shorter than this are not searched for: they would match ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** The credential's API key and access token, as they could come back in an answer. */
export function credentialSecrets(credentials: ICredentialDataDecryptedObject): string[] {
	return [credentials.apiKey, credentials.accessToken]
		.filter((secret): secret is string => typeof secret === 'string')
		.map((secret) => secret.trim())
		.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

/**
 * A copy of an answer's body with every secret replaced by "[redacted]", for error messages and
 * output: a server or proxy that echoes the request's headers must not put them on screen.
 */
export function redactSecrets(value: unknown, secrets: readonly string[]): unknown {
	if (secrets.length === 0) return value;
	if (typeof value === 'string') {
		return secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), value);
	}
	if (Array.isArray(value)) return value.map((entry) => redactSecrets(entry, secrets));
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [
				redactSecrets(key, secrets) as string,
				redactSecrets(entry, secrets),
			]),
		);
	}
	return value;
}
