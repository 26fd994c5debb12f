import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import { TRACKSTAR_TRIGGER_DESCRIPTION } from '../shared/nodeDescriptions';
import { decodeSigningSecret } from './svixSignature';
import { receiveDelivery, signingKey, WEBHOOK_CREDENTIAL } from './receiveDelivery';
import { webhookEventOptions } from './webhookEvents';

export class TrackstarTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Trigger',
		name: 'trackstarTrigger',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].join(", ") }}',
		description: TRACKSTAR_TRIGGER_DESCRIPTION,
		defaults: { name: 'Trackstar Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'trackstarWebhookApi', required: true, testedBy: 'trackstarWebhookSigningSecret' },
			{ name: 'trackstarApi', required: false, testedBy: 'trackstarApiKeyAndToken' },
		],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					"Paste this node's Production URL into the Trackstar dashboard (Webhooks, add an endpoint, choose its events), then copy the endpoint's Signing Secret into the credential. Add a Trackstar API credential too, so events too large to send whole are fetched from Trackstar.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: webhookEventOptions,
				required: true,
				default: ['order.created', 'order.updated', 'order.shipment.created'],
				description: 'The events that start the workflow; others are acknowledged and ignored',
			},
		],
	};

	methods = {
		credentialTest: {
			async trackstarWebhookSigningSecret(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				try {
					decodeSigningSecret(String(credential.data?.signingSecret ?? ''));
				} catch (error) {
					return { status: 'Error', message: (error as Error).message };
				}
				return { status: 'OK', message: 'The signing secret has the whsec_ format Svix uses' };
			},
			trackstarApiKeyAndToken,
		},
	};

	// Trackstar has no API to register endpoints: the URL is pasted into its dashboard. Activation
	// therefore registers nothing; it only refuses to start with a signing secret that cannot verify.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const credentials = await this.getCredentials(WEBHOOK_CREDENTIAL);
				signingKey(this, credentials.signingSecret);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}
