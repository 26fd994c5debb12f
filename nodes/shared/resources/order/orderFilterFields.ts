import type { INodeProperties } from 'n8n-workflow';

import { filterFields } from '../../fields/filterFields';
import { ORDER_LIST_FILTERS } from './orderFilters';

/** The options of Get Many's Filters collection (and the Orders Trigger's), sorted by name. */
export const orderFilterFields: INodeProperties[] = filterFields(ORDER_LIST_FILTERS);
