import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RecordLookup } from '../fields/recordLookup';
import type { RecordModel } from '../model';
import { trackstarApiRequest } from '../transport/request';

/** Matches read for one lookup: enough to name the records an ambiguous number matches. */
const LOOKUP_LIMIT = 10;

interface LocatorValue {
	mode: string;
	value: unknown;
}

function isLocator(value: unknown): value is LocatorValue {
	return typeof value === 'object' && value !== null && 'mode' in value;
}

/** The item's lookup mode and the number typed in it, or undefined for an ID. */
export function lookupOf(
	context: IExecuteFunctions,
	model: RecordModel,
	itemIndex: number,
): { lookup: RecordLookup; number: string } | undefined {
	const given = context.getNodeParameter(model.idField.name, itemIndex, '', {
		extractValue: false,
	});
	if (!isLocator(given)) return undefined;
	const lookup = model.lookups?.find((candidate) => candidate.mode === given.mode);
	if (lookup === undefined) return undefined;
	const number = String(given.value ?? '').trim();
	if (number === '') {
		throw new NodeOperationError(
			context.getNode(),
			`${model.idField.displayName} ${lookup.displayName}: no ${lookup.label} given`,
			{
				description: `Type the ${model.noun}'s ${lookup.label}, or map it, e.g. {{ $json.${lookup.field} }}`,
				itemIndex,
			},
		);
	}
	return { lookup, number };
}

/** The records whose `lookup` field is exactly `value` (up to LOOKUP_LIMIT), and whether there are more. */
export async function recordsWith(
	context: IExecuteFunctions,
	model: RecordModel,
	lookup: RecordLookup,
	value: string,
	itemIndex: number,
): Promise<{ matches: IDataObject[]; more: boolean }> {
	const response = await trackstarApiRequest.call(
		context,
		{
			method: 'GET',
			path: model.path,
			qs: { [`${lookup.field}[eq]`]: value, limit: LOOKUP_LIMIT },
		},
		itemIndex,
	);
	return {
		matches: Array.isArray(response.data) ? (response.data as IDataObject[]) : [],
		more: typeof response.next_token === 'string' && response.next_token !== '',
	};
}

const describeMatch = (record: IDataObject) =>
	[record.status, typeof record.created_date === 'string' ? `created ${record.created_date}` : '']
		.filter((part) => typeof part === 'string' && part !== '')
		.join(', ');

/**
 * The Trackstar ID of the one record whose number is exactly the one typed, read from the list
 * endpoint (`<field>[eq]`). No match, or more than one, is an error: acting on a guess could
 * change the wrong record.
 */
export async function lookUpRecordId(
	context: IExecuteFunctions,
	model: RecordModel,
	itemIndex: number,
	{ lookup, number }: { lookup: RecordLookup; number: string },
): Promise<string> {
	const { matches, more } = await recordsWith(context, model, lookup, number, itemIndex);
	const quoted = JSON.stringify(number);
	if (matches.length === 0) {
		throw new NodeOperationError(
			context.getNode(),
			`No ${model.noun} has ${lookup.label} ${quoted}`,
			{
				description: `Trackstar matches the ${lookup.label} exactly, case included, among this connection's ${model.plural}. Check it, or pick the ${model.noun} From List.`,
				itemIndex,
			},
		);
	}
	if (matches.length > 1) {
		const count = more ? `More than ${matches.length}` : String(matches.length);
		const named = matches
			.map((record) => {
				const about = describeMatch(record);
				return `${String(record.id)}${about === '' ? '' : ` (${about})`}`;
			})
			.join('; ');
		throw new NodeOperationError(
			context.getNode(),
			`${count} ${model.plural} have ${lookup.label} ${quoted}`,
			{
				description: `Acting on one of them could change the wrong ${model.noun}. Choose it By ID: ${named}`,
				itemIndex,
			},
		);
	}
	return String(matches[0].id ?? '');
}
