// INPUT arguments → the files to read, in a stable order: files as given, directories
// walked recursively in sorted order (.txt, .html, .htm), quoted globs, "-" for stdin.
import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type InputItem =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'problem'; input: string; message: string };

const ARTICLE_EXT = /\.(?:txt|html?)$/iu;
const GLOB_CHARS = /[*?[\]{}]/u;

export interface ExpandOptions {
  filesFrom?: string;
  /** reads all of standard input, for --files-from - */
  readStdin: () => Promise<Buffer>;
}

/** Yields inputs one at a time, so an archive of millions of files is never listed in memory. */
export async function* expandInputs(args: string[], options: ExpandOptions): AsyncGenerator<InputItem> {
  for (const arg of args) yield* expandOne(arg);
  if (options.filesFrom !== undefined) {
    let list: string;
    try {
      list = options.filesFrom === '-' ? (await options.readStdin()).toString('utf8') : await readFile(options.filesFrom, 'utf8');
    } catch (e) {
      yield { kind: 'problem', input: options.filesFrom, message: `cannot read the --files-from list: ${reason(e)}` };
      return;
    }
    for (const line of list.split(/\r?\n/u)) {
      const path = line.trim();
      if (path) yield* expandOne(path, true);
    }
  }
}

/** `listed`: named in a --files-from list, which names files: a directory there is a problem. */
async function* expandOne(arg: string, listed = false): AsyncGenerator<InputItem> {
  if (arg === '-') {
    yield { kind: 'stdin' };
    return;
  }
  let info;
  try {
    info = await stat(arg);
  } catch (e) {
    if (GLOB_CHARS.test(arg)) {
      yield* expandGlob(arg);
      return;
    }
    yield { kind: 'problem', input: arg, message: reason(e) };
    return;
  }
  if (info.isDirectory() && listed) yield { kind: 'problem', input: arg, message: 'is a directory (a --files-from list names files)' };
  else if (info.isDirectory()) yield* walk(arg);
  else yield { kind: 'file', path: arg };
}

async function* expandGlob(pattern: string): AsyncGenerator<InputItem> {
  const { glob } = await import('tinyglobby');
  const found = (await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byCodePoint);
  if (found.length === 0) yield { kind: 'problem', input: pattern, message: 'no file matches this pattern' };
  for (const path of found) yield { kind: 'file', path };
}

/** A sorted depth-first walk: entries of each directory in code-point order. */
async function* walk(dir: string): AsyncGenerator<InputItem> {
  let entries: Array<{ name: string; dir: boolean }>;
  try {
    entries = [];
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) entries.push({ name: e.name, dir: true });
      else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXT.test(e.name)) entries.push({ name: e.name, dir: false });
    }
  } catch (e) {
    yield { kind: 'problem', input: dir, message: reason(e) };
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path);
    else yield { kind: 'file', path };
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A one-line cause for a file-system error. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': return 'too many open files';
    default: return e instanceof Error ? e.message.split('\n')[0]! : String(e);
  }
}
