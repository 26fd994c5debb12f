import type { TrackstarResource } from '../../model';
import { createMagicLinkOperation } from './magicLink.create.operation';
import { deleteMagicLinkOperation } from './magicLink.delete.operation';
import { getMagicLinkOperation } from './magicLink.get.operation';
import { getAllMagicLinksOperation } from './magicLink.getAll.operation';
import { INTEGRATION_ACTIONS_METHOD, INTEGRATION_NAMES_METHOD } from './magicLinkFields';
import { magicLinkIntegrationActions, magicLinkIntegrationNames } from './magicLinkPickers';

/**
 * Trackstar's magic links (`/magic-links`): links through which a customer connects an
 * integration to your organization, made, read and deleted with the API key alone.
 */
export const magicLinkResource: TrackstarResource = {
	value: 'magicLink',
	displayName: 'Magic Link',
	defaultOperation: 'create',
	operations: [
		createMagicLinkOperation,
		getMagicLinkOperation,
		getAllMagicLinksOperation,
		deleteMagicLinkOperation,
	],
	loadOptions: {
		[INTEGRATION_NAMES_METHOD]: magicLinkIntegrationNames,
		[INTEGRATION_ACTIONS_METHOD]: magicLinkIntegrationActions,
	},
};
