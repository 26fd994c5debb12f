import type { TrackstarResource } from '../model';
import { billResource } from './bill';
import { connectionResource } from './connection';
import { inboundShipmentResource } from './inboundShipment';
import { integrationResource } from './integration';
import { inventoryItemResource } from './inventoryItem';
import { kitResource } from './kit';
import { laborActivityResource } from './laborActivity';
import { magicLinkResource } from './magicLink';
import { orderResource } from './order';
import { passthroughResource } from './passthrough';
import { productResource } from './product';
import { returnResource } from './return';
import { shippingMethodResource } from './shippingMethod';
import { warehouseResource } from './warehouse';
import { warehouseCustomerResource } from './warehouseCustomer';

/** Every resource of the Trackstar node. Adding one: its folder, this line, its tests. */
export const RESOURCES: TrackstarResource[] = [
	orderResource,
	inventoryItemResource,
	productResource,
	kitResource,
	warehouseResource,
	inboundShipmentResource,
	returnResource,
	billResource,
	laborActivityResource,
	shippingMethodResource,
	warehouseCustomerResource,
	connectionResource,
	integrationResource,
	magicLinkResource,
	passthroughResource,
];
