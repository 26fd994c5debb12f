import type { NodeApiError } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { trackstarApiRequest } from '../../transport/request';
import { MAGIC_LINKS_PATH, magicLinkIdField, magicLinkPath } from './magicLinkFields';

/**
 * Delete: `DELETE /magic-links/{magic_link_id}`, once the link is read. Deleting twice ends the
 * same, so a lost answer is retried; a retry refused then is a deletion only if the link, which the
 * first read found, now reads 404.
 */
export const deleteMagicLinkOperation: ResourceOperation = {
	value: 'delete',
	name: 'Delete',
	description:
		'Delete a magic link, so it no longer lets a customer connect. Reads it first, so a wrong ID deletes nothing. Needs only the API key.',
	action: 'Delete a magic link',
	properties: updateDisplayOptions({ show: { operation: ['delete'] } }, [magicLinkIdField]),
	endpoints: [
		{ method: 'GET', path: `${MAGIC_LINKS_PATH}/{magic_link_id}`, when: 'first: that it exists' },
		{ method: 'DELETE', path: `${MAGIC_LINKS_PATH}/{magic_link_id}` },
	],
	identifiedBy: { parameter: 'magicLinkId', field: 'id' },
	async execute(itemIndex) {
		const path = magicLinkPath(this, itemIndex);
		// A 404 here fails the item before anything is deleted.
		await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
		const id = decodeURIComponent(path.slice(MAGIC_LINKS_PATH.length + 1));
		const answer = await trackstarApiRequest.call(
			this,
			{
				method: 'DELETE',
				path,
				appliedCheck: `magic link ${id} (Magic Link → Get)`,
				// An earlier attempt lost its answer and the retry was refused: deleted if now gone.
				confirmApplied: async () => {
					const gone = await trackstarApiRequest
						.call(this, { method: 'GET', path }, itemIndex)
						.then(
							() => false,
							(error: unknown) => (error as NodeApiError).httpCode === '404',
						);
					if (!gone) return undefined;
					this.addExecutionHints({
						type: 'info',
						location: 'outputPane',
						message: `Item ${itemIndex}: the answer to deleting magic link ${id} was lost; Trackstar then had no such link, which it had just before: it is deleted.`,
					});
					return { id, object: 'magic_link', deleted: true };
				},
			},
			itemIndex,
		);
		return [answer];
	},
};
