// The litmas pages' state in the URL: the list's filters, the case page's tab.
import { flag, oneOf, urlParams } from '../../lib/urlParams.svelte.ts';
import type { CaseStatus } from './types.ts';

export const STATUSES: readonly CaseStatus[] = ['draft', 'submitted', 'returned', 'final'];
export const TABS = ['fakta', 'asesmen', 'draf', 'versi', 'tinjauan', 'dokumen'] as const;

/** The case list: only my cases, one status ('' for all). */
export const listParams = urlParams({ mine: flag(), status: oneOf<CaseStatus | ''>(['', ...STATUSES]) });

/** The case page: the open tab ('' for the role's first one). */
export const caseParams = urlParams({ tab: oneOf<(typeof TABS)[number] | ''>(['', ...TABS]) });
