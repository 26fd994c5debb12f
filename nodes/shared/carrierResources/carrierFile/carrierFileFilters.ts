import type { ListFilters } from '../../wire/listFilters';

/**
 * GET /carrier/files's filters, as Trackstar's carrier invoice guide documents them
 * (use-cases/carrier-invoice-data.mdx): a time range and the file's type and name, each sent bare.
 * Files have no IDs, and without a range Trackstar answers the last 24 hours' files.
 */
export const CARRIER_FILE_LIST_FILTERS: ListFilters = {
	conditions: [],
	equals: [
		{
			key: 'startTime',
			field: 'start_time',
			label: 'Start Time',
			kind: 'date',
			description:
				'Files generated from this time on. Without Start Time and End Time, Trackstar lists the files of the last 24 hours',
		},
		{
			key: 'endTime',
			field: 'end_time',
			label: 'End Time',
			kind: 'date',
			description: 'Files generated up to this time',
		},
		{
			key: 'fileType',
			field: 'file_type',
			label: 'File Type',
			description: 'Only files of this extension, e.g. csv or pdf',
		},
		{
			key: 'fileName',
			field: 'file_name',
			label: 'File Name',
			description: 'Only the file of this name, as Trackstar lists it',
		},
	],
};
