/**
 * GET /carrier/files and the file store behind its download URLs. The list takes what Trackstar's
 * carrier guide documents (use-cases/carrier-invoice-data.mdx), each bare: `start_time`,
 * `end_time`, `file_type`, `file_name`; without a time, the files generated in the 24 hours before
 * the clock's now. Each file comes with a presigned URL on the sandbox's file store
 * (`/carrier-files/...`, signed like S3's, valid 20 minutes of the clock), which takes no
 * Trackstar header: its signature is its credential.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import type { Reply, SandboxRequest } from '../http';
import { headerValue } from '../http';
import { parseListQuery } from '../filters';
import type { FilterFieldSpec } from '../filters';
import { paginate } from '../pagination';
import { pageReply, validationReply } from '../resources/common';
import { toTrackstarDate } from '../types';
import type { CarrierFile, StoredCarrierFile } from './carrierTypes';

/** Trackstar's download URLs expire after 20 minutes (files/info.mdx). */
export const DOWNLOAD_URL_SECONDS = 20 * 60;
/** Without a time range, the files of the last 24 hours (use-cases/carrier-invoice-data.mdx). */
const DEFAULT_WINDOW_MS = 24 * 3_600_000;
/** Where the file store answers, beside the API: a path no Trackstar route uses. */
export const FILE_STORE_PATH = '/carrier-files';
const SIGNING_SECRET = 'sandbox-file-store-signing-secret';

const FILE_FIELDS: Record<string, FilterFieldSpec> = {
	start_time: { kind: 'date', operators: ['eq'] },
	end_time: { kind: 'date', operators: ['eq'] },
	file_type: { kind: 'text', operators: ['eq'] },
	file_name: { kind: 'text', operators: ['eq'] },
};

/** `X-Amz-Date`'s format: 20261120T120000Z. */
const amzDate = (ms: number) => toTrackstarDate(ms).replace(/[-:]/g, '');

function signature(fileName: string, date: string): string {
	return createHmac('sha256', SIGNING_SECRET)
		.update(`${fileName}\n${date}\n${DOWNLOAD_URL_SECONDS}`)
		.digest('hex');
}

/** The file as the list answers it, with a download URL signed now, on the host the client called. */
function listed(file: StoredCarrierFile, request: SandboxRequest, nowMs: number): CarrierFile {
	const host = headerValue(request, 'host') ?? '127.0.0.1';
	const date = amzDate(nowMs);
	const query = new URLSearchParams({
		'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
		'X-Amz-Date': date,
		'X-Amz-Expires': String(DOWNLOAD_URL_SECONDS),
		'X-Amz-Signature': signature(file.file_name, date),
	});
	return {
		file_name: file.file_name,
		generated_time: file.generated_time,
		file_type: file.file_type,
		download_url: `http://${host}${FILE_STORE_PATH}/${encodeURIComponent(file.file_name)}?${query}`,
		download_url_expires_at: toTrackstarDate(nowMs + DOWNLOAD_URL_SECONDS * 1000),
	};
}

/** GET /carrier/files: one page of the files the query selects, newest last, as generated. */
export function listCarrierFiles(
	files: readonly StoredCarrierFile[],
	request: SandboxRequest,
	clock: () => Date,
): Reply {
	const parsed = parseListQuery(request.queryEntries, FILE_FIELDS);
	if (!parsed.ok) return validationReply('query', parsed.errors);
	if (parsed.query.ids !== undefined) {
		const param = request.query.ids !== undefined ? 'ids' : 'ids[in]';
		return validationReply('query', { [param]: ['Unknown field.'] });
	}
	const given = Object.fromEntries(
		parsed.query.conditions.map((condition) => [condition.field, condition.values[0]]),
	);
	const nowMs = clock().getTime();
	const start =
		given.start_time ??
		(given.end_time === undefined ? toTrackstarDate(nowMs - DEFAULT_WINDOW_MS) : undefined);
	const selected = files.filter(
		(file) =>
			(start === undefined || file.generated_time >= start) &&
			(given.end_time === undefined || file.generated_time <= given.end_time) &&
			(given.file_type === undefined || file.file_type === given.file_type) &&
			(given.file_name === undefined || file.file_name === given.file_name),
	);
	const page = paginate(selected, parsed.query);
	if (!page.ok) return pageReply(page);
	return pageReply({
		ok: true,
		page: { ...page.page, data: page.page.data.map((file) => listed(file, request, nowMs)) },
	});
}

/** S3's error answer: XML, with its code and message. */
function storeError(status: number, code: string, message: string): Reply {
	return {
		status,
		rawBody: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
		headers: { 'content-type': 'application/xml' },
	};
}

/** Whether `given` is the signature of the file's URL, compared in constant time. */
function signedFor(fileName: string, date: string, given: string): boolean {
	const expected = Buffer.from(signature(fileName, date), 'hex');
	const received = Buffer.from(given, 'hex');
	return received.length === expected.length && timingSafeEqual(received, expected);
}

/** GET /carrier-files/{file_name}?X-Amz-...: the file's bytes while its URL is signed and fresh. */
export function downloadCarrierFile(
	files: readonly StoredCarrierFile[],
	request: SandboxRequest,
	clock: () => Date,
): Reply {
	const fileName = request.params.file_name;
	const date = request.query['X-Amz-Date'] ?? '';
	const given = request.query['X-Amz-Signature'] ?? '';
	if (!/^\d{8}T\d{6}Z$/.test(date) || !signedFor(fileName, date, given)) {
		return storeError(
			403,
			'SignatureDoesNotMatch',
			'The request signature we calculated does not match the signature you provided.',
		);
	}
	const signedMs = Date.parse(
		`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
	);
	if (clock().getTime() > signedMs + DOWNLOAD_URL_SECONDS * 1000) {
		return storeError(403, 'AccessDenied', 'Request has expired');
	}
	const file = files.find((candidate) => candidate.file_name === fileName);
	if (!file) return storeError(404, 'NoSuchKey', 'The specified key does not exist.');
	return {
		status: 200,
		rawBody: file.content,
		headers: {
			'content-type': file.file_type === 'csv' ? 'text/csv' : 'application/pdf',
			'content-disposition': `attachment; filename="${file.file_name}"`,
		},
	};
}
