// The record dvk writes for each article, and the gold files it is scored against.
// Field names and canonical values follow ../shared/CONTRACT.md; types come from z.infer.
import { z } from 'zod';

export const RECIPIENT_TYPES = ['tập thể', 'cá nhân', 'gia đình', 'tập thể, cá nhân'] as const;
export const LEVELS = [
  'trung ương', 'tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã',
  'phường', 'xã', 'thị trấn', 'khối', 'cơ sở',
] as const;

export const RecipientType = z.enum(RECIPIENT_TYPES);
export const Level = z.enum(LEVELS);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Evidence = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const Award = z.object({
  recipient_type: RecipientType.nullable(),
  count: z.number().int().positive(),
  level: Level.nullable(),
  award: z.string().nullable(),
  year: z.number().int().nullable(),
  recipients: z.array(z.string()),
  evidence: Evidence,
  rule: z.string(),
});

export const Official = z.object({
  name: z.string().min(1),
  titles: z.array(z.string()),
  expanded: z.array(z.string()),
});

export const Article = z.object({
  file: z.string(),
  title: z.string().nullable(),
  date: IsoDate.nullable(),
  date_rule: z.string().nullable(),
  published: IsoDate.nullable(),
  organizer: z.string().nullable(),
  encoding: z.string().nullable(),
  // What the evidence offsets index: the decoded file text, or the text dvk extracted from HTML.
  offsets: z.enum(['decoded', 'html-text']),
  officials: z.array(Official),
  awards: z.array(Award),
  warnings: z.array(z.string()),
});

export type Evidence = z.infer<typeof Evidence>;
export type Award = z.infer<typeof Award>;
export type Official = z.infer<typeof Official>;
export type Article = z.infer<typeof Article>;
export type RecipientTypeValue = z.infer<typeof RecipientType>;
export type LevelValue = z.infer<typeof Level>;

const GoldAward = z.object({
  recipient_type: RecipientType.nullable(),
  count: z.number().int(),
  level: Level.nullable().optional(),
  award: z.string().nullable().optional(),
  recipients: z.array(z.string()).optional(),
});

// Gold files follow ../shared/seeds/README.md.
export const Gold = z.object({
  file: z.string(),
  date: IsoDate.nullable(),
  organizer: z.string().nullable().optional(),
  officials: z.array(z.object({ name: z.string(), titles: z.array(z.string()) })),
  awards: z.array(GoldAward),
  optional: z
    .object({
      officials: z.array(z.union([z.string(), z.object({ name: z.string() }).passthrough()])).default([]),
      // (an optional award told with an approximate number, "hơn 20 tập thể", may leave its count
      // out: any count of its kind is then no error)
      awards: z.array(GoldAward.partial()).default([]),
    })
    .default({ officials: [], awards: [] }),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof Gold>;
export type GoldAward = z.infer<typeof GoldAward>;
