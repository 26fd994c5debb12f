import type { INodeCredentials, INodeType, IVersionedNodeType } from 'n8n-workflow';

/**
 * The `credentials` of the node under test: a reference for each credential type it declares
 * and the test supplies, resolved later by HarnessCredentialsHelper by type name.
 */
export function credentialReferences(
	node: INodeType | IVersionedNodeType,
	supplied: Record<string, unknown>,
): INodeCredentials {
	const declared =
		(node.description as { credentials?: Array<{ name: string }> }).credentials ?? [];
	return Object.fromEntries(
		declared
			.filter(({ name }) => supplied[name])
			.map(({ name }) => [name, { id: `cred-${name}`, name: `${name} account` }]),
	);
}
