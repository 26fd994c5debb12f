/**
 * What every catalog route shares: its context, Trackstar's 404 and 422 shapes, body checks.
 */
import type { Reply } from '../http';
import { errorReply, jsonReply } from '../http';
import type { PageResult } from '../pagination';
import type { ReferenceLists } from '../reference';
import type { TrackstarTag } from '../types';
import { toTrackstarDate } from '../types';
import type { BodyErrors } from '../writes';
import { describeErrors, findEmptyValues, validateTagsBody } from '../writes';
import type { CatalogStore } from './catalogStore';

export interface CatalogContext {
	catalog: CatalogStore;
	reference: ReferenceLists;
	/** Time written by writes. */
	clock: () => Date;
}

export function now(context: CatalogContext): string {
	return toTrackstarDate(context.clock());
}

export function validationReply(
	location: 'query' | 'json',
	errors: Record<string, string[]>,
): Reply {
	const what = location === 'query' ? 'query parameters' : 'request body';
	return errorReply(422, describeErrors(errors, what), { detail: { [location]: errors } });
}

/** A refusal of the simulated WMS, naming the field at fault in `detail.json`. */
export function integrationReply(field: string, message: string): Reply {
	return errorReply(422, message, { detail: { json: { [field]: [message] } } }, 'integration');
}

/** Trackstar's 404: `{error: '<What> not found', id}`. */
export function notFoundReply(what: string, id: string): Reply {
	return errorReply(404, `${what} not found`, { id });
}

export function pageReply<T>(result: PageResult<T>): Reply {
	return result.ok ? jsonReply(result.page) : validationReply('query', result.errors);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function addError(errors: BodyErrors, path: string, message: string): void {
	(errors[path] ??= []).push(message);
}

export function newErrors(): BodyErrors {
	return Object.create(null) as BodyErrors; // names come from clients
}

/** Trackstar's write rule (null, "", "null", "none" refused) over a whole body. */
export function emptyValueErrors(body: Record<string, unknown>, errors: BodyErrors): void {
	for (const [field, value] of Object.entries(body)) findEmptyValues(value, field, errors);
}

/**
 * PUT …/trackstar-tags of any record: validates `{trackstar_tags: [...]}`, stores the record
 * with its new tags (nothing else changes) and answers `{data, id, unused_fields}`.
 */
export function setTags<T extends { id: string; trackstar_tags: TrackstarTag[] | null }>(
	body: unknown,
	record: T | undefined,
	id: string,
	what: string,
	store: (record: T) => void,
): Reply {
	const checked = validateTagsBody(body);
	if (!checked.ok) return validationReply('json', checked.errors);
	if (!record) return notFoundReply(what, id);
	const tagged = {
		...record,
		trackstar_tags: structuredClone(checked.body.trackstar_tags as TrackstarTag[]),
	};
	store(tagged);
	const unusedFields = Object.keys(checked.body).filter((field) => field !== 'trackstar_tags');
	return jsonReply({ data: tagged, id, unused_fields: unusedFields });
}
