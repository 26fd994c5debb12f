import { billResource } from './bill.resource';
import { connectionResource } from './connection.resource';
import { inboundShipmentResource } from './inboundShipment.resource';
import { inventoryItemResource } from './inventoryItem.resource';
import { kitResource } from './kit.resource';
import { laborActivityResource } from './laborActivity.resource';
import { orderResource } from './order.resource';
import { productResource } from './product.resource';
import type { TrackstarResource } from './resource';
import { returnResource } from './return.resource';
import { shippingMethodResource } from './shippingMethod.resource';
import { warehouseResource } from './warehouse.resource';
import { warehouseCustomerResource } from './warehouseCustomer.resource';

/** Every resource of the Trackstar node. Adding one: its .resource.ts file, this line, its tests. */
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
];
