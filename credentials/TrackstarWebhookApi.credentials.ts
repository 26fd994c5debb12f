import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

export class TrackstarWebhookApi implements ICredentialType {
	name = 'trackstarWebhookApi';

	displayName = 'Trackstar Webhook API';

	documentationUrl = 'https://github.com/trackstar-n8n/n8n-nodes-trackstar#trackstar-webhook-api';

	icon: Icon = { light: 'file:../icons/trackstar.svg', dark: 'file:../icons/trackstar.dark.svg' };

	properties: INodeProperties[] = [
		{
			displayName: 'Signing Secret',
			name: 'signingSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'whsec_...',
			description:
				"The signing secret of the webhook endpoint, shown on the endpoint's page in the Trackstar dashboard's Webhooks section. Starts with whsec_.",
		},
	];
}
