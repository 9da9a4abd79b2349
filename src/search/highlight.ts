/**
 * Splits a text into plain and matched pieces, so the screen can mark why a result matched. Returns text pieces,
 * never HTML: the screen renders each piece as a text node (a <mark> element around the matched ones).
 */
import { indexTerms, tokensWithOffsets } from './tokenize.ts';

export interface TextPiece {
  readonly text: string;
  readonly match: boolean;
}

export function highlight(text: string, matchedTerms: readonly string[]): TextPiece[] {
  if (!matchedTerms.length || !text) return [{ text, match: false }];
  const wanted = new Set(matchedTerms);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const token of tokensWithOffsets(text)) {
    const original = text.slice(token.start, token.end);
    if (!indexTerms(original).some((t) => wanted.has(t))) continue;
    if (token.start > at) pieces.push({ text: text.slice(at, token.start), match: false });
    pieces.push({ text: original, match: true });
    at = token.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
