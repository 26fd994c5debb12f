import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { RETURN_ALL_AND_LIMIT } from '../../operations/getAll';
import { trackstarApiRequest } from '../../transport/request';
import { toNumber } from '../../wire/values';
import { MAGIC_LINKS_PATH } from './magicLinkFields';

/** Get Many: `GET /magic-links`, one item per link, in Trackstar's order (the list has no pages). */
export const getAllMagicLinksOperation: ResourceOperation = {
	value: 'getAll',
	name: 'Get Many',
	description:
		"List your organization's magic links, each with its expiry, customer and the integrations it offers, in Trackstar's order. Needs only the API key.",
	action: 'Get many magic links',
	properties: updateDisplayOptions({ show: { operation: ['getAll'] } }, RETURN_ALL_AND_LIMIT),
	endpoints: [{ method: 'GET', path: MAGIC_LINKS_PATH }],
	async execute(itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll
			? Infinity
			: (toNumber(this.getNodeParameter('limit', itemIndex, 50), 'Limit', {
					integer: true,
					min: 1,
				}) ?? 50);
		const answer = await trackstarApiRequest.call(
			this,
			{ method: 'GET', path: MAGIC_LINKS_PATH },
			itemIndex,
		);
		if (!Array.isArray(answer.magic_links)) {
			throw new NodeOperationError(
				this.getNode(),
				"Trackstar's answer holds no list of magic links",
				{
					description: `GET ${MAGIC_LINKS_PATH} answered without magic_links, which Trackstar documents. If it persists, contact Trackstar support.`,
					itemIndex,
				},
			);
		}
		return (answer.magic_links as IDataObject[]).slice(0, limit);
	},
};
