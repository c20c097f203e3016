// Publishing without the demonstration content: with SITE_EXAMPLES=hide, every entry marked
// `example: true` is kept out of the content layer itself, so no page, feed, search record,
// sitemap entry or link can name it (they all read the collections). The default shows them.
import type { Loader, LoaderContext } from 'astro/loaders';

export type ExamplesMode = 'show' | 'hide';

/** Reads SITE_EXAMPLES; a value other than show/hide stops the build with the accepted values. */
export function examplesMode(env: Record<string, string | undefined> = process.env): ExamplesMode {
  const value = (env.SITE_EXAMPLES ?? '').trim();
  if (value === '' || value === 'show') return 'show';
  if (value === 'hide') return 'hide';
  throw new Error(
    `环境变量 SITE_EXAMPLES 的值 “${value}” 无效：只能是 show（显示示例内容，默认）或 hide（正式发布，不含示例）`,
  );
}

export function isExample(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { example?: unknown }).example === true;
}

/** The same loader, except that an entry whose validated data says `example: true` is never stored. */
export function withoutExamples(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<LoaderContext['store']['set']>[0]) => {
              if (!isExample(entry.data)) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      return loader.load({ ...context, store });
    },
  };
}

/** Applies the SITE_EXAMPLES setting to a collection's loader. */
export function applyExamplesMode(loader: Loader, mode: ExamplesMode = examplesMode()): Loader {
  return mode === 'hide' ? withoutExamples(loader) : loader;
}
