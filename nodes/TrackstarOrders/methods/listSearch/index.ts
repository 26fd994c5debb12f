import { searchChannels } from './searchChannels';
import { searchOrders } from './searchOrders';
import { searchShippingMethods } from './searchShippingMethods';
import { searchWarehouseCustomers } from './searchWarehouseCustomers';

/** The node's `methods.listSearch`: the "From List" pickers of its resource locators. */
export const listSearch = { searchChannels, searchOrders, searchShippingMethods, searchWarehouseCustomers };
