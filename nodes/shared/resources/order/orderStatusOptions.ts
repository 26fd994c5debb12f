import type { INodePropertyOptions } from 'n8n-workflow';

import { ORDER_STATUS_VALUES, ORDER_TYPE_VALUES } from './orderFilters';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

export const orderStatusOptions: INodePropertyOptions[] = [...ORDER_STATUS_VALUES].sort(byName);

export const orderTypeOptions: INodePropertyOptions[] = [...ORDER_TYPE_VALUES].sort(byName);
