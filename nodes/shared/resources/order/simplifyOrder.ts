import type { IDataObject } from 'n8n-workflow';

function trackingNumbers(order: IDataObject): string[] {
	const numbers: string[] = [];
	for (const shipment of (order.shipments as IDataObject[] | undefined) ?? []) {
		for (const pkg of (shipment.packages as IDataObject[] | undefined) ?? []) {
			const trackingNumber = pkg.tracking_number;
			if (
				typeof trackingNumber === 'string' &&
				trackingNumber &&
				!numbers.includes(trackingNumber)
			) {
				numbers.push(trackingNumber);
			}
		}
	}
	return numbers;
}

/** The compact order that "Simplify" returns: what a person scans in a list of orders. */
export function simplifyOrder(order: IDataObject): IDataObject {
	const address = (order.ship_to_address as IDataObject | undefined) ?? {};
	const lineItems = (order.line_items as IDataObject[] | undefined) ?? [];
	return {
		id: order.id,
		order_number: order.order_number,
		reference_id: order.reference_id,
		status: order.status,
		type: order.type,
		channel: order.channel,
		warehouse_customer_id: order.warehouse_customer_id,
		warehouse_id: order.warehouse_id,
		created_date: order.created_date,
		updated_date: order.updated_date,
		required_ship_date: order.required_ship_date,
		customer_name: address.full_name,
		ship_to_country: address.country,
		shipping_method_name: order.shipping_method_name,
		invoice_currency_code: order.invoice_currency_code,
		total_price: order.total_price,
		total_tax: order.total_tax,
		total_discount: order.total_discount,
		total_shipping: order.total_shipping,
		line_item_count: lineItems.length,
		unit_count: lineItems.reduce((sum, item) => sum + (Number(item.quantity) || 0), 0),
		tracking_numbers: trackingNumbers(order),
	};
}
