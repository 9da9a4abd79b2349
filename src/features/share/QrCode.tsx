import { generate } from 'lean-qr/nano';

/**
 * A QR code drawn on the device as inline SVG (Preact elements, never an HTML string): one path of dark modules
 * with the four-module quiet zone the standard asks for, black on white in every theme so any camera reads it.
 */
export function QrCode(props: { readonly text: string; readonly label: string }) {
  const code = generate(props.text);
  const quiet = 4;
  const size = code.size + quiet * 2;
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

export default QrCode;
