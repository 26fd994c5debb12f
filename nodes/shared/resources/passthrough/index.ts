import { passthroughOperation } from '../../operations/passthrough';
import type { TrackstarResource } from '../../model';

/**
 * Passthrough (`POST /wms/passthrough`): a request to the connected WMS's own API, for what
 * Trackstar does not unify. Trackstar supports it for some WMSs only; the others answer 501.
 */
export const passthroughResource: TrackstarResource = {
	value: 'passthrough',
	displayName: 'Passthrough',
	defaultOperation: 'passthrough',
	operations: [passthroughOperation('/wms', 'WMS')],
};
