// Whether decoded text is a saved web page rather than plain text. Kept apart from
// html.ts so callers can decide without loading cheerio.

// What may precede the markup: BOM, whitespace, "<?xml …?>", "<!-- saved from url=… -->"
const PREAMBLE = /^(?:\ufeff|\s|<\?xml[^>]*>|<!--[^]*?-->)*/u;
// "<!DOCTYPE html", "<html lang=vi>", "<head>", "<body class=…>", "<meta charset=utf-8>"
const DOCUMENT_START = /^<(?:!doctype\s+html|html|head|body|meta)(?:[\s>/]|$)/iu;
// "<body" or "<head" anywhere marks a page even after leading junk
const PAGE_TAG = /<(?:body|head)(?:[\s>/]|$)/iu;
// Block tags of a fragment: "<p>", "</div>", "<br/>", "<li class=x>", "<table>"
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|table|tr|td|h[1-6]|article|section|span|a|strong|em|b|i|img)(?:\s[^<>]*)?\/?>/giu;

// A fragment needs a few tags, and more than an odd one quoted in a long text
const MIN_TAGS = 4;
const MAX_CHARS_PER_TAG = 2000;
// Detection reads the head of the text: tags are dense in pages from the first lines
const SAMPLE = 64 * 1024;

/** True for a web page or an HTML fragment; plain text with a stray "<" or a quoted tag is not. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const start = sample.slice(PREAMBLE.exec(sample)?.[0].length ?? 0);
  if (DOCUMENT_START.test(start)) return true;
  if (PAGE_TAG.test(sample)) return true;
  const tags = sample.match(BLOCK_TAG)?.length ?? 0;
  return tags >= MIN_TAGS && tags * MAX_CHARS_PER_TAG >= sample.length;
}
