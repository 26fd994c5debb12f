import { passthroughOperation } from '../../operations/passthrough';
import type { TrackstarResource } from '../../model';

/**
 * Passthrough (`POST /cart/passthrough`): a request to the connected store's own API, for what
 * Trackstar does not unify. Trackstar supports it for some stores only; the others answer 501.
 */
export const cartPassthroughResource: TrackstarResource = {
	value: 'passthrough',
	displayName: 'Passthrough',
	defaultOperation: 'passthrough',
	operations: [passthroughOperation('/cart', 'store')],
};
