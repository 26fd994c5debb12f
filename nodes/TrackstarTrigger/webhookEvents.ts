import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Trackstar's webhook events by the kind of connection that sends them, each spelled as its docs
 * page names it (docs/trackstar-api/pages/how-to-guides/webhooks/).
 */
const EVENTS_BY_CONNECTION_TYPE: Record<string, Array<[event: string, description: string]>> = {
	Carrier: [
		['carrier-invoice-line-item.created', 'A line item of a carrier invoice is created'],
		['carrier-invoice-line-item.updated', 'A line item of a carrier invoice is updated'],
	],
	Cart: [
		['cart-order.cart-shipment.created', 'A shipment is created for an order in the store'],
		['cart-order.created', 'An order is created in the store'],
		['cart-order.updated', 'An order is updated in the store'],
		['cart-product.created', 'A product is created in the store'],
		['cart-product.updated', 'A product is updated in the store'],
		['cart-warehouse.created', 'A warehouse is created in the store'],
		['cart-warehouse.updated', 'A warehouse is updated in the store'],
	],
	Connection: [
		['connection.created', 'A connection is created'],
		['connection.deleted', 'A connection is deleted'],
		['connection.historical-sync-completed', 'The historical sync of a resource completes'],
		['connection-error.created', 'A connection error is created'],
		['connection-error.deleted', 'A connection error is resolved'],
		['connection-error.updated', 'A connection error is updated'],
	],
	Freight: [
		['freight-shipment.created', 'A freight shipment is created'],
		['freight-shipment.updated', 'A freight shipment is updated'],
	],
	WMS: [
		['bill.created', 'A bill is created'],
		['bill.updated', 'A bill is updated'],
		['inbound-shipment.created', 'An inbound shipment is created'],
		['inbound-shipment.receipt.created', 'A receipt is created for an inbound shipment'],
		['inbound-shipment.updated', 'An inbound shipment is updated'],
		['inventory.created', 'An inventory item is created'],
		['inventory.updated', 'An inventory item is updated'],
		['inventory_ledger.created', 'An inventory ledger entry is created'],
		['inventory_ledger.updated', 'An inventory ledger entry is updated'],
		['labor_activity.created', 'A labor activity is created'],
		['labor_activity.updated', 'A labor activity is updated'],
		['order.created', 'An order is created'],
		['order.shipment.created', 'A shipment is created for an order'],
		['order.updated', 'An order is updated'],
		['product.created', 'A product is created'],
		['product.updated', 'A product is updated'],
		['return.created', 'A return is created'],
		['return.updated', 'A return is updated'],
		['shipping-method.created', 'A shipping method is created'],
		['shipping-method.updated', 'A shipping method is updated'],
		['warehouse.created', 'A warehouse is created'],
		['warehouse.updated', 'A warehouse is updated'],
		['warehouse-customer.created', 'A warehouse customer is created'],
		['warehouse-customer.updated', 'A warehouse customer is updated'],
		['warehouse-location.created', 'A warehouse location is created'],
		['warehouse-location.updated', 'A warehouse location is updated'],
	],
};

/**
 * One flat list, as n8n's options have no groups: the connection type leads each name, so sorted
 * by name (as n8n sorts) the events of one type stand together, and typing "cart" finds them.
 */
export const webhookEventOptions: INodePropertyOptions[] = Object.entries(EVENTS_BY_CONNECTION_TYPE)
	.flatMap(([connectionType, events]) =>
		events.map(([value, description]) => ({
			name: `${connectionType}: ${value}`,
			value,
			description,
		})),
	)
	.sort((a, b) => a.name.localeCompare(b.name));
