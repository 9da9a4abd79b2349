/** The handout routes, apart from the handouts themselves so a page can link to one without loading them. */
export type HandoutKind = 'service' | 'category' | 'key-numbers';

/** Where the routes live: `/print/service/<id>`, `/print/category/<code>`, `/print/key-numbers`. */
export const PRINT_PREFIX = '/print/';

export function handoutPath(kind: 'service' | 'category', key: string): string;
export function handoutPath(kind: 'key-numbers'): string;
export function handoutPath(kind: HandoutKind, key?: string): string {
  return kind === 'key-numbers' ? `${PRINT_PREFIX}key-numbers` : `${PRINT_PREFIX}${kind}/${encodeURIComponent(key ?? '')}`;
}

/** Reads a handout route back; undefined for a path that is not one. */
export function parseHandoutPath(path: string): { kind: HandoutKind; key: string } | undefined {
  if (path === `${PRINT_PREFIX}key-numbers`) return { kind: 'key-numbers', key: '' };
  const match = /^\/print\/(service|category)\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  try {
    return { kind: match[1] as 'service' | 'category', key: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}
