import type { TrackstarResource } from '../model';
import { cartOrderResource } from './cartOrder';
import { cartPassthroughResource } from './cartPassthrough';
import { cartProductResource } from './cartProduct';
import { cartWarehouseResource } from './cartWarehouse';

/**
 * Every resource of the Trackstar Cart node: what a cart connection's access token can read and
 * write (`/cart/...`). Adding one: its folder, this line, its tests.
 */
export const CART_RESOURCES: TrackstarResource[] = [
	cartOrderResource,
	cartProductResource,
	cartWarehouseResource,
	cartPassthroughResource,
];
