import { getIntegrationOperation } from './integration.get.operation';
import { getAllIntegrationsOperation } from './integration.getAll.operation';
import type { TrackstarResource } from '../../model';

/**
 * Trackstar's integration catalog (`/integrations`): the systems a customer can connect, of each
 * connection type, with what each reads and writes. The API key is enough.
 */
export const integrationResource: TrackstarResource = {
	value: 'integration',
	displayName: 'Integration',
	defaultOperation: 'getAll',
	operations: [getIntegrationOperation, getAllIntegrationsOperation],
};
