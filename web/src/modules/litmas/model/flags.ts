// A flag in words: its kind's label and why it was raised (its own note, else the kind's reason).
import { t, type Key } from '../i18n.ts';
import type { Flag, FlagKind } from '../types.ts';

/** The kind's label ("usia", "tidak didukung fakta"). */
export const flagKind = (kind: FlagKind): string => t(`lit.flag.${kind}` as Key);

/** Why it was raised: the server's note when there is one, else the kind's general reason. */
export const flagWhy = (f: Pick<Flag, 'kind' | 'note'>): string => f.note || t(`lit.flagWhy.${f.kind}` as Key);
