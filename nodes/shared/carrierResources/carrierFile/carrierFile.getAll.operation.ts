import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { listProperties, readLimit } from '../../operations/getAll';
import type { ListModel, ResourceOperation } from '../../model';
import { trackstarApiRequestAllItems } from '../../transport/paginate';
import { downloadPresignedUrl } from '../../transport/presignedDownload';
import { readEmptyFilterPolicy } from '../../transport/requestOptions';
import { InvalidValueError } from '../../wire/invalidValue';
import { buildListQuery } from '../../wire/listFilters';
import { carrierFileBinaryMeta } from './carrierFileBinary';

const downloadProperties: INodeProperties[] = [
	{
		displayName: 'Download Files',
		name: 'download',
		type: 'boolean',
		default: false,
		description:
			"Whether to download each file into the item's binary data, from its presigned URL (valid 20 minutes). The URL carries its own signature: the Trackstar credential is not sent with it.",
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show: { download: [true] } },
	},
];

/** Start Time after End Time asks for nothing: refused before the request. */
function checkTimeRange(query: IDataObject) {
	const start = query.start_time;
	const end = query.end_time;
	if (typeof start !== 'string' || typeof end !== 'string') return;
	if (Date.parse(end) >= Date.parse(start)) return;
	throw new InvalidValueError(
		'End Time',
		`${end} is before Start Time ${start}, so no file can match`,
		'Swap the two times, or remove one of them',
	);
}

/**
 * Get Many files: `GET /carrier/files` with Return All or a Limit over `page_token`, each file as
 * Trackstar lists it, and with Download Files its bytes as binary data, fetched from its
 * presigned URL without the credential (transport/presignedDownload.ts).
 */
export function carrierFileGetAllOperation(model: ListModel, note: string): ResourceOperation {
	return {
		value: 'getAll',
		name: 'Get Many',
		description:
			"List the raw invoice files (CSV, PDF) of the carrier connection with their download URLs, the last 24 hours' unless a time range is set; optionally download each as binary data",
		action: 'Get many files',
		properties: updateDisplayOptions({ show: { operation: ['getAll'] } }, [
			...listProperties(model),
			...downloadProperties,
		]),
		endpoints: [{ method: 'GET', path: '/carrier/files', note }],
		async execute(itemIndex) {
			const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
			const limit = returnAll
				? undefined
				: readLimit(this.getNodeParameter('limit', itemIndex, 50), model.noun);
			const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const download = this.getNodeParameter('download', itemIndex, false) as boolean;
			const field = download
				? String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim()
				: '';
			if (download && field === '') {
				throw new InvalidValueError(
					'Put Output File in Field',
					'it is empty',
					'Name the binary field, e.g. data',
				);
			}
			const query = buildListQuery(
				filters,
				model.filters,
				this.getTimezone(),
				readEmptyFilterPolicy(this, itemIndex),
			);
			checkTimeRange(query);
			const files = await trackstarApiRequestAllItems.call(
				this,
				'/carrier/files',
				query,
				limit,
				itemIndex,
			);
			if (!download) return files;
			const withBinary = [];
			for (const file of files) {
				const fileName = typeof file.file_name === 'string' ? file.file_name : 'carrier file';
				const expiresAt =
					typeof file.download_url_expires_at === 'string'
						? file.download_url_expires_at
						: undefined;
				const downloaded = await downloadPresignedUrl(
					this,
					{ url: file.download_url, fileName, expiresAt },
					itemIndex,
				);
				const meta = carrierFileBinaryMeta(file, downloaded.contentType);
				const binary = await this.helpers.prepareBinaryData(
					downloaded.body,
					meta.fileName,
					meta.mimeType,
				);
				withBinary.push({ json: file, binary: { [field]: binary } });
			}
			return { withBinary };
		},
	};
}
