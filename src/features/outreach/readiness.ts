/**
 * The event pack's "Ready for offline" check: whether everything a worker needs at an event without internet is on
 * this device. Pure: OutreachPage gathers the facts (service worker, Cache Storage, IndexedDB) and shows the verdict.
 */
import type { DatasetInfo } from '../../model/payload.ts';

export interface LanguageState {
  readonly code: string;
  /** The directory's translations into this language are stored and belong to the stored directory version. */
  readonly data: boolean;
  /** The app's own words in this language are in the offline copy. */
  readonly ui: boolean;
}

export interface OfflineFacts {
  /** A service worker controls the page and the app shell is in its cache. */
  readonly app: boolean;
  /** The stored directory, if any. */
  readonly dataset: DatasetInfo | undefined;
  /** English and each language the worker chose to keep. */
  readonly languages: readonly LanguageState[];
}

export interface Readiness {
  readonly ready: boolean;
  readonly app: boolean;
  readonly dataset: DatasetInfo | undefined;
  /** Languages that work offline now. */
  readonly saved: readonly string[];
  /** Chosen languages that must be downloaded again (their data is missing or for an older directory). */
  readonly missing: readonly string[];
}

export function readiness(facts: OfflineFacts): Readiness {
  // English is the directory itself: it needs no translation payload. The app's words come with the app shell:
  // without it the one thing to say is that the app is not saved (not that each language must be downloaded).
  const works = (l: LanguageState) => (l.code === 'en' || l.data) && (l.ui || !facts.app);
  const saved = facts.languages.filter(works).map((l) => l.code);
  const missing = facts.languages.filter((l) => !works(l)).map((l) => l.code);
  return { ready: facts.app && !!facts.dataset && !missing.length, app: facts.app, dataset: facts.dataset, saved, missing };
}
