// Standard input, read once and kept: "-" may be named once; --files-from - reads it too.
let cached: Promise<Buffer> | null = null;

export function readStdin(): Promise<Buffer> {
  cached ??= new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
  return cached;
}
