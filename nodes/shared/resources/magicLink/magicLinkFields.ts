import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { pathSegment } from '../../transport/request';
import { INTEGRATION_TYPE_OPTIONS } from '../integration/integrationType';

export const MAGIC_LINKS_PATH = '/magic-links';

/** The option lists of Create's integration fields (magicLinkPickers.ts). */
export const INTEGRATION_NAMES_METHOD = 'magicLinkIntegrationNames';
export const INTEGRATION_ACTIONS_METHOD = 'magicLinkIntegrationActions';

/** What Trackstar's documented answer holds, said wherever a user might look for a link to send. */
export const NO_URL_IN_ANSWER =
	"Trackstar's documented answer holds the magic link's ID, expiry and settings, but no URL to send: the node outputs the answer exactly as Trackstar gives it, so a URL appears only if Trackstar adds one";

export const magicLinkIntegrationTypeField: INodeProperties = {
	displayName: 'Integration Type',
	name: 'integrationType',
	type: 'options',
	// Trackstar's magic links take every connection type but carrier (MagicLinkInputSchema).
	options: INTEGRATION_TYPE_OPTIONS.filter((option) => option.value !== 'carrier'),
	default: 'wms',
	description: 'What the customer connects through the link (integration_type)',
};

export const magicLinkIdField: INodeProperties = {
	displayName: 'Magic Link ID',
	name: 'magicLinkId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. c0a4fef52f664ecf9e766c16811c3289',
	description: "The magic link's ID, as Create and Get Many give it",
};

/** `/magic-links/{magic_link_id}` for this item, its ID percent-encoded. */
export function magicLinkPath(context: IExecuteFunctions, itemIndex: number): string {
	const id = pathSegment(
		String(context.getNodeParameter('magicLinkId', itemIndex, '')),
		'Magic Link ID',
		context,
		itemIndex,
		'a Magic Link → Get Many step',
	);
	return `${MAGIC_LINKS_PATH}/${id}`;
}
