import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { trackstarApiRequest } from '../../transport/request';
import { serverNow } from '../../transport/serverClock';
import { buildMagicLinkBody } from './magicLinkBody';
import {
	INTEGRATION_ACTIONS_METHOD,
	INTEGRATION_NAMES_METHOD,
	MAGIC_LINKS_PATH,
	magicLinkIntegrationTypeField,
	NO_URL_IN_ANSWER,
} from './magicLinkFields';
import { linksThisCreateMayHaveMade, readBackNote } from './magicLinkReadBack';

const fromCatalog = (method: string): INodeProperties['typeOptions'] => ({
	loadOptionsMethod: method,
	loadOptionsDependsOn: ['integrationType'],
});

const properties: INodeProperties[] = [
	{
		displayName: `${NO_URL_IN_ANSWER}.`,
		name: 'magicLinkNoUrlNotice',
		type: 'notice',
		default: '',
	},
	magicLinkIntegrationTypeField,
	{
		displayName: 'Link Duration (Days)',
		name: 'linkDuration',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 7,
		description: 'How many days the link stays valid (link_duration)',
	},
	{
		displayName: 'Customer ID',
		name: 'customerId',
		type: 'string',
		default: '',
		placeholder: 'e.g. acme-apparel',
		description:
			'Your own identifier for the customer the link is for (customer_id); the connection made through it carries it',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Connection ID to Reinstall',
				name: 'connectionId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 07b344db-0304-4866-9ae1-ac8af5292a28',
				description:
					'An existing connection whose credentials the customer renews through the link, instead of making a new connection (connection_id)',
			},
			{
				displayName: 'Integration Allow List Names or IDs',
				name: 'integrationAllowList',
				type: 'multiOptions',
				typeOptions: fromCatalog(INTEGRATION_NAMES_METHOD),
				default: [],
				description:
					'Only these integrations are offered (integration_allow_list); one skips the choice. Not with the block list or the actions. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Integration Block List Names or IDs',
				name: 'integrationBlockList',
				type: 'multiOptions',
				typeOptions: fromCatalog(INTEGRATION_NAMES_METHOD),
				default: [],
				description:
					'These integrations are not offered (integration_block_list). Not with the allow list. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Only Integrations With Action Names or IDs',
				name: 'integrationsWithEndpoints',
				type: 'multiOptions',
				typeOptions: fromCatalog(INTEGRATION_ACTIONS_METHOD),
				default: [],
				description:
					'Only integrations that support all these actions are offered, e.g. get_returns (integrations_with_endpoints). Not with the allow list. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];

/**
 * Create: `POST /magic-links`, a link through which a customer connects an integration. Sent
 * once: Trackstar documents no Idempotency-Key for it, and a second request makes a second link;
 * after a lost answer or a 5xx the error says which links Trackstar now lists with its settings.
 */
export const createMagicLinkOperation: ResourceOperation = {
	value: 'create',
	name: 'Create',
	description: `Create a magic link through which a customer connects their WMS, store or freight forwarder to your organization. Needs only the API key. ${NO_URL_IN_ANSWER}.`,
	action: 'Create a magic link',
	properties: updateDisplayOptions({ show: { operation: ['create'] } }, properties),
	endpoints: [
		{ method: 'POST', path: MAGIC_LINKS_PATH },
		{
			method: 'GET',
			path: MAGIC_LINKS_PATH,
			when: 'only after a lost answer or a 5xx, to say what Trackstar holds',
		},
	],
	identifiedBy: { parameter: 'customerId', field: 'customer_id' },
	async execute(itemIndex) {
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const body = buildMagicLinkBody({
			integrationType: this.getNodeParameter('integrationType', itemIndex, 'wms'),
			linkDuration: this.getNodeParameter('linkDuration', itemIndex, 7),
			customerId: this.getNodeParameter('customerId', itemIndex, ''),
			connectionId: fields.connectionId,
			integrationAllowList: fields.integrationAllowList,
			integrationBlockList: fields.integrationBlockList,
			integrationsWithEndpoints: fields.integrationsWithEndpoints,
		});
		const sentAt = Date.now();
		const customer =
			typeof body.customer_id === 'string' ? ` for customer "${body.customer_id}"` : '';
		const answer = await trackstarApiRequest.call(
			this,
			{
				method: 'POST',
				path: MAGIC_LINKS_PATH,
				body,
				appliedCheck: `a new magic link${customer} (Magic Link → Get Many)`,
				readBack: async () => {
					const list = await trackstarApiRequest.call(
						this,
						{ method: 'GET', path: MAGIC_LINKS_PATH },
						itemIndex,
					);
					const links = Array.isArray(list.magic_links) ? (list.magic_links as IDataObject[]) : [];
					// Trackstar's clock (the read-back's Date header), less the time since the create left.
					const now = serverNow(this);
					const found = linksThisCreateMayHaveMade(links, body, now - (Date.now() - sentAt), now);
					return { note: readBackNote(found, body) };
				},
			},
			itemIndex,
		);
		// Unchanged: whatever Trackstar adds beyond its documented fields (a URL) reaches the user.
		return [answer];
	},
};
