// English strings of the app shell, states, errors, forms, tables and charts that every module uses: every key of the Indonesian file (checked by the type).
import type { coreId } from './core.id.ts';

export const coreEn: Record<keyof typeof coreId, string> = {
  'app.name': 'Lentera',
  'app.tagline': 'Corrections dashboard',
  'app.skip': 'Skip to main content',
  'app.footer': 'Data: Directorate General of Corrections. Per-unit capacity is synthetic.',

  'nav.label': 'Main navigation',
  'nav.home': 'Overview',
  'nav.occupancy': 'Occupancy',
  'nav.remission': 'Remission',
  'nav.umkm': 'UMKM & food',

  'lang.switch': 'Bahasa Indonesia',
  'lang.switchLabel': 'Ganti ke Bahasa Indonesia',

  'theme.toDark': 'Dark mode',
  'theme.toLight': 'Light mode',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the overview',

  'nav.users': 'Users',
  'nav.audit': 'Audit',
  'nav.account': 'Account',

  'role.admin': 'Admin',
  'role.planner': 'Planner',
  'role.analyst': 'Analyst',
  'role.researcher': 'Researcher (PK)',
  'role.supervisor': 'Supervisor (Head of Bapas)',

  'menu.signedInAs': 'Signed in as {username}',
  'menu.signOut': 'Sign out',

  'app.signInTitle': 'Sign in',

  'noAccess.title': 'No access',
  'noAccess.text': 'Your role may not open this page.',
  'noAccess.back': 'Back to your start page',

  'col.role': 'Role',

  'form.cancel': 'Cancel',
  'form.save': 'Save',
  'form.required': 'Required.',
  'form.invalid': 'Invalid value.',
  'form.checkFields': 'Check the marked fields.',
  'form.403': 'You may not do this.',
  'form.409': 'The change conflicts with existing data and was refused.',

  'filter.all': 'All',
  'filter.reset': 'Reset filters',

  'chart.savePng': 'Save PNG',
  'chart.savePngOf': 'Save the {name} chart as PNG',
  'chart.showTable': 'Show table',
  'chart.hideTable': 'Hide table',
  'chart.tableOf': 'Data table: {name}',

  'export.label': 'Download',
  'export.csvOf': 'Download {name} as CSV',
  'export.xlsxOf': 'Download {name} as XLSX (Excel)',

  'col.status': 'Status',
  'col.action': 'Action',
  'col.created': 'Created',

  'table.prev': 'Previous',
  'table.next': 'Next',
  'table.pageSize': 'Rows per page',
  'table.sortBy': 'Sort by {name}',
  'table.pager': 'Table pages',

  'dialog.close': 'Close',

  'state.loading': 'Loading data…',
  'state.empty': 'No data',
  'state.emptyHint': 'Try other filters or search words.',
  'state.retry': 'Try again',

  'err.title': 'Could not load the data',
  'err.network': 'The server cannot be reached. Check your connection.',
  'err.400': 'The request is not valid.',
  'err.401': 'You need to sign in to see this data.',
  'err.403': 'You are not allowed to see this data.',
  'err.404': 'Not found.',
  'err.500': 'Something went wrong on the server.',
  'err.other': 'Something went wrong (HTTP {status}).',

  'issue.invalid_type': 'wrong kind of value',
  'issue.invalid_format': 'wrong format',
  'issue.invalid_value': 'unknown value',
  'issue.too_small': 'value too small',
  'issue.too_big': 'value too large',
  'issue.unknown_kanwil': 'unknown Kanwil',
  'issue.unrecognized_keys': 'unknown parameter',
  'issue.custom': 'invalid value',
  'issue.not_found': 'not found',
  'issue.required': 'required',

  'field.year': 'Year',
  'field.date': 'Date',
  'field.q': 'Search',
  'field.sort': 'Sort',
  'field.order': 'Sort order',
  'field.limit': 'Rows per page',
  'field.offset': 'Page',
  'field.from': 'From',
  'field.to': 'To',

  'nav.litmas': 'Litmas',
  'nav.llmGenerations': 'LLM generations',
};
