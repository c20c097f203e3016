// Compares a Decap CMS collection's fields with the Zod schema the build validates against.
// The CMS config is written by hand (labels, widgets, hints need a human), so this check is what
// keeps it honest: a field the CMS writes must be one the schema reads, with the same name,
// required-ness and a compatible type. Pure: used by the unit test and usable from scripts.
import { z } from 'astro/zod';
import type { CmsField } from './types';

/** What a Zod field boils down to for the CMS. */
export interface ZodFieldInfo {
  kind: 'string' | 'image' | 'number' | 'boolean' | 'date' | 'enum' | 'array' | 'object' | 'unknown';
  /** Neither optional, nullable nor defaulted: the CMS must refuse an empty value. */
  required: boolean;
  /** The schema supplies a default: the CMS must not demand the field (older files may lack it). */
  hasDefault: boolean;
  /** A present-but-empty string is valid (z.string() without .min(1)): the CMS may mark it either way. */
  acceptsEmpty?: boolean;
  /** Enum values (kind 'enum'). */
  values?: readonly string[];
  /** Element (kind 'array'). */
  element?: ZodFieldInfo;
  /** Shape (kind 'object'). */
  shape?: Record<string, z.ZodType>;
  /** Object refuses unknown keys (.strict()): the CMS may not add any field. */
  strict?: boolean;
}

/** Marks a string schema as an astro:assets image, so tests can stand in for `image()`. */
export const IMAGE_META = 'astroImage';

/** A stand-in for Astro's `image()` schema helper, usable outside an Astro build. */
export function imageStub() {
  return z.string().meta({ [IMAGE_META]: true });
}

type Def = {
  type: string;
  catchall?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Reads a Zod field: unwraps optional/nullable/default/pipe and reports its kind. */
export function describeZodField(schema: z.ZodType): ZodFieldInfo {
  let current = schema;
  let required = true;
  let hasDefault = false;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault' || def.type === 'catch') {
      required = false;
      hasDefault = true;
      current = def.innerType!;
    } else if (def.type === 'readonly' || def.type === 'nonoptional') {
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // A transform (e.g. Astro's image()) reads its input type from the file; a preprocess
      // (pipe from a transform) validates with its output schema.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else if (def.type === 'lazy') {
      current = def.getter!();
    } else {
      break;
    }
  }
  const def = defOf(current);
  const meta = z.globalRegistry.get(current) as Record<string, unknown> | undefined;
  switch (def.type) {
    case 'string':
    case 'template_literal': {
      // An image path must name a file, whatever the string schema says.
      if (meta?.[IMAGE_META]) return { kind: 'image', required, hasDefault };
      // z.string() without .min(1) takes '' as a value: an empty CMS field is then acceptable.
      const acceptsEmpty = current.safeParse('').success;
      return {
        kind: 'string',
        required: required && !acceptsEmpty,
        hasDefault,
        acceptsEmpty: required && acceptsEmpty,
      };
    }
    case 'number':
    case 'bigint':
      return { kind: 'number', required, hasDefault };
    case 'boolean':
      return { kind: 'boolean', required, hasDefault };
    case 'date':
      return { kind: 'date', required, hasDefault };
    case 'enum':
      return { kind: 'enum', required, hasDefault, values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'enum', required, hasDefault, values: (def.values ?? []).map(String) };
    case 'array':
      return { kind: 'array', required, hasDefault, element: describeZodField(def.element!) };
    case 'object':
      return {
        kind: 'object',
        required,
        hasDefault,
        shape: def.shape!,
        strict: def.catchall ? defOf(def.catchall).type === 'never' : false,
      };
    case 'union': {
      // A union of literals is an enum; anything else is left to the widget's own judgement.
      const options = (def.options ?? []).map(describeZodField);
      if (options.every((o) => o.kind === 'enum')) {
        return { kind: 'enum', required, hasDefault, values: options.flatMap((o) => o.values ?? []) };
      }
      return { kind: 'unknown', required, hasDefault };
    }
    default:
      return { kind: 'unknown', required, hasDefault };
  }
}

/** Zod kinds each Decap widget can produce. */
const WIDGET_KINDS: Record<string, readonly ZodFieldInfo['kind'][]> = {
  string: ['string'],
  text: ['string'],
  markdown: ['string'],
  image: ['image', 'string'],
  file: ['string'],
  number: ['number'],
  boolean: ['boolean'],
  datetime: ['date', 'string'],
  select: ['enum', 'string'],
  relation: ['string'],
  object: ['object'],
  list: ['array'],
  // Project widgets (cms/widgets/): 网址名 filled from the title, 条款 chosen from the clause index,
  // 替代文字 proposed from the uploaded file's name.
  slug: ['string'],
  clause: ['string'],
  alt: ['string'],
};

/** Fields the Astro glob loader consumes itself (the entry id) and the Markdown body. */
const LOADER_FIELDS = new Set(['slug', 'body']);

function optionValues(field: CmsField): string[] {
  const options = (field as { options?: (string | { value: string })[] }).options ?? [];
  return options.map((o) => (typeof o === 'string' ? o : o.value));
}

function requiredness(path: string, info: ZodFieldInfo, cmsRequired: boolean, problems: string[]): void {
  if (info.required && !cmsRequired) {
    problems.push(`${path}: 模式中为必填，CMS 却允许留空 (required: false)`);
  } else if (info.hasDefault && cmsRequired) {
    problems.push(`${path}: 模式有默认值，CMS 应设 required: false（否则缺少此项的已有文件无法保存）`);
  } else if (!info.required && !info.acceptsEmpty && cmsRequired) {
    problems.push(`${path}: 模式中为选填，CMS 却要求必填（应设 required: false）`);
  }
}

function checkField(path: string, field: CmsField, zodField: z.ZodType, problems: string[]): void {
  const info = describeZodField(zodField);
  const widget = field.widget ?? 'string';
  // Inside an optional group, "required" is enforced on save once the group is started.
  const cmsRequired = field.required !== false || field.required_in_group === true;
  if (widget === 'hidden') return;
  if (widget === 'readonly') {
    // Shown, never changed: any type passes through; only an empty required value would be refused.
    requiredness(path, info, cmsRequired, problems);
    return;
  }
  requiredness(path, info, cmsRequired, problems);
  const multiple = (field as { multiple?: boolean }).multiple === true;
  if ((widget === 'select' || widget === 'relation') && multiple) {
    if (info.kind !== 'array') {
      problems.push(`${path}: CMS 多选 (${widget}, multiple) 写出数组，模式中类型为 ${info.kind}`);
      return;
    }
    const element = info.element!;
    if (widget === 'select' && element.kind === 'enum') compareOptions(path, field, element.values ?? [], problems);
    else if (element.kind !== 'string' && element.kind !== 'enum') {
      problems.push(`${path}: CMS 多选写出字符串数组，模式中元素类型为 ${element.kind}`);
    }
    return;
  }
  const allowed = WIDGET_KINDS[widget];
  if (!allowed) {
    problems.push(`${path}: 未知的 CMS 控件 ${widget}`);
    return;
  }
  if (info.kind !== 'unknown' && !allowed.includes(info.kind)) {
    problems.push(`${path}: CMS 控件 ${widget} 与模式类型 ${info.kind} 不符`);
    return;
  }
  if (widget === 'select' && info.kind === 'enum') compareOptions(path, field, info.values ?? [], problems);
  if (widget === 'object' && info.shape) {
    compareFields(path, (field.fields as CmsField[] | undefined) ?? [], info.shape, problems, info.strict);
  }
  if (widget === 'list') {
    const element = info.element!;
    const sub = field as { fields?: CmsField[]; field?: CmsField };
    if (sub.fields) {
      if (element.kind !== 'object' || !element.shape) {
        problems.push(`${path}: CMS 列表写出对象，模式中元素类型为 ${element.kind}`);
      } else compareFields(`${path}[]`, sub.fields, element.shape, problems, element.strict);
    } else if (sub.field) {
      const elementSchema = defOf(unwrapToArray(zodField)).element!;
      checkField(`${path}[]`, { ...sub.field, required: true } as CmsField, elementSchema, problems);
    } else if (element.kind !== 'string' && element.kind !== 'unknown') {
      problems.push(`${path}: CMS 列表写出字符串，模式中元素类型为 ${element.kind}`);
    }
  }
}

function unwrapToArray(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let guard = 0; guard < 20 && defOf(current).type !== 'array'; guard++) {
    const def = defOf(current);
    current = (def.innerType ?? def.in)!;
  }
  return current;
}

function compareOptions(path: string, field: CmsField, values: readonly string[], problems: string[]): void {
  const options = optionValues(field);
  const missing = values.filter((v) => !options.includes(v));
  const extra = options.filter((o) => !values.includes(o));
  if (missing.length) problems.push(`${path}: CMS 选项缺少 ${missing.join('、')}`);
  if (extra.length) problems.push(`${path}: CMS 选项 ${extra.join('、')} 不在模式允许的值中`);
}

function compareFields(
  prefix: string,
  fields: readonly CmsField[],
  shape: Record<string, z.ZodType>,
  problems: string[],
  strict = false,
): void {
  const seen = new Set<string>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    seen.add(field.name);
    const zodField = shape[field.name];
    if (!zodField) {
      // `body` is the Markdown body, not front matter; `slug` is read by Astro's glob loader as the
      // entry id but still reaches the schema, so a strict schema refuses it.
      const loaderField = prefix === '' && LOADER_FIELDS.has(field.name) && !(strict && field.name === 'slug');
      if (!loaderField)
        problems.push(`${path}: CMS 字段在模式中不存在${strict ? '（模式为 strict，不接受多余字段）' : ''}`);
      continue;
    }
    checkField(path, field, zodField, problems);
  }
  for (const [name, zodField] of Object.entries(shape)) {
    if (seen.has(name)) continue;
    const info = describeZodField(zodField);
    const path = prefix ? `${prefix}.${name}` : name;
    if (info.required) problems.push(`${path}: 模式中的必填字段在 CMS 中缺失`);
    else problems.push(`${path}: 模式中的字段在 CMS 中缺失（不需要编辑时用 widget: hidden 保留）`);
  }
}

/**
 * Lists every difference between a CMS field list and a Zod object schema, as Chinese
 * messages naming the field. An empty list means the two agree.
 */
export function compareCollection(fields: readonly CmsField[], schema: z.ZodType): string[] {
  const info = describeZodField(schema);
  if (info.kind !== 'object' || !info.shape) return ['模式不是对象 (z.object)'];
  const problems: string[] = [];
  compareFields('', fields, info.shape, problems, info.strict);
  return problems;
}
