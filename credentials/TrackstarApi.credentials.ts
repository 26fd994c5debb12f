import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

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
			required: true,
			default: '',
			description:
				"The access token of one WMS connection, shown on the connection's page in the Trackstar dashboard (the Sandbox connection's token works for testing). Sent as x-trackstar-access-token.",
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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'x-trackstar-api-key': '={{$credentials.apiKey}}',
				'x-trackstar-access-token': '={{$credentials.accessToken}}',
			},
		},
	};

	// One order from the connection: checks the key and the token together, at the cost of one read.
	test: ICredentialTestRequest = {
		request: {
			// As the nodes read it: trimmed, without a trailing slash, the default when emptied.
			baseURL: "={{ ($credentials.baseUrl || '').trim().replace(/\\/+$/, '') || 'https://production.trackstarhq.com' }}",
			url: '/wms/orders',
			qs: { limit: 1 },
		},
	};
}
