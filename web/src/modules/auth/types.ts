// Shapes of the own-account answers of the API (docs/API.md § Auth): the server's, from common/.
export type { TokenInfo } from '../../../../common/auth.ts';
