import type { TextPiece } from '../search/highlight.ts';

/** Text with the words that matched the search marked; each piece is a text node, never HTML. */
export function Highlighted(props: { pieces: readonly TextPiece[] }) {
  return (
    <>
      {props.pieces.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
