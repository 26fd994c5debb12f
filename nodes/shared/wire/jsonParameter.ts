import { InvalidValueError } from './invalidValue';

function parse(text: string): { value?: unknown; error?: string } {
	try {
		return { value: JSON.parse(text) };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

/**
 * A JSON parameter's value: n8n hands over the text the user typed, or the parsed value when an
 * expression produced one. Empty text is `undefined`.
 */
export function parseJsonParameter(value: unknown, label: string, example: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	const json = parse(value);
	if (json.error !== undefined) {
		throw new InvalidValueError(
			label,
			`not valid JSON (${json.error})`,
			`Write JSON such as ${example}`,
		);
	}
	return json.value;
}
