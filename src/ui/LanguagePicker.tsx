import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES } from '../i18n/languages.ts';
import { afterLoadIdle } from '../app/idle.ts';

/**
 * Each language is written in its own script and marked with its own lang, so screen readers pronounce it.
 * Measuring thirteen scripts (the system's Chinese, Khmer, Armenian, Arabic… fonts) is the costliest part of the
 * first layout, so the list starts with the current language only and gets the others once the page is idle, or
 * as soon as the picker is focused or touched.
 */
export function LanguagePicker(props: { value: string; label: string; onChange: (code: string) => void }) {
  const [all, setAll] = useState(false);
  useEffect(() => (all ? undefined : afterLoadIdle(() => setAll(true))), [all]);
  const shown = all ? LANGUAGES : LANGUAGES.filter((l) => l.code === props.value);
  return (
    <label class="language-picker">
      <span class="language-picker__label">{props.label}</span>
      <select
        value={props.value}
        onFocus={() => setAll(true)}
        onPointerDown={() => setAll(true)}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {/* The pseudo-locale is not offered; while it is in use it is shown, so the picker does not claim English. */}
        {!LANGUAGES.some((l) => l.code === props.value) && <option value={props.value}>{props.value}</option>}
        {shown.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
