export { searchOrders } from './searchOrders';
export {
	searchChannels,
	searchShippingMethods,
	searchWarehouseCustomers,
	searchWarehouses,
} from './searchReferenceLists';
