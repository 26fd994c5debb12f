import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filterFields } from '../fields/filterFields';
import type { Endpoint, ListModel, ResourceOperation } from '../model';
import { type ListReading, trackstarApiRequestAllItems, WINDOW_FIELD } from '../transport/paginate';
import { readEmptyFilterPolicy } from '../transport/requestOptions';
import { InvalidValueError } from '../wire/invalidValue';
import { buildListQuery } from '../wire/listFilters';
import { listEndpoint } from './endpoint';
import { listPath } from './records';
import { simplifyField } from './get';
import type { OperationText } from './text';

export function readLimit(value: unknown, noun: string): number {
	const limit = Number(value);
	if (!Number.isInteger(limit) || limit < 1) {
		throw new InvalidValueError(
			'Limit',
			`${String(value)} is not a whole number of 1 or more`,
			`Turn on Return All to read every ${noun}`,
		);
	}
	return limit;
}

/**
 * Where the list takes a `created_date` filter (it never changes once a record exists), a Limit
 * returns the newest records, read back from now, and Return All may read a long list in windows
 * of it. Not with IDs, which make Trackstar ignore filters: Trackstar's order then.
 */
function listReading(model: ListModel, query: IDataObject): ListReading {
	const windowable =
		model.filters.conditions.some((filter) => filter.field === WINDOW_FIELD) &&
		query.ids === undefined;
	return windowable ? { windowField: WINDOW_FIELD, newestFirst: true } : {};
}

/** Return All, and Limit when it is off: how much of a list a Get Many reads. */
export const RETURN_ALL_AND_LIMIT: INodeProperties[] = [
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
];

/** The fields of a Get Many: Return All, Limit, Filters and Simplify, for one list. */
export function listProperties(model: ListModel): INodeProperties[] {
	const { simplify } = model;
	return [
		...(model.scope ?? []),
		...RETURN_ALL_AND_LIMIT,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: filterFields(model.filters),
		},
		...(simplify
			? [
					simplifyField(
						`Whether to return a simplified version of each ${model.noun} (${simplify.keepsInList ?? simplify.keeps}) instead of the raw data`,
					),
				]
			: []),
	];
}

/**
 * Get Many over one list: every filter as `field[op]`, Return All or Limit over `page_token`;
 * `GET <path>`, or the endpoint given for a list under another record.
 */
export function getAllOperation(
	model: ListModel,
	text: OperationText & { value?: string; name?: string; endpoint?: Endpoint },
): ResourceOperation {
	const value = text.value ?? 'getAll';
	return {
		value,
		name: text.name ?? 'Get Many',
		description: text.description,
		action: text.action,
		properties: updateDisplayOptions({ show: { operation: [value] } }, listProperties(model)),
		endpoints: [text.endpoint ?? listEndpoint(model)],
		async execute(itemIndex) {
			const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
			const limit = returnAll
				? undefined
				: readLimit(this.getNodeParameter('limit', itemIndex, 50), model.noun);
			const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const simplified =
				model.simplify && (this.getNodeParameter('simplify', itemIndex, true) as boolean);

			const path = listPath(this, model, itemIndex);
			const query = buildListQuery(
				filters,
				model.filters,
				this.getTimezone(),
				readEmptyFilterPolicy(this, itemIndex),
			);
			const records = await trackstarApiRequestAllItems.call(
				this,
				path,
				query,
				limit,
				itemIndex,
				listReading(model, query),
			);
			return simplified ? records.map(model.simplify!.record) : records;
		},
	};
}
