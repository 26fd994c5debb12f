export { runNode, NODE_NAME, type RunNodeOptions, type RunNodeResult } from './runNode';
export { credentialTestMethod, testCredential } from './testCredential';
export { HarnessCredentialsHelper } from './credentialsHelper';
export { loggedLines, clearLoggedLines, type LoggedLine } from './logger';
export {
	runListSearch,
	runLoadOptions,
	runResourceMapping,
	type ListSearchOptions,
} from './listSearch';
export { errorItemIndex, expectItemError, itemErrorOf } from './itemError';
