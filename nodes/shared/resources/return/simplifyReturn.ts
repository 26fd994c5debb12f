import type { IDataObject } from 'n8n-workflow';

const latest = (dates: unknown[]): string | null =>
	dates
		.filter((date): date is string => typeof date === 'string')
		.sort()
		.at(-1) ?? null;

/**
 * The compact return that "Simplify" gives: what identifies it, when it arrived, and per line
 * what was expected, received and restocked, which is what a refund or a restock is decided on.
 */
export function simplifyReturn(record: IDataObject): IDataObject {
	const lineItems = (record.line_items as IDataObject[] | undefined) ?? [];
	const shipments = (record.shipments as IDataObject[] | undefined) ?? [];
	return {
		id: record.id,
		status: record.status,
		order_id: record.order_id,
		warehouse_customer_id: record.warehouse_customer_id,
		created_date: record.created_date,
		updated_date: record.updated_date,
		received_date: latest([
			...shipments.map((shipment) => shipment.arrived_date),
			...lineItems.map((line) => line.returned_date),
		]),
		line_items: lineItems.map((line) => ({
			sku: line.sku,
			inventory_item_id: line.inventory_item_id,
			expected_quantity: line.expected_quantity,
			received_quantity: line.received_quantity,
			restocked_quantity: line.restocked_quantity,
			return_reason: line.return_reason,
		})),
		tracking_numbers: shipments
			.map((shipment) => shipment.tracking_number)
			.filter((number) => typeof number === 'string'),
		external_system_url: record.external_system_url,
	};
}
