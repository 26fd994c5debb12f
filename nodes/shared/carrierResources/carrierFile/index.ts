import type { ListModel, TrackstarResource } from '../../model';
import { carrierFileGetAllOperation } from './carrierFile.getAll.operation';
import { CARRIER_FILE_LIST_FILTERS } from './carrierFileFilters';

/**
 * The carrier's raw invoice documents (`/carrier/files`): CSVs or PDFs as the carrier delivered
 * them, each with a presigned download URL that expires after 20 minutes.
 */
export const CARRIER_FILE: ListModel = {
	noun: 'file',
	plural: 'files',
	path: '/carrier/files',
	filters: CARRIER_FILE_LIST_FILTERS,
};

export const carrierFileResource: TrackstarResource = {
	value: 'file',
	displayName: 'File',
	defaultOperation: 'getAll',
	operations: [
		carrierFileGetAllOperation(
			CARRIER_FILE,
			"Not in the OpenAPI document; Trackstar's docs: api-reference/carrier-api/files/get.mdx",
		),
	],
};
