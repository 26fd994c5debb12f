/**
 * What every catalog route shares: its context, Trackstar's 404 and 422 shapes, body checks.
 */
import type { Reply, SandboxRequest } from '../http';
import { errorReply, jsonReply } from '../http';
import type { PageResult } from '../pagination';
import type { ReferenceLists } from '../reference';
import type { TrackstarTag } from '../types';
import { toTrackstarDate } from '../types';
import type { BodyErrors } from '../writes';
import { describeErrors, findEmptyValues, validateTagsBody } from '../writes';
import type { CatalogStore } from './catalogStore';
import type { ResourceFields } from './query';
import { listResource } from './query';

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

/** Where a resource's records live: list order and lookup by id. */
export interface RecordSource<T> {
	all(): readonly T[];
	get(id: string): T | undefined;
}

/** Records whose writes store a new version (catalogStore's RecordList). */
export interface WritableSource<T> extends RecordSource<T> {
	replace(record: T): void;
}

/** A resource as the generic list, get and tags routes need it. */
export interface CatalogResource<T extends { id: string }, S = RecordSource<T>> {
	/** Its name in Trackstar's 404: `<what> not found`. */
	what: string;
	/** The route parameter that holds its ID, e.g. `product_id`. */
	idParam: string;
	fields: ResourceFields<T>;
	records: (context: CatalogContext) => S;
}

/** A lookup over a plain list, for the reference lists. */
export function sourceOf<T extends { id: string }>(records: readonly T[]): RecordSource<T> {
	return { all: () => records, get: (id) => records.find((record) => record.id === id) };
}

/** GET of a list: one page of the resource's records for the query. */
export function listRecords<T extends { id: string }>(
	resource: CatalogResource<T, RecordSource<T>>,
	context: CatalogContext,
	request: SandboxRequest,
): Reply {
	const records = resource.records(context).all();
	return pageReply(listResource(records, request.queryEntries, resource.fields));
}

/** GET of one record: `{data}`, or Trackstar's 404. */
export function getRecord<T extends { id: string }>(
	resource: CatalogResource<T, RecordSource<T>>,
	context: CatalogContext,
	request: SandboxRequest,
): Reply {
	const id = request.params[resource.idParam];
	const record = resource.records(context).get(id);
	return record ? jsonReply({ data: record }) : notFoundReply(resource.what, id);
}

/** PUT …/trackstar-tags of one record (see setTags). */
export function setRecordTags<T extends { id: string; trackstar_tags: TrackstarTag[] | null }>(
	resource: CatalogResource<T, WritableSource<T>>,
	context: CatalogContext,
	request: SandboxRequest,
): Reply {
	const id = request.params[resource.idParam];
	const records = resource.records(context);
	return setTags(request.body, records.get(id), id, resource.what, (record) =>
		records.replace(record),
	);
}
