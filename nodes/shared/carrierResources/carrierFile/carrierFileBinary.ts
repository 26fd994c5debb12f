import type { IDataObject } from 'n8n-workflow';

/** The MIME types of the extensions Trackstar names (csv, pdf); others as the file store says. */
const MIME_TYPES: Record<string, string> = {
	csv: 'text/csv',
	pdf: 'application/pdf',
};

/** The binary data's name and type for a listed file. */
export function carrierFileBinaryMeta(
	file: IDataObject,
	contentType: string | undefined,
): { fileName: string; mimeType: string } {
	const type = typeof file.file_type === 'string' ? file.file_type.toLowerCase() : '';
	const fileName =
		typeof file.file_name === 'string' && file.file_name !== ''
			? file.file_name
			: `carrier-file${type ? `.${type}` : ''}`;
	const mimeType =
		MIME_TYPES[type] ?? contentType?.split(';')[0].trim() ?? 'application/octet-stream';
	return { fileName, mimeType };
}
