import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/** A write answers `{data: <order>, id, unused_fields}`; anything else is not passed on. */
export function writtenOrder(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
): IDataObject {
	if (typeof response.data !== 'object' || response.data === null || Array.isArray(response.data)) {
		throw new NodeApiError(
			context.getNode(),
			{ id: (response.id as string) ?? null },
			{
				message: `Trackstar's answer holds no order [item ${itemIndex}]`,
				description:
					'The write may have been applied. Check the order in Trackstar before running this item again.',
				itemIndex,
			},
		);
	}
	return response.data as IDataObject;
}
