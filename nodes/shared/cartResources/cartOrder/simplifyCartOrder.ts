import type { IDataObject } from 'n8n-workflow';

/** Every shipment's tracking number, once each. */
function trackingNumbers(order: IDataObject): string[] {
	const shipments = (order.shipments as IDataObject[] | undefined) ?? [];
	const numbers = shipments
		.map((shipment) => shipment.tracking_number)
		.filter((number): number is string => typeof number === 'string' && number !== '');
	return [...new Set(numbers)];
}

/** The compact cart order that "Simplify" returns: what a person scans in a list of orders. */
export function simplifyCartOrder(order: IDataObject): IDataObject {
	const address = (order.ship_to_address as IDataObject | undefined) ?? {};
	const lineItems = (order.line_items as IDataObject[] | undefined) ?? [];
	return {
		id: order.id,
		order_number: order.order_number,
		status: order.status,
		raw_status: order.raw_status,
		created_date: order.created_date,
		updated_date: order.updated_date,
		customer_name: address.full_name,
		ship_to_country: address.country,
		requested_shipping_method: order.requested_shipping_method,
		invoice_currency_code: order.invoice_currency_code,
		total_price: order.total_price,
		total_tax: order.total_tax,
		total_discount: order.total_discount,
		total_shipping: order.total_shipping,
		line_item_count: lineItems.length,
		unit_count: lineItems.reduce((sum, item) => sum + (Number(item.quantity) || 0), 0),
		tracking_numbers: trackingNumbers(order),
		external_system_url: order.external_system_url,
	};
}
