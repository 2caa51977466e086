import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Template {
  id: string;
  version: string;
  hash: string;
  file: string;
  body: string;
  variables: string[];
}

const VAR_RE = /\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/g;

/** Parses a prompt file: YAML-like front matter (`id`, `version`) then the body. */
export function parseTemplate(text: string, file: string): Template {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: missing front matter (--- id/version ---)`);
  const meta = Object.fromEntries(
    m[1]
      .split('\n')
      .map((l) => l.split(/:\s*/, 2).map((s) => s.trim()))
      .filter((kv) => kv.length === 2 && kv[0]),
  );
  if (!meta.id || !meta.version) throw new Error(`${file}: front matter needs id and version`);
  const body = m[2];
  const variables = [...new Set([...body.matchAll(VAR_RE)].map((v) => v[1]))];
  return { id: meta.id, version: meta.version, hash: createHash('sha256').update(text).digest('hex').slice(0, 16), file, body, variables };
}

/** Renders a template; throws on a variable it needs but was not given, or one given but unused. */
export function render(t: Template, vars: Record<string, string>): string {
  const missing = t.variables.filter((v) => !(v in vars));
  const unused = Object.keys(vars).filter((v) => !t.variables.includes(v));
  if (missing.length) throw new Error(`Prompt ${t.id}: missing variable(s) ${missing.join(', ')}`);
  if (unused.length) throw new Error(`Prompt ${t.id}: unused variable(s) ${unused.join(', ')}`);
  return t.body.replace(VAR_RE, (_m, name: string) => vars[name]);
}

/** Every template under a folder, by id (duplicate ids are an error). */
export function loadTemplates(dir: string): Map<string, Template> {
  const out = new Map<string, Template>();
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.md') && e.name !== 'README.md' ? [join(d, e.name)] : [],
    );
  for (const f of walk(dir)) {
    const t = parseTemplate(readFileSync(f, 'utf8'), relative(dir, f));
    if (out.has(t.id)) throw new Error(`Duplicate prompt id ${t.id} in ${f}`);
    out.set(t.id, t);
  }
  return out;
}
