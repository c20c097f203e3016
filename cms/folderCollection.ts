// How Decap stores the entries of a folder collection: one Markdown file with front matter per
// entry in src/content/<name>/, where content.config.ts reads them. Shared by every folder collection
// so that they cannot drift apart (a wrong folder or format would save files the build never sees).
import { contentMedia } from './media';

export interface FolderOptions {
  /** Decap's file name template; the default is the entry's 网址名 field. */
  slug?: string;
  /** Field that identifies an entry in Decap's lists. */
  identifier?: string;
  /** The media folder under src/assets/ (see media.ts): uploads by default; false for collections without images. */
  media?: boolean | 'articles' | 'topics';
}

export function folderStorage(
  name: string,
  { slug = '{{fields.slug}}', identifier = 'title', media = true }: FolderOptions = {},
) {
  return {
    folder: `src/content/${name}`,
    ...(media ? contentMedia(media === true ? 'uploads' : media) : {}),
    extension: 'md',
    format: 'frontmatter',
    slug,
    identifier_field: identifier,
  } as const;
}
