import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { RecordLookup } from './fields/recordLookup';
import type { ListFilters } from './wire/listFilters';
import type { WmsFieldsModel } from './writeInfo/wmsFieldsModel';

/**
 * What an operation answers for one input item: its output items' JSON, or, for one that
 * downloads files (Carrier File → Get Many), the items with their binary data.
 */
export type OperationResult =
	| IDataObject[]
	| { withBinary: Array<{ json: IDataObject; binary?: IBinaryKeyData }> };

export type OperationExecute = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<OperationResult>;

/** An HTTP method of Trackstar's API. */
export type EndpointMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A Trackstar endpoint an operation calls, as Trackstar's OpenAPI document writes it
 * (`GET /wms/inventory/{inventory_id}`). Never part of the node's description: the reference
 * pages (`npm run docs`) and the coverage test (test/nodes/trackstar/endpoints.test.ts) read it.
 */
export interface Endpoint {
	method: EndpointMethod;
	/** The path with Trackstar's names of its IDs in braces. */
	path: string;
	/** The query the operation adds, when it says which call it is, e.g. `method=POST|PUT`. */
	query?: string;
	/** For an operation that calls one of several endpoints: when it calls this one. */
	when?: string;
	/**
	 * Only for an endpoint Trackstar's OpenAPI document (docs/trackstar-api/openapi.json) lacks:
	 * where Trackstar documents it, naming its page under docs/trackstar-api/pages/.
	 */
	note?: string;
}

/** One operation of one resource: its entry in the Operation list, its fields and its execute. */
export interface ResourceOperation {
	value: string;
	name: string;
	/** What it does and what it needs, in a sentence: n8n shows it, and an AI agent reads it as the tool's description. */
	description: string;
	action: string;
	/** Its fields, each shown for this operation only (the resource is added by the node that needs it). */
	properties: INodeProperties[];
	execute: OperationExecute;
	/** The Trackstar endpoints its execute calls: one, or one per choice (Connection → Get). */
	endpoints: [Endpoint, ...Endpoint[]];
	/** The parameter naming what a failed item asked for, and the field an error item carries it under. */
	identifiedBy?: { parameter: string; field: string };
	/** For a write: what its WMS Fields load and check (see writeInfo/). */
	wmsFields?: WmsFieldsModel;
}

/** A resource of the Trackstar node: its entry in the Resource list and its operations. */
export interface TrackstarResource {
	value: string;
	/** Its name in the Resource list. */
	displayName: string;
	/** In the order their fields appear in the panel; the Operation list sorts them by name. */
	operations: ResourceOperation[];
	defaultOperation: string;
	/** The option lists its fields load (`typeOptions.loadOptionsMethod`), by method name. */
	loadOptions?: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>>;
}

/** How a record simplifies, and what the Simplify switch says it keeps. */
export interface Simplify {
	record: (record: IDataObject) => IDataObject;
	/** What one simplified record holds, in words, for Get (e.g. "IDs, number, status"). */
	keeps: string;
	/** The same for Get Many, when it reads better in the plural. */
	keepsInList?: string;
}

/** A list endpoint: where it is, how it filters, how its records simplify. */
export interface ListModel {
	/** One record, in Trackstar's words: "inventory item". */
	noun: string;
	plural: string;
	/** Below the base URL; a function when the list hangs under another record (a warehouse's locations). */
	path: string | ((context: IExecuteFunctions, itemIndex: number) => string);
	filters: ListFilters;
	simplify?: Simplify;
	/** Fields shown before Return All, e.g. the warehouse whose locations are listed. */
	scope?: INodeProperties[];
}

/** A record type with its own path and ID: what Get, Get Many, Set Trackstar Tags and the writes act on. */
export interface RecordModel extends ListModel {
	path: string;
	/** Trackstar's name of the ID in the path, e.g. "inventory_id". */
	pathParameter: string;
	/** The resource locator that takes the record's ID; its `name` is the node parameter. */
	idField: INodeProperties;
	/** The numbers its locator also takes, looked up on the list (e.g. an order number). */
	lookups?: RecordLookup[];
}

/** What Create, Update and Get Writable Fields need to write a record. */
export interface WriteModel {
	/** Create's fields up front (the ones every WMS requires). */
	createRequired: INodeProperties[];
	/** Create's other fields, under Additional Fields. */
	createOptional: INodeProperties[];
	/** The parameters Create reads up front for this item (Orders: which depends on how line items are given). */
	requiredParameters: (context: IExecuteFunctions, itemIndex: number) => string[];
	buildCreateBody: (fields: IDataObject, timeZone: string) => IDataObject;
	/** Update's fields, under Update Fields: the same definitions as Create's. */
	updateFields: INodeProperties[];
	buildUpdateBody: (fields: IDataObject, timeZone: string) => IDataObject;
	/** What a failed Create's error item carries, e.g. the order number. */
	createIdentifiedBy: { parameter: string; field: string };
	/** The fields of Trackstar's own schema: Get Writable Fields marks the others integration-specific. */
	baseFields: readonly string[];
	/** The body fields Create's and Update's own fields set, with their labels (WmsFieldsModel.ownFields). */
	ownFields: Readonly<Record<string, string>>;
	/** The write's lines, whose rows take the WMS's line fields. */
	lines?: WmsFieldsModel['lines'];
}
