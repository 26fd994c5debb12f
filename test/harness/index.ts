export { runNode, NODE_NAME, type RunNodeOptions, type RunNodeResult } from './runNode';
export { testCredential, type CredentialTestResult } from './testCredential';
export { HarnessCredentialsHelper } from './credentialsHelper';
export { loggedLines, clearLoggedLines, type LoggedLine } from './logger';
export { runListSearch, type ListSearchOptions } from './listSearch';
