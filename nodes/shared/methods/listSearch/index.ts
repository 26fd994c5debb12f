export { searchOrders } from './searchOrders';
export {
	searchChannels,
	searchShippingMethods,
	searchWarehouseCustomers,
	searchWarehouses,
} from './searchReferenceLists';
export { searchInventoryItems, searchLocations, searchProducts } from './searchCatalog';
export { searchInboundShipments, searchSuppliers } from './searchInbound';
export {
	searchBills,
	searchKits,
	searchLaborActivities,
	searchReturns,
} from './searchReturnsAndBills';
export { searchCartOrders, searchCartProducts, searchCartWarehouses } from './searchCart';
export { searchFreightShipments } from './searchFreight';
export { searchInvoiceLineItems } from './searchCarrier';
