/**
 * Export and import of progress files.
 *
 * An import is checked before anything is replaced:
 * 1. the file's size, before it is read (IMPORT_MAX_BYTES; the page checks `File.size` first);
 * 2. its text: UTF-8 (with or without BOM) or UTF-16 with a BOM, JSON, our app and kind, no
 *    unknown top-level fields;
 * 3. modules the course does not have (any slug, `constructor` and `__proto__` included) are
 *    dropped and reported, with everything that refers to them;
 * 4. the rest is read like stored progress (versions, migrations, the shared limits);
 * 5. its claims must be backed by its own records (certificate.ts checkRecords): a passed
 *    assessment needs its attempt, a completed module its quiz record.
 * The page then asks before replacing non-empty progress, showing both records' dates.
 */
import { fail, fieldError, ok, type Result } from './result';
import { echoList } from './echo-text';
import { dict, isEmpty, summarise, type Progress } from './progress';
import { IMPORT_MAX_BYTES } from './progress-limits';
import { readProgress } from './progress-migrate';
import { checkRecords, type CourseModule } from './certificate';

/** Marks an exported file as ours. */
export const EXPORT_APP = 'retention-academy';
export const EXPORT_KIND = 'progress';

export interface ExportFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  exportedAt: string;
  progress: Progress;
}

export function toExport(progress: Progress, now: string): ExportFile {
  return { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: now, progress };
}

/** The exported file's text (indented, so a person can read it). */
export function exportText(progress: Progress, now: string): string {
  return JSON.stringify(toExport(progress, now), null, 2);
}

/** The exported file's name, e.g. 留存学院学习进度-2026-11-23.json. */
export function exportFileName(now: string): string {
  return `留存学院学习进度-${now.slice(0, 10)}.json`;
}

/** Whether a file of `bytes` may be read at all (checked before reading it). */
export function importSizeProblem(bytes: number): string | undefined {
  return bytes > IMPORT_MAX_BYTES ? `文件过大（${Math.ceil(bytes / 1e6)} MB），不是留存学院导出的学习进度文件（导出文件通常只有几 KB）。` : undefined;
}

/** Decode a file's bytes: a UTF-16 BOM selects UTF-16, anything else is read as UTF-8. */
export function decodeFile(bytes: Uint8Array): string {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const MODULE_OF_KEY = /^(?:(?:ex|as):)?([^/]+)\//;

/**
 * Remove every trace of modules the course does not have from a raw (parsed, unvalidated)
 * progress value of any version. Returns the cleaned value and the dropped slugs.
 */
export function dropUnknownModules(raw: unknown, known: ReadonlySet<string>): { value: unknown; dropped: string[] } {
  if (!isObject(raw)) return { value: raw, dropped: [] };
  const dropped = new Set<string>();
  const keep = (slug: unknown): boolean => {
    if (typeof slug !== 'string') return true; // left for the validator to refuse
    if (known.has(slug)) return true;
    dropped.add(slug);
    return false;
  };
  const filterDict = (d: unknown, slugOf: (k: string) => string | null): unknown => {
    if (!isObject(d)) return d;
    return dict(Object.keys(d).filter((k) => { const s = slugOf(k); return s === null || keep(s); }).map((k) => [k, d[k]] as const));
  };
  const out = dict<unknown>(Object.keys(raw).map((k) => [k, raw[k]] as const));
  if (raw['version'] === 1) {
    for (const f of ['visited', 'completed']) if (Array.isArray(raw[f])) out[f] = (raw[f] as unknown[]).filter(keep);
    out['scores'] = filterDict(raw['scores'], (k) => k);
    if (typeof raw['last'] === 'string' && !keep(raw['last'].split('#')[0])) out['last'] = null;
  } else {
    out['modules'] = filterDict(raw['modules'], (k) => k);
    const last = raw['last'];
    if (isObject(last) && !keep(last['module'])) out['last'] = null;
    out['review'] = filterDict(raw['review'], (k) => MODULE_OF_KEY.exec(k)?.[1] ?? null);
    out['attempts'] = filterDict(raw['attempts'], (k) => (k.startsWith('quiz:') ? k.slice(5) : null));
    for (const f of ['review', 'attempts']) if (!Object.hasOwn(raw, f)) delete out[f];
  }
  return { value: out, dropped: [...dropped] };
}

export interface ImportOk {
  progress: Progress;
  /** When the file was exported (null for a hand-made file without the field). */
  exportedAt: string | null;
  /** Modules the course does not have, dropped (already safe to echo). */
  dropped: { shown: string[]; omitted: number };
}

const WRAPPER_KEYS = new Set(['app', 'kind', 'exportedAt', 'progress']);

/**
 * Validate an imported file's text against the course. On failure the reason is in Chinese and
 * nothing is to be written; on success the progress is migrated to the current version.
 */
export function parseImport(text: string, now: string, course: readonly CourseModule[]): Result<ImportOk, 'file'> {
  const refuse = (message: string) => fail([fieldError('file' as const, message)]);
  if (text.length > IMPORT_MAX_BYTES) return refuse('文件过大，不是留存学院导出的学习进度文件。');
  if (text.trim() === '') return refuse('文件是空的。');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('文件不是有效的 JSON，可能已损坏或不是导出的进度文件。');
  }
  if (!isObject(value) || value['app'] !== EXPORT_APP || value['kind'] !== EXPORT_KIND) return refuse('这不是留存学院导出的学习进度文件。');
  if (Object.keys(value).some((k) => !WRAPPER_KEYS.has(k))) return refuse('文件中有不认识的字段，不是留存学院导出的学习进度文件。');
  const exportedAt = typeof value['exportedAt'] === 'string' && !Number.isNaN(Date.parse(value['exportedAt'])) ? value['exportedAt'] : null;
  const known = new Set(course.map((m) => m.slug));
  const cleaned = dropUnknownModules(value['progress'], known);
  const read = readProgress(cleaned.value, now);
  if (!read.ok) return refuse(`${read.message}。`);
  const problems = checkRecords(read.value.progress, course);
  if (problems.length) return refuse(`文件中的记录互相矛盾，未导入：${problems.slice(0, 3).join('；')}${problems.length > 3 ? ` 等 ${problems.length} 处` : ''}。`);
  return ok({ progress: read.value.progress, exportedAt, dropped: echoList(cleaned.dropped) });
}

/** What the confirmation before replacing shows about both records. */
export interface ReplacePreview {
  /** Nothing would be lost: the current progress is empty. */
  silent: boolean;
  current: ReturnType<typeof summarise>;
  incoming: ReturnType<typeof summarise>;
  /** The current progress was updated after the file's progress (or the file's export). */
  currentIsNewer: boolean;
}

export function previewReplace(current: Progress, incoming: Progress, exportedAt: string | null): ReplacePreview {
  const cur = summarise(current);
  const inc = summarise(incoming);
  const incomingAt = inc.updatedAt ?? exportedAt;
  const currentIsNewer = cur.updatedAt !== null && (incomingAt === null || Date.parse(cur.updatedAt) > Date.parse(incomingAt));
  return { silent: isEmpty(current), current: cur, incoming: { ...inc, updatedAt: incomingAt }, currentIsNewer };
}

/** What an import needs of a chosen file (a browser File satisfies it). */
export interface ImportSource {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Read and check a chosen file: its size first (a file over the limit is never read), then its
 * bytes, then everything parseImport checks. Never throws.
 */
export async function readImportFile(file: ImportSource, now: string, course: readonly CourseModule[]): Promise<Result<ImportOk, 'file'>> {
  const tooBig = importSizeProblem(file.size);
  if (tooBig) return fail([fieldError('file' as const, tooBig)]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail([fieldError('file' as const, '无法读取该文件。')]);
  }
  return parseImport(decodeFile(bytes), now, course);
}
