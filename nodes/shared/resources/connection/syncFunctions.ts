/** ConnectionResourceSyncSchema's functions, named as the dashboard names the data. */
export const SYNC_FUNCTIONS: Array<[string, string]> = [
	['Bills', 'get_bills'],
	['Inbound Shipments', 'get_inbound_shipments'],
	['Inventory', 'get_inventory'],
	['Inventory Ledger', 'get_inventory_ledger'],
	['Orders', 'get_orders'],
	['Products', 'get_products'],
	['Returns', 'get_returns'],
	['Shipments', 'get_shipments'],
	['Shipping Methods', 'get_shipping_methods'],
	['Warehouse Customers', 'get_warehouse_customers'],
	['Warehouse Locations', 'get_warehouse_locations'],
	['Warehouses', 'get_warehouses'],
];

/** A function's name as the dashboard shows it ("Orders"), or the function itself when unknown. */
export function syncFunctionLabel(functionName: string): string {
	return SYNC_FUNCTIONS.find(([, value]) => value === functionName)?.[0] ?? functionName;
}
