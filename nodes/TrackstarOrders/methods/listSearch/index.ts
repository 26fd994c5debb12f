import { searchOrders } from './searchOrders';
import { searchChannels, searchShippingMethods, searchWarehouseCustomers, searchWarehouses } from './searchReferenceLists';

/** The node's `methods.listSearch`: the "From List" pickers of its resource locators. */
export const listSearch = {
	searchChannels,
	searchOrders,
	searchShippingMethods,
	searchWarehouseCustomers,
	searchWarehouses,
};
