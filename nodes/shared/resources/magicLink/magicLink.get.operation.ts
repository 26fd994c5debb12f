import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { trackstarApiRequest } from '../../transport/request';
import {
	MAGIC_LINKS_PATH,
	magicLinkIdField,
	magicLinkPath,
	NO_URL_IN_ANSWER,
} from './magicLinkFields';

/** Get: `GET /magic-links/{magic_link_id}`, Trackstar's answer as it comes. */
export const getMagicLinkOperation: ResourceOperation = {
	value: 'get',
	name: 'Get',
	description: `Get a magic link by its ID: its expiry, customer and the integrations it offers. Needs only the API key. ${NO_URL_IN_ANSWER}.`,
	action: 'Get a magic link',
	properties: updateDisplayOptions({ show: { operation: ['get'] } }, [magicLinkIdField]),
	endpoints: [{ method: 'GET', path: `${MAGIC_LINKS_PATH}/{magic_link_id}` }],
	identifiedBy: { parameter: 'magicLinkId', field: 'id' },
	async execute(itemIndex) {
		const path = magicLinkPath(this, itemIndex);
		return [await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex)];
	},
};
