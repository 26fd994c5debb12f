import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequestAllItems } from '../../shared/transport/paginate';
import { InvalidValueError } from '../../shared/wire/invalidValue';
import { buildOrderListQuery } from '../../shared/wire/orderFilters';
import { simplifyOrder } from '../../shared/wire/simplifyOrder';
import { orderFilterFields } from '../fields/orderFilters';

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: orderFilterFields,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of each order (IDs, numbers, status, dates, customer, channel, type, totals, line item count, tracking numbers) instead of the raw data',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['getAll'] } }, properties);

function readLimit(value: unknown): number {
	const limit = Number(value);
	if (!Number.isInteger(limit) || limit < 1) {
		throw new InvalidValueError('Limit', `${String(value)} is not a whole number of 1 or more`, 'Turn on Return All to read every order');
	}
	return limit;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : readLimit(this.getNodeParameter('limit', itemIndex, 50));
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	const query = buildOrderListQuery(filters, this.getTimezone());
	const orders = await trackstarApiRequestAllItems.call(this, '/wms/orders', query, limit, itemIndex);
	return simplify ? orders.map(simplifyOrder) : orders;
}
