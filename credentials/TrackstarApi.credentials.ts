import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

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
			required: true,
			default: '',
			description:
				"The access token of one connection (a WMS for the Trackstar node, a store for Trackstar Cart; the Polling Trigger takes either, for its resources of that type), shown on the connection's page in the Trackstar dashboard (the Sandbox connection's token works for testing). Sent as x-trackstar-access-token.",
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
}
