/**
 * Imported before @fast-check/poisoning: Node creates some globals lazily (fetch's Response, streams, the undici
 * dispatcher) on first use. Using them once here, before the poisoning snapshot is taken, keeps that first use
 * from being reported as a change made by the code under test.
 */
const response = new Response(new Blob(['{}']).stream(), { headers: { 'content-type': 'application/json' } });
await response.json();
void [AbortSignal.timeout(1), new File([], 'x'), new TextEncoder(), new TextDecoder(), structuredClone({}), crypto.subtle, new Request('http://localhost/')];
await fetch('data:,x').then((r) => r.text());
export {};
