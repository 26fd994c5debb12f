/**
 * A small multipart/form-data parser for the sandbox's uploads: fields as text, files as their
 * name, content type and size (the bytes are not kept: the request log shows what arrived).
 */
export interface MultipartFile {
	field: string;
	file_name: string | null;
	content_type: string | null;
	size: number;
}

export interface MultipartBody {
	multipart: true;
	fields: Record<string, string>;
	files: MultipartFile[];
}

export function isMultipartBody(body: unknown): body is MultipartBody {
	return typeof body === 'object' && body !== null && (body as MultipartBody).multipart === true;
}

/** The boundary of a multipart/form-data content type, or undefined for any other type. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
	if (!contentType || !/^multipart\/form-data/i.test(contentType)) return undefined;
	const match = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/i);
	return match ? (match[1] ?? match[2]).trim() : undefined;
}

function headerParameter(header: string, name: string): string | null {
	const match = header.match(new RegExp(`;\\s*${name}="([^"]*)"`, 'i'));
	return match ? match[1] : null;
}

/** Parses a multipart body; a part with a filename (or a non-text content type) is a file. */
export function parseMultipart(raw: Buffer, boundary: string): MultipartBody {
	const body: MultipartBody = { multipart: true, fields: {}, files: [] };
	const delimiter = Buffer.from(`--${boundary}`);
	let start = raw.indexOf(delimiter);
	while (start !== -1) {
		const partStart = start + delimiter.length;
		if (raw.subarray(partStart, partStart + 2).toString() === '--') break;
		const next = raw.indexOf(delimiter, partStart);
		if (next === -1) break;
		// Each part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
		const part = raw.subarray(partStart + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = part.subarray(0, headerEnd).toString('utf8').split('\r\n');
			const content = part.subarray(headerEnd + 4);
			const disposition = headers.find((line) => /^content-disposition:/i.test(line)) ?? '';
			const type = headers.find((line) => /^content-type:/i.test(line));
			const field = headerParameter(disposition, 'name') ?? '';
			const fileName = headerParameter(disposition, 'filename');
			if (fileName !== null || type !== undefined) {
				body.files.push({
					field,
					file_name: fileName,
					content_type: type ? type.slice(type.indexOf(':') + 1).trim() : null,
					size: content.length,
				});
			} else body.fields[field] = content.toString('utf8');
		}
		start = next;
	}
	return body;
}
