// The one way to put a failed API request into words in the UI: describeError
// (errorWords.ts) over every dictionary loaded, in the UI language (Indonesian by default).
import { describeError, type ErrorContext, type ErrorText } from './errorWords.ts';
import { maybe } from './i18n/index.ts';

export { type ErrorContext, type ErrorText, type IssueText, toApiError } from './errorWords.ts';

/** A failed request (any thrown value) in words: a summary, and each issue with its field named and its reason. */
export const errorText = (e: unknown, context: ErrorContext = 'action'): ErrorText => describeError(e, context, maybe);

/** Field → reason of a failed form request (empty when there is none). */
export const fieldErrors = (e: unknown): Record<string, string> => (e === undefined ? {} : errorText(e).fields);
