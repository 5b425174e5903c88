// One input → the text dvk extracts from: bytes read, checked, decoded, and for a web page
// the article body taken out of it. Errors are InputError: one line naming the cause.
import { readFileSync, statSync } from 'node:fs';
import { decode, looksBinary } from './decode.js';
import { looksLikeHtml } from './looks-like-html.js';
import { reason } from './inputs.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Loaded {
  text: string;
  encoding: string;
  offsets: 'decoded' | 'html-text';
  title: string | null;
  published: string | null;
  author: string | null;
  warnings: string[];
}

export interface LoadOptions {
  encoding?: string;
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function loadFile(path: string, options: LoadOptions): Promise<Loaded> {
  let bytes: Buffer;
  // synchronous on purpose: an article is a few kB from the page cache, read in ~20 µs, where
  // the promise API's round trip through the thread pool took ~240 µs an article (profiled);
  // the extraction runs in worker threads, or in a single thread with nothing else to do
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError('is a directory');
    if (info.size > options.maxBytes) throw new InputError(`too large (${info.size} bytes; the limit is ${options.maxBytes}, see --max-bytes)`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(reason(e));
  }
  return loadBytes(bytes, path, options);
}

export async function loadBytes(bytes: Uint8Array, name: string, options: LoadOptions): Promise<Loaded> {
  if (bytes.length > options.maxBytes) throw new InputError(`too large (${bytes.length} bytes; the limit is ${options.maxBytes}, see --max-bytes)`);
  if (looksBinary(bytes)) throw new InputError('binary data, not a text or HTML article');
  const decoded = decode(bytes, options.encoding);
  const html = /\.html?$/iu.test(name) || looksLikeHtml(decoded.text);
  if (!html) {
    return { text: decoded.text, encoding: decoded.encoding, offsets: 'decoded', title: null, published: null, author: null, warnings: decoded.warnings };
  }
  // cheerio is loaded only when a page needs it
  const { htmlToText } = await import('./html.js');
  const page = htmlToText(decoded.text);
  return { text: page.text, encoding: decoded.encoding, offsets: 'html-text', title: page.title, published: page.published, author: page.author, warnings: decoded.warnings };
}
