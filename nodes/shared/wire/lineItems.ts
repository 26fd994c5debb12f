import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { jsonListOfObjects } from './jsonList';
import { toNumber } from './values';
import { addRowWmsFields } from '../writeInfo/lineWmsFields';

type Convert = (value: unknown, label: string) => string | number | undefined;

/** One field of a line: its key in the panel's row, its Trackstar name, its label in errors. */
export interface LineField {
	key: string;
	field: string;
	label: string;
	convert: Convert;
}

/**
 * A list of lines that a write takes (an order's line items, an inbound shipment's, a receipt's),
 * given as the panel's rows or as a JSON list whose number varies with the input.
 */
export interface LineListShape {
	/** One row in errors: "Line Item" gives "Line Item 2". */
	rowLabel: string;
	/** The JSON field's display name, e.g. "Line Items (JSON)". */
	jsonLabel: string;
	jsonExample: string;
	/** Trackstar's fields of a line; a WMS's other fields in the JSON pass through. */
	fields: LineField[];
	/** Refuses a line (rows or JSON) that lacks what Trackstar needs. */
	check: (line: IDataObject, label: string) => void;
	/** Fields a JSON line must have (a row's panel default fills them): Trackstar field and hint. */
	requiredInJson: Array<{ field: string; label: string; hint: string }>;
}

export const wholeNumber =
	(min: number): Convert =>
	(value, label) =>
		toNumber(value, label, { integer: true, min });

/** The panel's rows as Trackstar's lines: a row with nothing set is skipped, an incomplete one refused. */
export function linesFromRows(
	shape: LineListShape,
	rows: Array<Record<string, unknown>> | undefined,
): IDataObject[] | undefined {
	const lines: IDataObject[] = [];
	(rows ?? []).forEach((row, index) => {
		const label = `${shape.rowLabel} ${index + 1}`;
		const line: IDataObject = {};
		for (const { key, field, label: fieldLabel, convert } of shape.fields) {
			const value = convert(row[key], `${label} ${fieldLabel}`);
			if (value !== undefined) line[field] = value;
		}
		addRowWmsFields(line, row, label);
		if (Object.keys(line).length === 0) return;
		shape.check(line, label);
		lines.push(line);
	});
	return lines.length > 0 ? lines : undefined;
}

/**
 * Lines given as JSON (typed, or mapped from the input by an expression), in Trackstar's field
 * names. Trackstar's own fields are checked as the rows are; a WMS's other fields pass through
 * unless empty. An empty list is no lines.
 */
export function linesFromJson(shape: LineListShape, value: unknown): IDataObject[] | undefined {
	const plural = `${shape.rowLabel.toLowerCase()}s`;
	const entries = jsonListOfObjects(value, shape.jsonLabel, shape.jsonExample, plural);
	return entries?.map(({ entry: line, label }) => {
		for (const { field, label: fieldLabel, convert } of shape.fields) {
			const converted = convert(line[field], `${label} ${fieldLabel}`);
			if (converted === undefined) delete line[field];
			else line[field] = converted;
		}
		shape.check(line, label);
		for (const required of shape.requiredInJson) {
			if (line[required.field] === undefined)
				throw new InvalidValueError(label, `has no ${required.label}`, required.hint);
		}
		return line;
	});
}

/** Lines come as the panel's rows or as JSON; one write cannot take both. */
export function linesFromEither(
	shape: LineListShape,
	given: { rows?: Array<Record<string, unknown>>; json?: unknown },
	fieldLabel: string,
): IDataObject[] | undefined {
	const rows = linesFromRows(shape, given.rows);
	const json = linesFromJson(shape, given.json);
	if (rows !== undefined && json !== undefined) {
		throw new InvalidValueError(
			fieldLabel,
			`both the rows and ${shape.jsonLabel} are set`,
			'Keep either',
		);
	}
	return rows ?? json;
}

export const LINE_ITEMS_JSON_LABEL = 'Line Items (JSON)';

/** A line that must name its product by SKU (a return's line items, a kit's components). */
export function requireSku(line: IDataObject, label: string) {
	if (line.sku === undefined) {
		throw new InvalidValueError(label, 'has no SKU', 'Set it so the WMS knows the product');
	}
}

/** A write's lines for its WMS Fields: the body field, and the fields the rows set themselves. */
export function linesOf(field: string, shape: LineListShape): { field: string; own: string[] } {
	return { field, own: shape.fields.map((each) => each.field) };
}
