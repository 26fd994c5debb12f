import { inboundShipmentResource } from './inboundShipment.resource';
import { inventoryItemResource } from './inventoryItem.resource';
import { orderResource } from './order.resource';
import { productResource } from './product.resource';
import type { TrackstarResource } from './resource';
import { shippingMethodResource } from './shippingMethod.resource';
import { warehouseResource } from './warehouse.resource';
import { warehouseCustomerResource } from './warehouseCustomer.resource';

/** Every resource of the Trackstar node. Adding one: its .resource.ts file, this line, its tests. */
export const RESOURCES: TrackstarResource[] = [
	orderResource,
	inventoryItemResource,
	productResource,
	warehouseResource,
	shippingMethodResource,
	warehouseCustomerResource,
	inboundShipmentResource,
];
