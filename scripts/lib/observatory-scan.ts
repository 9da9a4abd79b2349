/**
 * Child process of scripts/observatory.ts: runs the MDN HTTP Observatory's own retriever, tests and grader
 * against the local HTTP and HTTPS ports. Its `scan()` takes only a host name (ports 80 and 443), so this is
 * `scan()` from src/scanner/index.js with the ports passed to `retrieve()`; the scoring is the library's.
 * NODE_EXTRA_CA_CERTS (set by the parent) makes the throwaway certificate trusted, as a real one would be.
 *   node --import tsx scripts/lib/observatory-scan.ts <install dir> <http port> <https port>
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface TestOutput {
  result: string;
  pass: boolean;
  scoreModifier?: number;
  data?: unknown;
  constructor: { name: string };
}

const [root, httpPort, httpsPort] = process.argv.slice(2) as [string, string, string];
const load = (file: string) => import(pathToFileURL(join(root, 'src', file)).href);
const { retrieve } = await load('retriever/retriever.js');
const { ALL_TESTS, ALGORITHM_VERSION } = await load('constants.js');
const { getGradeForScore, getScoreModifier } = await load('grader/grader.js');
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load('grader/charts.js');

const requests = await retrieve('localhost', { httpPort, httpsPort });
if (!requests.responses.auto) throw new Error('The Observatory could not reach the local server.');
const results = (ALL_TESTS as Array<(r: unknown) => TestOutput>).map((run) => run(requests));

let withExtraCredit = 100;
let uncurved = 100;
const tests: Record<string, { result: string; pass: boolean; scoreModifier: number }> = {};
for (const output of results) {
  const modifier = output.result ? (getScoreModifier(output.result) as number) : 0;
  withExtraCredit += modifier;
  if (modifier < 0) uncurved += modifier;
  tests[output.constructor.name] = { result: output.result, pass: output.pass, scoreModifier: modifier };
}
// As in scan(): bonuses count only when the score without them is already an A.
const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved) as {
  grade: string;
  score: number;
};
console.log(JSON.stringify({ algorithmVersion: ALGORITHM_VERSION, grade, score, url: requests.responses.auto.url ?? null, tests }));
