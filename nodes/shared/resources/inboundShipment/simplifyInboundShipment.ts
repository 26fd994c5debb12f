import type { IDataObject } from 'n8n-workflow';

const sum = (lines: IDataObject[], field: string) =>
	lines.reduce((total, line) => total + (typeof line[field] === 'number' ? line[field] : 0), 0);

/** The compact inbound shipment that "Simplify" returns: what identifies it, where and when it arrives, how much of it came. */
export function simplifyInboundShipment(shipment: IDataObject): IDataObject {
	const lines = (shipment.line_items as IDataObject[] | undefined) ?? [];
	const supplier = shipment.supplier_object as IDataObject | null | undefined;
	return {
		id: shipment.id,
		purchase_order_number: shipment.purchase_order_number,
		status: shipment.status,
		warehouse_id: shipment.warehouse_id,
		warehouse_customer_id: shipment.warehouse_customer_id,
		supplier_name: supplier?.supplier_name ?? shipment.supplier ?? null,
		expected_arrival_date: shipment.expected_arrival_date,
		updated_date: shipment.updated_date,
		line_item_count: lines.length,
		expected_quantity: sum(lines, 'expected_quantity'),
		received_quantity: sum(lines, 'received_quantity'),
		tracking_numbers: shipment.tracking_numbers,
		external_system_url: shipment.external_system_url,
	};
}
