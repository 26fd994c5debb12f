import { createRequire } from 'node:module';
import { dirname } from 'node:path';

import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { HarnessCredentialsHelper, withDefaults } from './credentialsHelper';
import { initHarnessLogger } from './logger';

// n8n-core ships its own copies of @n8n/di and @n8n/backend-network: take the ones it sends with.
const coreRequire = createRequire(`${dirname(require.resolve('n8n-core'))}/`);
const { Container } = coreRequire('@n8n/di') as typeof import('@n8n/di');
const { OutboundHttp } = coreRequire('@n8n/backend-network') as typeof import('@n8n/backend-network');

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	httpStatus?: number;
}

/**
 * What n8n's "Test" button does for a credential with a `test.request`: resolve the request's
 * expressions against the credential, apply the class's `authenticate`, send it through n8n's
 * outbound HTTP, and call any non-2xx answer or network failure an error.
 */
export async function testCredential(
	type: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	initHarnessLogger();
	if (!type.test) throw new Error(`${type.name} has no test request`);
	const credentials = withDefaults(type, data);
	const helper = new HarnessCredentialsHelper([type], { [type.name]: credentials });
	const { request } = type.test;

	const resolveAll = (values: IDataObject | undefined) =>
		<IDataObject>Object.fromEntries(
			Object.entries(values ?? {}).map(([key, value]) => [key, helper.resolve(value, credentials)]),
		);
	let options: IHttpRequestOptions = {
		method: request.method ?? 'GET',
		baseURL: helper.resolve(request.baseURL, credentials) as string,
		url: helper.resolve(request.url ?? '', credentials) as string,
		qs: resolveAll(request.qs),
		headers: resolveAll(request.headers as IDataObject),
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	options = await helper.authenticate(credentials, type.name, options);

	try {
		const response = (await Container.get(OutboundHttp).requests().request(options as never)) as {
			statusCode: number;
			body: unknown;
		};
		if (response.statusCode >= 200 && response.statusCode < 300) {
			return { status: 'OK', message: 'Connection tested successfully', httpStatus: response.statusCode };
		}
		const body = response.body as { error?: string } | undefined;
		return {
			status: 'Error',
			message: `Authorization failed (${response.statusCode}): ${body?.error ?? 'no message'}`,
			httpStatus: response.statusCode,
		};
	} catch (error) {
		return { status: 'Error', message: `Could not connect: ${(error as Error).message}` };
	}
}
