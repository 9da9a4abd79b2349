// @vitest-environment happy-dom
/**
 * SEC-12: parsed JSON is never turned into elements. The schema lets only strings into text fields, and if an
 * object shaped like a Preact element ever reached a screen anyway, Preact renders nothing for it (it marks
 * its own elements with `constructor: undefined`, which JSON cannot produce).
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { buildPayloads } from '../../scripts/lib/dataset-build.ts';
import { loadDatasetSource } from '../../scripts/lib/dataset-source.ts';
import { validate } from '../../src/data/validate.ts';
import { parseJson } from '../../src/model/json.ts';
import { Highlighted } from '../../src/ui/Highlighted.tsx';

const ELEMENT_LIKE = '{"type":"img","props":{"src":"x","onerror":"alert(1)","dangerouslySetInnerHTML":{"__html":"<b>x</b>"}},"__k":null,"__e":null,"__b":0,"constructor":null}';

describe('JSON shaped like an element (SEC-12)', () => {
  it('is refused in a text field of a dataset', () => {
    const built = buildPayloads(loadDatasetSource('data'));
    const base = JSON.parse(built.files.find((f) => `/${f.fileName}` === built.manifest.base.url)!.content);
    base.services[0].name = JSON.parse(ELEMENT_LIKE);
    expect(() => validate('base', base)).toThrow(/services\[0\]\.name/);
  });

  it('renders as nothing, not as an element, if it reaches a screen anyway', () => {
    const root = document.createElement('div');
    const value = parseJson(ELEMENT_LIKE, 'x.json').value as never;
    render(
      <p>
        before<span>{value}</span>
        <Highlighted pieces={[{ text: value, match: true }, { text: value, match: false }]} />
        after
      </p>,
      root,
    );
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toBe('beforeafter');
  });
});
