import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

// No declarative `test`: it sees only status codes, and n8n would run it instead of the nodes'
// `testedBy` method (trackstarApiKeyAndToken), which says which of the two keys Trackstar refused.
export class TrackstarApi implements ICredentialType {
	name = 'trackstarApi';

	displayName = 'Trackstar API';

	documentationUrl = 'https://github.com/trackstar-n8n/n8n-nodes-trackstar#credentials';

	icon: Icon = { light: 'file:../icons/trackstar.svg', dark: 'file:../icons/trackstar.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"Your organization's API key, from the Trackstar dashboard's API Keys page. Sent as x-trackstar-api-key.",
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"The access token of one connection: a WMS, store, freight forwarder or carrier connection, shown on its page in the Trackstar dashboard (the Sandbox connection's token works for testing). Each Trackstar node works with its type's token (the Trackstar node a WMS's, Trackstar Cart a store's, Trackstar Freight a freight forwarder's, Trackstar Carrier a carrier's; the Polling Trigger any, for its resources of that type). Leave it empty for the admin operations Magic Link and Integration, which need only the API key. Sent as x-trackstar-access-token.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://production.trackstarhq.com',
			description:
				"Trackstar's API address. Change it only to go through a proxy or to a local sandbox.",
		},
	];

	/**
	 * The API key on every request, the access token only when the credential has one: a generic
	 * `authenticate` would send an empty x-trackstar-access-token header for an API-key-only
	 * credential (n8n sets every header it lists, empty or not).
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const accessToken = String(credentials.accessToken ?? '').trim();
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				'x-trackstar-api-key': String(credentials.apiKey ?? '').trim(),
				...(accessToken === '' ? {} : { 'x-trackstar-access-token': accessToken }),
			},
		};
	}
}
