// Minimal Decap CMS config types: decap-cms-core's own types do not admit custom widgets
// (our `readonly`), and the config modules must load in Node (unit tests) without Decap.

/** One field of a Decap collection. */
export interface CmsField {
  name: string;
  label?: string;
  /** Decap widget; `string` when omitted. */
  widget?: string;
  /** Decap treats a missing `required` as true. */
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** A folder collection (one Markdown file per entry) or a file collection. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[]; description?: string }[];
  fields?: CmsField[];
  [option: string]: unknown;
}

/** The git backend (or the local proxy) Decap talks to. */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'proxy';
  repo?: string;
  branch?: string;
  api_root?: string;
  base_url?: string;
  auth_endpoint?: string;
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
  proxy_url?: string;
  [option: string]: unknown;
}

export interface CmsConfig {
  load_config_file: false;
  backend: CmsBackend;
  local_backend?: boolean | { url?: string; allowed_hosts?: string[] };
  publish_mode?: 'simple' | 'editorial_workflow';
  locale: string;
  site_url?: string;
  display_url?: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug?: { encoding: 'ascii' | 'unicode'; clean_accents?: boolean; sanitize_replacement?: string };
  collections: CmsCollection[];
  [option: string]: unknown;
}
