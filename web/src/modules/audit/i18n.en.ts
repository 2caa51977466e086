// English strings of the audit trail (admin): every key of the Indonesian file (checked by the type).
import type { id } from './i18n.id.ts';

export const en: Record<keyof typeof id, string> = {
  'audit.title': 'Audit',
  'audit.intro': 'The audit trail: who signed in, changed users, created tokens or downloaded data, and when.',
  'audit.filters': 'Audit trail filters',
  'audit.user': 'User',
  'audit.action': 'Action',
  'audit.actionHint': 'A prefix, e.g. auth or user.create',
  'audit.from': 'From',
  'audit.to': 'To',
  'audit.apply': 'Apply',
  'audit.listTitle': 'Audit records',
  'audit.export': 'Download CSV',
  'audit.caption': 'Audit records, newest first',
  'audit.at': 'Time',
  'audit.target': 'Target',
  'audit.outcome': 'Outcome',
  'audit.outcome.success': 'Success',
  'audit.outcome.failure': 'Failure',
  'audit.outcome.denied': 'Denied',
  'audit.ip': 'IP address',
  'audit.details': 'Details',
  'audit.range': '{from}–{to} of {total} records',

  'field.user': 'User',
  'field.action': 'Action',
};
