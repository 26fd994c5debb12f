import type { INodeProperties } from 'n8n-workflow';

/**
 * The panel notice of each Connection operation: Trackstar's connection endpoints act either on
 * the whole organization (the credential's API key) or on the one connection of the
 * credential's access token, and a user must see which before running a write.
 */
export function scopeNotice(
	operation: string,
	scope: 'organization' | 'credential',
): INodeProperties {
	return {
		displayName:
			scope === 'organization'
				? "This acts on your organization: every connection the credential's API key can see"
				: "This acts on the credential's connection: the WMS connection of its access token",
		name: `${operation}ScopeNotice`,
		type: 'notice',
		default: '',
	};
}
