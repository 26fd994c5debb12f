import type { INodeProperties } from 'n8n-workflow';

/**
 * How a write's lines are given (an order's line items, a return's, a kit's components): rows in
 * the panel, or JSON whose length follows the input. `rows` says what one row is.
 */
export function linesInputField(options: {
	displayName: string;
	name: string;
	rows: string;
	json?: string;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'options',
		options: [
			{ name: 'Define Below', value: 'fields', description: options.rows },
			{
				name: 'Using JSON',
				value: 'json',
				description: options.json ?? 'A JSON list, typed or mapped from the input',
			},
		],
		default: 'fields',
	};
}
