/** What the Operation list shows for one operation, and what an AI agent reads as the tool's description. */
export interface OperationText {
	description: string;
	action: string;
}

export const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
